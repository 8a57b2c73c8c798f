#include "cli_args.h"
#include "commands.h"

#include <glidepath/io/rules_format.h>
#include <glidepath/report/handout_renderer.h>

#include <QGuiApplication>

#include <memory>
#include <ostream>

namespace glidepath::cli {

namespace {

// The handout needs fonts, which come from a QGuiApplication. The CLI never opens a window, so
// it always uses the offscreen platform: printing works the same on a server without a display.
void ensureGuiApplication()
{
    if (QGuiApplication::instance() != nullptr) {
        return;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "glidepath-cli";
    static char* argv[] = {name, nullptr};
    static std::unique_ptr<QGuiApplication> app = std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int writeHandout(const PlanOptions& options, const core::Plan& plan,
                 const std::vector<core::Exercise>& library, const std::string& clientName,
                 const core::ClientProfile& profile, const std::vector<core::CheckIn>& checkins,
                 std::ostream& /*out*/, std::ostream& err)
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
    data.exercises = library;
    data.clientName = clientName;
    data.profile = profile;
    data.checkins = checkins;
    data.rules = io::builtinRules();
    try {
        ensureGuiApplication();
        if (options.clinicianSummary) {
            report::writeClinicianSummaryPdf(options.pdfFile, data, handout);
        } else {
            report::writeHomeRoutinePdf(options.pdfFile, data, handout);
        }
    } catch (const std::exception& error) {
        err << "glidepath-cli: plan: cannot write the handout: " << error.what() << "\n";
        return kExitBadInput;
    }
    // The plan itself went to standard output; say where the handout went on the error stream
    // so that "--format json > plan.json" stays valid JSON.
    err << "Wrote " << (options.clinicianSummary ? "the clinician summary" : "the home routine")
        << " to " << options.pdfFile << "\n";
    return kExitOk;
}

} // namespace glidepath::cli
