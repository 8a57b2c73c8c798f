#pragma once

// Opening a clinic server from Open Recent, the command line or GLIDEPATH_DB: when the server
// wants a password that ~/.pgpass (or PGPASSFILE) does not give, ask for it. The password is
// used for this connection only and never stored.

#include <glidepath/storage/database.h>

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace glidepath::ui {

// Asks for the password of `address`; nullopt when cancelled. `again`: the last one was refused.
using PasswordPrompt = std::function<std::optional<QString>(const QString& address, bool again)>;

// The dialog used by default (a masked line edit).
std::optional<QString> askServerPassword(QWidget* parent, const QString& address, bool again);

// openServerDatabase, asking for a password as often as the server refuses one; throws the
// last StorageError when the person cancels.
std::unique_ptr<storage::Database> openServerAskingPassword(const std::string& address,
                                                            const std::string& password,
                                                            const PasswordPrompt& prompt);

} // namespace glidepath::ui
