// WrappedLabel remembers QLabel's sizes: the answers must be QLabel's own, and follow the text.

#include "widgets/common/wrapped_label.h"

#include <QFont>
#include <QLabel>

#include <gtest/gtest.h>

namespace glidepath::test {
namespace {

void expectSameSizes(ui::WrappedLabel& ours, QLabel& plain)
{
    EXPECT_EQ(ours.sizeHint(), plain.sizeHint());
    EXPECT_EQ(ours.minimumSizeHint(), plain.minimumSizeHint());
    for (const int width : {40, 120, 239, 245, 300, 384, 601, 1200, 239, 40}) {
        EXPECT_EQ(ours.heightForWidth(width), plain.heightForWidth(width)) << width;
    }
    for (int width = 1; width < 900; width += 7) {
        EXPECT_EQ(ours.heightForWidth(width), plain.heightForWidth(width)) << width;
    }
}

TEST(WrappedLabel, GivesQLabelsSizesAndFollowsItsTextAndFont)
{
    const QString question = QStringLiteral(
        "Is there numbness or weakness in the leg, or a change in bladder or bowel control "
        "since the pain began?");
    ui::WrappedLabel ours(question);
    QLabel plain(question);
    plain.setWordWrap(true);
    EXPECT_TRUE(ours.wordWrap());
    expectSameSizes(ours, plain);

    // Asked again after a change, the label answers for what it shows now.
    const QString shorter = QStringLiteral("Answer each question yes or no.");
    ours.setText(shorter);
    plain.setText(shorter);
    expectSameSizes(ours, plain);

    QFont larger = ours.font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    ours.setFont(larger);
    plain.setFont(larger);
    expectSameSizes(ours, plain);

    // German runs longer, with long compound words; one word longer than any line; nothing.
    for (const QString& text :
         {QStringLiteral("Haben Sie Taubheitsgefühle oder Schwäche im Bein, oder hat sich seit "
                         "Beginn der Schmerzen die Kontrolle über Blase oder Darm verändert?"),
          QStringLiteral("Oberschenkelmuskulaturkräftigungsübungsanleitung"), QString()}) {
        ours.setText(text);
        plain.setText(text);
        expectSameSizes(ours, plain);
    }

    ours.setMargin(6);
    plain.setMargin(6);
    ours.setIndent(10);
    plain.setIndent(10);
    expectSameSizes(ours, plain);

    // No indent again: a margin and contents margins, worked out by the label itself.
    ours.setIndent(-1);
    plain.setIndent(-1);
    ours.setContentsMargins(3, 5, 7, 2);
    plain.setContentsMargins(3, 5, 7, 2);
    expectSameSizes(ours, plain);
}

} // namespace
} // namespace glidepath::test
