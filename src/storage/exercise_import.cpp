// Imports (one by one, as a file is read, or from a list) and the built-in library's seeding, on
// either backend: all or nothing, inside the caller's transaction.

#include "exercise_rows.h"
#include "exercise_text_sql.h"

#include <glidepath/core/field_issue.h>
#include <glidepath/storage/exercise_repository.h>

#include <set>
#include <unordered_set>

namespace glidepath::storage {

using core::Exercise;
using namespace detail;

namespace {

constexpr std::string_view kLibraryVersionKey = "builtin_library_version";

} // namespace

ImportSummary ExerciseRepository::importExercises(const std::vector<Exercise>& incoming,
                                                  ClashPolicy policy, const LibraryTexts& texts)
{
    // Every problem of the exercises themselves at once, before anything is written.
    std::vector<core::ValidationIssue> issues;
    std::unordered_set<std::string> seen;
    for (const Exercise& e : incoming) {
        auto own = core::validateExercise(e);
        issues.insert(issues.end(), own.begin(), own.end());
        if (!seen.insert(e.id).second) {
            core::FieldIssue twice = core::fieldIssue("id", "id.twice", {e.id});
            issues.push_back({e.id, "id", twice.message, twice.kind, twice.values});
        }
    }
    if (!issues.empty()) {
        throwInvalidExercise("the import was refused and nothing was changed", std::move(issues));
    }

    ImportSummary summary;
    m_db.transaction([&] {
        ExerciseImport import(m_db, policy);
        for (const Exercise& e : incoming) {
            const auto found = texts.find(e.id);
            // Validated above, with every problem of the list at once.
            import.addValidated(e, found == texts.end() ? ExerciseTexts{} : found->second);
        }
        summary = import.finish();
    });
    return summary;
}

struct ExerciseImport::State
{
    State(Session* db, ClashPolicy policy)
        : db(db), policy(policy), writer(db, true),
          stored(db, "SELECT rid, builtin FROM exercises WHERE id = ?")
    {}

    Session* db;
    ClashPolicy policy;
    ExerciseWriter writer;
    Query stored;
    std::unordered_set<std::string> seen;
    std::vector<std::string> clashes;
    std::vector<std::string> builtinClashes;
    ImportSummary summary;
};

ExerciseImport::ExerciseImport(Database& db, ClashPolicy policy)
    : m_state(std::make_unique<State>(db.session(), policy))
{}

ExerciseImport::~ExerciseImport() = default;

void ExerciseImport::add(const Exercise& incoming, const ExerciseTexts& texts)
{
    validateOrThrow(incoming);
    addValidated(incoming, texts);
}

void ExerciseImport::addValidated(Exercise incoming, const ExerciseTexts& texts)
{
    State& state = *m_state;
    if (!state.seen.insert(incoming.id).second) {
        throwInvalidExercise(
            "the import was refused and nothing was changed",
            {{incoming.id, "id", "the id '" + incoming.id + "' appears more than once"}});
    }
    state.stored.reset();
    state.stored.bind(1, incoming.id);
    std::optional<StoredKey> stored;
    if (state.stored.step()) {
        stored = StoredKey{state.stored.int64(0), state.stored.integer(1) != 0};
    }
    if (stored) {
        state.clashes.push_back(incoming.id);
        if (stored->builtin && !incoming.builtin && state.policy == ClashPolicy::Replace) {
            state.builtinClashes.push_back(incoming.id);
        }
        if (state.policy == ClashPolicy::Fail || !state.builtinClashes.empty()) {
            return; // refused by finish(); nothing more is worth writing
        }
        if (state.policy == ClashPolicy::Skip || stored->builtin) {
            ++state.summary.skipped;
            return;
        }
    }
    Exercise& e = incoming;
    e.builtin = false;
    const std::int64_t rid = stored ? stored->rid : state.writer.insert(e);
    if (stored) {
        state.writer.update(stored->rid, e);
        ++state.summary.replaced;
    } else {
        ++state.summary.added;
    }
    if (!texts.empty() || stored) {
        // The batch writes the search row at the end, texts included.
        detail::writeExerciseTexts(state.db, rid, e.id, texts, false);
    }
}

const std::vector<std::string>& ExerciseImport::clashes() const
{
    return m_state->clashes;
}

const std::vector<std::string>& ExerciseImport::builtinClashes() const
{
    return m_state->builtinClashes;
}

ImportSummary ExerciseImport::finish()
{
    State& state = *m_state;
    const auto joined = [](const std::vector<std::string>& ids) {
        std::string out;
        for (std::size_t i = 0; i < ids.size() && i < 10; ++i) {
            out += (i ? ", " : "") + ids[i];
        }
        return ids.size() > 10 ? out + ", …" : out;
    };
    if (state.policy == ClashPolicy::Fail && !state.clashes.empty()) {
        throw StorageError(StorageError::Kind::Conflict,
                           "these exercises already exist: " + joined(state.clashes) +
                               "; nothing was imported");
    }
    if (!state.builtinClashes.empty()) {
        throw StorageError(StorageError::Kind::ReadOnly, "built-in exercises cannot be replaced: " +
                                                             joined(state.builtinClashes) +
                                                             "; nothing was imported");
    }
    checkAllLadders(state.db, "the import was refused and nothing was changed");
    state.writer.finish();
    return state.summary;
}

int ExerciseRepository::builtinLibraryVersion() const
{
    Query select(m_db.session(), "SELECT value FROM meta WHERE key = ?");
    select.bind(1, kLibraryVersionKey);
    if (!select.step()) {
        return 0;
    }
    const std::string text = select.text(0);
    try {
        return std::stoi(text);
    } catch (const std::exception&) {
        throw StorageError(StorageError::Kind::Corrupt,
                           "the stored library version '" + text + "' is not a number");
    }
}

SeedSummary ExerciseRepository::seedBuiltins(const std::vector<Exercise>& builtins,
                                             int libraryVersion, const LibraryTexts& texts)
{
    SeedSummary summary;
    summary.previousVersion = builtinLibraryVersion();
    summary.currentVersion = summary.previousVersion;
    if (libraryVersion <= summary.previousVersion) {
        return summary;
    }
    auto issues = core::validateLibrary(builtins);
    if (!issues.empty()) {
        throwInvalidExercise("the built-in library is not valid", std::move(issues));
    }

    m_db.transaction([&] {
        Session* db = m_db.session();
        ExerciseWriter writer(db, true);
        std::set<std::string> shipped;
        for (const Exercise& incoming : builtins) {
            shipped.insert(incoming.id);
            Exercise e = incoming;
            e.builtin = true;
            const auto stored = storedKey(db, e.id);
            std::int64_t rid = 0;
            if (!stored) {
                e.hidden = false;
                rid = writer.insert(e);
                ++summary.added;
            } else if (!stored->builtin) {
                summary.skippedIds.push_back(e.id); // the user's own exercise keeps the id
                continue;
            } else {
                Query hidden(db, "SELECT hidden FROM exercises WHERE rid = ?");
                hidden.bind(1, stored->rid);
                e.hidden = hidden.step() && hidden.integer(0) != 0;
                rid = stored->rid;
                writer.update(rid, e);
                ++summary.updated;
            }
            const auto found = texts.find(e.id);
            detail::writeExerciseTexts(
                db, rid, e.id, found == texts.end() ? ExerciseTexts{} : found->second, false);
        }
        writer.finish();

        // Built-ins no longer shipped. Those a custom exercise links to (directly, or through
        // another one kept for that reason) become custom; the rest are removed.
        std::set<std::string> dropped;
        {
            Query select(db, "SELECT id FROM exercises WHERE builtin = 1");
            while (select.step()) {
                if (!shipped.count(select.text(0))) {
                    dropped.insert(select.text(0));
                }
            }
        }
        Query linkedFromCustom(db, "SELECT 1 FROM exercises WHERE builtin = 0 AND "
                                   "(easier = ?1 OR harder = ?1) LIMIT 1");
        Query makeCustom(db, "UPDATE exercises SET builtin = 0 WHERE id = ?");
        for (bool changed = true; changed;) {
            changed = false;
            for (auto it = dropped.begin(); it != dropped.end();) {
                linkedFromCustom.reset();
                linkedFromCustom.bind(1, *it);
                if (linkedFromCustom.step()) {
                    makeCustom.reset();
                    makeCustom.bind(1, *it).run();
                    ++summary.keptAsCustom;
                    it = dropped.erase(it);
                    changed = true;
                } else {
                    ++it;
                }
            }
        }
        for (const auto& id : dropped) {
            deleteExercise(db, storedKey(db, id)->rid);
            ++summary.removed;
        }

        Query version(db, "INSERT INTO meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        version.bind(1, kLibraryVersionKey).bind(2, std::to_string(libraryVersion)).run();
    });
    summary.currentVersion = libraryVersion;
    return summary;
}

} // namespace glidepath::storage
