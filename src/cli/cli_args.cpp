#include "cli_args.h"

#include "cli_text.h"

#include <algorithm>
#include <numeric>

namespace glidepath::cli {

namespace {

// Optimal string alignment distance: Levenshtein where swapping two neighbours costs one, the
// commonest typo ("lsit").
std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) {
        d[i][0] = i;
    }
    std::iota(d[0].begin(), d[0].end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.size()][b.size()];
}

} // namespace

bool ParsedArgs::has(std::string_view option) const
{
    return flags.count(option) > 0 || values.count(option) > 0;
}

std::optional<std::string> ParsedArgs::value(std::string_view option) const
{
    if (auto found = values.find(option); found != values.end()) {
        return found->second;
    }
    return std::nullopt;
}

ParsedArgs parseArgs(std::span<const std::string> args, std::span<const OptionSpec> options)
{
    ParsedArgs parsed;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (optionsEnded || arg.size() < 2 || arg[0] != '-') {
            parsed.positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        if (arg == "--help" || arg == "-h") {
            parsed.help = true;
            continue;
        }
        const auto equals = arg.find('=');
        const std::string name = arg.substr(0, equals);
        const auto spec =
            std::find_if(options.begin(), options.end(),
                         [&](const OptionSpec& option) { return option.name == name; });
        if (spec == options.end()) {
            std::vector<std::string> names{"--help"};
            for (const OptionSpec& option : options) {
                names.emplace_back(option.name);
            }
            QString message = CliText::tr("unknown option %1").arg(qs(name));
            if (auto suggestion = closestName(name, names)) {
                message += CliText::tr(" (did you mean %1?)").arg(qs(*suggestion));
            }
            throw UsageError(utf8(message));
        }
        if (!spec->takesValue) {
            if (equals != std::string::npos) {
                throw UsageError(utf8(CliText::tr("%1 takes no value").arg(qs(name))));
            }
            parsed.flags.insert(name);
            continue;
        }
        if (equals != std::string::npos) {
            parsed.values[name] = arg.substr(equals + 1);
        } else if (i + 1 < args.size()) {
            parsed.values[name] = args[++i];
        } else {
            throw UsageError(utf8(CliText::tr("%1 needs a value").arg(qs(name))));
        }
    }
    return parsed;
}

void expectPositionals(const ParsedArgs& parsed, std::size_t min, std::size_t max,
                       std::string_view what)
{
    const std::size_t count = parsed.positionals.size();
    if (count < min) {
        throw UsageError(utf8(CliText::tr("missing %1").arg(qs(std::string(what)))));
    }
    if (count > max) {
        throw UsageError(
            utf8(CliText::tr("unexpected argument \"%1\"").arg(qs(parsed.positionals[max]))));
    }
}

std::string usageErrorText(const std::string& program, const std::string& message,
                           const std::string& help)
{
    // The first line, then any indented line that goes on with its options ("[--json]"); a
    // second form ("       glidepath-cli plan --requests ...") or a blank line ends it.
    std::string usageForm;
    std::size_t start = 0;
    while (start < help.size()) {
        const std::size_t end = std::min(help.find('\n', start), help.size());
        const std::string_view line(help.data() + start, end - start);
        if (!usageForm.empty()) {
            const std::size_t text = line.find_first_not_of(' ');
            if (text == 0 || text == std::string_view::npos || line[text] != '[') {
                break;
            }
        }
        usageForm.append(line).append("\n");
        start = end + 1;
    }
    return program + ": " + message + "\n" + usageForm +
           utf8(CliText::tr("Run '%1 --help' for more.").arg(qs(program))) + "\n";
}

std::optional<std::string> closestName(std::string_view word,
                                       const std::vector<std::string>& candidates)
{
    std::optional<std::string> best;
    std::size_t bestDistance = 0;
    for (const std::string& candidate : candidates) {
        const std::size_t distance = editDistance(word, candidate);
        if (!best || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const std::size_t allowed = std::clamp<std::size_t>(word.size() / 3, 1, 3);
    if (best && bestDistance > 0 && bestDistance <= allowed) {
        return best;
    }
    return std::nullopt;
}

} // namespace glidepath::cli
