#pragma once

// The command families of glidepath-cli. Each takes the arguments after its name, prints results
// to out and problems to err, and returns the exit status: 0 success, 1 bad input, 2 usage error.

#include <glidepath/core/client.h>
#include <glidepath/core/exercise.h>
#include <glidepath/core/plan.h>
#include <glidepath/report/handout_options.h>

#include <iosfwd>
#include <string>
#include <vector>

namespace glidepath::cli {

// Options given before the command name.
struct GlobalOptions
{
    std::string databasePath; // --database; empty: GLIDEPATH_DB, then the default location
    bool create = false;      // --create: make a new database at a --database/GLIDEPATH_DB path
};

int runLibraryCommand(const std::vector<std::string>& args, const GlobalOptions& global,
                      std::ostream& out, std::ostream& err);
int runDbCommand(const std::vector<std::string>& args, const GlobalOptions& global,
                 std::ostream& out, std::ostream& err);
int runPlanCommand(const std::vector<std::string>& args, const GlobalOptions& global,
                   std::ostream& out, std::ostream& err);

enum class PlanFormat
{
    Text,
    Json
};

// glidepath-cli plan --request FILE [--library FILE] [--format json|text] [--pdf OUT.pdf]
//                    [--large-print] [--paper a4|letter]
// glidepath-cli plan --requests FILE.jsonl [--library FILE]
// glidepath-cli [--database PATH] plan --client ID|NAME [--new [--save]] [--week YYYY-MM-DD] ...
struct PlanOptions
{
    std::string requestFile;  // a request to plan from, or
    std::string requestsFile; // one request per line ("-": standard input), or
    std::string client;       // a client in the database (id or name)
    bool makeNew =
        false;         // with client: plan the week from the saved data, do not show a saved plan
    bool save = false; // with makeNew: store the new plan as the next version, as the app does
    std::string week; // with client: the week's Monday; empty: the latest saved plan (or next week)
    std::string libraryFile; // empty: the built-in library
    PlanFormat format = PlanFormat::Text;
    std::string pdfFile; // empty: no handout
    bool largePrint = false;
    bool clinicianSummary = false; // with --pdf: the clinician summary instead of the home routine
    report::PaperSize paper = report::PaperSize::A4;
    int perRow = 2;         // exercises side by side in the home routine
    bool includeLog = true; // false: --no-log
    bool clinicianBlock = true;
    report::ClinicianContact clinician;
};

// Makes the plan the options describe; defined in plan_runner.cpp.
int runPlan(const PlanOptions& options, std::ostream& out, std::ostream& err);
// Plans every request of a JSON Lines file, one plan per line; defined in batch_plan_runner.cpp.
int runBatchPlan(const PlanOptions& options, std::ostream& out, std::ostream& err);
// Shows a plan saved in the database, or with makeNew plans the client's week from what is saved
// (through planning::PlanningService, as the app does) and with save stores it as a new version;
// defined in saved_plan_runner.cpp.
int runSavedPlan(const PlanOptions& options, const GlobalOptions& global, std::ostream& out,
                 std::ostream& err);
// Writes the handout PDF of a plan (the home routine, or the clinician summary when asked);
// works without a display. Defined in handout_writer.cpp. Returns the exit status.
int writeHandout(const PlanOptions& options, const core::Plan& plan,
                 const std::vector<core::Exercise>& library, const std::string& clientName,
                 const core::ClientProfile& profile, const std::vector<core::CheckIn>& checkins,
                 const std::vector<core::PsfsAssessment>& psfs, std::ostream& out,
                 std::ostream& err);

} // namespace glidepath::cli
