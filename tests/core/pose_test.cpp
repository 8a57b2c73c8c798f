// Illustration pose data: defaults, validation with field paths, the storage text encoding.

#include <glidepath/core/pose.h>
#include <glidepath/core/validation.h>

#include <gtest/gtest.h>

#include <algorithm>

namespace glidepath::core {
namespace {

bool hasIssue(const std::vector<PoseIssue>& issues, const std::string& field,
              const std::string& words)
{
    return std::any_of(issues.begin(), issues.end(), [&](const PoseIssue& issue) {
        return issue.field == field && issue.message.find(words) != std::string::npos;
    });
}

TEST(Pose, EveryPositionHasAValidDefaultFigureOnTheFloor)
{
    for (const Position position : allValues<Position>()) {
        SCOPED_TRACE(std::string(toString(position)));
        const Illustration figure = defaultIllustration(position);
        EXPECT_TRUE(validateIllustration(figure).empty());
        double lowest = 1e9;
        for (const Point2& p : figure.start.joints) {
            lowest = std::min(lowest, p.y);
        }
        EXPECT_GE(lowest, 0.0);
        EXPECT_LT(lowest, 10.0) << "the figure rests on the floor";
    }
    // Lying figures are wide, upright ones tall.
    const auto width = [](const Pose& pose) {
        double lo = 1e9, hi = -1e9;
        for (const Point2& p : pose.joints) {
            lo = std::min(lo, p.x);
            hi = std::max(hi, p.x);
        }
        return hi - lo;
    };
    EXPECT_GT(width(defaultIllustration(Position::Supine).start), 80);
    EXPECT_LT(width(defaultIllustration(Position::Standing).start), 30);
    EXPECT_NE(defaultIllustration(Position::Seated).start,
              defaultIllustration(Position::Standing).start);
}

TEST(Pose, ValidationNamesTheJointAndWhy)
{
    Illustration figure = defaultIllustration(Position::Standing);
    figure.start.at(Joint::LeftKnee).x += 40; // a thigh far too long, and the shin with it
    figure.end.at(Joint::Head) = {0, 400};    // off the page
    const auto issues = validateIllustration(figure);
    EXPECT_TRUE(hasIssue(issues, "start/left_knee", "implausible limb length"));
    EXPECT_TRUE(hasIssue(issues, "start/left_ankle", "implausible limb length"));
    EXPECT_TRUE(hasIssue(issues, "end/head", "must lie within -150 to 150"));
    EXPECT_FALSE(hasIssue(issues, "start/right_knee", ""));
}

TEST(Pose, ValidationChecksEachPropForItsKind)
{
    Illustration figure = defaultIllustration(Position::Supine);
    figure.props = {
        {PropKind::Step, 0, 0, 0, 6, {}},                                  // no width
        {PropKind::Dumbbell, 0, 0, 0, 0, {}},                              // hangs on nothing
        {PropKind::Wall, 0, 0, 5, 100, {Joint::Head}},                     // placed, not attached
        {PropKind::Band, 0, 0, 0, 0, {Joint::LeftKnee, Joint::RightKnee}}, // fine
    };
    const auto issues = validateIllustration(figure);
    EXPECT_TRUE(hasIssue(issues, "props/0/width", "above 0"));
    EXPECT_TRUE(hasIssue(issues, "props/1/joints", "exactly one joint"));
    EXPECT_TRUE(hasIssue(issues, "props/2/joints", "placed"));
    EXPECT_FALSE(hasIssue(issues, "props/3/joints", ""));
}

TEST(Pose, ExerciseValidationPrefixesTheIllustrationPath)
{
    Exercise exercise;
    exercise.illustration = defaultIllustration(Position::Supine);
    exercise.illustration->end.at(Joint::RightToe) = {500, 0};
    const auto issues = validateExercise(exercise);
    EXPECT_TRUE(std::any_of(issues.begin(), issues.end(), [](const ValidationIssue& issue) {
        return issue.field == "illustration/end/right_toe";
    }));
}

TEST(Pose, TextEncodingRoundTripsAndRefusesDamage)
{
    Illustration figure = defaultIllustration(Position::HalfKneeling);
    figure.view = PoseView::Front;
    figure.workingLeg = WorkingLeg::Left;
    figure.props.push_back({PropKind::Band, 10, 20, 0, 0, {Joint::RightAnkle}});
    figure.props.push_back({PropKind::Ball, 0, 0, 9, 0, {Joint::LeftKnee, Joint::RightKnee}});
    figure.end.at(Joint::RightHand) = {12.5, 60.3};
    // Stored to a tenth of a unit; the defaults are built finer, so compare after one trip.
    const auto once = decodeIllustration(encodeIllustration(figure));
    ASSERT_TRUE(once);
    EXPECT_EQ(once->view, PoseView::Front);
    EXPECT_EQ(once->workingLeg, WorkingLeg::Left);
    EXPECT_EQ(once->props, figure.props);
    EXPECT_EQ(once->end.at(Joint::RightHand), (Point2{12.5, 60.3}));
    EXPECT_EQ(decodeIllustration(encodeIllustration(*once)), once);

    const std::string good = encodeIllustration(*once);
    EXPECT_FALSE(decodeIllustration(""));
    EXPECT_FALSE(decodeIllustration(good.substr(0, good.size() / 2)));
    EXPECT_FALSE(decodeIllustration("sideways right;" + good.substr(good.find(';') + 1)));
    std::string badProp = good;
    badProp.replace(badProp.find("band"), 4, "rope");
    EXPECT_FALSE(decodeIllustration(badProp));
}

TEST(Pose, DefaultPropsAreValidForTheFigure)
{
    const Illustration figure = defaultIllustration(Position::Standing);
    for (const PropKind kind : allValues<PropKind>()) {
        SCOPED_TRACE(std::string(toString(kind)));
        Illustration with = figure;
        with.props = {defaultProp(kind, figure.start)};
        EXPECT_TRUE(validateIllustration(with).empty());
    }
}

} // namespace
} // namespace glidepath::core
