#pragma once

// Every threshold the progression engine uses. Defaults equal data/rules/progression.json;
// io::parseRules reads that file into this struct. See docs/clinical-rules.md, which explains
// each rule under the id given in the comments here (the same id appears in plan reasons).

#include <glidepath/core/client.h>
#include <glidepath/core/vocabulary.h>

#include <array>
#include <initializer_list>
#include <string>
#include <vector>

namespace glidepath::core {

// What a client must show before moving from one phase to the next (phase.gate.N_M).
// A pain limit of 10 means "not checked".
struct PhaseGateRule
{
    int maxRestPain = 2;
    int maxActivityPain = 10;
    int maxSingleLegPain = 10; // pain of each single-leg exercise in last week's plan
    int greenWeeks = 2;        // green weeks in a row in the current phase, this one included
    bool requireNoSwelling = true;
    bool requireSportGoal = false; // the client aims to run or play a jumping sport

    bool operator==(const PhaseGateRule&) const = default;
};

// surgery.phase_weeks: weeks after the operation before each phase may start (index 0 is phase
// 2, 1 is phase 3, 2 is phase 4). Conservative defaults; the surgeon's protocol overrides.
struct SurgeryPhaseWeeks
{
    int phase2 = 6;
    int phase3 = 12;
    int phase4 = 24;

    bool operator==(const SurgeryPhaseWeeks&) const = default;
};

// A list of exercise ids for a default below. A function rather than a braced list of strings:
// GCC 12 fails (internal compiler error) on such lists in default member initialisers.
inline std::vector<std::string> exerciseIds(std::initializer_list<const char*> ids)
{
    return {ids.begin(), ids.end()};
}

struct ProgressionRules
{
    // phase.start: the phase of a first plan.
    int startPhase = 1;
    // checkin.recent: a check-in older than this many days before the week start is too old to
    // judge the week by.
    int checkinMaxAgeDays = 14;

    // light.green: pain during exercise at or below this (with a settled next morning and no
    // rising trend) is green.
    int greenMaxExercisePain = 2;
    // light.amber.exercise_pain: above green and at or below this is amber; above it is red
    // (light.red.exercise_pain).
    int amberMaxExercisePain = 5;
    // light.amber.trend / light.red.trend: week-on-week rise of rest or activity pain (points).
    int amberTrendRise = 1;
    int redTrendRise = 2;
    // light.trend.baseline: the trend compares with the best (lowest) rest and activity pain of
    // this many check-ins before the latest, so pain that creeps up a point a week is seen.
    int trendBaselineCheckins = 4;
    // light.amber.settling: a rise over the baseline that is red by size but falling since the
    // previous check-in (the knee settling after a flare) holds (amber) instead of stepping back
    // a second time.
    bool settlingTrendHolds = true;
    // light.amber.rest_pain / light.red.rest_pain / light.amber.activity_pain /
    // light.red.activity_pain: absolute limits, whatever the change.
    int amberRestPain = 4;
    int redRestPain = 7;
    int amberActivityPain = 5;
    int redActivityPain = 8;
    // light.amber.swelling: swelling that is still there (not new) holds the plan.
    bool amberOnOngoingSwelling = true;
    // light.amber.night_pain: night pain that was already there last week holds the plan
    // (new night pain is red: light.red.night_pain).
    bool amberOnOngoingNightPain = true;

    // action.hold.adherence: below this share of planned sessions done, never progress.
    double minAdherence = 0.6;
    // week.sessions_from_adherence: below minAdherence, next week offers the sessions done
    // (rounded up) plus this many, never more than the client asked for.
    int sessionsAboveDone = 1;
    // action.hold.too_hard: a week the client found too hard is not progressed.
    bool holdWhenTooHard = true;

    // regress.two_red_weeks: this many red weeks in a row send the plan back to resetPhase.
    int redWeeksForReset = 2;
    int resetPhase = 1;
    // escalate.persistent: swelling or night pain in this many check-ins in a row asks for a
    // clinician review. escalate.amber_run: this many amber (or worse) weeks in a row does too.
    int persistentWeeksForReview = 3;
    int amberWeeksForReview = 3;

    // refer.restart: after a referral plan, a client the clinician has seen and cleared restarts
    // this many phases lower; without a recorded review, at restartPhaseUncleared. The red-week
    // caps stay until this many green weeks in a row have passed.
    int restartPhaseDrop = 1;
    int restartPhaseUncleared = 1;
    int restartSettledWeeks = 2;

    // surgery.phase_weeks: per operation (knee_arthroscopy, acl_reconstruction,
    // knee_replacement, other), in the order of core::Operation.
    std::array<SurgeryPhaseWeeks, 4> surgeryPhaseWeeks{
        SurgeryPhaseWeeks{2, 6, 12},
        SurgeryPhaseWeeks{4, 12, 24},
        SurgeryPhaseWeeks{4, 12, 52},
        SurgeryPhaseWeeks{6, 12, 24},
    };
    // surgery.weight_bearing: the highest phase while weight bearing is not full.
    int partialWeightBearingMaxPhase = 1;

    // select.irritable: while activity pain is at least this, or swelling is reported, loaded
    // knee flexion is capped and patellar compression left out.
    int irritableActivityPain = 4;
    KneeFlexion irritableMaxKneeFlexion = KneeFlexion::Moderate;
    // select.falls_risk: clients of this age or more, or with a fall in the last year or
    // unsteadiness, get supported balance work, no impact, and this many extra green weeks at
    // each phase gate.
    int fallsRiskAge = 65;
    int fallsRiskExtraGreenWeeks = 1;
    // week.new_exercises: new exercises in one week at most (a first plan is exempt; an
    // exercise that replaces one that cannot be kept always comes in).
    int maxNewExercisesPerWeek = 3;
    // goal.walking: clients with a walking or running goal get gait work from this phase. Which
    // exercises serve a goal is the library's goal tags (core::Exercise::goals), not a rule.
    int walkingGoalGaitMinPhase = 1;
    // select.red_caps: during a red week, loaded knee flexion and impact are capped.
    KneeFlexion redMaxKneeFlexion = KneeFlexion::Low;
    Impact redMaxImpact = Impact::None;

    // dose.progress: the size of one step on each variable.
    int repsStep = 2;
    int setsStep = 1;
    int repHoldStepSeconds = 1; // a hold within each rep
    int holdStepSeconds = 10;   // a pure hold (reps 0)
    int tempoLowerStepSeconds = 1;
    int tempoLowerMaxSeconds = 5;
    // dose.regress: the share of volume (sets x reps, or sets x hold) kept when stepping back.
    double regressVolumeFactor = 0.7;
    // dose.load: load levels added in one step (a band level, 0.5 kg of ankle weight, 1 kg of
    // dumbbell), tried after volume, hold and tempo and before the harder rung.
    int loadLevelStep = 1;

    // log.adherence: where sessions were logged in the week before the plan, sessions done /
    // planned is taken from the logs instead of the check-in's figure.
    bool adherenceFromLogs = true;
    // log.painful: an exercise logged with pain during it above this counts as an exercise that
    // hurt, as if reported at the check-in (exercise.swap_painful then applies).
    int loggedPainfulAbove = 5;
    // log.skipped: an exercise skipped in a logged session of that week is not progressed.
    bool holdSkippedExercises = true;
    // log.next_morning: a logged session followed by a worse next morning makes the week at
    // least amber (red when this is set), as a check-in's "next morning higher" does.
    bool loggedWorseMorningRed = false;

    // run.entry: walk-run work starts only after a week with brisk walking of at least this
    // many minutes in one session (at most the green pain) and hop or landing work reported at
    // most this pain, in a green week with a settled next morning, from phase 4.
    int runEntryWalkMinutes = 30;
    int runEntryHopPainMax = 2;
    // goal.walking: one step of a walking bout's time (graded walking goes up by the minute).
    int walkingHoldStepSeconds = 60;
    // run.advance: one step of walk-run's running time per interval.
    int runHoldStepSeconds = 30;

    // exercise.swap_painful: an exercise reported above this is swapped for its easier neighbour.
    int swapExercisePainAbove = 5;
    // exercise.hold_painful: an exercise reported above this is not progressed.
    int holdExercisePainAbove = 2;

    // select.kneeling: kneeling exercises are left out while activity pain is at or above this,
    // for clients with one of these conditions.
    int kneelingExclusionActivityPain = 4;
    std::vector<Condition> kneelingExclusionConditions{
        Condition::PatellofemoralPain, Condition::PatellarMaltracking, Condition::PostSurgery,
        Condition::GeneralKneePain};
    // select.equipment: whether a mat (any padded floor) is taken as available to everyone.
    bool assumeMat = false;
    // select.landing / select.gait: the first phase with landing and gait work.
    int landingMinPhase = 3;
    int gaitMinPhase = 3;

    // phase.gate.1_2, phase.gate.2_3, phase.gate.3_4 (index 0, 1, 2).
    std::array<PhaseGateRule, 3> phaseGates{
        PhaseGateRule{2, 10, 10, 2, true, false},
        PhaseGateRule{2, 3, 10, 2, true, false},
        PhaseGateRule{2, 2, 2, 2, true, true},
    };

    // week.strength_sessions: strength sessions a week, and the most during a red week.
    int minStrengthSessions = 2;
    int maxStrengthSessions = 3;
    int redMaxStrengthSessions = 2;
    // week.rest_days: rest days a week at least.
    int minRestDays = 1;
    // week.variety: different exercises rotated through one slot across the week's sessions.
    int slotVariety = 2;
    // week.mobility_day: exercises on a mobility/activation day at most.
    int mobilityDayMaxExercises = 4;
    // week.budget: how minutes are estimated.
    int defaultRepSeconds = 3;        // one rep when no tempo is given (plus any hold)
    int setupSecondsPerExercise = 30; // getting into position, reading the sheet
    int unilateralFactor = 2;         // single-leg and alternating work is done on each side

    bool operator==(const ProgressionRules&) const = default;
};

} // namespace glidepath::core
