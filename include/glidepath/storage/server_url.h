#pragma once

// Where a clinic's PostgreSQL server is: postgresql://user@host:port/database?sslmode=require
// (postgres:// too). Parsing is pure (no connection), so it is checked before anything is tried.
//
// A password in the URL is refused: the URL ends up in settings, shell history and process
// lists. libpq reads it from ~/.pgpass or the file PGPASSFILE names instead.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace glidepath::storage {

struct ServerUrl
{
    std::string user;     // empty: libpq's default (the login name)
    std::string host;     // a name, an address, or a Unix socket folder (starts with "/")
    std::string port;     // digits, or empty for the default (5432)
    std::string database; // empty: libpq's default (the user name)
    // Connection parameters from the query string, in order (sslmode, sslrootcert, ...), passed
    // to libpq as they are.
    std::vector<std::pair<std::string, std::string>> parameters;

    // The value of one parameter, or empty.
    std::string parameter(std::string_view key) const;

    // The URL again, percent-encoded where needed; it holds no secret, so it may be shown.
    std::string toString() const;

    // The same server with another database (tests use one database each).
    ServerUrl withDatabase(std::string name) const;
};

// True for text that names a server (postgresql:// or postgres://, any case) rather than a file.
bool isServerUrl(std::string_view text);

// The address as it may be shown in a message, even when it does not parse: without a password
// or query string.
std::string shownServerAddress(std::string_view text);

// Parses a server URL. Throws StorageError(Kind::Invalid) saying which part is wrong.
ServerUrl parseServerUrl(std::string_view text);

} // namespace glidepath::storage
