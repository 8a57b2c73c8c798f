#include "cli_args.h"
#include "cli_text.h"
#include "commands.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/io/format_error.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/io/rules_format.h>
#include <glidepath/report/issue_text.h>
#include <glidepath/report/plan_text.h>
#include <glidepath/report/reason_text.h>

#include <ostream>

namespace glidepath::cli {

namespace {

void reportIssues(const std::string& file, const QString& what, const io::FormatError& error,
                  std::ostream& err)
{
    for (const io::FormatIssue& issue : error.issues()) {
        err << file << ": " << utf8(report::describeIssue(issue)) << "\n";
    }
    const std::size_t count = error.total();
    err << file << ": "
        << utf8((count == 1 ? CliText::tr("1 problem; not a usable %1, no plan was made").arg(what)
                            : CliText::tr("%1 problems; not a usable %2, no plan was made")
                                  .arg(qulonglong(count))
                                  .arg(what)))
        << "\n";
}

} // namespace

// Reads the request (and a library file when given), runs the engine with the built-in rules and
// prints the plan. Any unreadable or invalid input is reported with the field that is wrong and
// exits 1 without printing a plan.
int runPlan(const PlanOptions& options, std::ostream& out, std::ostream& err)
{
    core::PlanRequest request;
    try {
        request = io::parsePlanRequest(io::readTextFile(options.requestFile));
    } catch (const io::FormatError& error) {
        reportIssues(options.requestFile, CliText::tr("plan request"), error, err);
        return kExitBadInput;
    } catch (const std::exception& error) {
        err << "glidepath-cli: plan: " << errorText(error) << "\n";
        return kExitBadInput;
    }

    io::LibraryDocument loaded;
    const io::LibraryDocument* library = nullptr;
    try {
        if (options.libraryFile.empty()) {
            library = &io::builtinLibrary();
        } else {
            loaded = io::parseLibrary(io::readTextFile(options.libraryFile));
            library = &loaded;
        }
    } catch (const io::FormatError& error) {
        reportIssues(options.libraryFile.empty() ? utf8(CliText::tr("built-in library"))
                                                 : options.libraryFile,
                     CliText::tr("exercise library"), error, err);
        return kExitBadInput;
    } catch (const std::exception& error) {
        err << "glidepath-cli: plan: " << errorText(error) << "\n";
        return kExitBadInput;
    }

    const core::ProgressionRules& rules = io::builtinRules();
    const core::Plan plan = core::generatePlan(request, library->exercises, rules);
    out << (options.format == PlanFormat::Json ? io::writePlan(plan, report::clinicianText)
                                               : utf8(report::planText(plan, library->exercises)));
    if (options.pdfFile.empty()) {
        return kExitOk;
    }
    return writeHandout(options, plan, library->exercises, request.client.name, request.client,
                        request.checkins, {}, out, err);
}

} // namespace glidepath::cli
