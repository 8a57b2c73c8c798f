#pragma once

#include <glidepath/core/client.h>

#include <QTabWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;

namespace glidepath::ui {

class AppContext;
class CheckInForm;
class CheckInTableModel;
class ProfileEditor;

// The selected client's Profile, Check-in and History tabs, saving through ClientRepository.
// Follows AppContext::currentClientId. The Clients page shows it beside the client list; in
// personal mode the Plan page shows it for the personal profile, with its plan as an extra tab
// (so tabs are found by page, never by a fixed index).
class ClientTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit ClientTabs(AppContext& context, QWidget* parent = nullptr);

    // A blank profile for a client who is not stored yet; the other tabs wait until it is saved.
    void startNewClient();
    // The client being edited: -1 for none or a new one not yet saved.
    qint64 clientId() const { return m_clientId; }
    bool isCreating() const { return m_creating; }

    // Asks what to do with unsaved profile or check-in edits (save, discard or cancel) and does
    // it. False when the user cancelled or saving failed, so the caller stays put.
    bool maybeSave();

    // The width that shows the profile form's fields whole, without a sideways scroll.
    int comfortableWidth() const;

    bool saveProfile();
    bool saveCheckIn();
    void setPersonal(bool personal);

    QWidget* profilePage() const { return m_profilePage; }
    QWidget* checkInPage() const { return m_checkInPage; }
    QWidget* historyPage() const { return m_historyPage; }
    ProfileEditor* profileEditor() const { return m_profile; }
    // The check-in form, built and put on its page if it was not yet (it is when the page is
    // first shown).
    CheckInForm* checkInForm();
    QTableView* historyView() const { return m_history; }
    QPushButton* changesButton() const { return m_changes; }
    CheckInTableModel* historyModel() const { return m_historyModel; }

signals:
    void clientCreated(qint64 clientId);
    // "Plan next week" after a check-in was saved.
    void planNextWeekRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadClient(qint64 clientId);
    // The stored profile of the client in the form, with the version the next save is based on.
    void reloadProfile();
    // The stored check-in `id` in the form, for editing (after "Reload theirs").
    void showStoredCheckIn(qint64 id);
    // After a change (another step undone or redone, a save here): a form with no edits shows
    // the record as stored now, so its next save is based on the stored version.
    void followStoredProfile();
    void followStoredCheckIn();
    void buildCheckInForm();
    void attachCheckInForm();
    void attachProfileForm();
    void reloadExercises();
    void reloadHistory();
    void resetCheckInForm();
    void editSelectedCheckIn();
    void deleteSelectedCheckIn();
    void cancelCheckInEdit();
    void showReferral(const core::CheckIn& checkIn);
    void updateState();
    int plannedSessions() const;

    AppContext& m_context;
    qint64 m_clientId = -1;
    bool m_creating = false;
    bool m_personal = false;
    bool m_storedPersonal = false; // the loaded record's flag, kept on update
    qint64 m_editingCheckInId = -1;
    // The row versions the forms loaded: their saves are refused if someone saved since.
    qint64 m_profileVersion = 0;
    qint64 m_editingCheckInVersion = 0;

    QWidget* m_profilePage;
    QWidget* m_checkInPage;
    QWidget* m_historyPage;
    ProfileEditor* m_profile;
    QPushButton* m_saveProfile;
    QPushButton* m_revertProfile;
    CheckInForm* m_checkIn = nullptr;       // built when its tab is first shown
    QScrollArea* m_checkInScroll = nullptr; // holds m_checkIn once its page was first shown
    QScrollArea* m_profileScroll = nullptr; // holds m_profile once its page was first shown
    bool m_focusNameWhenAttached = false;   // a new client's name, once the form is shown
    QLabel* m_checkInTitle;
    QPushButton* m_saveCheckIn;
    QPushButton* m_cancelCheckInEdit;
    QPushButton* m_planNext;
    QTableView* m_history;
    CheckInTableModel* m_historyModel;
    QPushButton* m_editCheckIn;
    QPushButton* m_deleteCheckIn;
    QPushButton* m_changes;       // opens the client's change history
    bool m_exercisesStale = true; // the check-in form lists exercises once first shown
};

} // namespace glidepath::ui
