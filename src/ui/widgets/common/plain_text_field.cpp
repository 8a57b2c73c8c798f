#include "widgets/common/plain_text_field.h"

#include <QFontMetrics>
#include <QKeyEvent>

namespace glidepath::ui {

PlainTextField::PlainTextField(int visibleLines, QWidget* parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    const int lineHeight = QFontMetrics(font()).lineSpacing();
    // Frame, document margins and a little slack so the last line never needs a scroll bar.
    const int frame = 2 * frameWidth() + static_cast<int>(2 * document()->documentMargin()) + 6;
    setFixedHeight(lineHeight * visibleLines + frame);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            m_dirty = true;
        }
    });
}

void PlainTextField::setText(const QString& text)
{
    m_loading = true;
    if (text != toPlainText()) {
        setPlainText(text);
    }
    m_loading = false;
    m_dirty = false;
}

void PlainTextField::finishEditing()
{
    if (m_dirty) {
        m_dirty = false;
        emit editingFinished();
    }
}

void PlainTextField::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    finishEditing();
}

void PlainTextField::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ControlModifier)) {
        finishEditing();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace glidepath::ui
