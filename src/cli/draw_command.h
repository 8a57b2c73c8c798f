#pragma once

// glidepath-cli library draw ID OUT.svg|OUT.png [--size PX]: one exercise's start and end
// picture, the same drawing the handout and the app show.

#include "cli_args.h"

#include <glidepath/core/exercise.h>

#include <iosfwd>
#include <string>

namespace glidepath::cli {

inline constexpr int kDefaultDrawSize = 640;

enum class DrawFormat
{
    Svg,
    Png
};

// Both throw UsageError for a bad --size or an output name that is neither .svg nor .png.
int drawSize(const ParsedArgs& parsed);
DrawFormat drawFormat(const std::string& file);

// Writes the picture, width px wide; returns the exit status.
int drawExercise(const core::Exercise& exercise, const std::string& file, int width,
                 std::ostream& out, std::ostream& err);

} // namespace glidepath::cli
