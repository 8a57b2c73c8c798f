#pragma once

#include "commands/outcome.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <functional>
#include <optional>

class QWidget;

namespace glidepath::ui {

class AppContext;

// A form's save of a record that others may change too (a client's profile, a check-in; see
// docs/clinic-server.md), with the two questions such a save can raise:
//
// - Someone saved the record after the form read it (a stale save): "Reload theirs" drops the
//   form's edits and shows the stored record; "Keep mine as a new version" saves the form over
//   theirs, now based on their version, so it is a choice made after seeing who and when (undo
//   brings theirs back); Cancel keeps what was typed and saves nothing. Never a silent overwrite.
// - The clinic server's connection broke: nothing was saved, the form keeps what was typed, and
//   Retry connects again and saves once more.
//
// Every question goes through MessageBox, so tests answer them in advance.
class FormSave
{
    Q_DECLARE_TR_FUNCTIONS(FormSave)

public:
    enum class End
    {
        Saved,
        ReloadedTheirs, // nothing saved; the form shows the stored record
        Cancelled,      // nothing saved; the form keeps its edits
        Failed          // nothing saved for another reason: the outcome says why
    };

    struct Request
    {
        QString what; // "the profile of Robin Example": named in the questions
        // The version the form loaded; nullopt for a record not stored yet.
        std::optional<qint64> basedOn;
        // One attempt, based on the version given.
        std::function<command::Outcome(std::optional<qint64> basedOn)> save;
        // Shows the stored record in the form, dropping its edits ("Reload theirs").
        std::function<void()> reloadTheirs;
    };

    struct Result
    {
        End end = End::Failed;
        command::Outcome outcome; // of the last attempt
    };

    static Result run(QWidget* parent, AppContext& context, const Request& request);

    // The stale-save question's text: who saved `what` and when, in this locale's words.
    static QString staleText(const QString& what, const command::StaleSave& stale);
    // Titles and labels, for tests that press the real dialog's buttons.
    static QString staleTitle();
    static QString reloadTheirsLabel();
    static QString keepMineLabel();
    static QString connectionLostTitle();
};

} // namespace glidepath::ui
