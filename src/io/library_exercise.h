#pragma once

// Internal to glidepath_io: reading one exercise of a library document, shared by the reader of
// whole documents (library_format.cpp) and the streaming reader (library_stream.cpp), so both
// apply the same rules with the same words.

#include "exercise_text_json.h"

#include <glidepath/core/exercise.h>
#include <glidepath/io/format_error.h>

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::io::detail {

inline constexpr std::string_view kLibraryFormat = "glidepath-library";
// Version 1 files (before illustrations) are still read: their exercises draw the default figure
// of their position.
inline constexpr int kOldestLibraryVersion = 1;

// One element of "exercises" at pointer ("/exercises/3"): every format problem goes to issues
// (an element that is not an object gives one), other languages' text to texts.
core::Exercise readExercise(const nlohmann::json& value, const std::string& pointer, int version,
                            std::vector<FormatIssue>& issues, ExerciseTexts& texts);

// a is b or contains it: "/exercises/3" and "/exercises/3/dose/sets".
bool encloses(const std::string& a, const std::string& b);
// Fields that validation judges together (dose and dose_limits, id and its links, ...).
bool related(const std::string& a, const std::string& b);
// "/exercises/3/dose/sets" from 3 and "dose/sets"; "/exercises/3" for an empty field.
std::string exercisePointer(std::size_t index, const std::string& field);

} // namespace glidepath::io::detail
