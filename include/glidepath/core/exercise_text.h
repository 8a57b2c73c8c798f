#pragma once

#include <glidepath/core/exercise.h>

#include <string>
#include <vector>

namespace glidepath::core {

// An exercise's patient-facing text in one more language. Every field is optional: an empty one
// falls back to the English text of the exercise, so a partial translation never loses a step.
struct ExerciseText
{
    std::string name;
    std::string summary;
    std::vector<std::string> instructions; // all steps, or none (English is used then)
    std::vector<std::string> cues;         // all cues, or none

    bool empty() const
    {
        return name.empty() && summary.empty() && instructions.empty() && cues.empty();
    }
    bool operator==(const ExerciseText&) const = default;
};

// The exercise with the text's fields in place of the English ones where the text has them.
Exercise localized(Exercise exercise, const ExerciseText& text);

} // namespace glidepath::core
