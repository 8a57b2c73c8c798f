#include "json_reader.h"

#include <glidepath/io/builtin_data.h>
#include <glidepath/io/rules_format.h>

#include <algorithm>
#include <climits>

namespace glidepath::io {

namespace {

using detail::ObjectReader;
using detail::Presence;

constexpr std::string_view kFormat = "glidepath-rules";

// Reads {"rules": {"<id>": {"summary": ..., "source": ..., <numbers>}}}. Each rule is read by
// one call; the object reports unknown rule ids, the rule reports unknown fields.
class RulesReader
{
public:
    RulesReader(ObjectReader& root, std::vector<FormatIssue>& issues)
        : m_rules(root.child("rules")), m_issues(issues)
    {}

    template <typename Body> void rule(std::string_view id, Body body)
    {
        ObjectReader reader = m_rules.child(id);
        std::string note;
        reader.readString("summary", note, Presence::Optional);
        reader.readString("source", note, Presence::Optional);
        body(reader);
        reader.finish();
    }

    void finish() { m_rules.finish(); }

    // A rule that needs no number: it only has to be present (and may carry notes).
    void present(std::string_view id)
    {
        rule(id, [](ObjectReader&) {});
    }

    // Reported only when the value itself was fine: an out-of-range value is reported once.
    void contradiction(std::string pointer, std::string_view kind,
                       std::vector<std::string> values = {})
    {
        const bool reported =
            std::any_of(m_issues.begin(), m_issues.end(),
                        [&](const FormatIssue& issue) { return issue.pointer == pointer; });
        if (!reported) {
            m_issues.push_back(formatIssue(std::move(pointer), kind, std::move(values)));
        }
    }

private:
    ObjectReader m_rules;
    std::vector<FormatIssue>& m_issues;
};

// A list of condition names. Read here rather than with ObjectReader::readEnumList, whose
// instantiation for this enum trips a false -Wrestrict warning in GCC 12 release builds.
void readConditions(ObjectReader& reader, std::string_view key, std::vector<core::Condition>& out,
                    std::vector<FormatIssue>& issues)
{
    std::vector<std::string> names;
    if (!reader.readStringList(key, names)) {
        return;
    }
    out.clear();
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::string at = reader.pointerTo(key);
        at += '/';
        at += std::to_string(i);
        const auto condition = core::parseEnum<core::Condition>(names[i]);
        if (!condition) {
            std::vector<std::string> values{detail::describeValue(nlohmann::json(names[i]))};
            for (std::string& name : core::nameList<core::Condition>()) {
                values.push_back(std::move(name));
            }
            issues.push_back(formatIssue(std::move(at), "enum.not_one_of", std::move(values)));
        } else if (core::contains(out, *condition)) {
            issues.push_back(formatIssue(std::move(at), "list.repeated"));
        } else {
            out.push_back(*condition);
        }
    }
}

void readGate(RulesReader& rules, int from, core::PhaseGateRule& gate)
{
    const std::string id = "phase.gate." + std::to_string(from) + "_" + std::to_string(from + 1);
    rules.rule(id, [&](ObjectReader& r) {
        r.readInt("green_weeks", gate.greenWeeks, 1, 52);
        r.readInt("rest_pain_max", gate.maxRestPain, 0, 10);
        r.readInt("activity_pain_max", gate.maxActivityPain, 0, 10);
        r.readInt("single_leg_pain_max", gate.maxSingleLegPain, 0, 10);
        r.readBool("require_no_swelling", gate.requireNoSwelling);
        r.readBool("require_sport_goal", gate.requireSportGoal);
    });
}

core::ProgressionRules readRules(ObjectReader& root, std::vector<FormatIssue>& issues)
{
    core::ProgressionRules out;
    RulesReader rules(root, issues);

    rules.rule("phase.start", [&](ObjectReader& r) { r.readInt("phase", out.startPhase, 1, 4); });
    rules.present("refer.red_flag");
    rules.present("checkin.none");
    rules.present("checkin.not_new");
    rules.rule("checkin.recent",
               [&](ObjectReader& r) { r.readInt("max_age_days", out.checkinMaxAgeDays, 1, 365); });

    rules.rule("light.green", [&](ObjectReader& r) {
        r.readInt("exercise_pain_max", out.greenMaxExercisePain, 0, 10);
    });
    rules.rule("light.amber.exercise_pain", [&](ObjectReader& r) {
        r.readInt("exercise_pain_max", out.amberMaxExercisePain, 0, 10);
    });
    rules.present("light.red.exercise_pain");
    rules.present("light.red.next_morning");
    rules.rule("light.amber.trend",
               [&](ObjectReader& r) { r.readInt("rise_points", out.amberTrendRise, 1, 10); });
    rules.rule("light.red.trend",
               [&](ObjectReader& r) { r.readInt("rise_points", out.redTrendRise, 1, 10); });
    rules.rule("light.trend.baseline",
               [&](ObjectReader& r) { r.readInt("checkins", out.trendBaselineCheckins, 1, 12); });
    rules.rule("light.amber.settling",
               [&](ObjectReader& r) { r.readBool("enabled", out.settlingTrendHolds); });
    rules.rule("light.amber.rest_pain",
               [&](ObjectReader& r) { r.readInt("pain_min", out.amberRestPain, 1, 10); });
    rules.rule("light.red.rest_pain",
               [&](ObjectReader& r) { r.readInt("pain_min", out.redRestPain, 1, 10); });
    rules.rule("light.amber.activity_pain",
               [&](ObjectReader& r) { r.readInt("pain_min", out.amberActivityPain, 1, 10); });
    rules.rule("light.red.activity_pain",
               [&](ObjectReader& r) { r.readInt("pain_min", out.redActivityPain, 1, 10); });
    rules.present("light.amber.painful_exercise");
    rules.present("light.red.new_swelling");
    rules.rule("light.amber.swelling",
               [&](ObjectReader& r) { r.readBool("enabled", out.amberOnOngoingSwelling); });
    rules.present("light.red.night_pain");
    rules.rule("light.amber.night_pain",
               [&](ObjectReader& r) { r.readBool("enabled", out.amberOnOngoingNightPain); });

    rules.present("action.progress");
    rules.present("action.hold.amber");
    rules.rule("action.hold.adherence",
               [&](ObjectReader& r) { r.readNumber("adherence_min", out.minAdherence, 0.0, 1.0); });
    rules.rule("action.hold.too_hard",
               [&](ObjectReader& r) { r.readBool("enabled", out.holdWhenTooHard); });
    rules.present("action.regress");
    rules.present("action.progress.none");
    rules.present("action.progress.per_exercise");
    rules.present("plan.first");
    rules.rule("week.sessions_from_adherence", [&](ObjectReader& r) {
        r.readInt("sessions_above_done", out.sessionsAboveDone, 0, 7);
    });
    rules.rule("escalate.persistent",
               [&](ObjectReader& r) { r.readInt("weeks", out.persistentWeeksForReview, 2, 12); });
    rules.rule("escalate.amber_run",
               [&](ObjectReader& r) { r.readInt("weeks", out.amberWeeksForReview, 2, 12); });
    rules.rule("refer.restart", [&](ObjectReader& r) {
        r.readInt("phase_drop", out.restartPhaseDrop, 1, 3);
        r.readInt("phase_uncleared", out.restartPhaseUncleared, 1, 4);
        r.readInt("settled_weeks", out.restartSettledWeeks, 1, 12);
    });
    rules.present("refer.ramp");
    rules.rule("surgery.phase_weeks", [&](ObjectReader& r) {
        for (core::Operation operation : core::allValues<core::Operation>()) {
            ObjectReader weeks = r.child(core::toString(operation));
            auto& row = out.surgeryPhaseWeeks[static_cast<std::size_t>(operation)];
            weeks.readInt("phase_2", row.phase2, 0, 104);
            weeks.readInt("phase_3", row.phase3, 0, 104);
            weeks.readInt("phase_4", row.phase4, 0, 104);
            weeks.finish();
        }
    });
    rules.rule("surgery.weight_bearing", [&](ObjectReader& r) {
        r.readInt("max_phase", out.partialWeightBearingMaxPhase, 1, 4);
    });
    rules.present("surgery.clearance");
    rules.rule("select.irritable", [&](ObjectReader& r) {
        r.readInt("activity_pain_min", out.irritableActivityPain, 0, 10);
        r.readEnum("knee_flexion_max", out.irritableMaxKneeFlexion);
    });
    rules.rule("select.falls_risk", [&](ObjectReader& r) {
        r.readInt("age_min", out.fallsRiskAge, 18, 120);
        r.readInt("extra_green_weeks", out.fallsRiskExtraGreenWeeks, 0, 8);
    });
    rules.present("select.precautions");
    rules.present("select.painful_ladder");
    rules.rule("week.new_exercises",
               [&](ObjectReader& r) { r.readInt("max", out.maxNewExercisesPerWeek, 1, 20); });
    rules.rule("goal.walking", [&](ObjectReader& r) {
        r.readInt("gait_phase_min", out.walkingGoalGaitMinPhase, 1, 4);
        r.readInt("hold_step_seconds", out.walkingHoldStepSeconds, 0, 600);
    });
    rules.present("goal.running");
    rules.present("goal.stairs");
    rules.present("goal.squatting");
    rules.present("goal.daily_living");
    rules.present("goal.hip_balance");
    rules.rule("regress.two_red_weeks", [&](ObjectReader& r) {
        r.readInt("red_weeks", out.redWeeksForReset, 1, 10);
        r.readInt("return_phase", out.resetPhase, 1, 4);
    });

    readGate(rules, 1, out.phaseGates[0]);
    readGate(rules, 2, out.phaseGates[1]);
    readGate(rules, 3, out.phaseGates[2]);

    rules.rule("dose.progress", [&](ObjectReader& r) {
        r.readInt("reps_step", out.repsStep, 0, 10);
        r.readInt("sets_step", out.setsStep, 0, 5);
        r.readInt("rep_hold_step_seconds", out.repHoldStepSeconds, 0, 30);
        r.readInt("hold_step_seconds", out.holdStepSeconds, 0, 120);
        r.readInt("tempo_lower_step_seconds", out.tempoLowerStepSeconds, 0, 5);
        r.readInt("tempo_lower_max_seconds", out.tempoLowerMaxSeconds, 0, 10);
    });
    rules.rule("dose.load",
               [&](ObjectReader& r) { r.readInt("level_step", out.loadLevelStep, 0, 4); });
    rules.rule("dose.regress", [&](ObjectReader& r) {
        r.readNumber("volume_kept", out.regressVolumeFactor, 0.1, 0.95);
    });
    rules.rule("exercise.swap_painful",
               [&](ObjectReader& r) { r.readInt("pain_above", out.swapExercisePainAbove, 0, 10); });
    rules.rule("exercise.hold_painful",
               [&](ObjectReader& r) { r.readInt("pain_above", out.holdExercisePainAbove, 0, 10); });
    rules.rule("log.adherence",
               [&](ObjectReader& r) { r.readBool("enabled", out.adherenceFromLogs); });
    rules.present("log.pain");
    rules.rule("log.painful",
               [&](ObjectReader& r) { r.readInt("pain_above", out.loggedPainfulAbove, 0, 10); });
    rules.rule("log.skipped",
               [&](ObjectReader& r) { r.readBool("enabled", out.holdSkippedExercises); });
    rules.rule("run.entry", [&](ObjectReader& r) {
        r.readInt("walk_minutes", out.runEntryWalkMinutes, 1, 120);
        r.readInt("hop_pain_max", out.runEntryHopPainMax, 0, 10);
    });
    rules.rule("run.advance", [&](ObjectReader& r) {
        r.readInt("run_step_seconds", out.runHoldStepSeconds, 0, 300);
    });
    rules.rule("log.next_morning", [&](ObjectReader& r) {
        std::string light;
        if (r.readString("light", light)) {
            if (light == "amber" || light == "red") {
                out.loggedWorseMorningRed = light == "red";
            } else {
                issues.push_back(formatIssue(r.pointerTo("light"), "rules.light", {light}));
            }
        }
    });

    rules.rule("select.kneeling", [&](ObjectReader& r) {
        r.readInt("activity_pain_min", out.kneelingExclusionActivityPain, 0, 10);
        readConditions(r, "conditions", out.kneelingExclusionConditions, issues);
    });
    rules.rule("select.equipment",
               [&](ObjectReader& r) { r.readBool("assume_mat", out.assumeMat); });
    rules.rule("select.red_caps", [&](ObjectReader& r) {
        r.readEnum("knee_flexion_max", out.redMaxKneeFlexion);
        r.readEnum("impact_max", out.redMaxImpact);
    });
    rules.rule("select.landing",
               [&](ObjectReader& r) { r.readInt("phase_min", out.landingMinPhase, 1, 4); });
    rules.rule("select.gait",
               [&](ObjectReader& r) { r.readInt("phase_min", out.gaitMinPhase, 1, 4); });
    rules.present("keep.previous");

    rules.rule("week.strength_sessions", [&](ObjectReader& r) {
        r.readInt("min", out.minStrengthSessions, 1, 3);
        r.readInt("max", out.maxStrengthSessions, 1, 3);
        r.readInt("max_when_red", out.redMaxStrengthSessions, 1, 3);
    });
    rules.rule("week.rest_days", [&](ObjectReader& r) { r.readInt("min", out.minRestDays, 1, 5); });
    rules.present("week.strength_slots");
    rules.rule("week.variety",
               [&](ObjectReader& r) { r.readInt("exercises_per_slot", out.slotVariety, 1, 5); });
    rules.rule("week.mobility_day", [&](ObjectReader& r) {
        r.readInt("exercises_max", out.mobilityDayMaxExercises, 1, 4);
    });
    rules.rule("week.budget", [&](ObjectReader& r) {
        r.readInt("rep_seconds", out.defaultRepSeconds, 1, 20);
        r.readInt("setup_seconds", out.setupSecondsPerExercise, 0, 300);
        r.readInt("unilateral_factor", out.unilateralFactor, 1, 3);
    });
    rules.finish();

    // Limits that only make sense in one order.
    if (out.amberMaxExercisePain < out.greenMaxExercisePain) {
        rules.contradiction(
            "/rules/light.amber.exercise_pain/exercise_pain_max", "rules.not_below",
            {"light.green", "exercise_pain_max", std::to_string(out.greenMaxExercisePain)});
    }
    if (out.redTrendRise < out.amberTrendRise) {
        rules.contradiction(
            "/rules/light.red.trend/rise_points", "rules.not_below",
            {"light.amber.trend", "rise_points", std::to_string(out.amberTrendRise)});
    }
    if (out.redRestPain < out.amberRestPain) {
        rules.contradiction(
            "/rules/light.red.rest_pain/pain_min", "rules.not_below",
            {"light.amber.rest_pain", "pain_min", std::to_string(out.amberRestPain)});
    }
    if (out.redActivityPain < out.amberActivityPain) {
        rules.contradiction(
            "/rules/light.red.activity_pain/pain_min", "rules.not_below",
            {"light.amber.activity_pain", "pain_min", std::to_string(out.amberActivityPain)});
    }
    for (core::Operation operation : core::allValues<core::Operation>()) {
        const auto& row = out.surgeryPhaseWeeks[static_cast<std::size_t>(operation)];
        if (row.phase3 < row.phase2 || row.phase4 < row.phase3) {
            rules.contradiction("/rules/surgery.phase_weeks/" +
                                    std::string(core::toString(operation)),
                                "rules.weeks_down");
        }
    }
    if (out.maxStrengthSessions < out.minStrengthSessions) {
        rules.contradiction("/rules/week.strength_sessions/max", "rules.below_min",
                            {std::to_string(out.minStrengthSessions)});
    }
    if (out.holdExercisePainAbove > out.swapExercisePainAbove) {
        rules.contradiction(
            "/rules/exercise.hold_painful/pain_above", "rules.not_above",
            {"exercise.swap_painful", "pain_above", std::to_string(out.swapExercisePainAbove)});
    }
    return out;
}

} // namespace

namespace {

core::ProgressionRules readRulesDocument(std::string_view json)
{
    std::vector<FormatIssue> issues;
    const std::optional<nlohmann::json> root = detail::parseJson(json, issues);
    if (!root) {
        throw FormatError(std::move(issues));
    }
    if (!detail::checkHeader(*root, kFormat, kRulesFormatVersion,
                             "a Glidepath progression rules file", issues)) {
        detail::fail(json, std::move(issues));
    }
    issues = detail::duplicateKeys(json);
    ObjectReader reader(*root, "", issues);
    std::string format;
    int version = 0;
    reader.readString("format", format);
    reader.readInt("version", version, kRulesFormatVersion, kRulesFormatVersion);
    core::ProgressionRules rules = readRules(reader, issues);
    reader.finish();
    if (!issues.empty()) {
        detail::fail(json, std::move(issues));
    }
    return rules;
}

} // namespace

core::ProgressionRules parseRules(std::string_view json)
{
    return detail::guarded([&] { return readRulesDocument(json); });
}

const core::ProgressionRules& builtinRules()
{
    static const core::ProgressionRules rules = parseRules(builtinRulesJson());
    return rules;
}

} // namespace glidepath::io
