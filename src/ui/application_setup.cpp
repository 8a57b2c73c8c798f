#include "application_setup.h"

#include "database_location.h"
#include "icons.h"
#include "language.h"
#include "lazy_style_icons.h"
#include "settings.h"
#include "storage_error_text.h"
#include "widgets/common/message_box.h"
#include "widgets/common/wheel_guard.h"
#include "widgets/main/database_menu.h"
#include "widgets/main/main_window.h"
#include "widgets/main/mode_dialog.h"
#include "widgets/main/recent_databases.h"
#include "widgets/main/server_password.h"

#include <glidepath/io/builtin_data.h>
#include <glidepath/io/library_format.h>
#include <glidepath/storage/server_url.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <ctime>

// Resources compiled into the static glidepath_ui library must be registered by hand, or the
// linker may drop them (Q_INIT_RESOURCE cannot be used inside a namespace).
static void initGlidepathResources()
{
    Q_INIT_RESOURCE(glidepath_docs);
}

namespace glidepath::ui {

namespace {

// Reports the time from main() to the first painted window, then (when measuring) quits.
class StartupMeter : public QObject
{
public:
    StartupMeter(const QElapsedTimer& sinceMain, bool quitAfter, QObject* parent)
        : QObject(parent), m_sinceMain(sinceMain), m_quitAfter(quitAfter)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_done && event->type() == QEvent::Paint) {
            m_done = true;
            // Measure once this paint has finished and the event loop is free again. The CPU
            // time is the process's to this point: work deferred until after the first paint
            // (the Library's exercise form) may still run before the quit takes effect, and a
            // timer of the whole process (/usr/bin/time, wait4) counts it too.
            QTimer::singleShot(0, this, [this] {
                const auto cpuMs = static_cast<long long>(std::clock()) * 1000 / CLOCKS_PER_SEC;
                std::printf("startup: usable window after %lld ms (CPU %lld ms)\n",
                            static_cast<long long>(m_sinceMain.elapsed()), cpuMs);
                std::fflush(stdout);
                if (m_quitAfter) {
                    QCoreApplication::quit();
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceMain;
    bool m_quitAfter;
    bool m_done = false;
};

} // namespace

void initResources()
{
    static bool done = false;
    if (!done) {
        initGlidepathResources();
        done = true;
    }
    // Texts are written in English with "(s)" for a count ("%n check-in(s)"); the English
    // "translation" gives the singular and plural, so people read "1 check-in", "3 check-ins".
    static QTranslator* plurals = nullptr;
    if (!plurals && QCoreApplication::instance()) {
        plurals = new QTranslator(QCoreApplication::instance());
        if (plurals->load(QStringLiteral(":/i18n/glidepath_en.qm"))) {
            QCoreApplication::installTranslator(plurals);
        }
    }
}

void prepareApplication()
{
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Glidepath"));
    QCoreApplication::setApplicationName(QStringLiteral("Glidepath"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLIDEPATH_VERSION));
}

void configureApplication(QApplication& app)
{
    initResources();
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Glidepath"));
    // The desktop entry's name (packaging/linux), so that docks group the window with it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.glidepath.Glidepath"));
    language::install(app); // after the names: the Preferences choice lives in QSettings
    installLazyStyleIcons(app);
    app.setWindowIcon(appIcon());
    installWheelGuard(app);
}

bool isLibraryFile(const QString& path)
{
    // A library file is JSON: its first character that is not white space is '{'. A database
    // starts with SQLite's header, and a path that does not exist yet is a new database.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray head = file.read(64).trimmed();
    return head.startsWith('{');
}

std::optional<StartupOptions> parseCommandLine(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("Startup", "Weekly exercise plans for knee and hip pain."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QApplication::translate("Startup", "Open the database at PATH (default: GLIDEPATH_DB, "
                                           "then the one used last, then the standard place)."),
        QStringLiteral("PATH"));
    const QCommandLineOption mode(
        QStringLiteral("mode"),
        QApplication::translate("Startup", "Start in clinician or personal mode without asking."),
        QStringLiteral("clinician|personal"));
    const QCommandLineOption measure(
        QStringLiteral("measure-startup"),
        QApplication::translate(
            "Startup", "Print the milliseconds from start to a usable window, then quit."));
    parser.addOption(database);
    parser.addOption(mode);
    parser.addOption(measure);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QApplication::translate("Startup", "A Glidepath database to open (like --database), or "
                                           "an exercise library file to import."),
        QStringLiteral("[FILE]"));
    parser.process(arguments); // --help, --version and unknown options end the process here

    StartupOptions options;
    options.databasePath = parser.value(database);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        if (error) {
            *error = QApplication::translate("Startup", "give one file to open, not %1")
                         .arg(files.size());
        }
        return std::nullopt;
    }
    if (!files.isEmpty()) {
        const QString& file = files.front();
        if (isLibraryFile(file)) {
            options.libraryFile = file;
        } else if (parser.isSet(database)) {
            if (error) {
                *error = QApplication::translate(
                             "Startup", "give the database either with --database or as FILE, "
                                        "not both ('%1')")
                             .arg(file);
            }
            return std::nullopt;
        } else {
            options.databasePath = file;
        }
    }
    options.measureStartup = parser.isSet(measure);
    if (parser.isSet(mode)) {
        options.mode = settings::parseMode(parser.value(mode));
        if (!options.mode) {
            if (error) {
                *error = QApplication::translate("Startup",
                                                 "--mode takes clinician or personal, not '%1'")
                             .arg(parser.value(mode));
            }
            return std::nullopt;
        }
    }
    if (parser.isSet(database) && options.databasePath.isEmpty()) {
        if (error) {
            *error = QApplication::translate("Startup", "--database needs a file path");
        }
        return std::nullopt;
    }
    return options;
}

std::filesystem::path chooseDatabasePath(const StartupOptions& options)
{
    if (options.databasePath.isEmpty() && qEnvironmentVariableIsEmpty("GLIDEPATH_DB")) {
        const QString last = QSettings().value(settings::kLastDatabase).toString();
        if (!last.isEmpty() && (isServerLocation(last) || QFileInfo::exists(last))) {
            return std::filesystem::path(last.toStdString());
        }
    }
    return storage::resolveDatabasePath(options.databasePath.toStdString());
}

std::unique_ptr<storage::Database> openDatabase(const std::filesystem::path& path)
{
    if (storage::isServerUrl(path.string())) {
        // From Open Recent, --database or GLIDEPATH_DB: a password .pgpass does not give is asked.
        return openServerAskingPassword(path.string(), {}, [](const QString& address, bool again) {
            return askServerPassword(nullptr, address, again);
        });
    }
    // Missing folders are made by storage, private (0700) from the start.
    storage::OpenOptions options;
    options.program = "Glidepath";
    std::unique_ptr<storage::Database> database = storage::Database::open(path, options);
    prepareOpenedDatabase(*database);
    return database;
}

QString describeOpenError(const storage::StorageError& error, const QString& location)
{
    const QString path = shownLocation(location); // never a server password
    using Kind = storage::StorageError::Kind;
    // Storage's English in English; in another language words made from the error's kind.
    const QString detail = storageErrorDetail(error, location.toStdString());
    switch (error.kind()) {
    case Kind::NotGlidepath:
        return QApplication::translate("Startup",
                                       "“%1” is not a Glidepath database. It was left exactly "
                                       "as it was.\n\nChoose a Glidepath database, or a new "
                                       "file name to start an empty one.")
            .arg(path);
    case Kind::TooNew:
        return QApplication::translate("Startup",
                                       "“%1” was saved by a newer version of Glidepath, so this "
                                       "version cannot open it. It was not changed.\n\nUpdate "
                                       "Glidepath, or choose another database.")
            .arg(path);
    case Kind::Locked:
        return QApplication::translate("Startup",
                                       "“%1” is already open in another Glidepath window or is "
                                       "being changed by the command-line tool (%2).\n\nClose "
                                       "it there first, or choose another database.")
            .arg(path, detail);
    case Kind::ReadOnlyDatabase:
        // The storage detail repeats the path and adds "it can be read but not changed from
        // here", which reads as a contradiction of the sentence after it; the kind says enough.
        return QApplication::translate("Startup",
                                       "“%1” cannot be changed: the file, or the folder it is "
                                       "in, is read-only for you. Glidepath saves every change "
                                       "as you make it, so it needs a database it may write "
                                       "to.\n\nChoose a database in a folder you can write to, "
                                       "or copy this one there first.")
            .arg(path);
    case Kind::ClinicServer:
        return QApplication::translate("Startup",
                                       "“%1” is a clinic server, and this part of Glidepath does "
                                       "not work on a clinic server yet (%2). Nothing was "
                                       "changed.\n\nChoose a Glidepath database file instead.")
            .arg(path, detail);
    case Kind::Corrupt:
        return QApplication::translate("Startup",
                                       "“%1” is damaged and cannot be read (%2). It was not "
                                       "changed; keep it for recovery and choose another "
                                       "database.")
            .arg(path, detail);
    default:
        return QApplication::translate("Startup", "“%1” cannot be opened: %2").arg(path, detail);
    }
}

void rememberDatabase(const std::filesystem::path& path)
{
    const QString remembered = normalLocation(QString::fromStdString(path.string()));
    QSettings().setValue(settings::kLastDatabase, remembered);
    RecentDatabases::add(remembered);
}

bool isFirstStart(bool modeAskedNow, bool databaseIsNew)
{
    return modeAskedNow || databaseIsNew || !QSettings().contains(settings::kLastPage);
}

int runApplication(QApplication& app, const QElapsedTimer& sinceMain)
{
    configureApplication(app);
    QString error;
    const std::optional<StartupOptions> options = parseCommandLine(app.arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "glidepath: %s\n", qPrintable(error));
        return 2;
    }

    const std::filesystem::path firstChoice = chooseDatabasePath(*options);
    std::filesystem::path path = firstChoice;
    std::error_code existsError;
    const bool existedBefore = std::filesystem::exists(firstChoice, existsError);
    std::unique_ptr<storage::Database> database;
    while (!database) {
        try {
            database = openDatabase(path);
        } catch (const storage::StorageError& e) {
            const QString shown = QString::fromStdString(path.string());
            const auto answer = MessageBox::critical(
                nullptr, QApplication::translate("Startup", "Cannot open the database"),
                describeOpenError(e, shown), QMessageBox::Open | QMessageBox::Close,
                QMessageBox::Open,
                {{QMessageBox::Open, QApplication::translate("Startup", "Choose another file…")},
                 {QMessageBox::Close, QApplication::translate("Startup", "Quit")}});
            if (answer != QMessageBox::Open) {
                return 1;
            }
            // A server address names no folder to start the file dialog in.
            const QString folder =
                storage::isServerUrl(path.string())
                    ? QString::fromStdString(storage::defaultDatabasePath().parent_path().string())
                    : QFileInfo(shown).absolutePath();
            const QString chosen = FileDialog::getSaveFileName(
                nullptr, QApplication::translate("Startup", "Choose a Glidepath database"), folder,
                QApplication::translate("Startup", "Glidepath databases (*.db);;All files (*)"),
                QFileDialog::DontConfirmOverwrite);
            if (chosen.isEmpty()) {
                return 1;
            }
            path = std::filesystem::path(chosen.toStdString());
        }
    }
    // Listed under File ▸ Open Recent; a file chosen in the dialog above is also the one opened
    // next time (a --database or GLIDEPATH_DB choice is not: it may be a one-off).
    if (path != firstChoice) {
        rememberDatabase(path);
    } else {
        RecentDatabases::add(normalLocation(QString::fromStdString(path.string())));
    }

    AppContext context(std::move(database));
    std::optional<AppMode> mode = options->mode;
    if (!mode) {
        mode = settings::savedMode();
    }
    const bool modeAskedNow = !mode;
    if (!mode) {
        mode = ModeDialog::ask();
        if (mode) {
            settings::saveMode(*mode);
        }
    }
    context.setMode(mode.value_or(AppMode::Clinician));

    const bool firstStart = isFirstStart(modeAskedNow, !existedBefore && path == firstChoice);
    // At a first start only the page startFirstRun() opens on is built (start-up time).
    MainWindow window(context,
                      firstStart ? MainWindow::Opening::FirstRun : MainWindow::Opening::LastPage);
    // Only when asked: a person starting Glidepath from a terminal has no use for the figure.
    if (options->measureStartup) {
        window.installEventFilter(new StartupMeter(sinceMain, true, &window));
    }
    window.show();
    if (firstStart) {
        window.startFirstRun(); // before the first paint: shown with the window
    }
    if (!existedBefore && path == firstChoice && !options->databasePath.isEmpty() &&
        !storage::isServerUrl(path.string())) {
        // A path typed on the command line that did not exist: say so, in case it was a typo.
        emit context.statusMessage(
            QApplication::translate("Startup", "Started a new, empty database at %1.")
                .arg(QString::fromStdString(path.string())));
    }
    if (!options->libraryFile.isEmpty()) {
        // A library file opened from the file manager: offer it for import into this database.
        const QString libraryFile = options->libraryFile;
        // Opening a file should never change the database unasked, so confirm first.
        QTimer::singleShot(0, &window, [&window, libraryFile] {
            window.showPage(MainWindow::Page::Library);
            const auto answer = MessageBox::question(
                &window, QApplication::translate("Startup", "Import library"),
                QApplication::translate("Startup",
                                        "Import the exercises in “%1” into this database? "
                                        "The file is checked first; Edit ▸ Undo takes the "
                                        "import back.")
                    .arg(QFileInfo(libraryFile).fileName()),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes,
                {{QMessageBox::Yes, QApplication::translate("Startup", "Import")}});
            if (answer == QMessageBox::Yes) {
                window.importLibraryFrom(libraryFile);
            }
        });
    }
    // Today's rolling backup, once the window is up, on a worker thread.
    QTimer::singleShot(2000, window.databaseMenu(), &DatabaseMenu::startDailyBackup);
    return app.exec();
}

} // namespace glidepath::ui
