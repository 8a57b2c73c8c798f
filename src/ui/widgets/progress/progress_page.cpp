#include "widgets/progress/progress_page.h"

#include "app_context.h"
#include "models/check_in_table_model.h"
#include "models/client_labels.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace glidepath::ui {

ProgressPage::ProgressPage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new CheckInTableModel(this)),
      m_title(new QLabel), m_summary(new QLabel), m_stack(new QStackedWidget),
      m_table(new QTableView), m_emptyTitle(new QLabel), m_emptyText(new QLabel)
{
    setObjectName(QStringLiteral("progressPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("progressTitle"));
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("progressTable"));
    m_table->setAccessibleName(tr("Check-in history"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* empty = new QWidget;
    auto* emptyLayout = new QVBoxLayout(empty);
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
    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    connect(&m_context, &AppContext::currentClientChanged, this, &ProgressPage::reload);
    connect(&m_context, &AppContext::checkInsChanged, this, &ProgressPage::reload);
    connect(&m_context, &AppContext::clientsChanged, this, &ProgressPage::reload);
    connect(&m_context, &AppContext::databaseReplaced, this, &ProgressPage::reload);
    connect(&m_context, &AppContext::modeChanged, this, &ProgressPage::reload);
    reload();
}

QString ProgressPage::summaryText() const
{
    return m_summary->text();
}

void ProgressPage::reload()
{
    const qint64 clientId = m_context.currentClientId();
    const auto client =
        clientId >= 0 ? m_context.clients().find(clientId) : std::optional<storage::ClientRecord>();
    const bool personal = m_context.mode() == AppMode::Personal;
    if (!client) {
        m_title->setText(tr("Progress"));
        m_summary->clear();
        m_summary->hide();
        m_model->setCheckIns({});
        m_emptyTitle->setText(tr("No client selected"));
        m_emptyText->setText(tr("Choose a client on the Clients page to follow their weeks."));
        m_stack->setCurrentIndex(1);
        return;
    }

    m_title->setText(personal
                         ? tr("My progress")
                         : tr("Progress of %1").arg(QString::fromStdString(client->profile.name)));
    std::vector<storage::StoredCheckIn> checkIns = m_context.clients().checkIns(clientId);
    QHash<QString, QString> names;
    storage::ExerciseFilter all;
    all.includeHidden = true;
    for (const core::Exercise& exercise : m_context.exercises().list(all)) {
        names.insert(QString::fromStdString(exercise.id), QString::fromStdString(exercise.name));
    }

    if (checkIns.empty()) {
        m_model->setCheckIns({}, names);
        m_summary->hide();
        m_emptyTitle->setText(tr("No check-ins yet"));
        m_emptyText->setText(
            personal ? tr("Each weekly check-in you record shows up here, so you can see how "
                          "pain and effort change over the weeks.")
                     : tr("Each weekly check-in recorded on the Clients page shows up here, so "
                          "you can see how pain and adherence change over the weeks."));
        m_stack->setCurrentIndex(1);
        return;
    }

    // checkIns come oldest first.
    const core::CheckIn& latest = checkIns.back().checkIn;
    QStringList parts;
    parts << tr("Check-ins since %1: %2.")
                 .arg(longDateText(checkIns.front().checkIn.date))
                 .arg(checkIns.size());
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
    const std::size_t recent = std::min<std::size_t>(4, checkIns.size());
    double adherence = 0;
    for (std::size_t i = checkIns.size() - recent; i < checkIns.size(); ++i) {
        adherence += checkIns[i].checkIn.adherence;
    }
    adherence /= static_cast<double>(recent);
    const int percent = static_cast<int>(std::lround(adherence * 100));
    parts
        << (recent == 1
                ? tr("Sessions done that week: %1%.").arg(percent)
                : tr("Sessions done, average of the last %1 weeks: %2%.").arg(recent).arg(percent));
    m_summary->setText(parts.join(QLatin1Char(' ')));
    m_summary->show();
    m_model->setCheckIns(std::move(checkIns), names);
    m_stack->setCurrentIndex(0);
}

} // namespace glidepath::ui
