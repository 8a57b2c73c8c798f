// The Progress page's CSV files as a spreadsheet set to the UI's language reads them: in German
// ";" between fields, decimal commas and German dates and column names; in English "," and ".".
// Each file is written through the page, read back and split again by an RFC 4180 reader.

#include "german_ui.h"
#include "models/progress_csv.h"
#include "tracking_fixture.h"
#include "widgets/common/message_box.h"
#include "widgets/main/main_window.h"
#include "widgets/progress/progress_page.h"

#include <glidepath/storage/tracking_repository.h>

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QPushButton>

#include <optional>

namespace glidepath {
namespace {

using test::day;

// RFC 4180 with the given separator: quoted fields may hold the separator, CRLF and "" quotes.
QList<QStringList> parseCsv(const QString& text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text[i + 1] == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    EXPECT_FALSE(quoted) << "an unclosed quote";
    EXPECT_TRUE(field.isEmpty() && row.isEmpty()) << "the last line has no CRLF";
    return rows;
}

class LocalizedCsv : public test::TrackingTest
{
protected:
    void addRecords()
    {
        core::CheckIn c;
        c.date = day(2025, 3, 2);
        c.painRest = 3;
        c.painActivity = 4;
        c.painExercise = 4;
        c.adherence = 0.75;
        c.painfulExercises = {{"clamshell", 6}, {"step-down", 4}};
        context().clients().addCheckIn(clientId(), c);
        core::SessionLog log;
        log.date = day(2025, 3, 3);
        log.plannedDate = day(2025, 3, 4);
        log.note = "Knie „knackte“; danach gut, 1,5 Stunden später \"leicht\"";
        core::LoggedExercise clam;
        clam.exerciseId = "clamshell";
        clam.setsDone = 3;
        clam.setsPlanned = 3;
        log.entries = {clam};
        tracking().addSessionLog(clientId(), log);
        context().setCurrentClientId(clientId());
        window().showPage(ui::MainWindow::Page::Progress);
    }

    // Exports through the page's menu and returns the file's text after checking its BOM.
    QString exportFile(const char* action, const QString& name)
    {
        const QString path = tempPath(name);
        ui::FileDialog::setNextFileName(path);
        auto* button =
            window().progressPage()->findChild<QPushButton*>(QStringLiteral("exportCsvButton"));
        EXPECT_NE(button, nullptr);
        button->menu()->findChild<QAction*>(QString::fromLatin1(action))->trigger();
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "no UTF-8 BOM for Excel";
        return QString::fromUtf8(bytes.mid(3));
    }

    std::optional<test::GermanUi> m_german;
};

TEST_F(LocalizedCsv, GermanUsesSemicolonsDecimalCommasAndGermanDates)
{
    m_german.emplace();
    ASSERT_TRUE(m_german->loaded());
    addRecords();

    const auto logs = parseCsv(exportFile("exportSessionLogsAction", QStringLiteral("logs.csv")),
                               QLatin1Char(';'));
    ASSERT_EQ(logs.size(), 2);
    ASSERT_EQ(logs[0].size(), 12);
    EXPECT_EQ(logs[0][0], QStringLiteral("Datum"));
    EXPECT_EQ(logs[0][1], QStringLiteral("Geplant für"));
    ASSERT_EQ(logs[1].size(), 12);
    EXPECT_EQ(logs[1][0], QStringLiteral("03.03.2025"));
    EXPECT_EQ(logs[1][1], QStringLiteral("04.03.2025"));
    EXPECT_EQ(logs[1][3], QStringLiteral("clamshell"));
    // The note holds ";", "," and quotes: one field, as written, umlauts and all.
    EXPECT_EQ(logs[1][10],
              QStringLiteral("Knie „knackte“; danach gut, 1,5 Stunden später \"leicht\""));

    const auto checkIns =
        parseCsv(exportFile("exportCheckInsAction", QStringLiteral("c.csv")), QLatin1Char(';'));
    ASSERT_EQ(checkIns.size(), 2);
    ASSERT_EQ(checkIns[1].size(), 11);
    EXPECT_EQ(checkIns[0][7], QStringLiteral("Einheiten erledigt"));
    EXPECT_EQ(checkIns[1][0], QStringLiteral("02.03.2025"));
    EXPECT_EQ(checkIns[1][7], QStringLiteral("0,75"));
    EXPECT_EQ(checkIns[1][9], QStringLiteral("clamshell:6; step-down:4"));
}

TEST_F(LocalizedCsv, EnglishUsesCommasAndDecimalPoints)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    addRecords();

    const auto logs = parseCsv(exportFile("exportSessionLogsAction", QStringLiteral("logs.csv")),
                               QLatin1Char(','));
    ASSERT_EQ(logs.size(), 2);
    ASSERT_EQ(logs[1].size(), 12);
    EXPECT_EQ(logs[0][1], QStringLiteral("Planned date"));
    EXPECT_EQ(logs[1][0], QStringLiteral("3/3/2025"));
    EXPECT_EQ(logs[1][1], QStringLiteral("3/4/2025"));
    EXPECT_EQ(logs[1][10],
              QStringLiteral("Knie „knackte“; danach gut, 1,5 Stunden später \"leicht\""));

    const auto checkIns =
        parseCsv(exportFile("exportCheckInsAction", QStringLiteral("c.csv")), QLatin1Char(','));
    ASSERT_EQ(checkIns.size(), 2);
    ASSERT_EQ(checkIns[1].size(), 11);
    EXPECT_EQ(checkIns[0][7], QStringLiteral("Adherence"));
    EXPECT_EQ(checkIns[1][7], QStringLiteral("0.75"));
    QLocale::setDefault(previous);
}

TEST(CsvStyle, FollowsTheLocalesDecimalSeparator)
{
    EXPECT_EQ(ui::csvStyleFor(QLocale(QLocale::German, QLocale::Germany)).separator,
              QLatin1Char(';'));
    EXPECT_EQ(ui::csvStyleFor(QLocale(QLocale::French, QLocale::France)).separator,
              QLatin1Char(';'));
    EXPECT_EQ(ui::csvStyleFor(QLocale(QLocale::English, QLocale::UnitedKingdom)).separator,
              QLatin1Char(','));
    const auto british = ui::csvStyleFor(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(british.date(day(2025, 3, 5)), QStringLiteral("05/03/2025"));
    EXPECT_EQ(ui::csvStyleFor(QLocale::c()).date(day(2025, 3, 5)), QStringLiteral("2025-03-05"));
    // No thousands separator: a spreadsheet would read "1.234,50" fine, but scripts would not.
    EXPECT_EQ(ui::csvStyleFor(QLocale(QLocale::German, QLocale::Germany)).decimal(1234.5, 2),
              QStringLiteral("1234,50"));
    EXPECT_EQ(ui::csvField(QStringLiteral("a;b"), QLatin1Char(';')), QStringLiteral("\"a;b\""));
    EXPECT_EQ(ui::csvField(QStringLiteral("a,b"), QLatin1Char(';')), QStringLiteral("a,b"));
}

} // namespace
} // namespace glidepath
