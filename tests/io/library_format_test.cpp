#include <glidepath/io/library_format.h>
#include <glidepath/io/library_stream.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace glidepath::io {
namespace {

using nlohmann::json;
using namespace std::string_literals;

// A complete, valid exercise in the library format; tests break one thing at a time.
json exerciseJson(const std::string& id)
{
    return json{
        {"id", id},
        {"name", "Exercise " + id},
        {"summary", "A short description of what this exercise is for."},
        {"instructions", {"Lie on your back with knees bent.", "Lift and lower slowly."}},
        {"cues", {"Keep the ribs down", "Breathe out as you lift"}},
        {"category", "strength"},
        {"phase_min", 1},
        {"phase_max", 3},
        {"position", "supine"},
        {"regions", {"hip", "core"}},
        {"muscles", {"glute_max", "hamstrings"}},
        {"knee_flexion", "low"},
        {"impact", "none"},
        {"equipment", {"mat"}},
        {"laterality", "bilateral"},
        {"dose",
         {{"sets", 3},
          {"reps", 10},
          {"hold_seconds", 3},
          {"tempo", "2-1-3"},
          {"rest_seconds", 45}}},
        {"dose_limits",
         {{"min_sets", 1},
          {"max_sets", 3},
          {"min_reps", 8},
          {"max_reps", 15},
          {"min_hold_seconds", 0},
          {"max_hold_seconds", 10}}},
        {"easier", nullptr},
        {"harder", nullptr},
        {"precautions", json::array()},
    };
}

json libraryJson(std::vector<json> exercises)
{
    return json{{"format", "glidepath-library"},
                {"version", 1},
                {"library_version", 1},
                {"exercises", std::move(exercises)}};
}

json libraryOf(int count)
{
    std::vector<json> exercises;
    for (int i = 0; i < count; ++i) {
        exercises.push_back(exerciseJson("exercise-" + std::to_string(i)));
    }
    return libraryJson(std::move(exercises));
}

std::string allDescribed(const std::vector<FormatIssue>& issues);

// The issues parseLibrary reports for text; fails the test when it accepts the text. The
// streaming reader of imports must report exactly the same, with the same lines, so every test
// here checks it too.
std::vector<FormatIssue> issuesOf(const std::string& text)
{
    std::vector<FormatIssue> streamed;
    bool streamRefused = false;
    try {
        streamLibrary(text, {}, [](std::size_t, core::Exercise&&) {});
    } catch (const FormatError& error) {
        streamed = error.issues();
        streamRefused = true;
    }
    // The same text from a file, read a piece at a time (the CLI's import).
    const std::string path = ::testing::TempDir() + "glidepath-issues-of.json";
    std::ofstream(path, std::ios::binary) << text;
    std::vector<FormatIssue> fromFile;
    bool fileRefused = false;
    try {
        streamLibraryFile(
            path, {},
            [](std::size_t, core::Exercise&&, std::map<std::string, core::ExerciseText>&&) {});
    } catch (const FormatError& error) {
        fromFile = error.issues();
        fileRefused = true;
    }
    std::remove(path.c_str());
    try {
        parseLibrary(text);
    } catch (const FormatError& error) {
        EXPECT_FALSE(error.issues().empty());
        EXPECT_TRUE(streamRefused) << "streamLibrary accepted:\n" << text;
        EXPECT_EQ(allDescribed(streamed), allDescribed(error.issues()));
        EXPECT_TRUE(fileRefused) << "streamLibraryFile accepted:\n" << text;
        EXPECT_EQ(allDescribed(fromFile), allDescribed(error.issues()));
        return error.issues();
    }
    ADD_FAILURE() << "parseLibrary accepted:\n" << text;
    return {};
}

std::vector<FormatIssue> issuesOf(const json& document)
{
    return issuesOf(document.dump(2));
}

std::vector<FormatIssue> issuesAt(const std::vector<FormatIssue>& issues,
                                  const std::string& pointer)
{
    std::vector<FormatIssue> found;
    std::copy_if(issues.begin(), issues.end(), std::back_inserter(found),
                 [&](const FormatIssue& issue) { return issue.pointer == pointer; });
    return found;
}

std::string allDescribed(const std::vector<FormatIssue>& issues)
{
    std::string text;
    for (const FormatIssue& issue : issues) {
        text += describe(issue) + "\n";
    }
    return text;
}

// The one issue at pointer; fails when there is none or more than one.
FormatIssue onlyIssueAt(const std::vector<FormatIssue>& issues, const std::string& pointer)
{
    const auto found = issuesAt(issues, pointer);
    EXPECT_EQ(found.size(), 1u) << pointer << " in:\n" << allDescribed(issues);
    return found.empty() ? FormatIssue{} : found.front();
}

core::Exercise fullExercise()
{
    core::Exercise e;
    e.id = "split-squat";
    e.name = "Split squat 0–45°";
    e.summary = "Builds single-leg strength with the knee kept in a comfortable range.";
    e.instructions = {"Stand in a long stride.", "Lower the back knee a little.",
                      "Press up through the front heel."};
    e.cues = {"Front knee tracks over the middle toes", "Trunk stays tall"};
    e.category = core::Category::Strength;
    e.phaseMin = 2;
    e.phaseMax = 4;
    e.position = core::Position::Standing;
    e.regions = {core::Region::Knee, core::Region::Hip};
    e.muscles = {core::Muscle::Quadriceps, core::Muscle::GluteMax, core::Muscle::Vmo};
    e.kneeFlexion = core::KneeFlexion::Moderate;
    e.impact = core::Impact::None;
    e.equipment = {core::Equipment::Chair, core::Equipment::Dumbbell};
    e.laterality = core::Laterality::Unilateral;
    e.dose = {3, 8, 0, "3-1-3", 60, core::LoadKind::Dumbbell, 2};
    e.limits = {2, 4, 6, 12, 0, 0, 6};
    e.goals = {core::Goal::Squatting, core::Goal::Stairs};
    e.easier = "wall-sit";
    e.precautions = {core::Precaution::Balance, core::Precaution::PatellarCompression};
    e.builtin = true;
    e.hidden = true;
    return e;
}

core::Exercise holdExercise()
{
    core::Exercise e;
    e.id = "wall-sit";
    e.name = "Wall sit";
    e.summary = "A pure hold against a wall.";
    e.instructions = {"Lean on a wall.", "Slide down a little and hold."};
    e.cues = {"Weight in the heels", "Breathe"};
    e.category = core::Category::Strength;
    e.phaseMin = 1;
    e.phaseMax = 3;
    e.position = core::Position::Standing;
    e.regions = {core::Region::Knee};
    e.muscles = {core::Muscle::Quadriceps};
    e.kneeFlexion = core::KneeFlexion::Low;
    e.equipment = {core::Equipment::Wall};
    e.dose = {3, 0, 30, "", 45};
    e.limits = {1, 4, 0, 0, 20, 60};
    e.harder = "split-squat";
    return e;
}

// A problem in the tenth exercise of a long file is found by its id, not by counting (issue 16's
// "which record"): every reader names it, and a problem outside any exercise names none.
TEST(LibraryFormat, AProblemInAnExerciseNamesItsId)
{
    json document = libraryOf(3);
    document["exercises"][1]["name"] = "";
    document["exercises"][2]["dose"]["sets"] = 99;
    document["library_version"] = 0;
    const auto issues = issuesOf(document);
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/1/name").subject, "exercise-1");
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/2/dose/sets").subject, "exercise-2");
    EXPECT_EQ(onlyIssueAt(issues, "/library_version").subject, "");
    EXPECT_NE(describe(onlyIssueAt(issues, "/exercises/1/name"))
                  .find("/exercises/1/name (\u201Cexercise-1\u201D): "),
              std::string::npos);
}

TEST(LibraryFormat, RoundTripKeepsEveryField)
{
    LibraryDocument document;
    document.libraryVersion = 7;
    document.exercises = {holdExercise(), fullExercise()};

    const std::string text = writeLibrary(document);
    const LibraryDocument parsed = parseLibrary(text);
    EXPECT_EQ(parsed, document);
    // Writing what was read gives the same bytes: the output is stable.
    EXPECT_EQ(writeLibrary(parsed), text);
}

TEST(LibraryFormat, GoalTagsAndLoadAreOptionalAndChecked)
{
    // Version 1 and 2 files have neither: no tags, no load.
    json doc = libraryOf(1);
    const LibraryDocument old = parseLibrary(doc.dump());
    EXPECT_TRUE(old.exercises[0].goals.empty());
    EXPECT_EQ(old.exercises[0].dose.loadKind, core::LoadKind::None);

    doc["version"] = 3;
    doc["exercises"][0]["goals"] = {"walking", "running"};
    doc["exercises"][0]["equipment"] = {"mat", "band"}; // a band load needs the band listed
    doc["exercises"][0]["dose"]["load"] = "band";
    doc["exercises"][0]["dose"]["load_level"] = 1;
    doc["exercises"][0]["dose_limits"]["max_load_level"] = 3;
    const LibraryDocument tagged = parseLibrary(doc.dump());
    EXPECT_EQ(tagged.exercises[0].goals,
              (std::vector<core::Goal>{core::Goal::Walking, core::Goal::Running}));
    EXPECT_EQ(tagged.exercises[0].dose.loadLevel, 1);
    EXPECT_EQ(tagged.exercises[0].limits.maxLoadLevel, 3);

    doc["exercises"][0]["dose"]["load_level"] = 4; // above the exercise's maximum
    EXPECT_EQ(onlyIssueAt(issuesOf(doc), "/exercises/0/dose/load_level").message,
              "must be between 0 and max_load_level 3, not 4");
    doc["exercises"][0]["dose"]["load_level"] = 1;
    doc["exercises"][0]["goals"] = {"swimming"};
    EXPECT_FALSE(onlyIssueAt(issuesOf(doc), "/exercises/0/goals/0").message.empty());
}

// The engine plans a load only with its equipment at home: an import whose load's equipment is
// not listed is refused, naming the exercise, the key the file has and its line.
TEST(LibraryFormat, ALoadWithoutItsEquipmentIsRefused)
{
    json doc = libraryOf(1);
    doc["version"] = 3;
    doc["exercises"][0]["dose"]["load"] = "dumbbell";
    doc["exercises"][0]["dose"]["load_level"] = 2;
    doc["exercises"][0]["dose_limits"]["max_load_level"] = 10;
    // The issue points at the key the file has ("load"), so it carries that key's line.
    const std::string text = doc.dump(2);
    const FormatIssue issue = onlyIssueAt(issuesOf(text), "/exercises/0/dose/load");
    EXPECT_EQ(issue.message, "load kind dumbbell needs 'dumbbell' in equipment");
    const auto at = text.find("\"load\": \"dumbbell\"");
    ASSERT_NE(at, std::string::npos);
    EXPECT_EQ(issue.line, 1 + std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
    doc["exercises"][0]["equipment"] = {"mat", "dumbbell"};
    EXPECT_EQ(parseLibrary(doc.dump()).exercises[0].dose.loadKind, core::LoadKind::Dumbbell);
}

// Version 4: an exercise's time is held still (the default) or kept moving. Older files have no
// timing and read as holds; in them the field is unknown, as any field their version lacks.
TEST(LibraryFormat, TimingIsOptionalFromVersion4AndDefaultsToHold)
{
    json doc = libraryOf(1);
    doc["version"] = 3;
    EXPECT_EQ(parseLibrary(doc.dump()).exercises[0].timing, core::Timing::Hold);
    doc["exercises"][0]["timing"] = "continuous";
    EXPECT_NE(onlyIssueAt(issuesOf(doc), "/exercises/0/timing").message.find("unknown field"),
              std::string::npos);

    doc["version"] = 4;
    EXPECT_EQ(parseLibrary(doc.dump()).exercises[0].timing, core::Timing::Continuous);
    doc["exercises"][0]["timing"] = "hold";
    EXPECT_EQ(parseLibrary(doc.dump()).exercises[0].timing, core::Timing::Hold);
    doc["exercises"][0]["timing"] = "continous";
    EXPECT_NE(onlyIssueAt(issuesOf(doc), "/exercises/0/timing").message.find("continuous"),
              std::string::npos);

    // Written after the dose and only for movement, and read back the same.
    LibraryDocument document;
    document.exercises = {holdExercise()};
    document.exercises[0].harder.clear(); // alone in its library
    EXPECT_EQ(writeLibrary(document).find("\"timing\""), std::string::npos);
    document.exercises[0].timing = core::Timing::Continuous;
    const std::string text = writeLibrary(document);
    const auto timing = text.find("\"timing\": \"continuous\"");
    ASSERT_NE(timing, std::string::npos) << text;
    EXPECT_LT(text.find("\"dose\""), timing);
    EXPECT_LT(timing, text.find("\"dose_limits\""));
    EXPECT_EQ(parseLibrary(text), document);
}

TEST(LibraryFormat, EmptyLibraryRoundTrips)
{
    const LibraryDocument document;
    EXPECT_EQ(parseLibrary(writeLibrary(document)), document);
}

TEST(LibraryFormat, WritesStableKeyOrderTwoSpaceIndentAndNullNeighbours)
{
    LibraryDocument document;
    document.exercises = {holdExercise()};
    const std::string text = writeLibrary(document);

    EXPECT_EQ(text.rfind("{\n  \"format\": \"glidepath-library\",\n  \"version\": 4,\n"
                         "  \"library_version\": 1,\n  \"exercises\": [\n    {\n      \"id\": "
                         "\"wall-sit\",\n      \"name\": \"Wall sit\",\n",
                         0),
              0u)
        << text;
    EXPECT_EQ(text.back(), '\n');
    EXPECT_NE(text.find("\"easier\": null"), std::string::npos);
    EXPECT_NE(text.find("\"harder\": \"split-squat\""), std::string::npos);
    EXPECT_NE(text.find("\"builtin\": false"), std::string::npos);
    EXPECT_NE(text.find("\"hidden\": false"), std::string::npos);
    EXPECT_NE(text.find("\"hold_seconds\": 30"), std::string::npos);
    EXPECT_NE(text.find("\"precautions\": []"), std::string::npos);

    // The keys come in the documented order.
    const std::vector<std::string> order = {
        "\"id\"",       "\"name\"",         "\"summary\"",   "\"instructions\"", "\"cues\"",
        "\"category\"", "\"phase_min\"",    "\"phase_max\"", "\"position\"",     "\"regions\"",
        "\"muscles\"",  "\"knee_flexion\"", "\"impact\"",    "\"equipment\"",    "\"laterality\"",
        "\"dose\"",     "\"dose_limits\"",  "\"easier\"",    "\"harder\"",       "\"precautions\"",
        "\"builtin\"",  "\"hidden\""};
    std::size_t last = 0;
    for (const std::string& key : order) {
        const std::size_t at = text.find(key + ":");
        ASSERT_NE(at, std::string::npos) << key;
        EXPECT_GT(at, last) << key << " is out of order";
        last = at;
    }
}

TEST(LibraryFormat, ReadsAValidDocument)
{
    json doc = libraryOf(2);
    doc["library_version"] = 4;
    doc["exercises"][0]["harder"] = "exercise-1";
    doc["exercises"][1]["easier"] = "exercise-1"; // replaced below
    doc["exercises"][1]["easier"] = "exercise-0";
    const LibraryDocument parsed = parseLibrary(doc.dump());
    EXPECT_EQ(parsed.libraryVersion, 4);
    ASSERT_EQ(parsed.exercises.size(), 2u);
    const core::Exercise& first = parsed.exercises[0];
    EXPECT_EQ(first.id, "exercise-0");
    EXPECT_EQ(first.category, core::Category::Strength);
    EXPECT_EQ(first.regions, (std::vector{core::Region::Hip, core::Region::Core}));
    EXPECT_EQ(first.muscles.front(), core::Muscle::GluteMax);
    EXPECT_EQ(first.dose, (core::Dose{3, 10, 3, "2-1-3", 45}));
    EXPECT_EQ(first.limits, (core::DoseLimits{1, 3, 8, 15, 0, 10}));
    EXPECT_EQ(first.harder, "exercise-1");
    EXPECT_EQ(first.easier, "");
    EXPECT_FALSE(first.builtin); // optional fields default to false
    EXPECT_FALSE(first.hidden);
    EXPECT_EQ(parsed.exercises[1].easier, "exercise-0");
}

TEST(LibraryFormat, EmptyNeighbourTextMeansNone)
{
    json doc = libraryOf(1);
    doc["exercises"][0]["easier"] = "";
    EXPECT_EQ(parseLibrary(doc.dump()).exercises[0].easier, "");
}

TEST(LibraryFormat, SyntaxErrorReportsLineAndColumn)
{
    // Line 4 is missing a comma after the value; the parser stops at the next key.
    const std::string text = "{\n"
                             "  \"format\": \"glidepath-library\",\n"
                             "  \"version\": 1,\n"
                             "  \"library_version\": 1\n"
                             "  \"exercises\": []\n"
                             "}\n";
    const auto issues = issuesOf(text);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].pointer, "");
    EXPECT_EQ(issues[0].line, 5);
    EXPECT_EQ(issues[0].column, 3); // the start of the unexpected "exercises", not its end
    EXPECT_NE(issues[0].message.find("syntax error"), std::string::npos) << issues[0].message;
    EXPECT_EQ(describe(issues[0]).rfind("line 5, column 3: ", 0), 0u) << describe(issues[0]);
}

TEST(LibraryFormat, SyntaxErrorColumnCountsCharactersNotBytes)
{
    const std::string text = "{\"name\": \"Übung ü\" x}";
    const auto issues = issuesOf(text);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].line, 1);
    EXPECT_EQ(issues[0].column, 20); // the x, counting Ü and ü as one character each
}

TEST(LibraryFormat, SyntaxErrorPointsAtTheStartOfAnUnexpectedToken)
{
    const auto literal = issuesOf(std::string("{\"version\": 1\n   false}"));
    ASSERT_EQ(literal.size(), 1u);
    EXPECT_EQ(literal[0].line, 2);
    EXPECT_EQ(literal[0].column, 4);
    const auto number = issuesOf(std::string("[1,\n 2 345]"));
    ASSERT_EQ(number.size(), 1u);
    EXPECT_EQ(number[0].line, 2);
    EXPECT_EQ(number[0].column, 4);
    const auto escaped = issuesOf(std::string("[\"a\\\"b\" \"c\\\"d\"]"));
    ASSERT_EQ(escaped.size(), 1u);
    EXPECT_EQ(escaped[0].column, 9);
    // A bad character inside a token is pointed at itself.
    const auto invalid = issuesOf(std::string("[tru]"));
    ASSERT_EQ(invalid.size(), 1u);
    EXPECT_EQ(invalid[0].column, 5);
    EXPECT_NE(invalid[0].message.find("invalid literal"), std::string::npos);
}

TEST(LibraryFormat, TruncatedDocumentPointsAtTheEnd)
{
    const std::string text = "{\n  \"format\": \"glidepath-library\",\n  \"exercises\": [\n";
    const auto issues = issuesOf(text);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].line, 4);
    EXPECT_NE(issues[0].message.find("end of input"), std::string::npos) << issues[0].message;
}

TEST(LibraryFormat, EmptyDocumentSaysSo)
{
    const auto issues = issuesOf(std::string("  \n"));
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].message, "the document is empty");
}

TEST(LibraryFormat, RejectsAnotherFormatWithoutReadingFurther)
{
    json doc = libraryOf(1);
    doc["format"] = "glidepath-plan";
    doc["exercises"][0]["dose"]["sets"] = 0; // not reported: the document is not a library
    const auto issues = issuesOf(doc);
    ASSERT_EQ(issues.size(), 1u) << allDescribed(issues);
    EXPECT_EQ(issues[0].pointer, "/format");
    EXPECT_NE(issues[0].message.find("must be \"glidepath-library\""), std::string::npos);
    EXPECT_NE(issues[0].message.find("\"glidepath-plan\""), std::string::npos);
}

TEST(LibraryFormat, RejectsMissingFormat)
{
    json doc = libraryOf(1);
    doc.erase("format");
    const auto issue = onlyIssueAt(issuesOf(doc), "/format");
    EXPECT_NE(issue.message.find("missing"), std::string::npos);
}

TEST(LibraryFormat, RejectsADocumentThatIsNotAnObject)
{
    const auto issues = issuesOf(std::string("[1, 2]"));
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_NE(issues[0].message.find("must be a JSON object"), std::string::npos);
}

TEST(LibraryFormat, NewerVersionSaysItWasWrittenByANewerGlidepath)
{
    json doc = libraryOf(1);
    doc["version"] = kLibraryFormatVersion + 1;
    const auto issues = issuesOf(doc);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].pointer, "/version");
    EXPECT_NE(issues[0].message.find("newer Glidepath"), std::string::npos) << issues[0].message;
    EXPECT_GT(issues[0].line, 0);
}

TEST(LibraryFormat, RejectsOlderOrMistypedVersion)
{
    json doc = libraryOf(1);
    doc["version"] = 0;
    EXPECT_EQ(onlyIssueAt(issuesOf(doc), "/version").message, "must be from 1 to 4, got 0");
    doc["version"] = "1";
    EXPECT_EQ(onlyIssueAt(issuesOf(doc), "/version").message, "must be a whole number, got \"1\"");
    doc.erase("version");
    EXPECT_NE(onlyIssueAt(issuesOf(doc), "/version").message.find("missing"), std::string::npos);
}

TEST(LibraryFormat, ReportsMissingFieldsWithTheirPointer)
{
    json doc = libraryOf(3);
    doc["exercises"][2].erase("name");
    doc["exercises"][1]["dose"].erase("rest_seconds");
    const auto issues = issuesOf(doc);
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/2/name").message, "required field is missing");
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/1/dose/rest_seconds").message,
              "required field is missing");
    EXPECT_EQ(issues.size(), 2u) << allDescribed(issues);
}

TEST(LibraryFormat, ReportsWronglyTypedFields)
{
    json doc = libraryOf(1);
    auto& e = doc["exercises"][0];
    e["name"] = 5;
    e["summary"] = nullptr;
    e["cues"] = "Keep the ribs down";
    e["instructions"][1] = 12;
    e["dose"]["reps"] = "10";
    e["dose"]["hold_seconds"] = 2.5;
    e["hidden"] = "no";
    e["harder"] = 3;
    e["regions"] = json::object();
    const auto issues = issuesOf(doc);
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/0/name").message, "must be text, got 5");
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/0/summary").message, "must be text, got null");
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/0/cues").message,
              "must be a list of text, got \"Keep the ribs down\"");
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/0/instructions/1").message, "must be text, got 12");
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/0/dose/reps").message,
              "must be a whole number from 0 to 50, got \"10\"");
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/0/dose/hold_seconds").message,
              "must be a whole number from 0 to 300, got 2.5");
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/0/hidden").message,
              "must be true or false, got \"no\"");
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/0/harder").message,
              "must be an exercise id or null, got 3");
    EXPECT_NE(onlyIssueAt(issues, "/exercises/0/regions").message.find("must be a list of hip"),
              std::string::npos);
    // Nothing else: validation does not repeat the problems with its own words.
    EXPECT_EQ(issues.size(), 9u) << allDescribed(issues);
}

TEST(LibraryFormat, ReportsOutOfRangeNumbersOnce)
{
    json doc = libraryOf(4);
    doc["exercises"][3]["dose"]["sets"] = 0;
    doc["exercises"][0]["phase_max"] = 5;
    doc["exercises"][1]["dose"]["rest_seconds"] = 99999999999LL;
    doc["exercises"][2]["dose_limits"]["max_reps"] = -1;
    const auto issues = issuesOf(doc);
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/3/dose/sets").message,
              "must be a whole number from 1 to 10, got 0");
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/0/phase_max").message,
              "must be a whole number from 1 to 4, got 5");
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/1/dose/rest_seconds").message,
              "must be a whole number from 0 to 600, got 99999999999");
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/2/dose_limits/max_reps").message,
              "must be a whole number from 0 to 50, got -1");
    EXPECT_EQ(describe(onlyIssueAt(issues, "/exercises/3/dose/sets"))
                  .rfind("/exercises/3/dose/sets (\u201Cexercise-3\u201D): must be a whole number "
                         "from 1 to 10, got 0",
                         0),
              0u);
    // Validation does not add that sets 0 is below min_sets: the number is already reported.
    EXPECT_EQ(issues.size(), 4u) << allDescribed(issues);
}

TEST(LibraryFormat, ReportsUnknownEnumValuesWithASuggestion)
{
    json doc = libraryOf(2);
    doc["exercises"][0]["category"] = "strenght";
    doc["exercises"][1]["regions"] = {"hip", "thigh"};
    doc["exercises"][1]["muscles"] = {"glute_med", "Glute_Max"};
    doc["exercises"][1]["equipment"] = {"mat", 4};
    const auto issues = issuesOf(doc);

    const auto category = onlyIssueAt(issues, "/exercises/0/category").message;
    EXPECT_NE(category.find("must be one of activation, strength, motor_control, mobility, "
                            "landing or gait, got \"strenght\""),
              std::string::npos)
        << category;
    EXPECT_NE(category.find("(did you mean \"strength\"?)"), std::string::npos) << category;

    const auto region = onlyIssueAt(issues, "/exercises/1/regions/1").message;
    EXPECT_NE(region.find("got \"thigh\""), std::string::npos);
    EXPECT_EQ(region.find("did you mean"), std::string::npos) << "no near match for thigh";

    EXPECT_NE(
        onlyIssueAt(issues, "/exercises/1/muscles/1").message.find("did you mean \"glute_max\""),
        std::string::npos);
    EXPECT_NE(onlyIssueAt(issues, "/exercises/1/equipment/1").message.find("got 4"),
              std::string::npos);
    EXPECT_EQ(issues.size(), 4u) << allDescribed(issues);
}

TEST(LibraryFormat, ReportsRepeatedListEntriesOnce)
{
    json doc = libraryOf(1);
    doc["exercises"][0]["regions"] = {"hip", "hip"};
    const auto issues = issuesOf(doc);
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/0/regions/1").message,
              "\"hip\" is listed more than once");
    EXPECT_EQ(issues.size(), 1u) << allDescribed(issues);
}

TEST(LibraryFormat, UnknownFieldsAreErrorsWithSuggestions)
{
    json doc = libraryOf(2);
    doc["exercises"][1]["dose"]["hold_second"] = 5;
    doc["exercises"][0]["colour"] = "red";
    doc["exercises"][0]["Name"] = "Shouting";
    doc["comment"] = "made by hand";
    const auto issues = issuesOf(doc);
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/1/dose/hold_second").message,
              "unknown field \"hold_second\" (did you mean \"hold_seconds\"?)");
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/0/Name").message,
              "unknown field \"Name\" (did you mean \"name\"?)");
    EXPECT_EQ(onlyIssueAt(issues, "/exercises/0/colour").message,
              "unknown field \"colour\"; this format has no such field");
    EXPECT_NE(onlyIssueAt(issues, "/comment").message.find("unknown field \"comment\""),
              std::string::npos);
    EXPECT_EQ(issues.size(), 4u) << allDescribed(issues);
}

TEST(LibraryFormat, UnknownFieldNamesAreEscapedInPointers)
{
    json doc = libraryOf(1);
    doc["exercises"][0]["a/b~c"] = 1;
    const auto issues = issuesOf(doc);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].pointer, "/exercises/0/a~1b~0c");
    EXPECT_GT(issues[0].line, 0);
}

TEST(LibraryFormat, RepeatedKeysAreErrors)
{
    // The parser alone would keep the second value silently.
    std::string text = libraryOf(1).dump(2);
    const std::string sets = "\"sets\": 3,";
    const auto at = text.find(sets);
    ASSERT_NE(at, std::string::npos);
    text.insert(at, "\"sets\": 4, ");
    const auto issues = issuesOf(text);
    ASSERT_EQ(issues.size(), 1u) << allDescribed(issues);
    EXPECT_EQ(issues[0].pointer, "/exercises/0/dose/sets");
    EXPECT_NE(issues[0].message.find("appears more than once"), std::string::npos);
}

TEST(LibraryFormat, ReportsExercisesThatAreNotObjectsAndListsThatAreNotLists)
{
    json doc = libraryOf(2);
    doc["exercises"][1] = "pelvic-curl";
    EXPECT_EQ(onlyIssueAt(issuesOf(doc), "/exercises/1").message,
              "must be an object, got \"pelvic-curl\"");

    json notAList = libraryOf(0);
    notAList["exercises"] = json::object();
    EXPECT_EQ(onlyIssueAt(issuesOf(notAList), "/exercises").message,
              "must be a list, got an object");

    json noLibraryVersion = libraryOf(0);
    noLibraryVersion.erase("library_version");
    EXPECT_EQ(onlyIssueAt(issuesOf(noLibraryVersion), "/library_version").message,
              "required field is missing");
}

TEST(LibraryFormat, MapsCoreValidationIssuesToPointers)
{
    json doc = libraryOf(4);
    doc["exercises"][1]["harder"] = "no-such-exercise";
    doc["exercises"][2]["position"] = "kneeling"; // without the kneeling precaution
    doc["exercises"][3]["id"] = "exercise-0";     // a duplicate id
    doc["exercises"][0]["dose"]["tempo"] = "slow";
    doc["exercises"][0]["cues"] = {"Only one cue"};
    const auto issues = issuesOf(doc);
    EXPECT_NE(onlyIssueAt(issues, "/exercises/1/harder").message.find("no-such-exercise"),
              std::string::npos);
    EXPECT_NE(onlyIssueAt(issues, "/exercises/2/precautions").message.find("kneeling"),
              std::string::npos);
    EXPECT_NE(onlyIssueAt(issues, "/exercises/3/id").message.find("more than one"),
              std::string::npos);
    EXPECT_NE(onlyIssueAt(issues, "/exercises/0/dose/tempo").message.find("slow"),
              std::string::npos);
    EXPECT_NE(onlyIssueAt(issues, "/exercises/0/cues").message.find("2 to 10"), std::string::npos);
    EXPECT_EQ(issues.size(), 5u) << allDescribed(issues);
}

TEST(LibraryFormat, ReportsEveryProblemAtOnceInDocumentOrderWithLines)
{
    json doc = libraryOf(6);
    doc["exercises"][0]["dose"]["sets"] = 11;           // range
    doc["exercises"][1]["impact"] = "medium";           // enum
    doc["exercises"][2]["dose"]["hold_second"] = 5;     // unknown field
    doc["exercises"][3].erase("summary");               // missing
    doc["exercises"][4]["name"] = std::string(81, 'x'); // validation: too long
    doc["exercises"][5]["easier"] = "exercise-5";       // validation: self reference
    const std::string text = doc.dump(2);
    const auto issues = issuesOf(text);
    ASSERT_EQ(issues.size(), 6u) << allDescribed(issues);
    const std::vector<std::string> pointers = {
        "/exercises/0/dose/sets", "/exercises/1/impact", "/exercises/2/dose/hold_second",
        "/exercises/3/summary",   "/exercises/4/name",   "/exercises/5/easier"};
    for (std::size_t i = 0; i < pointers.size(); ++i) {
        EXPECT_EQ(issues[i].pointer, pointers[i]) << allDescribed(issues);
        EXPECT_GT(issues[i].line, 0) << issues[i].pointer;
        if (i > 0) {
            EXPECT_GT(issues[i].line, issues[i - 1].line);
        }
    }
    // The line of a present field is the line the field is written on.
    const auto lineOf = [&](std::size_t offset) {
        return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
    };
    EXPECT_EQ(issues[0].line, lineOf(text.find("\"sets\": 11")));
    EXPECT_EQ(issues[1].line, lineOf(text.find("\"impact\": \"medium\"")));
    EXPECT_EQ(issues[2].line, lineOf(text.find("\"hold_second\"")));
    EXPECT_EQ(issues[5].line, lineOf(text.find("\"easier\": \"exercise-5\"")));
    // A missing field has the line where its exercise starts: the fourth "{" at list depth.
    std::size_t exerciseStart = text.find("\"exercises\": [");
    for (int i = 0; i < 4; ++i) {
        exerciseStart = text.find("\n    {\n", exerciseStart + 1);
    }
    EXPECT_EQ(issues[3].line, lineOf(exerciseStart + 1));
    EXPECT_EQ(describe(issues[0]), "/exercises/0/dose/sets (\u201Cexercise-0\u201D): must be a "
                                   "whole number from 1 to 10, got 11 (line " +
                                       std::to_string(issues[0].line) + ")");
}

TEST(LibraryFormat, FormatErrorMessageSummarisesTheProblems)
{
    json doc = libraryOf(2);
    doc["exercises"][0]["dose"]["sets"] = 0;
    doc["exercises"][1]["dose"]["sets"] = 0;
    try {
        parseLibrary(doc.dump());
        FAIL() << "accepted";
    } catch (const FormatError& error) {
        const std::string what = error.what();
        EXPECT_EQ(what.rfind(
                      "/exercises/0/dose/sets (\u201Cexercise-0\u201D): must be a whole number", 0),
                  0u)
            << what;
        EXPECT_NE(what.find("(and 1 more problem)"), std::string::npos) << what;
    }
}

TEST(LibraryFormat, ImportContextResolvesNeighboursInTheExistingLibrary)
{
    core::Exercise existing = holdExercise();
    existing.harder.clear();
    json doc = libraryOf(1);
    doc["exercises"][0]["easier"] = "wall-sit";

    // Alone the document names an exercise it does not contain ...
    EXPECT_NE(onlyIssueAt(issuesOf(doc), "/exercises/0/easier").message.find("wall-sit"),
              std::string::npos);
    // ... which is fine when it joins a library that has it.
    const std::vector<core::Exercise> library = {existing};
    const LibraryDocument parsed = parseLibrary(doc.dump(), library);
    ASSERT_EQ(parsed.exercises.size(), 1u);
    EXPECT_EQ(parsed.exercises[0].easier, "wall-sit");

    // Reusing an existing id is a clash for the importer to settle, not a duplicate.
    json replacing = libraryJson({exerciseJson("wall-sit")});
    EXPECT_NO_THROW(parseLibrary(replacing.dump(), library));
}

TEST(LibraryFormat, ImportContextDoesNotReportProblemsOfTheExistingLibrary)
{
    core::Exercise broken = holdExercise(); // harder names an exercise that is not there
    const std::vector<core::Exercise> library = {broken};
    EXPECT_NO_THROW(parseLibrary(libraryOf(2).dump(), library));
}

TEST(LibraryFormat, DescribeFormatsEachKindOfIssue)
{
    EXPECT_EQ(describe({"/exercises/3/dose/sets", "must be 1", 0, 0}),
              "/exercises/3/dose/sets: must be 1");
    EXPECT_EQ(describe({"/exercises/3/dose/sets", "must be 1", 12, 0}),
              "/exercises/3/dose/sets: must be 1 (line 12)");
    EXPECT_EQ(describe({"", "syntax error", 3, 7}), "line 3, column 7: syntax error");
    EXPECT_EQ(describe({"", "the document is empty", 0, 0}), "the document is empty");
}

class TextFiles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = std::filesystem::temp_directory_path() /
                ("glidepath-io-test-" +
                 std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    std::filesystem::path m_dir;
};

TEST_F(TextFiles, WriteThenReadGivesTheSameBytesAndLeavesNoTemporaryFile)
{
    const std::string path = (m_dir / "library.json").string();
    const std::string text = "first\n\xC3\xBC\0binary"s;
    writeTextFileAtomically(path, text);
    EXPECT_EQ(readTextFile(path), text);
    writeTextFileAtomically(path, "second");
    EXPECT_EQ(readTextFile(path), "second");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(m_dir),
                            std::filesystem::directory_iterator()),
              1);
}

TEST_F(TextFiles, ReadingAMissingFileNamesIt)
{
    const std::string path = (m_dir / "missing.json").string();
    try {
        readTextFile(path);
        FAIL() << "read a missing file";
    } catch (const std::runtime_error& error) {
        const std::string what = error.what();
        EXPECT_NE(what.find(path), std::string::npos) << what;
        EXPECT_NE(what.find("No such file"), std::string::npos) << what;
    }
    EXPECT_THROW(readTextFile(m_dir.string()), std::runtime_error);
}

TEST_F(TextFiles, AFailedWriteLeavesTheOldFileAndNothingElse)
{
    const std::string path = (m_dir / "library.json").string();
    writeTextFileAtomically(path, "old");
    EXPECT_THROW(writeTextFileAtomically((m_dir / "no-such-folder" / "x.json").string(), "new"),
                 std::runtime_error);
    // A folder in the way of the target: the rename fails, the temporary file is removed.
    std::filesystem::create_directories(m_dir / "taken");
    std::filesystem::create_directories(m_dir / "taken" / "child");
    EXPECT_THROW(writeTextFileAtomically((m_dir / "taken").string(), "new"), std::runtime_error);
    EXPECT_EQ(readTextFile(path), "old");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(m_dir),
                            std::filesystem::directory_iterator()),
              2);
}

} // namespace
} // namespace glidepath::io
