#include "icons.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <algorithm>

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
    // look from the normal pixmap. Pixmaps for a high-density screen only when one is attached:
    // they are four times the pixels, and the window's icons are drawn before its first paint.
    const qreal dense = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    QIcon icon;
    for (int size : {16, 24, 32}) {
        icon.addPixmap(render(svg, size, 1.0, colour), QIcon::Normal);
        if (dense > 1.0) {
            icon.addPixmap(render(svg, size, std::max<qreal>(dense, 2.0), colour), QIcon::Normal);
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
