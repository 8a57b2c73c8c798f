#pragma once

// Private to glidepath_storage: looking at a database file before any connection writes to it,
// and the file-system helpers that keep a database private.

#include <sqlite3.h>

#include <filesystem>
#include <string>

namespace glidepath::storage::detail {

enum class FileState
{
    Empty, // zero bytes, or an SQLite database with nothing in it
    Glidepath
};

struct InspectResult
{
    FileState state = FileState::Empty;
    int schemaVersion = 0;
};

// Looks at an existing file through a read-only connection, so that nothing about a file that
// turns out not to be ours (or to be too new, or damaged) can change. `fullCheck` runs
// PRAGMA quick_check, which reads the whole file: only after an unclean shutdown.
InspectResult inspect(const std::filesystem::path& path, bool fullCheck);

// Creates every missing folder of `folder` with mode 0700 (whatever the umask).
void createPrivateFolders(const std::filesystem::path& folder);

// Creates `path` empty with mode 0600 unless it exists.
void createPrivateFile(const std::filesystem::path& path);

// "file:" URI for a path, percent-encoding everything but unreserved characters and '/'.
std::string fileUri(const std::filesystem::path& path);

std::string quoted(const std::filesystem::path& path);

struct Connection
{
    sqlite3* db = nullptr;
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection() { sqlite3_close_v2(db); }
};

} // namespace glidepath::storage::detail
