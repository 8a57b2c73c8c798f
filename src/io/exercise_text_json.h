#pragma once

// An exercise's "translations" object: {"de": {"name": ..., "summary": ..., "instructions":
// [...], "cues": [...]}, ...}, each language's fields optional (English is the fallback).

#include <glidepath/core/exercise_text.h>
#include <glidepath/io/format_error.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace glidepath::io::detail {

using ExerciseTexts = std::map<std::string, core::ExerciseText>; // by language code

// Reads value (the "translations" field at pointer) and reports every problem into issues: not an
// object, a language code that is not one ("de", "pt-BR"; "en" is the exercise's own text),
// unknown or mistyped fields, and the limits of core::validateExerciseText.
ExerciseTexts readExerciseTexts(const nlohmann::json& value, const std::string& pointer,
                                const std::string& exerciseId, std::vector<FormatIssue>& issues);

nlohmann::ordered_json exerciseTextsToJson(const ExerciseTexts& texts);

} // namespace glidepath::io::detail
