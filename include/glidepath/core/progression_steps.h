#pragma once

// The stages of the progression engine (progression_engine.h), exposed so that each rule can be
// tested on its own. Plain functions over plain structs: nothing here reads a file or a clock,
// and nothing iterates a hash container, so the output only depends on the inputs.

#include <glidepath/core/exercise.h>
#include <glidepath/core/plan.h>
#include <glidepath/core/progression_rules.h>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace glidepath::core {

// Exercises looked up by id. When two exercises share an id the first in the library wins. The
// hash table is only ever looked up, never iterated, so its order cannot reach a plan.
// Ladder links are resolved once, so walking a ladder costs no lookups.
class LibraryIndex
{
public:
    explicit LibraryIndex(std::span<const Exercise> library);
    const Exercise* find(std::string_view id) const;
    std::span<const Exercise> exercises() const { return m_library; }

    // For exercises of this library (by address): the neighbours named by easier and harder
    // (null when none or not in the library), and whether it is the one find() returns for its id.
    const Exercise* easierOf(const Exercise& exercise) const
    {
        return link(m_easier, exercise, exercise.easier);
    }
    const Exercise* harderOf(const Exercise& exercise) const
    {
        return link(m_harder, exercise, exercise.harder);
    }
    bool isPrimary(const Exercise& exercise) const;

private:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    static constexpr std::size_t kUnresolved = static_cast<std::size_t>(-2);
    std::size_t indexOf(const Exercise& exercise) const;
    const Exercise* link(std::vector<std::size_t>& links, const Exercise& exercise,
                         const std::string& id) const;

    std::size_t lookup(std::string_view id) const;

    std::span<const Exercise> m_library;
    // Open addressing with linear probing: slot i holds an exercise index + 1, or 0 when free.
    // One flat array, no allocation per entry: the index is rebuilt for every plan.
    std::vector<std::uint32_t> m_table;
    std::vector<std::uint64_t> m_hashes; // per exercise
    // Ladder links, resolved the first time a walk reaches them (most never are). A cache:
    // a LibraryIndex is not meant to be shared between threads.
    mutable std::vector<std::size_t> m_easier;
    mutable std::vector<std::size_t> m_harder;
    std::vector<char> m_primary;
};

// ---- traffic_light.cpp -------------------------------------------------------------------

struct LightResult
{
    Light light = Light::None;
    std::vector<Reason> reasons; // every rule that fired, or the one green reason
};

// The light of checkins[index]; checkins[index - 1], when there is one, is the baseline for the
// week-on-week trend and for telling new night pain from old.
LightResult evaluateLight(std::span<const CheckIn> checkins, std::size_t index,
                          const ProgressionRules& rules);

// ---- client_context.cpp ------------------------------------------------------------------

// What the profile says about this client beyond the week's light: the post-surgery pathway,
// falls risk, client precautions and the hip-balance self-check.
struct ClientContext
{
    bool postSurgery = false;               // the condition or a recorded operation
    std::optional<Surgery> surgery;         // the record, when there is one
    std::optional<int> weeksSinceSurgery;   // nullopt without a recorded date
    int surgeryMaxPhase = 4;                // surgery.phase_weeks / surgery.weight_bearing
    bool weightBearingCaps = false;         // the weight-bearing limit, not time, sets it
    std::vector<SurgicalClearance> cleared; // only these; nothing without a record
    bool fallsRisk = false;                 // select.falls_risk
    std::vector<std::string> fallsWhy;      // age, fall_in_last_year, unsteady
    bool hipBalanceEmphasis = false;        // goal.hip_balance
    std::vector<std::string> hipBalanceWhy; // sitting, back_pain, repetitive_motion
};

ClientContext clientContext(const PlanRequest& request, const ProgressionRules& rules);
bool isCleared(const ClientContext& context, SurgicalClearance clearance);
// The reason naming the surgery limits (surgery.clearance), for the plan and the handout.
Reason surgeryLimitsReason(const ClientContext& context);

// ---- plan_decision.cpp -------------------------------------------------------------------

struct WeekAssessment
{
    Decision decision;             // action, light, phase, green weeks in the phase, reasons
    std::vector<Reason> advice;    // advice.* items
    std::vector<RedFlag> redFlags; // from screening and the latest check-in, each once
    std::optional<CheckIn> latest; // the newest check-in, if any
    bool newCheckIn = false;       // the latest check-in is recent and reports on a new week
    bool capsActive = false;       // red-week caps on loaded knee flexion and impact
    bool excludeKneeling = false;  // select.kneeling applies this week
    bool backToStart = false;      // regress.two_red_weeks sent the plan back to the start phase
    // log.skipped: exercises skipped in the logged sessions of the week, with the first date.
    std::map<std::string, Date> skippedInLogs;
    // log.next_morning: the logged sessions of the week followed by a worse next morning.
    std::vector<Date> worseMornings;
    // run.entry / run.advance: walk-run work may be planned this week.
    bool runOpen = false;
    int previousPhase = 1;
    ClientContext context;
    bool irritable = false;  // select.irritable applies this week
    bool firstPlan = false;  // no previous plan
    bool restart = false;    // refer.restart: the first week after a referral plan
    int sessionsOffered = 0; // week.sessions_from_adherence; 0 = the client's own number
    // action.progress.per_exercise: exercises named above this pain hold, the rest progress.
    bool perExercise = false;
};

// Red flags, the traffic light, the action, the phase and their reasons and advice.
WeekAssessment assessWeek(const PlanRequest& request, const LibraryIndex& library,
                          const ProgressionRules& rules);

// The advice item restating the pain limits (advice.pain_limits), added to every week with
// exercises. Handouts that print the limits elsewhere use it to recognise the item.
Reason painLimitsAdvice(const ProgressionRules& rules);

// ---- logged_week.cpp ---------------------------------------------------------------------

// The session logs of the seven days before request.weekStart, applied to assessment.latest
// (which must be a new check-in): sessions done / planned from the logs, planned being the
// previous plan's sessions or else the client's sessions per week (log.adherence); exercises
// logged above rules.loggedPainfulAbove merged into its painful exercises (log.painful);
// exercises skipped in a logged session noted in skippedInLogs (log.skipped); sessions with a
// worse next morning noted in worseMornings (log.next_morning, judged with the light). Returns the
// reasons, naming the logged values. Changes nothing without a check-in or without logs in
// that week.
std::vector<Reason> applySessionLogs(WeekAssessment& assessment, const PlanRequest& request,
                                     const LibraryIndex& library, const ProgressionRules& rules);

// ---- phase_gate.cpp ----------------------------------------------------------------------

struct PhaseGateResult
{
    bool passed = false;
    Reason reason; // names every criterion with the client's value and the limit
};

// Whether a client in phase (1-3) moves to phase + 1 this week. greenWeeksInPhase counts this
// week; single-leg pain is read from latest.painfulExercises for the single-leg exercises of
// previousPlan (null when there is none).
PhaseGateResult evaluatePhaseGate(int phase, int greenWeeksInPhase, const CheckIn& latest,
                                  const ClientProfile& client, const Plan* previousPlan,
                                  const LibraryIndex& library, const ProgressionRules& rules);

// ---- exercise_selection.cpp --------------------------------------------------------------

// A place in a session that one exercise fills. Strength sessions always hold the first four.
enum class Slot
{
    HipAbductors,
    HipExtensors,
    Quadriceps,
    TrunkControl,
    Landing,
    Gait,
    Accessory, // adductors, calves, hip flexors: optional extra strength work
    Mobility,
    Activation,
};
std::string_view slotLabel(Slot slot); // "hip abductors"
std::string_view slotWord(Slot slot);  // "hip_abductors", for reason values

struct SelectionFilter
{
    int phase = 1;
    std::vector<Equipment> available; // what the client has, plus None (and Mat if assumed)
    bool capsActive = false;
    KneeFlexion maxKneeFlexion = KneeFlexion::High;
    Impact maxImpact = Impact::High;
    bool excludeKneeling = false;
    int kneelingActivityPain = 0;    // for the reason text
    int kneelingThreshold = 0;       // for the reason text
    std::map<std::string, int> swap; // exercises that hurt above the swap threshold
    int swapThreshold = 5;           // for the reason text
    int landingMinPhase = 3;
    int gaitMinPhase = 3;
    // select.painful_ladder: harder rungs of a ladder whose exercise hurt above the swap limit,
    // with the exercise that hurt.
    std::map<std::string, std::string> abovePainful;
    // select.irritable
    bool irritable = false;
    KneeFlexion irritableMaxKneeFlexion = KneeFlexion::Moderate;
    // surgery.clearance / surgery.weight_bearing
    bool postSurgery = false;
    std::vector<SurgicalClearance> cleared;
    bool nonWeightBearing = false;
    bool partialWeightBearing = false; // surgery.weight_bearing: no walking work from the plan
    // select.falls_risk / select.precautions
    bool fallsRisk = false;
    bool supportAvailable = false; // a chair or a wall to hold
    std::vector<ClientPrecaution> precautions;
    // goal.*: the goals that shape the plan (shapingGoals); a candidate whose ladder leads to an
    // exercise tagged with one of them comes first in its slot.
    std::vector<Goal> goals;
    bool hipBalanceEmphasis = false;
    // run.entry / run.advance: running work (gait exercises tagged with the running goal) only
    // when the return-to-run pathway lets it in this week.
    bool runOpen = false;
};

SelectionFilter makeSelectionFilter(const WeekAssessment& assessment, const PlanRequest& request,
                                    const ProgressionRules& rules);

// ---- goal_tags.cpp -----------------------------------------------------------------------

// The goal tags that shape a client's plan (goal.*): the client's goals, with walking added for a
// running goal (the walking ladder leads to walk-run intervals: goal.running).
std::vector<Goal> shapingGoals(const ClientProfile& client);
// Whether the exercise carries one of these goal tags.
bool servesAny(const Exercise& exercise, std::span<const Goal> goals);
// The same, with the harder rungs above each painful exercise found in the library.
SelectionFilter makeSelectionFilter(const WeekAssessment& assessment, const PlanRequest& request,
                                    const LibraryIndex& library, const ProgressionRules& rules);

// Whether candidate asks no more of the knee than reference: loaded knee flexion, impact and
// patellar compression (select.painful_ladder, and the refills of hold and step-back weeks).
bool notHarderThan(const Exercise& candidate, const Exercise& reference);

// Every item the exercise needs is None or in available.
bool hasEquipment(const Exercise& exercise, std::span<const Equipment> available);
bool isKneeling(const Exercise& exercise);
bool isUsable(const Exercise& exercise, const SelectionFilter& filter);
// Why the exercise may not be planned this week, as reason values: "exclusion" names the limit
// (equipment, kneeling, phase_too_low, ...) with the values it fired on ("needs": [band]);
// empty when it may.
ReasonValues exclusionReason(const Exercise& exercise, const SelectionFilter& filter);

// The group an exercise is planned in (strength or mobility day) and its slot there. dayKind
// is where it was found; exercises that belong on the other kind of day move there.
std::pair<DayKind, Slot> placeOf(const Exercise& exercise, DayKind dayKind);
// Whether a ladder move may put the exercise in this group and slot: anything for a strength
// day, stretches for a mobility slot, activation or motor control for an activation slot.
bool fitsGroup(const Exercise& exercise, DayKind group, Slot slot);
// The slot an exercise fills on a strength day, or nullopt when it belongs on a mobility day.
std::optional<Slot> strengthSlotOf(const Exercise& exercise);

// The exercises that may fill slot this week, best first: for each ladder only its lowest rung
// that may be used. Ties are broken by id.
std::vector<const Exercise*> slotCandidates(Slot slot, DayKind dayKind, const LibraryIndex& library,
                                            const SelectionFilter& filter);

// The same for many slots: one pass over the library records where each usable exercise fits,
// so that each slot then reads compact tables instead of the whole library.
class CandidatePool
{
public:
    CandidatePool(const LibraryIndex& library, const SelectionFilter& filter);
    std::vector<const Exercise*> candidates(Slot slot, DayKind dayKind) const;

private:
    const LibraryIndex& m_library;
    std::vector<Goal> m_goals;
    bool m_hipBalance = false;
    std::vector<unsigned char> m_strengthSlot; // per exercise: its slot on a strength day, or none
    std::vector<unsigned char> m_mobilitySlot; // per exercise: its slot on a mobility day, or none
};

// The first exercise down the easier links that may be used; null when none may.
const Exercise* easierUsable(const Exercise& exercise, const LibraryIndex& library,
                             const SelectionFilter& filter);
// The first exercise up the harder links that may be used; null when none may.
const Exercise* harderUsable(const Exercise& exercise, const LibraryIndex& library,
                             const SelectionFilter& filter);
// The bottom of the exercise's easier chain: exercises with the same root share a ladder.
std::string_view ladderRoot(const Exercise& exercise, const LibraryIndex& library);

// ---- dose_progression.cpp ----------------------------------------------------------------

struct Tempo
{
    int lift = 0;
    int pause = 0;
    int lower = 0;
};
std::optional<Tempo> parseTempo(std::string_view text); // "2-1-3"
std::string formatTempo(const Tempo& tempo);

// The exercise's own dose, brought inside its limits.
Dose startingDose(const Exercise& exercise);
Dose clampToLimits(Dose dose, const DoseLimits& limits);

// One possible step up: the exercise (the same one, or its harder neighbour) and its new dose.
struct DoseStep
{
    const Exercise* exercise = nullptr;
    Dose dose;
    // What changed: reps, sets, hold (seconds), lowering (seconds of the tempo's lowering), load
    // (levels of the dose's load kind), or harder (the harder neighbour, at its starting dose);
    // from and to for all but harder.
    std::string change;
    int from = 0;
    int to = 0;
};

// The progression steps for an exercise at dose, in the order they are tried: more reps, more
// sets, longer hold, slower lowering, more load (when the client has it: dose.load), then the
// harder neighbour (when it may be used). Each changes one variable and stays within the
// exercise's limits.
std::vector<DoseStep> progressionSteps(const Exercise& exercise, const Dose& dose,
                                       const LibraryIndex& library, const SelectionFilter& filter,
                                       const ProgressionRules& rules);

// About (1 - keep) less volume within the limits: fewer reps (or a shorter pure hold) first,
// then one set fewer when the limits stop the first from reaching the target. nullopt when the
// dose is already at its floor.
std::optional<Dose> reduceVolume(const Dose& dose, const DoseLimits& limits, double keep);

// Seconds for one exercise: sets x (reps x seconds per rep, or the hold) plus rest after each
// set, times the unilateral factor for single-leg and alternating work, plus setting up.
int estimateSeconds(const Dose& dose, Laterality laterality, const ProgressionRules& rules);
int minutesFromSeconds(int seconds); // rounded up

// "3 × 10 with a 3 s hold, tempo 2-1-3, light band"
std::string describeDose(const Dose& dose);

// ---- week_builder.cpp --------------------------------------------------------------------

// Which days of the week hold strength, mobility and rest. Strength days are never next to each
// other; mobility days follow strength days; the last days rest.
std::array<DayKind, 7> layoutWeek(int sessionsPerWeek, bool redWeek, const ProgressionRules& rules);

// The advice item of a week that moves up (advice.progress); replaced when nothing could move up.
Reason progressAdvice();

// Fills plan.days (seven days from request.weekStart) and appends advice and reasons about the
// week to plan. The decision in assessment is already made.
void buildWeek(Plan& plan, const PlanRequest& request, const WeekAssessment& assessment,
               const LibraryIndex& library, const SelectionFilter& filter,
               const ProgressionRules& rules);

} // namespace glidepath::core
