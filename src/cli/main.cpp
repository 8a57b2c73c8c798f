// glidepath-cli: the exercise library, the database and weekly plans from the command line.

#include "cli_args.h"
#include "cli_language.h"
#include "cli_text.h"
#include "commands.h"
#include "terminal_safe_output.h"

#include <glidepath/storage/database.h>

#include <iostream>
#include <optional>
#include <string>
#include <vector>

#ifndef GLIDEPATH_VERSION
#define GLIDEPATH_VERSION "unknown"
#endif

namespace {

using namespace glidepath::cli;

std::string mainUsage()
{
    return utf8(
        CliText::tr(
            "Usage: glidepath-cli [--database PATH] [--language CODE] COMMAND [ARGS...]\n"
            "\n"
            "Works with Glidepath's exercise library, database and weekly plans from the "
            "command line.\n"
            "\n"
            "Commands:\n"
            "  library   list, search, show, import and export exercises\n"
            "  db        check, back up, restore or copy the database (also to and from a\n"
            "            clinic server)\n"
            "  plan      make a week's plan from a request file, or show and print a saved "
            "plan\n"
            "\n"
            "Options:\n"
            "  --database PATH  the database to use; without it, $GLIDEPATH_DB, else\n"
            "                   %1\n"
            "  --create         make a new, empty database if none is at the --database path\n"
            "                   (without it a mistyped path is an error; the default one is "
            "made\n"
            "                   on first use)\n"
            "  --language CODE  the language of messages, plans and handouts: en or de;\n"
            "                   without it, the system's (LANGUAGE, LC_ALL, LC_MESSAGES, "
            "LANG)\n"
            "  --help           show this help (\"glidepath-cli COMMAND --help\" for a "
            "command)\n"
            "  --version        show the version\n"
            "\n"
            "Exit status: 0 success, 1 bad input (the message says which file and field), 2 "
            "usage error.\n")
            .arg(QString::fromStdString(glidepath::storage::defaultDatabasePath().string())));
}

int usageError(const std::string& message)
{
    std::cerr << usageErrorText("glidepath-cli", message, mainUsage());
    return kExitUsage;
}

int run(const std::vector<std::string>& args)
{
    GlobalOptions global;
    std::optional<std::string> languageOption;
    std::size_t i = 0;
    for (; i < args.size() && args[i].size() > 1 && args[i][0] == '-'; ++i) {
        const std::string& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            if (const auto problem = useLanguage(languageOption)) {
                return usageError(*problem);
            }
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
        if (arg == "--database" || arg == "--language") {
            if (i + 1 >= args.size()) {
                (void)useLanguage(std::nullopt); // said in the system's language
                return usageError(utf8(CliText::tr("%1 needs a value").arg(qs(arg))));
            }
            (arg == "--database" ? global.databasePath : languageOption.emplace()) = args[++i];
        } else if (arg.rfind("--database=", 0) == 0) {
            global.databasePath = arg.substr(std::string("--database=").size());
        } else if (arg.rfind("--language=", 0) == 0) {
            languageOption = arg.substr(std::string("--language=").size());
        } else {
            // Read before --language: said in the system's language.
            (void)useLanguage(std::nullopt);
            QString message =
                CliText::tr("unknown option %1").arg(qs(arg.substr(0, arg.find('='))));
            if (auto suggestion = closestName(
                    arg, {"--database", "--create", "--language", "--help", "--version"})) {
                message += CliText::tr(" (did you mean %1?)").arg(qs(*suggestion));
            }
            return usageError(utf8(message));
        }
    }
    if (const auto problem = useLanguage(languageOption)) {
        return usageError(*problem);
    }
    if (i == args.size()) {
        return usageError(utf8(CliText::tr("missing command")));
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
    QString message = CliText::tr("unknown command \"%1\"").arg(qs(command));
    if (auto suggestion = closestName(command, {"library", "db", "plan"})) {
        message += CliText::tr(" (did you mean %1?)").arg(qs(*suggestion));
    }
    return usageError(utf8(message));
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
        std::cerr << "glidepath-cli: " << errorText(error) << "\n";
        return kExitBadInput;
    }
}
