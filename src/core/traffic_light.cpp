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

// The week-on-week rise of rest and activity pain ("pain and stiffness must not rise").
void checkTrend(Collector& out, const CheckIn& now, const CheckIn& before,
                const ProgressionRules& rules)
{
    const int riseRest = now.painRest - before.painRest;
    const int riseActivity = now.painActivity - before.painActivity;
    const int rise = std::max(riseRest, riseActivity);
    if (rise < rules.amberTrendRise && rise < rules.redTrendRise) {
        return;
    }
    const bool red = rise >= rules.redTrendRise;
    const int limit = red ? rules.redTrendRise : rules.amberTrendRise;
    std::vector<std::string> rises;
    if (riseRest >= limit) {
        rises.push_back("rest pain rose from " + text::pain(before.painRest) + " to " +
                        text::pain(now.painRest));
    }
    if (riseActivity >= limit) {
        rises.push_back("activity pain rose from " + text::pain(before.painActivity) + " to " +
                        text::pain(now.painActivity));
    }
    std::string sentence = text::capitalised(text::joinAnd(rises)) + " since the check-in of " +
                           toIsoString(before.date);
    if (red) {
        out.fire(Light::Red, "light.red.trend",
                 sentence + ": a rise of " + std::to_string(rules.redTrendRise) +
                     " points or more in a week.");
    } else {
        out.fire(Light::Amber, "light.amber.trend",
                 sentence + ": a small rise (" + std::to_string(rules.amberTrendRise) +
                     " point or more, under " + std::to_string(rules.redTrendRise) + ").");
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
    if (before != nullptr) {
        checkTrend(out, now, *before, rules);
    }
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
            sentence += ", rest and activity pain did not rise (rest " +
                        text::pain(before->painRest) + " → " + text::pain(now.painRest) +
                        ", activity " + text::pain(before->painActivity) + " → " +
                        text::pain(now.painActivity) + ")";
        }
        out.fire(Light::Green, "light.green", sentence + ", with no swelling or night pain.");
    }
    return {out.light, std::move(out.reasons)};
}

} // namespace glidepath::core
