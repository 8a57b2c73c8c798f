// The client's session logs and check-ins saved as CSV files for spreadsheets and scripts.

#include "app_context.h"
#include "models/progress_csv.h"
#include "widgets/common/message_box.h"
#include "widgets/progress/progress_page.h"

#include <glidepath/storage/tracking_repository.h>

#include <QDir>
#include <QRegularExpression>

namespace glidepath::ui {

QString ProgressPage::exportSessionLogsCsv(const QString& path) const
{
    return writeTextFile(path, sessionLogsCsv(m_data.sessionLogs, m_names));
}

QString ProgressPage::exportCheckInsCsv(const QString& path) const
{
    return writeTextFile(path, checkInsCsv(m_data.checkIns));
}

QString ProgressPage::defaultCsvName(const QString& what) const
{
    QString name = what;
    if (const auto client = m_context.clients().find(m_clientId)) {
        QString person = QString::fromStdString(client->profile.name).toLower();
        person.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        person = person.section(QLatin1Char('-'), 0, -1, QString::SectionSkipEmpty);
        if (!person.isEmpty()) {
            name = person + QLatin1Char('-') + what;
        }
    }
    return name + QStringLiteral(".csv");
}

void ProgressPage::exportCsv(const QString& title, const QString& what,
                             QString (ProgressPage::*write)(const QString&) const,
                             const QString& exported)
{
    if (m_clientId < 0) {
        return;
    }
    const QString path =
        FileDialog::getSaveFileName(this, title, defaultCsvName(what), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (const QString error = (this->*write)(path); !error.isEmpty()) {
        MessageBox::critical(this, tr("Export failed"), error);
        return;
    }
    // The file itself is the same in every language (English column names, ISO dates, a decimal
    // point) so scripts and spreadsheets read it alike; say so, as the screen shows local forms.
    emit m_context.statusMessage(
        exported.arg(QDir::toNativeSeparators(path)) + QLatin1Char(' ') +
        tr("Machine-readable: dates as 2025-03-05, decimal point, English column names."));
}

void ProgressPage::exportSessionLogs()
{
    exportCsv(
        tr("Export session logs"), QStringLiteral("sessions"), &ProgressPage::exportSessionLogsCsv,
        tr("Exported %n session(s) to %1.", nullptr, static_cast<int>(m_data.sessionLogs.size())));
}

void ProgressPage::exportCheckIns()
{
    exportCsv(
        tr("Export check-ins"), QStringLiteral("check-ins"), &ProgressPage::exportCheckInsCsv,
        tr("Exported %n check-in(s) to %1.", nullptr, static_cast<int>(m_data.checkIns.size())));
}

} // namespace glidepath::ui
