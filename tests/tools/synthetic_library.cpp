// Writes a library file of COUNT synthetic exercises, for measuring `glidepath-cli library
// import` by hand (docs/performance.md):
//   glidepath-synthetic-library FILE COUNT [SEED]
// The same COUNT and SEED always give the same file (tests/support/synthetic_library.h); SEED 7
// is the file cli_bench imports.

#include "../support/synthetic_library.h"

#include <glidepath/io/format_error.h>
#include <glidepath/io/library_format.h>

#include <cstdio>
#include <exception>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: glidepath-synthetic-library FILE COUNT [SEED]\n");
        return 2;
    }
    try {
        using namespace glidepath;
        io::LibraryDocument document;
        const unsigned seed = argc == 4 ? static_cast<unsigned>(std::stoul(argv[3])) : 7U;
        document.exercises = test::makeSyntheticLibrary(std::stoi(argv[2]), seed);
        io::writeTextFileAtomically(argv[1], io::writeLibrary(document));
        std::printf("%zu exercises\n", document.exercises.size());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    return 0;
}
