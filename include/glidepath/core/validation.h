#pragma once

#include <glidepath/core/exercise.h>
#include <glidepath/core/exercise_text.h>
#include <glidepath/core/issue_kind.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::core {

// One problem with a value. field is a '/'-separated path in the JSON spelling of the model
// ("dose/sets", "cues/2"), so io can prefix it into a JSON pointer and the UI can map it to a
// widget.
// message is the English words; kind and values are the same finding as data (kind one of
// validationIssueKinds(), or of fieldIssueKinds() for a picture's problems), from which
// report/issue_text.h makes the words in the UI's language.
struct ValidationIssue
{
    std::string exerciseId; // empty when the issue is not about one exercise
    std::string field;
    std::string message;
    std::string kind{};
    std::vector<std::string> values{};

    bool operator==(const ValidationIssue&) const = default;
};

// Every kind of problem the exercise and library checks report, with its English pattern (the
// message is that pattern filled with the issue's values).
std::span<const IssueKind> validationIssueKinds();

// Every problem with one exercise on its own (ids of neighbours are checked by validateLibrary).
// Besides the ranges and rules in notes/exercise-json.md: text must be valid UTF-8 and not blank,
// with no control characters (steps may hold line feeds; name, summary and cues are one line);
// name <= 80, summary <= 300 characters; 2-20 instructions of <= 400 characters; 2-10 cues of
// <= 120 characters; no list repeats an entry; dose_limits each within the dose's own ranges.
std::vector<ValidationIssue> validateExercise(const Exercise& exercise);

// One language's text of an exercise (field: where it sits, e.g. "translations/de"): the fields
// it has follow the English limits above; it must have at least one.
std::vector<ValidationIssue> validateExerciseText(const std::string& exerciseId,
                                                  const std::string& field,
                                                  const ExerciseText& text);

// Every problem in a whole library: each exercise, duplicate ids, dangling easier/harder ids,
// ladders that loop back on themselves, and easier/harder links that disagree.
// "Disagree" means that, taken together, the links put some exercise both above and below
// another (a loop through a mix of easier and harder links). Branches are allowed: two exercises
// may name the same harder neighbour.
std::vector<ValidationIssue> validateLibrary(std::span<const Exercise> exercises);

// Only the library-wide part of validateLibrary: duplicate ids, dangling easier/harder ids and
// ladder loops. Reads only id, easier and harder, so storage can check a whole database cheaply.
std::vector<ValidationIssue> validateLinks(std::span<const Exercise> exercises);

// An exercise's id and ladder links alone: a database-wide check of 100,000 exercises needs
// these, not 100,000 whole Exercise values (about 2.5 KB each).
struct ExerciseLinks
{
    std::string id;
    std::string easier; // empty: none
    std::string harder;
};
std::vector<ValidationIssue> validateLinks(std::span<const ExerciseLinks> links);

// Names, ids, cues and other one-line fields hold no line break; steps and notes may.
enum class TextLines
{
    One,
    Many
};

// Why text holds a character no Glidepath text may hold, or nullopt when it holds none. Control
// characters (U+0000-U+001F, U+007F and the C1 range U+0080-U+009F, however they were written)
// garble the screen, the terminal and printouts; text of TextLines::Many may hold line feeds
// (U+000A) and no other control character. Examples: "contains a line break; it must be one
// line", "contains the control character U+001B". Text that is not UTF-8 is left to the UTF-8
// check.
std::optional<std::string> controlCharacterProblem(std::string_view text, TextLines lines);

// True when id is a usable slug: lowercase letters, digits and single hyphens, 2-64 characters.
bool isValidSlug(std::string_view id);

} // namespace glidepath::core
