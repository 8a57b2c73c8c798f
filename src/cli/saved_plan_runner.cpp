#include "cli_args.h"
#include "cli_database.h"
#include "commands.h"

#include <glidepath/core/date.h>
#include <glidepath/core/plan_status.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/io/rules_format.h>
#include <glidepath/planning/planning_service.h>
#include <glidepath/report/reason_text.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/exercise_repository.h>

#include <algorithm>
#include <charconv>
#include <ostream>

namespace glidepath::cli {

namespace {

// A client by number, else by full name (case-sensitive first, then ignoring case). Two clients
// with the same name are ambiguous: the user is told to use the number.
std::optional<storage::ClientRecord> findClient(storage::ClientRepository& clients,
                                                const std::string& key, std::ostream& err)
{
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), id);
    if (ec == std::errc{} && end == key.data() + key.size()) {
        if (auto found = clients.find(id)) {
            return found;
        }
        err << "glidepath-cli: plan: no client with number " << key << "\n";
        return std::nullopt;
    }
    auto lower = [](std::string text) {
        std::transform(text.begin(), text.end(), text.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return text;
    };
    std::vector<storage::ClientRecord> matches;
    for (auto& client : clients.list(key)) {
        if (lower(client.profile.name) == lower(key)) {
            matches.push_back(std::move(client));
        }
    }
    if (matches.size() == 1) {
        return matches.front();
    }
    if (matches.empty()) {
        err << "glidepath-cli: plan: no client named \"" << key << "\"\n";
    } else {
        err << "glidepath-cli: plan: " << matches.size() << " clients are named \"" << key
            << "\"; give the number instead:";
        for (const auto& client : matches) {
            err << " " << client.id;
        }
        err << "\n";
    }
    return std::nullopt;
}

// The client's week planned from what is saved, through the same service as the app's Plan next
// week; printed (and its handout written), never saved.
int planFromDatabase(storage::Database& db, const storage::ClientRecord& client,
                     const PlanOptions& options, std::optional<core::Date> week, std::ostream& out,
                     std::ostream& err)
{
    const auto issues = core::validateProfile(client.profile);
    if (!issues.empty()) {
        for (const core::FieldIssue& issue : issues) {
            err << "glidepath-cli: plan: " << client.profile.name << "'s profile: " << issue.field
                << ": " << issue.message << "\n";
        }
        err << "glidepath-cli: plan: complete the profile in Glidepath first; no plan was made\n";
        return kExitBadInput;
    }
    const core::Date weekStart = week ? *week : planning::nextMonday(core::SystemClock().today());
    if (core::weekdayIndex(weekStart) != 0) {
        err << "glidepath-cli: plan: --week must be a Monday, and " << options.week
            << " is not one\n";
        return kExitBadInput;
    }
    const planning::PlanningService service(db);
    const auto library = storage::ExerciseRepository(db).list();
    const core::Plan plan = service.planWeek(client.id, weekStart, library, io::builtinRules());
    out << (options.format == PlanFormat::Json ? io::writePlan(plan, report::clinicianText)
                                               : io::writePlanText(plan, report::clinicianText));
    if (options.pdfFile.empty()) {
        return kExitOk;
    }
    return writeHandout(options, plan, library, client.profile.name, client.profile,
                        service.checkIns(client.id), out, err);
}

} // namespace

int runSavedPlan(const PlanOptions& options, const GlobalOptions& global, std::ostream& out,
                 std::ostream& err)
{
    std::optional<core::Date> week;
    if (!options.week.empty()) {
        week = core::parseIsoDate(options.week);
        if (!week) {
            err << "glidepath-cli: plan: --week must be a date written YYYY-MM-DD, not \""
                << options.week << "\"\n";
            return kExitBadInput;
        }
        if (!core::isAcceptedDate(*week)) {
            err << "glidepath-cli: plan: --week must be a date from "
                << core::toIsoString(core::kEarliestDate) << " to "
                << core::toIsoString(core::kLatestDate) << ", not " << options.week << "\n";
            return kExitBadInput;
        }
    }
    const auto db = openLibraryDatabase(global, storage::Access::ReadOnly, err);
    if (!db) {
        return kExitBadInput;
    }
    try {
        storage::ClientRepository clients(*db);
        const auto client = findClient(clients, options.client, err);
        if (!client) {
            return kExitBadInput;
        }
        if (options.makeNew) {
            return planFromDatabase(*db, *client, options, week, out, err);
        }
        std::optional<storage::StoredPlan> chosen;
        for (auto& stored : clients.plans(client->id)) { // newest week first, newest version first
            if (!week || stored.plan.weekStart == *week) {
                chosen = std::move(stored);
                break;
            }
        }
        if (!chosen) {
            err << "glidepath-cli: plan: " << client->profile.name << " has no saved plan"
                << (week ? " for the week of " + options.week : std::string()) << "\n";
            return kExitBadInput;
        }
        out << (options.format == PlanFormat::Json
                    ? io::writePlan(chosen->plan, report::clinicianText)
                    : io::writePlanText(chosen->plan, report::clinicianText));
        if (options.pdfFile.empty()) {
            return kExitOk;
        }
        const auto checkins = planning::PlanningService(*db).checkIns(client->id);
        // A red flag standing now stops the plan: no handout of it as the current plan.
        const auto standing = core::standingRedFlags(client->screeningRedFlags, checkins);
        if (core::isSuperseded(chosen->plan, standing)) {
            err << "glidepath-cli: plan: no handout written: the plan for the week of "
                << core::toIsoString(chosen->plan.weekStart) << " is superseded because "
                << client->profile.name << " answered yes to a red-flag question (";
            for (std::size_t i = 0; i < standing.size(); ++i) {
                err << (i ? ", " : "") << core::toString(standing[i]);
            }
            err << "). See a doctor or physiotherapist first; the plan stays stopped until a "
                   "clinician's review, recorded with who and when, and answers that no longer "
                   "say yes.\n";
            return kExitBadInput;
        }
        storage::ExerciseFilter all;
        all.includeHidden = true; // a saved plan may use an exercise hidden since
        const auto library = storage::ExerciseRepository(*db).list(all);
        return writeHandout(options, chosen->plan, library, client->profile.name, client->profile,
                            checkins, out, err);
    } catch (const std::exception& error) {
        err << "glidepath-cli: plan: " << describeFileError(db->path(), error) << "\n";
        return kExitBadInput;
    }
}

} // namespace glidepath::cli
