// Exercise pictures in the app: the pose editor's drags are saved and undoable, a custom
// exercise without a picture shows its position's figure, the Library list has a thumbnail
// column drawn on demand, and the plan cards can show the pictures.

#include "models/exercise_table_model.h"
#include "ui_fixture.h"
#include "widgets/common/check_list.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/library_page.h"
#include "widgets/library/pose_canvas.h"
#include "widgets/library/pose_editor.h"

#include <glidepath/io/library_format.h>
#include <glidepath/report/illustration.h>

#include <QCheckBox>
#include <QMouseEvent>
#include <QPixmap>
#include <QTabBar>
#include <QTableView>

namespace glidepath::test {
namespace {

class IllustrationUiTest : public UiTest
{
protected:
    ui::LibraryPage* page() { return window().libraryPage(); }
    ui::PoseEditor* poseEditor() { return findIn<ui::PoseEditor>(page(), "poseEditor"); }
    ui::PoseCanvas* canvas() { return findIn<ui::PoseCanvas>(page(), "poseCanvas"); }

    // Drags a joint of the shown frame by (dx, dy) pixels, as a user would.
    void drag(core::Joint joint, QPoint by)
    {
        ui::PoseCanvas* target = canvas();
        target->show();
        const QPoint from = target->jointPosition(joint).toPoint();
        QTest::mousePress(target, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(from + by / 2),
                         target->mapToGlobal(QPointF(from + by / 2)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QMouseEvent end(QEvent::MouseMove, QPointF(from + by),
                        target->mapToGlobal(QPointF(from + by)), Qt::NoButton, Qt::LeftButton,
                        Qt::NoModifier);
        QApplication::sendEvent(target, &end);
        QTest::mouseRelease(target, Qt::LeftButton, {}, from + by);
    }

    std::optional<core::Illustration> stored(const std::string& id)
    {
        return context().exercises().find(id).value().illustration;
    }
};

TEST_F(IllustrationUiTest, DraggingAJointSavesThePictureAndUndoTakesItBack)
{
    const core::Exercise custom = storeCustom("straight-leg-raise", "my-leg-raise");
    emit context().changes().exercisesChanged();
    page()->selectExercise(custom.id);
    ASSERT_TRUE(custom.illustration);

    // The End tab shows the end position; drag the working foot up.
    findIn<QTabBar>(page(), "poseFrameTabs")->setCurrentIndex(1);
    ASSERT_EQ(canvas()->frame(), report::IllustrationFrame::End);
    const core::Point2 before = custom.illustration->end.at(core::Joint::RightAnkle);
    drag(core::Joint::RightAnkle, QPoint(0, -25));

    const auto afterDrag = stored(custom.id);
    ASSERT_TRUE(afterDrag);
    EXPECT_GT(afterDrag->end.at(core::Joint::RightAnkle).y, before.y + 1) << "saved on release";
    EXPECT_EQ(afterDrag->start, custom.illustration->start) << "the start frame is untouched";
    EXPECT_TRUE(core::validateIllustration(*afterDrag).empty()) << "a drag keeps limbs plausible";
    ASSERT_TRUE(action("actionUndo")->isEnabled());
    EXPECT_TRUE(action("actionUndo")->text().contains(QStringLiteral("picture")))
        << action("actionUndo")->text().toStdString();

    // A second drag is an undo step of its own.
    drag(core::Joint::RightKnee, QPoint(6, -6));
    const auto afterSecond = stored(custom.id);
    ASSERT_TRUE(afterSecond);
    EXPECT_NE(afterSecond, afterDrag);

    action("actionUndo")->trigger();
    EXPECT_EQ(stored(custom.id), afterDrag);
    action("actionUndo")->trigger();
    EXPECT_EQ(stored(custom.id), custom.illustration) << "undo restores the database";
    EXPECT_EQ(poseEditor()->illustration(), *custom.illustration) << "and the editor";
    action("actionRedo")->trigger();
    EXPECT_EQ(stored(custom.id), afterDrag);
}

TEST_F(IllustrationUiTest, ChoosingAPropSavesIt)
{
    const core::Exercise custom = storeCustom("heel-slide", "my-heel-slide");
    emit context().changes().exercisesChanged();
    page()->selectExercise(custom.id);
    auto* props = findIn<ui::CheckList>(page(), "poseProps");
    props->setChecked(static_cast<int>(core::PropKind::Band), true);
    const auto saved = stored(custom.id);
    ASSERT_TRUE(saved);
    EXPECT_TRUE(std::any_of(saved->props.begin(), saved->props.end(),
                            [](const core::Prop& p) { return p.kind == core::PropKind::Band; }));
    action("actionUndo")->trigger();
    EXPECT_EQ(stored(custom.id), custom.illustration);
}

TEST_F(IllustrationUiTest, ACustomExerciseWithoutAPictureShowsItsPositionsFigure)
{
    core::Exercise custom = storeCustom("mini-squat", "my-squat");
    custom.illustration.reset();
    context().exercises().update(custom);
    emit context().changes().exercisesChanged();
    page()->selectExercise(custom.id);
    EXPECT_FALSE(poseEditor()->hasOwnIllustration());
    EXPECT_EQ(poseEditor()->illustration(), core::defaultIllustration(core::Position::Standing));
    // Selecting it and looking does not give it a picture; dragging does.
    EXPECT_FALSE(stored(custom.id));
    drag(core::Joint::RightHand, QPoint(12, -10));
    EXPECT_TRUE(stored(custom.id));
}

TEST_F(IllustrationUiTest, BuiltinPicturesAreReadOnly)
{
    page()->selectExercise("pelvic-curl");
    const auto before = stored("pelvic-curl");
    drag(core::Joint::RightKnee, QPoint(10, 10));
    EXPECT_EQ(stored("pelvic-curl"), before);
    EXPECT_FALSE(action("actionUndo")->isEnabled());
}

TEST_F(IllustrationUiTest, TheLibraryListHasAThumbnailColumnDrawnOnDemand)
{
    ui::ExerciseTableModel* model = page()->model();
    const int column = static_cast<int>(ui::ExerciseTableModel::Column::Picture);
    EXPECT_EQ(model->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Picture"));
    const int row = model->rowOf("clamshell-band");
    ASSERT_GE(row, 0);
    const QVariant decoration = model->index(row, column).data(Qt::DecorationRole);
    ASSERT_TRUE(decoration.canConvert<QPixmap>());
    const QPixmap pixmap = decoration.value<QPixmap>();
    EXPECT_FALSE(pixmap.isNull());
    EXPECT_EQ(pixmap.deviceIndependentSize().toSize(), QSize(84, 30));
    EXPECT_TRUE(model->index(row, 0).data(Qt::DecorationRole).isNull())
        << "only the picture column has one";
}

TEST(IllustrationThumbnails, DrawnOnceAndAgainOnlyWhenThePictureChanges)
{
    ui::IllustrationThumbnails thumbnails(QSize(60, 20));
    core::Exercise exercise = io::builtinLibrary().exercises.front();
    const QPixmap first = thumbnails.thumbnail(exercise);
    EXPECT_EQ(thumbnails.cachedCount(), 1);
    EXPECT_EQ(thumbnails.thumbnail(exercise).cacheKey(), first.cacheKey()) << "drawn once";
    exercise.illustration->end.at(core::Joint::RightHand).y += 5;
    EXPECT_NE(thumbnails.thumbnail(exercise).cacheKey(), first.cacheKey())
        << "a changed picture is drawn again";
    EXPECT_EQ(thumbnails.cachedCount(), 1);
}

} // namespace
} // namespace glidepath::test
