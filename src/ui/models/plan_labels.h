#pragma once

#include <glidepath/core/plan.h>
#include <glidepath/report/handout_text.h>

#include <QCoreApplication>
#include <QString>

namespace glidepath::ui {

// Plan words beyond the shared Labels (labels.h): the banner headline, doses and tempo.
class PlanLabels
{
    Q_DECLARE_TR_FUNCTIONS(PlanLabels)

public:
    static QString actionHeadline(core::Action action); // a sentence for the banner
    // "3 × 10", "3 × 30 s hold", "3 × 10 with a 3 s hold"; timed work in the handout's words,
    // "Walk 4 min, twice" or "Keep moving for 50 s, twice", so the clinician sees what the client
    // will read.
    static QString dose(const core::PlannedExercise& exercise, report::TimedWork timed);
    static QString tempo(const std::string& tempo); // "Tempo 2-1-3 (lift-pause-lower)", or empty
};

} // namespace glidepath::ui
