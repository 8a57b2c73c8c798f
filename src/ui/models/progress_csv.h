#pragma once

#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/tracking_repository.h>

#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace glidepath::ui {

// CSV as RFC 4180 describes it, with the separator the reader's spreadsheet expects: lines ended
// by CRLF, a field quoted when it holds the separator, a quote, a line break or blanks at either
// end, quotes inside doubled.
QString csvField(const QString& text, QChar separator = QLatin1Char(','));
QString csvLine(const QStringList& fields, QChar separator = QLatin1Char(','));

// How a spreadsheet set to a locale reads CSV without an import dialog: where the decimal
// separator is a comma (German), fields are separated by ";" and decimals written with ","; else
// by "," with ".". Dates take the locale's short numeric form with a four-digit year
// ("05.03.2025", "3/5/2025"); the C locale keeps ISO dates ("2025-03-05").
struct CsvStyle
{
    QLocale locale = QLocale::c();
    QChar separator = QLatin1Char(',');

    QString date(core::Date date) const;
    QString decimal(double value, int decimals) const;
};
CsvStyle csvStyleFor(const QLocale& locale);

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

// Column names are in the UI's language (tr()); values such as "done", "too_hard" or exercise ids
// stay the stored codes, so a sheet's filters work the same in every language.

// One row per logged exercise (a session with three exercises gives three rows), oldest first:
// date, planned date, session pain, exercise id, exercise name, status, sets done, sets planned,
// pain during, difficulty, note, worse next morning ("yes", "no"). Empty fields mean "not
// recorded"; the newest column comes last so that sheets built on the older ones still work.
// exerciseNames maps ids to names (an unknown id gets an empty name).
QString sessionLogsCsv(const std::vector<storage::StoredSessionLog>& logs,
                       const QHash<QString, QString>& exerciseNames,
                       const CsvStyle& style = csvStyleFor(QLocale()));

// One row per check-in, oldest first: date, rest pain, activity pain, exercise pain, next
// morning, night pain, swelling, adherence (a decimal), difficulty, painful exercises ("id:pain"
// joined by "; "), red flags (joined by "; ").
QString checkInsCsv(const std::vector<storage::StoredCheckIn>& checkIns,
                    const CsvStyle& style = csvStyleFor(QLocale()));

// Writes text as UTF-8 atomically (QSaveFile); returns an error message, empty on success. With
// byteOrderMark the file starts with the UTF-8 BOM, which Excel needs to read umlauts in a CSV
// as UTF-8 rather than the system's legacy code page.
QString writeTextFile(const QString& path, const QString& text, bool byteOrderMark = false);

} // namespace glidepath::ui
