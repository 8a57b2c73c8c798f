#pragma once

#include <glidepath/core/date.h>
#include <glidepath/core/field_issue.h>
#include <glidepath/core/vocabulary.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace glidepath::core {

enum class Condition
{
    PatellofemoralPain,
    PatellarMaltracking,
    HipImbalance,
    PostSurgery,
    GeneralKneePain
};
enum class Side
{
    Left,
    Right,
    Both
};
// Red flags from clinical-evidence.md: any one blocks the plan and calls for referral.
enum class RedFlag
{
    HotSwollenJointFever,
    CannotBearWeight,
    LockedKnee,
    RapidSwellingAfterInjury,
    SuspectedStructuralInjury,
    ConstantOrNightPain,
    UnexplainedWeightLoss,
    NumbnessOrColourChange,
    YoungPersonHipRotationPain,
    // Added with the post-surgery pathway and the escalation rules (clinical-evidence.md,
    // "Red flags to add"): DVT and wound problems matter most after an operation.
    DvtSigns,
    WoundProblem,
    CancerHistoryNewPain,
    InflammatoryPattern,
    ProgressiveNeurologicalSigns
};

// How soon a red flag needs to be seen: SCFE and DVT are same-day, an infected joint urgent.
enum class Urgency
{
    SameDay,
    Soon
};
Urgency redFlagUrgency(RedFlag flag);

// The post-surgery pathway. Surgeons' protocols vary; without a recorded clearance the engine
// assumes the client is not cleared.
enum class Operation
{
    KneeArthroscopy,
    AclReconstruction,
    KneeReplacement,
    Other
};
enum class WeightBearing
{
    Full,
    Partial,
    NonWeightBearing
};
enum class SurgicalClearance
{
    Kneeling,
    DeepKneeBend,
    ImpactLanding,
    Pivoting,
    Running
};
struct Surgery
{
    Operation operation = Operation::Other;
    Date date{};
    WeightBearing weightBearing = WeightBearing::Full;
    std::vector<SurgicalClearance> clearances; // what the surgeon has cleared; nothing else is

    bool operator==(const Surgery&) const = default;
};

// Client precautions recorded in the profile (exercise precaution tags are core::Precaution) (falls
// screening after CDC STEADI habits).
enum class ClientPrecaution
{
    FallInLastYear,
    UnsteadyOrFearOfFalling,
    Pregnancy,
    Hypermobility,
    Osteoporosis,
    HipReplacementPrecautions
};

// The hip-balance self-check of the seed article on hips; unanswered questions stay empty.
struct HipBalanceCheck
{
    std::optional<bool> sitsForLongPeriods;
    std::optional<bool> backPain;
    std::optional<bool> repetitiveMotion; // sport or work repeats the same motion a lot
    std::optional<bool> doesHipBalanceWork;

    bool operator==(const HipBalanceCheck&) const = default;
};

// A clinician's record that the client was seen and cleared after a referral.
struct ClinicianReview
{
    Date date{};
    std::string clinician;
    std::string note;

    bool operator==(const ClinicianReview&) const = default;
};

enum class NextMorning
{
    Settled,
    Higher
};
enum class Swelling
{
    None,
    Same,
    New
};
enum class Difficulty
{
    TooEasy,
    Right,
    TooHard
};

struct ClientProfile
{
    std::string name;
    std::vector<Condition> conditions;
    Side side = Side::Both;
    std::vector<Goal> goals;
    std::vector<Equipment> equipment; // what the client has at home
    int sessionsPerWeek = 3;          // 2-7
    int minutesPerSession = 20;       // 10-60
    int age = 0;
    std::string notes;
    std::optional<Surgery> surgery; // set for the post-surgery pathway
    std::vector<ClientPrecaution> precautions;
    HipBalanceCheck hipBalance;
    // The clinician's date for the next review. When it is not set, the Clients page counts the
    // day after the current plan's week as the next review (core::nextReviewDate).
    std::optional<Date> nextReview;

    bool operator==(const ClientProfile&) const = default;
};

struct CheckIn
{
    Date date{};
    int painRest = 0;     // 0-10
    int painActivity = 0; // 0-10
    int painExercise = 0; // 0-10
    NextMorning nextMorning = NextMorning::Settled;
    bool nightPain = false;
    Swelling swelling = Swelling::None;
    double adherence = 1.0;                      // sessions done / planned, 0-1
    std::map<std::string, int> painfulExercises; // exercise id -> pain 0-10
    Difficulty difficulty = Difficulty::Right;
    std::vector<RedFlag> redFlags; // answered again at every check-in

    bool operator==(const CheckIn&) const = default;
};

// The plain-words question asked for a flag, and the advice shown when it is answered yes.

// Problems with a profile or check-in (core::FieldIssue, field_issue.h).
std::vector<FieldIssue> validateProfile(const ClientProfile& profile);
std::vector<FieldIssue> validateCheckIn(const CheckIn& checkIn);
// A list of red flags on its own (such as the screening answers kept with a client): each flag
// known, none listed twice. Issues are named "<field>/<index>".
std::vector<FieldIssue> validateRedFlags(const std::vector<RedFlag>& flags,
                                         const std::string& field);
// The red-flag questions answered neither yes nor no, in enum order. A plan needs every
// screening question answered; a check-in is only stored fully answered.
std::vector<RedFlag> unansweredRedFlags(const std::vector<RedFlag>& yes,
                                        const std::vector<RedFlag>& no);

template <> struct EnumNames<Condition>
{
    static constexpr std::array<std::pair<Condition, std::string_view>, 5> table{{
        {Condition::PatellofemoralPain, "patellofemoral_pain"},
        {Condition::PatellarMaltracking, "patellar_maltracking"},
        {Condition::HipImbalance, "hip_imbalance"},
        {Condition::PostSurgery, "post_surgery"},
        {Condition::GeneralKneePain, "general_knee_pain"},
    }};
};

template <> struct EnumNames<Side>
{
    static constexpr std::array<std::pair<Side, std::string_view>, 3> table{{
        {Side::Left, "left"},
        {Side::Right, "right"},
        {Side::Both, "both"},
    }};
};

template <> struct EnumNames<RedFlag>
{
    static constexpr std::array<std::pair<RedFlag, std::string_view>, 14> table{{
        {RedFlag::HotSwollenJointFever, "hot_swollen_joint_fever"},
        {RedFlag::CannotBearWeight, "cannot_bear_weight"},
        {RedFlag::LockedKnee, "locked_knee"},
        {RedFlag::RapidSwellingAfterInjury, "rapid_swelling_after_injury"},
        {RedFlag::SuspectedStructuralInjury, "suspected_structural_injury"},
        {RedFlag::ConstantOrNightPain, "constant_or_night_pain"},
        {RedFlag::UnexplainedWeightLoss, "unexplained_weight_loss"},
        {RedFlag::NumbnessOrColourChange, "numbness_or_colour_change"},
        {RedFlag::YoungPersonHipRotationPain, "young_person_hip_rotation_pain"},
        {RedFlag::DvtSigns, "dvt_signs"},
        {RedFlag::WoundProblem, "wound_problem"},
        {RedFlag::CancerHistoryNewPain, "cancer_history_new_pain"},
        {RedFlag::InflammatoryPattern, "inflammatory_pattern"},
        {RedFlag::ProgressiveNeurologicalSigns, "progressive_neurological_signs"},
    }};
};

template <> struct EnumNames<Operation>
{
    static constexpr std::array<std::pair<Operation, std::string_view>, 4> table{{
        {Operation::KneeArthroscopy, "knee_arthroscopy"},
        {Operation::AclReconstruction, "acl_reconstruction"},
        {Operation::KneeReplacement, "knee_replacement"},
        {Operation::Other, "other"},
    }};
};

template <> struct EnumNames<WeightBearing>
{
    static constexpr std::array<std::pair<WeightBearing, std::string_view>, 3> table{{
        {WeightBearing::Full, "full"},
        {WeightBearing::Partial, "partial"},
        {WeightBearing::NonWeightBearing, "non_weight_bearing"},
    }};
};

template <> struct EnumNames<SurgicalClearance>
{
    static constexpr std::array<std::pair<SurgicalClearance, std::string_view>, 5> table{{
        {SurgicalClearance::Kneeling, "kneeling"},
        {SurgicalClearance::DeepKneeBend, "deep_knee_bend"},
        {SurgicalClearance::ImpactLanding, "impact_landing"},
        {SurgicalClearance::Pivoting, "pivoting"},
        {SurgicalClearance::Running, "running"},
    }};
};

template <> struct EnumNames<ClientPrecaution>
{
    static constexpr std::array<std::pair<ClientPrecaution, std::string_view>, 6> table{{
        {ClientPrecaution::FallInLastYear, "fall_in_last_year"},
        {ClientPrecaution::UnsteadyOrFearOfFalling, "unsteady_or_fear_of_falling"},
        {ClientPrecaution::Pregnancy, "pregnancy"},
        {ClientPrecaution::Hypermobility, "hypermobility"},
        {ClientPrecaution::Osteoporosis, "osteoporosis"},
        {ClientPrecaution::HipReplacementPrecautions, "hip_replacement_precautions"},
    }};
};

template <> struct EnumNames<NextMorning>
{
    static constexpr std::array<std::pair<NextMorning, std::string_view>, 2> table{{
        {NextMorning::Settled, "settled"},
        {NextMorning::Higher, "higher"},
    }};
};

template <> struct EnumNames<Swelling>
{
    static constexpr std::array<std::pair<Swelling, std::string_view>, 3> table{{
        {Swelling::None, "none"},
        {Swelling::Same, "same"},
        {Swelling::New, "new"},
    }};
};

template <> struct EnumNames<Difficulty>
{
    static constexpr std::array<std::pair<Difficulty, std::string_view>, 3> table{{
        {Difficulty::TooEasy, "too_easy"},
        {Difficulty::Right, "right"},
        {Difficulty::TooHard, "too_hard"},
    }};
};

} // namespace glidepath::core
