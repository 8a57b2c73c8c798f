#include "validation_checker.h"

#include <glidepath/core/validation.h>

#include <algorithm>
#include <map>
#include <unordered_map>

// The library-wide checks: duplicate ids, dangling easier/harder ids, ladder loops and easier and
// harder links that disagree.

namespace glidepath::core {

namespace {

// "a → b → c → a", shortened for long loops so messages stay readable. ids holds the first
// names of the loop (at most shown + 1), loopSize its full length.
constexpr std::size_t shownLoopIds = 8;
std::string describeLoop(const std::vector<std::string>& ids, std::size_t loopSize)
{
    std::string out;
    for (std::size_t i = 0; i < ids.size() && i < shownLoopIds; ++i) {
        out += ids[i] + " → ";
    }
    if (loopSize > shownLoopIds) {
        out += "… → ";
    }
    out += ids.front();
    return out;
}

} // namespace

std::vector<ValidationIssue> validateLibrary(std::span<const Exercise> exercises)
{
    std::vector<ValidationIssue> issues;
    for (const Exercise& e : exercises) {
        auto own = validateExercise(e);
        issues.insert(issues.end(), own.begin(), own.end());
    }
    auto links = validateLinks(exercises);
    issues.insert(issues.end(), links.begin(), links.end());
    return issues;
}

// Reads only id, easier and harder of Item (an Exercise or ExerciseLinks).
template <typename Item> std::vector<ValidationIssue> linkIssues(std::span<const Item> exercises)
{
    std::vector<ValidationIssue> issues;

    // Index by id; the first occurrence wins for the ladder checks below.
    std::unordered_map<std::string, std::size_t> index;
    index.reserve(exercises.size());
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        const auto [it, inserted] = index.emplace(exercises[i].id, i);
        if (!inserted) {
            issues.push_back(
                detail::makeIssue(exercises[i].id, "id", "links.duplicate_id", {exercises[i].id}));
        }
    }

    const std::size_t n = exercises.size();
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    // Resolved neighbour indices; dangling and self references are reported and left out.
    std::vector<std::size_t> harderOf(n, none);
    std::vector<std::size_t> easierOf(n, none);
    for (std::size_t i = 0; i < n; ++i) {
        const Item& e = exercises[i];
        if (index.at(e.id) != i) {
            continue; // a duplicate: its links were judged with the first copy
        }
        const auto resolve = [&](const std::string& field, const std::string& target) {
            if (target.empty() || target == e.id) {
                return none;
            }
            const auto it = index.find(target);
            if (it == index.end()) {
                issues.push_back(detail::makeIssue(e.id, field, "links.unknown_id", {target}));
                return none;
            }
            return it->second;
        };
        harderOf[i] = resolve("harder", e.harder);
        easierOf[i] = resolve("easier", e.easier);
    }

    // Loops along one kind of link: each exercise has at most one neighbour each way, so
    // following the links from any start either ends or enters exactly one loop.
    std::vector<bool> inPureLoop(n, false);
    const auto findLoops = [&](const std::vector<std::size_t>& next, const std::string& field) {
        std::vector<int> state(n, 0); // 0 unseen, 1 on the current walk, 2 done
        for (std::size_t start = 0; start < n; ++start) {
            std::vector<std::size_t> walk;
            std::size_t at = start;
            while (at != none && state[at] == 0) {
                state[at] = 1;
                walk.push_back(at);
                at = next[at];
            }
            if (at != none && state[at] == 1) {
                const auto from = std::find(walk.begin(), walk.end(), at);
                std::vector<std::size_t> loop(from, walk.end());
                for (std::size_t k = 0; k < loop.size(); ++k) {
                    std::vector<std::string> ids;
                    // Only the first few names are shown, so only those are gathered.
                    for (std::size_t j = 0; j < loop.size() && j < shownLoopIds; ++j) {
                        ids.push_back(exercises[loop[(k + j) % loop.size()]].id);
                    }
                    inPureLoop[loop[k]] = true;
                    issues.push_back(detail::makeIssue(exercises[loop[k]].id, field, "links.loop",
                                                       {field, describeLoop(ids, loop.size())}));
                }
            }
            for (const std::size_t visited : walk) {
                state[visited] = 2;
            }
        }
    };
    findLoops(harderOf, "harder");
    findLoops(easierOf, "easier");

    // Mixed loops: "a.harder = b" and "b.easier = c" both say which of two exercises is below the
    // other. Put together they must form an order; any strongly connected group of two or more
    // means some exercise is both above and below another. Tarjan's algorithm, iteratively, so
    // long ladders cannot overflow the stack.
    std::vector<std::vector<std::size_t>> up(n); // lower -> higher
    for (std::size_t i = 0; i < n; ++i) {
        if (harderOf[i] != none) {
            up[i].push_back(harderOf[i]);
        }
        if (easierOf[i] != none) {
            up[easierOf[i]].push_back(i);
        }
    }
    std::vector<long> order(n, -1);
    std::vector<long> low(n, 0);
    std::vector<bool> onStack(n, false);
    std::vector<std::size_t> stack;
    std::vector<long> component(n, -1);
    long counter = 0;
    long components = 0;
    for (std::size_t root = 0; root < n; ++root) {
        if (order[root] >= 0) {
            continue;
        }
        std::vector<std::pair<std::size_t, std::size_t>> frames{{root, 0}};
        order[root] = low[root] = counter++;
        stack.push_back(root);
        onStack[root] = true;
        while (!frames.empty()) {
            auto& [node, edge] = frames.back();
            if (edge < up[node].size()) {
                const std::size_t next = up[node][edge++];
                if (order[next] < 0) {
                    order[next] = low[next] = counter++;
                    stack.push_back(next);
                    onStack[next] = true;
                    frames.emplace_back(next, 0);
                } else if (onStack[next]) {
                    low[node] = std::min(low[node], order[next]);
                }
                continue;
            }
            const std::size_t finished = node;
            frames.pop_back();
            if (!frames.empty()) {
                low[frames.back().first] = std::min(low[frames.back().first], low[finished]);
            }
            if (low[finished] == order[finished]) {
                std::size_t member = none;
                do {
                    member = stack.back();
                    stack.pop_back();
                    onStack[member] = false;
                    component[member] = components;
                } while (member != finished);
                ++components;
            }
        }
    }
    std::map<long, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < n; ++i) {
        groups[component[i]].push_back(i);
    }
    for (const auto& [id, members] : groups) {
        if (members.size() < 2 || std::all_of(members.begin(), members.end(),
                                              [&](std::size_t m) { return inPureLoop[m]; })) {
            continue;
        }
        std::vector<std::string> names;
        for (const std::size_t m : members) {
            names.push_back(exercises[m].id);
        }
        std::sort(names.begin(), names.end());
        std::string list;
        for (std::size_t k = 0; k < names.size() && k < 8; ++k) {
            list += (k ? ", " : "") + names[k];
        }
        if (names.size() > 8) {
            list += ", …";
        }
        for (const std::size_t m : members) {
            if (inPureLoop[m]) {
                continue;
            }
            const Item& e = exercises[m];
            const auto report = [&](const std::string& field, std::size_t target) {
                if (target != none && component[target] == component[m]) {
                    issues.push_back(detail::makeIssue(e.id, field, "links.contradiction",
                                                       {exercises[target].id, list}));
                }
            };
            report("harder", harderOf[m]);
            report("easier", easierOf[m]);
        }
    }
    return issues;
}

std::vector<ValidationIssue> validateLinks(std::span<const Exercise> exercises)
{
    return linkIssues(exercises);
}

std::vector<ValidationIssue> validateLinks(std::span<const ExerciseLinks> links)
{
    return linkIssues(links);
}

} // namespace glidepath::core
