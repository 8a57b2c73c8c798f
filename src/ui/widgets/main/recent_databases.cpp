#include "recent_databases.h"

#include "database_location.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace glidepath::ui {

namespace {

const QString kRecentKey = QStringLiteral("database/recent");

QString shownName(const QString& path, int number)
{
    if (isServerLocation(path)) {
        // "&2 glidepath on db.clinic.example — postgresql://anna@db.clinic.example/glidepath"
        QString name = shortLocationName(path);
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QString where = shownLocation(path);
        where.replace(QLatin1Char('&'), QStringLiteral("&&"));
        return number < 10 ? QStringLiteral("&%1 %2 — %3").arg(number).arg(name, where)
                           : QStringLiteral("%1 — %2").arg(name, where);
    }
    // "&1 practice.db — /home/ann/Documents": the number is the menu's access key.
    const QFileInfo info(path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    QString name = info.fileName();
    name.replace(QLatin1Char('&'), QStringLiteral("&&"));
    QString where = folder;
    where.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return number < 10 ? QStringLiteral("&%1 %2 — %3").arg(number).arg(name, where)
                       : QStringLiteral("%1 — %2").arg(name, where);
}

} // namespace

RecentDatabases::RecentDatabases(QObject* parent) : QObject(parent)
{
    m_menu = new QMenu(tr("Open &Recent"));
    m_menu->setObjectName(QStringLiteral("menuRecentDatabases"));
    // The list can change in another window or after an open: build it each time it is shown.
    connect(m_menu, &QMenu::aboutToShow, this, &RecentDatabases::rebuildMenu);
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);
    rebuildMenu();
}

QStringList RecentDatabases::paths()
{
    return QSettings().value(kRecentKey).toStringList();
}

void RecentDatabases::add(const QString& path)
{
    const QString absolute = normalLocation(path); // a server's address stays an address
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaximum) {
        list.removeLast();
    }
    QSettings().setValue(kRecentKey, list);
}

void RecentDatabases::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = paths();
    int number = 1;
    for (const QString& path : list) {
        QAction* action = m_menu->addAction(shownName(path, number++));
        action->setData(path);
        action->setToolTip(path);
        // A server cannot be checked without connecting; the open says what is wrong.
        const bool present = isServerLocation(path) || QFileInfo::exists(path);
        action->setEnabled(present);
        action->setStatusTip(present ? tr("Open %1").arg(path)
                                     : tr("%1 is not there any more (moved, deleted or on a disk "
                                          "that is not connected)")
                                           .arg(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("No databases opened yet"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    QAction* clear = m_menu->addAction(tr("&Clear the List"));
    clear->setObjectName(QStringLiteral("actionClearRecentDatabases"));
    connect(clear, &QAction::triggered, this, [] { QSettings().remove(kRecentKey); });
}

} // namespace glidepath::ui
