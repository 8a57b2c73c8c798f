#include <glidepath/io/builtin_data.h>

namespace glidepath::io {

namespace detail {
extern const std::string_view kBuiltinLibraryJson;
extern const std::string_view kBuiltinRulesJson;
} // namespace detail

std::string_view builtinLibraryJson()
{
    return detail::kBuiltinLibraryJson;
}
std::string_view builtinRulesJson()
{
    return detail::kBuiltinRulesJson;
}

} // namespace glidepath::io
