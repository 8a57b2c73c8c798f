#include "validation_checker.h"

#include <glidepath/core/field_issue.h>
#include <glidepath/core/validation.h>

#include <array>

// The kinds of problem the checks of client records, templates and pictures report, with the
// English words each check wrote before they were data. Kinds they share with the exercise
// checks ("value.range", "text.line_break", ...) come from validationIssueKinds().

namespace glidepath::core {

namespace {

constexpr std::array kKinds{
    // Text without a subject of its own (a template's name and note).
    IssueKind{"text.here_line_break", "contains a line break; it must be one line"},
    IssueKind{"text.here_carriage_return",
              "contains a carriage return (U+000D); break lines with a line feed only"},
    IssueKind{"text.here_control_character", "contains the control character %1"},
    IssueKind{"text.too_many_bytes", "%1 is too long (%2 bytes at most)"},
    IssueKind{"text.longer_than", "is longer than %1 characters"},
    IssueKind{"text.at_most", "must be at most %1 characters"},
    IssueKind{"list.more_than_once", "'%1' is listed more than once"},
    IssueKind{"value.at_least", "must be at least %1"},
    IssueKind{"value.not_negative", "must not be negative"},
    IssueKind{"value.from_to", "must be %1 to %2"},
    IssueKind{"date.year_range", "must be a date from year 1 to 9999"},
    // Storage's own checks of exercises it is given.
    IssueKind{"id.twice", "the id '%1' appears more than once"},
    IssueKind{"language.code", "\"%1\" is not a language code like \"de\""},
    // Profiles and check-ins.
    IssueKind{"client.name_missing", "the client needs a name"},
    IssueKind{"client.conditions_none", "choose at least one condition (%L)"},
    IssueKind{"client.age", "must be between 8 and 110, or 0 when unknown, not %1"},
    IssueKind{"client.next_review", "must be a date from %1 to %2, not %3"},
    IssueKind{"client.answered_both", "'%1' is answered both yes and no"},
    IssueKind{"checkin.adherence", "must be a share between 0 and 1 (sessions done / planned)"},
    // Session logs and PSFS assessments.
    IssueKind{"log.empty", "a session log needs at least one exercise"},
    IssueKind{"log.exercise_id",
              "'%1' is not a valid exercise id (lowercase letters, digits and hyphens)"},
    IssueKind{"log.twice", "'%1' is logged twice in one session"},
    IssueKind{"log.skipped_sets", "a skipped exercise has no sets done"},
    IssueKind{"log.skipped_pain", "a skipped exercise has no pain during it"},
    IssueKind{"log.skipped_difficulty", "a skipped exercise has no difficulty"},
    IssueKind{"log.done_no_sets", "an exercise that was done has at least 1 set"},
    IssueKind{"log.done_short", "%1 of %2 planned sets is 'partly', not 'done'"},
    IssueKind{"log.partly_no_sets",
              "an exercise done partly has at least 1 set; with none it was skipped"},
    IssueKind{"log.partly_all", "all %1 planned sets is 'done', not 'partly'"},
    IssueKind{"log.planned_date", "the planned session (%1) is %2 days from the log date %3; at "
                                  "most %4 days apart"},
    IssueKind{"psfs.count", "name %1 to %2 activities, not %3"},
    IssueKind{"psfs.activity_empty", "name the activity"},
    IssueKind{"review.clinician", "say who saw the client"},
    // Plan templates.
    IssueKind{"template.name_empty", "is empty; give the template a name"},
    IssueKind{"template.days", "must hold seven days, Monday to Sunday"},
    IssueKind{"template.rest_day", "is a rest day but lists exercises"},
    IssueKind{"template.id_empty", "is empty; every exercise needs its library id"},
    IssueKind{"template.reps_or_hold", "needs repetitions or a hold time"},
    // Pictures (poses and props).
    IssueKind{"pose.joint_range", "must lie within %1 to %2 figure units on both axes"},
    IssueKind{"pose.limb",
              "is %1 units from the %2, an implausible limb length (about %3 expected)"},
    IssueKind{"pose.prop_area", "must lie within the figure's area"},
    IssueKind{"pose.band_joints", "a band or strap runs through 1 to 4 joints"},
    IssueKind{"pose.weight_joints", "a weight hangs on exactly one joint"},
    IssueKind{"pose.ball_joints", "a ball sits at one joint or between two"},
    IssueKind{"pose.ball_size", "a ball needs a diameter above 0"},
    IssueKind{"pose.placed", "a %1 is placed, not attached to joints"},
    IssueKind{"pose.size", "must be above 0 and at most %1"},
};

} // namespace

std::span<const IssueKind> fieldIssueKinds()
{
    return kKinds;
}

FieldIssue fieldIssue(std::string field, std::string_view kind, std::vector<std::string> values)
{
    std::string message = issueEnglish(kKinds, kind, values);
    if (message.empty()) {
        message = issueEnglish(validationIssueKinds(), kind, values);
    }
    return {std::move(field), std::move(message), std::string(kind), std::move(values)};
}

namespace detail {

std::optional<FieldIssue> controlCharacterIssue(std::string field, std::string_view text,
                                                TextLines lines, std::string_view subject)
{
    const ControlProblem problem = findControlCharacter(text, lines);
    if (problem.kind.empty()) {
        return std::nullopt;
    }
    if (subject.empty()) {
        // "text.line_break" -> "text.here_line_break"
        const std::string kind = "text.here_" + problem.kind.substr(5);
        return problem.kind == "text.control_character"
                   ? fieldIssue(std::move(field), kind, {problem.codePoint})
                   : fieldIssue(std::move(field), kind);
    }
    std::vector<std::string> values{std::string(subject)};
    if (problem.kind == "text.control_character") {
        values.push_back(problem.codePoint);
    }
    return fieldIssue(std::move(field), problem.kind, std::move(values));
}

} // namespace detail

} // namespace glidepath::core
