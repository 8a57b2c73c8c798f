#pragma once

#include <string>
#include <string_view>

namespace glidepath::core {

// A key that sorts and compares names the way a reader expects, without a locale library:
// letters are lowercased and stripped of accents ("Élan" -> "elan", "Straße" -> "strasse"), Greek
// and Cyrillic capitals are lowercased, and runs of spaces become one space with none at either
// end. Comparing keys bytewise then puts "Éventail" beside "Eventail" instead of after "Zercher",
// and "clamshell" beside "Clamshell". Invalid UTF-8 bytes are dropped.
std::string foldForSorting(std::string_view utf8);

} // namespace glidepath::core
