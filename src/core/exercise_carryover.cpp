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

// Why a hold week keeps the dose: a word for the keep.previous reason.
std::string_view holdWhy(const WeekAssessment& assessment)
{
    const Decision& decision = assessment.decision;
    if (hasRule(decision, "action.hold.adherence")) {
        return "adherence";
    }
    if (hasRule(decision, "action.hold.too_hard")) {
        return "too_hard";
    }
    if (decision.light == Light::Amber) {
        return "amber";
    }
    return "no_checkin";
}

int reportedPain(const WeekAssessment& assessment, const std::string& id)
{
    if (!assessment.latest) {
        return 0;
    }
    const auto it = assessment.latest->painfulExercises.find(id);
    return it == assessment.latest->painfulExercises.end() ? 0 : it->second;
}

void applyAction(WeekItem& item, const PlanRequest& request, const WeekAssessment& assessment,
                 const LibraryIndex& library, const SelectionFilter& filter,
                 const ProgressionRules& rules, CarryOver& out)
{
    const Exercise& exercise = *item.exercise;
    switch (assessment.decision.action) {
    case Action::Progress: {
        const int pain = reportedPain(assessment, exercise.id);
        const auto skipped = assessment.skippedInLogs.find(exercise.id);
        if (pain > rules.holdExercisePainAbove) {
            item.reason = {"exercise.hold_painful",
                           {{"dose", text::dose(item.dose)},
                            {"pain", value::pain(pain)},
                            {"limit", value::number(rules.holdExercisePainAbove)}}};
        } else if (skipped != assessment.skippedInLogs.end()) {
            // A dose that was not done has not been shown to be tolerated.
            item.reason = {
                "log.skipped",
                {{"dose", text::dose(item.dose)}, {"date", value::date(skipped->second)}}};
            Reason reason = item.reason;
            reason.values["exercise"] = text::exercise(exercise);
            out.reasons.push_back(std::move(reason));
        } else {
            item.mayProgress = true; // the reason is written when the step is chosen
        }
        break;
    }
    case Action::Hold: {
        item.reason = {"keep.previous",
                       {{"case", value::word("hold")},
                        {"hold", value::word(holdWhy(assessment))},
                        {"dose", text::dose(item.dose)}}};
        if (const int pain = reportedPain(assessment, exercise.id); pain > 0) {
            item.reason.values["pain"] = value::pain(pain);
        }
        break;
    }
    case Action::Regress:
        if (const auto reduced =
                reduceVolume(item.dose, exercise.limits, rules.regressVolumeFactor)) {
            item.reason = {"dose.regress",
                           {{"case", value::word("volume")},
                            {"cut", value::percent(1.0 - rules.regressVolumeFactor)},
                            {"from", text::dose(item.dose)},
                            {"to", text::dose(*reduced)}}};
            item.dose = *reduced;
        } else if (const Exercise* easier = easierUsable(exercise, library, filter);
                   easier != nullptr && fitsGroup(*easier, item.group, item.slot) &&
                   notHarderThan(*easier, exercise)) {
            item.reason = {
                "dose.regress",
                {{"case", value::word("easier")}, {"exercise", text::exercise(exercise)}}};
            item.exercise = easier;
            item.dose = startingDose(*easier);
            if (const std::optional<Dose> last =
                    lowerLastDose(request, assessment, *easier, item.dose)) {
                item.dose = *last;
                item.reason.values["dose"] = text::dose(*last);
            }
        } else {
            item.reason = {"dose.regress",
                           {{"case", value::word("lowest")}, {"dose", text::dose(item.dose)}}};
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
        out.reasons.push_back({"exercise.swap_painful",
                               {{"case", value::word("left_out")},
                                {"exercise", value::exercise(id, name, pain)},
                                {"limit", value::number(filter.swapThreshold)}}});
    }
}

} // namespace

std::optional<Dose> lowerLastDose(const PlanRequest& request, const WeekAssessment& assessment,
                                  const Exercise& exercise, const Dose& dose)
{
    if (!request.previousPlan || assessment.decision.action == Action::Progress) {
        return std::nullopt;
    }
    const auto volume = [](int sets, int reps, int hold) {
        return sets * std::max(1, reps) * std::max(1, hold);
    };
    std::optional<Dose> last;
    for (const PlanDay& day : request.previousPlan->days) {
        for (const PlannedExercise& e : day.exercises) {
            const int v = volume(e.sets, e.reps, e.holdSeconds);
            if (e.id != exercise.id || v >= volume(dose.sets, dose.reps, dose.holdSeconds) ||
                (last && v <= volume(last->sets, last->reps, last->holdSeconds))) {
                continue;
            }
            const int level = e.loadKind == dose.loadKind ? e.loadLevel : dose.loadLevel;
            last = clampToLimits(
                Dose{e.sets, e.reps, e.holdSeconds, e.tempo, e.restSeconds, dose.loadKind, level},
                exercise.limits);
        }
    }
    return last;
}

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
                        {"keep.previous",
                         {{"case", value::word("not_in_library")},
                          {"exercise", value::exercise(planned.id, planned.name)}}});
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
                const ReasonValues why{{"exercise", text::exercise(*exercise, pain)},
                                       {"limit", value::number(rules.swapExercisePainAbove)}};
                if (const Exercise* easier = easierUsable(*exercise, library, filter);
                    easier != nullptr && fitsGroup(*easier, group, slot) &&
                    notHarderThan(*easier, *exercise)) {
                    item.exercise = easier;
                    item.dose = startingDose(*easier);
                    item.reason = {"exercise.swap_painful", why};
                    item.reason.values["case"] = value::word("easier_start");
                    if (const std::optional<Dose> last =
                            lowerLastDose(request, assessment, *easier, item.dose)) {
                        item.dose = *last;
                        item.reason.values["dose"] = text::dose(*last);
                    }
                    Reason swapped{"exercise.swap_painful", why};
                    swapped.values["case"] = value::word("easier");
                    swapped.values["easier"] = text::exercise(*easier);
                    out.reasons.push_back(std::move(swapped));
                } else {
                    ReasonValues note{{"replaced", text::exercise(*exercise, pain)},
                                      {"dropped", value::word("painful")},
                                      {"limit", value::number(rules.swapExercisePainAbove)}};
                    out.notes.push_back({group, slot, std::move(note), exercise});
                    continue;
                }
            } else if (const ReasonValues why = exclusionReason(*exercise, filter); !why.empty()) {
                const bool outgrown = exercise->phaseMax < filter.phase;
                const Exercise* next = outgrown ? harderUsable(*exercise, library, filter)
                                                : easierUsable(*exercise, library, filter);
                if (next == nullptr || !fitsGroup(*next, group, slot) ||
                    (!outgrown && !notHarderThan(*next, *exercise))) {
                    ReasonValues note = why;
                    note["replaced"] = text::exercise(*exercise);
                    note["dropped"] = value::word("excluded");
                    out.notes.push_back(
                        {group, slot, std::move(note), outgrown ? nullptr : exercise});
                    continue;
                }
                item.exercise = next;
                item.dose = startingDose(*next);
                item.reason = {"keep.previous", why};
                item.reason.values["case"] = value::word(outgrown ? "harder" : "easier");
                item.reason.values["replaced"] = text::exercise(*exercise);
            } else {
                applyAction(item, request, assessment, library, filter, rules, out);
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
