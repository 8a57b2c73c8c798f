#pragma once

// Private to glidepath_io: plan templates inside a library document (format version 3).

#include "json_reader.h"

#include <glidepath/core/plan_template.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace glidepath::io::detail {

// One template at pointer ("/templates/2"): {"name", "note"?, "phase", "days": [7 days]}, each
// day {"kind", "estimated_minutes"?, "exercises": [...]} with exercises written as in a plan's
// days. Every problem is added to issues, core::validateTemplate's included.
core::PlanTemplate readTemplate(const nlohmann::json& value, const std::string& pointer,
                                std::vector<FormatIssue>& issues);
// A document's "templates" list: each template read as above, and no two names alike (ignoring
// case), which a clinician picks them by.
std::vector<core::PlanTemplate> readTemplates(const nlohmann::json& list,
                                              std::vector<FormatIssue>& issues);
nlohmann::ordered_json templateToJson(const core::PlanTemplate& plan);

} // namespace glidepath::io::detail
