// The clinic server under load: 20 clinicians' sessions at once, each on a connection of its
// own, writing 200 records each (check-ins, session logs and new plan versions in turn) for a
// handful of clients they all share, as a busy clinic's desks would. Afterwards every
// acknowledged write must be on the server exactly once; a refused write must have been refused
// with a clear error, never half-done. The floor, in the same run: the same number of single-row
// INSERTs through bare libpq from the same number of connections.
//
// Needs a server: GLIDEPATH_TEST_PG (scripts/pg-test-server). Run by hand in a release build;
// figures in docs/performance.md.

#include "pg_connection.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/rules_format.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/tracking_repository.h>

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace glidepath;
using Clock = std::chrono::steady_clock;

constexpr int kClinicians = 20;
constexpr int kWritesEach = 200;
constexpr int kSharedClients = 5;

core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

// A database of its own on the server for one benchmark, dropped at the end.
class LoadDatabase
{
public:
    explicit LoadDatabase(const std::string& serverUrl, const std::string& name)
        : m_admin(storage::parseServerUrl(serverUrl)),
          m_name(name + "_" + std::to_string(::getpid()))
    {
        storage::detail::PgConnection admin(m_admin);
        admin.exec("DROP DATABASE IF EXISTS " + quoted() + " WITH (FORCE)");
        admin.exec("CREATE DATABASE " + quoted());
    }
    ~LoadDatabase()
    {
        try {
            storage::detail::PgConnection admin(m_admin);
            admin.exec("DROP DATABASE IF EXISTS " + quoted() + " WITH (FORCE)");
        } catch (...) {
        }
    }
    storage::ServerUrl url() const { return m_admin.withDatabase(m_name); }

private:
    std::string quoted() const { return storage::detail::quotedIdentifier(m_name); }
    storage::ServerUrl m_admin;
    std::string m_name;
};

struct Outcome
{
    std::vector<double> latenciesMs;
    std::vector<std::int64_t> checkInIds;
    std::vector<std::int64_t> logIds;
    std::vector<std::int64_t> planIds;
    int refused = 0; // stale saves refused as conflicts
    int failed = 0;  // writes the server gave up on (reported to the caller, not acknowledged)
    std::array<int, 4> failedByKind{}; // check-in, log, plan, profile
};

// The throwaway server scripts/pg-test-server starts, or none.
std::optional<std::string> testServerUrl()
{
    const char* url = std::getenv("GLIDEPATH_TEST_PG");
    if (url == nullptr || *url == '\0') {
        return std::nullopt;
    }
    return std::string(url);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    return values[at];
}

void report(benchmark::State& state, const std::vector<double>& latencies, double seconds)
{
    state.counters["writes_per_s"] = static_cast<double>(latencies.size()) / seconds;
    state.counters["p50_ms"] = percentile(latencies, 0.50);
    state.counters["p95_ms"] = percentile(latencies, 0.95);
}

// Clients everyone shares, each with a first plan to save new versions of.
struct SharedClients
{
    std::vector<std::int64_t> ids;
    std::vector<core::Plan> plans;
};

SharedClients makeClients(storage::Database& db)
{
    storage::ClientRepository clients(db);
    const auto& library = io::builtinLibrary().exercises;
    SharedClients shared;
    for (int i = 0; i < kSharedClients; ++i) {
        storage::ClientRecord record;
        record.profile.name = "Shared client " + std::to_string(i + 1);
        record.profile.age = 40 + i;
        record.profile.conditions = {core::Condition::PatellofemoralPain};
        record.profile.side = core::Side::Left;
        record.profile.equipment = {core::Equipment::Mat, core::Equipment::Band};
        record.profile.sessionsPerWeek = 3;
        record.profile.minutesPerSession = 25;
        record.id = clients.create(record);
        shared.ids.push_back(record.id);

        core::PlanRequest request;
        request.client = record.profile;
        request.weekStart = day(2026, 11, 30);
        shared.plans.push_back(core::generatePlan(request, library, io::builtinRules()));
    }
    return shared;
}

// One clinician's desk: its own connection, writing in turn a check-in, a session log, a new
// plan version and an edit of the client's profile based on the version it read (which another
// desk may have changed meanwhile: that is a conflict, reported and not retried).
void runDesk(const storage::ServerUrl& url, const SharedClients& shared, int desk, Outcome& out)
{
    auto db = storage::Database::open(url);
    storage::ClientRepository clients(*db);
    storage::TrackingRepository tracking(*db);
    for (int n = 0; n < kWritesEach; ++n) {
        const std::size_t which = static_cast<std::size_t>(desk + n) % shared.ids.size();
        const std::int64_t client = shared.ids[which];
        const core::Date date = day(2026, 12, 1) + std::chrono::days{(desk * kWritesEach + n) % 28};
        const auto start = Clock::now();
        try {
            switch (n % 4) {
            case 0: {
                core::CheckIn checkIn;
                checkIn.date = date;
                checkIn.painExercise = (desk + n) % 4;
                checkIn.adherence = 0.8;
                out.checkInIds.push_back(clients.addCheckIn(client, checkIn));
                break;
            }
            case 1: {
                core::SessionLog log;
                log.date = date;
                log.sessionPain = (desk + n) % 5;
                log.entries.push_back({"clamshell", core::LogStatus::Done, 2, 2, 2, {}});
                log.note = "desk " + std::to_string(desk) + " write " + std::to_string(n);
                out.logIds.push_back(tracking.addSessionLog(client, log));
                break;
            }
            case 2:
                out.planIds.push_back(clients.savePlan(client, shared.plans[which]).id);
                break;
            default: {
                storage::ClientRecord record = *clients.find(client);
                record.profile.notes = "seen at desk " + std::to_string(desk);
                clients.update(record, record.rowVersion);
                break;
            }
            }
        } catch (const storage::StaleRecordError&) {
            ++out.refused; // someone saved the profile in between: a conflict, as it should be
        } catch (const storage::StorageError&) {
            // Still contended after every retry: the caller is told, nothing was acknowledged.
            ++out.failed;
            ++out.failedByKind[static_cast<std::size_t>(n % 4)];
        }
        out.latenciesMs.push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
}

// Every acknowledged write is on the server exactly once.
void verify(benchmark::State& state, storage::Database& db, const std::vector<Outcome>& outcomes,
            const SharedClients& shared)
{
    std::set<std::int64_t> checkIns, logs, plans;
    std::size_t acknowledged = 0;
    for (const Outcome& out : outcomes) {
        checkIns.insert(out.checkInIds.begin(), out.checkInIds.end());
        logs.insert(out.logIds.begin(), out.logIds.end());
        plans.insert(out.planIds.begin(), out.planIds.end());
        acknowledged += out.checkInIds.size() + out.logIds.size() + out.planIds.size();
    }
    if (acknowledged != checkIns.size() + logs.size() + plans.size()) {
        state.SkipWithError("one id was acknowledged twice");
        return;
    }
    storage::ClientRepository clients(db);
    storage::TrackingRepository tracking(db);
    std::set<std::int64_t> storedCheckIns, storedLogs, storedPlans;
    for (const std::int64_t client : shared.ids) {
        for (const auto& c : clients.checkIns(client)) {
            storedCheckIns.insert(c.id);
        }
        for (const auto& l : tracking.sessionLogs(client)) {
            storedLogs.insert(l.id);
        }
        for (const auto& p : clients.plans(client)) {
            storedPlans.insert(p.id);
        }
    }
    // The plans stored include each client's none; every other row must be one acknowledged.
    if (storedCheckIns != checkIns || storedLogs != logs || storedPlans != plans) {
        state.SkipWithError("the server does not hold exactly the acknowledged writes");
    }
}

void BM_ClinicLoad(benchmark::State& state)
{
    const auto server = testServerUrl();
    if (!server) {
        state.SkipWithError("GLIDEPATH_TEST_PG is not set (scripts/pg-test-server start)");
        return;
    }
    for (auto _ : state) {
        LoadDatabase database(*server, "gp_clinic_load");
        auto admin = storage::Database::open(database.url());
        const SharedClients shared = makeClients(*admin);
        std::vector<Outcome> outcomes(kClinicians);
        const auto start = Clock::now();
        {
            std::vector<std::jthread> desks;
            for (int desk = 0; desk < kClinicians; ++desk) {
                desks.emplace_back([&, desk] {
                    runDesk(database.url(), shared, desk, outcomes[static_cast<std::size_t>(desk)]);
                });
            }
        }
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        state.SetIterationTime(seconds);
        std::vector<double> latencies;
        int conflicts = 0;
        int failed = 0;
        for (const Outcome& out : outcomes) {
            latencies.insert(latencies.end(), out.latenciesMs.begin(), out.latenciesMs.end());
            conflicts += out.refused;
            failed += out.failed;
        }
        report(state, latencies, seconds);
        state.counters["conflicts"] = conflicts;
        state.counters["gave_up"] = failed;
        const char* kinds[] = {"gave_up_checkin", "gave_up_log", "gave_up_plan", "gave_up_profile"};
        for (std::size_t k = 0; k < 4; ++k) {
            int sum = 0;
            for (const Outcome& out : outcomes) {
                sum += out.failedByKind[k];
            }
            state.counters[kinds[k]] = sum;
        }
        verify(state, *admin, outcomes, shared);
    }
}
BENCHMARK(BM_ClinicLoad)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

// The floor: the same number of single-row inserts through bare libpq, one connection a desk.
void BM_ClinicLoadFloorRawInserts(benchmark::State& state)
{
    const auto server = testServerUrl();
    if (!server) {
        state.SkipWithError("GLIDEPATH_TEST_PG is not set (scripts/pg-test-server start)");
        return;
    }
    for (auto _ : state) {
        LoadDatabase database(*server, "gp_clinic_floor");
        {
            storage::detail::PgConnection setup(database.url());
            setup.exec("CREATE TABLE rows (id bigserial PRIMARY KEY, desk int, n int, note text)");
        }
        std::vector<std::vector<double>> perDesk(kClinicians);
        const auto start = Clock::now();
        {
            std::vector<std::jthread> desks;
            for (int desk = 0; desk < kClinicians; ++desk) {
                desks.emplace_back([&, desk] {
                    storage::detail::PgConnection connection(database.url());
                    auto& latencies = perDesk[static_cast<std::size_t>(desk)];
                    for (int n = 0; n < kWritesEach; ++n) {
                        const auto one = Clock::now();
                        connection.exec("INSERT INTO rows (desk, n, note) VALUES ($1, $2, $3)",
                                        {std::to_string(desk), std::to_string(n), "x"});
                        latencies.push_back(
                            std::chrono::duration<double, std::milli>(Clock::now() - one).count());
                    }
                });
            }
        }
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        state.SetIterationTime(seconds);
        std::vector<double> latencies;
        for (const auto& desk : perDesk) {
            latencies.insert(latencies.end(), desk.begin(), desk.end());
        }
        report(state, latencies, seconds);
    }
}
BENCHMARK(BM_ClinicLoadFloorRawInserts)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
