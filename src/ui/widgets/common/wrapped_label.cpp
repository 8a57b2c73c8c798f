#include "widgets/common/wrapped_label.h"

namespace glidepath::ui {

WrappedLabel::WrappedLabel(QWidget* parent) : WrappedLabel(QString(), parent) {}

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent) : QLabel(text, parent)
{
    setWordWrap(true);
    m_heights.fill({kNoWidth, 0});
}

void WrappedLabel::checkInputs() const
{
    // As QLabel does before it measures: the style may still set the font.
    ensurePolished();
    Inputs now{text(),
               font(),
               contentsMargins(),
               frameWidth(),
               margin(),
               indent(),
               static_cast<int>(alignment()),
               static_cast<int>(textFormat()),
               maximumWidth(),
               sizePolicy(),
               layoutDirection(),
               wordWrap()};
    if (now == m_inputs) {
        return;
    }
    m_inputs = std::move(now);
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
    m_heights.fill({kNoWidth, 0});
}

QSize WrappedLabel::sizeHint() const
{
    checkInputs();
    if (!m_sizeHint.isValid()) {
        m_sizeHint = QLabel::sizeHint();
    }
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    checkInputs();
    if (!m_minimumSizeHint.isValid()) {
        m_minimumSizeHint = QLabel::minimumSizeHint();
    }
    return m_minimumSizeHint;
}

int WrappedLabel::heightForWidth(int width) const
{
    checkInputs();
    for (const auto& [known, height] : m_heights) {
        if (known == width) {
            return height;
        }
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_nextHeight] = {width, height};
    m_nextHeight = (m_nextHeight + 1) % m_heights.size();
    return height;
}

} // namespace glidepath::ui
