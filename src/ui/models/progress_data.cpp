#include "models/progress_data.h"

#include <algorithm>
#include <map>

namespace glidepath::ui {

std::optional<double> ProgressWeek::adherence() const
{
    if (loggedAdherence) {
        return loggedAdherence;
    }
    if (checkIn && checkInHasAdherence) {
        return checkIn->adherence;
    }
    return std::nullopt;
}

std::optional<int> ProgressWeek::exercisePain() const
{
    if (checkIn) {
        return checkIn->painExercise;
    }
    return worstLoggedPain;
}

const ProgressWeek* ProgressData::week(core::Date monday) const
{
    const auto it = std::find_if(weeks.begin(), weeks.end(),
                                 [monday](const ProgressWeek& w) { return w.start == monday; });
    return it == weeks.end() ? nullptr : &*it;
}

core::Date mondayOf(core::Date date)
{
    return date - std::chrono::days(core::weekdayIndex(date));
}

std::optional<storage::StoredPlan> planCovering(const std::vector<storage::StoredPlan>& plans,
                                                core::Date date)
{
    // Newest week first, newest version first: the first match is the one in force.
    for (const auto& stored : plans) {
        const core::Date start = stored.plan.weekStart;
        if (date >= start && date < start + std::chrono::days(7)) {
            return stored;
        }
    }
    return std::nullopt;
}

ProgressData buildProgress(std::vector<storage::StoredCheckIn> checkIns,
                           const std::vector<storage::StoredPlan>& plans,
                           std::vector<storage::StoredSessionLog> sessionLogs,
                           std::vector<storage::StoredPsfs> psfs,
                           const core::MeaningfulChange& thresholds)
{
    ProgressData data;
    data.thresholds = thresholds;
    std::map<core::Date, ProgressWeek> weeks;
    const auto weekAt = [&weeks](core::Date date) -> ProgressWeek& {
        const core::Date monday = mondayOf(date);
        ProgressWeek& week = weeks[monday];
        week.start = monday;
        return week;
    };

    std::optional<core::Date> firstPlanWeek;
    for (const auto& stored : plans) {
        if (!firstPlanWeek || stored.plan.weekStart < *firstPlanWeek) {
            firstPlanWeek = stored.plan.weekStart;
        }
    }
    for (const auto& stored : checkIns) { // oldest first: the last one in a week wins
        ProgressWeek& week = weekAt(stored.checkIn.date);
        week.checkIn = stored.checkIn;
        week.checkInHasAdherence = firstPlanWeek && *firstPlanWeek < stored.checkIn.date;
    }
    for (const auto& stored : plans) { // newest version first: keep the first one seen
        ProgressWeek& week = weekAt(stored.plan.weekStart);
        if (!week.plan) {
            week.plan = stored.plan;
            week.sessionsPlanned = core::plannedSessions(stored.plan);
        }
    }
    std::vector<core::SessionLog> logs;
    logs.reserve(sessionLogs.size());
    for (const auto& stored : sessionLogs) {
        logs.push_back(stored.log);
        ++weekAt(stored.log.date).sessionsLogged;
    }
    for (auto& [monday, week] : weeks) {
        const core::Week span{monday};
        week.loggedAdherence = core::weekAdherence(logs, span, week.sessionsPlanned);
        week.worstLoggedPain = core::worstLoggedPain(logs, span);
    }
    for (const auto& stored : psfs) { // oldest first
        weekAt(stored.assessment.date).psfsAverage = core::psfsAverage(stored.assessment);
    }

    for (auto& [monday, week] : weeks) {
        data.weeks.push_back(std::move(week));
    }
    data.checkIns = std::move(checkIns);
    data.sessionLogs = std::move(sessionLogs);
    data.psfs = std::move(psfs);
    return data;
}

} // namespace glidepath::ui
