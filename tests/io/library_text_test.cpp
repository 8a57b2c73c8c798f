// Per-language exercise text: the optional "translations" of a library exercise, library text
// files (data/library/exercises.<language>.json) and the built-in German.

#include <glidepath/io/library_format.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

namespace glidepath::io {
namespace {

using nlohmann::json;

json exerciseJson(const std::string& id)
{
    return json{
        {"id", id},
        {"name", "Bridge " + id},
        {"summary", "Lifts the hips to work the buttocks."},
        {"instructions", {"Lie on your back with knees bent.", "Lift and lower slowly."}},
        {"cues", {"Keep the ribs down", "Breathe out as you lift"}},
        {"category", "strength"},
        {"phase_min", 1},
        {"phase_max", 3},
        {"position", "supine"},
        {"regions", {"hip"}},
        {"muscles", {"glute_max"}},
        {"knee_flexion", "low"},
        {"impact", "none"},
        {"equipment", {"mat"}},
        {"laterality", "bilateral"},
        {"dose",
         {{"sets", 2}, {"reps", 10}, {"hold_seconds", 0}, {"tempo", ""}, {"rest_seconds", 30}}},
        {"dose_limits",
         {{"min_sets", 1},
          {"max_sets", 3},
          {"min_reps", 8},
          {"max_reps", 15},
          {"min_hold_seconds", 0},
          {"max_hold_seconds", 0}}},
        {"easier", nullptr},
        {"harder", nullptr},
        {"precautions", json::array()},
    };
}

std::string library(json exercise)
{
    return json{{"format", "glidepath-library"},
                {"version", 2},
                {"library_version", 1},
                {"exercises", {std::move(exercise)}}}
        .dump();
}

json germanText()
{
    return json{
        {"name", "Brücke"},
        {"summary", "Hebt das Becken und kräftigt das Gesäß."},
        {"instructions", {"Legen Sie sich auf den Rücken.", "Heben und senken Sie langsam."}},
        {"cues", {"Rippen bleiben unten", "Beim Heben ausatmen"}}};
}

std::vector<FormatIssue> issuesOf(const std::string& text)
{
    try {
        parseLibrary(text);
    } catch (const FormatError& error) {
        return error.issues();
    }
    ADD_FAILURE() << "accepted: " << text;
    return {};
}

bool hasIssue(const std::vector<FormatIssue>& issues, const std::string& pointer,
              const std::string& words)
{
    return std::any_of(issues.begin(), issues.end(), [&](const FormatIssue& issue) {
        return issue.pointer == pointer && issue.message.find(words) != std::string::npos;
    });
}

TEST(LibraryText, TranslationsAreReadWrittenAndLaidOverTheEnglish)
{
    json exercise = exerciseJson("bridge");
    exercise["translations"] = {{"de", germanText()}};
    const LibraryDocument document = parseLibrary(library(exercise));
    ASSERT_EQ(document.translations.count("bridge"), 1u);
    const core::ExerciseText& german = document.translations.at("bridge").at("de");
    EXPECT_EQ(german.name, "Brücke");
    EXPECT_EQ(german.cues.size(), 2u);

    const core::Exercise shown = document.localized(document.exercises.front(), "de");
    EXPECT_EQ(shown.name, "Brücke");
    EXPECT_EQ(shown.instructions.front(), "Legen Sie sich auf den Rücken.");
    EXPECT_EQ(shown.dose, document.exercises.front().dose) << "only text changes";
    EXPECT_EQ(document.localized(document.exercises.front(), "fr").name, "Bridge bridge")
        << "a language without text falls back to English";

    EXPECT_EQ(parseLibrary(writeLibrary(document)), document) << "written and read back alike";
}

TEST(LibraryText, APartialTranslationFallsBackFieldByField)
{
    json exercise = exerciseJson("bridge");
    exercise["translations"] = {{"de", {{"name", "Brücke"}}}};
    const LibraryDocument document = parseLibrary(library(exercise));
    const core::Exercise shown = document.localized(document.exercises.front(), "de");
    EXPECT_EQ(shown.name, "Brücke");
    EXPECT_EQ(shown.summary, "Lifts the hips to work the buttocks.");
    EXPECT_EQ(shown.cues.front(), "Keep the ribs down");
}

TEST(LibraryText, FilesWithoutTranslationsAreReadAsBefore)
{
    const LibraryDocument document = parseLibrary(library(exerciseJson("bridge")));
    EXPECT_TRUE(document.translations.empty());
    EXPECT_EQ(json::parse(writeLibrary(document))["exercises"][0].count("translations"), 0u)
        << "nothing is added to files that have no other language";
}

TEST(LibraryText, BadTranslationsAreNamedPrecisely)
{
    json exercise = exerciseJson("bridge");
    exercise["translations"] = {
        {"en", germanText()},
        {"german", germanText()},
        {"de", {{"name", "Brücke"}, {"cues", {"Nur ein Hinweis"}}, {"colour", "blau"}}},
        {"fr", json::object()},
        {"it", {{"name", std::string(81, 'x')}}},
    };
    const std::vector<FormatIssue> issues = issuesOf(library(exercise));
    const std::string at = "/exercises/0/translations/";
    EXPECT_TRUE(hasIssue(issues, at + "en", "English is the exercise's own text"));
    EXPECT_TRUE(hasIssue(issues, at + "german", "not a language code"));
    EXPECT_TRUE(hasIssue(issues, at + "de/cues", "needs 2 to 10 cues, not 1"));
    EXPECT_TRUE(hasIssue(issues, at + "de/colour", "unknown"));
    EXPECT_TRUE(hasIssue(issues, at + "fr", "has none of name"));
    EXPECT_TRUE(hasIssue(issues, at + "it/name", "81 characters"));

    json notObject = exerciseJson("bridge");
    notObject["translations"] = json::array();
    EXPECT_TRUE(
        hasIssue(issuesOf(library(notObject)), "/exercises/0/translations", "must be an object"));
}

TEST(LibraryText, ATextFileAddsOneLanguageAndRejectsUnknownIds)
{
    LibraryDocument document = parseLibrary(library(exerciseJson("bridge")));
    const json file = {{"format", "glidepath-library-text"},
                       {"version", 1},
                       {"language", "de"},
                       {"exercises", {{"bridge", germanText()}}}};
    addLibraryText(document, file.dump());
    EXPECT_EQ(document.translations.at("bridge").at("de").name, "Brücke");

    LibraryDocument untouched = parseLibrary(library(exerciseJson("bridge")));
    json bad = file;
    bad["exercises"]["no-such-exercise"] = germanText();
    bad["exercises"]["bridge"]["name"] = "";
    try {
        addLibraryText(untouched, bad.dump());
        ADD_FAILURE() << "accepted an unknown id";
    } catch (const FormatError& error) {
        EXPECT_TRUE(hasIssue(error.issues(), "/exercises/no-such-exercise", "no exercise"));
    }
    EXPECT_TRUE(untouched.translations.empty()) << "a bad file changes nothing";
}

TEST(LibraryText, EveryBuiltInExerciseHasCompleteGerman)
{
    const LibraryDocument& builtin = builtinLibrary();
    for (const core::Exercise& exercise : builtin.exercises) {
        SCOPED_TRACE(exercise.id);
        const auto texts = builtin.translations.find(exercise.id);
        ASSERT_NE(texts, builtin.translations.end());
        const auto german = texts->second.find("de");
        ASSERT_NE(german, texts->second.end());
        const core::ExerciseText& text = german->second;
        EXPECT_FALSE(text.name.empty());
        EXPECT_FALSE(text.summary.empty());
        // Every step and cue, so a patient never gets a half-English card.
        EXPECT_EQ(text.instructions.size(), exercise.instructions.size());
        EXPECT_EQ(text.cues.size(), exercise.cues.size());
        EXPECT_NE(text.summary, exercise.summary);
        for (std::size_t i = 0; i < std::min(text.cues.size(), exercise.cues.size()); ++i) {
            EXPECT_NE(text.cues[i], exercise.cues[i]) << "cue " << i << " still English";
        }
    }
}

} // namespace
} // namespace glidepath::io
