#include <glidepath/core/progression_steps.h>

#include <algorithm>

namespace glidepath::core {

std::vector<Goal> shapingGoals(const ClientProfile& client)
{
    std::vector<Goal> goals;
    for (Goal goal : allValues<Goal>()) {
        const bool wanted = contains(client.goals, goal) ||
                            // goal.running: walking first, then walk-run up the same ladder.
                            (goal == Goal::Walking && contains(client.goals, Goal::Running));
        if (wanted) {
            goals.push_back(goal);
        }
    }
    return goals;
}

bool servesAny(const Exercise& exercise, std::span<const Goal> goals)
{
    return std::any_of(goals.begin(), goals.end(),
                       [&](Goal goal) { return exercise.serves(goal); });
}

} // namespace glidepath::core
