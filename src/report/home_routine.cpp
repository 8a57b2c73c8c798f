// The client's home-routine handout: a cover, each exercise explained once, a day-by-day table of
// what to do when, and the tick-box log. The sections live in home_routine_*.cpp.

#include "home_routine_card.h"
#include "home_routine_parts.h"

#include <glidepath/report/handout_text.h>

#include <QPagedPaintDevice>

#include <algorithm>

namespace glidepath::report {

namespace detail {

bool isSessionDay(const core::PlanDay& day)
{
    return day.kind != core::DayKind::Rest && !day.exercises.empty();
}

bool sameDose(const core::PlannedExercise& a, const core::PlannedExercise& b)
{
    return a.sets == b.sets && a.reps == b.reps && a.holdSeconds == b.holdSeconds &&
           a.tempo == b.tempo && a.restSeconds == b.restSeconds && a.side == b.side &&
           a.loadKind == b.loadKind && a.loadLevel == b.loadLevel;
}

core::Laterality lateralityOf(const core::Exercise* exercise)
{
    return exercise != nullptr ? exercise->laterality : core::Laterality::Bilateral;
}

QString coverBookmark()
{
    return Handout::tr("This week");
}

QString exercisesBookmark()
{
    return Handout::tr("Your exercises");
}

QString logBookmark()
{
    return Handout::tr("Weekly log");
}

Routine::Routine(const HandoutData& data, const HandoutOptions& options, const Style& style,
                 QSizeF contentSize)
    : m_data(data), m_options(options), m_style(style), m_index(data.exercises),
      m_contentSize(contentSize)
{
    const auto& days = m_data.plan.days;
    for (std::size_t d = 0; d < days.size(); ++d) {
        if (!isSessionDay(days[d])) {
            continue;
        }
        for (const core::PlannedExercise& planned : days[d].exercises) {
            auto found = std::find_if(
                m_exercises.begin(), m_exercises.end(),
                [&](const RoutineExercise& entry) { return entry.first->id == planned.id; });
            if (found == m_exercises.end()) {
                RoutineExercise entry;
                entry.number = static_cast<int>(m_exercises.size()) + 1;
                entry.first = &planned;
                entry.exercise = m_index.find(planned.id);
                m_exercises.push_back(entry);
                found = m_exercises.end() - 1;
            } else if (!sameDose(*found->first, planned)) {
                found->sameDoseAllWeek = false;
            }
            if (found->days.empty() || found->days.back() != d) {
                found->days.push_back(d);
            }
        }
    }
}

const RoutineExercise* Routine::find(const std::string& id) const
{
    const auto found =
        std::find_if(m_exercises.begin(), m_exercises.end(),
                     [&](const RoutineExercise& entry) { return entry.first->id == id; });
    return found == m_exercises.end() ? nullptr : &*found;
}

int Routine::sessionCount() const
{
    const auto& days = m_data.plan.days;
    return static_cast<int>(std::count_if(days.begin(), days.end(), isSessionDay));
}

QString Routine::displayName() const
{
    const QString name = clientName(m_data, m_options);
    return name.isEmpty() ? Handout::tr("My routine") : name;
}

QString Routine::weekRange() const
{
    const auto& days = m_data.plan.days;
    const core::Date first = days.empty() ? m_data.plan.weekStart : days.front().date;
    const core::Date last =
        days.empty() ? m_data.plan.weekStart + std::chrono::days{6} : days.back().date;
    return dateRange(first, last);
}

QString Routine::footer() const
{
    return Handout::tr("%1 · Home routine · %2").arg(displayName(), weekRange());
}

QString Routine::exerciseName(const RoutineExercise& entry) const
{
    if (!entry.first->name.empty()) {
        return qs(entry.first->name);
    }
    return entry.exercise != nullptr ? qs(entry.exercise->name) : qs(entry.first->id);
}

} // namespace detail

namespace {

void buildHomeRoutine(PageLayout& layout, const detail::Routine& routine)
{
    if (routine.data().plan.decision.action == core::Action::Refer) {
        detail::addReferral(layout, routine);
        return;
    }
    // The day table is part of the cover: what this week is and what to do on which day.
    detail::addCover(layout, routine);
    detail::addExercises(layout, routine);
    if (routine.options().includeLog) {
        detail::addLog(layout, routine);
    }
}

} // namespace

namespace detail {

namespace {

// 10 pt body rather than the summary's 10.5 lets a typical week fit four pages; below 9.5 pt
// many patients read with difficulty.
constexpr double kHandoutBodyPoints = 10.0;

} // namespace

LaidOutPages layOutHomeRoutine(QPagedPaintDevice& device, const HandoutData& data,
                               const HandoutOptions& options)
{
    requireGuiApplication("layOutHomeRoutine");
    const Style style(device, options, kHandoutBodyPoints);
    PageLayout layout(contentSize(device, style));
    const Routine routine(data, options, style, contentSize(device, style));
    buildHomeRoutine(layout, routine);
    layout.paginate();
    return {pageContents(layout), style.lineHeight(style.font(TextRole::Body)),
            contentSize(device, style).height()};
}

std::vector<std::pair<std::string, std::vector<CardTextFit>>>
homeRoutineCardTexts(QPagedPaintDevice& device, const HandoutData& data,
                     const HandoutOptions& options)
{
    requireGuiApplication("homeRoutineCardTexts");
    const Style style(device, options, kHandoutBodyPoints);
    const Routine routine(data, options, style, contentSize(device, style));
    const double width = exerciseCardWidth(routine);
    std::vector<std::pair<std::string, std::vector<CardTextFit>>> cards;
    for (const RoutineExercise& entry : routine.exercises()) {
        cards.emplace_back(entry.first->id, cardTextFits(routine, entry, width));
    }
    return cards;
}

int renderHomeRoutineWithOutline(QPagedPaintDevice& device, const HandoutData& data,
                                 const HandoutOptions& options, std::vector<OutlineEntry>* outline)
{
    requireGuiApplication("renderHomeRoutine");
    const Style style(device, options, kHandoutBodyPoints);
    PageLayout layout(contentSize(device, style));
    const Routine routine(data, options, style, contentSize(device, style));
    buildHomeRoutine(layout, routine);
    const int pages = paintDocument(device, layout, style, routine.footer());
    if (outline != nullptr) {
        *outline = outlineOf(layout);
    }
    return pages;
}

} // namespace detail

int renderHomeRoutine(QPagedPaintDevice& device, const HandoutData& data,
                      const HandoutOptions& options)
{
    return detail::renderHomeRoutineWithOutline(device, data, options, nullptr);
}

} // namespace glidepath::report
