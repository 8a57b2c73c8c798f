#include "engine_text.h"

#include <glidepath/core/progression_steps.h>

#include <algorithm>

namespace glidepath::core {

namespace {

int severity(Light light)
{
    switch (light) {
    case Light::Green:
        return 0;
    case Light::Amber:
        return 1;
    case Light::Red:
        return 2;
    case Light::None:
        break;
    }
    return -1;
}

struct Collector
{
    Light light = Light::Green;
    std::vector<Reason> reasons;

    void fire(Light level, std::string rule, std::string text)
    {
        if (severity(level) > severity(light)) {
            light = level;
        }
        reasons.push_back({std::move(rule), std::move(text)});
    }
};

// The rise of rest and activity pain over the best (lowest) of the last few check-ins ("pain and
// stiffness must not rise"): a rolling baseline, so that a one-point creep each week is seen.
void checkTrend(Collector& out, const CheckIn& now, std::span<const CheckIn> earlier,
                const ProgressionRules& rules)
{
    const CheckIn* bestRest = nullptr;
    const CheckIn* bestActivity = nullptr;
    for (const CheckIn& c : earlier) {
        if (bestRest == nullptr || c.painRest <= bestRest->painRest) {
            bestRest = &c;
        }
        if (bestActivity == nullptr || c.painActivity <= bestActivity->painActivity) {
            bestActivity = &c;
        }
    }
    if (bestRest == nullptr) {
        return;
    }
    const int riseRest = now.painRest - bestRest->painRest;
    const int riseActivity = now.painActivity - bestActivity->painActivity;
    const int rise = std::max(riseRest, riseActivity);
    if (rise < rules.amberTrendRise && rise < rules.redTrendRise) {
        return;
    }
    const bool red = rise >= rules.redTrendRise;
    const int limit = red ? rules.redTrendRise : rules.amberTrendRise;
    std::vector<std::string> rises;
    if (riseRest >= limit) {
        rises.push_back("rest pain rose from " + text::pain(bestRest->painRest) + " to " +
                        text::pain(now.painRest) + " (from the check-in of " +
                        toIsoString(bestRest->date) + ")");
    }
    if (riseActivity >= limit) {
        rises.push_back("activity pain rose from " + text::pain(bestActivity->painActivity) +
                        " to " + text::pain(now.painActivity) + " (from the check-in of " +
                        toIsoString(bestActivity->date) + ")");
    }
    std::string sentence = text::capitalised(text::joinAnd(rises)) + ", the best of the last " +
                           std::to_string(earlier.size()) + " check-in" +
                           (earlier.size() == 1 ? "" : "s");
    if (red) {
        out.fire(Light::Red, "light.red.trend",
                 sentence + ": a rise of " + std::to_string(rules.redTrendRise) +
                     " points or more.");
    } else {
        out.fire(Light::Amber, "light.amber.trend",
                 sentence + ": a small rise (" + std::to_string(rules.amberTrendRise) +
                     " point or more, under " + std::to_string(rules.redTrendRise) + ").");
    }
}

// Absolute limits on rest and activity pain: high pain is never green, whatever the change.
// An exercise that hurt above the amber limit makes the week at least amber (and so blocks the
// phase gates), even when the overall exercise pain was lower.
void checkLevels(Collector& out, const CheckIn& now, const ProgressionRules& rules)
{
    std::vector<std::string> painful;
    for (const auto& [id, pain] : now.painfulExercises) {
        if (pain > rules.amberMaxExercisePain) {
            painful.push_back(id + " " + text::pain(pain));
        }
    }
    if (!painful.empty() && now.painExercise <= rules.amberMaxExercisePain) {
        out.fire(Light::Amber, "light.amber.painful_exercise",
                 "An exercise hurt above " + std::to_string(rules.amberMaxExercisePain) + ": " +
                     text::joinAnd(painful) + ".");
    }
    if (now.painRest >= rules.redRestPain) {
        out.fire(Light::Red, "light.red.rest_pain",
                 "Rest pain is " + text::pain(now.painRest) + " (" +
                     std::to_string(rules.redRestPain) + " or more).");
    } else if (now.painRest >= rules.amberRestPain) {
        out.fire(Light::Amber, "light.amber.rest_pain",
                 "Rest pain is " + text::pain(now.painRest) + " (" +
                     std::to_string(rules.amberRestPain) + " or more).");
    }
    if (now.painActivity >= rules.redActivityPain) {
        out.fire(Light::Red, "light.red.activity_pain",
                 "Pain in everyday activity is " + text::pain(now.painActivity) + " (" +
                     std::to_string(rules.redActivityPain) + " or more).");
    } else if (now.painActivity >= rules.amberActivityPain) {
        out.fire(Light::Amber, "light.amber.activity_pain",
                 "Pain in everyday activity is " + text::pain(now.painActivity) + " (" +
                     std::to_string(rules.amberActivityPain) + " or more).");
    }
}

} // namespace

LightResult evaluateLight(std::span<const CheckIn> checkins, std::size_t index,
                          const ProgressionRules& rules)
{
    if (index >= checkins.size()) {
        return {};
    }
    const CheckIn& now = checkins[index];
    const CheckIn* before = index > 0 ? &checkins[index - 1] : nullptr;
    Collector out;

    if (now.painExercise > rules.amberMaxExercisePain) {
        out.fire(Light::Red, "light.red.exercise_pain",
                 "Pain during exercise was " + text::pain(now.painExercise) + ", above " +
                     std::to_string(rules.amberMaxExercisePain) + ".");
    } else if (now.painExercise > rules.greenMaxExercisePain) {
        out.fire(Light::Amber, "light.amber.exercise_pain",
                 "Pain during exercise was " + text::pain(now.painExercise) + ": above " +
                     std::to_string(rules.greenMaxExercisePain) + " but not above " +
                     std::to_string(rules.amberMaxExercisePain) + ".");
    }
    if (now.nextMorning == NextMorning::Higher) {
        out.fire(Light::Red, "light.red.next_morning",
                 "Pain the next morning was higher than usual instead of settling.");
    }
    checkLevels(out, now, rules);
    const std::size_t window = std::min<std::size_t>(
        index, static_cast<std::size_t>(std::max(1, rules.trendBaselineCheckins)));
    checkTrend(out, now, checkins.subspan(index - window, window), rules);
    if (now.swelling == Swelling::New) {
        out.fire(Light::Red, "light.red.new_swelling", "New swelling was reported.");
    } else if (now.swelling == Swelling::Same && rules.amberOnOngoingSwelling) {
        out.fire(Light::Amber, "light.amber.swelling",
                 "Swelling is still there, no worse than before.");
    }
    if (now.nightPain) {
        if (before == nullptr || !before->nightPain) {
            out.fire(Light::Red, "light.red.night_pain",
                     before == nullptr ? "Night pain was reported."
                                       : "Night pain was reported and is new since the check-in "
                                         "of " +
                                             toIsoString(before->date) + ".");
        } else if (rules.amberOnOngoingNightPain) {
            out.fire(Light::Amber, "light.amber.night_pain",
                     "Night pain continues from the check-in of " + toIsoString(before->date) +
                         ".");
        }
    }

    if (out.reasons.empty()) {
        std::string sentence = "Pain during exercise was " + text::pain(now.painExercise) + " (" +
                               std::to_string(rules.greenMaxExercisePain) +
                               " or less), the next morning was settled";
        if (before != nullptr) {
            sentence += ", rest and activity pain did not rise (last check-in: rest " +
                        text::pain(before->painRest) + " → " + text::pain(now.painRest) +
                        ", activity " + text::pain(before->painActivity) + " → " +
                        text::pain(now.painActivity) + ")";
        }
        out.fire(Light::Green, "light.green", sentence + ", with no swelling or night pain.");
    }
    return {out.light, std::move(out.reasons)};
}

} // namespace glidepath::core
