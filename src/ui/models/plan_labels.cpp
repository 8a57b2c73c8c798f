#include "models/plan_labels.h"

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
        return tr("Refer: no exercise plan until a doctor or physiotherapist has checked the leg");
    }
    return {};
}

QString PlanLabels::dose(const core::PlannedExercise& exercise, report::TimedWork timed)
{
    QString text;
    if (timed != report::TimedWork::None && exercise.holdSeconds > 0) {
        text = report::workText(exercise, timed);
    } else if (exercise.reps > 0 && exercise.holdSeconds > 0) {
        text = tr("%1 × %2, hold %3 s")
                   .arg(exercise.sets)
                   .arg(exercise.reps)
                   .arg(exercise.holdSeconds);
    } else if (exercise.reps > 0) {
        text = tr("%1 × %2").arg(exercise.sets).arg(exercise.reps);
    } else {
        text = tr("%1 × %2 s hold").arg(exercise.sets).arg(exercise.holdSeconds);
    }
    // dose.load: the card names the band or weight, as the handout does.
    if (const QString load = report::loadText(exercise.loadKind, exercise.loadLevel);
        !load.isEmpty()) {
        text = tr("%1, %2", "dose, load").arg(text, load);
    }
    return text;
}

QString PlanLabels::tempo(const std::string& tempo)
{
    if (tempo.empty()) {
        return {};
    }
    return tr("Tempo %1").arg(QString::fromStdString(tempo));
}

} // namespace glidepath::ui
