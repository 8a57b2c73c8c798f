#include "cli_args.h"
#include "cli_language.h"
#include "cli_text.h"
#include "commands.h"

#include <glidepath/io/library_format.h>
#include <glidepath/io/rules_format.h>
#include <glidepath/report/handout_renderer.h>

#include <QGuiApplication>

#include <memory>
#include <ostream>

namespace glidepath::cli {

int writeHandout(const PlanOptions& options, const core::Plan& plan,
                 const std::vector<core::Exercise>& library, const std::string& clientName,
                 const core::ClientProfile& profile, const std::vector<core::CheckIn>& checkins,
                 const std::vector<core::PsfsAssessment>& psfs, std::ostream& /*out*/,
                 std::ostream& err)
{
    report::HandoutOptions handout;
    handout.paper = options.paper;
    handout.largePrint = options.largePrint;
    handout.clientName = clientName;
    handout.exercisesPerRow = options.perRow;
    handout.includeLog = options.includeLog;
    handout.clinicianBlock = options.clinicianBlock;
    handout.clinician = options.clinician;

    report::HandoutData data;
    data.plan = plan;
    if (language() != "en") {
        io::builtinLibrary().localizePlanNames(data.plan, language());
    }
    data.exercises = library;
    if (language() != "en") {
        // The built-in exercises' own words in the handout's language (English where a text
        // has no translation; a custom exercise keeps the words it was written in).
        for (core::Exercise& exercise : data.exercises) {
            if (exercise.builtin) {
                exercise = io::builtinLibrary().localized(exercise, language());
            }
        }
    }
    data.clientName = clientName;
    data.profile = profile;
    data.checkins = checkins;
    data.psfs = psfs;
    data.rules = io::builtinRules();
    try {
        ensureGuiApplication();
        if (options.clinicianSummary) {
            report::writeClinicianSummaryPdf(options.pdfFile, data, handout);
        } else {
            report::writeHomeRoutinePdf(options.pdfFile, data, handout);
        }
    } catch (const std::exception& error) {
        err << "glidepath-cli: plan: "
            << utf8(CliText::tr("no handout was written: %1").arg(qs(errorText(error)))) << "\n";
        return kExitBadInput;
    }
    // The plan itself went to standard output; say where the handout went on the error stream
    // so that "--format json > plan.json" stays valid JSON.
    const QString file = QString::fromStdString(options.pdfFile);
    err << utf8(options.clinicianSummary
                    ? CliText::tr("Wrote the clinician summary to %1").arg(file)
                    : CliText::tr("Wrote the home routine to %1").arg(file))
        << "\n";
    return kExitOk;
}

} // namespace glidepath::cli
