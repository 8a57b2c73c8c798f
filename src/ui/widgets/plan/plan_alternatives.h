#pragma once

#include <glidepath/core/progression_steps.h>

#include <memory>
#include <string>
#include <vector>

namespace glidepath::ui {

// What the clinician may put into this week's plan by hand. It applies the engine's own
// selection filter for the client (phase, equipment at home, red-week caps on knee bend and
// impact, the kneeling rule, exercises that hurt), so an edit can change the plan but not walk
// around the limits the engine keeps to.
class PlanAlternatives
{
public:
    PlanAlternatives(std::vector<core::Exercise> library, const core::PlanRequest& request,
                     const core::ProgressionRules& rules);
    PlanAlternatives(const PlanAlternatives&) = delete;
    PlanAlternatives& operator=(const PlanAlternatives&) = delete;

    const core::Exercise* find(const std::string& id) const;
    // The nearest usable rung down or up the exercise's ladder; null when there is none.
    const core::Exercise* easier(const std::string& id) const;
    const core::Exercise* harder(const std::string& id) const;
    // Other usable exercises that fill the same slot (hip abductors, quadriceps...) on this kind
    // of day, by name.
    std::vector<const core::Exercise*> sameSlot(const std::string& id, core::DayKind dayKind) const;
    // Every usable exercise, by name, for "add".
    std::vector<const core::Exercise*> addable() const;
    // "hip abductors"; empty for an unknown id.
    std::string slotName(const std::string& id, core::DayKind dayKind) const;
    const core::SelectionFilter& filter() const { return m_filter; }

    // The exercise at its starting dose as a planned exercise. replaced (may be null) keeps a
    // one-sided choice ("left leg only") when the new exercise is also done one leg at a time.
    static core::PlannedExercise toPlanned(const core::Exercise& exercise,
                                           const core::PlannedExercise* replaced,
                                           std::string reason);

private:
    std::vector<core::Exercise> m_library;
    std::unique_ptr<core::LibraryIndex> m_index; // refers into m_library
    core::SelectionFilter m_filter;
};

} // namespace glidepath::ui
