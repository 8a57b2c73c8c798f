#include <glidepath/core/exercise_text.h>

namespace glidepath::core {

Exercise localized(Exercise exercise, const ExerciseText& text)
{
    if (!text.name.empty()) {
        exercise.name = text.name;
    }
    if (!text.summary.empty()) {
        exercise.summary = text.summary;
    }
    if (!text.instructions.empty()) {
        exercise.instructions = text.instructions;
    }
    if (!text.cues.empty()) {
        exercise.cues = text.cues;
    }
    return exercise;
}

} // namespace glidepath::core
