#include "repository_support.h"

#include <glidepath/storage/template_repository.h>

namespace glidepath::storage {

using detail::parseStored;
using detail::Query;
using detail::readFirstRow;
using detail::readRows;
using detail::Session;
using detail::storedReason;

namespace {

std::string columns(Session* db)
{
    return "id, name, note, phase, created_at, " + detail::rowStampColumns(db);
}

void validateOrThrow(const core::PlanTemplate& plan)
{
    auto issues = core::validateTemplate(plan);
    if (!issues.empty()) {
        detail::throwInvalid("the template '" + plan.name + "' is not valid", std::move(issues));
    }
}

void requireUniqueName(Session* db, const std::string& name, std::int64_t exceptId)
{
    Query select(db, "SELECT id FROM templates WHERE " + db->nocase("name") + " = " +
                         db->nocase("?") + " AND id != ?");
    select.bind(1, name).bind(2, exceptId);
    if (select.step()) {
        throw StorageError(StorageError::Kind::Conflict,
                           "there is already a template named '" + name + "'",
                           {{{}, "name", "is already the name of another template"}});
    }
}

void writeDays(Session* db, std::int64_t id, const core::PlanTemplate& plan)
{
    Query day(db, "INSERT INTO template_days (template_id, day_index, kind, estimated_minutes) "
                  "VALUES (?, ?, ?, ?)");
    Query exercise(db, "INSERT INTO template_exercises (template_id, day_index, position, " +
                           std::string(detail::kPlannedExerciseColumns) + ") VALUES (?, ?, ?, " +
                           detail::placeholders(detail::kPlannedExerciseColumnCount) + ")");
    for (std::size_t d = 0; d < plan.days.size(); ++d) {
        const core::TemplateDay& source = plan.days[d];
        day.reset();
        day.bind(1, id).bind(2, static_cast<int>(d)).bind(3, core::toString(source.kind));
        day.bind(4, source.estimatedMinutes).run();
        for (std::size_t e = 0; e < source.exercises.size(); ++e) {
            const core::PlannedExercise& p = source.exercises[e];
            exercise.reset();
            exercise.bind(1, id).bind(2, static_cast<int>(d)).bind(3, static_cast<int>(e));
            detail::bindPlannedExercise(exercise, 4, p);
            exercise.run();
        }
    }
}

StoredTemplate readTemplate(Session* db, const Query& row)
{
    StoredTemplate stored;
    stored.id = row.int64(0);
    stored.plan.name = row.text(1);
    stored.plan.note = row.text(2);
    stored.plan.phase = row.integer(3);
    stored.createdAt = row.text(4);
    stored.rowVersion = row.int64(5);
    stored.updatedBy = row.text(6);
    stored.updatedAt = row.text(7);
    stored.plan.days.resize(7);
    Query days(db, "SELECT day_index, kind, estimated_minutes FROM template_days "
                   "WHERE template_id = ? ORDER BY day_index");
    days.bind(1, stored.id);
    while (days.step()) {
        const int index = days.integer(0);
        if (index < 0 || index > 6) {
            throw StorageError(StorageError::Kind::Corrupt,
                               "the database holds a template day outside the week");
        }
        core::TemplateDay& day = stored.plan.days[static_cast<std::size_t>(index)];
        day.kind = parseStored<core::DayKind>(days.text(1), "day kind");
        day.estimatedMinutes = days.integer(2);
    }
    Query exercises(db, "SELECT day_index, " + std::string(detail::kPlannedExerciseColumns) +
                            " FROM template_exercises WHERE template_id = ? "
                            "ORDER BY day_index, position");
    exercises.bind(1, stored.id);
    while (exercises.step()) {
        const int index = exercises.integer(0);
        if (index < 0 || index > 6) {
            throw StorageError(StorageError::Kind::Corrupt,
                               "the database holds a template exercise outside the week");
        }
        core::PlannedExercise p = detail::readPlannedExercise(exercises, 1);
        stored.plan.days[static_cast<std::size_t>(index)].exercises.push_back(std::move(p));
    }
    return stored;
}

} // namespace

std::vector<StoredTemplate> TemplateRepository::list() const
{
    Session* db = m_db.session();
    Query select(db, "SELECT " + columns(db) + " FROM templates ORDER BY " + db->nocase("name") +
                         ", id");
    return readRows(db, select, readTemplate);
}

std::optional<StoredTemplate> TemplateRepository::find(std::int64_t id) const
{
    Session* db = m_db.session();
    Query select(db, "SELECT " + columns(db) + " FROM templates WHERE id = ?");
    select.bind(1, id);
    return readFirstRow(db, select, readTemplate);
}

std::optional<StoredTemplate> TemplateRepository::findByName(std::string_view name) const
{
    Session* db = m_db.session();
    Query select(db, "SELECT " + columns(db) + " FROM templates WHERE " + db->nocase("name") +
                         " = " + db->nocase("?"));
    select.bind(1, name);
    return readFirstRow(db, select, readTemplate);
}

std::int64_t TemplateRepository::create(const core::PlanTemplate& plan)
{
    validateOrThrow(plan);
    std::int64_t id = 0;
    m_db.transaction([&] {
        Session* db = m_db.session();
        requireUniqueName(db, plan.name, 0);
        Query insert(db, "INSERT INTO templates (name, note, phase, created_at, row_updated_by, "
                         "row_updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
        insert.bind(1, plan.name).bind(2, plan.note).bind(3, plan.phase);
        insert.bind(4, detail::utcTimestamp());
        detail::bindRowStamp(insert, 5);
        id = insert.insertedId();
        writeDays(db, id, plan);
    });
    return id;
}

void TemplateRepository::update(std::int64_t id, const core::PlanTemplate& plan,
                                std::optional<std::int64_t> basedOnVersion)
{
    validateOrThrow(plan);
    m_db.transaction([&] {
        Session* db = m_db.session();
        requireUniqueName(db, plan.name, id);
        Query update(db, "UPDATE templates SET name = ?, note = ?, phase = ?" +
                             std::string(detail::kRowStampSet) + " WHERE id = ?" +
                             (basedOnVersion ? " AND row_version = ?" : ""));
        update.bind(1, plan.name).bind(2, plan.note).bind(3, plan.phase);
        detail::bindRowStamp(update, 4);
        update.bind(6, id);
        if (basedOnVersion) {
            update.bind(7, *basedOnVersion);
        }
        update.run();
        if (update.changes() == 0) {
            detail::throwStaleOrMissing(db, "templates", "plan template", id, basedOnVersion);
        }
        Query clear(db, "DELETE FROM template_days WHERE template_id = ?");
        clear.bind(1, id).run();
        writeDays(db, id, plan);
    });
}

void TemplateRepository::remove(std::int64_t id)
{
    m_db.transaction([&] { detail::deleteById(m_db.session(), "templates", id, "plan template"); });
}

} // namespace glidepath::storage
