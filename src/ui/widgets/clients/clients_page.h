#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace glidepath::ui {

class AppContext;
class ClientListModel;
class ClientTabs;

// Clinician mode: the client list with search on the left; the selected client's profile,
// red-flag screening, weekly check-in and check-in history on the right. Selecting a client
// makes it AppContext's current client, which the Plan and Progress pages follow.
class ClientsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ClientsPage(AppContext& context, QWidget* parent = nullptr);

    // The selected client's tabs, built on first use: a page with no client selected shows its
    // hint without building them (start-up time; they are the page's largest part).
    ClientTabs* clientTabs();
    ClientListModel* clientModel() const { return m_model; }

public slots:
    void newClient();
    // Asks first (through MessageBox, so tests can answer), then removes the client with all
    // their check-ins and plans.
    void deleteCurrentClient();
    void focusSearch(); // Edit > Find (the main window's action) lands here

signals:
    // The user asked to plan next week for the current client (after saving a check-in).
    void planNextWeekRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    // Makes the list at least as wide as its column titles need (the splitter keeps to it).
    void fitListToTitles();
    void updateListHint();
    void selectCurrentClient();
    void onSelectionChanged();
    void updateState();
    bool isCreating() const;
    bool maybeSaveEdits();

    AppContext& m_context;
    ClientListModel* m_model;
    QLineEdit* m_search;
    QTableView* m_list;
    QPushButton* m_new;
    QPushButton* m_delete;
    QLabel* m_listHint;
    QStackedWidget* m_right;
    QSplitter* m_splitter;
    QLabel* m_emptyHint;
    ClientTabs* m_tabs = nullptr;
    bool m_syncing = false;
};

} // namespace glidepath::ui
