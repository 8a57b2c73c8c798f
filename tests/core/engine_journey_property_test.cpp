// Property test over generated multi-week journeys: each week's plan is fed back (sometimes
// edited by a clinician), with session logs, red flags and clinician reviews, and every plan
// must keep every rule of plan_invariants.h and journey_invariants.h.
//
// 20,000 six-week journeys (about 45 s of CPU in a Debug build); a sanitizer build, several
// times slower, runs 1,500 unless GLIDEPATH_JOURNEYS says otherwise (the same seeds, so a
// failure found in one is found in both).

#include "support/journey_generator.h"
#include "support/journey_invariants.h"
#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>

namespace glidepath::core {
namespace {

int journeyCount()
{
    if (const char* text = std::getenv("GLIDEPATH_JOURNEYS")) {
        return std::max(1, std::atoi(text));
    }
#ifdef __SANITIZE_ADDRESS__
    return 1500;
#else
    return 20000;
#endif
}

TEST(EngineJourneyProperties, GeneratedSixWeekJourneysKeepEveryRule)
{
    const std::vector<Exercise> library = test::makeTestLibrary();
    const ProgressionRules rules;
    test::JourneyGenerator generator(library, 20261206u);
    const int journeys = journeyCount();
    std::map<std::string, int> seen;
    for (int j = 0; j < journeys; ++j) {
        PlanRequest request = generator.start();
        Plan plan = generatePlan(request, library, rules);
        for (int week = 1; week <= 6; ++week) {
            generator.nextWeek(request, plan);
            plan = generatePlan(request, library, rules);
            const std::vector<std::string> violations =
                test::journeyViolations(request, plan, library, rules);
            if (!violations.empty()) {
                FAIL() << "journey " << j << " week " << week << ": " << violations.front() << " ("
                       << violations.size() << " problems)";
            }
            for (const Reason& reason : plan.decision.reasons) {
                ++seen[reason.rule];
            }
            for (const PlanDay& day : plan.days) {
                for (const PlannedExercise& e : day.exercises) {
                    seen["dose.load"] += e.loadLevel > 1 ? 1 : 0; // above every starting level
                }
            }
        }
    }
    // The journeys must reach the new rules, or they prove little.
    for (const char* rule :
         {"refer.restart", "refer.ramp", "surgery.clearance", "select.falls_risk",
          "escalate.amber_run", "action.progress.per_exercise", "action.progress.none",
          "week.sessions_from_adherence", "log.pain", "light.amber.rest_pain", "select.irritable",
          "action.progress", "dose.load"}) {
        EXPECT_GT(seen[rule], journeys / 500) << rule;
    }
}

} // namespace
} // namespace glidepath::core
