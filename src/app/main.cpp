#include "application_setup.h"
#include "language.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

// Qt aborts with a cryptic plugin message when there is no display; say what to do instead.
bool displayAvailable()
{
    auto set = [](const char* name) {
        const char* value = std::getenv(name);
        return value != nullptr && *value != '\0';
    };
    return set("DISPLAY") || set("WAYLAND_DISPLAY") || set("QT_QPA_PLATFORM");
}

// --help and --version print and exit; they must work where there is no screen (a terminal over
// SSH, a package's install check), so they are answered before any window system is touched.
bool asksForHelpOrVersion(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--") {
            return false;
        }
        if (argument == "-h" || argument == "--help" || argument == "--help-all" ||
            argument == "-?" || argument == "-v" || argument == "--version") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain; // start-up is measured from here to the first painted window
    sinceMain.start();
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        glidepath::ui::setApplicationNames();
        glidepath::ui::language::install(app); // the help in the user's language
        QString error;
        // Prints the help or the version and exits the process; an error in the other
        // arguments is reported the same way as with a display.
        if (!glidepath::ui::parseCommandLine(app.arguments(), &error)) {
            std::fprintf(stderr, "glidepath: %s\n", qPrintable(error));
            return 2;
        }
        return 0;
    }
    if (!displayAvailable()) {
        std::fputs("glidepath: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "  Without a screen:       QT_QPA_PLATFORM=offscreen glidepath\n"
                   "  In a virtual display:   xvfb-run -a glidepath\n"
                   "  Plans and handouts without any display: glidepath-cli --help\n",
                   stderr);
        return 1;
    }
    glidepath::ui::prepareApplication();
    QApplication app(argc, argv);
    return glidepath::ui::runApplication(app, sinceMain);
}
