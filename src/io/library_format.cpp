#include "exercise_text_json.h"
#include "illustration_json.h"
#include "json_reader.h"
#include "library_exercise.h"
#include "template_json.h"

#include <glidepath/core/validation.h>
#include <glidepath/io/builtin_data.h>
#include <glidepath/io/library_format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace glidepath::io {

namespace {

using detail::ObjectReader;
using detail::Presence;

using detail::encloses;
using detail::exercisePointer;
using detail::kOldestLibraryVersion;
using detail::readExercise;
using detail::related;
constexpr std::string_view kFormat = detail::kLibraryFormat;

// Runs core validation and adds its issues with pointers. A problem already reported for the
// same field (or its enclosing object) by the format checks is not repeated: those checks stored
// defaults in place of unreadable values, and validation would only complain about the default.
void addValidationIssues(const std::vector<core::Exercise>& exercises,
                         const std::vector<std::size_t>& sourceIndex,
                         std::span<const core::Exercise> existing, std::vector<FormatIssue>& issues)
{
    std::set<std::string> formatPointers;
    for (const FormatIssue& issue : issues) {
        formatPointers.insert(issue.pointer);
    }
    std::set<std::pair<std::string, std::string>> added;
    auto alreadyCovered = [&](const std::string& pointer, const std::string& message) {
        // The pointer itself or one of its ancestors ...
        for (std::string prefix = pointer;;) {
            if (formatPointers.count(prefix) > 0) {
                return true;
            }
            const auto slash = prefix.rfind('/');
            if (slash == std::string::npos) {
                break;
            }
            prefix.resize(slash);
        }
        // ... or one of its descendants.
        const auto after = formatPointers.lower_bound(pointer + "/");
        if (after != formatPointers.end() && encloses(pointer, *after)) {
            return true;
        }
        return !added.emplace(pointer, message).second;
    };

    // Fields of each exercise that had a format problem, by source index.
    std::map<std::size_t, std::vector<std::string>> unreadable;
    for (const FormatIssue& issue : issues) {
        constexpr std::string_view prefix = "/exercises/";
        if (issue.pointer.compare(0, prefix.size(), prefix) != 0) {
            continue;
        }
        const std::string rest = issue.pointer.substr(prefix.size());
        const auto slash = rest.find('/');
        if (slash == std::string::npos) {
            continue;
        }
        std::size_t index = 0;
        if (std::from_chars(rest.data(), rest.data() + slash, index).ec != std::errc()) {
            continue;
        }
        const std::string field = rest.substr(slash + 1, rest.find('/', slash + 1) - slash - 1);
        unreadable[index].push_back(field);
    }

    using Key = std::tuple<std::string, std::string, std::string>;
    std::map<Key, int> perExercise;
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        const auto skipped = unreadable.find(sourceIndex[i]);
        for (const core::ValidationIssue& issue : core::validateExercise(exercises[i])) {
            ++perExercise[{issue.exerciseId, issue.field, issue.message}];
            std::string pointer = exercisePointer(sourceIndex[i], issue.field);
            const std::string field = issue.field.substr(0, issue.field.find('/'));
            const bool fromUnreadable =
                skipped != unreadable.end() &&
                std::any_of(skipped->second.begin(), skipped->second.end(),
                            [&](const std::string& other) { return related(field, other); });
            if (!fromUnreadable && !alreadyCovered(pointer, issue.message)) {
                issues.push_back(formatIssue(std::move(pointer), issue));
            }
        }
    }

    std::unordered_map<std::string, std::size_t> indexOfId;
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        indexOfId[exercises[i].id] = sourceIndex[i]; // the last of duplicates: that is the extra
    }
    std::vector<core::Exercise> whole = exercises;
    for (const core::Exercise& exercise : existing) {
        if (indexOfId.find(exercise.id) == indexOfId.end()) {
            whole.push_back(exercise);
        }
    }
    for (const core::ValidationIssue& issue : core::validateLibrary(whole)) {
        if (auto seen = perExercise.find({issue.exerciseId, issue.field, issue.message});
            seen != perExercise.end() && seen->second > 0) {
            --seen->second; // validateLibrary repeats validateExercise's findings
            continue;
        }
        std::string pointer;
        if (issue.exerciseId.empty()) {
            pointer = issue.field.empty() ? "/exercises" : "/exercises/" + issue.field;
        } else if (auto found = indexOfId.find(issue.exerciseId); found != indexOfId.end()) {
            pointer = exercisePointer(found->second, issue.field);
        } else {
            continue; // about an exercise already in the library, not one in this document
        }
        if (!alreadyCovered(pointer, issue.message)) {
            issues.push_back(formatIssue(std::move(pointer), issue));
        }
    }
}

// Each problem inside an exercise names that exercise's id, as the streaming reader does as it
// reads each one.
void nameExercises(std::vector<FormatIssue>& issues, const nlohmann::json& root)
{
    const auto list = root.find("exercises");
    if (list == root.end() || !list->is_array()) {
        return;
    }
    constexpr std::string_view prefix = "/exercises/";
    for (FormatIssue& issue : issues) {
        if (!issue.pointer.starts_with(prefix)) {
            continue;
        }
        std::size_t index = 0;
        const char* begin = issue.pointer.data() + prefix.size();
        const char* end = issue.pointer.data() + issue.pointer.size();
        const auto [next, error] = std::from_chars(begin, end, index);
        if (error != std::errc() || (next != end && *next != '/') || index >= list->size()) {
            continue;
        }
        const nlohmann::json& item = (*list)[index];
        if (!item.is_object()) {
            continue;
        }
        if (const auto id = item.find("id"); id != item.end() && id->is_string()) {
            issue.subject = id->get<std::string>();
        }
    }
}

LibraryDocument parse(std::string_view json, std::span<const core::Exercise> existing)
{
    std::vector<FormatIssue> issues;
    const std::optional<nlohmann::json> root = detail::parseJson(json, issues);
    if (!root) {
        throw FormatError(std::move(issues));
    }
    if (!detail::checkHeader(*root, kFormat, kLibraryFormatVersion, "a Glidepath exercise library",
                             issues, kOldestLibraryVersion)) {
        detail::fail(json, std::move(issues));
    }
    issues = detail::duplicateKeys(json);

    LibraryDocument document;
    std::vector<std::size_t> sourceIndex;
    ObjectReader reader(*root, "", issues);
    std::string format;
    int version = 0;
    reader.readString("format", format);
    reader.readInt("version", version, kOldestLibraryVersion, kLibraryFormatVersion);
    reader.readInt("library_version", document.libraryVersion, 1, INT_MAX);
    if (const nlohmann::json* exercises = reader.readList("exercises")) {
        document.exercises.reserve(exercises->size());
        sourceIndex.reserve(exercises->size());
        for (std::size_t i = 0; i < exercises->size(); ++i) {
            const nlohmann::json& item = (*exercises)[i];
            detail::ExerciseTexts texts;
            document.exercises.push_back(
                readExercise(item, "/exercises/" + std::to_string(i), version, issues, texts));
            if (item.is_object()) {
                sourceIndex.push_back(i);
                if (!texts.empty()) {
                    document.translations[document.exercises.back().id] = std::move(texts);
                }
            } else {
                document.exercises.pop_back(); // nothing to validate
            }
        }
    }
    if (version >= 3) {
        if (const nlohmann::json* templates = reader.readList("templates", Presence::Optional)) {
            document.templates = detail::readTemplates(*templates, issues);
        }
    }
    reader.finish();

    addValidationIssues(document.exercises, sourceIndex, existing, issues);
    if (!issues.empty()) {
        nameExercises(issues, *root);
        detail::fail(json, std::move(issues));
    }
    return document;
}

template <typename E> nlohmann::ordered_json namesOf(const std::vector<E>& values)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const E value : values) {
        list.push_back(std::string(core::toString(value)));
    }
    return list;
}

nlohmann::ordered_json idOrNull(const std::string& id)
{
    return id.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(id);
}

nlohmann::ordered_json toJson(const core::Exercise& exercise, const detail::ExerciseTexts* texts)
{
    nlohmann::ordered_json out;
    out["id"] = exercise.id;
    out["name"] = exercise.name;
    out["summary"] = exercise.summary;
    out["instructions"] = exercise.instructions;
    out["cues"] = exercise.cues;
    out["category"] = std::string(core::toString(exercise.category));
    out["phase_min"] = exercise.phaseMin;
    out["phase_max"] = exercise.phaseMax;
    out["position"] = std::string(core::toString(exercise.position));
    out["regions"] = namesOf(exercise.regions);
    out["muscles"] = namesOf(exercise.muscles);
    out["knee_flexion"] = std::string(core::toString(exercise.kneeFlexion));
    out["impact"] = std::string(core::toString(exercise.impact));
    out["equipment"] = namesOf(exercise.equipment);
    out["laterality"] = std::string(core::toString(exercise.laterality));
    nlohmann::ordered_json dose;
    dose["sets"] = exercise.dose.sets;
    dose["reps"] = exercise.dose.reps;
    dose["hold_seconds"] = exercise.dose.holdSeconds;
    dose["tempo"] = exercise.dose.tempo;
    dose["rest_seconds"] = exercise.dose.restSeconds;
    if (exercise.dose.loadKind != core::LoadKind::None) {
        dose["load"] = std::string(core::toString(exercise.dose.loadKind));
        dose["load_level"] = exercise.dose.loadLevel;
    }
    out["dose"] = std::move(dose);
    // Written only for movement kept up, so a file of held exercises says nothing new.
    if (exercise.timing != core::Timing::Hold) {
        out["timing"] = std::string(core::toString(exercise.timing));
    }
    nlohmann::ordered_json limits;
    limits["min_sets"] = exercise.limits.minSets;
    limits["max_sets"] = exercise.limits.maxSets;
    limits["min_reps"] = exercise.limits.minReps;
    limits["max_reps"] = exercise.limits.maxReps;
    limits["min_hold_seconds"] = exercise.limits.minHoldSeconds;
    limits["max_hold_seconds"] = exercise.limits.maxHoldSeconds;
    if (exercise.dose.loadKind != core::LoadKind::None || exercise.limits.maxLoadLevel != 0) {
        limits["max_load_level"] = exercise.limits.maxLoadLevel;
    }
    out["dose_limits"] = std::move(limits);
    out["easier"] = idOrNull(exercise.easier);
    out["harder"] = idOrNull(exercise.harder);
    out["precautions"] = namesOf(exercise.precautions);
    out["goals"] = namesOf(exercise.goals);
    out["builtin"] = exercise.builtin;
    out["hidden"] = exercise.hidden;
    if (exercise.illustration) {
        out["illustration"] = detail::illustrationToJson(*exercise.illustration);
    }
    if (texts != nullptr && !texts->empty()) {
        out["translations"] = detail::exerciseTextsToJson(*texts);
    }
    return out;
}

} // namespace

LibraryDocument parseLibrary(std::string_view json)
{
    return detail::guarded([&] { return parse(json, {}); });
}

LibraryDocument parseLibrary(std::string_view json, std::span<const core::Exercise> existing)
{
    return detail::guarded([&] { return parse(json, existing); });
}

std::string writeLibrary(const LibraryDocument& document)
{
    nlohmann::ordered_json root;
    root["format"] = kFormat;
    root["version"] = kLibraryFormatVersion;
    root["library_version"] = document.libraryVersion;
    nlohmann::ordered_json exercises = nlohmann::ordered_json::array();
    for (const core::Exercise& exercise : document.exercises) {
        const auto texts = document.translations.find(exercise.id);
        exercises.push_back(
            toJson(exercise, texts == document.translations.end() ? nullptr : &texts->second));
    }
    root["exercises"] = std::move(exercises);
    // Written only when there are some, so a library without templates reads in older
    // Glidepath versions once its version number is lowered.
    if (!document.templates.empty()) {
        nlohmann::ordered_json templates = nlohmann::ordered_json::array();
        for (const core::PlanTemplate& plan : document.templates) {
            templates.push_back(detail::templateToJson(plan));
        }
        root["templates"] = std::move(templates);
    }
    // Text that is not valid UTF-8 cannot come from a parsed file; replacing it keeps a write
    // from failing halfway on a value typed in by hand.
    return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

const LibraryDocument& builtinLibrary()
{
    static const LibraryDocument library = [] {
        LibraryDocument document = parseLibrary(builtinLibraryJson());
        for (core::Exercise& exercise : document.exercises) {
            exercise.builtin = true;
            exercise.hidden = false;
        }
        for (std::string_view text : builtinLibraryTextJson()) {
            addLibraryText(document, text);
        }
        return document;
    }();
    return library;
}

} // namespace glidepath::io
