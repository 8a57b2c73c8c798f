#include "template_json.h"

#include "planned_exercise_json.h"

#include <glidepath/core/load.h>
#include <glidepath/core/progression_steps.h>

#include <algorithm>

namespace glidepath::io::detail {

core::PlanTemplate readTemplate(const nlohmann::json& value, const std::string& pointer,
                                std::vector<FormatIssue>& issues)
{
    core::PlanTemplate plan;
    ObjectReader reader(value, pointer, issues);
    if (!reader.isObject()) {
        return plan;
    }
    const std::size_t before = issues.size();
    reader.readString("name", plan.name);
    reader.readString("note", plan.note, Presence::Optional);
    reader.readInt("phase", plan.phase, 1, 4);
    if (const nlohmann::json* days = reader.readList("days")) {
        for (std::size_t d = 0; d < days->size(); ++d) {
            const std::string dayPointer = reader.pointerTo("days") + "/" + std::to_string(d);
            ObjectReader day((*days)[d], dayPointer, issues);
            core::TemplateDay out;
            day.readEnum("kind", out.kind);
            day.readInt("estimated_minutes", out.estimatedMinutes, 0, 600, Presence::Optional);
            if (const nlohmann::json* exercises = day.readList("exercises", Presence::Optional)) {
                for (std::size_t e = 0; e < exercises->size(); ++e) {
                    out.exercises.push_back(readPlannedExercise(
                        (*exercises)[e], dayPointer + "/exercises/" + std::to_string(e), issues,
                        PlannedExerciseRules::Template));
                }
            }
            day.finish();
            plan.days.push_back(std::move(out));
        }
    }
    reader.finish();
    if (issues.size() == before) {
        // Only a template that reads cleanly is checked as a whole, so one typo is one message.
        for (const core::FieldIssue& issue : core::validateTemplate(plan)) {
            issues.push_back(formatIssue(pointer + "/" + issue.field, issue));
        }
    }
    return plan;
}

nlohmann::ordered_json templateToJson(const core::PlanTemplate& plan)
{
    nlohmann::ordered_json out;
    out["name"] = plan.name;
    out["note"] = plan.note;
    out["phase"] = plan.phase;
    nlohmann::ordered_json days = nlohmann::ordered_json::array();
    for (const core::TemplateDay& day : plan.days) {
        nlohmann::ordered_json d;
        d["kind"] = std::string(core::toString(day.kind));
        d["estimated_minutes"] = day.estimatedMinutes;
        nlohmann::ordered_json exercises = nlohmann::ordered_json::array();
        for (const core::PlannedExercise& p : day.exercises) {
            // Values only: io has no renderer for the words.
            nlohmann::ordered_json e = plannedExerciseJson(p, {});
            exercises.push_back(std::move(e));
        }
        d["exercises"] = std::move(exercises);
        days.push_back(std::move(d));
    }
    out["days"] = std::move(days);
    return out;
}

std::vector<core::PlanTemplate> readTemplates(const nlohmann::json& list,
                                              std::vector<FormatIssue>& issues)
{
    std::vector<core::PlanTemplate> plans;
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string pointer = "/templates/" + std::to_string(i);
        core::PlanTemplate plan = readTemplate(list[i], pointer, issues);
        std::string key = plan.name;
        std::transform(key.begin(), key.end(), key.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (!key.empty() && std::find(seen.begin(), seen.end(), key) != seen.end()) {
            issues.push_back(
                {pointer + "/name",
                 "\"" + plan.name + "\" names an earlier template too; template names must differ",
                 0, 0});
        }
        seen.push_back(std::move(key));
        plans.push_back(std::move(plan));
    }
    return plans;
}

} // namespace glidepath::io::detail
