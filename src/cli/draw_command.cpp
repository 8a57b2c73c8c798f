#include "draw_command.h"

#include "cli_args.h"
#include "cli_text.h"

#include <glidepath/report/illustration.h>

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <charconv>
#include <ostream>

namespace glidepath::cli {

namespace {

constexpr int kMinSize = 32;
constexpr int kMaxSize = 4096;

} // namespace

int drawSize(const ParsedArgs& parsed)
{
    const auto text = parsed.value("--size");
    if (!text) {
        return kDefaultDrawSize;
    }
    int size = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), size);
    if (ec != std::errc() || end != text->data() + text->size() || size < kMinSize ||
        size > kMaxSize) {
        throw UsageError(
            utf8(CliText::tr("--size must be a whole number of pixels from %1 to %2, not \"%3\"")
                     .arg(kMinSize)
                     .arg(kMaxSize)
                     .arg(qs(*text))));
    }
    return size;
}

DrawFormat drawFormat(const std::string& file)
{
    const QString suffix = QFileInfo(QString::fromStdString(file)).suffix().toLower();
    if (suffix == QStringLiteral("svg")) {
        return DrawFormat::Svg;
    }
    if (suffix == QStringLiteral("png")) {
        return DrawFormat::Png;
    }
    throw UsageError(
        utf8(CliText::tr("the output file must end in .svg or .png, not \"%1\"").arg(qs(file))));
}

int drawExercise(const core::Exercise& exercise, const std::string& file, int width,
                 std::ostream& out, std::ostream& err)
{
    const core::Illustration illustration = report::illustrationOf(exercise);
    const double aspect =
        report::illustrationAspect(illustration, report::IllustrationFrame::StartAndEnd);
    const QSize size(width, std::max(16, static_cast<int>(std::lround(width / aspect))));
    const QString path = QString::fromStdString(file);
    // Through a QSaveFile: a failure leaves no half-drawn file (nor an earlier drawing cut
    // short), and names its reason, which Qt's painters only print as warnings of their own.
    QSaveFile output(path);
    if (!output.open(QIODevice::WriteOnly)) {
        err << "glidepath-cli library draw: "
            << utf8(CliText::tr("could not write %1: %2").arg(qs(file), output.errorString()))
            << "\n";
        return kExitBadInput;
    }
    bool written = false;
    if (drawFormat(file) == DrawFormat::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&output);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(QString::fromStdString(exercise.name));
        svg.setDescription(QStringLiteral("Start and end position"));
        QPainter painter;
        written = painter.begin(&svg);
        if (written) {
            painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::white);
            report::drawIllustration(painter, QRectF(QPointF(0, 0), QSizeF(size)), illustration);
            written = painter.end();
        }
        written = written && output.size() > 0;
    } else {
        written = report::renderIllustration(illustration, size).save(&output, "PNG");
    }
    if (!written || !output.commit()) {
        err << "glidepath-cli library draw: "
            << utf8(CliText::tr("could not write %1: %2").arg(qs(file), output.errorString()))
            << "\n";
        return kExitBadInput;
    }
    out << utf8(CliText::tr("Drew %1 (%2) to %3, %4 × %5 px.")
                    .arg(qs(exercise.name), qs(exercise.id), qs(file))
                    .arg(size.width())
                    .arg(size.height()))
        << "\n";
    return kExitOk;
}

} // namespace glidepath::cli
