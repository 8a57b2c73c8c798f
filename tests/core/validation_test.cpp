#include <glidepath/core/enum_names.h>
#include <glidepath/core/validation.h>

#include <gtest/gtest.h>

#include <algorithm>

using namespace glidepath::core;

namespace {

Exercise validExercise(const std::string& id = "pelvic-curl")
{
    Exercise e;
    e.id = id;
    e.name = "Pelvic curl";
    e.summary = "Rolls the spine into a bridge to wake up the glutes.";
    e.instructions = {"Lie on your back with knees bent.", "Breathe out and peel the hips up."};
    e.cues = {"Weight even on both feet", "Ribs soft"};
    e.category = Category::Strength;
    e.phaseMin = 1;
    e.phaseMax = 3;
    e.position = Position::Supine;
    e.regions = {Region::Hip, Region::Core};
    e.muscles = {Muscle::GluteMax, Muscle::Hamstrings};
    e.kneeFlexion = KneeFlexion::Low;
    e.impact = Impact::None;
    e.equipment = {Equipment::Mat};
    e.laterality = Laterality::Bilateral;
    e.dose = {3, 10, 3, "2-1-3", 45};
    e.limits = {1, 3, 8, 15, 0, 10};
    return e;
}

bool hasIssue(const std::vector<ValidationIssue>& issues, const std::string& field,
              const std::string& exerciseId = {})
{
    return std::any_of(issues.begin(), issues.end(), [&](const ValidationIssue& i) {
        return i.field == field && (exerciseId.empty() || i.exerciseId == exerciseId);
    });
}

std::string fields(const std::vector<ValidationIssue>& issues)
{
    std::string out;
    for (const auto& i : issues) {
        out += i.exerciseId + ":" + i.field + " (" + i.message + ")\n";
    }
    return out;
}

// Exactly one issue and it is on the given field.
void expectOnly(const Exercise& e, const std::string& field)
{
    const auto issues = validateExercise(e);
    ASSERT_EQ(issues.size(), 1u) << fields(issues);
    EXPECT_EQ(issues[0].field, field) << fields(issues);
    EXPECT_EQ(issues[0].exerciseId, e.id);
    EXPECT_FALSE(issues[0].message.empty());
}

} // namespace

TEST(Slug, AcceptsAndRejects)
{
    EXPECT_TRUE(isValidSlug("pelvic-curl"));
    EXPECT_TRUE(isValidSlug("a1"));
    EXPECT_TRUE(isValidSlug("step-down-10cm"));
    EXPECT_TRUE(isValidSlug(std::string(64, 'a')));
    EXPECT_FALSE(isValidSlug(std::string(65, 'a')));
    EXPECT_FALSE(isValidSlug("a"));
    EXPECT_FALSE(isValidSlug(""));
    EXPECT_FALSE(isValidSlug("Pelvic-curl"));
    EXPECT_FALSE(isValidSlug("pelvic--curl"));
    EXPECT_FALSE(isValidSlug("-pelvic"));
    EXPECT_FALSE(isValidSlug("pelvic-"));
    EXPECT_FALSE(isValidSlug("pelvic curl"));
    EXPECT_FALSE(isValidSlug("pelvic_curl"));
    EXPECT_FALSE(isValidSlug("café"));
}

TEST(ValidateExercise, ValidExerciseHasNoIssues)
{
    EXPECT_TRUE(validateExercise(validExercise()).empty())
        << fields(validateExercise(validExercise()));
}

TEST(ValidateExercise, TextFields)
{
    auto e = validExercise();
    e.id = "Bad Id";
    expectOnly(e, "id");

    e = validExercise();
    e.name = "";
    expectOnly(e, "name");
    e.name = "   ";
    expectOnly(e, "name");
    e.name = std::string(80, 'x');
    EXPECT_TRUE(validateExercise(e).empty());
    e.name = std::string(81, 'x');
    expectOnly(e, "name");
    // 80 two-byte characters are 80 characters, not 160.
    std::string accented;
    for (int i = 0; i < 80; ++i) {
        accented += "é";
    }
    e.name = accented;
    EXPECT_TRUE(validateExercise(e).empty());
    e.name = "bad \xC3";
    expectOnly(e, "name");
    e.name = "overlong \xC0\xAF";
    expectOnly(e, "name");

    e = validExercise();
    e.summary = "";
    expectOnly(e, "summary");
}

TEST(ValidateExercise, InstructionsAndCues)
{
    auto e = validExercise();
    e.instructions = {"Only one step."};
    expectOnly(e, "instructions");
    e = validExercise();
    e.instructions.push_back("");
    expectOnly(e, "instructions/2");
    e = validExercise();
    e.cues = {"One"};
    expectOnly(e, "cues");
    e = validExercise();
    e.cues[1] = std::string(121, 'c');
    expectOnly(e, "cues/1");
}

TEST(ValidateExercise, Phases)
{
    auto e = validExercise();
    e.phaseMin = 0;
    expectOnly(e, "phase_min");
    e = validExercise();
    e.phaseMax = 5;
    expectOnly(e, "phase_max");
    e = validExercise();
    e.phaseMin = 3;
    e.phaseMax = 2;
    expectOnly(e, "phase_max");
}

TEST(ValidateExercise, ListsAndEnums)
{
    auto e = validExercise();
    e.regions.clear();
    expectOnly(e, "regions");
    e = validExercise();
    e.regions = {Region::Hip, Region::Hip};
    expectOnly(e, "regions/1");
    e = validExercise();
    e.muscles.clear();
    expectOnly(e, "muscles");
    e = validExercise();
    e.equipment = {Equipment::None, Equipment::Mat};
    expectOnly(e, "equipment");
    e.equipment = {Equipment::None};
    EXPECT_TRUE(validateExercise(e).empty());
    e.equipment = {};
    EXPECT_TRUE(validateExercise(e).empty());
    e = validExercise();
    e.category = static_cast<Category>(42);
    expectOnly(e, "category");
    e = validExercise();
    e.muscles.push_back(static_cast<Muscle>(99));
    expectOnly(e, "muscles/2");
    e = validExercise();
    e.precautions = {Precaution::Balance, Precaution::Balance};
    expectOnly(e, "precautions/1");
}

TEST(ValidateExercise, DoseRanges)
{
    auto e = validExercise();
    e.dose.sets = 0;
    e.limits.minSets = 0;
    {
        const auto issues = validateExercise(e);
        EXPECT_TRUE(hasIssue(issues, "dose/sets"));
        EXPECT_TRUE(hasIssue(issues, "dose_limits/min_sets"));
    }
    e = validExercise();
    e.dose.sets = 11;
    e.limits.maxSets = 11;
    EXPECT_TRUE(hasIssue(validateExercise(e), "dose/sets"));
    e = validExercise();
    e.dose.reps = 51;
    e.limits.maxReps = 50;
    {
        const auto issues = validateExercise(e);
        EXPECT_TRUE(hasIssue(issues, "dose/reps"));
        EXPECT_TRUE(hasIssue(issues, "dose_limits/max_reps"));
    }
    e = validExercise();
    e.dose.holdSeconds = 301;
    e.limits.maxHoldSeconds = 301;
    EXPECT_TRUE(hasIssue(validateExercise(e), "dose/hold_seconds"));
    EXPECT_TRUE(hasIssue(validateExercise(e), "dose_limits/max_hold_seconds"));
    e = validExercise();
    e.dose.restSeconds = 601;
    expectOnly(e, "dose/rest_seconds");
    e.dose.restSeconds = -1;
    expectOnly(e, "dose/rest_seconds");
}

TEST(ValidateExercise, NeedsRepsOrHold)
{
    auto e = validExercise();
    e.dose.reps = 0;
    e.dose.holdSeconds = 0;
    expectOnly(e, "dose/reps");
    // A pure hold is fine.
    e.dose.holdSeconds = 30;
    e.limits.minHoldSeconds = 20;
    e.limits.maxHoldSeconds = 45;
    EXPECT_TRUE(validateExercise(e).empty()) << fields(validateExercise(e));
}

TEST(ValidateExercise, Tempo)
{
    auto e = validExercise();
    for (const char* good : {"", "2-1-3", "0-0-0", "10-10-10", "3-0-3"}) {
        e.dose.tempo = good;
        EXPECT_TRUE(validateExercise(e).empty()) << good;
    }
    for (const char* bad : {"2-1", "2-1-3-1", "11-1-1", "a-b-c", "2--3", "2-1-3-", "-2-1-3",
                            "2 1 3", "002-1-1", "2-1-3 "}) {
        e.dose.tempo = bad;
        expectOnly(e, "dose/tempo");
    }
}

TEST(ValidateExercise, DoseMustSitInsideLimits)
{
    auto e = validExercise();
    e.limits.maxSets = 2; // dose has 3 sets
    expectOnly(e, "dose_limits/max_sets");
    e = validExercise();
    e.limits.minSets = 4;
    e.limits.maxSets = 5;
    expectOnly(e, "dose_limits/min_sets");
    e = validExercise();
    e.limits.minSets = 3;
    e.limits.maxSets = 2;
    expectOnly(e, "dose_limits/max_sets");
    e = validExercise();
    e.limits.maxReps = 9; // dose has 10 reps
    expectOnly(e, "dose_limits/max_reps");
    e = validExercise();
    e.limits.minReps = 11;
    expectOnly(e, "dose_limits/min_reps");
    e = validExercise();
    e.limits.maxHoldSeconds = 2; // dose holds 3 s
    expectOnly(e, "dose_limits/max_hold_seconds");
    e = validExercise();
    e.limits.minHoldSeconds = 4;
    expectOnly(e, "dose_limits/min_hold_seconds");
    // Rep limits do not apply to a pure hold, hold limits not to a dose without a hold.
    e = validExercise();
    e.dose.reps = 0;
    e.dose.holdSeconds = 5;
    e.limits.minReps = 0;
    e.limits.maxReps = 0;
    EXPECT_TRUE(validateExercise(e).empty());
    e = validExercise();
    e.dose.holdSeconds = 0;
    e.limits.minHoldSeconds = 0;
    e.limits.maxHoldSeconds = 0;
    EXPECT_TRUE(validateExercise(e).empty());
}

TEST(ValidateExercise, ConsistencyRules)
{
    auto e = validExercise();
    e.position = Position::Kneeling;
    expectOnly(e, "precautions");
    e.precautions = {Precaution::Kneeling};
    EXPECT_TRUE(validateExercise(e).empty());
    e.position = Position::HalfKneeling;
    e.precautions.clear();
    expectOnly(e, "precautions");

    e = validExercise();
    e.kneeFlexion = KneeFlexion::High;
    expectOnly(e, "precautions");
    e.precautions = {Precaution::DeepKneeFlexion};
    EXPECT_TRUE(validateExercise(e).empty());

    e = validExercise();
    e.impact = Impact::Low;
    expectOnly(e, "precautions");
    e.precautions = {Precaution::Impact};
    EXPECT_TRUE(validateExercise(e).empty());

    e = validExercise();
    e.category = Category::Landing;
    e.phaseMin = 2;
    expectOnly(e, "phase_min");
    e.phaseMin = 3;
    EXPECT_TRUE(validateExercise(e).empty());

    e = validExercise();
    e.impact = Impact::High;
    e.precautions = {Precaution::Impact};
    e.phaseMin = 3;
    e.phaseMax = 4;
    expectOnly(e, "phase_min");
    e.phaseMin = 4;
    EXPECT_TRUE(validateExercise(e).empty());
}

// A load is planned only with its equipment at home, and the handout lists the exercise's
// equipment: so each load kind needs its equipment listed, whoever wrote the exercise.
TEST(ValidateExercise, ALoadKindNeedsItsEquipment)
{
    struct Case
    {
        LoadKind kind;
        Equipment equipment;
        int maxLevel;
    };
    for (const Case c : {Case{LoadKind::Band, Equipment::Band, 4},
                         Case{LoadKind::AnkleWeight, Equipment::AnkleWeight, 5},
                         Case{LoadKind::Dumbbell, Equipment::Dumbbell, 5}}) {
        auto e = validExercise();
        e.dose.loadKind = c.kind;
        e.dose.loadLevel = 1;
        e.limits.maxLoadLevel = c.maxLevel;
        expectOnly(e, "dose/load");
        const auto issues = validateExercise(e);
        const std::string needs = "'" + std::string(toString(c.equipment)) + "'";
        EXPECT_NE(issues.front().message.find(needs), std::string::npos) << fields(issues);
        e.equipment.push_back(c.equipment);
        EXPECT_TRUE(validateExercise(e).empty()) << fields(validateExercise(e));
    }
    // No load needs nothing.
    auto e = validExercise();
    e.equipment = {Equipment::None};
    EXPECT_TRUE(validateExercise(e).empty());
}

TEST(ValidateExercise, NeighbourIds)
{
    auto e = validExercise();
    e.harder = "pelvic-curl";
    expectOnly(e, "harder");
    e = validExercise();
    e.easier = "pelvic-curl";
    expectOnly(e, "easier");
    e = validExercise();
    e.easier = "Not An Id";
    expectOnly(e, "easier");
    e = validExercise();
    e.easier = "glute-set";
    e.harder = "glute-set";
    expectOnly(e, "harder");
}

TEST(ValidateLibrary, ValidLadder)
{
    auto a = validExercise("glute-set");
    auto b = validExercise("pelvic-curl");
    auto c = validExercise("single-leg-bridge");
    a.harder = "pelvic-curl";
    b.easier = "glute-set";
    b.harder = "single-leg-bridge";
    c.easier = "pelvic-curl";
    const std::vector<Exercise> library{a, b, c};
    EXPECT_TRUE(validateLibrary(library).empty()) << fields(validateLibrary(library));
}

TEST(ValidateLibrary, BranchingLadderIsAllowed)
{
    // Two easier exercises may lead to the same harder one.
    auto a = validExercise("clamshell");
    auto b = validExercise("glute-set");
    auto c = validExercise("pelvic-curl");
    a.harder = "pelvic-curl";
    b.harder = "pelvic-curl";
    c.easier = "glute-set";
    const std::vector<Exercise> library{a, b, c};
    EXPECT_TRUE(validateLibrary(library).empty()) << fields(validateLibrary(library));
}

TEST(ValidateLibrary, IncludesEachExercisesOwnIssues)
{
    auto a = validExercise("glute-set");
    a.dose.sets = 0;
    const std::vector<Exercise> library{a, validExercise("pelvic-curl")};
    const auto issues = validateLibrary(library);
    EXPECT_TRUE(hasIssue(issues, "dose/sets", "glute-set"));
}

TEST(ValidateLibrary, DuplicateIds)
{
    const std::vector<Exercise> library{validExercise("pelvic-curl"), validExercise("clamshell"),
                                        validExercise("pelvic-curl")};
    const auto issues = validateLibrary(library);
    ASSERT_EQ(issues.size(), 1u) << fields(issues);
    EXPECT_EQ(issues[0].field, "id");
    EXPECT_EQ(issues[0].exerciseId, "pelvic-curl");
}

TEST(ValidateLibrary, DanglingIds)
{
    auto a = validExercise("pelvic-curl");
    a.harder = "no-such-exercise";
    a.easier = "missing-too";
    const std::vector<Exercise> library{a};
    const auto issues = validateLibrary(library);
    ASSERT_EQ(issues.size(), 2u) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "harder", "pelvic-curl"));
    EXPECT_TRUE(hasIssue(issues, "easier", "pelvic-curl"));
    EXPECT_NE(issues[0].message.find("no-such-exercise"), std::string::npos);
}

TEST(ValidateLibrary, SelfReferenceReportedOnce)
{
    auto a = validExercise("pelvic-curl");
    a.harder = "pelvic-curl";
    const std::vector<Exercise> library{a};
    const auto issues = validateLibrary(library);
    ASSERT_EQ(issues.size(), 1u) << fields(issues);
    EXPECT_EQ(issues[0].field, "harder");
}

TEST(ValidateLibrary, CycleAlongHarderChain)
{
    auto a = validExercise("aa");
    auto b = validExercise("bb");
    auto c = validExercise("cc");
    auto d = validExercise("dd"); // leads into the loop but is not part of it
    a.harder = "bb";
    b.harder = "cc";
    c.harder = "aa";
    d.harder = "aa";
    const std::vector<Exercise> library{d, a, b, c};
    const auto issues = validateLibrary(library);
    EXPECT_EQ(issues.size(), 3u) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "harder", "aa"));
    EXPECT_TRUE(hasIssue(issues, "harder", "bb"));
    EXPECT_TRUE(hasIssue(issues, "harder", "cc"));
    EXPECT_FALSE(hasIssue(issues, "harder", "dd"));
    // The loop is named, starting at the exercise the issue is about.
    for (const auto& issue : issues) {
        const std::string expected = issue.exerciseId == "aa"   ? "aa → bb → cc → aa"
                                     : issue.exerciseId == "bb" ? "bb → cc → aa → bb"
                                                                : "cc → aa → bb → cc";
        EXPECT_NE(issue.message.find(expected), std::string::npos) << issue.message;
    }
}

TEST(ValidateLibrary, CycleAlongEasierChain)
{
    auto a = validExercise("aa");
    auto b = validExercise("bb");
    a.easier = "bb";
    b.easier = "aa";
    const std::vector<Exercise> library{a, b};
    const auto issues = validateLibrary(library);
    EXPECT_EQ(issues.size(), 2u) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "easier", "aa"));
    EXPECT_TRUE(hasIssue(issues, "easier", "bb"));
}

TEST(ValidateLibrary, BothAboveAndBelow)
{
    // No chain loops on its own, but together the links say cc < aa < bb < cc.
    auto a = validExercise("aa");
    auto b = validExercise("bb");
    auto c = validExercise("cc");
    a.harder = "bb";
    b.harder = "cc";
    a.easier = "cc";
    const std::vector<Exercise> library{a, b, c};
    const auto issues = validateLibrary(library);
    EXPECT_TRUE(hasIssue(issues, "harder", "aa")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "easier", "aa")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "harder", "bb")) << fields(issues);
    EXPECT_FALSE(hasIssue(issues, "harder", "cc")) << fields(issues);
    for (const auto& issue : issues) {
        EXPECT_NE(issue.message.find("both above and below"), std::string::npos) << issue.message;
    }
}

TEST(ValidateLibrary, EasierLinkContradictsHarderLink)
{
    // aa.harder = bb puts bb above aa; cc.easier = bb and aa.easier = cc put bb below aa.
    auto a = validExercise("aa");
    auto b = validExercise("bb");
    auto c = validExercise("cc");
    a.harder = "bb";
    a.easier = "cc";
    c.easier = "bb";
    const std::vector<Exercise> library{a, b, c};
    const auto issues = validateLibrary(library);
    EXPECT_TRUE(hasIssue(issues, "harder", "aa")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "easier", "cc")) << fields(issues);
    EXPECT_FALSE(hasIssue(issues, "harder", "bb")) << fields(issues);
}

TEST(ValidateLibrary, MixedLinksPointingTheSameWayAreFine)
{
    // aa.harder = bb and bb.easier = aa say the same thing twice.
    auto a = validExercise("aa");
    auto b = validExercise("bb");
    a.harder = "bb";
    b.easier = "aa";
    const std::vector<Exercise> library{a, b};
    EXPECT_TRUE(validateLibrary(library).empty());
}

TEST(ValidateLibrary, LongLadderDoesNotOverflow)
{
    std::vector<Exercise> library;
    const int count = 20000;
    for (int i = 0; i < count; ++i) {
        auto e = validExercise("ex-" + std::to_string(i));
        if (i + 1 < count) {
            e.harder = "ex-" + std::to_string(i + 1);
        }
        if (i > 0) {
            e.easier = "ex-" + std::to_string(i - 1);
        }
        library.push_back(std::move(e));
    }
    EXPECT_TRUE(validateLibrary(library).empty());
    library.back().harder = "ex-0"; // closes a 20000-long loop
    const auto issues = validateLibrary(library);
    EXPECT_TRUE(hasIssue(issues, "harder", "ex-0"));
    EXPECT_TRUE(hasIssue(issues, "harder", "ex-19999"));
}

TEST(ControlCharacters, OneLineTextRefusesLineBreaksAndEveryControlCharacter)
{
    EXPECT_EQ(controlCharacterProblem("Pelvic curl – 90°, “slow”", TextLines::One), std::nullopt);
    EXPECT_EQ(controlCharacterProblem("Bridge\r\nextra", TextLines::One),
              "contains a line break; it must be one line");
    EXPECT_EQ(controlCharacterProblem("Bridge\n", TextLines::One),
              "contains a line break; it must be one line");
    EXPECT_EQ(controlCharacterProblem(std::string("a\0b", 3), TextLines::One),
              "contains the control character U+0000");
    EXPECT_EQ(controlCharacterProblem("\x1b[31mred", TextLines::One),
              "contains the control character U+001B");
    EXPECT_EQ(controlCharacterProblem("tab\there", TextLines::One),
              "contains the control character U+0009");
    EXPECT_EQ(controlCharacterProblem("del\x7f", TextLines::One),
              "contains the control character U+007F");
    // C1 controls arrive as two UTF-8 bytes; U+00A0 (no-break space) and é are text.
    EXPECT_EQ(controlCharacterProblem("csi\xC2\x9B", TextLines::One),
              "contains the control character U+009B");
    EXPECT_EQ(controlCharacterProblem("next\xC2\x85line", TextLines::One),
              "contains the control character U+0085");
    EXPECT_EQ(controlCharacterProblem("caf\xC3\xA9\xC2\xA0ok", TextLines::One), std::nullopt);
}

TEST(ControlCharacters, ManyLineTextKeepsLineFeedsOnly)
{
    EXPECT_EQ(controlCharacterProblem("Step one.\nThen two.", TextLines::Many), std::nullopt);
    EXPECT_EQ(controlCharacterProblem("Step one.\r\nThen two.", TextLines::Many),
              "contains a carriage return (U+000D); break lines with a line feed only");
    EXPECT_EQ(controlCharacterProblem("bell\a", TextLines::Many),
              "contains the control character U+0007");
}

TEST(ControlCharacters, ExerciseNamesCuesAndSummaryAreOneLineStepsMayBreak)
{
    Exercise e = validExercise();
    e.name = "Pelvic\r\ncurl";
    expectOnly(e, "name");
    EXPECT_NE(validateExercise(e)[0].message.find("one line"), std::string::npos);

    e = validExercise();
    e.summary = std::string("Rolls\0up", 8);
    expectOnly(e, "summary");

    e = validExercise();
    e.cues[1] = "Ribs\x1b[2Jsoft";
    expectOnly(e, "cues/1");

    e = validExercise();
    e.instructions[0] = "Lie on your back.\nBend the knees.";
    EXPECT_TRUE(validateExercise(e).empty()) << fields(validateExercise(e));
    e.instructions[0] = "Lie on your back.\tBend the knees.";
    expectOnly(e, "instructions/0");
}
