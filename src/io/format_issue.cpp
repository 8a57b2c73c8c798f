#include <glidepath/io/format_error.h>

#include <array>

// The kinds of problem io's readers report themselves (core's validation kinds come through
// with their own), with the English words every reader wrote before they were data.

namespace glidepath::io {

namespace {

constexpr std::array kKinds{
    core::IssueKind{"document.too_large", "the file is %1; Glidepath reads documents of up to %2"},
    core::IssueKind{"document.encoding",
                    "this file is %1; Glidepath reads UTF-8 only: save it as UTF-8 and try again"},
    core::IssueKind{
        "document.database",
        "this is a database file, not a JSON document: a Glidepath database is "
        "opened as a database (File ▸ Open Database… or --database), not read as a file"},
    core::IssueKind{"document.other_file",
                    "this is a %1 file, not a JSON document; choose the .json file instead"},
    core::IssueKind{"document.binary", "this is not a text file (it holds binary data), so it "
                                       "cannot be a JSON document; choose the .json file instead"},
    core::IssueKind{"document.empty", "the document is empty"},
    core::IssueKind{"document.too_deep", "lists and objects are nested deeper than %1 levels; no "
                                         "Glidepath document needs more"},
    core::IssueKind{"document.number_too_large",
                    "the number %1 is too large to be read; write a number within the field's "
                    "range"},
    core::IssueKind{"document.not_object",
                    "the document must be a JSON object {\"format\": \"%1\", ...}, got %2"},
    core::IssueKind{"issues.more_one", "... and 1 more problem (only the first %1 are listed)"},
    core::IssueKind{"issues.more", "... and %1 more problems (only the first %2 are listed)"},
    core::IssueKind{"header.format_missing", "required field is missing; this does not look like "
                                             "%1 (expected \"format\": \"%2\")"},
    core::IssueKind{"header.format_wrong", "must be \"%1\", got %2; this is not %3"},
    core::IssueKind{"header.version_missing",
                    "required field is missing (this version of Glidepath reads version %1)"},
    core::IssueKind{"header.version_newer",
                    "the file is version %1, written by a newer Glidepath; this version reads "
                    "version %2 only. Update Glidepath to open it"},
    core::IssueKind{"header.version_old", "must be %1, got %2"},
    core::IssueKind{"header.version_range", "must be from %1 to %2, got %3"},
    core::IssueKind{"field.missing", "required field is missing"},
    core::IssueKind{"field.duplicate",
                    "field \"%1\" appears more than once in the same object; keep only one"},
    core::IssueKind{"field.unknown", "unknown field \"%1\"; this format has no such field"},
    core::IssueKind{"field.unknown_suggest", "unknown field \"%1\" (did you mean \"%2\"?)"},
    core::IssueKind{"field.not_object", "must be an object, got %1"},
    core::IssueKind{"field.not_text", "must be text, got %1"},
    core::IssueKind{"field.not_whole", "must be a whole number, got %1"},
    core::IssueKind{"field.whole_number", "must be a whole number from %1 to %2, got %3"},
    core::IssueKind{"field.number", "must be a number from %1 to %2, got %3"},
    core::IssueKind{"field.not_bool", "must be true or false, got %1"},
    core::IssueKind{"field.text_or_null", "must be %1 or null, got %2"},
    core::IssueKind{"field.not_list", "must be a list, got %1"},
    core::IssueKind{"field.not_text_list", "must be a list of text, got %1"},
    core::IssueKind{"enum.not_one_of", "must be one of %L, got %1"},
    core::IssueKind{"enum.not_one_of_suggest", "must be one of %L, got %1 (did you mean \"%2\"?)"},
    core::IssueKind{"enum.not_list", "must be a list of %L, got %1"},
    core::IssueKind{"enum.twice", "\"%1\" is listed more than once"},
    core::IssueKind{"date.format", "must be a calendar date written YYYY-MM-DD, got %1"},
    core::IssueKind{"date.range", "must be a date from %1 to %2, got %3"},
    core::IssueKind{"pain.not_object", "must be an object of exercise ids and their pain 0-10, "
                                       "like {\"split-squat\": 6}, got %1"},
    core::IssueKind{"pain.optional",
                    "must be a whole number from 0 to 10 (or left out when not noted), got %1"},
    core::IssueKind{"log.worse", "must be true (worse the next morning), false (settled) or null "
                                 "(not recorded), got %1"},
    core::IssueKind{"planned.reps_or_hold", "an exercise needs reps or hold_seconds above 0"},
    core::IssueKind{"override.kind", "must be swap, dose, remove, add or reorder, got %1"},
    core::IssueKind{"plan.format", "must be \"%1\", got %2"},
    core::IssueKind{"plan.days",
                    "must hold exactly 7 days, one for each day from week_start, got %1"},
    core::IssueKind{"plan.day_date", "must be %1 (week_start + %2 days), got %3"},
    core::IssueKind{"checkins.order", "must not be before the check-in listed before it (%1); "
                                      "list check-ins oldest first"},
    core::IssueKind{"checkins.after_start", "must not be after week_start (%1)"},
    core::IssueKind{"logs.after_start",
                    "must be before week_start (%1): logs describe past sessions"},
    core::IssueKind{"previous_plan.not_plan", "must be a plan (as written by glidepath-cli plan "
                                              "--format json) or null, got %1"},
    core::IssueKind{"previous_plan.week",
                    "must be before week_start (%1): the previous plan is an earlier week's"},
    core::IssueKind{"texts.not_object",
                    "must be an object of language codes, like {\"de\": {\"name\": ...}}"},
    core::IssueKind{"texts.english", "English is the exercise's own text: put it in name, "
                                     "summary, instructions and cues"},
    core::IssueKind{"texts.bad_code", "\"%1\" is not a language code like \"de\" or \"pt-BR\""},
    core::IssueKind{"texts.exercises_not_object", "must be an object of exercise ids"},
    core::IssueKind{"texts.unknown_exercise", "no exercise in the library has the id \"%1\""},
    core::IssueKind{"document.unreadable", "could not read the document"},
    // JSON syntax errors, in the words of the JSON parser (nlohmann/json); the values are its
    // parts (what was being read, the token found or the parser's reason, the text last read,
    // the token expected), so that the renderer can say the same in another language.
    core::IssueKind{"json.unexpected", "syntax error while parsing %1 - unexpected %2"},
    core::IssueKind{"json.unexpected_expected",
                    "syntax error while parsing %1 - unexpected %2; expected %3"},
    core::IssueKind{"json.ended", "syntax error while parsing %1 - unexpected end of input"},
    core::IssueKind{"json.ended_expected",
                    "syntax error while parsing %1 - unexpected end of input; expected %2"},
    core::IssueKind{"json.invalid", "syntax error while parsing %1 - %2; last read: '%3'"},
    core::IssueKind{"json.invalid_expected",
                    "syntax error while parsing %1 - %2; last read: '%3'; expected %4"},
    core::IssueKind{"json.control", "syntax error while parsing %1 - invalid string: control "
                                    "character %2 must be escaped to %L; last read: '%3'"},
    core::IssueKind{"json.control_expected",
                    "syntax error while parsing %1 - invalid string: control character %2 must "
                    "be escaped to %L; last read: '%3'; expected %4"},
    // The rules file's own checks.
    core::IssueKind{"list.repeated", "is listed more than once"},
    core::IssueKind{"rules.light", "must be \"amber\" or \"red\", got \"%1\""},
    core::IssueKind{"rules.not_below", "must not be below %1's %2 (%3)"},
    core::IssueKind{"rules.not_above", "must not be above %1's %2 (%3)"},
    core::IssueKind{"rules.below_min", "must not be below min (%1)"},
    core::IssueKind{"rules.weeks_down", "the weeks must not go down from one phase to the next"},
    // Pictures and plans.
    core::IssueKind{"illustration.point", "must be a point [x, y] of two numbers, got %1"},
    core::IssueKind{"planned.tempo",
                    "must be empty or lift-pause-lower seconds like \"2-1-3\", got %1"},
    // A plan's reasons (a saved plan, a request's previous plan): their typed values.
    core::IssueKind{"reason.values", "must be an object of named reason values, got %1"},
    core::IssueKind{"reason.value", "must be a reason value such as {\"pain\": 4}, got %1"},
    core::IssueKind{"reason.exercise", "an exercise value needs \"exercise\" and \"name\" "
                                       "strings and an optional whole-number \"pain\", got %1"},
    core::IssueKind{"reason.one_key", "must have one key (number, pain, percent, date, exercise, "
                                      "word, text or list), got %1"},
    core::IssueKind{"reason.whole", "\"%1\" must be a whole number, got %2"},
    core::IssueKind{"reason.date", "\"date\" must be a calendar date written YYYY-MM-DD, got %1"},
    core::IssueKind{"reason.text", "\"%1\" must be a string, got %2"},
    core::IssueKind{"reason.list", "\"list\" must be a list of reason values, got %1"},
    core::IssueKind{"reason.type", "unknown reason value type \"%1\" (expected number, pain, "
                                   "percent, date, exercise, word, text or list)"},
};

} // namespace

std::span<const core::IssueKind> formatIssueKinds()
{
    return kKinds;
}

FormatIssue formatIssue(std::string pointer, std::string_view kind, std::vector<std::string> values)
{
    std::string message = core::issueEnglish(kKinds, kind, values);
    return {std::move(pointer), std::move(message), 0, 0, std::string(kind), std::move(values)};
}

FormatIssue formatIssue(std::string pointer, const core::ValidationIssue& issue)
{
    return {std::move(pointer), issue.message, 0, 0, issue.kind, issue.values};
}

FormatIssue formatIssue(std::string pointer, const core::FieldIssue& issue)
{
    return {std::move(pointer), issue.message, 0, 0, issue.kind, issue.values};
}

} // namespace glidepath::io
