#pragma once

#include <glidepath/storage/server_probe.h>

#include <QCoreApplication>
#include <QString>

namespace glidepath::ui {

// What Test Connection found, in plain words, one finding a line: reached or why not, the
// server's version, Glidepath's data there, whether this login may write, and encryption.
class ServerProbeText
{
    Q_DECLARE_TR_FUNCTIONS(ServerProbeText)

public:
    static QString describe(const storage::ServerProbe& probe, const storage::ServerUrl& url);
    // True when the finding is something to act on before connecting (not reached, a newer or
    // foreign schema, an unencrypted network connection).
    // What an sslmode protects against, for the hint under the encryption choice.
    static QString tlsModeHint(const QString& mode);
    static bool isWarning(const storage::ServerProbe& probe, const storage::ServerUrl& url);
};

} // namespace glidepath::ui
