#pragma once

#include "commands.h"

#include <glidepath/storage/database.h>

#include <filesystem>
#include <iosfwd>
#include <memory>

namespace glidepath::cli {

// --database wins, then GLIDEPATH_DB, then the default location.
std::filesystem::path databasePath(const GlobalOptions& global);

// Opens (creating when missing) the database and brings the built-in exercises up to date.
// Prints why on err and returns nullptr when it cannot.
std::unique_ptr<storage::Database> openLibraryDatabase(const GlobalOptions& global,
                                                       std::ostream& err);

} // namespace glidepath::cli
