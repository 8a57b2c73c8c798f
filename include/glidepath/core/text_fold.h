#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace glidepath::core {

// A key that sorts and compares names the way a reader expects, without a locale library:
// letters are lowercased and stripped of accents ("Élan" -> "elan", "Straße" -> "strasse"), Greek
// and Cyrillic capitals are lowercased, and runs of spaces become one space with none at either
// end. Comparing keys bytewise then puts "Éventail" beside "Eventail" instead of after "Zercher",
// and "clamshell" beside "Clamshell". Invalid UTF-8 bytes are dropped.
std::string foldForSorting(std::string_view utf8);

// The code point starting at byte i of text and how many bytes it takes; length 0 when the bytes
// there are not valid UTF-8 (the caller skips one byte and goes on).
struct Utf8Char
{
    std::uint32_t codePoint = 0;
    std::size_t length = 0;
};
Utf8Char decodeUtf8At(std::string_view text, std::size_t i);

} // namespace glidepath::core
