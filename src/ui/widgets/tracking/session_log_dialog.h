#pragma once

#include <glidepath/core/session_log.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/tracking_repository.h>

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace glidepath::ui {

class AppContext;
class FieldErrorLabel;

// "Log a session": the date, which planned session it was, and for each exercise whether it was
// done, partly done or skipped, the sets done, pain during it (0-10) and how hard it felt; the
// session's pain and a note. Status and sets keep each other consistent (all planned sets is
// done, none is skipped). Problems are shown inline and nothing is saved until they are fixed.
class SessionLogDialog : public QDialog
{
    Q_OBJECT

public:
    // A new log for the client, starting on date (normally today).
    SessionLogDialog(AppContext& context, qint64 clientId, core::Date date,
                     QWidget* parent = nullptr);
    // Editing a stored log.
    SessionLogDialog(AppContext& context, const storage::StoredSessionLog& existing,
                     QWidget* parent = nullptr);

    void setDate(core::Date date);
    core::Date date() const;
    // The planned sessions offered for the date's week (dates of plan days with exercises), and
    // the one chosen; nullopt is "not in the plan" (an extra session).
    std::vector<core::Date> plannedSessions() const;
    void setPlannedSession(std::optional<core::Date> plannedDate);
    std::optional<core::Date> plannedSession() const;

    int exerciseRows() const { return static_cast<int>(m_rows.size()); }
    QString exerciseIdAt(int row) const;
    void setStatus(int row, core::LogStatus status);
    core::LogStatus status(int row) const;
    void setSetsDone(int row, int sets);
    int setsDone(int row) const;
    void setPain(int row, std::optional<int> pain);
    void setDifficulty(int row, std::optional<core::Difficulty> difficulty);
    void setSessionPain(std::optional<int> pain);
    void setNote(const QString& note);
    // true = worse the next morning, false = settled, nullopt = not recorded.
    void setWorseNextMorning(std::optional<bool> worse);

    // The log as the form stands (an extra session leaves out exercises marked skipped).
    core::SessionLog sessionLog() const;
    QString errorText() const;
    // Validates and stores (add or update); true when saved. Through the command facade (undoable).
    bool save();
    qint64 savedId() const { return m_logId; }

    void accept() override;

private:
    struct Row
    {
        std::string id;
        int setsPlanned = 0;
        QLabel* name = nullptr;
        QComboBox* status = nullptr;
        QSpinBox* sets = nullptr;
        QSpinBox* pain = nullptr;
        QComboBox* difficulty = nullptr;
    };

    void buildUi();
    void reloadPlan();
    void rebuildRows(const core::SessionLog* values);
    void clearRows();
    void onStatusChanged(std::size_t row);
    void onSetsChanged(std::size_t row);
    void clearIssues();
    void showIssues(const std::vector<core::FieldIssue>& issues,
                    const std::vector<std::size_t>& rowOfEntry);
    std::vector<std::size_t> includedRows() const;

    AppContext& m_context;
    qint64 m_clientId;
    qint64 m_logId = 0; // 0 for a new log
    std::vector<storage::StoredPlan> m_plans;
    std::optional<storage::StoredPlan> m_plan; // the plan covering the date
    std::vector<Row> m_rows;
    bool m_syncing = false;

    QDateEdit* m_date = nullptr;
    QComboBox* m_planned = nullptr;
    QLabel* m_planNote = nullptr;
    QGridLayout* m_grid = nullptr;
    QSpinBox* m_sessionPain = nullptr;
    QComboBox* m_nextMorning = nullptr; // not recorded / settled / worse
    QPlainTextEdit* m_note = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace glidepath::ui
