#include "widgets/main/database_menu.h"

#include "app_context.h"
#include "database_location.h"
#include "labels.h"
#include "storage_error_text.h"
#include "widgets/common/message_box.h"

#include <glidepath/io/library_format.h>
#include <glidepath/storage/backup.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace glidepath::ui {

namespace {

QString kindWords(storage::BackupKind kind)
{
    switch (kind) {
    case storage::BackupKind::Daily:
        return DatabaseMenu::tr("Daily");
    case storage::BackupKind::BeforeUpgrade:
        return DatabaseMenu::tr("Before an upgrade");
    case storage::BackupKind::BeforeRestore:
        return DatabaseMenu::tr("Before a restore");
    case storage::BackupKind::Manual:
        break;
    }
    return DatabaseMenu::tr("Made by hand");
}

QString whenWords(const std::string& stamp)
{
    const QDateTime when =
        QDateTime::fromString(QString::fromStdString(stamp), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return when.isValid() ? QLocale().toString(
                                when, Labels::dateFormat(Labels::DateStyle::LongWeekdayDateTime))
                          : QString::fromStdString(stamp);
}

// The list of automatic backups, newest first, with a way out to any other backup file.
QString chooseBackup(QWidget* parent, const std::filesystem::path& database)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(DatabaseMenu::tr("Restore from Backup"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(
        DatabaseMenu::tr("Glidepath keeps a copy of this database from each of the last %1 days "
                         "you used it, and one before each upgrade or restore. Choose the copy "
                         "to go back to. What the database holds now is backed up first.")
            .arg(storage::kKeepDaily),
        &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("backupList"));
    list->setAccessibleName(DatabaseMenu::tr("Backups"));
    for (const storage::BackupEntry& entry : storage::listBackups(database)) {
        auto* item = new QListWidgetItem(
            DatabaseMenu::tr("%1 — %2 (%3)")
                .arg(whenWords(entry.stamp), kindWords(entry.kind),
                     QLocale().formattedDataSize(static_cast<qint64>(entry.bytes))),
            list);
        item->setData(Qt::UserRole, QString::fromStdString(entry.path.string()));
        item->setToolTip(QString::fromStdString(entry.path.string()));
    }
    if (list->count() == 0) {
        auto* none = new QListWidgetItem(DatabaseMenu::tr("No automatic backups yet."), list);
        none->setFlags(Qt::NoItemFlags);
    } else {
        list->setCurrentRow(0);
    }
    layout->addWidget(list);

    auto* buttons = new QDialogButtonBox(&dialog);
    QPushButton* restore =
        buttons->addButton(DatabaseMenu::tr("&Restore"), QDialogButtonBox::AcceptRole);
    QPushButton* other =
        buttons->addButton(DatabaseMenu::tr("&Other File…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    restore->setEnabled(list->currentItem() && list->currentItem()->flags() != Qt::NoItemFlags);
    layout->addWidget(buttons);

    QString chosen;
    QObject::connect(list, &QListWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(other, &QPushButton::clicked, &dialog, [&] {
        const QString file = FileDialog::getOpenFileName(
            &dialog, DatabaseMenu::tr("Choose a backup"),
            QString::fromStdString(storage::backupFolder(database).string()),
            DatabaseMenu::tr("Glidepath databases (*.db);;All files (*)"));
        if (!file.isEmpty()) {
            chosen = file;
            dialog.accept();
        }
    });
    dialog.resize(560, 360);
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    if (chosen.isEmpty() && list->currentItem()) {
        chosen = list->currentItem()->data(Qt::UserRole).toString();
    }
    return chosen;
}

} // namespace

DatabaseMenu::DatabaseMenu(AppContext& context, QWidget* window)
    : QObject(window), m_context(context), m_window(window)
{
    m_backUp = new QAction(tr("&Back Up Database…"), this);
    m_backUp->setObjectName(QStringLiteral("actionBackUpDatabase"));
    m_backUp->setStatusTip(tr("Save a complete copy of the database to a file"));
    connect(m_backUp, &QAction::triggered, this, &DatabaseMenu::backUp);

    m_restore = new QAction(tr("&Restore from Backup…"), this);
    m_restore->setObjectName(QStringLiteral("actionRestoreDatabase"));
    m_restore->setStatusTip(tr("Go back to an earlier copy of the database"));
    connect(m_restore, &QAction::triggered, this, &DatabaseMenu::chooseAndRestore);

    connect(&m_context, &AppContext::databaseReplaced, this, &DatabaseMenu::updateForDatabase);
    updateForDatabase();

    connect(this, &DatabaseMenu::dailyBackupFinished, this,
            [this](const QString& made, const QString& error) {
                if (!error.isEmpty()) {
                    emit m_context.errorOccurred(
                        tr("Today's check and backup of the database failed: %1").arg(error));
                } else if (!made.isEmpty()) {
                    emit m_context.statusMessage(tr("Today's automatic backup is saved."));
                }
            });
}

DatabaseMenu::~DatabaseMenu()
{
    // The worker holds its own connection; let it finish rather than cut a backup short.
    if (m_dailyBackup) {
        m_dailyBackup->wait();
    }
}

void DatabaseMenu::updateForDatabase()
{
    const bool server = m_context.database().isServer();
    m_backUp->setEnabled(!server);
    m_restore->setEnabled(!server);
    m_backUp->setToolTip(server ? fileOnlyOnServerText() : m_backUp->statusTip());
    m_restore->setToolTip(server ? fileOnlyOnServerText() : m_restore->statusTip());
}

void DatabaseMenu::backUp()
{
    if (m_context.database().isServer()) {
        return; // the action is off; a shortcut or a test may still get here
    }
    const QFileInfo current(QString::fromStdString(m_context.database().path().string()));
    const QString suggested =
        current.absolutePath() + QLatin1Char('/') + current.completeBaseName() + QLatin1Char('-') +
        QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(".db");
    const QString path = FileDialog::getSaveFileName(m_window, tr("Back Up Database"), suggested,
                                                     tr("Glidepath databases (*.db)"));
    if (path.isEmpty()) {
        return;
    }
    try {
        m_context.database().backupTo(std::filesystem::path(path.toStdString()));
    } catch (const std::exception& error) {
        MessageBox::critical(m_window, tr("Back Up Database"),
                             tr("The backup could not be made: %1\n\nThe database was not "
                                "changed.")
                                 .arg(errorDetail(error)));
        return;
    }
    emit m_context.statusMessage(tr("Backed up to %1.").arg(QFileInfo(path).fileName()));
}

void DatabaseMenu::chooseAndRestore()
{
    if (m_context.database().isServer()) {
        return;
    }
    const QString path = chooseBackup(m_window, m_context.database().path());
    if (!path.isEmpty()) {
        restoreFrom(path);
    }
}

bool DatabaseMenu::restoreFrom(const QString& path)
{
    if (m_context.database().isServer()) {
        return false;
    }
    const auto answer = MessageBox::question(
        m_window, tr("Restore from Backup"),
        tr("Replace everything in this database with the backup “%1”?\n\nWhat the database holds "
           "now is backed up first, so this can be undone by restoring that copy.")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Yes, tr("Restore")}});
    if (answer != QMessageBox::Yes) {
        return false;
    }
    try {
        storage::Database& database = m_context.database();
        database.restoreFrom(std::filesystem::path(path.toStdString()));
        const io::LibraryDocument& builtins = io::builtinLibrary();
        storage::ExerciseRepository(database).seedBuiltins(
            builtins.exercises, builtins.libraryVersion, builtins.translations);
    } catch (const std::exception& error) {
        MessageBox::critical(m_window, tr("Restore from Backup"),
                             tr("The backup could not be restored: %1\n\nThe database was not "
                                "changed.")
                                 .arg(errorDetail(error)));
        return false;
    }
    m_context.contentReplaced();
    emit m_context.statusMessage(tr("Restored from %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void DatabaseMenu::startDailyBackup()
{
    if (m_context.database().isServer()) {
        return; // the server's own backups (pg_dump) keep it
    }
    const std::filesystem::path path = m_context.database().path();
    QPointer<DatabaseMenu> self(this);
    QThread* worker = QThread::create([path, self] {
        QString made;
        QString error;
        try {
            // Once a day: the check and the copy both read the whole file, which on a large
            // database costs seconds of disk and CPU at every start otherwise.
            const bool doneToday = storage::hasDailyBackupToday(path);
            storage::OpenOptions options;
            options.access = storage::Access::ReadOnly;
            std::unique_ptr<storage::Database> reader;
            if (!doneToday) {
                reader = storage::Database::open(path, options);
            }
            // Opening skips the whole-file check after a clean shutdown, so it runs here, off
            // the GUI thread; a damaged file is reported and never rotated into the backups,
            // where it could push out the good copies.
            const std::vector<std::string> problems =
                reader ? reader->integrityProblems() : std::vector<std::string>{};
            if (!reader) {
                // Checked and copied earlier today.
            } else if (!problems.empty()) {
                error = tr("the database failed its integrity check (%1). Keep a copy of the "
                           "file and restore a backup from File ▸ Restore from Backup….")
                            .arg(QString::fromStdString(problems.front()));
            } else if (auto done = storage::makeDailyBackup(*reader)) {
                made = QString::fromStdString(done->string());
            }
        } catch (const std::exception& failure) {
            error = errorDetail(failure);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, made, error] {
                if (self) {
                    emit self->dailyBackupFinished(made, error);
                }
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_dailyBackup = worker;
    worker->start(QThread::LowPriority);
}

} // namespace glidepath::ui
