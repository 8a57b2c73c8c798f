#include "widgets/plan/plan_alternatives.h"

#include <algorithm>

namespace glidepath::ui {

namespace {

void sortByName(std::vector<const core::Exercise*>& exercises)
{
    std::sort(exercises.begin(), exercises.end(),
              [](const core::Exercise* a, const core::Exercise* b) {
                  return a->name != b->name ? a->name < b->name : a->id < b->id;
              });
}

} // namespace

PlanAlternatives::PlanAlternatives(std::vector<core::Exercise> library,
                                   const core::PlanRequest& request,
                                   const core::ProgressionRules& rules)
    : m_library(std::move(library)), m_index(std::make_unique<core::LibraryIndex>(m_library))
{
    const core::WeekAssessment assessment = core::assessWeek(request, *m_index, rules);
    m_filter = core::makeSelectionFilter(assessment, request, rules);
}

const core::Exercise* PlanAlternatives::find(const std::string& id) const
{
    return m_index->find(id);
}

const core::Exercise* PlanAlternatives::easier(const std::string& id) const
{
    const core::Exercise* exercise = find(id);
    return exercise ? core::easierUsable(*exercise, *m_index, m_filter) : nullptr;
}

const core::Exercise* PlanAlternatives::harder(const std::string& id) const
{
    const core::Exercise* exercise = find(id);
    return exercise ? core::harderUsable(*exercise, *m_index, m_filter) : nullptr;
}

std::vector<const core::Exercise*> PlanAlternatives::sameSlot(const std::string& id,
                                                              core::DayKind dayKind) const
{
    std::vector<const core::Exercise*> result;
    const core::Exercise* exercise = find(id);
    if (!exercise) {
        return result;
    }
    const auto place = core::placeOf(*exercise, dayKind);
    for (const core::Exercise& other : m_library) {
        if (other.id != id && !other.hidden && core::isUsable(other, m_filter) &&
            core::placeOf(other, dayKind) == place) {
            result.push_back(&other);
        }
    }
    sortByName(result);
    return result;
}

std::vector<const core::Exercise*> PlanAlternatives::addable() const
{
    std::vector<const core::Exercise*> result;
    for (const core::Exercise& exercise : m_library) {
        if (!exercise.hidden && core::isUsable(exercise, m_filter)) {
            result.push_back(&exercise);
        }
    }
    sortByName(result);
    return result;
}

std::string PlanAlternatives::slotName(const std::string& id, core::DayKind dayKind) const
{
    const core::Exercise* exercise = find(id);
    if (!exercise) {
        return {};
    }
    return std::string(core::slotLabel(core::placeOf(*exercise, dayKind).second));
}

core::PlannedExercise PlanAlternatives::toPlanned(const core::Exercise& exercise,
                                                  const core::PlannedExercise* replaced,
                                                  std::string reason)
{
    const core::Dose dose = core::startingDose(exercise);
    core::PlannedExercise planned;
    planned.id = exercise.id;
    planned.name = exercise.name;
    planned.sets = dose.sets;
    planned.reps = dose.reps;
    planned.holdSeconds = dose.holdSeconds;
    planned.tempo = dose.tempo;
    planned.restSeconds = dose.restSeconds;
    // As the engine does: two-legged work is Both, anything one leg at a time is Each.
    planned.side = exercise.laterality == core::Laterality::Bilateral ? core::WorkSide::Both
                                                                      : core::WorkSide::Each;
    if (replaced && planned.side != core::WorkSide::Both &&
        (replaced->side == core::WorkSide::Left || replaced->side == core::WorkSide::Right)) {
        planned.side = replaced->side;
    }
    planned.reason = std::move(reason);
    return planned;
}

} // namespace glidepath::ui
