#include "widgets/main/server_probe_text.h"

#include <QStringList>

namespace glidepath::ui {

namespace {

using Reach = storage::ServerProbe::Reach;
using Schema = storage::ServerProbe::Schema;

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

bool isLocalSocket(const storage::ServerUrl& url)
{
    return url.host.empty() || url.host.front() == '/';
}

QString failure(const storage::ServerProbe& probe, const storage::ServerUrl& url)
{
    const QString user = url.user.empty() ? ServerProbeText::tr("(your login name)") : q(url.user);
    switch (probe.reach) {
    case Reach::NoServer:
        return ServerProbeText::tr("No server answers at this address. Check the host and the "
                                   "port, and that the server is running and accepts connections "
                                   "from this computer.");
    case Reach::TimedOut:
        return ServerProbeText::tr("The server did not answer in time. Check the host, the port "
                                   "and the network, then try again.");
    case Reach::Cancelled:
        return ServerProbeText::tr("The test was stopped.");
    case Reach::PasswordNeeded:
        return ServerProbeText::tr("The server asks for a password, and none was found in "
                                   "~/.pgpass. Type it in Password (Glidepath never stores it), "
                                   "or add it to ~/.pgpass.");
    case Reach::WrongPassword:
        return ServerProbeText::tr("The server refused the password for the user “%1”. Check "
                                   "the password, and the line for this server in ~/.pgpass.")
            .arg(user);
    case Reach::NoSuchUser:
        return ServerProbeText::tr("The server has no user “%1”. Check the user name, or ask "
                                   "the server's administrator to create it.")
            .arg(user);
    case Reach::NoDatabase:
        return ServerProbeText::tr("The server has no database “%1”. Check the name, or ask "
                                   "the server's administrator to create it.")
            .arg(q(url.database));
    case Reach::NotAllowed:
        return ServerProbeText::tr("The server's access rules do not let the user “%1” in from "
                                   "this computer. Ask the server's administrator.")
            .arg(user);
    case Reach::TlsRequired:
        return ServerProbeText::tr("The server only accepts encrypted connections. Choose "
                                   "“Always encrypt” or one of the checked settings.");
    case Reach::TlsUnavailable:
        return ServerProbeText::tr("The server does not offer encryption, and the encryption "
                                   "setting demands it. Ask the server's administrator to turn "
                                   "TLS on.");
    case Reach::TlsFailed:
        return ServerProbeText::tr("The encrypted connection could not be set up. Check the root "
                                   "certificate file and that it belongs to this server.");
    case Reach::Reached:
    case Reach::Other:
        break;
    }
    return ServerProbeText::tr("The connection failed.");
}

QString schemaLine(const storage::ServerProbe& probe)
{
    switch (probe.schema) {
    case Schema::None:
        return ServerProbeText::tr("No Glidepath data there yet: Glidepath sets up the database "
                                   "when you connect.");
    case Schema::Same:
        return ServerProbeText::tr("Glidepath data are there, of the version this program uses "
                                   "(%1).")
            .arg(probe.serverSchemaVersion);
    case Schema::Older:
        return ServerProbeText::tr("Glidepath data are there from an older version (%1); they "
                                   "are upgraded to version %2 when you connect.")
            .arg(probe.serverSchemaVersion)
            .arg(probe.programSchemaVersion);
    case Schema::Newer:
        return ServerProbeText::tr("The data there were set up by a newer Glidepath (version %1; "
                                   "this program knows up to %2). Update Glidepath on this "
                                   "computer first; the server is not changed.")
            .arg(probe.serverSchemaVersion)
            .arg(probe.programSchemaVersion);
    case Schema::NotGlidepath:
        return ServerProbeText::tr("This database holds tables that are not Glidepath's. Choose "
                                   "the clinic's Glidepath database or a new, empty one.");
    case Schema::Unknown:
        break;
    }
    return ServerProbeText::tr("Glidepath's data cannot be read with this login.");
}

} // namespace

QString ServerProbeText::describe(const storage::ServerProbe& probe, const storage::ServerUrl& url)
{
    if (!probe.reached()) {
        QString text = failure(probe, url);
        if (!probe.message.empty()) {
            text += QLatin1Char('\n') + tr("The server said: %1").arg(q(probe.message));
        }
        return text;
    }
    QStringList lines;
    lines << tr("Server reached: PostgreSQL %1.").arg(q(probe.serverVersion));
    lines << schemaLine(probe);
    if (probe.schema == Schema::None) {
        lines << (probe.canWrite ? tr("This login may set up Glidepath's tables.")
                                 : tr("This login may not create tables here: ask the server's "
                                      "administrator to set up the database first."));
    } else {
        lines << (probe.canWrite ? tr("This login may add and change records.")
                                 : tr("This login can only read: you can look at records but "
                                      "not change them."));
    }
    if (probe.tlsInUse) {
        lines << tr("The connection is encrypted (%1).").arg(q(probe.tlsProtocol));
    } else if (isLocalSocket(url)) {
        lines << tr("Not encrypted, and need not be: the server is on this computer.");
    } else {
        lines << tr("The connection is NOT encrypted: anyone on the network between here and "
                    "the server could read it. Choose “Always encrypt” or a checked setting.");
    }
    return lines.join(QLatin1Char('\n'));
}

bool ServerProbeText::isWarning(const storage::ServerProbe& probe, const storage::ServerUrl& url)
{
    return !probe.reached() || probe.schema == Schema::Newer ||
           probe.schema == Schema::NotGlidepath || probe.schema == Schema::Unknown ||
           (!probe.tlsInUse && !isLocalSocket(url));
}

QString ServerProbeText::tlsModeHint(const QString& mode)
{
    if (mode == QLatin1String("disable")) {
        return tr("Nothing is encrypted: only for a server on this computer or a network you "
                  "fully trust.");
    }
    if (mode == QLatin1String("prefer")) {
        return tr("Encrypted when the server offers it, otherwise not, without telling you: it "
                  "does not protect against someone who can redirect the connection.");
    }
    if (mode == QLatin1String("require")) {
        return tr("Always encrypted, so nobody on the network can read along; the server's "
                  "identity is not checked.");
    }
    if (mode == QLatin1String("verify-ca")) {
        return tr("Encrypted, and the server must show a certificate signed by the root "
                  "certificate below: a stranger's server is refused.");
    }
    return tr("The safest: as above, and the certificate must name this very host.");
}

} // namespace glidepath::ui
