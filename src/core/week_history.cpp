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

std::string redRunDates(std::span<const CheckIn> checkins, int run)
{
    std::vector<std::string> dates;
    const std::size_t from = checkins.size() - std::min<std::size_t>(checkins.size(), run);
    for (std::size_t i = from; i < checkins.size(); ++i) {
        dates.push_back(toIsoString(checkins[i].date));
    }
    return text::joinAnd(dates);
}

void escalate(WeekAssessment& out, std::span<const CheckIn> checkins, const ProgressionRules& rules)
{
    std::vector<std::string> why;
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
            const std::string sentence = text::capitalised(text::joinAnd(what)) +
                                         " in each of the last " +
                                         std::to_string(persistent.size()) + " check-ins (since " +
                                         toIsoString(persistent.front().date) + ")";
            out.decision.reasons.push_back(
                {"escalate.persistent", sentence + ": a clinician should review the plan."});
            why.push_back(text::joinAnd(what) + " that has lasted " +
                          std::to_string(persistent.size()) + " weeks");
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
                {"escalate.amber_run", std::to_string(run.size()) +
                                           " amber or red weeks in a row (check-ins of " +
                                           redRunDates(checkins, static_cast<int>(run.size())) +
                                           "): a clinician should review the plan."});
            why.push_back(std::to_string(run.size()) + " weeks in a row without settling");
        }
    }
    if (!why.empty()) {
        out.advice.push_back("Please book a review with your physiotherapist or doctor: " +
                             text::joinAnd(why) + ".");
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

void referralAdvice(WeekAssessment& out)
{
    out.advice.push_back("Please pause the exercise programme and get checked before going on.");
    for (Urgency urgency : {Urgency::SameDay, Urgency::Soon}) {
        for (RedFlag flag : out.redFlags) {
            if (redFlagUrgency(flag) != urgency) {
                continue;
            }
            std::string line(redFlagReferral(flag));
            if (urgency == Urgency::SameDay) {
                line = "Today, not later: " + line;
            }
            out.advice.push_back(std::move(line));
        }
    }
}

void educationAdvice(WeekAssessment& out, const PlanRequest& request, const ProgressionRules& rules)
{
    const ClientProfile& client = request.client;
    if (out.irritable) {
        out.advice.push_back(
            "While the knee is irritable, ease off what loads it most for a while: fewer stairs, "
            "no deep squatting or kneeling, and stand up and move every half hour when sitting. "
            "This is for now, not for ever.");
    }
    if (contains(client.goals, Goal::Running) || contains(client.goals, Goal::JumpingSport)) {
        out.advice.push_back(
            "If you run: keep your running at a level where pain stays at " +
            std::to_string(rules.greenMaxExercisePain) +
            "/10 or less and is settled by the next morning. Cut the distance rather than stop "
            "altogether, run every other day, and slightly quicker, shorter steps can ease the "
            "knee.");
    }
    if (out.context.fallsRisk) {
        out.advice.push_back("Do the balance exercises next to a sturdy chair or a wall and hold "
                             "on whenever you need to.");
    }
    out.advice.push_back("Change one thing at a time: when you add activity, add a little, and "
                         "keep it if the next morning is settled.");
}

std::string amberBlockers(const std::vector<Reason>& reasons, const ProgressionRules& rules)
{
    std::vector<std::string> waits;
    auto add = [&](std::string text) {
        if (!contains(waits, text)) {
            waits.push_back(std::move(text));
        }
    };
    for (const Reason& reason : reasons) {
        if (reason.rule == "light.amber.exercise_pain") {
            add("pain during exercise stays at " + std::to_string(rules.greenMaxExercisePain) +
                "/10 or less");
        } else if (reason.rule == "light.amber.painful_exercise") {
            add("no exercise hurts above " + std::to_string(rules.amberMaxExercisePain) + "/10");
        } else if (reason.rule == "light.amber.trend") {
            add("rest and activity pain stop rising");
        } else if (reason.rule == "light.amber.swelling") {
            add("the swelling has gone");
        } else if (reason.rule == "light.amber.night_pain") {
            add("the night pain has gone");
        } else if (reason.rule == "light.amber.rest_pain") {
            add("pain at rest is below " + std::to_string(rules.amberRestPain) + "/10");
        } else if (reason.rule == "light.amber.activity_pain") {
            add("pain in everyday activity is below " + std::to_string(rules.amberActivityPain) +
                "/10");
        }
    }
    if (waits.empty()) {
        add("the next morning is settled");
    }
    return "Stay at this level for now; the plan moves on once " + text::joinAnd(waits) + ".";
}

bool amberFromNamedExercises(const std::vector<Reason>& reasons, const CheckIn& latest,
                             const ProgressionRules& rules)
{
    const bool onlyExercisePain =
        std::all_of(reasons.begin(), reasons.end(), [](const Reason& reason) {
            return reason.rule == "light.amber.exercise_pain" || reason.rule.rfind("log.", 0) == 0;
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
    std::string text = "Last week's plan was a referral for a red flag. ";
    if (review != nullptr) {
        text += "Seen and cleared by " + review->clinician + " on " + toIsoString(review->date);
        if (!review->note.empty()) {
            text += " (\"" + review->note + "\")";
        }
        text += ": restarts in phase " + std::to_string(phase) + ", below phase " +
                std::to_string(before) + " before the referral";
    } else {
        text += "No clinician review is recorded since then, only the check-in's answers: "
                "restarts in phase " +
                std::to_string(phase);
    }
    text += ", at starting doses, with loaded knee bending kept to " +
            std::string(toString(rules.redMaxKneeFlexion)) + " and impact to " +
            std::string(toString(rules.redMaxImpact)) + " until " +
            std::to_string(rules.restartSettledWeeks) + " green weeks in a row.";
    out.decision.reasons.push_back({"refer.restart", text});
    out.advice.push_back("Welcome back. The plan restarts gently after the check-up and builds up "
                         "again over the next weeks.");
    return phase;
}

} // namespace glidepath::core::detail
