#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace glidepath::storage {

// Who holds the writer lock of a database, as it wrote itself into the lock file.
struct LockHolder
{
    long pid = 0;
    std::string program; // "Glidepath" (the app) or "glidepath-cli"

    // "Glidepath (pid 4242)".
    std::string describe() const;
};

// The one-writer lock of a database: an flock() on "<database>.lock" beside the file.
//
// Why not rely on SQLite's own locks alone: they are POSIX fcntl() locks, which belong to the
// process, and closing ANY descriptor of the database file in that process drops all of them
// (Qt's file dialogs open and close the files of the folder they show to sniff their type).
// A second process would then believe it is alone, checkpoint and delete the WAL under the
// first. flock() locks belong to the open file description instead: another open() and close()
// of the lock file, in this process or any library, cannot release them. So every process that
// writes holds this lock for as long as it may write, and a reader that finds it held reads
// passively (see Database::open).
//
// The file also records whether its last holder let go cleanly, so that a full integrity check
// is needed only after a crash.
class DatabaseLock
{
public:
    // Takes the writer lock, waiting up to `wait` for another holder to let go. Throws
    // StorageError(Kind::Locked) naming the holder when it cannot.
    static std::unique_ptr<DatabaseLock> acquire(const std::filesystem::path& database,
                                                 std::string_view program,
                                                 std::chrono::milliseconds wait);

    // The current holder of the writer lock, or nothing when nobody holds it (or the lock file
    // cannot even be read, as in a folder we may not write to).
    static std::optional<LockHolder> holder(const std::filesystem::path& database);

    static std::filesystem::path lockPathFor(const std::filesystem::path& database);

    ~DatabaseLock();
    DatabaseLock(const DatabaseLock&) = delete;
    DatabaseLock& operator=(const DatabaseLock&) = delete;

    // False when the previous holder did not let go (it crashed or was killed), or when no
    // Glidepath process has held the lock before: the file deserves a full check.
    bool previousShutdownClean() const { return m_previousClean; }

private:
    DatabaseLock(int fd, bool previousClean) : m_fd(fd), m_previousClean(previousClean) {}

    int m_fd = -1;
    bool m_previousClean = false;
};

} // namespace glidepath::storage
