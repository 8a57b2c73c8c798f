#include "exercise_text_json.h"

#include "json_reader.h"

#include <glidepath/core/validation.h>

#include <regex>

namespace glidepath::io::detail {

namespace {

bool isLanguageCode(const std::string& code)
{
    static const std::regex pattern("[a-z]{2,3}(-[A-Z]{2})?");
    return std::regex_match(code, pattern);
}

} // namespace

ExerciseTexts readExerciseTexts(const nlohmann::json& value, const std::string& pointer,
                                const std::string& exerciseId, std::vector<FormatIssue>& issues)
{
    ExerciseTexts texts;
    if (!value.is_object()) {
        issues.push_back(formatIssue(pointer, "texts.not_object"));
        return texts;
    }
    for (const auto& [code, body] : value.items()) {
        const std::string at = pointer + "/" + pointerToken(code);
        if (code == "en") {
            issues.push_back(formatIssue(at, "texts.english"));
            continue;
        }
        if (!isLanguageCode(code)) {
            issues.push_back(formatIssue(at, "texts.bad_code", {code}));
            continue;
        }
        core::ExerciseText text;
        ObjectReader reader(body, at, issues);
        if (!reader.isObject()) {
            continue;
        }
        reader.readString("name", text.name, Presence::Optional);
        reader.readString("summary", text.summary, Presence::Optional);
        reader.readStringList("instructions", text.instructions, Presence::Optional);
        reader.readStringList("cues", text.cues, Presence::Optional);
        reader.finish();
        const std::size_t before = issues.size();
        // Pointers of core's issues are relative to the exercise ("translations/de/name").
        const std::string field = "translations/" + pointerToken(code);
        for (const core::ValidationIssue& issue :
             core::validateExerciseText(exerciseId, field, text)) {
            issues.push_back(
                formatIssue(pointer.substr(0, pointer.rfind('/')) + "/" + issue.field, issue));
        }
        if (issues.size() == before) {
            texts.emplace(code, std::move(text));
        }
    }
    return texts;
}

nlohmann::ordered_json exerciseTextsToJson(const ExerciseTexts& texts)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& [code, text] : texts) {
        nlohmann::ordered_json one = nlohmann::ordered_json::object();
        if (!text.name.empty()) {
            one["name"] = text.name;
        }
        if (!text.summary.empty()) {
            one["summary"] = text.summary;
        }
        if (!text.instructions.empty()) {
            one["instructions"] = text.instructions;
        }
        if (!text.cues.empty()) {
            one["cues"] = text.cues;
        }
        out[code] = std::move(one);
    }
    return out;
}

} // namespace glidepath::io::detail
