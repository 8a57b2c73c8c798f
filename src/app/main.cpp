#include "application_setup.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>

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

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain; // start-up is measured from here to the first painted window
    sinceMain.start();
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
