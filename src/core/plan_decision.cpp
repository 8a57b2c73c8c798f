#include "engine_text.h"
#include "week_history.h"

#include <glidepath/core/progression_steps.h>

#include <algorithm>
#include <cmath>

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
                                   "\" was answered yes (" + std::string(toString(flag)) + "). " +
                                   (redFlagUrgency(flag) == Urgency::SameDay
                                        ? "Same-day medical assessment; no exercises until a "
                                          "clinician has checked it."
                                        : "No exercises until a clinician has checked it.")});
    }
    detail::referralAdvice(out);
}

void addPainGuidance(WeekAssessment& out, const ProgressionRules& rules)
{
    out.advice.push_back(painLimitsAdvice(rules));
}

} // namespace

std::string_view progressAdvice()
{
    return "Pain is well controlled, so the plan moves up a step.";
}

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
    out.context = clientContext(request, rules);
    const Plan* previous = request.previousPlan ? &*request.previousPlan : nullptr;
    out.firstPlan = previous == nullptr;
    int startPhase = std::clamp(previous ? previous->decision.phase : rules.startPhase, 1, 4);
    int carriedGreen = previous ? std::max(0, previous->decision.greenWeeksInPhase) : 0;
    const bool previousRed = previous != nullptr && previous->decision.light == Light::Red;
    const bool inRamp = previous != nullptr && (detail::hasRule(*previous, "refer.restart") ||
                                                detail::hasRule(*previous, "refer.ramp"));
    Decision& decision = out.decision;
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
        out.previousPhase = startPhase;
        decision.phase = startPhase;
        decision.greenWeeksInPhase = carriedGreen;
        referForRedFlags(out, request);
        return out;
    }
    if (previous != nullptr && previous->decision.action == Action::Refer) {
        out.restart = true;
        startPhase = detail::restartPhase(out, request, *previous, rules);
        carriedGreen = 0;
    }
    // surgery.phase_weeks: time since the operation caps the phase, whatever came before.
    if (out.context.postSurgery) {
        if (startPhase > out.context.surgeryMaxPhase) {
            startPhase = out.context.surgeryMaxPhase;
            carriedGreen = 0;
        }
        decision.reasons.push_back({"surgery.clearance", surgeryLimitsText(out.context)});
    }
    out.previousPhase = startPhase;
    decision.phase = startPhase;
    decision.greenWeeksInPhase = carriedGreen;

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
    Reason irritable;
    if (out.latest && (out.latest->painActivity >= rules.irritableActivityPain ||
                       out.latest->swelling != Swelling::None)) {
        out.irritable = true;
        irritable = {"select.irritable",
                     std::string(out.latest->swelling != Swelling::None
                                     ? "Swelling is reported"
                                     : "Activity pain is " + text::pain(out.latest->painActivity) +
                                           " (" + std::to_string(rules.irritableActivityPain) +
                                           " or more)") +
                         ": the knee is irritable, so loaded knee bending is kept to " +
                         std::string(toString(rules.irritableMaxKneeFlexion)) +
                         " and exercises that press the kneecap hard are left out."};
    }
    if (out.context.fallsRisk) {
        decision.reasons.push_back(
            {"select.falls_risk",
             "Falls risk (" + text::joinAnd(out.context.fallsWhy) +
                 "): balance work only with a chair or wall to hold, no impact, and " +
                 std::to_string(rules.fallsRiskExtraGreenWeeks) +
                 " more green week at each phase gate."});
    }
    if (out.context.hipBalanceEmphasis) {
        decision.reasons.push_back(
            {"goal.hip_balance", "Hip-balance self-check: the client " +
                                     text::joinAnd(out.context.hipBalanceWhy) +
                                     " and does no hip-balance work, so hip mobility (outer, "
                                     "inner and front of the hip) comes first on mobility days."});
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
        // A red week's caps, and a restart's, stay until a check-in shows the knee has settled.
        out.capsActive = previousRed || out.restart || inRamp;
        if (previousRed) {
            decision.reasons.push_back(
                {"select.red_caps", "Last week's plan was red and nothing newer shows it has "
                                    "settled: loaded knee bending stays at " +
                                        std::string(toString(rules.redMaxKneeFlexion)) +
                                        " and impact at " +
                                        std::string(toString(rules.redMaxImpact)) + "."});
        } else if (inRamp) {
            decision.reasons.push_back(
                {"refer.ramp", "Still building up after a referral and nothing newer shows it has "
                               "settled: the red-week caps stay."});
        }
        for (const Reason* reason : {&kneeling, &irritable}) {
            if (!reason->rule.empty()) {
                decision.reasons.push_back(*reason);
            }
        }
        out.advice.push_back("Note how each session felt (pain during exercise, the next "
                             "morning, any swelling) so that next week's plan can adjust.");
        detail::educationAdvice(out, request, rules);
        addPainGuidance(out, rules);
        return out;
    }

    // The sessions logged in the week refine the check-in before it is judged (log.*), and the
    // light is read from the refined check-in.
    std::vector<Reason> logReasons = applySessionLogs(out, request, library, rules);
    std::vector<CheckIn> refined(request.checkins.begin(), request.checkins.end());
    refined.back() = *out.latest;
    const std::span<const CheckIn> checkins(refined);
    const CheckIn& latest = *out.latest;
    LightResult light = evaluateLight(checkins, checkins.size() - 1, rules);
    decision.light = light.light;
    decision.reasons.insert(decision.reasons.end(), light.reasons.begin(), light.reasons.end());
    decision.reasons.insert(decision.reasons.end(), logReasons.begin(), logReasons.end());
    const int priorGreen = previous ? carriedGreen : detail::greenRunBefore(checkins, rules);
    ProgressionRules gateRules = rules;
    if (out.context.fallsRisk) {
        for (PhaseGateRule& gate : gateRules.phaseGates) {
            gate.greenWeeks += rules.fallsRiskExtraGreenWeeks;
        }
    }
    const bool adherent = latest.adherence >= rules.minAdherence;
    const bool tooHard = latest.difficulty == Difficulty::TooHard && rules.holdWhenTooHard;

    switch (decision.light) {
    case Light::Red: {
        decision.action = Action::Regress;
        decision.greenWeeksInPhase = 0;
        out.capsActive = true;
        const int run = detail::redRun(checkins, previous, rules);
        if (run >= rules.redWeeksForReset) {
            decision.phase = std::min(startPhase, std::clamp(rules.resetPhase, 1, 4));
            out.backToStart = true;
            decision.reasons.push_back(
                {"regress.two_red_weeks",
                 std::to_string(run) + " red weeks in a row (" +
                     (static_cast<std::size_t>(run) > checkins.size()
                          ? "last plan and the check-in of " + toIsoString(latest.date)
                          : "check-ins of " + detail::redRunDates(checkins, run)) +
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
        decision.greenWeeksInPhase = 0;
        if (adherent && !tooHard && !out.firstPlan && !out.restart &&
            detail::amberFromNamedExercises(light.reasons, latest, rules)) {
            decision.action = Action::Progress;
            out.perExercise = true;
            decision.reasons.push_back(
                {"action.progress.per_exercise",
                 "Amber week from the exercises that hurt: each exercise that hurt above " +
                     std::to_string(rules.holdExercisePainAbove) +
                     "/10 keeps its dose, the others move up one step."});
            out.advice.push_back("The exercises that hurt stay where they are; the others move "
                                 "up a little.");
        } else {
            decision.action = Action::Hold;
            decision.reasons.push_back(
                {"action.hold.amber", "Amber week: the same exercises at the same doses."});
            out.advice.push_back(detail::amberBlockers(light.reasons, rules));
        }
        break;
    case Light::Green:
    case Light::None:
        if (!adherent) {
            decision.action = Action::Hold;
            decision.greenWeeksInPhase = priorGreen;
            decision.reasons.push_back({"action.hold.adherence",
                                        "Only " + text::percent(latest.adherence) +
                                            " of the planned sessions were done (" +
                                            text::percent(rules.minAdherence) +
                                            " needed to progress): the same doses, no progress."});
            out.advice.push_back("A shorter session still counts: if a whole session does not "
                                 "fit into a day, do part of it.");
        } else if (tooHard) {
            decision.action = Action::Hold;
            decision.greenWeeksInPhase = priorGreen + 1;
            decision.reasons.push_back({"action.hold.too_hard",
                                        "Last week felt too hard, although pain stayed low: "
                                        "the same doses again before moving on."});
        } else if (out.firstPlan || out.restart) {
            // A first plan (or a restart) is not progress: it starts at the starting doses.
            decision.action = Action::Hold;
            decision.greenWeeksInPhase = out.restart ? 0 : priorGreen + 1;
            decision.reasons.push_back(
                {"plan.first", out.restart ? "A green week, but the first plan after a referral "
                                             "starts again at the starting doses."
                                           : "A green week, but this is the first plan: each "
                                             "exercise starts at its starting dose."});
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
                                      request.client, previous, library, gateRules);
                decision.reasons.push_back(gate.reason);
                if (gate.passed && startPhase + 1 > out.context.surgeryMaxPhase) {
                    decision.reasons.push_back(
                        {"surgery.phase_weeks",
                         "Ready for phase " + std::to_string(startPhase + 1) +
                             ", but the time since surgery allows phase " +
                             std::to_string(out.context.surgeryMaxPhase) + " at most."});
                } else if (gate.passed) {
                    decision.phase = startPhase + 1;
                    decision.greenWeeksInPhase = 0;
                }
            }
            out.advice.emplace_back(progressAdvice());
        }
        break;
    }
    // refer.restart / refer.ramp: the caps stay until enough green weeks in a row.
    if (out.restart) {
        out.capsActive = true;
    } else if (inRamp && decision.light != Light::Red) {
        const int settled = decision.greenWeeksInPhase;
        if (settled < rules.restartSettledWeeks && decision.phase == startPhase) {
            out.capsActive = true;
            decision.reasons.push_back(
                {"refer.ramp", "Building up after a referral: " + std::to_string(settled) +
                                   " green week" + (settled == 1 ? "" : "s") + " in a row of " +
                                   std::to_string(rules.restartSettledWeeks) +
                                   " needed, so loaded knee bending stays at " +
                                   std::string(toString(rules.redMaxKneeFlexion)) +
                                   " and impact at " + std::string(toString(rules.redMaxImpact)) +
                                   "."});
        }
    }
    // week.sessions_from_adherence: a client who did few sessions is offered fewer.
    if (!adherent) {
        const int planned = previous ? plannedSessions(*previous) : request.client.sessionsPerWeek;
        const int done = static_cast<int>(std::ceil(latest.adherence * planned - 1e-9));
        const int offered =
            std::clamp(done + rules.sessionsAboveDone, std::max(1, rules.minStrengthSessions),
                       std::max(1, request.client.sessionsPerWeek));
        if (offered < request.client.sessionsPerWeek) {
            out.sessionsOffered = offered;
            decision.reasons.push_back(
                {"week.sessions_from_adherence",
                 "About " + std::to_string(done) + " of " + std::to_string(planned) +
                     " planned sessions were done: " + std::to_string(offered) +
                     " sessions are planned this week, to build the habit back up."});
        }
    }
    detail::escalate(out, checkins, rules);
    if (out.excludeKneeling) {
        decision.reasons.push_back(kneeling);
        out.advice.push_back("Kneeling exercises are left out while everyday activity pain is " +
                             std::to_string(rules.kneelingExclusionActivityPain) + "/10 or more.");
    }
    if (!irritable.rule.empty()) {
        decision.reasons.push_back(irritable);
    }
    detail::educationAdvice(out, request, rules);
    addPainGuidance(out, rules);
    return out;
}

} // namespace glidepath::core
