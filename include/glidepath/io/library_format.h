#pragma once

#include <glidepath/core/exercise.h>
#include <glidepath/core/exercise_text.h>
#include <glidepath/core/plan.h>
#include <glidepath/core/plan_template.h>
#include <glidepath/io/format_error.h>

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::io {

// {"format": "glidepath-library", "version": 4, "library_version": N, "exercises": [...],
//  "templates": [...]}
// Version 2 added each exercise's optional "illustration"; version 3 its optional goal tags
// ("goals") and load (dose "load" and "load_level", dose_limits "max_load_level"), and the
// optional plan "templates"; version 4 each exercise's optional "timing" (its time held still or
// kept moving). Version 1 to 3 files are still read.
inline constexpr int kLibraryFormatVersion = 4;
// Any version may hold an exercise's optional "translations" (docs/formats.md).

struct LibraryDocument
{
    int libraryVersion = 1; // the content version; the built-in library bumps it on every change
    std::vector<core::Exercise> exercises;
    std::vector<core::PlanTemplate> templates; // names unique, ignoring case
    // Exercise id -> language code ("de") -> that language's text; English is the exercise's own.
    std::map<std::string, std::map<std::string, core::ExerciseText>> translations;

    // The exercise in language (its own English where the translation has no text).
    core::Exercise localized(const core::Exercise& exercise, std::string_view language) const;
    // The name of exercise id in language; englishName when the translation has none.
    std::string localizedName(const std::string& id, const std::string& englishName,
                              std::string_view language) const;
    // Every planned exercise's name in language (the plan keeps the names it was made with).
    void localizePlanNames(core::Plan& plan, std::string_view language) const;

    bool operator==(const LibraryDocument&) const = default;
};

// Throws FormatError listing every problem: syntax (with line), wrong format or version, each
// exercise's missing, mistyped, out-of-range or unknown fields, and core validation issues.
LibraryDocument parseLibrary(std::string_view json);
// The same for a document that will join an existing library (an import): easier/harder may also
// name exercises in existing, and validation runs on the document together with the existing
// exercises whose ids it does not reuse. Only problems of the document's own exercises are
// reported; the database makes the final check when the exercises are stored.
LibraryDocument parseLibrary(std::string_view json, std::span<const core::Exercise> existing);
std::string writeLibrary(const LibraryDocument& document);

// Adds one language's text from a library text file ({"format": "glidepath-library-text",
// "version": 1, "language": "de", "exercises": {"quad-set": {"name": ...}, ...}}) to document.
// Throws FormatError (and changes nothing) on any problem, an id not in document among them.
void addLibraryText(LibraryDocument& document, std::string_view json);

// The library shipped in data/library/exercises.json, embedded at build time; builtin is true.
// Its translations come from data/library/exercises.<language>.json.
const LibraryDocument& builtinLibrary();

} // namespace glidepath::io
