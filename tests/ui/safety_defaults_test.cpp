// Safety defaults seen in use: nothing is answered for the user (red-flag questions, pain,
// sessions done), a red flag at a check-in stops the plan in hand at once, "today" is the local
// date, and the mouse wheel never changes an input it merely passes over.

#include "models/plan_model.h"
#include "ui_fixture.h"
#include "widgets/clients/check_in_form.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/clients_page.h"
#include "widgets/clients/pain_slider.h"
#include "widgets/clients/profile_editor.h"
#include "widgets/clients/red_flag_questions.h"
#include "widgets/common/field_error_label.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/library_page.h"
#include "widgets/plan/decision_banner.h"
#include "widgets/plan/plan_page.h"

#include <glidepath/core/plan_status.h>
#include <glidepath/report/red_flag_text.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QUndoStack>
#include <QWheelEvent>

#include <cstdlib>
#include <ctime>

namespace glidepath::test {
namespace {

// Every red-flag question the screening and the check-in ask.
const std::size_t kFlagCount = core::allValues<core::RedFlag>().size();

core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / m / d};
}

QString nameOf(core::RedFlag flag)
{
    const std::string_view name = core::toString(flag);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

class SafetyDefaultsTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        context().setMode(ui::AppMode::Clinician);
    }

    ui::ClientTabs* tabs()
    {
        window().showPage(ui::MainWindow::Page::Clients);
        return window().clientsPage()->clientTabs();
    }
    ui::CheckInForm* form() { return tabs()->checkInForm(); }
    ui::PlanPage* plan()
    {
        window().showPage(ui::MainWindow::Page::Plan);
        return window().planPage();
    }

    qint64 storeClient(bool screened = true)
    {
        storage::ClientRecord record;
        record.profile.name = "Noor Amari";
        record.profile.conditions = {core::Condition::PatellofemoralPain};
        record.profile.equipment = {core::Equipment::Mat, core::Equipment::Band,
                                    core::Equipment::Step, core::Equipment::Chair};
        if (screened) {
            answerScreening(record);
        }
        const qint64 id = context().clients().create(record);
        emit context().changes().clientsChanged();
        context().setCurrentClientId(id);
        return id;
    }

    void clickButton(QWidget* root, const char* name)
    {
        auto* button = root->findChild<QPushButton*>(QString::fromLatin1(name));
        ASSERT_NE(button, nullptr) << name;
        ASSERT_TRUE(button->isEnabled()) << name << " is disabled";
        QTest::mouseClick(button, Qt::LeftButton);
    }

    ui::PainSlider* pain(const char* name)
    {
        return form()->findChild<ui::PainSlider*>(QString::fromLatin1(name));
    }

    QString stateText(core::RedFlag flag)
    {
        auto* label = form()->findChild<QLabel*>(QStringLiteral("redFlagState_") + nameOf(flag));
        EXPECT_NE(label, nullptr);
        return label && label->isVisibleTo(form()) ? label->text() : QString();
    }

    // A full check-in through the form: pains, sessions and every red-flag question.
    void checkIn(int painExercise, std::vector<core::RedFlag> yes = {})
    {
        pain("painRest")->setValue(1);
        pain("painActivity")->setValue(2);
        pain("painExercise")->setValue(painExercise);
        form()->findChild<QSpinBox*>(QStringLiteral("sessionsDone"))->setValue(3);
        answerRedFlags(form(), yes);
        clickButton(tabs(), "saveCheckInButton");
    }
};

// --- 2. nothing answered for the user ------------------------------------------------------

TEST_F(SafetyDefaultsTest, ANewCheckInStartsWithNothingAnswered)
{
    storeClient();
    for (const core::RedFlag flag : core::allValues<core::RedFlag>()) {
        SCOPED_TRACE(nameOf(flag).toStdString());
        EXPECT_FALSE(form()
                         ->findChild<QRadioButton*>(QStringLiteral("redFlagNo_") + nameOf(flag))
                         ->isChecked());
        EXPECT_FALSE(form()
                         ->findChild<QRadioButton*>(QStringLiteral("redFlagYes_") + nameOf(flag))
                         ->isChecked());
        EXPECT_EQ(stateText(flag), QStringLiteral("Not answered yet"));
    }
    for (const char* name : {"painRest", "painActivity", "painExercise"}) {
        EXPECT_FALSE(pain(name)->isRated()) << name;
        EXPECT_EQ(pain(name)->slider()->accessibleDescription(), QStringLiteral("Not rated yet"));
    }
    auto* done = form()->findChild<QSpinBox*>(QStringLiteral("sessionsDone"));
    EXPECT_EQ(done->text(), QStringLiteral("not entered")) << "not 3 of 3";
}

TEST_F(SafetyDefaultsTest, ACheckInIsNotSavedUntilEveryQuestionIsAnsweredAndSaysWhich)
{
    const qint64 id = storeClient();
    clickButton(tabs(), "saveCheckInButton");
    EXPECT_TRUE(context().clients().checkIns(id).empty());
    auto* missing = form()->findChild<ui::FieldErrorLabel*>(QStringLiteral("redFlagMissing"));
    EXPECT_TRUE(missing->isVisibleTo(form()));
    EXPECT_TRUE(missing->error().contains(QStringLiteral("all %1").arg(kFlagCount)))
        << missing->error().toStdString();
    EXPECT_EQ(stateText(core::RedFlag::LockedKnee), QStringLiteral("Please answer"));
    EXPECT_FALSE(form()
                     ->findChild<ui::FieldErrorLabel*>(QStringLiteral("adherenceError"))
                     ->error()
                     .isEmpty());

    // Everything but questions 3 and 7.
    pain("painRest")->setValue(0);
    pain("painActivity")->setValue(2);
    pain("painExercise")->setValue(3);
    form()->findChild<QSpinBox*>(QStringLiteral("sessionsDone"))->setValue(2);
    answerRedFlags(form());
    auto* redFlags = form()->findChild<ui::RedFlagQuestions*>(QStringLiteral("checkInRedFlags"));
    redFlags->clearAnswers();
    for (const core::RedFlag flag : core::allValues<core::RedFlag>()) {
        if (flag != core::RedFlag::LockedKnee && flag != core::RedFlag::UnexplainedWeightLoss) {
            redFlags->setAnswer(flag, false);
        }
    }
    clickButton(tabs(), "saveCheckInButton");
    EXPECT_TRUE(context().clients().checkIns(id).empty());
    const QString list = QLocale().createSeparatedList({QStringLiteral("3"), QStringLiteral("7")});
    EXPECT_EQ(missing->error(), QStringLiteral("Not answered yet: red-flag questions %1. Every "
                                               "red-flag question needs a yes or a no.")
                                    .arg(list));
    EXPECT_EQ(stateText(core::RedFlag::LockedKnee), QStringLiteral("Please answer"));
    EXPECT_EQ(stateText(core::RedFlag::UnexplainedWeightLoss), QStringLiteral("Please answer"));
    EXPECT_TRUE(stateText(core::RedFlag::CannotBearWeight).isEmpty()) << "answered: no marker";

    form()->findChild<QRadioButton*>(QStringLiteral("redFlagNo_locked_knee"))->click();
    EXPECT_TRUE(stateText(core::RedFlag::LockedKnee).isEmpty()) << "answering clears its marker";
    form()->findChild<QRadioButton*>(QStringLiteral("redFlagNo_unexplained_weight_loss"))->click();
    clickButton(tabs(), "saveCheckInButton");
    const auto stored = context().clients().checkIns(id);
    ASSERT_EQ(stored.size(), 1U);
    EXPECT_EQ(stored.front().checkIn.painRest, 0) << "0 is a rating once given";
    EXPECT_TRUE(stored.front().checkIn.redFlags.empty());
    EXPECT_DOUBLE_EQ(stored.front().checkIn.adherence, 2.0 / 3.0);
}

TEST_F(SafetyDefaultsTest, NoPainIsGivenByTouchingTheSliderAtZero)
{
    storeClient();
    ui::PainSlider* rest = pain("painRest");
    ASSERT_FALSE(rest->isRated());
    rest->slider()->setFocus();
    QTest::keyClick(rest->slider(), Qt::Key_Home); // already at 0: the value does not change
    EXPECT_TRUE(rest->isRated());
    EXPECT_EQ(rest->value(), 0);
    EXPECT_TRUE(form()->isModified());
}

TEST_F(SafetyDefaultsTest, NoPlanIsMadeUntilTheScreeningIsAnswered)
{
    const qint64 id = storeClient(false);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    clickButton(plan(), "planNextWeekButton");
    EXPECT_FALSE(plan()->hasDraft());
    EXPECT_TRUE(ui::MessageBox::lastText().contains(
        QStringLiteral("Not answered yet: all %1").arg(kFlagCount)))
        << ui::MessageBox::lastText().toStdString();

    // The profile shows the questions unanswered; a partial screening is kept but still blocks.
    ui::ProfileEditor* editor = tabs()->profileEditor();
    EXPECT_EQ(editor->screening()->unanswered().size(), kFlagCount);
    for (const core::RedFlag flag : core::allValues<core::RedFlag>()) {
        if (flag != core::RedFlag::YoungPersonHipRotationPain) { // question 9 stays unanswered
            editor->findChild<QRadioButton*>(QStringLiteral("redFlagNo_") + nameOf(flag))->click();
        }
    }
    clickButton(tabs(), "saveProfileButton");
    EXPECT_EQ(context().clients().find(id)->screeningAnsweredNo.size(), kFlagCount - 1);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    clickButton(plan(), "planNextWeekButton");
    EXPECT_FALSE(plan()->hasDraft());
    EXPECT_TRUE(ui::MessageBox::lastText().contains(QStringLiteral("question 9")))
        << ui::MessageBox::lastText().toStdString();

    answerRedFlags(tabs()->profileEditor());
    clickButton(tabs(), "saveProfileButton");
    EXPECT_TRUE(core::unansweredRedFlags(context().clients().find(id)->screeningRedFlags,
                                         context().clients().find(id)->screeningAnsweredNo)
                    .empty());
    clickButton(plan(), "planNextWeekButton");
    EXPECT_TRUE(plan()->hasDraft());
}

// --- 3. a red flag at a check-in stops the plan in hand ------------------------------------

TEST_F(SafetyDefaultsTest, ARedFlagAtACheckInShowsTheReferralAndSupersedesTheSavedPlan)
{
    const qint64 id = storeClient();
    checkIn(2);
    clickButton(plan(), "planNextWeekButton");
    clickButton(plan(), "savePlanButton");
    ASSERT_EQ(context().clients().plans(id).size(), 1U);
    EXPECT_TRUE(action("actionPrint")->isEnabled());
    EXPECT_TRUE(action("actionExportPdf")->isEnabled());

    // The fixed clock puts this check-in on the first one's date: keep both, then the referral.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    checkIn(2, {core::RedFlag::LockedKnee});
    ASSERT_EQ(context().clients().checkIns(id).size(), 2U);
    const QString dialog = ui::MessageBox::lastText();
    EXPECT_TRUE(dialog.contains(report::redFlagReferral(core::RedFlag::LockedKnee)))
        << dialog.toStdString();
    EXPECT_TRUE(dialog.contains(QStringLiteral("superseded")));
    EXPECT_TRUE(dialog.contains(QStringLiteral("who reviewed and when")));

    ui::PlanPage* page = plan();
    ASSERT_TRUE(page->hasPlan());
    EXPECT_TRUE(page->isShownPlanSuperseded());
    EXPECT_TRUE(page->banner()->isSuperseded());
    EXPECT_TRUE(page->banner()->reasonsText().contains(QStringLiteral("book an assessment")))
        << page->banner()->reasonsText().toStdString();
    EXPECT_TRUE(page->banner()->reasonsText().contains(QStringLiteral("who reviewed and when")));
    EXPECT_FALSE(action("actionPrint")->isEnabled());
    EXPECT_FALSE(action("actionExportPdf")->isEnabled());
    EXPECT_TRUE(action("actionPrint")->toolTip().contains(QStringLiteral("superseded")));
    EXPECT_FALSE(page->writePdf(tempPath(QStringLiteral("plan.pdf")),
                                ui::PlanPage::PdfVariant::HomeRoutine, {})
                     .isEmpty());
    EXPECT_FALSE(QFile::exists(tempPath(QStringLiteral("plan.pdf"))));
    auto* history = page->historyCombo();
    bool labelled = false;
    for (int i = 0; i < history->count(); ++i) {
        labelled = labelled || history->itemText(i).contains(QStringLiteral("superseded"));
    }
    EXPECT_TRUE(labelled) << "the saved version is listed as superseded";

    // Planning again gives the referral, which is printable advice, not a superseded plan.
    clickButton(page, "planNextWeekButton");
    EXPECT_EQ(page->banner()->action(), core::Action::Refer);
    EXPECT_FALSE(page->isShownPlanSuperseded());

    // A newer check-in with every answer "no" (after the clinician's review) lifts the stop.
    context().setClock(std::make_shared<core::FixedClock>(day(2025, 3, 12)));
    tabs()->checkInForm()->reset(day(2025, 3, 12), 3);
    checkIn(1);
    page = plan();
    page->historyCombo()->setCurrentIndex(page->historyCombo()->count() - 1);
    emit page->historyCombo()->activated(page->historyCombo()->count() - 1);
    EXPECT_FALSE(page->isShownPlanSuperseded());
    EXPECT_TRUE(action("actionPrint")->isEnabled());
}

// --- 1. "today" is the local date -----------------------------------------------------------

// Sunday 6 December 2026, 19:30 in Los Angeles: already Monday 03:30 in UTC.
std::chrono::system_clock::time_point sundayEveningInLosAngeles()
{
    return std::chrono::sys_days{std::chrono::year{2026} / 12 / 7} + std::chrono::hours{3} +
           std::chrono::minutes{30};
}

TEST_F(SafetyDefaultsTest, PlanNextWeekOnASundayEveningInTheAmericasPlansTheComingMonday)
{
    const QByteArray oldZone = qgetenv("TZ");
    qputenv("TZ", "<-08>8"); // Los Angeles in winter, no tz database needed
    ::tzset();
    context().setClock(std::make_shared<core::SystemClock>(&sundayEveningInLosAngeles));
    storeClient();
    EXPECT_EQ(form()->checkIn().date, day(2026, 12, 6)) << "the check-in is dated Sunday";
    clickButton(plan(), "planNextWeekButton");
    ASSERT_TRUE(plan()->hasDraft());
    EXPECT_EQ(plan()->draftModel()->plan().weekStart, day(2026, 12, 7))
        << "the next day, not a week later";
    if (oldZone.isNull()) {
        qunsetenv("TZ");
    } else {
        qputenv("TZ", oldZone);
    }
    ::tzset();
}

// --- 4. the wheel never changes an input it passes over ------------------------------------

TEST_F(SafetyDefaultsTest, WheelOverAnUnfocusedComboInTheExerciseEditorScrollsAndSavesNothing)
{
    const core::Exercise custom = storeCustom("clamshell", "my-clamshell");
    emit context().changes().exercisesChanged();
    window().showPage(ui::MainWindow::Page::Library);
    window().resize(900, 420); // short, so the editor scrolls
    ui::LibraryPage* library = window().libraryPage();
    library->selectExercise(custom.id);
    ui::ExerciseEditor* editor = library->editor();
    auto* combo = editor->findChild<QComboBox*>(QStringLiteral("positionCombo"));
    auto* scroll = editor->findChild<QScrollArea*>(QStringLiteral("exerciseEditorScroll"));
    ASSERT_NE(combo, nullptr);
    ASSERT_NE(scroll, nullptr);
    QApplication::processEvents();
    ASSERT_GT(scroll->verticalScrollBar()->maximum(), 0) << "the editor must scroll for this test";
    EXPECT_EQ(combo->focusPolicy(), Qt::StrongFocus) << "the wheel does not give it focus";
    auto* name = editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    window().activateWindow();
    name->setFocus();
    ASSERT_FALSE(combo->hasFocus());

    const int index = combo->currentIndex();
    const int undoCount = context().undoStack()->count();
    const int scrolled = scroll->verticalScrollBar()->value();
    const QPoint at = combo->rect().center();
    QWheelEvent down(at, combo->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(combo, &down);
    EXPECT_EQ(combo->currentIndex(), index) << "the combo did not change";
    EXPECT_EQ(context().undoStack()->count(), undoCount) << "nothing was saved";
    EXPECT_EQ(*context().exercises().find(custom.id), custom);
    EXPECT_GT(scroll->verticalScrollBar()->value(), scrolled) << "the form scrolled instead";

    // With the focus (clicked or tabbed into), the wheel is the user's choice again.
    combo->setFocus();
    ASSERT_TRUE(combo->hasFocus());
    QWheelEvent again(at, combo->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(combo, &again);
    EXPECT_NE(combo->currentIndex(), index);
}

TEST_F(SafetyDefaultsTest, WheelOverUnfocusedCheckInInputsChangesNothing)
{
    storeClient();
    auto* done = form()->findChild<QSpinBox*>(QStringLiteral("sessionsDone"));
    ui::PainSlider* rest = pain("painRest");
    auto* swelling = form()->findChild<QComboBox*>(QStringLiteral("swelling"));
    window().activateWindow();
    tabs()->setFocus();
    for (QWidget* input : std::initializer_list<QWidget*>{done, rest->slider(), swelling}) {
        ASSERT_FALSE(input->hasFocus());
        const QPoint at = input->rect().center();
        QWheelEvent up(at, input->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                       Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(input, &up);
    }
    EXPECT_EQ(done->value(), -1);
    EXPECT_FALSE(rest->isRated());
    EXPECT_EQ(swelling->currentIndex(), 0);
    EXPECT_FALSE(form()->isModified());
}

} // namespace
} // namespace glidepath::test
