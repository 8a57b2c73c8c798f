#pragma once

#include <string_view>

namespace glidepath::io {

// The shipped data files, embedded into the binary at build time (see src/io/embed_data.cmake).
std::string_view builtinLibraryJson();
std::string_view builtinRulesJson();

} // namespace glidepath::io
