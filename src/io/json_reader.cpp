#include "json_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>

namespace glidepath::io::detail {

namespace {
// Optimal string alignment distance: like Levenshtein, and a swap of two neighbours costs one.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) {
        d[i][0] = i;
    }
    for (std::size_t j = 0; j <= m; ++j) {
        d[0][j] = j;
    }
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[n][m];
}

} // namespace

std::string pointerToken(std::string_view key)
{
    std::string token;
    token.reserve(key.size());
    for (const char c : key) {
        if (c == '~') {
            token += "~0";
        } else if (c == '/') {
            token += "~1";
        } else {
            token += c;
        }
    }
    return token;
}

std::string describeValue(const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::object:
        return "an object";
    case nlohmann::json::value_t::array:
        return "a list";
    case nlohmann::json::value_t::string: {
        const auto& text = value.get_ref<const std::string&>();
        constexpr std::size_t kLongest = 40;
        if (text.size() > kLongest) {
            std::size_t cut = kLongest;
            while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
                --cut; // never cut a UTF-8 sequence in half
            }
            return nlohmann::json(text.substr(0, cut)).dump() + "...";
        }
        return value.dump();
    }
    default:
        return value.dump();
    }
}

std::optional<std::string> closestMatch(std::string_view word,
                                        const std::vector<std::string>& candidates)
{
    std::optional<std::string> best;
    std::size_t bestDistance = 0;
    constexpr std::size_t kLongestTypo = 64; // no field or value name is longer
    if (word.size() > kLongestTypo) {
        return std::nullopt; // and the edit distance would cost its length times theirs
    }
    std::string lowered(word);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const std::string& candidate : candidates) {
        const std::size_t distance = editDistance(lowered, candidate);
        if (!best || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // Close enough to be a typo: one edit for short words, up to a third of the word otherwise.
    const std::size_t allowed = std::clamp<std::size_t>(word.size() / 3, 1, 3);
    if (best && bestDistance <= allowed && !(bestDistance == 0 && lowered == word)) {
        return best;
    }
    return std::nullopt;
}

bool checkHeader(const nlohmann::json& root, std::string_view format, int version,
                 std::string_view what, std::vector<FormatIssue>& issues, int oldest)
{
    oldest = oldest > 0 ? oldest : version;
    if (!root.is_object()) {
        issues.push_back(
            formatIssue("", "document.not_object", {std::string(format), describeValue(root)}));
        return false;
    }
    const auto formatField = root.find("format");
    if (formatField == root.end()) {
        issues.push_back(formatIssue("/format", "header.format_missing",
                                     {std::string(what), std::string(format)}));
        return false;
    }
    if (!formatField->is_string() || formatField->get_ref<const std::string&>() != format) {
        issues.push_back(
            formatIssue("/format", "header.format_wrong",
                        {std::string(format), describeValue(*formatField), std::string(what)}));
        return false;
    }
    const auto versionField = root.find("version");
    if (versionField == root.end()) {
        issues.push_back(
            formatIssue("/version", "header.version_missing", {std::to_string(version)}));
        return false;
    }
    if (!versionField->is_number_integer()) {
        issues.push_back(
            formatIssue("/version", "field.not_whole", {describeValue(*versionField)}));
        return false;
    }
    const auto found = versionField->get<std::int64_t>();
    if (found > version) {
        issues.push_back(formatIssue("/version", "header.version_newer",
                                     {std::to_string(found), std::to_string(version)}));
        return false;
    }
    if (found < oldest) {
        issues.push_back(oldest == version
                             ? formatIssue("/version", "header.version_old",
                                           {std::to_string(version), std::to_string(found)})
                             : formatIssue("/version", "header.version_range",
                                           {std::to_string(oldest), std::to_string(version),
                                            std::to_string(found)}));
        return false;
    }
    return true;
}

ObjectReader::ObjectReader(const nlohmann::json& value, std::string pointer,
                           std::vector<FormatIssue>& issues)
    : m_pointer(std::move(pointer)), m_issues(issues)
{
    if (value.is_object()) {
        m_object = &value;
    } else {
        addIssue(m_pointer, "field.not_object", {describeValue(value)});
    }
}

ObjectReader::ObjectReader(std::string pointer, std::vector<FormatIssue>& issues)
    : m_pointer(std::move(pointer)), m_issues(issues)
{}

const nlohmann::json* ObjectReader::field(std::string_view key, Presence presence)
{
    m_known.emplace_back(key);
    if (m_object == nullptr) {
        return nullptr;
    }
    const auto found = m_object->find(key);
    if (found == m_object->end()) {
        if (presence == Presence::Required) {
            addIssue(pointerTo(key), "field.missing");
        }
        return nullptr;
    }
    return &*found;
}

void ObjectReader::addIssue(std::string pointer, std::string_view kind,
                            std::vector<std::string> values)
{
    m_issues.push_back(formatIssue(std::move(pointer), kind, std::move(values)));
}

bool ObjectReader::readString(std::string_view key, std::string& out, Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return false;
    }
    if (!value->is_string()) {
        addIssue(pointerTo(key), "field.not_text", {describeValue(*value)});
        return false;
    }
    out = value->get<std::string>();
    return true;
}

bool ObjectReader::readInt(std::string_view key, int& out, int min, int max, Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return false;
    }
    if (!value->is_number_integer()) {
        addIssue(pointerTo(key), "field.whole_number",
                 {std::to_string(min), std::to_string(max), describeValue(*value)});
        return false;
    }
    // Non-negative numbers parse as unsigned; above INT64_MAX they cannot be in range anyway.
    std::optional<std::int64_t> number;
    if (!value->is_number_unsigned()) {
        number = value->get<std::int64_t>();
    } else if (value->get<std::uint64_t>() <= static_cast<std::uint64_t>(INT64_MAX)) {
        number = static_cast<std::int64_t>(value->get<std::uint64_t>());
    }
    if (!number || *number < min || *number > max) {
        if (number && *number >= INT32_MIN && *number <= INT32_MAX) {
            out = static_cast<int>(*number); // so that later checks see the value as written
        }
        addIssue(pointerTo(key), "field.whole_number",
                 {std::to_string(min), std::to_string(max), value->dump()});
        return false;
    }
    out = value->get<int>();
    return true;
}

bool ObjectReader::readBool(std::string_view key, bool& out, Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return false;
    }
    if (!value->is_boolean()) {
        addIssue(pointerTo(key), "field.not_bool", {describeValue(*value)});
        return false;
    }
    out = value->get<bool>();
    return true;
}

bool ObjectReader::readNullableString(std::string_view key, std::string& out, std::string_view what,
                                      Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return false;
    }
    if (value->is_null()) {
        out.clear();
        return true;
    }
    if (!value->is_string()) {
        addIssue(pointerTo(key), "field.text_or_null", {std::string(what), describeValue(*value)});
        return false;
    }
    out = value->get<std::string>();
    return true;
}

bool ObjectReader::readStringList(std::string_view key, std::vector<std::string>& out,
                                  Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return false;
    }
    if (!value->is_array()) {
        addIssue(pointerTo(key), "field.not_text_list", {describeValue(*value)});
        return false;
    }
    out.clear();
    bool ok = true;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const nlohmann::json& item = (*value)[i];
        if (item.is_string()) {
            out.push_back(item.get<std::string>());
        } else {
            addIssue(pointerTo(key) + "/" + std::to_string(i), "field.not_text",
                     {describeValue(item)});
            ok = false;
        }
    }
    return ok;
}

bool ObjectReader::readNumber(std::string_view key, double& out, double min, double max,
                              Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return false;
    }
    const double number = value->is_number() ? value->get<double>() : 0.0;
    if (!value->is_number() || !(number >= min && number <= max)) {
        // Limits read as people write them: "from 0 to 1", "from 0.1 to 0.95".
        const auto plain = [](double number) {
            return std::floor(number) == number && std::abs(number) < 1e15
                       ? std::to_string(static_cast<long long>(number))
                       : nlohmann::json(number).dump();
        };
        addIssue(pointerTo(key), "field.number", {plain(min), plain(max), describeValue(*value)});
        return false;
    }
    out = number;
    return true;
}

const nlohmann::json* ObjectReader::readValue(std::string_view key, Presence presence)
{
    return field(key, presence);
}

const nlohmann::json* ObjectReader::readList(std::string_view key, Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return nullptr;
    }
    if (!value->is_array()) {
        addIssue(pointerTo(key), "field.not_list", {describeValue(*value)});
        return nullptr;
    }
    return value;
}

ObjectReader ObjectReader::child(std::string_view key, Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return ObjectReader(pointerTo(key), m_issues);
    }
    return ObjectReader(*value, pointerTo(key), m_issues);
}

void ObjectReader::finish()
{
    if (m_object == nullptr) {
        return;
    }
    for (const auto& [key, value] : m_object->items()) {
        if (core::contains(m_known, key)) {
            continue;
        }
        if (auto suggestion = closestMatch(key, m_known)) {
            addIssue(pointerTo(key), "field.unknown_suggest", {key, *suggestion});
        } else {
            addIssue(pointerTo(key), "field.unknown", {key});
        }
    }
}

bool ObjectReader::enumProblem(const nlohmann::json& value, const std::string& pointer,
                               const std::vector<std::string>& names)
{
    std::vector<std::string> values{describeValue(value)};
    if (value.is_string()) {
        if (auto suggestion = closestMatch(value.get_ref<const std::string&>(), names)) {
            values.push_back(*suggestion);
            values.insert(values.end(), names.begin(), names.end());
            addIssue(pointer, "enum.not_one_of_suggest", std::move(values));
            return false;
        }
    }
    values.insert(values.end(), names.begin(), names.end());
    addIssue(pointer, "enum.not_one_of", std::move(values));
    return false;
}

} // namespace glidepath::io::detail
