#include "app_context.h"

#include <glidepath/io/rules_format.h>

#include <utility>

namespace glidepath::ui {

AppContext::AppContext(std::unique_ptr<storage::Database> database, QObject* parent)
    : QObject(parent), m_database(std::move(database)),
      m_exercises(std::make_unique<storage::ExerciseRepository>(*m_database)),
      m_clients(std::make_unique<storage::ClientRepository>(*m_database)),
      m_templates(std::make_unique<storage::TemplateRepository>(*m_database)),
      m_clock(std::make_shared<core::SystemClock>())
{}

const core::ProgressionRules& AppContext::rules() const
{
    // Parsed on first use (the Plan page, a check-in's pain zones), not before the first window.
    return io::builtinRules();
}

AppContext::~AppContext()
{
    // Commands refer to the repositories; drop them before the repositories go.
    m_undoStack.clear();
}

void AppContext::setClock(std::shared_ptr<core::Clock> clock)
{
    if (clock) {
        m_clock = std::move(clock);
    }
}

void AppContext::setMode(AppMode mode)
{
    if (mode == m_mode) {
        return;
    }
    m_mode = mode;
    if (m_mode == AppMode::Personal) {
        selectPersonalClient();
    } else {
        setCurrentClientId(-1);
    }
    emit modeChanged(m_mode);
}

void AppContext::setCurrentClientId(qint64 id)
{
    if (m_mode == AppMode::Personal && m_currentClientId >= 0 && id != m_currentClientId) {
        return; // personal mode works on the one personal profile only
    }
    if (id == m_currentClientId) {
        return;
    }
    m_currentClientId = id;
    emit currentClientChanged(m_currentClientId);
}

void AppContext::selectPersonalClient()
{
    const storage::ClientRecord personal = m_clients->personalClient(tr("Me").toStdString());
    m_currentClientId = -1; // let setCurrentClientId accept the personal id
    setCurrentClientId(personal.id);
}

void AppContext::replaceDatabase(std::unique_ptr<storage::Database> database)
{
    if (!database) {
        return;
    }
    m_undoStack.clear();
    auto exercises = std::make_unique<storage::ExerciseRepository>(*database);
    auto clients = std::make_unique<storage::ClientRepository>(*database);
    auto templates = std::make_unique<storage::TemplateRepository>(*database);
    m_clients = std::move(clients);
    m_templates = std::move(templates);
    m_exercises = std::move(exercises);
    m_database = std::move(database);
    contentReplaced();
}

void AppContext::contentReplaced()
{
    m_undoStack.clear();
    m_currentClientId = -1;
    if (m_mode == AppMode::Personal) {
        selectPersonalClient();
    } else {
        emit currentClientChanged(-1);
    }
    emit databaseReplaced();
    emit m_changes.exercisesChanged();
    emit m_changes.clientsChanged();
    emit m_changes.templatesChanged();
}

} // namespace glidepath::ui
