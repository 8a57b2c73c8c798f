#pragma once

// Printable handouts: the client's home routine and the clinician summary.
//
// Rendering goes into any QPagedPaintDevice, so the desktop prints through QPrinter (one of them)
// with the same code that writes PDFs through QPdfWriter. Needs QtGui only (no widgets).
//
// Requirements on the caller: a QGuiApplication must exist (fonts come from it) and live on the
// calling thread. Headless use (the CLI, tests) works with the offscreen platform: set
// QT_QPA_PLATFORM=offscreen (qputenv before constructing the QGuiApplication). Without a
// QGuiApplication every function here throws std::runtime_error instead of crashing.

#include <glidepath/core/client.h>
#include <glidepath/core/exercise.h>
#include <glidepath/core/plan.h>
#include <glidepath/core/progression_rules.h>
#include <glidepath/core/session_log.h>
#include <glidepath/report/handout_options.h>

#include <QImage>

#include <span>
#include <string>
#include <vector>

class QPagedPaintDevice;

namespace glidepath::report {

struct HandoutData
{
    core::Plan plan;
    // The library (or just the plan's exercises): looked up by id for cues, position, laterality
    // and precautions. A planned exercise missing here still prints, without pictogram or cues.
    std::vector<core::Exercise> exercises;
    std::string clientName; // empty: options.clientName, then profile.name, then "My routine"
    std::vector<core::CheckIn> checkins; // oldest first; used by the clinician summary
    // Function (PSFS) assessments, oldest first: the clinician summary charts them.
    std::vector<core::PsfsAssessment> psfs;
    core::ClientProfile profile;
    core::ProgressionRules rules; // the pain limits printed on the handout
};

// A chart for the clinician summary (pain trend, adherence...), drawn by the caller. Charts are
// scaled to the text width, keeping their aspect ratio, each with its caption underneath.
struct ReportChart
{
    QImage image;
    std::string caption;
};

// Sets paper size (options.paper), portrait orientation and the handout margins on the device.
// The write*Pdf functions call it; call it on a QPrinter before showing a print dialog to start
// from the same page set-up. The render functions use whatever page layout the device has.
// The home routine has narrower margins (10 mm at the sides) than the clinician summary (18 mm):
// they are what lets a typical week fit four pages.
enum class HandoutKind
{
    HomeRoutine,
    ClinicianSummary
};
void preparePagedDevice(QPagedPaintDevice& device, const HandoutOptions& options,
                        HandoutKind kind = HandoutKind::HomeRoutine);

// Paints the handout onto device (which must not have an active painter) and returns the number
// of pages. A plan whose decision is Refer prints the referral advice and no exercises.
int renderHomeRoutine(QPagedPaintDevice& device, const HandoutData& data,
                      const HandoutOptions& options);
// charts: optional section, left out when empty.
int renderClinicianSummary(QPagedPaintDevice& device, const HandoutData& data,
                           const HandoutOptions& options, std::span<const ReportChart> charts = {});

// Write a PDF atomically (temporary file, then rename): on failure the target is left untouched
// and std::runtime_error says which file and why. Fonts are embedded.
void writeHomeRoutinePdf(const std::string& path, const HandoutData& data,
                         const HandoutOptions& options);
void writeClinicianSummaryPdf(const std::string& path, const HandoutData& data,
                              const HandoutOptions& options,
                              std::span<const ReportChart> charts = {});

// The one call for the CLI: a plan and the exercise library, client name from options.
void writeHomeRoutinePdf(const std::string& path, const core::Plan& plan,
                         std::span<const core::Exercise> library, const HandoutOptions& options);

} // namespace glidepath::report
