#pragma once

// Private to glidepath_io: where things are in a JSON document's text, shared by the checks before
// parsing, the parser's error (json_syntax_error.cpp) and the walk that finds issues' lines
// (json_issue_lines.cpp), so that all three count lines and columns the same way.

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace glidepath::io::detail {

// Characters (UTF-8 code points) in text, for columns that match what an editor shows.
inline int countCharacters(std::string_view text)
{
    return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

inline int lineAt(std::string_view text, std::size_t offset)
{
    const std::string_view before = text.substr(0, std::min(offset, text.size()));
    return 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
}

inline int columnAt(std::string_view text, std::size_t offset)
{
    const std::string_view before = text.substr(0, std::min(offset, text.size()));
    const auto lineStart = before.rfind('\n');
    return 1 + countCharacters(lineStart == std::string_view::npos ? before
                                                                   : before.substr(lineStart + 1));
}

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

inline std::string_view withoutBom(std::string_view text)
{
    return text.starts_with(kUtf8Bom) ? text.substr(kUtf8Bom.size()) : text;
}

} // namespace glidepath::io::detail
