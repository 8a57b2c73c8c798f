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

    void fire(Light level, std::string rule,
              std::map<std::string, ReasonValue, std::less<>> values = {})
    {
        if (severity(level) > severity(light)) {
            light = level;
        }
        reasons.push_back({std::move(rule), std::move(values)});
    }
};

// After a flare the rolling baseline still sees a rise while the knee settles. A rise is settling
// when every measure that rose over the baseline is lower than at the previous check-in and
// neither measure went up since then: pain is coming down, not creeping up (light.amber.settling).
bool settling(const CheckIn& now, const CheckIn& before, bool restRose, bool activityRose)
{
    if (now.painRest > before.painRest || now.painActivity > before.painActivity) {
        return false;
    }
    return (!restRose || now.painRest < before.painRest) &&
           (!activityRose || now.painActivity < before.painActivity);
}

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
    if (red && rules.settlingTrendHolds &&
        settling(now, earlier.back(), riseRest >= limit, riseActivity >= limit)) {
        std::map<std::string, ReasonValue, std::less<>> values{
            {"baseline_checkins", value::number(static_cast<int>(earlier.size()))},
            {"before", value::date(earlier.back().date)}};
        if (riseRest >= limit) {
            values["rest_best"] = value::pain(bestRest->painRest);
            values["rest_before"] = value::pain(earlier.back().painRest);
            values["rest_now"] = value::pain(now.painRest);
        }
        if (riseActivity >= limit) {
            values["activity_best"] = value::pain(bestActivity->painActivity);
            values["activity_before"] = value::pain(earlier.back().painActivity);
            values["activity_now"] = value::pain(now.painActivity);
        }
        out.fire(Light::Amber, "light.amber.settling", std::move(values));
        return;
    }
    std::map<std::string, ReasonValue, std::less<>> values{
        {"baseline_checkins", value::number(static_cast<int>(earlier.size()))},
        {"amber_rise", value::number(rules.amberTrendRise)},
        {"red_rise", value::number(rules.redTrendRise)}};
    if (riseRest >= limit) {
        values["rest_from"] = value::pain(bestRest->painRest);
        values["rest_to"] = value::pain(now.painRest);
        values["rest_since"] = value::date(bestRest->date);
    }
    if (riseActivity >= limit) {
        values["activity_from"] = value::pain(bestActivity->painActivity);
        values["activity_to"] = value::pain(now.painActivity);
        values["activity_since"] = value::date(bestActivity->date);
    }
    out.fire(red ? Light::Red : Light::Amber, red ? "light.red.trend" : "light.amber.trend",
             std::move(values));
}

// Absolute limits on rest and activity pain: high pain is never green, whatever the change.
// An exercise that hurt above the amber limit makes the week at least amber (and so blocks the
// phase gates), even when the overall exercise pain was lower.
void checkLevels(Collector& out, const CheckIn& now, const ProgressionRules& rules)
{
    std::vector<ReasonValue> painful;
    for (const auto& [id, pain] : now.painfulExercises) {
        if (pain > rules.amberMaxExercisePain) {
            painful.push_back(value::exercise(id, id, pain));
        }
    }
    if (!painful.empty() && now.painExercise <= rules.amberMaxExercisePain) {
        out.fire(Light::Amber, "light.amber.painful_exercise",
                 {{"limit", value::number(rules.amberMaxExercisePain)},
                  {"exercises", value::list(std::move(painful))}});
    }
    if (now.painRest >= rules.redRestPain) {
        out.fire(
            Light::Red, "light.red.rest_pain",
            {{"pain", value::pain(now.painRest)}, {"limit", value::number(rules.redRestPain)}});
    } else if (now.painRest >= rules.amberRestPain) {
        out.fire(
            Light::Amber, "light.amber.rest_pain",
            {{"pain", value::pain(now.painRest)}, {"limit", value::number(rules.amberRestPain)}});
    }
    if (now.painActivity >= rules.redActivityPain) {
        out.fire(Light::Red, "light.red.activity_pain",
                 {{"pain", value::pain(now.painActivity)},
                  {"limit", value::number(rules.redActivityPain)}});
    } else if (now.painActivity >= rules.amberActivityPain) {
        out.fire(Light::Amber, "light.amber.activity_pain",
                 {{"pain", value::pain(now.painActivity)},
                  {"limit", value::number(rules.amberActivityPain)}});
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
                 {{"pain", value::pain(now.painExercise)},
                  {"limit", value::number(rules.amberMaxExercisePain)}});
    } else if (now.painExercise > rules.greenMaxExercisePain) {
        out.fire(Light::Amber, "light.amber.exercise_pain",
                 {{"pain", value::pain(now.painExercise)},
                  {"green_max", value::number(rules.greenMaxExercisePain)},
                  {"limit", value::number(rules.amberMaxExercisePain)}});
    }
    if (now.nextMorning == NextMorning::Higher) {
        out.fire(Light::Red, "light.red.next_morning");
    }
    checkLevels(out, now, rules);
    const std::size_t window = std::min<std::size_t>(
        index, static_cast<std::size_t>(std::max(1, rules.trendBaselineCheckins)));
    checkTrend(out, now, checkins.subspan(index - window, window), rules);
    if (now.swelling == Swelling::New) {
        out.fire(Light::Red, "light.red.new_swelling");
    } else if (now.swelling == Swelling::Same && rules.amberOnOngoingSwelling) {
        out.fire(Light::Amber, "light.amber.swelling");
    }
    if (now.nightPain) {
        if (before == nullptr || !before->nightPain) {
            out.fire(Light::Red, "light.red.night_pain");
            if (before != nullptr) {
                out.reasons.back().values["since"] = value::date(before->date);
            }
        } else if (rules.amberOnOngoingNightPain) {
            out.fire(Light::Amber, "light.amber.night_pain",
                     {{"since", value::date(before->date)}});
        }
    }

    if (out.reasons.empty()) {
        std::map<std::string, ReasonValue, std::less<>> values{
            {"pain", value::pain(now.painExercise)},
            {"green_max", value::number(rules.greenMaxExercisePain)}};
        if (before != nullptr) {
            values["rest_from"] = value::pain(before->painRest);
            values["rest_to"] = value::pain(now.painRest);
            values["activity_from"] = value::pain(before->painActivity);
            values["activity_to"] = value::pain(now.painActivity);
        }
        out.fire(Light::Green, "light.green", std::move(values));
    }
    return {out.light, std::move(out.reasons)};
}

} // namespace glidepath::core
