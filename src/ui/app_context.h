#pragma once

#include "change_notifier.h"

#include <glidepath/core/date.h>
#include <glidepath/core/progression_rules.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/template_repository.h>

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace glidepath::ui {

enum class AppMode
{
    Clinician,
    Personal
};

// What every page shares: the open database and its repositories, the one undo stack of the
// session, the mode, the selected client and the injected clock. Pages talk to each other only
// through its signals, so the main window stays a plain assembler of pages.
class AppContext : public QObject
{
    Q_OBJECT

public:
    // Takes an open database (already migrated and seeded with the built-in library).
    explicit AppContext(std::unique_ptr<storage::Database> database, QObject* parent = nullptr);
    ~AppContext() override;

    storage::Database& database() { return *m_database; }
    storage::ExerciseRepository& exercises() { return *m_exercises; }
    storage::ClientRepository& clients() { return *m_clients; }
    storage::TemplateRepository& templates() { return *m_templates; }
    QUndoStack* undoStack() { return &m_undoStack; }
    // What changed in storage; every view listens here (see ChangeNotifier).
    ChangeNotifier& changes() { return m_changes; }
    // The shipped progression rules (data/rules/progression.json).
    const core::ProgressionRules& rules() const;

    const core::Clock& clock() const { return *m_clock; }
    void setClock(std::shared_ptr<core::Clock> clock); // tests inject a FixedClock

    AppMode mode() const { return m_mode; }
    void setMode(AppMode mode);

    // -1 when no client is selected. In personal mode this is always the personal profile.
    qint64 currentClientId() const { return m_currentClientId; }
    void setCurrentClientId(qint64 id);

    // Replaces the open database (File > Open/New); clears the undo stack.
    void replaceDatabase(std::unique_ptr<storage::Database> database);
    // The open database's whole content changed underneath (a restore from a backup): undo
    // history no longer applies and every view reloads, as after replaceDatabase.
    void contentReplaced();

signals:
    void modeChanged(glidepath::ui::AppMode mode);
    void currentClientChanged(qint64 clientId);
    void databaseReplaced();
    void statusMessage(const QString& text); // shown briefly in the status bar
    void errorOccurred(const QString& text); // something failed that the user must know about

private:
    void selectPersonalClient();

    // The repositories refer to the database, so they are declared after it and destroyed first.
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<storage::ExerciseRepository> m_exercises;
    std::unique_ptr<storage::ClientRepository> m_clients;
    std::unique_ptr<storage::TemplateRepository> m_templates;
    ChangeNotifier m_changes;
    QUndoStack m_undoStack;
    std::shared_ptr<core::Clock> m_clock;
    AppMode m_mode = AppMode::Clinician;
    qint64 m_currentClientId = -1;
};

} // namespace glidepath::ui
