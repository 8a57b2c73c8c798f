#pragma once

// Shared set-up of the tests that put the app and glidepath-cli side by side on one database: a
// clinician with no contact block from Preferences, a client with a few weeks of check-ins, the
// CLI run on the same file, and the Plan page's buttons clicked as a person would.

#include "support/process_runner.h"
#include "ui_fixture.h"
#include "widgets/plan/plan_page.h"

#include <QPushButton>
#include <QSettings>

#include <chrono>
#include <string>
#include <vector>

namespace glidepath::test {

class CliParityTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        context().setMode(ui::AppMode::Clinician);
        QSettings().remove(QStringLiteral("clinician")); // no contact block from Preferences
    }

    // Saves the client (every screening question answered no) with three weekly check-ins, the
    // newest today, pain easing week by week: w weeks ago, exercise pain exerciseNow + w, rest
    // pain restNow + w and adherence 1 - adherenceStep × w. The client becomes the current one.
    qint64 addEasingClient(storage::ClientRecord record, int exerciseNow, int restNow,
                           double adherenceStep)
    {
        answerScreening(record);
        const qint64 id = context().clients().create(record);
        emit context().changes().clientsChanged();
        context().setCurrentClientId(id);
        for (int week = 2; week >= 0; --week) {
            core::CheckIn checkIn;
            checkIn.date = context().clock().today() - std::chrono::days{7 * week};
            checkIn.painExercise = exerciseNow + week;
            checkIn.painRest = restNow + week;
            checkIn.adherence = 1.0 - adherenceStep * week;
            context().clients().addCheckIn(id, checkIn);
        }
        emit context().changes().checkInsChanged(id);
        return id;
    }

    // glidepath-cli on the test's database, in English, with no GLIDEPATH_DB and its own data
    // folder.
    ProcessResult cli(std::vector<std::string> arguments)
    {
        arguments.insert(arguments.begin(), {"--database", dbPath(), "--language", "en"});
        const EnvironmentChanges env{
            {"GLIDEPATH_DB", std::nullopt},
            {"XDG_DATA_HOME", tempPath(QStringLiteral("xdg")).toStdString()}};
        return runProcess(GLIDEPATH_CLI_PATH, arguments, env);
    }

    // Clicks a Plan page button by its object name; fails if it is missing or disabled.
    void clickPlanButton(const char* name)
    {
        auto* button = window().planPage()->findChild<QPushButton*>(QString::fromLatin1(name));
        ASSERT_NE(button, nullptr) << name;
        ASSERT_TRUE(button->isEnabled()) << name;
        QTest::mouseClick(button, Qt::LeftButton);
    }
};

} // namespace glidepath::test
