#include <glidepath/core/client.h>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <set>

using namespace glidepath::core;

namespace {

ClientProfile validProfile()
{
    ClientProfile p;
    p.name = "Alex Example";
    p.conditions = {Condition::PatellofemoralPain};
    p.side = Side::Left;
    p.goals = {Goal::Stairs};
    p.equipment = {Equipment::Mat, Equipment::Band};
    p.sessionsPerWeek = 3;
    p.minutesPerSession = 20;
    p.age = 34;
    return p;
}

std::vector<std::string> fieldsOf(const std::vector<FieldIssue>& issues)
{
    std::vector<std::string> out;
    for (const auto& i : issues) {
        out.push_back(i.field);
        EXPECT_FALSE(i.message.empty()) << i.field;
    }
    return out;
}

using Fields = std::vector<std::string>;

} // namespace

TEST(ValidateProfile, ValidProfileHasNoIssues)
{
    EXPECT_TRUE(validateProfile(validProfile()).empty());
    auto p = validProfile();
    p.age = 0; // unknown
    p.goals.clear();
    p.equipment.clear();
    EXPECT_TRUE(validateProfile(p).empty());
}

TEST(ValidateProfile, Ranges)
{
    auto p = validProfile();
    p.sessionsPerWeek = 1;
    EXPECT_EQ(fieldsOf(validateProfile(p)), Fields{"sessions_per_week"});
    p.sessionsPerWeek = 8;
    EXPECT_EQ(fieldsOf(validateProfile(p)), Fields{"sessions_per_week"});
    p.sessionsPerWeek = 7;
    EXPECT_TRUE(validateProfile(p).empty());
    p.sessionsPerWeek = 2;
    EXPECT_TRUE(validateProfile(p).empty());

    p = validProfile();
    p.minutesPerSession = 9;
    EXPECT_EQ(fieldsOf(validateProfile(p)), Fields{"minutes_per_session"});
    p.minutesPerSession = 61;
    EXPECT_EQ(fieldsOf(validateProfile(p)), Fields{"minutes_per_session"});
    p.minutesPerSession = 60;
    EXPECT_TRUE(validateProfile(p).empty());

    p = validProfile();
    for (const int bad : {-1, 1, 7, 111}) {
        p.age = bad;
        EXPECT_EQ(fieldsOf(validateProfile(p)), Fields{"age"}) << bad;
    }
    for (const int good : {0, 8, 110}) {
        p.age = good;
        EXPECT_TRUE(validateProfile(p).empty()) << good;
    }
}

TEST(ValidateProfile, NeedsConditionAndName)
{
    auto p = validProfile();
    p.conditions.clear();
    EXPECT_EQ(fieldsOf(validateProfile(p)), Fields{"conditions"});
    p = validProfile();
    p.name = "  ";
    EXPECT_EQ(fieldsOf(validateProfile(p)), Fields{"name"});
}

TEST(ValidateProfile, ListsHaveNoRepeatsOrUnknowns)
{
    auto p = validProfile();
    p.conditions = {Condition::HipImbalance, Condition::HipImbalance};
    EXPECT_EQ(fieldsOf(validateProfile(p)), Fields{"conditions/1"});
    p = validProfile();
    p.goals = {static_cast<Goal>(77)};
    EXPECT_EQ(fieldsOf(validateProfile(p)), Fields{"goals/0"});
    p = validProfile();
    p.equipment = {Equipment::None, Equipment::Band};
    EXPECT_EQ(fieldsOf(validateProfile(p)), Fields{"equipment"});
    p = validProfile();
    p.side = static_cast<Side>(9);
    EXPECT_EQ(fieldsOf(validateProfile(p)), Fields{"side"});
}

TEST(ValidateCheckIn, DefaultIsValid)
{
    EXPECT_TRUE(validateCheckIn(CheckIn{}).empty());
}

TEST(ValidateCheckIn, PainRanges)
{
    CheckIn c;
    c.painRest = 11;
    EXPECT_EQ(fieldsOf(validateCheckIn(c)), Fields{"pain_rest"});
    c = {};
    c.painActivity = -1;
    EXPECT_EQ(fieldsOf(validateCheckIn(c)), Fields{"pain_activity"});
    c = {};
    c.painExercise = 11;
    EXPECT_EQ(fieldsOf(validateCheckIn(c)), Fields{"pain_exercise"});
    c = {};
    c.painRest = 10;
    c.painActivity = 0;
    c.painExercise = 10;
    EXPECT_TRUE(validateCheckIn(c).empty());
}

TEST(ValidateCheckIn, Adherence)
{
    CheckIn c;
    for (const double good : {0.0, 0.5, 1.0}) {
        c.adherence = good;
        EXPECT_TRUE(validateCheckIn(c).empty()) << good;
    }
    for (const double bad : {-0.01, 1.01, std::numeric_limits<double>::quiet_NaN(),
                             std::numeric_limits<double>::infinity()}) {
        c.adherence = bad;
        EXPECT_EQ(fieldsOf(validateCheckIn(c)), Fields{"adherence"}) << bad;
    }
}

TEST(ValidateCheckIn, PainfulExercises)
{
    CheckIn c;
    c.painfulExercises = {{"pelvic-curl", 4}, {"step-down", 10}};
    EXPECT_TRUE(validateCheckIn(c).empty());
    c.painfulExercises["step-down"] = 11;
    EXPECT_EQ(fieldsOf(validateCheckIn(c)), Fields{"painful_exercises/step-down"});
    c.painfulExercises = {{"clamshell", -1}};
    EXPECT_EQ(fieldsOf(validateCheckIn(c)), Fields{"painful_exercises/clamshell"});
    c.painfulExercises = {{"Not an id", 3}};
    EXPECT_EQ(fieldsOf(validateCheckIn(c)), Fields{"painful_exercises/Not an id"});
}

TEST(ValidateCheckIn, RedFlagsNoRepeats)
{
    CheckIn c;
    c.redFlags = {RedFlag::LockedKnee, RedFlag::LockedKnee};
    EXPECT_EQ(fieldsOf(validateCheckIn(c)), Fields{"red_flags/1"});
}

TEST(ValidateProfile, NameIsOneLineAndNotesHoldNoControlCharacters)
{
    ClientProfile p = validProfile();
    p.name = "Ann\r\nLee";
    EXPECT_EQ(fieldsOf(validateProfile(p)), Fields{"name"});
    p = validProfile();
    p.notes = "Sore on stairs.\nBetter on the flat.";
    EXPECT_TRUE(validateProfile(p).empty());
    p.notes = "Sore\x1b[31m";
    EXPECT_EQ(fieldsOf(validateProfile(p)), Fields{"notes"});
}
