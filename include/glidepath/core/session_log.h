#pragma once

// What the client actually did: session logs (one per exercise session, from the handout's paper
// log or typed in after a session) and Patient-Specific Functional Scale assessments. The pure
// functions here turn logs into the numbers the engine and the Progress page need.

#include <glidepath/core/client.h>
#include <glidepath/core/date.h>

#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace glidepath::core {

struct Plan; // plan.h includes this header for PlanRequest::sessionLogs

enum class LogStatus
{
    Done,    // every planned set
    Partly,  // some of it
    Skipped, // not done at all
};

struct LoggedExercise
{
    std::string exerciseId;
    LogStatus status = LogStatus::Done;
    int setsDone = 0;    // 0-20
    int setsPlanned = 0; // copied from the plan when logged; 0 when not known
    // 0-10; nullopt when not recorded (the weekly paper grid has one pain score per session).
    std::optional<int> painDuring;
    std::optional<Difficulty> difficulty;

    bool operator==(const LoggedExercise&) const = default;
};

struct SessionLog
{
    Date date{}; // when the session was done
    // The plan day this session carries out (it may be done a day late); nullopt for a session
    // that was not in the plan.
    std::optional<Date> plannedDate;
    // The worst pain during the session as a whole, 0-10; nullopt when not recorded.
    std::optional<int> sessionPain;
    // Whether the knee was worse the next morning (the paper log's "worse next morning" row):
    // true = worse, false = settled, nullopt = not recorded. A worse morning after a session
    // counts like a check-in's "next morning higher" (log.next_morning).
    std::optional<bool> worseNextMorning;
    std::vector<LoggedExercise> entries; // at least one
    std::string note;

    bool operator==(const SessionLog&) const = default;
};

struct PsfsItem
{
    std::string activity; // in the client's own words, e.g. "Walking down stairs"
    int score = 0;        // 0 = unable, 10 = as before the problem

    bool operator==(const PsfsItem&) const = default;
};

struct PsfsAssessment
{
    Date date{};
    std::vector<PsfsItem> items; // 3-5

    bool operator==(const PsfsAssessment&) const = default;
};

// Limits used by the validation below.
inline constexpr int kMaxLoggedSets = 20;
inline constexpr std::size_t kMaxLogNoteBytes = 2000;
inline constexpr std::size_t kMinPsfsItems = 3;
inline constexpr std::size_t kMaxPsfsItems = 5;
inline constexpr std::size_t kMaxPsfsActivityBytes = 120;
// A session may be done up to this many days before or after the plan day it carries out.
inline constexpr int kMaxPlannedDateShiftDays = 6;

// Every problem with a log, field names in the JSON spelling of the plan-request format
// ("entries/2/sets_done").
//  - at least one entry; exercise ids are valid slugs and not repeated within a session;
//  - sets_done 0-20; a skipped exercise has 0 sets and no pain or difficulty; a done or partly
//    done one has at least 1 set; when sets_planned is known, "done" means sets_done >=
//    sets_planned and "partly" means fewer;
//  - pain (session or exercise) 0-10; planned_date within 6 days of date; note <= 2000 bytes.
std::vector<FieldIssue> validateSessionLog(const SessionLog& log);

// 3-5 items; each activity not blank, <= 120 bytes and not repeated (ASCII case-insensitive);
// each score 0-10.
std::vector<FieldIssue> validatePsfs(const PsfsAssessment& assessment);

// --- logs over a week ----------------------------------------------------------------------

// The seven days [start, start + 7).
struct Week
{
    Date start{};
    bool contains(Date date) const { return date >= start && date < start + std::chrono::days(7); }
};

// How much of one session was done, 0-1: the mean over its entries of done = 1, skipped = 0,
// partly = sets_done / sets_planned when sets_planned is known (capped below 1), else 0.5.
double sessionCredit(const SessionLog& log);

// Sessions done / planned for a week, from the logs dated in it: the sum of sessionCredit over
// those logs divided by plannedSessions, capped at 1 (extra sessions do not make up for skipped
// exercises in another week). nullopt when no log falls in the week or plannedSessions < 1, so
// that the caller can fall back to the check-in's own figure.
std::optional<double> weekAdherence(std::span<const SessionLog> logs, Week week,
                                    int plannedSessions);

// The highest pain logged during each exercise in the week (only entries with a pain score).
std::map<std::string, int> loggedExercisePain(std::span<const SessionLog> logs, Week week);

// Exercises logged in the week with pain during above painAbove, with their highest pain.
std::map<std::string, int> painfulExercises(std::span<const SessionLog> logs, Week week,
                                            int painAbove);

// Exercises skipped at least once in the week. One skip is enough for the engine not to count
// the exercise as progress: the dose that was not done was not tolerated yet.
std::set<std::string> skippedExercises(std::span<const SessionLog> logs, Week week);

// Sessions in the week whose next morning was recorded as worse, oldest first.
std::vector<const SessionLog*> worseNextMornings(std::span<const SessionLog> logs, Week week);

// The worst pain during exercise logged in the week: session pain or any exercise's pain.
std::optional<int> worstLoggedPain(std::span<const SessionLog> logs, Week week);

// Sessions in a plan: its days that are not rest days.
int plannedSessions(const Plan& plan);

// --- outcome measures ----------------------------------------------------------------------

// What counts as a meaningful change. Defaults from clinical-evidence.md: NPRS about 2 points or
// 30 % (Farrar 2001), PSFS about 2 points on the average score. Patellofemoral pain studies put
// the NPRS figure at 1.16 points (Piva 2009); callers pass that when it applies.
struct MeaningfulChange
{
    double nprsPoints = 2.0;
    double nprsShare = 0.30; // of the baseline; 0 turns the share test off
    double psfsPoints = 2.0;

    bool operator==(const MeaningfulChange&) const = default;
};

// The NPRS threshold for a client: the PFP figure (1.16) when patellofemoral pain is one of the
// conditions, else the general one.
MeaningfulChange meaningfulChangeFor(const ClientProfile& profile);

struct ScoreChange
{
    double baseline = 0.0;
    double current = 0.0;
    double change = 0.0; // current - baseline
    bool meaningful = false;
    bool improved = false; // meaningful and in the good direction (less pain, more function)
    bool worse = false;    // meaningful and in the bad direction

    bool operator==(const ScoreChange&) const = default;
};

// NPRS: less is better. Meaningful when the change is at least thresholds.nprsPoints, or at
// least thresholds.nprsShare of a non-zero baseline.
ScoreChange nprsChange(int baseline, int current, const MeaningfulChange& thresholds);

// The mean item score of an assessment; nullopt for one without items.
std::optional<double> psfsAverage(const PsfsAssessment& assessment);

// PSFS: more is better. Compares the averages; meaningful when the change is at least
// thresholds.psfsPoints. nullopt when either assessment has no items.
std::optional<ScoreChange> psfsChange(const PsfsAssessment& baseline, const PsfsAssessment& current,
                                      const MeaningfulChange& thresholds);

// PSFS is repeated every intervalDays (14 by default): the date the next one is due, which is
// today when there is none yet. assessments need not be sorted.
inline constexpr int kPsfsIntervalDays = 14;
Date psfsDueDate(std::span<const PsfsAssessment> assessments, Date today,
                 int intervalDays = kPsfsIntervalDays);

template <> struct EnumNames<LogStatus>
{
    static constexpr std::array<std::pair<LogStatus, std::string_view>, 3> table{{
        {LogStatus::Done, "done"},
        {LogStatus::Partly, "partly"},
        {LogStatus::Skipped, "skipped"},
    }};
};

} // namespace glidepath::core
