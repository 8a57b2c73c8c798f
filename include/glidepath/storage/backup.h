#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace glidepath::storage {

class Database;

// Rolling backups, kept in a "backups" folder beside the database (mode 0700, files 0600), named
// "<database stem>-<kind>-YYYYMMDD-HHMMSS.db". Each is a complete single-file copy made with
// SQLite's online backup, so it holds everything, including what the WAL had not yet
// checkpointed.
enum class BackupKind
{
    Daily,         // the first start of a day
    BeforeUpgrade, // before a migration to a newer schema
    BeforeRestore, // before a restore replaced the content
    Manual         // File ▸ Back Up Database… or `db backup` into the backups folder
};

struct BackupEntry
{
    std::filesystem::path path;
    BackupKind kind = BackupKind::Manual;
    std::string stamp; // "YYYY-MM-DD HH:MM:SS", local time
    std::uintmax_t bytes = 0;
};

// How many of each kind are kept; older ones are removed after a new one is made.
inline constexpr int kKeepDaily = 7;
inline constexpr int kKeepBeforeUpgrade = 3;
inline constexpr int kKeepBeforeRestore = 3;

std::filesystem::path backupFolder(const std::filesystem::path& database);

// The backups of this database, newest first.
std::vector<BackupEntry> listBackups(const std::filesystem::path& database);

// Makes today's backup unless one exists already; returns its path when it made one.
std::optional<std::filesystem::path> makeDailyBackup(const Database& database);
// Whether today's daily backup of the database at `database` exists already (the app then
// skips its daily check and backup on start: both read the whole file).
bool hasDailyBackupToday(const std::filesystem::path& database);

// A backup of the given kind now, then the old ones of that kind pruned.
std::filesystem::path makeBackup(const Database& database, BackupKind kind);

// Called by Database::open before it migrates an older file (the caller holds the lock).
void backupBeforeUpgrade(const std::filesystem::path& database, int fromVersion);

} // namespace glidepath::storage
