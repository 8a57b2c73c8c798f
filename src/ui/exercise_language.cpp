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
    const io::LibraryDocument& library = io::builtinLibrary();
    if (const auto texts = library.translations.find(id); texts != library.translations.end()) {
        if (const auto text = texts->second.find(exerciseLanguage());
            text != texts->second.end() && !text->second.name.empty()) {
            return QString::fromStdString(text->second.name);
        }
    }
    return QString::fromStdString(englishName);
}

QString exerciseName(const core::PlannedExercise& planned)
{
    return exerciseName(planned.id, planned.name);
}

void localizePlanNames(core::Plan& plan)
{
    for (core::PlanDay& day : plan.days) {
        for (core::PlannedExercise& planned : day.exercises) {
            planned.name = exerciseName(planned).toStdString();
        }
    }
}

} // namespace glidepath::ui
