#include "engine_text.h"

#include <glidepath/core/progression_steps.h>
#include <glidepath/core/session_log.h>

#include <algorithm>

namespace glidepath::core {

namespace {

ReasonValue exerciseOf(const LibraryIndex& library, const std::string& id, int pain)
{
    const Exercise* exercise = library.find(id);
    return value::exercise(id, exercise != nullptr ? exercise->name : id, pain);
}

// The first date in the week on which the exercise was logged at this pain.
Date dateOfPain(std::span<const SessionLog> logs, const std::string& id, int pain)
{
    Date first = Date::max();
    for (const SessionLog& log : logs) {
        for (const LoggedExercise& entry : log.entries) {
            if (entry.exerciseId == id && entry.painDuring == pain) {
                first = std::min(first, log.date);
            }
        }
    }
    return first;
}

} // namespace

std::vector<Reason> applySessionLogs(WeekAssessment& assessment, const PlanRequest& request,
                                     const LibraryIndex& library, const ProgressionRules& rules)
{
    std::vector<Reason> reasons;
    if (!assessment.latest || request.sessionLogs.empty()) {
        return reasons;
    }
    const Week week{request.weekStart - std::chrono::days(7)};
    std::vector<SessionLog> logs;
    for (const SessionLog& log : request.sessionLogs) {
        if (week.contains(log.date)) {
            logs.push_back(log);
        }
    }
    if (logs.empty()) {
        return reasons;
    }
    // Oldest first, so that "first skipped on" and the reason texts do not depend on input order.
    std::stable_sort(logs.begin(), logs.end(),
                     [](const SessionLog& a, const SessionLog& b) { return a.date < b.date; });
    CheckIn& latest = *assessment.latest;

    if (rules.adherenceFromLogs) {
        const int planned = request.previousPlan ? plannedSessions(*request.previousPlan)
                                                 : request.client.sessionsPerWeek;
        if (const auto adherence = weekAdherence(logs, week, planned)) {
            reasons.push_back({"log.adherence",
                               {{"logged", value::number(static_cast<int>(logs.size()))},
                                {"week", value::date(week.start)},
                                {"planned", value::number(planned)},
                                {"adherence", value::percent(*adherence)},
                                {"checkin_adherence", value::percent(latest.adherence)}}});
            latest.adherence = *adherence;
        }
    }

    // log.pain: every logged exercise pain counts per exercise (so one at 3-5/10 holds while
    // the others move on), and the worst pain of a whole session counts as pain during
    // exercise, as if it had been given at the check-in.
    for (const auto& [id, pain] : loggedExercisePain(logs, week)) {
        int& reported = latest.painfulExercises[id];
        reported = std::max(reported, pain);
    }
    int sessionWorst = -1;
    Date sessionWorstDate{};
    for (const SessionLog& log : logs) {
        if (log.sessionPain && *log.sessionPain > sessionWorst) {
            sessionWorst = *log.sessionPain;
            sessionWorstDate = log.date;
        }
    }
    if (sessionWorst > latest.painExercise) {
        reasons.push_back({"log.pain",
                           {{"date", value::date(sessionWorstDate)},
                            {"pain", value::pain(sessionWorst)},
                            {"checkin_pain", value::pain(latest.painExercise)}}});
        latest.painExercise = sessionWorst;
    }
    for (const auto& [id, pain] : painfulExercises(logs, week, rules.loggedPainfulAbove)) {
        int& reported = latest.painfulExercises[id]; // 0 when the check-in did not name it
        reported = std::max(reported, pain);
        reasons.push_back({"log.painful",
                           {{"exercise", exerciseOf(library, id, pain)},
                            {"date", value::date(dateOfPain(logs, id, pain))},
                            {"limit", value::number(rules.loggedPainfulAbove)}}});
    }

    for (const SessionLog* log : worseNextMornings(logs, week)) {
        assessment.worseMornings.push_back(log->date);
    }

    if (rules.holdSkippedExercises) {
        for (const SessionLog& log : logs) {
            for (const LoggedExercise& entry : log.entries) {
                if (entry.status == LogStatus::Skipped) {
                    assessment.skippedInLogs.emplace(entry.exerciseId, log.date);
                }
            }
        }
    }
    return reasons;
}

} // namespace glidepath::core
