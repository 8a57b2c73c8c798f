// The File menu's commands: opening, starting or connecting to a database, and moving the library
// in and out of a file.

#include "app_context.h"
#include "application_setup.h"
#include "database_location.h"
#include "widgets/common/message_box.h"
#include "widgets/main/connect_server_dialog.h"
#include "widgets/main/library_transfer.h"
#include "widgets/main/main_window.h"
#include "widgets/main/server_password.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>

namespace glidepath::ui {

namespace {

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

bool MainWindow::switchDatabase(const QString& path, bool create, const std::string& password)
{
    const bool server = isServerLocation(path);
    const QString current = QString::fromStdString(m_context.database().path().string());
    std::error_code sameCheck;
    if (server ? normalLocation(path) == normalLocation(current)
               : std::filesystem::equivalent(std::filesystem::path(path.toStdString()),
                                             m_context.database().path(), sameCheck)) {
        statusBar()->showMessage(tr("That database is already open."), 6000);
        return true;
    }
    if (create && !server && QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New database"),
                            tr("“%1” already exists. To use it, choose File ▸ Open Database…; "
                               "to start empty, choose a new file name.")
                                .arg(path));
        return false;
    }
    try {
        std::unique_ptr<storage::Database> database =
            server ? openServerAskingPassword(path.toStdString(), password,
                                              [this](const QString& address, bool again) {
                                                  return askServerPassword(this, address, again);
                                              })
                   : ui::openDatabase(std::filesystem::path(path.toStdString()));
        m_context.replaceDatabase(std::move(database));
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot open the database"), describeOpenError(error, path));
        return false;
    }
    rememberDatabase(std::filesystem::path(path.toStdString()));
    statusBar()->showMessage(
        server ? tr("Connected to %1.").arg(shownLocation(path))
               : (create ? tr("Started a new database.") : tr("Database opened.")),
        6000);
    return true;
}

void MainWindow::newDatabase()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("New database"), documentsFolder() + QStringLiteral("/glidepath.db"),
        tr("Glidepath databases (*.db)"));
    if (!path.isEmpty()) {
        switchDatabase(path, true);
    }
}

void MainWindow::openDatabase()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open database"),
        QFileInfo(QString::fromStdString(m_context.database().path().string())).absolutePath(),
        tr("Glidepath databases (*.db);;All files (*)"));
    if (!path.isEmpty()) {
        switchDatabase(path, false);
    }
}

void MainWindow::connectToServer()
{
    if (const std::optional<storage::ServerLogin> login = ConnectServerDialog::ask(this)) {
        switchDatabase(QString::fromStdString(login->url.toString()), false, login->password);
    }
}

void MainWindow::importLibrary()
{
    if (m_libraryTransfer->importLibrary()) {
        showPage(Page::Library);
    }
}

void MainWindow::importLibraryFrom(const QString& path)
{
    if (m_libraryTransfer->importFrom(path)) {
        showPage(Page::Library);
    }
}

void MainWindow::exportLibrary()
{
    m_libraryTransfer->exportLibrary();
}

} // namespace glidepath::ui
