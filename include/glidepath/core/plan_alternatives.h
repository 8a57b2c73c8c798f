#pragma once

// Part of the progression engine's public API (with progression_engine.h): what a clinician may
// put into a week's plan by hand. It applies the engine's own selection limits for the request
// (phase, equipment at home, red-week caps on knee bend and impact, the kneeling rule, surgical
// clearances, exercises that hurt), so an edit can change the plan but not walk around the limits
// the engine keeps to. Callers never need the engine's internal stages (progression_steps.h).

#include <glidepath/core/exercise.h>
#include <glidepath/core/plan.h>
#include <glidepath/core/progression_rules.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::core {

class PlanAlternatives
{
public:
    // Keeps its own copy of the library; the pointers it returns point into that copy and live as
    // long as this object.
    PlanAlternatives(std::vector<Exercise> library, const PlanRequest& request,
                     const ProgressionRules& rules);
    ~PlanAlternatives();
    PlanAlternatives(const PlanAlternatives&) = delete;
    PlanAlternatives& operator=(const PlanAlternatives&) = delete;

    // Any exercise of the library by id, usable this week or not; null when unknown.
    const Exercise* find(std::string_view id) const;
    // The nearest usable rung down or up the exercise's ladder; null when there is none.
    const Exercise* easier(std::string_view id) const;
    const Exercise* harder(std::string_view id) const;
    // Other usable exercises that fill the same slot (hip abductors, quadriceps...) on this kind
    // of day, by name.
    std::vector<const Exercise*> sameSlot(std::string_view id, DayKind dayKind) const;
    // Every usable exercise that is not hidden, by name, for "add".
    std::vector<const Exercise*> addable() const;
    // Whether the engine's limits allow the exercise this week, and if not, why: the values of
    // the exclusion ("exclusion" names it; report/reason_text.h has the words), empty if usable.
    bool isUsable(const Exercise& exercise) const;
    ReasonValues exclusionReason(const Exercise& exercise) const;
    // The slot the exercise fills that day, as its word ("hip_abductors", the reason values'
    // spelling, which report::vocabularyText puts into words); empty for an unknown id.
    std::string slotWord(std::string_view id, DayKind dayKind) const;
    // The kind of day an exercise added by hand to a rest day turns it into.
    static DayKind dayKindFor(const Exercise& exercise);

    // The exercise at its starting dose as a planned exercise. replaced (may be null) keeps a
    // one-sided choice ("left leg only") when the new exercise is also done one leg at a time.
    static PlannedExercise toPlanned(const Exercise& exercise, const PlannedExercise* replaced,
                                     Reason reason);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace glidepath::core
