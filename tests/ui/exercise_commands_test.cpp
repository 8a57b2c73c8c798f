// The undo facade for exercises: every call changes storage, pushes one step (or none), and undo
// and redo bring storage back exactly.

#include "commands/command.h"
#include "ui_fixture.h"

#include <QSignalSpy>
#include <QUndoStack>

namespace glidepath::test {
namespace {

class ExerciseCommandsTest : public UiTest
{
protected:
    QUndoStack& stack() { return *context().undoStack(); }
    core::Exercise stored(const std::string& id) { return context().exercises().find(id).value(); }
};

TEST_F(ExerciseCommandsTest, EditPushesOneStepAndEmitsTheSignal)
{
    const core::Exercise before = storeCustom("clamshell", "mine");
    core::Exercise after = before;
    after.name = "Renamed";
    QSignalSpy changed(&context().changes(), &ui::ChangeNotifier::exercisesChanged);

    const auto outcome = ui::command::editExercise(context(), before, after);
    ASSERT_TRUE(outcome) << outcome.message.toStdString();
    EXPECT_EQ(stored("mine").name, "Renamed");
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(changed.count(), 1);

    stack().undo();
    EXPECT_EQ(stored("mine"), before);
    EXPECT_EQ(changed.count(), 2);
    stack().redo();
    EXPECT_EQ(stored("mine"), after);
}

TEST_F(ExerciseCommandsTest, EditsOfTheSameFieldMergeAndADifferentFieldStartsAStep)
{
    core::Exercise v0 = storeCustom("clamshell", "mine");
    core::Exercise v1 = v0;
    v1.dose.sets = 3;
    core::Exercise v2 = v1;
    v2.dose.sets = 1;
    ASSERT_TRUE(ui::command::editExercise(context(), v0, v1));
    ASSERT_TRUE(ui::command::editExercise(context(), v1, v2));
    EXPECT_EQ(stack().count(), 1) << "two dose edits are one undo step";

    core::Exercise v3 = v2;
    v3.summary = "Another summary.";
    ASSERT_TRUE(ui::command::editExercise(context(), v2, v3));
    EXPECT_EQ(stack().count(), 2);

    stack().undo();
    stack().undo();
    EXPECT_EQ(stored("mine"), v0);
}

TEST_F(ExerciseCommandsTest, AnEditBackToTheStartDropsOutAndANoOpIsNotPushed)
{
    core::Exercise v0 = storeCustom("clamshell", "mine");
    core::Exercise v1 = v0;
    v1.name = "Temporary";
    ASSERT_TRUE(ui::command::editExercise(context(), v0, v0));
    EXPECT_EQ(stack().count(), 0);
    ASSERT_TRUE(ui::command::editExercise(context(), v0, v1));
    ASSERT_TRUE(ui::command::editExercise(context(), v1, v0));
    EXPECT_EQ(stack().count(), 0) << "changed and changed back: nothing to undo";
    EXPECT_EQ(stored("mine"), v0);
}

TEST_F(ExerciseCommandsTest, RefusedChangesPushNothingAndSayWhy)
{
    const core::Exercise builtin = stored("pelvic-curl");
    core::Exercise edited = builtin;
    edited.name = "Mine now";
    auto outcome = ui::command::editExercise(context(), builtin, edited);
    EXPECT_FALSE(outcome);
    EXPECT_TRUE(outcome.message.contains(QStringLiteral("Duplicate")));

    const core::Exercise mine = storeCustom("clamshell", "mine");
    core::Exercise invalid = mine;
    invalid.cues.clear();
    outcome = ui::command::editExercise(context(), mine, invalid);
    EXPECT_FALSE(outcome);
    ASSERT_FALSE(outcome.issues.empty());
    EXPECT_EQ(outcome.issues.front().field, "cues");
    EXPECT_EQ(stored("mine"), mine);

    outcome = ui::command::deleteExercise(context(), "pelvic-curl");
    EXPECT_FALSE(outcome);
    outcome = ui::command::createExercise(context(), mine); // id taken
    EXPECT_FALSE(outcome);
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(ExerciseCommandsTest, DuplicateCreatesOneUndoableCopy)
{
    const auto outcome = ui::command::duplicateExercise(context(), "pelvic-curl");
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome.createdId, "pelvic-curl-copy");
    const core::Exercise copy = stored("pelvic-curl-copy");
    EXPECT_FALSE(copy.builtin);
    EXPECT_EQ(stack().count(), 1);
    stack().undo();
    EXPECT_FALSE(context().exercises().find("pelvic-curl-copy").has_value());
    stack().redo();
    EXPECT_EQ(stored("pelvic-curl-copy"), copy);
}

TEST_F(ExerciseCommandsTest, HidingWorksOnBuiltinsAndUndoes)
{
    ASSERT_TRUE(ui::command::setExerciseHidden(context(), "pelvic-curl", true));
    EXPECT_TRUE(stored("pelvic-curl").hidden);
    ASSERT_TRUE(ui::command::setExerciseHidden(context(), "pelvic-curl", true));
    EXPECT_EQ(stack().count(), 1) << "hiding twice is one change";
    stack().undo();
    EXPECT_FALSE(stored("pelvic-curl").hidden);
}

TEST_F(ExerciseCommandsTest, AnUndoThatNoLongerAppliesIsReportedAndDropped)
{
    const auto outcome = ui::command::duplicateExercise(context(), "clamshell");
    ASSERT_TRUE(outcome);
    // Someone else removes the copy behind the stack's back.
    context().exercises().remove(outcome.createdId);
    QSignalSpy errors(&context(), &ui::AppContext::errorOccurred);
    stack().undo();
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.front().front().toString().contains(QStringLiteral("Could not undo")));
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(ExerciseCommandsTest, ImportSkipsBuiltinsReplacesOnRequestAndUndoes)
{
    const core::Exercise mine = storeCustom("clamshell", "mine");
    core::Exercise changed = mine;
    changed.name = "Imported version";
    core::Exercise fresh = mine;
    fresh.id = "fresh-one";
    core::Exercise builtinClash = stored("pelvic-curl");
    builtinClash.builtin = false;
    builtinClash.name = "Not allowed";

    storage::ImportSummary summary;
    const auto outcome = ui::command::importExercises(context(), {changed, fresh, builtinClash},
                                                      storage::ClashPolicy::Replace, &summary);
    ASSERT_TRUE(outcome) << outcome.message.toStdString();
    EXPECT_EQ(summary.added, 1);
    EXPECT_EQ(summary.replaced, 1);
    EXPECT_EQ(summary.skipped, 1);
    EXPECT_EQ(stored("mine").name, "Imported version");
    EXPECT_EQ(stored("pelvic-curl").name, "Pelvic curl");

    stack().undo();
    EXPECT_EQ(stored("mine"), mine);
    EXPECT_FALSE(context().exercises().find("fresh-one").has_value());
}

} // namespace
} // namespace glidepath::test
