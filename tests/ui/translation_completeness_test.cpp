// The .ts files must hold a finished translation for every string in the code: lupdate is run
// over the same sources into a copy (as `update_translations` would), and the copy is checked.
// Also: no stale entries for strings gone from the code, and every %1/%n of a source text is in
// its translation (a lost placeholder shows raw values or drops them).

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
};

std::vector<TsMessage> readTs(const QString& path)
{
    std::vector<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural messages keep their forms in <numerusform> children.
            QString text;
            bool numerus = false;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    current.translations << xml.readElementText();
                } else if (xml.isCharacters() && !numerus) {
                    text += xml.text();
                }
            }
            if (!numerus) {
                current.translations << text;
            }
            messages.push_back(current);
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n|L\\d)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured(0));
    }
    return found;
}

QString key(const TsMessage& message)
{
    return message.context + QLatin1Char('\x1f') + message.source;
}

class TranslationCompleteness : public ::testing::TestWithParam<std::string>
{};

TEST_P(TranslationCompleteness, EveryStringInTheCodeHasAFinishedTranslation)
{
    const QString checkedIn = QString::fromStdString(GetParam());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(checkedIn).fileName());
    ASSERT_TRUE(QFile::copy(checkedIn, copy));

    QProcess lupdate;
    lupdate.start(QStringLiteral(GLIDEPATH_LUPDATE_PATH),
                  {QStringLiteral("@") + QStringLiteral(GLIDEPATH_TR_SOURCE_LIST),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-silent"), QStringLiteral("-ts"), copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    const std::vector<TsMessage> updated = readTs(copy);
    ASSERT_GT(updated.size(), 500u) << "lupdate found too few strings: wrong source list?";
    QStringList unfinished;
    QStringList brokenPlaceholders;
    QSet<QString> inCode;
    for (const TsMessage& message : updated) {
        inCode.insert(key(message));
        bool empty = message.translations.isEmpty();
        for (const QString& form : message.translations) {
            empty = empty || form.isEmpty();
            QSet<QString> lost = placeholders(message.source) - placeholders(form);
            // A plural form may leave the count out ("Die heutige Übung" for one).
            if (message.translations.size() > 1) {
                lost.remove(QStringLiteral("%n"));
            }
            if (!form.isEmpty() && !lost.isEmpty()) {
                brokenPlaceholders << message.context + QStringLiteral(": ") + message.source;
            }
        }
        if (message.type == QLatin1String("unfinished") || empty) {
            unfinished << message.context + QStringLiteral(": ") + message.source;
        }
    }
    QStringList stale;
    for (const TsMessage& message : readTs(checkedIn)) {
        if (!inCode.contains(key(message)) || message.type == QLatin1String("vanished") ||
            message.type == QLatin1String("obsolete")) {
            stale << message.context + QStringLiteral(": ") + message.source;
        }
    }
    EXPECT_TRUE(unfinished.isEmpty())
        << unfinished.size() << " strings without a finished translation in "
        << checkedIn.toStdString()
        << " (cmake --build --preset dev --target update_translations, then translate them in "
           "Qt Linguist), the first:\n"
        << unfinished.mid(0, 30).join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(brokenPlaceholders.isEmpty())
        << "translations missing a %-placeholder of their source:\n"
        << brokenPlaceholders.mid(0, 30).join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(stale.isEmpty())
        << stale.size() << " entries for strings no longer in the code (update_translations "
        << "removes them):\n"
        << stale.mid(0, 30).join(QLatin1Char('\n')).toStdString();
}

std::vector<std::string> tsFiles()
{
    std::vector<std::string> files;
    for (const QString& file : QStringLiteral(GLIDEPATH_TS_FILES).split(QLatin1Char(';'))) {
        files.push_back(file.toStdString());
    }
    return files;
}

INSTANTIATE_TEST_SUITE_P(
    TsFiles, TranslationCompleteness, ::testing::ValuesIn(tsFiles()), [](const auto& info) {
        return QFileInfo(QString::fromStdString(info.param)).baseName().toStdString();
    });

} // namespace
