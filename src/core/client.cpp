#include "validation_checker.h"

#include <glidepath/core/client.h>
#include <glidepath/core/validation.h>

#include <algorithm>

namespace glidepath::core {

Urgency redFlagUrgency(RedFlag flag)
{
    switch (flag) {
    case RedFlag::HotSwollenJointFever:
    case RedFlag::CannotBearWeight:
    case RedFlag::YoungPersonHipRotationPain:
    case RedFlag::DvtSigns:
    case RedFlag::WoundProblem:
    case RedFlag::ProgressiveNeurologicalSigns:
        return Urgency::SameDay;
    default:
        return Urgency::Soon;
    }
}

namespace {

bool isBlank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

template <typename E>
void checkList(std::vector<FieldIssue>& issues, const std::string& field,
               const std::vector<E>& values)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::string item = field + "/" + std::to_string(i);
        if (toString(values[i]).empty()) {
            issues.push_back(fieldIssue(item, "value.unknown", detail::enumNames<E>()));
        } else if (std::count(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(i),
                              values[i]) > 0) {
            issues.push_back(fieldIssue(item, "list.twice", {std::string(toString(values[i]))}));
        }
    }
}

void checkRange(std::vector<FieldIssue>& issues, const std::string& field, int value, int low,
                int high)
{
    if (value < low || value > high) {
        issues.push_back(
            fieldIssue(field, "value.range",
                       {std::to_string(low), std::to_string(high), std::to_string(value)}));
    }
}

} // namespace

std::vector<FieldIssue> validateProfile(const ClientProfile& profile)
{
    std::vector<FieldIssue> issues;
    if (auto problem =
            detail::controlCharacterIssue("name", profile.name, TextLines::One, "the name")) {
        issues.push_back(std::move(*problem));
    } else if (isBlank(profile.name)) {
        issues.push_back(fieldIssue("name", "client.name_missing"));
    } else if (profile.name.size() > 200) {
        issues.push_back(fieldIssue("name", "text.too_many_bytes", {"the name", "200"}));
    }
    if (auto problem =
            detail::controlCharacterIssue("notes", profile.notes, TextLines::Many, "the notes")) {
        issues.push_back(std::move(*problem));
    }
    if (profile.conditions.empty()) {
        issues.push_back(
            fieldIssue("conditions", "client.conditions_none", detail::enumNames<Condition>()));
    }
    checkList(issues, "conditions", profile.conditions);
    if (toString(profile.side).empty()) {
        issues.push_back(fieldIssue("side", "value.unknown", detail::enumNames<Side>()));
    }
    checkList(issues, "goals", profile.goals);
    checkList(issues, "equipment", profile.equipment);
    if (contains(profile.equipment, Equipment::None) && profile.equipment.size() > 1) {
        issues.push_back(fieldIssue("equipment", "equipment.none_alone"));
    }
    checkRange(issues, "sessions_per_week", profile.sessionsPerWeek, 2, 7);
    checkRange(issues, "minutes_per_session", profile.minutesPerSession, 10, 60);
    if (profile.age != 0 && (profile.age < 8 || profile.age > 110)) {
        issues.push_back(fieldIssue("age", "client.age", {std::to_string(profile.age)}));
    }
    if (profile.nextReview && !isAcceptedDate(*profile.nextReview)) {
        issues.push_back(fieldIssue("next_review", "client.next_review",
                                    {"1900", "2200", toIsoString(*profile.nextReview)}));
    }
    return issues;
}

std::vector<FieldIssue> validateCheckIn(const CheckIn& checkIn)
{
    std::vector<FieldIssue> issues;
    checkRange(issues, "pain_rest", checkIn.painRest, 0, 10);
    checkRange(issues, "pain_activity", checkIn.painActivity, 0, 10);
    checkRange(issues, "pain_exercise", checkIn.painExercise, 0, 10);
    if (toString(checkIn.nextMorning).empty()) {
        issues.push_back(
            fieldIssue("next_morning", "value.unknown", detail::enumNames<NextMorning>()));
    }
    if (toString(checkIn.swelling).empty()) {
        issues.push_back(fieldIssue("swelling", "value.unknown", detail::enumNames<Swelling>()));
    }
    if (toString(checkIn.difficulty).empty()) {
        issues.push_back(
            fieldIssue("difficulty", "value.unknown", detail::enumNames<Difficulty>()));
    }
    // NaN fails both comparisons, so test for the good range rather than the bad one.
    if (!(checkIn.adherence >= 0.0 && checkIn.adherence <= 1.0)) {
        issues.push_back(fieldIssue("adherence", "checkin.adherence"));
    }
    for (const auto& [id, pain] : checkIn.painfulExercises) {
        const std::string field = "painful_exercises/" + id;
        if (!isValidSlug(id)) {
            issues.push_back(fieldIssue(field, "neighbour.invalid", {id}));
        }
        checkRange(issues, field, pain, 0, 10);
    }
    checkList(issues, "red_flags", checkIn.redFlags);
    return issues;
}

std::vector<FieldIssue> validateRedFlags(const std::vector<RedFlag>& flags,
                                         const std::string& field)
{
    std::vector<FieldIssue> issues;
    checkList(issues, field, flags);
    return issues;
}

std::vector<RedFlag> unansweredRedFlags(const std::vector<RedFlag>& yes,
                                        const std::vector<RedFlag>& no)
{
    std::vector<RedFlag> out;
    for (const RedFlag flag : allValues<RedFlag>()) {
        if (!contains(yes, flag) && !contains(no, flag)) {
            out.push_back(flag);
        }
    }
    return out;
}

} // namespace glidepath::core
