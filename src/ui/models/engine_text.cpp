#include "models/engine_text.h"

#include "labels.h"
#include "models/client_labels.h"

#include <glidepath/core/date.h>
#include <glidepath/report/handout_text.h>

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace glidepath::ui {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Every id a person could meet in engine text, with its label. Built once: the vocabulary is
// fixed at compile time.
const QHash<QString, QString>& idLabels()
{
    static const QHash<QString, QString> labels = [] {
        QHash<QString, QString> out;
        for (const core::Condition value : core::allValues<core::Condition>()) {
            out.insert(fromView(core::toString(value)), report::nounInSentence(Labels::of(value)));
        }
        for (const core::KneeFlexion value : core::allValues<core::KneeFlexion>()) {
            out.insert(fromView(core::toString(value)), report::nounInSentence(Labels::of(value)));
        }
        return out;
    }();
    return labels;
}

} // namespace

QString engineText(const QString& text)
{
    QString out = text;
    // An exercise's id after its quoted name ("Bridge" (bridge)): the name is enough.
    static const QRegularExpression quotedId(QStringLiteral("\"([^\"]+)\" \\([a-z0-9-]+\\)"));
    out.replace(quotedId, QStringLiteral("\"\\1\""));
    // "(locked_knee)" after the question itself: the id says nothing more.
    for (const core::RedFlag flag : core::allValues<core::RedFlag>()) {
        out.remove(QStringLiteral(" (") + fromView(core::toString(flag)) + QLatin1Char(')'));
    }
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    QRegularExpressionMatchIterator dates = iso.globalMatch(out);
    QString dated;
    qsizetype last = 0;
    while (dates.hasNext()) {
        const QRegularExpressionMatch m = dates.next();
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        dated += out.mid(last, m.capturedStart() - last);
        dated += date.isValid() ? longDateText(core::Date{std::chrono::year{date.year()} /
                                                          date.month() / date.day()})
                                : m.captured();
        last = m.capturedEnd();
    }
    dated += out.mid(last);
    out = dated;
    // Only snake_case words are ids; plain words are left alone even if an id is spelt alike.
    static const QRegularExpression snake(QStringLiteral("\\b[a-z]+(?:_[a-z0-9]+)+\\b"));
    QRegularExpressionMatchIterator ids = snake.globalMatch(out);
    QString named;
    last = 0;
    while (ids.hasNext()) {
        const QRegularExpressionMatch m = ids.next();
        named += out.mid(last, m.capturedStart() - last);
        named += idLabels().value(
            m.captured(), QString(m.captured()).replace(QLatin1Char('_'), QLatin1Char(' ')));
        last = m.capturedEnd();
    }
    named += out.mid(last);
    return named;
}

QString engineText(const std::string& text)
{
    return engineText(QString::fromStdString(text));
}

} // namespace glidepath::ui
