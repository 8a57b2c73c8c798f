#include "commands/exercise_commands.h"

#include "app_context.h"
#include "commands/command.h"

#include <glidepath/storage/storage_error.h>

#include <QStringList>

#include <algorithm>

namespace glidepath::ui::command {

namespace {

QString fieldLabel(const std::string& field)
{
    static const std::vector<std::pair<std::string, const char*>> labels{
        {"name", QT_TRANSLATE_NOOP("UndoCommand", "name")},
        {"summary", QT_TRANSLATE_NOOP("UndoCommand", "summary")},
        {"instructions", QT_TRANSLATE_NOOP("UndoCommand", "instructions")},
        {"cues", QT_TRANSLATE_NOOP("UndoCommand", "cues")},
        {"category", QT_TRANSLATE_NOOP("UndoCommand", "category")},
        {"phases", QT_TRANSLATE_NOOP("UndoCommand", "phases")},
        {"position", QT_TRANSLATE_NOOP("UndoCommand", "position")},
        {"regions", QT_TRANSLATE_NOOP("UndoCommand", "regions")},
        {"muscles", QT_TRANSLATE_NOOP("UndoCommand", "muscles")},
        {"knee_flexion", QT_TRANSLATE_NOOP("UndoCommand", "knee flexion")},
        {"impact", QT_TRANSLATE_NOOP("UndoCommand", "impact")},
        {"equipment", QT_TRANSLATE_NOOP("UndoCommand", "equipment")},
        {"laterality", QT_TRANSLATE_NOOP("UndoCommand", "laterality")},
        {"dose", QT_TRANSLATE_NOOP("UndoCommand", "dose")},
        {"dose_limits", QT_TRANSLATE_NOOP("UndoCommand", "dose limits")},
        {"easier", QT_TRANSLATE_NOOP("UndoCommand", "easier exercise")},
        {"harder", QT_TRANSLATE_NOOP("UndoCommand", "harder exercise")},
        {"precautions", QT_TRANSLATE_NOOP("UndoCommand", "precautions")},
        {"hidden", QT_TRANSLATE_NOOP("UndoCommand", "hidden")},
        {"illustration", QT_TRANSLATE_NOOP("UndoCommand", "picture")},
    };
    for (const auto& [key, text] : labels) {
        if (key == field) {
            return QCoreApplication::translate("UndoCommand", text);
        }
    }
    return QString::fromStdString(field);
}

QString editText(const core::Exercise& before, const core::Exercise& after)
{
    QStringList fields;
    for (const std::string& field : changedFields(before, after)) {
        fields << fieldLabel(field);
    }
    const QString name = QString::fromStdString(after.name);
    if (fields.isEmpty()) {
        return UndoCommand::tr("Edit “%1”").arg(name);
    }
    return UndoCommand::tr("Edit %1 of “%2”").arg(fields.join(QStringLiteral(", ")), name);
}

QString editKey(const core::Exercise& before, const core::Exercise& after)
{
    QStringList parts{QString::fromStdString(after.id)};
    for (const std::string& field : changedFields(before, after)) {
        parts << QString::fromStdString(field);
        if (field == "illustration") {
            // Each drag of a joint is a move of its own: undo takes back one at a time.
            static int pictureEdits = 0;
            parts << QString::number(++pictureEdits);
        }
    }
    return parts.join(QLatin1Char('|'));
}

} // namespace

std::vector<std::string> changedFields(const core::Exercise& before, const core::Exercise& after)
{
    std::vector<std::string> fields;
    auto check = [&](bool differs, const char* name) {
        if (differs) {
            fields.emplace_back(name);
        }
    };
    check(before.id != after.id, "id");
    check(before.name != after.name, "name");
    check(before.summary != after.summary, "summary");
    check(before.instructions != after.instructions, "instructions");
    check(before.cues != after.cues, "cues");
    check(before.category != after.category, "category");
    check(before.phaseMin != after.phaseMin || before.phaseMax != after.phaseMax, "phases");
    check(before.position != after.position, "position");
    check(before.regions != after.regions, "regions");
    check(before.muscles != after.muscles, "muscles");
    check(before.kneeFlexion != after.kneeFlexion, "knee_flexion");
    check(before.impact != after.impact, "impact");
    check(before.equipment != after.equipment, "equipment");
    check(before.laterality != after.laterality, "laterality");
    check(before.dose != after.dose, "dose");
    check(before.limits != after.limits, "dose_limits");
    check(before.easier != after.easier, "easier");
    check(before.harder != after.harder, "harder");
    check(before.precautions != after.precautions, "precautions");
    check(before.hidden != after.hidden, "hidden");
    check(before.illustration != after.illustration, "illustration");
    return fields;
}

// --- EditExercise -------------------------------------------------------------------------------

EditExercise::EditExercise(AppContext& context, const core::Exercise& before,
                           const core::Exercise& after, std::optional<qint64> basedOnVersion,
                           std::shared_ptr<qint64> savedVersion)
    : ChangeValue(context, MergeId::EditExercise, editKey(before, after), before, after,
                  editText(before, after)),
      m_basedOn(basedOnVersion), m_savedVersion(std::move(savedVersion))
{}

bool EditExercise::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const EditExercise*>(other);
    if (!next || next->before() != after()) {
        return false;
    }
    return ChangeValue::mergeWith(other);
}

void EditExercise::apply(const core::Exercise& value)
{
    context().exercises().update(value);
}

void EditExercise::applyRedo()
{
    if (m_applied) {
        ChangeValue::applyRedo();
        return;
    }
    storage::ExerciseRepository& exercises = context().exercises();
    const core::Exercise& edited = after();
    context().database().transaction([&] {
        const std::optional<core::Exercise> stored = exercises.find(edited.id);
        if (!stored) {
            throw storage::StorageError(storage::StorageError::Kind::NotFound,
                                        "the exercise '" + edited.id +
                                            "' is no longer in the database");
        }
        exercises.update(edited, m_basedOn);
        const std::optional<core::Exercise> saved = exercises.find(edited.id);
        const std::optional<storage::ExerciseStamp> stamp = exercises.stamp(edited.id);
        if (m_savedVersion) {
            *m_savedVersion = stamp ? stamp->rowVersion : 0;
        }
        setValues(*stored, saved ? *saved : edited);
    });
    m_applied = true;
}

void EditExercise::notify()
{
    emit context().changes().exercisesChanged();
}

// --- SetExerciseHidden --------------------------------------------------------------------------

SetExerciseHidden::SetExerciseHidden(AppContext& context, const core::Exercise& exercise,
                                     bool hidden, std::optional<qint64> basedOnVersion,
                                     std::shared_ptr<qint64> savedVersion)
    : ChangeValue(context, MergeId::SetExerciseHidden,
                  QString::fromStdString(exercise.id) + QStringLiteral("|hidden"), exercise.hidden,
                  hidden,
                  hidden ? UndoCommand::tr("Hide “%1”").arg(QString::fromStdString(exercise.name))
                         : UndoCommand::tr("Show “%1”").arg(QString::fromStdString(exercise.name))),
      m_id(exercise.id), m_basedOn(basedOnVersion), m_savedVersion(std::move(savedVersion))
{}

void SetExerciseHidden::apply(const bool& hidden)
{
    context().exercises().setHidden(m_id, hidden);
}

void SetExerciseHidden::applyRedo()
{
    if (m_applied) {
        ChangeValue::applyRedo();
        return;
    }
    storage::ExerciseRepository& exercises = context().exercises();
    context().database().transaction([&] {
        const std::optional<storage::ExerciseStamp> before = exercises.stamp(m_id);
        apply(after());
        const std::optional<storage::ExerciseStamp> now = exercises.stamp(m_id);
        const bool wasCurrent = m_basedOn && before && before->rowVersion == *m_basedOn;
        if (m_savedVersion) {
            *m_savedVersion = wasCurrent && now ? now->rowVersion : 0;
        }
    });
    m_applied = true;
}

void SetExerciseHidden::notify()
{
    emit context().changes().exercisesChanged();
}

// --- AddExercise --------------------------------------------------------------------------------

AddExercise::AddExercise(AppContext& context, core::Exercise exercise, const QString& text)
    : UndoCommand(context, text), m_exercise(std::move(exercise))
{}

void AddExercise::applyRedo()
{
    context().exercises().create(m_exercise);
}

void AddExercise::applyUndo()
{
    context().exercises().remove(m_exercise.id);
}

void AddExercise::notify()
{
    emit context().changes().exercisesChanged();
}

// --- DeleteExercise -----------------------------------------------------------------------------

DeleteExercise::DeleteExercise(AppContext& context, core::Exercise exercise,
                               std::vector<core::Exercise> referrers)
    : UndoCommand(context,
                  UndoCommand::tr("Delete “%1”").arg(QString::fromStdString(exercise.name))),
      m_exercise(std::move(exercise)), m_referrers(std::move(referrers)),
      m_texts(storage::ExerciseTextRepository(context.database()).find(m_exercise.id))
{}

void DeleteExercise::applyRedo()
{
    context().database().transaction([this] {
        for (core::Exercise referrer : m_referrers) {
            if (referrer.easier == m_exercise.id) {
                referrer.easier.clear();
            }
            if (referrer.harder == m_exercise.id) {
                referrer.harder.clear();
            }
            context().exercises().update(referrer);
        }
        context().exercises().remove(m_exercise.id);
    });
}

void DeleteExercise::applyUndo()
{
    context().database().transaction([this] {
        context().exercises().create(m_exercise);
        // The delete took the exercise's other languages with it (the texts hang off the row).
        if (!m_texts.empty()) {
            storage::ExerciseTextRepository(context().database()).replace(m_exercise.id, m_texts);
        }
        for (const core::Exercise& referrer : m_referrers) {
            context().exercises().update(referrer);
        }
    });
}

void DeleteExercise::notify()
{
    emit context().changes().exercisesChanged();
}

// --- ImportExercises ----------------------------------------------------------------------------

ImportExercises::ImportExercises(AppContext& context, std::vector<core::Exercise> incoming,
                                 storage::ClashPolicy policy, std::vector<core::Exercise> previous,
                                 storage::LibraryTexts texts, storage::LibraryTexts previousTexts)
    : UndoCommand(context, UndoCommand::tr("Import exercises from a library file")),
      m_incoming(std::move(incoming)), m_policy(policy), m_previous(std::move(previous)),
      m_texts(std::move(texts)), m_previousTexts(std::move(previousTexts))
{}

void ImportExercises::applyRedo()
{
    m_summary = context().exercises().importExercises(m_incoming, m_policy, m_texts);
}

void ImportExercises::applyUndo()
{
    context().database().transaction([this] {
        for (const core::Exercise& exercise : m_incoming) {
            const auto previous =
                std::find_if(m_previous.begin(), m_previous.end(),
                             [&](const core::Exercise& p) { return p.id == exercise.id; });
            if (previous == m_previous.end()) {
                context().exercises().remove(exercise.id);
            } else if (m_policy == storage::ClashPolicy::Replace) {
                context().exercises().update(*previous);
                const auto texts = m_previousTexts.find(exercise.id);
                storage::ExerciseTextRepository(context().database())
                    .replace(exercise.id, texts == m_previousTexts.end() ? storage::ExerciseTexts{}
                                                                         : texts->second);
            }
        }
    });
}

void ImportExercises::notify()
{
    emit context().changes().exercisesChanged();
}

} // namespace glidepath::ui::command
