#include "widgets/tracking/week_log_dialog.h"

#include "app_context.h"
#include "commands/command.h"
#include "commands/undo_command.h"
#include "models/client_labels.h"
#include "models/session_log_grid_model.h"
#include "widgets/common/field_error_label.h"
#include "widgets/common/message_box.h"

#include <glidepath/storage/tracking_repository.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace glidepath::ui {

namespace {

// The pain row takes a number 0-10 typed straight in; the tick rows use the default delegate,
// where Space toggles the box.
class PainDelegate : public QStyledItemDelegate
{
public:
    using ErrorSink = std::function<void(const QString&)>;

    PainDelegate(int painRow, ErrorSink onError, QObject* parent)
        : QStyledItemDelegate(parent), m_painRow(painRow), m_onError(std::move(onError))
    {}

    void setPainRow(int row) { m_painRow = row; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        if (index.row() != m_painRow) {
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
        auto* editor = new QLineEdit(parent);
        // Two digits can be typed, so that a score above 10 is answered in words instead of the
        // key being swallowed.
        editor->setValidator(new QIntValidator(0, 99, editor));
        editor->setAlignment(Qt::AlignCenter);
        editor->setAccessibleName(index.data(Qt::AccessibleTextRole).toString());
        return editor;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* line = qobject_cast<QLineEdit*>(editor); line && index.row() == m_painRow) {
            line->setText(index.data(Qt::DisplayRole).toString());
            line->selectAll();
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        if (auto* line = qobject_cast<QLineEdit*>(editor); line && index.row() == m_painRow) {
            bool ok = false;
            const int pain = line->text().trimmed().toInt(&ok);
            if (ok && (pain < 0 || pain > 10)) {
                m_onError(
                    WeekLogDialog::tr("Pain is scored 0-10; %1 is not a score. Type the number the "
                                      "paper log shows, 0 to 10.")
                        .arg(line->text().trimmed()));
                return; // the cell keeps what it had
            }
            model->setData(index, line->text(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    int m_painRow;
    ErrorSink m_onError;
};

} // namespace

WeekLogDialog::WeekLogDialog(AppContext& context, qint64 clientId, const storage::StoredPlan& plan,
                             QWidget* parent)
    : QDialog(parent), m_context(context), m_clientId(clientId), m_plan(plan),
      m_model(new SessionLogGridModel(this)), m_grid(new QTableView), m_intro(new QLabel),
      m_error(new FieldErrorLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("weekLogDialog"));
    setWindowTitle(tr("Paper log for the week of %1").arg(longDateText(plan.plan.weekStart)));

    const core::Date start = plan.plan.weekStart;
    std::vector<core::SessionLog> logs;
    storage::TrackingRepository tracking(m_context.database());
    for (const auto& stored :
         tracking.sessionLogs(clientId, {start, start + std::chrono::days(6)})) {
        logs.push_back(stored.log);
    }
    m_detailedBefore = SessionLogGridModel::holdsDetail(logs, plan.plan);
    m_model->setWeek(plan.plan, logs);

    m_intro->setWordWrap(true);
    m_intro->setText(tr("Copy the ticks from the paper log: Space ticks the exercise, the arrow "
                        "keys move (Tab goes on to the buttons), a number in the pain row is the "
                        "pain during that session (0-10), and a tick in the last row means the "
                        "knee was worse the next morning (the Y circled on paper). A day without "
                        "a tick was not done. A session done a day late is ticked in the next "
                        "day's column."));

    m_grid->setObjectName(QStringLiteral("weekLogGrid"));
    m_grid->setAccessibleName(tr("Exercises done each day"));
    m_grid->setModel(m_model);
    auto* delegate = new PainDelegate(
        m_model->painRow(), [this](const QString& text) { m_error->setError(text); }, m_grid);
    m_grid->setItemDelegate(delegate);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                            QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    // The arrow keys move between cells; Tab goes on to the buttons, as everywhere else.
    m_grid->setTabKeyNavigation(false);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setMinimumSectionSize(92);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The whole week at once, without scrolling, where the screen allows: the point of the grid
    // is to copy a paper page in one go.
    const int frame = 2 * m_grid->frameWidth() + 4;
    const int gridWidth = m_grid->verticalHeader()->sizeHint().width() + 7 * 100 + frame;
    const int gridHeight =
        m_grid->horizontalHeader()->sizeHint().height() +
        m_model->rowCount() * std::max(m_grid->fontMetrics().height() + 6,
                                       m_grid->verticalHeader()->sectionSizeHint(0)) +
        frame;
    m_grid->setMinimumSize(std::min(gridWidth, 1150), std::min(gridHeight, 600));
    // Start on the first box to tick.
    for (int row = 0; row < m_model->exerciseCount(); ++row) {
        bool found = false;
        for (int day = 0; day < 7 && !found; ++day) {
            if (m_model->index(row, day).data(SessionLogGridModel::PlannedRole).toBool()) {
                m_grid->setCurrentIndex(m_model->index(row, day));
                found = true;
            }
        }
        if (found) {
            break;
        }
    }

    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("weekLogSave"));
    // Return finishes a pain score in the grid; it must not save and close the whole dialog.
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WeekLogDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WeekLogDialog::reject);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { m_error->setError({}); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_grid->setFocus();
}

QString WeekLogDialog::errorText() const
{
    return m_error->error();
}

bool WeekLogDialog::save()
{
    // Commit a pain score still being typed.
    const QModelIndex current = m_grid->currentIndex();
    if (QWidget* editor = current.isValid() ? m_grid->indexWidget(current) : nullptr) {
        m_error->setError({});
        m_grid->itemDelegate()->setModelData(editor, m_model, current);
        if (!m_error->error().isEmpty()) {
            return false; // a pain outside 0-10, said at the grid
        }
    }
    const auto orphanDays = m_model->painWithoutSession();
    if (!orphanDays.empty()) {
        QStringList days;
        for (const int day : orphanDays) {
            days << shortDayText(m_plan.plan.days[static_cast<std::size_t>(day)].date);
        }
        m_error->setError(tr("A pain score is given for %1 but nothing is ticked that day. Tick "
                             "the exercises done, or clear the pain score.")
                              .arg(days.join(QStringLiteral(", "))));
        m_grid->setCurrentIndex(m_model->index(m_model->painRow(), orphanDays.front()));
        return false;
    }
    const auto morningDays = m_model->morningWithoutSession();
    if (!morningDays.empty()) {
        QStringList days;
        for (const int day : morningDays) {
            days << shortDayText(m_plan.plan.days[static_cast<std::size_t>(day)].date);
        }
        m_error->setError(tr("\"Worse next morning\" is ticked for %1 but no exercise is ticked "
                             "that day. Tick the exercises done, or clear the morning.")
                              .arg(days.join(QStringLiteral(", "))));
        m_grid->setCurrentIndex(m_model->index(m_model->morningRow(), morningDays.front()));
        return false;
    }
    // Ticks on days still to come are usually a slip of the column: ask.
    const core::Date today = m_context.clock().today();
    QStringList future;
    for (const core::SessionLog& log : m_model->toLogs()) {
        if (log.date > today) {
            future << shortDayText(log.date);
        }
    }
    if (!future.isEmpty() &&
        MessageBox::question(this, tr("Sessions after today"),
                             tr("Sessions are ticked for %1, which is after today (%2). Save them "
                                "anyway?")
                                 .arg(QLocale().createSeparatedList(future), shortDayText(today)),
                             QMessageBox::Save | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Save) {
        return false;
    }
    if (m_detailedBefore &&
        MessageBox::question(this, tr("Replace this week's logs?"),
                             tr("Sessions of this week were logged in more detail (pain or "
                                "difficulty per exercise, partly done exercises or notes). Saving "
                                "the grid replaces them with ticks and one pain score per "
                                "session."),
                             QMessageBox::Save | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Save) {
        return false;
    }
    const core::Date start = m_plan.plan.weekStart;
    if (const command::Outcome outcome = command::saveWeekLogs(
            m_context, m_clientId, {start, start + std::chrono::days(6)}, m_model->toLogs());
        !outcome) {
        m_error->setError(outcome.message);
        return false;
    }
    m_detailedBefore = false;
    emit m_context.statusMessage(tr("Saved the log of the week of %1.").arg(longDateText(start)));
    return true;
}

void WeekLogDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace glidepath::ui
