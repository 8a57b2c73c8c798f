#pragma once

// One way to plan a stored client's week, shared by the app and the command line: the request is
// assembled from storage the same way wherever a plan is made, so the same database gives the
// same plan in both.

#include <glidepath/core/exercise.h>
#include <glidepath/core/plan.h>
#include <glidepath/core/plan_alternatives.h>
#include <glidepath/core/progression_rules.h>
#include <glidepath/core/session_log.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace glidepath::planning {

class PlanningService
{
public:
    explicit PlanningService(storage::Database& db) : m_db(db) {}

    // The request for the week starting weekStart, from what is stored for the client:
    //  - the profile (with surgery, precautions and the hip-balance check) and screening answers;
    //  - every check-in, oldest first;
    //  - the session logs of the seven days before weekStart (they refine the latest check-in);
    //  - as last week, the newest version of the latest saved week before weekStart (re-planning
    //    a week never treats that week's own earlier version as its past);
    //  - the clinician reviews dated on or before weekStart, oldest first.
    // StorageError::NotFound when there is no such client.
    core::PlanRequest buildRequest(std::int64_t clientId, core::Date weekStart) const;

    // The engine's plan for the week from buildRequest. The profile must be complete
    // (core::validateProfile); the caller checks it first to say what is missing.
    core::Plan planWeek(std::int64_t clientId, core::Date weekStart,
                        const std::vector<core::Exercise>& library,
                        const core::ProgressionRules& rules) const;

    // What may be swapped in or added by hand to the client's plan for that week, under the
    // engine's limits for the same request.
    std::unique_ptr<core::PlanAlternatives> alternatives(std::int64_t clientId,
                                                         core::Date weekStart,
                                                         std::vector<core::Exercise> library,
                                                         const core::ProgressionRules& rules) const;

    // The client's check-ins, oldest first (also what a handout prints with the plan).
    std::vector<core::CheckIn> checkIns(std::int64_t clientId) const;
    // The client's function (PSFS) assessments, oldest first: what the clinician summary charts,
    // the same from the app and the CLI.
    std::vector<core::PsfsAssessment> psfsAssessments(std::int64_t clientId) const;

private:
    storage::Database& m_db;
};

// The plan as a save stores it, for the app's Save plan and the CLI's plan --new --save alike: a
// referral keeps its decision and advice only, so no exercise can slip into a stored referral
// whatever happened to the draft; any other plan as it is.
core::Plan planToSave(core::Plan plan);

// The Monday after date (a Monday gives the following one): the week "Plan next week" plans.
core::Date nextMonday(core::Date date);

} // namespace glidepath::planning
