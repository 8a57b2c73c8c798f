// Undo of a deleted exercise brings back everything the delete took: the exercise with its
// picture, its texts in other languages and the ladder links of other exercises that named it.

#include "commands/command.h"
#include "ui_fixture.h"

#include <glidepath/core/pose.h>
#include <glidepath/storage/exercise_texts.h>

#include <QUndoStack>

namespace glidepath::test {
namespace {

class ExerciseDeleteUndoTest : public UiTest
{
protected:
    QUndoStack& stack() { return *context().undoStack(); }
    storage::ExerciseTextRepository texts()
    {
        return storage::ExerciseTextRepository(context().database());
    }
    core::Exercise stored(const std::string& id) { return context().exercises().find(id).value(); }
};

TEST_F(ExerciseDeleteUndoTest, UndoRestoresTextsPictureAndLinks)
{
    core::Exercise mine = storeCustom("clamshell", "mine");
    mine.illustration = core::defaultIllustration(mine.position);
    context().exercises().update(mine);
    core::Exercise neighbour = storeCustom("clamshell", "neighbour");
    neighbour.harder = "mine";
    context().exercises().update(neighbour);

    storage::ExerciseTexts german;
    german["de"].name = "Meine Muschel";
    german["de"].summary = "Kräftigt die Hüfte im Liegen.";
    german["de"].cues = {"Becken ruhig halten.", "Langsam zurück."};
    texts().replace("mine", german);

    // What storage holds (the picture as stored, its numbers rounded as storage writes them).
    const core::Exercise before = stored("mine");
    ASSERT_TRUE(before.illustration.has_value());
    ASSERT_TRUE(ui::command::deleteExercise(context(), "mine"));
    EXPECT_FALSE(context().exercises().find("mine").has_value());
    EXPECT_TRUE(texts().find("mine").empty()) << "the texts go with the exercise";
    EXPECT_EQ(stored("neighbour").harder, "");

    stack().undo();
    EXPECT_EQ(stored("mine"), before) << "the picture is part of the exercise";
    EXPECT_EQ(texts().find("mine"), german);
    EXPECT_EQ(stored("neighbour").harder, "mine");

    // Redo deletes again, and a second undo restores the same texts again.
    stack().redo();
    EXPECT_TRUE(texts().find("mine").empty());
    stack().undo();
    EXPECT_EQ(texts().find("mine"), german);
}

TEST_F(ExerciseDeleteUndoTest, AnExerciseWithoutTextsComesBackWithoutTexts)
{
    storeCustom("clamshell", "plain");
    ASSERT_TRUE(ui::command::deleteExercise(context(), "plain"));
    stack().undo();
    EXPECT_TRUE(context().exercises().find("plain").has_value());
    EXPECT_TRUE(texts().find("plain").empty());
}

} // namespace
} // namespace glidepath::test
