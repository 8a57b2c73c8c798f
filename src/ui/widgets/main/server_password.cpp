#include "server_password.h"

#include "database_location.h"

#include <glidepath/storage/storage_error.h>

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace glidepath::ui {

namespace {

class ServerPasswordText
{
    Q_DECLARE_TR_FUNCTIONS(ServerPasswordText)
};

} // namespace

std::optional<QString> askServerPassword(QWidget* parent, const QString& address, bool again)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("serverPasswordDialog"));
    dialog.setWindowTitle(ServerPasswordText::tr("Clinic Server Password"));
    const QString shown = shownLocation(address);
    dialog.setLabelText(
        again ? ServerPasswordText::tr("The server did not accept that password for %1. "
                                       "Type it again:")
                    .arg(shown)
              : ServerPasswordText::tr("The clinic server %1 asks for your password. It is used "
                                       "for this connection only and not saved:")
                    .arg(shown));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setOkButtonText(ServerPasswordText::tr("Connect"));
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.textValue();
}

std::unique_ptr<storage::Database> openServerAskingPassword(const std::string& address,
                                                            const std::string& password,
                                                            const PasswordPrompt& prompt)
{
    std::string typed = password;
    while (true) {
        try {
            return openServerDatabase(address, typed);
        } catch (const storage::StorageError& error) {
            if (!needsServerPassword(error) || !prompt) {
                throw;
            }
            const std::optional<QString> answer =
                prompt(QString::fromStdString(address), !typed.empty());
            if (!answer) {
                throw;
            }
            typed = answer->toStdString();
        }
    }
}

} // namespace glidepath::ui
