// Session logs feed the engine (log.adherence, log.painful, log.skipped): the logs of the week
// before the plan refine the latest check-in, and each change is explained by a reason.

#include "engine_test_support.h"
#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/core/progression_steps.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace glidepath::core {
namespace {

using test::byId;
using test::day;
using test::greenCheckIn;
using test::hasReason;
using test::reasonOf;
using test::requestWith;

// Every planned session of the plan logged as done in full, on its day.
std::vector<SessionLog> allDone(const Plan& plan)
{
    std::vector<SessionLog> logs;
    for (const PlanDay& d : plan.days) {
        if (d.exercises.empty()) {
            continue;
        }
        SessionLog log;
        log.date = d.date;
        log.plannedDate = d.date;
        for (const PlannedExercise& e : d.exercises) {
            LoggedExercise entry;
            entry.exerciseId = e.id;
            entry.status = LogStatus::Done;
            entry.setsDone = e.sets;
            entry.setsPlanned = e.sets;
            entry.painDuring = 1;
            const bool seen =
                std::any_of(log.entries.begin(), log.entries.end(),
                            [&](const LoggedExercise& x) { return x.exerciseId == e.id; });
            if (!seen) {
                log.entries.push_back(entry);
            }
        }
        logs.push_back(log);
    }
    return logs;
}

LoggedExercise* entryFor(std::vector<SessionLog>& logs, const std::string& id)
{
    for (SessionLog& log : logs) {
        for (LoggedExercise& entry : log.entries) {
            if (entry.exerciseId == id) {
                return &entry;
            }
        }
    }
    return nullptr;
}

bool sameDose(const PlannedExercise& a, const PlannedExercise& b)
{
    return a.sets == b.sets && a.reps == b.reps && a.holdSeconds == b.holdSeconds &&
           a.tempo == b.tempo;
}

class EngineSessionLogs : public ::testing::Test
{
protected:
    Plan plan(const PlanRequest& request) { return generatePlan(request, m_library); }

    // The engine's own first plan for the week of 2026-11-16, with time for every step.
    Plan firstWeek()
    {
        PlanRequest first = requestWith(day(2026, 11, 16), {});
        first.client.minutesPerSession = 60;
        return plan(first);
    }

    // A plan for 2026-11-16 with one strength day (Wednesday) holding these exercises at their
    // starting doses.
    Plan previousWith(const std::vector<std::string>& ids)
    {
        return test::planHolding(m_index, day(2026, 11, 16), 2, ids, 1);
    }

    PlanRequest nextWeek(const Plan& previous, std::vector<SessionLog> logs)
    {
        PlanRequest request = requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 22))});
        request.client.minutesPerSession = 60;
        request.previousPlan = previous;
        request.sessionLogs = std::move(logs);
        return request;
    }

    std::vector<Exercise> m_library = test::makeTestLibrary();
    LibraryIndex m_index{m_library};
};

// --- log.skipped -------------------------------------------------------------------------------

TEST_F(EngineSessionLogs, ASkippedExerciseIsNotProgressed)
{
    const Plan week1 = firstWeek();
    const auto before = byId(week1);
    ASSERT_FALSE(before.empty());

    // Control: the whole week done, green: every exercise moves up one step.
    const Plan control = plan(nextWeek(week1, allDone(week1)));
    ASSERT_EQ(control.decision.action, Action::Progress);
    // Pick an exercise that progresses in place (same id, a new dose).
    std::string skippedId;
    for (const auto& [id, planned] : byId(control)) {
        if (before.count(id) && !sameDose(planned, before.at(id))) {
            skippedId = id;
            break;
        }
    }
    ASSERT_FALSE(skippedId.empty()) << "no exercise progressed in place";

    // The same week with that exercise skipped once.
    auto logs = allDone(week1);
    LoggedExercise* entry = entryFor(logs, skippedId);
    ASSERT_NE(entry, nullptr);
    entry->status = LogStatus::Skipped;
    entry->setsDone = 0;
    entry->painDuring.reset();
    const Plan week2 = plan(nextWeek(week1, logs));
    ASSERT_EQ(week2.decision.action, Action::Progress) << "the rest of the week still progresses";
    const auto after = byId(week2);
    ASSERT_TRUE(after.count(skippedId));
    const Reason& why = after.at(skippedId).reason;
    EXPECT_TRUE(sameDose(after.at(skippedId), before.at(skippedId))) << encodeReason(why);
    EXPECT_EQ(why.rule, "log.skipped") << encodeReason(why);
    ASSERT_TRUE(why.has("date"));
    EXPECT_TRUE(why.find("date")->date >= day(2026, 11, 16) &&
                why.find("date")->date <= day(2026, 11, 22))
        << encodeReason(why);
    ASSERT_TRUE(hasReason(week2, "log.skipped"));
    ASSERT_TRUE(reasonOf(week2, "log.skipped").has("exercise"));
    EXPECT_EQ(reasonOf(week2, "log.skipped").find("exercise")->name, m_index.find(skippedId)->name);
    // The others progress as in the control week.
    int progressed = 0;
    for (const auto& [id, planned] : after) {
        if (id != skippedId && before.count(id) && !sameDose(planned, before.at(id))) {
            ++progressed;
        }
    }
    EXPECT_GT(progressed, 0);
    EXPECT_FALSE(hasReason(control, "log.skipped"));
}

TEST_F(EngineSessionLogs, SkipsCanBeSwitchedOffInTheRules)
{
    const Plan week1 = firstWeek();
    auto logs = allDone(week1);
    const std::string id = logs.front().entries.front().exerciseId;
    logs.front().entries.front().status = LogStatus::Skipped;
    logs.front().entries.front().setsDone = 0;
    logs.front().entries.front().painDuring.reset();
    ProgressionRules rules;
    rules.holdSkippedExercises = false;
    const Plan week2 = generatePlan(nextWeek(week1, logs), m_library, rules);
    EXPECT_FALSE(hasReason(week2, "log.skipped"));
}

// --- log.painful -------------------------------------------------------------------------------

TEST_F(EngineSessionLogs, AnExerciseLoggedAbove5IsSwappedForItsEasierNeighbour)
{
    const Plan previous = previousWith({"clamshell", "pelvic-curl", "mini-squat", "dead-bug"});
    auto logs = allDone(previous);
    entryFor(logs, "mini-squat")->painDuring = 7;
    const Plan week2 = plan(nextWeek(previous, logs));
    const auto after = byId(week2);
    EXPECT_FALSE(after.count("mini-squat"));
    ASSERT_TRUE(after.count("quad-set"));
    const Reason& why = after.at("quad-set").reason;
    EXPECT_EQ(why.rule, "exercise.swap_painful") << encodeReason(why);
    EXPECT_EQ(why.find("exercise")->name, "Mini squat");
    EXPECT_EQ(why.find("exercise")->number, 7);
    EXPECT_EQ(why.number("limit"), 5);
    const Reason expected("log.painful",
                          {{"exercise", value::exercise("mini-squat", "Mini squat", 7)},
                           {"date", value::date(day(2026, 11, 18))},
                           {"limit", value::number(5)}});
    EXPECT_EQ(reasonOf(week2, "log.painful"), expected)
        << encodeReason(reasonOf(week2, "log.painful"));
    EXPECT_TRUE(hasReason(week2, "exercise.swap_painful"));
}

TEST_F(EngineSessionLogs, LoggedPainAtTheLimitIsNotASwap)
{
    const Plan previous = previousWith({"clamshell", "pelvic-curl", "mini-squat", "dead-bug"});
    auto logs = allDone(previous);
    entryFor(logs, "mini-squat")->painDuring = 5;
    const Plan week2 = plan(nextWeek(previous, logs));
    EXPECT_TRUE(byId(week2).count("mini-squat"));
    EXPECT_FALSE(hasReason(week2, "log.painful"));
    EXPECT_FALSE(hasReason(week2, "exercise.swap_painful"));
}

TEST_F(EngineSessionLogs, TheHigherOfCheckInAndLogIsKept)
{
    const Plan previous = previousWith({"clamshell", "pelvic-curl", "mini-squat", "dead-bug"});
    auto logs = allDone(previous);
    entryFor(logs, "mini-squat")->painDuring = 6;
    PlanRequest request = nextWeek(previous, logs);
    request.checkins.back().painfulExercises = {{"mini-squat", 8}};
    const LibraryIndex index(m_library);
    WeekAssessment assessment;
    assessment.latest = request.checkins.back();
    applySessionLogs(assessment, request, index, {});
    EXPECT_EQ(assessment.latest->painfulExercises.at("mini-squat"), 8);
}

// --- log.adherence -----------------------------------------------------------------------------

TEST_F(EngineSessionLogs, LoggedAdherenceBelow60PercentHoldsAGreenWeek)
{
    const Plan week1 = firstWeek();
    const int planned = plannedSessions(week1);
    ASSERT_GE(planned, 4);
    // The check-in says every session was done; the logs show one.
    auto logs = allDone(week1);
    logs.resize(1);
    const Plan week2 = plan(nextWeek(week1, logs));
    EXPECT_EQ(week2.decision.light, Light::Green);
    EXPECT_EQ(week2.decision.action, Action::Hold);
    EXPECT_TRUE(hasReason(week2, "action.hold.adherence"));
    const Reason logged = reasonOf(week2, "log.adherence");
    EXPECT_EQ(logged.number("logged"), 1) << encodeReason(logged);
    ASSERT_TRUE(logged.has("week"));
    EXPECT_EQ(logged.find("week")->date, day(2026, 11, 16));
    EXPECT_EQ(logged.number("planned"), planned);
    EXPECT_EQ(logged.number("checkin_adherence"), 100);

    // Control: without the logs the same check-in progresses.
    EXPECT_EQ(plan(nextWeek(week1, {})).decision.action, Action::Progress);
    // And with the whole week logged it progresses too, saying so.
    const Plan full = plan(nextWeek(week1, allDone(week1)));
    EXPECT_EQ(full.decision.action, Action::Progress);
    EXPECT_EQ(reasonOf(full, "log.adherence").number("adherence", -1), 100);
}

TEST_F(EngineSessionLogs, LoggedAdherenceCanBeSwitchedOff)
{
    const Plan week1 = firstWeek();
    auto logs = allDone(week1);
    logs.resize(1);
    ProgressionRules rules;
    rules.adherenceFromLogs = false;
    const Plan week2 = generatePlan(nextWeek(week1, logs), m_library, rules);
    EXPECT_EQ(week2.decision.action, Action::Progress);
    EXPECT_FALSE(hasReason(week2, "log.adherence"));
}

TEST_F(EngineSessionLogs, WithoutAPreviousPlanTheClientsSessionsArePlanned)
{
    PlanRequest request = requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 22))});
    request.client.sessionsPerWeek = 4;
    SessionLog log;
    log.date = day(2026, 11, 17);
    LoggedExercise e;
    e.exerciseId = "clamshell";
    e.setsDone = 3;
    log.entries = {e};
    request.sessionLogs = {log, log, log};
    const LibraryIndex index(m_library);
    WeekAssessment assessment;
    assessment.latest = request.checkins.back();
    const auto reasons = applySessionLogs(assessment, request, index, {});
    EXPECT_DOUBLE_EQ(assessment.latest->adherence, 0.75);
    ASSERT_EQ(reasons.size(), 1u);
    EXPECT_EQ(reasons[0].rule, "log.adherence");
}

// --- which logs count --------------------------------------------------------------------------

TEST_F(EngineSessionLogs, OnlyTheWeekBeforeThePlanCounts)
{
    const Plan week1 = firstWeek();
    auto logs = allDone(week1);
    for (SessionLog& log : logs) {
        log.date -= std::chrono::days(7); // the week before: 9-15 November
        log.plannedDate.reset();
        for (LoggedExercise& entry : log.entries) {
            entry.painDuring = 9;
        }
    }
    logs.resize(1);
    const Plan week2 = plan(nextWeek(week1, logs));
    EXPECT_EQ(week2.decision.action, Action::Progress);
    for (const Reason& reason : week2.decision.reasons) {
        EXPECT_NE(reason.rule.rfind("log.", 0), 0u) << reason.rule;
    }
}

// --- log.next_morning --------------------------------------------------------------------------

TEST_F(EngineSessionLogs, AWorseNextMorningAfterALoggedSessionMakesTheWeekAmber)
{
    const Plan week1 = firstWeek();
    auto logs = allDone(week1);
    ASSERT_GE(logs.size(), 2u);
    // Control: settled mornings (and unrecorded ones) leave a green week.
    logs[0].worseNextMorning = false;
    const Plan control = plan(nextWeek(week1, logs));
    ASSERT_EQ(control.decision.light, Light::Green);
    ASSERT_EQ(control.decision.action, Action::Progress);
    EXPECT_FALSE(hasReason(control, "log.next_morning"));

    logs[1].worseNextMorning = true;
    const Plan week2 = plan(nextWeek(week1, logs));
    EXPECT_EQ(week2.decision.light, Light::Amber);
    EXPECT_EQ(week2.decision.action, Action::Hold) << "a worse morning is no per-exercise amber";
    EXPECT_EQ(week2.decision.greenWeeksInPhase, 0);
    EXPECT_FALSE(hasReason(week2, "light.green"));
    const Reason why = reasonOf(week2, "log.next_morning");
    ASSERT_EQ(why.rule, "log.next_morning");
    const ReasonValue* dates = why.find("dates");
    ASSERT_NE(dates, nullptr);
    ASSERT_EQ(dates->items.size(), 1u);
    EXPECT_EQ(why.word("light"), "amber");
    for (const auto& [id, planned] : byId(week2)) {
        const auto before = byId(week1);
        if (before.count(id)) {
            EXPECT_FALSE(planned.sets > before.at(id).sets || planned.reps > before.at(id).reps)
                << id << " went up in a hold week";
        }
    }
}

TEST_F(EngineSessionLogs, AWorseLoggedMorningCanBeMadeRedInTheRules)
{
    const Plan week1 = firstWeek();
    auto logs = allDone(week1);
    logs[0].worseNextMorning = true;
    ProgressionRules rules;
    rules.loggedWorseMorningRed = true;
    const Plan week2 = generatePlan(nextWeek(week1, logs), m_library, rules);
    EXPECT_EQ(week2.decision.light, Light::Red);
    EXPECT_EQ(week2.decision.action, Action::Regress);
}

TEST_F(EngineSessionLogs, AWorseMorningOutsideTheWeekCountsForNothing)
{
    const Plan week1 = firstWeek();
    auto logs = allDone(week1);
    SessionLog older = logs[0];
    older.date = day(2026, 11, 9);
    older.plannedDate = older.date;
    older.worseNextMorning = true;
    logs.push_back(older);
    EXPECT_EQ(plan(nextWeek(week1, logs)).decision.light, Light::Green);
}

TEST_F(EngineSessionLogs, LogsWithoutANewCheckInChangeNothing)
{
    const Plan week1 = firstWeek();
    PlanRequest request = nextWeek(week1, allDone(week1));
    request.checkins.clear();
    auto logs = allDone(week1);
    entryFor(logs, logs.front().entries.front().exerciseId)->painDuring = 9;
    request.sessionLogs = logs;
    PlanRequest withoutLogs = request;
    withoutLogs.sessionLogs.clear();
    EXPECT_EQ(plan(request), plan(withoutLogs));
}

TEST_F(EngineSessionLogs, TheOrderOfTheLogsDoesNotMatter)
{
    const Plan previous = previousWith({"clamshell", "pelvic-curl", "mini-squat", "dead-bug"});
    auto logs = allDone(previous);
    SessionLog extra = logs.front();
    extra.date = day(2026, 11, 20);
    extra.plannedDate.reset();
    extra.entries.front().status = LogStatus::Skipped;
    extra.entries.front().setsDone = 0;
    extra.entries.front().painDuring.reset();
    extra.entries.back().painDuring = 8;
    logs.push_back(extra);
    auto reversed = logs;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(plan(nextWeek(previous, logs)), plan(nextWeek(previous, reversed)));
}

} // namespace
} // namespace glidepath::core
