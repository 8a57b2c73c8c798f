#include <glidepath/core/validation.h>
#include <glidepath/io/builtin_data.h>
#include <glidepath/io/library_format.h>

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace glidepath::io {
namespace {

std::string shippedLibraryText()
{
    return readTextFile(std::string(GLIDEPATH_SOURCE_DIR) + "/data/library/exercises.json");
}

std::string describeAll(const FormatError& error)
{
    std::string text;
    for (const FormatIssue& issue : error.issues()) {
        text += "  " + describe(issue) + "\n";
    }
    return text;
}

// The shipped file, parsed; records every problem as a test failure.
LibraryDocument parsedShippedLibrary()
{
    try {
        return parseLibrary(shippedLibraryText());
    } catch (const FormatError& error) {
        ADD_FAILURE() << "data/library/exercises.json has problems:\n" << describeAll(error);
    }
    return {};
}

TEST(BuiltinLibrary, ShippedFilePassesParsingAndValidation)
{
    const LibraryDocument library = parsedShippedLibrary();
    EXPECT_TRUE(core::validateLibrary(library.exercises).empty());
    EXPECT_GE(library.libraryVersion, 1);
}

TEST(BuiltinLibrary, EmbeddedCopyMatchesTheShippedFile)
{
    EXPECT_EQ(builtinLibraryJson(), shippedLibraryText())
        << "rebuild glidepath_io: the embedded library is stale";
}

TEST(BuiltinLibrary, HasAtLeastSixtyExercises)
{
    EXPECT_GE(parsedShippedLibrary().exercises.size(), 60u);
}

TEST(BuiltinLibrary, CoversEveryCategoryAndPhase)
{
    const LibraryDocument library = parsedShippedLibrary();
    std::set<core::Category> categories;
    std::set<int> phases;
    for (const core::Exercise& exercise : library.exercises) {
        categories.insert(exercise.category);
        for (int phase = exercise.phaseMin; phase <= exercise.phaseMax; ++phase) {
            phases.insert(phase);
        }
    }
    for (const core::Category category : core::allValues<core::Category>()) {
        EXPECT_TRUE(categories.count(category) > 0)
            << "no exercise in category " << core::toString(category);
    }
    for (int phase = 1; phase <= 4; ++phase) {
        EXPECT_TRUE(phases.count(phase) > 0) << "no exercise for phase " << phase;
    }
}

TEST(BuiltinLibrary, EveryExerciseIsFullyDescribed)
{
    for (const core::Exercise& exercise : parsedShippedLibrary().exercises) {
        SCOPED_TRACE(exercise.id);
        EXPECT_FALSE(exercise.name.empty());
        EXPECT_FALSE(exercise.summary.empty());
        EXPECT_GE(exercise.instructions.size(), 2u);
        EXPECT_GE(exercise.cues.size(), 2u);
        EXPECT_FALSE(exercise.regions.empty());
        EXPECT_FALSE(exercise.muscles.empty());
        EXPECT_FALSE(exercise.equipment.empty()) << "write [\"none\"] when nothing is needed";
        for (const std::string& step : exercise.instructions) {
            EXPECT_FALSE(step.empty());
        }
        for (const std::string& cue : exercise.cues) {
            EXPECT_FALSE(cue.empty());
        }
        // The shipped file leaves these to the program.
        EXPECT_FALSE(exercise.builtin);
        EXPECT_FALSE(exercise.hidden);
    }
}

TEST(BuiltinLibrary, BuiltinLibraryMarksEveryExerciseBuiltIn)
{
    const LibraryDocument& library = builtinLibrary();
    EXPECT_EQ(&library, &builtinLibrary()) << "parsed once";
    ASSERT_FALSE(library.exercises.empty());
    for (const core::Exercise& exercise : library.exercises) {
        EXPECT_TRUE(exercise.builtin) << exercise.id;
        EXPECT_FALSE(exercise.hidden) << exercise.id;
    }
    EXPECT_EQ(library.exercises.size(), parsedShippedLibrary().exercises.size());
}

TEST(BuiltinLibrary, RoundTripsThroughTheWriter)
{
    const LibraryDocument& library = builtinLibrary();
    EXPECT_EQ(parseLibrary(writeLibrary(library)), library);
}

} // namespace
} // namespace glidepath::io

// Start-up reads only the head of the embedded files; it must agree with the whole parse.
TEST(BuiltinLibrary, VersionAndLanguagesReadFromTheHeadMatchTheWholeFile)
{
    EXPECT_EQ(glidepath::io::builtinLibraryVersion(),
              glidepath::io::builtinLibrary().libraryVersion);
    EXPECT_GT(glidepath::io::builtinLibraryVersion(), 0);
    EXPECT_TRUE(glidepath::io::builtinLibraryHasTexts("de"));
    EXPECT_FALSE(glidepath::io::builtinLibraryHasTexts("en"))
        << "English is the library's own language";
    EXPECT_FALSE(glidepath::io::builtinLibraryHasTexts("C"));
    EXPECT_FALSE(glidepath::io::builtinLibraryHasTexts(""));
}
