#pragma once

// A generator of many valid, varied exercises for tests and benchmarks. Header-only and core
// types only, so every test suite and benchmark can use it. The same count and seed always give
// the same library: ids are unique ("<name-slug>-<n>"), every exercise passes
// core::validateExercise, and exercises are linked into short easier/harder ladders (1 to 5
// rungs) that pass core::validateLibrary.

#include <glidepath/core/exercise.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::test {

namespace synthetic_detail {

// std::mt19937 is specified exactly; the distributions are not, so numbers are drawn by hand to
// keep libraries identical across standard libraries.
class Draw
{
public:
    explicit Draw(unsigned seed) : m_engine(seed) {}
    int below(int n) { return static_cast<int>(m_engine() % static_cast<std::uint32_t>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& from)
    {
        return from[static_cast<std::size_t>(below(static_cast<int>(N)))];
    }

private:
    std::mt19937 m_engine;
};

inline constexpr std::array<std::string_view, 24> kMovements{
    "Clamshell",          "Pelvic curl",        "Glute bridge",      "Mini-squat",
    "Split squat",        "Step-down",          "Step-up",           "Side-lying leg lift",
    "Straight-leg raise", "Quad set",           "Calf raise",        "Side plank",
    "Bird dog",           "Dead bug",           "Wall sit",          "Hip circles",
    "Knee extension",     "Single-leg balance", "Hamstring stretch", "Hip hinge",
    "Fire hydrant",       "Lateral band walk",  "Adductor squeeze",  "Heel-to-toe rock"};

inline constexpr std::array<std::string_view, 16> kVariants{"",
                                                            "with band",
                                                            "on a step",
                                                            "with ball",
                                                            "slow lowering",
                                                            "single-leg",
                                                            "supported",
                                                            "with hold",
                                                            "on cushion",
                                                            "with ankle weight",
                                                            "short lever",
                                                            "long lever",
                                                            "against wall",
                                                            "with reach",
                                                            "eyes closed",
                                                            "tempo"};

inline constexpr std::array<std::string_view, 10> kCueWords{
    "Keep the pelvis level",          "Knee tracks over the second toe",
    "Breathe out as you lift",        "Move slowly and smoothly",
    "Stop before the knee complains", "Ribs stay soft",
    "Press evenly through the foot",  "Feel the side of the hip work",
    "Stay tall through the spine",    "Lower for a slow count of three"};

inline constexpr std::array<std::string_view, 6> kSummaries{
    "Builds strength around the hip without loading the front of the knee.",
    "Wakes up the glutes so the knee is better supported in daily tasks.",
    "Trains control of the knee over the foot in a single-leg stance.",
    "Strengthens the thigh through a comfortable, limited knee bend.",
    "Improves balance and trunk control for walking and stairs.",
    "Eases stiffness around the hip with gentle, controlled movement."};

inline std::string slugOf(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out += c;
        } else if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') {
        out.pop_back();
    }
    return out;
}

template <typename E> std::vector<E> distinct(Draw& draw, std::size_t from, int count)
{
    std::vector<E> all = core::allValues<E>();
    std::vector<E> out;
    while (static_cast<int>(out.size()) < count) {
        const E value =
            all[from + static_cast<std::size_t>(draw.below(static_cast<int>(all.size() - from)))];
        if (!core::contains(out, value)) {
            out.push_back(value);
        }
    }
    return out;
}

inline core::Exercise makeOne(Draw& draw, int index)
{
    using namespace core;
    Exercise e;
    const std::string_view movement = draw.pick(kMovements);
    const std::string_view variant = draw.pick(kVariants);
    e.name = std::string(movement) + (variant.empty() ? "" : " " + std::string(variant));
    e.id = slugOf(e.name) + "-" + std::to_string(index);
    e.summary = std::string(draw.pick(kSummaries));
    const int steps = draw.between(2, 5);
    for (int s = 0; s < steps; ++s) {
        e.instructions.push_back("Step " + std::to_string(s + 1) + ": " +
                                 std::string(draw.pick(kCueWords)) + ", then continue the " +
                                 std::string(movement) + " with control.");
    }
    const int cueCount = draw.between(2, 4);
    while (static_cast<int>(e.cues.size()) < cueCount) {
        std::string cue(draw.pick(kCueWords));
        if (!contains(e.cues, cue)) {
            e.cues.push_back(cue);
        }
    }

    e.category =
        draw.pick(std::array{Category::Activation, Category::Strength, Category::MotorControl,
                             Category::Mobility, Category::Gait, Category::Landing});
    e.position = draw.pick(std::array{
        Position::Supine, Position::SideLying, Position::Prone, Position::Quadruped,
        Position::Kneeling, Position::HalfKneeling, Position::Seated, Position::Standing});
    e.kneeFlexion = draw.pick(
        std::array{KneeFlexion::None, KneeFlexion::Low, KneeFlexion::Moderate, KneeFlexion::High});
    e.impact = e.category == Category::Landing ? (draw.chance(50) ? Impact::High : Impact::Low)
                                               : Impact::None;
    e.phaseMin = draw.between(1, 4);
    if (e.category == Category::Landing) {
        e.phaseMin = std::max(e.phaseMin, e.impact == Impact::High ? 4 : 3);
    }
    e.phaseMax = draw.between(e.phaseMin, 4);
    e.regions = distinct<Region>(draw, 0, draw.between(1, 3));
    e.muscles = distinct<Muscle>(draw, 0, draw.between(1, 3));
    e.equipment = draw.chance(25) ? std::vector<Equipment>{Equipment::None}
                                  : distinct<Equipment>(draw, 1, draw.between(1, 2));
    e.laterality = draw.pick(
        std::array{Laterality::Bilateral, Laterality::Unilateral, Laterality::Alternating});

    if (e.position == Position::Kneeling || e.position == Position::HalfKneeling) {
        e.precautions.push_back(Precaution::Kneeling);
    }
    if (e.kneeFlexion == KneeFlexion::High) {
        e.precautions.push_back(Precaution::DeepKneeFlexion);
    }
    if (e.impact != Impact::None) {
        e.precautions.push_back(Precaution::Impact);
    }
    if (draw.chance(20)) {
        e.precautions.push_back(Precaution::Balance);
    }

    e.dose.sets = draw.between(1, 4);
    const int kind = draw.below(3); // reps only, reps with a hold, pure hold
    e.dose.reps = kind == 2 ? 0 : draw.between(6, 15);
    e.dose.holdSeconds = kind == 0 ? 0 : draw.between(3, 45);
    e.dose.tempo = kind == 0 && draw.chance(50) ? "2-1-3" : "";
    e.dose.restSeconds = draw.between(2, 12) * 5;
    e.limits.minSets = 1;
    e.limits.maxSets = std::max(e.dose.sets, 3);
    e.limits.minReps = e.dose.reps > 0 ? std::min(e.dose.reps, 8) : 0;
    e.limits.maxReps = e.dose.reps > 0 ? std::max(e.dose.reps, 15) : 0;
    e.limits.minHoldSeconds = e.dose.holdSeconds > 0 ? std::min(e.dose.holdSeconds, 5) : 0;
    e.limits.maxHoldSeconds = e.dose.holdSeconds > 0 ? std::max(e.dose.holdSeconds, 60) : 0;
    return e;
}

} // namespace synthetic_detail

inline std::vector<core::Exercise> makeSyntheticLibrary(int count, unsigned seed)
{
    synthetic_detail::Draw draw(seed);
    std::vector<core::Exercise> library;
    library.reserve(static_cast<std::size_t>(count > 0 ? count : 0));
    for (int i = 0; i < count; ++i) {
        library.push_back(synthetic_detail::makeOne(draw, i));
    }
    // Consecutive runs of 1-5 exercises form ladders, linked both ways.
    for (int start = 0; start < count;) {
        const int length = std::min(draw.between(1, 5), count - start);
        for (int k = start; k + 1 < start + length; ++k) {
            library[static_cast<std::size_t>(k)].harder =
                library[static_cast<std::size_t>(k) + 1].id;
            library[static_cast<std::size_t>(k) + 1].easier =
                library[static_cast<std::size_t>(k)].id;
        }
        start += length;
    }
    return library;
}

// Synthetic exercises given the names the generator never makes (accented words, a muscle's
// words in a name, a rare word), with ids "named-0", "named-1", ... and no ladder links, so they
// can be imported after a synthetic library.
inline std::vector<core::Exercise>
namedSyntheticExercises(const std::vector<std::string_view>& names, unsigned seed)
{
    const auto base = makeSyntheticLibrary(static_cast<int>(names.size()), seed);
    std::vector<core::Exercise> out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        core::Exercise e = base[i];
        e.name = std::string(names[i]);
        e.id = "named-" + std::to_string(i);
        e.easier.clear();
        e.harder.clear();
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace glidepath::test
