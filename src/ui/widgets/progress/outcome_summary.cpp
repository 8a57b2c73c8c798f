#include "widgets/progress/outcome_summary.h"

#include "models/client_labels.h"
#include "models/session_log_labels.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace glidepath::ui {

namespace {

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* smallPrint()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

OutcomeSummary::OutcomeSummary(QWidget* parent)
    : QFrame(parent), m_nprs(new QLabel), m_nprsThreshold(smallPrint()), m_psfs(new QLabel),
      m_psfsThreshold(smallPrint()), m_dueLabel(new QLabel),
      m_psfsButton(new QPushButton(tr("Record a &PSFS...")))
{
    setObjectName(QStringLiteral("outcomeSummary"));
    setFrameShape(QFrame::StyledPanel);
    m_nprs->setObjectName(QStringLiteral("outcomeNprs"));
    m_nprs->setWordWrap(true);
    m_psfs->setObjectName(QStringLiteral("outcomePsfs"));
    m_psfs->setWordWrap(true);
    m_dueLabel->setObjectName(QStringLiteral("outcomePsfsDue"));
    m_psfsButton->setObjectName(QStringLiteral("recordPsfsButton"));
    m_psfsButton->setAccessibleName(tr("Record a Patient-Specific Functional Scale assessment"));
    connect(m_psfsButton, &QPushButton::clicked, this, &OutcomeSummary::psfsRequested);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setHorizontalSpacing(18);
    layout->addWidget(heading(tr("Pain (NPRS)")), 0, 0);
    layout->addWidget(m_nprs, 1, 0);
    layout->addWidget(m_nprsThreshold, 2, 0);
    layout->addWidget(heading(tr("Function (PSFS)")), 0, 1);
    layout->addWidget(m_psfs, 1, 1);
    layout->addWidget(m_psfsThreshold, 2, 1);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_dueLabel, 1);
    dueRow->addWidget(m_psfsButton);
    layout->addLayout(dueRow, 3, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
}

void OutcomeSummary::setData(const ProgressData& data, core::Date today)
{
    const core::MeaningfulChange& thresholds = data.thresholds;
    m_nprsThreshold->setText(tr("Compared with the first check-in; %1.")
                                 .arg(SessionLogLabels::nprsThreshold(thresholds)));
    if (data.checkIns.empty()) {
        m_nprs->setText(tr("No check-in yet."));
    } else if (data.checkIns.size() == 1) {
        const core::CheckIn& first = data.checkIns.front().checkIn;
        m_nprs->setText(tr("Baseline: %1/10 at rest, %2/10 in activity (%3).")
                            .arg(first.painRest)
                            .arg(first.painActivity)
                            .arg(longDateText(first.date)));
    } else {
        const core::CheckIn& first = data.checkIns.front().checkIn;
        const core::CheckIn& last = data.checkIns.back().checkIn;
        const auto rest = core::nprsChange(first.painRest, last.painRest, thresholds);
        const auto activity = core::nprsChange(first.painActivity, last.painActivity, thresholds);
        m_nprs->setText(tr("At rest %1 → %2/10: %3.\nIn activity %4 → %5/10: %6.")
                            .arg(first.painRest)
                            .arg(last.painRest)
                            .arg(SessionLogLabels::change(rest, 0))
                            .arg(first.painActivity)
                            .arg(last.painActivity)
                            .arg(SessionLogLabels::change(activity, 0)));
    }

    m_psfsThreshold->setText(tr("Average of the activities, compared with the first assessment; "
                                "%1.")
                                 .arg(SessionLogLabels::psfsThreshold(thresholds)));
    const auto number = [](double value) { return QLocale().toString(value, 'f', 1); };
    if (data.psfs.empty()) {
        m_psfs->setText(tr("No assessment yet."));
    } else if (data.psfs.size() == 1) {
        const auto average = core::psfsAverage(data.psfs.front().assessment).value_or(0.0);
        m_psfs->setText(tr("Baseline average %1/10 (%2).")
                            .arg(number(average), longDateText(data.psfs.front().assessment.date)));
    } else if (const auto change = core::psfsChange(data.psfs.front().assessment,
                                                    data.psfs.back().assessment, thresholds)) {
        m_psfs->setText(tr("Average %1 → %2/10: %3.")
                            .arg(number(change->baseline), number(change->current),
                                 SessionLogLabels::change(*change, 1)));
    }

    std::vector<core::PsfsAssessment> assessments;
    for (const auto& stored : data.psfs) {
        assessments.push_back(stored.assessment);
    }
    const core::Date due = core::psfsDueDate(assessments, today);
    m_due = due <= today;
    if (assessments.empty()) {
        m_dueLabel->setText(tr("Due now: record the baseline."));
    } else if (m_due) {
        m_dueLabel->setText(tr("Due now (every two weeks; due since %1).").arg(longDateText(due)));
    } else {
        m_dueLabel->setText(tr("Next one due %1.").arg(longDateText(due)));
    }
    QFont font = m_dueLabel->font();
    font.setBold(m_due);
    m_dueLabel->setFont(font);
}

QString OutcomeSummary::nprsText() const
{
    return m_nprs->text();
}

QString OutcomeSummary::psfsText() const
{
    return m_psfs->text();
}

QString OutcomeSummary::dueText() const
{
    return m_dueLabel->text();
}

} // namespace glidepath::ui
