#pragma once

#include "commands.h"

#include <glidepath/storage/database.h>

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace glidepath::cli {

// --database wins, then GLIDEPATH_DB, then the default location.
std::filesystem::path databasePath(const GlobalOptions& global);

// When --database or GLIDEPATH_DB names a clinic server (postgresql://...): the one sentence that
// says a server has no file to check, back up or restore, and to use pg_dump and pg_restore. The
// file-only commands (db check, backup, restore, backups) print it and stop before anything is
// opened or made.
std::optional<std::string> fileOnlyRefusal(const GlobalOptions& global);

// "PATH: reason", unless the reason already names the file (storage messages usually do).
std::string describeFileError(const std::filesystem::path& path, const std::exception& error);

// Opens the database: a file, or a clinic server for a postgresql:// address. The default database
// is created on first use; a path given with
// --database or GLIDEPATH_DB must exist unless --create is given, so that a mistyped path is
// reported instead of silently becoming a new, empty database.
//
// Access::ReadOnly works while the app has the database open (and in read-only folders); the
// built-in exercises are brought up to date only by a writer. Access::ReadWrite fails with a
// message naming the program that has the database open. Prints why on err and returns nullptr
// when it cannot open.
std::unique_ptr<storage::Database> openLibraryDatabase(const GlobalOptions& global,
                                                       storage::Access access, std::ostream& err);

} // namespace glidepath::cli
