// The Library editor in German: an own exercise's German text is shown and edited in its own
// section, with the English text as the placeholder of every empty field; saving keeps both
// languages, undo takes a text edit back, an invalid text is named and not saved, and built-ins
// and an English UI show no such section.

#include "german_ui.h"
#include "ui_fixture.h"
#include "widgets/common/field_error_label.h"
#include "widgets/common/plain_text_field.h"
#include "widgets/common/string_list_editor.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/exercise_translation_section.h"
#include "widgets/library/library_page.h"

#include <glidepath/storage/exercise_texts.h>

#include <QLineEdit>
#include <QLocale>
#include <QUndoStack>

#include <optional>

namespace glidepath::test {
namespace {

class ExerciseTranslationTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_german.emplace();
        ASSERT_TRUE(m_german->loaded());
    }
    void TearDown() override
    {
        UiTest::TearDown();
        m_german.reset();
    }

    ui::LibraryPage* page() { return window().libraryPage(); }
    ui::ExerciseTranslationSection* section()
    {
        return findIn<ui::ExerciseTranslationSection>(page(), "translationGroup");
    }
    template <typename T> T* field(const char* objectName) { return findIn<T>(page(), objectName); }
    storage::ExerciseTexts texts(const std::string& id)
    {
        return storage::ExerciseTextRepository(context().database()).find(id);
    }
    void show(const std::string& id)
    {
        emit context().changes().exercisesChanged();
        page()->selectExercise(id);
        ASSERT_EQ(page()->currentExerciseId(), id);
    }

    std::optional<GermanUi> m_german;
};

TEST_F(ExerciseTranslationTest, AnImportedGermanTextIsShownEditedAndKeptBesideTheEnglish)
{
    const core::Exercise mine = storeCustom("clamshell", "mine");
    storage::ExerciseTexts german;
    german["de"].name = "Meine Muschel";
    german["de"].cues = {"Becken ruhig halten.", "Langsam zurück."};
    storage::ExerciseTextRepository(context().database()).replace("mine", german);

    show("mine");
    ASSERT_TRUE(section()->isVisibleTo(page()));
    EXPECT_TRUE(section()->title().contains(QStringLiteral("Deutsch")))
        << section()->title().toStdString();
    auto* name = field<QLineEdit>("translatedNameEdit");
    auto* summary = field<ui::PlainTextField>("translatedSummaryEdit");
    EXPECT_EQ(name->text(), QStringLiteral("Meine Muschel"));
    EXPECT_EQ(
        field<ui::StringListEditor>("translatedCuesEditor")->items(),
        (QStringList{QStringLiteral("Becken ruhig halten."), QStringLiteral("Langsam zurück.")}));
    // An empty field shows the English it falls back to.
    EXPECT_TRUE(summary->text().isEmpty());
    EXPECT_TRUE(summary->placeholderText().contains(QString::fromStdString(mine.summary)));
    // The English name stays in its own field.
    EXPECT_EQ(field<QLineEdit>("nameEdit")->text(), QString::fromStdString(mine.name));

    // Editing the German name saves it; English and the other German fields stay.
    const int steps = context().undoStack()->count();
    name->setText(QStringLiteral("Muschel im Liegen"));
    name->setModified(true);
    emit name->editingFinished();
    EXPECT_EQ(texts("mine").at("de").name, "Muschel im Liegen");
    EXPECT_EQ(texts("mine").at("de").cues, german["de"].cues);
    EXPECT_EQ(context().exercises().find("mine")->name, mine.name);
    EXPECT_EQ(context().undoStack()->count(), steps + 1);

    // Undo puts the imported text back, in storage and on screen.
    context().undoStack()->undo();
    EXPECT_EQ(texts("mine"), german);
    EXPECT_EQ(name->text(), QStringLiteral("Meine Muschel"));

    // A single cue is not a translation of the cues: named, not saved.
    field<ui::StringListEditor>("translatedCuesEditor")->setItems({QStringLiteral("Nur einer")});
    emit field<ui::StringListEditor>("translatedCuesEditor")->edited();
    EXPECT_FALSE(section()->error().isEmpty());
    EXPECT_TRUE(section()->error().contains(QStringLiteral("Hinweise")))
        << section()->error().toStdString();
    EXPECT_EQ(texts("mine"), german);
}

TEST_F(ExerciseTranslationTest, BuiltinsShowNoSection)
{
    show("clamshell");
    EXPECT_FALSE(section()->isVisibleTo(page()));
}

class EnglishTranslationSection : public UiTest
{};

TEST_F(EnglishTranslationSection, AnEnglishUiShowsNoSection)
{
    storeCustom("clamshell", "mine");
    emit context().changes().exercisesChanged();
    window().libraryPage()->selectExercise("mine");
    auto* section =
        findIn<ui::ExerciseTranslationSection>(window().libraryPage(), "translationGroup");
    EXPECT_FALSE(section->isVisibleTo(window().libraryPage()));
}

} // namespace
} // namespace glidepath::test
