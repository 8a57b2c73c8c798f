#include "repository_support.h"

#include <glidepath/storage/client_repository.h>

#include <unordered_map>

namespace glidepath::storage {

using detail::parseStored;
using detail::parseStoredDate;
using detail::Query;
using detail::Session;

// Five queries in all, each over a whole table, joined here by client id: one query per client
// would take seconds for the 10,000 clients a large practice keeps over the years.
std::vector<ClientSummary> ClientRepository::summaries() const
{
    Session* db = m_db.session();
    std::vector<ClientSummary> out;
    std::unordered_map<std::int64_t, std::size_t> rowOf;

    Query clients(db, "SELECT id, name, age, personal, next_review, " +
                          detail::rowStampColumns(db) + " FROM clients");
    while (clients.step()) {
        ClientSummary summary;
        summary.id = clients.int64(0);
        summary.name = clients.text(1);
        summary.age = clients.integer(2);
        summary.personal = clients.integer(3) != 0;
        if (!clients.isNull(4)) {
            summary.nextReview = parseStoredDate(clients.text(4));
        }
        summary.updatedBy = clients.text(6);
        summary.updatedAt = clients.text(7);
        rowOf.emplace(summary.id, out.size());
        out.push_back(std::move(summary));
    }
    const auto summaryOf = [&](std::int64_t id) -> ClientSummary* {
        const auto it = rowOf.find(id);
        return it == rowOf.end() ? nullptr : &out[it->second];
    };

    Query conditions(db, "SELECT client_id, condition FROM client_conditions "
                         "ORDER BY client_id, position");
    while (conditions.step()) {
        if (ClientSummary* summary = summaryOf(conditions.int64(0))) {
            summary->conditions.push_back(
                parseStored<core::Condition>(conditions.text(1), "condition"));
        }
    }

    Query screening(db, "SELECT client_id, flag FROM client_red_flags "
                        "ORDER BY client_id, position");
    while (screening.step()) {
        if (ClientSummary* summary = summaryOf(screening.int64(0))) {
            summary->screeningRedFlags.push_back(
                parseStored<core::RedFlag>(screening.text(1), "red flag"));
        }
    }

    // The newest check-in of each client as core::standingRedFlags picks it (latest date; of two
    // on one date the one entered later), with its yes answers (none gives one row of NULL).
    Query checkIns(db, "WITH newest AS (SELECT id, client_id, date FROM ("
                       " SELECT id, client_id, date, row_number() OVER ("
                       "  PARTITION BY client_id ORDER BY date DESC, id DESC) AS n"
                       " FROM check_ins) AS ranked WHERE n = 1) "
                       "SELECT newest.client_id, newest.date, f.flag FROM newest "
                       "LEFT JOIN check_in_red_flags AS f ON f.check_in_id = newest.id "
                       "ORDER BY newest.client_id, f.position");
    while (checkIns.step()) {
        ClientSummary* summary = summaryOf(checkIns.int64(0));
        if (!summary) {
            continue;
        }
        summary->newestCheckIn = parseStoredDate(checkIns.text(1));
        if (!checkIns.isNull(2)) {
            summary->newestCheckInRedFlags.push_back(
                parseStored<core::RedFlag>(checkIns.text(2), "red flag"));
        }
    }

    Query plans(db, "SELECT client_id, max(week_start) FROM plans GROUP BY client_id");
    while (plans.step()) {
        if (ClientSummary* summary = summaryOf(plans.int64(0))) {
            summary->currentPlanWeekStart = parseStoredDate(plans.text(1));
        }
    }
    return out;
}

} // namespace glidepath::storage
