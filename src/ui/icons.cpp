#include "icons.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace glidepath::ui {

namespace {

QPixmap render(QSvgRenderer& svg, int size, qreal ratio, const QColor& colour)
{
    const int pixels = qRound(size * ratio);
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        // Keep the shape, replace its colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), colour);
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

} // namespace

QIcon lineIcon(const QString& name, const QColor& colour)
{
    QSvgRenderer svg(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!svg.isValid()) {
        return {};
    }
    // A few sizes are enough: QIcon scales from the nearest, and the style derives the disabled
    // look from the normal pixmap.
    QIcon icon;
    for (int size : {16, 24, 32}) {
        for (qreal ratio : {1.0, 2.0}) {
            icon.addPixmap(render(svg, size, ratio, colour), QIcon::Normal);
        }
    }
    return icon;
}

QIcon lineIcon(const QString& name, const QPalette& palette)
{
    return lineIcon(name, palette.color(QPalette::ButtonText));
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/glidepath.svg"));
}

} // namespace glidepath::ui
