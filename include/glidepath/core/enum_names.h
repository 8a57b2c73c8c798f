#pragma once

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace glidepath::core {

// Every vocabulary enum declares its snake_case names once, in a specialisation of EnumNames;
// toString/parseEnum/allValues then work for all of them without per-enum switch statements.
template <typename E> struct EnumNames;

template <typename E> std::string_view toString(E value)
{
    for (const auto& [v, name] : EnumNames<E>::table) {
        if (v == value) {
            return name;
        }
    }
    return {};
}

template <typename E> std::optional<E> parseEnum(std::string_view text)
{
    for (const auto& [v, name] : EnumNames<E>::table) {
        if (name == text) {
            return v;
        }
    }
    return std::nullopt;
}

template <typename E> std::vector<E> allValues()
{
    std::vector<E> values;
    for (const auto& entry : EnumNames<E>::table) {
        values.push_back(entry.first);
    }
    return values;
}

// Every name of E in the order of its table: the values of an issue's list (%L).
template <typename E> std::vector<std::string> nameList()
{
    std::vector<std::string> names;
    for (const auto& entry : EnumNames<E>::table) {
        names.emplace_back(entry.second);
    }
    return names;
}

// The accepted names joined for error messages: "a, b or c".
template <typename E> std::string acceptedNames()
{
    std::string out;
    const auto& table = EnumNames<E>::table;
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (i > 0) {
            out += (i + 1 == table.size()) ? " or " : ", ";
        }
        out += table[i].second;
    }
    return out;
}

template <typename T> bool contains(const std::vector<T>& values, const T& value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

} // namespace glidepath::core
