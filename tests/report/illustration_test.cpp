// Exercise illustrations: every built-in has a valid picture of its own that differs from every
// other one, start differs from end, and anything without a usable picture draws the default
// figure of its position instead of nothing.

#include <glidepath/core/validation.h>
#include <glidepath/io/library_format.h>
#include <glidepath/report/illustration.h>

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <vector>

namespace glidepath::report {
namespace {

constexpr QSize kSmall(200, 60);
// Two drawings are distinct when at least this many pixels of the small rendering differ
// clearly (about 1.5 % of it); a shared figure with only a prop or a limb moved passes, a copy
// does not.
constexpr int kMinDifferentPixels = 180;

int differingPixels(const QImage& a, const QImage& b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* rowA = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* rowB = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (std::abs(qGray(rowA[x]) - qGray(rowB[x])) > 60) {
                ++count;
            }
        }
    }
    return count;
}

int inkedPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 128) {
                ++count;
            }
        }
    }
    return count;
}

TEST(Illustration, EveryBuiltinHasAValidPictureOfItsOwn)
{
    for (const core::Exercise& exercise : io::builtinLibrary().exercises) {
        SCOPED_TRACE(exercise.id);
        ASSERT_TRUE(exercise.illustration);
        EXPECT_TRUE(core::validateIllustration(*exercise.illustration).empty());
        EXPECT_EQ(illustrationOf(exercise), *exercise.illustration);
        EXPECT_NE(exercise.illustration->start, exercise.illustration->end);
    }
}

TEST(Illustration, EveryBuiltinDrawingIsDistinctFromEveryOther)
{
    const auto& exercises = io::builtinLibrary().exercises;
    std::vector<QImage> images;
    for (const core::Exercise& exercise : exercises) {
        images.push_back(renderIllustration(exercise, kSmall));
        EXPECT_GT(inkedPixels(images.back()), 150) << exercise.id;
    }
    int closest = INT_MAX;
    for (std::size_t i = 0; i < images.size(); ++i) {
        for (std::size_t j = i + 1; j < images.size(); ++j) {
            const int differing = differingPixels(images[i], images[j]);
            closest = std::min(closest, differing);
            EXPECT_GE(differing, kMinDifferentPixels)
                << exercises[i].id << " and " << exercises[j].id << " look alike";
        }
    }
    RecordProperty("closest_pair_differing_pixels", closest);
}

TEST(Illustration, StartAndEndFramesDifferForEveryBuiltin)
{
    for (const core::Exercise& exercise : io::builtinLibrary().exercises) {
        const QImage start = renderIllustration(exercise, {120, 90}, IllustrationFrame::Start);
        const QImage end = renderIllustration(exercise, {120, 90}, IllustrationFrame::End);
        EXPECT_GE(differingPixels(start, end), 12) << exercise.id;
    }
}

TEST(Illustration, AnExerciseWithoutAPictureDrawsItsPositionsDefault)
{
    core::Exercise custom = io::builtinLibrary().exercises.front();
    custom.illustration.reset();
    for (const core::Position position : core::allValues<core::Position>()) {
        SCOPED_TRACE(std::string(core::toString(position)));
        custom.position = position;
        const QImage drawn = renderIllustration(custom, kSmall);
        EXPECT_EQ(drawn, renderIllustration(core::defaultIllustration(position), kSmall));
        EXPECT_GT(inkedPixels(drawn), 200);
    }
    // A broken picture (say, from a hand-edited database) is not drawn broken either.
    custom.position = core::Position::Standing;
    custom.illustration = core::defaultIllustration(core::Position::Supine);
    custom.illustration->start.at(core::Joint::LeftKnee) = {140, 140};
    EXPECT_EQ(renderIllustration(custom, kSmall),
              renderIllustration(core::defaultIllustration(core::Position::Standing), kSmall));
}

TEST(Illustration, TheWorkingLegIsDarkerAndThickerNotColouredOnly)
{
    core::Illustration picture = core::defaultIllustration(core::Position::Standing);
    // Spread the legs so each can be measured on its own.
    picture.start.at(core::Joint::RightKnee).x += 8;
    picture.start.at(core::Joint::RightAnkle).x += 16;
    picture.start.at(core::Joint::RightToe).x += 16;
    picture.end = picture.start;
    picture.workingLeg = core::WorkingLeg::Right;
    const QImage right = renderIllustration(picture, {200, 300}, IllustrationFrame::Start);
    picture.workingLeg = core::WorkingLeg::Left;
    const QImage left = renderIllustration(picture, {200, 300}, IllustrationFrame::Start);
    // Every pixel is grey: greyscale printing loses nothing.
    for (int y = 0; y < right.height(); y += 3) {
        for (int x = 0; x < right.width(); x += 3) {
            const QRgb p = right.pixel(x, y);
            EXPECT_LE(std::abs(qRed(p) - qBlue(p)), 24);
        }
    }
    EXPECT_GT(differingPixels(right, left), 100);
    EXPECT_GT(inkedPixels(right), 0);
}

TEST(Illustration, DrawsInsideItsBoxAtAnySize)
{
    const core::Exercise& exercise = io::builtinLibrary().exercises.front();
    for (const QSize size : {QSize(40, 20), QSize(300, 100), QSize(1600, 500)}) {
        QImage image(size + QSize(40, 40), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        drawIllustration(painter, QRectF(QPointF(20, 20), QSizeF(size)), exercise);
        painter.end();
        int outside = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const bool inBox =
                    x >= 19 && x <= 21 + size.width() && y >= 19 && y <= 21 + size.height();
                if (!inBox && qGray(image.pixel(x, y)) < 250) {
                    ++outside;
                }
            }
        }
        EXPECT_EQ(outside, 0) << size.width();
    }
}

} // namespace
} // namespace glidepath::report
