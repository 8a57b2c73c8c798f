#include "engine_text.h"
#include "week_items.h"

#include <algorithm>

namespace glidepath::core::detail {

namespace {

bool hasRule(const Decision& decision, std::string_view rule)
{
    return std::any_of(decision.reasons.begin(), decision.reasons.end(),
                       [&](const Reason& reason) { return reason.rule == rule; });
}

// Why a hold week keeps the dose, in words that finish "same dose: ...".
std::string holdWhy(const WeekAssessment& assessment)
{
    const Decision& decision = assessment.decision;
    if (hasRule(decision, "action.hold.adherence")) {
        return "too few sessions were done to progress";
    }
    if (hasRule(decision, "action.hold.too_hard")) {
        return "last week felt too hard";
    }
    if (decision.light == Light::Amber) {
        return "an amber week";
    }
    return "no new check-in to judge by";
}

int reportedPain(const WeekAssessment& assessment, const std::string& id)
{
    if (!assessment.latest) {
        return 0;
    }
    const auto it = assessment.latest->painfulExercises.find(id);
    return it == assessment.latest->painfulExercises.end() ? 0 : it->second;
}

void applyAction(WeekItem& item, const WeekAssessment& assessment, const LibraryIndex& library,
                 const SelectionFilter& filter, const ProgressionRules& rules, CarryOver& out)
{
    const Exercise& exercise = *item.exercise;
    switch (assessment.decision.action) {
    case Action::Progress: {
        const int pain = reportedPain(assessment, exercise.id);
        const auto skipped = assessment.skippedInLogs.find(exercise.id);
        if (pain > rules.holdExercisePainAbove) {
            item.reason = "Kept from last week at the same dose (" + describeDose(item.dose) +
                          "): it hurt " + text::pain(pain) + " (above " +
                          std::to_string(rules.holdExercisePainAbove) +
                          "), so it does not move "
                          "up yet.";
        } else if (skipped != assessment.skippedInLogs.end()) {
            // A dose that was not done has not been shown to be tolerated.
            const std::string date = toIsoString(skipped->second);
            item.reason = "Kept from last week at the same dose (" + describeDose(item.dose) +
                          "): it was skipped in the session of " + date +
                          ", and a skipped exercise does not count as progress.";
            out.reasons.push_back({"log.skipped", exercise.name +
                                                      " was skipped in the logged "
                                                      "session of " +
                                                      date + ": it stays at " +
                                                      describeDose(item.dose) + " this week."});
        } else {
            item.mayProgress = true; // the reason is written when the step is chosen
        }
        break;
    }
    case Action::Hold: {
        item.reason = "Kept from last week at the same dose (" + describeDose(item.dose) +
                      "): " + holdWhy(assessment) + ".";
        if (const int pain = reportedPain(assessment, exercise.id); pain > 0) {
            item.reason += " It hurt " + text::pain(pain) + " last week.";
        }
        break;
    }
    case Action::Regress:
        if (const auto reduced =
                reduceVolume(item.dose, exercise.limits, rules.regressVolumeFactor)) {
            item.reason = "Red week: about " + text::percent(1.0 - rules.regressVolumeFactor) +
                          " less volume, " + describeDose(item.dose) + " → " +
                          describeDose(*reduced) + ".";
            item.dose = *reduced;
        } else if (const Exercise* easier = easierUsable(exercise, library, filter);
                   easier != nullptr && fitsGroup(*easier, item.group, item.slot) &&
                   notHarderThan(*easier, exercise)) {
            item.reason = "Red week: " + exercise.name + " was already at its lowest dose, so " +
                          "its easier version instead, at its starting dose.";
            item.exercise = easier;
            item.dose = startingDose(*easier);
        } else {
            item.reason = "Red week: kept at its lowest dose (" + describeDose(item.dose) +
                          "); there is no easier version that fits.";
        }
        break;
    case Action::Refer:
        break;
    }
}

// Exercises that hurt above the swap limit but were not in last week's plan (a clinician's
// change, or the client's own choice) are left out too; say so.
void painfulNotPlanned(CarryOver& out, const std::vector<std::string>& planned,
                       const LibraryIndex& library, const SelectionFilter& filter)
{
    for (const auto& [id, pain] : filter.swap) {
        if (contains(planned, id)) {
            continue;
        }
        const Exercise* exercise = library.find(id);
        const std::string name = exercise != nullptr ? exercise->name : id;
        out.reasons.push_back({"exercise.swap_painful", name + " hurt " + text::pain(pain) +
                                                            " last week (above " +
                                                            std::to_string(filter.swapThreshold) +
                                                            "): it is left out this week."});
    }
}

} // namespace

CarryOver carryOver(const PlanRequest& request, const WeekAssessment& assessment,
                    const LibraryIndex& library, const SelectionFilter& filter,
                    const ProgressionRules& rules)
{
    CarryOver out;
    if (!request.previousPlan) {
        painfulNotPlanned(out, {}, library, filter);
        return out;
    }
    struct Seen
    {
        DayKind group;
        Slot slot;
        std::string id;
    };
    std::vector<Seen> seen;
    std::vector<std::string> missing;

    for (const PlanDay& day : request.previousPlan->days) {
        for (const PlannedExercise& planned : day.exercises) {
            const Exercise* exercise = library.find(planned.id);
            if (exercise == nullptr) {
                if (!contains(missing, planned.id)) {
                    missing.push_back(planned.id);
                    out.reasons.push_back(
                        {"keep.previous", "\"" + planned.name + "\" (" + planned.id +
                                              ") from last week's plan is no longer in the "
                                              "library; another exercise takes its place."});
                }
                continue;
            }
            // An exercise a clinician put on a rest day goes where its kind belongs.
            const DayKind where =
                day.kind != DayKind::Rest
                    ? day.kind
                    : (exercise->category == Category::Mobility ? DayKind::Mobility
                                                                : DayKind::Strength);
            const auto [group, slot] = placeOf(*exercise, where);
            // Copied into the lambda: clang 14 (the fuzz build) cannot capture structured bindings.
            const bool already = std::any_of(
                seen.begin(), seen.end(), [&, group = group, slot = slot](const Seen& s) {
                    return s.group == group && s.slot == slot && s.id == exercise->id;
                });
            if (already) {
                continue;
            }
            seen.push_back({group, slot, exercise->id});

            WeekItem item;
            item.group = group;
            item.slot = slot;
            item.exercise = exercise;
            item.carried = true;
            // dose.load: the kind is the library's; the level last week's, within the limits (a
            // plan from before loads, or of another kind, starts at the library's level).
            const LoadKind loadKind = exercise->dose.loadKind;
            const int loadLevel =
                planned.loadKind == loadKind ? planned.loadLevel : exercise->dose.loadLevel;
            item.dose = clampToLimits(Dose{planned.sets, planned.reps, planned.holdSeconds,
                                           planned.tempo, planned.restSeconds, loadKind, loadLevel},
                                      exercise->limits);

            const int pain = reportedPain(assessment, exercise->id);
            if (pain > rules.swapExercisePainAbove) {
                const std::string why = exercise->name + " hurt " + text::pain(pain) +
                                        " last week (above " +
                                        std::to_string(rules.swapExercisePainAbove) + ")";
                if (const Exercise* easier = easierUsable(*exercise, library, filter);
                    easier != nullptr && fitsGroup(*easier, group, slot) &&
                    notHarderThan(*easier, *exercise)) {
                    item.exercise = easier;
                    item.dose = startingDose(*easier);
                    item.reason = why + ": swapped for its easier version at its starting dose.";
                    out.reasons.push_back(
                        {"exercise.swap_painful",
                         why + ": swapped for its easier version, " + easier->name + "."});
                } else {
                    out.notes.push_back({group, slot,
                                         "replaces " + exercise->name + ", which hurt " +
                                             text::pain(pain) + " last week (above " +
                                             std::to_string(rules.swapExercisePainAbove) +
                                             ") and has no easier version that fits",
                                         exercise});
                    continue;
                }
            } else if (const std::string why = exclusionReason(*exercise, filter); !why.empty()) {
                const bool outgrown = exercise->phaseMax < filter.phase;
                const Exercise* next = outgrown ? harderUsable(*exercise, library, filter)
                                                : easierUsable(*exercise, library, filter);
                if (next == nullptr || !fitsGroup(*next, group, slot) ||
                    (!outgrown && !notHarderThan(*next, *exercise))) {
                    out.notes.push_back({group, slot,
                                         "replaces " + exercise->name + ", left out because " + why,
                                         outgrown ? nullptr : exercise});
                    continue;
                }
                item.exercise = next;
                item.dose = startingDose(*next);
                item.reason = exercise->name + " is left out this week because " + why + "; " +
                              (outgrown ? "moved on to its harder version" : "its easier version") +
                              " instead, at its starting dose.";
            } else {
                applyAction(item, assessment, library, filter, rules, out);
            }

            item.floor = item.dose;
            item.replacement = item.exercise != exercise;
            const bool duplicate =
                std::any_of(out.items.begin(), out.items.end(), [&](const WeekItem& other) {
                    return other.group == item.group && other.slot == item.slot &&
                           other.exercise == item.exercise;
                });
            if (!duplicate) {
                out.items.push_back(std::move(item));
            }
        }
    }
    std::vector<std::string> planned;
    for (const PlanDay& day : request.previousPlan->days) {
        for (const PlannedExercise& exercise : day.exercises) {
            planned.push_back(exercise.id);
        }
    }
    painfulNotPlanned(out, planned, library, filter);
    return out;
}

} // namespace glidepath::core::detail
