#include "widgets/main/main_window.h"

#include "app_context.h"
#include "application_setup.h"
#include "commands/command.h"
#include "database_location.h"
#include "icons.h"
#include "models/plan_print_state.h"
#include "settings.h"
#include "widgets/clients/clients_page.h"
#include "widgets/clients/last_client.h"
#include "widgets/common/message_box.h"
#include "widgets/library/library_page.h"
#include "widgets/main/about_dialog.h"
#include "widgets/main/connect_server_dialog.h"
#include "widgets/main/database_menu.h"
#include "widgets/main/document_dialog.h"
#include "widgets/main/library_transfer.h"
#include "widgets/main/preferences_dialog.h"
#include "widgets/main/recent_databases.h"
#include "widgets/main/server_password.h"
#include "widgets/plan/plan_page.h"
#include "widgets/progress/progress_page.h"
#include "write_access.h"

#include <glidepath/io/format_error.h>
#include <glidepath/io/library_format.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace glidepath::ui {

namespace {

struct PageInfo
{
    MainWindow::Page page;
    const char* icon;
    const char* title;
    const char* toolTip;
};

// Source strings for tr(): the sidebar reads them through MainWindow::tr, so they are filed
// under its context.
const PageInfo kPages[] = {
    {MainWindow::Page::Library, "library",
     QT_TRANSLATE_NOOP("glidepath::ui::MainWindow", "Library"),
     QT_TRANSLATE_NOOP("glidepath::ui::MainWindow",
                       "Browse, search and edit the exercise library")},
    {MainWindow::Page::Clients, "clients",
     QT_TRANSLATE_NOOP("glidepath::ui::MainWindow", "Clients"),
     QT_TRANSLATE_NOOP("glidepath::ui::MainWindow",
                       "Client profiles, screening and weekly check-ins")},
    {MainWindow::Page::Plan, "plan", QT_TRANSLATE_NOOP("glidepath::ui::MainWindow", "Plan"),
     QT_TRANSLATE_NOOP("glidepath::ui::MainWindow", "Plan next week and adjust it before saving")},
    {MainWindow::Page::Progress, "progress",
     QT_TRANSLATE_NOOP("glidepath::ui::MainWindow", "Progress"),
     QT_TRANSLATE_NOOP("glidepath::ui::MainWindow",
                       "How pain and adherence change over the weeks")},
};

// The sidebar gives up some width in a small window, where the pages need every pixel.
class SidebarWidth : public QObject
{
public:
    SidebarWidth(QWidget* window, QWidget* sidebar) : QObject(window), m_sidebar(sidebar)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize) {
            const int width = static_cast<QWidget*>(watched)->width();
            m_sidebar->setFixedWidth(width < 1200 ? 136 : 176);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_sidebar;
};

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

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
    new SidebarWidth(this, m_sidebar);

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

void MainWindow::createActions()
{
    const auto make = [this](const QString& text, const char* objectName,
                             const QKeySequence& shortcut = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(objectName));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
        }
        return action;
    };

    m_newDatabase = make(tr("&New Database…"), "actionNewDatabase");
    m_newDatabase->setStatusTip(tr("Start an empty database in a new file"));
    connect(m_newDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    m_openDatabase = make(tr("&Open Database…"), "actionOpenDatabase", QKeySequence::Open);
    m_openDatabase->setStatusTip(tr("Open another Glidepath database"));
    connect(m_openDatabase, &QAction::triggered, this, &MainWindow::openDatabase);
    m_connectServer = make(tr("Connect to Clinic &Server…"), "actionConnectServer");
    m_connectServer->setStatusTip(tr("Work on the clinic's shared database on its server"));
    connect(m_connectServer, &QAction::triggered, this, &MainWindow::connectToServer);
    m_databaseMenu = new DatabaseMenu(m_context, this);
    m_libraryTransfer = new LibraryTransfer(m_context, this);
    m_importLibrary = make(tr("&Import Library…"), "actionImportLibrary");
    m_importLibrary->setStatusTip(
        tr("Add exercises and plan templates from a Glidepath library file"));
    connect(m_importLibrary, &QAction::triggered, this, &MainWindow::importLibrary);
    m_exportLibrary = make(tr("&Export Library…"), "actionExportLibrary");
    m_exportLibrary->setStatusTip(
        tr("Save exercises and plan templates to a Glidepath library file"));
    connect(m_exportLibrary, &QAction::triggered, this, &MainWindow::exportLibrary);
    m_print = make(tr("&Print…"), "actionPrint", QKeySequence::Print);
    m_print->setIconText(tr("Print"));
    m_print->setStatusTip(tr("Print the plan shown on the Plan page"));
    connect(m_print, &QAction::triggered, this, [this] { planPage()->printPlan(); });
    m_exportPdf =
        make(tr("Export P&DF…"), "actionExportPdf", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportPdf->setIconText(tr("Export PDF"));
    m_exportPdf->setStatusTip(tr("Save the plan shown on the Plan page as a PDF handout"));
    connect(m_exportPdf, &QAction::triggered, this, [this] { planPage()->exportPlanPdf(); });
    m_quit = make(tr("&Quit"), "actionQuit", QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = m_context.undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIconText(tr("Undo"));
    m_redo = m_context.undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIconText(tr("Redo"));

    m_find = make(tr("&Find…"), "actionFind", QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        if (currentPage() == Page::Clients) {
            m_clients->focusSearch();
            return;
        }
        showPage(Page::Library);
        m_library->focusSearch();
    });

    m_newExercise = make(tr("New E&xercise"), "actionNewExercise", QKeySequence::New);
    m_newExercise->setIconText(tr("New"));
    m_newExercise->setStatusTip(tr("Create an exercise of your own"));
    connect(m_newExercise, &QAction::triggered, this, [this] {
        showPage(Page::Library);
        m_library->newExercise();
    });
    m_duplicateExercise = make(tr("D&uplicate Exercise"), "actionDuplicateExercise",
                               QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateExercise->setIconText(tr("Duplicate"));
    m_duplicateExercise->setStatusTip(tr("Make an editable copy of the selected exercise"));
    connect(m_duplicateExercise, &QAction::triggered, this,
            [this] { libraryPage()->duplicateCurrent(); });
    m_deleteExercise = make(tr("De&lete Exercise"), "actionDeleteExercise");
    m_deleteExercise->setShortcuts({QKeySequence(QKeySequence::Delete)});
    // Only while the table has focus: Delete in a text field deletes text.
    m_deleteExercise->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteExercise->setIconText(tr("Delete"));
    m_deleteExercise->setStatusTip(tr("Delete the selected exercise of your own"));
    connect(m_deleteExercise, &QAction::triggered, this,
            [this] { libraryPage()->deleteCurrent(); });

    m_preferences = make(tr("&Preferences…"), "actionPreferences", QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::editPreferences);

    m_userGuideAction = make(tr("&User Guide"), "actionUserGuide", QKeySequence::HelpContents);
    connect(m_userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    m_clinicalRulesAction = make(tr("&Clinical Rules"), "actionClinicalRules");
    m_clinicalRulesAction->setStatusTip(tr("How Glidepath decides to progress, hold, step back "
                                           "or refer"));
    connect(m_clinicalRulesAction, &QAction::triggered, this, &MainWindow::showClinicalRules);
    m_aboutAction = make(tr("&About Glidepath"), "actionAbout");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    int number = 1;
    for (const PageInfo& info : kPages) {
        auto* action = new QAction(tr(info.title), this);
        action->setObjectName(QStringLiteral("actionPage%1").arg(number));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
        const Page page = info.page;
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions.append(action);
        ++number;
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newDatabase);
    file->addAction(m_openDatabase);
    auto* recent = new RecentDatabases(this);
    file->addMenu(recent->menu());
    connect(recent, &RecentDatabases::openRequested, this,
            [this](const QString& path) { switchDatabase(path, false); });
    file->addAction(m_connectServer);
    file->addSeparator();
    file->addAction(m_databaseMenu->backUpAction());
    file->addAction(m_databaseMenu->restoreAction());
    file->addSeparator();
    file->addAction(m_importLibrary);
    file->addAction(m_exportLibrary);
    file->addSeparator();
    file->addAction(m_print);
    file->addAction(m_exportPdf);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_newExercise);
    edit->addAction(m_duplicateExercise);
    edit->addAction(m_deleteExercise);
    edit->addSeparator();
    edit->addAction(m_preferences);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageActions);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_userGuideAction);
    help->addAction(m_clinicalRulesAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBars()
{
    const auto make = [this](const QString& title, const char* objectName) {
        QToolBar* bar = addToolBar(title);
        bar->setObjectName(QString::fromLatin1(objectName));
        bar->setMovable(false);
        bar->setFloatable(false);
        bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->setIconSize(QSize(18, 18));
        bar->toggleViewAction()->setEnabled(false);
        return bar;
    };
    m_mainToolBar = make(tr("Edit"), "mainToolBar");
    m_mainToolBar->addAction(m_undo);
    m_mainToolBar->addAction(m_redo);
    m_libraryToolBar = make(tr("Library"), "libraryToolBar");
    m_libraryToolBar->addAction(m_newExercise);
    m_libraryToolBar->addAction(m_duplicateExercise);
    m_libraryToolBar->addAction(m_deleteExercise);
    m_planToolBar = make(tr("Plan"), "planToolBar");
    m_planToolBar->addAction(m_print);
    m_planToolBar->addAction(m_exportPdf);
    setContextMenuPolicy(Qt::NoContextMenu); // no "hide toolbar" menu on the toolbars
}

void MainWindow::createSidebar()
{
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFixedWidth(176);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setSpacing(0);
    m_sidebar->setUniformItemSizes(true);
    applySidebarStyle();
    QFont font = m_sidebar->font();
    font.setPointSizeF(font.pointSizeF() * 1.08);
    m_sidebar->setFont(font);
    for (const PageInfo& info : kPages) {
        auto* item = new QListWidgetItem(tr(info.title), m_sidebar);
        item->setToolTip(tr(info.toolTip));
        item->setData(Qt::UserRole, static_cast<int>(info.page));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            ensurePage(static_cast<Page>(row));
            m_pages->setCurrentIndex(row);
            updatePageChrome();
        }
    });
}

void MainWindow::applySidebarStyle()
{
    // Set again after a palette change: palette() references are resolved when the sheet is
    // applied, and only a cleared sheet makes Qt resolve them afresh.
    m_sidebar->setStyleSheet(QString());
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(window); border: none;"
        "  border-right: 1px solid palette(mid); padding-top: 10px; outline: 0; }"
        "QListWidget#sidebar::item { padding: 9px 10px; margin: 1px 8px; border-radius: 6px;"
        "  color: palette(window-text); }"
        "QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }"
        "QListWidget#sidebar::item:selected { background: palette(highlight);"
        "  color: palette(highlighted-text); }"));
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setForegroundRole(QPalette::PlaceholderText);
    m_databaseLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->setSizeGripEnabled(true);
}

void MainWindow::refreshIcons()
{
    const QPalette pal = palette();
    const QColor normal = pal.color(QPalette::WindowText);
    const QColor selected = pal.color(QPalette::HighlightedText);
    for (int row = 0; row < m_sidebar->count(); ++row) {
        const QString name = QString::fromLatin1(kPages[row].icon);
        m_sidebar->item(row)->setIcon(lineIcon(name, normal, selected));
    }
    const QColor tool = pal.color(QPalette::ButtonText);
    m_newDatabase->setIcon(lineIcon(QStringLiteral("new"), tool));
    m_openDatabase->setIcon(lineIcon(QStringLiteral("open"), tool));
    m_print->setIcon(lineIcon(QStringLiteral("print"), tool));
    m_exportPdf->setIcon(lineIcon(QStringLiteral("pdf"), tool));
    m_undo->setIcon(lineIcon(QStringLiteral("undo"), tool));
    m_redo->setIcon(lineIcon(QStringLiteral("redo"), tool));
    m_newExercise->setIcon(lineIcon(QStringLiteral("new"), tool));
    m_duplicateExercise->setIcon(lineIcon(QStringLiteral("duplicate"), tool));
    m_deleteExercise->setIcon(lineIcon(QStringLiteral("delete"), tool));
    m_find->setIcon(lineIcon(QStringLiteral("search"), tool));
    m_preferences->setIcon(lineIcon(QStringLiteral("settings"), tool));
    m_userGuideAction->setIcon(lineIcon(QStringLiteral("help"), tool));
}

// --- Settings -----------------------------------------------------------------------------------

void MainWindow::restoreSettings(Opening opening)
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settings::kGeometry).toByteArray())) {
        // First start: most of the screen, but not a wall of white on a very large one.
        QSize size(1320, 840);
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            size = size.boundedTo(available.size() * 0.92);
            size = size.expandedTo(QSize(960, 640)).boundedTo(available.size());
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

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_sidebar) {
        // The system switched between light and dark; restyle once every child has the new
        // palette, since the sidebar's style sheet and the icons are derived from it.
        QTimer::singleShot(0, this, [this] {
            applySidebarStyle();
            refreshIcons();
        });
    }
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

void MainWindow::updateTitle()
{
    const QString file = QString::fromStdString(m_context.database().path().string());
    // Said where the database is named: a login that may only read switches off every change.
    const bool readOnly = !m_context.database().canWrite();
    const QString name =
        readOnly ? tr("%1 (read-only)").arg(shortLocationName(file)) : shortLocationName(file);
    setWindowTitle(tr("%1 — Glidepath").arg(name));
    setWindowFilePath(isServerLocation(file) ? QString() : file);
    const QString mode =
        m_context.mode() == AppMode::Personal ? tr("Personal mode") : tr("Clinician mode");
    m_databaseLabel->setText(tr("%1 · %2").arg(mode, name));
    m_databaseLabel->setToolTip(readOnly ? shownLocation(file) + QLatin1Char('\n') +
                                               WriteAccess::readOnlyReason()
                                         : shownLocation(file));
}

// --- File ---------------------------------------------------------------------------------------

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

// --- Edit and Help ------------------------------------------------------------------------------

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

void MainWindow::showDocument(const QString& title, const QString& resource)
{
    QPointer<QWidget>& slot =
        resource.endsWith(QLatin1String("user-guide.md")) ? m_userGuide : m_clinicalRules;
    if (!slot) {
        auto* dialog = new DocumentDialog(title, resource, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        slot = dialog;
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
}

void MainWindow::showUserGuide()
{
    showDocument(tr("Glidepath user guide"), QStringLiteral(":/docs/user-guide.md"));
}

void MainWindow::showClinicalRules()
{
    showDocument(tr("Clinical rules"), QStringLiteral(":/docs/clinical-rules.md"));
}

void MainWindow::showAbout()
{
    if (!m_about) {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_about = dialog;
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

} // namespace glidepath::ui
