#include "libpq_api.h"
#include "pg_migrations.h"
#include "server_rights.h"

#include <glidepath/storage/server_probe.h>

#include <poll.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>

namespace glidepath::storage {

namespace {

using Reach = ServerProbe::Reach;
using detail::libpq;
using Clock = std::chrono::steady_clock;

struct ConnectionCloser
{
    void operator()(PGconn* conn) const { libpq().PQfinish(conn); }
};
using Connection = std::unique_ptr<PGconn, ConnectionCloser>;

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool has(const std::string& text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

std::string trimmed(const char* text)
{
    std::string out = text ? text : "";
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) {
        out.pop_back();
    }
    return out;
}

// One value of a one-row query, or nullopt when the query failed (a privilege missing, say).
std::optional<std::string> single(PGconn* conn, const char* sql)
{
    PGresult* result = libpq().PQexec(conn, sql);
    std::optional<std::string> value;
    if (libpq().PQresultStatus(result) == PGRES_TUPLES_OK && libpq().PQntuples(result) == 1) {
        value = std::string(libpq().PQgetvalue(result, 0, 0));
    }
    libpq().PQclear(result);
    return value;
}

// Connects without blocking, so that cancel and the deadline are honoured even while the server
// takes its time (libpq's own connect_timeout is only checked by the blocking calls).
Connection connect(const ServerLogin& login, Clock::time_point deadline,
                   const std::atomic<bool>* cancel, Reach& stoppedBy)
{
    const auto settings = libpqSettings(login);
    std::vector<const char*> keys;
    std::vector<const char*> values;
    for (const auto& setting : settings) {
        keys.push_back(setting.first.c_str());
        values.push_back(setting.second.c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    Connection conn(libpq().PQconnectStartParams(keys.data(), values.data(), 0));
    if (!conn) {
        throw std::bad_alloc();
    }
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (libpq().PQstatus(conn.get()) != CONNECTION_BAD && state != PGRES_POLLING_OK &&
           state != PGRES_POLLING_FAILED) {
        if (cancel && cancel->load()) {
            stoppedBy = Reach::Cancelled;
            return nullptr;
        }
        if (Clock::now() >= deadline) {
            stoppedBy = Reach::TimedOut;
            return nullptr;
        }
        pollfd waiting{libpq().PQsocket(conn.get()),
                       static_cast<short>(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        const int ready = waiting.fd < 0 ? 1 : ::poll(&waiting, 1, 100);
        if (ready != 0) {
            state = libpq().PQconnectPoll(conn.get());
        }
    }
    return conn;
}

std::string versionText(PGconn* conn)
{
    const char* said = libpq().PQparameterStatus(conn, "server_version");
    std::string version = said ? said : "";
    // "15.5 (Debian 15.5-0+deb12u1)": the number is what people compare.
    return version.substr(0, version.find(' '));
}

void readSchema(PGconn* conn, ServerProbe& probe)
{
    probe.programSchemaVersion = detail::currentServerSchemaVersion();
    const auto table = single(conn, "SELECT to_regclass('glidepath_schema') IS NOT NULL");
    if (!table) {
        return;
    }
    if (*table != "t") {
        const auto tables =
            single(conn, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()");
        probe.schema = tables && *tables != "0" ? ServerProbe::Schema::NotGlidepath
                                                : ServerProbe::Schema::None;
        return;
    }
    const auto version = single(conn, "SELECT coalesce(max(version), 0) FROM glidepath_schema");
    if (!version) {
        return; // a login that may not read the schema table: it could not use Glidepath either
    }
    probe.serverSchemaVersion = std::stoi(*version);
    if (probe.serverSchemaVersion == probe.programSchemaVersion) {
        probe.schema = ServerProbe::Schema::Same;
    } else if (probe.serverSchemaVersion < probe.programSchemaVersion) {
        probe.schema =
            probe.serverSchemaVersion == 0 ? ServerProbe::Schema::None : ServerProbe::Schema::Older;
    } else {
        probe.schema = ServerProbe::Schema::Newer;
    }
}

void readWriteRights(PGconn* conn, ServerProbe& probe)
{
    // A standby, or a login whose sessions are read-only by default, cannot write anything.
    const auto readOnly = single(conn, "SELECT pg_is_in_recovery() OR "
                                       "current_setting('default_transaction_read_only') = 'on'");
    if (!readOnly || *readOnly == "t") {
        probe.canWrite = false;
        return;
    }
    if (probe.schema == ServerProbe::Schema::None) {
        const auto create = single(conn, "SELECT has_schema_privilege(current_schema(), 'CREATE')");
        probe.canWrite = create && *create == "t";
        return;
    }
    // The same rule as on opening the database, so that the dialog and the app agree.
    const auto all = single(conn, detail::kLoginMayWriteSql);
    probe.canWrite = all && *all == "t";
}

} // namespace

ServerProbe::Reach classifyConnectFailure(const std::string& libpqMessage, bool neededPassword,
                                          bool usedPassword)
{
    const std::string text = lowered(libpqMessage);
    if (neededPassword) {
        return Reach::PasswordNeeded;
    }
    if (has(text, "password authentication failed") ||
        (usedPassword && has(text, "authentication failed"))) {
        return Reach::WrongPassword;
    }
    if (has(text, "database \"") && has(text, "does not exist")) {
        return Reach::NoDatabase;
    }
    if (has(text, "role \"") && has(text, "does not exist")) {
        return Reach::NoSuchUser;
    }
    if (has(text, "server does not support ssl")) {
        return Reach::TlsUnavailable;
    }
    if (has(text, "pg_hba.conf")) {
        return has(text, "no encryption") || has(text, "ssl off") ? Reach::TlsRequired
                                                                  : Reach::NotAllowed;
    }
    if (has(text, "ssl") || has(text, "certificate")) {
        return Reach::TlsFailed;
    }
    if (has(text, "timeout expired")) {
        return Reach::TimedOut;
    }
    if (has(text, "connection refused") || has(text, "no such file or directory") ||
        has(text, "could not translate host name") || has(text, "name or service not known") ||
        has(text, "no route to host") || has(text, "network is unreachable") ||
        has(text, "could not connect")) {
        return Reach::NoServer;
    }
    return Reach::Other;
}

ServerProbe probeServer(const ServerLogin& login, std::chrono::milliseconds timeout,
                        const std::atomic<bool>* cancel)
{
    ServerProbe probe;
    probe.programSchemaVersion = detail::currentServerSchemaVersion();
    try {
        detail::libpq();
    } catch (const StorageError& error) {
        // No client library on this computer: nothing can be reached, and the message says
        // which package is missing.
        probe.reach = Reach::Other;
        probe.message = error.what();
        return probe;
    }
    Reach stoppedBy = Reach::Other;
    const Connection conn = connect(login, Clock::now() + timeout, cancel, stoppedBy);
    if (!conn) {
        probe.reach = stoppedBy;
        return probe;
    }
    if (libpq().PQstatus(conn.get()) != CONNECTION_OK) {
        probe.message = trimmed(libpq().PQerrorMessage(conn.get()));
        probe.reach =
            classifyConnectFailure(probe.message, libpq().PQconnectionNeedsPassword(conn.get()),
                                   libpq().PQconnectionUsedPassword(conn.get()));
        return probe;
    }
    probe.reach = Reach::Reached;
    probe.serverVersion = versionText(conn.get());
    probe.tlsInUse = libpq().PQsslInUse(conn.get()) != 0;
    if (probe.tlsInUse) {
        const char* protocol = libpq().PQsslAttribute(conn.get(), "protocol");
        probe.tlsProtocol = protocol ? protocol : "";
    }
    readSchema(conn.get(), probe);
    readWriteRights(conn.get(), probe);
    return probe;
}

} // namespace glidepath::storage
