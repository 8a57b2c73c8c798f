#pragma once

// Hand-built plans and exercises for the report tests and the report benchmark. The engine is
// not used: these are fixed structs, so the tests do not move when the engine's choices do.

#include <glidepath/core/plan.h>
#include <glidepath/report/handout_renderer.h>

#include <string>
#include <vector>

namespace glidepath::report::testing {

// A reason as older plans hold it: words only.
inline core::Reason storedWords(std::string rule, std::string words)
{
    core::Reason reason(std::move(rule));
    reason.text = std::move(words);
    return reason;
}

inline core::Date day(int year, unsigned month, unsigned dayOfMonth)
{
    return core::Date{std::chrono::year{year} / std::chrono::month{month} /
                      std::chrono::day{dayOfMonth}};
}

inline core::Exercise exercise(std::string id, std::string name, core::Position position,
                               core::Laterality laterality, std::vector<std::string> cues,
                               std::vector<core::Equipment> equipment = {},
                               std::vector<core::Precaution> precautions = {})
{
    core::Exercise e;
    e.id = std::move(id);
    e.name = std::move(name);
    e.position = position;
    e.laterality = laterality;
    e.cues = std::move(cues);
    e.equipment = std::move(equipment);
    e.precautions = std::move(precautions);
    return e;
}

// One of each starting position, with cues and precautions.
inline std::vector<core::Exercise> sampleLibrary()
{
    using core::Equipment;
    using core::Laterality;
    using core::Position;
    using core::Precaution;
    return {
        exercise("pelvic-curl", "Pelvic curl", Position::Supine, Laterality::Bilateral,
                 {"Press through your heels and peel the spine up one bone at a time",
                  "Keep your knees pointing straight ahead",
                  "Lower slowly, ribs first, then the hips"},
                 {Equipment::Mat}),
        exercise(
            "clamshell", "Clamshell with band", Position::SideLying, Laterality::Unilateral,
            {"Keep your feet together as the top knee opens", "Stop before the pelvis rolls back"},
            {Equipment::Mat, Equipment::Band}),
        exercise("prone-hip-extension", "Prone hip extension, knee bent", Position::Prone,
                 Laterality::Alternating,
                 {"Lift the heel towards the ceiling, a small movement",
                  "Keep the front of the hips on the mat"},
                 {Equipment::Mat}),
        exercise("bird-dog", "Bird dog", Position::Quadruped, Laterality::Alternating,
                 {"Reach long through the heel, not high",
                  "Keep a glass of water level on your back", "Breathe out as you reach"},
                 {Equipment::Mat}, {Precaution::Kneeling}),
        exercise("tall-kneeling-hinge", "Tall kneeling hip hinge", Position::Kneeling,
                 Laterality::Bilateral,
                 {"Hinge back from the hips, spine long", "Squeeze your seat to come up"},
                 {Equipment::Pad}, {Precaution::Kneeling}),
        exercise(
            "hip-flexor-stretch", "Half-kneeling hip-flexor stretch", Position::HalfKneeling,
            Laterality::Unilateral,
            {"Tuck the tailbone under before you lean", "Feel the stretch at the front of the hip"},
            {Equipment::Pad}, {Precaution::Kneeling, Precaution::EndRangeHipFlexion}),
        exercise("sit-to-stand", "Sit-to-stand", Position::Seated, Laterality::Bilateral,
                 {"Nose over toes as you rise", "Knees in line with your second toe",
                  "Sit down slowly, do not drop"},
                 {Equipment::Chair}, {Precaution::PatellarCompression}),
        exercise("mini-squat", "Mini-squat 0-45°", Position::Standing, Laterality::Bilateral,
                 {"Sit back as if onto a high stool", "Weight through the whole foot"}, {},
                 {Precaution::DeepKneeFlexion}),
        exercise("single-leg-balance", "Single-leg balance", Position::Standing,
                 Laterality::Unilateral,
                 {"Stand tall, soft knee", "Fingertips on a wall if you need them"},
                 {Equipment::Cushion}, {Precaution::Balance}),
    };
}

inline core::PlannedExercise planned(const std::string& id, const std::string& name, int sets,
                                     int reps, int hold, std::string tempo, int rest,
                                     core::WorkSide side = core::WorkSide::Both)
{
    core::PlannedExercise p;
    p.id = id;
    p.name = name;
    p.sets = sets;
    p.reps = reps;
    p.holdSeconds = hold;
    p.tempo = std::move(tempo);
    p.restSeconds = rest;
    p.side = side;
    return p;
}

// A typical phase-2 week: three strength days, two mobility days, two rest days.
inline core::Plan samplePlan(core::Date weekStart = day(2025, 3, 3))
{
    using core::WorkSide;
    core::Plan plan;
    plan.weekStart = weekStart;
    plan.decision.action = core::Action::Progress;
    plan.decision.light = core::Light::Green;
    plan.decision.phase = 2;
    namespace value = core::value;
    plan.decision.reasons = {
        core::Reason("light.green", {{"pain", value::pain(2)},
                                     {"green_max", value::number(2)},
                                     {"rest_from", value::pain(1)},
                                     {"rest_to", value::pain(1)},
                                     {"activity_from", value::pain(2)},
                                     {"activity_to", value::pain(2)}}),
        core::Reason("action.progress"),
        core::Reason("checkin.not_new", {{"checkin", value::date(day(2025, 3, 2))},
                                         {"plan_start", value::date(day(2025, 3, 3))},
                                         {"phase", value::number(2)}}),
    };
    // Advice as data, and one item as an older plan stored it (words only).
    plan.advice = {core::Reason("advice.one_change"),
                   storedWords("", "Walk on flat ground on rest days if it feels good.")};

    auto strength = [](bool saturday) {
        std::vector<core::PlannedExercise> list{
            planned("pelvic-curl", "Pelvic curl", 3, 10, 3, "2-1-3", 45),
            planned("clamshell", "Clamshell with band", 3, 15, 0, "2-0-2", 30, WorkSide::Each),
            planned("sit-to-stand", "Sit-to-stand", 3, saturday ? 12 : 10, 0, "2-0-3", 60),
            planned("mini-squat", "Mini-squat 0-45°", 3, 12, 0, "2-1-3", 60),
            planned("prone-hip-extension", "Prone hip extension, knee bent", 2, 10, 2, "", 30),
            planned("single-leg-balance", "Single-leg balance", 3, 0, 30, "", 30, WorkSide::Each),
        };
        list[0].reason = core::Reason(
            "dose.progress",
            {{"case", core::value::word("step")},
             {"change", core::value::word("sets")},
             {"change_from", core::value::number(2)},
             {"change_to", core::value::number(3)},
             {"dose", core::value::list({core::value::number(3), core::value::number(10),
                                         core::value::number(3)})}});
        return list;
    };
    const std::vector<core::PlannedExercise> mobility{
        planned("hip-flexor-stretch", "Half-kneeling hip-flexor stretch", 3, 0, 30, "", 15,
                WorkSide::Each),
        planned("bird-dog", "Bird dog", 3, 8, 3, "", 30),
        planned("tall-kneeling-hinge", "Tall kneeling hip hinge", 2, 8, 0, "3-0-2", 45),
    };
    const core::DayKind kinds[7] = {core::DayKind::Strength, core::DayKind::Mobility,
                                    core::DayKind::Rest,     core::DayKind::Strength,
                                    core::DayKind::Mobility, core::DayKind::Strength,
                                    core::DayKind::Rest};
    for (int i = 0; i < 7; ++i) {
        core::PlanDay d;
        d.date = weekStart + std::chrono::days{i};
        d.kind = kinds[i];
        if (d.kind == core::DayKind::Strength) {
            d.exercises = strength(i == 5);
            d.estimatedMinutes = 25;
        } else if (d.kind == core::DayKind::Mobility) {
            d.exercises = mobility;
            d.estimatedMinutes = 12;
        }
        plan.days.push_back(d);
    }
    plan.overrides = {
        {"swap", 0, "split-squat", "mini-squat", "Swapped Split squat for Mini-squat 0-45°"},
        {"dose", 5, "sit-to-stand", "", "Sit-to-stand raised to 3 × 12 on Saturday"},
    };
    return plan;
}

inline core::Plan referPlan()
{
    core::Plan plan;
    plan.weekStart = day(2025, 3, 10);
    plan.decision.action = core::Action::Refer;
    plan.decision.light = core::Light::Red;
    plan.decision.phase = 1;
    plan.decision.reasons = {
        core::Reason("refer.red_flag", {{"flag", core::value::word("locked_knee")},
                                        {"where", core::value::word("screening")},
                                        {"urgency", core::value::word("soon")}})};
    plan.advice = {storedWords("", "A knee that locks or will not straighten needs to be checked "
                                   "by a doctor or physiotherapist before you exercise it. Please "
                                   "book an appointment this week.")};
    for (int i = 0; i < 7; ++i) {
        core::PlanDay d;
        d.date = plan.weekStart + std::chrono::days{i};
        plan.days.push_back(d);
    }
    return plan;
}

inline std::vector<core::CheckIn> sampleCheckIns()
{
    std::vector<core::CheckIn> list;
    const int exercisePain[4] = {5, 4, 3, 2};
    for (int i = 0; i < 4; ++i) {
        core::CheckIn c;
        c.date = day(2025, 2, 9) + std::chrono::days{7 * i};
        c.painRest = 3 - i / 2;
        c.painActivity = 6 - i;
        c.painExercise = exercisePain[i];
        c.nextMorning = i == 0 ? core::NextMorning::Higher : core::NextMorning::Settled;
        c.swelling = i == 0 ? core::Swelling::Same : core::Swelling::None;
        c.nightPain = i == 0;
        c.adherence = 0.5 + 0.15 * i;
        list.push_back(c);
    }
    return list;
}

inline core::ClientProfile sampleProfile()
{
    core::ClientProfile profile;
    profile.name = "Alex Morgan";
    profile.conditions = {core::Condition::PatellofemoralPain, core::Condition::HipImbalance};
    profile.side = core::Side::Right;
    profile.goals = {core::Goal::Stairs, core::Goal::Running};
    profile.equipment = {core::Equipment::Mat, core::Equipment::Band, core::Equipment::Chair};
    profile.sessionsPerWeek = 3;
    profile.minutesPerSession = 25;
    profile.age = 34;
    profile.notes = "Runs 5 km twice a week; stairs at work hurt most.";
    return profile;
}

inline HandoutData sampleData()
{
    HandoutData data;
    data.plan = samplePlan();
    data.exercises = sampleLibrary();
    data.clientName = "Alex Morgan";
    data.checkins = sampleCheckIns();
    data.profile = sampleProfile();
    return data;
}

} // namespace glidepath::report::testing
