#include <glidepath/core/issue_kind.h>
#include <glidepath/report/issue_text.h>

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <system_error>

namespace glidepath::report {

namespace {

constexpr const char* kContext = "IssueText";

// One kind's English pattern (the same as core's and io's, which a test checks) and which of
// its values are words of ours to translate (bit i: value %(i+1)); the others are the user's
// text, ids, numbers and the file's own keys, shown as written.
struct Words
{
    std::string_view kind;
    const char* pattern;
    std::uint32_t translated = 0;
};

constexpr std::uint32_t first = 1U;
constexpr std::uint32_t second = 2U;
constexpr std::uint32_t third = 4U;
constexpr std::uint32_t fourth = 8U;

// Patterns in the order of core's and io's tables.
const std::array kWords{
    // core::validationIssueKinds()
    Words{"text.not_utf8", QT_TRANSLATE_NOOP("IssueText", "%1 is not valid UTF-8 text"), first},
    Words{"text.line_break",
          QT_TRANSLATE_NOOP("IssueText", "%1 contains a line break; it must be one line"), first},
    Words{"text.carriage_return",
          QT_TRANSLATE_NOOP("IssueText", "%1 contains a carriage return (U+000D); break lines "
                                         "with a line feed only"),
          first},
    Words{"text.control_character",
          QT_TRANSLATE_NOOP("IssueText", "%1 contains the control character %2"), first},
    Words{"text.empty", QT_TRANSLATE_NOOP("IssueText", "%1 must not be empty"), first},
    Words{"text.too_long",
          QT_TRANSLATE_NOOP("IssueText", "%1 is %2 characters long; the most allowed is %3"),
          first},
    Words{"text.nothing",
          QT_TRANSLATE_NOOP("IssueText", "has none of name, summary, instructions or cues")},
    Words{"value.range", QT_TRANSLATE_NOOP("IssueText", "must be between %1 and %2, not %3")},
    Words{"value.unknown", QT_TRANSLATE_NOOP("IssueText", "unknown value; expected %L")},
    Words{"list.twice", QT_TRANSLATE_NOOP("IssueText", "'%1' is listed twice")},
    Words{"id.invalid",
          QT_TRANSLATE_NOOP("IssueText", "'%1' is not a valid id: use 2 to 64 lowercase letters, "
                                         "digits and single hyphens, not starting or ending with "
                                         "a hyphen")},
    Words{"steps.count", QT_TRANSLATE_NOOP("IssueText", "needs 2 to 20 steps, not %1")},
    Words{"cues.count", QT_TRANSLATE_NOOP("IssueText", "needs 2 to 10 cues, not %1")},
    Words{"phase.max_below_min",
          QT_TRANSLATE_NOOP("IssueText", "phase_max %1 is below phase_min %2")},
    Words{"phase.landing", QT_TRANSLATE_NOOP("IssueText", "landing exercises start in phase 3 or "
                                                          "later, not phase %1")},
    Words{"phase.high_impact",
          QT_TRANSLATE_NOOP("IssueText", "high-impact exercises start in phase 4, not phase %1")},
    Words{"regions.none", QT_TRANSLATE_NOOP("IssueText", "name at least one region (%L)")},
    Words{"muscles.none",
          QT_TRANSLATE_NOOP("IssueText", "name at least one muscle; the first is the main target")},
    Words{"equipment.none_alone",
          QT_TRANSLATE_NOOP("IssueText", "'none' must stand alone; remove it or the other items")},
    Words{"dose.reps_or_hold",
          QT_TRANSLATE_NOOP("IssueText", "reps or hold_seconds must be above 0 (a pure hold has "
                                         "reps 0 and a hold time)")},
    Words{"dose.tempo",
          QT_TRANSLATE_NOOP("IssueText", "'%1' is not a tempo; write lift-pause-lower seconds like "
                                         "\"2-1-3\", each 0 to 10, or leave it empty")},
    Words{"limits.max_below_min", QT_TRANSLATE_NOOP("IssueText", "%1 %2 is below %3 %4")},
    Words{"limits.min_above_dose",
          QT_TRANSLATE_NOOP("IssueText", "%1 %2 is above the dose's %3 %4")},
    Words{"limits.max_below_dose",
          QT_TRANSLATE_NOOP("IssueText", "%1 %2 is below the dose's %3 %4")},
    Words{"load.needs_kind",
          QT_TRANSLATE_NOOP("IssueText", "must be 0 without a load kind, not %1")},
    Words{"load.needs_equipment",
          QT_TRANSLATE_NOOP("IssueText", "load kind %1 needs '%2' in equipment")},
    Words{"load.level_range",
          QT_TRANSLATE_NOOP("IssueText", "must be between 0 and max_load_level %1, not %2")},
    Words{"precautions.kneeling",
          QT_TRANSLATE_NOOP("IssueText", "position %1 needs the 'kneeling' precaution")},
    Words{"precautions.deep_knee_flexion",
          QT_TRANSLATE_NOOP("IssueText",
                            "knee_flexion high needs the 'deep_knee_flexion' precaution")},
    Words{"precautions.impact",
          QT_TRANSLATE_NOOP("IssueText", "impact %1 needs the 'impact' precaution")},
    Words{"neighbour.invalid", QT_TRANSLATE_NOOP("IssueText", "'%1' is not a valid exercise id")},
    Words{"neighbour.self",
          QT_TRANSLATE_NOOP("IssueText", "an exercise cannot be its own %1 neighbour")},
    Words{
        "neighbour.both",
        QT_TRANSLATE_NOOP("IssueText", "'%1' cannot be both the easier and the harder neighbour")},
    Words{"links.duplicate_id",
          QT_TRANSLATE_NOOP("IssueText", "the id '%1' is used by more than one exercise")},
    Words{"links.unknown_id", QT_TRANSLATE_NOOP("IssueText", "no exercise has the id '%1'")},
    Words{"links.loop", QT_TRANSLATE_NOOP("IssueText", "the %1 chain loops back on itself: %2")},
    Words{"links.contradiction",
          QT_TRANSLATE_NOOP("IssueText", "'%1' ends up both above and below this exercise: the "
                                         "easier and harder links of %2 contradict each other")},

    // core::fieldIssueKinds()
    Words{"text.here_line_break",
          QT_TRANSLATE_NOOP("IssueText", "contains a line break; it must be one line")},
    Words{"text.here_carriage_return",
          QT_TRANSLATE_NOOP("IssueText", "contains a carriage return (U+000D); break lines with a "
                                         "line feed only")},
    Words{"text.here_control_character",
          QT_TRANSLATE_NOOP("IssueText", "contains the control character %1")},
    Words{"text.too_many_bytes",
          QT_TRANSLATE_NOOP("IssueText", "%1 is too long (%2 bytes at most)"), first},
    Words{"text.longer_than", QT_TRANSLATE_NOOP("IssueText", "is longer than %1 characters")},
    Words{"text.at_most", QT_TRANSLATE_NOOP("IssueText", "must be at most %1 characters")},
    Words{"list.more_than_once", QT_TRANSLATE_NOOP("IssueText", "'%1' is listed more than once")},
    Words{"value.at_least", QT_TRANSLATE_NOOP("IssueText", "must be at least %1")},
    Words{"value.not_negative", QT_TRANSLATE_NOOP("IssueText", "must not be negative")},
    Words{"value.from_to", QT_TRANSLATE_NOOP("IssueText", "must be %1 to %2")},
    Words{"date.year_range", QT_TRANSLATE_NOOP("IssueText", "must be a date from year 1 to 9999")},
    Words{"id.twice", QT_TRANSLATE_NOOP("IssueText", "the id '%1' appears more than once")},
    Words{"language.code",
          QT_TRANSLATE_NOOP("IssueText", "\"%1\" is not a language code like \"de\"")},
    Words{"client.name_missing", QT_TRANSLATE_NOOP("IssueText", "the client needs a name")},
    Words{"client.conditions_none",
          QT_TRANSLATE_NOOP("IssueText", "choose at least one condition (%L)")},
    Words{"client.age",
          QT_TRANSLATE_NOOP("IssueText", "must be between 8 and 110, or 0 when unknown, not %1")},
    Words{"client.next_review",
          QT_TRANSLATE_NOOP("IssueText", "must be a date from %1 to %2, not %3")},
    Words{"client.answered_both",
          QT_TRANSLATE_NOOP("IssueText", "'%1' is answered both yes and no")},
    Words{"checkin.adherence",
          QT_TRANSLATE_NOOP("IssueText",
                            "must be a share between 0 and 1 (sessions done / planned)")},
    Words{"log.empty", QT_TRANSLATE_NOOP("IssueText", "a session log needs at least one exercise")},
    Words{"log.exercise_id",
          QT_TRANSLATE_NOOP("IssueText", "'%1' is not a valid exercise id (lowercase letters, "
                                         "digits and hyphens)")},
    Words{"log.twice", QT_TRANSLATE_NOOP("IssueText", "'%1' is logged twice in one session")},
    Words{"log.skipped_sets",
          QT_TRANSLATE_NOOP("IssueText", "a skipped exercise has no sets done")},
    Words{"log.skipped_pain",
          QT_TRANSLATE_NOOP("IssueText", "a skipped exercise has no pain during it")},
    Words{"log.skipped_difficulty",
          QT_TRANSLATE_NOOP("IssueText", "a skipped exercise has no difficulty")},
    Words{"log.done_no_sets",
          QT_TRANSLATE_NOOP("IssueText", "an exercise that was done has at least 1 set")},
    Words{"log.done_short",
          QT_TRANSLATE_NOOP("IssueText", "%1 of %2 planned sets is 'partly', not 'done'")},
    Words{"log.partly_no_sets",
          QT_TRANSLATE_NOOP(
              "IssueText", "an exercise done partly has at least 1 set; with none it was skipped")},
    Words{"log.partly_all",
          QT_TRANSLATE_NOOP("IssueText", "all %1 planned sets is 'done', not 'partly'")},
    Words{"log.planned_date",
          QT_TRANSLATE_NOOP("IssueText", "the planned session (%1) is %2 days from the log date "
                                         "%3; at most %4 days apart")},
    Words{"psfs.count", QT_TRANSLATE_NOOP("IssueText", "name %1 to %2 activities, not %3")},
    Words{"psfs.activity_empty", QT_TRANSLATE_NOOP("IssueText", "name the activity")},
    Words{"review.clinician", QT_TRANSLATE_NOOP("IssueText", "say who saw the client")},
    Words{"template.name_empty",
          QT_TRANSLATE_NOOP("IssueText", "is empty; give the template a name")},
    Words{"template.days",
          QT_TRANSLATE_NOOP("IssueText", "must hold seven days, Monday to Sunday")},
    Words{"template.rest_day", QT_TRANSLATE_NOOP("IssueText", "is a rest day but lists exercises")},
    Words{"template.id_empty",
          QT_TRANSLATE_NOOP("IssueText", "is empty; every exercise needs its library id")},
    Words{"template.reps_or_hold",
          QT_TRANSLATE_NOOP("IssueText", "needs repetitions or a hold time")},
    Words{"pose.joint_range",
          QT_TRANSLATE_NOOP("IssueText", "must lie within %1 to %2 figure units on both axes")},
    Words{"pose.limb",
          QT_TRANSLATE_NOOP("IssueText", "is %1 units from the %2, an implausible limb length "
                                         "(about %3 expected)")},
    Words{"pose.prop_area", QT_TRANSLATE_NOOP("IssueText", "must lie within the figure's area")},
    Words{"pose.band_joints",
          QT_TRANSLATE_NOOP("IssueText", "a band or strap runs through 1 to 4 joints")},
    Words{"pose.weight_joints",
          QT_TRANSLATE_NOOP("IssueText", "a weight hangs on exactly one joint")},
    Words{"pose.ball_joints",
          QT_TRANSLATE_NOOP("IssueText", "a ball sits at one joint or between two")},
    Words{"pose.ball_size", QT_TRANSLATE_NOOP("IssueText", "a ball needs a diameter above 0")},
    Words{"pose.placed", QT_TRANSLATE_NOOP("IssueText", "a %1 is placed, not attached to joints")},
    Words{"pose.size", QT_TRANSLATE_NOOP("IssueText", "must be above 0 and at most %1")},

    // io::formatIssueKinds()
    Words{"document.too_large",
          QT_TRANSLATE_NOOP("IssueText", "the file is %1; Glidepath reads documents of up to %2")},
    Words{"document.encoding",
          QT_TRANSLATE_NOOP("IssueText", "this file is %1; Glidepath reads UTF-8 only: save it as "
                                         "UTF-8 and try again")},
    Words{"document.database",
          QT_TRANSLATE_NOOP("IssueText",
                            "this is a database file, not a JSON document: a Glidepath database is "
                            "opened as a database (File ▸ Open Database… or --database), not read "
                            "as a file")},
    Words{
        "document.other_file",
        QT_TRANSLATE_NOOP("IssueText",
                          "this is a %1 file, not a JSON document; choose the .json file instead")},
    Words{"document.binary",
          QT_TRANSLATE_NOOP("IssueText",
                            "this is not a text file (it holds binary data), so it "
                            "cannot be a JSON document; choose the .json file instead")},
    Words{"document.empty", QT_TRANSLATE_NOOP("IssueText", "the document is empty")},
    Words{"document.too_deep",
          QT_TRANSLATE_NOOP("IssueText", "lists and objects are nested deeper than %1 levels; no "
                                         "Glidepath document needs more")},
    Words{"document.number_too_large",
          QT_TRANSLATE_NOOP("IssueText", "the number %1 is too large to be read; write a number "
                                         "within the field's range")},
    Words{"document.not_object",
          QT_TRANSLATE_NOOP("IssueText",
                            "the document must be a JSON object {\"format\": \"%1\", ...}, got %2"),
          second},
    Words{"issues.more_one",
          QT_TRANSLATE_NOOP("IssueText", "... and 1 more problem (only the first %1 are listed)")},
    Words{"issues.more", QT_TRANSLATE_NOOP("IssueText", "... and %1 more problems (only the first "
                                                        "%2 are listed)")},
    Words{"header.format_missing",
          QT_TRANSLATE_NOOP("IssueText", "required field is missing; this does not look like %1 "
                                         "(expected \"format\": \"%2\")"),
          first},
    Words{"header.format_wrong",
          QT_TRANSLATE_NOOP("IssueText", "must be \"%1\", got %2; this is not %3"), second | third},
    Words{
        "header.version_missing",
        QT_TRANSLATE_NOOP(
            "IssueText", "required field is missing (this version of Glidepath reads version %1)")},
    Words{"header.version_newer",
          QT_TRANSLATE_NOOP("IssueText", "the file is version %1, written by a newer Glidepath; "
                                         "this version reads version %2 only. Update Glidepath to "
                                         "open it")},
    Words{"header.version_old", QT_TRANSLATE_NOOP("IssueText", "must be %1, got %2")},
    Words{"header.version_range", QT_TRANSLATE_NOOP("IssueText", "must be from %1 to %2, got %3")},
    Words{"field.missing", QT_TRANSLATE_NOOP("IssueText", "required field is missing")},
    Words{"field.duplicate",
          QT_TRANSLATE_NOOP("IssueText", "field \"%1\" appears more than once in the same object; "
                                         "keep only one")},
    Words{"field.unknown",
          QT_TRANSLATE_NOOP("IssueText", "unknown field \"%1\"; this format has no such field")},
    Words{"field.unknown_suggest",
          QT_TRANSLATE_NOOP("IssueText", "unknown field \"%1\" (did you mean \"%2\"?)")},
    Words{"field.not_object", QT_TRANSLATE_NOOP("IssueText", "must be an object, got %1"), first},
    Words{"field.not_text", QT_TRANSLATE_NOOP("IssueText", "must be text, got %1"), first},
    Words{"field.not_whole", QT_TRANSLATE_NOOP("IssueText", "must be a whole number, got %1"),
          first},
    Words{"field.whole_number",
          QT_TRANSLATE_NOOP("IssueText", "must be a whole number from %1 to %2, got %3"), third},
    Words{"field.number", QT_TRANSLATE_NOOP("IssueText", "must be a number from %1 to %2, got %3"),
          third},
    Words{"field.not_bool", QT_TRANSLATE_NOOP("IssueText", "must be true or false, got %1"), first},
    Words{"field.text_or_null", QT_TRANSLATE_NOOP("IssueText", "must be %1 or null, got %2"),
          first | second},
    Words{"field.not_list", QT_TRANSLATE_NOOP("IssueText", "must be a list, got %1"), first},
    Words{"field.not_text_list", QT_TRANSLATE_NOOP("IssueText", "must be a list of text, got %1"),
          first},
    Words{"enum.not_one_of", QT_TRANSLATE_NOOP("IssueText", "must be one of %L, got %1"), first},
    Words{"enum.not_one_of_suggest",
          QT_TRANSLATE_NOOP("IssueText", "must be one of %L, got %1 (did you mean \"%2\"?)"),
          first},
    Words{"enum.not_list", QT_TRANSLATE_NOOP("IssueText", "must be a list of %L, got %1"), first},
    Words{"enum.twice", QT_TRANSLATE_NOOP("IssueText", "\"%1\" is listed more than once")},
    Words{"date.format",
          QT_TRANSLATE_NOOP("IssueText", "must be a calendar date written YYYY-MM-DD, got %1")},
    Words{"date.range", QT_TRANSLATE_NOOP("IssueText", "must be a date from %1 to %2, got %3")},
    Words{"pain.not_object",
          QT_TRANSLATE_NOOP("IssueText", "must be an object of exercise ids and their pain 0-10, "
                                         "like {\"split-squat\": 6}, got %1"),
          first},
    Words{"pain.optional",
          QT_TRANSLATE_NOOP("IssueText", "must be a whole number from 0 to 10 (or left out when "
                                         "not noted), got %1"),
          first},
    Words{"log.worse",
          QT_TRANSLATE_NOOP("IssueText", "must be true (worse the next morning), false (settled) "
                                         "or null (not recorded), got %1"),
          first},
    Words{"planned.reps_or_hold",
          QT_TRANSLATE_NOOP("IssueText", "an exercise needs reps or hold_seconds above 0")},
    Words{"override.kind",
          QT_TRANSLATE_NOOP("IssueText", "must be swap, dose, remove, add or reorder, got %1"),
          first},
    Words{"plan.format", QT_TRANSLATE_NOOP("IssueText", "must be \"%1\", got %2"), second},
    Words{"plan.days",
          QT_TRANSLATE_NOOP("IssueText",
                            "must hold exactly 7 days, one for each day from week_start, got %1")},
    Words{"plan.day_date",
          QT_TRANSLATE_NOOP("IssueText", "must be %1 (week_start + %2 days), got %3")},
    Words{"checkins.order",
          QT_TRANSLATE_NOOP("IssueText", "must not be before the check-in listed before it (%1); "
                                         "list check-ins oldest first")},
    Words{"checkins.after_start",
          QT_TRANSLATE_NOOP("IssueText", "must not be after week_start (%1)")},
    Words{"previous_plan.not_plan",
          QT_TRANSLATE_NOOP("IssueText", "must be a plan (as written by glidepath-cli plan "
                                         "--format json) or null, got %1"),
          first},
    Words{"previous_plan.week",
          QT_TRANSLATE_NOOP("IssueText", "must be before week_start (%1): the previous plan is an "
                                         "earlier week's")},
    Words{"texts.not_object",
          QT_TRANSLATE_NOOP("IssueText",
                            "must be an object of language codes, like {\"de\": {\"name\": ...}}")},
    Words{"texts.english",
          QT_TRANSLATE_NOOP("IssueText", "English is the exercise's own text: put it in name, "
                                         "summary, instructions and cues")},
    Words{"texts.bad_code",
          QT_TRANSLATE_NOOP("IssueText", "\"%1\" is not a language code like \"de\" or \"pt-BR\"")},
    Words{"texts.exercises_not_object",
          QT_TRANSLATE_NOOP("IssueText", "must be an object of exercise ids")},
    Words{"texts.unknown_exercise",
          QT_TRANSLATE_NOOP("IssueText", "no exercise in the library has the id \"%1\"")},
    Words{"document.unreadable", QT_TRANSLATE_NOOP("IssueText", "could not read the document")},
    Words{"json.unexpected",
          QT_TRANSLATE_NOOP("IssueText", "syntax error while parsing %1 - unexpected %2"),
          first | second},
    Words{"json.unexpected_expected",
          QT_TRANSLATE_NOOP("IssueText",
                            "syntax error while parsing %1 - unexpected %2; expected %3"),
          first | second | third},
    Words{"json.ended",
          QT_TRANSLATE_NOOP("IssueText", "syntax error while parsing %1 - unexpected end of input"),
          first},
    Words{"json.ended_expected",
          QT_TRANSLATE_NOOP("IssueText",
                            "syntax error while parsing %1 - unexpected end of input; expected %2"),
          first | second},
    Words{"json.invalid",
          QT_TRANSLATE_NOOP("IssueText", "syntax error while parsing %1 - %2; last read: '%3'"),
          first | second},
    Words{"json.invalid_expected",
          QT_TRANSLATE_NOOP("IssueText",
                            "syntax error while parsing %1 - %2; last read: '%3'; expected %4"),
          first | second | fourth},
    Words{"json.control",
          QT_TRANSLATE_NOOP("IssueText", "syntax error while parsing %1 - invalid string: control "
                                         "character %2 must be escaped to %L; last read: '%3'"),
          first},
    Words{"json.control_expected",
          QT_TRANSLATE_NOOP("IssueText",
                            "syntax error while parsing %1 - invalid string: control character %2 "
                            "must be escaped to %L; last read: '%3'; expected %4"),
          first | fourth},
    Words{"list.repeated", QT_TRANSLATE_NOOP("IssueText", "is listed more than once")},
    Words{"rules.light",
          QT_TRANSLATE_NOOP("IssueText", "must be \"amber\" or \"red\", got \"%1\"")},
    Words{"rules.not_below", QT_TRANSLATE_NOOP("IssueText", "must not be below %1's %2 (%3)")},
    Words{"rules.not_above", QT_TRANSLATE_NOOP("IssueText", "must not be above %1's %2 (%3)")},
    Words{"rules.below_min", QT_TRANSLATE_NOOP("IssueText", "must not be below min (%1)")},
    Words{"rules.weeks_down",
          QT_TRANSLATE_NOOP("IssueText", "the weeks must not go down from one phase to the next")},
    Words{"illustration.point",
          QT_TRANSLATE_NOOP("IssueText", "must be a point [x, y] of two numbers, got %1"), first},
    Words{"planned.tempo",
          QT_TRANSLATE_NOOP("IssueText",
                            "must be empty or lift-pause-lower seconds like \"2-1-3\", got %1"),
          first},
    Words{"logs.after_start",
          QT_TRANSLATE_NOOP("IssueText",
                            "must be before week_start (%1): logs describe past sessions")},
    Words{"reason.values",
          QT_TRANSLATE_NOOP("IssueText", "must be an object of named reason values, got %1"),
          first},
    Words{"reason.value",
          QT_TRANSLATE_NOOP("IssueText", "must be a reason value such as {\"pain\": 4}, got %1"),
          first},
    Words{"reason.exercise",
          QT_TRANSLATE_NOOP("IssueText", "an exercise value needs \"exercise\" and \"name\" "
                                         "strings and an optional whole-number \"pain\", got %1"),
          first},
    Words{"reason.one_key",
          QT_TRANSLATE_NOOP("IssueText", "must have one key (number, pain, percent, date, "
                                         "exercise, word, text or list), got %1"),
          first},
    Words{"reason.whole", QT_TRANSLATE_NOOP("IssueText", "\"%1\" must be a whole number, got %2"),
          second},
    Words{"reason.date",
          QT_TRANSLATE_NOOP("IssueText",
                            "\"date\" must be a calendar date written YYYY-MM-DD, got %1"),
          first},
    Words{"reason.text", QT_TRANSLATE_NOOP("IssueText", "\"%1\" must be a string, got %2"), second},
    Words{"reason.list",
          QT_TRANSLATE_NOOP("IssueText", "\"list\" must be a list of reason values, got %1"),
          first},
    Words{"reason.type",
          QT_TRANSLATE_NOOP("IssueText", "unknown reason value type \"%1\" (expected number, "
                                         "pain, percent, date, exercise, word, text or list)")},
};

// The words of ours that core and io put into values: what a text is, what a JSON value is, what
// a document is. (Keys of the file, such as "easier", stay as the file spells them.)
constexpr std::array kValueWords{
    QT_TRANSLATE_NOOP("IssueText", "name"),
    QT_TRANSLATE_NOOP("IssueText", "summary"),
    QT_TRANSLATE_NOOP("IssueText", "a step"),
    QT_TRANSLATE_NOOP("IssueText", "a cue"),
    QT_TRANSLATE_NOOP("IssueText", "an object"),
    QT_TRANSLATE_NOOP("IssueText", "a list"),
    QT_TRANSLATE_NOOP("IssueText", "an exercise id"),
    QT_TRANSLATE_NOOP("IssueText", "a Glidepath exercise library"),
    QT_TRANSLATE_NOOP("IssueText", "a Glidepath library text file"),
    QT_TRANSLATE_NOOP("IssueText", "a Glidepath plan request"),
    QT_TRANSLATE_NOOP("IssueText", "a Glidepath plan"),
    QT_TRANSLATE_NOOP("IssueText", "a Glidepath progression rules file"),
    // The texts of a client's record that a control character can spoil.
    QT_TRANSLATE_NOOP("IssueText", "the name"),
    QT_TRANSLATE_NOOP("IssueText", "the notes"),
    QT_TRANSLATE_NOOP("IssueText", "the note"),
    QT_TRANSLATE_NOOP("IssueText", "the activity"),
    // The JSON parser's words: what it was reading, the tokens it names, its reasons.
    QT_TRANSLATE_NOOP("IssueText", "value"),
    QT_TRANSLATE_NOOP("IssueText", "object key"),
    QT_TRANSLATE_NOOP("IssueText", "object separator"),
    QT_TRANSLATE_NOOP("IssueText", "object"),
    QT_TRANSLATE_NOOP("IssueText", "array"),
    QT_TRANSLATE_NOOP("IssueText", "'[', '{', or a literal"),
    QT_TRANSLATE_NOOP("IssueText", "true literal"),
    QT_TRANSLATE_NOOP("IssueText", "false literal"),
    QT_TRANSLATE_NOOP("IssueText", "null literal"),
    QT_TRANSLATE_NOOP("IssueText", "string literal"),
    QT_TRANSLATE_NOOP("IssueText", "number literal"),
    QT_TRANSLATE_NOOP("IssueText", "<parse error>"),
    QT_TRANSLATE_NOOP("IssueText", "end of input"),
    QT_TRANSLATE_NOOP("IssueText", "unknown token"),
    QT_TRANSLATE_NOOP("IssueText", "invalid literal"),
    QT_TRANSLATE_NOOP("IssueText", "invalid string: missing closing quote"),
    QT_TRANSLATE_NOOP("IssueText", "invalid string: ill-formed UTF-8 byte"),
    QT_TRANSLATE_NOOP("IssueText", "invalid string: '\\u' must be followed by 4 hex digits"),
    QT_TRANSLATE_NOOP(
        "IssueText", "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF"),
    QT_TRANSLATE_NOOP("IssueText", "invalid string: surrogate U+DC00..U+DFFF must follow "
                                   "U+D800..U+DBFF"),
    QT_TRANSLATE_NOOP("IssueText", "invalid string: forbidden character after backslash"),
    QT_TRANSLATE_NOOP("IssueText", "invalid comment; missing closing '*/'"),
    QT_TRANSLATE_NOOP("IssueText", "invalid comment; expecting '/' or '*' after '/'"),
    QT_TRANSLATE_NOOP("IssueText", "invalid number; expected digit after '-'"),
    QT_TRANSLATE_NOOP("IssueText", "invalid number; expected digit after '.'"),
    QT_TRANSLATE_NOOP("IssueText", "invalid number; expected digit after exponent sign"),
    QT_TRANSLATE_NOOP("IssueText", "invalid BOM; must be 0xEF 0xBB 0xBF if given"),
};

QString translate(const char* source)
{
    return QCoreApplication::translate(kContext, source);
}

const Words* wordsOf(std::string_view kind)
{
    const auto found = std::find_if(kWords.begin(), kWords.end(),
                                    [&](const Words& words) { return words.kind == kind; });
    return found == kWords.end() ? nullptr : &*found;
}

std::string valueWord(const std::string& value)
{
    for (const char* word : kValueWords) {
        if (value == word) {
            return translate(word).toStdString();
        }
    }
    return value;
}

// The system's reason for a failed read or write (errno) in the UI's language: the common ones in
// words of ours (their source text is the system's English), any other as the system says it.
QString systemErrorText(int error)
{
    const char* words = nullptr;
    switch (error) {
    case ENOENT:
        words = QT_TRANSLATE_NOOP("IssueText", "No such file or directory");
        break;
    case EACCES:
        words = QT_TRANSLATE_NOOP("IssueText", "Permission denied");
        break;
    case EPERM:
        words = QT_TRANSLATE_NOOP("IssueText", "Operation not permitted");
        break;
    case ENOSPC:
        words = QT_TRANSLATE_NOOP("IssueText", "No space left on device");
        break;
    case EROFS:
        words = QT_TRANSLATE_NOOP("IssueText", "Read-only file system");
        break;
    case EISDIR:
        words = QT_TRANSLATE_NOOP("IssueText", "Is a directory");
        break;
    case ENOTDIR:
        words = QT_TRANSLATE_NOOP("IssueText", "Not a directory");
        break;
    case ENAMETOOLONG:
        words = QT_TRANSLATE_NOOP("IssueText", "File name too long");
        break;
    default:
        break;
    }
    const std::string system = std::generic_category().message(error);
    // Only where our source text is what the system says, so English reads exactly as before.
    if (words != nullptr && system == words) {
        return translate(words);
    }
    return QString::fromStdString(system);
}

} // namespace

QString issueText(std::string_view kind, const std::vector<std::string>& values,
                  const std::string& message)
{
    const Words* words = kind.empty() ? nullptr : wordsOf(kind);
    if (words == nullptr) {
        return QString::fromStdString(message);
    }
    std::vector<std::string> shown = values;
    for (std::size_t i = 0; i < shown.size() && i < 32; ++i) {
        if ((words->translated >> i) & 1U) {
            shown[i] = valueWord(shown[i]);
        }
    }
    //: Between the items of a list of accepted values, as in "knee, hip or both".
    const std::string separator = QCoreApplication::translate("IssueText", ", ").toStdString();
    //: Before the last item of a list of accepted values, as in "knee, hip or both".
    const std::string last = QCoreApplication::translate("IssueText", " or ").toStdString();
    return QString::fromStdString(
        core::fillIssuePattern(translate(words->pattern).toStdString(), shown, separator, last));
}

QString issueText(const core::ValidationIssue& issue)
{
    return issueText(issue.kind, issue.values, issue.message);
}

QString issueText(const core::FieldIssue& issue)
{
    return issueText(issue.kind, issue.values, issue.message);
}

QString issueText(const io::FormatIssue& issue)
{
    return issueText(issue.kind, issue.values, issue.message);
}

QString describeIssue(const io::FormatIssue& issue)
{
    const QString text = issueText(issue);
    if (!issue.pointer.empty()) {
        QString pointer = QString::fromStdString(issue.pointer);
        if (!issue.subject.empty()) {
            //: Where a problem is: a JSON pointer and the id of the record it is in, e.g.
            //: /exercises/3/name (“my-clamshell”).
            pointer = QCoreApplication::translate("IssueText", "%1 (“%2”)")
                          .arg(pointer, QString::fromStdString(issue.subject));
        }
        if (issue.line > 0) {
            //: A problem in a file: where (a JSON pointer), why, and the line it is on.
            return QCoreApplication::translate("IssueText", "%1: %2 (line %3)")
                .arg(pointer, text, QString::number(issue.line));
        }
        return QCoreApplication::translate("IssueText", "%1: %2").arg(pointer, text);
    }
    if (issue.line > 0 && issue.column > 0) {
        return QCoreApplication::translate("IssueText", "line %1, column %2: %3")
            .arg(QString::number(issue.line), QString::number(issue.column), text);
    }
    if (issue.line > 0) {
        return QCoreApplication::translate("IssueText", "line %1: %2")
            .arg(QString::number(issue.line), text);
    }
    return text;
}

QString fileErrorText(const io::FileError& error)
{
    const QString path = QString::fromStdString(error.path());
    const QString reason = fileErrorReason(error);
    return error.writing()
               ? QCoreApplication::translate("IssueText", "cannot write %1: %2").arg(path, reason)
               : QCoreApplication::translate("IssueText", "cannot read %1: %2").arg(path, reason);
}

QString fileErrorReason(const io::FileError& error)
{
    using Reason = io::FileError::Reason;
    QString reason;
    switch (error.reason()) {
    case Reason::Folder:
        reason = QCoreApplication::translate("IssueText", "it is a folder, not a file");
        break;
    case Reason::TooLarge:
        reason = QCoreApplication::translate("IssueText",
                                             "the file is larger than %1 MB, the most Glidepath "
                                             "reads")
                     .arg(QString::number(static_cast<qulonglong>(error.maxBytes() >> 20)));
        break;
    case Reason::NotAFileName:
        reason = QCoreApplication::translate("IssueText", "not a file name");
        break;
    case Reason::System:
        reason = systemErrorText(error.systemError());
        break;
    }
    return reason;
}

QString issuePattern(std::string_view kind)
{
    const Words* words = wordsOf(kind);
    return words ? QString::fromUtf8(words->pattern) : QString();
}

} // namespace glidepath::report
