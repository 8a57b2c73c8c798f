#pragma once

#include <QColor>
#include <QLabel>

namespace glidepath::ui {

// The red message under a field that holds an invalid value. Hidden while it has no text, so an
// editor can keep one under every field without leaving gaps.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget* parent = nullptr);

    void setError(const QString& text); // empty clears and hides
    QString error() const { return text(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColour();
};

// The red of error text, readable on both light and dark window colours of palette.
QColor errorTextColour(const QPalette& palette);

// Marks a widget as holding an invalid value (a red frame via the "invalid" property), or clears
// it.
void setInvalid(QWidget* widget, bool invalid);

} // namespace glidepath::ui
