#include <glidepath/io/builtin_data.h>

namespace glidepath::io {

namespace detail {
extern const std::string_view kBuiltinLibraryJson;
extern const std::string_view kBuiltinRulesJson;
extern const std::vector<std::string_view> kBuiltinLibraryTexts;
} // namespace detail

std::string_view builtinLibraryJson()
{
    return detail::kBuiltinLibraryJson;
}
const std::vector<std::string_view>& builtinLibraryTextJson()
{
    return detail::kBuiltinLibraryTexts;
}
std::string_view builtinRulesJson()
{
    return detail::kBuiltinRulesJson;
}

} // namespace glidepath::io
