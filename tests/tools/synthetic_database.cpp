// Makes a database holding the built-in library and a synthetic library of COUNT exercises, for
// measuring start-up and whole-process times on large libraries by hand:
//   glidepath-synthetic-database PATH COUNT [--practice]
// --practice adds the test practice (tests/support/practice_data.h: clients with check-ins, plans,
// logs and reviews), for a start on the Clients page with a client selected.
// The same COUNT always gives the same library (tests/support/synthetic_library.h).

#include "../support/practice_data.h"
#include "../support/synthetic_library.h"

#include <glidepath/io/library_format.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <cstdio>
#include <exception>
#include <string>

int main(int argc, char** argv)
{
    const bool practice = argc == 4 && std::string(argv[3]) == "--practice";
    if (argc != 3 && !practice) {
        std::fprintf(stderr, "usage: glidepath-synthetic-database PATH COUNT [--practice]\n");
        return 2;
    }
    try {
        using namespace glidepath;
        auto db = storage::Database::open(argv[1]);
        storage::ExerciseRepository repository(*db);
        const auto& builtins = io::builtinLibrary();
        repository.seedBuiltins(builtins.exercises, builtins.libraryVersion);
        repository.importExercises(test::makeSyntheticLibrary(std::stoi(argv[2]), 2024),
                                   storage::ClashPolicy::Skip);
        if (practice) {
            test::fillPractice(*db);
        }
        std::printf("%d exercises\n", repository.count());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    return 0;
}
