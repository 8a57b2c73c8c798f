#include <glidepath/core/load.h>
#include <glidepath/core/progression_steps.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace glidepath::core {

std::optional<Tempo> parseTempo(std::string_view text)
{
    int parts[3] = {0, 0, 0};
    std::size_t part = 0;
    std::size_t digits = 0;
    for (char c : text) {
        if (c == '-') {
            if (digits == 0 || part == 2) {
                return std::nullopt;
            }
            ++part;
            digits = 0;
        } else if (c >= '0' && c <= '9' && digits < 2) {
            parts[part] = parts[part] * 10 + (c - '0');
            ++digits;
        } else {
            return std::nullopt;
        }
    }
    if (part != 2 || digits == 0) {
        return std::nullopt;
    }
    return Tempo{parts[0], parts[1], parts[2]};
}

std::string formatTempo(const Tempo& tempo)
{
    return std::to_string(tempo.lift) + "-" + std::to_string(tempo.pause) + "-" +
           std::to_string(tempo.lower);
}

Dose clampToLimits(Dose dose, const DoseLimits& limits)
{
    // Only limits that make sense are applied; a library that passed validation always has them.
    if (limits.minSets >= 1 && limits.minSets <= limits.maxSets) {
        dose.sets = std::clamp(dose.sets, limits.minSets, limits.maxSets);
    }
    if (dose.reps > 0 && limits.maxReps > 0 && limits.minReps <= limits.maxReps) {
        dose.reps = std::clamp(dose.reps, std::max(1, limits.minReps), limits.maxReps);
    }
    if (dose.holdSeconds > 0 && limits.maxHoldSeconds > 0 &&
        limits.minHoldSeconds <= limits.maxHoldSeconds) {
        dose.holdSeconds =
            std::clamp(dose.holdSeconds, std::max(1, limits.minHoldSeconds), limits.maxHoldSeconds);
    }
    dose.sets = std::max(1, dose.sets);
    // dose.load: never above what the library says the exercise takes.
    dose.loadLevel = dose.loadKind == LoadKind::None
                         ? 0
                         : std::clamp(dose.loadLevel, 0, std::max(0, limits.maxLoadLevel));
    return dose;
}

Dose startingDose(const Exercise& exercise)
{
    return clampToLimits(exercise.dose, exercise.limits);
}

std::vector<DoseStep> progressionSteps(const Exercise& exercise, const Dose& dose,
                                       const LibraryIndex& library, const SelectionFilter& filter,
                                       const ProgressionRules& rules)
{
    std::vector<DoseStep> steps;
    const DoseLimits& limits = exercise.limits;
    const auto harderRung = [&] {
        // Only the next rung: skipping one would be a bigger jump than one step.
        if (const Exercise* harder = library.harderOf(exercise);
            harder != nullptr && harder != &exercise && isUsable(*harder, filter)) {
            steps.push_back({harder, startingDose(*harder), "harder"});
        }
    };
    // run.advance: walk-run grows by the running time of each interval first (a step of
    // run_step_seconds), then by one more interval; never by a second block, which would double
    // the running in one week (product decision).
    if (exercise.category == Category::Gait && exercise.serves(Goal::Running)) {
        if (dose.holdSeconds > 0 && dose.holdSeconds < limits.maxHoldSeconds &&
            rules.runHoldStepSeconds > 0) {
            Dose next = dose;
            next.holdSeconds =
                std::min(dose.holdSeconds + rules.runHoldStepSeconds, limits.maxHoldSeconds);
            steps.push_back({&exercise, next, "hold", dose.holdSeconds, next.holdSeconds});
        }
        if (dose.reps > 0 && dose.reps < limits.maxReps) {
            Dose next = dose;
            next.reps = dose.reps + 1;
            steps.push_back({&exercise, next, "reps", dose.reps, next.reps});
        }
        harderRung();
        return steps;
    }
    if (dose.reps > 0 && dose.reps < limits.maxReps && rules.repsStep > 0) {
        Dose next = dose;
        next.reps = std::min(dose.reps + rules.repsStep, limits.maxReps);
        steps.push_back({&exercise, next, "reps", dose.reps, next.reps});
    }
    if (dose.sets < limits.maxSets && rules.setsStep > 0) {
        Dose next = dose;
        next.sets = std::min(dose.sets + rules.setsStep, limits.maxSets);
        steps.push_back({&exercise, next, "sets", dose.sets, next.sets});
    }
    // goal.walking: a walking bout grows by the minute, not by balance-hold seconds.
    const bool walking = exercise.category == Category::Gait && exercise.serves(Goal::Walking);
    const int holdStep = dose.reps > 0 ? rules.repHoldStepSeconds
                         : walking     ? rules.walkingHoldStepSeconds
                                       : rules.holdStepSeconds;
    if (dose.holdSeconds > 0 && dose.holdSeconds < limits.maxHoldSeconds && holdStep > 0) {
        Dose next = dose;
        next.holdSeconds = std::min(dose.holdSeconds + holdStep, limits.maxHoldSeconds);
        steps.push_back({&exercise, next, "hold", dose.holdSeconds, next.holdSeconds});
    }
    if (const auto tempo = parseTempo(dose.tempo); tempo && dose.reps > 0 &&
                                                   tempo->lower < rules.tempoLowerMaxSeconds &&
                                                   rules.tempoLowerStepSeconds > 0) {
        Tempo slower = *tempo;
        slower.lower =
            std::min(tempo->lower + rules.tempoLowerStepSeconds, rules.tempoLowerMaxSeconds);
        Dose next = dose;
        next.tempo = formatTempo(slower);
        steps.push_back({&exercise, next, "lowering", tempo->lower, slower.lower});
    }
    // dose.load: a heavier band or weight once volume, hold and tempo have no room (or no time
    // in the session: a load step costs none), before the harder rung; only with the load at
    // home and never above the exercise's maximum.
    if (dose.loadKind != LoadKind::None && dose.loadLevel < limits.maxLoadLevel &&
        rules.loadLevelStep > 0 && contains(filter.available, loadEquipment(dose.loadKind))) {
        Dose next = dose;
        next.loadLevel = std::min(dose.loadLevel + rules.loadLevelStep, limits.maxLoadLevel);
        steps.push_back({&exercise, next, "load", dose.loadLevel, next.loadLevel});
    }
    harderRung();
    return steps;
}

namespace {

int volumeOf(int sets, int amount)
{
    return sets * amount;
}

} // namespace

std::optional<Dose> reduceVolume(const Dose& dose, const DoseLimits& limits, double keep)
{
    // Volume is sets x reps, or sets x hold for a pure hold. Search the few doses within the
    // limits and below the current one for the one closest to the target.
    const bool byReps = dose.reps > 0;
    const int amount = byReps ? dose.reps : dose.holdSeconds;
    const int minAmount =
        std::min(amount, std::max(1, byReps ? limits.minReps : limits.minHoldSeconds));
    const int minSets = std::min(dose.sets, std::max(1, limits.minSets));
    const int current = volumeOf(dose.sets, amount);
    const double target = current * keep;

    int bestSets = dose.sets;
    int bestAmount = amount;
    double bestDistance = -1.0;
    for (int sets = dose.sets; sets >= minSets; --sets) {
        for (int value = amount; value >= minAmount; --value) {
            const int volume = volumeOf(sets, value);
            if (volume >= current) {
                continue;
            }
            const double distance = std::abs(volume - target);
            // Closest to the target; on a tie keep more sets, then more volume (the gentler cut).
            if (bestDistance < 0.0 || distance < bestDistance - 1e-9) {
                bestDistance = distance;
                bestSets = sets;
                bestAmount = value;
            }
        }
    }
    if (bestDistance < 0.0) {
        return std::nullopt;
    }
    Dose reduced = dose;
    reduced.sets = bestSets;
    if (byReps) {
        reduced.reps = bestAmount;
    } else {
        reduced.holdSeconds = bestAmount;
    }
    return reduced;
}

int estimateSeconds(const Dose& dose, Laterality laterality, const ProgressionRules& rules)
{
    int perSet = 0;
    if (dose.reps > 0) {
        int perRep = rules.defaultRepSeconds + dose.holdSeconds;
        if (const auto tempo = parseTempo(dose.tempo)) {
            // A hold within each rep takes the place of the pause.
            perRep = tempo->lift + (dose.holdSeconds > 0 ? dose.holdSeconds : tempo->pause) +
                     tempo->lower;
        }
        perSet = dose.reps * std::max(1, perRep);
    } else {
        perSet = dose.holdSeconds;
    }
    const int factor =
        laterality == Laterality::Bilateral ? 1 : std::max(1, rules.unilateralFactor);
    // Both sides are worked within a set; the rest comes once after each set.
    return dose.sets * (perSet * factor + dose.restSeconds) + rules.setupSecondsPerExercise;
}

int minutesFromSeconds(int seconds)
{
    return (std::max(0, seconds) + 59) / 60;
}

std::string describeDose(const Dose& dose)
{
    std::string out = std::to_string(dose.sets) + " × ";
    if (dose.reps > 0) {
        out += std::to_string(dose.reps);
        if (dose.holdSeconds > 0) {
            out += " with a " + std::to_string(dose.holdSeconds) + " s hold";
        }
    } else {
        out += std::to_string(dose.holdSeconds) + " s hold";
    }
    if (!dose.tempo.empty()) {
        out += ", tempo " + dose.tempo;
    }
    if (const std::string load = describeLoad(dose.loadKind, dose.loadLevel); !load.empty()) {
        out += ", " + load;
    }
    return out;
}

} // namespace glidepath::core
