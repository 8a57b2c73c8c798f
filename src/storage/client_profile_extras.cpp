#include "client_profile_extras.h"

#include "repository_support.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace glidepath::storage::detail {

namespace {

template <typename E>
void checkList(std::vector<core::FieldIssue>& issues, const std::string& field,
               const std::vector<E>& values)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::string where = field + "/" + std::to_string(i);
        if (core::toString(values[i]).empty()) {
            issues.push_back(core::fieldIssue(where, "value.unknown", core::nameList<E>()));
        } else if (std::find(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(i),
                             values[i]) != values.begin() + static_cast<std::ptrdiff_t>(i)) {
            issues.push_back(core::fieldIssue(where, "list.more_than_once",
                                              {std::string(core::toString(values[i]))}));
        }
    }
}

template <typename E>
void checkKnown(std::vector<core::FieldIssue>& issues, const std::string& field, E value)
{
    if (core::toString(value).empty()) {
        issues.push_back(core::fieldIssue(field, "value.unknown", core::nameList<E>()));
    }
}

template <typename E>
void writeList(Session* db, std::string_view table, std::string_view column, std::int64_t clientId,
               const std::vector<E>& values)
{
    Query insert(db, "INSERT INTO " + std::string(table) + " (client_id, position, " +
                         std::string(column) + ") VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < values.size(); ++i) {
        insert.reset();
        insert.bind(1, clientId).bind(2, static_cast<std::int64_t>(i));
        insert.bind(3, core::toString(values[i])).run();
    }
}

template <typename E>
std::vector<E> readList(Session* db, std::string_view table, std::string_view column,
                        std::int64_t clientId, std::string_view what)
{
    Query select(db, "SELECT " + std::string(column) + " FROM " + std::string(table) +
                         " WHERE client_id = ? ORDER BY position");
    select.bind(1, clientId);
    std::vector<E> out;
    while (select.step()) {
        out.push_back(parseStored<E>(select.text(0), what));
    }
    return out;
}

void bindAnswer(Query& s, int index, const std::optional<bool>& answer)
{
    if (answer) {
        s.bind(index, *answer);
    } else {
        s.bindNull(index);
    }
}

std::optional<bool> readAnswer(const Query& row, int column)
{
    if (row.isNull(column)) {
        return std::nullopt;
    }
    return row.integer(column) != 0;
}

} // namespace

std::vector<core::FieldIssue> validateProfileExtras(const core::ClientProfile& profile)
{
    std::vector<core::FieldIssue> issues;
    if (profile.surgery) {
        checkKnown(issues, "surgery/operation", profile.surgery->operation);
        checkKnown(issues, "surgery/weight_bearing", profile.surgery->weightBearing);
        // A date the database could not read back (before year 1 or after 9999).
        if (core::parseIsoDate(core::toIsoString(profile.surgery->date)) != profile.surgery->date) {
            issues.push_back(core::fieldIssue("surgery/date", "date.year_range"));
        }
        checkList(issues, "surgery/clearances", profile.surgery->clearances);
    }
    checkList(issues, "precautions", profile.precautions);
    return issues;
}

void writeProfileExtras(Session* db, std::int64_t clientId, const core::ClientProfile& profile)
{
    // Clearances go with the surgery row (ON DELETE CASCADE).
    for (const char* table : {"client_surgery", "client_precautions", "client_hip_balance"}) {
        Query remove(db, "DELETE FROM " + std::string(table) + " WHERE client_id = ?");
        remove.bind(1, clientId).run();
    }
    if (const auto& surgery = profile.surgery) {
        Query insert(db, "INSERT INTO client_surgery (client_id, operation, date, "
                         "weight_bearing) VALUES (?, ?, ?, ?)");
        insert.bind(1, clientId).bind(2, core::toString(surgery->operation));
        insert.bind(3, core::toIsoString(surgery->date));
        insert.bind(4, core::toString(surgery->weightBearing)).run();
        writeList(db, "client_surgical_clearances", "clearance", clientId, surgery->clearances);
    }
    writeList(db, "client_precautions", "precaution", clientId, profile.precautions);
    const core::HipBalanceCheck& hip = profile.hipBalance;
    if (hip != core::HipBalanceCheck{}) {
        Query insert(db, "INSERT INTO client_hip_balance (client_id, sits_for_long_periods, "
                         "back_pain, repetitive_motion, does_hip_balance_work) "
                         "VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, clientId);
        bindAnswer(insert, 2, hip.sitsForLongPeriods);
        bindAnswer(insert, 3, hip.backPain);
        bindAnswer(insert, 4, hip.repetitiveMotion);
        bindAnswer(insert, 5, hip.doesHipBalanceWork);
        insert.run();
    }
}

void readProfileExtras(Session* db, std::int64_t clientId, core::ClientProfile& profile)
{
    Query surgery(db, "SELECT operation, date, weight_bearing FROM client_surgery "
                      "WHERE client_id = ?");
    surgery.bind(1, clientId);
    profile.surgery.reset();
    if (surgery.step()) {
        core::Surgery s;
        s.operation = parseStored<core::Operation>(surgery.text(0), "operation");
        s.date = parseStoredDate(surgery.text(1));
        s.weightBearing = parseStored<core::WeightBearing>(surgery.text(2), "weight-bearing");
        s.clearances = readList<core::SurgicalClearance>(db, "client_surgical_clearances",
                                                         "clearance", clientId, "clearance");
        profile.surgery = std::move(s);
    }
    profile.precautions = readList<core::ClientPrecaution>(db, "client_precautions", "precaution",
                                                           clientId, "precaution");
    Query hip(db, "SELECT sits_for_long_periods, back_pain, repetitive_motion, "
                  "does_hip_balance_work FROM client_hip_balance WHERE client_id = ?");
    hip.bind(1, clientId);
    profile.hipBalance = {};
    if (hip.step()) {
        profile.hipBalance.sitsForLongPeriods = readAnswer(hip, 0);
        profile.hipBalance.backPain = readAnswer(hip, 1);
        profile.hipBalance.repetitiveMotion = readAnswer(hip, 2);
        profile.hipBalance.doesHipBalanceWork = readAnswer(hip, 3);
    }
}

} // namespace glidepath::storage::detail
