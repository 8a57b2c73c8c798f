#pragma once

#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/tracking_repository.h>

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace glidepath::ui {

// CSV as RFC 4180 describes it: fields separated by commas, lines ended by CRLF, a field quoted
// when it holds a comma, a quote, a line break or blanks at either end, quotes inside doubled.
// Column names are plain snake_case ASCII so that scripts can rely on them.
QString csvField(const QString& text);
QString csvLine(const QStringList& fields);

// True when a spreadsheet opening the CSV would evaluate text as a formula rather than show it.
// Leading blanks, tabs, CRs and LFs are looked past (a spreadsheet may drop them), then:
// - "=" or "@" starts a formula whatever follows ("=1+1", "@SUM(A1)");
// - "+" or "-" does when what follows reads as an expression: a digit, ".", "(", "$", a quote,
//   another operator, a cell reference ("-A1"), or a function call, sheet reference or DDE
//   link anywhere ("-x HYPERLINK(...)", "-cmd|' /C calc'!A0"). Words ("-felt worse", "-sore
//   (left knee)") are left as they are.
// Full-width forms of the four characters count too (some spreadsheets fold them).
bool isSpreadsheetFormula(const QString& text);

// Text for which isSpreadsheetFormula holds gets a leading apostrophe, the usual guard against
// formula injection; every other text is returned unchanged.
QString spreadsheetSafe(const QString& text);

// One row per logged exercise (a session with three exercises gives three rows), oldest first:
// date, planned_date, session_pain, exercise_id, exercise_name, status, sets_done, sets_planned,
// pain_during, difficulty, note, worse_next_morning ("yes", "no"). Empty fields mean "not
// recorded"; the newest column comes last so that scripts reading the older ones still work.
// exerciseNames maps ids to names (an unknown id gets an empty name).
QString sessionLogsCsv(const std::vector<storage::StoredSessionLog>& logs,
                       const QHash<QString, QString>& exerciseNames);

// One row per check-in, oldest first: date, pain_rest, pain_activity, pain_exercise,
// next_morning, night_pain, swelling, adherence, difficulty, painful_exercises ("id:pain" joined
// by "; "), red_flags (joined by "; ").
QString checkInsCsv(const std::vector<storage::StoredCheckIn>& checkIns);

// Writes text as UTF-8 atomically (QSaveFile); returns an error message, empty on success.
QString writeTextFile(const QString& path, const QString& text);

} // namespace glidepath::ui
