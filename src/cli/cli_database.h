#pragma once

#include "commands.h"

#include <glidepath/storage/database.h>

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <stdexcept>
#include <string>

namespace glidepath::cli {

// --database wins, then GLIDEPATH_DB, then the default location.
std::filesystem::path databasePath(const GlobalOptions& global);

// "PATH: reason", unless the reason already names the file (storage messages usually do).
std::string describeFileError(const std::filesystem::path& path, const std::exception& error);

// Opens (creating when missing) the database and brings the built-in exercises up to date.
// Prints why on err and returns nullptr when it cannot.
std::unique_ptr<storage::Database> openLibraryDatabase(const GlobalOptions& global,
                                                       std::ostream& err);

} // namespace glidepath::cli
