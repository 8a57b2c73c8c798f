#include "illustration_json.h"

#include <cmath>

namespace glidepath::io::detail {

namespace {

bool readPoint(const nlohmann::json& value, const std::string& pointer, core::Point2& out,
               std::vector<FormatIssue>& issues)
{
    if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_number()) {
        issues.push_back(formatIssue(pointer, "illustration.point", {describeValue(value)}));
        return false;
    }
    out = {value[0].get<double>(), value[1].get<double>()};
    return true;
}

bool readPose(ObjectReader& parent, std::string_view key, core::Pose& pose,
              std::vector<FormatIssue>& issues)
{
    ObjectReader reader = parent.child(key);
    if (!reader.isObject()) {
        return false;
    }
    bool ok = true;
    for (const core::Joint joint : core::allValues<core::Joint>()) {
        const std::string name(core::toString(joint));
        const nlohmann::json* value = reader.readValue(name);
        if (value == nullptr) {
            ok = false;
            continue;
        }
        ok = readPoint(*value, reader.pointerTo(name), pose.at(joint), issues) && ok;
    }
    reader.finish();
    return ok;
}

bool readProp(const nlohmann::json& value, const std::string& pointer, core::Prop& prop,
              std::vector<FormatIssue>& issues)
{
    const std::size_t before = issues.size();
    ObjectReader reader(value, pointer, issues);
    if (!reader.isObject()) {
        return false;
    }
    reader.readEnum("kind", prop.kind);
    constexpr double kLimit = 1000.0; // the range core validation narrows
    reader.readNumber("x", prop.x, -kLimit, kLimit, detail::Presence::Optional);
    reader.readNumber("y", prop.y, -kLimit, kLimit, detail::Presence::Optional);
    reader.readNumber("width", prop.width, 0, kLimit, detail::Presence::Optional);
    reader.readNumber("height", prop.height, 0, kLimit, detail::Presence::Optional);
    reader.readEnumList("joints", prop.joints, detail::Presence::Optional);
    reader.finish();
    return issues.size() == before;
}

nlohmann::ordered_json pointJson(core::Point2 p)
{
    // One decimal is a tenth of a figure unit: finer than any screen shows.
    auto round = [](double v) { return std::round(v * 10.0) / 10.0; };
    return nlohmann::ordered_json::array({round(p.x), round(p.y)});
}

nlohmann::ordered_json poseJson(const core::Pose& pose)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const core::Joint joint : core::allValues<core::Joint>()) {
        out[std::string(core::toString(joint))] = pointJson(pose.at(joint));
    }
    return out;
}

} // namespace

std::optional<core::Illustration> readIllustration(const nlohmann::json& value,
                                                   const std::string& pointer,
                                                   std::vector<FormatIssue>& issues)
{
    const std::size_t before = issues.size();
    core::Illustration illustration;
    ObjectReader reader(value, pointer, issues);
    if (!reader.isObject()) {
        return std::nullopt;
    }
    reader.readEnum("view", illustration.view);
    reader.readEnum("working_leg", illustration.workingLeg);
    if (const nlohmann::json* props = reader.readList("props", Presence::Optional)) {
        for (std::size_t i = 0; i < props->size(); ++i) {
            core::Prop prop;
            if (readProp((*props)[i], reader.pointerTo("props") + "/" + std::to_string(i), prop,
                         issues)) {
                illustration.props.push_back(std::move(prop));
            }
        }
    }
    readPose(reader, "start", illustration.start, issues);
    readPose(reader, "end", illustration.end, issues);
    reader.finish();
    if (issues.size() != before) {
        return std::nullopt;
    }
    return illustration;
}

nlohmann::ordered_json illustrationToJson(const core::Illustration& illustration)
{
    nlohmann::ordered_json out;
    out["view"] = std::string(core::toString(illustration.view));
    out["working_leg"] = std::string(core::toString(illustration.workingLeg));
    nlohmann::ordered_json props = nlohmann::ordered_json::array();
    for (const core::Prop& prop : illustration.props) {
        nlohmann::ordered_json item;
        item["kind"] = std::string(core::toString(prop.kind));
        // Only the fields a prop uses, as in the shipped file.
        if (prop.x != 0) {
            item["x"] = std::round(prop.x * 10.0) / 10.0;
        }
        if (prop.y != 0) {
            item["y"] = std::round(prop.y * 10.0) / 10.0;
        }
        if (prop.width != 0) {
            item["width"] = std::round(prop.width * 10.0) / 10.0;
        }
        if (prop.height != 0) {
            item["height"] = std::round(prop.height * 10.0) / 10.0;
        }
        if (!prop.joints.empty()) {
            nlohmann::ordered_json joints = nlohmann::ordered_json::array();
            for (const core::Joint joint : prop.joints) {
                joints.push_back(std::string(core::toString(joint)));
            }
            item["joints"] = std::move(joints);
        }
        props.push_back(std::move(item));
    }
    out["props"] = std::move(props);
    out["start"] = poseJson(illustration.start);
    out["end"] = poseJson(illustration.end);
    return out;
}

} // namespace glidepath::io::detail
