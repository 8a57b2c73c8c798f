#include "cli_database.h"

#include <glidepath/io/library_format.h>
#include <glidepath/storage/exercise_repository.h>

#include <cstdlib>
#include <ostream>

namespace glidepath::cli {

std::filesystem::path databasePath(const GlobalOptions& global)
{
    return storage::resolveDatabasePath(global.databasePath);
}

std::string describeFileError(const std::filesystem::path& path, const std::exception& error)
{
    const std::string reason = error.what();
    if (reason.find(path.string()) != std::string::npos) {
        return reason;
    }
    return path.string() + ": " + reason;
}

std::unique_ptr<storage::Database> openLibraryDatabase(const GlobalOptions& global,
                                                       std::ostream& err)
{
    const std::filesystem::path path = databasePath(global);
    try {
        // The default folder may not exist on first use; a path the user gave is taken as is.
        const char* env = std::getenv("GLIDEPATH_DB");
        if (global.databasePath.empty() && (env == nullptr || *env == '\0') &&
            path.has_parent_path()) {
            std::filesystem::create_directories(path.parent_path());
        }
        auto db = storage::Database::open(path);
        const io::LibraryDocument& builtins = io::builtinLibrary();
        storage::ExerciseRepository(*db).seedBuiltins(builtins.exercises, builtins.libraryVersion);
        return db;
    } catch (const io::FormatError& error) {
        err << "glidepath-cli: the built-in exercise library of this build is damaged:\n";
        for (const io::FormatIssue& issue : error.issues()) {
            err << "  " << io::describe(issue) << "\n";
        }
    } catch (const std::exception& error) {
        err << "glidepath-cli: " << describeFileError(path, error) << "\n";
    }
    return nullptr;
}

} // namespace glidepath::cli
