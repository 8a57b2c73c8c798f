#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>
#include <iterator>

namespace glidepath::ui {

namespace {

// src/ui/CMakeLists.txt renders the icons at these sizes.
constexpr int kLinePixels[] = {GLIDEPATH_LINE_ICON_PIXELS};
constexpr int kAppPixels[] = {GLIDEPATH_APP_ICON_PIXELS};

// An icon drawn from PNGs rendered at a few pixel sizes (":/icons/<prefix>-<size>.png"), read
// only when a size is first asked for. A valid colour replaces the shape's colour (the alpha of
// the PNG is kept); Disabled and Active are derived by the style, as for any icon with Normal
// pixmaps only.
class PngIconEngine : public QIconEngine
{
public:
    PngIconEngine(QString prefix, QList<int> pixels, QColor colour, QColor selectedColour)
        : m_prefix(std::move(prefix)), m_pixels(std::move(pixels)), m_colour(colour),
          m_selectedColour(selectedColour)
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        const int side = qRound(std::min(rect.width(), rect.height()) * ratio);
        const QPixmap drawn = pixmap(QSize(side, side), mode, state);
        QRect target(QPoint(0, 0), QSize(side, side) / ratio);
        target.moveCenter(rect.center());
        painter->drawPixmap(target, drawn);
    }

    // `size` is in device pixels (QIcon passes size × ratio on a high-density screen).
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        const int side = std::min(size.width(), size.height());
        if (side <= 0) {
            return {};
        }
        const quint64 key = (quint64(side) << 8) | quint64(mode);
        if (const auto found = m_cache.constFind(key); found != m_cache.constEnd()) {
            return *found;
        }
        QPixmap result;
        if (mode == QIcon::Normal || (mode == QIcon::Selected && m_selectedColour.isValid())) {
            result =
                QPixmap::fromImage(draw(side, mode == QIcon::Normal ? m_colour : m_selectedColour));
        } else {
            result = pixmap(size, QIcon::Normal, state);
            if (qobject_cast<QApplication*>(QCoreApplication::instance())) {
                QStyleOption option(0);
                option.palette = QGuiApplication::palette();
                const QPixmap generated =
                    QApplication::style()->generatedIconPixmap(mode, result, &option);
                if (!generated.isNull()) {
                    result = generated;
                }
            }
        }
        m_cache.insert(key, result);
        return result;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return QSize(side, side);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (int pixels : m_pixels) {
            sizes.append(QSize(pixels, pixels));
        }
        return sizes;
    }

    QString key() const override { return QStringLiteral("glidepath-png"); }
    QIconEngine* clone() const override { return new PngIconEngine(*this); }

private:
    PngIconEngine(const PngIconEngine&) = default;

    QImage draw(int side, const QColor& colour) const
    {
        // The rendering of that size, else the next larger one scaled down (or the largest up).
        const auto larger = std::lower_bound(m_pixels.cbegin(), m_pixels.cend(), side);
        const int source = larger != m_pixels.cend() ? *larger : m_pixels.back();
        QImage image = readPng(QStringLiteral("%1-%2.png").arg(m_prefix).arg(source));
        if (image.isNull()) {
            return image;
        }
        if (source != side) {
            image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
        image.convertTo(QImage::Format_ARGB32_Premultiplied);
        if (colour.isValid()) {
            // Keep the shape, replace its colour.
            QPainter painter(&image);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(image.rect(), colour);
        }
        return image;
    }

    QString m_prefix;
    QList<int> m_pixels; // ascending
    QColor m_colour;
    QColor m_selectedColour;
    QHash<quint64, QPixmap> m_cache;
};

QList<int> sorted(const int* begin, const int* end)
{
    QList<int> list(begin, end);
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

QImage readPng(const QString& path)
{
    // The format is given and detection is off, so Qt's own PNG reader is used at once (with
    // detection on, QImageReader asks each plugin whether it reads "png" even when told so).
    QImageReader reader(path, QByteArrayLiteral("png"));
    reader.setAutoDetectImageFormat(false);
    return reader.read();
}

QList<int> lineIconPixelSizes()
{
    return sorted(std::begin(kLinePixels), std::end(kLinePixels));
}

QIcon lineIcon(const QString& name, const QColor& colour, const QColor& selectedColour)
{
    const QString prefix = QStringLiteral(":/icons/line/") + name;
    const QList<int> pixels = lineIconPixelSizes();
    if (!QFile::exists(QStringLiteral("%1-%2.png").arg(prefix).arg(pixels.front()))) {
        return {};
    }
    return QIcon(new PngIconEngine(prefix, pixels, colour, selectedColour));
}

QIcon lineIcon(const QString& name, const QColor& colour)
{
    return lineIcon(name, colour, QColor());
}

QIcon lineIcon(const QString& name, const QPalette& palette)
{
    return lineIcon(name, palette.color(QPalette::ButtonText));
}

QIcon appIcon()
{
    return QIcon(new PngIconEngine(QStringLiteral(":/icons/app/glidepath"),
                                   sorted(std::begin(kAppPixels), std::end(kAppPixels)), QColor(),
                                   QColor()));
}

} // namespace glidepath::ui
