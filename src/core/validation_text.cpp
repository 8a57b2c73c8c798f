#include "validation_checker.h"

#include <glidepath/core/validation.h>

#include <algorithm>
#include <array>
#include <cstdint>

// The text checks of validation: UTF-8, control characters, blank and long text, ids, and one
// language's text of an exercise. Also the table of every kind of validation issue.

namespace glidepath::core {

namespace {

constexpr std::array kKinds{
    IssueKind{"text.not_utf8", "%1 is not valid UTF-8 text"},
    IssueKind{"text.line_break", "%1 contains a line break; it must be one line"},
    IssueKind{"text.carriage_return",
              "%1 contains a carriage return (U+000D); break lines with a line feed only"},
    IssueKind{"text.control_character", "%1 contains the control character %2"},
    IssueKind{"text.empty", "%1 must not be empty"},
    IssueKind{"text.too_long", "%1 is %2 characters long; the most allowed is %3"},
    IssueKind{"text.nothing", "has none of name, summary, instructions or cues"},
    IssueKind{"value.range", "must be between %1 and %2, not %3"},
    IssueKind{"value.unknown", "unknown value; expected %L"},
    IssueKind{"list.twice", "'%1' is listed twice"},
    IssueKind{"id.invalid", "'%1' is not a valid id: use 2 to 64 lowercase letters, digits and "
                            "single hyphens, not starting or ending with a hyphen"},
    IssueKind{"steps.count", "needs 2 to 20 steps, not %1"},
    IssueKind{"cues.count", "needs 2 to 10 cues, not %1"},
    IssueKind{"phase.max_below_min", "phase_max %1 is below phase_min %2"},
    IssueKind{"phase.landing", "landing exercises start in phase 3 or later, not phase %1"},
    IssueKind{"phase.high_impact", "high-impact exercises start in phase 4, not phase %1"},
    IssueKind{"regions.none", "name at least one region (%L)"},
    IssueKind{"muscles.none", "name at least one muscle; the first is the main target"},
    IssueKind{"equipment.none_alone", "'none' must stand alone; remove it or the other items"},
    IssueKind{"dose.reps_or_hold",
              "reps or hold_seconds must be above 0 (a pure hold has reps 0 and a hold time)"},
    IssueKind{"dose.tempo", "'%1' is not a tempo; write lift-pause-lower seconds like "
                            "\"2-1-3\", each 0 to 10, or leave it empty"},
    IssueKind{"limits.max_below_min", "%1 %2 is below %3 %4"},
    IssueKind{"limits.min_above_dose", "%1 %2 is above the dose's %3 %4"},
    IssueKind{"limits.max_below_dose", "%1 %2 is below the dose's %3 %4"},
    IssueKind{"load.needs_kind", "must be 0 without a load kind, not %1"},
    IssueKind{"load.needs_equipment", "load kind %1 needs '%2' in equipment"},
    IssueKind{"load.level_range", "must be between 0 and max_load_level %1, not %2"},
    IssueKind{"precautions.kneeling", "position %1 needs the 'kneeling' precaution"},
    IssueKind{"precautions.deep_knee_flexion",
              "knee_flexion high needs the 'deep_knee_flexion' precaution"},
    IssueKind{"precautions.impact", "impact %1 needs the 'impact' precaution"},
    IssueKind{"neighbour.invalid", "'%1' is not a valid exercise id"},
    IssueKind{"neighbour.self", "an exercise cannot be its own %1 neighbour"},
    IssueKind{"neighbour.both", "'%1' cannot be both the easier and the harder neighbour"},
    IssueKind{"links.duplicate_id", "the id '%1' is used by more than one exercise"},
    IssueKind{"links.unknown_id", "no exercise has the id '%1'"},
    IssueKind{"links.loop", "the %1 chain loops back on itself: %2"},
    IssueKind{"links.contradiction",
              "'%1' ends up both above and below this exercise: the easier and harder links of "
              "%2 contradict each other"},
};

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    });
}

std::string codePointName(std::uint32_t cp)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string name = "U+";
    for (int shift = 12; shift >= 0; shift -= 4) {
        name += kHex[(cp >> shift) & 0xF];
    }
    return name;
}

} // namespace

std::span<const IssueKind> validationIssueKinds()
{
    return kKinds;
}

namespace detail {

long utf8Length(std::string_view text)
{
    long count = 0;
    std::size_t i = 0;
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    while (i < text.size()) {
        const unsigned char lead = byte(i);
        std::size_t extra = 0;
        std::uint32_t cp = 0;
        if (lead < 0x80) {
            cp = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            extra = 1;
            cp = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2;
            cp = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3;
            cp = lead & 0x07;
        } else {
            return -1;
        }
        if (i + extra >= text.size()) {
            return -1; // truncated sequence
        }
        for (std::size_t k = 1; k <= extra; ++k) {
            const unsigned char next = byte(i + k);
            if ((next & 0xC0) != 0x80) {
                return -1;
            }
            cp = (cp << 6) | (next & 0x3F);
        }
        const bool overlong =
            (extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1;
        }
        i += extra + 1;
        ++count;
    }
    return count;
}

ControlProblem findControlCharacter(std::string_view text, TextLines lines)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::uint32_t cp = byte;
        if (byte == 0xC2 && i + 1 < text.size()) {
            // U+0080-U+00BF are C2 followed by the code point's own byte.
            cp = static_cast<unsigned char>(text[i + 1]);
            if (cp < 0x80 || cp > 0x9F) {
                continue;
            }
        } else if (byte >= 0x20 && byte != 0x7F) {
            continue;
        }
        if (cp == '\n' && lines == TextLines::Many) {
            continue;
        }
        if (lines == TextLines::One && (cp == '\n' || cp == '\r')) {
            return {"text.line_break", {}};
        }
        if (cp == '\r') {
            return {"text.carriage_return", {}};
        }
        return {"text.control_character", codePointName(cp)};
    }
    return {};
}

ValidationIssue makeIssue(std::string exerciseId, std::string field, std::string_view kind,
                          std::vector<std::string> values)
{
    std::string message = issueEnglish(validationIssueKinds(), kind, values);
    return {std::move(exerciseId), std::move(field), std::move(message), std::string(kind),
            std::move(values)};
}

void Checker::add(std::string field, std::string_view kind, std::vector<std::string> values)
{
    m_out.push_back(makeIssue(m_id, std::move(field), kind, std::move(values)));
}

void Checker::text(const std::string& field, std::string_view value, long maxLength,
                   std::string_view what, TextLines lines)
{
    const long length = utf8Length(value);
    if (length < 0) {
        add(field, "text.not_utf8", {std::string(what)});
    } else if (const ControlProblem problem = findControlCharacter(value, lines);
               !problem.kind.empty()) {
        std::vector<std::string> values{std::string(what)};
        if (!problem.codePoint.empty()) {
            values.push_back(problem.codePoint);
        }
        add(field, problem.kind, std::move(values));
    } else if (isBlank(value)) {
        add(field, "text.empty", {std::string(what)});
    } else if (length > maxLength) {
        add(field, "text.too_long",
            {std::string(what), std::to_string(length), std::to_string(maxLength)});
    }
}

void Checker::range(const std::string& field, int value, int low, int high)
{
    if (value < low || value > high) {
        add(field, "value.range",
            {std::to_string(low), std::to_string(high), std::to_string(value)});
    }
}

} // namespace detail

std::optional<std::string> controlCharacterProblem(std::string_view text, TextLines lines)
{
    const detail::ControlProblem problem = detail::findControlCharacter(text, lines);
    if (problem.kind.empty()) {
        return std::nullopt;
    }
    if (problem.kind == "text.line_break") {
        return std::string("contains a line break; it must be one line");
    }
    if (problem.kind == "text.carriage_return") {
        return std::string("contains a carriage return (U+000D); break lines with a line "
                           "feed only");
    }
    return "contains the control character " + problem.codePoint;
}

bool isValidSlug(std::string_view id)
{
    if (id.size() < 2 || id.size() > 64 || id.front() == '-' || id.back() == '-') {
        return false;
    }
    char previous = 0;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-')) {
            return false;
        }
        previous = c;
    }
    return true;
}

std::vector<ValidationIssue> validateExerciseText(const std::string& exerciseId,
                                                  const std::string& field,
                                                  const ExerciseText& text)
{
    // The same limits as the English text, for the fields the translation has.
    std::vector<ValidationIssue> issues;
    detail::Checker check(issues, exerciseId);
    if (text.empty()) {
        check.add(field, "text.nothing");
    }
    if (!text.name.empty()) {
        check.text(field + "/name", text.name, 80, "name");
    }
    if (!text.summary.empty()) {
        check.text(field + "/summary", text.summary, 300, "summary");
    }
    if ((!text.instructions.empty() && text.instructions.size() < 2) ||
        text.instructions.size() > 20) {
        check.add(field + "/instructions", "steps.count",
                  {std::to_string(text.instructions.size())});
    }
    for (std::size_t i = 0; i < text.instructions.size(); ++i) {
        check.text(field + "/instructions/" + std::to_string(i), text.instructions[i], 400,
                   "a step", TextLines::Many);
    }
    if ((!text.cues.empty() && text.cues.size() < 2) || text.cues.size() > 10) {
        check.add(field + "/cues", "cues.count", {std::to_string(text.cues.size())});
    }
    for (std::size_t i = 0; i < text.cues.size(); ++i) {
        check.text(field + "/cues/" + std::to_string(i), text.cues[i], 120, "a cue");
    }
    return issues;
}

} // namespace glidepath::core
