#pragma once

#include <glidepath/core/exercise.h>
#include <glidepath/core/validation.h>

#include <QCoreApplication>
#include <QString>

namespace glidepath::ui {

// Turns a core validation issue into a sentence for the field it sits under ("Write at least
// two steps."). Core's messages use the file spelling (snake_case names) and are kept for cases
// the editor cannot produce; the usual ones are said again here in plain, translatable words.
class ExerciseIssueText
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseIssueText)

public:
    static QString describe(const core::ValidationIssue& issue, const core::Exercise& exercise);
};

} // namespace glidepath::ui
