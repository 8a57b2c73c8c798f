#include "widgets/common/form_save.h"

#include "app_context.h"
#include "commands/undo_command.h"
#include "widgets/common/message_box.h"

#include <QDateTime>
#include <QLocale>

namespace glidepath::ui {

namespace {

// "Sunday, 6 December 2026 at 14:30" in this locale's words and local time; empty when unknown.
QString whenText(const QString& isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate).toLocalTime();
    if (!at.isValid()) {
        return {};
    }
    const QLocale locale;
    return FormSave::tr("%1 at %2")
        .arg(locale.toString(at.date(), QLocale::LongFormat),
             locale.toString(at.time(), QLocale::ShortFormat));
}

} // namespace

QString FormSave::staleTitle()
{
    return tr("Saved by someone else meanwhile");
}

QString FormSave::reloadTheirsLabel()
{
    return tr("Reload theirs");
}

QString FormSave::keepMineLabel()
{
    return tr("Keep mine as a new version");
}

QString FormSave::connectionLostTitle()
{
    return tr("Connection to the clinic server lost");
}

QString FormSave::staleText(const QString& what, const command::StaleSave& stale)
{
    const QString when = whenText(stale.changedAt);
    QString said;
    if (!stale.changedBy.isEmpty() && !when.isEmpty()) {
        said =
            tr("%1 was changed by %2 on %3, after you opened it.").arg(what, stale.changedBy, when);
    } else if (!stale.changedBy.isEmpty()) {
        said = tr("%1 was changed by %2 after you opened it.").arg(what, stale.changedBy);
    } else if (!when.isEmpty()) {
        said = tr("%1 was changed by someone else on %2, after you opened it.").arg(what, when);
    } else {
        said = tr("%1 was changed by someone else after you opened it.").arg(what);
    }
    // Upper-case start: `what` begins the sentence.
    if (!said.isEmpty()) {
        said[0] = said[0].toUpper();
    }
    return said + QStringLiteral("\n\n") +
           tr("Reload theirs: show what is saved now; your changes here are dropped.") +
           QLatin1Char('\n') +
           tr("Keep mine as a new version: save your changes over theirs (Edit ▸ Undo brings "
              "theirs back).") +
           QLatin1Char('\n') + tr("Cancel: keep your changes here and save nothing yet.");
}

FormSave::Result FormSave::run(QWidget* parent, AppContext& context, const Request& request)
{
    std::optional<qint64> basedOn = request.basedOn;
    for (;;) {
        Result result;
        result.outcome = request.save(basedOn);
        if (result.outcome) {
            result.end = End::Saved;
            return result;
        }
        if (result.outcome.stale) {
            const MessageBox::Button answer = MessageBox::warning(
                parent, staleTitle(), staleText(request.what, *result.outcome.stale),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel,
                {{QMessageBox::Yes, reloadTheirsLabel()}, {QMessageBox::No, keepMineLabel()}});
            if (answer == QMessageBox::Yes) {
                if (request.reloadTheirs) {
                    request.reloadTheirs();
                }
                result.end = End::ReloadedTheirs;
                return result;
            }
            if (answer != QMessageBox::No) {
                result.end = End::Cancelled;
                return result;
            }
            // Mine over theirs: based on the version just seen, so a third save in between is
            // asked about again rather than overwritten.
            basedOn = result.outcome.stale->storedVersion;
            continue;
        }
        if (!result.outcome.connectionLost) {
            result.end = End::Failed;
            return result;
        }
        QString problem;
        for (;;) {
            const QString text =
                tr("The connection to the clinic server was lost, so %1 was not saved. What you "
                   "typed is still here.")
                    .arg(request.what) +
                (problem.isEmpty()
                     ? QString()
                     : QStringLiteral("\n\n") + tr("Still no connection: %1").arg(problem)) +
                QStringLiteral("\n\n") +
                tr("Retry connects again and saves it. Cancel keeps it here, unsaved.");
            if (MessageBox::warning(parent, connectionLostTitle(), text,
                                    QMessageBox::Retry | QMessageBox::Cancel,
                                    QMessageBox::Retry) != QMessageBox::Retry) {
                result.end = End::Cancelled;
                return result;
            }
            try {
                context.database().reconnect();
                emit context.statusMessage(tr("Connected to the clinic server again."));
                break;
            } catch (const std::exception& error) {
                problem = command::describeFailure(error);
            }
        }
    }
}

} // namespace glidepath::ui
