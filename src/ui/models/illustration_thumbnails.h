#pragma once

#include <glidepath/core/exercise.h>

#include <QHash>
#include <QPixmap>
#include <QSize>
#include <QString>

#include <string>

namespace glidepath::ui {

// Small pictures of exercises (start and end side by side) for lists and cards, drawn on demand
// the first time one is asked for and kept per exercise id. A changed picture or position is
// noticed by its signature, so an edit never shows a stale thumbnail; nothing is drawn for rows
// that are never shown.
class IllustrationThumbnails
{
public:
    explicit IllustrationThumbnails(QSize size) : m_size(size) {}

    QPixmap thumbnail(const core::Exercise& exercise);
    // The pixmap kept for this id, without checking it against the exercise; null when none.
    const QPixmap* cached(const std::string& id) const
    {
        const auto found = m_cache.constFind(QString::fromStdString(id));
        return found == m_cache.constEnd() ? nullptr : &found->pixmap;
    }
    QSize size() const { return m_size; }
    int cachedCount() const { return static_cast<int>(m_cache.size()); }
    void clear() { m_cache.clear(); }

private:
    struct Entry
    {
        std::string signature;
        QPixmap pixmap;
    };

    QSize m_size;
    QHash<QString, Entry> m_cache;
};

} // namespace glidepath::ui
