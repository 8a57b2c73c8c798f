#pragma once

#include <glidepath/storage/server_url.h>

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace glidepath::ui {

// The Connect to Clinic Server dialog's fields as typed, and the one check that turns them into
// an address: the first wrong field is named with why, so the dialog can say it under the form.
struct ServerFields
{
    Q_DECLARE_TR_FUNCTIONS(ServerFields)

public:
    QString host; // a name, an address, or a socket folder starting with "/"
    QString port; // empty: 5432
    QString database;
    QString user;            // empty: the login name
    QString sslmode;         // disable, prefer, require, verify-ca, verify-full
    QString rootCertificate; // used with verify-* only; "~/" is the home folder

    // The address, or nullopt with *problem set ("Port: a number from 1 to 65535 ...").
    std::optional<storage::ServerUrl> url(QString* problem = nullptr) const;
};

} // namespace glidepath::ui
