#include "widgets/plan/plan_export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace glidepath::ui {

namespace {

const QString kGroup = QStringLiteral("planExport");

} // namespace

PlanExportDialog::PlanExportDialog(Purpose purpose, bool offerSummary, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(purpose == Purpose::Print ? tr("Print plan") : tr("Export plan as PDF"));

    auto* variantBox = new QGroupBox(tr("Handout"), this);
    m_home =
        new QRadioButton(tr("&Home routine: the week to follow at home, with pain limits and a "
                            "tick-box log"),
                         variantBox);
    m_home->setObjectName(QStringLiteral("variantHome"));
    m_summary = new QRadioButton(
        tr("&Clinician summary: the decision, its reasons, check-ins and changes made by hand"),
        variantBox);
    m_summary->setObjectName(QStringLiteral("variantSummary"));
    auto* variantLayout = new QVBoxLayout(variantBox);
    variantLayout->addWidget(m_home);
    variantLayout->addWidget(m_summary);
    m_summary->setVisible(offerSummary);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    m_paper->addItem(tr("A4"), static_cast<int>(report::PaperSize::A4));
    m_paper->addItem(tr("US Letter"), static_cast<int>(report::PaperSize::Letter));
    m_largePrint = new QCheckBox(tr("&Large print (16 pt text and up)"), this);
    m_largePrint->setObjectName(QStringLiteral("largePrintCheck"));
    m_perRow = new QComboBox(this);
    m_perRow->setObjectName(QStringLiteral("perRowCombo"));
    m_perRow->addItem(tr("One exercise per row"), 1);
    m_perRow->addItem(tr("Two exercises per row"), 2);
    m_compact = new QCheckBox(tr("Print an exercise in full once; later days refer back"), this);
    m_compact->setObjectName(QStringLiteral("compactCheck"));
    m_includeLog = new QCheckBox(tr("Include the weekly &log with tick boxes"), this);
    m_includeLog->setObjectName(QStringLiteral("includeLogCheck"));
    m_preparedBy = new QLineEdit(this);
    m_preparedBy->setObjectName(QStringLiteral("preparedByEdit"));
    m_preparedBy->setPlaceholderText(tr("Optional, e.g. your name or clinic"));
    m_preparedBy->setMaxLength(120);

    auto* form = new QFormLayout;
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(QString(), m_largePrint);
    form->addRow(tr("La&yout:"), m_perRow);
    // The handout v2 explains each exercise once and lists the days in a table, so this choice
    // no longer changes anything; kept (hidden) so the saved setting round-trips.
    m_compact->setVisible(false);
    form->addRow(QString(), m_includeLog);
    form->addRow(tr("Prepared &by:"), m_preparedBy);
    if (offerSummary) {
        // Per client and per print, so not remembered: the clinician block's note and next
        // appointment (name and contact come from Preferences).
        m_clientNote = new QLineEdit(this);
        m_clientNote->setObjectName(QStringLiteral("clientNoteEdit"));
        m_clientNote->setPlaceholderText(tr("Optional, e.g. Before lunch is best."));
        m_clientNote->setMaxLength(300);
        m_hasAppointment = new QCheckBox(tr("Next &appointment:"), this);
        m_hasAppointment->setObjectName(QStringLiteral("appointmentCheck"));
        m_appointment = new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), this);
        m_appointment->setObjectName(QStringLiteral("appointmentEdit"));
        m_appointment->setCalendarPopup(true);
        m_appointment->setEnabled(false);
        connect(m_hasAppointment, &QCheckBox::toggled, m_appointment, &QWidget::setEnabled);
        form->addRow(tr("&Note to the client:"), m_clientNote);
        form->addRow(m_hasAppointment, m_appointment);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Print ? tr("Preview…") : tr("Choose file…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(variantBox);
    layout->addLayout(form);
    layout->addWidget(buttons);

    QSettings settings;
    settings.beginGroup(kGroup);
    const bool summary = offerSummary && settings.value(QStringLiteral("summary"), false).toBool();
    (summary ? m_summary : m_home)->setChecked(true);
    const int paper = m_paper->findData(settings.value(QStringLiteral("paper"), 0).toInt());
    m_paper->setCurrentIndex(paper >= 0 ? paper : 0);
    m_largePrint->setChecked(settings.value(QStringLiteral("largePrint"), false).toBool());
    const int perRow = m_perRow->findData(settings.value(QStringLiteral("perRow"), 2).toInt());
    m_perRow->setCurrentIndex(perRow >= 0 ? perRow : 0);
    m_compact->setChecked(settings.value(QStringLiteral("compact"), true).toBool());
    m_includeLog->setChecked(settings.value(QStringLiteral("includeLog"), true).toBool());
    m_preparedBy->setText(settings.value(QStringLiteral("preparedBy")).toString());
}

PlanExportDialog::Variant PlanExportDialog::variant() const
{
    return m_summary->isChecked() ? Variant::ClinicianSummary : Variant::HomeRoutine;
}

report::HandoutOptions PlanExportDialog::options() const
{
    report::HandoutOptions options;
    options.paper = static_cast<report::PaperSize>(m_paper->currentData().toInt());
    options.largePrint = m_largePrint->isChecked();
    options.exercisesPerRow = m_perRow->currentData().toInt();
    options.compactRepeats = m_compact->isChecked();
    options.includeLog = m_includeLog->isChecked();
    options.preparedBy = m_preparedBy->text().trimmed().toStdString();
    if (m_clientNote != nullptr) {
        options.clinician.note = m_clientNote->text().trimmed().toStdString();
    }
    if (m_hasAppointment != nullptr && m_hasAppointment->isChecked()) {
        const QDateTime when = m_appointment->dateTime();
        const QDate day = when.date();
        options.clinician.nextAppointment =
            core::Date{std::chrono::year{day.year()} / static_cast<unsigned>(day.month()) /
                       static_cast<unsigned>(day.day())};
        options.clinician.nextAppointmentTime =
            when.time().toString(QStringLiteral("HH:mm")).toStdString();
    }
    return options;
}

void PlanExportDialog::accept()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("summary"), m_summary->isChecked());
    settings.setValue(QStringLiteral("paper"), m_paper->currentData());
    settings.setValue(QStringLiteral("largePrint"), m_largePrint->isChecked());
    settings.setValue(QStringLiteral("perRow"), m_perRow->currentData());
    settings.setValue(QStringLiteral("compact"), m_compact->isChecked());
    settings.setValue(QStringLiteral("includeLog"), m_includeLog->isChecked());
    settings.setValue(QStringLiteral("preparedBy"), m_preparedBy->text().trimmed());
    QDialog::accept();
}

} // namespace glidepath::ui
