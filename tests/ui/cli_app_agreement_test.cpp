// The app and glidepath-cli side by side on one database: the week the CLI plans for a client
// (plan --new) is the one the app's Plan next week makes, the plan the CLI shows for the client
// is the one the app saved and shows, and the home routine each prints is the same document.

#include "cli_parity_fixture.h"
#include "pdf_page_texts.h"

#include <glidepath/io/plan_format.h>

#include <QStringList>

#include <string>
#include <vector>

namespace glidepath::test {
namespace {

// What a person compares: the week, the decision, and each day's exercises with their doses.
std::vector<std::string> planLines(const core::Plan& plan)
{
    std::vector<std::string> lines{"week " + core::toIsoString(plan.weekStart) + " " +
                                   std::string(core::toString(plan.decision.action))};
    for (const core::PlanDay& day : plan.days) {
        std::string line =
            core::toIsoString(day.date) + " " + std::string(core::toString(day.kind));
        for (const core::PlannedExercise& exercise : day.exercises) {
            line += " | " + exercise.id + " " + std::to_string(exercise.sets) + "x" +
                    std::to_string(exercise.reps) + " hold " +
                    std::to_string(exercise.holdSeconds) + " load " +
                    std::to_string(exercise.loadLevel);
        }
        lines.push_back(line);
    }
    return lines;
}

class CliAppAgreement : public CliParityTest
{
protected:
    // A client with three weekly check-ins, the newest today, pain easing week by week.
    qint64 addClient()
    {
        storage::ClientRecord record;
        record.profile.name = "Ines Lowe";
        record.profile.conditions = {core::Condition::PatellofemoralPain};
        record.profile.goals = {core::Goal::Stairs};
        record.profile.equipment = {core::Equipment::Mat, core::Equipment::Band,
                                    core::Equipment::Chair, core::Equipment::Step};
        record.profile.sessionsPerWeek = 3;
        record.profile.minutesPerSession = 30;
        record.profile.age = 44;
        return addEasingClient(record, 1, 0, 0.1);
    }
};

TEST_F(CliAppAgreement, TheCliPlansShowsAndPrintsTheSamePlanAsTheApp)
{
    const qint64 id = addClient();
    window().showPage(ui::MainWindow::Page::Plan);
    ui::PlanPage* page = window().planPage();

    // The app's clock is fixed; the CLI is told the same Monday (the one after "today").
    const std::string week = "2025-03-10";
    const auto planned =
        cli({"plan", "--client", std::to_string(id), "--new", "--week", week, "--format", "json"});
    ASSERT_EQ(planned.exitCode, 0) << planned.err;
    const core::Plan fromCli = io::parsePlan(planned.out);

    ASSERT_NO_FATAL_FAILURE(clickPlanButton("planNextWeekButton"));
    ASSERT_NE(page->shownPlan(), nullptr);
    const core::Plan draft = *page->shownPlan();
    EXPECT_EQ(core::toIsoString(draft.weekStart), week);
    EXPECT_EQ(planLines(fromCli), planLines(draft));

    ASSERT_NO_FATAL_FAILURE(clickPlanButton("savePlanButton"));
    const auto saved = context().clients().latestPlan(id);
    ASSERT_TRUE(saved.has_value());

    // The saved plan, by number and by name, is the one the app shows.
    for (const std::string& key : {std::to_string(id), std::string("Ines Lowe")}) {
        const auto shown = cli({"plan", "--client", key, "--format", "json"});
        ASSERT_EQ(shown.exitCode, 0) << shown.err;
        EXPECT_EQ(planLines(io::parsePlan(shown.out)), planLines(*page->shownPlan())) << key;
        EXPECT_EQ(planLines(io::parsePlan(shown.out)), planLines(saved->plan)) << key;
    }

    // The home routine printed from the app and from the CLI: page for page the same.
    const QString fromApp = tempPath(QStringLiteral("app-routine.pdf"));
    ASSERT_EQ(page->writePdf(fromApp, ui::PlanPage::PdfVariant::HomeRoutine, {}), QString());
    const std::string cliPdf = tempPath(QStringLiteral("cli-routine.pdf")).toStdString();
    const auto printed = cli({"plan", "--client", std::to_string(id), "--pdf", cliPdf});
    ASSERT_EQ(printed.exitCode, 0) << printed.err;
    const QStringList app = pageTexts(fromApp);
    const QStringList fromCliPdf = pageTexts(QString::fromStdString(cliPdf));
    ASSERT_FALSE(app.isEmpty());
    ASSERT_EQ(app.size(), fromCliPdf.size())
        << "pages: app " << app.size() << ", CLI " << fromCliPdf.size();
    for (qsizetype i = 0; i < app.size(); ++i) {
        EXPECT_EQ(app[i].toStdString(), fromCliPdf[i].toStdString()) << "page " << i + 1;
    }
    EXPECT_TRUE(app.join(QLatin1Char(' ')).contains(QStringLiteral("Your exercises")));

    // db check counts what the app holds.
    const auto checked = cli({"db", "check"});
    ASSERT_EQ(checked.exitCode, 0) << checked.err;
    EXPECT_NE(checked.out.find("Clients:          1"), std::string::npos) << checked.out;
}

} // namespace
} // namespace glidepath::test
