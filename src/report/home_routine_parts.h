#pragma once

// The home-routine handout, built from sections that each live in their own file:
// home_routine_cover.cpp (cover and referral), home_routine_safety.cpp (how much
// pain is OK, when to stop), home_routine_exercises.cpp (each exercise once),
// home_routine_days.cpp (the day-by-day table) and home_routine_log.cpp (the tick-box log).
// Routine holds what they share: the data, the style and the week's exercises in order.

#include "document.h"
#include "handout_blocks.h"
#include "render_kit.h"

#include <glidepath/report/handout_renderer.h>

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace glidepath::report::detail {

class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

inline QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

bool isSessionDay(const core::PlanDay& day);
bool sameDose(const core::PlannedExercise& a, const core::PlannedExercise& b);
core::Laterality lateralityOf(const core::Exercise* exercise);

// One exercise of the week, explained once: numbered in the order it first appears.
struct RoutineExercise
{
    int number = 0;
    const core::PlannedExercise* first = nullptr; // its first planned day
    const core::Exercise* exercise = nullptr;     // null: not in the library given
    std::vector<std::size_t> days;                // indexes into plan.days
    bool sameDoseAllWeek = true;
};

class Routine
{
public:
    Routine(const HandoutData& data, const HandoutOptions& options, const Style& style,
            QSizeF contentSize);

    const HandoutData& data() const { return m_data; }
    const HandoutOptions& options() const { return m_options; }
    const Style& style() const { return m_style; }
    const ExerciseIndex& index() const { return m_index; }
    const std::vector<RoutineExercise>& exercises() const { return m_exercises; }
    const RoutineExercise* find(const std::string& id) const;
    int sessionCount() const;
    QSizeF contentSize() const { return m_contentSize; }

    QString displayName() const;
    QString weekRange() const;
    QString footer() const;
    QString exerciseName(const RoutineExercise& entry) const;

private:
    const HandoutData& m_data;
    const HandoutOptions& m_options;
    const Style& m_style;
    ExerciseIndex m_index;
    std::vector<RoutineExercise> m_exercises;
    QSizeF m_contentSize;
};

// Bookmark titles, shared with the tests.
QString coverBookmark();
QString exercisesBookmark();
QString logBookmark();

// One zone of the 0-10 pain scale (0 green, 1 amber, 2 red): told apart by pattern as well as
// colour, so it survives a greyscale printer. unit: device units per point.
void paintZone(QPainter& p, const QRectF& cell, int zone, double unit);

// The cover's safety guide (home_routine_safety.cpp), as parts of panels that may continue on
// the next page between two parts; width: the width the panel is laid out at.
std::vector<DrawFn> painGuideParts(const Routine& routine, double width);
std::vector<DrawFn> stopAndEaseOffParts(const Routine& routine);
double drawDisclaimer(QPainter* p, const QRectF& area, const Routine& routine);

void addCover(PageLayout& layout, const Routine& routine);
void addReferral(PageLayout& layout, const Routine& routine);
void addExercises(PageLayout& layout, const Routine& routine);
void addDayTable(PageLayout& layout, const Routine& routine);
void addLog(PageLayout& layout, const Routine& routine);

} // namespace glidepath::report::detail
