// The "illustration" of an exercise in the library format (version 2): round trip, version 1
// files still read, and every mistake reported with its JSON pointer.

#include <glidepath/core/pose.h>
#include <glidepath/io/library_format.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

namespace glidepath::io {
namespace {

using nlohmann::json;

// The built-in library as JSON, cut down to its first exercise.
json oneExerciseDocument()
{
    json document = json::parse(writeLibrary(builtinLibrary()));
    json first = document["exercises"][0];
    first.erase("builtin");
    first.erase("hidden");
    first["harder"] = nullptr; // alone in its document: no ladder to link to
    document["exercises"] = json::array({first});
    return document;
}

std::vector<FormatIssue> issuesOf(const json& document)
{
    try {
        parseLibrary(document.dump(2));
    } catch (const FormatError& error) {
        return error.issues();
    }
    return {};
}

bool reported(const std::vector<FormatIssue>& issues, const std::string& pointer,
              const std::string& words)
{
    return std::any_of(issues.begin(), issues.end(), [&](const FormatIssue& issue) {
        return issue.pointer == pointer && issue.message.find(words) != std::string::npos;
    });
}

std::string describeAll(const std::vector<FormatIssue>& issues)
{
    std::string out;
    for (const FormatIssue& issue : issues) {
        out += issue.pointer + ": " + issue.message + "\n";
    }
    return out;
}

TEST(IllustrationFormat, EveryBuiltinRoundTripsWithItsPicture)
{
    const LibraryDocument& library = builtinLibrary();
    for (const core::Exercise& exercise : library.exercises) {
        ASSERT_TRUE(exercise.illustration) << exercise.id;
    }
    const LibraryDocument again = parseLibrary(writeLibrary(library));
    ASSERT_EQ(again.exercises.size(), library.exercises.size());
    for (std::size_t i = 0; i < again.exercises.size(); ++i) {
        EXPECT_EQ(again.exercises[i].illustration, library.exercises[i].illustration)
            << library.exercises[i].id;
    }
}

TEST(IllustrationFormat, WritesTheCurrentVersionAndOnlyThePropFieldsInUse)
{
    const json document = json::parse(writeLibrary(builtinLibrary()));
    EXPECT_EQ(document["version"], kLibraryFormatVersion);
    EXPECT_EQ(kLibraryFormatVersion, 4);
    const auto& exercises = document["exercises"];
    const auto band = std::find_if(exercises.begin(), exercises.end(),
                                   [](const json& e) { return e["id"] == "clamshell-band"; });
    ASSERT_NE(band, exercises.end());
    const json& props = (*band)["illustration"]["props"];
    const auto loop =
        std::find_if(props.begin(), props.end(), [](const json& p) { return p["kind"] == "band"; });
    ASSERT_NE(loop, props.end());
    EXPECT_EQ((*loop)["joints"], json::array({"left_knee", "right_knee"}));
    EXPECT_FALSE(loop->contains("width"));
}

TEST(IllustrationFormat, VersionOneFilesAreStillReadWithoutPictures)
{
    json document = oneExerciseDocument();
    document["version"] = 1;
    document["exercises"][0].erase("illustration");
    const LibraryDocument read = parseLibrary(document.dump());
    ASSERT_EQ(read.exercises.size(), 1u);
    EXPECT_FALSE(read.exercises[0].illustration);

    // A version 1 file never had the field: it is unknown there, not silently read.
    document["exercises"][0]["illustration"] =
        oneExerciseDocument()["exercises"][0]["illustration"];
    EXPECT_TRUE(reported(issuesOf(document), "/exercises/0/illustration", "unknown field"));
}

TEST(IllustrationFormat, NullOrMissingMeansNoPicture)
{
    json document = oneExerciseDocument();
    document["exercises"][0]["illustration"] = nullptr;
    EXPECT_FALSE(parseLibrary(document.dump()).exercises[0].illustration);
    document["exercises"][0].erase("illustration");
    EXPECT_FALSE(parseLibrary(document.dump()).exercises[0].illustration);
}

TEST(IllustrationFormat, MistakesAreReportedWithTheirPointers)
{
    json document = oneExerciseDocument();
    json& picture = document["exercises"][0]["illustration"];
    picture["start"].erase("left_toe");
    picture["start"]["head"] = json::array({1, "two"});
    picture["end"]["right_elbow"] = 5;
    picture["end"]["nose"] = json::array({0, 0});
    picture["view"] = "above";
    picture["props"] = json::array({json{{"kind", "trampoline"}},
                                    json{{"kind", "band"}, {"joints", json::array({"knee"})}},
                                    json{{"kind", "step"}, {"width", -3}}});
    const auto issues = issuesOf(document);
    const std::string all = describeAll(issues);
    const std::string base = "/exercises/0/illustration";
    EXPECT_TRUE(reported(issues, base + "/start/left_toe", "required field is missing")) << all;
    EXPECT_TRUE(reported(issues, base + "/start/head", "must be a point [x, y]")) << all;
    EXPECT_TRUE(reported(issues, base + "/end/right_elbow", "must be a point [x, y]")) << all;
    EXPECT_TRUE(reported(issues, base + "/end/nose", "unknown field")) << all;
    EXPECT_TRUE(reported(issues, base + "/view", "side or front")) << all;
    EXPECT_TRUE(reported(issues, base + "/props/0/kind", "trampoline")) << all;
    EXPECT_TRUE(reported(issues, base + "/props/1/joints/0", "\"knee\"")) << all;
    EXPECT_TRUE(reported(issues, base + "/props/2/width", "from 0 to")) << all;
    for (const FormatIssue& issue : issues) {
        EXPECT_GT(issue.line, 0) << issue.pointer;
    }
}

TEST(IllustrationFormat, ImplausiblePosesAreReportedByValidationAtTheJoint)
{
    json document = oneExerciseDocument();
    json& picture = document["exercises"][0]["illustration"];
    picture["end"]["left_knee"] = json::array({90, 120}); // the thigh pulled far out
    picture["props"] = json::array({json{{"kind", "dumbbell"}}});
    const auto issues = issuesOf(document);
    const std::string all = describeAll(issues);
    EXPECT_TRUE(
        reported(issues, "/exercises/0/illustration/end/left_knee", "implausible limb length"))
        << all;
    EXPECT_TRUE(reported(issues, "/exercises/0/illustration/props/0/joints", "exactly one joint"))
        << all;
}

} // namespace
} // namespace glidepath::io
