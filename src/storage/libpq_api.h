#pragma once

// libpq's functions, looked up when a clinic server is first used rather than linked.
//
// Linking libpq made every start of the app and every CLI command map it and the 22 libraries it
// brings (OpenSSL, GnuTLS, Kerberos, LDAP, SASL, ...): about 17 ms of a start-up budget of about
// 90 ms, for a library that a file database never uses. So storage includes libpq's header for
// its types and constants only and calls the functions through this table, which `libpq()` fills
// with `dlopen("libpq.so.5")` on first use. A program that never opens a server never loads it.
//
// Only the storage files that talk to a server (pg_connection, query, server_probe) use it.

#include <libpq-fe.h>

namespace glidepath::storage::detail {

// Every libpq function storage calls. A call to one not listed here does not compile (the
// program does not link libpq), so the list cannot fall behind the code.
#define GLIDEPATH_LIBPQ_FUNCTIONS(X)                                                               \
    X(PQclear)                                                                                     \
    X(PQcmdStatus)                                                                                 \
    X(PQcmdTuples)                                                                                 \
    X(PQconnectdbParams)                                                                           \
    X(PQconnectPoll)                                                                               \
    X(PQconnectStartParams)                                                                        \
    X(PQconnectionNeedsPassword)                                                                   \
    X(PQconnectionUsedPassword)                                                                    \
    X(PQerrorMessage)                                                                              \
    X(PQexec)                                                                                      \
    X(PQexecParams)                                                                                \
    X(PQexecPrepared)                                                                              \
    X(PQfinish)                                                                                    \
    X(PQfname)                                                                                     \
    X(PQftype)                                                                                     \
    X(PQgetisnull)                                                                                 \
    X(PQgetlength)                                                                                 \
    X(PQgetvalue)                                                                                  \
    X(PQnfields)                                                                                   \
    X(PQntuples)                                                                                   \
    X(PQparameterStatus)                                                                           \
    X(PQprepare)                                                                                   \
    X(PQreset)                                                                                     \
    X(PQresultErrorField)                                                                          \
    X(PQresultStatus)                                                                              \
    X(PQsetNoticeProcessor)                                                                        \
    X(PQsocket)                                                                                    \
    X(PQsslAttribute)                                                                              \
    X(PQsslInUse)                                                                                  \
    X(PQstatus)                                                                                    \
    X(PQtransactionStatus)

// Named after libpq's own functions so that the calls read as in libpq's documentation.
struct Libpq
{
#define GLIDEPATH_LIBPQ_MEMBER(name) decltype(&::name) name = nullptr;
    GLIDEPATH_LIBPQ_FUNCTIONS(GLIDEPATH_LIBPQ_MEMBER)
#undef GLIDEPATH_LIBPQ_MEMBER
};

// Loads libpq on the first call (thread-safe) and returns its functions. Throws
// ServerError(Kind::Io) naming the missing package when libpq is not installed or lacks a
// function; the next call tries again, so installing it needs no restart.
const Libpq& libpq();

// Whether libpq is loaded in this process (for tests and the start-up check: a file database
// must never load it).
bool libpqLoaded();

} // namespace glidepath::storage::detail
