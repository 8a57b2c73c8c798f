// The session log dialog's form and the plan it follows: the date, the planned session it
// records and the exercises that session holds. The rest of the dialog is in
// session_log_dialog_*.cpp (session_log_dialog_parts.h lists them).

#include "widgets/tracking/session_log_dialog.h"

#include "app_context.h"
#include "labels.h"
#include "models/date_text.h"
#include "models/progress_data.h"
#include "widgets/common/field_error_label.h"
#include "widgets/tracking/session_log_dialog_parts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace glidepath::ui {

using session_log_form::isoText;
using session_log_form::painSpin;

SessionLogDialog::SessionLogDialog(AppContext& context, qint64 clientId, core::Date date,
                                   QWidget* parent)
    : QDialog(parent), m_context(context), m_clientId(clientId)
{
    setWindowTitle(tr("Log a session"));
    m_plans = m_context.clients().plans(clientId);
    buildUi();
    setDate(date);
}

SessionLogDialog::SessionLogDialog(AppContext& context, const storage::StoredSessionLog& existing,
                                   QWidget* parent)
    : QDialog(parent), m_context(context), m_clientId(existing.clientId), m_logId(existing.id)
{
    setWindowTitle(tr("Edit the session of %1").arg(longDateText(existing.log.date)));
    m_plans = m_context.clients().plans(m_clientId);
    buildUi();
    const QSignalBlocker blockDate(m_date);
    m_date->setDate(toQDate(existing.log.date));
    reloadPlan();
    {
        const QSignalBlocker blockPlanned(m_planned);
        const int at = m_planned->findData(
            existing.log.plannedDate ? isoText(*existing.log.plannedDate) : QString());
        if (at >= 0) {
            m_planned->setCurrentIndex(at);
        } else if (existing.log.plannedDate) {
            // A plan day that is no longer in the saved plan: keep it as it was logged.
            m_planned->insertItem(0, shortDayText(*existing.log.plannedDate),
                                  isoText(*existing.log.plannedDate));
            m_planned->setCurrentIndex(0);
        }
    }
    rebuildRows(&existing.log);
    setSessionPain(existing.log.sessionPain);
    setWorseNextMorning(existing.log.worseNextMorning);
    m_note->setPlainText(QString::fromStdString(existing.log.note));
}

void SessionLogDialog::buildUi()
{
    setObjectName(QStringLiteral("sessionLogDialog"));
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("sessionLogDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Labels::dateFormat(Labels::DateStyle::WeekdayDate));
    m_date->setAccessibleName(tr("Date of the session"));
    m_planned = new QComboBox;
    m_planned->setObjectName(QStringLiteral("sessionLogPlanned"));
    m_planned->setAccessibleName(tr("Which planned session"));
    m_planNote = new QLabel;
    m_planNote->setWordWrap(true);
    m_planNote->setForegroundRole(QPalette::PlaceholderText);

    auto* rowsWidget = new QWidget;
    m_grid = new QGridLayout(rowsWidget);
    m_grid->setHorizontalSpacing(10);
    const QStringList headers{tr("Exercise"), tr("Done?"), tr("Sets done"), tr("Pain during"),
                              tr("How hard")};
    for (int column = 0; column < headers.size(); ++column) {
        auto* header = new QLabel(headers[column]);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        m_grid->addWidget(header, 0, column);
    }
    m_grid->setColumnStretch(0, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(rowsWidget);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(220);

    m_sessionPain = painSpin(tr("Worst pain during the session"));
    m_sessionPain->setObjectName(QStringLiteral("sessionLogSessionPain"));
    m_nextMorning = new QComboBox;
    m_nextMorning->setObjectName(QStringLiteral("sessionLogNextMorning"));
    m_nextMorning->setAccessibleName(tr("Worse next morning"));
    // Data: -1 not recorded, 0 settled, 1 worse.
    m_nextMorning->addItem(tr("Not recorded"), -1);
    m_nextMorning->addItem(tr("Settled by the next morning"), 0);
    m_nextMorning->addItem(tr("Worse next morning"), 1);
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("sessionLogNote"));
    m_note->setAccessibleName(tr("Note about the session"));
    m_note->setPlaceholderText(tr("Anything worth remembering: how the knee felt afterwards, "
                                  "what made an exercise hard..."));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    m_error = new FieldErrorLabel;
    m_error->setObjectName(QStringLiteral("sessionLogError"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("sessionLogSave"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SessionLogDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SessionLogDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Planned session:"), m_planned);
    form->addRow(QString(), m_planNote);
    auto* bottom = new QFormLayout;
    bottom->addRow(tr("&Worst pain in the session:"), m_sessionPain);
    bottom->addRow(tr("Ne&xt morning:"), m_nextMorning);
    bottom->addRow(tr("&Note:"), m_note);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(720, 520);

    connect(m_date, &QDateEdit::dateChanged, this, [this] { reloadPlan(); });
    connect(m_planned, &QComboBox::currentIndexChanged, this, [this] { rebuildRows(nullptr); });
}

void SessionLogDialog::setDate(core::Date date)
{
    if (m_date->date() == toQDate(date) && m_planned->count() > 0) {
        return;
    }
    m_date->setDate(toQDate(date)); // reloads the plan through dateChanged
    if (m_planned->count() == 0) {
        reloadPlan();
    }
}

core::Date SessionLogDialog::date() const
{
    return fromQDate(m_date->date());
}

void SessionLogDialog::reloadPlan()
{
    const core::Date when = date();
    m_plan = planCovering(m_plans, when);
    const QSignalBlocker block(m_planned);
    m_planned->clear();
    if (m_plan) {
        std::optional<int> sameDay;
        std::optional<int> before;
        for (const core::PlanDay& day : m_plan->plan.days) {
            if (day.exercises.empty()) {
                continue;
            }
            if (day.date == when) {
                sameDay = m_planned->count();
            } else if (day.date < when) {
                before = m_planned->count();
            }
            m_planned->addItem(
                tr("%1 - %2, %n exercise(s)", nullptr, static_cast<int>(day.exercises.size()))
                    .arg(shortDayText(day.date), Labels::of(day.kind)),
                isoText(day.date));
        }
        m_planned->addItem(tr("Not in the plan (an extra session)"), QString());
        m_planned->setCurrentIndex(sameDay.value_or(before.value_or(0)));
        m_planNote->setText(
            tr("From the plan for the week of %1.").arg(longDateText(m_plan->plan.weekStart)));
    } else {
        m_planNote->setText(tr("No saved plan covers this date, so there are no planned "
                               "exercises to log. Save a plan for this week on the Plan page "
                               "first."));
    }
    rebuildRows(nullptr);
}

std::vector<core::Date> SessionLogDialog::plannedSessions() const
{
    std::vector<core::Date> out;
    for (int i = 0; i < m_planned->count(); ++i) {
        const QString iso = m_planned->itemData(i).toString();
        if (!iso.isEmpty()) {
            out.push_back(*core::parseIsoDate(iso.toStdString()));
        }
    }
    return out;
}

void SessionLogDialog::setPlannedSession(std::optional<core::Date> plannedDate)
{
    const int at = m_planned->findData(plannedDate ? isoText(*plannedDate) : QString());
    if (at >= 0) {
        m_planned->setCurrentIndex(at);
    }
}

std::optional<core::Date> SessionLogDialog::plannedSession() const
{
    const QString iso = m_planned->currentData().toString();
    if (iso.isEmpty()) {
        return std::nullopt;
    }
    return core::parseIsoDate(iso.toStdString());
}

} // namespace glidepath::ui
