#include "reason_json.h"

namespace glidepath::io::detail {

namespace {

nlohmann::ordered_json valueJson(const core::ReasonValue& v)
{
    using Kind = core::ReasonValue::Kind;
    nlohmann::ordered_json out;
    switch (v.kind) {
    case Kind::Number:
        out["number"] = v.number;
        break;
    case Kind::Pain:
        out["pain"] = v.number;
        break;
    case Kind::Percent:
        out["percent"] = v.number;
        break;
    case Kind::Date:
        out["date"] = core::toIsoString(v.date);
        break;
    case Kind::Exercise:
        out["exercise"] = v.id;
        out["name"] = v.name;
        if (v.number >= 0) {
            out["pain"] = v.number;
        }
        break;
    case Kind::Word:
        out["word"] = v.id;
        break;
    case Kind::Text:
        out["text"] = v.id;
        break;
    case Kind::List: {
        nlohmann::ordered_json items = nlohmann::ordered_json::array();
        for (const core::ReasonValue& item : v.items) {
            items.push_back(valueJson(item));
        }
        out["list"] = std::move(items);
        break;
    }
    }
    return out;
}

constexpr int kMaxDepth = 8;

std::optional<core::ReasonValue> readValue(const nlohmann::json& json, const std::string& pointer,
                                           std::vector<FormatIssue>& issues, int depth)
{
    // Problems are data (io::formatIssueKinds()), so that a German reader gets German words.
    const auto problem = [&](std::string_view kind, std::vector<std::string> values) {
        issues.push_back(formatIssue(pointer, kind, std::move(values)));
        return std::nullopt;
    };
    if (!json.is_object() || depth > kMaxDepth) {
        return problem("reason.value", {describeValue(json)});
    }
    const auto integer = [&](const char* key) -> std::optional<int> {
        const auto it = json.find(key);
        if (it == json.end() || !it->is_number_integer()) {
            return std::nullopt;
        }
        const auto n = it->get<long long>();
        if (n < -1000000 || n > 1000000) {
            return std::nullopt;
        }
        return static_cast<int>(n);
    };
    const auto text = [&](const char* key) -> std::optional<std::string> {
        const auto it = json.find(key);
        if (it == json.end() || !it->is_string()) {
            return std::nullopt;
        }
        return it->get<std::string>();
    };
    if (json.contains("exercise")) {
        const auto id = text("exercise");
        const auto name = text("name");
        const auto pain = json.contains("pain") ? integer("pain") : std::optional<int>(-1);
        if (!id || !name || !pain) {
            return problem("reason.exercise", {describeValue(json)});
        }
        return core::value::exercise(*id, *name, *pain);
    }
    if (json.size() != 1) {
        return problem("reason.one_key", {describeValue(json)});
    }
    const std::string key = json.begin().key();
    if (key == "number" || key == "pain" || key == "percent") {
        const auto n = integer(key.c_str());
        if (!n) {
            return problem("reason.whole", {key, describeValue(json.begin().value())});
        }
        return key == "number" ? core::value::number(*n)
               : key == "pain" ? core::value::pain(*n)
                               : [&] {
                                     core::ReasonValue v = core::value::number(*n);
                                     v.kind = core::ReasonValue::Kind::Percent;
                                     return v;
                                 }();
    }
    if (key == "date") {
        const auto t = text("date");
        const auto date = t ? core::parseIsoDate(*t) : std::nullopt;
        if (!date) {
            return problem("reason.date", {describeValue(json.begin().value())});
        }
        return core::value::date(*date);
    }
    if (key == "word" || key == "text") {
        const auto t = text(key.c_str());
        if (!t) {
            return problem("reason.text", {key, describeValue(json.begin().value())});
        }
        return key == "word" ? core::value::word(*t) : core::value::text(*t);
    }
    if (key == "list") {
        const nlohmann::json& list = json.begin().value();
        if (!list.is_array()) {
            return problem("reason.list", {describeValue(list)});
        }
        std::vector<core::ReasonValue> items;
        for (std::size_t i = 0; i < list.size(); ++i) {
            auto item =
                readValue(list[i], pointer + "/list/" + std::to_string(i), issues, depth + 1);
            if (!item) {
                return std::nullopt;
            }
            items.push_back(std::move(*item));
        }
        return core::value::list(std::move(items));
    }
    return problem("reason.type", {key});
}

} // namespace

nlohmann::ordered_json reasonJson(const core::Reason& reason, const ReasonWords& words)
{
    nlohmann::ordered_json out;
    out["rule"] = reason.rule;
    // Stored words only (an older plan read back): written as they came, without values, so
    // that they read back as stored words.
    const bool storedWords = !reason.text.empty() && reason.values.empty();
    if (!storedWords) {
        nlohmann::ordered_json values = nlohmann::ordered_json::object();
        for (const auto& [name, v] : reason.values) {
            values[name] = valueJson(v);
        }
        out["values"] = std::move(values);
    }
    std::string text = reason.text;
    if (words) {
        text = words(reason);
    }
    if (!text.empty()) {
        out["text"] = std::move(text);
    }
    return out;
}

core::Reason readReason(const nlohmann::json& value, const std::string& pointer,
                        std::vector<FormatIssue>& issues)
{
    core::Reason out;
    if (value.is_string()) {
        out.text = value.get<std::string>();
        return out;
    }
    ObjectReader reader(value, pointer, issues);
    reader.readString("rule", out.rule);
    std::string text;
    reader.readString("text", text, Presence::Optional);
    const nlohmann::json* values = reader.readValue("values", Presence::Optional);
    reader.finish();
    if (values == nullptr) {
        out.text = std::move(text);
        return out;
    }
    if (!values->is_object()) {
        issues.push_back(
            formatIssue(pointer + "/values", "reason.values", {describeValue(*values)}));
        return out;
    }
    for (auto it = values->begin(); it != values->end(); ++it) {
        if (auto v = readValue(it.value(), pointer + "/values/" + it.key(), issues, 0)) {
            out.values[it.key()] = std::move(*v);
        }
    }
    return out;
}

} // namespace glidepath::io::detail
