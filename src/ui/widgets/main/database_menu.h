#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

class QAction;
class QWidget;

namespace glidepath::ui {

class AppContext;

// File ▸ Back Up Database… and File ▸ Restore from Backup…, and the daily backup made once the
// window is up. Backups are complete copies made through SQLite (storage/backup.h), never a
// file copy, which would miss what the write-ahead log has not yet checkpointed.
class DatabaseMenu : public QObject
{
    Q_OBJECT

public:
    DatabaseMenu(AppContext& context, QWidget* window);
    ~DatabaseMenu() override;

    QAction* backUpAction() const { return m_backUp; }
    QAction* restoreAction() const { return m_restore; }

    // Asks for a file name and writes the backup there.
    void backUp();
    // Lets the user pick one of the automatic backups (or any backup file), then restores it.
    void chooseAndRestore();
    // Confirms, then replaces the open database's content with the backup at `path`. The current
    // content is backed up first. Returns true when the content was replaced.
    bool restoreFrom(const QString& path);
    // The whole-file integrity check, then today's rolling backup if none was made yet today;
    // runs on a worker thread through its own read-only connection so that start-up does not
    // wait for it. dailyBackupFinished reports the outcome.
    void startDailyBackup();
    // On a clinic server there is no file to copy here: Back Up and Restore are off, with a
    // tooltip naming pg_dump, and no daily backup runs. Called whenever the database changes.
    void updateForDatabase();

signals:
    void dailyBackupFinished(const QString& pathOrEmpty, const QString& error);

private:
    AppContext& m_context;
    QWidget* m_window;
    QAction* m_backUp = nullptr;
    QAction* m_restore = nullptr;
    QPointer<QThread> m_dailyBackup;
};

} // namespace glidepath::ui
