#pragma once

// Every threshold the progression engine uses. Defaults equal data/rules/progression.json;
// io::parseRules reads that file into this struct. See docs/clinical-rules.md, which explains
// each rule under the id given in the comments here (the same id appears in plan reasons).

#include <glidepath/core/client.h>
#include <glidepath/core/vocabulary.h>

#include <array>
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
    // light.amber.swelling: swelling that is still there (not new) holds the plan.
    bool amberOnOngoingSwelling = true;
    // light.amber.night_pain: night pain that was already there last week holds the plan
    // (new night pain is red: light.red.night_pain).
    bool amberOnOngoingNightPain = true;

    // action.hold.adherence: below this share of planned sessions done, never progress.
    double minAdherence = 0.6;
    // action.hold.too_hard: a week the client found too hard is not progressed.
    bool holdWhenTooHard = true;

    // regress.two_red_weeks: this many red weeks in a row send the plan back to resetPhase.
    int redWeeksForReset = 2;
    int resetPhase = 1;

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

    // log.adherence: where sessions were logged in the week before the plan, sessions done /
    // planned is taken from the logs instead of the check-in's figure.
    bool adherenceFromLogs = true;
    // log.painful: an exercise logged with pain during it above this counts as an exercise that
    // hurt, as if reported at the check-in (exercise.swap_painful then applies).
    int loggedPainfulAbove = 5;
    // log.skipped: an exercise skipped in a logged session of that week is not progressed.
    bool holdSkippedExercises = true;

    // exercise.swap_painful: an exercise reported above this is swapped for its easier neighbour.
    int swapExercisePainAbove = 5;
    // exercise.hold_painful: an exercise reported above this is not progressed.
    int holdExercisePainAbove = 2;

    // select.kneeling: kneeling exercises are left out while activity pain is at or above this,
    // for clients with one of these conditions.
    int kneelingExclusionActivityPain = 4;
    std::vector<Condition> kneelingExclusionConditions{Condition::PatellofemoralPain};
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
