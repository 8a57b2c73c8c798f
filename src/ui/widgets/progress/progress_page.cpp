// The Progress page's contents: what it shows for the current client, read again whenever
// anything it shows changes. Its layout is in progress_page_layout.cpp, adding and changing the
// client's records in progress_page_records.cpp and the CSV export in progress_page_export.cpp.

#include "widgets/progress/progress_page.h"

#include "app_context.h"
#include "models/check_in_table_model.h"
#include "models/date_text.h"
#include "models/progress_week_model.h"
#include "models/session_log_table_model.h"
#include "widgets/progress/outcome_summary.h"
#include "widgets/progress/progress_charts.h"
#include "widgets/progress/progress_report.h"

#include <glidepath/storage/tracking_repository.h>

#include <QCursor>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolTip>

#include <cmath>

namespace glidepath::ui {

ProgressPage::ProgressPage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new CheckInTableModel(this)),
      m_weekModel(new ProgressWeekModel(this)), m_logModel(new SessionLogTableModel(this))
{
    setObjectName(QStringLiteral("progressPage"));
    // Qt Charts comes with the charts module, loaded here: when the page is first shown.
    if (ChartsModule* module = chartsModule(&m_chartsError)) {
        m_charts = module->createProgressCharts();
        m_charts->onHover([](const QString& text, bool on) {
            if (on && !text.isEmpty()) {
                QToolTip::showText(QCursor::pos(), text);
            } else {
                QToolTip::hideText();
            }
        });
    }
    buildUi();

    connect(&m_context, &AppContext::currentClientChanged, this, &ProgressPage::reload);
    connect(&m_context.changes(), &ChangeNotifier::checkInsChanged, this, &ProgressPage::reload);
    connect(&m_context.changes(), &ChangeNotifier::plansChanged, this, &ProgressPage::reload);
    connect(&m_context.changes(), &ChangeNotifier::trackingChanged, this, &ProgressPage::reload);
    connect(&m_context.changes(), &ChangeNotifier::clientsChanged, this, &ProgressPage::reload);
    connect(&m_context.changes(), &ChangeNotifier::exercisesChanged, this, &ProgressPage::reload);
    connect(&m_context, &AppContext::databaseReplaced, this, &ProgressPage::reload);
    connect(&m_context, &AppContext::modeChanged, this, &ProgressPage::reload);
    reload();
}

ProgressPage::~ProgressPage() = default;
QString ProgressPage::summaryText() const
{
    return m_summary->text();
}

QString ProgressPage::exerciseName(const QString& id) const
{
    return m_names.value(id, id);
}

void ProgressPage::reload()
{
    const qint64 clientId = m_context.currentClientId();
    const auto client =
        clientId >= 0 ? m_context.clients().find(clientId) : std::optional<storage::ClientRecord>();
    const bool personal = m_context.mode() == AppMode::Personal;
    m_clientId = client ? clientId : -1;

    m_data = client ? loadProgress(m_context, clientId) : ProgressData{};
    // Only the names of exercises the client's records mention are read, not the library.
    m_names.clear();
    std::vector<std::string> ids;
    for (const storage::StoredCheckIn& stored : m_data.checkIns) {
        for (const auto& [id, pain] : stored.checkIn.painfulExercises) {
            ids.push_back(id);
        }
    }
    for (const storage::StoredSessionLog& stored : m_data.sessionLogs) {
        for (const core::LoggedExercise& entry : stored.log.entries) {
            ids.push_back(entry.exerciseId);
        }
    }
    try {
        for (const auto& [id, name] : m_context.exercises().namesOf(ids)) {
            m_names.insert(QString::fromStdString(id), QString::fromStdString(name));
        }
    } catch (const storage::StorageError& error) {
        // A clinic server without the exercise library: exercises are named by their ids.
        if (error.kind() != storage::StorageError::Kind::ClinicServer) {
            throw;
        }
    }
    const report::Register reasonRegister =
        personal ? report::Register::Client : report::Register::Clinician;
    if (m_charts) {
        m_charts->setDark(palette().color(QPalette::Window).lightness() < 128);
        m_charts->setReasonRegister(reasonRegister);
        m_charts->setData(m_data, m_context.rules());
    }
    m_weekModel->setReasonRegister(reasonRegister);
    m_weekModel->setWeeks(m_data.weeks);
    m_logModel->setLogs(m_data.sessionLogs, m_names);
    m_model->setCheckIns(m_data.checkIns, m_names);
    fillPsfsTable();
    m_outcomes->setData(m_data, m_context.clock().today());

    if (!client) {
        m_title->setText(tr("Progress"));
        m_summary->clear();
        m_summary->hide();
        m_emptyTitle->setText(tr("No client selected"));
        m_emptyText->setText(tr("Choose a client on the Clients page to follow their weeks."));
        m_stack->setCurrentIndex(1);
        updateButtons();
        return;
    }
    m_title->setText(personal
                         ? tr("My progress")
                         : tr("Progress of %1").arg(QString::fromStdString(client->profile.name)));
    updateSummary();
    m_stack->setCurrentIndex(0);
    updateButtons();
}

void ProgressPage::updateSummary()
{
    const auto& checkIns = m_data.checkIns; // oldest first
    QStringList parts;
    if (!checkIns.empty()) {
        const core::CheckIn& latest = checkIns.back().checkIn;
        parts << tr("%n check-in(s) since %1.", nullptr, static_cast<int>(checkIns.size()))
                     .arg(longDateText(checkIns.front().checkIn.date));
        QString pain = tr("Latest (%1): pain during exercise %2/10")
                           .arg(longDateText(latest.date))
                           .arg(latest.painExercise);
        if (checkIns.size() >= 2) {
            const int before = checkIns[checkIns.size() - 2].checkIn.painExercise;
            if (latest.painExercise < before) {
                pain += tr(", down from %1").arg(before);
            } else if (latest.painExercise > before) {
                pain += tr(", up from %1").arg(before);
            } else {
                pain += tr(", the same as the week before");
            }
        }
        parts << pain + QLatin1Char('.');
    }
    // Sessions done over the last weeks that have a figure, from logs where there are any.
    std::vector<double> recent;
    for (auto it = m_data.weeks.rbegin(); it != m_data.weeks.rend() && recent.size() < 4; ++it) {
        if (const auto adherence = it->adherence()) {
            recent.push_back(*adherence);
        }
    }
    if (!recent.empty()) {
        double sum = 0;
        for (const double value : recent) {
            sum += value;
        }
        parts << tr("Sessions done over the last %n week(s): %1%.", nullptr,
                    static_cast<int>(recent.size()))
                     .arg(static_cast<int>(
                         std::lround(sum / static_cast<double>(recent.size()) * 100)));
    }
    if (!m_data.sessionLogs.empty()) {
        parts << tr("%n session(s) logged, the latest on %1.", nullptr,
                    static_cast<int>(m_data.sessionLogs.size()))
                     .arg(longDateText(m_data.sessionLogs.back().log.date));
    }
    if (parts.isEmpty()) {
        parts << (m_context.mode() == AppMode::Personal
                      ? tr("Nothing recorded yet. Log your sessions and weekly check-ins to see "
                           "how pain and effort change over the weeks.")
                      : tr("Nothing recorded yet. Log sessions here and record weekly check-ins "
                           "on the Clients page to follow pain and adherence over the weeks."));
    }
    m_summary->setText(parts.join(QLatin1Char(' ')));
    m_summary->show();
}

void ProgressPage::updateButtons()
{
    const bool hasClient = m_clientId >= 0;
    m_logButton->setEnabled(hasClient);
    std::optional<storage::StoredPlan> weekPlan;
    try {
        weekPlan = planForWeekLog();
    } catch (const std::exception&) {
        weekPlan.reset(); // reload() reports a database that cannot be read
    }
    m_weekButton->setEnabled(hasClient && weekPlan.has_value());
    m_weekButton->setToolTip(
        !hasClient ? tr("Choose a client first.")
        : weekPlan ? tr("Type in the ticks and pain scores of the handout's log for the week of "
                        "%1 at once.")
                         .arg(longDateText(weekPlan->plan.weekStart))
                   : tr("Save a plan first: the paper log follows the plan's days."));
    m_exportButton->setEnabled(hasClient);
    m_outcomes->psfsButton()->setEnabled(hasClient);
    const bool logSelected = m_logTable->selectionModel()->hasSelection();
    m_editLog->setEnabled(logSelected);
    m_deleteLog->setEnabled(logSelected);
    const bool psfsSelected = selectedPsfs() != nullptr;
    m_editPsfs->setEnabled(psfsSelected);
    m_deletePsfs->setEnabled(psfsSelected);
}

void ProgressPage::fillPsfsTable()
{
    const QSignalBlocker block(m_psfsTable);
    m_psfsTable->clearContents();
    m_psfsTable->setRowCount(static_cast<int>(m_data.psfs.size()));
    int row = 0;
    for (auto it = m_data.psfs.rbegin(); it != m_data.psfs.rend(); ++it, ++row) {
        const core::PsfsAssessment& assessment = it->assessment;
        QStringList items;
        for (const core::PsfsItem& item : assessment.items) {
            items << tr("%1 %2/10").arg(QString::fromStdString(item.activity)).arg(item.score);
        }
        const auto average = core::psfsAverage(assessment);
        auto* date = new QTableWidgetItem(longDateText(assessment.date));
        date->setData(Qt::UserRole, QVariant::fromValue<qint64>(it->id));
        m_psfsTable->setItem(row, 0, date);
        m_psfsTable->setItem(
            row, 1,
            new QTableWidgetItem(average ? QLocale().toString(*average, 'f', 1) : QString()));
        m_psfsTable->setItem(row, 2, new QTableWidgetItem(items.join(QStringLiteral("; "))));
    }
}

} // namespace glidepath::ui
