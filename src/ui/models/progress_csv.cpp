#include "models/progress_csv.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>

namespace glidepath::ui {

namespace {

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString iso(core::Date date)
{
    return fromStd(core::toIsoString(date));
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

QString csvField(const QString& text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& field : fields) {
        out << csvField(field);
    }
    return out.join(QLatin1Char(',')) + kLineEnd;
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
                       const QHash<QString, QString>& exerciseNames)
{
    QString out = csvLine({QStringLiteral("date"), QStringLiteral("planned_date"),
                           QStringLiteral("session_pain"), QStringLiteral("exercise_id"),
                           QStringLiteral("exercise_name"), QStringLiteral("status"),
                           QStringLiteral("sets_done"), QStringLiteral("sets_planned"),
                           QStringLiteral("pain_during"), QStringLiteral("difficulty"),
                           QStringLiteral("note"), QStringLiteral("worse_next_morning")});
    for (const auto& stored : logs) {
        const core::SessionLog& log = stored.log;
        const QString planned = log.plannedDate ? iso(*log.plannedDate) : QString();
        const QString worse = log.worseNextMorning
                                  ? QString::fromLatin1(*log.worseNextMorning ? "yes" : "no")
                                  : QString();
        for (const core::LoggedExercise& entry : log.entries) {
            const QString id = fromStd(entry.exerciseId);
            out +=
                csvLine({iso(log.date), planned, optionalNumber(log.sessionPain), id,
                         spreadsheetSafe(exerciseNames.value(id)),
                         fromStd(core::toString(entry.status)), QString::number(entry.setsDone),
                         entry.setsPlanned > 0 ? QString::number(entry.setsPlanned) : QString(),
                         optionalNumber(entry.painDuring),
                         entry.difficulty ? fromStd(core::toString(*entry.difficulty)) : QString(),
                         spreadsheetSafe(fromStd(log.note)), worse});
        }
    }
    return out;
}

QString checkInsCsv(const std::vector<storage::StoredCheckIn>& checkIns)
{
    QString out = csvLine({QStringLiteral("date"), QStringLiteral("pain_rest"),
                           QStringLiteral("pain_activity"), QStringLiteral("pain_exercise"),
                           QStringLiteral("next_morning"), QStringLiteral("night_pain"),
                           QStringLiteral("swelling"), QStringLiteral("adherence"),
                           QStringLiteral("difficulty"), QStringLiteral("painful_exercises"),
                           QStringLiteral("red_flags")});
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
        out += csvLine({iso(c.date), QString::number(c.painRest), QString::number(c.painActivity),
                        QString::number(c.painExercise), fromStd(core::toString(c.nextMorning)),
                        c.nightPain ? QStringLiteral("yes") : QStringLiteral("no"),
                        fromStd(core::toString(c.swelling)), QString::number(c.adherence, 'f', 2),
                        fromStd(core::toString(c.difficulty)), painful.join(QStringLiteral("; ")),
                        flags.join(QStringLiteral("; "))});
    }
    return out;
}

QString writeTextFile(const QString& path, const QString& text)
{
    QSaveFile file(path);
    // Progress data is health data: owner-only whatever the umask, before a byte is written.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return CsvText::tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return CsvText::tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}

} // namespace glidepath::ui
