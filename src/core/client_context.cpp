#include "engine_text.h"

#include <glidepath/core/progression_steps.h>

#include <algorithm>

namespace glidepath::core {

namespace {

// The highest phase the time since surgery allows (surgery.phase_weeks), and the weight-bearing
// limit (surgery.weight_bearing). Without a recorded date the pathway stays in phase 1: the
// conservative default until the clinician records the operation.
int surgeryMaxPhase(ClientContext& context, const ProgressionRules& rules)
{
    if (!context.surgery || !context.weeksSinceSurgery) {
        return 1;
    }
    const SurgeryPhaseWeeks& row =
        rules.surgeryPhaseWeeks[static_cast<std::size_t>(context.surgery->operation)];
    const std::array<int, 3> weeks{row.phase2, row.phase3, row.phase4};
    int phase = 1;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        if (*context.weeksSinceSurgery >= weeks[i]) {
            phase = static_cast<int>(i) + 2;
        }
    }
    if (context.surgery->weightBearing != WeightBearing::Full &&
        phase > rules.partialWeightBearingMaxPhase) {
        context.weightBearingCaps = true;
        phase = rules.partialWeightBearingMaxPhase;
    }
    return phase;
}

} // namespace

ClientContext clientContext(const PlanRequest& request, const ProgressionRules& rules)
{
    ClientContext out;
    const ClientProfile& client = request.client;
    out.surgery = client.surgery;
    out.postSurgery =
        client.surgery.has_value() || contains(client.conditions, Condition::PostSurgery);
    if (out.postSurgery) {
        if (client.surgery && client.surgery->date != Date{} &&
            client.surgery->date <= request.weekStart) {
            out.weeksSinceSurgery =
                static_cast<int>((request.weekStart - client.surgery->date).count() / 7);
        }
        if (client.surgery) {
            out.cleared = client.surgery->clearances;
        }
        out.surgeryMaxPhase = surgeryMaxPhase(out, rules);
    }

    if (client.age >= rules.fallsRiskAge) {
        out.fallsWhy.emplace_back("age");
    }
    if (contains(client.precautions, ClientPrecaution::FallInLastYear)) {
        out.fallsWhy.emplace_back("fall_in_last_year");
    }
    if (contains(client.precautions, ClientPrecaution::UnsteadyOrFearOfFalling)) {
        out.fallsWhy.emplace_back("unsteady");
    }
    out.fallsRisk = !out.fallsWhy.empty();

    // Seed article 004: yes to any of the first three questions and no to the last.
    const HipBalanceCheck& hip = client.hipBalance;
    if (hip.sitsForLongPeriods.value_or(false)) {
        out.hipBalanceWhy.emplace_back("sitting");
    }
    if (hip.backPain.value_or(false)) {
        out.hipBalanceWhy.emplace_back("back_pain");
    }
    if (hip.repetitiveMotion.value_or(false)) {
        out.hipBalanceWhy.emplace_back("repetitive_motion");
    }
    out.hipBalanceEmphasis = !out.hipBalanceWhy.empty() && hip.doesHipBalanceWork == false;
    return out;
}

bool isCleared(const ClientContext& context, SurgicalClearance clearance)
{
    return !context.postSurgery || contains(context.cleared, clearance);
}

Reason surgeryLimitsReason(const ClientContext& context)
{
    std::vector<std::string> notCleared;
    for (SurgicalClearance clearance : allValues<SurgicalClearance>()) {
        if (!contains(context.cleared, clearance)) {
            notCleared.emplace_back(toString(clearance));
        }
    }
    Reason out{"surgery.clearance",
               {{"max_phase", value::number(context.surgeryMaxPhase)},
                {"not_cleared", value::words(notCleared)}}};
    if (context.surgery) {
        out.values["operation"] = value::word(toString(context.surgery->operation));
        out.values["weight_bearing"] = value::word(toString(context.surgery->weightBearing));
        if (context.weeksSinceSurgery) {
            out.values["weeks"] = value::number(*context.weeksSinceSurgery);
        }
    }
    return out;
}

} // namespace glidepath::core
