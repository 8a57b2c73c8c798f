#include "cli_args.h"
#include "cli_text.h"
#include "commands.h"

#include <array>
#include <cctype>
#include <ostream>

namespace glidepath::cli {

namespace {

std::string planUsage()
{
    return utf8(CliText::tr(
        R"(Usage: glidepath-cli plan --request FILE [--library FILE] [--format json|text]
                         [--pdf OUT.pdf] [--large-print] [--paper a4|letter] [--summary]
                         [--per-row 1|2] [--no-log] [--clinician-block on|off]
       glidepath-cli plan --requests FILE.jsonl [--library FILE]
       glidepath-cli [--database PATH] plan --client ID|NAME [--new [--save]]
                         [--week YYYY-MM-DD] [--format json|text] [--pdf OUT.pdf]
                         [--large-print] [--paper a4|letter] [--summary] [--per-row 1|2]
                         [--no-log] [--clinician-block on|off]

With --request: makes one week's plan from a plan request - the client's profile, screening
answers, check-ins and last plan (see docs/formats.md, "Plan request and plan"). The same request
always gives the same plan. No database is needed.
With --requests: plans many requests at once. FILE.jsonl holds one request per line (JSON Lines;
"-" reads standard input); each plan is printed as JSON on one line, in the order of the
requests. A line that is not a valid request is reported on standard error with its line number
and field, gets no plan, and does not stop the others; the exit status is then 1. Blank lines are
skipped.
With --client: shows a plan saved in the database for that client (the latest, or the newest
version for --week). With --client and --new: plans the client's week from what the database
holds - profile, screening, check-ins, logged sessions, the last saved plan and clinician
reviews - the same way the app's Plan next week does, for the week of --week (default: next
Monday). The new plan is printed, not saved. With --save as well, it is saved as the week's next
version, as the app's Save plan does, and the version number is printed (with --format json on
standard error, after the plan). Nothing is saved when the screening questions are not all
answered, or when the database may only be read. When a red flag stands there is no exercise
plan: the referral advice is saved instead, as in the app.

Options:
  --request FILE      the plan request (JSON)
  --requests FILE     many plan requests, one JSON object per line
  --client ID|NAME    a client in the database, by number or by full name
  --new               with --client: make a new plan from the saved data instead of showing one
  --save              with --new: save the new plan as the week's next version
  --week YYYY-MM-DD   with --client: the Monday of the week to show (or with --new, to plan)
  --library FILE      with --request(s): plan from this exercise library, not the built-in one
  --format json|text  how to print the plan (default: text)
  --pdf OUT.pdf       also write the printable handout to OUT.pdf (no display needed)
  --summary           with --pdf: write the clinician summary instead of the home routine
  --large-print       larger text in the handout (body 16 pt)
  --paper a4|letter   handout paper size (default: a4)
  --per-row 1|2       exercises side by side in the home routine (default: 2; large print
                      always uses 1)
  --no-log            leave the tick-box log out of the home routine
  --clinician-block on|off
                      print the clinician's contact block on the cover (default: on; it is
                      printed only when there is something in it: --clinician, --practice,
                      --phone, --email, --note, --next-appointment)
  --clinician NAME    --practice NAME  --phone NUMBER  --email ADDRESS  --note TEXT
  --next-appointment YYYY-MM-DD[ HH:MM]
                      the clinician block's contents
  --help              show this help
)"));
}

constexpr std::array<OptionSpec, 21> kPlanOptions{{
    {"--request", true},   {"--requests", true},
    {"--client", true},    {"--new", false},
    {"--week", true},      {"--summary", false},
    {"--library", true},   {"--format", true},
    {"--pdf", true},       {"--large-print", false},
    {"--paper", true},     {"--per-row", true},
    {"--no-log", false},   {"--clinician-block", true},
    {"--clinician", true}, {"--practice", true},
    {"--phone", true},     {"--email", true},
    {"--note", true},      {"--next-appointment", true},
    {"--save", false},
}};

// "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" (a "T" between works too).
void readAppointment(const std::string& text, report::ClinicianContact& contact)
{
    const std::string date = text.substr(0, 10);
    const auto parsed = core::parseIsoDate(date);
    std::string time = text.size() > 10 ? text.substr(11) : std::string();
    const bool timeOk = text.size() == 10 ||
                        (text.size() == 16 && (text[10] == ' ' || text[10] == 'T') &&
                         time.size() == 5 && std::isdigit(static_cast<unsigned char>(time[0])) &&
                         std::isdigit(static_cast<unsigned char>(time[1])) && time[2] == ':' &&
                         std::isdigit(static_cast<unsigned char>(time[3])) &&
                         std::isdigit(static_cast<unsigned char>(time[4])) &&
                         time.substr(0, 2) < "24" && time.substr(3, 2) < "60");
    if (!parsed || !timeOk) {
        throw UsageError(utf8(
            CliText::tr("--next-appointment must be YYYY-MM-DD or \"YYYY-MM-DD HH:MM\", not \"%1\"")
                .arg(qs(text))));
    }
    contact.nextAppointment = *parsed;
    contact.nextAppointmentTime = time;
}

PlanOptions readPlanOptions(const ParsedArgs& parsed)
{
    expectPositionals(parsed, 0, 0, "");
    PlanOptions options;
    options.requestFile = parsed.value("--request").value_or("");
    options.requestsFile = parsed.value("--requests").value_or("");
    options.client = parsed.value("--client").value_or("");
    options.week = parsed.value("--week").value_or("");
    options.makeNew = parsed.has("--new");
    const int sources = int(!options.requestFile.empty()) + int(!options.requestsFile.empty()) +
                        int(!options.client.empty());
    if (sources != 1) {
        throw UsageError(utf8(
            CliText::tr("give one of --request FILE, --requests FILE.jsonl or --client ID|NAME")));
    }
    if (!options.week.empty() && options.client.empty()) {
        throw UsageError(utf8(CliText::tr("--week goes with --client")));
    }
    if (options.makeNew && options.client.empty()) {
        throw UsageError(utf8(CliText::tr("--new goes with --client")));
    }
    options.save = parsed.has("--save");
    if (options.save && !options.makeNew) {
        throw UsageError(utf8(CliText::tr(
            "--save goes with --client and --new: it saves a new plan, never a shown one")));
    }
    if (!options.requestsFile.empty()) {
        // Batch output is always one JSON plan per line; handouts are made one plan at a time.
        for (const char* single : {"--pdf", "--summary", "--large-print", "--paper", "--per-row",
                                   "--no-log", "--clinician-block", "--clinician", "--practice",
                                   "--phone", "--email", "--note", "--next-appointment"}) {
            if (parsed.has(single)) {
                throw UsageError(
                    utf8(CliText::tr("%1 goes with --request or --client, not --requests")
                             .arg(QString::fromLatin1(single))));
            }
        }
        if (const auto format = parsed.value("--format"); format && *format != "json") {
            throw UsageError(utf8(CliText::tr("--requests always prints JSON, one plan per line")));
        }
    }
    options.libraryFile = parsed.value("--library").value_or("");
    if (!options.libraryFile.empty() && !options.client.empty()) {
        throw UsageError(utf8(CliText::tr(
            "--library goes with --request(s); a client's plan uses the database's library")));
    }
    if (const auto format = parsed.value("--format")) {
        if (*format == "json") {
            options.format = PlanFormat::Json;
        } else if (*format == "text") {
            options.format = PlanFormat::Text;
        } else {
            throw UsageError(
                utf8(CliText::tr("--format must be json or text, not \"%1\"").arg(qs(*format))));
        }
    }
    options.pdfFile = parsed.value("--pdf").value_or("");
    if (parsed.values.count("--pdf") > 0 && options.pdfFile.empty()) {
        throw UsageError(utf8(CliText::tr("--pdf needs a file name")));
    }
    options.largePrint = parsed.has("--large-print");
    options.clinicianSummary = parsed.has("--summary");
    if (const auto paper = parsed.value("--paper")) {
        if (*paper == "a4") {
            options.paper = report::PaperSize::A4;
        } else if (*paper == "letter") {
            options.paper = report::PaperSize::Letter;
        } else {
            throw UsageError(
                utf8(CliText::tr("--paper must be a4 or letter, not \"%1\"").arg(qs(*paper))));
        }
    }
    if (const auto perRow = parsed.value("--per-row")) {
        if (*perRow != "1" && *perRow != "2") {
            throw UsageError(
                utf8(CliText::tr("--per-row must be 1 or 2, not \"%1\"").arg(qs(*perRow))));
        }
        options.perRow = *perRow == "2" ? 2 : 1;
    }
    options.includeLog = !parsed.has("--no-log");
    if (const auto block = parsed.value("--clinician-block")) {
        if (*block != "on" && *block != "off") {
            throw UsageError(utf8(
                CliText::tr("--clinician-block must be on or off, not \"%1\"").arg(qs(*block))));
        }
        options.clinicianBlock = *block == "on";
    }
    report::ClinicianContact& contact = options.clinician;
    contact.name = parsed.value("--clinician").value_or("");
    contact.practice = parsed.value("--practice").value_or("");
    contact.phone = parsed.value("--phone").value_or("");
    contact.email = parsed.value("--email").value_or("");
    contact.note = parsed.value("--note").value_or("");
    if (const auto next = parsed.value("--next-appointment")) {
        readAppointment(*next, contact);
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
            out << planUsage();
            return kExitOk;
        }
        options = readPlanOptions(parsed);
    } catch (const UsageError& error) {
        err << usageErrorText("glidepath-cli plan", error.what(), planUsage());
        return kExitUsage;
    }
    if (!options.client.empty()) {
        return runSavedPlan(options, global, out, err);
    }
    if (!options.requestsFile.empty()) {
        return runBatchPlan(options, out, err);
    }
    return runPlan(options, out, err);
}

} // namespace glidepath::cli
