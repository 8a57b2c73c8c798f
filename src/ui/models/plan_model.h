#pragma once

#include <glidepath/core/plan.h>
#include <glidepath/core/progression_rules.h>
#include <glidepath/report/handout_text.h>
#include <glidepath/report/reason_text.h>

#include <QAbstractItemModel>

#include <functional>

namespace glidepath::ui {

// One week's plan as a two-level tree: seven day rows, each with its exercises as children.
// The plan page's day columns and the undo commands both go through it, so every edit sends
// the right row signals. The model also keeps the plan's overrides list.
class PlanModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,  // day: "Mon 6 May"; exercise: its name
        DoseColumn,  // day: kind of day; exercise: "3 × 10"
        TempoColumn, // day: estimated minutes; exercise: tempo
        SideColumn,  // exercise: which leg
        ColumnCount
    };
    enum Role
    {
        ExerciseIdRole = Qt::UserRole + 1,
        DayIndexRole,
        DayKindRole,          // int of core::DayKind, on day rows
        EstimatedMinutesRole, // on day rows
        ReasonRole,           // on exercise rows: why the engine chose it
        IsDayRole
    };

    struct DayMeta
    {
        core::DayKind kind = core::DayKind::Rest;
        int estimatedMinutes = 0;
        bool operator==(const DayMeta&) const = default;
    };

    explicit PlanModel(QObject* parent = nullptr);

    // The rules whose time budget figures (seconds per rep, set-up time, one-leg factor) the
    // day estimates use after an edit, the same way the engine computed them.
    void setRules(const core::ProgressionRules& rules) { m_rules = rules; }
    // Which exercises are timed walking, running or movement kept up (report::timedWork of the
    // library exercise), so their dose reads "Walk 4 min, twice" or "Keep moving for 50 s";
    // without a source every hold is a hold.
    using TimedWorkSource = std::function<report::TimedWork(const std::string& exerciseId)>;
    void setTimedWorkSource(TimedWorkSource source) { m_timedWork = std::move(source); }
    report::TimedWork timedWork(const std::string& exerciseId) const
    {
        return m_timedWork ? m_timedWork(exerciseId) : report::TimedWork::None;
    }
    // Seconds one planned exercise takes, as the engine estimates it.
    int estimatedSeconds(const core::PlannedExercise& exercise) const;

    // Shows another plan. Each call starts a new generation, which retires undo commands that
    // were made against the previous plan.
    void setPlan(core::Plan plan);
    // The words of the exercises' reasons (ReasonRole, tool tips): clinician or client.
    void setReasonRegister(report::Register reg) { m_reasonRegister = reg; }
    report::Register reasonRegister() const { return m_reasonRegister; }
    void clear();
    bool hasPlan() const { return m_hasPlan; }
    const core::Plan& plan() const { return m_plan; }
    quint64 generation() const { return m_generation; }
    bool isReferral() const { return m_hasPlan && m_plan.decision.action == core::Action::Refer; }

    int dayCount() const;
    int exerciseCount(int day) const;
    const core::PlannedExercise& exerciseAt(int day, int row) const;
    QModelIndex dayIndex(int day, int column = 0) const;
    QModelIndex exerciseIndex(int day, int row, int column = 0) const;

    // Edits, used by the plan commands. A day that loses its last exercise becomes a rest day;
    // a rest day that gains one becomes kindForRestDay. The day's estimated minutes are worked
    // out again after each edit.
    void replaceExercise(int day, int row, const core::PlannedExercise& exercise);
    void insertExercise(int day, int row, const core::PlannedExercise& exercise,
                        core::DayKind kindForRestDay = core::DayKind::Strength);
    core::PlannedExercise removeExercise(int day, int row);
    void moveExercise(int day, int from, int to);
    // Replaces every day at once (a template applied, or its undo); dates are kept as given.
    void setDays(std::vector<core::PlanDay> days);
    DayMeta dayMeta(int day) const;
    void setDayMeta(int day, DayMeta meta);
    void appendOverride(const core::PlanOverride& override);
    void removeLastOverride();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // After any edit (not after setPlan/clear): the page marks the draft as changed.
    void edited();

private:
    report::Register m_reasonRegister = report::Register::Clinician;
    TimedWorkSource m_timedWork;
    core::PlanDay& day(int index);
    void recomputeMinutes(int day);
    void emitDayChanged(int day);

    core::Plan m_plan;
    bool m_hasPlan = false;
    quint64 m_generation = 0;
    core::ProgressionRules m_rules;
};

} // namespace glidepath::ui
