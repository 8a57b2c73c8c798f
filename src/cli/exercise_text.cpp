#include "exercise_text.h"

#include <glidepath/core/load.h>

#include <algorithm>
#include <array>
#include <ostream>

namespace glidepath::cli {

namespace {

template <typename E> std::string wordList(const std::vector<E>& values)
{
    std::string text;
    for (const E value : values) {
        if (!text.empty()) {
            text += ", ";
        }
        text += words(core::toString(value));
    }
    return text;
}

std::string padded(const std::string& text, std::size_t width)
{
    const std::size_t shown = displayWidth(text);
    return shown >= width ? text : text + std::string(width - shown, ' ');
}

// Breaks text into lines of at most width characters at spaces; every line after the first
// starts with indent.
std::string wrapped(std::string_view text, std::size_t width, std::string_view indent)
{
    std::string result;
    std::size_t lineWidth = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const std::string_view word = text.substr(start, end - start);
        const std::size_t wordWidth = displayWidth(word);
        if (lineWidth > 0 && lineWidth + 1 + wordWidth > width) {
            result += "\n";
            result += indent;
            lineWidth = 0;
        } else if (lineWidth > 0) {
            result += ' ';
            ++lineWidth;
        }
        result += word;
        lineWidth += wordWidth;
        start = end + 1;
    }
    return result;
}

constexpr std::size_t kTextWidth = 78;

} // namespace

std::size_t displayWidth(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string words(std::string_view name)
{
    std::string text(name);
    std::replace(text.begin(), text.end(), '_', ' ');
    return text;
}

std::string doseText(const core::Dose& dose)
{
    std::string text = std::to_string(dose.sets) + " × ";
    if (dose.reps > 0) {
        text += std::to_string(dose.reps);
        if (dose.holdSeconds > 0) {
            text += ", " + std::to_string(dose.holdSeconds) + " s hold";
        }
    } else {
        text += std::to_string(dose.holdSeconds) + " s hold";
    }
    if (!dose.tempo.empty()) {
        text += ", tempo " + dose.tempo;
    }
    if (dose.restSeconds > 0) {
        text += ", rest " + std::to_string(dose.restSeconds) + " s";
    }
    if (const std::string load = core::describeLoad(dose.loadKind, dose.loadLevel); !load.empty()) {
        text += ", " + load;
    }
    return text;
}

std::string doseLimitsText(const core::DoseLimits& limits)
{
    const auto range = [](int low, int high) {
        return low == high ? std::to_string(low) : std::to_string(low) + "-" + std::to_string(high);
    };
    std::string text = "sets " + range(limits.minSets, limits.maxSets);
    if (limits.maxReps > 0) {
        text += ", reps " + range(limits.minReps, limits.maxReps);
    }
    if (limits.maxHoldSeconds > 0) {
        text += ", hold " + range(limits.minHoldSeconds, limits.maxHoldSeconds) + " s";
    }
    return text;
}

std::string phasesText(const core::Exercise& exercise)
{
    if (exercise.phaseMin == exercise.phaseMax) {
        return std::to_string(exercise.phaseMin);
    }
    return std::to_string(exercise.phaseMin) + "-" + std::to_string(exercise.phaseMax);
}

void printExerciseTable(std::ostream& out, const std::vector<core::Exercise>& exercises)
{
    using Row = std::array<std::string, 7>;
    std::vector<Row> rows;
    rows.push_back({"Name", "ID", "Category", "Phases", "Knee flexion", "Impact", "Equipment"});
    for (const core::Exercise& e : exercises) {
        rows.push_back({e.hidden ? e.name + " (hidden)" : e.name, e.id,
                        words(core::toString(e.category)), phasesText(e),
                        words(core::toString(e.kneeFlexion)), words(core::toString(e.impact)),
                        e.equipment.empty() ? "none" : wordList(e.equipment)});
    }
    std::array<std::size_t, 7> width{};
    for (const Row& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            width[c] = std::max(width[c], displayWidth(row[c]));
        }
    }
    const auto printRow = [&](const Row& row) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            line += c + 1 == row.size() ? row[c] : padded(row[c], width[c]) + "  ";
        }
        out << line << "\n";
    };
    printRow(rows.front());
    Row rule;
    for (std::size_t c = 0; c < rule.size(); ++c) {
        rule[c] = std::string(width[c], '-');
    }
    printRow(rule);
    std::for_each(rows.begin() + 1, rows.end(), printRow);
}

void printExerciseDetails(std::ostream& out, const core::Exercise& e,
                          const std::function<std::string(const std::string&)>& nameOf)
{
    const auto neighbour = [&](const std::string& id) -> std::string {
        if (id.empty()) {
            return "none";
        }
        const std::string name = nameOf(id);
        return name.empty() ? id : name + " (" + id + ")";
    };
    std::string muscles;
    for (std::size_t i = 0; i < e.muscles.size(); ++i) {
        muscles +=
            (i > 0 ? ", " : "") + words(core::toString(e.muscles[i])) + (i == 0 ? " (main)" : "");
    }
    const std::string_view indent = "                ";
    const auto field = [&](std::string_view label, const std::string& value) {
        out << padded(std::string(label) + ":", indent.size())
            << wrapped(value.empty() ? "none" : value, kTextWidth - indent.size(), indent) << "\n";
    };

    out << e.name << "  (" << e.id << ")\n";
    std::string kind = e.builtin ? "Built-in exercise" : "Custom exercise";
    if (e.hidden) {
        kind += ", hidden from lists and plans";
    }
    out << kind << "\n\n";
    out << wrapped(e.summary, kTextWidth, "") << "\n\n";
    field("Category", words(core::toString(e.category)));
    field("Phases", phasesText(e));
    field("Position", words(core::toString(e.position)));
    field("Regions", wordList(e.regions));
    field("Muscles", muscles);
    field("Knee flexion", words(core::toString(e.kneeFlexion)));
    field("Impact", words(core::toString(e.impact)));
    field("Equipment", wordList(e.equipment));
    field("Laterality", words(core::toString(e.laterality)));
    field("Dose", doseText(e.dose));
    field("Dose limits", doseLimitsText(e.limits));
    if (e.dose.loadKind != core::LoadKind::None) {
        const std::string start = core::describeLoad(e.dose.loadKind, e.dose.loadLevel);
        field("Load", (start.empty() ? "none" : start) + ", up to " +
                          core::describeLoad(e.dose.loadKind, e.limits.maxLoadLevel));
    }
    field("Easier", neighbour(e.easier));
    field("Harder", neighbour(e.harder));
    field("Precautions", wordList(e.precautions));
    field("Goals", e.goals.empty() ? "none" : wordList(e.goals));

    out << "\nInstructions:\n";
    for (std::size_t i = 0; i < e.instructions.size(); ++i) {
        const std::string number = std::to_string(i + 1) + ". ";
        out << "  " << number
            << wrapped(e.instructions[i], kTextWidth - 2 - number.size(),
                       std::string(2 + number.size(), ' '))
            << "\n";
    }
    out << "\nCues:\n";
    for (const std::string& cue : e.cues) {
        out << "  - " << wrapped(cue, kTextWidth - 4, "    ") << "\n";
    }
}

} // namespace glidepath::cli
