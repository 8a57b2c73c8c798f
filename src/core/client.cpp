#include "engine_text.h"

#include <glidepath/core/client.h>
#include <glidepath/core/validation.h>

#include <algorithm>

namespace glidepath::core {

std::string_view redFlagQuestion(RedFlag flag)
{
    switch (flag) {
    case RedFlag::HotSwollenJointFever:
        return "Is the knee or hip hot, red and swollen, and do you have a fever or feel unwell?";
    case RedFlag::CannotBearWeight:
        return "Since an injury, are you unable to put weight on the leg or take four steps?";
    case RedFlag::LockedKnee:
        return "Does the knee lock, or can you not straighten it fully?";
    case RedFlag::RapidSwellingAfterInjury:
        return "Did the knee swell up a lot within a few hours of an injury?";
    case RedFlag::SuspectedStructuralInjury:
        return "Do you think the kneecap has dislocated, a bone is broken or a tendon has torn?";
    case RedFlag::ConstantOrNightPain:
        return "Is the pain constant, or does it wake you at night whatever position you are in?";
    case RedFlag::UnexplainedWeightLoss:
        return "Have you lost weight recently without trying?";
    case RedFlag::NumbnessOrColourChange:
        return "Do you have numbness, pins and needles, or a change of colour in the leg or foot?";
    case RedFlag::YoungPersonHipRotationPain:
        return "Is the client a child or teenager whose knee pain comes with pain when the hip is "
               "turned in or out?";
    case RedFlag::DvtSigns:
        return "Is one calf painful, swollen, warm or red, especially since an operation or a "
               "time of little movement?";
    case RedFlag::WoundProblem:
        return "After an operation, is the wound red, oozing or opening, or do you have a fever?";
    case RedFlag::CancerHistoryNewPain:
        return "Have you had cancer, and is this pain new and without a clear cause, or worse at "
               "night?";
    case RedFlag::InflammatoryPattern:
        return "Are several joints swollen, or are you stiff for more than half an hour every "
               "morning, or generally unwell?";
    case RedFlag::ProgressiveNeurologicalSigns:
        return "Is numbness or weakness in the leg spreading or getting worse, or does the foot "
               "drop or catch when you walk?";
    }
    return {};
}

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

std::string_view redFlagReferral(RedFlag flag)
{
    switch (flag) {
    case RedFlag::HotSwollenJointFever:
        return "A hot, swollen joint with a fever can mean an infection. Please contact a doctor "
               "or urgent care today, and do not exercise the leg until you have been seen.";
    case RedFlag::CannotBearWeight:
        return "Not being able to take weight after an injury needs checking for a fracture. "
               "Please see a doctor or an urgent care centre before starting any exercise.";
    case RedFlag::LockedKnee:
        return "A knee that locks or will not straighten may have a torn cartilage or a loose "
               "fragment. Please book an assessment with a doctor or physiotherapist first.";
    case RedFlag::RapidSwellingAfterInjury:
        return "Swelling that comes up within hours of an injury often means bleeding inside the "
               "joint. Please have the knee assessed by a doctor or physiotherapist soon.";
    case RedFlag::SuspectedStructuralInjury:
        return "A possible dislocation, fracture or tendon tear needs a medical assessment. "
               "Please see a doctor or urgent care before starting this programme.";
    case RedFlag::ConstantOrNightPain:
        return "Pain that never eases or wakes you at night is not typical of this kind of knee "
               "or hip pain. Please ask your doctor to look into it before exercising.";
    case RedFlag::UnexplainedWeightLoss:
        return "Weight loss without a reason should be checked by your doctor. Please book an "
               "appointment and mention your joint pain as well.";
    case RedFlag::NumbnessOrColourChange:
        return "Numbness, tingling or colour change can come from a nerve or the circulation. "
               "Please see a doctor soon; go urgently if the leg is cold, pale or getting worse.";
    case RedFlag::YoungPersonHipRotationPain:
        return "In a growing child, knee pain with painful hip turning can come from the hip "
               "growth plate. Please see a doctor today (the same day) and avoid running, "
               "jumping and heavy loading until then.";
    case RedFlag::DvtSigns:
        return "A painful, swollen, warm calf can be a blood clot. Please see a doctor or urgent "
               "care today (the same day) and do not exercise the leg until then.";
    case RedFlag::WoundProblem:
        return "A red, oozing or opening wound or a fever after an operation needs checking. "
               "Please contact your surgical team or a doctor today and pause the exercises "
               "until they have seen it.";
    case RedFlag::CancerHistoryNewPain:
        return "New, unexplained pain after cancer should be checked by your doctor. Please "
               "book an appointment soon and mention this pain before you start exercising.";
    case RedFlag::InflammatoryPattern:
        return "Several swollen joints or long morning stiffness can be an inflammatory "
               "condition. Please see your doctor soon; it may need a blood test or a specialist.";
    case RedFlag::ProgressiveNeurologicalSigns:
        return "Numbness or weakness that is spreading, or a dropping foot, needs a medical "
               "assessment today. Please see a doctor or urgent care the same day.";
    }
    return {};
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
