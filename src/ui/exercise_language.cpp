#include "exercise_language.h"

#include <glidepath/io/library_format.h>

#include <QLocale>

namespace glidepath::ui {

std::string exerciseLanguage()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0).toStdString();
}

core::Exercise localizedExercise(const core::Exercise& exercise)
{
    if (!exercise.builtin) {
        return exercise; // a user's own exercise keeps the words it was written in
    }
    return io::builtinLibrary().localized(exercise, exerciseLanguage());
}

void localizeExercises(std::vector<core::Exercise>& exercises)
{
    for (core::Exercise& exercise : exercises) {
        exercise = localizedExercise(exercise);
    }
}

QString exerciseName(const std::string& id, const std::string& englishName)
{
    return QString::fromStdString(
        io::builtinLibrary().localizedName(id, englishName, exerciseLanguage()));
}

QString exerciseName(const core::PlannedExercise& planned)
{
    return exerciseName(planned.id, planned.name);
}

void localizePlanNames(core::Plan& plan)
{
    io::builtinLibrary().localizePlanNames(plan, exerciseLanguage());
}

} // namespace glidepath::ui
