// The streaming reader of library imports. Its messages are checked against parseLibrary's by
// every test of library_format_test.cpp (issuesOf); these tests are about what streaming adds:
// exercises handed over while the document is still being read, and checks made at the end.

#include <glidepath/io/library_format.h>
#include <glidepath/io/library_stream.h>

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

namespace glidepath::io {
namespace {

using nlohmann::json;

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

// format and version first, as Glidepath writes them (nlohmann's json sorts keys, so the
// document is assembled by hand).
std::string libraryText(int count, const std::function<void(int, json&)>& edit = {})
{
    std::string text = "{\n  \"format\": \"glidepath-library\",\n  \"version\": 3,\n"
                       "  \"library_version\": 1,\n  \"exercises\": [";
    for (int i = 0; i < count; ++i) {
        json exercise = exerciseJson("exercise-" + std::to_string(i));
        if (edit) {
            edit(i, exercise);
        }
        text += (i ? ",\n" : "\n") + exercise.dump(2);
    }
    return text + "\n  ]\n}\n";
}

struct Received
{
    std::vector<std::size_t> indexes;
    std::vector<std::string> ids;
};

ExerciseReceiver into(Received& received)
{
    return [&received](std::size_t index, core::Exercise&& exercise) {
        received.indexes.push_back(index);
        received.ids.push_back(exercise.id);
    };
}

std::vector<FormatIssue> issuesOf(const std::string& text, Received& received,
                                  std::span<const core::ExerciseLinks> existing = {})
{
    try {
        streamLibrary(text, existing, into(received));
    } catch (const FormatError& error) {
        return error.issues();
    }
    ADD_FAILURE() << "accepted:\n" << text;
    return {};
}

int lineOf(const std::string& text, std::size_t offset)
{
    return 1 + static_cast<int>(std::count(
                   text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

TEST(LibraryStream, HandsEveryExerciseOverInOrderWithTheDocumentsOtherParts)
{
    Received received;
    const LibraryStreamSummary summary = streamLibrary(libraryText(3), {}, into(received));
    EXPECT_EQ(received.indexes, (std::vector<std::size_t>{0, 1, 2}));
    EXPECT_EQ(received.ids, (std::vector<std::string>{"exercise-0", "exercise-1", "exercise-2"}));
    EXPECT_EQ(summary.exercises, 3u);
    EXPECT_EQ(summary.libraryVersion, 1);
}

TEST(LibraryStream, ExercisesAreHandedOverBeforeTheEndOfTheDocumentIsRead)
{
    // Cut off in the middle of the third exercise: the first two were handed over before the
    // reader could know, so the document is never held whole as a tree.
    const std::string whole = libraryText(3);
    const std::size_t third = whole.find("\"exercise-2\"");
    ASSERT_NE(third, std::string::npos);
    const std::string cut = whole.substr(0, third + 5);
    Received received;
    const auto issues = issuesOf(cut, received);
    EXPECT_EQ(received.ids, (std::vector<std::string>{"exercise-0", "exercise-1"}));
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].pointer, "");
    EXPECT_EQ(issues[0].line, lineOf(cut, cut.size()));
    EXPECT_NE(issues[0].message.find("syntax error"), std::string::npos) << issues[0].message;
}

TEST(LibraryStream, ABadExerciseInTheMiddleIsNamedAndStopsTheHandingOver)
{
    const std::string text = libraryText(5, [](int i, json& exercise) {
        if (i == 2) {
            exercise["dose"]["sets"] = 11;
        }
    });
    Received received;
    const auto issues = issuesOf(text, received);
    EXPECT_EQ(received.ids, (std::vector<std::string>{"exercise-0", "exercise-1"}));
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(describe(issues[0]), "/exercises/2/dose/sets (\u201Cexercise-2\u201D): must be a "
                                   "whole number from 1 to 10, got 11 (line " +
                                       std::to_string(lineOf(text, text.find("\"sets\": 11"))) +
                                       ")");
}

TEST(LibraryStream, ALinkToALaterExerciseIsFine)
{
    const std::string text = libraryText(3, [](int i, json& exercise) {
        if (i == 0) {
            exercise["harder"] = "exercise-2";
        } else if (i == 2) {
            exercise["easier"] = "exercise-0";
        }
    });
    Received received;
    EXPECT_NO_THROW(streamLibrary(text, {}, into(received)));
    EXPECT_EQ(received.indexes.size(), 3u);
}

TEST(LibraryStream, ADanglingLinkIsRefusedAtTheEndWithItsLine)
{
    const std::string text = libraryText(3, [](int i, json& exercise) {
        if (i == 1) {
            exercise["harder"] = "nowhere";
        }
    });
    Received received;
    const auto issues = issuesOf(text, received);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].pointer, "/exercises/1/harder");
    EXPECT_EQ(issues[0].message, "no exercise has the id 'nowhere'");
    EXPECT_EQ(issues[0].line, lineOf(text, text.find("\"harder\": \"nowhere\"")));
    // Every exercise was fine on its own: the caller throws them away with its transaction.
    EXPECT_EQ(received.indexes.size(), 3u);

    // A link into the library the document joins is not dangling.
    const std::vector<core::ExerciseLinks> existing = {{"nowhere", "", ""}};
    EXPECT_NO_THROW(streamLibrary(text, existing, [](std::size_t, core::Exercise&&) {}));
}

TEST(LibraryStream, ARepeatedIdIsNotHandedOverTwice)
{
    const std::string text = libraryText(3, [](int i, json& exercise) {
        if (i == 2) {
            exercise["id"] = "exercise-0";
        }
    });
    Received received;
    const auto issues = issuesOf(text, received);
    EXPECT_EQ(received.ids, (std::vector<std::string>{"exercise-0", "exercise-1"}));
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].pointer, "/exercises/2/id");
}

TEST(LibraryStream, AHeaderAfterTheExercisesIsReadAllTheSame)
{
    json doc = {{"exercises", {exerciseJson("a-one"), exerciseJson("b-two")}},
                {"format", "glidepath-library"},
                {"library_version", 4},
                {"version", 3}};
    Received received;
    const LibraryStreamSummary summary = streamLibrary(doc.dump(2), {}, into(received));
    EXPECT_EQ(received.ids, (std::vector<std::string>{"a-one", "b-two"}));
    EXPECT_EQ(summary.libraryVersion, 4);
}

TEST(LibraryStream, AnotherFormatIsRefusedBeforeAnyExerciseIsHandedOver)
{
    std::string text = libraryText(2);
    text.replace(text.find("glidepath-library"), 17, "something-else");
    Received received;
    const auto issues = issuesOf(text, received);
    EXPECT_TRUE(received.ids.empty());
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].pointer, "/format");
    EXPECT_EQ(issues[0].line, 2);
}

} // namespace
} // namespace glidepath::io

namespace glidepath::io {
namespace {

// An import that keeps translations gets each exercise's other languages beside it; the reader
// without texts still reads the same file.
// streamLibraryFile: the CLI's import reads the file a piece at a time (issue 12). Its problems
// are checked against parseLibrary's by every test of library_format_test.cpp (issuesOf).
class LibraryStreamFile : public ::testing::Test
{
protected:
    void TearDown() override { std::filesystem::remove_all(m_folder); }

    std::string write(const std::string& name, const std::string& text)
    {
        std::filesystem::create_directories(m_folder);
        const std::string path = (m_folder / name).string();
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }

    static LibraryStreamSummary read(const std::string& path, Received& received,
                                     std::span<const core::ExerciseLinks> existing = {})
    {
        return streamLibraryFile(path, existing,
                                 [&received](std::size_t index, core::Exercise&& exercise,
                                             std::map<std::string, core::ExerciseText>&&) {
                                     received.indexes.push_back(index);
                                     received.ids.push_back(exercise.id);
                                 });
    }

    std::filesystem::path m_folder = std::filesystem::path(::testing::TempDir()) /
                                     ("glidepath-stream-file-" + std::to_string(::getpid()));
};

TEST_F(LibraryStreamFile, ReadsALibraryLargerThanItsBufferAsTheTextReaderDoes)
{
    // 300 exercises: about 300 KB, several pieces of the reader's 64 KiB.
    const std::string text = libraryText(300);
    ASSERT_GT(text.size(), std::size_t{4} << 16);
    Received fromText;
    const LibraryStreamSummary expected = streamLibrary(text, {}, into(fromText));
    Received fromFile;
    const LibraryStreamSummary summary = read(write("large.json", text), fromFile);
    EXPECT_EQ(summary.exercises, 300u);
    EXPECT_EQ(summary.exercises, expected.exercises);
    EXPECT_EQ(summary.libraryVersion, expected.libraryVersion);
    EXPECT_EQ(fromFile.ids, fromText.ids);
    EXPECT_EQ(fromFile.indexes, fromText.indexes);
}

TEST_F(LibraryStreamFile, ADatabaseFileIsNamedAsTheTextReaderNamesIt)
{
    // The NUL is at byte 15: past the first piece's byte order mark check, found by the scan.
    const std::string database = std::string("SQLite format 3\0", 16) + std::string(70000, 'x');
    Received received;
    try {
        read(write("practice.db", database), received);
        FAIL() << "accepted";
    } catch (const FormatError& error) {
        ASSERT_EQ(error.issues().size(), 1u);
        EXPECT_EQ(error.issues()[0].kind, "document.database");
    }
    EXPECT_TRUE(received.ids.empty());
}

TEST_F(LibraryStreamFile, AByteOrderMarkIsSkipped)
{
    Received received;
    read(write("bom.json", "\xEF\xBB\xBF" + libraryText(2)), received);
    EXPECT_EQ(received.ids, (std::vector<std::string>{"exercise-0", "exercise-1"}));
}

TEST_F(LibraryStreamFile, AProblemFarIntoTheFileHasItsLine)
{
    const std::string text = libraryText(300, [](int i, json& exercise) {
        if (i == 280) {
            exercise["dose"]["sets"] = 99;
        }
    });
    Received received;
    try {
        read(write("late.json", text), received);
        FAIL() << "accepted";
    } catch (const FormatError& error) {
        ASSERT_EQ(error.issues().size(), 1u);
        EXPECT_EQ(error.issues()[0].pointer, "/exercises/280/dose/sets");
        EXPECT_EQ(error.issues()[0].line, lineOf(text, text.find("\"sets\": 99")));
    }
    EXPECT_EQ(received.indexes.size(), 280u) << "those before it were handed over";
}

TEST_F(LibraryStreamFile, ARepeatedKeyAfterTheFirstPieceHasItsLine)
{
    std::string text = libraryText(300);
    const std::size_t at = text.find("\"tempo\"", std::size_t{2} << 16);
    ASSERT_NE(at, std::string::npos);
    text.insert(at, "\"tempo\": \"1-1-1\", ");
    Received received;
    try {
        read(write("repeated.json", text), received);
        FAIL() << "accepted";
    } catch (const FormatError& error) {
        ASSERT_FALSE(error.issues().empty());
        EXPECT_EQ(error.issues()[0].line, lineOf(text, at));
    }
}

TEST_F(LibraryStreamFile, AFileThatCannotBeReadIsNamedAsReadTextFileNamesIt)
{
    Received received;
    const std::string missing = (m_folder / "missing.json").string();
    try {
        read(missing, received);
        FAIL() << "accepted";
    } catch (const FormatError&) {
        FAIL() << "not a format problem";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find("cannot read " + missing), std::string::npos)
            << error.what();
    }
    std::filesystem::create_directories(m_folder / "folder.json");
    EXPECT_THROW(read((m_folder / "folder.json").string(), received), std::runtime_error);
    EXPECT_TRUE(received.ids.empty());
}

TEST_F(LibraryStreamFile, LinksIntoTheExistingLibraryAreKnown)
{
    const std::string text = libraryText(2, [](int i, json& exercise) {
        if (i == 1) {
            exercise["harder"] = "stored-already";
        }
    });
    Received received;
    const std::vector<core::ExerciseLinks> existing = {{"stored-already", "", ""}};
    EXPECT_NO_THROW(read(write("links.json", text), received, existing));
    EXPECT_EQ(received.ids.size(), 2u);
}

TEST(LibraryStreamTexts, EachExerciseComesWithItsTranslations)
{
    const std::string text = libraryText(2, [](int i, json& exercise) {
        if (i == 1) {
            exercise["translations"] = {
                {"de",
                 {{"name", "Übung eins"}, {"cues", {"Rippen unten", "Ausatmen beim Heben"}}}}};
        }
    });
    std::vector<std::map<std::string, core::ExerciseText>> texts;
    streamLibrary(
        text, {},
        [&](std::size_t, core::Exercise&&, std::map<std::string, core::ExerciseText>&& languages) {
            texts.push_back(std::move(languages));
        });
    ASSERT_EQ(texts.size(), 2u);
    EXPECT_TRUE(texts[0].empty());
    ASSERT_EQ(texts[1].count("de"), 1u);
    EXPECT_EQ(texts[1].at("de").name, "Übung eins");
    EXPECT_EQ(texts[1].at("de").cues,
              (std::vector<std::string>{"Rippen unten", "Ausatmen beim Heben"}));
    EXPECT_EQ(parseLibrary(text).translations.at("exercise-1").at("de"), texts[1].at("de"));
    Received received;
    streamLibrary(text, {}, into(received));
    EXPECT_EQ(received.ids.size(), 2u);
}

} // namespace
} // namespace glidepath::io
