#include "cli_args.h"
#include "cli_database.h"
#include "commands.h"

#include <glidepath/io/library_format.h>
#include <glidepath/storage/backup.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/exercise_repository.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <ostream>
#include <span>

namespace glidepath::cli {

namespace {

constexpr std::string_view kDbUsage =
    R"(Usage: glidepath-cli [--database PATH] db SUBCOMMAND

Subcommands:
  check     check the database and show what it holds
  backup    write a complete copy of the database to a file
  restore   replace the database's content with a backup
  backups   list the automatic backups kept beside the database

Run "glidepath-cli db SUBCOMMAND --help" for details.
)";

constexpr std::string_view kCheckUsage =
    R"(Usage: glidepath-cli [--database PATH] db check

Runs SQLite's integrity and foreign-key checks on the database, and shows the schema version and
how many exercises and clients it holds. Works while Glidepath has the database open. Exits with
1 when the file is missing, is not a Glidepath database, comes from a newer Glidepath, or has
problems.

Options:
  --help  show this help
)";

constexpr std::string_view kBackupUsage =
    R"(Usage: glidepath-cli [--database PATH] db backup FILE [--replace]

Writes a complete, consistent copy of the database to FILE (readable only by you), including
changes Glidepath has not yet written into the main file: copying the .db file by hand can miss
them. Works while Glidepath has the database open. The copy is checked before it is kept.

Options:
  --replace  overwrite FILE if it exists (it is replaced only once the new copy is complete)
  --help     show this help
)";

constexpr std::string_view kRestoreUsage =
    R"(Usage: glidepath-cli [--database PATH] db restore FILE

Replaces everything in the database with the content of the backup FILE (made by "db backup",
File > Back Up Database..., or one of the automatic backups listed by "db backups"). The backup
is checked first, and the current content is itself backed up before it is replaced. Glidepath
must not have the database open.

Options:
  --help  show this help
)";

constexpr std::string_view kBackupsUsage =
    R"(Usage: glidepath-cli [--database PATH] db backups

Lists the automatic backups kept in the "backups" folder beside the database, newest first:
one a day (the last 7 days Glidepath was used), one before each upgrade of the database to a
newer version, and one before each restore.

Options:
  --help  show this help
)";

constexpr std::array<OptionSpec, 1> kCheckOptions{{{"--database", true}}};
constexpr std::array<OptionSpec, 2> kBackupOptions{{{"--database", true}, {"--replace", false}}};

struct DbSubcommand
{
    std::string_view name;
    std::string_view usage;
    std::span<const OptionSpec> options;
    std::size_t positionals; // exactly this many
    std::string_view positionalName;
};

constexpr std::array<DbSubcommand, 4> kDbSubcommands{{
    {"check", kCheckUsage, kCheckOptions, 0, ""},
    {"backup", kBackupUsage, kBackupOptions, 1, "FILE"},
    {"restore", kRestoreUsage, kCheckOptions, 1, "FILE"},
    {"backups", kBackupsUsage, kCheckOptions, 0, ""},
}};

void printLine(std::ostream& out, std::string_view label, const std::string& value)
{
    std::string padded(label);
    padded += ":";
    padded.resize(std::max<std::size_t>(padded.size() + 1, 18), ' ');
    out << padded << value << "\n";
}

int check(const GlobalOptions& global, std::ostream& out, std::ostream& err)
{
    const std::filesystem::path path = databasePath(global);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        err << "glidepath-cli db check: no database at " << path.string() << "\n";
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

    printLine(out, "Database", path.string());
    const int schema = db->schemaVersion();
    const int current = storage::Database::currentSchemaVersion();
    printLine(out, "Schema version",
              std::to_string(schema) + (schema == current
                                            ? " (current)"
                                            : " (current is " + std::to_string(current) + ")"));
    const std::vector<std::string> problems = db->integrityProblems();
    printLine(out, "Integrity",
              problems.empty() ? "ok" : std::to_string(problems.size()) + " problem(s)");
    for (const std::string& problem : problems) {
        out << "  " << problem << "\n";
    }
    if (!problems.empty()) {
        err << "glidepath-cli db check: " << path.string()
            << " failed the integrity check; keep a copy of the file before changing it\n";
        return kExitBadInput;
    }

    const storage::ExerciseRepository exercises(*db);
    storage::ExerciseFilter all;
    all.includeHidden = true;
    int builtin = 0;
    int custom = 0;
    int hidden = 0;
    for (const core::Exercise& exercise : exercises.list(all)) {
        (exercise.builtin ? builtin : custom) += 1;
        hidden += exercise.hidden ? 1 : 0;
    }
    printLine(out, "Exercises",
              std::to_string(builtin + custom) + " (" + std::to_string(builtin) + " built-in, " +
                  std::to_string(custom) + " custom, " + std::to_string(hidden) + " hidden)");
    int shipped = 0;
    try {
        shipped = io::builtinLibrary().libraryVersion;
    } catch (const io::FormatError&) {
        shipped = 0; // reported by every other command; the database is what is checked here
    }
    const int stored = exercises.builtinLibraryVersion();
    printLine(out, "Built-in library",
              "version " + std::to_string(stored) +
                  (stored == shipped ? " (current)"
                                     : " (this program ships version " + std::to_string(shipped) +
                                           "; Glidepath or an import updates it)"));
    printLine(out, "Clients", std::to_string(storage::ClientRepository(*db).list().size()));
    if (schema != current) {
        err << "glidepath-cli db check: the schema is version " << schema << ", expected "
            << current << "\n";
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
        err << "glidepath-cli db backup: " << target.string()
            << " already exists; choose another name, or add --replace to overwrite it\n";
        return kExitBadInput;
    }
    const auto db = openLibraryDatabase(global, storage::Access::ReadOnly, err);
    if (!db) {
        return kExitBadInput;
    }
    db->backupTo(target);
    out << "Backed up " << db->path().string() << " to " << target.string() << " ("
        << std::filesystem::file_size(target, ec) << " bytes, checked).\n";
    return kExitOk;
}

int restore(const GlobalOptions& global, const ParsedArgs& parsed, std::ostream& out,
            std::ostream& err)
{
    const std::filesystem::path source = parsed.positionals[0];
    std::error_code ec;
    if (!std::filesystem::exists(source, ec)) {
        err << "glidepath-cli db restore: there is no backup at " << source.string() << "\n";
        return kExitBadInput;
    }
    const auto db = openLibraryDatabase(global, storage::Access::ReadWrite, err);
    if (!db) {
        return kExitBadInput;
    }
    db->restoreFrom(source);
    const io::LibraryDocument& builtins = io::builtinLibrary();
    storage::ExerciseRepository(*db).seedBuiltins(builtins.exercises, builtins.libraryVersion);
    out << "Restored " << db->path().string() << " from " << source.string()
        << ". The content it replaced was backed up to "
        << storage::backupFolder(db->path()).string() << ".\n";
    return kExitOk;
}

std::string_view kindWords(storage::BackupKind kind)
{
    switch (kind) {
    case storage::BackupKind::Daily:
        return "daily";
    case storage::BackupKind::BeforeUpgrade:
        return "before upgrade";
    case storage::BackupKind::BeforeRestore:
        return "before restore";
    case storage::BackupKind::Manual:
        break;
    }
    return "manual";
}

int listBackups(const GlobalOptions& global, std::ostream& out)
{
    const std::filesystem::path path = databasePath(global);
    const auto backups = storage::listBackups(path);
    if (backups.empty()) {
        out << "No automatic backups of " << path.string() << " yet (they are kept in "
            << storage::backupFolder(path).string() << ").\n";
        return kExitOk;
    }
    for (const storage::BackupEntry& entry : backups) {
        std::string kind(kindWords(entry.kind));
        kind.resize(16, ' ');
        out << entry.stamp << "  " << kind << entry.path.string() << "\n";
    }
    return kExitOk;
}

} // namespace

int runDbCommand(const std::vector<std::string>& args, const GlobalOptions& global,
                 std::ostream& out, std::ostream& err)
{
    if (args.empty()) {
        err << "glidepath-cli db: missing subcommand\n\n" << kDbUsage;
        return kExitUsage;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        out << kDbUsage;
        return kExitOk;
    }
    const auto subcommand =
        std::find_if(kDbSubcommands.begin(), kDbSubcommands.end(),
                     [&](const DbSubcommand& candidate) { return candidate.name == args[0]; });
    if (subcommand == kDbSubcommands.end()) {
        err << "glidepath-cli db: unknown subcommand \"" << args[0] << "\"";
        if (auto suggestion = closestName(args[0], {"check", "backup", "restore", "backups"})) {
            err << " (did you mean " << *suggestion << "?)";
        }
        err << "\n\n" << kDbUsage;
        return kExitUsage;
    }
    const std::string name(subcommand->name);
    GlobalOptions options = global;
    ParsedArgs parsed;
    try {
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        parsed = parseArgs(rest, subcommand->options);
        if (parsed.help) {
            out << subcommand->usage;
            return kExitOk;
        }
        expectPositionals(parsed, subcommand->positionals, subcommand->positionals,
                          std::string(subcommand->positionalName));
        if (auto path = parsed.value("--database")) {
            options.databasePath = *path;
        }
    } catch (const UsageError& error) {
        err << "glidepath-cli db " << name << ": " << error.what() << "\n\n" << subcommand->usage;
        return kExitUsage;
    }
    try {
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
        err << "glidepath-cli db " << name << ": " << error.what() << "\n";
        return kExitBadInput;
    }
}

} // namespace glidepath::cli
