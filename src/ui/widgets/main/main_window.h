#pragma once

#include <QMainWindow>
#include <QPointer>

#include <string>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;

namespace glidepath::ui {

class AppContext;
class ClientsPage;
class DatabaseMenu;
class LibraryPage;
class LibraryTransfer;
class PlanPage;
class ProgressPage;

// The application window. It only assembles the pages (Library, Clients, Plan, Progress) with a
// sidebar, menus, toolbar and status bar, and forwards menu commands to the page that owns them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Library,
        Clients,
        Plan,
        Progress
    };

    // How the window opens: on the page shown when it was last closed, or (FirstRun) with no
    // page built until startFirstRun() chooses one, so that a first start builds only that page.
    enum class Opening
    {
        LastPage,
        FirstRun
    };

    explicit MainWindow(AppContext& context, Opening opening = Opening::LastPage,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    DatabaseMenu* databaseMenu() const { return m_databaseMenu; }
    Page currentPage() const;
    // False for pages the mode hides (Clients in personal mode).
    bool isPageAvailable(Page page) const;
    // Right after the mode was chosen at the very first start: a clinician lands on a new
    // client's profile (or the client list when there are clients), a person on their plan.
    void startFirstRun();

    // A page is built when it is first shown or asked for here, so that the window opens with
    // only the page it shows (start-up time and memory do not grow with the pages).
    LibraryPage* libraryPage();
    ClientsPage* clientsPage();
    PlanPage* planPage();
    ProgressPage* progressPage();
    // Whether the page has been built yet (tests; the window never needs to ask).
    bool isPageBuilt(Page page) const;

public slots:
    void newDatabase();
    void openDatabase();
    // File ▸ Connect to Clinic Server…: asks for the server, then opens it as any database.
    void connectToServer();
    void importLibrary();
    // Checks the library file at `path`, asks how to treat ids already taken, imports (undoable).
    void importLibraryFrom(const QString& path);
    void exportLibrary();
    void editPreferences();
    void showUserGuide();
    void showClinicalRules();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createPages();
    // Builds the page if it has not been built yet, in place of its placeholder.
    QWidget* ensurePage(Page page);
    void createActions();
    void createMenus();
    void createToolBars();
    void createSidebar();
    void createStatusBar();
    void restoreSettings(Opening opening);
    void saveSettings() const;

    void applyMode();
    void updateExerciseActions();
    void updatePlanActions();
    void updatePageChrome();
    void updateTitle();
    void refreshIcons();
    void applySidebarStyle();
    // A file path or a clinic server's address; password only as typed for a server.
    bool switchDatabase(const QString& path, bool create, const std::string& password = {});
    void showDocument(const QString& title, const QString& resource);

    AppContext& m_context;

    LibraryPage* m_library = nullptr;
    ClientsPage* m_clients = nullptr;
    PlanPage* m_plan = nullptr;
    ProgressPage* m_progress = nullptr;

    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QToolBar* m_mainToolBar = nullptr;
    QToolBar* m_libraryToolBar = nullptr;
    QToolBar* m_planToolBar = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QPointer<QWidget> m_userGuide;
    QPointer<QWidget> m_clinicalRules;
    QPointer<QWidget> m_about;

    QAction* m_newDatabase = nullptr;
    QAction* m_openDatabase = nullptr;
    QAction* m_connectServer = nullptr;
    DatabaseMenu* m_databaseMenu = nullptr;
    LibraryTransfer* m_libraryTransfer = nullptr; // File > Import/Export Library
    QAction* m_importLibrary = nullptr;
    QAction* m_exportLibrary = nullptr;
    QAction* m_print = nullptr;
    QAction* m_exportPdf = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_find = nullptr;
    QAction* m_newExercise = nullptr;
    QAction* m_duplicateExercise = nullptr;
    QAction* m_deleteExercise = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_userGuideAction = nullptr;
    QAction* m_clinicalRulesAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QList<QAction*> m_pageActions;
};

} // namespace glidepath::ui
