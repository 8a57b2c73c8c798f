#include <glidepath/core/plan_status.h>

namespace glidepath::core {

std::vector<RedFlag> standingRedFlags(const std::vector<RedFlag>& screeningYes,
                                      std::span<const CheckIn> checkIns)
{
    const CheckIn* newest = nullptr;
    for (const CheckIn& checkIn : checkIns) {
        if (!newest || checkIn.date >= newest->date) {
            newest = &checkIn;
        }
    }
    std::vector<RedFlag> out;
    for (const RedFlag flag : allValues<RedFlag>()) {
        if (contains(screeningYes, flag) || (newest && contains(newest->redFlags, flag))) {
            out.push_back(flag);
        }
    }
    return out;
}

bool isSuperseded(const Plan& plan, const std::vector<RedFlag>& standing)
{
    return plan.decision.action != Action::Refer && !standing.empty();
}

} // namespace glidepath::core
