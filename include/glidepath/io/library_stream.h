#pragma once

#include <glidepath/core/exercise.h>
#include <glidepath/core/exercise_text.h>
#include <glidepath/core/plan_template.h>
#include <glidepath/core/validation.h>
#include <glidepath/io/format_error.h>

#include <cstddef>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::io {

// What a streamed library document held besides its exercises.
struct LibraryStreamSummary
{
    int libraryVersion = 1;
    std::size_t exercises = 0; // how many were handed to the receiver
    std::vector<core::PlanTemplate> templates;
};

// Takes one exercise of a library document; index is its place in the document's "exercises".
using ExerciseReceiver = std::function<void(std::size_t index, core::Exercise&& exercise)>;
// The same with the exercise's text in other languages (language code -> text; empty when the
// file has none), for an import that keeps them.
using ExerciseTextsReceiver =
    std::function<void(std::size_t index, core::Exercise&& exercise,
                       std::map<std::string, core::ExerciseText>&& texts)>;

// Reads a library document (the format of parseLibrary) exercise by exercise: each one is handed
// to receive as soon as its closing brace has been read and it has passed every check of its
// own, so no tree of the whole document and no list of every exercise is ever built. The checks
// and messages are parseLibrary(json, existing)'s; the links between exercises (easier/harder,
// forward ones too) and repeated ids are checked once the whole document has been read, against
// the document's exercises and those of existing whose ids it does not reuse (only the id,
// easier and harder of existing are read).
//
// Once any problem has been found no further exercise is handed over, but reading goes on so that
// every problem is listed; at the end FormatError is thrown. Exercises handed over before the
// problem was found must then be thrown away: the caller receives them inside one transaction
// and rolls it back. Other languages' text is not read into the exercises: the second form hands
// it over beside each exercise.
LibraryStreamSummary streamLibrary(std::string_view json,
                                   std::span<const core::ExerciseLinks> existing,
                                   const ExerciseReceiver& receive);
LibraryStreamSummary streamLibrary(std::string_view json,
                                   std::span<const core::ExerciseLinks> existing,
                                   const ExerciseTextsReceiver& receive);

// The same from the file at path, read a piece at a time: its text is never held whole, so an
// import needs memory for one exercise's tree, not for the file (issue 12). The file is read
// once for the checks made before parsing and once to parse; a document with a problem is read
// whole once more to give each problem its line. A file that cannot be read throws
// std::runtime_error as readTextFile does.
LibraryStreamSummary streamLibraryFile(const std::string& path,
                                       std::span<const core::ExerciseLinks> existing,
                                       const ExerciseTextsReceiver& receive);

} // namespace glidepath::io
