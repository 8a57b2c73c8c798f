#include "application_setup.h"

#include "icons.h"
#include "settings.h"
#include "widgets/common/message_box.h"
#include "widgets/common/wheel_guard.h"
#include "widgets/main/database_menu.h"
#include "widgets/main/main_window.h"
#include "widgets/main/mode_dialog.h"

#include <glidepath/io/library_format.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <cstdio>

// Resources compiled into the static glidepath_ui library must be registered by hand, or the
// linker may drop them (Q_INIT_RESOURCE cannot be used inside a namespace).
static void initGlidepathResources()
{
    Q_INIT_RESOURCE(glidepath);
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
            // Measure once this paint has finished and the event loop is free again.
            QTimer::singleShot(0, this, [this] {
                std::printf("startup: usable window after %lld ms\n",
                            static_cast<long long>(m_sinceMain.elapsed()));
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
}

void prepareApplication()
{
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
}

void configureApplication(QApplication& app)
{
    initResources();
    QCoreApplication::setOrganizationName(QStringLiteral("Glidepath"));
    QCoreApplication::setApplicationName(QStringLiteral("Glidepath"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLIDEPATH_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Glidepath"));
    QGuiApplication::setDesktopFileName(QStringLiteral("glidepath"));
    app.setWindowIcon(appIcon());
    installWheelGuard(app);
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
    parser.process(arguments); // --help, --version and unknown options end the process here

    StartupOptions options;
    options.databasePath = parser.value(database);
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
        if (!last.isEmpty() && QFileInfo::exists(last)) {
            return std::filesystem::path(last.toStdString());
        }
    }
    return storage::resolveDatabasePath(options.databasePath.toStdString());
}

std::unique_ptr<storage::Database> openDatabase(const std::filesystem::path& path)
{
    // Missing folders are made by storage, private (0700) from the start.
    storage::OpenOptions options;
    options.program = "Glidepath";
    std::unique_ptr<storage::Database> database = storage::Database::open(path, options);
    const io::LibraryDocument& builtins = io::builtinLibrary();
    storage::ExerciseRepository(*database).seedBuiltins(builtins.exercises,
                                                        builtins.libraryVersion);
    return database;
}

QString describeOpenError(const storage::StorageError& error, const QString& path)
{
    using Kind = storage::StorageError::Kind;
    const QString detail = QString::fromStdString(error.what());
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
        return QApplication::translate("Startup",
                                       "“%1” cannot be written: the file or its folder is "
                                       "read-only (%2). Glidepath needs to save your work, so "
                                       "choose a database in a folder you can write to.")
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
    std::error_code ignored;
    const std::filesystem::path absolute = std::filesystem::absolute(path, ignored);
    QSettings().setValue(settings::kLastDatabase,
                         QString::fromStdString((absolute.empty() ? path : absolute).string()));
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
            const QString chosen = FileDialog::getSaveFileName(
                nullptr, QApplication::translate("Startup", "Choose a Glidepath database"),
                QFileInfo(shown).absolutePath(),
                QApplication::translate("Startup", "Glidepath databases (*.db);;All files (*)"),
                QFileDialog::DontConfirmOverwrite);
            if (chosen.isEmpty()) {
                return 1;
            }
            path = std::filesystem::path(chosen.toStdString());
        }
    }
    if (path != firstChoice) {
        rememberDatabase(path); // chosen in the dialog: open it again next time
    }

    AppContext context(std::move(database));
    std::optional<AppMode> mode = options->mode;
    if (!mode) {
        mode = settings::savedMode();
    }
    if (!mode) {
        mode = ModeDialog::ask();
        if (mode) {
            settings::saveMode(*mode);
        }
    }
    context.setMode(mode.value_or(AppMode::Clinician));

    MainWindow window(context);
    auto* meter = new StartupMeter(sinceMain, options->measureStartup, &window);
    window.installEventFilter(meter);
    window.show();
    if (!existedBefore && path == firstChoice && !options->databasePath.isEmpty()) {
        // A path typed on the command line that did not exist: say so, in case it was a typo.
        emit context.statusMessage(
            QApplication::translate("Startup", "Started a new, empty database at %1.")
                .arg(QString::fromStdString(path.string())));
    }
    // Today's rolling backup, once the window is up, on a worker thread.
    QTimer::singleShot(2000, window.databaseMenu(), &DatabaseMenu::startDailyBackup);
    return app.exec();
}

} // namespace glidepath::ui
