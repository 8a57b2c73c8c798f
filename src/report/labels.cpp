#include <glidepath/report/labels.h>

namespace glidepath::report {

using namespace glidepath::core;

QString Labels::of(Category value)
{
    switch (value) {
    case Category::Activation:
        return tr("Activation");
    case Category::Strength:
        return tr("Strength");
    case Category::MotorControl:
        return tr("Motor control");
    case Category::Mobility:
        return tr("Mobility");
    case Category::Landing:
        return tr("Landing");
    case Category::Gait:
        return tr("Gait");
    }
    return {};
}

QString Labels::of(Position value)
{
    switch (value) {
    case Position::Supine:
        return tr("Lying on the back");
    case Position::SideLying:
        return tr("Side-lying");
    case Position::Prone:
        return tr("Lying face down");
    case Position::Quadruped:
        return tr("Hands and knees");
    case Position::Kneeling:
        return tr("Kneeling");
    case Position::HalfKneeling:
        return tr("Half-kneeling");
    case Position::Seated:
        return tr("Seated");
    case Position::Standing:
        return tr("Standing");
    }
    return {};
}

QString Labels::of(Region value)
{
    switch (value) {
    case Region::Hip:
        return tr("Hip");
    case Region::Knee:
        return tr("Knee");
    case Region::Core:
        return tr("Core");
    case Region::Ankle:
        return tr("Ankle");
    }
    return {};
}

QString Labels::of(Muscle value)
{
    switch (value) {
    case Muscle::GluteMax:
        return tr("Gluteus maximus");
    case Muscle::GluteMed:
        return tr("Gluteus medius");
    case Muscle::GluteMin:
        return tr("Gluteus minimus");
    case Muscle::DeepRotators:
        return tr("Deep hip rotators");
    case Muscle::Adductors:
        return tr("Adductors");
    case Muscle::HipFlexors:
        return tr("Hip flexors");
    case Muscle::Quadriceps:
        return tr("Quadriceps");
    case Muscle::Vmo:
        return tr("VMO (inner quadriceps)");
    case Muscle::Hamstrings:
        return tr("Hamstrings");
    case Muscle::Calves:
        return tr("Calves");
    case Muscle::Tfl:
        return tr("TFL");
    case Muscle::DeepAbdominals:
        return tr("Deep abdominals");
    case Muscle::Obliques:
        return tr("Obliques");
    }
    return {};
}

QString Labels::of(KneeFlexion value)
{
    switch (value) {
    case KneeFlexion::None:
        return tr("None");
    case KneeFlexion::Low:
        return tr("Low");
    case KneeFlexion::Moderate:
        return tr("Moderate");
    case KneeFlexion::High:
        return tr("High");
    }
    return {};
}

QString Labels::describe(KneeFlexion value)
{
    switch (value) {
    case KneeFlexion::None:
        return tr("The knee does not bend under load.");
    case KneeFlexion::Low:
        return tr("Up to about 30° under load, or the knee bends without load.");
    case KneeFlexion::Moderate:
        return tr("About 30-60° of bend under load.");
    case KneeFlexion::High:
        return tr("More than 60° or end-range bend under load.");
    }
    return {};
}

QString Labels::of(Impact value)
{
    switch (value) {
    case Impact::None:
        return tr("None");
    case Impact::Low:
        return tr("Low");
    case Impact::High:
        return tr("High");
    }
    return {};
}

QString Labels::of(Equipment value)
{
    switch (value) {
    case Equipment::None:
        return tr("None");
    case Equipment::Mat:
        return tr("Mat");
    case Equipment::Band:
        return tr("Resistance band");
    case Equipment::AnkleWeight:
        return tr("Ankle weight");
    case Equipment::Step:
        return tr("Step");
    case Equipment::Ball:
        return tr("Ball");
    case Equipment::Ring:
        return tr("Pilates ring");
    case Equipment::Chair:
        return tr("Chair");
    case Equipment::Wall:
        return tr("Wall");
    case Equipment::Strap:
        return tr("Strap");
    case Equipment::Block:
        return tr("Block");
    case Equipment::Reformer:
        return tr("Reformer");
    case Equipment::Towel:
        return tr("Towel");
    case Equipment::Box:
        return tr("Box");
    case Equipment::Cushion:
        return tr("Cushion");
    case Equipment::Dumbbell:
        return tr("Dumbbell");
    case Equipment::Pad:
        return tr("Knee pad");
    }
    return {};
}

QString Labels::of(Laterality value)
{
    switch (value) {
    case Laterality::Bilateral:
        return tr("Both legs together");
    case Laterality::Unilateral:
        return tr("One leg at a time");
    case Laterality::Alternating:
        return tr("Alternating legs");
    }
    return {};
}

QString Labels::of(Precaution value)
{
    switch (value) {
    case Precaution::DeepKneeFlexion:
        return tr("Deep knee bend");
    case Precaution::Kneeling:
        return tr("Kneeling");
    case Precaution::Impact:
        return tr("Impact");
    case Precaution::EndRangeHipFlexion:
        return tr("End-range hip bend");
    case Precaution::Balance:
        return tr("Balance");
    case Precaution::PatellarCompression:
        return tr("Kneecap compression");
    }
    return {};
}

QString Labels::describe(Precaution value)
{
    switch (value) {
    case Precaution::DeepKneeFlexion:
        return tr("Loads the knee bent past about 60°; avoid while the knee is irritable.");
    case Precaution::Kneeling:
        return tr("Weight goes through the front of the knee; pad it or choose another position.");
    case Precaution::Impact:
        return tr("Includes hopping, jumping or landing.");
    case Precaution::EndRangeHipFlexion:
        return tr("Takes the hip into a deep bend; may pinch an irritable hip.");
    case Precaution::Balance:
        return tr("Needs steady balance; keep a support within reach.");
    case Precaution::PatellarCompression:
        return tr("Presses the kneecap firmly against the thigh bone.");
    }
    return {};
}

QString Labels::of(Condition value)
{
    switch (value) {
    case Condition::PatellofemoralPain:
        return tr("Pain around the kneecap");
    case Condition::PatellarMaltracking:
        return tr("Kneecap maltracking");
    case Condition::HipImbalance:
        return tr("Hip muscle imbalance");
    case Condition::PostSurgery:
        return tr("After surgery");
    case Condition::GeneralKneePain:
        return tr("General knee pain");
    }
    return {};
}

QString Labels::of(Side value)
{
    switch (value) {
    case Side::Left:
        return tr("Left");
    case Side::Right:
        return tr("Right");
    case Side::Both:
        return tr("Both");
    }
    return {};
}

QString Labels::of(Goal value)
{
    switch (value) {
    case Goal::Stairs:
        return tr("Stairs");
    case Goal::Squatting:
        return tr("Squatting");
    case Goal::Running:
        return tr("Running");
    case Goal::JumpingSport:
        return tr("Jumping sport");
    case Goal::Walking:
        return tr("Walking");
    case Goal::DailyLiving:
        return tr("Daily living");
    }
    return {};
}

QString Labels::of(LoadKind value)
{
    switch (value) {
    case LoadKind::None:
        return tr("No added load");
    case LoadKind::Band:
        return tr("Resistance band");
    case LoadKind::AnkleWeight:
        return tr("Ankle weight");
    case LoadKind::Dumbbell:
        return tr("Dumbbell");
    }
    return {};
}

QString Labels::of(NextMorning value)
{
    switch (value) {
    case NextMorning::Settled:
        return tr("Settled by the next morning");
    case NextMorning::Higher:
        return tr("Worse the next morning");
    }
    return {};
}

QString Labels::of(Swelling value)
{
    switch (value) {
    case Swelling::None:
        return tr("No swelling");
    case Swelling::Same:
        return tr("Same as before");
    case Swelling::New:
        return tr("New swelling");
    }
    return {};
}

QString Labels::of(Difficulty value)
{
    switch (value) {
    case Difficulty::TooEasy:
        return tr("Too easy");
    case Difficulty::Right:
        return tr("About right");
    case Difficulty::TooHard:
        return tr("Too hard");
    }
    return {};
}

QString Labels::of(Action value)
{
    switch (value) {
    case Action::Progress:
        return tr("Progress");
    case Action::Hold:
        return tr("Hold");
    case Action::Regress:
        return tr("Step back");
    case Action::Refer:
        return tr("Refer");
    }
    return {};
}

QString Labels::of(Light value)
{
    switch (value) {
    case Light::Green:
        return tr("Green");
    case Light::Amber:
        return tr("Amber");
    case Light::Red:
        return tr("Red");
    case Light::None:
        return tr("No check-in");
    }
    return {};
}

QString Labels::of(DayKind value)
{
    switch (value) {
    case DayKind::Strength:
        return tr("Strength");
    case DayKind::Mobility:
        return tr("Mobility");
    case DayKind::Rest:
        return tr("Rest");
    }
    return {};
}

QString Labels::of(WorkSide value)
{
    switch (value) {
    case WorkSide::Both:
        return tr("Both legs");
    case WorkSide::Each:
        return tr("Each leg");
    case WorkSide::Left:
        return tr("Left leg");
    case WorkSide::Right:
        return tr("Right leg");
    }
    return {};
}

QString Labels::phases(int phaseMin, int phaseMax)
{
    if (phaseMin == phaseMax) {
        return tr("Phase %1").arg(phaseMin);
    }
    return tr("Phases %1–%2").arg(phaseMin).arg(phaseMax);
}

QString Labels::dateFormat(DateStyle style)
{
    switch (style) {
    case DateStyle::DayMonth:
        return tr("d MMM", "date format (QLocale pattern): day, short month");
    case DateStyle::WeekdayDayMonth:
        return tr("ddd d MMM", "date format (QLocale pattern): short weekday, day, short month");
    case DateStyle::DayMonthYear:
        return tr("d MMM yyyy", "date format (QLocale pattern): day, short month, year");
    case DateStyle::WeekdayDate:
        return tr("ddd d MMM yyyy", "date format (QLocale pattern): short weekday and date");
    case DateStyle::LongDate:
        return tr("d MMMM yyyy", "date format (QLocale pattern): day, month, year");
    case DateStyle::DateTime:
        return tr("d MMM yyyy, HH:mm", "date format (QLocale pattern): date and time");
    case DateStyle::LongWeekdayDateTime:
        return tr("dddd d MMMM yyyy, HH:mm",
                  "date format (QLocale pattern): weekday, date and time");
    }
    return tr("d MMM yyyy", "date format (QLocale pattern): day, short month, year");
}

} // namespace glidepath::report
