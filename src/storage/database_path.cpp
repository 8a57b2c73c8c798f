#include <glidepath/storage/database.h>

#include <cstdlib>

namespace glidepath::storage {

std::filesystem::path defaultDatabasePath()
{
    // The XDG base directory rules are what Qt's AppDataLocation also follows on Linux.
    if (const char* dataHome = std::getenv("XDG_DATA_HOME"); dataHome && *dataHome) {
        return std::filesystem::path(dataHome) / "glidepath" / "glidepath.db";
    }
    if (const char* home = std::getenv("HOME"); home && *home) {
        return std::filesystem::path(home) / ".local" / "share" / "glidepath" / "glidepath.db";
    }
    return std::filesystem::path("glidepath.db");
}

std::filesystem::path resolveDatabasePath(const std::string& commandLinePath)
{
    if (!commandLinePath.empty()) {
        return commandLinePath;
    }
    if (const char* env = std::getenv("GLIDEPATH_DB"); env && *env) {
        return env;
    }
    return defaultDatabasePath();
}

} // namespace glidepath::storage
