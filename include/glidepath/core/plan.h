#pragma once

#include <glidepath/core/client.h>
#include <glidepath/core/date.h>
#include <glidepath/core/reason.h>
#include <glidepath/core/session_log.h>

#include <optional>
#include <string>
#include <vector>

namespace glidepath::core {

enum class Action
{
    Progress,
    Hold,
    Regress,
    Refer
};
enum class Light
{
    Green,
    Amber,
    Red,
    None
};
enum class DayKind
{
    Strength,
    Mobility,
    Rest
};
// Which leg does the work: both legs together, each leg in turn, or one leg only.
enum class WorkSide
{
    Both,
    Each,
    Left,
    Right
};

struct Decision
{
    Action action = Action::Hold;
    Light light = Light::None;
    int phase = 1; // 1-4
    // Green weeks in a row in this phase (this week included); the phase gates read it back
    // from the previous plan.
    int greenWeeksInPhase = 0;
    std::vector<Reason> reasons;

    bool operator==(const Decision&) const = default;
};

struct PlannedExercise
{
    std::string id;
    std::string name;
    int sets = 1;
    int reps = 0;        // 0 for a pure hold
    int holdSeconds = 0; // 0 when not a hold
    std::string tempo;
    int restSeconds = 0;
    WorkSide side = WorkSide::Both;
    Reason reason; // why this exercise at this dose this week (exercise reason ids, reason.h)
    // The load (dose.load): its kind and level, described by core::describeLoad ("light band",
    // "1 kg ankle weight"). None / 0 when the exercise is done without added load.
    LoadKind loadKind = LoadKind::None;
    int loadLevel = 0;

    bool operator==(const PlannedExercise&) const = default;
};

struct PlanDay
{
    Date date{};
    DayKind kind = DayKind::Rest;
    int estimatedMinutes = 0;
    std::vector<PlannedExercise> exercises;

    bool operator==(const PlanDay&) const = default;
};

// A change a clinician made to the engine's plan before saving it, kept with the plan.
struct PlanOverride
{
    std::string kind; // swap | dose | remove | add | reorder
    int dayIndex = 0; // 0-6 within the week
    std::string exerciseId;
    std::string replacementId; // for swap and add
    std::string description;   // plain words, e.g. "Swapped Split squat for Mini-squat 0-45°"

    bool operator==(const PlanOverride&) const = default;
};

struct Plan
{
    Date weekStart{};
    Decision decision;
    std::vector<Reason> advice; // advice.* items (reason.h), in the order given
    std::vector<PlanDay> days;  // always seven, from weekStart
    std::vector<PlanOverride> overrides;

    bool operator==(const Plan&) const = default;
};

struct PlanRequest
{
    Date weekStart{};
    ClientProfile client;
    std::vector<RedFlag> screeningRedFlags;
    std::vector<CheckIn> checkins; // oldest first, newest last
    std::optional<Plan> previousPlan;
    // Sessions the client logged (any order). Those of the seven days before weekStart refine the
    // latest check-in: adherence from the logs, exercises logged as painful, skipped exercises
    // not progressed (rules log.adherence, log.painful, log.skipped).
    std::vector<SessionLog> sessionLogs;
    // Clinicians' records that the client was seen and cleared after a referral, oldest first.
    std::vector<ClinicianReview> reviews;
};

template <> struct EnumNames<Action>
{
    static constexpr std::array<std::pair<Action, std::string_view>, 4> table{{
        {Action::Progress, "progress"},
        {Action::Hold, "hold"},
        {Action::Regress, "regress"},
        {Action::Refer, "refer"},
    }};
};

template <> struct EnumNames<Light>
{
    static constexpr std::array<std::pair<Light, std::string_view>, 4> table{{
        {Light::Green, "green"},
        {Light::Amber, "amber"},
        {Light::Red, "red"},
        {Light::None, "none"},
    }};
};

template <> struct EnumNames<DayKind>
{
    static constexpr std::array<std::pair<DayKind, std::string_view>, 3> table{{
        {DayKind::Strength, "strength"},
        {DayKind::Mobility, "mobility"},
        {DayKind::Rest, "rest"},
    }};
};

template <> struct EnumNames<WorkSide>
{
    static constexpr std::array<std::pair<WorkSide, std::string_view>, 4> table{{
        {WorkSide::Both, "both"},
        {WorkSide::Each, "each"},
        {WorkSide::Left, "left"},
        {WorkSide::Right, "right"},
    }};
};

} // namespace glidepath::core
