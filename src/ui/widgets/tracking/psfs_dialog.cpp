#include "widgets/tracking/psfs_dialog.h"

#include "app_context.h"
#include "commands/command.h"
#include "commands/undo_command.h"
#include "labels.h"
#include "models/client_labels.h"
#include "models/session_log_labels.h"
#include "widgets/common/field_error_label.h"

#include <glidepath/report/issue_text.h>

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace glidepath::ui {

PsfsDialog::PsfsDialog(AppContext& context, qint64 clientId, core::Date date, QWidget* parent)
    : QDialog(parent), m_context(context), m_clientId(clientId)
{
    setWindowTitle(tr("Patient-Specific Functional Scale"));
    buildUi();
    storage::TrackingRepository tracking(m_context.database());
    const auto previous = tracking.psfsAssessments(clientId);
    if (!previous.empty()) {
        m_baseline = previous.front().assessment;
        // The same activities are rated again, starting from the last scores.
        for (const core::PsfsItem& item : previous.back().assessment.items) {
            addItem();
            setItem(itemCount() - 1, QString::fromStdString(item.activity), item.score);
        }
    }
    while (itemCount() < static_cast<int>(core::kMinPsfsItems)) {
        addItem();
    }
    setDate(date);
    updateSummary();
}

PsfsDialog::PsfsDialog(AppContext& context, const storage::StoredPsfs& existing, QWidget* parent)
    : QDialog(parent), m_context(context), m_clientId(existing.clientId), m_id(existing.id)
{
    setWindowTitle(
        tr("Patient-Specific Functional Scale of %1").arg(longDateText(existing.assessment.date)));
    buildUi();
    storage::TrackingRepository tracking(m_context.database());
    const auto all = tracking.psfsAssessments(m_clientId);
    if (!all.empty() && all.front().id != existing.id) {
        m_baseline = all.front().assessment;
    }
    for (const core::PsfsItem& item : existing.assessment.items) {
        addItem();
        setItem(itemCount() - 1, QString::fromStdString(item.activity), item.score);
    }
    setDate(existing.assessment.date);
    updateSummary();
}

void PsfsDialog::buildUi()
{
    setObjectName(QStringLiteral("psfsDialog"));
    if (const auto client = m_context.clients().find(m_clientId)) {
        m_thresholds = core::meaningfulChangeFor(client->profile);
    }
    auto* intro = new QLabel(tr("Name three to five activities that are hard because of the knee "
                                "or hip, in the client's own words. Rate each from 0 (cannot do "
                                "it) to 10 (can do it as well as before the problem)."));
    intro->setWordWrap(true);
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("psfsDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Labels::dateFormat(Labels::DateStyle::WeekdayDate));
    m_date->setAccessibleName(tr("Date of the assessment"));

    auto* itemsWidget = new QWidget;
    m_grid = new QGridLayout(itemsWidget);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(0, 1);
    m_add = new QPushButton(tr("&Add an activity"));
    m_add->setObjectName(QStringLiteral("psfsAdd"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        addItem();
        m_items.back().activity->setFocus();
    });

    m_average = new QLabel;
    m_average->setObjectName(QStringLiteral("psfsAverage"));
    QFont bold = m_average->font();
    bold.setBold(true);
    m_average->setFont(bold);
    m_comparison = new QLabel;
    m_comparison->setObjectName(QStringLiteral("psfsComparison"));
    m_comparison->setWordWrap(true);
    m_error = new FieldErrorLabel;
    m_error->setObjectName(QStringLiteral("psfsError"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("psfsSave"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PsfsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PsfsDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(itemsWidget);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addWidget(m_average);
    layout->addWidget(m_comparison);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(560, 420);
}

void PsfsDialog::addItem()
{
    if (m_items.size() >= core::kMaxPsfsItems) {
        return;
    }
    const int number = itemCount() + 1;
    Item item;
    item.activity = new QLineEdit;
    item.activity->setObjectName(QStringLiteral("psfsActivity%1").arg(number - 1));
    item.activity->setPlaceholderText(tr("e.g. Walking down stairs"));
    item.activity->setMaxLength(static_cast<int>(core::kMaxPsfsActivityBytes));
    item.activity->setAccessibleName(tr("Activity %1").arg(number));
    item.score = new QSpinBox;
    item.score->setObjectName(QStringLiteral("psfsScore%1").arg(number - 1));
    item.score->setRange(0, 10);
    item.score->setSuffix(tr("/10"));
    item.score->setAccessibleName(tr("Activity %1: score 0 to 10").arg(number));
    item.remove = new QPushButton(tr("Remove"));
    item.remove->setAccessibleName(tr("Remove activity %1").arg(number));
    QLineEdit* activity = item.activity;
    connect(item.remove, &QPushButton::clicked, this, [this, activity] {
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            if (m_items[i].activity == activity) {
                removeItem(static_cast<int>(i));
                return;
            }
        }
    });
    connect(item.activity, &QLineEdit::textChanged, this, &PsfsDialog::updateSummary);
    connect(item.score, &QSpinBox::valueChanged, this, &PsfsDialog::updateSummary);
    m_items.push_back(item);
    relayout();
    updateSummary();
}

void PsfsDialog::removeItem(int row)
{
    if (row < 0 || row >= itemCount() || m_items.size() <= core::kMinPsfsItems) {
        return;
    }
    Item item = m_items[static_cast<std::size_t>(row)];
    m_items.erase(m_items.begin() + row);
    delete item.activity;
    delete item.score;
    delete item.remove;
    relayout();
    updateSummary();
}

void PsfsDialog::relayout()
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const int row = static_cast<int>(i);
        m_grid->addWidget(m_items[i].activity, row, 0);
        m_grid->addWidget(m_items[i].score, row, 1);
        m_grid->addWidget(m_items[i].remove, row, 2);
        // Three is the least the scale takes.
        m_items[i].remove->setEnabled(m_items.size() > core::kMinPsfsItems);
    }
    m_add->setEnabled(m_items.size() < core::kMaxPsfsItems);
}

void PsfsDialog::setItem(int row, const QString& activity, int score)
{
    if (row < 0 || row >= itemCount()) {
        return;
    }
    m_items[static_cast<std::size_t>(row)].activity->setText(activity);
    m_items[static_cast<std::size_t>(row)].score->setValue(score);
}

void PsfsDialog::setDate(core::Date date)
{
    m_date->setDate(toQDate(date));
}

core::PsfsAssessment PsfsDialog::assessment() const
{
    core::PsfsAssessment out;
    out.date = fromQDate(m_date->date());
    for (const Item& item : m_items) {
        out.items.push_back({item.activity->text().trimmed().toStdString(), item.score->value()});
    }
    return out;
}

QString PsfsDialog::averageText() const
{
    return m_average->text();
}

QString PsfsDialog::comparisonText() const
{
    return m_comparison->text();
}

QString PsfsDialog::errorText() const
{
    return m_error->error();
}

void PsfsDialog::updateSummary()
{
    m_error->setError({});
    for (const Item& item : m_items) {
        setInvalid(item.activity, false);
        setInvalid(item.score, false);
    }
    const core::PsfsAssessment current = assessment();
    const auto average = core::psfsAverage(current);
    m_average->setText(
        average ? tr("Average score: %1/10").arg(QLocale().toString(*average, 'f', 1)) : QString());
    if (!m_baseline) {
        m_comparison->setText(tr("This is the baseline: later assessments are compared with it "
                                 "(%1).")
                                  .arg(SessionLogLabels::psfsThreshold(m_thresholds)));
        return;
    }
    const auto change = core::psfsChange(*m_baseline, current, m_thresholds);
    if (!change) {
        m_comparison->clear();
        return;
    }
    m_comparison->setText(tr("Baseline %1/10 on %2; change %3 - %4.")
                              .arg(QLocale().toString(change->baseline, 'f', 1),
                                   longDateText(m_baseline->date),
                                   SessionLogLabels::change(*change, 1),
                                   SessionLogLabels::psfsThreshold(m_thresholds)));
}

bool PsfsDialog::save()
{
    const core::PsfsAssessment value = assessment();
    const auto issues = core::validatePsfs(value);
    if (!issues.empty()) {
        QStringList lines;
        for (const core::FieldIssue& issue : issues) {
            const QStringList parts = QString::fromStdString(issue.field).split(QLatin1Char('/'));
            QString where = tr("Activities");
            if (parts.size() == 3 && parts[0] == QLatin1String("items")) {
                const int row = parts[1].toInt();
                if (row >= 0 && row < itemCount()) {
                    const Item& item = m_items[static_cast<std::size_t>(row)];
                    setInvalid(parts[2] == QLatin1String("score")
                                   ? static_cast<QWidget*>(item.score)
                                   : item.activity,
                               true);
                }
                where = tr("Activity %1").arg(row + 1);
            }
            lines << tr("%1: %2").arg(where, report::issueText(issue));
        }
        m_error->setError(lines.join(QLatin1Char('\n')));
        return false;
    }
    const command::Outcome outcome = command::savePsfs(m_context, m_clientId, m_id, value);
    if (!outcome) {
        m_error->setError(outcome.message);
        return false;
    }
    if (m_id <= 0) {
        m_id = std::stoll(outcome.createdId);
    }
    emit m_context.statusMessage(tr("Saved the PSFS of %1.").arg(longDateText(value.date)));
    return true;
}

void PsfsDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace glidepath::ui
