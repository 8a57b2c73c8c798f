#pragma once

#include <glidepath/core/exercise.h>
#include <glidepath/io/format_error.h>

#include <string>
#include <string_view>
#include <vector>

namespace glidepath::io {

// {"format": "glidepath-library", "version": 1, "library_version": N, "exercises": [...]}
inline constexpr int kLibraryFormatVersion = 1;

struct LibraryDocument
{
    int libraryVersion = 1; // the content version; the built-in library bumps it on every change
    std::vector<core::Exercise> exercises;
};

// Throws FormatError listing every problem: syntax (with line), wrong format or version, each
// exercise's missing, mistyped, out-of-range or unknown fields, and core validation issues.
LibraryDocument parseLibrary(std::string_view json);
std::string writeLibrary(const LibraryDocument& document);

// The library shipped in data/library/exercises.json, embedded at build time; builtin is true.
const LibraryDocument& builtinLibrary();

} // namespace glidepath::io
