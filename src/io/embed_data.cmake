# Turns the shipped JSON data into a C++ source so the app and CLI work from any folder.
# Called as: cmake -DOUT=... -DLIBRARY=... -DRULES=... -P embed_data.cmake
file(READ "${LIBRARY}" GLIDEPATH_LIBRARY_JSON)
file(READ "${RULES}" GLIDEPATH_RULES_JSON)
set(content "// Generated from data/ at build time; do not edit.\n#include <string_view>\n\nnamespace glidepath::io::detail {\n")
string(APPEND content "extern const std::string_view kBuiltinLibraryJson;\nextern const std::string_view kBuiltinRulesJson;\n")
string(APPEND content "const std::string_view kBuiltinLibraryJson = R\"glidepath(${GLIDEPATH_LIBRARY_JSON})glidepath\";\n")
string(APPEND content "const std::string_view kBuiltinRulesJson = R\"glidepath(${GLIDEPATH_RULES_JSON})glidepath\";\n")
string(APPEND content "} // namespace glidepath::io::detail\n")
file(WRITE "${OUT}.tmp" "${content}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
