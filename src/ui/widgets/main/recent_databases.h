#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;

namespace glidepath::ui {

// File ▸ Open Recent: the databases opened last, newest first, kept in the settings. A file
// that has gone (moved, deleted, an unplugged disk) is shown disabled rather than dropped, so
// that plugging the disk back in brings it back.
class RecentDatabases : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaximum = 8;

    explicit RecentDatabases(QObject* parent = nullptr);

    QMenu* menu() const { return m_menu; }
    // Newest first, absolute paths, no duplicates.
    static QStringList paths();
    // Moves `path` to the top of the list (called whenever a database is opened).
    static void add(const QString& path);

signals:
    void openRequested(const QString& path);

private:
    void rebuildMenu();

    QMenu* m_menu = nullptr;
};

} // namespace glidepath::ui
