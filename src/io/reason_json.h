#pragma once

// Internal to src/io: a reason (core::Reason) in plan JSON (docs/formats.md, "Reasons"):
//   {"rule": "light.amber.exercise_pain", "values": {"pain": {"pain": 4}, ...}, "text": "..."}
// Each value is an object with one type key: number, pain, percent, date, exercise (with name
// and an optional pain), word, text or list. "text" is the clinician's words, filled by a caller
// above io that has the renderer; it is optional and ignored on reading when "values" is there.
// A reason written before reasons were data is a plain string, or {"rule", "text"}: it reads as
// stored words (Reason::text).

#include "json_reader.h"

#include <glidepath/core/reason.h>
#include <glidepath/io/plan_format.h>

#include <nlohmann/json.hpp>

namespace glidepath::io::detail {

nlohmann::ordered_json reasonJson(const core::Reason& reason, const ReasonWords& words);
// Reads a reason (object or legacy string) at pointer; problems go to issues.
core::Reason readReason(const nlohmann::json& value, const std::string& pointer,
                        std::vector<FormatIssue>& issues);

} // namespace glidepath::io::detail
