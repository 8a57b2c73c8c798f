#include "widgets/progress/progress_page.h"

#include "app_context.h"
#include "commands/command.h"
#include "models/check_in_table_model.h"
#include "models/client_labels.h"
#include "models/progress_csv.h"
#include "models/progress_week_model.h"
#include "models/session_log_table_model.h"
#include "widgets/common/message_box.h"
#include "widgets/progress/outcome_summary.h"
#include "widgets/progress/progress_charts.h"
#include "widgets/progress/progress_report.h"
#include "widgets/tracking/psfs_dialog.h"
#include "widgets/tracking/session_log_dialog.h"
#include "widgets/tracking/week_log_dialog.h"
#include "write_access.h"

#include <glidepath/storage/tracking_repository.h>

#include <QCursor>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace glidepath::ui {

namespace {

void setUpTable(QTableView* table, const QString& objectName, const QString& accessibleName)
{
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}

QWidget* chartView(ProgressCharts& charts, ProgressCharts::Which which, const QString& objectName,
                   const QString& accessibleName, int minimumHeight)
{
    QWidget* view = charts.createView(which);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setMinimumHeight(minimumHeight);
    return view;
}

} // namespace

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

void ProgressPage::buildUi()
{
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("progressTitle"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_logButton = new QPushButton(tr("&Log a session..."));
    m_logButton->setObjectName(QStringLiteral("logSessionButton"));
    m_logButton->setToolTip(tr("Record one session: what was done, sets, pain and difficulty."));
    m_weekButton = new QPushButton(tr("Enter the &week's paper log..."));
    m_weekButton->setObjectName(QStringLiteral("weekLogButton"));
    m_weekButton->setToolTip(tr("Type in the ticks and pain scores of the handout's log for a "
                                "whole week at once."));
    m_exportButton = new QPushButton(tr("E&xport CSV"));
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    auto* exportMenu = new QMenu(m_exportButton);
    QAction* exportLogs = exportMenu->addAction(tr("Session logs..."));
    exportLogs->setObjectName(QStringLiteral("exportSessionLogsAction"));
    QAction* exportCheckIns = exportMenu->addAction(tr("Check-ins..."));
    exportCheckIns->setObjectName(QStringLiteral("exportCheckInsAction"));
    m_exportButton->setMenu(exportMenu);
    connect(m_logButton, &QPushButton::clicked, this, &ProgressPage::logSession);
    connect(m_weekButton, &QPushButton::clicked, this, &ProgressPage::enterWeekLog);
    connect(exportLogs, &QAction::triggered, this, &ProgressPage::exportSessionLogs);
    connect(exportCheckIns, &QAction::triggered, this, &ProgressPage::exportCheckIns);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_logButton);
    buttons->addWidget(m_weekButton);
    buttons->addStretch();
    buttons->addWidget(m_exportButton);

    m_outcomes = new OutcomeSummary;
    connect(m_outcomes, &OutcomeSummary::psfsRequested, this, &ProgressPage::recordPsfs);

    // Charts: pain across the top, sessions done and function side by side below.
    auto* chartsPage = new QWidget;
    auto* chartsLayout = new QVBoxLayout(chartsPage);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    if (m_charts) {
        chartsLayout->addWidget(chartView(*m_charts, ProgressCharts::Which::Pain,
                                          QStringLiteral("painChartView"),
                                          tr("Pain over the weeks"), 300),
                                3);
        auto* lower = new QHBoxLayout;
        lower->addWidget(chartView(*m_charts, ProgressCharts::Which::Adherence,
                                   QStringLiteral("adherenceChartView"),
                                   tr("Sessions done each week"), 240),
                         1);
        lower->addWidget(chartView(*m_charts, ProgressCharts::Which::Psfs,
                                   QStringLiteral("psfsChartView"), tr("Function (PSFS) over time"),
                                   240),
                         1);
        chartsLayout->addLayout(lower, 2);
    } else {
        auto* missing = new QLabel(tr("The charts could not be loaded: %1").arg(m_chartsError));
        missing->setObjectName(QStringLiteral("chartsUnavailable"));
        missing->setWordWrap(true);
        missing->setTextFormat(Qt::PlainText);
        chartsLayout->addWidget(missing);
        chartsLayout->addStretch();
    }
    auto* chartsScroll = new QScrollArea;
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    chartsScroll->setWidget(chartsPage);

    m_weekTable = new QTableView;
    setUpTable(m_weekTable, QStringLiteral("progressWeekTable"), tr("Weeks"));
    m_weekTable->setModel(m_weekModel);
    connect(m_weekTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProgressPage::updateButtons);

    m_logTable = new QTableView;
    setUpTable(m_logTable, QStringLiteral("sessionLogTable"), tr("Logged sessions"));
    m_logTable->setModel(m_logModel);
    connect(m_logTable, &QTableView::doubleClicked, this, &ProgressPage::editSelectedLog);
    connect(m_logTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProgressPage::updateButtons);
    m_editLog = new QPushButton(tr("Ed&it..."));
    m_editLog->setObjectName(QStringLiteral("editSessionLogButton"));
    m_deleteLog = new QPushButton(tr("&Delete"));
    m_deleteLog->setObjectName(QStringLiteral("deleteSessionLogButton"));
    connect(m_editLog, &QPushButton::clicked, this, &ProgressPage::editSelectedLog);
    connect(m_deleteLog, &QPushButton::clicked, this, &ProgressPage::deleteSelectedLog);
    auto* logsPage = new QWidget;
    auto* logsLayout = new QVBoxLayout(logsPage);
    logsLayout->setContentsMargins(0, 0, 0, 0);
    logsLayout->addWidget(m_logTable, 1);
    auto* logButtons = new QHBoxLayout;
    logButtons->addStretch();
    logButtons->addWidget(m_editLog);
    logButtons->addWidget(m_deleteLog);
    logsLayout->addLayout(logButtons);

    m_table = new QTableView;
    setUpTable(m_table, QStringLiteral("progressTable"), tr("Check-in history"));
    m_table->setModel(m_model);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("progressTabs"));
    m_tabs->addTab(chartsScroll, tr("Charts"));
    m_tabs->addTab(m_weekTable, tr("Weeks"));
    m_tabs->addTab(logsPage, tr("Sessions"));
    m_tabs->addTab(m_table, tr("Check-ins"));

    m_psfsTable = new QTableWidget(0, 3);
    m_psfsTable->setObjectName(QStringLiteral("psfsTable"));
    m_psfsTable->setAccessibleName(tr("PSFS assessments"));
    m_psfsTable->setHorizontalHeaderLabels({tr("Date"), tr("Average"), tr("Activities")});
    m_psfsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_psfsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_psfsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_psfsTable->setAlternatingRowColors(true);
    m_psfsTable->setShowGrid(false);
    m_psfsTable->verticalHeader()->hide();
    m_psfsTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_psfsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_psfsTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_psfsTable, &QTableWidget::cellDoubleClicked, this, &ProgressPage::editSelectedPsfs);
    connect(m_psfsTable, &QTableWidget::itemSelectionChanged, this, &ProgressPage::updateButtons);
    m_editPsfs = new QPushButton(tr("Ed&it..."));
    m_editPsfs->setObjectName(QStringLiteral("editPsfsButton"));
    m_deletePsfs = new QPushButton(tr("Dele&te"));
    m_deletePsfs->setObjectName(QStringLiteral("deletePsfsButton"));
    connect(m_editPsfs, &QPushButton::clicked, this, &ProgressPage::editSelectedPsfs);
    connect(m_deletePsfs, &QPushButton::clicked, this, &ProgressPage::deleteSelectedPsfs);
    // A login that may only read sees the logs and PSFS but cannot add or change them.
    for (QWidget* writes : {static_cast<QWidget*>(m_logButton), static_cast<QWidget*>(m_weekButton),
                            static_cast<QWidget*>(m_editLog), static_cast<QWidget*>(m_deleteLog),
                            static_cast<QWidget*>(m_editPsfs), static_cast<QWidget*>(m_deletePsfs),
                            static_cast<QWidget*>(m_outcomes->psfsButton())}) {
        WriteAccess::of(m_context).guard(writes);
    }
    auto* psfsPage = new QWidget;
    auto* psfsLayout = new QVBoxLayout(psfsPage);
    psfsLayout->setContentsMargins(0, 0, 0, 0);
    psfsLayout->addWidget(m_psfsTable, 1);
    auto* psfsButtons = new QHBoxLayout;
    psfsButtons->addStretch();
    psfsButtons->addWidget(m_editPsfs);
    psfsButtons->addWidget(m_deletePsfs);
    psfsLayout->addLayout(psfsButtons);
    m_tabs->addTab(psfsPage, tr("PSFS"));

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(buttons);
    contentLayout->addWidget(m_outcomes);
    contentLayout->addWidget(m_tabs, 1);

    auto* empty = new QWidget;
    auto* emptyLayout = new QVBoxLayout(empty);
    m_emptyTitle = new QLabel;
    m_emptyText = new QLabel;
    QFont emptyFont = m_emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    emptyFont.setBold(true);
    m_emptyTitle->setFont(emptyFont);
    m_emptyTitle->setObjectName(QStringLiteral("progressEmptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch();

    m_stack = new QStackedWidget;
    m_stack->addWidget(content);
    m_stack->addWidget(empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
}

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

std::optional<storage::StoredPlan> ProgressPage::planForWeekLog() const
{
    if (m_clientId < 0) {
        return std::nullopt;
    }
    const auto plans = m_context.clients().plans(m_clientId); // newest week first
    const QModelIndexList selected = m_weekTable->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        if (const ProgressWeek* week = m_weekModel->weekAt(selected.front().row());
            week && week->plan) {
            if (auto plan = planCovering(plans, week->plan->weekStart)) {
                return plan;
            }
        }
    }
    const core::Date today = m_context.clock().today();
    if (auto plan = planCovering(plans, today)) {
        return plan;
    }
    for (const auto& stored : plans) {
        if (stored.plan.weekStart <= today) {
            return stored;
        }
    }
    // Only next week's plan is saved so far (the first plan of a new client): its log is the
    // one to fill in as the week goes on.
    if (!plans.empty()) {
        return plans.back().plan.weekStart > today ? std::optional(plans.back()) : std::nullopt;
    }
    return std::nullopt;
}

void ProgressPage::logSession()
{
    if (m_clientId < 0) {
        return;
    }
    SessionLogDialog dialog(m_context, m_clientId, m_context.clock().today(), this);
    dialog.exec();
}

void ProgressPage::enterWeekLog()
{
    const auto plan = planForWeekLog();
    if (!plan) {
        return;
    }
    WeekLogDialog dialog(m_context, m_clientId, *plan, this);
    dialog.exec();
}

void ProgressPage::recordPsfs()
{
    if (m_clientId < 0) {
        return;
    }
    PsfsDialog dialog(m_context, m_clientId, m_context.clock().today(), this);
    dialog.exec();
}

const storage::StoredSessionLog* ProgressPage::selectedLog() const
{
    const QModelIndexList selected = m_logTable->selectionModel()->selectedRows();
    return selected.isEmpty() ? nullptr : m_logModel->logAt(selected.front().row());
}

void ProgressPage::editSelectedLog()
{
    if (!WriteAccess::of(m_context).canWrite()) {
        return; // a double-click on a read-only login opens nothing it could not save
    }
    if (const storage::StoredSessionLog* log = selectedLog()) {
        SessionLogDialog dialog(m_context, *log, this);
        dialog.exec();
    }
}

void ProgressPage::deleteSelectedLog()
{
    const storage::StoredSessionLog* log = selectedLog();
    if (!log) {
        return;
    }
    const qint64 id = log->id;
    confirmAndRemove(tr("Delete this session?"),
                     tr("Delete the session logged on %1? Edit ▸ Undo brings it back.")
                         .arg(longDateText(log->log.date)),
                     [this, id] { return command::deleteSessionLog(m_context, id); });
}

void ProgressPage::confirmAndRemove(const QString& title, const QString& question,
                                    const std::function<command::Outcome()>& remove)
{
    if (MessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes) {
        return;
    }
    if (const command::Outcome outcome = remove(); !outcome) {
        emit m_context.errorOccurred(outcome.message);
    }
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

const storage::StoredPsfs* ProgressPage::selectedPsfs() const
{
    const QList<QTableWidgetItem*> selected = m_psfsTable->selectedItems();
    if (selected.isEmpty()) {
        return nullptr;
    }
    const QTableWidgetItem* first = m_psfsTable->item(selected.front()->row(), 0);
    const qint64 id = first ? first->data(Qt::UserRole).toLongLong() : 0;
    const auto it = std::find_if(m_data.psfs.begin(), m_data.psfs.end(),
                                 [id](const storage::StoredPsfs& p) { return p.id == id; });
    return it == m_data.psfs.end() ? nullptr : &*it;
}

void ProgressPage::editSelectedPsfs()
{
    if (!WriteAccess::of(m_context).canWrite()) {
        return;
    }
    if (const storage::StoredPsfs* stored = selectedPsfs()) {
        PsfsDialog dialog(m_context, *stored, this);
        dialog.exec();
    }
}

void ProgressPage::deleteSelectedPsfs()
{
    const storage::StoredPsfs* stored = selectedPsfs();
    if (!stored) {
        return;
    }
    const qint64 id = stored->id;
    confirmAndRemove(tr("Delete this assessment?"),
                     tr("Delete the PSFS assessment of %1? Edit ▸ Undo brings it back.")
                         .arg(longDateText(stored->assessment.date)),
                     [this, id] { return command::deletePsfs(m_context, id); });
}

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
