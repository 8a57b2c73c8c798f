#include "cli_args.h"
#include "cli_database.h"
#include "cli_language.h"
#include "cli_text.h"
#include "commands.h"
#include "draw_command.h"
#include "exercise_text.h"

#include <glidepath/io/library_format.h>
#include <glidepath/io/library_stream.h>
#include <glidepath/report/issue_text.h>
#include <glidepath/storage/exercise_repository.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <ostream>
#include <utility>

namespace glidepath::cli {

namespace {

constexpr std::string_view kLibraryUsage = QT_TRANSLATE_NOOP(
    "CliText", R"(Usage: glidepath-cli [--database PATH] library SUBCOMMAND [ARGS...]

Lists, searches, shows, imports and exports the exercises in the database.

Subcommands:
  list      list exercises, optionally filtered
  search    find exercises by words in their name, summary, cues and muscles
  show      show every detail of one exercise
  import    add exercises from a library file
  export    write custom exercises to a library file
  draw      draw one exercise's start and end position to an SVG or PNG file

Run "glidepath-cli library SUBCOMMAND --help" for the options of each.
)");

constexpr std::string_view kListUsage = QT_TRANSLATE_NOOP(
    "CliText",
    R"(Usage: glidepath-cli [--database PATH] library list [--category C] [--phase N] [--region R]
                                                   [--equipment E] [--hidden] [--json]

Lists the exercises by name. Filters combine: every one given must match.

Options:
  --category C   activation, strength, motor_control, mobility, landing or gait
  --phase N      exercises suitable in phase N (1-4)
  --region R     hip, knee, core or ankle
  --equipment E  exercises that use E, e.g. band or step ("none": no equipment)
  --hidden       include exercises hidden from lists and plans
  --json         print the exercises in the library format instead of a table
  --help         show this help
)");

constexpr std::string_view kSearchUsage = QT_TRANSLATE_NOOP(
    "CliText", R"(Usage: glidepath-cli [--database PATH] library search TEXT... [--hidden] [--json]

Finds exercises whose name, summary, cues or muscles contain every word of TEXT (each word
matches the start of a word, so "clam ban" finds "Clamshell with band"); best match first.

Options:
  --hidden  include exercises hidden from lists and plans
  --json    print the exercises in the library format instead of a table
  --help    show this help
)");

constexpr std::string_view kShowUsage =
    QT_TRANSLATE_NOOP("CliText", R"(Usage: glidepath-cli [--database PATH] library show ID [--json]

Shows every detail of the exercise with the given id.

Options:
  --json  print the exercise in the library format
  --help  show this help
)");

constexpr std::string_view kImportUsage = QT_TRANSLATE_NOOP(
    "CliText",
    R"(Usage: glidepath-cli [--database PATH] library import FILE [--on-clash skip|replace]

Adds the exercises of a library file (format: docs/formats.md) as custom exercises. The whole
file is checked first; if anything is wrong, every problem is listed and nothing is imported.

Options:
  --on-clash skip     keep the exercise already in the library when an id is taken
  --on-clash replace  overwrite the custom exercise already in the library
                      (built-in exercises cannot be replaced)
  --help              show this help
Without --on-clash, an id that is already taken stops the import.
)");

constexpr std::string_view kExportUsage = QT_TRANSLATE_NOOP(
    "CliText", R"(Usage: glidepath-cli [--database PATH] library export FILE [--all]

Writes the custom exercises (hidden ones too) to FILE in the library format, ready to import
elsewhere.

Options:
  --all   include the built-in exercises as well
  --help  show this help
)");

constexpr std::string_view kDrawUsage = QT_TRANSLATE_NOOP(
    "CliText", R"(Usage: glidepath-cli [--database PATH] library draw ID OUT.svg|OUT.png [--size PX]

Draws the start and end position of the exercise with the given id, with its equipment, the
same picture the handout and the app show. The file's ending picks the format: .svg for a
vector drawing, .png for an image. An exercise without its own picture gets the figure of its
starting position.

Options:
  --size PX  the width in pixels, 32 to 4096 (default 640); the height follows the drawing
  --help     show this help
)");

constexpr std::array<OptionSpec, 8> kListOptions{{{"--category", true},
                                                  {"--phase", true},
                                                  {"--region", true},
                                                  {"--equipment", true},
                                                  {"--hidden", false},
                                                  {"--json", false},
                                                  {"--database", true},
                                                  {"--create", false}}};
constexpr std::array<OptionSpec, 4> kSearchOptions{
    {{"--hidden", false}, {"--json", false}, {"--database", true}, {"--create", false}}};
constexpr std::array<OptionSpec, 3> kShowOptions{
    {{"--json", false}, {"--database", true}, {"--create", false}}};
constexpr std::array<OptionSpec, 3> kImportOptions{
    {{"--on-clash", true}, {"--database", true}, {"--create", false}}};
constexpr std::array<OptionSpec, 3> kExportOptions{
    {{"--all", false}, {"--database", true}, {"--create", false}}};
constexpr std::array<OptionSpec, 3> kDrawOptions{
    {{"--size", true}, {"--database", true}, {"--create", false}}};

// An option given after the subcommand may name the database too.
GlobalOptions withDatabase(const GlobalOptions& global, const ParsedArgs& parsed)
{
    GlobalOptions options = global;
    if (auto path = parsed.value("--database")) {
        options.databasePath = *path;
    }
    options.create = options.create || parsed.has("--create");
    return options;
}

template <typename E> E enumOption(const ParsedArgs& parsed, std::string_view option)
{
    const std::string text = *parsed.value(option);
    if (auto value = core::parseEnum<E>(text)) {
        return *value;
    }
    QString message = CliText::tr("%1 must be one of %2, not \"%3\"")
                          .arg(qs(std::string(option)), qs(core::acceptedNames<E>()), qs(text));
    std::vector<std::string> names;
    for (const auto& entry : core::EnumNames<E>::table) {
        names.emplace_back(entry.second);
    }
    if (auto suggestion = closestName(text, names)) {
        message += CliText::tr(" (did you mean %1?)").arg(qs(*suggestion));
    }
    throw UsageError(utf8(message));
}

storage::ExerciseFilter readFilter(const ParsedArgs& parsed)
{
    storage::ExerciseFilter filter;
    if (parsed.value("--category")) {
        filter.category = enumOption<core::Category>(parsed, "--category");
    }
    if (auto phase = parsed.value("--phase")) {
        if (phase->size() != 1 || (*phase)[0] < '1' || (*phase)[0] > '4') {
            throw UsageError(
                utf8(CliText::tr("--phase must be 1, 2, 3 or 4, not \"%1\"").arg(qs(*phase))));
        }
        filter.phase = (*phase)[0] - '0';
    }
    if (parsed.value("--region")) {
        filter.region = enumOption<core::Region>(parsed, "--region");
    }
    if (parsed.value("--equipment")) {
        filter.equipment = enumOption<core::Equipment>(parsed, "--equipment");
    }
    filter.includeHidden = parsed.has("--hidden");
    // Sorted, and searched names first, by the names the CLI prints.
    filter.language = language();
    return filter;
}

// The stored texts of the exercises, by id (none for an exercise that has none).
storage::LibraryTexts storedTexts(storage::Database& db,
                                  const std::vector<core::Exercise>& exercises)
{
    storage::LibraryTexts all = storage::ExerciseTextRepository(db).all();
    storage::LibraryTexts texts;
    for (const core::Exercise& exercise : exercises) {
        if (auto found = all.find(exercise.id); found != all.end()) {
            texts.emplace(exercise.id, std::move(found->second));
        }
    }
    return texts;
}

// A user's own exercise in the CLI's language where its stored texts have it (built-ins are
// laid over with the shipped library's text when printed).
core::Exercise inLanguage(const core::Exercise& exercise, const storage::LibraryTexts& texts)
{
    const auto found = texts.find(exercise.id);
    if (exercise.builtin || found == texts.end()) {
        return exercise;
    }
    const auto text = found->second.find(language());
    return text == found->second.end() ? exercise : core::localized(exercise, text->second);
}

void printExercises(std::ostream& out, storage::Database& db,
                    const std::vector<core::Exercise>& exercises, bool json, const QString& none)
{
    const storage::LibraryTexts texts = storedTexts(db, exercises);
    if (json) {
        io::LibraryDocument document;
        document.exercises = exercises;
        document.translations = texts;
        out << io::writeLibrary(document);
        return;
    }
    if (exercises.empty()) {
        out << utf8(none) << "\n";
        return;
    }
    std::vector<core::Exercise> shown;
    for (const core::Exercise& exercise : exercises) {
        shown.push_back(inLanguage(exercise, texts));
    }
    printExerciseTable(out, shown);
    out << "\n"
        << utf8(exercises.size() == 1
                    ? CliText::tr("1 exercise")
                    : CliText::tr("%1 exercises").arg(qulonglong(exercises.size())))
        << "\n";
}

std::string joined(const std::vector<std::string>& items, std::string_view separator)
{
    std::string text;
    for (const std::string& item : items) {
        if (!text.empty()) {
            text += separator;
        }
        text += item;
    }
    return text;
}

int listCommand(const ParsedArgs& parsed, storage::Database& db, std::ostream& out)
{
    const storage::ExerciseFilter filter = readFilter(parsed);
    const auto exercises = storage::ExerciseRepository(db).list(filter);
    printExercises(out, db, exercises, parsed.has("--json"),
                   CliText::tr("No exercises match these filters."));
    return kExitOk;
}

int searchCommand(const ParsedArgs& parsed, storage::Database& db, std::ostream& out)
{
    const std::string text = joined(parsed.positionals, " ");
    storage::ExerciseFilter filter;
    filter.includeHidden = parsed.has("--hidden");
    filter.language = language();
    const auto exercises = storage::ExerciseRepository(db).search(text, filter);
    printExercises(out, db, exercises, parsed.has("--json"),
                   CliText::tr("No exercises match \"%1\".").arg(qs(text)));
    return kExitOk;
}

int showCommand(const ParsedArgs& parsed, storage::Database& db, std::ostream& out,
                std::ostream& err)
{
    const std::string& id = parsed.positionals[0];
    const storage::ExerciseRepository repository(db);
    const auto exercise = repository.find(id);
    if (!exercise) {
        storage::ExerciseFilter all;
        all.includeHidden = true;
        std::vector<std::string> ids;
        for (const core::Exercise& e : repository.list(all)) {
            ids.push_back(e.id);
        }
        err << "glidepath-cli library show: "
            << utf8(CliText::tr("no exercise has the id \"%1\"").arg(qs(id)));
        if (auto suggestion = closestName(id, ids)) {
            err << utf8(CliText::tr(" (did you mean %1?)").arg(qs(*suggestion)));
        }
        err << utf8(CliText::tr("; \"glidepath-cli library search WORDS\" finds exercises by name"))
            << "\n";
        return kExitBadInput;
    }
    if (parsed.has("--json")) {
        printExercises(out, db, {*exercise}, true, {});
        return kExitOk;
    }
    printExerciseDetails(out, inLanguage(*exercise, storedTexts(db, {*exercise})),
                         [&](const std::string& neighbour) {
                             const auto found = repository.find(neighbour);
                             return found ? found->name : std::string();
                         });
    return kExitOk;
}

std::optional<storage::ClashPolicy> clashPolicy(const ParsedArgs& parsed)
{
    const auto onClash = parsed.value("--on-clash");
    if (!onClash) {
        return std::nullopt;
    }
    if (*onClash == "skip") {
        return storage::ClashPolicy::Skip;
    }
    if (*onClash == "replace") {
        return storage::ClashPolicy::Replace;
    }
    throw UsageError(
        utf8(CliText::tr("--on-clash must be skip or replace, not \"%1\"").arg(qs(*onClash))));
}

int importCommand(const ParsedArgs& parsed, storage::Database& db, std::ostream& out,
                  std::ostream& err)
{
    const std::optional<storage::ClashPolicy> policy = clashPolicy(parsed);
    const std::string& file = parsed.positionals[0];
    const std::string prefix = "glidepath-cli library import: ";

    // The file is read a piece at a time, exercise by exercise, and each one stored as it comes,
    // all in one transaction: any problem anywhere rolls it back, so nothing is imported.
    storage::ExerciseRepository repository(db);
    const std::vector<core::ExerciseLinks> existing = repository.links();
    struct Refused
    {};
    std::vector<std::string> clashes;
    std::vector<std::string> builtin;
    storage::ImportSummary summary;
    try {
        db.transaction([&] {
            storage::ExerciseImport import(db, policy.value_or(storage::ClashPolicy::Fail));
            io::streamLibraryFile(file, existing,
                                  [&](std::size_t, core::Exercise&& exercise,
                                      std::map<std::string, core::ExerciseText>&& texts) {
                                      // What a file says about itself does not make an
                                      // exercise part of Glidepath.
                                      exercise.builtin = false;
                                      // streamLibrary hands over validated exercises only.
                                      import.addValidated(std::move(exercise), texts);
                                  });
            if (!policy && !import.clashes().empty()) {
                clashes = import.clashes();
                throw Refused{};
            }
            if (!import.builtinClashes().empty()) {
                builtin = import.builtinClashes();
                throw Refused{};
            }
            summary = import.finish();
        });
    } catch (const io::FormatError& error) {
        for (const io::FormatIssue& issue : error.issues()) {
            err << file << ": " << utf8(report::describeIssue(issue)) << "\n";
        }
        const std::size_t count = error.total();
        err << file << ": "
            << utf8(count == 1
                        ? CliText::tr("1 problem; nothing was imported")
                        : CliText::tr("%1 problems; nothing was imported").arg(qulonglong(count)))
            << "\n";
        return kExitBadInput;
    } catch (const Refused&) {
        if (!clashes.empty()) {
            err << file << ": "
                << utf8((clashes.size() == 1
                             ? CliText::tr("1 exercise has an id already in the library: %1")
                             : CliText::tr("%1 exercises have ids already in the library: %2")
                                   .arg(qulonglong(clashes.size())))
                            .arg(qs(joined(clashes, ", "))))
                << "\n"
                << utf8(CliText::tr("Nothing was imported. Run again with --on-clash skip to keep "
                                    "the exercises\nalready in the library, or with --on-clash "
                                    "replace to overwrite them."))
                << "\n";
        } else {
            err << file << ": "
                << utf8(CliText::tr("built-in exercises cannot be replaced: %1")
                            .arg(qs(joined(builtin, ", "))))
                << "\n"
                << utf8(CliText::tr("Nothing was imported. Give your versions new ids, or use "
                                    "--on-clash skip to keep the built-in ones."))
                << "\n";
        }
        return kExitBadInput;
    } catch (const storage::StorageError& error) {
        using Kind = storage::StorageError::Kind;
        if (error.kind() != Kind::Invalid && error.kind() != Kind::Conflict &&
            error.kind() != Kind::ReadOnly) {
            // The file was fine; the database could not take it (read-only, full disk, locked).
            err << prefix
                << utf8(CliText::tr("the database could not be written: %1")
                            .arg(qs(describeFileError(db.path(), error))))
                << "\n"
                << utf8(CliText::tr("Nothing was imported from %1.").arg(qs(file))) << "\n";
            return kExitBadInput;
        }
        if (error.issues().empty()) {
            err << file << ": " << error.what() << "\n";
        }
        for (const core::ValidationIssue& issue : error.issues()) {
            err << file << ": " << (issue.exerciseId.empty() ? "" : issue.exerciseId + ": ")
                << (issue.field.empty() ? "" : issue.field + ": ") << utf8(report::issueText(issue))
                << "\n";
        }
        err << file << ": " << utf8(CliText::tr("nothing was imported")) << "\n";
        return kExitBadInput;
    } catch (const std::runtime_error& error) {
        // The file could not be read (missing, a folder, too large), in the CLI's language.
        err << prefix << errorText(error) << "\n";
        return kExitBadInput;
    }
    out << utf8(CliText::tr("Imported %1: %2 added, %3 replaced, %4 skipped.")
                    .arg(qs(file))
                    .arg(summary.added)
                    .arg(summary.replaced)
                    .arg(summary.skipped))
        << "\n";
    return kExitOk;
}

int exportCommand(const ParsedArgs& parsed, storage::Database& db, std::ostream& out,
                  std::ostream& err)
{
    const std::string& file = parsed.positionals[0];
    const bool everything = parsed.has("--all");
    storage::ExerciseFilter all;
    all.includeHidden = true;
    io::LibraryDocument document;
    for (const core::Exercise& exercise : storage::ExerciseRepository(db).list(all)) {
        if (everything || !exercise.builtin) {
            document.exercises.push_back(exercise);
        }
    }
    // Each exercise's other languages go with it.
    document.translations = storedTexts(db, document.exercises);
    try {
        io::writeTextFileAtomically(file, io::writeLibrary(document));
    } catch (const std::exception& error) {
        err << "glidepath-cli library export: " << errorText(error) << "\n";
        return kExitBadInput;
    }
    const std::size_t count = document.exercises.size();
    out << utf8(
        count == 1
            ? CliText::tr("Exported 1 exercise to %1.").arg(qs(file))
            : CliText::tr("Exported %1 exercises to %2.").arg(qulonglong(count)).arg(qs(file)));
    if (count == 0 && !everything) {
        out << utf8(
            CliText::tr(" The library has no custom exercises; --all includes the built-in ones."));
    }
    out << "\n";
    return kExitOk;
}

int drawCommand(const ParsedArgs& parsed, storage::Database& db, std::ostream& out,
                std::ostream& err)
{
    const std::string& id = parsed.positionals[0];
    auto exercise = storage::ExerciseRepository(db).find(id);
    if (exercise && exercise->builtin && !exercise->illustration) {
        // A database opened read-only is not seeded, so its built-ins may predate pictures:
        // draw the shipped picture of the same exercise.
        for (const core::Exercise& shipped : io::builtinLibrary().exercises) {
            if (shipped.id == id) {
                exercise->illustration = shipped.illustration;
            }
        }
    }
    if (!exercise) {
        err << "glidepath-cli library draw: "
            << utf8(CliText::tr("no exercise has the id \"%1\" (\"glidepath-cli library list\" "
                                "shows the ids)")
                        .arg(qs(id)))
            << "\n";
        return kExitBadInput;
    }
    // The result line names the exercise as the CLI's other output does.
    core::Exercise shown = inLanguage(*exercise, storedTexts(db, {*exercise}));
    if (shown.builtin) {
        shown.name = io::builtinLibrary().localizedName(shown.id, shown.name, language());
    }
    return drawExercise(shown, parsed.positionals[1], drawSize(parsed), out, err);
}

// Throws UsageError for anything wrong with the command line of subcommand name.
void checkUsage(const std::string& name, const ParsedArgs& parsed)
{
    if (name == "list") {
        expectPositionals(parsed, 0, 0, "");
        readFilter(parsed);
    } else if (name == "search") {
        expectPositionals(parsed, 1, SIZE_MAX, utf8(CliText::tr("the TEXT to search for")));
    } else if (name == "show") {
        expectPositionals(parsed, 1, 1, utf8(CliText::tr("the ID of the exercise to show")));
    } else if (name == "import") {
        expectPositionals(parsed, 1, 1, utf8(CliText::tr("the FILE to import")));
        clashPolicy(parsed);
    } else if (name == "draw") {
        expectPositionals(
            parsed, 2, 2,
            utf8(CliText::tr("the ID of the exercise and the OUT.svg or OUT.png file")));
        drawFormat(parsed.positionals[1]);
        drawSize(parsed);
    } else {
        expectPositionals(parsed, 1, 1, utf8(CliText::tr("the FILE to write")));
    }
}

struct Subcommand
{
    std::string_view name;
    std::string_view usage;
    std::span<const OptionSpec> options;
};

constexpr std::array<Subcommand, 6> kSubcommands{{
    {"list", kListUsage, kListOptions},
    {"search", kSearchUsage, kSearchOptions},
    {"show", kShowUsage, kShowOptions},
    {"import", kImportUsage, kImportOptions},
    {"export", kExportUsage, kExportOptions},
    {"draw", kDrawUsage, kDrawOptions},
}};

} // namespace

int runLibraryCommand(const std::vector<std::string>& args, const GlobalOptions& global,
                      std::ostream& out, std::ostream& err)
{
    if (args.empty()) {
        err << usageErrorText("glidepath-cli library", utf8(CliText::tr("missing subcommand")),
                              usage(kLibraryUsage));
        return kExitUsage;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        out << usage(kLibraryUsage);
        return kExitOk;
    }
    const auto subcommand =
        std::find_if(kSubcommands.begin(), kSubcommands.end(),
                     [&](const Subcommand& candidate) { return candidate.name == args[0]; });
    if (subcommand == kSubcommands.end()) {
        std::vector<std::string> names;
        for (const Subcommand& candidate : kSubcommands) {
            names.emplace_back(candidate.name);
        }
        QString message = CliText::tr("unknown subcommand \"%1\"").arg(qs(args[0]));
        if (auto suggestion = closestName(args[0], names)) {
            message += CliText::tr(" (did you mean %1?)").arg(qs(*suggestion));
        }
        err << usageErrorText("glidepath-cli library", utf8(message), usage(kLibraryUsage));
        return kExitUsage;
    }

    const std::string name(subcommand->name);
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    try {
        const ParsedArgs parsed = parseArgs(rest, subcommand->options);
        if (parsed.help) {
            out << usage(subcommand->usage);
            return kExitOk;
        }
        checkUsage(name, parsed); // before the database is opened, let alone created
        // Only import writes; everything else reads, and so works while the app is open.
        const auto access =
            name == "import" ? storage::Access::ReadWrite : storage::Access::ReadOnly;
        const auto db = openLibraryDatabase(withDatabase(global, parsed), access, err);
        if (!db) {
            return kExitBadInput;
        }
        if (name == "list") {
            return listCommand(parsed, *db, out);
        }
        if (name == "search") {
            return searchCommand(parsed, *db, out);
        }
        if (name == "show") {
            return showCommand(parsed, *db, out, err);
        }
        if (name == "import") {
            return importCommand(parsed, *db, out, err);
        }
        if (name == "draw") {
            return drawCommand(parsed, *db, out, err);
        }
        return exportCommand(parsed, *db, out, err);
    } catch (const UsageError& error) {
        err << usageErrorText("glidepath-cli library " + name, error.what(),
                              usage(subcommand->usage));
        return kExitUsage;
    } catch (const storage::StorageError& error) {
        err << "glidepath-cli library " << name << ": " << error.what() << "\n";
        return kExitBadInput;
    }
}

} // namespace glidepath::cli
