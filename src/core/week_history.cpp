#include "week_history.h"

#include "engine_text.h"

#include <algorithm>

namespace glidepath::core::detail {

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

std::vector<Date> redRunDates(std::span<const CheckIn> checkins, int run)
{
    std::vector<Date> dates;
    const std::size_t from = checkins.size() - std::min<std::size_t>(checkins.size(), run);
    for (std::size_t i = from; i < checkins.size(); ++i) {
        dates.push_back(checkins[i].date);
    }
    return dates;
}

void escalate(WeekAssessment& out, std::span<const CheckIn> checkins, const ProgressionRules& rules)
{
    std::vector<std::string> why;
    int persistentWeeks = 0;
    int runWeeks = 0;
    const auto lastN = [&](int n) {
        const std::size_t count = static_cast<std::size_t>(std::max(1, n));
        return checkins.size() >= count ? checkins.subspan(checkins.size() - count)
                                        : std::span<const CheckIn>{};
    };
    const std::span<const CheckIn> persistent = lastN(rules.persistentWeeksForReview);
    if (!persistent.empty()) {
        const bool swelling =
            std::all_of(persistent.begin(), persistent.end(),
                        [](const CheckIn& c) { return c.swelling != Swelling::None; });
        const bool night = std::all_of(persistent.begin(), persistent.end(),
                                       [](const CheckIn& c) { return c.nightPain; });
        std::vector<std::string> what;
        if (swelling) {
            what.push_back("swelling");
        }
        if (night) {
            what.push_back("night pain");
        }
        if (!what.empty()) {
            std::vector<std::string> whatWords;
            for (const std::string& w : what) {
                whatWords.push_back(w == "night pain" ? "night_pain" : w);
            }
            out.decision.reasons.push_back(
                {"escalate.persistent",
                 {{"what", value::words(whatWords)},
                  {"weeks", value::number(static_cast<int>(persistent.size()))},
                  {"since", value::date(persistent.front().date)}}});
            for (const std::string& w : whatWords) {
                why.push_back(w);
            }
            persistentWeeks = static_cast<int>(persistent.size());
        }
    }
    const std::span<const CheckIn> run = lastN(rules.amberWeeksForReview);
    if (!run.empty()) {
        bool allNotGreen = true;
        for (std::size_t i = checkins.size() - run.size(); i < checkins.size(); ++i) {
            const Light light = evaluateLight(checkins, i, rules).light;
            allNotGreen = allNotGreen && (light == Light::Amber || light == Light::Red);
        }
        if (allNotGreen) {
            out.decision.reasons.push_back(
                {"escalate.amber_run",
                 {{"weeks", value::number(static_cast<int>(run.size()))},
                  {"checkins",
                   value::dates(redRunDates(checkins, static_cast<int>(run.size())))}}});
            why.emplace_back("not_settling");
            runWeeks = static_cast<int>(run.size());
        }
    }
    if (!why.empty()) {
        out.advice.push_back({"advice.review",
                              {{"why", value::words(why)},
                               {"persistent_weeks", value::number(persistentWeeks)},
                               {"run_weeks", value::number(runWeeks)}}});
    }
}

bool hasRule(const Plan& plan, std::string_view rule)
{
    return std::any_of(plan.decision.reasons.begin(), plan.decision.reasons.end(),
                       [&](const Reason& reason) { return reason.rule == rule; });
}

const ClinicianReview* reviewSince(const PlanRequest& request, Date since)
{
    const ClinicianReview* found = nullptr;
    for (const ClinicianReview& review : request.reviews) {
        if (review.date >= since && review.date <= request.weekStart &&
            (found == nullptr || review.date >= found->date)) {
            found = &review;
        }
    }
    return found;
}

std::vector<RedFlag> flagsAwaitingReview(const PlanRequest& request, const Plan& previous)
{
    std::vector<RedFlag> waiting;
    if (previous.decision.action != Action::Refer ||
        reviewSince(request, previous.weekStart - std::chrono::days(7)) != nullptr) {
        return waiting;
    }
    for (const Reason& reason : previous.decision.reasons) {
        const auto flag = reason.rule == "refer.red_flag" ? parseEnum<RedFlag>(reason.word("flag"))
                                                          : std::optional<RedFlag>();
        if (flag && redFlagUrgency(*flag) == Urgency::SameDay && !contains(waiting, *flag)) {
            waiting.push_back(*flag);
        }
    }
    return waiting;
}

void referralAdvice(WeekAssessment& out)
{
    out.advice.push_back({"advice.pause"});
    for (Urgency urgency : {Urgency::SameDay, Urgency::Soon}) {
        for (RedFlag flag : out.redFlags) {
            if (redFlagUrgency(flag) != urgency) {
                continue;
            }
            out.advice.push_back(
                {"advice.red_flag",
                 {{"flag", value::word(toString(flag))},
                  {"urgency", value::word(urgency == Urgency::SameDay ? "same_day" : "soon")}}});
        }
    }
}

void educationAdvice(WeekAssessment& out, const PlanRequest& request, const ProgressionRules& rules)
{
    const ClientProfile& client = request.client;
    if (out.irritable) {
        out.advice.push_back({"advice.irritable"});
    }
    if (contains(client.goals, Goal::Running) || contains(client.goals, Goal::JumpingSport)) {
        Reason running{"advice.running",
                       {{"green_max", value::number(rules.greenMaxExercisePain)}}};
        // "If you run" is no advice for someone the surgeon has not cleared to run.
        if (!isCleared(out.context, SurgicalClearance::Running)) {
            running.values["case"] = value::word("not_cleared");
        }
        out.advice.push_back(std::move(running));
    }
    if (out.context.fallsRisk) {
        out.advice.push_back({"advice.falls_balance"});
    }
    out.advice.push_back({"advice.one_change"});
}

Reason amberBlockers(const std::vector<Reason>& reasons, const ProgressionRules& rules)
{
    std::vector<std::string> waits;
    auto add = [&](std::string word) {
        if (!contains(waits, word)) {
            waits.push_back(std::move(word));
        }
    };
    for (const Reason& reason : reasons) {
        if (reason.rule == "light.amber.exercise_pain") {
            add("exercise_pain");
        } else if (reason.rule == "light.amber.painful_exercise") {
            add("painful_exercise");
        } else if (reason.rule == "light.amber.trend") {
            add("trend");
        } else if (reason.rule == "light.amber.settling") {
            add("back_to_best");
        } else if (reason.rule == "light.amber.swelling") {
            add("swelling");
        } else if (reason.rule == "light.amber.night_pain") {
            add("night_pain");
        } else if (reason.rule == "light.amber.rest_pain") {
            add("rest_pain");
        } else if (reason.rule == "light.amber.activity_pain") {
            add("activity_pain");
        } else if (reason.rule == "log.next_morning") {
            add("next_morning");
        }
    }
    if (waits.empty()) {
        add("next_morning");
    }
    return {"advice.amber_wait",
            {{"waits", value::words(waits)},
             {"green_max", value::number(rules.greenMaxExercisePain)},
             {"amber_max", value::number(rules.amberMaxExercisePain)},
             {"rest_limit", value::number(rules.amberRestPain)},
             {"activity_limit", value::number(rules.amberActivityPain)}}};
}

bool amberFromNamedExercises(const std::vector<Reason>& reasons, const CheckIn& latest,
                             const ProgressionRules& rules)
{
    const bool onlyExercisePain =
        std::all_of(reasons.begin(), reasons.end(), [](const Reason& reason) {
            // A worse next morning is the whole knee's answer, not one exercise's.
            return reason.rule == "light.amber.exercise_pain" ||
                   (reason.rule.rfind("log.", 0) == 0 && reason.rule != "log.next_morning");
        });
    bool named = false;
    for (const auto& [id, pain] : latest.painfulExercises) {
        if (pain > rules.amberMaxExercisePain) {
            return false;
        }
        named = named || pain > rules.greenMaxExercisePain;
    }
    return onlyExercisePain && named;
}

int restartPhase(WeekAssessment& out, const PlanRequest& request, const Plan& previous,
                 const ProgressionRules& rules)
{
    const ClinicianReview* review = reviewSince(request, previous.weekStart - std::chrono::days(7));
    const int before = std::clamp(previous.decision.phase, 1, 4);
    const int phase = review != nullptr
                          ? std::max(1, before - rules.restartPhaseDrop)
                          : std::clamp(std::min(rules.restartPhaseUncleared, before), 1, 4);
    Reason restart{"refer.restart",
                   {{"phase", value::number(phase)},
                    {"before", value::number(before)},
                    {"max_flexion", value::word(toString(rules.redMaxKneeFlexion))},
                    {"max_impact", value::word(toString(rules.redMaxImpact))},
                    {"needed", value::number(rules.restartSettledWeeks)}}};
    if (review != nullptr) {
        restart.values["clinician"] = value::text(review->clinician);
        restart.values["seen"] = value::date(review->date);
        if (!review->note.empty()) {
            restart.values["note"] = value::text(review->note);
        }
    }
    out.decision.reasons.push_back(std::move(restart));
    out.advice.push_back({"advice.welcome_back"});
    return phase;
}

} // namespace glidepath::core::detail
