// The reason renderer: every rule id the engine can emit has words in both registers, the client
// register stays plain (no phase numbers, rule ids, ISO dates, snake_case or percentages), and
// reasons from older plans that only stored words still show.

#include "support/journey_generator.h"
#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/core/progression_steps.h>
#include <glidepath/io/format_error.h>
#include <glidepath/report/reason_text.h>

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

namespace glidepath::report {
namespace {

using core::Reason;
namespace value = core::value;

// The rule ids of data/rules/progression.json: the keys of its "rules" object.
std::set<std::string> shippedRuleIds()
{
    const std::string text =
        io::readTextFile(std::string(GLIDEPATH_SOURCE_DIR) + "/data/rules/progression.json");
    std::set<std::string> ids;
    static const QRegularExpression key(QStringLiteral("^    \"([a-z0-9_.]+)\": \\{"),
                                        QRegularExpression::MultilineOption);
    auto it = key.globalMatch(QString::fromStdString(text));
    while (it.hasNext()) {
        ids.insert(it.next().captured(1).toStdString());
    }
    return ids;
}

std::set<std::string> allRuleIds()
{
    std::set<std::string> ids;
    for (auto rules :
         {core::decisionReasonRules(), core::adviceRules(), core::exerciseReasonRules()}) {
        for (std::string_view rule : rules) {
            ids.emplace(rule);
        }
    }
    return ids;
}

// What a client-register sentence must never contain; empty when it is plain.
std::string clientProblem(const QString& text)
{
    static const QRegularExpression phaseNumber(QStringLiteral("\\b[Pp]hases? *\\d"));
    static const QRegularExpression isoDate(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    if (text.isEmpty()) {
        return "empty";
    }
    if (phaseNumber.match(text).hasMatch()) {
        return "a phase number";
    }
    if (isoDate.match(text).hasMatch()) {
        return "an ISO date";
    }
    if (text.contains(QLatin1Char('_'))) {
        return "snake_case";
    }
    if (text.contains(QLatin1Char('%'))) {
        return "a percentage or placeholder";
    }
    for (const std::string& rule : allRuleIds()) {
        if (text.contains(QString::fromStdString(rule))) {
            return "the rule id " + rule;
        }
    }
    if (placeholder.match(text).hasMatch()) {
        return "an unfilled placeholder";
    }
    return {};
}

TEST(ReasonText, CoreListsEveryRuleOfTheRulesFile)
{
    const std::set<std::string> shipped = shippedRuleIds();
    ASSERT_GT(shipped.size(), 60u) << "the rules file was not read";
    std::set<std::string> listed;
    for (std::string_view rule : core::decisionReasonRules()) {
        listed.emplace(rule);
    }
    EXPECT_EQ(listed, shipped);
}

TEST(ReasonText, EveryRuleIdHasWordsInBothRegisters)
{
    std::set<std::string> ids = allRuleIds();
    const std::set<std::string> shipped = shippedRuleIds();
    ids.insert(shipped.begin(), shipped.end());
    for (const std::string& rule : ids) {
        EXPECT_TRUE(hasReasonWords(rule)) << rule;
        // With no values at all the words must still come out whole (a reason from a hand-made
        // plan file may lack some).
        const Reason bare{rule};
        EXPECT_FALSE(reasonText(bare, Register::Clinician).isEmpty()) << rule;
        EXPECT_FALSE(reasonText(bare, Register::Client).isEmpty()) << rule;
        EXPECT_EQ(clientProblem(reasonText(bare, Register::Client)), "")
            << rule << ": " << reasonText(bare, Register::Client).toStdString();
    }
    EXPECT_FALSE(hasReasonWords("made.up"));
    EXPECT_EQ(reasonText(Reason("made.up"), Register::Clinician), QStringLiteral("made.up"));
    EXPECT_TRUE(reasonText(Reason("made.up"), Register::Client).isEmpty());
}

// Every reason, advice item and exercise reason of generated journeys, in both registers: the
// client words are plain, and no placeholder is left unfilled in either.
TEST(ReasonText, EveryReasonOfGeneratedJourneysReadsWellInBothRegisters)
{
    const std::vector<core::Exercise> library = test::makeTestLibrary();
    const core::ProgressionRules rules;
    test::JourneyGenerator generator(library, 7u);
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    std::map<std::string, int> seen;
    const auto check = [&](const Reason& reason, const std::string& where) {
        ++seen[reason.rule];
        const QString clinician = reasonText(reason, Register::Clinician);
        const QString client = reasonText(reason, Register::Client);
        ASSERT_FALSE(clinician.isEmpty()) << where << core::encodeReason(reason);
        ASSERT_FALSE(placeholder.match(clinician).hasMatch())
            << where << clinician.toStdString() << " " << core::encodeReason(reason);
        ASSERT_EQ(clientProblem(client), "")
            << where << client.toStdString() << " " << core::encodeReason(reason);
    };
    for (int j = 0; j < 300; ++j) {
        core::PlanRequest request = generator.start();
        core::Plan plan = core::generatePlan(request, library, rules);
        for (int week = 0; week <= 6; ++week) {
            if (week > 0) {
                generator.nextWeek(request, plan);
                plan = core::generatePlan(request, library, rules);
            }
            const std::string where =
                "journey " + std::to_string(j) + " week " + std::to_string(week) + ": ";
            for (const Reason& reason : plan.decision.reasons) {
                check(reason, where);
            }
            for (const Reason& item : plan.advice) {
                check(item, where);
            }
            for (const core::PlanDay& day : plan.days) {
                for (const core::PlannedExercise& planned : day.exercises) {
                    check(planned.reason, where + planned.id + ": ");
                }
            }
        }
    }
    // The journeys reach most of the words, or they prove little.
    EXPECT_GT(seen.size(), 60u);
}

TEST(ReasonText, TheClinicianRegisterIsPrecise)
{
    const Reason red("light.red.exercise_pain",
                     {{"pain", value::pain(6)}, {"limit", value::number(5)}});
    EXPECT_EQ(reasonText(red, Register::Clinician).toStdString(),
              "Pain during exercise was 6/10, above 5.");
    EXPECT_EQ(reasonText(red, Register::Client).toStdString(),
              "Pain during exercise was 6 out of 10: too high.");

    Reason gate(
        "phase.gate.1_2",
        {{"phase", value::number(1)},
         {"passed", value::word("no")},
         {"met",
          value::list({value::list({value::word("rest_pain"), value::number(2), value::pain(1)})})},
         {"missing", value::list({value::list(
                         {value::word("green_weeks"), value::number(2), value::number(1)})})}});
    EXPECT_EQ(reasonText(gate, Register::Clinician).toStdString(),
              "Stays in phase 1, not yet ready for phase 2: 1 green week in a row in phase 1 "
              "(needs 2). Already met: rest pain 1/10 (needs 2 or less).");
    EXPECT_EQ(clientProblem(reasonText(gate, Register::Client)), "");

    const Reason cut(
        "dose.regress",
        {{"case", value::word("volume")},
         {"cut", value::percent(0.3)},
         {"from", value::list({value::number(3), value::number(10), value::number(0)})},
         {"to", value::list({value::number(2), value::number(10), value::number(0)})}});
    EXPECT_EQ(reasonText(cut, Register::Clinician).toStdString(),
              "Red week: about 30 % less volume, 3 × 10 → 2 × 10.");
}

// Time kept moving (timing continuous: the Hundred, kneecap glides, the walks) reads as moving in
// every dose of a reason, as on the handout; a hold stays a hold.
TEST(ReasonText, MovementKeptUpReadsAsMovingNotAsAHold)
{
    const auto step = [](int from, int to, bool moving) {
        Reason reason(
            "dose.progress",
            {{"case", value::word("step")},
             {"change", value::word("hold")},
             {"change_from", value::number(from)},
             {"change_to", value::number(to)},
             {"dose", value::list({value::number(2), value::number(0), value::number(to)})}});
        if (moving) {
            reason.values["timing"] = value::word("continuous");
        }
        return reasonText(reason, Register::Clinician).toStdString();
    };
    EXPECT_EQ(step(40, 50, true),
              "Kept from last week and moved up one step: keep moving 40 s → 50 s (now 2 × 50 s "
              "moving).");
    EXPECT_EQ(step(40, 50, false),
              "Kept from last week and moved up one step: hold 40 s → 50 s (now 2 × 50 s hold).");
    // A walk is counted in minutes.
    EXPECT_EQ(step(240, 300, true),
              "Kept from last week and moved up one step: keep moving 4 min → 5 min (now 2 × 5 "
              "min moving).");

    Reason noRoom("dose.progress",
                  {{"case", value::word("no_room")},
                   {"change", value::word("hold")},
                   {"change_from", value::number(50)},
                   {"change_to", value::number(60)},
                   {"minutes", value::number(20)},
                   {"timing", value::word("continuous")},
                   {"dose", value::list({value::number(2), value::number(0), value::number(50)})}});
    const std::string held = reasonText(noRoom, Register::Clinician).toStdString();
    EXPECT_NE(held.find("(2 × 50 s moving)"), std::string::npos) << held;
    EXPECT_NE(held.find("(keep moving 50 s → 60 s)"), std::string::npos) << held;
    EXPECT_EQ(held.find("hold"), std::string::npos) << held;

    Reason cut("dose.regress",
               {{"case", value::word("volume")},
                {"cut", value::percent(0.3)},
                {"timing", value::word("continuous")},
                {"from", value::list({value::number(3), value::number(0), value::number(50)})},
                {"to", value::list({value::number(2), value::number(0), value::number(50)})}});
    EXPECT_EQ(reasonText(cut, Register::Clinician).toStdString(),
              "Red week: about 30 % less volume, 3 × 50 s moving → 2 × 50 s moving.");
    // The day's shortened dose too.
    Reason kept(
        "keep.previous",
        {{"case", value::word("hold")},
         {"hold", value::word("amber")},
         {"timing", value::word("continuous")},
         {"dose", value::list({value::number(2), value::number(0), value::number(50)})},
         {"shortened_minutes", value::number(15)},
         {"shortened_to", value::list({value::number(1), value::number(0), value::number(50)})}});
    const std::string shortened = reasonText(kept, Register::Clinician).toStdString();
    EXPECT_NE(shortened.find("1 × 50 s moving."), std::string::npos) << shortened;
    EXPECT_EQ(shortened.find("hold)"), std::string::npos) << shortened;
}

// A gate held back after surgery reads as met but held, never as a move; the weight-bearing limit
// names itself; a same-day flag waiting for a review says so.
TEST(ReasonText, HeldBackGatesAndWaitingReferralsSayWhatHoldsThem)
{
    const Reason gate("phase.gate.1_2",
                      {{"phase", value::number(1)},
                       {"passed", value::word("yes")},
                       {"capped_by", value::word("surgery")},
                       {"met", value::list({value::list({value::word("rest_pain"), value::number(2),
                                                         value::pain(1)})})}});
    const std::string held = reasonText(gate, Register::Clinician).toStdString();
    EXPECT_EQ(held, "Meets the criteria for phase 2 (held back after surgery): rest pain 1/10 "
                    "(needs 2 or less).");
    EXPECT_EQ(clientProblem(reasonText(gate, Register::Client)), "");
    const Reason bearing("surgery.weight_bearing", {{"ready_phase", value::number(2)},
                                                    {"max_phase", value::number(1)},
                                                    {"weight_bearing", value::word("partial")}});
    EXPECT_EQ(reasonText(bearing, Register::Clinician).toStdString(),
              "Ready for phase 2, but the leg may not yet take full weight after surgery "
              "(partial weight bearing): phase 1 at most until full weight bearing is recorded.");
    EXPECT_EQ(clientProblem(reasonText(bearing, Register::Client)), "");
    const Reason waiting("refer.red_flag", {{"flag", value::word("dvt_signs")},
                                            {"where", value::word("awaiting_review")},
                                            {"referred", value::date(test::day(2026, 11, 16))},
                                            {"urgency", value::word("same_day")}});
    const std::string clinician = reasonText(waiting, Register::Clinician).toStdString();
    EXPECT_NE(clinician.find("no clinician review is recorded since"), std::string::npos)
        << clinician;
    EXPECT_NE(clinician.find("Mon 16 Nov 2026"), std::string::npos) << clinician;
    EXPECT_EQ(clientProblem(reasonText(waiting, Register::Client)), "");
}

TEST(ReasonText, DatesAreWrittenOutInBothRegisters)
{
    const Reason pain("log.pain", {{"date", value::date(test::day(2026, 12, 7))},
                                   {"pain", value::pain(6)},
                                   {"checkin_pain", value::pain(3)}});
    const QString client = reasonText(pain, Register::Client);
    EXPECT_TRUE(client.contains(QStringLiteral("Monday 7 December"))) << client.toStdString();
    // The clinician's words are exact but readable: the weekday, the day, the month and the year.
    const QString clinician = reasonText(pain, Register::Clinician);
    EXPECT_TRUE(clinician.contains(QStringLiteral("Mon 7 Dec 2026"))) << clinician.toStdString();
    EXPECT_FALSE(clinician.contains(QStringLiteral("2026-12-07"))) << clinician.toStdString();
}

TEST(ReasonText, StoredWordsFromOlderPlansAreShown)
{
    Reason old("light.amber.exercise_pain");
    old.text = "Pain during exercise was 4/10 (amber, limit 5). Rest pain was fine.";
    EXPECT_EQ(reasonText(old, Register::Clinician).toStdString(), old.text);
    EXPECT_EQ(reasonText(old, Register::Client).toStdString(), "Pain during exercise was 4/10.");
    Reason words;
    words.text = "Kept from last week.";
    EXPECT_EQ(reasonText(words, Register::Clinician).toStdString(), "Kept from last week.");
}

TEST(ReasonText, EveryExclusionHasWords)
{
    for (const char* word : {"hidden",
                             "phase_too_low",
                             "phase_too_high",
                             "landing_phase",
                             "gait_phase",
                             "equipment",
                             "knee_flexion_cap",
                             "impact_cap",
                             "kneeling",
                             "painful",
                             "painful_ladder",
                             "surgery_kneeling",
                             "surgery_deep_bend",
                             "surgery_running",
                             "surgery_pivot",
                             "surgery_impact",
                             "weight_bearing",
                             "partial_weight_bearing",
                             "irritable",
                             "falls_balance",
                             "falls_impact",
                             "client_precaution"}) {
        const core::ReasonValues values{{"exclusion", value::word(word)}};
        EXPECT_FALSE(exclusionText(values, Register::Clinician).isEmpty()) << word;
        EXPECT_EQ(clientProblem(exclusionText(values, Register::Client)), "") << word;
    }
    EXPECT_EQ(
        exclusionText({{"exclusion", value::word("equipment")}, {"needs", value::words({"band"})}},
                      Register::Clinician)
            .toStdString(),
        "it needs band, which the client does not have");
}

} // namespace
} // namespace glidepath::report
