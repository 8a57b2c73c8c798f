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
    // An exercise repeated later in the week with the same dose is printed in full once; later
    // days list it in one line ("as on Monday"). Keeps the handout short. false: full every time.
    bool compactRepeats = true;
    std::string preparedBy; // clinician or clinic, printed on the cover when not empty
};

} // namespace glidepath::report
