#pragma once

#include <glidepath/core/exercise.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_texts.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace glidepath::storage {

struct ExerciseFilter
{
    std::optional<core::Category> category;
    std::optional<int> phase; // exercises whose phase range includes it
    std::optional<core::Region> region;
    std::optional<core::Equipment> equipment;
    std::optional<core::Position> position;
    std::optional<core::Precaution> precaution; // exercises that carry this precaution
    // equipment: exercises that need this item; region: exercises that work this region.
    bool includeHidden = false;
    // The language the list is read in ("de"; "" or "en" for English): names sort, and a search's
    // names-first stage matches, by the name shown in it (ExerciseTextRepository), and list rows
    // carry that name and summary. The search index holds every language's words either way.
    std::string language;
};

// The order of a list of exercises. Relevance ranks a text search in tiers (names that start with
// the text in name order, so the exact name first; then other names holding every word; then
// exercises whose main muscle is every word; then other muscles; then purpose and cues), each
// tier in the library's own order, and lists by name when there is no text.
enum class ExerciseOrder
{
    Relevance,
    Name,
    Category,
    Phases,
    KneeFlexion,
    Impact,
    Equipment
};

// One page of a list is asked for with the same query every time, so pages line up.
struct ExerciseQuery
{
    std::string text; // as typed; empty lists everything
    ExerciseFilter filter;
    ExerciseOrder order = ExerciseOrder::Relevance;
    bool descending = false;

    bool operator==(const ExerciseQuery&) const = default;
};

// What a list shows of an exercise: no instructions, cues, dose or links.
struct ExerciseListRow
{
    std::string id;
    std::string name;
    std::string summary;
    core::Category category = core::Category::Activation;
    int phaseMin = 1;
    int phaseMax = 4;
    core::KneeFlexion kneeFlexion = core::KneeFlexion::None;
    core::Impact impact = core::Impact::None;
    std::vector<core::Equipment> equipment;
    bool builtin = false;
    bool hidden = false;
};

enum class ClashPolicy
{
    Fail,
    Skip,
    Replace
};

// How many exercises a database holds, by kind, counted without reading any exercise.
struct ExerciseTally
{
    int builtin = 0;
    int custom = 0;
    int hidden = 0;
};

struct ImportSummary
{
    int added = 0;
    int replaced = 0;
    int skipped = 0;
};

// Built-in library seeding: the shipped library carries a version; a newer one updates the
// built-ins (keeping the user's hidden flags) and never touches custom exercises.
struct SeedSummary
{
    int previousVersion = 0;
    int currentVersion = 0;
    int added = 0;
    int updated = 0;
    int removed = 0;
    // A built-in that is no longer shipped but that custom exercises link to is kept as a custom
    // exercise, so that the user's ladders stay whole.
    int keptAsCustom = 0;
    // Shipped ids that the user already uses for a custom exercise: the custom one stays.
    std::vector<std::string> skippedIds;
};

// Who saved a stored exercise last: its row version (raised by every save, on a file as on a
// clinic server), the login or server role and when (ISO 8601 UTC; both empty for an exercise
// not saved since schema 15).
struct ExerciseStamp
{
    std::int64_t rowVersion = 0;
    std::string updatedBy;
    std::string updatedAt;
};

class ExerciseRepository
{
public:
    explicit ExerciseRepository(Database& db) : m_db(db) {}

    std::optional<core::Exercise> find(std::string_view id) const;
    std::vector<core::Exercise> list(const ExerciseFilter& filter = {}) const; // by name
    // Full-text search over name, summary, cues and muscles; every word matches as a prefix
    // ("clam ban" finds "Clamshell with band"); best match first (as ExerciseOrder::Relevance).
    // Empty text lists everything (by name). Either way at most limit exercises are returned; limit
    // <= 0 means no limit. Punctuation and search operators in text are plain characters, never
    // query syntax.
    std::vector<core::Exercise> search(std::string_view text, const ExerciseFilter& filter = {},
                                       int limit = 500) const;
    int count(bool includeHidden = true) const;
    // Built-in, custom and hidden exercises, in one pass over the table (no exercise is read:
    // "db check" on a library of 100,000 keeps to SQLite's own memory).
    ExerciseTally tally() const;

    // A window of a list: at most limit rows from offset on, in the query's order. Reads only
    // the columns a list shows, so a page costs the same whatever the size of the library.
    std::vector<ExerciseListRow> rows(const ExerciseQuery& query, int offset, int limit) const;
    // How many exercises the query lists (no sorting, no columns read).
    int countMatching(const ExerciseQuery& query) const;
    // The row of id in the query's list, or nullopt when it is not listed. Reads ids only.
    std::optional<int> positionOf(const ExerciseQuery& query, std::string_view id) const;
    // Names of the given ids (hidden ones too); ids that are not stored are left out.
    std::unordered_map<std::string, std::string> namesOf(const std::vector<std::string>& ids) const;

    // Exercise rows read from the database by this repository so far (a full exercise or a list
    // row each). Tests use it to check that a screen reads a page, not the whole library.
    std::size_t rowsRead() const { return m_rowsRead; }

    // All throw StorageError: Invalid (with issues), Conflict, NotFound or ReadOnly.
    // Writes run core::validateExercise, need easier/harder to name stored exercises and refuse a
    // link that makes a ladder loop. create always stores a custom exercise (builtin must be
    // false). remove clears the easier/harder links other exercises had to it.
    void create(const core::Exercise& exercise);
    // Given basedOnVersion (the rowVersion of stamp() when the edit started), an exercise saved
    // by someone else since is refused with StaleRecordError (who and when) and nothing changes.
    void update(const core::Exercise& exercise,
                std::optional<std::int64_t> basedOnVersion = std::nullopt);
    std::optional<ExerciseStamp> stamp(std::string_view id) const;
    void remove(std::string_view id);
    void setHidden(std::string_view id, bool hidden);
    // An editable copy of any exercise with a fresh id ("<id>-copy", "<id>-copy-2", ...).
    core::Exercise duplicate(std::string_view id);

    std::vector<std::string> clashingIds(const std::vector<core::Exercise>& incoming) const;
    // Every exercise with its id, easier and harder only (nothing else is read): what an import
    // needs to check the ladders it joins.
    std::vector<core::ExerciseLinks> links() const;
    // All or nothing, in one transaction: any problem throws and the database is unchanged.
    // Imported exercises are stored as custom ones (through ExerciseImport). A built-in cannot be
    // replaced (ReadOnly), except that an incoming copy marked builtin (from an export) is skipped
    // as already there.
    // texts: the other languages of incoming exercises (by id), stored with those written.
    ImportSummary importExercises(const std::vector<core::Exercise>& incoming, ClashPolicy policy,
                                  const LibraryTexts& texts = {});

    // 0 before the first seeding.
    int builtinLibraryVersion() const;
    // First run: inserts the built-ins. A libraryVersion above the stored one updates built-ins
    // (keeping hidden flags), adds new ones and removes those no longer shipped; custom exercises
    // are never changed. The same or an older version changes nothing. The library must pass
    // core::validateLibrary (StorageError::Invalid otherwise); all in one transaction. texts
    // (the library's other languages) replace the stored texts of every built-in written.
    SeedSummary seedBuiltins(const std::vector<core::Exercise>& builtins, int libraryVersion,
                             const LibraryTexts& texts = {});

private:
    Database& m_db;
    mutable std::size_t m_rowsRead = 0;
};

// An import that takes its exercises one at a time, as a file is read (issue 12), so that no
// list of them all is needed. It must live inside one Database::transaction, which the caller
// rolls back when anything throws: add() stores each exercise at once, finish() makes the checks
// that need them all. ExerciseRepository::importExercises is this over a list.
class ExerciseImport
{
public:
    ExerciseImport(Database& db, ClashPolicy policy);
    ~ExerciseImport();
    ExerciseImport(const ExerciseImport&) = delete;
    ExerciseImport& operator=(const ExerciseImport&) = delete;

    // Runs core::validateExercise (StorageError::Invalid) and refuses an id this import already
    // had (Invalid). texts (its other languages) are stored with an exercise that is written. An
    // exercise whose id is free is stored as a custom one. A taken id is a clash: with Skip the
    // stored exercise stays; with Replace a custom one is overwritten and a built-in stays when the
    // incoming copy is marked builtin (an export of it) and is a built-in clash otherwise; with
    // Fail nothing is written. Links may name exercises that come later: they are checked by
    // finish().
    void add(const core::Exercise& exercise, const ExerciseTexts& texts = {});
    // The same for an exercise the caller has already run through core::validateExercise and
    // found valid (io::streamLibrary hands over only such exercises), so that a large import
    // validates each exercise once.
    void addValidated(core::Exercise exercise, const ExerciseTexts& texts = {});

    // Ids that were already stored, and those of them that are built-ins Replace may not
    // overwrite, in the order they came.
    const std::vector<std::string>& clashes() const;
    const std::vector<std::string>& builtinClashes() const;

    // Throws Conflict (Fail with a clash), ReadOnly (a built-in clash) or Invalid (a ladder that
    // dangles, loops or disagrees); otherwise the counts.
    ImportSummary finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace glidepath::storage
