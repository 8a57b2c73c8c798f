#pragma once

// Exercise text in the language the UI runs in. The database keeps the English text; the
// built-in library's other languages come from io::builtinLibrary() (data/library/
// exercises.<language>.json) and are laid over built-in exercises when they are shown.

#include <glidepath/core/exercise.h>
#include <glidepath/core/plan.h>

#include <QString>

#include <string>
#include <vector>

namespace glidepath::ui {

// "de", "en"...: the language of the default QLocale, which language::install() sets to the UI's.
std::string exerciseLanguage();

// The exercise with its name, summary, steps and cues in the UI language where the built-in
// library has them; other exercises unchanged.
core::Exercise localizedExercise(const core::Exercise& exercise);
void localizeExercises(std::vector<core::Exercise>& exercises);

// The name to show for an exercise id whose stored (English) name is englishName.
QString exerciseName(const std::string& id, const std::string& englishName);
QString exerciseName(const core::PlannedExercise& planned);

// Every planned exercise's name in the UI language (for handouts; the saved plan keeps English).
void localizePlanNames(core::Plan& plan);

} // namespace glidepath::ui
