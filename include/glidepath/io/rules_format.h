#pragma once

// The progression rules file, data/rules/progression.json (docs/clinical-rules.md):
//   {"format": "glidepath-rules", "version": 1,
//    "rules": {"light.green": {"summary": ..., "source": ..., "exercise_pain_max": 2}, ...}}
// Every rule id the engine knows must be present with all its numbers; "summary" and "source"
// are optional notes for people.

#include <glidepath/core/progression_rules.h>
#include <glidepath/io/format_error.h>

#include <string_view>

namespace glidepath::io {

inline constexpr int kRulesFormatVersion = 1;

// Throws FormatError listing every problem: missing or unknown rules and fields (with a
// suggestion for a likely typo), values out of range, and limits that contradict each other.
core::ProgressionRules parseRules(std::string_view json);

// The shipped rules (data/rules/progression.json, embedded at build time), parsed once.
const core::ProgressionRules& builtinRules();

} // namespace glidepath::io
