#include <glidepath/storage/database_lock.h>
#include <glidepath/storage/storage_error.h>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <sstream>
#include <thread>

namespace glidepath::storage {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kClosedState = "state=closed";

std::string readAll(int fd)
{
    std::string content;
    char buffer[512];
    if (::lseek(fd, 0, SEEK_SET) < 0) {
        return content;
    }
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got <= 0 || content.size() > 4096) {
            break;
        }
        content.append(buffer, static_cast<std::size_t>(got));
    }
    return content;
}

LockHolder parseHolder(const std::string& content)
{
    LockHolder holder;
    std::istringstream lines(content);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind("pid=", 0) == 0) {
            try {
                holder.pid = std::stol(line.substr(4));
            } catch (const std::exception&) {
                holder.pid = 0;
            }
        } else if (line.rfind("program=", 0) == 0) {
            holder.program = line.substr(8);
        }
    }
    return holder;
}

void writeAll(int fd, const std::string& content)
{
    if (::ftruncate(fd, 0) != 0 || ::lseek(fd, 0, SEEK_SET) < 0) {
        return; // the lock itself is what matters; the note in the file is a courtesy
    }
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t wrote = ::write(fd, content.data() + done, content.size() - done);
        if (wrote <= 0) {
            return;
        }
        done += static_cast<std::size_t>(wrote);
    }
}

std::string quoted(const fs::path& path)
{
    return "'" + path.string() + "'";
}

} // namespace

std::string LockHolder::describe() const
{
    const std::string who = program.empty() ? std::string("another Glidepath program") : program;
    return pid > 0 ? who + " (pid " + std::to_string(pid) + ")" : who;
}

fs::path DatabaseLock::lockPathFor(const fs::path& database)
{
    return fs::path(database.string() + ".lock");
}

std::unique_ptr<DatabaseLock> DatabaseLock::acquire(const fs::path& database,
                                                    std::string_view program,
                                                    std::chrono::milliseconds wait)
{
    const fs::path lockPath = lockPathFor(database);
    const int fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        const int error = errno;
        const auto kind = (error == EACCES || error == EROFS || error == EPERM)
                              ? StorageError::Kind::ReadOnlyDatabase
                              : StorageError::Kind::Io;
        throw StorageError(kind, "cannot write beside the database " + quoted(database) + " (" +
                                     std::strerror(error) +
                                     "); it can be read but not changed from here");
    }
    ::fchmod(fd, 0600);

    const auto deadline = std::chrono::steady_clock::now() + wait;
    for (;;) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            break;
        }
        if (errno != EWOULDBLOCK && errno != EINTR) {
            const int error = errno;
            ::close(fd);
            throw StorageError(StorageError::Kind::Io, "cannot lock the database " +
                                                           quoted(database) + ": " +
                                                           std::strerror(error));
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            const LockHolder holder = parseHolder(readAll(fd));
            ::close(fd);
            throw StorageError(StorageError::Kind::Locked,
                               "the database " + quoted(database) + " is open in " +
                                   holder.describe() +
                                   " and cannot be changed from here until it is closed there; "
                                   "nothing was changed");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }

    const std::string previous = readAll(fd);
    // Only a holder that wrote "open" and never "closed" crashed. A lock file that is new (or
    // empty) records no holder at all: a database copied in from a backup, another machine or a
    // test fixture, whose whole-file check would cost time in proportion to its size at every
    // first open; the daily backup checks the whole file off the GUI thread anyway.
    const bool previousClean = previous.empty() || previous.find(kClosedState) != std::string::npos;
    writeAll(fd, "pid=" + std::to_string(static_cast<long>(::getpid())) +
                     "\nprogram=" + std::string(program) + "\nstate=open\n");
    return std::unique_ptr<DatabaseLock>(new DatabaseLock(fd, previousClean));
}

std::optional<LockHolder> DatabaseLock::holder(const fs::path& database)
{
    const fs::path lockPath = lockPathFor(database);
    const int fd = ::open(lockPath.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        return std::nullopt;
    }
    std::optional<LockHolder> result;
    if (::flock(fd, LOCK_SH | LOCK_NB) == 0) {
        ::flock(fd, LOCK_UN);
    } else if (errno == EWOULDBLOCK) {
        result = parseHolder(readAll(fd));
    }
    ::close(fd);
    return result;
}

DatabaseLock::~DatabaseLock()
{
    // Written before letting go, so that the next holder knows the file was closed properly.
    writeAll(m_fd, std::string(kClosedState) + "\n");
    ::fsync(m_fd);
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
}

} // namespace glidepath::storage
