#include "cli_language.h"

#include "cli_text.h"

#include <glidepath/report/translations.h>

#include <QGuiApplication>
#include <QLocale>

#include <cstdio>
#include <memory>

namespace glidepath::cli {

namespace {

std::string& current()
{
    static std::string code = "en";
    return code;
}

QtMessageHandler& previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

// Qt notes on stderr that it made its own runtime folder when XDG_RUNTIME_DIR is unset (as for
// root or a cron job). The CLI uses no runtime folder, and the note would mix with its own
// messages: drop that one note, pass everything else on.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR"))) {
        return;
    }
    if (previousHandler() != nullptr) {
        previousHandler()(type, context, message);
    } else {
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    }
}

} // namespace

void ensureGuiApplication()
{
    if (QGuiApplication::instance() != nullptr) {
        return;
    }
    previousHandler() = qInstallMessageHandler(quietHandler);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "glidepath-cli";
    static char* argv[] = {name, nullptr};
    static std::unique_ptr<QGuiApplication> app = std::make_unique<QGuiApplication>(argc, argv);
}

std::optional<std::string> useLanguage(const std::optional<std::string>& option)
{
    const QStringList known = report::translations::available();
    QString code = report::translations::resolve(QString(), QLocale::system().uiLanguages());
    bool unknown = false;
    if (option) {
        const QString asked = QString::fromStdString(*option).toLower();
        unknown = asked != QLatin1String("en") && !known.contains(asked);
        if (!unknown) {
            code = asked;
        }
    }
    if (code != QLatin1String("en")) {
        ensureGuiApplication();
        report::translations::install(*QCoreApplication::instance(), code);
    }
    current() = code.toStdString();
    if (unknown) {
        // Said in the system's language, which the CLI then speaks.
        return utf8(CliText::tr("unknown language \"%1\" (use en or %2)")
                        .arg(QString::fromStdString(*option), known.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

const std::string& language()
{
    return current();
}

} // namespace glidepath::cli
