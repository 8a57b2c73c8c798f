#include "database_file.h"
#include "statement.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/migrations.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace glidepath::storage::detail {

namespace fs = std::filesystem;

namespace {

constexpr int kBusyTimeoutMs = 5000;

} // namespace

std::string quoted(const fs::path& path)
{
    return "'" + path.string() + "'";
}

void createPrivateFolders(const fs::path& folder)
{
    if (folder.empty()) {
        return;
    }
    std::vector<fs::path> missing;
    std::error_code error;
    for (fs::path at = folder; !at.empty() && !fs::exists(at, error);
         at = at.parent_path()) {
        missing.push_back(at);
        if (at == at.parent_path()) {
            break;
        }
    }
    // mkdir with 0700 directly: creating with the umask and tightening afterwards would leave a
    // moment (or, if the chmod fails, for ever) where others can list the folder.
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), 0700) != 0 && errno != EEXIST) {
            throw StorageError(errno == EACCES || errno == EROFS
                                   ? StorageError::Kind::ReadOnlyDatabase
                                   : StorageError::Kind::Io,
                               "cannot create the folder " + quoted(*it) + ": " +
                                   std::strerror(errno));
        }
        ::chmod(it->c_str(), 0700); // the umask may have taken bits from mkdir's mode too
    }
}

// Creates the file with mode 0600 before SQLite sees it: SQLite gives the -wal and -shm files
// the same mode as the database file, so the whole database stays private to the user.
void createPrivateFile(const fs::path& path)
{
    createPrivateFolders(path.parent_path());
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) {
            return; // created meanwhile by someone else; it is inspected like any other file
        }
        const int error = errno;
        throw StorageError(error == EACCES || error == EROFS ? StorageError::Kind::ReadOnlyDatabase
                                                             : StorageError::Kind::Io,
                           "cannot create the database " + quoted(path) + ": " +
                               std::strerror(error));
    }
    // The umask may have taken bits away; make the mode exactly 0600.
    const int chmodResult = ::fchmod(fd, 0600);
    ::close(fd);
    if (chmodResult != 0) {
        throw StorageError(StorageError::Kind::Io, "cannot make the database " + quoted(path) +
                                                       " private: " + std::strerror(errno));
    }
}

std::string fileUri(const fs::path& path)
{
    const std::string absolute = fs::absolute(path).string();
    std::string uri = "file:";
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (const char c : absolute) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
            (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' ||
            byte == '~' || byte == '/') {
            uri += c;
        } else {
            uri += '%';
            uri += kHex[byte >> 4];
            uri += kHex[byte & 0x0F];
        }
    }
    return uri;
}

InspectResult inspect(const fs::path& path, bool fullCheck)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw StorageError(StorageError::Kind::Io, "cannot read " + quoted(path));
    }
    char header[100] = {};
    in.read(header, sizeof header);
    const auto got = in.gcount();
    if (got == 0) {
        return {};
    }
    static constexpr char kMagic[16] = "SQLite format 3";
    if (got < 16 || std::memcmp(header, kMagic, sizeof kMagic) != 0) {
        throw StorageError(StorageError::Kind::NotGlidepath,
                           quoted(path) + " is not a Glidepath database (it is not an SQLite "
                                          "file); it was left unchanged");
    }
    in.close();

    // A WAL-mode file without a -wal beside it holds all of its content; reading it as
    // immutable keeps SQLite from creating -wal and -shm files next to someone else's database.
    // Bytes 18 and 19 of the header are 2 in WAL mode.
    const bool walMode = got >= 20 && header[18] == 2 && header[19] == 2;
    const bool immutable = walMode && !fs::exists(path.string() + "-wal");
    Connection connection;
    const std::string uri = fileUri(path) + (immutable ? "?immutable=1" : "?mode=ro");
    const int rc = sqlite3_open_v2(uri.c_str(), &connection.db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        throw StorageError(kindFor(rc), "cannot open " + quoted(path) + ": " +
                                            (connection.db ? sqlite3_errmsg(connection.db)
                                                           : sqlite3_errstr(rc)));
    }
    sqlite3_busy_timeout(connection.db, kBusyTimeoutMs);
    // This connection only reads; it must never checkpoint or remove the WAL of a live writer.
    sqlite3_db_config(connection.db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    std::int64_t applicationId = 0;
    std::int64_t version = 0;
    std::int64_t objects = 0;
    try {
        applicationId = queryInt(connection.db, "PRAGMA application_id").value_or(0);
        version = queryInt(connection.db, "PRAGMA user_version").value_or(0);
        objects = queryInt(connection.db, "SELECT count(*) FROM sqlite_schema").value_or(0);
    } catch (const StorageError& error) {
        const auto kind =
            error.kind() == StorageError::Kind::Io ? StorageError::Kind::Corrupt : error.kind();
        throw StorageError(kind, quoted(path) + " cannot be read as a database (" + error.what() +
                                     "); it was left unchanged");
    }

    if (applicationId != kApplicationId) {
        if (applicationId == 0 && objects == 0 && version == 0) {
            return {};
        }
        throw StorageError(StorageError::Kind::NotGlidepath,
                           quoted(path) + " is an SQLite database of another program, not a "
                                          "Glidepath database; it was left unchanged");
    }
    if (version > Database::currentSchemaVersion()) {
        throw StorageError(StorageError::Kind::TooNew,
                           quoted(path) + " was written by a newer Glidepath (schema version " +
                               std::to_string(version) + "; this version reads up to " +
                               std::to_string(Database::currentSchemaVersion()) +
                               "). Update Glidepath to open it; it was left unchanged");
    }
    if (version < 1) {
        throw StorageError(StorageError::Kind::Corrupt,
                           quoted(path) + " carries the Glidepath id but no schema version; it "
                                          "was left unchanged");
    }
    if (fullCheck) {
        // Catch damage now, before anything writes to the file.
        std::string verdict;
        try {
            Statement check(connection.db, "PRAGMA quick_check(1)");
            if (check.step()) {
                verdict = check.text(0);
            }
        } catch (const StorageError& error) {
            verdict = error.what();
        }
        if (verdict != "ok") {
            throw StorageError(StorageError::Kind::Corrupt, quoted(path) + " is damaged (" +
                                                                verdict +
                                                                "); it was left unchanged");
        }
    }
    return {FileState::Glidepath, static_cast<int>(version)};
}

} // namespace glidepath::storage::detail
