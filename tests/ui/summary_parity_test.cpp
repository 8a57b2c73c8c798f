// The clinician summary the app exports (Plan page) and the one glidepath-cli writes for the same
// client from the same database are the same document: same pages, same text on each page.

#include "cli_parity_fixture.h"
#include "pdf_page_texts.h"

#include <QStringList>

#include <string>

namespace glidepath::test {
namespace {

class SummaryParity : public CliParityTest
{};

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
    const qint64 id = addEasingClient(record, 2, 1, 0.2);

    window().showPage(ui::MainWindow::Page::Plan);
    ui::PlanPage* page = window().planPage();
    for (const char* name : {"planNextWeekButton", "savePlanButton"}) {
        ASSERT_NO_FATAL_FAILURE(clickPlanButton(name));
    }
    ASSERT_TRUE(context().clients().latestPlan(id).has_value());

    const QString fromApp = tempPath(QStringLiteral("app-summary.pdf"));
    ASSERT_EQ(page->writePdf(fromApp, ui::PlanPage::PdfVariant::ClinicianSummary, {}), QString());

    const std::string fromCli = tempPath(QStringLiteral("cli-summary.pdf")).toStdString();
    const auto result =
        cli({"plan", "--client", std::to_string(id), "--pdf", fromCli, "--summary"});
    ASSERT_EQ(result.exitCode, 0) << result.err;

    const QStringList app = pageTexts(fromApp);
    const QStringList cliPages = pageTexts(QString::fromStdString(fromCli));
    ASSERT_FALSE(app.isEmpty());
    ASSERT_EQ(app.size(), cliPages.size())
        << "pages: app " << app.size() << ", CLI " << cliPages.size();
    for (qsizetype i = 0; i < app.size(); ++i) {
        EXPECT_EQ(app[i].toStdString(), cliPages[i].toStdString()) << "page " << i + 1;
    }
    // A real summary, charts and all, not two empty shells that happen to match.
    const QString all = app.join(QLatin1Char(' '));
    EXPECT_TRUE(all.contains(QStringLiteral("Nora Quinn")));
    EXPECT_TRUE(all.contains(QStringLiteral("Charts")));
    EXPECT_TRUE(all.contains(QStringLiteral("Share of planned sessions done")));
}

} // namespace
} // namespace glidepath::test
