#pragma once

#include <glidepath/report/handout_options.h>

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QComboBox;
class QLineEdit;
class QRadioButton;

namespace glidepath::ui {

// Which handout to print or export, and how: the client's home routine or the clinician
// summary; paper size, large print, exercises per row, repeated exercises in short, and who
// prepared it. The last choices are remembered.
class PlanExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Variant
    {
        HomeRoutine,
        ClinicianSummary
    };

    enum class Purpose
    {
        Print,
        Pdf
    };

    // offerSummary false (personal mode) leaves only the home routine.
    PlanExportDialog(Purpose purpose, bool offerSummary, QWidget* parent = nullptr);

    Variant variant() const;
    report::HandoutOptions options() const; // clientName is left for the caller

    void accept() override;

private:
    QRadioButton* m_home;
    QRadioButton* m_summary;
    QComboBox* m_paper;
    QCheckBox* m_largePrint;
    QComboBox* m_perRow;
    QCheckBox* m_compact;
    QCheckBox* m_includeLog;
    QLineEdit* m_preparedBy;
    // Clinician mode: the note and next appointment in the home routine's clinician block.
    QLineEdit* m_clientNote = nullptr;
    QCheckBox* m_hasAppointment = nullptr;
    QDateTimeEdit* m_appointment = nullptr;
};

} // namespace glidepath::ui
