// PDF files for the handouts, written atomically through QSaveFile (temporary file + rename).

#include "document.h"
#include "pdf_outline.h"

#include <glidepath/report/handout_renderer.h>
#include <glidepath/report/handout_text.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>
#include <set>
#include <stdexcept>

namespace glidepath::report {

namespace {

class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

// Margins wide enough for any printer and for holding the page; the footer sits inside the bottom
// one's page area. The home routine's are narrower, so a typical week fits four pages.
const QMarginsF kMarginsMm(18.0, 16.0, 18.0, 12.0);
const QMarginsF kHomeRoutineMarginsMm(10.0, 12.0, 10.0, 10.0);

using Renderer = std::function<std::vector<detail::OutlineEntry>(QPagedPaintDevice&)>;

void writePdf(const std::string& path, const HandoutOptions& options, HandoutKind kind,
              const detail::PdfMetadata& metadata, const Renderer& render)
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
    // Rendered to memory first: the bookmarks and the metadata Qt cannot write are appended
    // before a byte reaches the file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    std::vector<detail::OutlineEntry> outline;
    detail::PdfPageGeometry geometry;
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(metadata.creator);
        writer.setTitle(metadata.title);
        preparePagedDevice(writer, options, kind);
        const QPageLayout layout = writer.pageLayout();
        geometry.heightPt = layout.fullRectPoints().height();
        geometry.contentTopPt = layout.paintRectPoints().top();
        geometry.pointsPerUnit = 72.0 / writer.resolution();
        outline = render(writer); // the painter ends inside render, which flushes the PDF
    }
    const QByteArray pdf =
        detail::addOutlineAndMetadata(buffer.data(), outline, metadata, geometry);
    if (file.write(pdf) != pdf.size() || !file.commit()) {
        throw std::runtime_error("cannot write the handout PDF to '" + path +
                                 "': " + file.errorString().toStdString());
    }
}

} // namespace

void preparePagedDevice(QPagedPaintDevice& device, const HandoutOptions& options, HandoutKind kind)
{
    const QPageSize size(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
    device.setPageLayout(
        QPageLayout(size, QPageLayout::Portrait,
                    kind == HandoutKind::HomeRoutine ? kHomeRoutineMarginsMm : kMarginsMm,
                    QPageLayout::Millimeter));
}

namespace {

// Author: who prepared the handout; falls back to the program.
QString authorOf(const HandoutOptions& options)
{
    for (const std::string* text :
         {&options.preparedBy, &options.clinician.name, &options.clinician.practice}) {
        if (!text->empty()) {
            return QString::fromStdString(*text);
        }
    }
    return QStringLiteral("Glidepath");
}

QString weekOf(const core::Plan& plan)
{
    const core::Date first = plan.days.empty() ? plan.weekStart : plan.days.front().date;
    const core::Date last =
        plan.days.empty() ? plan.weekStart + std::chrono::days{6} : plan.days.back().date;
    return dateRange(first, last);
}

detail::PdfMetadata metadataFor(const QString& title, const QString& subject,
                                const HandoutOptions& options)
{
    detail::PdfMetadata metadata;
    metadata.title = title;
    metadata.subject = subject;
    metadata.author = authorOf(options);
    metadata.creator = QStringLiteral("Glidepath");
    // The handout's words are English (translations would set their own language here).
    metadata.language = Handout::tr("en", "BCP 47 language of the handout text");
    return metadata;
}

} // namespace

void writeHomeRoutinePdf(const std::string& path, const HandoutData& data,
                         const HandoutOptions& options)
{
    const QString name = detail::clientName(data, options);
    const QString title =
        name.isEmpty() ? Handout::tr("Home routine") : Handout::tr("Home routine: %1").arg(name);
    const QString subject =
        Handout::tr("Home exercise routine for the week of %1").arg(weekOf(data.plan));
    writePdf(path, options, HandoutKind::HomeRoutine, metadataFor(title, subject, options),
             [&](QPagedPaintDevice& device) {
                 std::vector<detail::OutlineEntry> outline;
                 detail::renderHomeRoutineWithOutline(device, data, options, &outline);
                 return outline;
             });
}

void writeClinicianSummaryPdf(const std::string& path, const HandoutData& data,
                              const HandoutOptions& options, std::span<const ReportChart> charts)
{
    const QString name = detail::clientName(data, options);
    const QString title = name.isEmpty() ? Handout::tr("Clinician summary")
                                         : Handout::tr("Clinician summary: %1").arg(name);
    const QString subject =
        Handout::tr("Clinician summary for the week of %1").arg(weekOf(data.plan));
    writePdf(path, options, HandoutKind::ClinicianSummary, metadataFor(title, subject, options),
             [&](QPagedPaintDevice& device) {
                 std::vector<detail::OutlineEntry> outline;
                 detail::renderClinicianSummaryWithOutline(device, data, options, charts, &outline);
                 return outline;
             });
}

void writeHomeRoutinePdf(const std::string& path, const core::Plan& plan,
                         std::span<const core::Exercise> library, const HandoutOptions& options)
{
    HandoutData data;
    data.plan = plan;
    // Only the exercises the plan uses and their easier versions (the handout names them): the
    // library may hold hundreds.
    std::set<std::string> wanted;
    for (const core::PlanDay& day : plan.days) {
        for (const core::PlannedExercise& planned : day.exercises) {
            wanted.insert(planned.id);
        }
    }
    for (const core::Exercise& exercise : library) {
        if (wanted.count(exercise.id) > 0 && !exercise.easier.empty()) {
            wanted.insert(exercise.easier);
        }
    }
    for (const core::Exercise& exercise : library) {
        if (wanted.count(exercise.id) > 0) {
            data.exercises.push_back(exercise);
        }
    }
    writeHomeRoutinePdf(path, data, options);
}

} // namespace glidepath::report
