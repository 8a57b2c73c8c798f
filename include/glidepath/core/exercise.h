#pragma once

#include <glidepath/core/pose.h>
#include <glidepath/core/vocabulary.h>

#include <optional>
#include <string>
#include <vector>

namespace glidepath::core {

// One prescription of an exercise. reps and holdSeconds may both be set (e.g. 10 reps with a
// 3 s hold each); a pure hold has reps == 0. At least one of them is positive.
struct Dose
{
    int sets = 1;
    int reps = 0;
    int holdSeconds = 0;
    std::string tempo; // "lift-pause-lower" seconds, e.g. "2-1-3"; empty when not relevant
    int restSeconds = 30;
    // The load (dose.load): what can make the exercise heavier without changing it (band, ankle
    // weight, dumbbell; None when only volume and the ladder progress it) and its level in that
    // kind's steps, 0 = no added load (core/load.h). An exercise's starting dose names its kind.
    LoadKind loadKind = LoadKind::None;
    int loadLevel = 0;

    bool operator==(const Dose&) const = default;
};

// The range the engine may move the dose within before it changes to the harder exercise.
struct DoseLimits
{
    int minSets = 1;
    int maxSets = 3;
    int minReps = 0;
    int maxReps = 0;
    int minHoldSeconds = 0;
    int maxHoldSeconds = 0;
    // The heaviest load the exercise takes (dose.load never goes above it); 0 without a load.
    int maxLoadLevel = 0;

    bool operator==(const DoseLimits&) const = default;
};

struct Exercise
{
    std::string id; // stable slug, e.g. "pelvic-curl"
    std::string name;
    std::string summary;
    std::vector<std::string> instructions; // ordered steps
    std::vector<std::string> cues;
    Category category = Category::Activation;
    int phaseMin = 1;
    int phaseMax = 4;
    Position position = Position::Supine;
    std::vector<Region> regions;
    std::vector<Muscle> muscles; // the first is the main target
    KneeFlexion kneeFlexion = KneeFlexion::None;
    Impact impact = Impact::None;
    std::vector<Equipment> equipment; // everything needed; {None} or empty when nothing is
    Laterality laterality = Laterality::Bilateral;
    Dose dose;
    DoseLimits limits;
    // How the dose's time is spent: held still, or kept moving (timing in the library format).
    Timing timing = Timing::Hold;
    std::string easier; // id of the easier neighbour on the ladder, empty at the bottom
    std::string harder; // id of the harder neighbour, empty at the top
    std::vector<Precaution> precautions;
    // The goals the exercise serves (goal tags): the engine puts ladders leading to an exercise
    // tagged with one of the client's goals first in its slot (goal.*).
    std::vector<Goal> goals;
    bool builtin = false;
    bool hidden = false; // built-ins cannot be deleted; users hide them instead
    // The start and end picture; none draws the position's default figure.
    std::optional<Illustration> illustration;

    bool operator==(const Exercise&) const = default;

    bool needs(Equipment item) const { return contains(equipment, item); }
    bool has(Precaution precaution) const { return contains(precautions, precaution); }
    bool targets(Muscle muscle) const { return contains(muscles, muscle); }
    bool serves(Goal goal) const { return contains(goals, goal); }
    LoadKind loadKind() const { return dose.loadKind; }
};

} // namespace glidepath::core
