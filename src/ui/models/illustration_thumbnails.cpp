#include "models/illustration_thumbnails.h"

#include <glidepath/report/illustration.h>

#include <QGuiApplication>

namespace glidepath::ui {

QPixmap IllustrationThumbnails::thumbnail(const core::Exercise& exercise)
{
    const std::string signature =
        std::string(core::toString(exercise.position)) + '|' +
        (exercise.illustration ? core::encodeIllustration(*exercise.illustration) : std::string());
    const QString key = QString::fromStdString(exercise.id);
    if (const auto found = m_cache.constFind(key);
        found != m_cache.constEnd() && found->signature == signature) {
        return found->pixmap;
    }
    // Drawn at the screen's pixel density so it stays sharp on high-DPI displays.
    const qreal ratio = qApp != nullptr ? qApp->devicePixelRatio() : 1.0;
    QImage image = report::renderIllustration(exercise, m_size * ratio);
    image.setDevicePixelRatio(ratio);
    QPixmap pixmap = QPixmap::fromImage(image);
    m_cache.insert(key, {signature, pixmap});
    return pixmap;
}

} // namespace glidepath::ui
