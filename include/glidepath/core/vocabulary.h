#pragma once

#include <glidepath/core/enum_names.h>

#include <array>

namespace glidepath::core {

enum class Category
{
    Activation,
    Strength,
    MotorControl,
    Mobility,
    Landing,
    Gait
};
enum class Position
{
    Supine,
    SideLying,
    Prone,
    Quadruped,
    Kneeling,
    HalfKneeling,
    Seated,
    Standing
};
enum class Region
{
    Hip,
    Knee,
    Core,
    Ankle
};
enum class Muscle
{
    GluteMax,
    GluteMed,
    GluteMin,
    DeepRotators,
    Adductors,
    HipFlexors,
    Quadriceps,
    Vmo,
    Hamstrings,
    Calves,
    Tfl,
    DeepAbdominals,
    Obliques
};
// Load-bearing knee flexion demand: low 0-30 degrees or unloaded, moderate 30-60, high > 60.
enum class KneeFlexion
{
    None,
    Low,
    Moderate,
    High
};
enum class Impact
{
    None,
    Low,
    High
};
enum class Equipment
{
    None,
    Mat,
    Band,
    AnkleWeight,
    Step,
    Ball,
    Ring,
    Chair,
    Wall,
    Strap,
    Block,
    Reformer,
    Towel,
    Box,
    Cushion,
    Dumbbell,
    Pad
};
enum class Laterality
{
    Bilateral,
    Unilateral,
    Alternating
};
// What a client wants to get back to; exercises carry the same values as goal tags (the goals
// they serve), which the engine's goal shaping reads (goal.*).
enum class Goal
{
    Stairs,
    Squatting,
    Running,
    JumpingSport,
    Walking,
    DailyLiving
};
// What makes an exercise heavier without changing it: the engine's load variable
// (dose.load). The level's meaning depends on the kind (see core/load.h).
enum class LoadKind
{
    None,
    Band,
    AnkleWeight,
    Dumbbell
};
// What an exercise's time (dose.hold_seconds) asks for: a position held still (a plank, a
// stretch), or movement kept up for that long (the Hundred's arm pumps, kneecap glides). Gait
// exercises are always movement, whatever they say.
enum class Timing
{
    Hold,
    Continuous
};
enum class Precaution
{
    DeepKneeFlexion,
    Kneeling,
    Impact,
    EndRangeHipFlexion,
    Balance,
    PatellarCompression
};

template <> struct EnumNames<Category>
{
    static constexpr std::array<std::pair<Category, std::string_view>, 6> table{{
        {Category::Activation, "activation"},
        {Category::Strength, "strength"},
        {Category::MotorControl, "motor_control"},
        {Category::Mobility, "mobility"},
        {Category::Landing, "landing"},
        {Category::Gait, "gait"},
    }};
};

template <> struct EnumNames<Position>
{
    static constexpr std::array<std::pair<Position, std::string_view>, 8> table{{
        {Position::Supine, "supine"},
        {Position::SideLying, "side_lying"},
        {Position::Prone, "prone"},
        {Position::Quadruped, "quadruped"},
        {Position::Kneeling, "kneeling"},
        {Position::HalfKneeling, "half_kneeling"},
        {Position::Seated, "seated"},
        {Position::Standing, "standing"},
    }};
};

template <> struct EnumNames<Region>
{
    static constexpr std::array<std::pair<Region, std::string_view>, 4> table{{
        {Region::Hip, "hip"},
        {Region::Knee, "knee"},
        {Region::Core, "core"},
        {Region::Ankle, "ankle"},
    }};
};

template <> struct EnumNames<Muscle>
{
    static constexpr std::array<std::pair<Muscle, std::string_view>, 13> table{{
        {Muscle::GluteMax, "glute_max"},
        {Muscle::GluteMed, "glute_med"},
        {Muscle::GluteMin, "glute_min"},
        {Muscle::DeepRotators, "deep_rotators"},
        {Muscle::Adductors, "adductors"},
        {Muscle::HipFlexors, "hip_flexors"},
        {Muscle::Quadriceps, "quadriceps"},
        {Muscle::Vmo, "vmo"},
        {Muscle::Hamstrings, "hamstrings"},
        {Muscle::Calves, "calves"},
        {Muscle::Tfl, "tfl"},
        {Muscle::DeepAbdominals, "deep_abdominals"},
        {Muscle::Obliques, "obliques"},
    }};
};

template <> struct EnumNames<KneeFlexion>
{
    static constexpr std::array<std::pair<KneeFlexion, std::string_view>, 4> table{{
        {KneeFlexion::None, "none"},
        {KneeFlexion::Low, "low"},
        {KneeFlexion::Moderate, "moderate"},
        {KneeFlexion::High, "high"},
    }};
};

template <> struct EnumNames<Impact>
{
    static constexpr std::array<std::pair<Impact, std::string_view>, 3> table{{
        {Impact::None, "none"},
        {Impact::Low, "low"},
        {Impact::High, "high"},
    }};
};

template <> struct EnumNames<Equipment>
{
    static constexpr std::array<std::pair<Equipment, std::string_view>, 17> table{{
        {Equipment::None, "none"},
        {Equipment::Mat, "mat"},
        {Equipment::Band, "band"},
        {Equipment::AnkleWeight, "ankle_weight"},
        {Equipment::Step, "step"},
        {Equipment::Ball, "ball"},
        {Equipment::Ring, "ring"},
        {Equipment::Chair, "chair"},
        {Equipment::Wall, "wall"},
        {Equipment::Strap, "strap"},
        {Equipment::Block, "block"},
        {Equipment::Reformer, "reformer"},
        {Equipment::Towel, "towel"},
        {Equipment::Box, "box"},
        {Equipment::Cushion, "cushion"},
        {Equipment::Dumbbell, "dumbbell"},
        {Equipment::Pad, "pad"},
    }};
};

template <> struct EnumNames<Laterality>
{
    static constexpr std::array<std::pair<Laterality, std::string_view>, 3> table{{
        {Laterality::Bilateral, "bilateral"},
        {Laterality::Unilateral, "unilateral"},
        {Laterality::Alternating, "alternating"},
    }};
};

template <> struct EnumNames<Precaution>
{
    static constexpr std::array<std::pair<Precaution, std::string_view>, 6> table{{
        {Precaution::DeepKneeFlexion, "deep_knee_flexion"},
        {Precaution::Kneeling, "kneeling"},
        {Precaution::Impact, "impact"},
        {Precaution::EndRangeHipFlexion, "end_range_hip_flexion"},
        {Precaution::Balance, "balance"},
        {Precaution::PatellarCompression, "patellar_compression"},
    }};
};

template <> struct EnumNames<Goal>
{
    static constexpr std::array<std::pair<Goal, std::string_view>, 6> table{{
        {Goal::Stairs, "stairs"},
        {Goal::Squatting, "squatting"},
        {Goal::Running, "running"},
        {Goal::JumpingSport, "jumping_sport"},
        {Goal::Walking, "walking"},
        {Goal::DailyLiving, "daily_living"},
    }};
};

template <> struct EnumNames<LoadKind>
{
    static constexpr std::array<std::pair<LoadKind, std::string_view>, 4> table{{
        {LoadKind::None, "none"},
        {LoadKind::Band, "band"},
        {LoadKind::AnkleWeight, "ankle_weight"},
        {LoadKind::Dumbbell, "dumbbell"},
    }};
};

template <> struct EnumNames<Timing>
{
    static constexpr std::array<std::pair<Timing, std::string_view>, 2> table{{
        {Timing::Hold, "hold"},
        {Timing::Continuous, "continuous"},
    }};
};

} // namespace glidepath::core
