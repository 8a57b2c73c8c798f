#pragma once

#include <string_view>
#include <vector>

namespace glidepath::io {

// The shipped data files, embedded into the binary at build time (see src/io/embed_data.cmake).
std::string_view builtinLibraryJson();
std::string_view builtinRulesJson();
// data/library/exercises.<language>.json, one per language.
const std::vector<std::string_view>& builtinLibraryTextJson();

} // namespace glidepath::io
