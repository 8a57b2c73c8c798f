#include <glidepath/core/issue_kind.h>

#include <algorithm>

namespace glidepath::core {

std::string fillIssuePattern(std::string_view pattern, const std::vector<std::string>& values,
                             std::string_view separator, std::string_view lastSeparator)
{
    // The list (%L) takes the values the numbered placeholders do not.
    std::size_t numbered = 0;
    for (std::size_t i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern[i] == '%' && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            numbered =
                std::max<std::size_t>(numbered, static_cast<std::size_t>(pattern[i + 1] - '0'));
        }
    }
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        if (pattern[i] != '%' || !((next >= '1' && next <= '9') || next == 'L')) {
            out += pattern[i];
            continue;
        }
        ++i;
        if (next == 'L') {
            for (std::size_t k = numbered; k < values.size(); ++k) {
                if (k > numbered) {
                    out += k + 1 == values.size() ? lastSeparator : separator;
                }
                out += values[k];
            }
        } else if (const auto index = static_cast<std::size_t>(next - '1'); index < values.size()) {
            out += values[index];
        }
    }
    return out;
}

std::string issueEnglish(std::span<const IssueKind> table, std::string_view id,
                         const std::vector<std::string>& values)
{
    const auto found = std::find_if(table.begin(), table.end(),
                                    [&](const IssueKind& kind) { return kind.id == id; });
    return found == table.end() ? std::string() : fillIssuePattern(found->english, values);
}

} // namespace glidepath::core
