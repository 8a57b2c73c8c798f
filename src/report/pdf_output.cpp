// PDF files for the handouts, written atomically through QSaveFile (temporary file + rename).

#include "document.h"

#include <glidepath/report/handout_renderer.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>
#include <stdexcept>

namespace glidepath::report {

namespace {

class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

// Generous margins; the footer sits inside the bottom one's page area.
const QMarginsF kMarginsMm(18.0, 16.0, 18.0, 12.0);

void writePdf(const std::string& path, const HandoutOptions& options, const QString& title,
              const std::function<void(QPagedPaintDevice&)>& render)
{
    detail::requireGuiApplication("writing a handout PDF");
    const QString fileName = QString::fromStdString(path);
    if (fileName.isEmpty()) {
        throw std::runtime_error("cannot write the handout PDF: no output path given");
    }
    if (QFileInfo(fileName).isDir()) {
        throw std::runtime_error("cannot write the handout PDF to '" + path +
                                 "': it is a directory");
    }
    QSaveFile file(fileName);
    // A handout is health data: owner-only whatever the umask, set on the temporary file before
    // a byte is written (QSaveFile would otherwise copy an existing file's mode or use 0666).
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        throw std::runtime_error("cannot write the handout PDF to '" + path +
                                 "': " + file.errorString().toStdString());
    }
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Glidepath"));
        writer.setTitle(title);
        preparePagedDevice(writer, options);
        render(writer); // the painter ends inside render, which flushes the PDF to the file
    }
    if (!file.commit()) {
        throw std::runtime_error("cannot write the handout PDF to '" + path +
                                 "': " + file.errorString().toStdString());
    }
}

} // namespace

void preparePagedDevice(QPagedPaintDevice& device, const HandoutOptions& options)
{
    const QPageSize size(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
    device.setPageLayout(
        QPageLayout(size, QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));
}

void writeHomeRoutinePdf(const std::string& path, const HandoutData& data,
                         const HandoutOptions& options)
{
    const QString name = detail::clientName(data, options);
    const QString title =
        name.isEmpty() ? Handout::tr("Home routine") : Handout::tr("Home routine: %1").arg(name);
    writePdf(path, options, title,
             [&](QPagedPaintDevice& device) { renderHomeRoutine(device, data, options); });
}

void writeClinicianSummaryPdf(const std::string& path, const HandoutData& data,
                              const HandoutOptions& options, std::span<const ReportChart> charts)
{
    const QString name = detail::clientName(data, options);
    const QString title = name.isEmpty() ? Handout::tr("Clinician summary")
                                         : Handout::tr("Clinician summary: %1").arg(name);
    writePdf(path, options, title, [&](QPagedPaintDevice& device) {
        renderClinicianSummary(device, data, options, charts);
    });
}

void writeHomeRoutinePdf(const std::string& path, const core::Plan& plan,
                         std::span<const core::Exercise> library, const HandoutOptions& options)
{
    HandoutData data;
    data.plan = plan;
    // Only the exercises the plan uses: the library may hold hundreds.
    for (const core::Exercise& exercise : library) {
        const bool used =
            std::any_of(plan.days.begin(), plan.days.end(), [&](const core::PlanDay& day) {
                return std::any_of(
                    day.exercises.begin(), day.exercises.end(),
                    [&](const core::PlannedExercise& e) { return e.id == exercise.id; });
            });
        if (used) {
            data.exercises.push_back(exercise);
        }
    }
    writeHomeRoutinePdf(path, data, options);
}

} // namespace glidepath::report
