#pragma once

#include <glidepath/core/exercise.h>
#include <glidepath/core/plan_template.h>
#include <glidepath/io/format_error.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::io {

// {"format": "glidepath-library", "version": 3, "library_version": N, "exercises": [...],
//  "templates": [...]}
// Version 2 added each exercise's optional "illustration"; version 3 its optional goal tags
// ("goals") and load (dose "load" and "load_level", dose_limits "max_load_level"), and the
// optional plan "templates". Version 1 and 2 files are still read.
inline constexpr int kLibraryFormatVersion = 3;

struct LibraryDocument
{
    int libraryVersion = 1; // the content version; the built-in library bumps it on every change
    std::vector<core::Exercise> exercises;
    std::vector<core::PlanTemplate> templates; // names unique, ignoring case

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

// The library shipped in data/library/exercises.json, embedded at build time; builtin is true.
const LibraryDocument& builtinLibrary();

} // namespace glidepath::io
