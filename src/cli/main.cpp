// glidepath-cli: the exercise library, the database and weekly plans from the command line.

#include "cli_args.h"
#include "commands.h"
#include "terminal_safe_output.h"

#include <glidepath/storage/database.h>

#include <iostream>
#include <string>
#include <vector>

#ifndef GLIDEPATH_VERSION
#define GLIDEPATH_VERSION "unknown"
#endif

namespace {

using namespace glidepath::cli;

std::string mainUsage()
{
    return R"(Usage: glidepath-cli [--database PATH] COMMAND [ARGS...]

Works with Glidepath's exercise library, database and weekly plans from the command line.

Commands:
  library   list, search, show, import and export exercises
  db        check, back up or restore the database
  plan      make a week's plan from a request file, or show and print a saved plan

Options:
  --database PATH  the database to use; without it, $GLIDEPATH_DB, else
                   )" +
           glidepath::storage::defaultDatabasePath().string() +
           R"(
  --create         make a new, empty database if none is at the --database path
                   (without it a mistyped path is an error; the default one is made
                   on first use)
  --help           show this help ("glidepath-cli COMMAND --help" for a command)
  --version        show the version

Exit status: 0 success, 1 bad input (the message says which file and field), 2 usage error.
)";
}

int usageError(const std::string& message)
{
    std::cerr << "glidepath-cli: " << message << "\n\n" << mainUsage();
    return kExitUsage;
}

int run(const std::vector<std::string>& args)
{
    GlobalOptions global;
    std::size_t i = 0;
    for (; i < args.size() && args[i].size() > 1 && args[i][0] == '-'; ++i) {
        const std::string& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << mainUsage();
            return kExitOk;
        }
        if (arg == "--version") {
            std::cout << "glidepath-cli " << GLIDEPATH_VERSION << "\n";
            return kExitOk;
        }
        if (arg == "--create") {
            global.create = true;
            continue;
        }
        if (arg == "--database") {
            if (i + 1 >= args.size()) {
                return usageError("--database needs a value");
            }
            global.databasePath = args[++i];
        } else if (arg.rfind("--database=", 0) == 0) {
            global.databasePath = arg.substr(std::string("--database=").size());
        } else {
            std::string message = "unknown option " + arg.substr(0, arg.find('='));
            if (auto suggestion = closestName(arg, {"--database", "--create", "--help", "--version"})) {
                message += " (did you mean " + *suggestion + "?)";
            }
            return usageError(message);
        }
    }
    if (i == args.size()) {
        return usageError("missing command");
    }
    const std::string& command = args[i];
    const std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                        args.end());
    if (command == "library") {
        return runLibraryCommand(rest, global, std::cout, std::cerr);
    }
    if (command == "db") {
        return runDbCommand(rest, global, std::cout, std::cerr);
    }
    if (command == "plan") {
        return runPlanCommand(rest, global, std::cout, std::cerr);
    }
    if (command == "help") {
        std::cout << mainUsage();
        return kExitOk;
    }
    std::string message = "unknown command \"" + command + "\"";
    if (auto suggestion = closestName(command, {"library", "db", "plan"})) {
        message += " (did you mean " + *suggestion + "?)";
    }
    return usageError(message);
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    // Nothing the CLI shows (a name, a note, a file name in an error) may drive the terminal.
    const TerminalSafeStream safeOut(std::cout);
    const TerminalSafeStream safeErr(std::cerr);
    try {
        return run(args);
    } catch (const std::exception& error) {
        std::cerr << "glidepath-cli: " << error.what() << "\n";
        return kExitBadInput;
    }
}
