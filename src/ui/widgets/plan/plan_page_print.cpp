#include "commands/command.h"
#include "commands/undo_command.h"
#include "exercise_language.h"
#include "labels.h"
#include "models/client_labels.h"
#include "models/plan_labels.h"
#include "models/plan_model.h"
#include "modules/module_loader.h"
#include "modules/print_module.h"
#include "settings.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/common/message_box.h"
#include "widgets/plan/decision_banner.h"
#include "widgets/plan/plan_adjust_panel.h"
#include "widgets/plan/plan_export_dialog.h"
#include "widgets/plan/plan_page.h"
#include "widgets/plan/plan_week_view.h"
#include "widgets/progress/progress_report.h"
#include "widgets/tracking/session_log_dialog.h"

#include <glidepath/core/plan_alternatives.h>
#include <glidepath/planning/planning_service.h>

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

namespace glidepath::ui {

// PlanPage: printing and PDF export of the plan on show.

// ---- Print and PDF -----------------------------------------------------------------------------

report::HandoutData PlanPage::handoutData(const core::Plan& plan) const
{
    report::HandoutData data;
    data.plan = plan;
    localizePlanNames(data.plan); // the handout in the UI language; the saved plan keeps its own
    storage::ExerciseFilter all;
    all.includeHidden = true; // a hidden exercise still in the plan prints with its cues
    data.exercises = m_context.exercises().list(all);
    localizeExercises(data.exercises);
    if (m_record) {
        data.profile = m_record->profile;
        data.clientName = m_record->profile.name;
        const planning::PlanningService service(m_context.database());
        data.checkins = service.checkIns(m_clientId);
        data.psfs = service.psfsAssessments(m_clientId);
    }
    data.rules = m_context.rules();
    return data;
}

namespace {

// The clinician block: name and contact from Preferences, note and appointment from the print
// dialog; personal mode prints none of it.
void addClinician(report::HandoutOptions& options, AppMode mode)
{
    if (mode == AppMode::Personal) {
        options.clinician = {};
        return;
    }
    const settings::ClinicianDetails details = settings::clinicianDetails();
    const std::pair<std::string*, const QString*> parts[] = {
        {&options.clinician.name, &details.name},
        {&options.clinician.practice, &details.practice},
        {&options.clinician.phone, &details.phone},
        {&options.clinician.email, &details.email}};
    for (const auto& part : parts) {
        if (part.first->empty()) {
            *part.first = part.second->toStdString();
        }
    }
}

} // namespace

int PlanPage::render(QPagedPaintDevice& device, PdfVariant variant, report::HandoutOptions options)
{
    addClinician(options, m_context.mode());
    const core::Plan* plan = shownPlan();
    if (const QString why = printBlockedReason(); !plan || !why.isEmpty()) {
        throw std::runtime_error(why.toStdString());
    }
    const report::HandoutData data = handoutData(*plan);
    if (options.clientName.empty()) {
        options.clientName = data.clientName;
    }
    if (variant == PdfVariant::ClinicianSummary) {
        // The summary draws its charts itself from the check-ins, as it does for the CLI.
        return report::renderClinicianSummary(device, data, options);
    }
    return report::renderHomeRoutine(device, data, options);
}

QString PlanPage::writePdf(const QString& path, PdfVariant variant, report::HandoutOptions options)
{
    const core::Plan* plan = shownPlan();
    if (!plan) {
        return tr("There is no plan to export.");
    }
    if (const QString why = printBlockedReason(); !why.isEmpty()) {
        return why;
    }
    addClinician(options, m_context.mode());
    try {
        const report::HandoutData data = handoutData(*plan);
        if (options.clientName.empty()) {
            options.clientName = data.clientName;
        }
        const std::string file = QDir::toNativeSeparators(path).toStdString();
        if (variant == PdfVariant::ClinicianSummary) {
            report::writeClinicianSummaryPdf(file, data, options);
        } else {
            report::writeHomeRoutinePdf(file, data, options);
        }
    } catch (const std::exception& error) {
        return command::describeFailure(error);
    }
    return {};
}

void PlanPage::printPlan()
{
    if (!printBlockedReason().isEmpty()) {
        return;
    }
    const bool clinician = m_context.mode() == AppMode::Clinician;
    PlanExportDialog dialog(PlanExportDialog::Purpose::Print, clinician, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const PdfVariant variant = dialog.variant() == PlanExportDialog::Variant::ClinicianSummary
                                   ? PdfVariant::ClinicianSummary
                                   : PdfVariant::HomeRoutine;
    const report::HandoutOptions options = dialog.options();
    QString failure;
    // Qt Print Support is loaded with the print module, when something is first printed.
    if (auto* printing = modules::get<PrintModule>(QStringLiteral("print"), &failure)) {
        const auto prepare = [&](QPagedPaintDevice& printer) {
            try {
                report::preparePagedDevice(printer, options,
                                           variant == PdfVariant::ClinicianSummary
                                               ? report::HandoutKind::ClinicianSummary
                                               : report::HandoutKind::HomeRoutine);
                return true;
            } catch (const std::exception& error) {
                failure = command::describeFailure(error);
                return false;
            }
        };
        const auto paint = [&](QPagedPaintDevice& target) {
            try {
                render(target, variant, options);
            } catch (const std::exception& error) {
                failure = command::describeFailure(error);
            }
        };
        printing->printWithPreview(this, tr("Print preview"), prepare, paint);
    }
    if (!failure.isEmpty()) {
        MessageBox::warning(this, tr("Not printed"),
                            tr("The plan could not be printed: %1").arg(failure));
    }
}

void PlanPage::exportPlanPdf()
{
    const core::Plan* plan = shownPlan();
    if (!plan || !printBlockedReason().isEmpty()) {
        return;
    }
    const bool clinician = m_context.mode() == AppMode::Clinician;
    PlanExportDialog dialog(PlanExportDialog::Purpose::Pdf, clinician, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const PdfVariant variant = dialog.variant() == PlanExportDialog::Variant::ClinicianSummary
                                   ? PdfVariant::ClinicianSummary
                                   : PdfVariant::HomeRoutine;
    QString base = m_record ? QString::fromStdString(m_record->profile.name) : tr("Plan");
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("_"));
    const QString suggested = QDir::home().filePath(
        tr("%1 - week of %2%3.pdf")
            .arg(base, QString::fromStdString(core::toIsoString(plan->weekStart)),
                 variant == PdfVariant::ClinicianSummary ? tr(" - summary") : QString()));
    QString path = FileDialog::getSaveFileName(this, tr("Export plan as PDF"), suggested,
                                               tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    const QString failure = writePdf(path, variant, dialog.options());
    if (!failure.isEmpty()) {
        MessageBox::warning(this, tr("PDF not written"),
                            tr("The PDF could not be written: %1").arg(failure));
        return;
    }
    emit m_context.statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace glidepath::ui
