#include "models/plan_labels.h"

#include <algorithm>
#include <vector>

namespace glidepath::ui {

QString PlanLabels::actionHeadline(core::Action action)
{
    switch (action) {
    case core::Action::Progress:
        return tr("Progress: move up one step this week");
    case core::Action::Hold:
        return tr("Hold: repeat the same level this week");
    case core::Action::Regress:
        return tr("Step back: make this week easier");
    case core::Action::Refer:
        return tr("Refer: no exercise plan until the client has been assessed");
    }
    return {};
}

QString PlanLabels::dose(const core::PlannedExercise& exercise)
{
    if (exercise.reps > 0 && exercise.holdSeconds > 0) {
        return tr("%1 × %2, hold %3 s")
            .arg(exercise.sets)
            .arg(exercise.reps)
            .arg(exercise.holdSeconds);
    }
    if (exercise.reps > 0) {
        return tr("%1 × %2").arg(exercise.sets).arg(exercise.reps);
    }
    return tr("%1 × %2 s hold").arg(exercise.sets).arg(exercise.holdSeconds);
}

QString PlanLabels::tempo(const std::string& tempo)
{
    if (tempo.empty()) {
        return {};
    }
    return tr("Tempo %1").arg(QString::fromStdString(tempo));
}

int estimatedSeconds(const core::PlannedExercise& exercise)
{
    // A rep takes the sum of its tempo phases ("2-1-3" = 6 s; a hold replaces the pause), or
    // 3 s when no tempo is given.
    std::vector<int> phases{0};
    for (const char c : exercise.tempo) {
        if (c >= '0' && c <= '9') {
            phases.back() = phases.back() * 10 + (c - '0');
        } else {
            phases.push_back(0);
        }
    }
    if (exercise.holdSeconds > 0 && phases.size() == 3) {
        phases[1] = 0;
    }
    int perRep = 0;
    for (const int seconds : phases) {
        perRep += seconds;
    }
    if (perRep == 0) {
        perRep = 3;
    }
    const int work =
        exercise.reps > 0 ? exercise.reps * (perRep + exercise.holdSeconds) : exercise.holdSeconds;
    const int sides = exercise.side == core::WorkSide::Each ? 2 : 1;
    const int bouts = std::max(1, exercise.sets) * sides;
    return bouts * work + (bouts - 1) * std::max(0, exercise.restSeconds);
}

} // namespace glidepath::ui
