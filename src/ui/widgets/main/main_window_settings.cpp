// What the window keeps between runs: its geometry and last page, and the mode chosen in
// Preferences.

#include "app_context.h"
#include "settings.h"
#include "widgets/main/main_window_parts.h"
#include "widgets/main/preferences_dialog.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>

namespace glidepath::ui {

using main_window_parts::kPages;

namespace {

// The size a first start asks for: room for the library beside the editor.
const QSize kFirstStartSize(1320, 840);
// The pages are laid out to fit a window this small and no smaller (the layout tests' size).
const QSize kSmallestLaidOut(1024, 700);

} // namespace

void MainWindow::restoreSettings(Opening opening)
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settings::kGeometry).toByteArray())) {
        // First start: most of the screen, but not a wall of white on a very large one. On a
        // small screen (a 1024×768 or 1366×768 laptop) most of it would be less than the pages
        // need, so the window takes all of it there (window managers treat a window of the work
        // area's size as maximized, and a screen without one shows every pixel of the page).
        QSize size = kFirstStartSize;
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            const QSize most = available.size() * 0.92;
            if (most.width() < kSmallestLaidOut.width() ||
                most.height() < kSmallestLaidOut.height()) {
                size = available.size();
            } else {
                size = size.boundedTo(most);
            }
            move(available.center() - QPoint(size.width() / 2, size.height() / 2));
        }
        resize(size);
    }
    if (opening == Opening::FirstRun) {
        return; // startFirstRun() chooses the page
    }
    bool ok = false;
    const int page = settings.value(settings::kLastPage).toInt(&ok);
    // A first start in personal mode opens on the person's own plan, not on the whole library.
    Page target = m_context.mode() == AppMode::Personal ? Page::Plan : Page::Library;
    if (ok && page >= 0 && page < static_cast<int>(std::size(kPages))) {
        target = static_cast<Page>(page);
    }
    if (!isPageAvailable(target)) {
        target = Page::Library;
    }
    showPage(target);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(settings::kGeometry, saveGeometry());
    settings.setValue(settings::kLastPage, static_cast<int>(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::editPreferences()
{
    const std::optional<AppMode> mode = PreferencesDialog::edit(m_context.mode(), this);
    if (!mode || *mode == m_context.mode()) {
        return;
    }
    settings::saveMode(*mode);
    m_context.setMode(*mode);
    statusBar()->showMessage(*mode == AppMode::Personal
                                 ? tr("Personal mode: your own profile and routine.")
                                 : tr("Clinician mode: clients are back in the sidebar."),
                             6000);
}

} // namespace glidepath::ui
