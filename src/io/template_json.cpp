#include "template_json.h"

#include "reason_json.h"

#include <glidepath/core/load.h>
#include <glidepath/core/progression_steps.h>

#include <algorithm>

namespace glidepath::io::detail {
namespace {

// The same fields and ranges as a plan's day exercises (docs/formats.md, "The plan").
core::PlannedExercise readExercise(const nlohmann::json& value, const std::string& pointer,
                                   std::vector<FormatIssue>& issues)
{
    core::PlannedExercise planned;
    ObjectReader reader(value, pointer, issues);
    if (!reader.isObject()) {
        return planned;
    }
    reader.readString("id", planned.id);
    reader.readString("name", planned.name);
    reader.readInt("sets", planned.sets, 1, 10);
    reader.readInt("reps", planned.reps, 0, 50, Presence::Optional);
    reader.readInt("hold_seconds", planned.holdSeconds, 0, 300, Presence::Optional);
    if (reader.readString("tempo", planned.tempo, Presence::Optional) && !planned.tempo.empty() &&
        !core::parseTempo(planned.tempo)) {
        issues.push_back({reader.pointerTo("tempo"),
                          "must be empty or lift-pause-lower seconds like \"2-1-3\", got " +
                              describeValue(nlohmann::json(planned.tempo)),
                          0, 0});
    }
    reader.readInt("rest_seconds", planned.restSeconds, 0, 600, Presence::Optional);
    reader.readEnum("side", planned.side, Presence::Optional);
    if (const nlohmann::json* reason = reader.readValue("reason", Presence::Optional)) {
        planned.reason = readReason(*reason, reader.pointerTo("reason"), issues);
    }
    // Optional like a plan's: {"kind": "band", "level": 2}.
    if (const nlohmann::json* load = reader.readValue("load", Presence::Optional)) {
        ObjectReader loadReader(*load, reader.pointerTo("load"), issues);
        if (loadReader.isObject()) {
            loadReader.readEnum("kind", planned.loadKind);
            loadReader.readInt("level", planned.loadLevel, 0,
                               core::maxLoadLevelOf(planned.loadKind));
            loadReader.finish();
        }
    }
    reader.finish();
    return planned;
}

} // namespace

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
                    out.exercises.push_back(readExercise(
                        (*exercises)[e], dayPointer + "/exercises/" + std::to_string(e), issues));
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
            issues.push_back({pointer + "/" + issue.field, issue.message, 0, 0});
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
            nlohmann::ordered_json e;
            e["id"] = p.id;
            e["name"] = p.name;
            e["sets"] = p.sets;
            e["reps"] = p.reps;
            e["hold_seconds"] = p.holdSeconds;
            e["tempo"] = p.tempo;
            e["rest_seconds"] = p.restSeconds;
            e["side"] = std::string(core::toString(p.side));
            e["reason"] = reasonJson(p.reason, {}); // values only: no renderer below report
            if (p.loadKind != core::LoadKind::None) {
                e["load"] = {{"kind", std::string(core::toString(p.loadKind))},
                             {"level", p.loadLevel}};
            }
            exercises.push_back(std::move(e));
        }
        d["exercises"] = std::move(exercises);
        days.push_back(std::move(d));
    }
    out["days"] = std::move(days);
    return out;
}

} // namespace glidepath::io::detail
