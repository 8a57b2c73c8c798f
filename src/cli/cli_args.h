#pragma once

#include <map>
#include <optional>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;

// A command line that cannot be understood; the command prints it with its usage and exits 2.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec
{
    std::string_view name; // "--category"
    bool takesValue = false;
};

struct ParsedArgs
{
    std::vector<std::string> positionals;
    std::map<std::string, std::string, std::less<>> values; // options given with a value
    std::set<std::string, std::less<>> flags;               // options given without one
    bool help = false;                                      // --help or -h anywhere

    bool has(std::string_view option) const;
    std::optional<std::string> value(std::string_view option) const;
};

// Reads "--name value", "--name=value" and flags; "--" makes the rest positional; a lone "-" is
// positional. Throws UsageError for an unknown option (suggesting a close one), a missing value
// or a value given to a flag. A repeated option keeps its last value.
ParsedArgs parseArgs(std::span<const std::string> args, std::span<const OptionSpec> options);

// Throws UsageError unless the number of positionals is within [min, max]; what names them.
void expectPositionals(const ParsedArgs& parsed, std::size_t min, std::size_t max,
                       std::string_view what);

// What a usage error prints to standard error, instead of the whole help: "<program>: message",
// the first usage form of help (its "Usage:" line with the lines that continue it), and
// "Run '<program> --help' for more." program is "glidepath-cli" with the command, e.g.
// "glidepath-cli library list". help is the command's help text in the CLI's language.
std::string usageErrorText(const std::string& program, const std::string& message,
                           const std::string& help);

// The candidate closest to word when it is likely a typo of it.
std::optional<std::string> closestName(std::string_view word,
                                       const std::vector<std::string>& candidates);

} // namespace glidepath::cli
