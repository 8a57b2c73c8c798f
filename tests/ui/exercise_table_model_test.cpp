// ExerciseTableModel under Qt's model tester: a window on the database that shows the true count,
// reads rows a block at a time and sorts in the database.

#include "models/exercise_table_model.h"
#include "ui_fixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <set>

namespace glidepath::test {
namespace {

using ui::ExerciseTableModel;
using Column = ExerciseTableModel::Column;

class ExerciseTableModelTest : public UiTest
{
protected:
    ExerciseTableModel::Source source()
    {
        return [this]() -> const storage::ExerciseRepository& { return context().exercises(); };
    }

    storage::ExerciseQuery everything()
    {
        storage::ExerciseQuery query;
        query.filter.includeHidden = true;
        return query;
    }

    // Adds count custom exercises named "Zzdrill 0000", "Zzdrill 0001", ...
    void addMany(int count)
    {
        const core::Exercise base = context().exercises().find("clamshell").value();
        std::vector<core::Exercise> many;
        for (int i = 0; i < count; ++i) {
            core::Exercise e = base;
            char name[32];
            std::snprintf(name, sizeof name, "Zzdrill %04d", i);
            e.id = "drill-" + std::to_string(i);
            e.name = name;
            e.builtin = false;
            e.easier.clear();
            e.harder.clear();
            many.push_back(std::move(e));
        }
        context().exercises().importExercises(many, storage::ClashPolicy::Fail);
    }
};

TEST_F(ExerciseTableModelTest, PassesTheModelTesterThroughResetsAndSorts)
{
    ExerciseTableModel model(source());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setQuery(everything());
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), context().exercises().count());
    EXPECT_EQ(model.columnCount(), static_cast<int>(Column::Count));
    model.sort(static_cast<int>(Column::Phases));
    storage::ExerciseQuery nothing = everything();
    nothing.text = "zzqx";
    model.setQuery(nothing);
    EXPECT_EQ(model.rowCount(), 0);
    storage::ExerciseQuery bridge = everything();
    bridge.text = "bridge";
    model.setQuery(bridge);
    model.sort(static_cast<int>(Column::Name), Qt::DescendingOrder);
    EXPECT_GT(model.rowCount(), 0);
    EXPECT_EQ(model.query().order, storage::ExerciseOrder::Name) << "the sort survives a search";
}

TEST_F(ExerciseTableModelTest, MoreThanFiveHundredRowsAreAllReachable)
{
    addMany(1200);
    ExerciseTableModel model(source());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    storage::ExerciseQuery drills;
    drills.text = "zzdrill";
    model.setQuery(drills);
    EXPECT_EQ(model.rowCount(), 1200) << "the true count, not a first page";

    std::set<std::string> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.index(row, 0).data(ExerciseTableModel::IdRole).toString();
        ASSERT_FALSE(id.isEmpty()) << "row " << row;
        seen.insert(id.toStdString());
    }
    EXPECT_EQ(seen.size(), 1200u);
    // The last row, asked for straight away after a reset, is there too.
    model.setQuery(drills);
    EXPECT_EQ(model.index(1199, 0).data().toString(), QStringLiteral("Zzdrill 1199"));
}

TEST_F(ExerciseTableModelTest, ReadsOnlyTheBlocksAViewAsksFor)
{
    addMany(4000); // more blocks than the model keeps
    ExerciseTableModel model(source());
    const std::size_t before = context().exercises().rowsRead();
    model.setQuery(everything());
    EXPECT_GT(model.rowCount(), 4000);
    EXPECT_EQ(context().exercises().rowsRead(), before) << "counting reads no rows";
    model.index(1500, 0).data();
    EXPECT_EQ(context().exercises().rowsRead() - before,
              static_cast<std::size_t>(ExerciseTableModel::kBlockRows));
    // Walking the whole list keeps a bounded number of blocks.
    for (int row = 0; row < model.rowCount(); row += 7) {
        model.index(row, 0).data();
    }
    EXPECT_EQ(model.cachedRowOf("drill-0"), -1) << "early blocks were dropped";
    EXPECT_GE(model.rowOf("drill-0"), 0) << "but can still be found";
}

TEST_F(ExerciseTableModelTest, ColumnsShowReadableValues)
{
    ExerciseTableModel model(source());
    model.setQuery(everything());
    const int row = model.rowOf("pelvic-curl");
    ASSERT_GE(row, 0);
    const auto cell = [&](Column column, int role = Qt::DisplayRole) {
        return model.index(row, static_cast<int>(column)).data(role);
    };
    EXPECT_EQ(cell(Column::Name).toString(), QStringLiteral("Pelvic curl"));
    EXPECT_EQ(cell(Column::Category).toString(), QStringLiteral("Strength"));
    const storage::ExerciseListRow curl = *model.exerciseAt(row);
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

TEST_F(ExerciseTableModelTest, SortingByKneeBendOrdersByMeaning)
{
    ExerciseTableModel model(source());
    model.setQuery(everything());
    model.sort(static_cast<int>(Column::KneeFlexion));
    int previous = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const storage::ExerciseListRow* e = model.exerciseAt(row);
        ASSERT_NE(e, nullptr);
        EXPECT_GE(static_cast<int>(e->kneeFlexion), previous);
        previous = static_cast<int>(e->kneeFlexion);
    }
    model.sort(static_cast<int>(Column::KneeFlexion), Qt::DescendingOrder);
    EXPECT_EQ(static_cast<int>(model.exerciseAt(0)->kneeFlexion), previous);
}

} // namespace
} // namespace glidepath::test
