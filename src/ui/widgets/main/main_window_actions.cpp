// The window's actions, the menus and toolbars that show them, and their icons.

#include "app_context.h"
#include "icons.h"
#include "widgets/clients/clients_page.h"
#include "widgets/library/library_page.h"
#include "widgets/main/database_menu.h"
#include "widgets/main/library_transfer.h"
#include "widgets/main/main_window_parts.h"
#include "widgets/main/recent_databases.h"
#include "widgets/plan/plan_page.h"

#include <QAction>
#include <QListWidget>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace glidepath::ui {

using main_window_parts::kPages;
using main_window_parts::PageInfo;

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

} // namespace glidepath::ui
