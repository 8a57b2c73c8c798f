// Position pictograms: every position draws a figure, each different, inside its rect.

#include <glidepath/report/pictogram.h>

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <map>

namespace glidepath::report {
namespace {

QImage render(core::Position position, QRect target = QRect(20, 20, 200, 150))
{
    QImage image(240, 190, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    drawPositionPictogram(painter, target, position);
    return image;
}

int inkedPixels(const QImage& image, QRect area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 200) {
                ++count;
            }
        }
    }
    return count;
}

TEST(Pictogram, EveryPositionDrawsADistinctFigureInsideItsRect)
{
    const QRect target(20, 20, 200, 150);
    std::map<core::Position, QImage> images;
    for (core::Position position : core::allValues<core::Position>()) {
        const QImage image = render(position, target);
        const int inside = inkedPixels(image, target);
        const int everywhere = inkedPixels(image, image.rect());
        EXPECT_GT(inside, 600) << core::toString(position) << " draws too little";
        EXPECT_EQ(everywhere, inside) << core::toString(position) << " spills out of its rect";
        images[position] = image;
    }
    for (auto a = images.begin(); a != images.end(); ++a) {
        for (auto b = std::next(a); b != images.end(); ++b) {
            EXPECT_NE(a->second, b->second)
                << core::toString(a->first) << " and " << core::toString(b->first);
        }
    }
}

TEST(Pictogram, EmptyRectDrawsNothingAndKeepsPainterState)
{
    QImage image(50, 50, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::red);
    drawPositionPictogram(painter, QRectF(10, 10, 0, 20), core::Position::Standing);
    drawPositionPictogram(painter, QRectF(0, 0, 50, 50), core::Position::Standing);
    EXPECT_EQ(painter.pen().color(), QColor(Qt::red));
    EXPECT_TRUE(painter.transform().isIdentity());
    painter.end();
    EXPECT_GT(inkedPixels(image, image.rect()), 0);
}

} // namespace
} // namespace glidepath::report
