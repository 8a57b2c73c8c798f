#pragma once

#include <glidepath/core/validation.h>

#include <QString>
#include <QtGlobal>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace glidepath::ui::command {

// A save refused because someone else saved the record after the form read it
// (storage::StaleRecordError): the version stored now, who saved it and when.
struct StaleSave
{
    qint64 storedVersion = 0;
    QString changedBy; // a server role or a login name; empty when the record does not say
    QString changedAt; // ISO 8601 UTC; empty when the record does not say
};

// What a command facade call reports back to the widget that asked for it. On failure nothing was
// changed and nothing was pushed on the undo stack.
struct Outcome
{
    bool ok = true;
    QString message;                           // plain words for the user when !ok
    std::vector<core::ValidationIssue> issues; // per-field problems when the value was invalid
    std::string createdId;                     // id of the thing created, when the call creates one
    // A save of a versioned record (client, check-in): its row version as stored now, for the
    // form's next save to be based on.
    qint64 savedVersion = 0;
    // Why a save was refused, when it was stale: the form asks what to do.
    std::optional<StaleSave> stale;
    // The clinic server's connection broke: nothing was saved, and reconnecting may help.
    bool connectionLost = false;

    explicit operator bool() const { return ok; }

    static Outcome success(std::string createdId = {})
    {
        Outcome outcome;
        outcome.createdId = std::move(createdId);
        return outcome;
    }
    static Outcome failure(QString message, std::vector<core::ValidationIssue> issues = {})
    {
        Outcome outcome;
        outcome.ok = false;
        outcome.message = std::move(message);
        outcome.issues = std::move(issues);
        return outcome;
    }
};

} // namespace glidepath::ui::command
