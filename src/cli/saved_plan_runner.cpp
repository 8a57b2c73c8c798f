#include "cli_args.h"
#include "cli_database.h"
#include "cli_text.h"
#include "commands.h"

#include <glidepath/core/date.h>
#include <glidepath/core/plan_status.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/io/rules_format.h>
#include <glidepath/planning/planning_service.h>
#include <glidepath/report/issue_text.h>
#include <glidepath/report/plan_text.h>
#include <glidepath/report/reason_text.h>
#include <glidepath/report/red_flag_text.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/server_url.h>

#include <QStringList>

#include <algorithm>
#include <charconv>
#include <ostream>
#include <sstream>

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
        err << "glidepath-cli: plan: " << utf8(CliText::tr("no client with number %1").arg(qs(key)))
            << "\n";
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
        err << "glidepath-cli: plan: " << utf8(CliText::tr("no client named \"%1\"").arg(qs(key)))
            << "\n";
    } else {
        err << "glidepath-cli: plan: "
            << utf8(CliText::tr("%1 clients are named \"%2\"; give the number instead:")
                        .arg(qulonglong(matches.size()))
                        .arg(qs(key)));
        for (const auto& client : matches) {
            err << " " << client.id;
        }
        err << "\n";
    }
    return std::nullopt;
}

// Every screening question answered, as the app's Plan next week asks before it plans: a
// question never asked is not a "no". Says which are open and returns false otherwise.
bool screeningComplete(const storage::ClientRecord& client, std::ostream& err)
{
    const auto unanswered =
        core::unansweredRedFlags(client.screeningRedFlags, client.screeningAnsweredNo);
    if (unanswered.empty()) {
        return true;
    }
    QStringList questions;
    for (const core::RedFlag flag : unanswered) {
        questions << QStringLiteral("\u201c%1\u201d").arg(report::redFlagQuestion(flag));
    }
    err << "glidepath-cli: plan: "
        << utf8(CliText::tr("nothing was saved: a plan is made only once every red-flag screening "
                            "question is answered yes or no, and %1 has not answered: %2 Answer "
                            "them on the client's profile in Glidepath first.")
                    .arg(qs(client.profile.name), questions.join(QLatin1Char(' '))))
        << "\n";
    return false;
}

// Saves the new plan as the app's Save plan does (planning::planToSave, then the same storage
// call; on a clinic server its trigger records who saved it) and says what was kept.
std::optional<storage::StoredPlan> saveNewPlan(storage::Database& db,
                                               const storage::ClientRecord& client,
                                               const core::Plan& plan, std::ostream& said,
                                               std::ostream& err)
{
    try {
        const storage::StoredPlan stored = storage::ClientRepository(db).savePlan(client.id, plan);
        const QString week = qs(core::toIsoString(plan.weekStart));
        said << utf8(plan.decision.action == core::Action::Refer
                         ? CliText::tr("No exercise plan was saved: a red flag needs a doctor or "
                                       "physiotherapist to check %1 first. The referral advice "
                                       "for the week of %2 is kept on record as version %3.")
                               .arg(qs(client.profile.name), week)
                               .arg(stored.version)
                         : CliText::tr("Saved the plan for %1 for the week of %2 as version %3.")
                               .arg(qs(client.profile.name), week)
                               .arg(stored.version))
             << "\n";
        return stored;
    } catch (const std::exception& error) {
        err << "glidepath-cli: plan: "
            << utf8(CliText::tr("the plan was not saved: %1")
                        .arg(qs(describeFileError(db.path(), error))))
            << "\n";
    }
    return std::nullopt;
}

// The client's week planned from what is saved, through the same service as the app's Plan next
// week; printed (and its handout written), and with --save stored as a new version.
int planFromDatabase(storage::Database& db, const storage::ClientRecord& client,
                     const PlanOptions& options, std::optional<core::Date> week, std::ostream& out,
                     std::ostream& err)
{
    const auto issues = core::validateProfile(client.profile);
    if (!issues.empty()) {
        for (const core::FieldIssue& issue : issues) {
            err << "glidepath-cli: plan: "
                << utf8(
                       CliText::tr("%1's profile: %2: %3")
                           .arg(qs(client.profile.name), qs(issue.field), report::issueText(issue)))
                << "\n";
        }
        err << "glidepath-cli: plan: "
            << utf8(CliText::tr("complete the profile in Glidepath first; no plan was made"))
            << "\n";
        return kExitBadInput;
    }
    const core::Date weekStart = week ? *week : planning::nextMonday(core::SystemClock().today());
    if (core::weekdayIndex(weekStart) != 0) {
        err << "glidepath-cli: plan: "
            << utf8(CliText::tr("--week must be a Monday, and %1 is not one").arg(qs(options.week)))
            << "\n";
        return kExitBadInput;
    }
    if (options.save && !screeningComplete(client, err)) {
        return kExitBadInput;
    }
    const planning::PlanningService service(db);
    const auto library = storage::ExerciseRepository(db).list();
    core::Plan plan = service.planWeek(client.id, weekStart, library, io::builtinRules());
    std::ostringstream confirmation;
    if (options.save) {
        // What is printed is what was stored: a referral keeps its advice only.
        plan = planning::planToSave(std::move(plan));
        if (!saveNewPlan(db, client, plan, confirmation, err)) {
            return kExitBadInput;
        }
    }
    out << (options.format == PlanFormat::Json ? io::writePlan(plan, report::clinicianText)
                                               : utf8(report::planText(plan, library)));
    // JSON output stays one plan document; the confirmation then goes with the messages.
    (options.format == PlanFormat::Json ? err : out) << confirmation.str();
    if (options.pdfFile.empty()) {
        return kExitOk;
    }
    return writeHandout(options, plan, library, client.profile.name, client.profile,
                        service.checkIns(client.id), service.psfsAssessments(client.id), out, err);
}

} // namespace

int runSavedPlan(const PlanOptions& options, const GlobalOptions& global, std::ostream& out,
                 std::ostream& err)
{
    std::optional<core::Date> week;
    if (!options.week.empty()) {
        week = core::parseIsoDate(options.week);
        if (!week) {
            err << "glidepath-cli: plan: "
                << utf8(CliText::tr("--week must be a date written YYYY-MM-DD, not \"%1\"")
                            .arg(qs(options.week)))
                << "\n";
            return kExitBadInput;
        }
        if (!core::isAcceptedDate(*week)) {
            err << "glidepath-cli: plan: "
                << utf8(CliText::tr("--week must be a date from %1 to %2, not %3")
                            .arg(qs(core::toIsoString(core::kEarliestDate)),
                                 qs(core::toIsoString(core::kLatestDate)), qs(options.week)))
                << "\n";
            return kExitBadInput;
        }
    }
    // Only --save writes; a reader works beside the app and on a read-only copy.
    const auto db = openLibraryDatabase(
        global, options.save ? storage::Access::ReadWrite : storage::Access::ReadOnly, err);
    if (!db) {
        return kExitBadInput;
    }
    if (options.save && !db->canWrite()) {
        err << "glidepath-cli: plan: "
            << utf8(CliText::tr("nothing was saved: %1 may only be read with this login (it may "
                                "look at records but not change them). Ask the clinic's "
                                "administrator for a login that may save plans.")
                        .arg(qs(db->isServer() ? storage::shownServerAddress(db->path().string())
                                               : db->path().string())))
            << "\n";
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
            err << "glidepath-cli: plan: "
                << utf8(week ? CliText::tr("%1 has no saved plan for the week of %2")
                                   .arg(qs(client->profile.name), qs(options.week))
                             : CliText::tr("%1 has no saved plan").arg(qs(client->profile.name)))
                << "\n";
            return kExitBadInput;
        }
        storage::ExerciseFilter all;
        all.includeHidden = true; // a saved plan may use an exercise hidden since
        const auto library = storage::ExerciseRepository(*db).list(all);
        out << (options.format == PlanFormat::Json
                    ? io::writePlan(chosen->plan, report::clinicianText)
                    : utf8(report::planText(chosen->plan, library)));
        if (options.pdfFile.empty()) {
            return kExitOk;
        }
        const auto checkins = planning::PlanningService(*db).checkIns(client->id);
        // A red flag standing now stops the plan: no handout of it as the current plan.
        const auto standing = core::standingRedFlags(client->screeningRedFlags, checkins);
        if (core::isSuperseded(chosen->plan, standing)) {
            QStringList questions;
            for (const core::RedFlag flag : standing) {
                questions << QStringLiteral("\u201c%1\u201d").arg(report::redFlagQuestion(flag));
            }
            err << "glidepath-cli: plan: "
                << utf8(CliText::tr("no handout written: the plan for the week of %1 is "
                                    "superseded because %2 answered yes to: %3 See a doctor or "
                                    "physiotherapist first; the plan stays stopped until a "
                                    "clinician's review, recorded with who and when, and answers "
                                    "that no longer say yes.")
                            .arg(qs(core::toIsoString(chosen->plan.weekStart)),
                                 qs(client->profile.name), questions.join(QLatin1Char(' '))))
                << "\n";
            return kExitBadInput;
        }
        return writeHandout(options, chosen->plan, library, client->profile.name, client->profile,
                            checkins, planning::PlanningService(*db).psfsAssessments(client->id),
                            out, err);
    } catch (const std::exception& error) {
        err << "glidepath-cli: plan: " << describeFileError(db->path(), error) << "\n";
        return kExitBadInput;
    }
}

} // namespace glidepath::cli
