#pragma once

// "Test Connection" for a clinic server: connects once, looks, and changes nothing. It says
// whether the server was reached (and if not, why, as one of a few causes a person can act
// on), the server's PostgreSQL version, how Glidepath's schema there compares with this
// program's, whether this login may write, and whether the connection is encrypted. The words
// are the caller's (the UI translates); the server's own message is kept for the details.

#include <glidepath/storage/server_login.h>

#include <atomic>
#include <chrono>
#include <string>

namespace glidepath::storage {

struct ServerProbe
{
    enum class Reach
    {
        Reached,
        NoServer,       // nothing answers at that host and port (or socket folder)
        TimedOut,       // no answer within the time allowed
        Cancelled,      // the caller gave up first
        PasswordNeeded, // the server wants a password and none was typed or found in .pgpass
        WrongPassword,  // a password was sent and refused
        NoSuchUser,     // the server has no role of that name
        NoDatabase,     // the server has no database of that name
        NotAllowed,     // the server's access rules (pg_hba.conf) do not let this login in
        TlsRequired,    // the server only lets encrypted connections in; sslmode says disable
        TlsUnavailable, // sslmode asks for encryption and the server offers none
        TlsFailed,      // encryption was tried and failed (certificate, root certificate file)
        Other           // anything else; see message
    };
    enum class Schema
    {
        Unknown,     // not reached, or the schema table cannot be read by this login
        None,        // an empty database: Glidepath sets it up at the first connect
        Same,        // the schema this program uses
        Older,       // an earlier version: upgraded at the first connect of this program
        Newer,       // set up by a newer Glidepath: this program refuses it, untouched
        NotGlidepath // holds tables that are not Glidepath's: refused, untouched
    };

    Reach reach = Reach::Other;
    std::string serverVersion; // "15.5" as the server says it
    Schema schema = Schema::Unknown;
    int serverSchemaVersion = 0;  // Glidepath's schema version found on the server (0: none)
    int programSchemaVersion = 0; // the version this program uses
    // With a schema: this login may add, change and delete records. Without one: it may create
    // Glidepath's tables. False also for a read-only server (a standby) or session.
    bool canWrite = false;
    bool tlsInUse = false;
    std::string tlsProtocol; // "TLSv1.3", empty without TLS
    std::string message;     // the server's or libpq's own words (never a password), may be empty

    bool reached() const { return reach == Reach::Reached; }
};

// Connects with the login (a fresh connection, closed again), giving up after `timeout` or as
// soon as *cancel becomes true (checked about ten times a second; it may be null). Blocks:
// call it off the GUI thread. Never throws for a server that cannot be reached or refuses; only
// for running out of memory.
ServerProbe probeServer(const ServerLogin& login,
                        std::chrono::milliseconds timeout = std::chrono::seconds(10),
                        const std::atomic<bool>* cancel = nullptr);

// The reach that libpq's connection failure text and state stand for (exposed for tests).
ServerProbe::Reach classifyConnectFailure(const std::string& libpqMessage, bool neededPassword,
                                          bool usedPassword);

} // namespace glidepath::storage
