#include "run_pathway.h"

#include "engine_text.h"

#include <glidepath/core/session_log.h>

#include <algorithm>

namespace glidepath::core::detail {

namespace {

// One criterion as the phase gates write it: a word, then its numbers or exercises.
ReasonValue criterion(std::string_view word, std::vector<ReasonValue> values = {})
{
    values.insert(values.begin(), value::word(word));
    return value::list(std::move(values));
}

int reportedPain(const CheckIn& latest, const std::string& id)
{
    const auto it = latest.painfulExercises.find(id);
    return it == latest.painfulExercises.end() ? 0 : it->second;
}

struct Criteria
{
    std::vector<ReasonValue> met;
    std::vector<ReasonValue> missing;

    void add(bool ok, ReasonValue value) { (ok ? met : missing).push_back(std::move(value)); }
};

// Brisk walking: the longest walking-tagged gait work of one session of last week's plan, in
// whole minutes (sets x hold), and whether it was reported at or below the green maximum.
void walkingCriterion(Criteria& out, const CheckIn& latest, const Plan* previous,
                      const LibraryIndex& library, const ProgressionRules& rules)
{
    int bestSeconds = 0;
    std::string bestId;
    std::vector<ReasonValue> tooPainful;
    if (previous != nullptr) {
        for (const PlanDay& day : previous->days) {
            for (const PlannedExercise& planned : day.exercises) {
                const Exercise* exercise = library.find(planned.id);
                if (exercise == nullptr || exercise->category != Category::Gait ||
                    !exercise->serves(Goal::Walking) || isRunningWork(*exercise)) {
                    continue;
                }
                const int pain = reportedPain(latest, planned.id);
                if (pain > rules.greenMaxExercisePain) {
                    tooPainful.push_back(text::exercise(*exercise, pain));
                    continue;
                }
                const int seconds = planned.sets * std::max(planned.holdSeconds, 0);
                if (seconds > bestSeconds) {
                    bestSeconds = seconds;
                    bestId = planned.id;
                }
            }
        }
    }
    const int minutes = bestSeconds / 60;
    if (!tooPainful.empty()) {
        out.add(false, criterion("walk_hurt", {value::number(rules.greenMaxExercisePain),
                                               value::list(std::move(tooPainful))}));
    }
    out.add(
        minutes >= rules.runEntryWalkMinutes,
        criterion("walk_minutes", {value::number(rules.runEntryWalkMinutes), value::number(minutes),
                                   value::number(rules.greenMaxExercisePain)}));
}

// Hops and landing: planned last week and each reported at or below the limit.
void hopCriterion(Criteria& out, const CheckIn& latest, const Plan* previous,
                  const LibraryIndex& library, const ProgressionRules& rules)
{
    std::vector<std::string> seen;
    std::vector<ReasonValue> tooPainful;
    int worst = 0;
    if (previous != nullptr) {
        for (const PlanDay& day : previous->days) {
            for (const PlannedExercise& planned : day.exercises) {
                const Exercise* exercise = library.find(planned.id);
                if (exercise == nullptr || exercise->category != Category::Landing ||
                    contains(seen, planned.id)) {
                    continue;
                }
                seen.push_back(planned.id);
                const int pain = reportedPain(latest, planned.id);
                worst = std::max(worst, pain);
                if (pain > rules.runEntryHopPainMax) {
                    tooPainful.push_back(text::exercise(*exercise, pain));
                }
            }
        }
    }
    if (seen.empty()) {
        out.add(false, criterion("hops_none", {value::number(rules.runEntryHopPainMax)}));
    } else if (!tooPainful.empty()) {
        out.add(false, criterion("hops_hurt", {value::number(rules.runEntryHopPainMax),
                                               value::list(std::move(tooPainful))}));
    } else {
        out.add(true,
                criterion("hops", {value::number(rules.runEntryHopPainMax), value::pain(worst)}));
    }
}

bool hadRunningWork(const Plan* previous, const LibraryIndex& library)
{
    if (previous == nullptr) {
        return false;
    }
    for (const PlanDay& day : previous->days) {
        for (const PlannedExercise& planned : day.exercises) {
            const Exercise* exercise = library.find(planned.id);
            if (exercise != nullptr && isRunningWork(*exercise)) {
                return true;
            }
        }
    }
    return false;
}

// The logged sessions of last week with running work done and a worse next morning.
std::vector<Date> worseAfterRunning(const PlanRequest& request, const LibraryIndex& library)
{
    std::vector<Date> dates;
    const Week week{request.weekStart - std::chrono::days(7)};
    for (const SessionLog* log : worseNextMornings(request.sessionLogs, week)) {
        const bool ran =
            std::any_of(log->entries.begin(), log->entries.end(), [&](const LoggedExercise& entry) {
                const Exercise* exercise = library.find(entry.exerciseId);
                return entry.status != LogStatus::Skipped && exercise != nullptr &&
                       isRunningWork(*exercise);
            });
        if (ran) {
            dates.push_back(log->date);
        }
    }
    return dates;
}

} // namespace

bool isRunningWork(const Exercise& exercise)
{
    return exercise.category == Category::Gait && exercise.serves(Goal::Running);
}

void decideRunPathway(WeekAssessment& out, const PlanRequest& request, const LibraryIndex& library,
                      const ProgressionRules& rules)
{
    out.runOpen = false;
    if (!contains(request.client.goals, Goal::Running) || !out.latest) {
        return;
    }
    Decision& decision = out.decision;
    const CheckIn& latest = *out.latest;
    const Plan* previous = request.previousPlan ? &*request.previousPlan : nullptr;
    const bool settledMorning = latest.nextMorning == NextMorning::Settled;

    // run.advance: walk-run already under way.
    if (hadRunningWork(previous, library)) {
        const std::vector<Date> worse = worseAfterRunning(request, library);
        if (!worse.empty() || !settledMorning || decision.phase < 4) {
            Reason back{"run.advance", {{"case", value::word("step_back")}}};
            if (!worse.empty()) {
                back.values["dates"] = value::dates(worse);
            } else if (!settledMorning) {
                back.values["checkin"] = value::date(latest.date);
            } else {
                back.values["phase"] = value::number(decision.phase);
            }
            decision.reasons.push_back(std::move(back));
            return;
        }
        out.runOpen = true;
        const bool moves = decision.light == Light::Green && decision.action == Action::Progress;
        decision.reasons.push_back(
            {"run.advance", {{"case", value::word(moves ? "advance" : "hold")}}});
        return;
    }

    // run.entry: every criterion, met or missing, is named.
    Criteria criteria;
    // After surgery, running waits for the surgeon whatever else is met (surgery.clearance):
    // the reason names that first, so the list does not read as if walking alone held it back.
    if (out.context.postSurgery) {
        const bool cleared = isCleared(out.context, SurgicalClearance::Running);
        criteria.add(cleared, criterion(cleared ? "surgeon_cleared" : "surgeon_not_cleared"));
    }
    criteria.add(decision.phase >= 4, criterion("phase", {value::number(decision.phase)}));
    walkingCriterion(criteria, latest, previous, library, rules);
    hopCriterion(criteria, latest, previous, library, rules);
    const bool green = decision.light == Light::Green && out.worseMornings.empty();
    criteria.add(green && settledMorning,
                 criterion(green && settledMorning ? "settled" : "not_settled"));
    out.runOpen = criteria.missing.empty();
    decision.reasons.push_back({"run.entry",
                                {{"passed", value::word(out.runOpen ? "yes" : "no")},
                                 {"walk_minutes", value::number(rules.runEntryWalkMinutes)},
                                 {"met", value::list(std::move(criteria.met))},
                                 {"missing", value::list(std::move(criteria.missing))}}});
}

} // namespace glidepath::core::detail
