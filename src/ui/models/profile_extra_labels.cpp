#include "models/profile_extra_labels.h"

namespace glidepath::ui {

QString ProfileExtraLabels::of(core::Operation value)
{
    switch (value) {
    case core::Operation::KneeArthroscopy:
        return tr("Knee arthroscopy (keyhole surgery)");
    case core::Operation::AclReconstruction:
        return tr("ACL reconstruction");
    case core::Operation::KneeReplacement:
        return tr("Knee replacement");
    case core::Operation::Other:
        return tr("Other operation");
    }
    return {};
}

QString ProfileExtraLabels::of(core::WeightBearing value)
{
    switch (value) {
    case core::WeightBearing::Full:
        return tr("Full weight allowed");
    case core::WeightBearing::Partial:
        return tr("Partial weight only");
    case core::WeightBearing::NonWeightBearing:
        return tr("No weight on the leg");
    }
    return {};
}

QString ProfileExtraLabels::of(core::SurgicalClearance value)
{
    switch (value) {
    case core::SurgicalClearance::Kneeling:
        return tr("Kneeling");
    case core::SurgicalClearance::DeepKneeBend:
        return tr("Deep knee bends");
    case core::SurgicalClearance::ImpactLanding:
        return tr("Hopping and landing");
    case core::SurgicalClearance::Pivoting:
        return tr("Twisting and pivoting");
    case core::SurgicalClearance::Running:
        return tr("Running");
    }
    return {};
}

QString ProfileExtraLabels::of(core::ClientPrecaution value)
{
    switch (value) {
    case core::ClientPrecaution::FallInLastYear:
        return tr("A fall in the last year");
    case core::ClientPrecaution::UnsteadyOrFearOfFalling:
        return tr("Feels unsteady or worries about falling");
    case core::ClientPrecaution::Pregnancy:
        return tr("Pregnant");
    case core::ClientPrecaution::Hypermobility:
        return tr("Very flexible joints (hypermobility)");
    case core::ClientPrecaution::Osteoporosis:
        return tr("Osteoporosis (thin bones)");
    case core::ClientPrecaution::HipReplacementPrecautions:
        return tr("Hip replacement precautions");
    }
    return {};
}

QString ProfileExtraLabels::question(HipQuestion question, bool personal)
{
    switch (question) {
    case HipQuestion::SitsForLongPeriods:
        return personal ? tr("Do you sit for long periods on most days?")
                        : tr("Does the client sit for long periods on most days?");
    case HipQuestion::BackPain:
        return personal ? tr("Do you have back pain?") : tr("Does the client have back pain?");
    case HipQuestion::RepetitiveMotion:
        return personal ? tr("Does your sport or work repeat the same movement a lot (running, "
                             "cycling, the same class every time)?")
                        : tr("Does the client's sport or work repeat the same movement a lot "
                             "(running, cycling, the same class every time)?");
    case HipQuestion::DoesHipBalanceWork:
        return personal ? tr("Do you already do exercises on purpose to keep your hips "
                             "balanced?")
                        : tr("Does the client already do exercises on purpose to keep the hips "
                             "balanced?");
    }
    return {};
}

} // namespace glidepath::ui
