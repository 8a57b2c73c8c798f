#pragma once

#include <glidepath/core/session_log.h>

#include <QCoreApplication>
#include <QString>

namespace glidepath::ui {

// Words for session logs and outcome measures.
class SessionLogLabels
{
    Q_DECLARE_TR_FUNCTIONS(SessionLogLabels)

public:
    static QString of(core::LogStatus status); // "Done", "Partly", "Skipped"
    // A FieldIssue field of a log ("entries/2/sets_done") in words, naming the exercise.
    static QString fieldName(const std::string& field, const QString& exerciseName = {});
    // "a change of at least 2 points or 30 %" for the NPRS thresholds in use.
    static QString nprsThreshold(const core::MeaningfulChange& thresholds);
    static QString psfsThreshold(const core::MeaningfulChange& thresholds);
    // "-2 (meaningful improvement)", "+1 (within normal variation)"...
    static QString change(const core::ScoreChange& change, int decimals);
};

} // namespace glidepath::ui
