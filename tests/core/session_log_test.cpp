#include <glidepath/core/plan.h>
#include <glidepath/core/session_log.h>

#include <gtest/gtest.h>

#include <algorithm>

using namespace glidepath::core;

namespace {

Date day(const char* iso)
{
    return *parseIsoDate(iso);
}

LoggedExercise done(const std::string& id, int sets, std::optional<int> pain = std::nullopt)
{
    LoggedExercise e;
    e.exerciseId = id;
    e.status = LogStatus::Done;
    e.setsDone = sets;
    e.setsPlanned = sets;
    e.painDuring = pain;
    return e;
}

LoggedExercise partly(const std::string& id, int setsDone, int setsPlanned)
{
    LoggedExercise e;
    e.exerciseId = id;
    e.status = LogStatus::Partly;
    e.setsDone = setsDone;
    e.setsPlanned = setsPlanned;
    return e;
}

LoggedExercise skipped(const std::string& id, int setsPlanned = 3)
{
    LoggedExercise e;
    e.exerciseId = id;
    e.status = LogStatus::Skipped;
    e.setsPlanned = setsPlanned;
    return e;
}

SessionLog session(const char* iso, std::vector<LoggedExercise> entries)
{
    SessionLog log;
    log.date = day(iso);
    log.plannedDate = log.date;
    log.entries = std::move(entries);
    return log;
}

bool hasIssue(const std::vector<FieldIssue>& issues, const std::string& field)
{
    return std::any_of(issues.begin(), issues.end(),
                       [&](const FieldIssue& issue) { return issue.field == field; });
}

std::string fields(const std::vector<FieldIssue>& issues)
{
    std::string out;
    for (const auto& issue : issues) {
        out += issue.field + ": " + issue.message + "\n";
    }
    return out;
}

PsfsAssessment psfs(const char* iso, std::vector<int> scores)
{
    static const char* const kActivities[] = {"Walking down stairs", "Squatting to the floor",
                                              "Running 5 km", "Kneeling to garden",
                                              "Getting out of a low chair"};
    PsfsAssessment a;
    a.date = day(iso);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        a.items.push_back({kActivities[i % 5], scores[i]});
    }
    return a;
}

const Week kWeek{day("2026-11-16")}; // Monday 16 to Sunday 22 November

} // namespace

// --- validation ------------------------------------------------------------------------------

TEST(SessionLogValidation, AWellFormedLogHasNoIssues)
{
    auto log = session(
        "2026-11-17", {done("clamshell", 3, 2), partly("split-squat", 1, 3), skipped("step-down")});
    log.sessionPain = 3;
    log.entries[0].difficulty = Difficulty::Right;
    log.note = "Knee felt fine on the stairs afterwards.";
    EXPECT_TRUE(validateSessionLog(log).empty()) << fields(validateSessionLog(log));
}

TEST(SessionLogValidation, NeedsAtLeastOneEntry)
{
    const auto issues = validateSessionLog(session("2026-11-17", {}));
    EXPECT_TRUE(hasIssue(issues, "entries")) << fields(issues);
}

TEST(SessionLogValidation, RefusesBadIdsAndRepeats)
{
    const auto issues = validateSessionLog(
        session("2026-11-17", {done("Clam Shell", 3), done("bridge", 2), done("bridge", 3)}));
    EXPECT_TRUE(hasIssue(issues, "entries/0/exercise")) << fields(issues);
    EXPECT_FALSE(hasIssue(issues, "entries/1/exercise")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "entries/2/exercise")) << fields(issues);
}

TEST(SessionLogValidation, PainAndSetsHaveRanges)
{
    auto log = session("2026-11-17", {done("clamshell", 3, 11), done("bridge", 21)});
    log.entries[1].setsPlanned = 0;
    log.sessionPain = -1;
    const auto issues = validateSessionLog(log);
    EXPECT_TRUE(hasIssue(issues, "entries/0/pain")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "entries/1/sets_done")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "session_pain")) << fields(issues);
    EXPECT_EQ(issues.size(), 3u) << fields(issues);
}

TEST(SessionLogValidation, StatusMustAgreeWithTheSets)
{
    auto skippedWithSets = skipped("clamshell");
    skippedWithSets.setsDone = 2;
    skippedWithSets.painDuring = 4;
    auto doneShort = done("bridge", 2);
    doneShort.setsPlanned = 3;
    auto partlyAll = partly("step-up", 3, 3);
    auto partlyNone = partly("mini-squat", 0, 3);
    auto doneNone = done("side-plank", 0);
    const auto issues = validateSessionLog(
        session("2026-11-17", {skippedWithSets, doneShort, partlyAll, partlyNone, doneNone}));
    EXPECT_TRUE(hasIssue(issues, "entries/0/sets_done")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "entries/0/pain")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "entries/1/sets_done")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "entries/2/sets_done")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "entries/3/sets_done")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "entries/4/sets_done")) << fields(issues);
}

TEST(SessionLogValidation, UnknownPlannedSetsLeaveTheStatusToTheClient)
{
    auto a = done("clamshell", 1);
    a.setsPlanned = 0;
    auto b = partly("bridge", 4, 0);
    EXPECT_TRUE(validateSessionLog(session("2026-11-17", {a, b})).empty());
}

TEST(SessionLogValidation, PlannedDateWithinSixDays)
{
    auto log = session("2026-11-17", {done("clamshell", 3)});
    log.plannedDate = day("2026-11-11");
    EXPECT_TRUE(validateSessionLog(log).empty());
    log.plannedDate = day("2026-11-10");
    const auto issues = validateSessionLog(log);
    ASSERT_TRUE(hasIssue(issues, "planned_date")) << fields(issues);
    EXPECT_NE(issues[0].message.find("7 days"), std::string::npos) << issues[0].message;
    log.plannedDate.reset(); // an extra session is fine
    EXPECT_TRUE(validateSessionLog(log).empty());
}

TEST(SessionLogValidation, NoteHasALimit)
{
    auto log = session("2026-11-17", {done("clamshell", 3)});
    log.note = std::string(kMaxLogNoteBytes, 'a');
    EXPECT_TRUE(validateSessionLog(log).empty());
    log.note += 'a';
    EXPECT_TRUE(hasIssue(validateSessionLog(log), "note"));
}

TEST(PsfsValidation, ThreeToFiveItemsEachScored)
{
    EXPECT_TRUE(validatePsfs(psfs("2026-11-17", {3, 5, 7})).empty());
    EXPECT_TRUE(validatePsfs(psfs("2026-11-17", {3, 5, 7, 0, 10})).empty());
    EXPECT_TRUE(hasIssue(validatePsfs(psfs("2026-11-17", {3, 5})), "items"));
    auto six = psfs("2026-11-17", {1, 2, 3, 4, 5});
    six.items.push_back({"Cycling", 4});
    EXPECT_TRUE(hasIssue(validatePsfs(six), "items"));
    const auto issues = validatePsfs(psfs("2026-11-17", {3, 11, -1}));
    EXPECT_TRUE(hasIssue(issues, "items/1/score")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "items/2/score")) << fields(issues);
}

TEST(PsfsValidation, ActivitiesAreNamedOnce)
{
    auto a = psfs("2026-11-17", {3, 5, 7, 2});
    a.items[1].activity = "  ";
    a.items[2].activity = " walking DOWN stairs ";
    a.items[3].activity = std::string(kMaxPsfsActivityBytes + 1, 'x');
    const auto issues = validatePsfs(a);
    EXPECT_FALSE(hasIssue(issues, "items/0/activity")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "items/1/activity")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "items/2/activity")) << fields(issues);
    EXPECT_TRUE(hasIssue(issues, "items/3/activity")) << fields(issues);
}

// --- adherence ---------------------------------------------------------------------------------

TEST(SessionCredit, DoneCountsOneSkippedNothingPartlyBySets)
{
    EXPECT_DOUBLE_EQ(sessionCredit(session("2026-11-17", {done("a1", 3), done("b1", 3)})), 1.0);
    EXPECT_DOUBLE_EQ(sessionCredit(session("2026-11-17", {skipped("a1"), skipped("b1")})), 0.0);
    // One of two exercises done, the other one set of three: (1 + 1/3) / 2.
    EXPECT_DOUBLE_EQ(sessionCredit(session("2026-11-17", {done("a1", 3), partly("b1", 1, 3)})),
                     (1.0 + 1.0 / 3.0) / 2.0);
    // Planned sets unknown: partly is half.
    EXPECT_DOUBLE_EQ(sessionCredit(session("2026-11-17", {partly("a1", 2, 0)})), 0.5);
    EXPECT_DOUBLE_EQ(sessionCredit(session("2026-11-17", {})), 0.0);
}

TEST(WeekAdherence, SumsSessionCreditsOverPlannedSessions)
{
    const std::vector<SessionLog> logs{
        session("2026-11-15", {done("a1", 3)}), // the Sunday before: another week
        session("2026-11-16", {done("a1", 3)}),
        session("2026-11-18", {done("a1", 3), skipped("b1")}),
        session("2026-11-23", {done("a1", 3)}), // the Monday after
    };
    const auto adherence = weekAdherence(logs, kWeek, 3);
    ASSERT_TRUE(adherence);
    EXPECT_DOUBLE_EQ(*adherence, 1.5 / 3.0);
}

TEST(WeekAdherence, ExtraSessionsCapAtOne)
{
    const std::vector<SessionLog> logs{session("2026-11-16", {done("a1", 3)}),
                                       session("2026-11-17", {done("a1", 3)}),
                                       session("2026-11-18", {done("a1", 3)})};
    EXPECT_DOUBLE_EQ(*weekAdherence(logs, kWeek, 2), 1.0);
}

TEST(WeekAdherence, NothingLoggedOrNothingPlannedIsUnknown)
{
    const std::vector<SessionLog> logs{session("2026-11-10", {done("a1", 3)})};
    EXPECT_FALSE(weekAdherence(logs, kWeek, 3));
    const std::vector<SessionLog> inWeek{session("2026-11-17", {done("a1", 3)})};
    EXPECT_FALSE(weekAdherence(inWeek, kWeek, 0));
    EXPECT_TRUE(weekAdherence(inWeek, kWeek, 1));
}

TEST(WeekAdherence, AFullySkippedSessionStillCountsAsLoggedButAddsNothing)
{
    const std::vector<SessionLog> logs{session("2026-11-17", {skipped("a1"), skipped("b1")})};
    const auto adherence = weekAdherence(logs, kWeek, 3);
    ASSERT_TRUE(adherence);
    EXPECT_DOUBLE_EQ(*adherence, 0.0);
}

// --- pain and skips ----------------------------------------------------------------------------

TEST(LoggedPain, HighestPerExerciseWithinTheWeek)
{
    auto first = session("2026-11-16", {done("split-squat", 3, 4), done("clamshell", 3, 1)});
    auto second = session("2026-11-19", {done("split-squat", 3, 7), done("bridge", 3)});
    auto outside = session("2026-11-12", {done("clamshell", 3, 9)});
    const std::vector<SessionLog> logs{first, second, outside};
    const auto pain = loggedExercisePain(logs, kWeek);
    EXPECT_EQ(pain, (std::map<std::string, int>{{"clamshell", 1}, {"split-squat", 7}}));
    EXPECT_EQ(painfulExercises(logs, kWeek, 5), (std::map<std::string, int>{{"split-squat", 7}}));
    EXPECT_EQ(painfulExercises(logs, kWeek, 7), (std::map<std::string, int>{}));
    EXPECT_EQ(painfulExercises(logs, kWeek, 0),
              (std::map<std::string, int>{{"clamshell", 1}, {"split-squat", 7}}));
}

TEST(LoggedPain, WorstIncludesSessionPain)
{
    auto a = session("2026-11-16", {done("clamshell", 3, 2)});
    a.sessionPain = 4;
    auto b = session("2026-11-18", {done("bridge", 3, 3)});
    std::vector<SessionLog> logs{a, b};
    EXPECT_EQ(worstLoggedPain(logs, kWeek), 4);
    logs[1].entries[0].painDuring = 6;
    EXPECT_EQ(worstLoggedPain(logs, kWeek), 6);
    EXPECT_FALSE(worstLoggedPain(logs, Week{day("2026-11-23")}));
    const std::vector<SessionLog> unscored{session("2026-11-17", {done("bridge", 3)})};
    EXPECT_FALSE(worstLoggedPain(unscored, kWeek));
}

TEST(SkippedExercises, OneSkipInTheWeekIsEnough)
{
    const std::vector<SessionLog> logs{
        session("2026-11-16", {done("clamshell", 3), skipped("step-down")}),
        session("2026-11-18", {done("step-down", 3), skipped("bridge")}),
        session("2026-11-24", {skipped("clamshell")}),
    };
    EXPECT_EQ(skippedExercises(logs, kWeek), (std::set<std::string>{"bridge", "step-down"}));
}

TEST(WorseNextMornings, OnlyRecordedWorseMorningsInTheWeekOldestFirst)
{
    std::vector<SessionLog> logs{
        session("2026-11-20", {done("brisk-walk", 2)}),
        session("2026-11-18", {done("step-down", 3)}),
        session("2026-11-17", {done("clamshell", 3)}),
        session("2026-11-19", {done("bridge", 3)}),
        session("2026-11-24", {done("clamshell", 3)}), // next week
    };
    logs[0].worseNextMorning = true;
    logs[1].worseNextMorning = true;
    logs[2].worseNextMorning = false; // settled
    logs[4].worseNextMorning = true;
    const auto worse = worseNextMornings(logs, kWeek);
    ASSERT_EQ(worse.size(), 2u);
    EXPECT_EQ(worse[0]->date, day("2026-11-18"));
    EXPECT_EQ(worse[1]->date, day("2026-11-20"));
}

TEST(SessionLogValidation, AnyNextMorningAnswerIsValid)
{
    SessionLog log = session("2026-11-17", {done("clamshell", 3)});
    for (const std::optional<bool> worse :
         {std::optional<bool>{}, std::optional<bool>{true}, std::optional<bool>{false}}) {
        log.worseNextMorning = worse;
        EXPECT_TRUE(validateSessionLog(log).empty());
    }
}

TEST(PlannedSessions, CountsDaysWithExercises)
{
    Plan plan;
    plan.days.resize(7);
    plan.days[0].kind = DayKind::Strength;
    plan.days[0].exercises.resize(3);
    plan.days[2].kind = DayKind::Mobility;
    plan.days[2].exercises.resize(2);
    plan.days[4].kind = DayKind::Strength; // empty (all removed by the clinician)
    EXPECT_EQ(plannedSessions(plan), 2);
}

// --- outcome measures --------------------------------------------------------------------------

TEST(NprsChange, TwoPointsOrThirtyPercent)
{
    const MeaningfulChange general;
    auto c = nprsChange(6, 4, general);
    EXPECT_DOUBLE_EQ(c.change, -2.0);
    EXPECT_TRUE(c.meaningful);
    EXPECT_TRUE(c.improved);
    EXPECT_FALSE(c.worse);

    c = nprsChange(6, 5, general); // 1 point, 17 %
    EXPECT_FALSE(c.meaningful);
    EXPECT_FALSE(c.improved);

    c = nprsChange(3, 2, general); // 1 point but 33 % of the baseline
    EXPECT_TRUE(c.meaningful);
    EXPECT_TRUE(c.improved);

    c = nprsChange(3, 5, general); // worse by 2
    EXPECT_TRUE(c.meaningful);
    EXPECT_TRUE(c.worse);
    EXPECT_FALSE(c.improved);

    c = nprsChange(0, 0, general);
    EXPECT_FALSE(c.meaningful);

    MeaningfulChange pointsOnly;
    pointsOnly.nprsShare = 0.0;
    EXPECT_FALSE(nprsChange(3, 2, pointsOnly).meaningful);
}

TEST(NprsChange, PatellofemoralPainUsesItsOwnThreshold)
{
    ClientProfile pfp;
    pfp.conditions = {Condition::HipImbalance, Condition::PatellofemoralPain};
    const auto thresholds = meaningfulChangeFor(pfp);
    EXPECT_DOUBLE_EQ(thresholds.nprsPoints, 1.16);
    ClientProfile other;
    other.conditions = {Condition::GeneralKneePain};
    EXPECT_DOUBLE_EQ(meaningfulChangeFor(other).nprsPoints, 2.0);

    MeaningfulChange pointsOnly = thresholds;
    pointsOnly.nprsShare = 0.0;
    EXPECT_FALSE(nprsChange(8, 7, pointsOnly).meaningful); // 1 < 1.16
    EXPECT_TRUE(nprsChange(8, 6, pointsOnly).meaningful);
}

TEST(PsfsChange, ComparesAverages)
{
    const auto baseline = psfs("2026-11-02", {2, 3, 4}); // 3.0
    const auto later = psfs("2026-11-16", {4, 5, 6});    // 5.0
    const auto slightly = psfs("2026-11-16", {3, 4, 5}); // 4.0
    const auto worse = psfs("2026-11-16", {0, 1, 2});    // 1.0
    EXPECT_DOUBLE_EQ(*psfsAverage(baseline), 3.0);
    const auto c = psfsChange(baseline, later, {});
    ASSERT_TRUE(c);
    EXPECT_DOUBLE_EQ(c->change, 2.0);
    EXPECT_TRUE(c->meaningful);
    EXPECT_TRUE(c->improved);
    EXPECT_FALSE(psfsChange(baseline, slightly, {})->meaningful);
    EXPECT_TRUE(psfsChange(baseline, worse, {})->worse);
    EXPECT_FALSE(psfsChange(baseline, PsfsAssessment{}, {}));
    EXPECT_FALSE(psfsAverage(PsfsAssessment{}));
}

TEST(PsfsDue, EveryTwoWeeksFromTheLatest)
{
    const Date today = day("2026-11-20");
    EXPECT_EQ(psfsDueDate({}, today), today);
    const std::vector<PsfsAssessment> assessments{psfs("2026-11-10", {1, 2, 3}),
                                                  psfs("2026-10-27", {1, 2, 3})};
    EXPECT_EQ(psfsDueDate(assessments, today), day("2026-11-24"));
    EXPECT_EQ(psfsDueDate(assessments, today, 7), day("2026-11-17"));
}

TEST(LogStatusNames, RoundTrip)
{
    for (const auto status : allValues<LogStatus>()) {
        EXPECT_EQ(parseEnum<LogStatus>(toString(status)), status);
    }
    EXPECT_EQ(toString(LogStatus::Partly), "partly");
    EXPECT_FALSE(parseEnum<LogStatus>("half"));
}

TEST(SessionLogValidation, NotesMayBreakLinesButHoldNoOtherControlCharacters)
{
    SessionLog log = session("2026-11-17", {done("pelvic-curl", 3)});
    log.note = "Felt fine.\nKnee warm after.";
    EXPECT_TRUE(validateSessionLog(log).empty()) << fields(validateSessionLog(log));
    log.note = std::string("Felt\0fine", 9);
    EXPECT_TRUE(hasIssue(validateSessionLog(log), "note"));
}

TEST(PsfsValidation, AnActivityIsOneLine)
{
    PsfsAssessment a = psfs("2026-11-17", {3, 4, 5});
    a.items[1].activity = "Squatting\nto the floor";
    EXPECT_TRUE(hasIssue(validatePsfs(a), "items/1/activity")) << fields(validatePsfs(a));
}
