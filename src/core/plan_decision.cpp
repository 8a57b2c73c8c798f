#include "engine_text.h"

#include <glidepath/core/progression_steps.h>

#include <algorithm>

namespace glidepath::core {

namespace {

void referForRedFlags(WeekAssessment& out, const PlanRequest& request)
{
    Decision& decision = out.decision;
    decision.action = Action::Refer;
    decision.light = Light::None;
    for (RedFlag flag : out.redFlags) {
        const bool atScreening = contains(request.screeningRedFlags, flag);
        const bool atCheckIn = out.latest && contains(out.latest->redFlags, flag);
        std::string where;
        if (atScreening && atCheckIn) {
            where = "at screening and in the check-in of " + toIsoString(out.latest->date);
        } else if (atScreening) {
            where = "at screening";
        } else {
            where = "in the check-in of " + toIsoString(out.latest->date);
        }
        decision.reasons.push_back(
            {"refer.red_flag", "Red flag " + where + ": \"" + std::string(redFlagQuestion(flag)) +
                                   "\" was answered yes (" + std::string(toString(flag)) +
                                   "). No exercises until a clinician has checked it."});
    }
    out.advice.push_back("Please pause the exercise programme and get checked before going on.");
    for (RedFlag flag : out.redFlags) {
        out.advice.emplace_back(redFlagReferral(flag));
    }
}

// Green weeks in a row before the latest check-in, counted over the check-ins alone (used when
// there is no previous plan to carry the count). A green week with too few sessions done
// neither counts nor breaks the run.
int greenRunBefore(std::span<const CheckIn> checkins, const ProgressionRules& rules)
{
    int run = 0;
    for (std::size_t i = checkins.size() - 1; i-- > 0;) {
        if (evaluateLight(checkins, i, rules).light != Light::Green) {
            break;
        }
        if (checkins[i].adherence >= rules.minAdherence) {
            ++run;
        }
    }
    return run;
}

// Red weeks in a row up to and including the latest check-in. With no earlier red check-in to
// look at, a previous plan made in a red week counts as the week before.
int redRun(std::span<const CheckIn> checkins, const Plan* previousPlan,
           const ProgressionRules& rules)
{
    int run = 0;
    for (std::size_t i = checkins.size(); i-- > 0;) {
        if (evaluateLight(checkins, i, rules).light != Light::Red) {
            return run;
        }
        ++run;
    }
    if (previousPlan != nullptr && previousPlan->decision.light == Light::Red &&
        static_cast<std::size_t>(run) == checkins.size() && checkins.size() == 1) {
        ++run;
    }
    return run;
}

std::string redRunDates(std::span<const CheckIn> checkins, int run)
{
    std::vector<std::string> dates;
    const std::size_t from = checkins.size() - std::min<std::size_t>(checkins.size(), run);
    for (std::size_t i = from; i < checkins.size(); ++i) {
        dates.push_back(toIsoString(checkins[i].date));
    }
    return text::joinAnd(dates);
}

void addPainGuidance(WeekAssessment& out, const ProgressionRules& rules)
{
    out.advice.push_back(painLimitsAdvice(rules));
}

} // namespace

std::string painLimitsAdvice(const ProgressionRules& rules)
{
    return "Pain during exercise: up to " + std::to_string(rules.greenMaxExercisePain) +
           "/10 is fine and up to " + std::to_string(rules.amberMaxExercisePain) +
           "/10 is acceptable if it has settled by the next morning. If an exercise goes above " +
           std::to_string(rules.amberMaxExercisePain) +
           "/10, stop it and note it at your next check-in.";
}

WeekAssessment assessWeek(const PlanRequest& request, const LibraryIndex& library,
                          const ProgressionRules& rules)
{
    WeekAssessment out;
    const Plan* previous = request.previousPlan ? &*request.previousPlan : nullptr;
    const int startPhase = std::clamp(previous ? previous->decision.phase : rules.startPhase, 1, 4);
    const int carriedGreen = previous ? std::max(0, previous->decision.greenWeeksInPhase) : 0;
    const bool previousRed = previous != nullptr && previous->decision.light == Light::Red;
    out.previousPhase = startPhase;
    Decision& decision = out.decision;
    decision.phase = startPhase;
    decision.greenWeeksInPhase = carriedGreen;
    if (!request.checkins.empty()) {
        out.latest = request.checkins.back();
    }

    for (RedFlag flag : allValues<RedFlag>()) {
        if (contains(request.screeningRedFlags, flag) ||
            (out.latest && contains(out.latest->redFlags, flag))) {
            out.redFlags.push_back(flag);
        }
    }
    if (!out.redFlags.empty()) {
        referForRedFlags(out, request);
        return out;
    }

    Reason kneeling;
    if (out.latest && out.latest->painActivity >= rules.kneelingExclusionActivityPain) {
        for (Condition condition : rules.kneelingExclusionConditions) {
            if (contains(request.client.conditions, condition) && !out.excludeKneeling) {
                out.excludeKneeling = true;
                kneeling = {"select.kneeling",
                            "Activity pain is " + text::pain(out.latest->painActivity) + " (" +
                                std::to_string(rules.kneelingExclusionActivityPain) +
                                " or more) with " + text::words(toString(condition)) +
                                ": kneeling exercises are left out."};
            }
        }
    }

    // Without a check-in that reports on a new week, the plan holds where it is.
    const std::string phaseText = "phase " + std::to_string(startPhase);
    if (!out.latest) {
        decision.reasons.push_back(
            {"checkin.none", previous ? "No check-in yet: the plan stays in " + phaseText +
                                            " with last week's exercises and doses."
                                      : "No check-in yet: a first week in " + phaseText +
                                            " with each exercise at its starting dose."});
    } else if (previous != nullptr && out.latest->date <= previous->weekStart) {
        decision.reasons.push_back(
            {"checkin.not_new", "The latest check-in (" + toIsoString(out.latest->date) +
                                    ") is not after the start of the last plan (" +
                                    toIsoString(previous->weekStart) +
                                    "), so there is no news about that week: same exercises and "
                                    "doses, in " +
                                    phaseText + "."});
    } else if (out.latest->date + std::chrono::days(rules.checkinMaxAgeDays) < request.weekStart) {
        const auto age = (request.weekStart - out.latest->date).count();
        decision.reasons.push_back(
            {"checkin.recent", "The latest check-in (" + toIsoString(out.latest->date) + ") is " +
                                   std::to_string(age) + " days before this week (more than " +
                                   std::to_string(rules.checkinMaxAgeDays) +
                                   "), too old to judge the week by: the plan holds in " +
                                   phaseText + "."});
    } else {
        out.newCheckIn = true;
    }
    if (!out.newCheckIn) {
        decision.action = Action::Hold;
        decision.light = Light::None;
        // A red week's caps stay until a check-in shows the knee has settled.
        out.capsActive = previousRed;
        if (previousRed) {
            decision.reasons.push_back(
                {"select.red_caps", "Last week's plan was red and nothing newer shows it has "
                                    "settled: loaded knee bending stays at " +
                                        std::string(toString(rules.redMaxKneeFlexion)) +
                                        " and impact at " +
                                        std::string(toString(rules.redMaxImpact)) + "."});
        }
        if (out.excludeKneeling) {
            decision.reasons.push_back(kneeling);
        }
        out.advice.push_back("Note how each session felt (pain during exercise, the next "
                             "morning, any swelling) so that next week's plan can adjust.");
        addPainGuidance(out, rules);
        return out;
    }

    // The sessions logged in the week refine the check-in before it is judged (log.*).
    std::vector<Reason> logReasons = applySessionLogs(out, request, library, rules);
    const std::span<const CheckIn> checkins(request.checkins);
    const CheckIn& latest = *out.latest;
    LightResult light = evaluateLight(checkins, checkins.size() - 1, rules);
    decision.light = light.light;
    decision.reasons = std::move(light.reasons);
    decision.reasons.insert(decision.reasons.end(), logReasons.begin(), logReasons.end());
    const int priorGreen = previous ? carriedGreen : greenRunBefore(checkins, rules);

    switch (decision.light) {
    case Light::Red: {
        decision.action = Action::Regress;
        decision.greenWeeksInPhase = 0;
        out.capsActive = true;
        const int run = redRun(checkins, previous, rules);
        if (run >= rules.redWeeksForReset) {
            decision.phase = std::min(startPhase, std::clamp(rules.resetPhase, 1, 4));
            out.backToStart = true;
            decision.reasons.push_back(
                {"regress.two_red_weeks",
                 std::to_string(run) + " red weeks in a row (" +
                     (static_cast<std::size_t>(run) > checkins.size()
                          ? "last plan and the check-in of " + toIsoString(latest.date)
                          : "check-ins of " + redRunDates(checkins, run)) +
                     "), " + std::to_string(rules.redWeeksForReset) + " or more: back to phase " +
                     std::to_string(decision.phase) + ", and a clinician should review the plan."});
            out.advice.push_back("Two difficult weeks in a row: please book a review with your "
                                 "physiotherapist or doctor before building up again.");
        }
        decision.reasons.push_back(
            {"action.regress",
             "Red week: each exercise steps back about " +
                 text::percent(1.0 - rules.regressVolumeFactor) +
                 " in volume, or to its easier version when it cannot go lower; loaded knee "
                 "bending is kept to " +
                 std::string(toString(rules.redMaxKneeFlexion)) + " and impact to " +
                 std::string(toString(rules.redMaxImpact)) + "."});
        out.advice.push_back("This week steps back to let things settle. Pain should be back to "
                             "your usual level by the next morning.");
        break;
    }
    case Light::Amber:
        decision.action = Action::Hold;
        decision.greenWeeksInPhase = 0;
        decision.reasons.push_back(
            {"action.hold.amber", "Amber week: the same exercises at the same doses."});
        out.advice.push_back("Stay at this level for now; the plan moves on once pain during "
                             "exercise stays at " +
                             std::to_string(rules.greenMaxExercisePain) +
                             "/10 or less and the next morning is settled.");
        break;
    case Light::Green:
    case Light::None:
        if (latest.adherence < rules.minAdherence) {
            decision.action = Action::Hold;
            decision.greenWeeksInPhase = priorGreen;
            decision.reasons.push_back({"action.hold.adherence",
                                        "Only " + text::percent(latest.adherence) +
                                            " of the planned sessions were done (" +
                                            text::percent(rules.minAdherence) +
                                            " needed to progress): the same doses, no progress."});
            out.advice.push_back("A shorter session still counts: if a whole session does not "
                                 "fit into a day, do part of it.");
        } else if (latest.difficulty == Difficulty::TooHard && rules.holdWhenTooHard) {
            decision.action = Action::Hold;
            decision.greenWeeksInPhase = priorGreen + 1;
            decision.reasons.push_back({"action.hold.too_hard",
                                        "Last week felt too hard, although pain stayed low: "
                                        "the same doses again before moving on."});
        } else {
            decision.action = Action::Progress;
            decision.greenWeeksInPhase = priorGreen + 1;
            decision.reasons.push_back(
                {"action.progress",
                 "Green week: each exercise moves up one step, one variable at a time (more "
                 "reps, then more sets, then a longer hold or slower lowering, then its harder "
                 "version)."});
            if (startPhase < 4) {
                const PhaseGateResult gate =
                    evaluatePhaseGate(startPhase, decision.greenWeeksInPhase, latest,
                                      request.client, previous, library, rules);
                decision.reasons.push_back(gate.reason);
                if (gate.passed) {
                    decision.phase = startPhase + 1;
                    decision.greenWeeksInPhase = 0;
                }
            }
            out.advice.push_back("Pain is well controlled, so the plan moves up a step.");
        }
        break;
    }
    if (out.excludeKneeling) {
        decision.reasons.push_back(kneeling);
        out.advice.push_back("Kneeling exercises are left out while everyday activity pain is " +
                             std::to_string(rules.kneelingExclusionActivityPain) + "/10 or more.");
    }
    addPainGuidance(out, rules);
    return out;
}

} // namespace glidepath::core
