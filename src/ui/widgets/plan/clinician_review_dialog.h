#pragma once

#include <glidepath/core/client.h>
#include <glidepath/core/date.h>

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace glidepath::ui {

class AppContext;
class FieldErrorLabel;

// "Record clinician review": who saw the client after a referral, when, and a note. Recording
// goes through the undoable command facade; a refused review keeps the dialog open with the
// reason next to its field.
class ClinicianReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ClinicianReviewDialog(AppContext& context, qint64 clientId, QWidget* parent = nullptr);

    // Records the review as filled in; true (and the dialog accepted) when it was stored.
    bool record();

private:
    AppContext& m_context;
    qint64 m_clientId;
    QLineEdit* m_clinician;
    QDateEdit* m_date;
    QPlainTextEdit* m_note;
    FieldErrorLabel* m_clinicianError;
    FieldErrorLabel* m_dateError;
    FieldErrorLabel* m_noteError;
};

} // namespace glidepath::ui
