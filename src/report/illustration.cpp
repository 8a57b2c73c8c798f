#include "illustration_parts.h"

#include <glidepath/core/validation.h>
#include <glidepath/report/illustration.h>

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace glidepath::report {

namespace {

// Of the width of a StartAndEnd box, the share of the arrow between the two panels.
constexpr double kArrowShare = 0.12;

void drawPanel(QPainter& painter, const QTransform& transform, const QRectF& bounds,
               const core::Illustration& illustration, const core::Pose& pose,
               const core::Pose* from)
{
    painter.save();
    painter.setTransform(transform, true);
    detail::drawFloor(painter, bounds.left(), bounds.right());
    detail::drawPlacedProps(painter, illustration, pose);
    detail::drawFigure(painter, illustration, pose, true);
    detail::drawAttachedProps(painter, illustration, pose, true);
    detail::drawFigure(painter, illustration, pose, false);
    detail::drawAttachedProps(painter, illustration, pose, false);
    if (from != nullptr) {
        detail::drawMotionArrow(painter, *from, pose);
    }
    painter.restore();
}

void drawBetweenArrow(QPainter& painter, const QRectF& area, double scale)
{
    const double length = std::min(area.width() * 0.7, 26.0 * scale);
    const double thick = std::max(1.0, 2.4 * scale);
    const QPointF centre = area.center();
    const QPointF from(centre.x() - length / 2, centre.y());
    const QPointF to(centre.x() + length / 2, centre.y());
    painter.save();
    painter.setPen(QPen(detail::kInk, thick, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawLine(from, to - QPointF(thick, 0));
    QPainterPath head;
    const double size = std::max(3.0, 3.4 * thick);
    head.moveTo(to);
    head.lineTo(to + QPointF(-size, -size * 0.7));
    head.lineTo(to + QPointF(-size, size * 0.7));
    head.closeSubpath();
    painter.setBrush(detail::kInk);
    painter.drawPath(head);
    painter.restore();
}

} // namespace

core::Illustration illustrationOf(const core::Exercise& exercise)
{
    if (exercise.illustration && core::validateIllustration(*exercise.illustration).empty()) {
        return *exercise.illustration;
    }
    return core::defaultIllustration(exercise.position);
}

double illustrationAspect(const core::Illustration& illustration, IllustrationFrame frame)
{
    const QRectF bounds = detail::illustrationBounds(illustration);
    const double one = bounds.width() / std::max(1.0, bounds.height());
    return frame == IllustrationFrame::StartAndEnd ? one * 2 / (1 - kArrowShare) : one;
}

IllustrationLayout layoutIllustration(const QRectF& box, const core::Illustration& illustration,
                                      IllustrationFrame frame)
{
    IllustrationLayout layout;
    const QRectF bounds = detail::illustrationBounds(illustration);
    const bool both = frame == IllustrationFrame::StartAndEnd;
    const double panelWidth = both ? box.width() * (1 - kArrowShare) / 2 : box.width();
    const double scale = std::max(
        1e-6, std::min(panelWidth / bounds.width(), box.height() / std::max(1.0, bounds.height())));
    layout.scale = scale;
    const QSizeF used(bounds.width() * scale, bounds.height() * scale);
    auto panelAt = [&](double left) {
        return QRectF(QPointF(left + (panelWidth - used.width()) / 2,
                              box.top() + (box.height() - used.height()) / 2),
                      used);
    };
    auto mapping = [&](const QRectF& panel) {
        // figure (x, y up) -> panel (x, y down)
        QTransform t;
        t.translate(panel.left() - bounds.left() * scale, panel.bottom() + bounds.top() * scale);
        t.scale(scale, -scale);
        return t;
    };
    layout.startPanel = panelAt(box.left());
    layout.endPanel = both ? panelAt(box.right() - panelWidth) : layout.startPanel;
    layout.start = mapping(layout.startPanel);
    layout.end = mapping(layout.endPanel);
    return layout;
}

void drawIllustration(QPainter& painter, const QRectF& box, const core::Exercise& exercise,
                      IllustrationFrame frame)
{
    drawIllustration(painter, box, illustrationOf(exercise), frame);
}

void drawIllustration(QPainter& painter, const QRectF& box, const core::Illustration& illustration,
                      IllustrationFrame frame)
{
    if (box.width() <= 0 || box.height() <= 0) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const IllustrationLayout layout = layoutIllustration(box, illustration, frame);
    const QRectF bounds = detail::illustrationBounds(illustration);
    switch (frame) {
    case IllustrationFrame::Start:
        drawPanel(painter, layout.start, bounds, illustration, illustration.start, nullptr);
        break;
    case IllustrationFrame::End:
        drawPanel(painter, layout.end, bounds, illustration, illustration.end, &illustration.start);
        break;
    case IllustrationFrame::StartAndEnd: {
        drawPanel(painter, layout.start, bounds, illustration, illustration.start, nullptr);
        drawPanel(painter, layout.end, bounds, illustration, illustration.end, &illustration.start);
        const QRectF gap(QPointF(layout.startPanel.right(), box.top()),
                         QPointF(layout.endPanel.left(), box.bottom()));
        drawBetweenArrow(painter, gap, layout.scale);
        break;
    }
    }
    painter.restore();
}

void drawIllustrationBetween(QPainter& painter, const QRectF& box,
                             const core::Illustration& illustration, double movement)
{
    if (box.width() <= 0 || box.height() <= 0) {
        return;
    }
    const double t = std::clamp(movement, 0.0, 1.0);
    core::Pose pose = illustration.start;
    for (std::size_t i = 0; i < pose.joints.size(); ++i) {
        const core::Point2& a = illustration.start.joints[i];
        const core::Point2& b = illustration.end.joints[i];
        pose.joints[i] = {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // The layout of the start and end together, so the figure moves and the floor stays put.
    const IllustrationLayout layout =
        layoutIllustration(box, illustration, IllustrationFrame::Start);
    drawPanel(painter, layout.start, detail::illustrationBounds(illustration), illustration, pose,
              nullptr);
    painter.restore();
}

QImage renderIllustration(const core::Exercise& exercise, QSize size, IllustrationFrame frame)
{
    return renderIllustration(illustrationOf(exercise), size, frame);
}

QImage renderIllustration(const core::Illustration& illustration, QSize size,
                          IllustrationFrame frame)
{
    QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const double margin = std::max(1.0, std::min(size.width(), size.height()) * 0.04);
    drawIllustration(painter,
                     QRectF(QPointF(0, 0), QSizeF(size)).adjusted(margin, margin, -margin, -margin),
                     illustration, frame);
    painter.end();
    return image;
}

} // namespace glidepath::report
