#include "validation_checker.h"

#include <glidepath/core/plan_template.h>
#include <glidepath/core/validation.h>

#include <utility>

namespace glidepath::core {
namespace {

bool isBlank(const std::string& text)
{
    return text.find_first_not_of(" \t\n\r") == std::string::npos;
}

void checkExercise(const PlannedExercise& exercise, const std::string& field,
                   std::vector<FieldIssue>& issues)
{
    if (exercise.id.empty()) {
        issues.push_back(fieldIssue(field + "/id", "template.id_empty"));
    }
    if (exercise.sets < 1) {
        issues.push_back(fieldIssue(field + "/sets", "value.at_least", {"1"}));
    }
    if (exercise.reps < 0) {
        issues.push_back(fieldIssue(field + "/reps", "value.not_negative"));
    }
    if (exercise.holdSeconds < 0) {
        issues.push_back(fieldIssue(field + "/hold_seconds", "value.not_negative"));
    }
    if (exercise.restSeconds < 0) {
        issues.push_back(fieldIssue(field + "/rest_seconds", "value.not_negative"));
    }
    if (exercise.reps == 0 && exercise.holdSeconds == 0) {
        issues.push_back(fieldIssue(field + "/reps", "template.reps_or_hold"));
    }
}

} // namespace

std::vector<FieldIssue> validateTemplate(const PlanTemplate& plan)
{
    std::vector<FieldIssue> issues;
    if (isBlank(plan.name)) {
        issues.push_back(fieldIssue("name", "template.name_empty"));
    } else if (plan.name.size() > kTemplateNameMax) {
        issues.push_back(
            fieldIssue("name", "text.longer_than", {std::to_string(kTemplateNameMax)}));
    } else if (auto problem =
                   detail::controlCharacterIssue("name", plan.name, TextLines::One, "")) {
        issues.push_back(std::move(*problem));
    }
    if (plan.note.size() > kTemplateNoteMax) {
        issues.push_back(
            fieldIssue("note", "text.longer_than", {std::to_string(kTemplateNoteMax)}));
    } else if (auto problem =
                   detail::controlCharacterIssue("note", plan.note, TextLines::Many, "")) {
        issues.push_back(std::move(*problem));
    }
    if (plan.phase < 1 || plan.phase > 4) {
        issues.push_back(fieldIssue("phase", "value.from_to", {"1", "4"}));
    }
    if (plan.days.size() != 7) {
        issues.push_back(fieldIssue("days", "template.days"));
    }
    for (std::size_t d = 0; d < plan.days.size(); ++d) {
        const TemplateDay& day = plan.days[d];
        const std::string field = "days/" + std::to_string(d);
        if (day.kind == DayKind::Rest && !day.exercises.empty()) {
            issues.push_back(fieldIssue(field + "/kind", "template.rest_day"));
        }
        if (day.estimatedMinutes < 0) {
            issues.push_back(fieldIssue(field + "/estimated_minutes", "value.not_negative"));
        }
        for (std::size_t e = 0; e < day.exercises.size(); ++e) {
            checkExercise(day.exercises[e], field + "/exercises/" + std::to_string(e), issues);
        }
    }
    return issues;
}

PlanTemplate templateFromPlan(const Plan& plan, std::string name, std::string note)
{
    PlanTemplate out;
    out.name = std::move(name);
    out.note = std::move(note);
    out.phase = plan.decision.phase;
    for (const PlanDay& day : plan.days) {
        out.days.push_back({day.kind, day.estimatedMinutes, day.exercises});
    }
    out.days.resize(7);
    return out;
}

std::vector<PlanDay> templateDays(const PlanTemplate& plan, Date weekStart)
{
    std::vector<PlanDay> days;
    for (std::size_t d = 0; d < 7; ++d) {
        PlanDay day;
        day.date = weekStart + std::chrono::days(static_cast<int>(d));
        if (d < plan.days.size()) {
            day.kind = plan.days[d].kind;
            day.estimatedMinutes = plan.days[d].estimatedMinutes;
            day.exercises = plan.days[d].exercises;
        }
        days.push_back(std::move(day));
    }
    return days;
}

} // namespace glidepath::core
