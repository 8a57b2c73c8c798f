#pragma once

// Who changed a client's records, and when: the Clients page's change history. The two backends
// know different things, and the result says which it is, so nothing claims more than is kept:
//  - a clinic server's audit table has one row per insert, update and delete of every record a
//    clinician saves as a whole (written by triggers, naming the role that connected), and since
//    server step 19 each row names the client and the record's date, so every change is listed,
//    deletions included (a record deleted before the server reached step 19 is not: nothing said
//    whose it was);
//  - a database file keeps only what each record says about itself: who saved a profile or a
//    check-in last and when (schema 15), when each plan version was saved, and when a clinician
//    review was recorded and by whom. Earlier saves, session logs, PSFS and deletions leave no
//    trace there.

#include <glidepath/core/date.h>
#include <glidepath/storage/database.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace glidepath::storage {

// The kinds of record a client's history names. Profile covers the profile's own row and the
// surgery record and hip-balance answers saved with it (one save of the form is one change).
enum class HistoryRecord
{
    Profile,
    CheckIn,
    Plan,
    SessionLog,
    Psfs,
    Review
};

enum class HistoryAction
{
    Added,
    Changed,
    Deleted
};

struct HistoryEntry
{
    std::string at; // ISO 8601 UTC, "2026-12-03T09:15:00Z"
    std::string by; // a server role, a computer's login name or a reviewer's name; empty: unknown
    HistoryRecord record = HistoryRecord::Profile;
    std::int64_t recordId = 0; // the client's id for Profile
    HistoryAction action = HistoryAction::Changed;
    // The record's own date (a check-in, session, PSFS or review date; a plan's week start) and a
    // plan's version within its week, as stored now, or for a deleted record as it was when it
    // was deleted; nullopt and 0 when not known.
    std::optional<core::Date> date;
    int planVersion = 0;
    // On a file, where only the last save is known: how many times the record has been saved
    // (its row version; the entry is the last of them). 0 on a server, where each save is listed.
    int saves = 0;
};

struct ClientHistory
{
    // True on a clinic server (every add, change and delete is listed); false on a file, where
    // entries are only the last save of each record that still exists (see the top of this
    // header).
    bool everyChange = false;
    std::vector<HistoryEntry> entries; // newest first
};

// The client's history; StorageError::NotFound when there is no such client. Reads only, so it
// works on a read-only login or file.
ClientHistory clientHistory(Database& db, std::int64_t clientId);

} // namespace glidepath::storage
