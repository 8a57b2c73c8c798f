#include "engine_text.h"

#include <glidepath/core/load.h>
#include <glidepath/core/validation.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

namespace glidepath::core {

namespace {

using text::quote;

// Number of code points, or -1 when the bytes are not valid UTF-8 (overlong forms, surrogates
// and values above U+10FFFF are rejected, as a JSON writer would).
long utf8Length(std::string_view text)
{
    long count = 0;
    std::size_t i = 0;
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    while (i < text.size()) {
        const unsigned char lead = byte(i);
        std::size_t extra = 0;
        std::uint32_t cp = 0;
        if (lead < 0x80) {
            cp = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            extra = 1;
            cp = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2;
            cp = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3;
            cp = lead & 0x07;
        } else {
            return -1;
        }
        if (i + extra >= text.size()) {
            return -1; // truncated sequence
        }
        for (std::size_t k = 1; k <= extra; ++k) {
            const unsigned char next = byte(i + k);
            if ((next & 0xC0) != 0x80) {
                return -1;
            }
            cp = (cp << 6) | (next & 0x3F);
        }
        const bool overlong =
            (extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1;
        }
        i += extra + 1;
        ++count;
    }
    return count;
}

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    });
}

class Checker
{
public:
    Checker(std::vector<ValidationIssue>& out, std::string exerciseId)
        : m_out(out), m_id(std::move(exerciseId))
    {}

    void add(std::string field, std::string message)
    {
        m_out.push_back({m_id, std::move(field), std::move(message)});
    }

    void text(const std::string& field, std::string_view value, long maxLength,
              std::string_view what, TextLines lines = TextLines::One)
    {
        const long length = utf8Length(value);
        if (length < 0) {
            add(field, std::string(what) + " is not valid UTF-8 text");
        } else if (auto problem = controlCharacterProblem(value, lines)) {
            add(field, std::string(what) + " " + *problem);
        } else if (isBlank(value)) {
            add(field, std::string(what) + " must not be empty");
        } else if (length > maxLength) {
            add(field, std::string(what) + " is " + std::to_string(length) +
                           " characters long; the most allowed is " + std::to_string(maxLength));
        }
    }

    void range(const std::string& field, int value, int low, int high)
    {
        if (value < low || value > high) {
            add(field, "must be between " + std::to_string(low) + " and " + std::to_string(high) +
                           ", not " + std::to_string(value));
        }
    }

    template <typename E> void known(const std::string& field, E value)
    {
        if (toString(value).empty()) {
            add(field, "unknown value; expected " + acceptedNames<E>());
        }
    }

    // Each entry a known name, no entry twice.
    template <typename E> void list(const std::string& field, const std::vector<E>& values)
    {
        for (std::size_t i = 0; i < values.size(); ++i) {
            const std::string itemField = field + "/" + std::to_string(i);
            if (toString(values[i]).empty()) {
                add(itemField, "unknown value; expected " + acceptedNames<E>());
                continue;
            }
            if (std::find(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(i),
                          values[i]) != values.begin() + static_cast<std::ptrdiff_t>(i)) {
                add(itemField, quote(toString(values[i])) + " is listed twice");
            }
        }
    }

private:
    std::vector<ValidationIssue>& m_out;
    std::string m_id;
};

// "2-1-3": three whole numbers of seconds 0-10 (lift, pause, lower).
bool isValidTempo(std::string_view tempo)
{
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        std::size_t digits = 0;
        int value = 0;
        while (i < tempo.size() && tempo[i] >= '0' && tempo[i] <= '9') {
            value = value * 10 + (tempo[i] - '0');
            ++digits;
            ++i;
            if (digits > 2) {
                return false;
            }
        }
        if (digits == 0 || value > 10) {
            return false;
        }
        ++parts;
        if (i == tempo.size()) {
            break;
        }
        if (tempo[i] != '-') {
            return false;
        }
        ++i;
    }
    return parts == 3;
}

void checkDose(Checker& check, const Dose& dose, const DoseLimits& limits)
{
    check.range("dose/sets", dose.sets, 1, 10);
    check.range("dose/reps", dose.reps, 0, 50);
    check.range("dose/hold_seconds", dose.holdSeconds, 0, 300);
    check.range("dose/rest_seconds", dose.restSeconds, 0, 600);
    if (dose.reps <= 0 && dose.holdSeconds <= 0) {
        check.add("dose/reps",
                  "reps or hold_seconds must be above 0 (a pure hold has reps 0 and a hold time)");
    }
    if (!dose.tempo.empty() && !isValidTempo(dose.tempo)) {
        check.add("dose/tempo", "'" + dose.tempo +
                                    "' is not a tempo; write lift-pause-lower seconds like "
                                    "\"2-1-3\", each 0 to 10, or leave it empty");
    }

    check.range("dose_limits/min_sets", limits.minSets, 1, 10);
    check.range("dose_limits/max_sets", limits.maxSets, 1, 10);
    check.range("dose_limits/min_reps", limits.minReps, 0, 50);
    check.range("dose_limits/max_reps", limits.maxReps, 0, 50);
    check.range("dose_limits/min_hold_seconds", limits.minHoldSeconds, 0, 300);
    check.range("dose_limits/max_hold_seconds", limits.maxHoldSeconds, 0, 300);

    // The dose must sit inside its limits so the engine can move it within them.
    const auto within = [&](std::string_view name, int value, int low, int high,
                            const std::string& minField, const std::string& maxField) {
        const std::string v = std::to_string(value);
        if (low > high) {
            check.add(maxField, std::string(maxField.substr(maxField.find('/') + 1)) + " " +
                                    std::to_string(high) + " is below " +
                                    minField.substr(minField.find('/') + 1) + " " +
                                    std::to_string(low));
        } else if (value < low) {
            check.add(minField, minField.substr(minField.find('/') + 1) + " " +
                                    std::to_string(low) + " is above the dose's " +
                                    std::string(name) + " " + v);
        } else if (value > high) {
            check.add(maxField, maxField.substr(maxField.find('/') + 1) + " " +
                                    std::to_string(high) + " is below the dose's " +
                                    std::string(name) + " " + v);
        }
    };
    within("sets", dose.sets, limits.minSets, limits.maxSets, "dose_limits/min_sets",
           "dose_limits/max_sets");
    if (dose.reps > 0) {
        within("reps", dose.reps, limits.minReps, limits.maxReps, "dose_limits/min_reps",
               "dose_limits/max_reps");
    }
    if (dose.holdSeconds > 0) {
        within("hold_seconds", dose.holdSeconds, limits.minHoldSeconds, limits.maxHoldSeconds,
               "dose_limits/min_hold_seconds", "dose_limits/max_hold_seconds");
    }
}

// dose.load: a load level only with a load kind, never above what the exercise takes, and the
// exercise's maximum within what the kind has.
void checkLoad(Checker& check, const Exercise& e)
{
    check.known("dose/load", e.dose.loadKind);
    if (e.dose.loadKind == LoadKind::None) {
        if (e.dose.loadLevel != 0) {
            check.add("dose/load_level",
                      "must be 0 without a load kind, not " + std::to_string(e.dose.loadLevel));
        }
        if (e.limits.maxLoadLevel != 0) {
            check.add("dose_limits/max_load_level", "must be 0 without a load kind, not " +
                                                        std::to_string(e.limits.maxLoadLevel));
        }
        return;
    }
    // The engine plans a load only when the client has its equipment, and the handout lists the
    // exercise's equipment: a load whose kit is not listed would go unplanned or unexplained.
    if (const Equipment needs = loadEquipment(e.dose.loadKind);
        needs != Equipment::None && !e.needs(needs)) {
        check.add("dose/load", "load kind " + std::string(toString(e.dose.loadKind)) +
                                        " needs '" + std::string(toString(needs)) +
                                        "' in equipment");
    }
    const int kindMax = maxLoadLevelOf(e.dose.loadKind);
    check.range("dose_limits/max_load_level", e.limits.maxLoadLevel, 1, kindMax);
    if (e.dose.loadLevel < 0 || e.dose.loadLevel > e.limits.maxLoadLevel) {
        check.add("dose/load_level", "must be between 0 and max_load_level " +
                                         std::to_string(e.limits.maxLoadLevel) + ", not " +
                                         std::to_string(e.dose.loadLevel));
    }
}

void checkConsistency(Checker& check, const Exercise& e)
{
    if ((e.position == Position::Kneeling || e.position == Position::HalfKneeling) &&
        !e.has(Precaution::Kneeling)) {
        check.add("precautions", "position " + std::string(toString(e.position)) +
                                     " needs the 'kneeling' precaution");
    }
    if (e.kneeFlexion == KneeFlexion::High && !e.has(Precaution::DeepKneeFlexion)) {
        check.add("precautions", "knee_flexion high needs the 'deep_knee_flexion' precaution");
    }
    if (e.impact != Impact::None && !e.has(Precaution::Impact)) {
        check.add("precautions",
                  "impact " + std::string(toString(e.impact)) + " needs the 'impact' precaution");
    }
    if (e.category == Category::Landing && e.phaseMin < 3) {
        check.add("phase_min", "landing exercises start in phase 3 or later, not phase " +
                                   std::to_string(e.phaseMin));
    }
    if (e.impact == Impact::High && e.phaseMin < 4) {
        check.add("phase_min", "high-impact exercises start in phase 4, not phase " +
                                   std::to_string(e.phaseMin));
    }
}

void checkNeighbour(Checker& check, const Exercise& e, const std::string& field,
                    const std::string& neighbour)
{
    if (neighbour.empty()) {
        return;
    }
    if (!isValidSlug(neighbour)) {
        check.add(field, "'" + neighbour + "' is not a valid exercise id");
    } else if (neighbour == e.id) {
        check.add(field, "an exercise cannot be its own " + field + " neighbour");
    }
}

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

std::string codePointName(std::uint32_t cp)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string name = "U+";
    for (int shift = 12; shift >= 0; shift -= 4) {
        name += kHex[(cp >> shift) & 0xF];
    }
    return name;
}

} // namespace

std::optional<std::string> controlCharacterProblem(std::string_view text, TextLines lines)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::uint32_t cp = byte;
        if (byte == 0xC2 && i + 1 < text.size()) {
            // U+0080-U+00BF are C2 followed by the code point's own byte.
            cp = static_cast<unsigned char>(text[i + 1]);
            if (cp < 0x80 || cp > 0x9F) {
                continue;
            }
        } else if (byte >= 0x20 && byte != 0x7F) {
            continue;
        }
        if (cp == '\n' && lines == TextLines::Many) {
            continue;
        }
        if (lines == TextLines::One && (cp == '\n' || cp == '\r')) {
            return std::string("contains a line break; it must be one line");
        }
        if (cp == '\r') {
            return std::string("contains a carriage return (U+000D); break lines with a line "
                               "feed only");
        }
        return "contains the control character " + codePointName(cp);
    }
    return std::nullopt;
}

bool isValidSlug(std::string_view id)
{
    if (id.size() < 2 || id.size() > 64 || id.front() == '-' || id.back() == '-') {
        return false;
    }
    char previous = 0;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-')) {
            return false;
        }
        previous = c;
    }
    return true;
}

std::vector<ValidationIssue> validateExerciseText(const std::string& exerciseId,
                                                  const std::string& field,
                                                  const ExerciseText& text)
{
    // The same limits as the English text, for the fields the translation has.
    std::vector<ValidationIssue> issues;
    Checker check(issues, exerciseId);
    if (text.empty()) {
        check.add(field, "has none of name, summary, instructions or cues");
    }
    if (!text.name.empty()) {
        check.text(field + "/name", text.name, 80, "name");
    }
    if (!text.summary.empty()) {
        check.text(field + "/summary", text.summary, 300, "summary");
    }
    if (!text.instructions.empty() && text.instructions.size() < 2) {
        check.add(field + "/instructions", "needs 2 to 20 steps, not 1");
    }
    if (text.instructions.size() > 20) {
        check.add(field + "/instructions",
                  "needs 2 to 20 steps, not " + std::to_string(text.instructions.size()));
    }
    for (std::size_t i = 0; i < text.instructions.size(); ++i) {
        check.text(field + "/instructions/" + std::to_string(i), text.instructions[i], 400,
                   "a step", TextLines::Many);
    }
    if (!text.cues.empty() && text.cues.size() < 2) {
        check.add(field + "/cues", "needs 2 to 10 cues, not 1");
    }
    if (text.cues.size() > 10) {
        check.add(field + "/cues", "needs 2 to 10 cues, not " + std::to_string(text.cues.size()));
    }
    for (std::size_t i = 0; i < text.cues.size(); ++i) {
        check.text(field + "/cues/" + std::to_string(i), text.cues[i], 120, "a cue");
    }
    return issues;
}

std::vector<ValidationIssue> validateExercise(const Exercise& e)
{
    std::vector<ValidationIssue> issues;
    Checker check(issues, e.id);

    if (!isValidSlug(e.id)) {
        check.add("id", "'" + e.id +
                            "' is not a valid id: use 2 to 64 lowercase letters, digits and "
                            "single hyphens, not starting or ending with a hyphen");
    }
    check.text("name", e.name, 80, "name");
    check.text("summary", e.summary, 300, "summary");

    if (e.instructions.size() < 2 || e.instructions.size() > 20) {
        check.add("instructions",
                  "needs 2 to 20 steps, not " + std::to_string(e.instructions.size()));
    }
    for (std::size_t i = 0; i < e.instructions.size(); ++i) {
        check.text("instructions/" + std::to_string(i), e.instructions[i], 400, "a step",
                   TextLines::Many);
    }
    if (e.cues.size() < 2 || e.cues.size() > 10) {
        check.add("cues", "needs 2 to 10 cues, not " + std::to_string(e.cues.size()));
    }
    for (std::size_t i = 0; i < e.cues.size(); ++i) {
        check.text("cues/" + std::to_string(i), e.cues[i], 120, "a cue");
    }

    check.known("category", e.category);
    check.known("position", e.position);
    check.known("knee_flexion", e.kneeFlexion);
    check.known("impact", e.impact);
    check.known("laterality", e.laterality);

    check.range("phase_min", e.phaseMin, 1, 4);
    check.range("phase_max", e.phaseMax, 1, 4);
    if (e.phaseMin > e.phaseMax) {
        check.add("phase_max", "phase_max " + std::to_string(e.phaseMax) + " is below phase_min " +
                                   std::to_string(e.phaseMin));
    }

    if (e.regions.empty()) {
        check.add("regions", "name at least one region (" + acceptedNames<Region>() + ")");
    }
    check.list("regions", e.regions);
    if (e.muscles.empty()) {
        check.add("muscles", "name at least one muscle; the first is the main target");
    }
    check.list("muscles", e.muscles);
    check.list("equipment", e.equipment);
    if (e.needs(Equipment::None) && e.equipment.size() > 1) {
        check.add("equipment", "'none' must stand alone; remove it or the other items");
    }
    check.list("precautions", e.precautions);
    check.list("goals", e.goals);

    checkDose(check, e.dose, e.limits);
    checkLoad(check, e);
    checkNeighbour(check, e, "easier", e.easier);
    checkNeighbour(check, e, "harder", e.harder);
    if (e.illustration) {
        for (const PoseIssue& issue : validateIllustration(*e.illustration)) {
            check.add("illustration/" + issue.field, issue.message);
        }
    }
    if (!e.easier.empty() && e.easier == e.harder && e.easier != e.id) {
        check.add("harder",
                  "'" + e.harder + "' cannot be both the easier and the harder neighbour");
    }
    checkConsistency(check, e);
    return issues;
}

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
                {exercises[i].id, "id",
                 "the id '" + exercises[i].id + "' is used by more than one exercise"});
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
                issues.push_back({e.id, field, "no exercise has the id '" + target + "'"});
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
                    issues.push_back({exercises[loop[k]].id, field,
                                      "the " + field + " chain loops back on itself: " +
                                          describeLoop(ids, loop.size())});
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
                    issues.push_back({e.id, field,
                                      "'" + exercises[target].id +
                                          "' ends up both above and below this exercise: the "
                                          "easier and harder links of " +
                                          list + " contradict each other"});
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
