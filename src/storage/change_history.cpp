#include "repository_support.h"

#include <glidepath/storage/change_history.h>

#include <algorithm>
#include <string_view>

namespace glidepath::storage {

using detail::parseStoredDate;
using detail::Query;
using detail::Session;

namespace {

// --- a clinic server: the audit table ---------------------------------------------------------

// The audit rows of the client (server step 19 names the client in each; rows from before it got
// theirs from the records that still existed then). A record's date is read from the record as
// it is now, or, once it is deleted, from the audit row that saw it last, so a deletion is listed
// with the date it had ("Check-in of 3 Nov deleted"). Columns: the time as ISO text, the time to
// the microsecond (all rows of one transaction share it: now() is the transaction's start), who,
// the table, the record, the kind, the record's date and a plan's version. One statement, so one
// snapshot.
constexpr std::string_view kAuditSql = R"sql(
SELECT to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), a.who, a.table_name,
       a.record_id, a.kind,
       CASE a.table_name
           WHEN 'check_ins' THEN coalesce(c.date, a.record_date)
           WHEN 'plans' THEN coalesce(p.week_start, a.record_date)
           WHEN 'session_logs' THEN coalesce(l.date, a.record_date)
           WHEN 'psfs_assessments' THEN coalesce(f.date, a.record_date)
           WHEN 'clinician_reviews' THEN coalesce(r.date, a.record_date)
       END,
       CASE WHEN a.table_name = 'plans' THEN coalesce(p.version, a.plan_version) END
FROM audit AS a
LEFT JOIN check_ins AS c ON a.table_name = 'check_ins' AND c.id = a.record_id
LEFT JOIN plans AS p ON a.table_name = 'plans' AND p.id = a.record_id
LEFT JOIN session_logs AS l ON a.table_name = 'session_logs' AND l.id = a.record_id
LEFT JOIN psfs_assessments AS f ON a.table_name = 'psfs_assessments' AND f.id = a.record_id
LEFT JOIN clinician_reviews AS r ON a.table_name = 'clinician_reviews' AND r.id = a.record_id
WHERE a.client_id = ?
  AND a.table_name IN ('clients', 'client_surgery', 'client_hip_balance', 'check_ins', 'plans',
                       'session_logs', 'psfs_assessments', 'clinician_reviews')
ORDER BY a.at DESC, a.id DESC
)sql";

HistoryRecord recordOfTable(std::string_view table)
{
    if (table == "check_ins") {
        return HistoryRecord::CheckIn;
    }
    if (table == "plans") {
        return HistoryRecord::Plan;
    }
    if (table == "session_logs") {
        return HistoryRecord::SessionLog;
    }
    if (table == "psfs_assessments") {
        return HistoryRecord::Psfs;
    }
    if (table == "clinician_reviews") {
        return HistoryRecord::Review;
    }
    return HistoryRecord::Profile; // clients, client_surgery, client_hip_balance
}

// The audit rows of one record within one save, merged into one change.
struct Pending
{
    HistoryEntry entry;
    bool inserted = false;
    bool deleted = false;
    bool clientInserted = false; // the clients row itself, not the surgery saved with it
};

HistoryAction mergedAction(const Pending& rows)
{
    if (rows.entry.record == HistoryRecord::Profile) {
        // A profile save rewrites the surgery record (delete and insert): the client row's own
        // insert is what makes it new.
        return rows.clientInserted ? HistoryAction::Added : HistoryAction::Changed;
    }
    if (rows.inserted && !rows.deleted) {
        return HistoryAction::Added;
    }
    if (rows.deleted && !rows.inserted) {
        return HistoryAction::Deleted;
    }
    return HistoryAction::Changed;
}

std::vector<HistoryEntry> serverHistory(Session* db, std::int64_t clientId)
{
    Query select(db, std::string(kAuditSql));
    select.bind(1, clientId);
    std::vector<HistoryEntry> out;
    std::vector<Pending> save; // the rows of one transaction by one role, in order
    std::string saveKey;
    const auto flush = [&] {
        for (Pending& rows : save) {
            rows.entry.action = mergedAction(rows);
            out.push_back(std::move(rows.entry));
        }
        save.clear();
    };
    while (select.step()) {
        const std::string key = select.text(1) + '\n' + select.text(2);
        if (key != saveKey) {
            flush();
            saveKey = key;
        }
        const std::string table = select.text(3);
        const HistoryRecord record = recordOfTable(table);
        const std::int64_t recordId = record == HistoryRecord::Profile ? clientId : select.int64(4);
        auto it = std::find_if(save.begin(), save.end(), [&](const Pending& rows) {
            return rows.entry.record == record && rows.entry.recordId == recordId;
        });
        if (it == save.end()) {
            Pending rows;
            rows.entry.at = select.text(0);
            rows.entry.by = select.text(2);
            rows.entry.record = record;
            rows.entry.recordId = recordId;
            if (!select.isNull(6)) {
                rows.entry.date = parseStoredDate(select.text(6));
            }
            if (!select.isNull(7)) {
                rows.entry.planVersion = select.integer(7);
            }
            save.push_back(std::move(rows));
            it = save.end() - 1;
        }
        const std::string kind = select.text(5);
        it->inserted = it->inserted || kind == "insert";
        it->deleted = it->deleted || kind == "delete";
        it->clientInserted = it->clientInserted || (table == "clients" && kind == "insert");
    }
    flush();
    return out;
}

// --- a database file: what each record says about its last save ---------------------------

HistoryEntry lastSave(HistoryRecord record, std::int64_t id, std::int64_t version, std::string by,
                      std::string at)
{
    HistoryEntry entry;
    entry.record = record;
    entry.recordId = id;
    entry.by = std::move(by);
    entry.at = std::move(at);
    entry.saves = static_cast<int>(version);
    // Version 1 is the record as first saved; any later version was changed since.
    entry.action = version <= 1 ? HistoryAction::Added : HistoryAction::Changed;
    return entry;
}

std::vector<HistoryEntry> fileHistory(Session* db, std::int64_t clientId)
{
    std::vector<HistoryEntry> out;
    // Records saved before schema 15 have no stamp: nothing is known of when they were saved.
    Query profile(db, "SELECT row_version, row_updated_by, row_updated_at FROM clients "
                      "WHERE id = ? AND row_updated_at <> ''");
    profile.bind(1, clientId);
    if (profile.step()) {
        out.push_back(lastSave(HistoryRecord::Profile, clientId, profile.int64(0), profile.text(1),
                               profile.text(2)));
    }
    Query checkIns(db, "SELECT id, date, row_version, row_updated_by, row_updated_at "
                       "FROM check_ins WHERE client_id = ? AND row_updated_at <> ''");
    checkIns.bind(1, clientId);
    while (checkIns.step()) {
        HistoryEntry entry = lastSave(HistoryRecord::CheckIn, checkIns.int64(0), checkIns.int64(2),
                                      checkIns.text(3), checkIns.text(4));
        entry.date = parseStoredDate(checkIns.text(1));
        out.push_back(std::move(entry));
    }
    // A plan version is saved once and never changed; a file does not record by whom.
    Query plans(db, "SELECT id, week_start, version, saved_at FROM plans WHERE client_id = ?");
    plans.bind(1, clientId);
    while (plans.step()) {
        HistoryEntry entry = lastSave(HistoryRecord::Plan, plans.int64(0), 1, {}, plans.text(3));
        entry.date = parseStoredDate(plans.text(1));
        entry.planVersion = plans.integer(2);
        out.push_back(std::move(entry));
    }
    // A review names the clinician who saw the client and when it was recorded.
    Query reviews(db, "SELECT id, date, clinician, created_at FROM clinician_reviews "
                      "WHERE client_id = ?");
    reviews.bind(1, clientId);
    while (reviews.step()) {
        HistoryEntry entry =
            lastSave(HistoryRecord::Review, reviews.int64(0), 1, reviews.text(2), reviews.text(3));
        entry.date = parseStoredDate(reviews.text(1));
        out.push_back(std::move(entry));
    }
    // Every time is written "YYYY-MM-DDTHH:MM:SSZ", so text order is time order; of two saves
    // in one second the later record (higher id) first.
    std::stable_sort(out.begin(), out.end(), [](const HistoryEntry& a, const HistoryEntry& b) {
        return a.at != b.at ? a.at > b.at : a.recordId > b.recordId;
    });
    return out;
}

} // namespace

ClientHistory clientHistory(Database& db, std::int64_t clientId)
{
    Session* session = db.session();
    detail::requireClient(session, clientId);
    ClientHistory history;
    history.everyChange = session->isServer();
    history.entries =
        history.everyChange ? serverHistory(session, clientId) : fileHistory(session, clientId);
    return history;
}

} // namespace glidepath::storage
