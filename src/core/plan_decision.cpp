#include "engine_text.h"
#include "run_pathway.h"
#include "week_history.h"

#include <glidepath/core/progression_steps.h>

#include <algorithm>
#include <cmath>

namespace glidepath::core {

namespace {

// The light knows painful exercises by id only (a check-in holds ids); a clinician reads names.
// An id missing from the library keeps the name last week's plan gave it, else the id itself.
void nameExercises(std::vector<Reason>& reasons, const LibraryIndex& library,
                   const std::optional<Plan>& previous)
{
    const auto nameOf = [&](const std::string& id) -> std::string {
        if (const Exercise* exercise = library.find(id)) {
            return exercise->name;
        }
        if (previous) {
            for (const PlanDay& day : previous->days) {
                for (const PlannedExercise& planned : day.exercises) {
                    if (planned.id == id && !planned.name.empty()) {
                        return planned.name;
                    }
                }
            }
        }
        return id;
    };
    for (Reason& reason : reasons) {
        for (auto& [key, value] : reason.values) {
            if (value.kind != ReasonValue::Kind::List) {
                continue;
            }
            for (ReasonValue& item : value.items) {
                if (item.kind == ReasonValue::Kind::Exercise && item.name == item.id) {
                    item.name = nameOf(item.id);
                }
            }
        }
    }
}

void referForRedFlags(WeekAssessment& out, const PlanRequest& request)
{
    Decision& decision = out.decision;
    decision.action = Action::Refer;
    decision.light = Light::None;
    for (RedFlag flag : out.redFlags) {
        const bool atScreening = contains(request.screeningRedFlags, flag);
        const bool atCheckIn = out.latest && contains(out.latest->redFlags, flag);
        Reason reason{
            "refer.red_flag",
            {{"flag", value::word(toString(flag))},
             {"where", value::word(atScreening && atCheckIn ? "screening_and_checkin"
                                   : atScreening            ? "screening"
                                                            : "checkin")},
             {"urgency",
              value::word(redFlagUrgency(flag) == Urgency::SameDay ? "same_day" : "soon")}}};
        if (atCheckIn) {
            reason.values["checkin"] = value::date(out.latest->date);
        }
        decision.reasons.push_back(std::move(reason));
    }
    detail::referralAdvice(out);
}

// The same-day flags of last week's referral, still without a clinician's review: the plan stays
// a referral and says since when (product decision, after clinical-evidence.md: DVT signs and a
// possible slipped epiphysis need a same-day medical assessment, so their all-clear is a
// clinician's, recorded as a review, and not the client's "no" at the next check-in).
void referAwaitingReview(WeekAssessment& out, const Plan& previous)
{
    out.decision.action = Action::Refer;
    out.decision.light = Light::None;
    for (RedFlag flag : out.redFlags) {
        Date referred = previous.weekStart;
        for (const Reason& before : previous.decision.reasons) {
            if (before.rule == "refer.red_flag" && before.word("flag") == toString(flag) &&
                before.find("referred") != nullptr) {
                referred = before.find("referred")->date;
            }
        }
        out.decision.reasons.push_back({"refer.red_flag",
                                        {{"flag", value::word(toString(flag))},
                                         {"where", value::word("awaiting_review")},
                                         {"referred", value::date(referred)},
                                         {"urgency", value::word("same_day")}}});
    }
    detail::referralAdvice(out);
}

// The red-week caps, named in every reason that applies them.
std::map<std::string, ReasonValue, std::less<>> capsValues(const ProgressionRules& rules)
{
    return {{"max_flexion", value::word(toString(rules.redMaxKneeFlexion))},
            {"max_impact", value::word(toString(rules.redMaxImpact))}};
}

void addPainGuidance(WeekAssessment& out, const ProgressionRules& rules)
{
    out.advice.push_back(painLimitsAdvice(rules));
}

} // namespace

Reason progressAdvice()
{
    return {"advice.progress"};
}

Reason painLimitsAdvice(const ProgressionRules& rules)
{
    return {"advice.pain_limits",
            {{"green_max", value::number(rules.greenMaxExercisePain)},
             {"amber_max", value::number(rules.amberMaxExercisePain)}}};
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
    if (previous != nullptr) {
        // refer.red_flag: a same-day flag stays a referral until a clinician's review is recorded.
        out.redFlags = detail::flagsAwaitingReview(request, *previous);
        if (!out.redFlags.empty()) {
            out.previousPhase = startPhase;
            decision.phase = startPhase;
            decision.greenWeeksInPhase = carriedGreen;
            referAwaitingReview(out, *previous);
            return out;
        }
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
        decision.reasons.push_back(surgeryLimitsReason(out.context));
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
                            {{"activity_pain", value::pain(out.latest->painActivity)},
                             {"limit", value::number(rules.kneelingExclusionActivityPain)},
                             {"condition", value::word(toString(condition))}}};
            }
        }
    }
    Reason irritable;
    if (out.latest && (out.latest->painActivity >= rules.irritableActivityPain ||
                       out.latest->swelling != Swelling::None)) {
        out.irritable = true;
        irritable = {
            "select.irritable",
            {{"cause",
              value::word(out.latest->swelling != Swelling::None ? "swelling" : "activity_pain")},
             {"activity_pain", value::pain(out.latest->painActivity)},
             {"limit", value::number(rules.irritableActivityPain)},
             {"max_flexion", value::word(toString(rules.irritableMaxKneeFlexion))}}};
    }
    if (out.context.fallsRisk) {
        Reason falls{"select.falls_risk",
                     {{"why", value::words(out.context.fallsWhy)},
                      {"extra_weeks", value::number(rules.fallsRiskExtraGreenWeeks)}}};
        if (contains(out.context.fallsWhy, std::string("age"))) {
            falls.values["age"] = value::number(request.client.age);
        }
        decision.reasons.push_back(std::move(falls));
    }
    if (out.context.hipBalanceEmphasis) {
        decision.reasons.push_back(
            {"goal.hip_balance", {{"why", value::words(out.context.hipBalanceWhy)}}});
    }

    // Without a check-in that reports on a new week, the plan holds where it is.
    if (!out.latest) {
        decision.reasons.push_back({"checkin.none",
                                    {{"case", value::word(previous ? "held" : "first")},
                                     {"phase", value::number(startPhase)}}});
    } else if (previous != nullptr && out.latest->date <= previous->weekStart) {
        decision.reasons.push_back({"checkin.not_new",
                                    {{"checkin", value::date(out.latest->date)},
                                     {"plan_start", value::date(previous->weekStart)},
                                     {"phase", value::number(startPhase)}}});
    } else if (out.latest->date + std::chrono::days(rules.checkinMaxAgeDays) < request.weekStart) {
        const auto age = (request.weekStart - out.latest->date).count();
        decision.reasons.push_back({"checkin.recent",
                                    {{"checkin", value::date(out.latest->date)},
                                     {"age_days", value::number(static_cast<int>(age))},
                                     {"max_days", value::number(rules.checkinMaxAgeDays)},
                                     {"phase", value::number(startPhase)}}});
    } else {
        out.newCheckIn = true;
    }
    if (!out.newCheckIn) {
        decision.action = Action::Hold;
        decision.light = Light::None;
        // A red week's caps, and a restart's, stay until a check-in shows the knee has settled.
        out.capsActive = previousRed || out.restart || inRamp;
        if (previousRed) {
            decision.reasons.push_back({"select.red_caps", capsValues(rules)});
        } else if (inRamp) {
            decision.reasons.push_back({"refer.ramp", capsValues(rules)});
            decision.reasons.back().values["case"] = value::word("held");
        }
        for (const Reason* reason : {&kneeling, &irritable}) {
            if (!reason->rule.empty()) {
                decision.reasons.push_back(*reason);
            }
        }
        out.advice.push_back({"advice.note_sessions"});
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
    nameExercises(light.reasons, library, request.previousPlan);
    // log.next_morning: a session followed by a worse morning counts like the check-in's "next
    // morning higher": the week is at least amber, so nothing progresses and no gate passes.
    if (!out.worseMornings.empty()) {
        const Light floor = rules.loggedWorseMorningRed ? Light::Red : Light::Amber;
        if (light.light == Light::Green || light.light == Light::None ||
            (floor == Light::Red && light.light == Light::Amber)) {
            light.light = floor;
        }
        std::erase_if(light.reasons,
                      [](const Reason& reason) { return reason.rule == "light.green"; });
        light.reasons.push_back({"log.next_morning",
                                 {{"dates", value::dates(out.worseMornings)},
                                  {"light", value::word(toString(floor))}}});
    }
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
            Reason reset{"regress.two_red_weeks",
                         {{"run", value::number(run)},
                          {"reset_after", value::number(rules.redWeeksForReset)},
                          {"phase", value::number(decision.phase)}}};
            if (static_cast<std::size_t>(run) > checkins.size()) {
                reset.values["checkin"] = value::date(latest.date);
            } else {
                reset.values["checkins"] = value::dates(detail::redRunDates(checkins, run));
            }
            decision.reasons.push_back(std::move(reset));
            out.advice.push_back({"advice.review_red_weeks"});
        }
        decision.reasons.push_back({"action.regress", capsValues(rules)});
        decision.reasons.back().values["cut"] = value::percent(1.0 - rules.regressVolumeFactor);
        out.advice.push_back({"advice.step_back"});
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
                 {{"hold_above", value::number(rules.holdExercisePainAbove)}}});
            out.advice.push_back({"advice.per_exercise"});
        } else {
            decision.action = Action::Hold;
            decision.reasons.push_back({"action.hold.amber"});
            // A first plan (or a restart) has no last week to keep: it starts at the starting
            // doses and stays there; the words must not speak of "the same doses".
            if (out.firstPlan || out.restart) {
                decision.reasons.back().values["case"] =
                    value::word(out.restart ? "restart" : "first");
            }
            out.advice.push_back(detail::amberBlockers(light.reasons, rules));
        }
        break;
    case Light::Green:
    case Light::None:
        if (!adherent) {
            decision.action = Action::Hold;
            decision.greenWeeksInPhase = priorGreen;
            decision.reasons.push_back({"action.hold.adherence",
                                        {{"adherence", value::percent(latest.adherence)},
                                         {"needed", value::percent(rules.minAdherence)}}});
            out.advice.push_back({"advice.shorter_session"});
        } else if (tooHard) {
            decision.action = Action::Hold;
            decision.greenWeeksInPhase = priorGreen + 1;
            decision.reasons.push_back({"action.hold.too_hard"});
        } else if (out.firstPlan || out.restart) {
            // A first plan (or a restart) is not progress: it starts at the starting doses.
            decision.action = Action::Hold;
            decision.greenWeeksInPhase = out.restart ? 0 : priorGreen + 1;
            decision.reasons.push_back(
                {"plan.first", {{"case", value::word(out.restart ? "restart" : "first")}}});
        } else {
            decision.action = Action::Progress;
            decision.greenWeeksInPhase = priorGreen + 1;
            decision.reasons.push_back({"action.progress"});
            if (startPhase < 4) {
                PhaseGateResult gate =
                    evaluatePhaseGate(startPhase, decision.greenWeeksInPhase, latest,
                                      request.client, previous, library, gateRules);
                const bool capped = gate.passed && startPhase + 1 > out.context.surgeryMaxPhase;
                if (capped) {
                    // The criteria are met but the plan does not move: the gate must not read
                    // "moves to phase 3" beside surgery.phase_weeks saying it stays.
                    gate.reason.values["capped_by"] = value::word("surgery");
                }
                decision.reasons.push_back(gate.reason);
                if (capped) {
                    // Name what holds the phase: the weeks since surgery, or weight bearing
                    // that is still partial (surgery.weight_bearing) when the weeks would allow it.
                    Reason cap{out.context.weightBearingCaps ? "surgery.weight_bearing"
                                                             : "surgery.phase_weeks",
                               {{"ready_phase", value::number(startPhase + 1)},
                                {"max_phase", value::number(out.context.surgeryMaxPhase)}}};
                    if (out.context.weightBearingCaps) {
                        cap.values["weight_bearing"] =
                            value::word(toString(out.context.surgery->weightBearing));
                    }
                    decision.reasons.push_back(std::move(cap));
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
            Reason ramp{"refer.ramp", capsValues(rules)};
            ramp.values["settled"] = value::number(settled);
            ramp.values["needed"] = value::number(rules.restartSettledWeeks);
            decision.reasons.push_back(std::move(ramp));
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
            decision.reasons.push_back({"week.sessions_from_adherence",
                                        {{"done", value::number(done)},
                                         {"planned", value::number(planned)},
                                         {"offered", value::number(offered)}}});
        }
    }
    detail::decideRunPathway(out, request, library, rules);
    detail::escalate(out, checkins, rules);
    if (out.excludeKneeling) {
        decision.reasons.push_back(kneeling);
        out.advice.push_back(
            {"advice.kneeling", {{"limit", value::number(rules.kneelingExclusionActivityPain)}}});
    }
    if (!irritable.rule.empty()) {
        decision.reasons.push_back(irritable);
    }
    detail::educationAdvice(out, request, rules);
    addPainGuidance(out, rules);
    return out;
}

} // namespace glidepath::core
