// Hostile documents for every JSON reader: nesting that would exhaust memory, files past the size
// limit, a hundred thousand repeated keys, numbers too large for a double, UTF-16 and UTF-32
// text. Each is refused at once with a message that names the limit, the field and the line.
// The inputs are built here rather than checked in.

#include "format_test_support.h"

#include <glidepath/io/builtin_data.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/io/rules_format.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>

namespace glidepath::io {
namespace {

using test::issuesFrom;

struct Reader
{
    std::string name;
    std::function<void(const std::string&)> parse;
    std::string goodDocument;
    // A number field of goodDocument, written as it appears, and its pointer.
    std::string numberField;
    std::string numberPointer;
};

std::string example(const std::string& name)
{
    return readTextFile(std::string(GLIDEPATH_SOURCE_DIR) + "/data/examples/" + name);
}

std::vector<Reader> readers()
{
    return {
        {"library", [](const std::string& json) { parseLibrary(json); },
         std::string(builtinLibraryJson()), "\"sets\": ", "/exercises/0/dose/sets"},
        {"rules", [](const std::string& json) { parseRules(json); },
         std::string(builtinRulesJson()), "", ""},
        {"plan_request", [](const std::string& json) { parsePlanRequest(json); },
         example("flare-up.request.json"), "\"pain_rest\": ", "/checkins/0/pain_rest"},
        {"plan", [](const std::string& json) { parsePlan(json); }, example("flare-up.plan.json"),
         "", ""},
    };
}

class HostileDocument : public ::testing::TestWithParam<std::size_t>
{
protected:
    Reader reader() const { return readers().at(GetParam()); }
    std::vector<FormatIssue> issuesOf(const std::string& json) const
    {
        return issuesFrom(reader().parse, json);
    }
};

TEST_P(HostileDocument, TheGoodDocumentReads)
{
    EXPECT_NO_THROW(reader().parse(reader().goodDocument));
}

TEST_P(HostileDocument, ListsNestedAHundredThousandDeepAreRefusedWithTheLimitAndLine)
{
    // 200 KB: {"exercises": [[[[ ... ]]]]} as in the report.
    const std::size_t depth = 100'000;
    const std::string json = "{\"format\": \"x\",\n\"exercises\": " + std::string(depth, '[') +
                             std::string(depth, ']') + "}";
    const auto issues = issuesOf(json);
    ASSERT_EQ(issues.size(), 1U);
    EXPECT_NE(issues[0].message.find("deeper than " + std::to_string(kMaxNestingDepth) + " levels"),
              std::string::npos)
        << issues[0].message;
    EXPECT_EQ(issues[0].line, 2);
    EXPECT_GT(issues[0].column, 0);
}

TEST_P(HostileDocument, ObjectsNestedDeepAreRefused)
{
    // 600 KB of {"a":{"a": ... }}
    std::string json;
    const std::size_t depth = 120'000;
    json.reserve(depth * 6);
    for (std::size_t i = 0; i < depth; ++i) {
        json += "{\"a\":";
    }
    json += "1" + std::string(depth, '}');
    const auto issues = issuesOf(json);
    ASSERT_EQ(issues.size(), 1U);
    EXPECT_NE(issues[0].message.find(std::to_string(kMaxNestingDepth)), std::string::npos);
    EXPECT_EQ(issues[0].line, 1);
}

TEST_P(HostileDocument, NestingAtTheLimitIsStillReadAsJson)
{
    // Exactly kMaxNestingDepth levels: the format, not the limit, refuses it.
    const std::string json =
        std::string(kMaxNestingDepth, '[') + std::string(kMaxNestingDepth, ']');
    const auto issues = issuesOf(json);
    ASSERT_FALSE(issues.empty());
    EXPECT_EQ(issues[0].message.find("nested deeper"), std::string::npos) << issues[0].message;
}

TEST_P(HostileDocument, BracketsInsideTextDoNotCountAsNesting)
{
    const std::string json = "{\"format\": \"" + std::string(1000, '[') + "\"}";
    const auto issues = issuesOf(json);
    ASSERT_FALSE(issues.empty());
    EXPECT_EQ(issues[0].pointer, "/format");
}

TEST_P(HostileDocument, AFileOverTheSizeLimitIsRefusedBeforeParsing)
{
    std::string json = "[" + std::string(kMaxDocumentBytes, ' ') + "]";
    const auto issues = issuesOf(json);
    ASSERT_EQ(issues.size(), 1U);
    EXPECT_NE(issues[0].message.find("up to 16 MB"), std::string::npos) << issues[0].message;
}

TEST_P(HostileDocument, AHundredThousandRepeatedKeysGiveAShortList)
{
    std::string json = reader().goodDocument;
    const auto brace = json.find('{');
    std::string repeated;
    for (int i = 0; i < 100'000; ++i) {
        repeated += "\"x\": 1, ";
    }
    json.insert(brace + 1, repeated);
    try {
        reader().parse(json);
        FAIL() << "accepted";
    } catch (const FormatError& error) {
        EXPECT_GE(error.total(), 100'000U);
        ASSERT_EQ(error.issues().size(), kMaxListedIssues + 1);
        EXPECT_EQ(error.issues()[0].pointer, "/x");
        EXPECT_EQ(error.issues()[0].line, 1);
        const std::string last = error.issues().back().message;
        EXPECT_NE(last.find("more problems"), std::string::npos) << last;
        EXPECT_NE(last.find("first 50"), std::string::npos) << last;
    }
}

TEST_P(HostileDocument, ANumberTooLargeForADoubleIsNamedByFieldAndLine)
{
    for (const std::string number : {"1e400", "-1e400"}) {
        std::string json;
        std::string pointer;
        if (reader().numberField.empty()) {
            json = reader().goodDocument;
            json.insert(json.find('{') + 1, "\n\"big\": " + number + ",");
            pointer = "/big";
        } else {
            json = reader().goodDocument;
            const auto at = json.find(reader().numberField);
            ASSERT_NE(at, std::string::npos);
            const auto valueStart = at + reader().numberField.size();
            const auto valueEnd = json.find_first_of(",}\n", valueStart);
            json.replace(valueStart, valueEnd - valueStart, number);
            pointer = reader().numberPointer;
        }
        const auto issues = issuesOf(json);
        ASSERT_EQ(issues.size(), 1U) << number;
        EXPECT_EQ(issues[0].pointer, pointer);
        EXPECT_GT(issues[0].line, 1);
        EXPECT_NE(issues[0].message.find(number), std::string::npos) << issues[0].message;
        EXPECT_EQ(issues[0].message.find("json.exception"), std::string::npos) << issues[0].message;
    }
}

std::string utf16(std::string_view ascii, bool bigEndian, bool bom)
{
    std::string out;
    if (bom) {
        out += bigEndian ? "\xFE\xFF" : "\xFF\xFE";
    }
    for (const char c : ascii) {
        out += bigEndian ? std::string{'\0', c} : std::string{c, '\0'};
    }
    return out;
}

std::string utf32(std::string_view ascii, bool bigEndian, bool bom)
{
    std::string out;
    if (bom) {
        out += bigEndian ? std::string("\0\0\xFE\xFF", 4) : std::string("\xFF\xFE\0\0", 4);
    }
    for (const char c : ascii) {
        out += bigEndian ? std::string{'\0', '\0', '\0', c} : std::string{c, '\0', '\0', '\0'};
    }
    return out;
}

TEST_P(HostileDocument, Utf16AndUtf32AreNamedWithTheRemedy)
{
    const std::string_view text = R"({"format": "glidepath-library"})";
    for (const bool bigEndian : {false, true}) {
        for (const bool bom : {false, true}) {
            for (const auto& [json, encoding] :
                 {std::pair{utf16(text, bigEndian, bom), std::string("UTF-16")},
                  std::pair{utf32(text, bigEndian, bom), std::string("UTF-32")}}) {
                const auto issues = issuesOf(json);
                ASSERT_EQ(issues.size(), 1U);
                const std::string& message = issues[0].message;
                EXPECT_NE(message.find("this file is " + encoding), std::string::npos)
                    << message << " big-endian " << bigEndian << " bom " << bom;
                EXPECT_NE(message.find(bigEndian ? "big-endian" : "little-endian"),
                          std::string::npos)
                    << message;
                EXPECT_NE(message.find("save it as UTF-8"), std::string::npos) << message;
            }
        }
    }
}

// A database, a PDF or any other binary file chosen by mistake: the message says what the file
// is, not the parser's complaint about a byte it cannot print.
TEST_P(HostileDocument, ADatabaseOrOtherBinaryFileIsNamedNotParsed)
{
    const std::string database = std::string("SQLite format 3\0", 16) + std::string(200, '\x01');
    const std::string pdf = std::string("%PDF-1.7\n%\xE2\xE3\n", 14) + std::string(4, '\0');
    const std::string binary = std::string("\x7F"
                                           "ELF\x02\x01\x01\0\0\0",
                                           10);
    for (const auto& [json, expected] :
         {std::pair{database, std::string("this is a database file")},
          std::pair{pdf, std::string("this is a PDF file")},
          std::pair{binary, std::string("this is not a text file")}}) {
        const auto issues = issuesOf(json);
        ASSERT_EQ(issues.size(), 1U);
        EXPECT_EQ(issues[0].message.find(expected), 0U) << issues[0].message;
        EXPECT_EQ(issues[0].message.find("last read"), std::string::npos) << issues[0].message;
    }
}

TEST_P(HostileDocument, AUtf8ByteOrderMarkIsAccepted)
{
    const std::string json = "\xEF\xBB\xBF" + reader().goodDocument;
    EXPECT_NO_THROW(reader().parse(json));
}

TEST_P(HostileDocument, LinesAreRightAfterAUtf8ByteOrderMark)
{
    std::string json = "\xEF\xBB\xBF" + reader().goodDocument;
    json.insert(json.find('{') + 1, "\n\n\"unknown_field\": 1,");
    const auto issues = issuesOf(json);
    const FormatIssue issue = test::issueAt(issues, "/unknown_field");
    EXPECT_EQ(issue.line, 3);
}

INSTANTIATE_TEST_SUITE_P(EveryReader, HostileDocument, ::testing::Range<std::size_t>(0, 4),
                         [](const auto& info) { return readers().at(info.param).name; });

// The line of the first occurrence of needle in text, 1-based.
int lineOf(const std::string& text, const std::string& needle)
{
    const auto at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
}

TEST(ControlCharactersInImports, ALineBreakInAnImportedNameIsNamedByFieldAndLine)
{
    const std::string good(builtinLibraryJson());
    const auto nameAt = good.find("\"name\": \"") + 9;
    for (const std::string escape : {"\\r\\n", "\\n", "\\u0000", "\\u001b[31m", "\\u009b"}) {
        std::string json = good;
        json.insert(nameAt + 4, escape); // inside the first name
        const auto issues = issuesFrom([](const std::string& text) { parseLibrary(text); }, json);
        const FormatIssue issue = test::issueAt(issues, "/exercises/0/name");
        EXPECT_EQ(issue.line, lineOf(good, "\"name\": \"")) << escape;
        EXPECT_TRUE(issue.message.find("one line") != std::string::npos ||
                    issue.message.find("control character") != std::string::npos)
            << issue.message;
    }
}

TEST(ControlCharactersInImports, AClientNameInAPlanRequestIsOneLine)
{
    const std::string good = example("flare-up.request.json");
    std::string json = good;
    const auto at = json.find("\"client\": {") + 11;
    json.insert(at, "\"name\": \"Ann\\r\\nLee\", ");
    const auto issues = issuesFrom(parsePlanRequest, json);
    const FormatIssue issue = test::issueAt(issues, "/client/name");
    EXPECT_NE(issue.message.find("one line"), std::string::npos) << issue.message;
    EXPECT_GT(issue.line, 0);
}

TEST(FormatErrorList, KeepsTheFirstFiftyAndCountsTheRest)
{
    std::vector<FormatIssue> issues;
    for (int i = 0; i < 120; ++i) {
        issues.push_back({"/x" + std::to_string(i), "wrong", i + 1, 0});
    }
    const FormatError error(issues);
    EXPECT_EQ(error.total(), 120U);
    ASSERT_EQ(error.issues().size(), 51U);
    EXPECT_EQ(error.issues()[49].pointer, "/x49");
    EXPECT_EQ(error.issues()[50].message,
              "... and 70 more problems (only the first 50 are listed)");
}

TEST(FormatErrorList, AShortListIsKeptWhole)
{
    const FormatError error({{"/a", "wrong", 1, 0}, {"/b", "wrong", 2, 0}});
    EXPECT_EQ(error.total(), 2U);
    EXPECT_EQ(error.issues().size(), 2U);
}

} // namespace
} // namespace glidepath::io
