#pragma once

#include <string>

namespace glidepath::report {

enum class PaperSize
{
    A4,
    Letter
};

struct HandoutOptions
{
    PaperSize paper = PaperSize::A4;
    bool largePrint = false; // body text at least 16 pt
    int exercisesPerRow = 1; // 1 or 2
    std::string clientName;  // empty: "My routine"
};

} // namespace glidepath::report
