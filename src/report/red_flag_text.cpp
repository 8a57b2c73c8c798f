#include <glidepath/report/red_flag_text.h>

#include <QCoreApplication>

namespace glidepath::report {

namespace {

class RedFlagText
{
    Q_DECLARE_TR_FUNCTIONS(RedFlagText)
};

} // namespace

QString redFlagQuestion(core::RedFlag flag)
{
    using core::RedFlag;
    switch (flag) {
    case RedFlag::HotSwollenJointFever:
        return RedFlagText::tr(
            "Is the knee or hip hot, red and swollen, and do you have a fever or feel unwell?");
    case RedFlag::CannotBearWeight:
        return RedFlagText::tr(
            "Since an injury, are you unable to put weight on the leg or take four steps?");
    case RedFlag::LockedKnee:
        return RedFlagText::tr("Does the knee lock, or can you not straighten it fully?");
    case RedFlag::RapidSwellingAfterInjury:
        return RedFlagText::tr("Did the knee swell up a lot within a few hours of an injury?");
    case RedFlag::SuspectedStructuralInjury:
        return RedFlagText::tr(
            "Do you think the kneecap has dislocated, a bone is broken or a tendon has torn?");
    case RedFlag::ConstantOrNightPain:
        return RedFlagText::tr(
            "Is the pain constant, or does it wake you at night whatever position you are in?");
    case RedFlag::UnexplainedWeightLoss:
        return RedFlagText::tr("Have you lost weight recently without trying?");
    case RedFlag::NumbnessOrColourChange:
        return RedFlagText::tr(
            "Do you have numbness, pins and needles, or a change of colour in the leg or foot?");
    case RedFlag::YoungPersonHipRotationPain:
        return RedFlagText::tr(
            "Is this for a child or teenager whose knee pain comes with pain when the hip is "
            "turned in or out?");
    case RedFlag::DvtSigns:
        return RedFlagText::tr(
            "Is one calf painful, swollen, warm or red, especially since an operation or a "
            "time of little movement?");
    case RedFlag::WoundProblem:
        return RedFlagText::tr(
            "After an operation, is the wound red, oozing or opening, or do you have a fever?");
    case RedFlag::CancerHistoryNewPain:
        return RedFlagText::tr(
            "Have you had cancer, and is this pain new and without a clear cause, or worse at "
            "night?");
    case RedFlag::InflammatoryPattern:
        return RedFlagText::tr(
            "Are several joints swollen, or are you stiff for more than half an hour every "
            "morning, or generally unwell?");
    case RedFlag::ProgressiveNeurologicalSigns:
        return RedFlagText::tr(
            "Is numbness or weakness in the leg spreading or getting worse, or does the foot "
            "drop or catch when you walk?");
    }
    return {};
}

QString redFlagReferral(core::RedFlag flag)
{
    using core::RedFlag;
    switch (flag) {
    case RedFlag::HotSwollenJointFever:
        return RedFlagText::tr(
            "A hot, swollen joint with a fever can mean an infection. Please contact a doctor "
            "or urgent care today, and do not exercise the leg until you have been seen.");
    case RedFlag::CannotBearWeight:
        return RedFlagText::tr(
            "Not being able to take weight after an injury needs checking for a fracture. "
            "Please see a doctor or an urgent care centre before starting any exercise.");
    case RedFlag::LockedKnee:
        return RedFlagText::tr(
            "A knee that locks or will not straighten may have a torn cartilage or a loose "
            "fragment. Please book an assessment with a doctor or physiotherapist first.");
    case RedFlag::RapidSwellingAfterInjury:
        return RedFlagText::tr(
            "Swelling that comes up within hours of an injury often means bleeding inside the "
            "joint. Please have the knee assessed by a doctor or physiotherapist soon.");
    case RedFlag::SuspectedStructuralInjury:
        return RedFlagText::tr(
            "A possible dislocation, fracture or tendon tear needs a medical assessment. "
            "Please see a doctor or urgent care before starting this programme.");
    case RedFlag::ConstantOrNightPain:
        return RedFlagText::tr(
            "Pain that never eases or wakes you at night is not typical of this kind of knee "
            "or hip pain. Please ask your doctor to look into it before exercising.");
    case RedFlag::UnexplainedWeightLoss:
        return RedFlagText::tr(
            "Weight loss without a reason should be checked by your doctor. Please book an "
            "appointment and mention your joint pain as well.");
    case RedFlag::NumbnessOrColourChange:
        return RedFlagText::tr(
            "Numbness, tingling or colour change can come from a nerve or the circulation. "
            "Please see a doctor soon; go urgently if the leg is cold, pale or getting worse.");
    case RedFlag::YoungPersonHipRotationPain:
        return RedFlagText::tr(
            "In a growing child, knee pain with painful hip turning can come from the hip "
            "growth plate. Please see a doctor today (the same day) and avoid running, "
            "jumping and heavy loading until then.");
    case RedFlag::DvtSigns:
        return RedFlagText::tr(
            "A painful, swollen, warm calf can be a blood clot. Please see a doctor or urgent "
            "care today (the same day) and do not exercise the leg until then.");
    case RedFlag::WoundProblem:
        return RedFlagText::tr(
            "A red, oozing or opening wound or a fever after an operation needs checking. "
            "Please contact your surgical team or a doctor today and pause the exercises "
            "until they have seen it.");
    case RedFlag::CancerHistoryNewPain:
        return RedFlagText::tr(
            "New, unexplained pain after cancer should be checked by your doctor. Please "
            "book an appointment soon and mention this pain before you start exercising.");
    case RedFlag::InflammatoryPattern:
        return RedFlagText::tr(
            "Several swollen joints or long morning stiffness can be an inflammatory "
            "condition. Please see your doctor soon; it may need a blood test or a specialist.");
    case RedFlag::ProgressiveNeurologicalSigns:
        return RedFlagText::tr(
            "Numbness or weakness that is spreading, or a dropping foot, needs a medical "
            "assessment today. Please see a doctor or urgent care the same day.");
    }
    return {};
}

} // namespace glidepath::report
