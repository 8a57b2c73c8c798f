#include <glidepath/io/library_format.h>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace glidepath::io {
namespace {

using nlohmann::json;

json dayJson(const std::string& kind, json exercises = json::array())
{
    return json{{"kind", kind},
                {"estimated_minutes", exercises.empty() ? 0 : 20},
                {"exercises", std::move(exercises)}};
}

json templateJson(const std::string& name)
{
    json bridge = {{"id", "bridge"},     {"name", "Bridge"},  {"sets", 3},
                   {"reps", 10},         {"hold_seconds", 0}, {"tempo", "2-1-3"},
                   {"rest_seconds", 45}, {"side", "both"},    {"reason", "Base strength."}};
    json days = json::array();
    for (int d = 0; d < 7; ++d) {
        days.push_back(d % 2 == 0 ? dayJson("strength", json::array({bridge})) : dayJson("rest"));
    }
    return json{{"name", name}, {"note", "For runners."}, {"phase", 1}, {"days", days}};
}

// A library of the built-in exercises plus the given templates, as the current version writes.
json libraryWith(std::vector<json> templates, int version = kLibraryFormatVersion)
{
    json document = json::parse(writeLibrary(builtinLibrary()));
    document["version"] = version;
    document["templates"] = std::move(templates);
    return document;
}

std::vector<FormatIssue> issuesOf(const json& document)
{
    try {
        parseLibrary(document.dump(2));
    } catch (const FormatError& error) {
        return error.issues();
    }
    ADD_FAILURE() << "accepted";
    return {};
}

bool hasIssueAt(const std::vector<FormatIssue>& issues, const std::string& pointer)
{
    for (const FormatIssue& issue : issues) {
        if (issue.pointer == pointer) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST(TemplateFormat, TemplatesRoundTripThroughALibraryFile)
{
    LibraryDocument document = builtinLibrary();
    core::PlanTemplate plan;
    plan.name = "PFP runner, phase 1";
    plan.note = "Runners with knee pain on stairs.\nSecond line.";
    plan.phase = 2;
    plan.days.resize(7);
    plan.days[1] = {core::DayKind::Strength,
                    25,
                    {{"clamshell", "Clamshell", 3, 12, 0, "2-1-2", 30, core::WorkSide::Each,
                      core::Reason("dose.progress")},
                     {"side-plank", "Side plank", 2, 0, 20, "", 30, core::WorkSide::Each,
                      core::Reason("exercise.new")}}};
    plan.days[1].exercises[0].loadKind = core::LoadKind::Band; // the load travels too
    plan.days[1].exercises[0].loadLevel = 2;
    document.templates = {plan};
    const std::string text = writeLibrary(document);
    EXPECT_EQ(json::parse(text)["version"], kLibraryFormatVersion);
    const LibraryDocument again = parseLibrary(text);
    ASSERT_EQ(again.templates.size(), 1u);
    EXPECT_EQ(again.templates[0], plan);
}

TEST(TemplateFormat, OlderFilesWithoutTemplatesAreStillRead)
{
    json version2 = json::parse(writeLibrary(builtinLibrary()));
    version2["version"] = 2;
    version2.erase("templates");
    for (json& exercise : version2["exercises"]) {
        exercise.erase("timing"); // version 4's
    }
    const LibraryDocument document = parseLibrary(version2.dump());
    EXPECT_TRUE(document.templates.empty());
    EXPECT_EQ(document.exercises.size(), builtinLibrary().exercises.size());

    // ...but a version 2 file cannot carry templates: the field did not exist then.
    const auto issues = issuesOf(libraryWith({templateJson("A")}, 2));
    EXPECT_TRUE(hasIssueAt(issues, "/templates"));
}

TEST(TemplateFormat, EachProblemIsNamedByItsPointer)
{
    json badSets = templateJson("Sets");
    badSets["days"][0]["exercises"][0]["sets"] = 0;
    json sixDays = templateJson("Six days");
    sixDays["days"].erase(6);
    json restWithWork = templateJson("Rest with work");
    restWithWork["days"][1]["exercises"] = restWithWork["days"][0]["exercises"];
    json unknownKind = templateJson("Kind");
    unknownKind["days"][2]["kind"] = "cardio";
    json typo = templateJson("Typo");
    typo["phse"] = 2;
    const auto issues = issuesOf(
        libraryWith({badSets, sixDays, restWithWork, unknownKind, typo, templateJson("typo")}));
    EXPECT_TRUE(hasIssueAt(issues, "/templates/0/days/0/exercises/0/sets"));
    EXPECT_TRUE(hasIssueAt(issues, "/templates/1/days"));
    EXPECT_TRUE(hasIssueAt(issues, "/templates/2/days/1/kind"));
    EXPECT_TRUE(hasIssueAt(issues, "/templates/3/days/2/kind"));
    EXPECT_TRUE(hasIssueAt(issues, "/templates/4/phse"));
    EXPECT_TRUE(hasIssueAt(issues, "/templates/5/name")); // "typo" repeats "Typo"
}

} // namespace glidepath::io
