#pragma once

#include <glidepath/core/exercise.h>
#include <glidepath/storage/database.h>

#include <optional>
#include <string>
#include <string_view>
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
    bool includeHidden = false;
};

enum class ClashPolicy
{
    Fail,
    Skip,
    Replace
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
};

class ExerciseRepository
{
public:
    explicit ExerciseRepository(Database& db) : m_db(db) {}

    std::optional<core::Exercise> find(std::string_view id) const;
    std::vector<core::Exercise> list(const ExerciseFilter& filter = {}) const; // by name
    // Full-text search over name, summary, cues and muscles; every word matches as a prefix
    // ("clam ban" finds "Clamshell with band"); best match first. Empty text lists everything.
    std::vector<core::Exercise> search(std::string_view text, const ExerciseFilter& filter = {},
                                       int limit = 500) const;
    int count(bool includeHidden = true) const;

    // All throw StorageError: Invalid (with issues), Conflict, NotFound or ReadOnly.
    void create(const core::Exercise& exercise);
    void update(const core::Exercise& exercise);
    void remove(std::string_view id);
    void setHidden(std::string_view id, bool hidden);
    // An editable copy of any exercise with a fresh id ("<id>-copy", "<id>-copy-2", ...).
    core::Exercise duplicate(std::string_view id);

    std::vector<std::string> clashingIds(const std::vector<core::Exercise>& incoming) const;
    // All or nothing, in one transaction: any problem throws and the database is unchanged.
    ImportSummary importExercises(const std::vector<core::Exercise>& incoming, ClashPolicy policy);

    int builtinLibraryVersion() const;
    SeedSummary seedBuiltins(const std::vector<core::Exercise>& builtins, int libraryVersion);

private:
    Database& m_db;
};

} // namespace glidepath::storage
