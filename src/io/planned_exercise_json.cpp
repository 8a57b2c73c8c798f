#include "planned_exercise_json.h"

#include "reason_json.h"

#include <glidepath/core/enum_names.h>
#include <glidepath/core/load.h>
#include <glidepath/core/progression_steps.h>

namespace glidepath::io::detail {

core::PlannedExercise readPlannedExercise(const nlohmann::json& value, const std::string& pointer,
                                          std::vector<FormatIssue>& issues,
                                          PlannedExerciseRules rules)
{
    const Presence planOnly =
        rules == PlannedExerciseRules::Plan ? Presence::Required : Presence::Optional;
    core::PlannedExercise planned;
    ObjectReader reader(value, pointer, issues);
    if (!reader.isObject()) {
        return planned;
    }
    reader.readString("id", planned.id);
    reader.readString("name", planned.name);
    reader.readInt("sets", planned.sets, 1, 10);
    reader.readInt("reps", planned.reps, 0, 50, Presence::Optional);
    reader.readInt("hold_seconds", planned.holdSeconds, 0, 300, Presence::Optional);
    if (reader.readString("tempo", planned.tempo, Presence::Optional) && !planned.tempo.empty() &&
        !core::parseTempo(planned.tempo)) {
        issues.push_back(formatIssue(reader.pointerTo("tempo"), "planned.tempo",
                                     {describeValue(nlohmann::json(planned.tempo))}));
    }
    reader.readInt("rest_seconds", planned.restSeconds, 0, 600, Presence::Optional);
    reader.readEnum("side", planned.side, planOnly);
    if (const nlohmann::json* reason = reader.readValue("reason", planOnly)) {
        planned.reason = readReason(*reason, reader.pointerTo("reason"), issues);
    }
    // dose.load, optional: {"kind": "band", "level": 2}; plans from before loads have none.
    if (const nlohmann::json* load = reader.readValue("load", Presence::Optional)) {
        ObjectReader loadReader(*load, reader.pointerTo("load"), issues);
        if (loadReader.isObject()) {
            loadReader.readEnum("kind", planned.loadKind);
            loadReader.readInt("level", planned.loadLevel, 0,
                               core::maxLoadLevelOf(planned.loadKind));
            loadReader.finish();
        }
    }
    reader.finish();
    return planned;
}

nlohmann::ordered_json plannedExerciseJson(const core::PlannedExercise& planned,
                                           const ReasonWords& words)
{
    nlohmann::ordered_json exercise;
    exercise["id"] = planned.id;
    exercise["name"] = planned.name;
    exercise["sets"] = planned.sets;
    if (planned.reps > 0) {
        exercise["reps"] = planned.reps;
    }
    if (planned.holdSeconds > 0) {
        exercise["hold_seconds"] = planned.holdSeconds;
    }
    exercise["tempo"] = planned.tempo;
    exercise["rest_seconds"] = planned.restSeconds;
    exercise["side"] = std::string(core::toString(planned.side));
    exercise["reason"] = reasonJson(planned.reason, words);
    if (planned.loadKind != core::LoadKind::None) {
        exercise["load"] = {{"kind", std::string(core::toString(planned.loadKind))},
                            {"level", planned.loadLevel}};
    }
    return exercise;
}

} // namespace glidepath::io::detail
