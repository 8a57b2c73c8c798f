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
    bool create = false; // --create: make a new database at a --database/GLIDEPATH_DB path
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
// glidepath-cli [--database PATH] plan --client ID|NAME [--week YYYY-MM-DD] [--summary] ...
struct PlanOptions
{
    std::string requestFile; // a request to plan from, or
    std::string client;      // a client in the database whose saved plan to show (id or name)
    std::string week;        // with --client: the week's Monday; empty: the latest saved plan
    std::string libraryFile; // empty: the built-in library
    PlanFormat format = PlanFormat::Text;
    std::string pdfFile; // empty: no handout
    bool largePrint = false;
    bool clinicianSummary = false; // with --pdf: the clinician summary instead of the home routine
    report::PaperSize paper = report::PaperSize::A4;
};

// Makes the plan the options describe; defined in plan_runner.cpp.
int runPlan(const PlanOptions& options, std::ostream& out, std::ostream& err);
// Shows a plan saved in the database; defined in saved_plan_runner.cpp.
int runSavedPlan(const PlanOptions& options, const GlobalOptions& global, std::ostream& out,
                 std::ostream& err);
// Writes the handout PDF of a plan (the home routine, or the clinician summary when asked);
// works without a display. Defined in handout_writer.cpp. Returns the exit status.
int writeHandout(const PlanOptions& options, const core::Plan& plan,
                 const std::vector<core::Exercise>& library, const std::string& clientName,
                 const core::ClientProfile& profile, const std::vector<core::CheckIn>& checkins,
                 std::ostream& out, std::ostream& err);

} // namespace glidepath::cli
