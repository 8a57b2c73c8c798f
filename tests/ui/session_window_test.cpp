// The guided session through the real window, time moved by the test (the window's own timer
// is stopped): order, sets, sides and holds shown, pause, skip, an easier-version swap, pain
// taps, and the session log it saves.

#include "ui_fixture.h"
#include "widgets/session/session_window.h"

#include <glidepath/planning/planning_service.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/tracking_repository.h>

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>

using namespace glidepath;
using namespace std::chrono_literals;

namespace {

core::PlannedExercise planned(std::string id, std::string name, int sets, int reps, int hold,
                              std::string tempo, int rest, core::WorkSide side)
{
    core::PlannedExercise e;
    e.id = std::move(id);
    e.name = std::move(name);
    e.sets = sets;
    e.reps = reps;
    e.holdSeconds = hold;
    e.tempo = std::move(tempo);
    e.restSeconds = rest;
    e.side = side;
    return e;
}

class SessionWindowTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        storage::ClientRecord client;
        client.profile.name = "Robin Ash";
        client.profile.conditions = {core::Condition::PatellofemoralPain};
        client.profile.side = core::Side::Right;
        client.profile.equipment = {core::Equipment::Mat, core::Equipment::Band};
        m_clientId = context().clients().create(client);
        m_day.date = core::Date{std::chrono::year{2025} / 3 / 5};
        m_day.kind = core::DayKind::Strength;
        m_day.exercises = {
            planned("clamshell-band", "Clamshell with band", 2, 2, 0, "1-1-1", 20,
                    core::WorkSide::Each),
            planned("wall-sit", "Wall sit", 2, 0, 10, "", 15, core::WorkSide::Both),
            planned("pelvic-curl", "Pelvic curl", 1, 2, 0, "1-0-1", 0, core::WorkSide::Both),
        };
    }

    QString text(ui::SessionWindow& window, const char* name)
    {
        return findIn<QLabel>(&window, name)->text();
    }

    qint64 m_clientId = 0;
    core::PlanDay m_day;
};

} // namespace

TEST_F(SessionWindowTest, AWholeSessionShowsEachExerciseInOrderAndSavesWhatWasDone)
{
    ui::SessionWindow window(context(), m_clientId, m_day);
    window.useManualClock();
    window.show();
    EXPECT_EQ(text(window, "sessionName"), QStringLiteral("Clamshell with band"));
    EXPECT_EQ(text(window, "sessionPosition"), QStringLiteral("Exercise 1 of 3"));
    EXPECT_EQ(text(window, "sessionSide"), QStringLiteral("Right leg")) << "the client's side";
    EXPECT_EQ(text(window, "sessionPhase"), QStringLiteral("Get ready"));
    EXPECT_FALSE(text(window, "sessionStopIf").isEmpty());

    window.advance(5s);
    EXPECT_EQ(text(window, "sessionProgress"), QStringLiteral("Set 1 of 2 · Rep 1 of 2"));
    EXPECT_EQ(text(window, "sessionPhase"), QStringLiteral("Up"));
    window.advance(6s); // two reps of 1-1-1 on the right
    EXPECT_EQ(text(window, "sessionPhase"), QStringLiteral("Change sides"));
    EXPECT_EQ(text(window, "sessionSide"), QStringLiteral("Left leg"));

    // Pause stops the clock; Space resumes.
    window.advance(5s);
    window.togglePause();
    window.advance(60s);
    EXPECT_EQ(window.session().state().side, core::ActiveSide::Left);
    EXPECT_EQ(window.session().state().rep, 1);
    window.togglePause();
    window.advance(6s);
    EXPECT_EQ(text(window, "sessionPhase"), QStringLiteral("Rest"));
    EXPECT_EQ(text(window, "sessionCountdown"), QStringLiteral("0:20"));

    // Too hard today: the easier version (plain clamshell) from its first set.
    window.useEasier();
    EXPECT_EQ(text(window, "sessionName"), QStringLiteral("Clamshell"));
    window.next(); // get-ready over
    for (int set = 0; set < 2; ++set) {
        window.next(); // first side of the set done
        window.next(); // switch over
        window.next(); // second side done
        if (set == 0) {
            window.next(); // rest over
        }
    }
    ASSERT_EQ(window.session().state().phase, core::SessionPhase::PainCheck)
        << "the pain check after the exercise";
    findIn<QPushButton>(&window, "sessionPain2")->click();

    // The wall sit is a hold: a countdown of 10 s per set.
    EXPECT_EQ(text(window, "sessionName"), QStringLiteral("Wall sit"));
    window.advance(5s);
    EXPECT_EQ(text(window, "sessionPhase"), QStringLiteral("Hold"));
    EXPECT_EQ(text(window, "sessionCountdown"), QStringLiteral("0:10"));
    window.advance(4s);
    EXPECT_EQ(text(window, "sessionCountdown"), QStringLiteral("0:06"));
    findIn<QPushButton>(&window, "sessionSkip")->click(); // skipped before a set was done

    // The pelvic curl is done, and hurt above the limit: flagged at once.
    window.advance(5s + 4s);
    findIn<QPushButton>(&window, "sessionPain7")->click();
    EXPECT_TRUE(findIn<QLabel>(&window, "sessionAlert")->isVisibleTo(&window));
    EXPECT_TRUE(text(window, "sessionAlert").contains(QStringLiteral("above the limit")));

    findIn<QPushButton>(&window, "sessionOverall3")->click();
    ASSERT_TRUE(window.saveAndClose());

    const auto logs = storage::TrackingRepository(context().database()).sessionLogs(m_clientId);
    ASSERT_EQ(logs.size(), 1u);
    const core::SessionLog& log = logs[0].log;
    ASSERT_TRUE(window.savedLog().has_value());
    EXPECT_EQ(log, *window.savedLog());
    EXPECT_EQ(log.plannedDate, m_day.date);
    EXPECT_EQ(log.sessionPain, 3);
    ASSERT_EQ(log.entries.size(), 4u);
    EXPECT_EQ(log.entries[0].exerciseId, "clamshell-band");
    EXPECT_EQ(log.entries[0].status, core::LogStatus::Partly) << "one set before the swap";
    EXPECT_EQ(log.entries[0].setsDone, 1);
    EXPECT_EQ(log.entries[1].exerciseId, "clamshell");
    EXPECT_EQ(log.entries[1].status, core::LogStatus::Done);
    EXPECT_EQ(log.entries[1].painDuring, 2);
    EXPECT_EQ(log.entries[2].exerciseId, "wall-sit");
    EXPECT_EQ(log.entries[2].status, core::LogStatus::Skipped);
    EXPECT_EQ(log.entries[3].exerciseId, "pelvic-curl");
    EXPECT_EQ(log.entries[3].status, core::LogStatus::Done);
    EXPECT_EQ(log.entries[3].painDuring, 7);

    // It feeds next week's plan exactly like a typed log.
    const core::PlanRequest request =
        planning::PlanningService(context().database())
            .buildRequest(m_clientId, core::Date{std::chrono::year{2025} / 3 / 10});
    ASSERT_EQ(request.sessionLogs.size(), 1u);
    EXPECT_EQ(request.sessionLogs[0], log);
}

TEST_F(SessionWindowTest, EscapeLeavesKeepingWhatWasDone)
{
    ui::SessionWindow window(context(), m_clientId, m_day);
    window.useManualClock();
    window.show();
    window.advance(5s + 6s + 5s + 6s); // first set, both sides
    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_EQ(window.session().state().phase, core::SessionPhase::Finished);
    QTest::keyClick(&window, Qt::Key_Escape); // on the last panel: save and close
    const auto logs = storage::TrackingRepository(context().database()).sessionLogs(m_clientId);
    ASSERT_EQ(logs.size(), 1u);
    EXPECT_EQ(logs[0].log.entries[0].status, core::LogStatus::Partly);
    EXPECT_EQ(logs[0].log.entries[0].setsDone, 1);
    EXPECT_EQ(logs[0].log.entries[1].status, core::LogStatus::Skipped);
}

TEST_F(SessionWindowTest, SpokenCuesAreOffByDefaultAndExplainedWhenUnavailable)
{
    ui::SessionWindow window(context(), m_clientId, m_day);
    auto* speak = findIn<QCheckBox>(&window, "sessionSpeak");
    EXPECT_FALSE(speak->isChecked());
    auto* note = findIn<QLabel>(&window, "sessionSpeechNote");
    if (!window.speechAvailable()) {
        EXPECT_FALSE(speak->isEnabled());
        EXPECT_FALSE(note->text().isEmpty());
    }
    for (QPushButton* button : window.findChildren<QPushButton*>()) {
        EXPECT_FALSE(button->accessibleName().isEmpty()) << button->objectName().toStdString();
    }
}

// A brisk walk's dose is a bout of walking, not a four-minute hold; the wall sit keeps its hold.
TEST_F(SessionWindowTest, AWalkReadsAsWalkingAndAHoldAsAHold)
{
    core::PlanDay day = m_day;
    day.exercises = {
        planned("brisk-walk", "Brisk walk with good form", 2, 0, 240, "", 30, core::WorkSide::Both),
        planned("wall-sit", "Wall sit", 2, 0, 10, "", 15, core::WorkSide::Both),
    };
    ui::SessionWindow window(context(), m_clientId, day);
    window.useManualClock();
    window.show();
    const auto plain = [](QString t) { return t.replace(QChar(0x00a0), QLatin1Char(' ')); };
    const QString walk = plain(text(window, "sessionDose"));
    EXPECT_TRUE(walk.startsWith(QStringLiteral("Walk 4 min, twice"))) << walk.toStdString();
    EXPECT_FALSE(walk.contains(QStringLiteral("hold"))) << walk.toStdString();
    window.advance(5s); // get-ready over: the walk itself
    EXPECT_EQ(text(window, "sessionPhase"), QStringLiteral("Walk"));
    EXPECT_EQ(text(window, "sessionCountdown"), QStringLiteral("4:00"));

    findIn<QPushButton>(&window, "sessionSkip")->click();
    EXPECT_EQ(text(window, "sessionName"), QStringLiteral("Wall sit"));
    const QString hold = plain(text(window, "sessionDose"));
    EXPECT_TRUE(hold.startsWith(QStringLiteral("2 sets × hold 10 s"))) << hold.toStdString();
    window.advance(5s);
    EXPECT_EQ(text(window, "sessionPhase"), QStringLiteral("Hold"));
}

// The Hundred pumps the arms for its time: the window says "Move" and "Keep moving for", never
// "Hold"; the library (as stored) says so, not the exercise's name.
TEST_F(SessionWindowTest, TheHundredReadsAsMovingNotHolding)
{
    core::PlanDay day = m_day;
    day.exercises = {planned("hundred", "Hundred", 2, 0, 50, "", 45, core::WorkSide::Both)};
    ui::SessionWindow window(context(), m_clientId, day);
    window.useManualClock();
    window.show();
    const auto plain = [](QString t) { return t.replace(QChar(0x00a0), QLatin1Char(' ')); };
    const QString dose = plain(text(window, "sessionDose"));
    EXPECT_TRUE(dose.startsWith(QStringLiteral("Keep moving for 50 s, twice · rest 45 s between "
                                               "rounds")))
        << dose.toStdString();
    EXPECT_FALSE(dose.contains(QStringLiteral("hold"))) << dose.toStdString();
    window.advance(5s); // get-ready over: the movement itself
    EXPECT_EQ(text(window, "sessionPhase"), QStringLiteral("Move"));
    EXPECT_EQ(text(window, "sessionCountdown"), QStringLiteral("0:50"));
}

// With GLIDEPATH_SCREENSHOTS=folder, saves how the session looks at 1024×700 (mid-rep, and the
// pain check), for the user guide. Otherwise it only checks that everything fits that size.
TEST_F(SessionWindowTest, EverythingFitsAt1024By700)
{
    ui::SessionWindow window(context(), m_clientId, m_day);
    window.useManualClock();
    window.resize(1024, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.advance(5s + 500ms); // halfway through the first lift
    const QRect inside(QPoint(0, 0), window.size());
    for (const char* name :
         {"sessionName", "sessionProgress", "sessionSide", "sessionCountdown", "sessionStopIf"}) {
        auto* label = findIn<QLabel>(&window, name);
        const QRect where(label->mapTo(&window, QPoint(0, 0)), label->size());
        EXPECT_TRUE(inside.contains(where)) << name;
    }
    for (const char* name :
         {"sessionBack", "sessionPause", "sessionNext", "sessionEasier", "sessionLeave"}) {
        auto* button = findIn<QPushButton>(&window, name);
        const QRect where(button->mapTo(&window, QPoint(0, 0)), button->size());
        EXPECT_TRUE(inside.contains(where)) << name;
    }
    const QString folder = qEnvironmentVariable("GLIDEPATH_SCREENSHOTS");
    if (!folder.isEmpty()) {
        window.grab().save(folder + QStringLiteral("/session.png"));
        for (int step = 0;
             step < 20 && window.session().state().phase != core::SessionPhase::PainCheck; ++step) {
            window.next();
        }
        window.grab().save(folder + QStringLiteral("/session-pain-check.png"));
    }
}
