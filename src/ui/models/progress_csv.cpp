#include "models/progress_csv.h"

#include "models/date_text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>

namespace glidepath::ui {

namespace {

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString optionalNumber(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

const QString kLineEnd = QStringLiteral("\r\n");

class CsvText
{
    Q_DECLARE_TR_FUNCTIONS(CsvText)
};

} // namespace

QString CsvStyle::date(core::Date day) const
{
    if (locale.language() == QLocale::C) {
        return fromStd(core::toIsoString(day));
    }
    // Short formats often carry a two-digit year ("dd.MM.yy", "M/d/yy"), which a spreadsheet may
    // place in the wrong century; the full year reads the same and cannot be misplaced.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return locale.toString(toQDate(day), format);
}

QString CsvStyle::decimal(double value, int decimals) const
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(value, 'f', decimals);
}

CsvStyle csvStyleFor(const QLocale& locale)
{
    CsvStyle style;
    style.locale = locale;
    // A spreadsheet splits a CSV line at its list separator, which is ";" wherever "," is the
    // decimal separator: "," there would cut every decimal in two.
    style.separator =
        locale.decimalPoint() == QStringLiteral(",") ? QLatin1Char(';') : QLatin1Char(',');
    return style;
}

QString csvField(const QString& text, QChar separator)
{
    const bool needsQuotes = text.contains(separator) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList& fields, QChar separator)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& field : fields) {
        out << csvField(field, separator);
    }
    return out.join(separator) + kLineEnd;
}

namespace {

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') ||
           c == QLatin1Char('\n');
}

// Full-width forms fold to their ASCII twins in some spreadsheets' input handling.
QChar folded(QChar c)
{
    switch (c.unicode()) {
    case 0xFF1D:
        return QLatin1Char('=');
    case 0xFF20:
        return QLatin1Char('@');
    case 0xFF0B:
        return QLatin1Char('+');
    case 0xFF0D:
        return QLatin1Char('-');
    default:
        return c;
    }
}

// "A1", "$B$2", "AB12": one to three letters then digits, optional "$" before either part.
bool startsWithCellReference(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && text[i] == QLatin1Char('$')) {
        ++i;
    }
    const qsizetype lettersFrom = i;
    while (i < text.size() && i - lettersFrom < 4 && text[i].isLetter() &&
           text[i].unicode() < 128) {
        ++i;
    }
    const qsizetype letters = i - lettersFrom;
    if (letters < 1 || letters > 3) {
        return false;
    }
    if (i < text.size() && text[i] == QLatin1Char('$')) {
        ++i;
    }
    const qsizetype digitsFrom = i;
    while (i < text.size() && text[i].isDigit()) {
        ++i;
    }
    if (i == digitsFrom) {
        return false;
    }
    return i == text.size() || !text[i].isLetterOrNumber();
}

} // namespace

bool isSpreadsheetFormula(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() && isBlank(text[i])) {
        ++i;
    }
    if (i == text.size()) {
        return false;
    }
    const QChar first = folded(text[i]);
    if (first == QLatin1Char('=') || first == QLatin1Char('@')) {
        return true;
    }
    if (first != QLatin1Char('+') && first != QLatin1Char('-')) {
        return false;
    }
    QStringView rest = QStringView(text).mid(i + 1);
    while (!rest.isEmpty() && isBlank(rest.front())) {
        rest = rest.mid(1);
    }
    if (rest.isEmpty()) {
        return false; // a lone "-" is shown as text
    }
    const QChar next = folded(rest.front());
    if (next.isDigit() || QStringLiteral(".,($'\"+-=@").contains(next)) {
        return true;
    }
    // A function call "NAME(", a DDE link "cmd|", a reference to another sheet "Sheet!A1".
    static const QRegularExpression call(
        QStringLiteral(R"([\w.]\(|\w\||![$]?[A-Za-z]{1,3}[$]?\d)"));
    return call.match(rest).hasMatch() || startsWithCellReference(rest);
}

QString spreadsheetSafe(const QString& text)
{
    return isSpreadsheetFormula(text) ? QLatin1Char('\'') + text : text;
}

QString sessionLogsCsv(const std::vector<storage::StoredSessionLog>& logs,
                       const QHash<QString, QString>& exerciseNames, const CsvStyle& style)
{
    const QChar sep = style.separator;
    QString out =
        csvLine({CsvText::tr("Date"), CsvText::tr("Planned date"), CsvText::tr("Session pain"),
                 CsvText::tr("Exercise id"), CsvText::tr("Exercise"), CsvText::tr("Status"),
                 CsvText::tr("Sets done"), CsvText::tr("Sets planned"), CsvText::tr("Pain during"),
                 CsvText::tr("Difficulty"), CsvText::tr("Note"), CsvText::tr("Worse next morning")},
                sep);
    for (const auto& stored : logs) {
        const core::SessionLog& log = stored.log;
        const QString planned = log.plannedDate ? style.date(*log.plannedDate) : QString();
        const QString worse = log.worseNextMorning
                                  ? QString::fromLatin1(*log.worseNextMorning ? "yes" : "no")
                                  : QString();
        for (const core::LoggedExercise& entry : log.entries) {
            const QString id = fromStd(entry.exerciseId);
            out +=
                csvLine({style.date(log.date), planned, optionalNumber(log.sessionPain), id,
                         spreadsheetSafe(exerciseNames.value(id)),
                         fromStd(core::toString(entry.status)), QString::number(entry.setsDone),
                         entry.setsPlanned > 0 ? QString::number(entry.setsPlanned) : QString(),
                         optionalNumber(entry.painDuring),
                         entry.difficulty ? fromStd(core::toString(*entry.difficulty)) : QString(),
                         spreadsheetSafe(fromStd(log.note)), worse},
                        sep);
        }
    }
    return out;
}

QString checkInsCsv(const std::vector<storage::StoredCheckIn>& checkIns, const CsvStyle& style)
{
    const QChar sep = style.separator;
    QString out = csvLine(
        {CsvText::tr("Date"), CsvText::tr("Rest pain"), CsvText::tr("Activity pain"),
         CsvText::tr("Exercise pain"), CsvText::tr("Next morning"), CsvText::tr("Night pain"),
         CsvText::tr("Swelling"), CsvText::tr("Adherence"), CsvText::tr("Difficulty"),
         CsvText::tr("Painful exercises"), CsvText::tr("Red flags")},
        sep);
    for (const auto& stored : checkIns) {
        const core::CheckIn& c = stored.checkIn;
        QStringList painful;
        for (const auto& [id, pain] : c.painfulExercises) {
            painful << fromStd(id) + QLatin1Char(':') + QString::number(pain);
        }
        QStringList flags;
        for (const core::RedFlag flag : c.redFlags) {
            flags << fromStd(core::toString(flag));
        }
        out += csvLine({style.date(c.date), QString::number(c.painRest),
                        QString::number(c.painActivity), QString::number(c.painExercise),
                        fromStd(core::toString(c.nextMorning)),
                        c.nightPain ? QStringLiteral("yes") : QStringLiteral("no"),
                        fromStd(core::toString(c.swelling)), style.decimal(c.adherence, 2),
                        fromStd(core::toString(c.difficulty)), painful.join(QStringLiteral("; ")),
                        flags.join(QStringLiteral("; "))},
                       sep);
    }
    return out;
}

QString writeTextFile(const QString& path, const QString& text, bool byteOrderMark)
{
    QSaveFile file(path);
    // Progress data is health data: owner-only whatever the umask, before a byte is written.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return CsvText::tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    const QByteArray bytes =
        (byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return CsvText::tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}

} // namespace glidepath::ui
