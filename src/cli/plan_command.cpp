#include "cli_args.h"
#include "commands.h"

#include <array>
#include <ostream>

namespace glidepath::cli {

namespace {

constexpr std::string_view kPlanUsage =
    R"(Usage: glidepath-cli plan --request FILE [--library FILE] [--format json|text]
                         [--pdf OUT.pdf] [--large-print] [--paper a4|letter] [--summary]
       glidepath-cli [--database PATH] plan --client ID|NAME [--week YYYY-MM-DD]
                         [--format json|text] [--pdf OUT.pdf] [--large-print]
                         [--paper a4|letter] [--summary]

With --request: makes one week's plan from a plan request - the client's profile, screening
answers, check-ins and last plan (see docs/formats.md, "Plan request and plan"). The same request
always gives the same plan. No database is needed.
With --client: shows a plan saved in the database for that client (the latest, or the newest
version for --week).

Options:
  --request FILE      the plan request (JSON)
  --client ID|NAME    a client in the database, by number or by full name
  --week YYYY-MM-DD   with --client: the Monday of the saved week to show
  --library FILE      with --request: plan from this exercise library instead of the built-in one
  --format json|text  how to print the plan (default: text)
  --pdf OUT.pdf       also write the printable handout to OUT.pdf (no display needed)
  --summary           with --pdf: write the clinician summary instead of the home routine
  --large-print       larger text in the handout (body 16 pt)
  --paper a4|letter   handout paper size (default: a4)
  --help              show this help
)";

constexpr std::array<OptionSpec, 9> kPlanOptions{{
    {"--request", true},
    {"--client", true},
    {"--week", true},
    {"--summary", false},
    {"--library", true},
    {"--format", true},
    {"--pdf", true},
    {"--large-print", false},
    {"--paper", true},
}};

PlanOptions readPlanOptions(const ParsedArgs& parsed)
{
    expectPositionals(parsed, 0, 0, "");
    PlanOptions options;
    options.requestFile = parsed.value("--request").value_or("");
    options.client = parsed.value("--client").value_or("");
    options.week = parsed.value("--week").value_or("");
    if (options.requestFile.empty() == options.client.empty()) {
        throw UsageError("give either --request FILE or --client ID|NAME");
    }
    if (!options.week.empty() && options.client.empty()) {
        throw UsageError("--week goes with --client");
    }
    options.libraryFile = parsed.value("--library").value_or("");
    if (!options.libraryFile.empty() && !options.client.empty()) {
        throw UsageError("--library goes with --request; a saved plan uses the database's library");
    }
    if (const auto format = parsed.value("--format")) {
        if (*format == "json") {
            options.format = PlanFormat::Json;
        } else if (*format == "text") {
            options.format = PlanFormat::Text;
        } else {
            throw UsageError("--format must be json or text, not \"" + *format + "\"");
        }
    }
    options.pdfFile = parsed.value("--pdf").value_or("");
    if (parsed.values.count("--pdf") > 0 && options.pdfFile.empty()) {
        throw UsageError("--pdf needs a file name");
    }
    options.largePrint = parsed.has("--large-print");
    options.clinicianSummary = parsed.has("--summary");
    if (const auto paper = parsed.value("--paper")) {
        if (*paper == "a4") {
            options.paper = report::PaperSize::A4;
        } else if (*paper == "letter") {
            options.paper = report::PaperSize::Letter;
        } else {
            throw UsageError("--paper must be a4 or letter, not \"" + *paper + "\"");
        }
    }
    return options;
}

} // namespace

int runPlanCommand(const std::vector<std::string>& args, const GlobalOptions& global,
                   std::ostream& out, std::ostream& err)
{
    PlanOptions options;
    try {
        const ParsedArgs parsed = parseArgs(args, kPlanOptions);
        if (parsed.help) {
            out << kPlanUsage;
            return kExitOk;
        }
        options = readPlanOptions(parsed);
    } catch (const UsageError& error) {
        err << "glidepath-cli plan: " << error.what() << "\n\n" << kPlanUsage;
        return kExitUsage;
    }
    if (!options.client.empty()) {
        return runSavedPlan(options, global, out, err);
    }
    return runPlan(options, out, err);
}

} // namespace glidepath::cli
