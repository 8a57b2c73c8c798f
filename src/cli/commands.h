#pragma once

// The command families of glidepath-cli. Each takes the arguments after its name, prints results
// to out and problems to err, and returns the exit status: 0 success, 1 bad input, 2 usage error.

#include <glidepath/report/handout_options.h>

#include <iosfwd>
#include <string>
#include <vector>

namespace glidepath::cli {

// Options given before the command name.
struct GlobalOptions
{
    std::string databasePath; // --database; empty: GLIDEPATH_DB, then the default location
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
struct PlanOptions
{
    std::string requestFile;
    std::string libraryFile; // empty: the built-in library
    PlanFormat format = PlanFormat::Text;
    std::string pdfFile; // empty: no handout
    bool largePrint = false;
    report::PaperSize paper = report::PaperSize::A4;
};

// Makes the plan the options describe; defined in plan_runner.cpp.
int runPlan(const PlanOptions& options, std::ostream& out, std::ostream& err);

} // namespace glidepath::cli
