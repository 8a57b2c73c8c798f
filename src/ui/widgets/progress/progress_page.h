#pragma once

#include "commands/outcome.h"
#include "models/progress_data.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace glidepath::storage {
class TrackingRepository;
}

namespace glidepath::ui {

class AppContext;
class CheckInTableModel;
class OutcomeSummary;
class ProgressCharts;
class ProgressWeekModel;
class SessionLogTableModel;

// Progress of the current client (or the personal profile): a summary, the outcome measures
// (NPRS and PSFS with their meaningful-change thresholds), charts of pain, sessions done and
// function over the weeks with the plan decisions marked, and tables of weeks, logged sessions
// and check-ins. Sessions are logged here one at a time or a week at once from the paper log,
// and logs and check-ins export as CSV.
class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPage(AppContext& context, QWidget* parent = nullptr);
    ~ProgressPage() override;

    CheckInTableModel* model() const { return m_model; } // the check-in history
    QString summaryText() const;
    ProgressWeekModel* weekModel() const { return m_weekModel; }
    SessionLogTableModel* logModel() const { return m_logModel; }
    // nullptr when the charts module could not be loaded (the Charts tab then says why).
    ProgressCharts* charts() const { return m_charts.get(); }
    OutcomeSummary* outcomes() const { return m_outcomes; }
    const ProgressData& data() const { return m_data; }
    QTabWidget* tabs() const { return m_tabs; }

    // The saved plan whose paper log "Enter a week's log" opens: the week selected in the weeks
    // table when it has a plan, else the plan covering today, else the latest earlier one.
    std::optional<storage::StoredPlan> planForWeekLog() const;

    // Write the CSV files; an empty string on success, else the reason.
    QString exportSessionLogsCsv(const QString& path) const;
    QString exportCheckInsCsv(const QString& path) const;

public slots:
    void logSession();   // the "Log a session" dialog, for today
    void enterWeekLog(); // the weekly paper-log grid
    void recordPsfs();
    void editSelectedLog();
    void deleteSelectedLog(); // asks first
    void editSelectedPsfs();
    void deleteSelectedPsfs(); // asks first
    void exportSessionLogs();  // asks for a file name
    void exportCheckIns();

private:
    void buildUi();
    void reload();
    void updateSummary();
    void updateButtons();
    void fillPsfsTable();
    const storage::StoredSessionLog* selectedLog() const;
    const storage::StoredPsfs* selectedPsfs() const;
    QString exerciseName(const QString& id) const;
    QString defaultCsvName(const QString& what) const;
    // Asks the question; on Yes runs remove (an undoable command), or reports its error.
    void confirmAndRemove(const QString& title, const QString& question,
                          const std::function<command::Outcome()>& remove);
    // Asks for a file name (offering <client>-<what>.csv), writes it, and shows `exported` with
    // the path as %1 in the status bar.
    void exportCsv(const QString& title, const QString& what,
                   QString (ProgressPage::*write)(const QString&) const, const QString& exported);

    AppContext& m_context;
    qint64 m_clientId = -1;
    ProgressData m_data;
    QHash<QString, QString> m_names;

    CheckInTableModel* m_model;
    ProgressWeekModel* m_weekModel;
    SessionLogTableModel* m_logModel;
    std::unique_ptr<ProgressCharts> m_charts;
    QString m_chartsError; // why there are no charts

    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_logButton = nullptr;
    QPushButton* m_weekButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    OutcomeSummary* m_outcomes = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_weekTable = nullptr;
    QTableView* m_logTable = nullptr;
    QPushButton* m_editLog = nullptr;
    QPushButton* m_deleteLog = nullptr;
    QTableView* m_table = nullptr;       // check-ins
    QTableWidget* m_psfsTable = nullptr; // newest first
    QPushButton* m_editPsfs = nullptr;
    QPushButton* m_deletePsfs = nullptr;
};

} // namespace glidepath::ui
