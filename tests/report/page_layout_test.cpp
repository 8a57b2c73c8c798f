// Pagination rules of the flowing page layout, with blocks of fixed heights.

#include <glidepath/report/page_layout.h>

#include <gtest/gtest.h>

#include <memory>

namespace glidepath::report {
namespace {

Block fixed(double height, double spaceBefore = 0.0)
{
    Block block;
    block.measure = [height](double) { return height; };
    block.paint = [](QPainter&, const QRectF&) {};
    block.spaceBefore = spaceBefore;
    return block;
}

TEST(PageLayout, EmptyLayoutIsOnePage)
{
    PageLayout layout(QSizeF(100, 300));
    EXPECT_EQ(layout.paginate(), 1);
    EXPECT_TRUE(layout.placements().empty());
}

TEST(PageLayout, BlockThatDoesNotFitMovesWhole)
{
    PageLayout layout(QSizeF(100, 250));
    layout.add(fixed(100));
    layout.add(fixed(100));
    layout.add(fixed(100));
    EXPECT_EQ(layout.paginate(), 2);
    const auto& placed = layout.placements();
    ASSERT_EQ(placed.size(), 3u);
    EXPECT_EQ(placed[1].page, 0);
    EXPECT_DOUBLE_EQ(placed[1].rect.top(), 100.0);
    EXPECT_EQ(placed[2].page, 1);
    EXPECT_DOUBLE_EQ(placed[2].rect.top(), 0.0);
    EXPECT_DOUBLE_EQ(placed[2].rect.height(), 100.0);
    EXPECT_DOUBLE_EQ(placed[2].scale, 1.0);
}

TEST(PageLayout, SpaceBeforeIsDroppedAtTheTopOfAPage)
{
    PageLayout layout(QSizeF(100, 250));
    layout.add(fixed(100));
    layout.add(fixed(100, 20));
    layout.add(fixed(100, 20));
    EXPECT_EQ(layout.paginate(), 2);
    const auto& placed = layout.placements();
    EXPECT_DOUBLE_EQ(placed[1].rect.top(), 120.0);
    EXPECT_EQ(placed[2].page, 1);
    EXPECT_DOUBLE_EQ(placed[2].rect.top(), 0.0);
}

TEST(PageLayout, HeadingIsKeptWithWhatFollows)
{
    PageLayout layout(QSizeF(100, 250));
    layout.add(fixed(150));
    Block heading = fixed(30);
    heading.keepWithNext = true;
    layout.add(std::move(heading)); // fits (180) but its card would not (280)
    layout.add(fixed(100));
    EXPECT_EQ(layout.paginate(), 2);
    const auto& placed = layout.placements();
    EXPECT_EQ(placed[1].page, 1);
    EXPECT_EQ(placed[2].page, 1);
    EXPECT_DOUBLE_EQ(placed[2].rect.top(), 30.0);
}

TEST(PageLayout, PageBreakBeforeUnlessThePageIsEmpty)
{
    PageLayout layout(QSizeF(100, 1000));
    Block first = fixed(10);
    first.pageBreakBefore = true; // nothing on the page yet: no blank page
    layout.add(std::move(first));
    Block second = fixed(10);
    second.pageBreakBefore = true;
    layout.add(std::move(second));
    EXPECT_EQ(layout.paginate(), 2);
    EXPECT_EQ(layout.placements()[0].page, 0);
    EXPECT_EQ(layout.placements()[1].page, 1);
}

TEST(PageLayout, OversizedBlockIsShrunkOntoItsOwnPage)
{
    PageLayout layout(QSizeF(100, 200));
    layout.add(fixed(50));
    layout.add(fixed(400));
    layout.add(fixed(50));
    EXPECT_EQ(layout.paginate(), 3);
    const Placement& big = layout.placements()[1];
    EXPECT_EQ(big.page, 1);
    EXPECT_DOUBLE_EQ(big.scale, 0.5);
    EXPECT_EQ(layout.placements()[2].page, 2);
}

TEST(PageLayout, TableRowsRepeatTheirHeaderOnANewPage)
{
    PageLayout layout(QSizeF(100, 100));
    auto header = std::make_shared<Block>(fixed(20));
    Block first = *header;
    first.keepWithNext = true;
    layout.add(std::move(first));
    for (int i = 0; i < 6; ++i) {
        Block row = fixed(30);
        row.repeatHeader = header;
        layout.add(std::move(row));
    }
    // Page 1: header + 2 rows (80); page 2: header + 2 rows; page 3: header + 2 rows.
    EXPECT_EQ(layout.paginate(), 3);
    int headers = 0;
    for (const Placement& placed : layout.placements()) {
        if (placed.block == header.get()) {
            ++headers;
            EXPECT_DOUBLE_EQ(placed.rect.top(), 0.0);
        }
    }
    EXPECT_EQ(headers, 2) << "repeated on pages 2 and 3; page 1 has the table's own header";
    EXPECT_EQ(layout.placements().size(), 1u + 6u + 2u);
}

TEST(PageLayout, MeasuresAtTheContentWidth)
{
    PageLayout layout(QSizeF(321, 1000));
    double seen = 0.0;
    Block block;
    block.measure = [&seen](double width) {
        seen = width;
        return 10.0;
    };
    block.paint = [](QPainter&, const QRectF&) {};
    layout.add(std::move(block));
    layout.paginate();
    EXPECT_DOUBLE_EQ(seen, 321.0);
    EXPECT_DOUBLE_EQ(layout.placements()[0].rect.width(), 321.0);
}

TEST(PageLayout, PiecesJoinOnlyWhereTheyTouch)
{
    // A card in three pieces on pages 250 tall: the first two share page 1 and join; the third
    // opens page 2 under its repeated header, which joins it, while the second closes its frame.
    PageLayout layout(QSizeF(100, 250));
    auto header = std::make_shared<Block>(fixed(20));
    Block first = fixed(100);
    first.joinsNext = true;
    Block second = fixed(100);
    second.joinsNext = true;
    second.repeatHeader = header;
    Block third = fixed(100);
    third.repeatHeader = header;
    layout.add(std::move(first));
    layout.add(std::move(second));
    layout.add(std::move(third));
    EXPECT_EQ(layout.paginate(), 2);
    const auto& placed = layout.placements();
    ASSERT_EQ(placed.size(), 4u); // the header once, on page 2 only
    EXPECT_TRUE(placed[0].joinedBelow);
    EXPECT_TRUE(placed[1].joinedAbove);
    EXPECT_FALSE(placed[1].joinedBelow);
    EXPECT_EQ(placed[2].block, header.get());
    EXPECT_EQ(placed[2].page, 1);
    EXPECT_TRUE(placed[2].joinedBelow);
    EXPECT_TRUE(placed[3].joinedAbove);
    EXPECT_DOUBLE_EQ(placed[3].rect.top(), 20.0);
}

TEST(PageLayout, APieceOpeningAColumnRepeatsItsHeader)
{
    PageLayout layout(QSizeF(210, 250));
    auto header = std::make_shared<Block>(fixed(20));
    Block first = fixed(200);
    first.columnGap = 10;
    first.joinsNext = true;
    Block second = fixed(100);
    second.columnGap = 10;
    second.repeatHeader = header;
    layout.add(std::move(first));
    layout.add(std::move(second));
    EXPECT_EQ(layout.paginate(), 1);
    const auto& placed = layout.placements();
    ASSERT_EQ(placed.size(), 3u);
    EXPECT_EQ(placed[1].block, header.get());
    EXPECT_DOUBLE_EQ(placed[1].rect.left(), 110.0);
    EXPECT_DOUBLE_EQ(placed[1].rect.top(), 0.0);
    EXPECT_DOUBLE_EQ(placed[2].rect.top(), 20.0);
    EXPECT_FALSE(placed[0].joinedBelow); // different columns: each frame closes
}

} // namespace
} // namespace glidepath::report
