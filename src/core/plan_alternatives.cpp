#include <glidepath/core/plan_alternatives.h>
#include <glidepath/core/progression_steps.h>

#include <algorithm>

namespace glidepath::core {

struct PlanAlternatives::State
{
    explicit State(std::vector<Exercise> exercises) : library(std::move(exercises)), index(library)
    {}
    std::vector<Exercise> library;
    LibraryIndex index; // refers into library, so declared after it
    SelectionFilter filter;
};

namespace {

void sortByName(std::vector<const Exercise*>& exercises)
{
    std::sort(exercises.begin(), exercises.end(), [](const Exercise* a, const Exercise* b) {
        return a->name != b->name ? a->name < b->name : a->id < b->id;
    });
}

} // namespace

PlanAlternatives::PlanAlternatives(std::vector<Exercise> library, const PlanRequest& request,
                                   const ProgressionRules& rules)
    : m_state(std::make_unique<State>(std::move(library)))
{
    // The same two stages generatePlan runs first, so the limits are the plan's own: with the
    // library, so the harder rungs above an exercise that hurt stay out of swap and add too
    // (select.painful_ladder).
    const WeekAssessment assessment = assessWeek(request, m_state->index, rules);
    m_state->filter = makeSelectionFilter(assessment, request, m_state->index, rules);
}

PlanAlternatives::~PlanAlternatives() = default;

const Exercise* PlanAlternatives::find(std::string_view id) const
{
    return m_state->index.find(id);
}

const Exercise* PlanAlternatives::easier(std::string_view id) const
{
    const Exercise* exercise = find(id);
    return exercise ? easierUsable(*exercise, m_state->index, m_state->filter) : nullptr;
}

const Exercise* PlanAlternatives::harder(std::string_view id) const
{
    const Exercise* exercise = find(id);
    return exercise ? harderUsable(*exercise, m_state->index, m_state->filter) : nullptr;
}

std::vector<const Exercise*> PlanAlternatives::sameSlot(std::string_view id, DayKind dayKind) const
{
    std::vector<const Exercise*> result;
    const Exercise* exercise = find(id);
    if (!exercise) {
        return result;
    }
    const auto place = placeOf(*exercise, dayKind);
    for (const Exercise& other : m_state->library) {
        if (other.id != id && !other.hidden && core::isUsable(other, m_state->filter) &&
            placeOf(other, dayKind) == place) {
            result.push_back(&other);
        }
    }
    sortByName(result);
    return result;
}

std::vector<const Exercise*> PlanAlternatives::addable() const
{
    std::vector<const Exercise*> result;
    for (const Exercise& exercise : m_state->library) {
        if (!exercise.hidden && core::isUsable(exercise, m_state->filter)) {
            result.push_back(&exercise);
        }
    }
    sortByName(result);
    return result;
}

bool PlanAlternatives::isUsable(const Exercise& exercise) const
{
    return core::isUsable(exercise, m_state->filter);
}

ReasonValues PlanAlternatives::exclusionReason(const Exercise& exercise) const
{
    return core::exclusionReason(exercise, m_state->filter);
}

std::string PlanAlternatives::slotWord(std::string_view id, DayKind dayKind) const
{
    const Exercise* exercise = find(id);
    if (!exercise) {
        return {};
    }
    return std::string(core::slotWord(placeOf(*exercise, dayKind).second));
}

DayKind PlanAlternatives::dayKindFor(const Exercise& exercise)
{
    return placeOf(exercise, DayKind::Strength).first;
}

PlannedExercise PlanAlternatives::toPlanned(const Exercise& exercise,
                                            const PlannedExercise* replaced, Reason reason)
{
    const Dose dose = startingDose(exercise);
    PlannedExercise planned;
    planned.id = exercise.id;
    planned.name = exercise.name;
    planned.sets = dose.sets;
    planned.reps = dose.reps;
    planned.holdSeconds = dose.holdSeconds;
    planned.tempo = dose.tempo;
    planned.restSeconds = dose.restSeconds;
    planned.loadKind = dose.loadKind;
    planned.loadLevel = dose.loadLevel;
    // As the engine does: two-legged work is Both, anything one leg at a time is Each.
    planned.side = exercise.laterality == Laterality::Bilateral ? WorkSide::Both : WorkSide::Each;
    if (replaced && planned.side != WorkSide::Both &&
        (replaced->side == WorkSide::Left || replaced->side == WorkSide::Right)) {
        planned.side = replaced->side;
    }
    planned.reason = std::move(reason);
    return planned;
}

} // namespace glidepath::core
