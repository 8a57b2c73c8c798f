// The Library page driven through the real main window: search, filters, inline validation,
// read-only built-ins, duplicate, delete, new exercises and undo.

#include "labels.h"
#include "models/exercise_table_model.h"
#include "ui_fixture.h"
#include "widgets/common/check_list.h"
#include "widgets/common/exercise_picker.h"
#include "widgets/common/field_error_label.h"
#include "widgets/common/plain_text_field.h"
#include "widgets/common/string_list_editor.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/library_page.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

namespace glidepath::test {
namespace {

using ui::ExerciseTableModel;

class LibraryPageTest : public UiTest
{
protected:
    ui::LibraryPage* page() { return window().libraryPage(); }
    ExerciseTableModel* model() { return page()->model(); }
    ui::ExerciseEditor* editor() { return page()->editor(); }
    // Widgets of the Library page only (other pages reuse names such as "doseError").
    template <typename T> T* find(const char* objectName) { return findIn<T>(page(), objectName); }

    std::vector<std::string> shownIds()
    {
        std::vector<std::string> ids;
        for (int row = 0; row < model()->rowCount(); ++row) {
            ids.push_back(model()->idAt(row));
        }
        return ids;
    }

    std::vector<core::Exercise> shownExercises()
    {
        std::vector<core::Exercise> shown;
        for (const std::string& id : shownIds()) {
            shown.push_back(context().exercises().find(id).value());
        }
        return shown;
    }

    // Typed search text runs after a short pause; wait for it.
    void waitForSearch()
    {
        EXPECT_TRUE(QTest::qWaitFor([this] { return !page()->searchPending(); }, kLongWaitMs));
    }

    // Replaces the text of a line edit as a user would, then presses Enter.
    void typeInto(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    std::string storedName(const std::string& id)
    {
        return context().exercises().find(id).value().name;
    }
};

TEST_F(LibraryPageTest, OpensWithTheWholeLibraryAndAnExerciseShown)
{
    EXPECT_EQ(window().currentPage(), ui::MainWindow::Page::Library);
    EXPECT_EQ(model()->rowCount(), context().exercises().count(false));
    EXPECT_GT(model()->rowCount(), 50);
    EXPECT_FALSE(editor()->isEmpty()) << "the first exercise is shown, not a blank editor";
    EXPECT_EQ(page()->currentExerciseId(), model()->idAt(0));
}

// Fast typing: each key restarts the pause before a search, so a query overtaken by more typing
// is dropped, and the table ends with the last query's results, ranked.
TEST_F(LibraryPageTest, FastTypingEndsWithTheLastQuerysResults)
{
    auto* search = find<QLineEdit>("librarySearch");
    for (const QString& word : {QStringLiteral("clam"), QStringLiteral("st"),
                                QStringLiteral("adductor"), QStringLiteral("glute med")}) {
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Delete);
        for (const QChar c : word) {
            QTest::keyClick(search, c.toLatin1());
            QTest::qWait(5);
        }
    }
    waitForSearch();
    ASSERT_GT(model()->rowCount(), 10);
    EXPECT_EQ(model()->idAt(0), "clamshell") << "glute med's results, not an overtaken query's";
    const auto shown = shownExercises();
    for (std::size_t i = 0; i < 10; ++i) {
        EXPECT_EQ(shown[i].muscles.front(), core::Muscle::GluteMed) << shown[i].id;
    }
}

TEST_F(LibraryPageTest, SearchFiltersTheTableAsYouType)
{
    const int all = model()->rowCount();
    auto* search = find<QLineEdit>("librarySearch");
    QTest::keyClicks(search, QStringLiteral("clam"));
    EXPECT_TRUE(page()->searchPending()) << "typing waits for a pause before it searches";
    EXPECT_EQ(model()->rowCount(), all);
    waitForSearch();
    ASSERT_GT(model()->rowCount(), 0);
    EXPECT_LT(model()->rowCount(), all);
    const auto ids = shownIds();
    EXPECT_NE(std::find(ids.begin(), ids.end(), "clamshell"), ids.end());
    EXPECT_NE(std::find(ids.begin(), ids.end(), "clamshell-band"), ids.end());
    EXPECT_EQ(std::find(ids.begin(), ids.end(), "pelvic-curl"), ids.end());

    // Two prefixes must both match: "clam ban" narrows to the banded clamshell.
    QTest::keyClicks(search, QStringLiteral(" ban"));
    waitForSearch();
    EXPECT_EQ(shownIds(), std::vector<std::string>{"clamshell-band"});

    QTest::keyClicks(search, QStringLiteral("zzqx"));
    QTest::keyClick(search, Qt::Key_Return); // Enter searches at once
    EXPECT_FALSE(page()->searchPending());
    EXPECT_EQ(model()->rowCount(), 0);
    EXPECT_TRUE(find<QWidget>("libraryEmptyState")->isVisible());
    EXPECT_TRUE(find<QLabel>("libraryEmptyTitle")->text().contains(QStringLiteral("zzqx")));

    QTest::mouseClick(find<QPushButton>("clearSearchButton"), Qt::LeftButton);
    EXPECT_EQ(model()->rowCount(), all);
    EXPECT_TRUE(search->text().isEmpty());
}

TEST_F(LibraryPageTest, SelectionSurvivesANewSearchWithoutScrollingToAStaleRow)
{
    page()->selectExercise("clamshell");
    auto* table = find<QTableView>("libraryTable");
    auto* search = find<QLineEdit>("librarySearch");
    QTest::keyClicks(search, QStringLiteral("clam"));
    waitForSearch();
    auto selected = table->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(model()->idAt(selected.front().row()), "clamshell");
    EXPECT_EQ(selected.front().row(), 0) << "the exact name comes first";

    // A search that does not list it: nothing is selected, the editor keeps it, the list is at
    // its top.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("bridge"));
    waitForSearch();
    EXPECT_TRUE(table->selectionModel()->selectedRows().isEmpty());
    EXPECT_EQ(page()->currentExerciseId(), "clamshell");
    EXPECT_EQ(table->rowAt(0), 0);

    search->clear();
    waitForSearch();
    selected = table->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(model()->idAt(selected.front().row()), "clamshell");
}

TEST_F(LibraryPageTest, HeaderSortAsksTheDatabaseAndKeepsTheSelection)
{
    page()->selectExercise("pelvic-curl");
    auto* table = find<QTableView>("libraryTable");
    table->sortByColumn(static_cast<int>(ExerciseTableModel::Column::Name), Qt::DescendingOrder);
    const std::vector<std::string> ids = shownIds();
    ASSERT_GT(ids.size(), 2u);
    const auto nameOf = [&](const std::string& id) { return storedName(id); };
    EXPECT_GE(QString::fromStdString(nameOf(ids[0]))
                  .compare(QString::fromStdString(nameOf(ids[1])), Qt::CaseInsensitive),
              0);
    EXPECT_EQ(page()->currentExerciseId(), "pelvic-curl");
    const auto selected = table->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(model()->idAt(selected.front().row()), "pelvic-curl");
}

TEST_F(LibraryPageTest, FilterCombosNarrowTheTable)
{
    const int all = model()->rowCount();
    auto* category = find<QComboBox>("categoryFilter");
    category->setCurrentIndex(category->findData(static_cast<int>(core::Category::Mobility)));
    ASSERT_GT(model()->rowCount(), 0);
    EXPECT_LT(model()->rowCount(), all);
    for (const core::Exercise& e : shownExercises()) {
        EXPECT_EQ(e.category, core::Category::Mobility) << e.id;
    }

    auto* phase = find<QComboBox>("phaseFilter");
    phase->setCurrentIndex(phase->findData(1));
    for (const core::Exercise& e : shownExercises()) {
        EXPECT_LE(e.phaseMin, 1) << e.id;
    }

    auto* equipment = find<QComboBox>("equipmentFilter");
    equipment->setCurrentIndex(equipment->findData(static_cast<int>(core::Equipment::Mat)));
    for (const core::Exercise& e : shownExercises()) {
        EXPECT_TRUE(e.needs(core::Equipment::Mat)) << e.id;
    }
    EXPECT_TRUE(find<QPushButton>("resetFiltersButton")->isEnabled());
    page()->clearSearchAndFilters();
    EXPECT_EQ(model()->rowCount(), all);
}

TEST_F(LibraryPageTest, EditingANameSavesItAndUndoRestoresIt)
{
    const core::Exercise custom = storeCustom("clamshell", "my-clamshell");
    emit context().changes().exercisesChanged();
    page()->selectExercise(custom.id);
    ASSERT_EQ(page()->currentExerciseId(), custom.id);

    auto* name = find<QLineEdit>("nameEdit");
    ASSERT_FALSE(name->isReadOnly());
    typeInto(name, QStringLiteral("Side-lying clam"));

    EXPECT_EQ(storedName(custom.id), "Side-lying clam") << "saved when the field is finished";
    const int row = model()->rowOf(custom.id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model()->index(row, 0).data().toString(), QStringLiteral("Side-lying clam"));
    ASSERT_TRUE(action("actionUndo")->isEnabled());
    EXPECT_TRUE(action("actionUndo")->text().contains(QStringLiteral("name")));

    action("actionUndo")->trigger();
    EXPECT_EQ(storedName(custom.id), custom.name) << "undo restores the database";
    EXPECT_EQ(name->text(), QString::fromStdString(custom.name)) << "and the field";

    action("actionRedo")->trigger();
    EXPECT_EQ(storedName(custom.id), "Side-lying clam");
    EXPECT_EQ(name->text(), QStringLiteral("Side-lying clam"));
}

TEST_F(LibraryPageTest, AnInvalidDoseShowsAnInlineErrorAndIsNotSaved)
{
    const core::Exercise custom = storeCustom("clamshell", "my-clamshell"); // sets 2, max 3
    emit context().changes().exercisesChanged();
    page()->selectExercise(custom.id);
    const int undoSteps = context().undoStack()->count();

    auto* sets = find<QSpinBox>("doseSetsSpin");
    auto* doseError = find<ui::FieldErrorLabel>("doseError");
    EXPECT_FALSE(doseError->isVisible());
    sets->setValue(5);

    EXPECT_TRUE(doseError->isVisible());
    EXPECT_TRUE(doseError->text().contains(QStringLiteral("above the maximum (3)")))
        << doseError->text().toStdString();
    EXPECT_FALSE(editor()->errorFor("dose_limits/max_sets").isEmpty());
    EXPECT_TRUE(find<QSpinBox>("maxSetsSpin")->property("invalid").toBool());
    EXPECT_EQ(context().exercises().find(custom.id)->dose.sets, 2) << "not saved";
    EXPECT_EQ(context().undoStack()->count(), undoSteps) << "no undo step for a refused edit";
    EXPECT_TRUE(editor()->hasUnsavedChanges());
    EXPECT_TRUE(find<QLabel>("exerciseBannerText")->text().contains(QStringLiteral("Not saved")));

    // Raising the limit makes the dose valid: both changes are saved together.
    find<QSpinBox>("maxSetsSpin")->setValue(5);
    EXPECT_FALSE(doseError->isVisible());
    const core::Exercise saved = context().exercises().find(custom.id).value();
    EXPECT_EQ(saved.dose.sets, 5);
    EXPECT_EQ(saved.limits.maxSets, 5);
    EXPECT_FALSE(editor()->hasUnsavedChanges());

    // A dose with neither reps nor a hold is refused too.
    find<QSpinBox>("doseRepsSpin")->setValue(0);
    EXPECT_FALSE(editor()->errorFor("dose/reps").isEmpty());
    EXPECT_EQ(context().exercises().find(custom.id)->dose.reps, 12);
}

TEST_F(LibraryPageTest, BuiltinsAreReadOnlyAndDuplicateToEditMakesAnEditableCopy)
{
    page()->selectExercise("pelvic-curl");
    EXPECT_TRUE(find<QLineEdit>("nameEdit")->isReadOnly());
    EXPECT_TRUE(find<QSpinBox>("doseSetsSpin")->isReadOnly());
    EXPECT_FALSE(find<QComboBox>("categoryCombo")->isEnabled());
    EXPECT_TRUE(find<QCheckBox>("hiddenCheck")->isEnabled()) << "built-ins can still be hidden";
    auto* duplicate = find<QPushButton>("duplicateToEditButton");
    ASSERT_TRUE(duplicate->isVisible());
    EXPECT_FALSE(action("actionDeleteExercise")->isEnabled());

    // Changing a read-only field programmatically must not reach the database either.
    find<QSpinBox>("doseSetsSpin")->setValue(1);
    EXPECT_EQ(context().exercises().find("pelvic-curl")->dose.sets, 3);

    QTest::mouseClick(duplicate, Qt::LeftButton);
    EXPECT_EQ(page()->currentExerciseId(), "pelvic-curl-copy");
    const auto copy = context().exercises().find("pelvic-curl-copy");
    ASSERT_TRUE(copy.has_value());
    EXPECT_FALSE(copy->builtin);
    EXPECT_FALSE(find<QLineEdit>("nameEdit")->isReadOnly());
    EXPECT_FALSE(duplicate->isVisible());
    EXPECT_TRUE(action("actionDeleteExercise")->isEnabled());

    action("actionUndo")->trigger();
    EXPECT_FALSE(context().exercises().find("pelvic-curl-copy").has_value());
}

TEST_F(LibraryPageTest, HidingABuiltinTakesItOutOfTheListAndUndoBringsItBack)
{
    page()->selectExercise("glute-set");
    find<QCheckBox>("hiddenCheck")->setChecked(true);
    EXPECT_TRUE(context().exercises().find("glute-set")->hidden);
    EXPECT_LT(model()->rowOf("glute-set"), 0) << "hidden exercises are not listed";
    find<QCheckBox>("showHiddenCheck")->setChecked(true);
    EXPECT_GE(model()->rowOf("glute-set"), 0);
    find<QCheckBox>("showHiddenCheck")->setChecked(false);

    action("actionUndo")->trigger();
    EXPECT_FALSE(context().exercises().find("glute-set")->hidden);
    EXPECT_GE(model()->rowOf("glute-set"), 0);
}

TEST_F(LibraryPageTest, DeleteAsksFirstAndUndoRestoresTheExerciseAndItsLinks)
{
    const core::Exercise custom = storeCustom("clamshell", "my-clamshell");
    core::Exercise harder = storeCustom("clamshell-band", "my-clamshell-band");
    harder.easier = custom.id;
    context().exercises().update(harder);
    emit context().changes().exercisesChanged();
    page()->selectExercise(custom.id);

    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    action("actionDeleteExercise")->trigger();
    EXPECT_TRUE(context().exercises().find(custom.id).has_value()) << "cancel keeps it";

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    action("actionDeleteExercise")->trigger();
    EXPECT_FALSE(context().exercises().find(custom.id).has_value());
    EXPECT_TRUE(context().exercises().find(harder.id)->easier.empty());
    EXPECT_LT(model()->rowOf(custom.id), 0);

    action("actionUndo")->trigger();
    EXPECT_EQ(context().exercises().find(custom.id), custom);
    EXPECT_EQ(context().exercises().find(harder.id)->easier, custom.id) << "link restored";
}

TEST_F(LibraryPageTest, ANewExerciseIsADraftUntilItIsCompleteAndCreated)
{
    const int before = context().exercises().count();
    action("actionNewExercise")->trigger();
    ASSERT_TRUE(editor()->isNew());
    auto* name = find<QLineEdit>("nameEdit");
    QTest::keyClicks(name, QStringLiteral("Wall sit, shallow"));
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_EQ(find<QLineEdit>("idEdit")->text(), QStringLiteral("wall-sit-shallow"))
        << "the id follows the name";
    EXPECT_TRUE(editor()->errorFor("instructions").isEmpty()) << "untouched fields stay quiet";

    EXPECT_FALSE(editor()->createFromDraft()) << "steps, cues and muscles are still missing";
    EXPECT_EQ(context().exercises().count(), before);
    EXPECT_EQ(editor()->errorFor("instructions"), QStringLiteral("Write at least two steps."));
    EXPECT_FALSE(editor()->errorFor("summary").isEmpty());
    EXPECT_FALSE(editor()->errorFor("muscles").isEmpty());

    auto* summary = find<ui::PlainTextField>("summaryEdit");
    auto* steps = find<ui::StringListEditor>("instructionsEditor");
    steps->addItem(QStringLiteral("Stand with your back against a wall, feet forward."));
    steps->addItem(QStringLiteral("Slide down a little and hold, then slide back up."));
    auto* cues = find<ui::StringListEditor>("cuesEditor");
    cues->addItem(QStringLiteral("Knees over the toes"));
    cues->addItem(QStringLiteral("Only as low as is comfortable"));
    find<ui::CheckList>("regionsList")->setChecked(static_cast<int>(core::Region::Knee), true);
    auto* main = find<QComboBox>("mainMuscleCombo");
    main->setCurrentIndex(main->findData(static_cast<int>(core::Muscle::Quadriceps)));
    // The summary is a multi-line field: type, then leave it.
    QTest::keyClicks(summary, QStringLiteral("A short, easy hold that builds the thigh."));
    summary->finishEditing();

    // Position kneeling ticks the kneeling precaution for the user.
    auto* position = find<QComboBox>("positionCombo");
    position->setCurrentIndex(position->findData(static_cast<int>(core::Position::Kneeling)));
    EXPECT_TRUE(find<ui::CheckList>("precautionsList")
                    ->isChecked(static_cast<int>(core::Precaution::Kneeling)));
    position->setCurrentIndex(position->findData(static_cast<int>(core::Position::Standing)));

    ASSERT_TRUE(editor()->createFromDraft()) << editor()->errorFor("").toStdString();
    const auto created = context().exercises().find("wall-sit-shallow");
    ASSERT_TRUE(created.has_value());
    EXPECT_EQ(created->name, "Wall sit, shallow");
    EXPECT_EQ(created->muscles.front(), core::Muscle::Quadriceps);
    EXPECT_EQ(created->instructions.size(), 2u);
    EXPECT_EQ(page()->currentExerciseId(), "wall-sit-shallow");
    EXPECT_FALSE(editor()->isNew());

    action("actionUndo")->trigger();
    EXPECT_FALSE(context().exercises().find("wall-sit-shallow").has_value());
}

TEST_F(LibraryPageTest, ANewExerciseCannotTakeAnIdInUse)
{
    action("actionNewExercise")->trigger();
    auto* id = find<QLineEdit>("idEdit");
    QTest::keyClicks(id, QStringLiteral("clamshell"));
    QTest::keyClick(id, Qt::Key_Return);
    EXPECT_TRUE(editor()->errorFor("id").contains(QStringLiteral("already the id of")));
}

TEST_F(LibraryPageTest, TheHarderPickerLinksAnExerciseAndRefusesALoop)
{
    const core::Exercise a = storeCustom("clamshell", "ladder-a");
    core::Exercise b = storeCustom("clamshell-band", "ladder-b");
    b.harder = a.id; // b -> a
    context().exercises().update(b);
    emit context().changes().exercisesChanged();
    page()->selectExercise(a.id);

    auto* harder = find<ui::ExercisePicker>("harderPicker");
    // Typing part of a name offers the best matches, never the exercise being edited.
    harder->lineEdit()->setFocus();
    harder->lineEdit()->selectAll();
    QTest::keyClicks(harder->lineEdit(), QStringLiteral("Custom Clamshell"));
    EXPECT_TRUE(harder->isSearchPending());
    harder->flushSearch();
    std::vector<std::string> offered;
    const QAbstractItemModel* suggestions = harder->completer()->model();
    for (int row = 0; row < suggestions->rowCount(); ++row) {
        offered.push_back(suggestions->index(row, 0).data(Qt::UserRole).toString().toStdString());
    }
    EXPECT_NE(std::find(offered.begin(), offered.end(), b.id), offered.end());
    EXPECT_EQ(std::find(offered.begin(), offered.end(), a.id), offered.end());
    EXPECT_LE(offered.size(), static_cast<std::size_t>(ui::ExercisePicker::kSuggestions));

    // Chosen from the list: a -> b -> a is a loop.
    harder->choose(QString::fromStdString(b.id), QString::fromStdString(b.name));
    EXPECT_TRUE(context().exercises().find(a.id)->harder.empty()) << "the loop was refused";
    EXPECT_FALSE(editor()->errorFor("harder").isEmpty() && editor()->errorFor("").isEmpty());

    harder->choose({}, {});
    // Typing a whole name and pressing Enter picks it.
    harder->lineEdit()->selectAll();
    QTest::keyClicks(harder->lineEdit(), QStringLiteral("clamshell with band"));
    QTest::keyClick(harder->lineEdit(), Qt::Key_Return);
    EXPECT_EQ(context().exercises().find(a.id)->harder, "clamshell-band");
    EXPECT_EQ(harder->currentId(), "clamshell-band");
}

TEST_F(LibraryPageTest, EveryFieldOfTheShownExerciseIsInTheEditor)
{
    page()->selectExercise("pelvic-curl");
    const core::Exercise stored = context().exercises().find("pelvic-curl").value();
    EXPECT_EQ(editor()->draft(), stored) << "the editor round-trips every field";
    EXPECT_EQ(find<QLabel>("exerciseTitle")->text(), QString::fromStdString(stored.name));
    EXPECT_EQ(find<ui::ExercisePicker>("easierPicker")->currentId(), stored.easier);
    EXPECT_EQ(find<ui::ExercisePicker>("harderPicker")->currentId(), stored.harder);
}

TEST_F(LibraryPageTest, ReadOnlyFieldsFollowALightDarkSwitch)
{
    page()->selectExercise("pelvic-curl");
    auto* name = find<QLineEdit>("nameEdit");
    const QPalette original = QApplication::palette();
    EXPECT_EQ(name->palette().color(QPalette::Base), original.color(QPalette::Window));

    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(40, 40, 44));
    dark.setColor(QPalette::WindowText, QColor(235, 235, 235));
    dark.setColor(QPalette::Base, QColor(28, 28, 30));
    dark.setColor(QPalette::Text, QColor(235, 235, 235));
    QApplication::setPalette(dark);
    // The editor re-derives its colours once every child has the new palette (a queued call).
    for (int i = 0; i < 5 && name->palette().color(QPalette::Base) != dark.color(QPalette::Window);
         ++i) {
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(name->palette().color(QPalette::Base), dark.color(QPalette::Window))
        << "read-only fields take the new window colour, so light text stays readable";
    EXPECT_EQ(name->palette().color(QPalette::Text), dark.color(QPalette::Text));
    QApplication::setPalette(original);
    QCoreApplication::processEvents();
}

} // namespace
} // namespace glidepath::test
