#include "widgets/plan/clinician_review_dialog.h"

#include "app_context.h"
#include "commands/command.h"
#include "commands/undo_command.h"
#include "labels.h"
#include "models/client_labels.h"
#include "widgets/common/field_error_label.h"

#include <glidepath/report/issue_text.h>

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace glidepath::ui {

namespace {

QWidget* withError(QWidget* field, FieldErrorLabel* error)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

ClinicianReviewDialog::ClinicianReviewDialog(AppContext& context, qint64 clientId, QWidget* parent)
    : QDialog(parent), m_context(context), m_clientId(clientId)
{
    setObjectName(QStringLiteral("clinicianReviewDialog"));
    setWindowTitle(tr("Record clinician review"));
    auto* intro = new QLabel(tr("Record that a doctor or physiotherapist has checked the leg "
                                "since the referral. The next plan takes it into account."),
                             this);
    intro->setWordWrap(true);

    m_clinician = new QLineEdit(this);
    m_clinician->setObjectName(QStringLiteral("reviewClinician"));
    m_clinician->setPlaceholderText(tr("e.g. Dr Okafor, orthopaedics"));
    m_clinician->setAccessibleName(tr("Seen by"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("reviewDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Labels::dateFormat(Labels::DateStyle::DayMonthYear));
    m_date->setAccessibleName(tr("Seen on"));
    const QDate today = toQDate(context.clock().today());
    m_date->setDate(today);
    m_date->setMaximumDate(today); // a review records a visit that has happened
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was found and what may be done now"));
    m_clinicianError = new FieldErrorLabel(this);
    m_dateError = new FieldErrorLabel(this);
    m_noteError = new FieldErrorLabel(this);

    auto* form = new QFormLayout;
    auto* whoLabel = new QLabel(tr("Seen &by:"), this);
    whoLabel->setBuddy(m_clinician);
    form->addRow(whoLabel, withError(m_clinician, m_clinicianError));
    auto* whenLabel = new QLabel(tr("Seen &on:"), this);
    whenLabel->setBuddy(m_date);
    form->addRow(whenLabel, withError(m_date, m_dateError));
    auto* noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, withError(m_note, m_noteError));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* recordButton = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    recordButton->setObjectName(QStringLiteral("reviewRecordButton"));
    recordButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClinicianReviewDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

bool ClinicianReviewDialog::record()
{
    core::ClinicianReview review;
    review.clinician = m_clinician->text().trimmed().toStdString();
    review.date = fromQDate(m_date->date());
    review.note = m_note->toPlainText().trimmed().toStdString();
    for (FieldErrorLabel* label : {m_clinicianError, m_dateError, m_noteError}) {
        label->setError({});
    }
    const command::Outcome outcome = command::recordClinicianReview(m_context, m_clientId, review);
    if (!outcome) {
        bool placed = false;
        for (const core::ValidationIssue& issue : outcome.issues) {
            FieldErrorLabel* label = issue.field == "clinician" ? m_clinicianError
                                     : issue.field == "date"    ? m_dateError
                                                                : m_noteError;
            label->setError(report::issueText(issue));
            placed = true;
        }
        if (!placed) {
            m_noteError->setError(outcome.message);
        }
        return false;
    }
    emit m_context.statusMessage(tr("Recorded the review by %1. Plan the week again to use it.")
                                     .arg(QString::fromStdString(review.clinician)));
    accept();
    return true;
}

} // namespace glidepath::ui
