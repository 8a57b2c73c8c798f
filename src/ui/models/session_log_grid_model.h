#pragma once

#include <glidepath/core/plan.h>
#include <glidepath/core/session_log.h>

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace glidepath::ui {

// The paper log of the handout as a grid, for typing it in quickly: one row per exercise of the
// week's plan, a row for the pain during each session and a last row "worse next morning" (a tick
// box, as the printed log's Y); one column per day. A cell of an
// exercise planned that day is a tick box (space toggles it); other cells are blank and inert.
// The pain row takes a number 0-10, or nothing. The morning row is a tick box on every day a
// session can be logged: ticked = worse the next morning; unticked = not recorded, or "settled"
// when a stored log said so (unticking a stored "worse" records "settled").
//
// A session done a day late is ticked in the next day's column: the cell of an exercise planned
// the day before (and not that day) can be ticked too, and reads "a day late".
//
// toLogs() turns the grid into session logs: every day with at least one tick is a session of the
// planned day; ticked exercises are done with all their planned sets, the others skipped. Late
// ticks give a session dated that day for the day before's plan.
class SessionLogGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        PlannedRole = Qt::UserRole + 1, // bool: the exercise is planned on that day
        LateRole,                       // bool: planned the day before only (a late session)
    };

    explicit SessionLogGridModel(QObject* parent = nullptr);

    // The plan of the week, and the logs already stored for it (to start from). A log fills the
    // column of its planned date (its date when it has none): done and partly done exercises are
    // ticked, and the pain is the session's (the worst exercise pain when only those were given).
    void setWeek(const core::Plan& plan, const std::vector<core::SessionLog>& logs = {});
    const core::Plan& plan() const { return m_plan; }

    int exerciseCount() const { return static_cast<int>(m_exerciseIds.size()); }
    int painRow() const { return exerciseCount(); }
    int morningRow() const { return exerciseCount() + 1; }
    QString exerciseIdAt(int row) const;

    bool isTicked(int row, int day) const;
    void setTicked(int row, int day, bool ticked);
    std::optional<int> pain(int day) const;
    void setPain(int day, std::optional<int> pain);
    // Whether the knee was worse the morning after the day's session; nullopt: not recorded.
    std::optional<bool> worseNextMorning(int day) const;
    void setWorseNextMorning(int day, bool worse);

    // Days that have a pain score but no tick: the grid cannot tell which session it belongs to.
    std::vector<int> painWithoutSession() const;
    // Days ticked "worse next morning" without a session.
    std::vector<int> morningWithoutSession() const;
    // The week as logs (see above); days without a tick give no log.
    std::vector<core::SessionLog> toLogs() const;
    // True when logs hold more than the grid can show (exercise pain, difficulty, partly done
    // exercises, notes, or sessions that are not on a plan day): saving the grid would lose it.
    static bool holdsDetail(const std::vector<core::SessionLog>& logs, const core::Plan& plan);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const core::PlannedExercise* planned(int row, int day) const;
    // The exercise of the day before, when the cell stands for it done a day late.
    const core::PlannedExercise* late(int row, int day) const;
    bool anyTicked(int day, bool lateCells) const;
    // A session can be logged on the day: something is planned that day or the day before.
    bool sessionPossible(int day) const;
    core::SessionLog sessionLog(int plannedDay, int doneDay, std::optional<int> pain) const;

    core::Plan m_plan;
    std::vector<std::string> m_exerciseIds;   // in order of first appearance in the week
    std::vector<std::vector<bool>> m_ticks;   // [row][day]
    std::vector<std::optional<int>> m_pain;   // [day]
    std::vector<std::optional<bool>> m_worse; // [day]
};

} // namespace glidepath::ui
