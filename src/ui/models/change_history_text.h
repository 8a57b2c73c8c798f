#pragma once

// A client's change history (storage/change_history.h) in words: when in the app's date style,
// who, and what in plain words ("Check-in of 3 Dec added"), plus the sentence that says how much
// the database keeps, so a file's partial record never reads as the whole story.

#include <glidepath/storage/change_history.h>

#include <QCoreApplication>
#include <QString>

namespace glidepath::ui {

class ChangeHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeHistoryText)

public:
    // "5 Mar 2025, 14:30" in local time; the stored text when it is not a time.
    static QString when(const storage::HistoryEntry& entry);
    // The login or name; "not recorded" when the database does not know.
    static QString who(const storage::HistoryEntry& entry);
    static QString what(const storage::HistoryEntry& entry);
    // What the list holds (every change on a server; the last save of each record in a file).
    static QString coverage(const storage::ClientHistory& history);
};

} // namespace glidepath::ui
