// What an exercise card says: its dose, rest and side, days, kit, the easier version and extra
// care, in the client's words. home_routine_card.cpp lays them out.

#include "home_routine_card.h"

#include <glidepath/report/handout_text.h>

#include <algorithm>

namespace glidepath::report::detail {

namespace {

// The tempo after a "·": only its first letter lowered, so German nouns keep their capital
// ("hoch 2 s, Pause 1 s, runter 2 s", not "pause").
QString tempoInSentence(const std::string& tempo)
{
    QString text = tempoInWords(tempo);
    if (!text.isEmpty()) {
        text[0] = text[0].toLower();
    }
    return text;
}

} // namespace

QString daysText(const Routine& r, const RoutineExercise& entry)
{
    QStringList names;
    for (std::size_t d : entry.days) {
        names << weekdayName(r.data().plan.days[d].date);
    }
    if (names.size() == 1) {
        return names.front();
    }
    const QString last = names.takeLast();
    return Handout::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

// What to do, in one short line: sets, reps or hold (or how long to walk), tempo. Rest and side go
// in the details.
QString doseCore(const core::PlannedExercise& planned, TimedWork timed)
{
    QString line = workText(planned, timed);
    if (const QString load = loadText(planned.loadKind, planned.loadLevel); !load.isEmpty()) {
        line = Handout::tr("%1 · %2", "dose · load").arg(line, load);
    }
    if (!planned.tempo.empty()) {
        line = Handout::tr("%1 · %2").arg(line, tempoInSentence(planned.tempo));
    }
    return line;
}

QStringList doseParts(const core::PlannedExercise& planned, TimedWork timed)
{
    QStringList parts{workText(planned, timed)};
    if (const QString load = loadText(planned.loadKind, planned.loadLevel); !load.isEmpty()) {
        parts << load;
    }
    if (!planned.tempo.empty()) {
        parts << tempoInSentence(planned.tempo);
    }
    return parts;
}

QString restAndSide(const core::PlannedExercise& planned, core::Laterality laterality,
                    TimedWork timed)
{
    const QString side = sideText(planned.side, laterality);
    if (timed == TimedWork::None || planned.holdSeconds <= 0) {
        return planned.restSeconds > 0 ? Handout::tr("%1 · rest %2 between sets")
                                             .arg(side, durationText(planned.restSeconds))
                                       : side;
    }
    // Timed work rests between walks, runs or rounds, and not at all after a single one.
    const QString rest = restText(planned, timed);
    return rest.isEmpty() ? side : Handout::tr("%1 · %2", "side · rest").arg(side, rest);
}

// The dose, once when it is the same all week, else one line per day. With shared, the parts
// every day has alike (the load, the tempo) leave the day lines and go there, said once.
QStringList doseLines(const Routine& r, const RoutineExercise& entry, QStringList* shared)
{
    const TimedWork timed = timedWork(entry.exercise);
    if (entry.sameDoseAllWeek) {
        return {doseCore(*entry.first, timed)};
    }
    std::vector<std::pair<QString, QStringList>> days; // weekday, dose parts
    for (std::size_t d : entry.days) {
        const core::PlanDay& day = r.data().plan.days[d];
        for (const core::PlannedExercise& planned : day.exercises) {
            if (planned.id == entry.first->id) {
                days.emplace_back(weekdayName(day.date), doseParts(planned, timed));
                break;
            }
        }
    }
    if (shared != nullptr && !days.empty()) {
        // Only the parts after the first (sets × reps stays with its day) can be shared.
        const QStringList& first = days.front().second;
        for (qsizetype i = 1; i < first.size(); ++i) {
            const bool everyDay = std::all_of(days.begin(), days.end(), [&](const auto& day) {
                return day.second.contains(first[i]);
            });
            if (everyDay) {
                *shared << first[i];
            }
        }
        for (auto& day : days) {
            for (const QString& part : *shared) {
                day.second.removeAll(part);
            }
        }
    }
    QStringList lines;
    for (const auto& [weekday, parts] : days) {
        lines << Handout::tr("%1: %2").arg(weekday, parts.join(QStringLiteral(" · ")));
    }
    return lines;
}

QString easierText(const Routine& r, const RoutineExercise& entry)
{
    if (entry.exercise == nullptr || entry.exercise->easier.empty()) {
        return {};
    }
    const core::Exercise* easier = r.index().find(entry.exercise->easier);
    if (easier == nullptr) {
        return {};
    }
    return Handout::tr("Too hard or sore? Do the easier version instead: %1.")
        .arg(qs(easier->name));
}

// The care lines this exercise adds to the general "Stop any exercise if" on the cover.
QStringList extraCare(const Routine& r, const RoutineExercise& entry)
{
    QStringList lines = stopIfLines(entry.exercise, r.data().rules);
    const qsizetype general = stopIfLines(nullptr, r.data().rules).size();
    lines.erase(lines.begin(), lines.begin() + std::min(general, lines.size()));
    return lines;
}

QString kitText(const core::Exercise* exercise)
{
    if (exercise == nullptr) {
        return {};
    }
    QStringList kit;
    for (core::Equipment item : exercise->equipment) {
        if (item != core::Equipment::None) {
            kit << equipmentInSentence(item);
        }
    }
    return kit.isEmpty() ? QString()
                         : Handout::tr("You need: %1").arg(kit.join(QStringLiteral(", ")));
}

} // namespace glidepath::report::detail
