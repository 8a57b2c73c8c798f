#include "engine_text.h"

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

using text::quote;

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
            issues.push_back({item, "unknown value; expected " + acceptedNames<E>()});
        } else if (std::count(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(i),
                              values[i]) > 0) {
            issues.push_back({item, quote(toString(values[i])) + " is listed twice"});
        }
    }
}

void checkRange(std::vector<FieldIssue>& issues, const std::string& field, int value, int low,
                int high)
{
    if (value < low || value > high) {
        issues.push_back({field, "must be between " + std::to_string(low) + " and " +
                                     std::to_string(high) + ", not " + std::to_string(value)});
    }
}

} // namespace

std::vector<FieldIssue> validateProfile(const ClientProfile& profile)
{
    std::vector<FieldIssue> issues;
    if (auto problem = controlCharacterProblem(profile.name, TextLines::One)) {
        issues.push_back({"name", "the name " + *problem});
    } else if (isBlank(profile.name)) {
        issues.push_back({"name", "the client needs a name"});
    } else if (profile.name.size() > 200) {
        issues.push_back({"name", "the name is too long (200 bytes at most)"});
    }
    if (auto problem = controlCharacterProblem(profile.notes, TextLines::Many)) {
        issues.push_back({"notes", "the notes " + *problem});
    }
    if (profile.conditions.empty()) {
        issues.push_back(
            {"conditions", "choose at least one condition (" + acceptedNames<Condition>() + ")"});
    }
    checkList(issues, "conditions", profile.conditions);
    if (toString(profile.side).empty()) {
        issues.push_back({"side", "unknown value; expected " + acceptedNames<Side>()});
    }
    checkList(issues, "goals", profile.goals);
    checkList(issues, "equipment", profile.equipment);
    if (contains(profile.equipment, Equipment::None) && profile.equipment.size() > 1) {
        issues.push_back({"equipment", "'none' must stand alone; remove it or the other items"});
    }
    checkRange(issues, "sessions_per_week", profile.sessionsPerWeek, 2, 7);
    checkRange(issues, "minutes_per_session", profile.minutesPerSession, 10, 60);
    if (profile.age != 0 && (profile.age < 8 || profile.age > 110)) {
        issues.push_back({"age", "must be between 8 and 110, or 0 when unknown, not " +
                                     std::to_string(profile.age)});
    }
    if (profile.nextReview && !isAcceptedDate(*profile.nextReview)) {
        issues.push_back({"next_review", "must be a date from 1900 to 2200, not " +
                                             toIsoString(*profile.nextReview)});
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
            {"next_morning", "unknown value; expected " + acceptedNames<NextMorning>()});
    }
    if (toString(checkIn.swelling).empty()) {
        issues.push_back({"swelling", "unknown value; expected " + acceptedNames<Swelling>()});
    }
    if (toString(checkIn.difficulty).empty()) {
        issues.push_back({"difficulty", "unknown value; expected " + acceptedNames<Difficulty>()});
    }
    // NaN fails both comparisons, so test for the good range rather than the bad one.
    if (!(checkIn.adherence >= 0.0 && checkIn.adherence <= 1.0)) {
        issues.push_back(
            {"adherence", "must be a share between 0 and 1 (sessions done / planned)"});
    }
    for (const auto& [id, pain] : checkIn.painfulExercises) {
        const std::string field = "painful_exercises/" + id;
        if (!isValidSlug(id)) {
            issues.push_back({field, "'" + id + "' is not a valid exercise id"});
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
