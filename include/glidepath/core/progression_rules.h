#pragma once

// Every threshold the progression engine uses. Defaults equal data/rules/progression.json;
// io::parseRules reads that file into this struct. See docs/clinical-rules.md.

namespace glidepath::core {

struct ProgressionRules
{
    // Filled in by the engine work (issue 3).
    int greenMaxExercisePain = 2;
    int amberMaxExercisePain = 5;
};

} // namespace glidepath::core
