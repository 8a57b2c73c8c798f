// Checking the log and saving it: the problems found are shown beside their fields, and nothing
// is saved until there are none.

#include "app_context.h"
#include "commands/command.h"
#include "labels.h"
#include "models/date_text.h"
#include "models/session_log_labels.h"
#include "widgets/common/field_error_label.h"
#include "widgets/tracking/session_log_dialog.h"

#include <glidepath/report/issue_text.h>

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace glidepath::ui {

QString SessionLogDialog::errorText() const
{
    return m_error->error();
}

void SessionLogDialog::clearIssues()
{
    m_error->setError({});
    for (Row& row : m_rows) {
        for (QWidget* widget :
             std::initializer_list<QWidget*>{row.status, row.sets, row.pain, row.difficulty}) {
            setInvalid(widget, false);
        }
    }
    setInvalid(m_sessionPain, false);
    setInvalid(m_planned, false);
    setInvalid(m_note, false);
}

void SessionLogDialog::showIssues(const std::vector<core::FieldIssue>& issues,
                                  const std::vector<std::size_t>& rowOfEntry)
{
    QStringList lines;
    for (const core::FieldIssue& issue : issues) {
        const QString field = QString::fromStdString(issue.field);
        const QStringList parts = field.split(QLatin1Char('/'));
        QString name;
        if (parts.size() >= 3 && parts[0] == QLatin1String("entries")) {
            const auto entry = static_cast<std::size_t>(parts[1].toInt());
            if (entry < rowOfEntry.size()) {
                Row& row = m_rows[rowOfEntry[entry]];
                name = row.name->text();
                const QString what = parts[2];
                QWidget* widget = row.status;
                if (what == QLatin1String("sets_done")) {
                    widget = row.sets;
                } else if (what == QLatin1String("pain")) {
                    widget = row.pain;
                } else if (what == QLatin1String("difficulty")) {
                    widget = row.difficulty;
                }
                setInvalid(widget, true);
            }
        } else if (field == QLatin1String("session_pain")) {
            setInvalid(m_sessionPain, true);
        } else if (field == QLatin1String("planned_date")) {
            setInvalid(m_planned, true);
        } else if (field == QLatin1String("note")) {
            setInvalid(m_note, true);
        }
        lines << tr("%1: %2").arg(SessionLogLabels::fieldName(issue.field, name),
                                  report::issueText(issue));
    }
    m_error->setError(lines.join(QLatin1Char('\n')));
}

bool SessionLogDialog::save()
{
    clearIssues();
    if (!m_plan && m_rows.empty()) {
        m_error->setError(m_planNote->text());
        return false;
    }
    const core::SessionLog log = sessionLog();
    if (log.entries.empty() && !plannedSession()) {
        m_error->setError(tr("Mark what was done in this extra session: at least one exercise "
                             "done or partly done."));
        return false;
    }
    const auto rows = includedRows();
    const auto issues = core::validateSessionLog(log);
    if (!issues.empty()) {
        showIssues(issues, rows);
        return false;
    }
    const command::Outcome outcome = command::saveSessionLog(m_context, m_clientId, m_logId, log);
    if (!outcome) {
        m_error->setError(outcome.message);
        return false;
    }
    if (m_logId <= 0) {
        m_logId = std::stoll(outcome.createdId);
    }
    emit m_context.statusMessage(tr("Logged the session of %1.").arg(longDateText(log.date)));
    return true;
}

void SessionLogDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace glidepath::ui
