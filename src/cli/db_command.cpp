#include "cli_args.h"
#include "cli_database.h"
#include "commands.h"

#include <glidepath/io/library_format.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/exercise_repository.h>

#include <array>
#include <ostream>

namespace glidepath::cli {

namespace {

constexpr std::string_view kDbUsage =
    R"(Usage: glidepath-cli [--database PATH] db SUBCOMMAND

Subcommands:
  check   check the database and show what it holds

Run "glidepath-cli db check --help" for details.
)";

constexpr std::string_view kCheckUsage =
    R"(Usage: glidepath-cli [--database PATH] db check

Opens the database (bringing an older one up to the current schema), runs SQLite's integrity
and foreign-key checks, and shows the schema version and how many exercises and clients it
holds. Exits with 1 when the file is missing, is not a Glidepath database, comes from a newer
Glidepath, or has problems.

Options:
  --help  show this help
)";

constexpr std::array<OptionSpec, 1> kCheckOptions{{{"--database", true}}};

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
        db = storage::Database::open(path);
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
                                           "; any other command updates it)"));
    printLine(out, "Clients", std::to_string(storage::ClientRepository(*db).list().size()));
    if (schema != current) {
        err << "glidepath-cli db check: the schema is version " << schema << ", expected "
            << current << "\n";
        return kExitBadInput;
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
    if (args[0] != "check") {
        err << "glidepath-cli db: unknown subcommand \"" << args[0] << "\"";
        if (auto suggestion = closestName(args[0], {"check"})) {
            err << " (did you mean " << *suggestion << "?)";
        }
        err << "\n\n" << kDbUsage;
        return kExitUsage;
    }
    GlobalOptions options = global;
    try {
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        const ParsedArgs parsed = parseArgs(rest, kCheckOptions);
        if (parsed.help) {
            out << kCheckUsage;
            return kExitOk;
        }
        expectPositionals(parsed, 0, 0, "");
        if (auto path = parsed.value("--database")) {
            options.databasePath = *path;
        }
    } catch (const UsageError& error) {
        err << "glidepath-cli db check: " << error.what() << "\n\n" << kCheckUsage;
        return kExitUsage;
    }
    try {
        return check(options, out, err);
    } catch (const std::exception& error) {
        err << "glidepath-cli db check: " << error.what() << "\n";
        return kExitBadInput;
    }
}

} // namespace glidepath::cli
