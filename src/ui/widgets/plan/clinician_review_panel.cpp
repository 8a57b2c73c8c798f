#include "widgets/plan/clinician_review_panel.h"

#include "app_context.h"
#include "commands/command.h"
#include "commands/undo_command.h"
#include "models/client_labels.h"
#include "widgets/plan/clinician_review_dialog.h"
#include "write_access.h"

#include <glidepath/storage/review_repository.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>

namespace glidepath::ui {

ClinicianReviewPanel::ClinicianReviewPanel(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("clinicianReviewPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("clinicianReviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_record = new QPushButton(tr("Record clinician &review..."), this);
    m_record->setObjectName(QStringLiteral("recordReviewButton"));
    m_record->setToolTip(tr("Record who checked the leg after the referral, when, and a note"));
    WriteAccess::of(m_context).guard(m_record);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 0, 12, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_record, 0, Qt::AlignTop);

    connect(m_record, &QPushButton::clicked, this, &ClinicianReviewPanel::recordReview);
    connect(&m_context.changes(), &ChangeNotifier::reviewsChanged, this, [this](qint64 clientId) {
        if (clientId == m_clientId) {
            reload();
        }
    });
    connect(&m_context, &AppContext::databaseReplaced, this, &ClinicianReviewPanel::reload);
    reload();
}

void ClinicianReviewPanel::setClient(qint64 clientId)
{
    m_clientId = clientId;
    reload();
}

QString ClinicianReviewPanel::summary() const
{
    return m_summary->text();
}

void ClinicianReviewPanel::recordReview()
{
    if (m_clientId <= 0) {
        return;
    }
    ClinicianReviewDialog dialog(m_context, m_clientId, this);
    dialog.exec();
}

void ClinicianReviewPanel::reload()
{
    m_record->setEnabled(m_clientId > 0);
    std::vector<storage::StoredReview> reviews;
    if (m_clientId > 0) {
        try {
            reviews = storage::ReviewRepository(m_context.database()).reviews(m_clientId);
        } catch (const std::exception& error) {
            emit m_context.errorOccurred(tr("Could not read the clinician reviews: %1")
                                             .arg(command::describeFailure(error)));
        }
    }
    if (reviews.empty()) {
        m_summary->setText(tr("No clinician review recorded yet."));
        return;
    }
    QStringList lines;
    lines << tr("Clinician reviews recorded:");
    for (const storage::StoredReview& stored : reviews) {
        QString line = tr("• %1, seen on %2")
                           .arg(QString::fromStdString(stored.review.clinician),
                                longDateText(stored.review.date));
        if (!stored.review.note.empty()) {
            line += QStringLiteral(": ") + QString::fromStdString(stored.review.note);
        }
        lines << line;
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

} // namespace glidepath::ui
