#pragma once

// The "illustration" field of an exercise in the library format (version 2): view, working leg,
// props and the start and end poses, each joint an [x, y] pair in figure units.

#include "json_reader.h"

#include <glidepath/core/pose.h>

#include <optional>

namespace glidepath::io::detail {

// Reads the illustration at pointer; reports every problem (with JSON pointers) and returns
// nullopt when anything could not be read.
std::optional<core::Illustration> readIllustration(const nlohmann::json& value,
                                                   const std::string& pointer,
                                                   std::vector<FormatIssue>& issues);
nlohmann::ordered_json illustrationToJson(const core::Illustration& illustration);

} // namespace glidepath::io::detail
