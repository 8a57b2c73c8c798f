#include "database_file.h"
#include "statement.h"

#include <glidepath/storage/backup.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/migrations.h>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <ctime>
#include <map>

namespace glidepath::storage {

namespace fs = std::filesystem;

using detail::quoted;

namespace {

constexpr std::array<std::pair<BackupKind, std::string_view>, 4> kKindNames{{
    {BackupKind::Daily, "daily"},
    {BackupKind::BeforeUpgrade, "before-upgrade"},
    {BackupKind::BeforeRestore, "before-restore"},
    {BackupKind::Manual, "manual"},
}};

std::string_view kindName(BackupKind kind)
{
    for (const auto& [value, name] : kKindNames) {
        if (value == kind) {
            return name;
        }
    }
    return "manual";
}

int keepFor(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return kKeepDaily;
    case BackupKind::BeforeUpgrade:
        return kKeepBeforeUpgrade;
    case BackupKind::BeforeRestore:
        return kKeepBeforeRestore;
    case BackupKind::Manual:
        break;
    }
    return 0; // never pruned
}

// Local time, so that "today's backup" follows the user's calendar, not UTC's.
std::string localStamp(const char* format)
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[32] = {};
    std::strftime(buffer, sizeof buffer, format, &local);
    return buffer;
}

void syncPath(const fs::path& path, int flags)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// The process id in "NAME.part-PID" or "NAME.part-PID-journal" when NAME is `owner` (or, in the
// automatic backups folder, any NAME.db), else 0.
long partialOwner(const std::string& name, const std::string& owner, bool backupsFolder)
{
    const std::size_t mark = name.rfind(".part-");
    if (mark == std::string::npos) {
        return 0;
    }
    const std::string base = name.substr(0, mark);
    if (base != owner && !(backupsFolder && base.size() > 3 && base.ends_with(".db"))) {
        return 0;
    }
    std::string digits = name.substr(mark + 6);
    if (digits.ends_with("-journal")) {
        digits.resize(digits.size() - 8);
    }
    if (digits.empty() || digits.size() > 9 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return 0;
    }
    return std::stol(digits);
}

// A backup killed part-way (the app or the CLI killed, the machine off) leaves its unfinished
// copy, as large as the database, beside the target. Those of processes that no longer run are
// removed before the next backup to the same place.
void removeAbandonedPartials(const fs::path& target)
{
    const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    const bool backupsFolder = folder.filename() == "backups";
    const std::string owner = target.filename().string();
    std::error_code error;
    std::vector<fs::path> abandoned;
    for (const auto& item : fs::directory_iterator(folder, error)) {
        const long pid = partialOwner(item.path().filename().string(), owner, backupsFolder);
        if (pid > 0 && pid != static_cast<long>(::getpid()) &&
            ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH &&
            item.is_regular_file(error)) {
            abandoned.push_back(item.path());
        }
    }
    for (const fs::path& path : abandoned) {
        fs::remove(path, error);
    }
}

// Copies every page of `source` into a fresh file at `target` in one read transaction (a
// consistent snapshot, whatever other connections do meanwhile), as a self-contained
// rollback-journal file, checks it, and only then renames it into place.
void copyDatabase(sqlite3* source, const fs::path& target)
{
    detail::createPrivateFolders(target.parent_path());
    removeAbandonedPartials(target);
    fs::path partial = target;
    partial += ".part-" + std::to_string(static_cast<long>(::getpid()));
    std::error_code ignored;
    fs::remove(partial, ignored);
    try {
        detail::createPrivateFile(partial);
    } catch (const StorageError& error) {
        // Named by the file the user chose, not by the temporary one beside it.
        const std::string reason = error.what();
        const std::size_t colon = reason.rfind(": ");
        const std::string why =
            colon == std::string::npos ? std::string() : " (" + reason.substr(colon + 2) + ")";
        throw StorageError(error.kind(), "cannot write the backup " + quoted(target) + why +
                                             "; nothing was written");
    }
    try {
        detail::Connection copy;
        int rc = sqlite3_open_v2(partial.c_str(), &copy.db, SQLITE_OPEN_READWRITE, nullptr);
        if (rc != SQLITE_OK) {
            detail::throwSqlite(copy.db, rc, "cannot write the backup " + quoted(target));
        }
        sqlite3_backup* backup = sqlite3_backup_init(copy.db, "main", source, "main");
        if (backup == nullptr) {
            detail::throwSqlite(copy.db, sqlite3_errcode(copy.db),
                                "cannot start the backup to " + quoted(target));
        }
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            detail::throwSqlite(copy.db, rc, "the backup to " + quoted(target) + " failed");
        }
        // One file, nothing beside it: the copy is what the user moves or keeps.
        detail::exec(copy.db, "PRAGMA journal_mode = DELETE");
        const auto verdict = [&] {
            detail::Statement check(copy.db, "PRAGMA quick_check(1)");
            return check.step() ? check.text(0) : std::string("no answer");
        }();
        if (verdict != "ok") {
            throw StorageError(StorageError::Kind::Corrupt,
                               "the backup " + quoted(target) + " failed its check (" + verdict +
                                   "); the database itself was not changed");
        }
    } catch (...) {
        fs::remove(partial, ignored);
        throw;
    }
    syncPath(partial, O_RDONLY);
    fs::rename(partial, target);
    syncPath(target.parent_path(), O_RDONLY | O_DIRECTORY);
}

void prune(const fs::path& database, BackupKind kind)
{
    const int keep = keepFor(kind);
    if (keep <= 0) {
        return;
    }
    int seen = 0;
    for (const BackupEntry& entry : listBackups(database)) {
        if (entry.kind == kind && ++seen > keep) {
            std::error_code ignored;
            fs::remove(entry.path, ignored);
        }
    }
}

fs::path newBackupPath(const fs::path& database, BackupKind kind, std::string_view extra = {})
{
    std::string name = database.stem().string() + "-" + std::string(kindName(kind));
    if (!extra.empty()) {
        name += "-" + std::string(extra);
    }
    name += "-" + localStamp("%Y%m%d-%H%M%S") + ".db";
    return backupFolder(database) / name;
}

} // namespace

fs::path backupFolder(const fs::path& database)
{
    const fs::path parent = database.parent_path();
    return (parent.empty() ? fs::path(".") : parent) / "backups";
}

std::vector<BackupEntry> listBackups(const fs::path& database)
{
    std::vector<BackupEntry> found;
    std::error_code error;
    const std::string prefix = database.stem().string() + "-";
    for (const auto& item : fs::directory_iterator(backupFolder(database), error)) {
        const std::string name = item.path().filename().string();
        if (!item.is_regular_file(error) || name.rfind(prefix, 0) != 0 || name.size() < 19 ||
            item.path().extension() != ".db") {
            continue;
        }
        const std::string rest = name.substr(prefix.size());
        for (const auto& [kind, kindText] : kKindNames) {
            if (rest.rfind(std::string(kindText) + "-", 0) != 0) {
                continue;
            }
            // The stamp is the last "YYYYMMDD-HHMMSS" before ".db".
            const std::string digits = name.substr(name.size() - 18, 15);
            if (digits.size() != 15 || digits[8] != '-') {
                break;
            }
            BackupEntry entry;
            entry.path = item.path();
            entry.kind = kind;
            entry.stamp = digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" +
                          digits.substr(6, 2) + " " + digits.substr(9, 2) + ":" +
                          digits.substr(11, 2) + ":" + digits.substr(13, 2);
            entry.bytes = item.file_size(error);
            found.push_back(std::move(entry));
            break;
        }
    }
    std::sort(found.begin(), found.end(), [](const BackupEntry& a, const BackupEntry& b) {
        return a.stamp != b.stamp ? a.stamp > b.stamp : a.path > b.path;
    });
    return found;
}

namespace {

[[noreturn]] void refuseOnServer(const fs::path& address, std::string_view what)
{
    throw StorageError(StorageError::Kind::ClinicServer,
                       std::string(what) + " works on a database file, and " + address.string() +
                           " is a clinic server: back it up and restore it with the server's "
                           "own tools (pg_dump and pg_restore; see docs/clinic-server.md), or "
                           "copy it to a file with \"glidepath-cli db copy\"");
}

} // namespace

fs::path makeBackup(const Database& database, BackupKind kind)
{
    if (database.isServer()) {
        refuseOnServer(database.path(), "a backup");
    }
    const fs::path target = newBackupPath(database.path(), kind);
    database.backupTo(target);
    prune(database.path(), kind);
    return target;
}

bool hasDailyBackupToday(const fs::path& database)
{
    const std::string today = localStamp("%Y-%m-%d");
    for (const BackupEntry& entry : listBackups(database)) {
        if (entry.kind == BackupKind::Daily && entry.stamp.rfind(today, 0) == 0) {
            return true;
        }
    }
    return false;
}

std::optional<fs::path> makeDailyBackup(const Database& database)
{
    if (database.isServer()) {
        return std::nullopt; // the server has its own (pg_dump, docs/clinic-server.md)
    }
    if (hasDailyBackupToday(database.path())) {
        return std::nullopt;
    }
    return makeBackup(database, BackupKind::Daily);
}

void backupBeforeUpgrade(const fs::path& database, int fromVersion)
{
    detail::Connection source;
    const std::string uri = detail::fileUri(database) + "?mode=ro";
    const int rc =
        sqlite3_open_v2(uri.c_str(), &source.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        detail::throwSqlite(source.db, rc,
                            "cannot back up " + quoted(database) + " before upgrading it");
    }
    sqlite3_db_config(source.db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    try {
        copyDatabase(source.db, newBackupPath(database, BackupKind::BeforeUpgrade,
                                              "v" + std::to_string(fromVersion)));
    } catch (const StorageError& error) {
        throw StorageError(error.kind(), std::string("the database was not upgraded, because "
                                                     "the backup made before it failed: ") +
                                             error.what());
    }
    prune(database, BackupKind::BeforeUpgrade);
}

void Database::backupTo(const fs::path& target) const
{
    if (m_server) {
        refuseOnServer(m_path, "a backup");
    }
    std::error_code error;
    if (fs::equivalent(target, m_path, error)) {
        throw StorageError(StorageError::Kind::Io,
                           "a backup cannot replace the database itself (" + quoted(target) + ")");
    }
    copyDatabase(m_db, target);
}

void Database::restoreFrom(const fs::path& source)
{
    if (m_server) {
        refuseOnServer(m_path, "restoring a backup");
    }
    if (isReadOnly()) {
        throw StorageError(StorageError::Kind::ReadOnlyDatabase, "the database " + quoted(m_path) +
                                                                     " is open read-only; restore "
                                                                     "needs it writable");
    }
    std::error_code error;
    if (!fs::exists(source, error)) {
        throw StorageError(StorageError::Kind::NotFound, "there is no backup at " + quoted(source));
    }
    const detail::InspectResult found = detail::inspect(source, true);
    if (found.state != detail::FileState::Glidepath) {
        throw StorageError(StorageError::Kind::NotGlidepath,
                           quoted(source) + " is empty, not a Glidepath backup; nothing was "
                                            "changed");
    }
    makeBackup(*this, BackupKind::BeforeRestore);

    detail::Connection from;
    const std::string uri = detail::fileUri(source) + "?mode=ro";
    int rc =
        sqlite3_open_v2(uri.c_str(), &from.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        detail::throwSqlite(from.db, rc, "cannot read the backup " + quoted(source));
    }
    sqlite3_db_config(from.db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_backup* backup = sqlite3_backup_init(m_db, "main", from.db, "main");
    if (backup == nullptr) {
        detail::throwSqlite(m_db, sqlite3_errcode(m_db), "cannot start the restore");
    }
    // All pages in one step: SQLite applies them as one transaction of this connection, so a
    // failure part-way leaves the database as it was.
    rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        detail::throwSqlite(m_db, rc, "the restore from " + quoted(source) + " failed");
    }
    detail::Statement journal(m_db, "PRAGMA journal_mode = WAL");
    journal.step();
    journal.reset();
    detail::exec(m_db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL");
    migrate(m_db, currentSchemaVersion());
}

} // namespace glidepath::storage
