#include <glidepath/core/progression_engine.h>
#include <glidepath/core/progression_steps.h>

namespace glidepath::core {

Plan generatePlan(const PlanRequest& request, std::span<const Exercise> library,
                  const ProgressionRules& rules)
{
    const LibraryIndex index(library);
    const WeekAssessment assessment = assessWeek(request, index, rules);

    Plan plan;
    plan.weekStart = request.weekStart;
    plan.decision = assessment.decision;
    plan.advice = assessment.advice;
    if (plan.decision.action == Action::Refer) {
        // No exercises at all: seven rest days, the referral advice says what to do instead.
        for (int i = 0; i < 7; ++i) {
            PlanDay day;
            day.date = request.weekStart + std::chrono::days(i);
            plan.days.push_back(day);
        }
        return plan;
    }
    const SelectionFilter filter = makeSelectionFilter(assessment, request, index, rules);
    buildWeek(plan, request, assessment, index, filter, rules);
    return plan;
}

} // namespace glidepath::core
