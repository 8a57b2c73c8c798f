#include "models/progress_csv.h"

#include <QCoreApplication>
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

QString spreadsheetSafe(const QString& text)
{
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t')) {
            return QLatin1Char('\'') + text;
        }
    }
    return text;
}

QString sessionLogsCsv(const std::vector<storage::StoredSessionLog>& logs,
                       const QHash<QString, QString>& exerciseNames)
{
    QString out = csvLine(
        {QStringLiteral("date"), QStringLiteral("planned_date"), QStringLiteral("session_pain"),
         QStringLiteral("exercise_id"), QStringLiteral("exercise_name"), QStringLiteral("status"),
         QStringLiteral("sets_done"), QStringLiteral("sets_planned"), QStringLiteral("pain_during"),
         QStringLiteral("difficulty"), QStringLiteral("note")});
    for (const auto& stored : logs) {
        const core::SessionLog& log = stored.log;
        const QString planned = log.plannedDate ? iso(*log.plannedDate) : QString();
        for (const core::LoggedExercise& entry : log.entries) {
            const QString id = fromStd(entry.exerciseId);
            out +=
                csvLine({iso(log.date), planned, optionalNumber(log.sessionPain), id,
                         spreadsheetSafe(exerciseNames.value(id)),
                         fromStd(core::toString(entry.status)), QString::number(entry.setsDone),
                         entry.setsPlanned > 0 ? QString::number(entry.setsPlanned) : QString(),
                         optionalNumber(entry.painDuring),
                         entry.difficulty ? fromStd(core::toString(*entry.difficulty)) : QString(),
                         spreadsheetSafe(fromStd(log.note))});
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
