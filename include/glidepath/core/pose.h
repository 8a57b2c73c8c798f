#pragma once

// Exercise illustrations as data: a stick figure described by the 2-D positions of its joints at
// the start and the end of the movement, plus the props it uses. The report layer draws it; the
// library format, the database and the pose editor carry it. Plain data, no drawing here.

#include <glidepath/core/enum_names.h>
#include <glidepath/core/field_issue.h>
#include <glidepath/core/vocabulary.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace glidepath::core {

// Figure units: the floor is y = 0, y points up, a standing figure is about 100 units tall and a
// side view faces +x. Joints must lie inside kPoseMin..kPoseMax on both axes.
inline constexpr double kPoseMin = -150.0;
inline constexpr double kPoseMax = 150.0;

struct Point2
{
    double x = 0;
    double y = 0;

    bool operator==(const Point2&) const = default;
};

enum class Joint
{
    Head,
    Neck,
    LeftShoulder,
    LeftElbow,
    LeftHand,
    RightShoulder,
    RightElbow,
    RightHand,
    LeftHip,
    LeftKnee,
    LeftAnkle,
    LeftToe,
    RightHip,
    RightKnee,
    RightAnkle,
    RightToe
};
inline constexpr std::size_t kJointCount = 16;

// Side: the figure in profile (most exercises). Front: the figure faces the viewer, so sideways
// movements show - standing abduction, and side-lying work seen from the front (clam, leg lift).
enum class PoseView
{
    Side,
    Front
};

// The leg that does the work is drawn darker and thicker than the other; Both and None draw the
// legs alike. In a side view the right side is the near side.
enum class WorkingLeg
{
    Left,
    Right,
    Both,
    None
};

enum class PropKind
{
    Mat,
    Band,
    Ball,
    Step,
    Box,
    Chair,
    Wall,
    Dumbbell,
    AnkleWeight,
    FoamRoller,
    Strap,
    Block,
    Cushion,
    Pad,
    Reformer,
    Towel
};

// Placed props (mat, step, box, chair, wall, block, cushion, pad, reformer, foam roller, towel)
// use the rectangle: x, y its bottom-left corner, in figure units. Attached props use joints:
// a band or strap runs through its joints (one joint plus the rectangle's corner as an anchor
// when only one is given), a ball sits at the middle of its joints (width is its diameter), a
// dumbbell or ankle weight hangs on its joint.
struct Prop
{
    PropKind kind = PropKind::Mat;
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    std::vector<Joint> joints;

    bool operator==(const Prop&) const = default;
};

struct Pose
{
    std::array<Point2, kJointCount> joints{};

    Point2 at(Joint joint) const { return joints[static_cast<std::size_t>(joint)]; }
    Point2& at(Joint joint) { return joints[static_cast<std::size_t>(joint)]; }
    bool operator==(const Pose&) const = default;
};

struct Illustration
{
    PoseView view = PoseView::Side;
    WorkingLeg workingLeg = WorkingLeg::Right;
    std::vector<Prop> props;
    Pose start;
    Pose end;

    bool operator==(const Illustration&) const = default;
};

// A bone of the figure and its usual length in figure units; limb lengths in validation are
// judged against it (shorter is allowed down to foreshortening, longer only a little).
struct Bone
{
    Joint from;
    Joint to;
    double length;
};
const std::vector<Bone>& bones();

// The figure a position stands for when an exercise has no illustration of its own: a plain,
// valid drawing, never a missing one. Start and end are the same pose.
Illustration defaultIllustration(Position position);

// A prop of kind placed sensibly for pose (a mat under the figure, a step under the right foot,
// a band round the knees, ...), for the pose editor's prop switches.
Prop defaultProp(PropKind kind, const Pose& pose);

// Every problem with an illustration, fields relative to it ("start/left_knee",
// "props/1/joints"); callers prefix the path of the illustration. Kinds of fieldIssueKinds().
using PoseIssue = FieldIssue;
std::vector<PoseIssue> validateIllustration(const Illustration& illustration);

// A compact text form for storage (not JSON, so storage needs no JSON library). decode returns
// nullopt for text that is not a whole, well-formed encoding.
std::string encodeIllustration(const Illustration& illustration);
std::optional<Illustration> decodeIllustration(std::string_view text);

template <> struct EnumNames<Joint>
{
    static constexpr std::array<std::pair<Joint, std::string_view>, kJointCount> table{{
        {Joint::Head, "head"},
        {Joint::Neck, "neck"},
        {Joint::LeftShoulder, "left_shoulder"},
        {Joint::LeftElbow, "left_elbow"},
        {Joint::LeftHand, "left_hand"},
        {Joint::RightShoulder, "right_shoulder"},
        {Joint::RightElbow, "right_elbow"},
        {Joint::RightHand, "right_hand"},
        {Joint::LeftHip, "left_hip"},
        {Joint::LeftKnee, "left_knee"},
        {Joint::LeftAnkle, "left_ankle"},
        {Joint::LeftToe, "left_toe"},
        {Joint::RightHip, "right_hip"},
        {Joint::RightKnee, "right_knee"},
        {Joint::RightAnkle, "right_ankle"},
        {Joint::RightToe, "right_toe"},
    }};
};

template <> struct EnumNames<PoseView>
{
    static constexpr std::array<std::pair<PoseView, std::string_view>, 2> table{{
        {PoseView::Side, "side"},
        {PoseView::Front, "front"},
    }};
};

template <> struct EnumNames<WorkingLeg>
{
    static constexpr std::array<std::pair<WorkingLeg, std::string_view>, 4> table{{
        {WorkingLeg::Left, "left"},
        {WorkingLeg::Right, "right"},
        {WorkingLeg::Both, "both"},
        {WorkingLeg::None, "none"},
    }};
};

template <> struct EnumNames<PropKind>
{
    static constexpr std::array<std::pair<PropKind, std::string_view>, 16> table{{
        {PropKind::Mat, "mat"},
        {PropKind::Band, "band"},
        {PropKind::Ball, "ball"},
        {PropKind::Step, "step"},
        {PropKind::Box, "box"},
        {PropKind::Chair, "chair"},
        {PropKind::Wall, "wall"},
        {PropKind::Dumbbell, "dumbbell"},
        {PropKind::AnkleWeight, "ankle_weight"},
        {PropKind::FoamRoller, "foam_roller"},
        {PropKind::Strap, "strap"},
        {PropKind::Block, "block"},
        {PropKind::Cushion, "cushion"},
        {PropKind::Pad, "pad"},
        {PropKind::Reformer, "reformer"},
        {PropKind::Towel, "towel"},
    }};
};

// Whether a prop kind is placed by its rectangle (true) or hangs on joints (false).
bool isPlacedProp(PropKind kind);

} // namespace glidepath::core
