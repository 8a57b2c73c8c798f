#include "repository_support.h"

#include <glidepath/storage/tracking_repository.h>

namespace glidepath::storage {

using detail::deleteById;
using detail::parseStored;
using detail::parseStoredDate;
using detail::Query;
using detail::readFirstRow;
using detail::readRows;
using detail::requireClient;
using detail::Session;
using detail::throwInvalid;
using detail::throwNotFound;

namespace {

void validateLog(const core::SessionLog& log, const std::string& prefix = {})
{
    auto issues = core::validateSessionLog(log);
    if (issues.empty()) {
        return;
    }
    if (!prefix.empty()) {
        for (auto& issue : issues) {
            issue.field = prefix + issue.field;
        }
    }
    throwInvalid("the session log of " + core::toIsoString(log.date) + " is not valid",
                 std::move(issues));
}

void validateAssessment(const core::PsfsAssessment& assessment)
{
    auto issues = core::validatePsfs(assessment);
    if (!issues.empty()) {
        throwInvalid("the PSFS assessment of " + core::toIsoString(assessment.date) +
                         " is not valid",
                     std::move(issues));
    }
}

// --- session logs ------------------------------------------------------------------------

void bindOptionalInt(Query& s, int index, std::optional<int> value)
{
    if (value) {
        s.bind(index, *value);
    } else {
        s.bindNull(index);
    }
}

void bindLog(Query& s, const core::SessionLog& log)
{
    s.bind(1, core::toIsoString(log.date));
    if (log.plannedDate) {
        s.bind(2, core::toIsoString(*log.plannedDate));
    } else {
        s.bindNull(2);
    }
    bindOptionalInt(s, 3, log.sessionPain);
    s.bind(4, log.note);
    if (log.worseNextMorning) {
        s.bind(5, *log.worseNextMorning ? 1 : 0);
    } else {
        s.bindNull(5);
    }
}

void writeEntries(Session* db, std::int64_t logId, const core::SessionLog& log)
{
    Query remove(db, "DELETE FROM session_log_entries WHERE log_id = ?");
    remove.bind(1, logId).run();
    Query insert(db, "INSERT INTO session_log_entries (log_id, position, exercise_id, status, "
                     "sets_done, sets_planned, pain_during, difficulty) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < log.entries.size(); ++i) {
        const core::LoggedExercise& e = log.entries[i];
        insert.reset();
        insert.bind(1, logId).bind(2, static_cast<std::int64_t>(i)).bind(3, e.exerciseId);
        insert.bind(4, core::toString(e.status)).bind(5, e.setsDone).bind(6, e.setsPlanned);
        bindOptionalInt(insert, 7, e.painDuring);
        if (e.difficulty) {
            insert.bind(8, core::toString(*e.difficulty));
        } else {
            insert.bindNull(8);
        }
        insert.run();
    }
}

std::int64_t insertLog(Session* db, std::int64_t clientId, const core::SessionLog& log)
{
    Query insert(db, "INSERT INTO session_logs (date, planned_date, session_pain, note, "
                     "worse_next_morning, client_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
    bindLog(insert, log);
    const std::int64_t id = insert.bind(6, clientId).insertedId();
    writeEntries(db, id, log);
    return id;
}

std::optional<int> optionalInt(const Query& row, int column)
{
    if (row.isNull(column)) {
        return std::nullopt;
    }
    return row.integer(column);
}

constexpr std::string_view kLogColumns =
    "id, client_id, date, planned_date, session_pain, note, worse_next_morning";

StoredSessionLog readLog(Session* db, const Query& row)
{
    StoredSessionLog stored;
    stored.id = row.int64(0);
    stored.clientId = row.int64(1);
    core::SessionLog& log = stored.log;
    log.date = parseStoredDate(row.text(2));
    if (!row.isNull(3)) {
        log.plannedDate = parseStoredDate(row.text(3));
    }
    log.sessionPain = optionalInt(row, 4);
    log.note = row.text(5);
    if (!row.isNull(6)) {
        log.worseNextMorning = row.integer(6) != 0;
    }

    Query entries(db, "SELECT exercise_id, status, sets_done, sets_planned, pain_during, "
                      "difficulty FROM session_log_entries WHERE log_id = ? ORDER BY position");
    entries.bind(1, stored.id);
    while (entries.step()) {
        core::LoggedExercise e;
        e.exerciseId = entries.text(0);
        e.status = parseStored<core::LogStatus>(entries.text(1), "logged exercise status");
        e.setsDone = entries.integer(2);
        e.setsPlanned = entries.integer(3);
        e.painDuring = optionalInt(entries, 4);
        if (!entries.isNull(5)) {
            e.difficulty = parseStored<core::Difficulty>(entries.text(5), "difficulty answer");
        }
        log.entries.push_back(std::move(e));
    }
    return stored;
}

// "date >= ? AND date <= ?" for the ends the range has, with the values to bind.
struct RangeClause
{
    std::string sql;
    std::vector<std::string> values;
};

RangeClause rangeClause(const DateRange& range)
{
    RangeClause clause;
    if (range.from) {
        clause.sql += " AND date >= ?";
        clause.values.push_back(core::toIsoString(*range.from));
    }
    if (range.to) {
        clause.sql += " AND date <= ?";
        clause.values.push_back(core::toIsoString(*range.to));
    }
    return clause;
}

bool inRange(const DateRange& range, core::Date date)
{
    return (!range.from || date >= *range.from) && (!range.to || date <= *range.to);
}

std::string describe(const DateRange& range)
{
    const std::string from = range.from ? core::toIsoString(*range.from) : "the beginning";
    const std::string to = range.to ? core::toIsoString(*range.to) : "the end";
    return from + " to " + to;
}

// --- PSFS --------------------------------------------------------------------------------

void writeItems(Session* db, std::int64_t assessmentId, const core::PsfsAssessment& assessment)
{
    Query remove(db, "DELETE FROM psfs_items WHERE assessment_id = ?");
    remove.bind(1, assessmentId).run();
    Query insert(db, "INSERT INTO psfs_items (assessment_id, position, activity, score) "
                     "VALUES (?, ?, ?, ?)");
    for (std::size_t i = 0; i < assessment.items.size(); ++i) {
        insert.reset();
        insert.bind(1, assessmentId).bind(2, static_cast<std::int64_t>(i));
        insert.bind(3, assessment.items[i].activity).bind(4, assessment.items[i].score).run();
    }
}

StoredPsfs readPsfs(Session* db, const Query& row)
{
    StoredPsfs stored;
    stored.id = row.int64(0);
    stored.clientId = row.int64(1);
    stored.assessment.date = parseStoredDate(row.text(2));
    Query items(db, "SELECT activity, score FROM psfs_items WHERE assessment_id = ? "
                    "ORDER BY position");
    items.bind(1, stored.id);
    while (items.step()) {
        stored.assessment.items.push_back({items.text(0), items.integer(1)});
    }
    return stored;
}

} // namespace

// --- session logs --------------------------------------------------------------------------

std::vector<StoredSessionLog> TrackingRepository::sessionLogs(std::int64_t clientId,
                                                              DateRange range) const
{
    Session* db = m_db.session();
    const RangeClause clause = rangeClause(range);
    Query select(db, "SELECT " + std::string(kLogColumns) +
                         " FROM session_logs WHERE client_id = ?" + clause.sql +
                         " ORDER BY date, id");
    select.bind(1, clientId);
    for (std::size_t i = 0; i < clause.values.size(); ++i) {
        select.bind(static_cast<int>(i) + 2, clause.values[i]);
    }
    return readRows(db, select, readLog);
}

std::optional<StoredSessionLog> TrackingRepository::findSessionLog(std::int64_t logId) const
{
    Session* db = m_db.session();
    Query select(db, "SELECT " + std::string(kLogColumns) + " FROM session_logs WHERE id = ?");
    select.bind(1, logId);
    return readFirstRow(db, select, readLog);
}

std::int64_t TrackingRepository::addSessionLog(std::int64_t clientId, const core::SessionLog& log)
{
    validateLog(log);
    std::int64_t id = 0;
    m_db.transaction([&] {
        requireClient(m_db.session(), clientId);
        id = insertLog(m_db.session(), clientId, log);
    });
    return id;
}

void TrackingRepository::updateSessionLog(std::int64_t logId, const core::SessionLog& log)
{
    validateLog(log);
    m_db.transaction([&] {
        Session* db = m_db.session();
        Query update(db, "UPDATE session_logs SET date = ?, planned_date = ?, "
                         "session_pain = ?, note = ?, worse_next_morning = ? WHERE id = ?");
        bindLog(update, log);
        update.bind(6, logId).run();
        if (update.changes() == 0) {
            throwNotFound("session log", logId);
        }
        writeEntries(db, logId, log);
    });
}

void TrackingRepository::removeSessionLog(std::int64_t logId)
{
    m_db.transaction([&] { deleteById(m_db.session(), "session_logs", logId, "session log"); });
}

std::vector<std::int64_t>
TrackingRepository::replaceSessionLogs(std::int64_t clientId, DateRange range,
                                       const std::vector<core::SessionLog>& logs)
{
    for (std::size_t i = 0; i < logs.size(); ++i) {
        const std::string prefix = "logs/" + std::to_string(i);
        if (!inRange(range, logs[i].date)) {
            throwInvalid("the session logs do not fit the week being saved",
                         {{prefix + "/date",
                           core::toIsoString(logs[i].date) + " is outside " + describe(range)}});
        }
        validateLog(logs[i], prefix + "/");
    }
    std::vector<std::int64_t> ids;
    m_db.transaction([&] {
        Session* db = m_db.session();
        requireClient(db, clientId);
        const RangeClause clause = rangeClause(range);
        Query remove(db, "DELETE FROM session_logs WHERE client_id = ?" + clause.sql);
        remove.bind(1, clientId);
        for (std::size_t i = 0; i < clause.values.size(); ++i) {
            remove.bind(static_cast<int>(i) + 2, clause.values[i]);
        }
        remove.run();
        for (const auto& log : logs) {
            ids.push_back(insertLog(db, clientId, log));
        }
    });
    return ids;
}

// --- PSFS ----------------------------------------------------------------------------------

std::vector<StoredPsfs> TrackingRepository::psfsAssessments(std::int64_t clientId) const
{
    Session* db = m_db.session();
    Query select(db, "SELECT id, client_id, date FROM psfs_assessments WHERE client_id = ? "
                     "ORDER BY date, id");
    select.bind(1, clientId);
    return readRows(db, select, readPsfs);
}

std::optional<StoredPsfs> TrackingRepository::findPsfs(std::int64_t assessmentId) const
{
    Session* db = m_db.session();
    Query select(db, "SELECT id, client_id, date FROM psfs_assessments WHERE id = ?");
    select.bind(1, assessmentId);
    return readFirstRow(db, select, readPsfs);
}

std::int64_t TrackingRepository::addPsfs(std::int64_t clientId,
                                         const core::PsfsAssessment& assessment)
{
    validateAssessment(assessment);
    std::int64_t id = 0;
    m_db.transaction([&] {
        Session* db = m_db.session();
        requireClient(db, clientId);
        Query insert(db, "INSERT INTO psfs_assessments (client_id, date) VALUES (?, ?) "
                         "RETURNING id");
        id = insert.bind(1, clientId).bind(2, core::toIsoString(assessment.date)).insertedId();
        writeItems(db, id, assessment);
    });
    return id;
}

void TrackingRepository::updatePsfs(std::int64_t assessmentId,
                                    const core::PsfsAssessment& assessment)
{
    validateAssessment(assessment);
    m_db.transaction([&] {
        Session* db = m_db.session();
        Query update(db, "UPDATE psfs_assessments SET date = ? WHERE id = ?");
        update.bind(1, core::toIsoString(assessment.date)).bind(2, assessmentId).run();
        if (update.changes() == 0) {
            throwNotFound("PSFS assessment", assessmentId);
        }
        writeItems(db, assessmentId, assessment);
    });
}

void TrackingRepository::removePsfs(std::int64_t assessmentId)
{
    m_db.transaction(
        [&] { deleteById(m_db.session(), "psfs_assessments", assessmentId, "PSFS assessment"); });
}

} // namespace glidepath::storage
