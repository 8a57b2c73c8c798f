#pragma once

#include <QPlainTextEdit>

namespace glidepath::ui {

// A few lines of plain text that, like QLineEdit, reports editingFinished() when the user leaves
// the field (or presses Ctrl+Enter) after changing it. Tab moves focus instead of typing a tab.
class PlainTextField : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PlainTextField(int visibleLines, QWidget* parent = nullptr);

    void setText(const QString& text); // does not emit editingFinished()
    QString text() const { return toPlainText(); }
    // Reports a pending change now, as leaving the field would.
    void finishEditing();

signals:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace glidepath::ui
