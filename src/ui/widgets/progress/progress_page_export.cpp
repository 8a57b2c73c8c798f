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
    return writeTextFile(path, sessionLogsCsv(m_data.sessionLogs, m_names), true);
}

QString ProgressPage::exportCheckInsCsv(const QString& path) const
{
    return writeTextFile(path, checkInsCsv(m_data.checkIns), true);
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
    // The file follows the UI's language the way a spreadsheet set to it reads CSV; say how, so
    // someone opening it elsewhere (or in a script) knows what to expect.
    const CsvStyle style = csvStyleFor(QLocale());
    emit m_context.statusMessage(
        exported.arg(QDir::toNativeSeparators(path)) + QLatin1Char(' ') +
        tr("Written for spreadsheets in this language: fields separated by \"%1\", dates as %2, "
           "decimals as %3.")
            .arg(style.separator, style.date(core::Date{std::chrono::year{2025} / 3 / 5}),
                 style.decimal(0.75, 2)));
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
