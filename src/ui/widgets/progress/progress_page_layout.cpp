// How the Progress page is laid out: its title and summary over tabs of charts, tables and the
// buttons that act on them.

#include "app_context.h"
#include "models/check_in_table_model.h"
#include "models/progress_week_model.h"
#include "models/session_log_table_model.h"
#include "widgets/progress/outcome_summary.h"
#include "widgets/progress/progress_charts.h"
#include "widgets/progress/progress_page.h"
#include "write_access.h"

#include <glidepath/storage/tracking_repository.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

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

} // namespace glidepath::ui
