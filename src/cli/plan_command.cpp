#include "cli_args.h"
#include "commands.h"

#include <array>
#include <ostream>

namespace glidepath::cli {

namespace {

constexpr std::string_view kPlanUsage =
    R"(Usage: glidepath-cli plan --request FILE [--library FILE] [--format json|text]
                         [--pdf OUT.pdf] [--large-print] [--paper a4|letter]

Makes one week's plan from a plan request: the client's profile, screening answers, check-ins
and last plan (see docs/formats.md, "Plan request and plan"). The same request always gives the
same plan.

Options:
  --request FILE      the plan request (JSON); required
  --library FILE      an exercise library file to plan from instead of the built-in library
  --format json|text  how to print the plan (default: text)
  --pdf OUT.pdf       also write the home handout to OUT.pdf
  --large-print       larger text in the handout
  --paper a4|letter   handout paper size (default: a4)
  --help              show this help
)";

constexpr std::array<OptionSpec, 6> kPlanOptions{{
    {"--request", true},
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
    const auto request = parsed.value("--request");
    if (!request || request->empty()) {
        throw UsageError("--request FILE is required");
    }
    options.requestFile = *request;
    options.libraryFile = parsed.value("--library").value_or("");
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

int runPlanCommand(const std::vector<std::string>& args, const GlobalOptions& /*global*/,
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
    return runPlan(options, out, err);
}

} // namespace glidepath::cli
