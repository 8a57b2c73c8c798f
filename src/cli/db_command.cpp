#include "cli_args.h"
#include "cli_database.h"
#include "cli_text.h"
#include "commands.h"

#include <glidepath/io/library_format.h>
#include <glidepath/storage/backup.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database_copy.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/server_url.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <ostream>
#include <span>

namespace glidepath::cli {

namespace {

constexpr std::string_view kDbUsage =
    QT_TRANSLATE_NOOP("CliText", R"(Usage: glidepath-cli [--database PATH] db SUBCOMMAND

Subcommands:
  check     check the database and show what it holds
  backup    write a complete copy of the database to a file
  restore   replace the database's content with a backup
  backups   list the automatic backups kept beside the database
  copy      copy a whole practice between a database file and a clinic server

Run "glidepath-cli db SUBCOMMAND --help" for details.
)");

constexpr std::string_view kCheckUsage =
    QT_TRANSLATE_NOOP("CliText", R"(Usage: glidepath-cli [--database PATH] db check

Runs SQLite's integrity and foreign-key checks on the database, and shows the schema version and
how many exercises and clients it holds. Works while Glidepath has the database open. Exits with
1 when the file is missing, is not a Glidepath database, comes from a newer Glidepath, or has
problems.

Options:
  --help  show this help
)");

constexpr std::string_view kBackupUsage = QT_TRANSLATE_NOOP(
    "CliText", R"(Usage: glidepath-cli [--database PATH] db backup FILE [--replace]

Writes a complete, consistent copy of the database to FILE (readable only by you), including
changes Glidepath has not yet written into the main file: copying the .db file by hand can miss
them. Works while Glidepath has the database open. The copy is checked before it is kept.

Options:
  --replace  overwrite FILE if it exists (it is replaced only once the new copy is complete)
  --help     show this help
)");

constexpr std::string_view kRestoreUsage =
    QT_TRANSLATE_NOOP("CliText", R"(Usage: glidepath-cli [--database PATH] db restore FILE

Replaces everything in the database with the content of the backup FILE (made by "db backup",
File > Back Up Database..., or one of the automatic backups listed by "db backups"). The backup
is checked first, and the current content is itself backed up before it is replaced. Glidepath
must not have the database open.

Options:
  --help  show this help
)");

constexpr std::string_view kBackupsUsage =
    QT_TRANSLATE_NOOP("CliText", R"(Usage: glidepath-cli [--database PATH] db backups

Lists the automatic backups kept in the "backups" folder beside the database, newest first:
one a day (the last 7 days Glidepath was used), one before each upgrade of the database to a
newer version, and one before each restore.

Options:
  --help  show this help
)");

constexpr std::string_view kCopyUsage =
    QT_TRANSLATE_NOOP("CliText", R"(Usage: glidepath-cli db copy --from SOURCE --to TARGET

Copies a whole practice database - the exercise library, every client with their check-ins,
plans, session logs, PSFS and reviews, and the plan templates - from SOURCE to TARGET, keeping
every id. Each is a database file or a clinic server's address:
  postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full
TARGET must hold no data: a missing file is made, and a server database without Glidepath's
tables gets them. Everything is written in one transaction, and each table's rows are counted
on both sides before it is kept; on any problem nothing is copied. The password for a server
comes from ~/.pgpass (or the file PGPASSFILE names), never from the address. SOURCE may be in
use while it is copied. See docs/clinic-server.md.

Options:
  --from SOURCE  the database to copy: a file, or a postgresql:// address
  --to TARGET    where to copy it: a new or empty file, or an empty server database
  --help         show this help
)");

constexpr std::array<OptionSpec, 1> kCheckOptions{{{"--database", true}}};
constexpr std::array<OptionSpec, 2> kBackupOptions{{{"--database", true}, {"--replace", false}}};
constexpr std::array<OptionSpec, 2> kCopyOptions{{{"--from", true}, {"--to", true}}};

struct DbSubcommand
{
    std::string_view name;
    std::string_view usage;
    std::span<const OptionSpec> options;
    std::size_t positionals; // exactly this many
    std::string_view positionalName;
};

constexpr std::array<DbSubcommand, 5> kDbSubcommands{{
    {"check", kCheckUsage, kCheckOptions, 0, ""},
    {"backup", kBackupUsage, kBackupOptions, 1, QT_TRANSLATE_NOOP("CliText", "the backup FILE")},
    {"restore", kRestoreUsage, kCheckOptions, 1, QT_TRANSLATE_NOOP("CliText", "the backup FILE")},
    {"backups", kBackupsUsage, kCheckOptions, 0, ""},
    {"copy", kCopyUsage, kCopyOptions, 0, ""},
}};

void printLine(std::ostream& out, const QString& label, const std::string& value)
{
    std::string padded = utf8(label) + ":";
    // Pad by characters, not bytes, so that German labels line up too.
    const auto width = static_cast<std::size_t>((label + QLatin1Char(':')).size());
    padded += std::string(width + 1 < 18 ? 18 - width : 1, ' ');
    out << padded << value << "\n";
}

int check(const GlobalOptions& global, std::ostream& out, std::ostream& err)
{
    const std::filesystem::path path = databasePath(global);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        err << "glidepath-cli db check: "
            << utf8(CliText::tr("no database at %1").arg(qs(path.string()))) << "\n";
        return kExitBadInput;
    }
    std::unique_ptr<storage::Database> db;
    try {
        storage::OpenOptions options;
        options.access = storage::Access::ReadOnly;
        options.program = "glidepath-cli";
        db = storage::Database::open(path, options);
    } catch (const std::exception& error) {
        err << "glidepath-cli db check: " << describeFileError(path, error) << "\n";
        return kExitBadInput;
    }

    printLine(out, CliText::tr("Database"), path.string());
    const int schema = db->schemaVersion();
    const int current = storage::Database::currentSchemaVersion();
    printLine(out, CliText::tr("Schema version"),
              utf8(schema == current ? CliText::tr("%1 (current)").arg(schema)
                                     : CliText::tr("%1 (current is %2)").arg(schema).arg(current)));
    const std::vector<std::string> problems = db->integrityProblems();
    printLine(out, CliText::tr("Integrity"),
              utf8(problems.empty()       ? CliText::tr("ok")
                   : problems.size() == 1 ? CliText::tr("1 problem")
                                          : CliText::tr("%1 problems").arg(problems.size())));
    for (const std::string& problem : problems) {
        out << "  " << problem << "\n";
    }
    if (!problems.empty()) {
        err << "glidepath-cli db check: "
            << utf8(CliText::tr("%1 failed the integrity check; keep a copy of the file before "
                                "changing it")
                        .arg(qs(path.string())))
            << "\n";
        return kExitBadInput;
    }

    // Counted in SQL: reading every exercise to count them took hundreds of megabytes at 100k.
    const storage::ExerciseRepository exercises(*db);
    const storage::ExerciseTally tally = exercises.tally();
    const int builtin = tally.builtin;
    const int custom = tally.custom;
    const int hidden = tally.hidden;
    printLine(out, CliText::tr("Exercises"),
              utf8(CliText::tr("%1 (%2 built-in, %3 custom, %4 hidden)")
                       .arg(builtin + custom)
                       .arg(builtin)
                       .arg(custom)
                       .arg(hidden)));
    int shipped = 0;
    try {
        shipped = io::builtinLibrary().libraryVersion;
    } catch (const io::FormatError&) {
        shipped = 0; // reported by every other command; the database is what is checked here
    }
    const int stored = exercises.builtinLibraryVersion();
    printLine(out, CliText::tr("Built-in library"),
              utf8(stored == shipped
                       ? CliText::tr("version %1 (current)").arg(stored)
                       : CliText::tr("version %1 (this program ships version %2; Glidepath or an "
                                     "import updates it)")
                             .arg(stored)
                             .arg(shipped)));
    printLine(out, CliText::tr("Clients"), std::to_string(storage::ClientRepository(*db).count()));
    if (schema != current) {
        err << "glidepath-cli db check: "
            << utf8(CliText::tr("the schema is version %1, expected %2").arg(schema).arg(current))
            << "\n";
        return kExitBadInput;
    }
    return kExitOk;
}

int backup(const GlobalOptions& global, const ParsedArgs& parsed, std::ostream& out,
           std::ostream& err)
{
    const std::filesystem::path target = parsed.positionals[0];
    std::error_code ec;
    if (std::filesystem::exists(target, ec) && !parsed.has("--replace")) {
        err << "glidepath-cli db backup: "
            << utf8(CliText::tr("%1 already exists; choose another name, or add --replace to "
                                "overwrite it")
                        .arg(qs(target.string())))
            << "\n";
        return kExitBadInput;
    }
    const auto db = openLibraryDatabase(global, storage::Access::ReadOnly, err);
    if (!db) {
        return kExitBadInput;
    }
    db->backupTo(target);
    out << utf8(CliText::tr("Backed up %1 to %2 (%3 bytes, checked).")
                    .arg(qs(db->path().string()), qs(target.string()))
                    .arg(qulonglong(std::filesystem::file_size(target, ec))))
        << "\n";
    return kExitOk;
}

int restore(const GlobalOptions& global, const ParsedArgs& parsed, std::ostream& out,
            std::ostream& err)
{
    const std::filesystem::path source = parsed.positionals[0];
    std::error_code ec;
    if (!std::filesystem::exists(source, ec)) {
        err << "glidepath-cli db restore: "
            << utf8(CliText::tr("there is no backup at %1").arg(qs(source.string()))) << "\n";
        return kExitBadInput;
    }
    const auto db = openLibraryDatabase(global, storage::Access::ReadWrite, err);
    if (!db) {
        return kExitBadInput;
    }
    db->restoreFrom(source);
    const io::LibraryDocument& builtins = io::builtinLibrary();
    storage::ExerciseRepository(*db).seedBuiltins(builtins.exercises, builtins.libraryVersion,
                                                  builtins.translations);
    out << utf8(CliText::tr("Restored %1 from %2. The content it replaced was backed up to %3.")
                    .arg(qs(db->path().string()), qs(source.string()),
                         qs(storage::backupFolder(db->path()).string())))
        << "\n";
    return kExitOk;
}

QString kindWords(storage::BackupKind kind)
{
    switch (kind) {
    case storage::BackupKind::Daily:
        return CliText::tr("daily");
    case storage::BackupKind::BeforeUpgrade:
        return CliText::tr("before upgrade");
    case storage::BackupKind::BeforeRestore:
        return CliText::tr("before restore");
    case storage::BackupKind::Manual:
        break;
    }
    return CliText::tr("manual");
}

int listBackups(const GlobalOptions& global, std::ostream& out)
{
    const std::filesystem::path path = databasePath(global);
    const auto backups = storage::listBackups(path);
    if (backups.empty()) {
        out << utf8(CliText::tr("No automatic backups of %1 yet (they are kept in %2).")
                        .arg(qs(path.string()), qs(storage::backupFolder(path).string())))
            << "\n";
        return kExitOk;
    }
    for (const storage::BackupEntry& entry : backups) {
        const QString kind = kindWords(entry.kind).leftJustified(16);
        out << entry.stamp << "  " << utf8(kind) << entry.path.string() << "\n";
    }
    return kExitOk;
}

int copy(const ParsedArgs& parsed, std::ostream& out)
{
    const std::string from = *parsed.value("--from");
    const std::string to = *parsed.value("--to");
    const storage::CopyResult result = storage::copyDatabase(from, to);
    const auto shown = [](const std::string& where) {
        return storage::isServerUrl(where) ? storage::shownServerAddress(where) : where;
    };
    std::size_t width = 0;
    for (const storage::CopiedTable& table : result.tables) {
        width = std::max(width, table.table.size());
    }
    for (const storage::CopiedTable& table : result.tables) {
        std::string name = table.table;
        name.resize(width + 2, ' ');
        out << name << table.rows << "\n";
    }
    out << utf8(CliText::tr("Copied %1 rows in %2 tables from %3 to %4; every table was counted "
                            "on both sides.")
                    .arg(result.totalRows())
                    .arg(result.tables.size())
                    .arg(qs(shown(from)), qs(shown(to))))
        << "\n";
    return kExitOk;
}

} // namespace

int runDbCommand(const std::vector<std::string>& args, const GlobalOptions& global,
                 std::ostream& out, std::ostream& err)
{
    if (args.empty()) {
        err << usageErrorText("glidepath-cli db", utf8(CliText::tr("missing subcommand")),
                              usage(kDbUsage));
        return kExitUsage;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        out << usage(kDbUsage);
        return kExitOk;
    }
    const auto subcommand =
        std::find_if(kDbSubcommands.begin(), kDbSubcommands.end(),
                     [&](const DbSubcommand& candidate) { return candidate.name == args[0]; });
    if (subcommand == kDbSubcommands.end()) {
        QString message = CliText::tr("unknown subcommand \"%1\"").arg(qs(args[0]));
        if (auto suggestion =
                closestName(args[0], {"check", "backup", "restore", "backups", "copy"})) {
            message += CliText::tr(" (did you mean %1?)").arg(qs(*suggestion));
        }
        err << usageErrorText("glidepath-cli db", utf8(message), usage(kDbUsage));
        return kExitUsage;
    }
    const std::string name(subcommand->name);
    GlobalOptions options = global;
    ParsedArgs parsed;
    try {
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        parsed = parseArgs(rest, subcommand->options);
        if (parsed.help) {
            out << usage(subcommand->usage);
            return kExitOk;
        }
        expectPositionals(parsed, subcommand->positionals, subcommand->positionals,
                          subcommand->positionalName.empty()
                              ? std::string()
                              : utf8(CliText::tr(subcommand->positionalName.data())));
        if (auto path = parsed.value("--database")) {
            options.databasePath = *path;
        }
        if (name == "copy") {
            for (const std::string_view option : {"--from", "--to"}) {
                if (!parsed.value(option)) {
                    throw UsageError(
                        utf8(CliText::tr("%1 is needed").arg(qs(std::string(option)))));
                }
            }
        }
    } catch (const UsageError& error) {
        err << usageErrorText("glidepath-cli db " + name, error.what(), usage(subcommand->usage));
        return kExitUsage;
    }
    try {
        if (name == "copy") {
            return copy(parsed, out);
        }
        // Every other subcommand works on a database file.
        if (const auto refusal = fileOnlyRefusal(options)) {
            err << "glidepath-cli db " << name << ": " << *refusal << "\n";
            return kExitBadInput;
        }
        if (name == "backup") {
            return backup(options, parsed, out, err);
        }
        if (name == "restore") {
            return restore(options, parsed, out, err);
        }
        if (name == "backups") {
            return listBackups(options, out);
        }
        return check(options, out, err);
    } catch (const std::exception& error) {
        err << "glidepath-cli db " << name << ": " << errorText(error) << "\n";
        return kExitBadInput;
    }
}

} // namespace glidepath::cli
