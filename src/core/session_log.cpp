#include "validation_checker.h"

#include <glidepath/core/plan.h>
#include <glidepath/core/session_log.h>
#include <glidepath/core/validation.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace glidepath::core {

namespace {

bool isBlank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

void checkRange(std::vector<FieldIssue>& issues, const std::string& field, int value, int low,
                int high)
{
    if (value < low || value > high) {
        issues.push_back(
            fieldIssue(field, "value.range",
                       {std::to_string(low), std::to_string(high), std::to_string(value)}));
    }
}

std::string lowerAscii(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](char c) {
        return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return text;
}

// Leading and trailing blanks do not make two activities different.
std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

void validateEntry(std::vector<FieldIssue>& issues, const std::string& field,
                   const LoggedExercise& entry)
{
    if (!isValidSlug(entry.exerciseId)) {
        issues.push_back(fieldIssue(field + "/exercise", "log.exercise_id", {entry.exerciseId}));
    }
    if (toString(entry.status).empty()) {
        issues.push_back(
            fieldIssue(field + "/status", "value.unknown", detail::enumNames<LogStatus>()));
        return;
    }
    checkRange(issues, field + "/sets_done", entry.setsDone, 0, kMaxLoggedSets);
    checkRange(issues, field + "/sets_planned", entry.setsPlanned, 0, kMaxLoggedSets);
    if (entry.painDuring) {
        checkRange(issues, field + "/pain", *entry.painDuring, 0, 10);
    }
    if (entry.difficulty && toString(*entry.difficulty).empty()) {
        issues.push_back(
            fieldIssue(field + "/difficulty", "value.unknown", detail::enumNames<Difficulty>()));
    }
    switch (entry.status) {
    case LogStatus::Skipped:
        if (entry.setsDone != 0) {
            issues.push_back(fieldIssue(field + "/sets_done", "log.skipped_sets"));
        }
        if (entry.painDuring) {
            issues.push_back(fieldIssue(field + "/pain", "log.skipped_pain"));
        }
        if (entry.difficulty) {
            issues.push_back(fieldIssue(field + "/difficulty", "log.skipped_difficulty"));
        }
        break;
    case LogStatus::Done:
        if (entry.setsDone < 1) {
            issues.push_back(fieldIssue(field + "/sets_done", "log.done_no_sets"));
        } else if (entry.setsPlanned > 0 && entry.setsDone < entry.setsPlanned) {
            issues.push_back(
                fieldIssue(field + "/sets_done", "log.done_short",
                           {std::to_string(entry.setsDone), std::to_string(entry.setsPlanned)}));
        }
        break;
    case LogStatus::Partly:
        if (entry.setsDone < 1) {
            issues.push_back(fieldIssue(field + "/sets_done", "log.partly_no_sets"));
        } else if (entry.setsPlanned > 0 && entry.setsDone >= entry.setsPlanned) {
            issues.push_back(fieldIssue(field + "/sets_done", "log.partly_all",
                                        {std::to_string(entry.setsPlanned)}));
        }
        break;
    }
}

template <typename Visit>
void forEachLogIn(std::span<const SessionLog> logs, Week week, Visit visit)
{
    for (const SessionLog& log : logs) {
        if (week.contains(log.date)) {
            visit(log);
        }
    }
}

double entryCredit(const LoggedExercise& entry)
{
    switch (entry.status) {
    case LogStatus::Done:
        return 1.0;
    case LogStatus::Skipped:
        return 0.0;
    case LogStatus::Partly:
        if (entry.setsPlanned > 0) {
            // Partly is by definition short of the plan, whatever the sets say.
            return std::min(0.9, static_cast<double>(entry.setsDone) / entry.setsPlanned);
        }
        return 0.5;
    }
    return 0.0;
}

} // namespace

std::vector<FieldIssue> validateSessionLog(const SessionLog& log)
{
    std::vector<FieldIssue> issues;
    if (log.entries.empty()) {
        issues.push_back(fieldIssue("entries", "log.empty"));
    }
    for (std::size_t i = 0; i < log.entries.size(); ++i) {
        const std::string field = "entries/" + std::to_string(i);
        validateEntry(issues, field, log.entries[i]);
        for (std::size_t j = 0; j < i; ++j) {
            if (log.entries[j].exerciseId == log.entries[i].exerciseId) {
                issues.push_back(
                    fieldIssue(field + "/exercise", "log.twice", {log.entries[i].exerciseId}));
                break;
            }
        }
    }
    if (log.sessionPain) {
        checkRange(issues, "session_pain", *log.sessionPain, 0, 10);
    }
    if (log.plannedDate) {
        const auto shift = std::abs((log.date - *log.plannedDate).count());
        if (shift > kMaxPlannedDateShiftDays) {
            issues.push_back(
                fieldIssue("planned_date", "log.planned_date",
                           {toIsoString(*log.plannedDate), std::to_string(shift),
                            toIsoString(log.date), std::to_string(kMaxPlannedDateShiftDays)}));
        }
    }
    if (auto problem =
            detail::controlCharacterIssue("note", log.note, TextLines::Many, "the note")) {
        issues.push_back(std::move(*problem));
    }
    if (log.note.size() > kMaxLogNoteBytes) {
        issues.push_back(fieldIssue("note", "text.too_many_bytes",
                                    {"the note", std::to_string(kMaxLogNoteBytes)}));
    }
    return issues;
}

std::vector<FieldIssue> validatePsfs(const PsfsAssessment& assessment)
{
    std::vector<FieldIssue> issues;
    const auto count = assessment.items.size();
    if (count < kMinPsfsItems || count > kMaxPsfsItems) {
        issues.push_back(fieldIssue(
            "items", "psfs.count",
            {std::to_string(kMinPsfsItems), std::to_string(kMaxPsfsItems), std::to_string(count)}));
    }
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < count; ++i) {
        const auto& item = assessment.items[i];
        const std::string field = "items/" + std::to_string(i);
        const std::string key = lowerAscii(trimmed(item.activity));
        if (auto problem = detail::controlCharacterIssue(field + "/activity", item.activity,
                                                         TextLines::One, "the activity")) {
            issues.push_back(std::move(*problem));
        } else if (isBlank(item.activity)) {
            issues.push_back(fieldIssue(field + "/activity", "psfs.activity_empty"));
        } else if (item.activity.size() > kMaxPsfsActivityBytes) {
            issues.push_back(fieldIssue(field + "/activity", "text.too_many_bytes",
                                        {"the activity", std::to_string(kMaxPsfsActivityBytes)}));
        } else if (contains(seen, key)) {
            issues.push_back(
                fieldIssue(field + "/activity", "list.twice", {trimmed(item.activity)}));
        }
        seen.push_back(key);
        checkRange(issues, field + "/score", item.score, 0, 10);
    }
    return issues;
}

double sessionCredit(const SessionLog& log)
{
    if (log.entries.empty()) {
        return 0.0;
    }
    double sum = 0.0;
    for (const auto& entry : log.entries) {
        sum += entryCredit(entry);
    }
    return sum / static_cast<double>(log.entries.size());
}

std::optional<double> weekAdherence(std::span<const SessionLog> logs, Week week,
                                    int plannedSessions)
{
    if (plannedSessions < 1) {
        return std::nullopt;
    }
    bool any = false;
    double credit = 0.0;
    forEachLogIn(logs, week, [&](const SessionLog& log) {
        any = true;
        credit += sessionCredit(log);
    });
    if (!any) {
        return std::nullopt;
    }
    return std::min(1.0, credit / plannedSessions);
}

std::map<std::string, int> loggedExercisePain(std::span<const SessionLog> logs, Week week)
{
    std::map<std::string, int> pain;
    forEachLogIn(logs, week, [&](const SessionLog& log) {
        for (const auto& entry : log.entries) {
            if (entry.painDuring) {
                auto [it, inserted] = pain.emplace(entry.exerciseId, *entry.painDuring);
                if (!inserted) {
                    it->second = std::max(it->second, *entry.painDuring);
                }
            }
        }
    });
    return pain;
}

std::map<std::string, int> painfulExercises(std::span<const SessionLog> logs, Week week,
                                            int painAbove)
{
    auto pain = loggedExercisePain(logs, week);
    std::erase_if(pain, [painAbove](const auto& item) { return item.second <= painAbove; });
    return pain;
}

std::set<std::string> skippedExercises(std::span<const SessionLog> logs, Week week)
{
    std::set<std::string> skipped;
    forEachLogIn(logs, week, [&](const SessionLog& log) {
        for (const auto& entry : log.entries) {
            if (entry.status == LogStatus::Skipped) {
                skipped.insert(entry.exerciseId);
            }
        }
    });
    return skipped;
}

std::vector<const SessionLog*> worseNextMornings(std::span<const SessionLog> logs, Week week)
{
    std::vector<const SessionLog*> worse;
    forEachLogIn(logs, week, [&](const SessionLog& log) {
        if (log.worseNextMorning.value_or(false)) {
            worse.push_back(&log);
        }
    });
    std::stable_sort(worse.begin(), worse.end(),
                     [](const SessionLog* a, const SessionLog* b) { return a->date < b->date; });
    return worse;
}

std::optional<int> worstLoggedPain(std::span<const SessionLog> logs, Week week)
{
    std::optional<int> worst;
    const auto take = [&worst](std::optional<int> pain) {
        if (pain && (!worst || *pain > *worst)) {
            worst = pain;
        }
    };
    forEachLogIn(logs, week, [&](const SessionLog& log) {
        take(log.sessionPain);
        for (const auto& entry : log.entries) {
            take(entry.painDuring);
        }
    });
    return worst;
}

int plannedSessions(const Plan& plan)
{
    return static_cast<int>(
        std::count_if(plan.days.begin(), plan.days.end(), [](const PlanDay& day) {
            return day.kind != DayKind::Rest && !day.exercises.empty();
        }));
}

MeaningfulChange meaningfulChangeFor(const ClientProfile& profile)
{
    MeaningfulChange thresholds;
    if (contains(profile.conditions, Condition::PatellofemoralPain)) {
        thresholds.nprsPoints = 1.16; // Piva 2009, in patellofemoral pain
    }
    return thresholds;
}

ScoreChange nprsChange(int baseline, int current, const MeaningfulChange& thresholds)
{
    ScoreChange out;
    out.baseline = baseline;
    out.current = current;
    out.change = static_cast<double>(current - baseline);
    const double size = std::abs(out.change);
    // A tiny epsilon so that exactly 2 points or exactly 30 % counts despite rounding.
    constexpr double kEpsilon = 1e-9;
    out.meaningful = size > 0.0 && (size + kEpsilon >= thresholds.nprsPoints ||
                                    (thresholds.nprsShare > 0.0 && baseline > 0 &&
                                     size / baseline + kEpsilon >= thresholds.nprsShare));
    out.improved = out.meaningful && out.change < 0;
    out.worse = out.meaningful && out.change > 0;
    return out;
}

std::optional<double> psfsAverage(const PsfsAssessment& assessment)
{
    if (assessment.items.empty()) {
        return std::nullopt;
    }
    const int sum =
        std::accumulate(assessment.items.begin(), assessment.items.end(), 0,
                        [](int total, const PsfsItem& item) { return total + item.score; });
    return static_cast<double>(sum) / static_cast<double>(assessment.items.size());
}

std::optional<ScoreChange> psfsChange(const PsfsAssessment& baseline, const PsfsAssessment& current,
                                      const MeaningfulChange& thresholds)
{
    const auto before = psfsAverage(baseline);
    const auto after = psfsAverage(current);
    if (!before || !after) {
        return std::nullopt;
    }
    ScoreChange out;
    out.baseline = *before;
    out.current = *after;
    out.change = *after - *before;
    constexpr double kEpsilon = 1e-9;
    out.meaningful =
        std::abs(out.change) > 0.0 && std::abs(out.change) + kEpsilon >= thresholds.psfsPoints;
    out.improved = out.meaningful && out.change > 0;
    out.worse = out.meaningful && out.change < 0;
    return out;
}

Date psfsDueDate(std::span<const PsfsAssessment> assessments, Date today, int intervalDays)
{
    if (assessments.empty()) {
        return today;
    }
    const auto latest = std::max_element(
        assessments.begin(), assessments.end(),
        [](const PsfsAssessment& a, const PsfsAssessment& b) { return a.date < b.date; });
    return latest->date + std::chrono::days(intervalDays);
}

} // namespace glidepath::core
