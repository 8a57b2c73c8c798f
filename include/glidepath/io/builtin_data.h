#pragma once

#include <string_view>
#include <vector>

namespace glidepath::io {

// The shipped data files, embedded into the binary at build time (see src/io/embed_data.cmake).
std::string_view builtinLibraryJson();
std::string_view builtinRulesJson();
// data/library/exercises.<language>.json, one per language.
const std::vector<std::string_view>& builtinLibraryTextJson();

// builtinLibrary().libraryVersion (library_format.h), read from the head of the embedded file
// without parsing the rest: start-up only needs it to know whether a database's copy of the
// built-in library is current.
int builtinLibraryVersion();
// Whether the built-in library has texts of its own in this language (an exercises.<language>
// .json), read the same way; English is the library's own language and has none.
bool builtinLibraryHasTexts(std::string_view language);

} // namespace glidepath::io
