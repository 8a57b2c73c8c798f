#pragma once

#include "app_context.h"
#include "models/illustration_thumbnails.h"

#include <glidepath/core/plan.h>
#include <glidepath/core/plan_alternatives.h>
#include <glidepath/report/handout_renderer.h>

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QPagedPaintDevice;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace glidepath::ui {

class ClientTabs;
class ClinicianReviewPanel;
class DecisionBanner;
class PlanAdjustPanel;
class PlanModel;
class PlanTemplateActions;
class PlanWeekView;

// The weekly plan of the current client. "Plan next week" runs the progression engine on the
// saved profile, screening and check-ins, with the latest earlier plan as last week. The
// decision shows as a banner and the week as seven day columns. The clinician can adjust the
// draft (every edit undoable and recorded with the plan) and save it as a new version; earlier
// weeks and versions stay viewable, read-only. A referral shows its advice instead of a plan and
// cannot be edited. In personal mode the page also holds the profile and check-in tabs.
class PlanPage : public QWidget
{
    Q_OBJECT

public:
    enum class PdfVariant
    {
        HomeRoutine,
        ClinicianSummary
    };

    explicit PlanPage(AppContext& context, QWidget* parent = nullptr);
    ~PlanPage() override;

    // A plan (the draft or a saved version) is shown.
    bool hasPlan() const;
    // The plan on show is superseded by a red flag standing now (core::isSuperseded).
    bool isShownPlanSuperseded() const;
    // Why the plan on show cannot be printed or exported; empty when it can.
    QString printBlockedReason() const;
    // The red flags that stand for the client now (screening and newest check-in).
    const std::vector<core::RedFlag>& standingRedFlags() const { return m_standingFlags; }
    bool isShowingDraft() const { return m_showingDraft; }
    bool hasDraft() const { return m_hasDraft; }
    bool isDraftSaved() const;
    const core::Plan* shownPlan() const;
    // The day of the saved plan shown that falls on today, when it has exercises and the plan
    // is not a referral; what "Start today's session" walks through.
    const core::PlanDay* todaysSessionDay() const;
    void startTodaysSession();

    PlanModel* draftModel() const { return m_draftModel; }
    // The draft is on show and may be edited (not a referral, not superseded).
    bool canEditDraft() const;
    // What this client may have this week (null without a draft).
    const core::PlanAlternatives* alternatives() const { return m_alternatives.get(); }
    PlanTemplateActions* templateActions() const { return m_templateActions; }
    PlanWeekView* weekView() const { return m_weekView; }
    DecisionBanner* banner() const { return m_banner; }
    PlanAdjustPanel* adjustPanel() const { return m_adjust; }
    QComboBox* historyCombo() const { return m_history; }
    QComboBox* clientPicker() const { return m_clientPicker; }
    QPushButton* saveButton() const { return m_saveButton; }
    ClientTabs* personalTabs() const { return m_personalTabs; }
    ClinicianReviewPanel* reviewPanel() const { return m_reviews; }
    QString referralText() const;
    // The menu a card of the draft shows on a right-click or the Menu key, with the keys that do
    // the same beside its entries; null when the plan on show cannot be edited.
    std::unique_ptr<QMenu> cardMenu(int day, int row);

    // Writes the shown plan as a PDF without asking anything (exportPlanPdf's last step); a
    // superseded plan is refused.
    // Returns an empty string on success, otherwise what went wrong.
    QString writePdf(const QString& path, PdfVariant variant, report::HandoutOptions options);
    // Paints the shown plan on a paged device such as a QPrinter; returns the page count.
    int render(QPagedPaintDevice& device, PdfVariant variant, report::HandoutOptions options);

public slots:
    void planNextWeek();
    bool savePlan();
    // Copies the saved version on show into the draft, to adjust and save as a new version.
    void editAsNewVersion();
    void printPlan();
    void exportPlanPdf();

signals:
    // Whether the plan on show may be printed and exported (a plan is shown, not superseded).
    void planAvailabilityChanged(bool available);

private:
    static constexpr qint64 kDraftEntry = -1; // the draft's entry in the history list

    struct StashedDraft
    {
        core::Plan plan;
        std::optional<core::Plan> lastSaved;
        int baseVersion = 0;
    };

    void buildUi();
    void applyMode(AppMode mode);
    void onClientChanged(qint64 clientId);
    void reloadClient();
    void reloadClientPicker();
    QString draftEntryText() const;
    void reloadHistory();
    void selectHistoryEntry(qint64 data);
    void onHistoryActivated(int index);
    void showDraft();
    void showStored(qint64 planId);
    void refresh();
    void updateAdjustPanel();
    void onSelectionChanged(int day, int row);
    void onContextMenu(int day, int row, const QPoint& globalPos);
    void swapSelected(const QString& exerciseId);
    void changeDose(const core::PlannedExercise& changed, int day, int row, bool allDays);
    // Within its day (Alt+Up/Down, Move up/down in the card's menu and the side panel).
    void moveSelected(int delta);
    // To another day of the week (Alt+Left/Right, "Move to" in the card's menu).
    void moveSelectedToDay(int toDay);
    // A card dragged and dropped on the week: a move within its day or to another day.
    void dropExercise(int fromDay, int fromRow, int toDay, int toRow);
    void removeSelected();
    void addExercise(const QString& exerciseId, int day);
    bool confirmReplaceDraft();
    void rebuildAlternatives();
    void setDraft(core::Plan plan, std::optional<core::Plan> lastSaved, int baseVersion);
    void clearDraft();
    bool draftDirty() const;
    // After a plan save was undone or redone: what the draft counts as saved follows storage.
    void syncDraftWithSaved();
    QString dayName(int day) const;
    // Everything the report layer needs to print the plan on show.
    report::HandoutData handoutData(const core::Plan& plan) const;

    AppContext& m_context;
    IllustrationThumbnails m_thumbnails{QSize(132, 46)}; // the pictures on the session cards
    qint64 m_clientId = -1;
    std::optional<storage::ClientRecord> m_record;
    int m_checkInCount = 0;
    std::vector<core::RedFlag> m_standingFlags;

    PlanModel* m_draftModel;
    PlanModel* m_storedModel;
    bool m_hasDraft = false;
    bool m_showingDraft = true;
    std::optional<core::Plan> m_lastSaved; // what the draft was when last saved or loaded
    int m_baseVersion = 0;                 // the saved version the draft started from
    qint64 m_storedPlanId = -1;            // the saved version on show
    int m_storedVersion = 0;
    std::unique_ptr<core::PlanAlternatives> m_alternatives; // from the planning service
    QHash<qint64, StashedDraft> m_stashedDrafts; // other clients' drafts, kept for the session
    bool m_lastAvailability = false;

    QVBoxLayout* m_layout;
    QWidget* m_planView;
    ClientTabs* m_personalTabs = nullptr;
    QComboBox* m_clientPicker; // clinician mode: switch clients without leaving the page
    QPushButton* m_planButton;
    QComboBox* m_history;
    QPushButton* m_editCopyButton;
    QPushButton* m_saveButton;
    PlanTemplateActions* m_templateActions = nullptr;
    QPushButton* m_logButton = nullptr;     // "Log a session" (tracking)
    QPushButton* m_sessionButton = nullptr; // "Start today's session" (guided session)
    DecisionBanner* m_banner;
    QStackedWidget* m_stack;
    QLabel* m_emptyLabel;
    QWidget* m_weekPage;
    PlanWeekView* m_weekView;
    QLabel* m_referral;
    ClinicianReviewPanel* m_reviews;
    QLabel* m_advice;
    QListWidget* m_overrides;
    PlanAdjustPanel* m_adjust;
    QWidget* m_adjustArea; // hidden while the plan on show cannot be edited
};

} // namespace glidepath::ui
