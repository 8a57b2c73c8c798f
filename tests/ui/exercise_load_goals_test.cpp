// The Library's exercise editor for goal tags, load (dose.load) and timing, driven through the
// real main window: edits are saved, undone, redone and read back from storage; an invalid load
// is named at its field and saves nothing; built-ins show them read-only.

#include "ui_fixture.h"
#include "widgets/common/check_list.h"
#include "widgets/common/field_error_label.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/library_page.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <QCheckBox>
#include <QComboBox>
#include <QUndoStack>

namespace glidepath::test {
namespace {

class ExerciseLoadGoalsTest : public UiTest
{
protected:
    ui::LibraryPage* page() { return window().libraryPage(); }
    ui::ExerciseEditor* editor() { return page()->editor(); }
    template <typename T> T* find(const char* objectName) { return findIn<T>(page(), objectName); }

    core::Exercise stored(const std::string& id) { return context().exercises().find(id).value(); }

    void choose(const char* comboName, int value)
    {
        auto* combo = find<QComboBox>(comboName);
        const int index = combo->findData(value);
        ASSERT_GE(index, 0) << comboName << " offers no " << value;
        ASSERT_TRUE(combo->isEnabled()) << comboName << " is disabled";
        combo->setCurrentIndex(index);
    }

    void show(const std::string& id)
    {
        emit context().changes().exercisesChanged();
        page()->selectExercise(id);
        ASSERT_EQ(page()->currentExerciseId(), id);
    }
};

TEST_F(ExerciseLoadGoalsTest, GoalsAndALoadAreSavedUndoneRedoneAndReadBack)
{
    const core::Exercise custom = storeCustom("clamshell", "my-clamshell"); // mat, no load
    ASSERT_EQ(custom.dose.loadKind, core::LoadKind::None);
    show(custom.id);
    auto* loadLevel = find<QComboBox>("loadLevelCombo");
    auto* maxLoad = find<QComboBox>("maxLoadLevelCombo");
    EXPECT_FALSE(loadLevel->isEnabled()) << "no load kind, no level to choose";
    EXPECT_FALSE(maxLoad->isEnabled());

    auto* goals = find<ui::CheckList>("goalsList");
    goals->setChecked(static_cast<int>(core::Goal::Stairs), true);
    goals->setChecked(static_cast<int>(core::Goal::DailyLiving), true);
    EXPECT_EQ(stored(custom.id).goals,
              (std::vector<core::Goal>{core::Goal::Stairs, core::Goal::DailyLiving}));

    // A band without the band ticked under Equipment is named at the load and not saved.
    const int steps = context().undoStack()->count();
    choose("loadKindCombo", static_cast<int>(core::LoadKind::Band));
    EXPECT_TRUE(editor()->errorFor("dose/load").contains(QStringLiteral("Resistance band")))
        << editor()->errorFor("dose/load").toStdString();
    EXPECT_TRUE(find<ui::FieldErrorLabel>("loadError")->isVisibleTo(page()));
    EXPECT_TRUE(find<QComboBox>("loadKindCombo")->property("invalid").toBool());
    EXPECT_EQ(stored(custom.id).dose.loadKind, core::LoadKind::None);
    EXPECT_EQ(context().undoStack()->count(), steps);

    // Ticking the band makes it valid: saved at the band's first level, up to its heaviest.
    find<ui::CheckList>("equipmentList")->setChecked(static_cast<int>(core::Equipment::Band), true);
    EXPECT_TRUE(editor()->errorFor("dose/load").isEmpty());
    core::Exercise saved = stored(custom.id);
    EXPECT_EQ(saved.dose.loadKind, core::LoadKind::Band);
    EXPECT_EQ(saved.dose.loadLevel, 1);
    EXPECT_EQ(saved.limits.maxLoadLevel, 4);
    EXPECT_TRUE(loadLevel->isEnabled());
    EXPECT_EQ(loadLevel->currentText(), QStringLiteral("light band")) << "levels in words";
    EXPECT_EQ(maxLoad->count(), 4) << "offered up to what a band has";

    choose("loadLevelCombo", 2);
    choose("maxLoadLevelCombo", 3);
    saved = stored(custom.id);
    EXPECT_EQ(saved.dose.loadLevel, 2);
    EXPECT_EQ(saved.limits.maxLoadLevel, 3);

    action("actionUndo")->trigger();
    EXPECT_EQ(stored(custom.id).limits.maxLoadLevel, 4);
    EXPECT_EQ(maxLoad->currentData().toInt(), 4) << "the field follows the undo";
    action("actionUndo")->trigger();
    EXPECT_EQ(stored(custom.id).dose.loadLevel, 1);
    EXPECT_EQ(loadLevel->currentText(), QStringLiteral("light band"));
    action("actionRedo")->trigger();
    action("actionRedo")->trigger();
    saved = stored(custom.id);
    EXPECT_EQ(saved.dose.loadLevel, 2);
    EXPECT_EQ(saved.limits.maxLoadLevel, 3);

    // Read back from the database file by a connection of its own (read-only: the app holds
    // the writer's lock), and shown again by a fresh window.
    {
        storage::OpenOptions readOnly;
        readOnly.access = storage::Access::ReadOnly;
        const auto db = storage::Database::open(dbPath(), readOnly);
        const core::Exercise reread = storage::ExerciseRepository(*db).find(custom.id).value();
        EXPECT_EQ(reread.goals, saved.goals);
        EXPECT_EQ(reread.dose.loadKind, core::LoadKind::Band);
        EXPECT_EQ(reread.dose.loadLevel, 2);
        EXPECT_EQ(reread.limits.maxLoadLevel, 3);
    }
    closeWindow();
    show(custom.id);
    EXPECT_EQ(editor()->draft(), saved);
    EXPECT_EQ(find<QComboBox>("loadLevelCombo")->currentText(), QStringLiteral("medium band"));
    EXPECT_EQ(find<QComboBox>("maxLoadLevelCombo")->currentText(), QStringLiteral("heavy band"));
    EXPECT_TRUE(find<ui::CheckList>("goalsList")->isChecked(static_cast<int>(core::Goal::Stairs)));
    EXPECT_FALSE(
        find<ui::CheckList>("goalsList")->isChecked(static_cast<int>(core::Goal::Running)));
}

TEST_F(ExerciseLoadGoalsTest, AHeaviestLoadBelowTheStartIsNamedAtTheFieldAndNotSaved)
{
    const core::Exercise custom = storeCustom("clamshell-band", "my-band-clam"); // band 1 of 3
    ASSERT_EQ(custom.dose.loadKind, core::LoadKind::Band);
    show(custom.id);
    choose("loadLevelCombo", 3);
    ASSERT_EQ(stored(custom.id).dose.loadLevel, 3);
    const int steps = context().undoStack()->count();

    choose("maxLoadLevelCombo", 2);
    const QString reason = editor()->errorFor("dose/load_level");
    EXPECT_TRUE(reason.contains(QStringLiteral("heavy band")) &&
                reason.contains(QStringLiteral("medium band")))
        << reason.toStdString();
    EXPECT_TRUE(find<ui::FieldErrorLabel>("loadError")->isVisibleTo(page()));
    EXPECT_TRUE(find<QComboBox>("maxLoadLevelCombo")->property("invalid").toBool());
    EXPECT_EQ(stored(custom.id).limits.maxLoadLevel, 3) << "nothing saved";
    EXPECT_EQ(context().undoStack()->count(), steps) << "no undo step for a refused edit";
    EXPECT_TRUE(editor()->hasUnsavedChanges());

    // No load at all: the levels are cleared and disabled, and that is valid.
    choose("loadKindCombo", static_cast<int>(core::LoadKind::None));
    EXPECT_FALSE(find<QComboBox>("loadLevelCombo")->isEnabled());
    const core::Exercise saved = stored(custom.id);
    EXPECT_EQ(saved.dose.loadKind, core::LoadKind::None);
    EXPECT_EQ(saved.dose.loadLevel, 0);
    EXPECT_EQ(saved.limits.maxLoadLevel, 0);
    EXPECT_FALSE(editor()->hasUnsavedChanges());
}

TEST_F(ExerciseLoadGoalsTest, ABuiltinShowsItsGoalsAndLoadReadOnly)
{
    show("clamshell-band");
    EXPECT_FALSE(find<QComboBox>("loadKindCombo")->isEnabled());
    EXPECT_FALSE(find<QComboBox>("loadLevelCombo")->isEnabled());
    EXPECT_FALSE(find<QComboBox>("maxLoadLevelCombo")->isEnabled());
    EXPECT_EQ(find<QComboBox>("loadLevelCombo")->currentText(), QStringLiteral("light band"));
    EXPECT_EQ(find<QComboBox>("maxLoadLevelCombo")->currentText(), QStringLiteral("heavy band"));

    show("sit-to-stand"); // squatting and daily living
    auto* goals = find<ui::CheckList>("goalsList");
    EXPECT_TRUE(goals->isChecked(static_cast<int>(core::Goal::DailyLiving)));
    EXPECT_FALSE(goals->box(static_cast<int>(core::Goal::DailyLiving))->isEnabled());
    goals->box(static_cast<int>(core::Goal::Running))->click();
    EXPECT_TRUE(stored("sit-to-stand").goals ==
                (std::vector<core::Goal>{core::Goal::Squatting, core::Goal::DailyLiving}))
        << "a built-in is not changed";
}

// "Keep moving for the time": a custom exercise's time becomes movement kept up (timing), saved,
// undone and redone; a built-in shows its own read-only.
TEST_F(ExerciseLoadGoalsTest, KeepMovingIsSavedUndoneAndShownForBuiltins)
{
    const core::Exercise custom = storeCustom("forearm-plank", "my-arm-circles"); // a still hold
    ASSERT_EQ(custom.timing, core::Timing::Hold);
    show(custom.id);
    auto* moving = find<QCheckBox>("doseKeepMovingCheck");
    EXPECT_FALSE(moving->isChecked());
    ASSERT_TRUE(moving->isEnabled());
    moving->click();
    EXPECT_EQ(stored(custom.id).timing, core::Timing::Continuous);
    action("actionUndo")->trigger();
    EXPECT_EQ(stored(custom.id).timing, core::Timing::Hold);
    EXPECT_FALSE(moving->isChecked()) << "the box follows the undo";
    action("actionRedo")->trigger();
    EXPECT_EQ(stored(custom.id).timing, core::Timing::Continuous);
    EXPECT_TRUE(moving->isChecked());

    show("hundred");
    EXPECT_TRUE(moving->isChecked());
    EXPECT_FALSE(moving->isEnabled());
    show("wall-sit");
    EXPECT_FALSE(moving->isChecked());
}

} // namespace
} // namespace glidepath::test
