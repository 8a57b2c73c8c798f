#include <glidepath/core/pose.h>

#include <charconv>
#include <cmath>
#include <sstream>

namespace glidepath::core {

namespace {

constexpr double kMinBoneShare = 0.15; // foreshortening: a limb seen end-on looks short
constexpr double kMaxBoneShare = 1.4;
constexpr double kMaxPropSize = 300.0;

std::string jointName(Joint joint)
{
    return std::string(toString(joint));
}

std::string formatNumber(double value)
{
    std::ostringstream out;
    out << std::round(value * 10.0) / 10.0;
    return out.str();
}

void checkPose(const Pose& pose, const std::string& frame, std::vector<PoseIssue>& issues)
{
    for (std::size_t i = 0; i < kJointCount; ++i) {
        const Point2 p = pose.joints[i];
        const std::string field = frame + "/" + jointName(static_cast<Joint>(i));
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || p.x < kPoseMin || p.x > kPoseMax ||
            p.y < kPoseMin || p.y > kPoseMax) {
            issues.push_back(fieldIssue(field, "pose.joint_range",
                                        {formatNumber(kPoseMin), formatNumber(kPoseMax)}));
        }
    }
    for (const Bone& bone : bones()) {
        const Point2 a = pose.at(bone.from);
        const Point2 b = pose.at(bone.to);
        const double length = std::hypot(a.x - b.x, a.y - b.y);
        if (!std::isfinite(length)) {
            continue; // already reported as out of range
        }
        // Shoulders and feet may shrink to nothing when seen end-on; other bones may not.
        const bool mayVanish = bone.to == Joint::LeftShoulder || bone.to == Joint::RightShoulder ||
                               bone.to == Joint::LeftToe || bone.to == Joint::RightToe;
        const double shortest = mayVanish ? 0.0 : kMinBoneShare * bone.length;
        if (length > kMaxBoneShare * bone.length || length < shortest) {
            issues.push_back(fieldIssue(
                frame + "/" + jointName(bone.to), "pose.limb",
                {formatNumber(length), jointName(bone.from), formatNumber(bone.length)}));
        }
    }
}

void checkProp(const Prop& prop, const std::string& field, std::vector<PoseIssue>& issues)
{
    const auto count = prop.joints.size();
    auto sizeOk = [&](double v) { return std::isfinite(v) && v > 0 && v <= kMaxPropSize; };
    auto placeOk = [&](double v) { return std::isfinite(v) && v >= kPoseMin && v <= kPoseMax; };
    if (!placeOk(prop.x)) {
        issues.push_back(fieldIssue(field + "/x", "pose.prop_area"));
    }
    if (!placeOk(prop.y)) {
        issues.push_back(fieldIssue(field + "/y", "pose.prop_area"));
    }
    switch (prop.kind) {
    case PropKind::Band:
    case PropKind::Strap:
        if (count < 1 || count > 4) {
            issues.push_back(fieldIssue(field + "/joints", "pose.band_joints"));
        }
        break;
    case PropKind::Dumbbell:
    case PropKind::AnkleWeight:
        if (count != 1) {
            issues.push_back(fieldIssue(field + "/joints", "pose.weight_joints"));
        }
        break;
    case PropKind::Ball:
        if (count > 2) {
            issues.push_back(fieldIssue(field + "/joints", "pose.ball_joints"));
        }
        if (!sizeOk(prop.width)) {
            issues.push_back(fieldIssue(field + "/width", "pose.ball_size"));
        }
        break;
    default:
        if (count != 0) {
            issues.push_back(
                fieldIssue(field + "/joints", "pose.placed", {std::string(toString(prop.kind))}));
        }
        if (!sizeOk(prop.width)) {
            issues.push_back(
                fieldIssue(field + "/width", "pose.size", {formatNumber(kMaxPropSize)}));
        }
        if (!sizeOk(prop.height)) {
            issues.push_back(
                fieldIssue(field + "/height", "pose.size", {formatNumber(kMaxPropSize)}));
        }
        break;
    }
}

// --- text codec -----------------------------------------------------------------------------

void writePose(std::ostringstream& out, const Pose& pose)
{
    for (std::size_t i = 0; i < kJointCount; ++i) {
        out << (i ? " " : "") << formatNumber(pose.joints[i].x) << ' '
            << formatNumber(pose.joints[i].y);
    }
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const auto at = text.find(separator, start);
        parts.push_back(text.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos) {
            return parts;
        }
        start = at + 1;
    }
}

std::optional<double> number(std::string_view text)
{
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

bool readPose(std::string_view text, Pose& pose)
{
    const auto parts = split(text, ' ');
    if (parts.size() != 2 * kJointCount) {
        return false;
    }
    for (std::size_t i = 0; i < kJointCount; ++i) {
        const auto x = number(parts[2 * i]);
        const auto y = number(parts[2 * i + 1]);
        if (!x || !y) {
            return false;
        }
        pose.joints[i] = {*x, *y};
    }
    return true;
}

} // namespace

const std::vector<Bone>& bones()
{
    static const std::vector<Bone> list = {
        {Joint::Neck, Joint::Head, 10},
        {Joint::Neck, Joint::LeftShoulder, 9},
        {Joint::LeftShoulder, Joint::LeftElbow, 17},
        {Joint::LeftElbow, Joint::LeftHand, 16},
        {Joint::Neck, Joint::RightShoulder, 9},
        {Joint::RightShoulder, Joint::RightElbow, 17},
        {Joint::RightElbow, Joint::RightHand, 16},
        {Joint::Neck, Joint::LeftHip, 36},
        {Joint::LeftHip, Joint::LeftKnee, 24},
        {Joint::LeftKnee, Joint::LeftAnkle, 23},
        {Joint::LeftAnkle, Joint::LeftToe, 8},
        {Joint::Neck, Joint::RightHip, 36},
        {Joint::RightHip, Joint::RightKnee, 24},
        {Joint::RightKnee, Joint::RightAnkle, 23},
        {Joint::RightAnkle, Joint::RightToe, 8},
    };
    return list;
}

bool isPlacedProp(PropKind kind)
{
    switch (kind) {
    case PropKind::Band:
    case PropKind::Strap:
    case PropKind::Dumbbell:
    case PropKind::AnkleWeight:
    case PropKind::Ball:
        return false;
    default:
        return true;
    }
}

std::vector<PoseIssue> validateIllustration(const Illustration& illustration)
{
    std::vector<PoseIssue> issues;
    checkPose(illustration.start, "start", issues);
    checkPose(illustration.end, "end", issues);
    for (std::size_t i = 0; i < illustration.props.size(); ++i) {
        checkProp(illustration.props[i], "props/" + std::to_string(i), issues);
    }
    return issues;
}

// view working;start;end;kind x y w h joint,joint|kind ...
std::string encodeIllustration(const Illustration& illustration)
{
    std::ostringstream out;
    out << toString(illustration.view) << ' ' << toString(illustration.workingLeg) << ';';
    writePose(out, illustration.start);
    out << ';';
    writePose(out, illustration.end);
    out << ';';
    for (std::size_t i = 0; i < illustration.props.size(); ++i) {
        const Prop& prop = illustration.props[i];
        out << (i ? "|" : "") << toString(prop.kind) << ' ' << formatNumber(prop.x) << ' '
            << formatNumber(prop.y) << ' ' << formatNumber(prop.width) << ' '
            << formatNumber(prop.height) << ' ';
        for (std::size_t j = 0; j < prop.joints.size(); ++j) {
            out << (j ? "," : "") << toString(prop.joints[j]);
        }
    }
    return out.str();
}

std::optional<Illustration> decodeIllustration(std::string_view text)
{
    const auto sections = split(text, ';');
    if (sections.size() != 4) {
        return std::nullopt;
    }
    Illustration result;
    const auto head = split(sections[0], ' ');
    if (head.size() != 2) {
        return std::nullopt;
    }
    const auto view = parseEnum<PoseView>(head[0]);
    const auto working = parseEnum<WorkingLeg>(head[1]);
    if (!view || !working || !readPose(sections[1], result.start) ||
        !readPose(sections[2], result.end)) {
        return std::nullopt;
    }
    result.view = *view;
    result.workingLeg = *working;
    if (!sections[3].empty()) {
        for (std::string_view item : split(sections[3], '|')) {
            const auto fields = split(item, ' ');
            if (fields.size() != 6) {
                return std::nullopt;
            }
            Prop prop;
            const auto kind = parseEnum<PropKind>(fields[0]);
            const auto x = number(fields[1]);
            const auto y = number(fields[2]);
            const auto w = number(fields[3]);
            const auto h = number(fields[4]);
            if (!kind || !x || !y || !w || !h) {
                return std::nullopt;
            }
            prop = {*kind, *x, *y, *w, *h, {}};
            if (!fields[5].empty()) {
                for (std::string_view name : split(fields[5], ',')) {
                    const auto joint = parseEnum<Joint>(name);
                    if (!joint) {
                        return std::nullopt;
                    }
                    prop.joints.push_back(*joint);
                }
            }
            result.props.push_back(std::move(prop));
        }
    }
    return result;
}

} // namespace glidepath::core
