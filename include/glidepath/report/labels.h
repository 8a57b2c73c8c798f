#pragma once

#include <glidepath/core/client.h>
#include <glidepath/core/plan.h>
#include <glidepath/core/vocabulary.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace glidepath::report {

// Readable, translatable names for every vocabulary value ("Side-lying", "Motor control").
// The snake_case names in core are for files; people read these. They live in report, below the
// UI, so that the app and the CLI name things with the same words in every language.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString of(core::Category value);
    static QString of(core::Position value);
    static QString of(core::Region value);
    static QString of(core::Muscle value);
    static QString of(core::KneeFlexion value);
    static QString of(core::Impact value);
    static QString of(core::Equipment value);
    static QString of(core::Laterality value);
    static QString of(core::Precaution value);
    static QString of(core::Condition value);
    static QString of(core::Side value);
    static QString of(core::Goal value);
    static QString of(core::LoadKind value);
    static QString of(core::NextMorning value);
    static QString of(core::Swelling value);
    static QString of(core::Difficulty value);
    static QString of(core::Action value);
    static QString of(core::Light value);
    static QString of(core::DayKind value);
    static QString of(core::WorkSide value);

    // "Phases 1-3" style text for a phase range.
    static QString phases(int phaseMin, int phaseMax);
    // Longer explanations, for tooltips.
    static QString describe(core::KneeFlexion value);
    static QString describe(core::Precaution value);

    // Date patterns for QLocale::toString and date edits. Translatable because the order and
    // punctuation differ by language ("5 Mar 2025", "5. März 2025"); QLocale gives the names.
    enum class DateStyle
    {
        DayMonth,           // 5 Mar
        WeekdayDayMonth,    // Wed 5 Mar
        DayMonthYear,       // 5 Mar 2025
        WeekdayDate,        // Wed 5 Mar 2025
        LongDate,           // 5 March 2025
        DateTime,           // 5 Mar 2025, 14:30
        LongWeekdayDateTime // Wednesday 5 March 2025, 14:30
    };
    static QString dateFormat(DateStyle style);
};

template <typename E> QString label(E value)
{
    return Labels::of(value);
}

// Labels of several values, joined with ", " ("Mat, Band").
template <typename E> QString joinLabels(const std::vector<E>& values)
{
    QStringList parts;
    for (const E& value : values) {
        parts << Labels::of(value);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace glidepath::report
