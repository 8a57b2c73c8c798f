#pragma once

#include "app_context.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/storage_error.h>

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <memory>
#include <optional>

class QApplication;

namespace glidepath::ui {

// Start-up of the desktop app, kept out of main.cpp so tests can use the same steps.
struct StartupOptions
{
    QString databasePath;        // --database PATH (empty: GLIDEPATH_DB, last used, default)
    std::optional<AppMode> mode; // --mode clinician|personal skips the first-run question
    bool measureStartup = false; // --measure-startup prints the time to a usable window, quits
    QString libraryFile; // FILE given as a library file: offered for import once the window is up
};

// Before QApplication exists: high-DPI policy.
void prepareApplication();
// Organisation, application name and version (enough for --help and --version).
void setApplicationNames();
// Names, version and icon; resources of the static library.
void configureApplication(QApplication& app);
void initResources();

// Whether FILE on the command line is an exercise library (JSON) rather than a database.
bool isLibraryFile(const QString& path);

// nullopt with *error set when the arguments are wrong. --help and --version exit the process.
std::optional<StartupOptions> parseCommandLine(const QStringList& arguments, QString* error);

// The database to open: --database, then GLIDEPATH_DB, then the one used last time (if it
// still exists), then the default location.
std::filesystem::path chooseDatabasePath(const StartupOptions& options);

// Opens (creating and migrating when needed) and seeds the built-in library. Throws
// storage::StorageError.
std::unique_ptr<storage::Database> openDatabase(const std::filesystem::path& path);

// What went wrong opening a database, in plain words for a dialog.
QString describeOpenError(const storage::StorageError& error, const QString& path);

// Remembers the database so the next start opens it again.
void rememberDatabase(const std::filesystem::path& path);

// Whether the window opens as at a first start (MainWindow::startFirstRun: a clinician on a new
// client, a person on their plan) rather than on the page it was closed on: when the mode was
// asked just now, when the database is new, or when no page was ever remembered on this
// machine (the mode given with --mode at the very first start).
bool isFirstStart(bool modeAskedNow, bool databaseIsNew);

// Everything after QApplication: open the database (asking for another file when it cannot be
// used), ask the first-run question, show the main window, run the event loop.
int runApplication(QApplication& app, const QElapsedTimer& sinceMain);

} // namespace glidepath::ui
