#pragma once

#include <glidepath/core/client.h>
#include <glidepath/core/plan.h>

#include <string>
#include <vector>

namespace glidepath::core {

// One day of a template: what a plan day holds, without a date (a template fits any week).
struct TemplateDay
{
    DayKind kind = DayKind::Rest;
    int estimatedMinutes = 0;
    std::vector<PlannedExercise> exercises;

    bool operator==(const TemplateDay&) const = default;
};

// A week of exercises saved under a name ("PFP runner, phase 1") to start other clients' plans
// from. Days run Monday to Sunday, like a plan's week.
struct PlanTemplate
{
    std::string name;
    std::string note;              // what it is for, in the clinician's words; may be empty
    int phase = 1;                 // the phase the plan it came from was in (1-4)
    std::vector<TemplateDay> days; // always seven

    bool operator==(const PlanTemplate&) const = default;
};

inline constexpr std::size_t kTemplateNameMax = 80;
inline constexpr std::size_t kTemplateNoteMax = 400;

// Every problem with a template: name blank, too long or with a line break; note too long;
// phase outside 1-4; not seven days; a rest day with exercises; an exercise with no id, fewer
// than one set, or negative reps, hold or rest, or with neither reps nor a hold. Fields are named
// as in the JSON format ("days/2/exercises/0/sets").
std::vector<FieldIssue> validateTemplate(const PlanTemplate& plan);

// The week of a plan as a template: its days' kinds, minutes and exercises, its phase.
PlanTemplate templateFromPlan(const Plan& plan, std::string name, std::string note = {});

// The template's days dated from weekStart (Monday to Sunday).
std::vector<PlanDay> templateDays(const PlanTemplate& plan, Date weekStart);

} // namespace glidepath::core
