#pragma once

#include <glidepath/core/validation.h>

#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace glidepath::ui::command {

// What a command facade call reports back to the widget that asked for it. On failure nothing was
// changed and nothing was pushed on the undo stack.
struct Outcome
{
    bool ok = true;
    QString message;                           // plain words for the user when !ok
    std::vector<core::ValidationIssue> issues; // per-field problems when the value was invalid
    std::string createdId;                     // id of the thing created, when the call creates one

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
