// The default figure of each starting position, built from segment directions the same way
// data/library/poses.py builds the built-in exercises' figures.

#include <glidepath/core/pose.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace glidepath::core {

namespace {

// Directions in degrees: 0 points to +x (the way a side-view figure faces), 90 straight up.
struct Segments
{
    double trunk = 90;
    double head = 90;
    double upperArm[2] = {-90, -90}; // left, right
    double forearm[2] = {-90, -90};
    double thigh[2] = {-90, -90};
    double shin[2] = {-90, -90};
    double foot[2] = {0, 0};
    double hipHalfWidth = 0; // front views spread hips and shoulders
};

Point2 step(Point2 from, double degrees, double length)
{
    const double radians = degrees * std::numbers::pi / 180.0;
    return {from.x + length * std::cos(radians), from.y + length * std::sin(radians)};
}

double boneLength(Joint to)
{
    for (const Bone& bone : bones()) {
        if (bone.to == to) {
            return bone.length;
        }
    }
    return 0;
}

Pose build(const Segments& s)
{
    Pose pose;
    const Point2 pelvis{0, 50};
    const Point2 neck = step(pelvis, s.trunk, boneLength(Joint::LeftHip));
    pose.at(Joint::Neck) = neck;
    pose.at(Joint::Head) = step(neck, s.head, boneLength(Joint::Head));
    const double across = s.trunk - 90; // the line of the shoulders and hips in a front view
    const Joint shoulders[2] = {Joint::LeftShoulder, Joint::RightShoulder};
    const Joint elbows[2] = {Joint::LeftElbow, Joint::RightElbow};
    const Joint hands[2] = {Joint::LeftHand, Joint::RightHand};
    const Joint hips[2] = {Joint::LeftHip, Joint::RightHip};
    const Joint knees[2] = {Joint::LeftKnee, Joint::RightKnee};
    const Joint ankles[2] = {Joint::LeftAnkle, Joint::RightAnkle};
    const Joint toes[2] = {Joint::LeftToe, Joint::RightToe};
    for (int side = 0; side < 2; ++side) {
        const double sign = side == 0 ? -1.0 : 1.0;
        const Point2 shoulder = step(neck, across, sign * s.hipHalfWidth * 1.5);
        const Point2 hip = step(pelvis, across, sign * s.hipHalfWidth);
        pose.at(shoulders[side]) = shoulder;
        pose.at(elbows[side]) = step(shoulder, s.upperArm[side], 17);
        pose.at(hands[side]) = step(pose.at(elbows[side]), s.forearm[side], 16);
        pose.at(hips[side]) = hip;
        pose.at(knees[side]) = step(hip, s.thigh[side], 24);
        pose.at(ankles[side]) = step(pose.at(knees[side]), s.shin[side], 23);
        pose.at(toes[side]) = step(pose.at(ankles[side]), s.foot[side], 8);
    }
    // Rest the lowest point on the floor (limbs are drawn about 5 units thick, the head 13).
    double lowest = 1e9;
    for (std::size_t i = 0; i < kJointCount; ++i) {
        const double radius = i == static_cast<std::size_t>(Joint::Head) ? 6.5 : 2.5;
        lowest = std::min(lowest, pose.joints[i].y - radius);
    }
    for (Point2& p : pose.joints) {
        p.y -= lowest;
    }
    return pose;
}

Segments lying(double footDegrees)
{
    Segments s;
    s.trunk = 180;
    s.head = 180;
    for (int i = 0; i < 2; ++i) {
        s.upperArm[i] = 0;
        s.forearm[i] = 0;
        s.thigh[i] = 0;
        s.shin[i] = 0;
        s.foot[i] = footDegrees;
    }
    return s;
}

} // namespace

Illustration defaultIllustration(Position position)
{
    Illustration illustration;
    illustration.workingLeg = WorkingLeg::Both;
    Segments s;
    switch (position) {
    case Position::Supine:
        s = lying(90);
        illustration.props.push_back({PropKind::Mat, -60, 0, 120, 1.5, {}});
        break;
    case Position::Prone:
        s = lying(-60);
        s.head = 185;
        illustration.props.push_back({PropKind::Mat, -60, 0, 120, 1.5, {}});
        break;
    case Position::SideLying:
        s = lying(0);
        s.upperArm[0] = 180;
        s.forearm[0] = 120;
        s.upperArm[1] = -20;
        s.forearm[1] = -10;
        s.thigh[0] = -5;
        s.shin[0] = 200;
        illustration.view = PoseView::Front;
        illustration.props.push_back({PropKind::Mat, -60, 0, 120, 1.5, {}});
        break;
    case Position::Quadruped:
        s.trunk = 180;
        s.head = 180;
        s.shin[0] = s.shin[1] = 0;
        illustration.props.push_back({PropKind::Mat, -60, 0, 120, 1.5, {}});
        break;
    case Position::Kneeling:
        s.shin[0] = s.shin[1] = 180;
        s.foot[0] = s.foot[1] = 180;
        illustration.props.push_back({PropKind::Pad, -30, 0, 40, 3, {}});
        break;
    case Position::HalfKneeling:
        s.thigh[1] = 0;
        s.shin[0] = 180;
        s.foot[0] = 180;
        illustration.props.push_back({PropKind::Pad, -30, 0, 30, 3, {}});
        break;
    case Position::Seated:
        s.thigh[0] = s.thigh[1] = 0;
        s.upperArm[0] = s.upperArm[1] = -70;
        s.forearm[0] = s.forearm[1] = -10;
        illustration.props.push_back({PropKind::Chair, -12, 0, 30, 0, {}});
        break;
    case Position::Standing:
        break;
    }
    illustration.start = build(s);
    if (position == Position::Seated) {
        // The chair's seat meets the hips; its height is only known once the figure stands on
        // the floor.
        illustration.props.back().height = illustration.start.at(Joint::RightHip).y - 3;
    }
    illustration.end = illustration.start;
    return illustration;
}

Prop defaultProp(PropKind kind, const Pose& pose)
{
    double left = 1e9;
    double right = -1e9;
    for (const Point2& p : pose.joints) {
        left = std::min(left, p.x);
        right = std::max(right, p.x);
    }
    const Point2 ankle = pose.at(Joint::RightAnkle);
    const Point2 knee = pose.at(Joint::RightKnee);
    const Point2 hip = pose.at(Joint::RightHip);
    auto under = [&](double width, double height) {
        return Prop{kind, ankle.x - width / 2, 0, width, height, {}};
    };
    switch (kind) {
    case PropKind::Mat:
        return {kind, left - 8, 0, right - left + 16, 1.5, {}};
    case PropKind::Reformer:
        return {kind, left - 8, 0, right - left + 16, 10, {}};
    case PropKind::Step:
        return under(26, 6);
    case PropKind::Box:
        return {kind, hip.x - 36, 0, 28, std::max(8.0, hip.y - 6), {}};
    case PropKind::Block:
        return under(10, 8);
    case PropKind::Cushion:
        return under(18, 4);
    case PropKind::Pad:
        return {kind, knee.x - 12, 0, 24, 3, {}};
    case PropKind::Chair:
        return {kind, hip.x - 12, 0, 28, std::max(8.0, hip.y - 4), {}};
    case PropKind::Wall:
        return {kind, right + 6, 0, 5, 115, {}};
    case PropKind::FoamRoller:
        return {kind, knee.x - 5, 0, 10, 10, {}};
    case PropKind::Towel:
        return {kind, knee.x - 4, 0, 9, 3.5, {}};
    case PropKind::Band:
        return {kind, 0, 0, 0, 0, {Joint::LeftKnee, Joint::RightKnee}};
    case PropKind::Strap:
        return {kind, 0, 0, 0, 0, {Joint::RightToe, Joint::RightHand}};
    case PropKind::Ball:
        return {kind, 0, 0, 9, 0, {Joint::LeftKnee, Joint::RightKnee}};
    case PropKind::Dumbbell:
        return {kind, 0, 0, 0, 0, {Joint::RightHand}};
    case PropKind::AnkleWeight:
        return {kind, 0, 0, 0, 0, {Joint::RightAnkle}};
    }
    return {kind, 0, 0, 0, 0, {}};
}

} // namespace glidepath::core
