#include "widgets/main/server_fields.h"

#include <glidepath/storage/storage_error.h>

#include <QDir>
#include <QFileInfo>

namespace glidepath::ui {

std::optional<storage::ServerUrl> ServerFields::url(QString* problem) const
{
    const auto fail = [problem](const QString& why) {
        if (problem) {
            *problem = why;
        }
        return std::nullopt;
    };
    const QString host = this->host.trimmed();
    const QString port = this->port.trimmed();
    const QString database = this->database.trimmed();
    if (host.isEmpty()) {
        return fail(tr("Host: enter the server's name or address."));
    }
    if (host.contains(QLatin1Char(' '))) {
        return fail(tr("Host: a server name has no spaces."));
    }
    if (host.contains(QLatin1Char('/')) && !host.startsWith(QLatin1Char('/'))) {
        return fail(tr("Host: give a name such as db.clinic.example or an address, without "
                       "“postgresql://” or a path."));
    }
    if (host.count(QLatin1Char(':')) == 1) {
        return fail(tr("Host: put the port in Port, not after the name."));
    }
    bool isNumber = false;
    const int portNumber = port.toInt(&isNumber);
    if (!port.isEmpty() && (!isNumber || portNumber < 1 || portNumber > 65535)) {
        return fail(tr("Port: a number from 1 to 65535 (leave it empty for the usual 5432)."));
    }
    if (database.isEmpty()) {
        return fail(tr("Database: enter the name of the clinic's database on the server."));
    }
    if (database.contains(QLatin1Char('/'))) {
        return fail(tr("Database: a database name cannot hold “/”."));
    }
    storage::ServerUrl url;
    url.host = host.toStdString();
    url.port = port.toStdString();
    url.database = database.toStdString();
    url.user = user.trimmed().toStdString();
    const QString mode = sslmode;
    url.parameters.emplace_back("sslmode", mode.toStdString());
    const QString rootCert = rootCertificate.trimmed();
    if (mode.startsWith(QLatin1String("verify-")) && !rootCert.isEmpty()) {
        const QString expanded = rootCert.startsWith(QLatin1String("~/"))
                                     ? QDir::homePath() + rootCert.mid(1)
                                     : rootCert;
        if (!QFileInfo(expanded).isFile()) {
            return fail(tr("Root certificate: there is no file “%1”.").arg(rootCert));
        }
        url.parameters.emplace_back("sslrootcert", expanded.toStdString());
    }
    try {
        // The parser is the one judge of what an address may hold, as for --database.
        return storage::parseServerUrl(url.toString());
    } catch (const storage::StorageError& error) {
        return fail(QString::fromStdString(error.what()));
    }
}

} // namespace glidepath::ui
