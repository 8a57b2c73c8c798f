#include "library_exercise.h"

#include "illustration_json.h"
#include "json_reader.h"

#include <glidepath/core/validation.h>

#include <algorithm>

namespace glidepath::io::detail {

namespace {

// The ranges the format itself guarantees; consistency between fields is core validation's job.
constexpr int kMaxSets = 10;
constexpr int kMaxReps = 50;
constexpr int kMaxHoldSeconds = 300;
constexpr int kMaxRestSeconds = 600;
constexpr int kMaxLoadLevel = 20; // the most any load kind has (core::maxLoadLevelOf)
constexpr int kMinPhase = 1;
constexpr int kMaxPhase = 4;

} // namespace

core::Exercise readExercise(const nlohmann::json& value, const std::string& pointer, int version,
                            std::vector<FormatIssue>& issues, detail::ExerciseTexts& texts)
{
    core::Exercise exercise;
    ObjectReader reader(value, pointer, issues);
    if (!reader.isObject()) {
        return exercise;
    }
    reader.readString("id", exercise.id);
    reader.readString("name", exercise.name);
    reader.readString("summary", exercise.summary);
    reader.readStringList("instructions", exercise.instructions);
    reader.readStringList("cues", exercise.cues);
    reader.readEnum("category", exercise.category);
    reader.readInt("phase_min", exercise.phaseMin, kMinPhase, kMaxPhase);
    reader.readInt("phase_max", exercise.phaseMax, kMinPhase, kMaxPhase);
    reader.readEnum("position", exercise.position);
    reader.readEnumList("regions", exercise.regions);
    reader.readEnumList("muscles", exercise.muscles);
    reader.readEnum("knee_flexion", exercise.kneeFlexion);
    reader.readEnum("impact", exercise.impact);
    reader.readEnumList("equipment", exercise.equipment);
    reader.readEnum("laterality", exercise.laterality);

    ObjectReader dose = reader.child("dose");
    dose.readInt("sets", exercise.dose.sets, 1, kMaxSets);
    dose.readInt("reps", exercise.dose.reps, 0, kMaxReps);
    dose.readInt("hold_seconds", exercise.dose.holdSeconds, 0, kMaxHoldSeconds);
    dose.readString("tempo", exercise.dose.tempo);
    dose.readInt("rest_seconds", exercise.dose.restSeconds, 0, kMaxRestSeconds);
    // Version 3: the load (dose.load), optional; absent means none.
    dose.readEnum("load", exercise.dose.loadKind, Presence::Optional);
    dose.readInt("load_level", exercise.dose.loadLevel, 0, kMaxLoadLevel, Presence::Optional);
    dose.finish();

    // Version 4: whether the time is held still or kept moving, optional; absent means held.
    if (version >= 4) {
        reader.readEnum("timing", exercise.timing, Presence::Optional);
    }

    ObjectReader limits = reader.child("dose_limits");
    limits.readInt("min_sets", exercise.limits.minSets, 1, kMaxSets);
    limits.readInt("max_sets", exercise.limits.maxSets, 1, kMaxSets);
    limits.readInt("min_reps", exercise.limits.minReps, 0, kMaxReps);
    limits.readInt("max_reps", exercise.limits.maxReps, 0, kMaxReps);
    limits.readInt("min_hold_seconds", exercise.limits.minHoldSeconds, 0, kMaxHoldSeconds);
    limits.readInt("max_hold_seconds", exercise.limits.maxHoldSeconds, 0, kMaxHoldSeconds);
    limits.readInt("max_load_level", exercise.limits.maxLoadLevel, 0, kMaxLoadLevel,
                   Presence::Optional);
    limits.finish();

    reader.readNullableString("easier", exercise.easier, "an exercise id");
    reader.readNullableString("harder", exercise.harder, "an exercise id");
    reader.readEnumList("precautions", exercise.precautions);
    // Version 3: goal tags, optional; absent means the exercise serves no particular goal.
    reader.readEnumList("goals", exercise.goals, Presence::Optional);
    reader.readBool("builtin", exercise.builtin, Presence::Optional);
    reader.readBool("hidden", exercise.hidden, Presence::Optional);
    if (version >= 2) {
        if (const nlohmann::json* illustration =
                reader.readValue("illustration", Presence::Optional);
            illustration != nullptr && !illustration->is_null()) {
            exercise.illustration =
                detail::readIllustration(*illustration, reader.pointerTo("illustration"), issues);
        }
    }
    // Optional in every version: other languages' text, English being the fields above.
    if (const nlohmann::json* translations = reader.readValue("translations", Presence::Optional);
        translations != nullptr) {
        texts = detail::readExerciseTexts(*translations, reader.pointerTo("translations"),
                                          exercise.id, issues);
    }
    reader.finish();
    return exercise;
}

bool encloses(const std::string& a, const std::string& b)
{
    return b.size() >= a.size() && b.compare(0, a.size(), a) == 0 &&
           (b.size() == a.size() || b[a.size()] == '/');
}

// Fields that validation judges together: when one could not be read, a default stands in for
// it, and a rule comparing it with the others would only complain about that default.
bool related(const std::string& a, const std::string& b)
{
    static const std::vector<std::vector<std::string_view>> groups = {
        {"dose", "dose_limits"},
        {"phase_min", "phase_max", "category", "impact"},
        {"precautions", "position", "knee_flexion", "impact"},
        {"id", "easier", "harder"},
    };
    if (a == b) {
        return true;
    }
    return std::any_of(groups.begin(), groups.end(), [&](const auto& group) {
        return core::contains(group, std::string_view(a)) &&
               core::contains(group, std::string_view(b));
    });
}

std::string exercisePointer(std::size_t index, const std::string& field)
{
    std::string pointer = "/exercises/" + std::to_string(index);
    if (!field.empty()) {
        pointer += "/" + field;
    }
    return pointer;
}

} // namespace glidepath::io::detail
