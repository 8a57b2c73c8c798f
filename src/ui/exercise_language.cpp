#include "exercise_language.h"

#include <glidepath/io/builtin_data.h>
#include <glidepath/io/library_format.h>

#include <QLocale>

namespace glidepath::ui {

std::string exerciseLanguage()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0).toStdString();
}

namespace {

// The built-in library is parsed (and kept) only when its texts are needed: in English, the
// library's own language, the stored exercises are shown as they are.
bool hasTexts(const std::string& language)
{
    // Asked for every name a table shows; the language changes only with Preferences.
    thread_local std::string asked;
    thread_local bool answer = false;
    thread_local bool known = false;
    if (!known || asked != language) {
        asked = language;
        answer = io::builtinLibraryHasTexts(language);
        known = true;
    }
    return answer;
}

} // namespace

core::Exercise localizedExercise(const core::Exercise& exercise)
{
    if (!exercise.builtin) {
        return exercise; // a user's own exercise keeps the words it was written in
    }
    const std::string language = exerciseLanguage();
    if (!hasTexts(language)) {
        return exercise;
    }
    return io::builtinLibrary().localized(exercise, language);
}

void localizeExercises(std::vector<core::Exercise>& exercises)
{
    for (core::Exercise& exercise : exercises) {
        exercise = localizedExercise(exercise);
    }
}

QString exerciseName(const std::string& id, const std::string& englishName)
{
    const std::string language = exerciseLanguage();
    if (!hasTexts(language)) {
        return QString::fromStdString(englishName);
    }
    return QString::fromStdString(io::builtinLibrary().localizedName(id, englishName, language));
}

QString exerciseName(const core::PlannedExercise& planned)
{
    return exerciseName(planned.id, planned.name);
}

void localizePlanNames(core::Plan& plan)
{
    const std::string language = exerciseLanguage();
    if (hasTexts(language)) {
        io::builtinLibrary().localizePlanNames(plan, language);
    }
}

} // namespace glidepath::ui
