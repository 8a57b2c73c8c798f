#include "cli_args.h"
#include "cli_text.h"
#include "commands.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/io/format_error.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/io/rules_format.h>
#include <glidepath/report/issue_text.h>
#include <glidepath/report/reason_text.h>

#include <fstream>
#include <iostream>
#include <ostream>

namespace glidepath::cli {

namespace {

// The written plan on one line: whitespace outside strings is dropped (JSON strings cannot hold a
// raw line break, so the result is one line and parses to the same document).
std::string oneLine(const std::string& json)
{
    std::string out;
    out.reserve(json.size());
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            out += c;
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out += c;
        }
    }
    return out;
}

// "requests.jsonl:12: /checkins/0/pain_rest: must be ..." - the line in the file, then the field.
void reportLine(const std::string& file, std::size_t lineNumber, const io::FormatIssue& issue,
                std::ostream& err)
{
    err << file << ":" << lineNumber;
    if (issue.column > 0) {
        err << ":" << issue.column;
    }
    err << ": ";
    if (!issue.pointer.empty()) {
        err << issue.pointer << ": ";
    }
    err << issue.message << "\n";
}

} // namespace

// Plans every request of a JSON Lines file, in order, one plan per line on out. A line that is
// not a valid request is reported on err by its line number (and field) and skipped; the others
// are still planned. Exit 1 when any line was invalid. Blank lines are ignored.
int runBatchPlan(const PlanOptions& options, std::ostream& out, std::ostream& err)
{
    const std::string& file = options.requestsFile;
    std::ifstream opened;
    std::istream* in = &std::cin;
    if (file != "-") {
        opened.open(file, std::ios::binary);
        if (!opened) {
            err << "glidepath-cli: plan: " << utf8(CliText::tr("cannot read %1").arg(qs(file)))
                << "\n";
            return kExitBadInput;
        }
        in = &opened;
    }

    io::LibraryDocument loaded;
    const io::LibraryDocument* library = &io::builtinLibrary();
    if (!options.libraryFile.empty()) {
        try {
            loaded = io::parseLibrary(io::readTextFile(options.libraryFile));
            library = &loaded;
        } catch (const io::FormatError& error) {
            for (const io::FormatIssue& issue : error.issues()) {
                err << options.libraryFile << ": " << utf8(report::describeIssue(issue)) << "\n";
            }
            err << options.libraryFile << ": "
                << utf8(CliText::tr("not a usable exercise library, no plan was made")) << "\n";
            return kExitBadInput;
        } catch (const std::exception& error) {
            err << "glidepath-cli: plan: " << errorText(error) << "\n";
            return kExitBadInput;
        }
    }
    const core::ProgressionRules& rules = io::builtinRules();

    std::size_t lineNumber = 0;
    std::size_t requests = 0;
    std::size_t invalid = 0;
    std::string line;
    while (std::getline(*in, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.find_first_not_of(" \t") == std::string::npos) {
            continue;
        }
        ++requests;
        try {
            const core::PlanRequest request = io::parsePlanRequest(line);
            out << oneLine(io::writePlan(core::generatePlan(request, library->exercises, rules),
                                         report::clinicianText))
                << "\n";
        } catch (const io::FormatError& error) {
            ++invalid;
            for (const io::FormatIssue& issue : error.issues()) {
                reportLine(file, lineNumber, issue, err);
            }
        } catch (const std::exception& error) {
            ++invalid;
            err << file << ":" << lineNumber << ": " << errorText(error) << "\n";
        }
    }
    out.flush();
    if (in->bad()) {
        err << "glidepath-cli: plan: "
            << utf8(CliText::tr("reading %1 failed after line %2")
                        .arg(qs(file))
                        .arg(qulonglong(lineNumber)))
            << "\n";
        return kExitBadInput;
    }
    if (invalid > 0) {
        err << file << ": "
            << utf8(CliText::tr("%1 of %2 requests not valid and not planned; the other %3 planned")
                        .arg(qulonglong(invalid))
                        .arg(qulonglong(requests))
                        .arg(qulonglong(requests - invalid)))
            << "\n";
        return kExitBadInput;
    }
    return kExitOk;
}

} // namespace glidepath::cli
