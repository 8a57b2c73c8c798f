#include "repository_support.h"

#include <pwd.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>

namespace glidepath::storage::detail {

std::string utcTimestamp()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm parts{};
    gmtime_r(&now, &parts);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer;
}

core::Date parseStoredDate(const std::string& text)
{
    if (const auto date = core::parseIsoDate(text)) {
        return *date;
    }
    throw StorageError(StorageError::Kind::Corrupt,
                       "the database holds an impossible date '" + text + "'");
}

void throwInvalid(const std::string& what, std::vector<core::FieldIssue> fieldIssues)
{
    std::vector<core::ValidationIssue> issues;
    std::string message = what;
    for (std::size_t i = 0; i < fieldIssues.size(); ++i) {
        if (i < 5) {
            message +=
                (i == 0 ? ": " : "; ") + fieldIssues[i].field + ": " + fieldIssues[i].message;
        }
        issues.push_back({{},
                          fieldIssues[i].field,
                          fieldIssues[i].message,
                          fieldIssues[i].kind,
                          fieldIssues[i].values});
    }
    throw StorageError(StorageError::Kind::Invalid, message, std::move(issues));
}

void throwNotFound(std::string_view what, std::int64_t id)
{
    throw StorageError(StorageError::Kind::NotFound,
                       "there is no " + std::string(what) + " with the id " + std::to_string(id));
}

void requireClient(Session* db, std::int64_t clientId)
{
    Query select(db, "SELECT 1 FROM clients WHERE id = ?");
    select.bind(1, clientId);
    if (!select.step()) {
        throwNotFound("client", clientId);
    }
}

void deleteById(Session* db, std::string_view table, std::int64_t id, std::string_view what)
{
    Query remove(db, "DELETE FROM " + std::string(table) + " WHERE id = ?");
    remove.bind(1, id).run();
    if (remove.changes() == 0) {
        throwNotFound(what, id);
    }
}

namespace {

std::string lookUpUser()
{
    passwd entry{};
    passwd* found = nullptr;
    char buffer[1024];
    if (getpwuid_r(getuid(), &entry, buffer, sizeof buffer, &found) == 0 && found != nullptr &&
        found->pw_name != nullptr) {
        return found->pw_name;
    }
    const char* user = std::getenv("USER");
    return user ? user : "";
}

} // namespace

std::string savedBy()
{
    // Looked up once: the process keeps its user, and an import stamps every row it writes
    // (asking the password database 10,000 times was 3% of an import's time).
    static const std::string user = lookUpUser();
    return user;
}

std::string rowStampColumns(Session* db)
{
    if (db->isServer()) {
        return "row_version, row_updated_by, "
               "to_char(row_updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";
    }
    return "row_version, row_updated_by, row_updated_at";
}

void bindRowStamp(Query& statement, int first)
{
    statement.bind(first, savedBy()).bind(first + 1, utcTimestamp());
}

void throwStaleOrMissing(Session* db, std::string_view table, std::string_view what,
                         std::int64_t id, std::optional<std::int64_t> basedOn)
{
    Query select(db,
                 "SELECT " + rowStampColumns(db) + " FROM " + std::string(table) + " WHERE id = ?");
    select.bind(1, id);
    if (!select.step() || !basedOn) {
        throwNotFound(what, id);
    }
    const std::string by = select.text(1);
    const std::string at = select.text(2);
    std::string message = "the " + std::string(what) + " " + std::to_string(id) +
                          " was changed since it was read (version " + std::to_string(*basedOn) +
                          ", now " + std::to_string(select.int64(0)) + ")";
    if (!by.empty()) {
        message += " by " + by;
    }
    if (!at.empty()) {
        message += " at " + at;
    }
    message += "; nothing was saved: reload it, or save yours as a new one";
    throw StaleRecordError(message, select.int64(0), by, at);
}

std::string placeholders(int count)
{
    std::string out;
    for (int i = 0; i < count; ++i) {
        out += i == 0 ? "?" : ", ?";
    }
    return out;
}

void bindPlannedExercise(Query& statement, int first, const core::PlannedExercise& planned)
{
    statement.bind(first, planned.id).bind(first + 1, planned.name);
    statement.bind(first + 2, planned.sets).bind(first + 3, planned.reps);
    statement.bind(first + 4, planned.holdSeconds).bind(first + 5, planned.tempo);
    statement.bind(first + 6, planned.restSeconds).bind(first + 7, core::toString(planned.side));
    statement.bind(first + 8, core::encodeReason(planned.reason));
    statement.bind(first + 9, core::toString(planned.loadKind)).bind(first + 10, planned.loadLevel);
}

core::PlannedExercise readPlannedExercise(const Query& row, int first)
{
    core::PlannedExercise planned;
    planned.id = row.text(first);
    planned.name = row.text(first + 1);
    planned.sets = row.integer(first + 2);
    planned.reps = row.integer(first + 3);
    planned.holdSeconds = row.integer(first + 4);
    planned.tempo = row.text(first + 5);
    planned.restSeconds = row.integer(first + 6);
    planned.side = parseStored<core::WorkSide>(row.text(first + 7), "work side");
    planned.reason = storedReason(row.text(first + 8));
    planned.loadKind = parseStored<core::LoadKind>(row.text(first + 9), "load kind");
    planned.loadLevel = row.integer(first + 10);
    return planned;
}

core::Reason storedReason(const std::string& stored, const std::string& rule)
{
    if (std::optional<core::Reason> reason = core::decodeReason(stored)) {
        return *std::move(reason);
    }
    core::Reason words(rule);
    words.text = stored;
    return words;
}

} // namespace glidepath::storage::detail
