#pragma once

// A small hand-made exercise library for engine tests (header-only). Every slot of a strength
// session has a ladder, and the attributes the engine filters on (phase, knee flexion, impact,
// position, equipment, laterality) vary across it. It passes core::validateLibrary.

#include <glidepath/core/exercise.h>
#include <glidepath/core/plan.h>

#include <string>
#include <string_view>
#include <vector>

namespace glidepath::test {

// Builds one exercise with sensible defaults; chain the setters that matter to a test.
class ExerciseBuilder
{
public:
    ExerciseBuilder(std::string id, core::Category category, core::Muscle main)
    {
        m_e.id = id;
        m_e.name = nameFrom(id);
        m_e.summary = "Test exercise " + id + ".";
        m_e.instructions = {"Get into position.", "Move slowly and with control."};
        m_e.cues = {"Breathe out on the effort", "Stop if pain goes above 5/10"};
        m_e.category = category;
        m_e.muscles = {main};
        m_e.regions = {core::Region::Hip};
        m_e.equipment = {core::Equipment::None};
        m_e.dose = {3, 10, 0, "2-1-2", 30};
        m_e.limits = {1, 3, 8, 15, 0, 0};
        m_e.builtin = true;
    }

    ExerciseBuilder& phases(int min, int max)
    {
        m_e.phaseMin = min;
        m_e.phaseMax = max;
        return *this;
    }
    ExerciseBuilder& position(core::Position p)
    {
        m_e.position = p;
        if (p == core::Position::Kneeling || p == core::Position::HalfKneeling) {
            m_e.precautions.push_back(core::Precaution::Kneeling);
        }
        return *this;
    }
    ExerciseBuilder& knee(core::KneeFlexion k)
    {
        m_e.kneeFlexion = k;
        if (k == core::KneeFlexion::High) {
            m_e.precautions.push_back(core::Precaution::DeepKneeFlexion);
        }
        if (k != core::KneeFlexion::None) {
            m_e.regions.push_back(core::Region::Knee);
        }
        return *this;
    }
    ExerciseBuilder& impact(core::Impact i)
    {
        m_e.impact = i;
        if (i != core::Impact::None) {
            m_e.precautions.push_back(core::Precaution::Impact);
        }
        return *this;
    }
    ExerciseBuilder& equipment(std::vector<core::Equipment> items)
    {
        m_e.equipment = std::move(items);
        return *this;
    }
    ExerciseBuilder& side(core::Laterality l)
    {
        m_e.laterality = l;
        return *this;
    }
    ExerciseBuilder& reps(int sets, int reps, int minReps, int maxReps, int maxSets = 3)
    {
        m_e.dose.sets = sets;
        m_e.dose.reps = reps;
        m_e.limits.maxSets = maxSets;
        m_e.limits.minReps = minReps;
        m_e.limits.maxReps = maxReps;
        return *this;
    }
    ExerciseBuilder& hold(int seconds, int minHold, int maxHold)
    {
        m_e.dose.holdSeconds = seconds;
        m_e.limits.minHoldSeconds = minHold;
        m_e.limits.maxHoldSeconds = maxHold;
        return *this;
    }
    // A pure hold: no reps, no tempo.
    ExerciseBuilder& pureHold(int sets, int seconds, int minHold, int maxHold)
    {
        m_e.dose = {sets, 0, seconds, "", 30};
        m_e.limits = {1, std::max(3, sets), 0, 0, minHold, maxHold};
        return *this;
    }
    ExerciseBuilder& tempo(std::string t)
    {
        m_e.dose.tempo = std::move(t);
        return *this;
    }
    ExerciseBuilder& rest(int seconds)
    {
        m_e.dose.restSeconds = seconds;
        return *this;
    }
    ExerciseBuilder& ladder(std::string easier, std::string harder)
    {
        m_e.easier = std::move(easier);
        m_e.harder = std::move(harder);
        return *this;
    }
    ExerciseBuilder& precaution(core::Precaution p)
    {
        m_e.precautions.push_back(p);
        return *this;
    }
    // dose.load: the load kind, starting level and the most the exercise takes.
    ExerciseBuilder& load(core::LoadKind kind, int start, int max)
    {
        m_e.dose.loadKind = kind;
        m_e.dose.loadLevel = start;
        m_e.limits.maxLoadLevel = max;
        return *this;
    }
    ExerciseBuilder& goals(std::vector<core::Goal> tags)
    {
        m_e.goals = std::move(tags);
        return *this;
    }
    ExerciseBuilder& muscles(std::vector<core::Muscle> all)
    {
        m_e.muscles = std::move(all);
        return *this;
    }

    operator core::Exercise() const { return m_e; }
    core::Exercise build() const { return m_e; }

private:
    static std::string nameFrom(const std::string& id)
    {
        std::string name = id;
        for (char& c : name) {
            if (c == '-') {
                c = ' ';
            }
        }
        if (!name.empty()) {
            name[0] = static_cast<char>(name[0] - 'a' + 'A');
        }
        return name;
    }

    core::Exercise m_e;
};

inline std::vector<core::Exercise> makeTestLibrary()
{
    using core::Category;
    using core::Equipment;
    using core::Impact;
    using core::KneeFlexion;
    using core::Laterality;
    using core::Muscle;
    using core::Position;
    using B = ExerciseBuilder;
    return {
        // Hip abductors: clamshell -> side-plank-clam; side-lying-abduction; standing-abduction.
        B("clamshell", Category::Activation, Muscle::GluteMed)
            .phases(1, 2)
            .position(Position::SideLying)
            .knee(KneeFlexion::Low)
            .equipment({Equipment::Mat})
            .reps(3, 12, 10, 20)
            .ladder("", "side-plank-clam"),
        B("side-plank-clam", Category::Strength, Muscle::GluteMed)
            .phases(2, 4)
            .position(Position::SideLying)
            .knee(KneeFlexion::Low)
            .equipment({Equipment::Mat})
            .reps(3, 8, 6, 12)
            .hold(2, 1, 5)
            .ladder("clamshell", ""),
        B("side-lying-abduction", Category::Strength, Muscle::GluteMed)
            .phases(1, 3)
            .position(Position::SideLying)
            .equipment({Equipment::Mat})
            .reps(3, 10, 8, 15)
            .side(Laterality::Unilateral)
            .load(core::LoadKind::AnkleWeight, 0, 4),
        B("banded-side-step", Category::Strength, Muscle::GluteMed)
            .phases(1, 4)
            .position(Position::Standing)
            .knee(KneeFlexion::Low)
            .equipment({Equipment::Band})
            .reps(2, 10, 8, 14)
            .load(core::LoadKind::Band, 1, 3),
        // Hip extensors: glute-set -> pelvic-curl -> single-leg-bridge.
        B("glute-set", Category::Activation, Muscle::GluteMax)
            .phases(1, 2)
            .equipment({Equipment::None})
            .reps(3, 10, 8, 12)
            .hold(5, 3, 10)
            .tempo("")
            .ladder("", "pelvic-curl"),
        B("pelvic-curl", Category::Strength, Muscle::GluteMax)
            .phases(1, 3)
            .knee(KneeFlexion::Low)
            .equipment({Equipment::Mat})
            .reps(3, 10, 8, 15)
            .hold(3, 2, 6)
            .tempo("2-0-3")
            .ladder("glute-set", "single-leg-bridge"),
        B("single-leg-bridge", Category::Strength, Muscle::GluteMax)
            .phases(2, 4)
            .knee(KneeFlexion::Moderate)
            .equipment({Equipment::Mat})
            .side(Laterality::Unilateral)
            .reps(3, 8, 6, 12)
            .ladder("pelvic-curl", ""),
        B("standing-hip-extension", Category::Strength, Muscle::GluteMax)
            .phases(1, 4)
            .position(Position::Standing)
            .equipment({Equipment::Band})
            .side(Laterality::Unilateral)
            .reps(2, 12, 10, 15)
            .load(core::LoadKind::Band, 1, 2),
        // Quadriceps: quad-set -> mini-squat -> split-squat -> step-down.
        B("quad-set", Category::Activation, Muscle::Quadriceps)
            .phases(1, 2)
            .position(Position::Seated)
            .knee(KneeFlexion::Low)
            .equipment({Equipment::Towel})
            .pureHold(3, 10, 5, 20)
            .ladder("", "mini-squat"),
        B("mini-squat", Category::Strength, Muscle::Quadriceps)
            .phases(1, 3)
            .position(Position::Standing)
            .knee(KneeFlexion::Moderate)
            .equipment({Equipment::Chair})
            .reps(3, 10, 8, 15)
            .tempo("2-1-3")
            .ladder("quad-set", "split-squat"),
        B("split-squat", Category::Strength, Muscle::Quadriceps)
            .phases(2, 3)
            .position(Position::Standing)
            .knee(KneeFlexion::Moderate)
            .side(Laterality::Unilateral)
            .reps(3, 8, 6, 12)
            .ladder("mini-squat", "step-down"),
        B("step-down", Category::Strength, Muscle::Quadriceps)
            .phases(3, 4)
            .position(Position::Standing)
            .knee(KneeFlexion::High)
            .equipment({Equipment::Step})
            .side(Laterality::Unilateral)
            .reps(3, 8, 6, 12)
            .tempo("1-0-3")
            .ladder("split-squat", ""),
        B("wall-sit", Category::Strength, Muscle::Quadriceps)
            .phases(1, 2)
            .position(Position::Standing)
            .knee(KneeFlexion::Moderate)
            .equipment({Equipment::Wall})
            .pureHold(3, 20, 15, 45),
        // Trunk control.
        B("dead-bug", Category::MotorControl, Muscle::DeepAbdominals)
            .phases(1, 3)
            .equipment({Equipment::Mat})
            .side(Laterality::Alternating)
            .reps(3, 6, 6, 12)
            .tempo(""),
        B("bird-dog", Category::MotorControl, Muscle::DeepAbdominals)
            .phases(1, 3)
            .position(Position::Quadruped)
            .equipment({Equipment::Mat})
            .side(Laterality::Alternating)
            .reps(2, 8, 6, 10)
            .hold(3, 2, 5)
            .tempo(""),
        B("side-plank", Category::Strength, Muscle::Obliques)
            .phases(2, 4)
            .position(Position::SideLying)
            .equipment({Equipment::Mat})
            .pureHold(3, 20, 10, 45),
        // Accessory strength.
        B("calf-raise", Category::Strength, Muscle::Calves)
            .phases(1, 4)
            .position(Position::Standing)
            .equipment({Equipment::Step})
            .reps(3, 12, 10, 20),
        B("half-kneeling-adductor-hold", Category::Strength, Muscle::Adductors)
            .phases(1, 2)
            .position(Position::HalfKneeling)
            .equipment({Equipment::Pad})
            .pureHold(4, 20, 10, 30),
        // Mobility.
        B("hamstring-stretch", Category::Mobility, Muscle::Hamstrings)
            .phases(1, 4)
            .equipment({Equipment::None})
            .pureHold(3, 30, 20, 60),
        B("calf-stretch", Category::Mobility, Muscle::Calves)
            .phases(1, 4)
            .position(Position::Standing)
            .equipment({Equipment::Wall})
            .side(Laterality::Unilateral)
            .pureHold(2, 30, 20, 60),
        B("quad-stretch", Category::Mobility, Muscle::Quadriceps)
            .phases(1, 4)
            .position(Position::SideLying)
            .knee(KneeFlexion::High)
            .side(Laterality::Unilateral)
            .pureHold(2, 30, 20, 60),
        B("kneeling-hip-flexor-stretch", Category::Mobility, Muscle::HipFlexors)
            .phases(1, 4)
            .position(Position::HalfKneeling)
            .equipment({Equipment::Pad})
            .side(Laterality::Unilateral)
            .pureHold(3, 30, 20, 60),
        B("hip-circles", Category::Mobility, Muscle::HipFlexors)
            .phases(1, 2)
            .equipment({Equipment::Mat})
            .reps(2, 8, 6, 12)
            .tempo(""),
        // Landing and gait: phase 3 and up.
        B("jumpboard", Category::Landing, Muscle::Calves)
            .phases(3, 4)
            .position(Position::Supine)
            .knee(KneeFlexion::Moderate)
            .impact(Impact::Low)
            .equipment({Equipment::Reformer})
            .reps(3, 10, 8, 15),
        B("soft-landing", Category::Landing, Muscle::Quadriceps)
            .phases(3, 4)
            .position(Position::Standing)
            .knee(KneeFlexion::Moderate)
            .impact(Impact::Low)
            .reps(3, 5, 5, 8)
            .ladder("", "pogo-hops"),
        B("pogo-hops", Category::Landing, Muscle::Calves)
            .phases(4, 4)
            .position(Position::Standing)
            .knee(KneeFlexion::Low)
            .impact(Impact::High)
            .pureHold(3, 10, 10, 20)
            .ladder("soft-landing", ""),
        B("brisk-walk-drill", Category::Gait, Muscle::GluteMed)
            .phases(3, 4)
            .position(Position::Standing)
            .knee(KneeFlexion::Low)
            .pureHold(2, 60, 60, 180),
    };
}

// A profile that has everything the test library needs except a reformer.
inline core::ClientProfile fullyEquippedClient()
{
    core::ClientProfile client;
    client.name = "Test client";
    client.conditions = {core::Condition::PatellofemoralPain};
    client.side = core::Side::Left;
    client.goals = {core::Goal::Stairs, core::Goal::Running};
    client.equipment = {core::Equipment::Mat,   core::Equipment::Band,  core::Equipment::Step,
                        core::Equipment::Towel, core::Equipment::Chair, core::Equipment::Wall,
                        core::Equipment::Pad};
    client.sessionsPerWeek = 5;
    client.minutesPerSession = 30;
    client.age = 34;
    return client;
}

inline core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

// A check-in that makes a green week on its own.
inline core::CheckIn greenCheckIn(core::Date date)
{
    core::CheckIn checkIn;
    checkIn.date = date;
    checkIn.painRest = 1;
    checkIn.painActivity = 2;
    checkIn.painExercise = 1;
    checkIn.adherence = 1.0;
    return checkIn;
}

// A request for the fully equipped client with these check-ins and no previous plan.
inline core::PlanRequest requestWith(core::Date weekStart, std::vector<core::CheckIn> checkins)
{
    core::PlanRequest request;
    request.weekStart = weekStart;
    request.client = fullyEquippedClient();
    request.checkins = std::move(checkins);
    return request;
}

inline bool hasReason(const core::Plan& plan, std::string_view rule)
{
    for (const core::Reason& reason : plan.decision.reasons) {
        if (reason.rule == rule) {
            return true;
        }
    }
    return false;
}

// The first decision reason with this rule id; an empty reason when there is none.
inline core::Reason reasonOf(const core::Plan& plan, std::string_view rule)
{
    for (const core::Reason& reason : plan.decision.reasons) {
        if (reason.rule == rule) {
            return reason;
        }
    }
    return {};
}

// The advice items with this id, in order.
inline std::vector<core::Reason> adviceOf(const core::Plan& plan, std::string_view rule)
{
    std::vector<core::Reason> out;
    for (const core::Reason& item : plan.advice) {
        if (item.rule == rule) {
            out.push_back(item);
        }
    }
    return out;
}

// A list value's items as dates.
inline std::vector<core::Date> datesOf(const core::Reason& reason, std::string_view name)
{
    std::vector<core::Date> out;
    if (const core::ReasonValue* list = reason.find(name)) {
        for (const core::ReasonValue& item : list->items) {
            out.push_back(item.date);
        }
    }
    return out;
}

inline std::size_t exerciseCount(const core::Plan& plan)
{
    std::size_t count = 0;
    for (const core::PlanDay& d : plan.days) {
        count += d.exercises.size();
    }
    return count;
}

} // namespace glidepath::test
