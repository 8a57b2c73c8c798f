#pragma once

// Small helpers for the reason values the engine writes (internal to src/core). Core makes no
// reason sentences: report/reason_text.h turns these values into words. quote() is for the
// validation messages (FieldIssue), which are English developer-facing errors.

#include <glidepath/core/exercise.h>
#include <glidepath/core/reason.h>

#include <string>
#include <string_view>
#include <vector>

namespace glidepath::core::text {

// 'text' in single quotes. Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) about
// "'" + std::string(...).
inline std::string quote(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out += '\'';
    out += text;
    out += '\'';
    return out;
}

// A dose as a list: sets, reps, hold seconds, and the tempo when there is one.
inline ReasonValue dose(const Dose& dose)
{
    std::vector<ReasonValue> items{value::number(dose.sets), value::number(dose.reps),
                                   value::number(dose.holdSeconds)};
    if (!dose.tempo.empty()) {
        items.push_back(value::text(dose.tempo));
    }
    return value::list(std::move(items));
}

// Marks a reason whose doses are time kept moving (timing continuous: the Hundred, kneecap
// glides, the walks), so that its words say "keep moving 40 s → 50 s" and not "hold".
inline void markTiming(Reason& reason, const Exercise& exercise)
{
    if (exercise.timing == Timing::Continuous) {
        reason.values["timing"] = value::word("continuous");
    }
}

inline ReasonValue exercise(const Exercise& exercise, int pain = -1)
{
    return value::exercise(exercise.id, exercise.name, pain);
}

// Adds every value of from to to (an exclusion's values to the reason that names it).
inline void merge(ReasonValues& to, const ReasonValues& from)
{
    for (const auto& [name, v] : from) {
        to[name] = v;
    }
}

} // namespace glidepath::core::text
