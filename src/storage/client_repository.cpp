#include "client_profile_extras.h"
#include "repository_support.h"

#include <glidepath/storage/client_repository.h>

namespace glidepath::storage {

using detail::deleteById;
using detail::parseStored;
using detail::parseStoredDate;
using detail::Query;
using detail::readFirstRow;
using detail::readRows;
using detail::requireClient;
using detail::Session;
using detail::storedReason;
using detail::throwInvalid;
using detail::throwNotFound;
using detail::utcTimestamp;

namespace {

// The class of the advisory lock a plan save takes on a server ("GLD" and 3), with the client's
// id as the other key: saves of one client's plans queue on it (savePlan).
constexpr int kPlanSaveLockClass = 0x474C4403;

// --- client lists -------------------------------------------------------------------------

template <typename E>
void writeEnumList(Session* db, std::string_view table, std::string_view column,
                   std::string_view owner, std::int64_t ownerId, const std::vector<E>& values)
{
    Query remove(db, "DELETE FROM " + std::string(table) + " WHERE " + std::string(owner) + " = ?");
    remove.bind(1, ownerId).run();
    Query insert(db, "INSERT INTO " + std::string(table) + " (" + std::string(owner) +
                         ", position, " + std::string(column) + ") VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < values.size(); ++i) {
        insert.reset();
        insert.bind(1, ownerId).bind(2, static_cast<std::int64_t>(i));
        insert.bind(3, core::toString(values[i])).run();
    }
}

template <typename E>
std::vector<E> readEnumList(Session* db, std::string_view table, std::string_view column,
                            std::string_view owner, std::int64_t ownerId, std::string_view what)
{
    Query select(db, "SELECT " + std::string(column) + " FROM " + std::string(table) + " WHERE " +
                         std::string(owner) + " = ? ORDER BY position");
    select.bind(1, ownerId);
    std::vector<E> out;
    while (select.step()) {
        out.push_back(parseStored<E>(select.text(0), what));
    }
    return out;
}

void validateClient(const ClientRecord& client)
{
    auto issues = core::validateProfile(client.profile);
    auto flags = core::validateRedFlags(client.screeningRedFlags, "screening_red_flags");
    issues.insert(issues.end(), flags.begin(), flags.end());
    auto extras = detail::validateProfileExtras(client.profile);
    issues.insert(issues.end(), extras.begin(), extras.end());
    flags = core::validateRedFlags(client.screeningAnsweredNo, "screening_answered_no");
    issues.insert(issues.end(), flags.begin(), flags.end());
    for (std::size_t i = 0; i < client.screeningAnsweredNo.size(); ++i) {
        if (core::contains(client.screeningRedFlags, client.screeningAnsweredNo[i])) {
            issues.push_back(core::fieldIssue(
                "screening_answered_no/" + std::to_string(i), "client.answered_both",
                {std::string(core::toString(client.screeningAnsweredNo[i]))}));
        }
    }
    if (!issues.empty()) {
        throwInvalid("the client profile is not valid", std::move(issues));
    }
}

void checkSinglePersonal(Session* db, const ClientRecord& client)
{
    if (!client.personal) {
        return;
    }
    Query select(db, "SELECT id FROM clients WHERE personal = 1 AND id <> ?");
    select.bind(1, client.id);
    if (select.step()) {
        throw StorageError(StorageError::Kind::Conflict, "another client (id " +
                                                             std::to_string(select.int64(0)) +
                                                             ") is already the personal profile");
    }
}

void writeClientLists(Session* db, std::int64_t id, const ClientRecord& client)
{
    writeEnumList(db, "client_conditions", "condition", "client_id", id, client.profile.conditions);
    writeEnumList(db, "client_goals", "goal", "client_id", id, client.profile.goals);
    writeEnumList(db, "client_equipment", "equipment", "client_id", id, client.profile.equipment);
    writeEnumList(db, "client_red_flags", "flag", "client_id", id, client.screeningRedFlags);
    detail::writeProfileExtras(db, id, client.profile);
    writeEnumList(db, "client_red_flags_no", "flag", "client_id", id, client.screeningAnsweredNo);
}

std::string clientColumns(Session* db)
{
    return "id, name, side, sessions_per_week, minutes_per_session, age, notes, personal, "
           "next_review, " +
           detail::rowStampColumns(db);
}

void bindNextReview(Query& s, int index, const std::optional<core::Date>& date)
{
    if (date) {
        s.bind(index, core::toIsoString(*date));
    } else {
        s.bindNull(index);
    }
}

std::optional<core::Date> readNextReview(const Query& row, int column)
{
    if (row.isNull(column)) {
        return std::nullopt;
    }
    return parseStoredDate(row.text(column));
}

ClientRecord readClient(Session* db, const Query& row)
{
    ClientRecord client;
    client.id = row.int64(0);
    auto& p = client.profile;
    p.name = row.text(1);
    p.side = parseStored<core::Side>(row.text(2), "side");
    p.sessionsPerWeek = row.integer(3);
    p.minutesPerSession = row.integer(4);
    p.age = row.integer(5);
    p.notes = row.text(6);
    client.personal = row.integer(7) != 0;
    p.nextReview = readNextReview(row, 8);
    client.rowVersion = row.int64(9);
    client.updatedBy = row.text(10);
    client.updatedAt = row.text(11);
    p.conditions = readEnumList<core::Condition>(db, "client_conditions", "condition", "client_id",
                                                 client.id, "condition");
    p.goals = readEnumList<core::Goal>(db, "client_goals", "goal", "client_id", client.id, "goal");
    p.equipment = readEnumList<core::Equipment>(db, "client_equipment", "equipment", "client_id",
                                                client.id, "equipment");
    client.screeningRedFlags = readEnumList<core::RedFlag>(db, "client_red_flags", "flag",
                                                           "client_id", client.id, "red flag");
    detail::readProfileExtras(db, client.id, p);
    client.screeningAnsweredNo = readEnumList<core::RedFlag>(db, "client_red_flags_no", "flag",
                                                             "client_id", client.id, "red flag");
    return client;
}

std::int64_t insertClient(Session* db, const ClientRecord& client)
{
    const auto& p = client.profile;
    Query insert(db, "INSERT INTO clients (name, side, sessions_per_week, minutes_per_session, "
                     "age, notes, personal, next_review, row_updated_by, row_updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    insert.bind(1, p.name).bind(2, core::toString(p.side)).bind(3, p.sessionsPerWeek);
    insert.bind(4, p.minutesPerSession).bind(5, p.age).bind(6, p.notes).bind(7, client.personal);
    bindNextReview(insert, 8, p.nextReview);
    detail::bindRowStamp(insert, 9);
    const std::int64_t id = insert.insertedId();
    writeClientLists(db, id, client);
    return id;
}

// --- check-ins ----------------------------------------------------------------------------

void validateCheckInOrThrow(const core::CheckIn& checkIn)
{
    auto issues = core::validateCheckIn(checkIn);
    if (!issues.empty()) {
        throwInvalid("the check-in is not valid", std::move(issues));
    }
}

void writeCheckInChildren(Session* db, std::int64_t id, const core::CheckIn& c)
{
    Query remove(db, "DELETE FROM check_in_painful_exercises WHERE check_in_id = ?");
    remove.bind(1, id).run();
    Query insert(db, "INSERT INTO check_in_painful_exercises (check_in_id, exercise_id, pain) "
                     "VALUES (?, ?, ?)");
    for (const auto& [exercise, pain] : c.painfulExercises) {
        insert.reset();
        insert.bind(1, id).bind(2, exercise).bind(3, pain).run();
    }
    writeEnumList(db, "check_in_red_flags", "flag", "check_in_id", id, c.redFlags);
}

void bindCheckIn(Query& s, const core::CheckIn& c)
{
    s.bind(1, core::toIsoString(c.date)).bind(2, c.painRest).bind(3, c.painActivity);
    s.bind(4, c.painExercise).bind(5, core::toString(c.nextMorning)).bind(6, c.nightPain);
    s.bind(7, core::toString(c.swelling)).bind(8, c.adherence);
    s.bind(9, core::toString(c.difficulty));
}

// --- plans --------------------------------------------------------------------------------

template <typename E>
void checkKnown(std::vector<core::FieldIssue>& issues, const std::string& field, E value)
{
    if (core::toString(value).empty()) {
        issues.push_back(core::fieldIssue(field, "value.unknown", core::nameList<E>()));
    }
}

// Plans come from the engine; this only refuses what could not be read back.
void validatePlan(const core::Plan& plan)
{
    std::vector<core::FieldIssue> issues;
    checkKnown(issues, "decision/action", plan.decision.action);
    checkKnown(issues, "decision/light", plan.decision.light);
    for (std::size_t d = 0; d < plan.days.size(); ++d) {
        const std::string day = "days/" + std::to_string(d);
        checkKnown(issues, day + "/kind", plan.days[d].kind);
        for (std::size_t e = 0; e < plan.days[d].exercises.size(); ++e) {
            checkKnown(issues, day + "/exercises/" + std::to_string(e) + "/side",
                       plan.days[d].exercises[e].side);
        }
    }
    if (!issues.empty()) {
        throwInvalid("the plan cannot be saved", std::move(issues));
    }
}

void writePlanChildren(Session* db, std::int64_t planId, const core::Plan& plan)
{
    Query reason(db, "INSERT INTO plan_reasons (plan_id, position, rule, text) "
                     "VALUES (?, ?, ?, ?)");
    for (std::size_t i = 0; i < plan.decision.reasons.size(); ++i) {
        reason.reset();
        reason.bind(1, planId).bind(2, static_cast<std::int64_t>(i));
        reason.bind(3, plan.decision.reasons[i].rule)
            .bind(4, core::encodeReason(plan.decision.reasons[i]))
            .run();
    }
    Query advice(db, "INSERT INTO plan_advice (plan_id, position, text) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < plan.advice.size(); ++i) {
        advice.reset();
        advice.bind(1, planId).bind(2, static_cast<std::int64_t>(i));
        advice.bind(3, core::encodeReason(plan.advice[i])).run();
    }
    Query day(db, "INSERT INTO plan_days (plan_id, day_index, date, kind, estimated_minutes) "
                  "VALUES (?, ?, ?, ?, ?)");
    Query exercise(db, "INSERT INTO plan_exercises (plan_id, day_index, position, " +
                           std::string(detail::kPlannedExerciseColumns) + ") VALUES (?, ?, ?, " +
                           detail::placeholders(detail::kPlannedExerciseColumnCount) + ")");
    for (std::size_t d = 0; d < plan.days.size(); ++d) {
        const core::PlanDay& planDay = plan.days[d];
        day.reset();
        day.bind(1, planId).bind(2, static_cast<std::int64_t>(d));
        day.bind(3, core::toIsoString(planDay.date)).bind(4, core::toString(planDay.kind));
        day.bind(5, planDay.estimatedMinutes).run();
        for (std::size_t i = 0; i < planDay.exercises.size(); ++i) {
            const core::PlannedExercise& p = planDay.exercises[i];
            exercise.reset();
            exercise.bind(1, planId).bind(2, static_cast<std::int64_t>(d));
            exercise.bind(3, static_cast<std::int64_t>(i));
            detail::bindPlannedExercise(exercise, 4, p);
            exercise.run();
        }
    }
    Query override(db, "INSERT INTO plan_overrides (plan_id, position, kind, day_index, "
                       "exercise_id, replacement_id, description) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < plan.overrides.size(); ++i) {
        const core::PlanOverride& o = plan.overrides[i];
        override.reset();
        override.bind(1, planId).bind(2, static_cast<std::int64_t>(i)).bind(3, o.kind);
        override.bind(4, o.dayIndex).bind(5, o.exerciseId).bind(6, o.replacementId);
        override.bind(7, o.description).run();
    }
}

constexpr std::string_view kPlanColumns =
    "id, client_id, week_start, version, saved_at, action, light, phase, green_weeks_in_phase";

StoredPlan readPlan(Session* db, const Query& row)
{
    StoredPlan stored;
    stored.id = row.int64(0);
    stored.clientId = row.int64(1);
    core::Plan& plan = stored.plan;
    plan.weekStart = parseStoredDate(row.text(2));
    stored.version = row.integer(3);
    stored.savedAt = row.text(4);
    plan.decision.action = parseStored<core::Action>(row.text(5), "plan action");
    plan.decision.light = parseStored<core::Light>(row.text(6), "traffic light");
    plan.decision.phase = row.integer(7);
    plan.decision.greenWeeksInPhase = row.integer(8);

    Query reasons(db, "SELECT rule, text FROM plan_reasons WHERE plan_id = ? ORDER BY position");
    reasons.bind(1, stored.id);
    while (reasons.step()) {
        plan.decision.reasons.push_back(storedReason(reasons.text(1), reasons.text(0)));
    }
    Query advice(db, "SELECT text FROM plan_advice WHERE plan_id = ? ORDER BY position");
    advice.bind(1, stored.id);
    while (advice.step()) {
        plan.advice.push_back(storedReason(advice.text(0)));
    }
    Query days(db, "SELECT date, kind, estimated_minutes FROM plan_days WHERE plan_id = ? "
                   "ORDER BY day_index");
    days.bind(1, stored.id);
    while (days.step()) {
        core::PlanDay day;
        day.date = parseStoredDate(days.text(0));
        day.kind = parseStored<core::DayKind>(days.text(1), "day kind");
        day.estimatedMinutes = days.integer(2);
        plan.days.push_back(std::move(day));
    }
    Query exercises(db, "SELECT day_index, " + std::string(detail::kPlannedExerciseColumns) +
                            " FROM plan_exercises WHERE plan_id = ? "
                            "ORDER BY day_index, position");
    exercises.bind(1, stored.id);
    while (exercises.step()) {
        const auto dayIndex = static_cast<std::size_t>(exercises.int64(0));
        if (dayIndex >= plan.days.size()) {
            throw StorageError(StorageError::Kind::Corrupt,
                               "a saved plan has an exercise on a day it does not have");
        }
        core::PlannedExercise p = detail::readPlannedExercise(exercises, 1);
        plan.days[dayIndex].exercises.push_back(std::move(p));
    }
    Query overrides(db, "SELECT kind, day_index, exercise_id, replacement_id, description "
                        "FROM plan_overrides WHERE plan_id = ? ORDER BY position");
    overrides.bind(1, stored.id);
    while (overrides.step()) {
        plan.overrides.push_back({overrides.text(0), overrides.integer(1), overrides.text(2),
                                  overrides.text(3), overrides.text(4)});
    }
    return stored;
}

std::vector<StoredPlan> selectPlans(Session* db, const std::string& where, std::int64_t key,
                                    const std::string& tail = {})
{
    Query select(db, "SELECT " + std::string(kPlanColumns) + " FROM plans WHERE " + where +
                         " ORDER BY week_start DESC, version DESC" + tail);
    select.bind(1, key);
    return readRows(db, select, readPlan);
}

} // namespace

// --- clients ------------------------------------------------------------------------------

std::vector<ClientRecord> ClientRepository::list(std::string_view search) const
{
    std::string pattern = "%";
    for (const char c : search) {
        if (c == '%' || c == '_' || c == '\\') {
            pattern += '\\';
        }
        pattern += c;
    }
    pattern += '%';
    Session* db = m_db.session();
    // LIKE ignores ASCII case on SQLite, none on the server: compare lower() on both.
    Query select(db, "SELECT " + clientColumns(db) +
                         " FROM clients WHERE lower(name) LIKE lower(?) ESCAPE '\\'"
                         " ORDER BY " +
                         db->nocase("name") + ", id");
    select.bind(1, pattern);
    return readRows(db, select, readClient);
}

std::optional<ClientRecord> ClientRepository::find(std::int64_t id) const
{
    Session* db = m_db.session();
    Query select(db, "SELECT " + clientColumns(db) + " FROM clients WHERE id = ?");
    select.bind(1, id);
    return readFirstRow(db, select, readClient);
}

int ClientRepository::count() const
{
    return static_cast<int>(
        detail::queryInt(m_db.session(), "SELECT count(*) FROM clients").value_or(0));
}

ClientRecord ClientRepository::personalClient(const std::string& defaultName)
{
    ClientRecord client;
    m_db.transaction([&] {
        Session* db = m_db.session();
        Query select(db, "SELECT " + clientColumns(db) + " FROM clients WHERE personal = 1");
        if (select.step()) {
            client = readClient(db, select);
            return;
        }
        // Created before the person has told us anything else, so the profile is not complete
        // (no condition yet); the profile editor asks for the rest.
        client.profile.name = defaultName;
        client.personal = true;
        client.id = insertClient(db, client);
    });
    return client;
}

std::int64_t ClientRepository::create(const ClientRecord& client)
{
    validateClient(client);
    std::int64_t id = 0;
    m_db.transaction([&] {
        ClientRecord fresh = client;
        fresh.id = 0;
        checkSinglePersonal(m_db.session(), fresh);
        id = insertClient(m_db.session(), fresh);
    });
    return id;
}

void ClientRepository::update(const ClientRecord& client,
                              std::optional<std::int64_t> basedOnVersion)
{
    validateClient(client);
    m_db.transaction([&] {
        Session* db = m_db.session();
        requireClient(db, client.id);
        checkSinglePersonal(db, client);
        const auto& p = client.profile;
        Query update(db, "UPDATE clients SET name = ?, side = ?, sessions_per_week = ?, "
                         "minutes_per_session = ?, age = ?, notes = ?, personal = ?, "
                         "next_review = ?" +
                             std::string(detail::kRowStampSet) + " WHERE id = ?" +
                             (basedOnVersion ? " AND row_version = ?" : ""));
        update.bind(1, p.name).bind(2, core::toString(p.side)).bind(3, p.sessionsPerWeek);
        update.bind(4, p.minutesPerSession).bind(5, p.age).bind(6, p.notes);
        update.bind(7, client.personal);
        bindNextReview(update, 8, p.nextReview);
        detail::bindRowStamp(update, 9);
        update.bind(11, client.id);
        if (basedOnVersion) {
            update.bind(12, *basedOnVersion);
        }
        update.run();
        if (update.changes() == 0) {
            detail::throwStaleOrMissing(db, "clients", "client", client.id, basedOnVersion);
        }
        writeClientLists(db, client.id, client);
    });
}

void ClientRepository::remove(std::int64_t id)
{
    m_db.transaction([&] { deleteById(m_db.session(), "clients", id, "client"); });
}

// --- check-ins ----------------------------------------------------------------------------

std::vector<StoredCheckIn> ClientRepository::checkIns(std::int64_t clientId) const
{
    Session* db = m_db.session();
    Query select(db, "SELECT id, client_id, date, pain_rest, pain_activity, pain_exercise, "
                     "next_morning, night_pain, swelling, adherence, difficulty, " +
                         detail::rowStampColumns(db) +
                         " FROM check_ins WHERE client_id = ? ORDER BY date, id");
    select.bind(1, clientId);
    Query painful(db, "SELECT exercise_id, pain FROM check_in_painful_exercises "
                      "WHERE check_in_id = ?");
    std::vector<StoredCheckIn> out;
    while (select.step()) {
        StoredCheckIn stored;
        stored.id = select.int64(0);
        stored.clientId = select.int64(1);
        core::CheckIn& c = stored.checkIn;
        c.date = parseStoredDate(select.text(2));
        c.painRest = select.integer(3);
        c.painActivity = select.integer(4);
        c.painExercise = select.integer(5);
        c.nextMorning = parseStored<core::NextMorning>(select.text(6), "next-morning answer");
        c.nightPain = select.integer(7) != 0;
        c.swelling = parseStored<core::Swelling>(select.text(8), "swelling answer");
        c.adherence = select.real(9);
        c.difficulty = parseStored<core::Difficulty>(select.text(10), "difficulty answer");
        stored.rowVersion = select.int64(11);
        stored.updatedBy = select.text(12);
        stored.updatedAt = select.text(13);
        painful.reset();
        painful.bind(1, stored.id);
        while (painful.step()) {
            c.painfulExercises.emplace(painful.text(0), painful.integer(1));
        }
        c.redFlags = readEnumList<core::RedFlag>(db, "check_in_red_flags", "flag", "check_in_id",
                                                 stored.id, "red flag");
        out.push_back(std::move(stored));
    }
    return out;
}

std::int64_t ClientRepository::addCheckIn(std::int64_t clientId, const core::CheckIn& checkIn)
{
    validateCheckInOrThrow(checkIn);
    std::int64_t id = 0;
    m_db.transaction([&] {
        Session* db = m_db.session();
        requireClient(db, clientId);
        Query insert(db, "INSERT INTO check_ins (date, pain_rest, pain_activity, "
                         "pain_exercise, next_morning, night_pain, swelling, adherence, "
                         "difficulty, client_id, row_updated_by, row_updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
        bindCheckIn(insert, checkIn);
        insert.bind(10, clientId);
        detail::bindRowStamp(insert, 11);
        id = insert.insertedId();
        writeCheckInChildren(db, id, checkIn);
    });
    return id;
}

void ClientRepository::updateCheckIn(std::int64_t checkInId, const core::CheckIn& checkIn,
                                     std::optional<std::int64_t> basedOnVersion)
{
    validateCheckInOrThrow(checkIn);
    m_db.transaction([&] {
        Session* db = m_db.session();
        Query update(db, "UPDATE check_ins SET date = ?, pain_rest = ?, pain_activity = ?, "
                         "pain_exercise = ?, next_morning = ?, night_pain = ?, swelling = ?, "
                         "adherence = ?, difficulty = ?" +
                             std::string(detail::kRowStampSet) + " WHERE id = ?" +
                             (basedOnVersion ? " AND row_version = ?" : ""));
        bindCheckIn(update, checkIn);
        detail::bindRowStamp(update, 10);
        update.bind(12, checkInId);
        if (basedOnVersion) {
            update.bind(13, *basedOnVersion);
        }
        update.run();
        if (update.changes() == 0) {
            detail::throwStaleOrMissing(db, "check_ins", "check-in", checkInId, basedOnVersion);
        }
        writeCheckInChildren(db, checkInId, checkIn);
    });
}

void ClientRepository::removeCheckIn(std::int64_t checkInId)
{
    m_db.transaction([&] { deleteById(m_db.session(), "check_ins", checkInId, "check-in"); });
}

// --- plans --------------------------------------------------------------------------------

StoredPlan ClientRepository::savePlan(std::int64_t clientId, const core::Plan& plan)
{
    validatePlan(plan);
    StoredPlan stored;
    m_db.lockedTransaction([&] {
        Session* db = m_db.session();
        if (db->isServer()) {
            // The version is the next after the newest stored: reading that under SERIALIZABLE
            // made concurrent saves for one client collide and give up. Here (READ COMMITTED)
            // saves for the same client queue on this lock, and the SELECT below, a statement
            // of its own with a fresh snapshot, sees the version the save before committed.
            Query lock(db, "SELECT pg_advisory_xact_lock(CAST(? AS integer), CAST(? AS integer))");
            lock.bind(1, kPlanSaveLockClass).bind(2, static_cast<int>(clientId % 2147483647));
            lock.run();
        }
        requireClient(db, clientId);
        const std::string weekStart = core::toIsoString(plan.weekStart);
        Query next(db, "SELECT coalesce(max(version), 0) + 1 FROM plans "
                       "WHERE client_id = ? AND week_start = ?");
        next.bind(1, clientId).bind(2, weekStart);
        next.step();
        stored.version = next.integer(0);
        stored.clientId = clientId;
        stored.savedAt = utcTimestamp();
        stored.plan = plan;
        Query insert(db, "INSERT INTO plans (client_id, week_start, version, saved_at, action, "
                         "light, phase, green_weeks_in_phase) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                         "RETURNING id");
        insert.bind(1, clientId).bind(2, weekStart).bind(3, stored.version);
        insert.bind(4, stored.savedAt).bind(5, core::toString(plan.decision.action));
        insert.bind(6, core::toString(plan.decision.light)).bind(7, plan.decision.phase);
        stored.id = insert.bind(8, plan.decision.greenWeeksInPhase).insertedId();
        writePlanChildren(db, stored.id, plan);
    });
    return stored;
}

std::vector<StoredPlan> ClientRepository::plans(std::int64_t clientId) const
{
    return selectPlans(m_db.session(), "client_id = ?", clientId);
}

std::optional<StoredPlan> ClientRepository::latestPlan(std::int64_t clientId) const
{
    auto found = selectPlans(m_db.session(), "client_id = ?", clientId, " LIMIT 1");
    if (found.empty()) {
        return std::nullopt;
    }
    return std::move(found.front());
}

std::optional<StoredPlan> ClientRepository::findPlan(std::int64_t planId) const
{
    auto found = selectPlans(m_db.session(), "id = ?", planId);
    if (found.empty()) {
        return std::nullopt;
    }
    return std::move(found.front());
}

} // namespace glidepath::storage
