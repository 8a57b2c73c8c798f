// The main window as coordinator: it builds the pages when first shown, switches between them,
// follows the mode and keeps the actions' state in step with the pages. Its other jobs live beside
// it (main_window_parts.h lists them).

#include "widgets/main/main_window.h"

#include "app_context.h"
#include "icons.h"
#include "models/plan_print_state.h"
#include "widgets/clients/clients_page.h"
#include "widgets/clients/last_client.h"
#include "widgets/common/message_box.h"
#include "widgets/library/library_page.h"
#include "widgets/main/main_window_parts.h"
#include "widgets/plan/plan_page.h"
#include "widgets/progress/progress_page.h"
#include "write_access.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace glidepath::ui {

using main_window_parts::kPages;

MainWindow::MainWindow(AppContext& context, Opening opening, QWidget* parent)
    : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    setUnifiedTitleAndToolBarOnMac(true);

    // Before any page: the Plan and Progress pages start with the client chosen last time.
    new LastClient(m_context, this);
    createPages();
    createActions();
    createMenus();
    createToolBars();
    createSidebar();
    createStatusBar();
    refreshIcons();
    // A login that may only read imports and changes no exercises (write_access.h).
    for (QAction* writes :
         {m_importLibrary, m_newExercise, m_duplicateExercise, m_deleteExercise}) {
        WriteAccess::of(m_context).guard(writes);
    }

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(&m_context, &AppContext::modeChanged, this, &MainWindow::applyMode);
    connect(&m_context, &AppContext::databaseReplaced, this, &MainWindow::updateTitle);
    // Until the Plan page is built (it then reports itself), Print follows the client's plans.
    const auto planMayHaveChanged = [this] {
        if (!m_plan) {
            updatePlanActions();
        }
    };
    connect(&m_context, &AppContext::currentClientChanged, this, planMayHaveChanged);
    connect(&m_context, &AppContext::databaseReplaced, this, planMayHaveChanged);
    connect(&m_context.changes(), &ChangeNotifier::plansChanged, this, planMayHaveChanged);
    connect(&m_context.changes(), &ChangeNotifier::checkInsChanged, this, planMayHaveChanged);
    connect(&m_context.changes(), &ChangeNotifier::clientsChanged, this, planMayHaveChanged);
    connect(&m_context, &AppContext::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(&m_context, &AppContext::errorOccurred, this,
            [this](const QString& text) { MessageBox::warning(this, tr("Glidepath"), text); });
    applyMode();
    restoreSettings(opening);
    updateTitle();
    updateExerciseActions();
    updatePlanActions();
}

MainWindow::~MainWindow() = default;

// --- Construction -------------------------------------------------------------------------------

void MainWindow::createPages()
{
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    // An empty placeholder per page until it is first shown; the order matches Page.
    for (std::size_t i = 0; i < std::size(kPages); ++i) {
        m_pages->addWidget(new QWidget);
    }
}

QWidget* MainWindow::ensurePage(Page page)
{
    QWidget* built = nullptr;
    switch (page) {
    case Page::Library:
        if (m_library) {
            return m_library;
        }
        m_library = new LibraryPage(m_context);
        connect(m_library, &LibraryPage::currentExerciseChanged, this,
                &MainWindow::updateExerciseActions);
        // Delete is bound to the library table's focus area (see createActions).
        m_library->addAction(m_deleteExercise);
        built = m_library;
        break;
    case Page::Clients:
        if (m_clients) {
            return m_clients;
        }
        m_clients = new ClientsPage(m_context);
        connect(m_clients, &ClientsPage::planNextWeekRequested, this, [this] {
            showPage(Page::Plan);
            m_plan->planNextWeek();
        });
        built = m_clients;
        break;
    case Page::Plan:
        if (m_plan) {
            return m_plan;
        }
        m_plan = new PlanPage(m_context);
        connect(m_plan, &PlanPage::planAvailabilityChanged, this, &MainWindow::updatePlanActions);
        built = m_plan;
        break;
    case Page::Progress:
        if (m_progress) {
            return m_progress;
        }
        m_progress = new ProgressPage(m_context);
        built = m_progress;
        break;
    }
    const int index = static_cast<int>(page);
    QWidget* placeholder = m_pages->widget(index);
    const bool wasCurrent = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, built);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    if (wasCurrent) {
        m_pages->setCurrentIndex(index);
    }
    if (page == Page::Library) {
        updateExerciseActions();
    } else if (page == Page::Plan) {
        updatePlanActions();
    }
    return built;
}

bool MainWindow::isPageBuilt(Page page) const
{
    switch (page) {
    case Page::Library:
        return m_library != nullptr;
    case Page::Clients:
        return m_clients != nullptr;
    case Page::Plan:
        return m_plan != nullptr;
    case Page::Progress:
        return m_progress != nullptr;
    }
    return false;
}

LibraryPage* MainWindow::libraryPage()
{
    ensurePage(Page::Library);
    return m_library;
}

ClientsPage* MainWindow::clientsPage()
{
    ensurePage(Page::Clients);
    return m_clients;
}

PlanPage* MainWindow::planPage()
{
    ensurePage(Page::Plan);
    return m_plan;
}

ProgressPage* MainWindow::progressPage()
{
    ensurePage(Page::Progress);
    return m_progress;
}

// --- Pages --------------------------------------------------------------------------------------

void MainWindow::showPage(Page page)
{
    if (!isPageAvailable(page)) {
        return;
    }
    ensurePage(page);
    m_sidebar->setCurrentRow(static_cast<int>(page));
    m_pages->setCurrentIndex(static_cast<int>(page));
    updatePageChrome();
}

void MainWindow::startFirstRun()
{
    if (m_context.mode() == AppMode::Personal) {
        showPage(Page::Plan);
        return;
    }
    showPage(Page::Clients);
    bool empty = true;
    try {
        empty = m_context.clients().list().empty();
    } catch (const std::exception&) {
        empty = false; // the page itself reports a database it cannot read
    }
    if (empty) {
        m_clients->newClient();
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

bool MainWindow::isPageAvailable(Page page) const
{
    return !(page == Page::Clients && m_context.mode() == AppMode::Personal);
}

void MainWindow::applyMode()
{
    const bool personal = m_context.mode() == AppMode::Personal;
    m_sidebar->setRowHidden(static_cast<int>(Page::Clients), personal);
    m_pageActions.at(static_cast<int>(Page::Clients))->setVisible(!personal);
    if (personal && currentPage() == Page::Clients) {
        showPage(Page::Plan);
    }
    updateTitle();
}

void MainWindow::updatePageChrome()
{
    const Page page = currentPage();
    m_libraryToolBar->setVisible(page == Page::Library);
    m_planToolBar->setVisible(page == Page::Plan);
    // The exercise commands belong to the Library: elsewhere they would act on an exercise the
    // user cannot see.
    for (QAction* action : {m_newExercise, m_duplicateExercise, m_deleteExercise}) {
        action->setVisible(page == Page::Library);
    }
    updateExerciseActions();
}

void MainWindow::updateExerciseActions()
{
    // Nothing is selected in a Library page not built yet.
    const bool selected = m_library && !m_library->currentExerciseId().empty();
    const bool builtin = m_library && m_library->currentIsBuiltin();
    m_duplicateExercise->setEnabled(selected);
    m_deleteExercise->setEnabled(selected && !builtin);
    m_deleteExercise->setToolTip(builtin ? tr("Built-in exercises cannot be deleted; hide them "
                                              "instead")
                                         : tr("Delete the selected exercise"));
}

void MainWindow::updatePlanActions()
{
    // A superseded plan stays on screen for the record but is not handed out; say why.
    // A Plan page not built yet would open on the client's newest saved plan: that one decides,
    // and the page is built when the action runs.
    bool hasPlan = false;
    QString blocked;
    if (m_plan) {
        hasPlan = m_plan->hasPlan();
        blocked = hasPlan ? m_plan->printBlockedReason() : QString();
    } else if (const std::optional<QString> newest =
                   plan_print_state::newestSavedPlan(m_context, m_context.currentClientId())) {
        hasPlan = true;
        blocked = *newest;
    }
    const bool available = hasPlan && blocked.isEmpty();
    m_print->setEnabled(available);
    m_exportPdf->setEnabled(available);
    m_print->setToolTip(blocked.isEmpty() ? tr("Print the plan shown on the Plan page") : blocked);
    m_exportPdf->setToolTip(
        blocked.isEmpty() ? tr("Save the plan shown on the Plan page as a PDF handout") : blocked);
}

} // namespace glidepath::ui
