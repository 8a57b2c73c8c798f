#include <glidepath/core/date.h>
#include <glidepath/core/progression_engine.h>
#include <glidepath/planning/planning_service.h>
#include <glidepath/storage/review_repository.h>
#include <glidepath/storage/storage_error.h>
#include <glidepath/storage/tracking_repository.h>

#include <algorithm>

namespace glidepath::planning {

core::PlanRequest PlanningService::buildRequest(std::int64_t clientId, core::Date weekStart) const
{
    storage::ClientRepository clients(m_db);
    const auto record = clients.find(clientId);
    if (!record) {
        throw storage::StorageError(storage::StorageError::Kind::NotFound,
                                    "there is no client with the id " + std::to_string(clientId));
    }
    core::PlanRequest request;
    request.weekStart = weekStart;
    request.client = record->profile;
    request.screeningRedFlags = record->screeningRedFlags;
    request.checkins = checkIns(clientId);

    // The sessions logged in the week before refine the latest check-in (rules log.*).
    for (const storage::StoredSessionLog& stored : storage::TrackingRepository(m_db).sessionLogs(
             clientId, {weekStart - std::chrono::days(7), weekStart - std::chrono::days(1)})) {
        request.sessionLogs.push_back(stored.log);
    }

    const std::vector<storage::StoredPlan> plans = clients.plans(clientId);
    const storage::StoredPlan* previous = nullptr;
    for (const storage::StoredPlan& stored : plans) {
        if (stored.plan.weekStart >= weekStart) {
            continue;
        }
        if (!previous || stored.plan.weekStart > previous->plan.weekStart ||
            (stored.plan.weekStart == previous->plan.weekStart &&
             stored.version > previous->version)) {
            previous = &stored;
        }
    }
    if (previous) {
        request.previousPlan = previous->plan;
    }

    // A review recorded for a later date says nothing about the week being planned.
    for (const storage::StoredReview& stored : storage::ReviewRepository(m_db).reviews(clientId)) {
        if (stored.review.date <= weekStart) {
            request.reviews.push_back(stored.review);
        }
    }
    return request;
}

core::Plan PlanningService::planWeek(std::int64_t clientId, core::Date weekStart,
                                     const std::vector<core::Exercise>& library,
                                     const core::ProgressionRules& rules) const
{
    return core::generatePlan(buildRequest(clientId, weekStart), library, rules);
}

std::unique_ptr<core::PlanAlternatives>
PlanningService::alternatives(std::int64_t clientId, core::Date weekStart,
                              std::vector<core::Exercise> library,
                              const core::ProgressionRules& rules) const
{
    return std::make_unique<core::PlanAlternatives>(std::move(library),
                                                    buildRequest(clientId, weekStart), rules);
}

std::vector<core::CheckIn> PlanningService::checkIns(std::int64_t clientId) const
{
    std::vector<core::CheckIn> checkins;
    for (const storage::StoredCheckIn& stored :
         storage::ClientRepository(m_db).checkIns(clientId)) {
        checkins.push_back(stored.checkIn);
    }
    // Storage already orders by date; a stable sort keeps that promise here whatever it does.
    std::stable_sort(
        checkins.begin(), checkins.end(),
        [](const core::CheckIn& a, const core::CheckIn& b) { return a.date < b.date; });
    return checkins;
}

std::vector<core::PsfsAssessment> PlanningService::psfsAssessments(std::int64_t clientId) const
{
    std::vector<core::PsfsAssessment> assessments;
    for (const storage::StoredPsfs& stored :
         storage::TrackingRepository(m_db).psfsAssessments(clientId)) {
        assessments.push_back(stored.assessment);
    }
    return assessments;
}

core::Plan planToSave(core::Plan plan)
{
    if (plan.decision.action != core::Action::Refer) {
        return plan;
    }
    for (core::PlanDay& day : plan.days) {
        day.kind = core::DayKind::Rest;
        day.estimatedMinutes = 0;
        day.exercises.clear();
    }
    plan.overrides.clear();
    return plan;
}

core::Date nextMonday(core::Date date)
{
    return date + std::chrono::days{7 - core::weekdayIndex(date)};
}

} // namespace glidepath::planning
