// Start-up on the Library page (issue 12): the exercise form, the page's largest part, is built
// the first time it is needed. A window that opens on the page paints the table first and builds
// the form right after, in a pane that keeps its width; a page with nothing selected never builds
// it; choosing an exercise or starting a new one builds it at once.

#include "models/exercise_table_model.h"
#include "settings.h"
#include "ui_fixture.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/library_page.h"

#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

namespace glidepath::test {
namespace {

// Notes what the page looked like when its window was first painted.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(ui::MainWindow& window) : m_window(window)
    {
        window.installEventFilter(this);
    }

    bool painted = false;
    bool editorBuilt = false;
    QList<int> sizes;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!painted && watched == &m_window && event->type() == QEvent::Paint) {
            painted = true;
            editorBuilt = m_window.libraryPage()->builtEditor() != nullptr;
            sizes = m_window.findChild<QSplitter*>(QStringLiteral("librarySplitter"))->sizes();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    ui::MainWindow& m_window;
};

class LibraryLazyEditorTest : public UiTest
{
protected:
    // The window opened before, as on an earlier day: it leaves its settings behind (the form's
    // width among them) the way a normal start finds them.
    void openOnceBefore()
    {
        ui::MainWindow before(context());
        before.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&before));
        ASSERT_TRUE(QTest::qWaitFor([&] { return before.libraryPage()->builtEditor(); }, kLongWaitMs));
    }

    static QSplitter* splitter(ui::MainWindow& window)
    {
        return window.findChild<QSplitter*>(QStringLiteral("librarySplitter"));
    }
};

TEST_F(LibraryLazyEditorTest, ANormalStartPaintsTheTableFirstAndBuildsTheFormRightAfter)
{
    openOnceBefore();
    ui::MainWindow window(context());
    ui::LibraryPage* page = window.libraryPage();
    ASSERT_EQ(window.currentPage(), ui::MainWindow::Page::Library);
    EXPECT_EQ(page->builtEditor(), nullptr) << "built with the page, before the window is up";
    const std::string opensOn = page->currentExerciseId();
    EXPECT_FALSE(opensOn.empty()) << "the page opens on an exercise (the first one)";
    EXPECT_TRUE(window.findChild<QAction*>(QStringLiteral("actionDuplicateExercise"))->isEnabled())
        << "the window's actions know the exercise before the form exists";

    FirstPaint first(window);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(QTest::qWaitFor([&] { return first.painted; }, kLongWaitMs));
    EXPECT_FALSE(first.editorBuilt) << "the first paint has the table, not yet the form";
    QWidget* focused = QApplication::focusWidget();

    ASSERT_TRUE(QTest::qWaitFor([&] { return page->builtEditor() != nullptr; }, kLongWaitMs));
    ui::ExerciseEditor* editor = page->builtEditor();
    EXPECT_EQ(editor->currentId(), opensOn);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(splitter(window)->sizes(), first.sizes) << "the form takes the pane as it was";
    EXPECT_EQ(QApplication::focusWidget(), focused) << "keyboard focus stays where it was";
    auto* table = page->findChild<QTableView*>(QStringLiteral("libraryTable"));
    ASSERT_EQ(table->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(page->model()->idAt(table->selectionModel()->selectedRows().front().row()), opensOn);
}

TEST_F(LibraryLazyEditorTest, APageWithNothingToShowBuildsNoFormUntilOneIsChosen)
{
    openOnceBefore();
    // Not where the last window left off (its table may have taken focus and chosen a row).
    QSettings().remove(QStringLiteral("library/lastExercise"));
    // Every exercise hidden: the list is empty and nothing is selected.
    storage::ExerciseFilter all;
    all.includeHidden = true;
    for (const core::Exercise& exercise : context().exercises().list(all)) {
        context().exercises().setHidden(exercise.id, true);
    }
    ui::LibraryPage* page = window().libraryPage();
    QTest::qWait(50); // past the first paint
    EXPECT_EQ(page->builtEditor(), nullptr);
    EXPECT_TRUE(page->currentExerciseId().empty());
    auto* detail = page->findChild<QStackedWidget*>(QStringLiteral("exerciseDetail"));
    EXPECT_EQ(detail->currentWidget()->objectName(), QStringLiteral("exerciseEditorEmpty"))
        << "the note says nothing is selected";

    // Its New exercise button builds the form, as a new draft.
    QTest::mouseClick(findIn<QPushButton>(page, "emptyNewExerciseButton"), Qt::LeftButton);
    ASSERT_NE(page->builtEditor(), nullptr);
    EXPECT_TRUE(page->builtEditor()->isNew());
    EXPECT_EQ(detail->currentWidget(), page->builtEditor());
}

TEST_F(LibraryLazyEditorTest, ChoosingARowBuildsTheFormAtOnce)
{
    // Closed on the Clients page last time.
    QSettings().setValue(ui::settings::kLastPage, static_cast<int>(ui::MainWindow::Page::Clients));
    ui::MainWindow window(context());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_EQ(window.currentPage(), ui::MainWindow::Page::Clients);
    // The page switched to in a window on the screen is shown with its form, no blank pane.
    window.showPage(ui::MainWindow::Page::Library);
    ui::LibraryPage* page = window.libraryPage();
    ASSERT_NE(page->builtEditor(), nullptr) << "built before the page's first paint";
    EXPECT_EQ(page->builtEditor()->currentId(), page->currentExerciseId());

    auto* table = page->findChild<QTableView*>(QStringLiteral("libraryTable"));
    table->selectRow(3);
    EXPECT_EQ(page->builtEditor()->currentId(), page->model()->idAt(3));
}

TEST_F(LibraryLazyEditorTest, ASelectionBeforeTheWindowIsUpBuildsTheFormOnDemand)
{
    ui::MainWindow window(context());
    ui::LibraryPage* page = window.libraryPage();
    EXPECT_EQ(page->builtEditor(), nullptr);
    page->selectExercise("pelvic-curl"); // chosen, not just opened on: built now
    ASSERT_NE(page->builtEditor(), nullptr);
    EXPECT_EQ(page->builtEditor()->currentId(), "pelvic-curl");
    EXPECT_EQ(page->currentExerciseId(), "pelvic-curl");
}

} // namespace
} // namespace glidepath::test
