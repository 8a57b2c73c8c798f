#pragma once

// Small helpers for the plain-words reasons the engine writes and the validation messages
// (internal to src/core).

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::core::text {

// 'text' in single quotes. Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) about
// "'" + std::string(...).
inline std::string quote(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out += '\'';
    out += text;
    out += '\'';
    return out;
}

inline std::string pain(int value)
{
    return std::to_string(value) + "/10";
}

inline std::string percent(double share)
{
    return std::to_string(static_cast<int>(std::lround(share * 100.0))) + " %";
}

// "a", "a and b", "a, b and c"
inline std::string joinAnd(const std::vector<std::string>& items)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += (i + 1 == items.size()) ? " and " : ", ";
        }
        out += items[i];
    }
    return out;
}

// snake_case vocabulary in plain words: "ankle_weight" -> "ankle weight".
inline std::string words(std::string_view name)
{
    std::string out(name);
    for (char& c : out) {
        if (c == '_') {
            c = ' ';
        }
    }
    return out;
}

inline std::string capitalised(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    }
    return text;
}

} // namespace glidepath::core::text
