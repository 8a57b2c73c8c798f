#include "widgets/common/field_error_label.h"

#include <QEvent>

namespace glidepath::ui {

FieldErrorLabel::FieldErrorLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
    updateColour();
}

void FieldErrorLabel::setError(const QString& text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

void FieldErrorLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateColour();
    }
}

void FieldErrorLabel::updateColour()
{
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, errorTextColour(pal));
    // setPalette would trigger another PaletteChange; only set when it differs.
    if (pal != palette()) {
        setPalette(pal);
    }
}

QColor errorTextColour(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

void setInvalid(QWidget* widget, bool invalid)
{
    // Clearing is skipped when there is nothing to clear; marking always recomputes the tint,
    // since the palette it derives from may have changed.
    if (!widget || (!invalid && !widget->property("invalid").toBool())) {
        return;
    }
    widget->setProperty("invalid", invalid);
    if (!invalid) {
        widget->setPalette(QPalette()); // back to the inherited palette
        return;
    }
    // Tint the input's background towards red instead of a style sheet, so the widget keeps
    // its native look in light and dark palettes.
    QPalette pal = widget->palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor red(0xe5, 0x39, 0x35);
    const auto mix = [](int a, int b) { return (a * 5 + b) / 6; };
    pal.setColor(QPalette::Base, QColor(mix(base.red(), red.red()), mix(base.green(), red.green()),
                                        mix(base.blue(), red.blue())));
    widget->setPalette(pal);
}

} // namespace glidepath::ui
