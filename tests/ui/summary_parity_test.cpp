// The clinician summary the app exports (Plan page) and the one glidepath-cli writes for the same
// client from the same database are the same document: same pages, same text on each page.

#include "pdf_page_texts.h"
#include "support/process_runner.h"
#include "ui_fixture.h"
#include "widgets/plan/plan_page.h"

#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStringList>

#include <string>

namespace glidepath::test {
namespace {

class SummaryParity : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        context().setMode(ui::AppMode::Clinician);
        QSettings().remove(QStringLiteral("clinician")); // no clinician block from Preferences
    }
};

TEST_F(SummaryParity, TheAppAndTheCliPrintTheSameClinicianSummary)
{
    storage::ClientRecord record;
    record.profile.name = "Nora Quinn";
    record.profile.conditions = {core::Condition::PatellofemoralPain};
    record.profile.equipment = {core::Equipment::Mat, core::Equipment::Band,
                                core::Equipment::Chair};
    record.profile.sessionsPerWeek = 3;
    record.profile.minutesPerSession = 30;
    record.profile.age = 31;
    answerScreening(record);
    const qint64 id = context().clients().create(record);
    emit context().changes().clientsChanged();
    context().setCurrentClientId(id);
    for (int week = 2; week >= 0; --week) {
        core::CheckIn checkIn;
        checkIn.date = context().clock().today() - std::chrono::days{7 * week};
        checkIn.painExercise = 2 + week;
        checkIn.painRest = 1 + week;
        checkIn.adherence = 1.0 - 0.2 * week;
        context().clients().addCheckIn(id, checkIn);
    }
    emit context().changes().checkInsChanged(id);

    window().showPage(ui::MainWindow::Page::Plan);
    ui::PlanPage* page = window().planPage();
    for (const char* name : {"planNextWeekButton", "savePlanButton"}) {
        auto* button = page->findChild<QPushButton*>(QString::fromLatin1(name));
        ASSERT_NE(button, nullptr) << name;
        ASSERT_TRUE(button->isEnabled()) << name;
        QTest::mouseClick(button, Qt::LeftButton);
    }
    ASSERT_TRUE(context().clients().latestPlan(id).has_value());

    const QString fromApp = tempPath(QStringLiteral("app-summary.pdf"));
    ASSERT_EQ(page->writePdf(fromApp, ui::PlanPage::PdfVariant::ClinicianSummary, {}), QString());

    const std::string fromCli = tempPath(QStringLiteral("cli-summary.pdf")).toStdString();
    const test::EnvironmentChanges env{
        {"GLIDEPATH_DB", std::nullopt},
        {"XDG_DATA_HOME", tempPath(QStringLiteral("xdg")).toStdString()}};
    const auto result =
        test::runProcess(GLIDEPATH_CLI_PATH,
                         {"--database", dbPath(), "--language", "en", "plan", "--client",
                          std::to_string(id), "--pdf", fromCli, "--summary"},
                         env);
    ASSERT_EQ(result.exitCode, 0) << result.err;

    const QStringList app = pageTexts(fromApp);
    const QStringList cli = pageTexts(QString::fromStdString(fromCli));
    ASSERT_FALSE(app.isEmpty());
    ASSERT_EQ(app.size(), cli.size()) << "pages: app " << app.size() << ", CLI " << cli.size();
    for (qsizetype i = 0; i < app.size(); ++i) {
        EXPECT_EQ(app[i].toStdString(), cli[i].toStdString()) << "page " << i + 1;
    }
    // A real summary, charts and all, not two empty shells that happen to match.
    const QString all = app.join(QLatin1Char(' '));
    EXPECT_TRUE(all.contains(QStringLiteral("Nora Quinn")));
    EXPECT_TRUE(all.contains(QStringLiteral("Charts")));
    EXPECT_TRUE(all.contains(QStringLiteral("Share of planned sessions done")));
}

} // namespace
} // namespace glidepath::test
