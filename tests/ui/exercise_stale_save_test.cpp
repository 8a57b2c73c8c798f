// Two desks editing one custom exercise (issue 14): the Library's editor saves each finished
// field based on the row version it read, so a save over someone else's newer one is never
// silent. It asks as the client forms do (Reload theirs, Keep mine as a new version, Cancel), and
// undo and redo of its own steps never trip the check. On a file the other desk writes through a
// second repository; on the clinic server (GLIDEPATH_TEST_PG) through a second connection.

#include "database_location.h"
#include "desk_fixture.h"
#include "ui_fixture.h"
#include "widgets/common/form_save.h"
#include "widgets/common/plain_text_field.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/library_page.h"

#include <glidepath/storage/server_url.h>

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>

#include <unistd.h>

namespace glidepath::test {
namespace {

class ExerciseStaleSaveTest : public DeskTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        setUpDesks("gp_ui_exstale_");
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        context().setMode(ui::AppMode::Clinician);
        m_mine = storeCustom("clamshell", "desk-clam"); // dose: 2 sets
        emit context().changes().exercisesChanged();
        page()->selectExercise(m_mine.id);
    }

    ui::LibraryPage* page() { return window().libraryPage(); }
    ui::ExerciseEditor* editor() { return page()->editor(); }
    template <typename T> T* field(const char* objectName) { return findIn<T>(page(), objectName); }

    storage::ExerciseRepository theirs()
    {
        return storage::ExerciseRepository(m_otherDesk ? *m_otherDesk : context().database());
    }

    // Desk B saves the exercise with a new summary, based on the version it read.
    void theyChangeTheSummary(const std::string& summary)
    {
        storage::ExerciseRepository exercises = theirs();
        core::Exercise exercise = *exercises.find(m_mine.id);
        exercise.summary = summary;
        exercises.update(exercise, exercises.stamp(m_mine.id)->rowVersion);
    }

    core::Exercise stored() { return *context().exercises().find(m_mine.id); }

    // A finished edit of mine (the spin box saves as it changes); the clam allows 1 to 3 sets.
    void iChangeTheSets(int sets) { field<QSpinBox>("doseSetsSpin")->setValue(sets); }

    QString shownSummary() { return field<ui::PlainTextField>("summaryEdit")->text(); }

    // Fails (and answers Cancel) when the next action asks anything: my own steps never ask.
    void expectNoQuestion(const std::function<void()>& action)
    {
        bool asked = false;
        QTimer::singleShot(0, [&asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = true;
                box->reject();
            }
        });
        const QString before = ui::MessageBox::lastText();
        action();
        QCoreApplication::processEvents();
        EXPECT_FALSE(asked) << "asked: " << ui::MessageBox::lastText().toStdString();
        EXPECT_EQ(ui::MessageBox::lastText(), before) << "a question was asked";
    }

    core::Exercise m_mine;
};

TEST_P(ExerciseStaleSaveTest, ASaveElsewhereIsAskedAboutAndNothingIsOverwritten)
{
    theyChangeTheSummary("Their summary of the clam.");
    const int steps = context().undoStack()->count();

    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    iChangeTheSets(3);
    const QString asked = ui::MessageBox::lastText();
    EXPECT_TRUE(
        asked.contains(QStringLiteral("the exercise “Custom Clamshell”"), Qt::CaseInsensitive))
        << asked.toStdString();
    const storage::ExerciseStamp now = *theirs().stamp(m_mine.id);
    EXPECT_TRUE(asked.contains(QString::fromStdString(now.updatedBy))) << asked.toStdString();

    EXPECT_EQ(stored().summary, "Their summary of the clam.") << "theirs is kept";
    EXPECT_EQ(stored().dose.sets, 2) << "mine is not saved";
    EXPECT_EQ(context().undoStack()->count(), steps);
    // What I typed is still in the form, marked as not saved.
    EXPECT_EQ(field<QSpinBox>("doseSetsSpin")->value(), 3);
    EXPECT_TRUE(editor()->hasUnsavedChanges());
    EXPECT_TRUE(field<QLabel>("exerciseBannerText")->text().contains(QStringLiteral("Not saved")))
        << field<QLabel>("exerciseBannerText")->text().toStdString();

    // The next finished field asks again (still stale) rather than saving over theirs.
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    iChangeTheSets(1);
    EXPECT_EQ(stored().dose.sets, 2);
    EXPECT_EQ(stored().summary, "Their summary of the clam.");
}

TEST_P(ExerciseStaleSaveTest, ReloadShowsTheirsAndTheNextEditSavesOnTopOfIt)
{
    theyChangeTheSummary("Their summary of the clam.");
    const int steps = context().undoStack()->count();

    ui::MessageBox::setNextAnswer(QMessageBox::Yes); // Reload theirs
    iChangeTheSets(3);
    EXPECT_EQ(shownSummary(), QStringLiteral("Their summary of the clam."));
    EXPECT_EQ(field<QSpinBox>("doseSetsSpin")->value(), 2) << "my change is dropped";
    EXPECT_EQ(stored().dose.sets, 2);
    EXPECT_FALSE(editor()->hasUnsavedChanges());
    EXPECT_EQ(context().undoStack()->count(), steps) << "nothing saved, nothing to undo";

    // Now based on their version: no question, and their summary stays.
    expectNoQuestion([&] { iChangeTheSets(3); });
    EXPECT_EQ(stored().dose.sets, 3);
    EXPECT_EQ(stored().summary, "Their summary of the clam.");
}

TEST_P(ExerciseStaleSaveTest, KeepMineSavesOverTheirsAndUndoBringsTheirsBack)
{
    theyChangeTheSummary("Their summary of the clam.");

    ui::MessageBox::setNextAnswer(QMessageBox::No); // Keep mine as a new version
    iChangeTheSets(3);
    EXPECT_EQ(stored().dose.sets, 3);
    EXPECT_EQ(stored().summary, m_mine.summary) << "mine is the whole form, as I saw it";
    EXPECT_FALSE(editor()->hasUnsavedChanges());

    // Undo puts their version back (not the one my form started from), and the form follows.
    context().undoStack()->undo();
    EXPECT_EQ(stored().summary, "Their summary of the clam.");
    EXPECT_EQ(stored().dose.sets, 2);
    EXPECT_EQ(shownSummary(), QStringLiteral("Their summary of the clam."));
    EXPECT_EQ(field<QSpinBox>("doseSetsSpin")->value(), 2);
    context().undoStack()->redo();
    EXPECT_EQ(stored().dose.sets, 3);
    EXPECT_EQ(stored().summary, m_mine.summary);
    EXPECT_EQ(field<QSpinBox>("doseSetsSpin")->value(), 3);

    // After undo and redo the form is based on what is stored: my own steps never ask.
    expectNoQuestion([&] { iChangeTheSets(1); });
    EXPECT_EQ(stored().dose.sets, 1);
}

// A second save elsewhere while the question is open is asked about again, never overwritten.
TEST_P(ExerciseStaleSaveTest, ASaveElsewhereWhileAskingIsAskedAboutAgain)
{
    theyChangeTheSummary("Theirs, first.");
    int asked = 0;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        ++asked;
        theyChangeTheSummary("Theirs, again.");
        QTimer::singleShot(0, [&] {
            auto* again = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(again, nullptr);
            ++asked;
            for (QAbstractButton* button : again->buttons()) {
                if (button->text() == ui::FormSave::keepMineLabel()) {
                    button->click();
                }
            }
        });
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == ui::FormSave::keepMineLabel()) {
                button->click();
            }
        }
    });
    iChangeTheSets(3);
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(stored().dose.sets, 3);
    context().undoStack()->undo();
    EXPECT_EQ(stored().summary, "Theirs, again.") << "undo brings back the last one seen";
}

TEST_P(ExerciseStaleSaveTest, UndoAndRedoOfMyOwnEditsNeverAsk)
{
    auto* name = field<QLineEdit>("nameEdit");
    expectNoQuestion([&] {
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Desk clam"));
        QTest::keyClick(name, Qt::Key_Return);
    });
    EXPECT_EQ(stored().name, "Desk clam");
    expectNoQuestion([&] { iChangeTheSets(3); });
    EXPECT_EQ(context().undoStack()->count(), 2);

    context().undoStack()->undo();
    context().undoStack()->undo();
    EXPECT_EQ(stored(), m_mine) << "undo restores the database";
    EXPECT_EQ(name->text(), QString::fromStdString(m_mine.name)) << "and the form";
    context().undoStack()->redo();
    EXPECT_EQ(stored().name, "Desk clam");

    // The version moved with every undo and redo: the form's next save is based on the last.
    expectNoQuestion([&] { iChangeTheSets(1); });
    EXPECT_EQ(stored().dose.sets, 1);
    EXPECT_EQ(stored().name, "Desk clam");
    context().undoStack()->undo();
    EXPECT_EQ(stored().dose.sets, 2);
    EXPECT_EQ(field<QSpinBox>("doseSetsSpin")->value(), 2);
}

// Hiding changes the flag alone: mine does not ask, and it does not hide a save elsewhere from
// the next save of the form.
TEST_P(ExerciseStaleSaveTest, HidingKeepsTheFormUpToDateButNeverAdoptsTheirVersion)
{
    auto* hidden = field<QCheckBox>("hiddenCheck");
    expectNoQuestion([&] { hidden->click(); });
    EXPECT_TRUE(stored().hidden);
    expectNoQuestion([&] { iChangeTheSets(3); });
    EXPECT_EQ(stored().dose.sets, 3);

    theyChangeTheSummary("Their summary of the clam.");
    expectNoQuestion([&] { hidden->click(); });
    EXPECT_FALSE(stored().hidden);
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    iChangeTheSets(1);
    EXPECT_TRUE(ui::MessageBox::lastText().contains(QStringLiteral("after you opened it")))
        << ui::MessageBox::lastText().toStdString();
    EXPECT_EQ(stored().summary, "Their summary of the clam.");
    EXPECT_EQ(stored().dose.sets, 3);
}

// The real dialog: its title and buttons are the shared ones, and Reload theirs works.
TEST_P(ExerciseStaleSaveTest, TheRealQuestionOffersTheThreeChoices)
{
    theyChangeTheSummary("Their summary of the clam.");
    QString title;
    QStringList labels;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        title = box->windowTitle();
        QAbstractButton* reload = nullptr;
        for (QAbstractButton* button : box->buttons()) {
            labels << button->text();
            if (button->text() == ui::FormSave::reloadTheirsLabel()) {
                reload = button;
            }
        }
        ASSERT_NE(reload, nullptr);
        reload->click();
    });
    iChangeTheSets(3);
    EXPECT_EQ(title, ui::FormSave::staleTitle());
    EXPECT_TRUE(labels.contains(ui::FormSave::keepMineLabel()))
        << labels.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("Cancel")));
    EXPECT_EQ(shownSummary(), QStringLiteral("Their summary of the clam."));
}

// The server goes away mid-work: nothing is saved, the form keeps what was typed, and Retry
// connects again and saves it once.
TEST_P(ExerciseStaleSaveTest, AServerGoneMidWorkKeepsTheEditAndRetrySavesOnce)
{
    if (GetParam() == Backend::File) {
        GTEST_SKIP() << "a file has no connection to lose";
    }
    m_otherDesk.reset();
    const auto dropConnections = [this] {
        return runOnServer(m_admin, "SELECT pg_terminate_backend(pid, 10000) FROM "
                                    "pg_stat_activity WHERE datname = '" +
                                        m_name + "' AND pid <> pg_backend_pid()");
    };
    ASSERT_TRUE(dropConnections());

    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    iChangeTheSets(3);
    EXPECT_TRUE(ui::MessageBox::lastText().contains(
        QStringLiteral("connection to the clinic server was lost")))
        << ui::MessageBox::lastText().toStdString();
    EXPECT_EQ(field<QSpinBox>("doseSetsSpin")->value(), 3) << "what was typed stays";
    EXPECT_TRUE(editor()->hasUnsavedChanges());
    EXPECT_TRUE(field<QLabel>("exerciseBannerText")->text().contains(QStringLiteral("clinic")));
    EXPECT_EQ(context().undoStack()->count(), 0);

    ASSERT_TRUE(dropConnections());
    ui::MessageBox::setNextAnswer(QMessageBox::Retry);
    iChangeTheSets(1);
    EXPECT_FALSE(editor()->hasUnsavedChanges());
    std::unique_ptr<storage::Database> desk =
        storage::Database::open(storage::parseServerUrl(m_address));
    EXPECT_EQ(storage::ExerciseRepository(*desk).find(m_mine.id)->dose.sets, 1);
    EXPECT_EQ(context().undoStack()->count(), 1) << "saved once";
    context().undoStack()->undo();
    EXPECT_EQ(stored().dose.sets, 2);
}

INSTANTIATE_TEST_SUITE_P(Desks, ExerciseStaleSaveTest, kBothDesks, deskName);

} // namespace
} // namespace glidepath::test
