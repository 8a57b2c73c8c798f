#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>
#include <limits>
#include <utility>

namespace glidepath::ui {

// A word-wrapped label that remembers the sizes QLabel works out for it. QLabel lays its text out
// again, shaping every glyph, each time a layout asks for its size hint or for its height at a
// width, and a form of wrapped help texts is asked the same questions dozens of times while it is
// built and first shown (most of the Clients page's start-up). The answers are QLabel's own; they
// are kept for as long as the text, the font and everything else they depend on stay the same.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget* parent = nullptr);
    explicit WrappedLabel(const QString& text, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

private:
    // What QLabel's sizes depend on; the remembered sizes are forgotten when any of it changes.
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins margins;
        int frame = 0;
        int margin = 0;
        int indent = 0;
        int alignment = 0;
        int format = 0;
        int maximumWidth = 0;
        QSizePolicy policy;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        bool wrap = false;

        bool operator==(const Inputs& other) const = default;
    };

    void checkInputs() const;

    mutable Inputs m_inputs;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    // (width, height) pairs, oldest replaced first; kNoWidth marks an empty slot.
    static constexpr int kNoWidth = std::numeric_limits<int>::min();
    mutable std::array<std::pair<int, int>, 8> m_heights{};
    mutable std::size_t m_nextHeight = 0;
};

} // namespace glidepath::ui
