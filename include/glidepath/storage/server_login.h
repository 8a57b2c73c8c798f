#pragma once

// What a desk needs to log in to a clinic server: the address (which may be shown and stored)
// and, only when the server asked for one and ~/.pgpass (or PGPASSFILE) had none, a password
// the person typed. The password lives in memory for as long as the connection is being made
// and is never written to settings, logs, messages or the address.
//
// For Database::open on a server (and PgConnection): take a ServerLogin rather than a bare
// ServerUrl, and build libpq's keyword list with libpqSettings(login) so that the password
// reaches PQconnectdbParams as its "password" keyword and nowhere else. An empty password
// leaves libpq to find one itself (.pgpass, PGPASSFILE, or none for trust/peer/cert logins).

#include <glidepath/storage/server_url.h>

#include <string>
#include <utility>
#include <vector>

namespace glidepath::storage {

struct ServerLogin
{
    ServerUrl url;
    std::string password; // empty: libpq looks in ~/.pgpass or PGPASSFILE itself

    // Never prints the password: the address alone.
    std::string shown() const { return url.toString(); }
};

// libpq keyword/value pairs for PQconnectdbParams, in order: user, host, port, dbname, the
// URL's own parameters, then the password when one was typed, then
// fallback_application_name=Glidepath and client_encoding=UTF8. Empty parts are left out, so
// libpq's defaults apply.
std::vector<std::pair<std::string, std::string>> libpqSettings(const ServerLogin& login);

} // namespace glidepath::storage
