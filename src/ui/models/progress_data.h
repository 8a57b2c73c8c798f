#pragma once

#include <glidepath/core/session_log.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/tracking_repository.h>

#include <optional>
#include <vector>

namespace glidepath::ui {

// One calendar week (Monday to Sunday) of a client's history, gathered from every source: the
// check-in made in that week, the plan saved for that week, the sessions logged in it and a PSFS
// assessment. Plain data; the Progress page's charts, week table and CSV all read it.
struct ProgressWeek
{
    core::Date start{};                   // a Monday
    std::optional<core::CheckIn> checkIn; // the latest check-in dated in the week
    // A check-in reports on the plan of the week before. One made before any plan was saved
    // (the first visit) has no sessions to count: its adherence is the form's default, not data.
    bool checkInHasAdherence = false;
    std::optional<core::Plan> plan; // the newest saved version of the plan for the week
    int sessionsLogged = 0;
    int sessionsPlanned = 0;               // from the plan; 0 without one
    std::optional<double> loggedAdherence; // core::weekAdherence of the logs
    std::optional<int> worstLoggedPain;
    std::optional<double> psfsAverage; // the latest assessment dated in the week

    // Sessions done / planned: from the logs where there are any, else the check-in's figure
    // when it has one (see checkInHasAdherence); nullopt when nothing was recorded.
    std::optional<double> adherence() const;
    bool adherenceFromLogs() const { return loggedAdherence.has_value(); }
    // Pain during exercise: the check-in's answer, else the worst pain logged.
    std::optional<int> exercisePain() const;
};

struct ProgressData
{
    std::vector<ProgressWeek> weeks;              // oldest first; only weeks with something in them
    std::vector<storage::StoredCheckIn> checkIns; // oldest first
    std::vector<storage::StoredSessionLog> sessionLogs; // oldest first
    std::vector<storage::StoredPsfs> psfs;              // oldest first
    core::MeaningfulChange thresholds;

    bool empty() const { return weeks.empty(); }
    const ProgressWeek* week(core::Date monday) const;
};

// The Monday on or before date.
core::Date mondayOf(core::Date date);

// Builds the weeks from the four histories (each in the order the repositories return them).
ProgressData buildProgress(std::vector<storage::StoredCheckIn> checkIns,
                           const std::vector<storage::StoredPlan>& plans,
                           std::vector<storage::StoredSessionLog> sessionLogs,
                           std::vector<storage::StoredPsfs> psfs,
                           const core::MeaningfulChange& thresholds = {});

// The newest saved plan whose week contains date, from ClientRepository::plans (newest first).
std::optional<storage::StoredPlan> planCovering(const std::vector<storage::StoredPlan>& plans,
                                                core::Date date);

} // namespace glidepath::ui
