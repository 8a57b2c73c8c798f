#include "validation_checker.h"

#include <glidepath/core/load.h>
#include <glidepath/core/validation.h>

#include <string_view>

// The checks of one exercise on its own: its texts, vocabulary, phases, dose and limits, load,
// precautions its position and impact need, and its own ladder links.

namespace glidepath::core {

namespace {

// "2-1-3": three whole numbers of seconds 0-10 (lift, pause, lower).
bool isValidTempo(std::string_view tempo)
{
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        std::size_t digits = 0;
        int value = 0;
        while (i < tempo.size() && tempo[i] >= '0' && tempo[i] <= '9') {
            value = value * 10 + (tempo[i] - '0');
            ++digits;
            ++i;
            if (digits > 2) {
                return false;
            }
        }
        if (digits == 0 || value > 10) {
            return false;
        }
        ++parts;
        if (i == tempo.size()) {
            break;
        }
        if (tempo[i] != '-') {
            return false;
        }
        ++i;
    }
    return parts == 3;
}

void checkDose(detail::Checker& check, const Dose& dose, const DoseLimits& limits)
{
    check.range("dose/sets", dose.sets, 1, 10);
    check.range("dose/reps", dose.reps, 0, 50);
    check.range("dose/hold_seconds", dose.holdSeconds, 0, 300);
    check.range("dose/rest_seconds", dose.restSeconds, 0, 600);
    if (dose.reps <= 0 && dose.holdSeconds <= 0) {
        check.add("dose/reps", "dose.reps_or_hold");
    }
    if (!dose.tempo.empty() && !isValidTempo(dose.tempo)) {
        check.add("dose/tempo", "dose.tempo", {dose.tempo});
    }

    check.range("dose_limits/min_sets", limits.minSets, 1, 10);
    check.range("dose_limits/max_sets", limits.maxSets, 1, 10);
    check.range("dose_limits/min_reps", limits.minReps, 0, 50);
    check.range("dose_limits/max_reps", limits.maxReps, 0, 50);
    check.range("dose_limits/min_hold_seconds", limits.minHoldSeconds, 0, 300);
    check.range("dose_limits/max_hold_seconds", limits.maxHoldSeconds, 0, 300);

    // The dose must sit inside its limits so the engine can move it within them.
    const auto within = [&](std::string_view name, int value, int low, int high,
                            const std::string& minField, const std::string& maxField) {
        const std::string minKey = minField.substr(minField.find('/') + 1);
        const std::string maxKey = maxField.substr(maxField.find('/') + 1);
        if (low > high) {
            check.add(maxField, "limits.max_below_min",
                      {maxKey, std::to_string(high), minKey, std::to_string(low)});
        } else if (value < low) {
            check.add(minField, "limits.min_above_dose",
                      {minKey, std::to_string(low), std::string(name), std::to_string(value)});
        } else if (value > high) {
            check.add(maxField, "limits.max_below_dose",
                      {maxKey, std::to_string(high), std::string(name), std::to_string(value)});
        }
    };
    within("sets", dose.sets, limits.minSets, limits.maxSets, "dose_limits/min_sets",
           "dose_limits/max_sets");
    if (dose.reps > 0) {
        within("reps", dose.reps, limits.minReps, limits.maxReps, "dose_limits/min_reps",
               "dose_limits/max_reps");
    }
    if (dose.holdSeconds > 0) {
        within("hold_seconds", dose.holdSeconds, limits.minHoldSeconds, limits.maxHoldSeconds,
               "dose_limits/min_hold_seconds", "dose_limits/max_hold_seconds");
    }
}

// dose.load: a load level only with a load kind, never above what the exercise takes, and the
// exercise's maximum within what the kind has.
void checkLoad(detail::Checker& check, const Exercise& e)
{
    check.known("dose/load", e.dose.loadKind);
    if (e.dose.loadKind == LoadKind::None) {
        if (e.dose.loadLevel != 0) {
            check.add("dose/load_level", "load.needs_kind", {std::to_string(e.dose.loadLevel)});
        }
        if (e.limits.maxLoadLevel != 0) {
            check.add("dose_limits/max_load_level", "load.needs_kind",
                      {std::to_string(e.limits.maxLoadLevel)});
        }
        return;
    }
    // The engine plans a load only when the client has its equipment, and the handout lists the
    // exercise's equipment: a load whose kit is not listed would go unplanned or unexplained.
    if (const Equipment needs = loadEquipment(e.dose.loadKind);
        needs != Equipment::None && !e.needs(needs)) {
        check.add("dose/load", "load.needs_equipment",
                  {std::string(toString(e.dose.loadKind)), std::string(toString(needs))});
    }
    const int kindMax = maxLoadLevelOf(e.dose.loadKind);
    check.range("dose_limits/max_load_level", e.limits.maxLoadLevel, 1, kindMax);
    if (e.dose.loadLevel < 0 || e.dose.loadLevel > e.limits.maxLoadLevel) {
        check.add("dose/load_level", "load.level_range",
                  {std::to_string(e.limits.maxLoadLevel), std::to_string(e.dose.loadLevel)});
    }
}

void checkConsistency(detail::Checker& check, const Exercise& e)
{
    if ((e.position == Position::Kneeling || e.position == Position::HalfKneeling) &&
        !e.has(Precaution::Kneeling)) {
        check.add("precautions", "precautions.kneeling", {std::string(toString(e.position))});
    }
    if (e.kneeFlexion == KneeFlexion::High && !e.has(Precaution::DeepKneeFlexion)) {
        check.add("precautions", "precautions.deep_knee_flexion");
    }
    if (e.impact != Impact::None && !e.has(Precaution::Impact)) {
        check.add("precautions", "precautions.impact", {std::string(toString(e.impact))});
    }
    if (e.category == Category::Landing && e.phaseMin < 3) {
        check.add("phase_min", "phase.landing", {std::to_string(e.phaseMin)});
    }
    if (e.impact == Impact::High && e.phaseMin < 4) {
        check.add("phase_min", "phase.high_impact", {std::to_string(e.phaseMin)});
    }
}

void checkNeighbour(detail::Checker& check, const Exercise& e, const std::string& field,
                    const std::string& neighbour)
{
    if (neighbour.empty()) {
        return;
    }
    if (!isValidSlug(neighbour)) {
        check.add(field, "neighbour.invalid", {neighbour});
    } else if (neighbour == e.id) {
        check.add(field, "neighbour.self", {field});
    }
}

} // namespace

std::vector<ValidationIssue> validateExercise(const Exercise& e)
{
    std::vector<ValidationIssue> issues;
    detail::Checker check(issues, e.id);

    if (!isValidSlug(e.id)) {
        check.add("id", "id.invalid", {e.id});
    }
    check.text("name", e.name, 80, "name");
    check.text("summary", e.summary, 300, "summary");

    if (e.instructions.size() < 2 || e.instructions.size() > 20) {
        check.add("instructions", "steps.count", {std::to_string(e.instructions.size())});
    }
    for (std::size_t i = 0; i < e.instructions.size(); ++i) {
        check.text("instructions/" + std::to_string(i), e.instructions[i], 400, "a step",
                   TextLines::Many);
    }
    if (e.cues.size() < 2 || e.cues.size() > 10) {
        check.add("cues", "cues.count", {std::to_string(e.cues.size())});
    }
    for (std::size_t i = 0; i < e.cues.size(); ++i) {
        check.text("cues/" + std::to_string(i), e.cues[i], 120, "a cue");
    }

    check.known("category", e.category);
    check.known("position", e.position);
    check.known("knee_flexion", e.kneeFlexion);
    check.known("impact", e.impact);
    check.known("laterality", e.laterality);

    check.range("phase_min", e.phaseMin, 1, 4);
    check.range("phase_max", e.phaseMax, 1, 4);
    if (e.phaseMin > e.phaseMax) {
        check.add("phase_max", "phase.max_below_min",
                  {std::to_string(e.phaseMax), std::to_string(e.phaseMin)});
    }

    if (e.regions.empty()) {
        check.add("regions", "regions.none", detail::enumNames<Region>());
    }
    check.list("regions", e.regions);
    if (e.muscles.empty()) {
        check.add("muscles", "muscles.none");
    }
    check.list("muscles", e.muscles);
    check.list("equipment", e.equipment);
    if (e.needs(Equipment::None) && e.equipment.size() > 1) {
        check.add("equipment", "equipment.none_alone");
    }
    check.list("precautions", e.precautions);
    check.list("goals", e.goals);

    checkDose(check, e.dose, e.limits);
    checkLoad(check, e);
    checkNeighbour(check, e, "easier", e.easier);
    checkNeighbour(check, e, "harder", e.harder);
    if (e.illustration) {
        for (PoseIssue& issue : validateIllustration(*e.illustration)) {
            std::string field = "illustration/" + issue.field;
            check.addIssue(std::move(field), std::move(issue));
        }
    }
    if (!e.easier.empty() && e.easier == e.harder && e.easier != e.id) {
        check.add("harder", "neighbour.both", {e.harder});
    }
    checkConsistency(check, e);
    return issues;
}

} // namespace glidepath::core
