// Issue 13, "Seen, to fix": the clinician's week through the real window. Keyboard (Tab leaves
// tables, tab mnemonics, no Alt key twice on a page, a visible slider focus), the check-in picker
// and its matching, adherence from the logs, a second check-in on one date, the Plan page's
// client picker, "Plan next week" after a check-in, a typed dose never lost, a dose on all days,
// 0 sets answered in words, and the Edit menu following the page.

#include "models/exercise_name_match.h"
#include "models/plan_model.h"
#include "tracking_fixture.h"
#include "widgets/clients/check_in_form.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/clients_page.h"
#include "widgets/clients/pain_slider.h"
#include "widgets/common/field_error_label.h"
#include "widgets/plan/plan_adjust_panel.h"
#include "widgets/plan/plan_page.h"
#include "widgets/plan/plan_week_view.h"
#include "widgets/library/library_page.h"
#include "widgets/tracking/week_log_dialog.h"
#include "models/engine_text.h"
#include "models/session_log_grid_model.h"
#include "labels.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QUndoStack>

#include <map>

namespace glidepath::test {
namespace {

using Page = ui::MainWindow::Page;
namespace match = ui::exercise_match;

// ---- The picker's matching, without a widget ------------------------------------------------

TEST(ExerciseMatch, WordStartsMatchIgnoringCaseAndHyphens)
{
    EXPECT_GE(match::score(QStringLiteral("Step-down"), QStringLiteral("step d")), 0);
    EXPECT_GE(match::score(QStringLiteral("Step-down"), QStringLiteral("STEP-D")), 0);
    EXPECT_GE(match::score(QStringLiteral("Step-down"), QStringLiteral("stepdown")), -1);
    EXPECT_GE(match::score(QStringLiteral("Clamshell with band"), QStringLiteral("clam ban")), 0);
    EXPECT_GE(match::score(QStringLiteral("Clamshell with band"), QStringLiteral("band clam")), 0);
    // Not the middle of a word.
    EXPECT_EQ(match::score(QStringLiteral("Step-down"), QStringLiteral("own")), -1);
    EXPECT_EQ(match::score(QStringLiteral("Bridge"), QStringLiteral("squat")), -1);
    EXPECT_EQ(match::fold(QStringLiteral("  Step--Down ")), QStringLiteral("step down"));
}

TEST(ExerciseMatch, ThisWeeksPlanComesFirstThenTheBestMatch)
{
    const std::vector<match::Candidate> all = {
        {QStringLiteral("a"), QStringLiteral("Lateral step-down"), false},
        {QStringLiteral("b"), QStringLiteral("Step-down"), false},
        {QStringLiteral("c"), QStringLiteral("Step-up"), true},
        {QStringLiteral("d"), QStringLiteral("Bridge"), false},
    };
    EXPECT_EQ(match::rank(all, QStringLiteral("step d")), (std::vector<int>{1, 0}));
    EXPECT_EQ(match::rank(all, QStringLiteral("step")), (std::vector<int>{2, 1, 0}));
    EXPECT_EQ(match::rank(all, QString()).front(), 2) << "planned first with nothing typed";
}

// ---- Through the window ----------------------------------------------------------------------

// Every Alt+letter of the widgets a user can reach on the visible page, with who uses it.
std::multimap<QChar, QString> mnemonics(QWidget* window)
{
    std::multimap<QChar, QString> out;
    const auto add = [&out](const QString& text, const QString& who) {
        for (int i = 0; i + 1 < text.size(); ++i) {
            if (text[i] == QLatin1Char('&')) {
                if (text[i + 1] == QLatin1Char('&')) {
                    ++i;
                    continue;
                }
                out.emplace(text[i + 1].toLower(), who + QStringLiteral(" \"") + text + QLatin1Char('"'));
                return;
            }
        }
    };
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        // Disabled buttons count too: they are enabled as soon as something is typed.
        if (button->isVisibleTo(window)) {
            add(button->text(), QStringLiteral("button"));
        }
    }
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (label->isVisibleTo(window) && label->buddy()) {
            add(label->text(), QStringLiteral("label"));
        }
    }
    for (QGroupBox* box : window->findChildren<QGroupBox*>()) {
        if (box->isVisibleTo(window)) {
            add(box->title(), QStringLiteral("group"));
        }
    }
    for (QTabBar* bar : window->findChildren<QTabBar*>()) {
        if (bar->isVisibleTo(window)) {
            for (int i = 0; i < bar->count(); ++i) {
                add(bar->tabText(i), QStringLiteral("tab"));
            }
        }
    }
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        for (QAction* menu : main->menuBar()->actions()) {
            add(menu->text(), QStringLiteral("menu"));
        }
    }
    return out;
}

QStringList duplicates(const std::multimap<QChar, QString>& keys)
{
    QStringList out;
    for (auto it = keys.begin(); it != keys.end(); it = keys.upper_bound(it->first)) {
        if (keys.count(it->first) > 1) {
            QStringList who;
            for (auto [a, b] = keys.equal_range(it->first); a != b; ++a) {
                who << a->second;
            }
            out << QStringLiteral("Alt+%1: %2").arg(it->first, who.join(QStringLiteral(", ")));
        }
    }
    return out;
}

class WorkflowTest : public TrackingTest
{
protected:
    ui::ClientTabs* tabs() { return window().clientsPage()->clientTabs(); }
    ui::CheckInForm* checkInForm() { return tabs()->checkInForm(); }

    void showClient()
    {
        context().setCurrentClientId(clientId());
        emit context().changes().clientsChanged();
    }

    static bool inside(QWidget* window, QWidget* widget)
    {
        const QRect area(QPoint(0, 0), window->size());
        const QRect where(widget->mapTo(window, QPoint(0, 0)), widget->size());
        return widget->isVisible() && area.contains(where);
    }
};

TEST_F(WorkflowTest, TabLeavesTheClientTableAndTheHistory)
{
    showClient();
    window().showPage(Page::Clients);
    window().activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(&window()));
    auto* list = find<QTableView>("clientList");
    EXPECT_FALSE(list->tabKeyNavigation());
    EXPECT_FALSE(tabs()->historyView()->tabKeyNavigation());
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), list) << "Tab moves on to the next field";
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Tab, Qt::ShiftModifier);
    EXPECT_NE(QApplication::focusWidget(), list);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(context().currentClientId(), clientId()) << "the client stays chosen";
    EXPECT_EQ(list->selectionModel()->selectedRows().size(), 1);
}

TEST_F(WorkflowTest, ClientTabsHaveMnemonics)
{
    showClient();
    window().showPage(Page::Clients);
    for (QWidget* page : {tabs()->profilePage(), tabs()->checkInPage(), tabs()->historyPage()}) {
        EXPECT_TRUE(tabs()->tabText(tabs()->indexOf(page)).contains(QLatin1Char('&')))
            << tabs()->tabText(tabs()->indexOf(page)).toStdString();
    }
    window().activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(&window()));
    tabs()->setCurrentWidget(tabs()->profilePage());
    QTest::keyClick(&window(), Qt::Key_K, Qt::AltModifier);
    EXPECT_EQ(tabs()->currentWidget(), tabs()->checkInPage()) << "Alt+K opens the check-in";
}

TEST_F(WorkflowTest, NoAltKeyIsUsedTwiceOnAnyPageOrTab)
{
    savePlan(day(2025, 3, 3));
    showClient();
    window().resize(1400, 900);
    for (Page page : {Page::Library, Page::Clients, Page::Plan, Page::Progress}) {
        window().showPage(page);
        if (page == Page::Clients) {
            for (QWidget* tab :
                 {tabs()->profilePage(), tabs()->checkInPage(), tabs()->historyPage()}) {
                tabs()->setCurrentWidget(tab);
                const QStringList found = duplicates(mnemonics(&window()));
                EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
            }
            continue;
        }
        const QStringList found = duplicates(mnemonics(&window()));
        EXPECT_TRUE(found.isEmpty()) << "page " << static_cast<int>(page) << ":\n"
                                     << found.join(QLatin1Char('\n')).toStdString();
    }
}

TEST_F(WorkflowTest, AFocusedPainSliderIsRingedInTheHighlightColour)
{
    showClient();
    window().showPage(Page::Clients);
    tabs()->setCurrentWidget(tabs()->checkInPage());
    window().activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(&window()));
    auto* pain = checkInForm()->findChild<ui::PainSlider*>(QStringLiteral("painRest"));
    const QColor highlight = pain->palette().color(QPalette::Highlight);
    const auto ringed = [&] {
        const QImage image = pain->grab().toImage();
        const QColor edge = image.pixelColor(image.width() / 2, 1);
        return std::abs(edge.red() - highlight.red()) + std::abs(edge.green() - highlight.green()) +
                   std::abs(edge.blue() - highlight.blue()) <
               60;
    };
    EXPECT_FALSE(ringed());
    pain->slider()->setFocus(Qt::TabFocusReason);
    EXPECT_TRUE(ringed());
}

TEST_F(WorkflowTest, ThePainfulExercisePickerOffersThisWeeksPlanFirstAndFindsWordStarts)
{
    // This week's plan holds the 10 cm step-down; the library also has a 20 cm one.
    core::Plan week = weekPlan(day(2025, 3, 3));
    for (core::PlanDay& d : week.days) {
        for (core::PlannedExercise& e : d.exercises) {
            if (e.id == "step-down") {
                e.id = "step-down-10cm";
                e.name = "Step-down, 10 cm";
            }
        }
    }
    context().clients().savePlan(clientId(), week);
    showClient();
    window().showPage(Page::Clients);
    tabs()->setCurrentWidget(tabs()->checkInPage());
    QComboBox* picker = checkInForm()->painfulPicker();
    // The planned exercises that are in the library come first, then the rest.
    const QStringList planned{QStringLiteral("calf-stretch"), QStringLiteral("clamshell"),
                              QStringLiteral("split-squat"), QStringLiteral("step-down-10cm")};
    QStringList first;
    for (int i = 0; i < static_cast<int>(planned.size()); ++i) {
        first << picker->itemData(i, Qt::UserRole + 1).toString();
        EXPECT_TRUE(picker->itemText(i).contains(QStringLiteral("this week")));
    }
    first.sort();
    EXPECT_EQ(first, planned);
    EXPECT_FALSE(picker->itemText(static_cast<int>(planned.size()))
                     .contains(QStringLiteral("this week")));
    picker->setEditText(QStringLiteral("step d"));
    checkInForm()->addTypedPainfulExercise();
    EXPECT_EQ(checkInForm()->checkIn().painfulExercises.count("step-down-10cm"), 1U)
        << "\"step d\" names the planned Step-down, 10 cm";
    picker->setEditText(QStringLiteral("zzz"));
    checkInForm()->addTypedPainfulExercise();
    const QList<ui::FieldErrorLabel*> errors = checkInForm()->findChildren<ui::FieldErrorLabel*>();
    bool said = false;
    for (ui::FieldErrorLabel* label : errors) {
        said = said || label->error().contains(QStringLiteral("zzz"));
    }
    EXPECT_TRUE(said) << "words that match nothing are answered";
}

TEST_F(WorkflowTest, SessionsDoneIsFilledInFromTheLoggedSessions)
{
    for (int d : {3, 4}) {
        core::SessionLog log;
        log.date = day(2025, 3, static_cast<unsigned>(d));
        core::LoggedExercise entry;
        entry.exerciseId = "clamshell";
        entry.status = core::LogStatus::Done;
        entry.setsDone = 3;
        log.entries = {entry};
        tracking().addSessionLog(clientId(), log);
    }
    showClient();
    window().showPage(Page::Clients);
    tabs()->setCurrentWidget(tabs()->checkInPage());
    EXPECT_EQ(checkInForm()->findChild<QSpinBox*>(QStringLiteral("sessionsDone"))->value(), 2);
    auto* note = checkInForm()->findChild<QLabel*>(QStringLiteral("loggedSessionsNote"));
    EXPECT_TRUE(note->isVisibleTo(checkInForm()));
    EXPECT_TRUE(note->text().contains(QLatin1Char('2')));
}

class CheckInSaving : public WorkflowTest
{
protected:
    void fillCheckIn()
    {
        for (const char* name : {"painRest", "painActivity", "painExercise"}) {
            checkInForm()->findChild<ui::PainSlider*>(QString::fromLatin1(name))->setValue(2);
        }
        checkInForm()->findChild<QSpinBox*>(QStringLiteral("sessionsDone"))->setValue(2);
        answerRedFlags(checkInForm());
    }
};

TEST_F(CheckInSaving, ASecondCheckInOnTheSameDateAsksToReplaceOrKeepBoth)
{
    showClient();
    window().showPage(Page::Clients);
    fillCheckIn();
    ASSERT_TRUE(tabs()->saveCheckIn());
    fillCheckIn();
    ui::MessageBox::setNextAnswer(QMessageBox::Yes); // replace
    ASSERT_TRUE(tabs()->saveCheckIn());
    EXPECT_TRUE(ui::MessageBox::lastText().contains(QStringLiteral("already a check-in")));
    EXPECT_EQ(context().clients().checkIns(clientId()).size(), 1U);
    fillCheckIn();
    ui::MessageBox::setNextAnswer(QMessageBox::No); // keep both
    ASSERT_TRUE(tabs()->saveCheckIn());
    EXPECT_EQ(context().clients().checkIns(clientId()).size(), 2U);
    fillCheckIn();
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(tabs()->saveCheckIn());
    EXPECT_EQ(context().clients().checkIns(clientId()).size(), 2U);
}

TEST_F(CheckInSaving, SavingACheckInOffersPlanNextWeek)
{
    showClient();
    window().showPage(Page::Clients);
    tabs()->setCurrentWidget(tabs()->checkInPage());
    auto* offer = tabs()->findChild<QPushButton*>(QStringLiteral("checkInPlanNextWeekButton"));
    EXPECT_FALSE(offer->isVisible());
    fillCheckIn();
    ASSERT_TRUE(tabs()->saveCheckIn());
    ASSERT_TRUE(offer->isVisible());
    QTest::mouseClick(offer, Qt::LeftButton);
    EXPECT_EQ(window().currentPage(), Page::Plan);
    EXPECT_TRUE(window().planPage()->hasDraft()) << "the week was planned";
}

TEST_F(WorkflowTest, ThePlanPageSwitchesClientsItself)
{
    storage::ClientRecord other;
    other.profile.name = "Sam Other";
    other.profile.conditions = {core::Condition::PatellofemoralPain};
    answerScreening(other);
    const qint64 otherId = context().clients().create(other);
    showClient();
    window().showPage(Page::Plan);
    QComboBox* picker = window().planPage()->clientPicker();
    ASSERT_TRUE(picker->isVisible());
    const int index = picker->findData(QVariant::fromValue<qint64>(otherId));
    ASSERT_GE(index, 0);
    picker->setCurrentIndex(index);
    emit picker->activated(index);
    EXPECT_EQ(context().currentClientId(), otherId);
    EXPECT_EQ(window().currentPage(), Page::Plan);
}

class FirstRunTest : public UiTest
{
};

TEST_F(FirstRunTest, InClinicianModeItOpensANewClient)
{
    context().setMode(ui::AppMode::Clinician); // a database with no client at all
    ui::ClientTabs* tabs = window().clientsPage()->clientTabs();
    window().startFirstRun();
    EXPECT_EQ(window().currentPage(), Page::Clients);
    EXPECT_TRUE(tabs->isCreating());
    EXPECT_EQ(tabs->currentWidget(), tabs->profilePage());
}

TEST_F(WorkflowTest, TheEditMenuOffersExerciseCommandsOnlyOnTheLibrary)
{
    for (Page page : {Page::Library, Page::Clients, Page::Plan, Page::Progress}) {
        window().showPage(page);
        for (const char* name :
             {"actionNewExercise", "actionDuplicateExercise", "actionDeleteExercise"}) {
            EXPECT_EQ(action(name)->isVisible(), page == Page::Library)
                << name << " on page " << static_cast<int>(page);
        }
    }
}

class PlanAdjusting : public WorkflowTest
{
protected:
    void SetUp() override
    {
        WorkflowTest::SetUp();
        context().clients().savePlan(clientId(), weekPlan(day(2025, 3, 3)));
        showClient();
        window().showPage(Page::Plan);
        ui::PlanPage* plan = window().planPage();
        plan->editAsNewVersion(); // a draft to adjust
        ASSERT_TRUE(plan->isShowingDraft());
        ASSERT_TRUE(plan->adjustPanel()->isEditable());
    }
    ui::PlanPage* plan() { return window().planPage(); }
    ui::PlanModel* draft() { return plan()->draftModel(); }
    QSpinBox* sets() { return plan()->adjustPanel()->findChild<QSpinBox*>(QStringLiteral("doseSets")); }
    // The row of clamshell on a strength day.
    int clamRow(int d)
    {
        for (int r = 0; r < draft()->exerciseCount(d); ++r) {
            if (draft()->exerciseAt(d, r).id == "clamshell") {
                return r;
            }
        }
        return -1;
    }
};

TEST_F(PlanAdjusting, ATypedDoseIsAppliedWhenAnotherCardIsChosen)
{
    window().activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(&window()));
    plan()->weekView()->setSelection(0, clamRow(0));
    sets()->setFocus();
    sets()->selectAll();
    QTest::keyClicks(sets(), QStringLiteral("5"));
    ASSERT_EQ(sets()->value(), 5);
    // A click on another card: the focus leaves the dose fields, then the selection moves.
    ui::SessionCard* other = plan()->weekView()->card(2, 0);
    QTest::mouseClick(other, Qt::LeftButton);
    EXPECT_EQ(draft()->exerciseAt(0, clamRow(0)).sets, 5) << "the typed dose was kept";
    EXPECT_EQ(draft()->exerciseAt(2, clamRow(2)).sets, 3) << "only on the day it was typed for";
}

TEST_F(PlanAdjusting, ADoseCanGoOnEveryDayOfTheExerciseInOneUndoStep)
{
    plan()->weekView()->setSelection(0, clamRow(0));
    sets()->setValue(4);
    plan()->adjustPanel()->findChild<QCheckBox*>(QStringLiteral("doseAllDays"))->setChecked(true);
    const int before = context().undoStack()->index();
    QTest::mouseClick(plan()->adjustPanel()->findChild<QPushButton*>(QStringLiteral("applyDoseButton")),
                      Qt::LeftButton);
    for (int d : {0, 2, 4}) {
        EXPECT_EQ(draft()->exerciseAt(d, clamRow(d)).sets, 4) << "day " << d;
    }
    EXPECT_EQ(context().undoStack()->index(), before + 1) << "one step to undo";
    context().undoStack()->undo();
    for (int d : {0, 2, 4}) {
        EXPECT_EQ(draft()->exerciseAt(d, clamRow(d)).sets, 3) << "day " << d;
    }
}

TEST_F(PlanAdjusting, ZeroSetsIsAnsweredNotSilentlyReplaced)
{
    plan()->weekView()->setSelection(0, clamRow(0));
    sets()->setValue(0);
    EXPECT_EQ(sets()->value(), 0) << "0 can be typed";
    QTest::mouseClick(plan()->adjustPanel()->findChild<QPushButton*>(QStringLiteral("applyDoseButton")),
                      Qt::LeftButton);
    auto* error = plan()->adjustPanel()->findChild<ui::FieldErrorLabel*>(QStringLiteral("doseError"));
    EXPECT_TRUE(error->error().contains(QStringLiteral("Sets"))) << error->error().toStdString();
    EXPECT_EQ(draft()->exerciseAt(0, clamRow(0)).sets, 3) << "nothing changed";
}

TEST_F(PlanAdjusting, TheSavedDraftIsNotCalledADraft)
{
    ASSERT_TRUE(plan()->savePlan());
    QComboBox* history = plan()->historyCombo();
    const QString shown = history->currentText();
    EXPECT_FALSE(shown.contains(QStringLiteral("Draft")) && shown.contains(QStringLiteral("saved")))
        << shown.toStdString();
}

// ---- The paper log ---------------------------------------------------------------------------

TEST_F(WorkflowTest, ThePaperLogOpensOnNextWeeksPlanAndSaysWhichWeek)
{
    savePlan(day(2025, 3, 10)); // only next week's plan, as for a new client
    context().setCurrentClientId(clientId());
    window().showPage(Page::Progress);
    auto* button = find<QPushButton>("weekLogButton");
    EXPECT_TRUE(button->isEnabled());
    EXPECT_TRUE(button->toolTip().contains(QStringLiteral("10 March 2025")))
        << button->toolTip().toStdString();
}

TEST_F(WorkflowTest, ThePaperLogAnswersAPainAboveTenAndAsksAboutDaysAfterToday)
{
    const storage::StoredPlan plan = savePlan(day(2025, 3, 3)); // today is Wednesday 5 March
    ui::WeekLogDialog dialog(context(), clientId(), plan);
    dialog.show();
    ui::SessionLogGridModel* model = dialog.model();
    model->setTicked(0, 0, true); // Monday's clamshell
    const QModelIndex pain = model->index(model->painRow(), 0);
    dialog.grid()->setCurrentIndex(pain);
    dialog.grid()->edit(pain);
    auto* editor = qobject_cast<QLineEdit*>(dialog.grid()->indexWidget(pain));
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, QStringLiteral("15"));
    EXPECT_EQ(editor->text(), QStringLiteral("15")) << "two digits can be typed";
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("0-10"))) << "said, not swallowed";
    EXPECT_FALSE(model->pain(0).has_value());
    editor->setText(QStringLiteral("3"));

    model->setTicked(0, 4, true); // Friday, two days from now
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(ui::MessageBox::lastText().contains(QStringLiteral("after today")));
    ui::MessageBox::setNextAnswer(QMessageBox::Save);
    EXPECT_TRUE(dialog.save());
    EXPECT_EQ(model->pain(0), 3);
    EXPECT_EQ(tracking().sessionLogs(clientId()).size(), 2U);
}

// ---- Words and the Library editor ------------------------------------------------------------

TEST(EngineText, DatesTakeOneStyleAndIdsBecomeWords)
{
    const QString text = ui::engineText(std::string(
        "Red flag in the check-in of 2025-03-05: \"Does the knee lock?\" was answered yes "
        "(locked_knee). Kneeling is left out with patellofemoral_pain. \"Bridge\" (bridge) is "
        "no longer in the library."));
    EXPECT_FALSE(text.contains(QStringLiteral("2025-03-05"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("5 March 2025"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("(bridge)"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("locked_knee")));
    EXPECT_FALSE(text.contains(QLatin1Char('_'))) << text.toStdString();
    EXPECT_TRUE(text.contains(ui::Labels::of(core::Condition::PatellofemoralPain).toLower()));
}

TEST(Plurals, CountsReadAsEnglish)
{
    ui::initResources();
    EXPECT_EQ(QCoreApplication::translate("glidepath::ui::ProgressPage", "%n check-in(s) since %1.",
                                          nullptr, 1),
              QStringLiteral("1 check-in since %1."));
    EXPECT_EQ(QCoreApplication::translate("glidepath::ui::ProgressPage", "%n check-in(s) since %1.",
                                          nullptr, 3),
              QStringLiteral("3 check-ins since %1."));
}

TEST_F(WorkflowTest, TheLibraryBannerNamesTheFieldAndTheReasonAndUndoKeepsTheScroll)
{
    window().resize(1024, 700);
    const core::Exercise custom = storeCustom("clamshell", "my-clamshell"); // sets 2, max 3
    emit context().changes().exercisesChanged();
    window().showPage(Page::Library);
    window().libraryPage()->selectExercise(custom.id);
    find<QSpinBox>("doseSetsSpin")->setValue(5);
    const QString banner = find<QLabel>("exerciseBannerText")->text();
    EXPECT_TRUE(banner.contains(QStringLiteral("above the maximum (3)"))) << banner.toStdString();
    find<QSpinBox>("maxSetsSpin")->setValue(5); // valid again: saved

    auto* scroll = find<QScrollArea>("exerciseEditorScroll");
    // The banner's new text (saved) changes the header's height two levels up: read the range
    // once that has reached the scroll area, or the bottom is the old one.
    settleLayouts();
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    const int at = scroll->verticalScrollBar()->value();
    ASSERT_GT(at, 0);
    find<QSpinBox>("doseSetsSpin")->setValue(4);
    action("actionUndo")->trigger();
    settleLayouts();
    EXPECT_EQ(context().exercises().find(custom.id)->dose.sets, 5);
    EXPECT_EQ(scroll->verticalScrollBar()->value(), at) << "the editor stays where it was";
}

} // namespace
} // namespace glidepath::test
