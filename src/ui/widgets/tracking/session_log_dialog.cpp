#include "widgets/tracking/session_log_dialog.h"

#include "app_context.h"
#include "commands/command.h"
#include "commands/undo_command.h"
#include "labels.h"
#include "models/client_labels.h"
#include "models/progress_data.h"
#include "models/session_log_labels.h"
#include "widgets/common/field_error_label.h"

#include <glidepath/report/issue_text.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace glidepath::ui {

namespace {

constexpr int kNotRecorded = -1; // the spin boxes' special value

QString isoText(core::Date date)
{
    return QString::fromStdString(core::toIsoString(date));
}

std::optional<int> spinValue(const QSpinBox* spin)
{
    return spin->value() == kNotRecorded ? std::nullopt : std::optional<int>(spin->value());
}

QSpinBox* painSpin(const QString& accessibleName)
{
    auto* spin = new QSpinBox;
    spin->setRange(kNotRecorded, 10);
    spin->setSpecialValueText(SessionLogDialog::tr("not noted"));
    spin->setSuffix(SessionLogDialog::tr("/10"));
    spin->setValue(kNotRecorded);
    spin->setAccessibleName(accessibleName);
    return spin;
}

} // namespace

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

void SessionLogDialog::clearRows()
{
    for (Row& row : m_rows) {
        delete row.name;
        delete row.status;
        delete row.sets;
        delete row.pain;
        delete row.difficulty;
    }
    m_rows.clear();
}

void SessionLogDialog::rebuildRows(const core::SessionLog* values)
{
    clearRows();
    clearIssues();
    const std::optional<core::Date> planned = plannedSession();
    const bool extra = !planned.has_value();
    // What the plan asks for: the planned day's exercises, or the whole week's for an extra one.
    std::vector<const core::PlannedExercise*> plannedExercises;
    if (m_plan) {
        for (const core::PlanDay& day : m_plan->plan.days) {
            if (!extra && day.date != *planned) {
                continue;
            }
            for (const core::PlannedExercise& exercise : day.exercises) {
                const bool seen = std::any_of(
                    plannedExercises.begin(), plannedExercises.end(),
                    [&](const core::PlannedExercise* p) { return p->id == exercise.id; });
                if (!seen) {
                    plannedExercises.push_back(&exercise);
                }
            }
        }
    }
    struct Seed
    {
        std::string id;
        QString name;
        int setsPlanned;
    };
    std::vector<Seed> seeds;
    for (const core::PlannedExercise* p : plannedExercises) {
        seeds.push_back({p->id, QString::fromStdString(p->name), p->sets});
    }
    if (values) {
        for (const core::LoggedExercise& entry : values->entries) {
            const bool seen = std::any_of(seeds.begin(), seeds.end(),
                                          [&](const Seed& s) { return s.id == entry.exerciseId; });
            if (!seen) {
                const auto exercise = m_context.exercises().find(entry.exerciseId);
                seeds.push_back({entry.exerciseId,
                                 exercise ? QString::fromStdString(exercise->name)
                                          : QString::fromStdString(entry.exerciseId),
                                 entry.setsPlanned});
            }
        }
    }

    for (const Seed& seed : seeds) {
        const int gridRow = static_cast<int>(m_rows.size()) + 1;
        const std::size_t index = m_rows.size();
        Row row;
        row.id = seed.id;
        row.setsPlanned = seed.setsPlanned;
        row.name = new QLabel(seed.name);
        row.status = new QComboBox;
        row.status->setObjectName(QStringLiteral("sessionLogStatus%1").arg(index));
        row.status->setAccessibleName(tr("%1: done, partly or skipped").arg(seed.name));
        for (const core::LogStatus status : core::allValues<core::LogStatus>()) {
            row.status->addItem(SessionLogLabels::of(status), static_cast<int>(status));
        }
        row.sets = new QSpinBox;
        row.sets->setObjectName(QStringLiteral("sessionLogSets%1").arg(index));
        row.sets->setRange(0, core::kMaxLoggedSets);
        row.sets->setAccessibleName(tr("%1: sets done").arg(seed.name));
        if (seed.setsPlanned > 0) {
            row.sets->setSuffix(tr(" of %1").arg(seed.setsPlanned));
        }
        row.pain = painSpin(tr("%1: pain during, 0 to 10").arg(seed.name));
        row.pain->setObjectName(QStringLiteral("sessionLogPain%1").arg(index));
        row.difficulty = new QComboBox;
        row.difficulty->setObjectName(QStringLiteral("sessionLogDifficulty%1").arg(index));
        row.difficulty->setAccessibleName(tr("%1: how hard it felt").arg(seed.name));
        row.difficulty->addItem(tr("not noted"), -1);
        for (const core::Difficulty difficulty : core::allValues<core::Difficulty>()) {
            row.difficulty->addItem(Labels::of(difficulty), static_cast<int>(difficulty));
        }
        m_grid->addWidget(row.name, gridRow, 0);
        m_grid->addWidget(row.status, gridRow, 1);
        m_grid->addWidget(row.sets, gridRow, 2);
        m_grid->addWidget(row.pain, gridRow, 3);
        m_grid->addWidget(row.difficulty, gridRow, 4);
        m_rows.push_back(row);

        connect(row.status, &QComboBox::currentIndexChanged, this,
                [this, index] { onStatusChanged(index); });
        connect(row.sets, &QSpinBox::valueChanged, this, [this, index] { onSetsChanged(index); });

        // Starting values: from the stored log, else done in full (or skipped when extra).
        const core::LoggedExercise* entry = nullptr;
        if (values) {
            const auto it = std::find_if(
                values->entries.begin(), values->entries.end(),
                [&](const core::LoggedExercise& e) { return e.exerciseId == seed.id; });
            entry = it == values->entries.end() ? nullptr : &*it;
        }
        if (entry) {
            m_syncing = true;
            row.status->setCurrentIndex(row.status->findData(static_cast<int>(entry->status)));
            row.sets->setValue(entry->setsDone);
            m_syncing = false;
            onStatusChanged(index);
            row.sets->setValue(entry->setsDone);
            setPain(static_cast<int>(index), entry->painDuring);
            setDifficulty(static_cast<int>(index), entry->difficulty);
        } else {
            setStatus(static_cast<int>(index),
                      (values || extra) ? core::LogStatus::Skipped : core::LogStatus::Done);
            onStatusChanged(index);
        }
    }
}

void SessionLogDialog::onStatusChanged(std::size_t index)
{
    if (m_syncing || index >= m_rows.size()) {
        return;
    }
    Row& row = m_rows[index];
    const auto status = static_cast<core::LogStatus>(row.status->currentData().toInt());
    m_syncing = true;
    const bool skipped = status == core::LogStatus::Skipped;
    row.sets->setEnabled(!skipped);
    row.pain->setEnabled(!skipped);
    row.difficulty->setEnabled(!skipped);
    switch (status) {
    case core::LogStatus::Done:
        row.sets->setValue(std::max(1, row.setsPlanned));
        break;
    case core::LogStatus::Partly:
        if (row.setsPlanned > 0 &&
            (row.sets->value() >= row.setsPlanned || row.sets->value() < 1)) {
            row.sets->setValue(std::max(1, row.setsPlanned - 1));
        } else if (row.sets->value() < 1) {
            row.sets->setValue(1);
        }
        break;
    case core::LogStatus::Skipped:
        row.sets->setValue(0);
        row.pain->setValue(kNotRecorded);
        row.difficulty->setCurrentIndex(0);
        break;
    }
    m_syncing = false;
    clearIssues();
}

void SessionLogDialog::onSetsChanged(std::size_t index)
{
    if (m_syncing || index >= m_rows.size()) {
        return;
    }
    Row& row = m_rows[index];
    const int sets = row.sets->value();
    core::LogStatus status = core::LogStatus::Partly;
    if (sets == 0) {
        status = core::LogStatus::Skipped;
    } else if (row.setsPlanned > 0 && sets >= row.setsPlanned) {
        status = core::LogStatus::Done;
    } else if (row.setsPlanned == 0) {
        status = static_cast<core::LogStatus>(row.status->currentData().toInt());
        if (status == core::LogStatus::Skipped) {
            status = core::LogStatus::Done;
        }
    }
    m_syncing = true;
    row.status->setCurrentIndex(row.status->findData(static_cast<int>(status)));
    const bool skipped = status == core::LogStatus::Skipped;
    row.pain->setEnabled(!skipped);
    row.difficulty->setEnabled(!skipped);
    if (skipped) {
        row.pain->setValue(kNotRecorded);
        row.difficulty->setCurrentIndex(0);
    }
    m_syncing = false;
    clearIssues();
}

QString SessionLogDialog::exerciseIdAt(int row) const
{
    if (row < 0 || row >= exerciseRows()) {
        return {};
    }
    return QString::fromStdString(m_rows[static_cast<std::size_t>(row)].id);
}

void SessionLogDialog::setStatus(int row, core::LogStatus status)
{
    if (row < 0 || row >= exerciseRows()) {
        return;
    }
    QComboBox* combo = m_rows[static_cast<std::size_t>(row)].status;
    combo->setCurrentIndex(combo->findData(static_cast<int>(status)));
}

core::LogStatus SessionLogDialog::status(int row) const
{
    return static_cast<core::LogStatus>(
        m_rows.at(static_cast<std::size_t>(row)).status->currentData().toInt());
}

void SessionLogDialog::setSetsDone(int row, int sets)
{
    if (row >= 0 && row < exerciseRows()) {
        m_rows[static_cast<std::size_t>(row)].sets->setValue(sets);
    }
}

int SessionLogDialog::setsDone(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row)).sets->value();
}

void SessionLogDialog::setPain(int row, std::optional<int> pain)
{
    if (row >= 0 && row < exerciseRows()) {
        m_rows[static_cast<std::size_t>(row)].pain->setValue(pain.value_or(kNotRecorded));
    }
}

void SessionLogDialog::setDifficulty(int row, std::optional<core::Difficulty> difficulty)
{
    if (row < 0 || row >= exerciseRows()) {
        return;
    }
    QComboBox* combo = m_rows[static_cast<std::size_t>(row)].difficulty;
    combo->setCurrentIndex(difficulty ? combo->findData(static_cast<int>(*difficulty)) : 0);
}

void SessionLogDialog::setSessionPain(std::optional<int> pain)
{
    m_sessionPain->setValue(pain.value_or(kNotRecorded));
}

void SessionLogDialog::setWorseNextMorning(std::optional<bool> worse)
{
    m_nextMorning->setCurrentIndex(m_nextMorning->findData(worse ? (*worse ? 1 : 0) : -1));
}

void SessionLogDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
}

std::vector<std::size_t> SessionLogDialog::includedRows() const
{
    // An extra session is a record of what was done: rows left at "skipped" are not part of it.
    const bool extra = !plannedSession().has_value();
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const auto status = static_cast<core::LogStatus>(m_rows[i].status->currentData().toInt());
        if (!extra || status != core::LogStatus::Skipped) {
            rows.push_back(i);
        }
    }
    return rows;
}

core::SessionLog SessionLogDialog::sessionLog() const
{
    core::SessionLog log;
    log.date = date();
    log.plannedDate = plannedSession();
    log.sessionPain = spinValue(m_sessionPain);
    if (const int morning = m_nextMorning->currentData().toInt(); morning >= 0) {
        log.worseNextMorning = morning == 1;
    }
    log.note = m_note->toPlainText().trimmed().toStdString();
    for (const std::size_t i : includedRows()) {
        const Row& row = m_rows[i];
        core::LoggedExercise entry;
        entry.exerciseId = row.id;
        entry.status = static_cast<core::LogStatus>(row.status->currentData().toInt());
        entry.setsDone = row.sets->value();
        entry.setsPlanned = row.setsPlanned;
        if (entry.status != core::LogStatus::Skipped) {
            entry.painDuring = spinValue(row.pain);
            const int difficulty = row.difficulty->currentData().toInt();
            if (difficulty >= 0) {
                entry.difficulty = static_cast<core::Difficulty>(difficulty);
            }
        }
        log.entries.push_back(std::move(entry));
    }
    return log;
}

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
