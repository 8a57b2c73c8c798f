// Library text files: one language's names, summaries, steps and cues for exercises that are
// defined elsewhere (the built-in library keeps its German in data/library/exercises.de.json, so
// exercises.json stays readable and each language can be reviewed on its own).

#include "exercise_text_json.h"
#include "json_reader.h"

#include <glidepath/io/library_format.h>

#include <algorithm>

namespace glidepath::io {

namespace {

constexpr std::string_view kTextFormat = "glidepath-library-text";
constexpr int kTextFormatVersion = 1;

void add(LibraryDocument& document, std::string_view json)
{
    std::vector<FormatIssue> issues;
    const std::optional<nlohmann::json> root = detail::parseJson(json, issues);
    if (!root) {
        throw FormatError(std::move(issues));
    }
    if (!detail::checkHeader(*root, kTextFormat, kTextFormatVersion,
                             "a Glidepath library text file", issues)) {
        detail::fail(json, std::move(issues));
    }
    issues = detail::duplicateKeys(json);
    detail::ObjectReader reader(*root, "", issues);
    std::string format;
    int version = 0;
    std::string language;
    reader.readString("format", format);
    reader.readInt("version", version, kTextFormatVersion, kTextFormatVersion);
    reader.readString("language", language);
    std::map<std::string, core::ExerciseText> found;
    if (const nlohmann::json* exercises = reader.readValue("exercises")) {
        if (!exercises->is_object()) {
            issues.push_back(formatIssue("/exercises", "texts.exercises_not_object"));
        } else {
            for (const auto& item : exercises->items()) {
                // Named, not a structured binding: clang before 16 cannot capture one.
                const std::string& id = item.key();
                const nlohmann::json& body = item.value();
                const std::string at = "/exercises/" + detail::pointerToken(id);
                const bool known =
                    std::any_of(document.exercises.begin(), document.exercises.end(),
                                [&](const core::Exercise& exercise) { return exercise.id == id; });
                if (!known) {
                    issues.push_back(formatIssue(at, "texts.unknown_exercise", {id}));
                    continue;
                }
                // Read as a one-language "translations" object, with its pointers.
                nlohmann::json wrapped = nlohmann::json::object();
                wrapped[language] = body;
                std::vector<FormatIssue> own;
                detail::ExerciseTexts texts =
                    detail::readExerciseTexts(wrapped, at + "/translations", id, own);
                for (FormatIssue& issue : own) {
                    // "/exercises/x/translations/de/name" -> "/exercises/x/name"
                    const std::string prefix =
                        at + "/translations/" + detail::pointerToken(language);
                    if (issue.pointer.compare(0, prefix.size(), prefix) == 0) {
                        issue.pointer = at + issue.pointer.substr(prefix.size());
                    }
                    issues.push_back(std::move(issue));
                }
                if (auto text = texts.find(language); text != texts.end()) {
                    found.emplace(id, std::move(text->second));
                }
            }
        }
    }
    reader.finish();
    if (!issues.empty()) {
        detail::fail(json, std::move(issues));
    }
    for (auto& [id, text] : found) {
        document.translations[id][language] = std::move(text);
    }
}

} // namespace

void addLibraryText(LibraryDocument& document, std::string_view json)
{
    detail::guarded([&] {
        add(document, json);
        return 0;
    });
}

core::Exercise LibraryDocument::localized(const core::Exercise& exercise,
                                          std::string_view language) const
{
    const auto texts = translations.find(exercise.id);
    if (texts == translations.end()) {
        return exercise;
    }
    const auto text = texts->second.find(std::string(language));
    return text == texts->second.end() ? exercise : core::localized(exercise, text->second);
}

std::string LibraryDocument::localizedName(const std::string& id, const std::string& englishName,
                                           std::string_view language) const
{
    if (const auto texts = translations.find(id); texts != translations.end()) {
        if (const auto text = texts->second.find(std::string(language));
            text != texts->second.end() && !text->second.name.empty()) {
            return text->second.name;
        }
    }
    return englishName;
}

void LibraryDocument::localizePlanNames(core::Plan& plan, std::string_view language) const
{
    for (core::PlanDay& day : plan.days) {
        for (core::PlannedExercise& planned : day.exercises) {
            planned.name = localizedName(planned.id, planned.name, language);
        }
    }
}

} // namespace glidepath::io
