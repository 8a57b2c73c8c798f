#pragma once

// Where the app's data live: a database file, or a clinic server given by its address
// (postgresql://user@host/database). Both go through the same start-up, File ▸ Open Recent,
// --database and GLIDEPATH_DB; these helpers keep the difference in one place.

#include <glidepath/storage/database.h>
#include <glidepath/storage/server_login.h>

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace glidepath::ui {

bool isServerLocation(const QString& location);

// A file's absolute path; a server's address as parsed (no password, ever), or as typed when it
// does not parse (the open then says what is wrong with it).
QString normalLocation(const QString& location);

// Short, for the window title: the file name, or "database on host".
QString shortLocationName(const QString& location);
// Whole, for the status bar's tooltip and messages: the path, or the address.
QString shownLocation(const QString& location);

// What every open does after storage opened the database: the built-in library is seeded when
// this program's is newer.
void prepareOpenedDatabase(storage::Database& database);

// The ONE place the app opens a clinic server: `address` as typed (--database, GLIDEPATH_DB,
// File ▸ Open Recent, the Connect dialog), `password` only when one was typed in the dialog.
// Throws storage::StorageError; the password is kept in memory only for the connection.
std::unique_ptr<storage::Database> openServerDatabase(const std::string& address,
                                                      const std::string& password = {});

// The server asked for a password that neither .pgpass nor the person gave, or refused it.
bool needsServerPassword(const storage::StorageError& error);

// The tooltip of file-only actions (Back Up, Restore) on a server.
QString fileOnlyOnServerText();

} // namespace glidepath::ui
