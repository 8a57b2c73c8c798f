// ExerciseTableModel under Qt's model tester, and what its columns and roles say.

#include "models/exercise_table_model.h"
#include "ui_fixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

namespace glidepath::test {
namespace {

using ui::ExerciseTableModel;
using Column = ExerciseTableModel::Column;

class ExerciseTableModelTest : public UiTest
{
protected:
    std::vector<core::Exercise> library()
    {
        storage::ExerciseFilter all;
        all.includeHidden = true;
        return context().exercises().list(all);
    }
};

TEST_F(ExerciseTableModelTest, PassesTheModelTesterThroughResets)
{
    ExerciseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ExerciseTableModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setExercises(library());
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), static_cast<int>(library().size()));
    EXPECT_EQ(model.columnCount(), static_cast<int>(Column::Count));
    proxy.sort(static_cast<int>(Column::Phases));
    model.setExercises({});
    EXPECT_EQ(model.rowCount(), 0);
    model.setExercises(context().exercises().search("bridge"));
    proxy.sort(static_cast<int>(Column::Name), Qt::DescendingOrder);
    EXPECT_GT(proxy.rowCount(), 0);
}

TEST_F(ExerciseTableModelTest, ColumnsShowReadableValues)
{
    ExerciseTableModel model;
    model.setExercises(library());
    const int row = model.rowOf("pelvic-curl");
    ASSERT_GE(row, 0);
    const auto cell = [&](Column column, int role = Qt::DisplayRole) {
        return model.index(row, static_cast<int>(column)).data(role);
    };
    EXPECT_EQ(cell(Column::Name).toString(), QStringLiteral("Pelvic curl"));
    EXPECT_EQ(cell(Column::Category).toString(), QStringLiteral("Strength"));
    const core::Exercise curl = *model.exerciseAt(row);
    EXPECT_EQ(cell(Column::Phases).toString(),
              QStringLiteral("%1–%2").arg(curl.phaseMin).arg(curl.phaseMax));
    EXPECT_EQ(cell(Column::Name, ExerciseTableModel::IdRole).toString(),
              QStringLiteral("pelvic-curl"));
    EXPECT_TRUE(cell(Column::Name, ExerciseTableModel::BuiltinRole).toBool());
    EXPECT_TRUE(
        cell(Column::Name, Qt::ToolTipRole).toString().contains(QStringLiteral("Built-in")));
    EXPECT_EQ(model.headerData(static_cast<int>(Column::KneeFlexion), Qt::Horizontal).toString(),
              QStringLiteral("Knee bend"));

    const int side = model.rowOf("clamshell");
    ASSERT_GE(side, 0);
    EXPECT_EQ(model.index(side, static_cast<int>(Column::Equipment)).data().toString(),
              QStringLiteral("Mat"));
    EXPECT_EQ(model.rowOf("no-such-exercise"), -1);
    EXPECT_EQ(model.exerciseAt(-1), nullptr);
}

TEST_F(ExerciseTableModelTest, SortKeysOrderPhasesAndKneeBendByMeaning)
{
    ExerciseTableModel model;
    model.setExercises(library());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ExerciseTableModel::SortRole);
    proxy.sort(static_cast<int>(Column::KneeFlexion));
    int previous = -1;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const auto id = proxy.index(row, 0).data(ExerciseTableModel::IdRole).toString();
        const core::Exercise* e = model.exerciseAt(model.rowOf(id.toStdString()));
        ASSERT_NE(e, nullptr);
        EXPECT_GE(static_cast<int>(e->kneeFlexion), previous);
        previous = static_cast<int>(e->kneeFlexion);
    }
}

} // namespace
} // namespace glidepath::test
