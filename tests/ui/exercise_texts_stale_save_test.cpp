// Two desks editing one custom exercise's German text (issue 14): the Library editor's German
// section saves each finished field based on the exercise's version, like the English fields, so
// a save over someone else's newer one is never silent. It asks the shared question (Reload
// theirs, Keep mine as a new version, Cancel), and my own German and English saves never ask
// about each other. On a file the other desk writes through a second repository; on the clinic
// server (GLIDEPATH_TEST_PG) through a second connection.

#include "desk_fixture.h"
#include "german_ui.h"
#include "ui_fixture.h"
#include "widgets/common/form_save.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/exercise_translation_section.h"
#include "widgets/library/library_page.h"

#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/exercise_texts.h>

#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QUndoStack>

#include <optional>

namespace glidepath::test {
namespace {

class ExerciseTextsStaleSaveTest : public DeskTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_german.emplace();
        ASSERT_TRUE(m_german->loaded());
        setUpDesks("gp_ui_textstale_");
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        context().setMode(ui::AppMode::Clinician);
        m_mine = storeCustom("clamshell", "desk-clam");
        storage::ExerciseTexts german;
        german["de"].name = "Muschel";
        storage::ExerciseTextRepository(context().database()).replace(m_mine.id, german);
        emit context().changes().exercisesChanged();
        window().libraryPage()->selectExercise(m_mine.id);
        ASSERT_TRUE(section()->isVisibleTo(window().libraryPage()));
    }
    void TearDown() override
    {
        DeskTest::TearDown();
        m_german.reset();
    }

    ui::ExerciseTranslationSection* section()
    {
        return findIn<ui::ExerciseTranslationSection>(window().libraryPage(), "translationGroup");
    }
    QLineEdit* germanName()
    {
        return findIn<QLineEdit>(window().libraryPage(), "translatedNameEdit");
    }

    // Desk B saves the German name, based on the version it read.
    void theyRenameInGerman(const std::string& name)
    {
        storage::ExerciseTexts german;
        german["de"].name = name;
        storage::ExerciseTextRepository(otherDesk())
            .replace(m_mine.id, german,
                     storage::ExerciseRepository(otherDesk()).stamp(m_mine.id)->rowVersion);
    }

    // A finished edit of the German name.
    void iRenameInGerman(const QString& name)
    {
        germanName()->setText(name);
        germanName()->setModified(true);
        emit germanName()->editingFinished();
    }

    std::string storedGermanName()
    {
        return storage::ExerciseTextRepository(context().database()).find(m_mine.id).at("de").name;
    }

    std::optional<GermanUi> m_german;
    core::Exercise m_mine;
};

TEST_P(ExerciseTextsStaleSaveTest, TheirNewerTextIsAskedAboutAndCancelKeepsMineUnsaved)
{
    theyRenameInGerman("Muschel von nebenan");
    const int steps = context().undoStack()->count();

    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    iRenameInGerman(QStringLiteral("Meine Muschel"));
    const QString asked = ui::MessageBox::lastText();
    const storage::ExerciseStamp now = *context().exercises().stamp(m_mine.id);
    EXPECT_TRUE(asked.contains(QString::fromStdString(now.updatedBy))) << asked.toStdString();
    EXPECT_TRUE(asked.contains(QStringLiteral("Custom Clamshell"))) << asked.toStdString();
    EXPECT_EQ(storedGermanName(), "Muschel von nebenan") << "theirs is kept";
    EXPECT_EQ(context().undoStack()->count(), steps) << "nothing saved, nothing to undo";
    EXPECT_EQ(germanName()->text(), QStringLiteral("Meine Muschel")) << "what I typed stays";
    EXPECT_FALSE(section()->error().isEmpty()) << "and is marked as not saved";

    // The next finished field asks again rather than saving over theirs.
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    iRenameInGerman(QStringLiteral("Meine Muschel, neu"));
    EXPECT_NE(ui::MessageBox::lastText(), QString());
    EXPECT_EQ(storedGermanName(), "Muschel von nebenan");
}

TEST_P(ExerciseTextsStaleSaveTest, ReloadShowsTheirTextAndTheNextEditSavesOnTopOfIt)
{
    theyRenameInGerman("Muschel von nebenan");
    ui::MessageBox::setNextAnswer(QMessageBox::Yes); // Reload theirs
    iRenameInGerman(QStringLiteral("Meine Muschel"));
    EXPECT_EQ(germanName()->text(), QStringLiteral("Muschel von nebenan"));
    EXPECT_EQ(storedGermanName(), "Muschel von nebenan");
    EXPECT_TRUE(section()->error().isEmpty());

    const QString before = ui::MessageBox::lastText();
    iRenameInGerman(QStringLiteral("Meine Muschel"));
    EXPECT_EQ(ui::MessageBox::lastText(), before) << "based on theirs now: no question";
    EXPECT_EQ(storedGermanName(), "Meine Muschel");
}

TEST_P(ExerciseTextsStaleSaveTest, KeepMineSavesOverTheirsAndUndoBringsTheirsBack)
{
    theyRenameInGerman("Muschel von nebenan");
    ui::MessageBox::setNextAnswer(QMessageBox::No); // Keep mine as a new version
    iRenameInGerman(QStringLiteral("Meine Muschel"));
    EXPECT_EQ(storedGermanName(), "Meine Muschel");
    EXPECT_TRUE(section()->error().isEmpty());

    context().undoStack()->undo();
    EXPECT_EQ(storedGermanName(), "Muschel von nebenan") << "undo brings theirs back, not mine";
    EXPECT_EQ(germanName()->text(), QStringLiteral("Muschel von nebenan"));
}

// The German text and the English fields are one exercise with one version: my own saves of
// either never ask about the other.
TEST_P(ExerciseTextsStaleSaveTest, MyGermanAndEnglishSavesNeverAskAboutEachOther)
{
    const QString before = ui::MessageBox::lastText();
    iRenameInGerman(QStringLiteral("Meine Muschel"));
    findIn<QSpinBox>(window().libraryPage(), "doseSetsSpin")->setValue(3);
    iRenameInGerman(QStringLiteral("Meine Muschel im Liegen"));
    EXPECT_EQ(ui::MessageBox::lastText(), before) << "a question was asked";
    EXPECT_EQ(storedGermanName(), "Meine Muschel im Liegen");
    EXPECT_EQ(context().exercises().find(m_mine.id)->dose.sets, 3);
    EXPECT_FALSE(window().libraryPage()->editor()->hasUnsavedChanges());

    // Another desk's English save makes my next German save ask.
    storage::ExerciseRepository theirs(otherDesk());
    core::Exercise exercise = *theirs.find(m_mine.id);
    exercise.summary = "Their summary.";
    theirs.update(exercise, theirs.stamp(m_mine.id)->rowVersion);
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    iRenameInGerman(QStringLiteral("Noch eine Muschel"));
    EXPECT_NE(ui::MessageBox::lastText(), before);
    EXPECT_EQ(storedGermanName(), "Meine Muschel im Liegen");
}

INSTANTIATE_TEST_SUITE_P(Desks, ExerciseTextsStaleSaveTest, kBothDesks, deskName);

} // namespace
} // namespace glidepath::test
