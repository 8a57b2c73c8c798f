#include "exercise_text.h"

#include "cli_language.h"
#include "cli_text.h"

#include <glidepath/core/load.h>
#include <glidepath/io/library_format.h>
#include <glidepath/report/handout_text.h>
#include <glidepath/report/labels.h>

#include <algorithm>
#include <array>
#include <ostream>

namespace glidepath::cli {

namespace {

// Vocabulary values in the words the app uses, in the CLI's language ("Side-lying").
template <typename E> std::string label(E value)
{
    return utf8(report::Labels::of(value));
}

template <typename E> std::string wordList(const std::vector<E>& values)
{
    return utf8(report::joinLabels(values));
}

std::string none()
{
    return utf8(CliText::tr("none"));
}

// A built-in exercise in the CLI's language (names, summary, steps, cues); a user's own as
// written.
core::Exercise localized(const core::Exercise& exercise)
{
    return exercise.builtin && language() != "en"
               ? io::builtinLibrary().localized(exercise, language())
               : exercise;
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

std::string doseText(const core::Dose& dose, core::Timing timing)
{
    // Movement kept up is no hold: "1 × 60 s moving" (the Hundred), "1 × 6, 60 s moving each".
    const bool moving = timing == core::Timing::Continuous;
    QString text = QStringLiteral("%1 × ").arg(dose.sets);
    if (dose.reps > 0) {
        text += QString::number(dose.reps);
        if (dose.holdSeconds > 0) {
            text += moving ? CliText::tr(", %1 s moving each").arg(dose.holdSeconds)
                           : CliText::tr(", %1 s hold").arg(dose.holdSeconds);
        }
    } else {
        text += moving ? CliText::tr("%1 s moving").arg(dose.holdSeconds)
                       : CliText::tr("%1 s hold").arg(dose.holdSeconds);
    }
    if (!dose.tempo.empty()) {
        text += CliText::tr(", tempo %1").arg(qs(dose.tempo));
    }
    if (dose.restSeconds > 0) {
        text += CliText::tr(", rest %1 s").arg(dose.restSeconds);
    }
    if (const QString load = report::loadText(dose.loadKind, dose.loadLevel); !load.isEmpty()) {
        text += QStringLiteral(", ") + load;
    }
    return utf8(text);
}

std::string doseLimitsText(const core::DoseLimits& limits)
{
    const auto range = [](int low, int high) {
        return low == high ? QString::number(low) : QStringLiteral("%1-%2").arg(low).arg(high);
    };
    QString text = CliText::tr("sets %1").arg(range(limits.minSets, limits.maxSets));
    if (limits.maxReps > 0) {
        text += CliText::tr(", reps %1").arg(range(limits.minReps, limits.maxReps));
    }
    if (limits.maxHoldSeconds > 0) {
        text += CliText::tr(", hold %1 s").arg(range(limits.minHoldSeconds, limits.maxHoldSeconds));
    }
    return utf8(text);
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
    rows.push_back({utf8(CliText::tr("Name")), utf8(CliText::tr("ID")),
                    utf8(CliText::tr("Category")), utf8(CliText::tr("Phases")),
                    utf8(CliText::tr("Knee flexion")), utf8(CliText::tr("Impact")),
                    utf8(CliText::tr("Equipment"))});
    const std::string hidden = utf8(CliText::tr(" (hidden)"));
    for (const core::Exercise& original : exercises) {
        const core::Exercise e = localized(original);
        rows.push_back({e.hidden ? e.name + hidden : e.name, e.id, label(e.category), phasesText(e),
                        label(e.kneeFlexion), label(e.impact),
                        e.equipment.empty() ? none() : wordList(e.equipment)});
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

void printExerciseDetails(std::ostream& out, const core::Exercise& original,
                          const std::function<std::string(const std::string&)>& nameOf)
{
    const core::Exercise e = localized(original);
    const auto neighbour = [&](const std::string& id) -> std::string {
        if (id.empty()) {
            return none();
        }
        const std::string name = utf8(
            QString::fromStdString(io::builtinLibrary().localizedName(id, nameOf(id), language())));
        return name.empty() ? id : name + " (" + id + ")";
    };
    std::string muscles;
    for (std::size_t i = 0; i < e.muscles.size(); ++i) {
        muscles += (i > 0 ? ", " : "") +
                   (i == 0 ? utf8(CliText::tr("%1 (main)").arg(report::Labels::of(e.muscles[i])))
                           : label(e.muscles[i]));
    }
    // Labels are padded to the widest, so that the values line up in every language.
    const std::vector<QString> labels{
        CliText::tr("Category"), CliText::tr("Phases"),      CliText::tr("Position"),
        CliText::tr("Regions"),  CliText::tr("Muscles"),     CliText::tr("Knee flexion"),
        CliText::tr("Impact"),   CliText::tr("Equipment"),   CliText::tr("Laterality"),
        CliText::tr("Dose"),     CliText::tr("Dose limits"), CliText::tr("Load"),
        CliText::tr("Easier"),   CliText::tr("Harder"),      CliText::tr("Precautions"),
        CliText::tr("Goals")};
    std::size_t widest = 0;
    for (const QString& text : labels) {
        widest = std::max(widest, displayWidth(utf8(text)));
    }
    const std::string indent(std::max<std::size_t>(16, widest + 2), ' ');
    const auto field = [&](const QString& name, const std::string& value) {
        out << padded(utf8(name) + ":", indent.size())
            << wrapped(value.empty() ? none() : value, kTextWidth - indent.size(), indent) << "\n";
    };

    out << e.name << "  (" << e.id << ")\n";
    QString kind = e.builtin ? CliText::tr("Built-in exercise") : CliText::tr("Custom exercise");
    if (e.hidden) {
        kind += CliText::tr(", hidden from lists and plans");
    }
    out << utf8(kind) << "\n\n";
    out << wrapped(e.summary, kTextWidth, "") << "\n\n";
    field(labels[0], label(e.category));
    field(labels[1], phasesText(e));
    field(labels[2], label(e.position));
    field(labels[3], wordList(e.regions));
    field(labels[4], muscles);
    field(labels[5], label(e.kneeFlexion));
    field(labels[6], label(e.impact));
    field(labels[7], wordList(e.equipment));
    field(labels[8], label(e.laterality));
    field(labels[9], doseText(e.dose, e.category == core::Category::Gait ? core::Timing::Continuous
                                                                         : e.timing));
    field(labels[10], doseLimitsText(e.limits));
    if (e.dose.loadKind != core::LoadKind::None) {
        const QString start = report::loadText(e.dose.loadKind, e.dose.loadLevel);
        field(labels[11], utf8(CliText::tr("%1, up to %2")
                                   .arg(start.isEmpty() ? CliText::tr("none") : start,
                                        report::loadText(e.dose.loadKind, e.limits.maxLoadLevel))));
    }
    field(labels[12], neighbour(e.easier));
    field(labels[13], neighbour(e.harder));
    field(labels[14], wordList(e.precautions));
    field(labels[15], wordList(e.goals));

    out << "\n" << utf8(CliText::tr("Instructions:")) << "\n";
    for (std::size_t i = 0; i < e.instructions.size(); ++i) {
        const std::string number = std::to_string(i + 1) + ". ";
        out << "  " << number
            << wrapped(e.instructions[i], kTextWidth - 2 - number.size(),
                       std::string(2 + number.size(), ' '))
            << "\n";
    }
    out << "\n" << utf8(CliText::tr("Cues:")) << "\n";
    for (const std::string& cue : e.cues) {
        out << "  - " << wrapped(cue, kTextWidth - 4, "    ") << "\n";
    }
}

} // namespace glidepath::cli
