#pragma once

// Exercise illustrations: the stick figure of an exercise's start and end position with its
// props, drawn with QPainter from the pose data in core::Illustration. Vector drawing, so it is
// crisp at any size and in PDF, SVG and print; greyscale-safe (the working leg is darker *and*
// thicker, bands are striped, steps hatched), so it reads on a black-and-white printer.
// The handout, the Library list and editor, the plan cards and the CLI all draw with this.

#include <glidepath/core/exercise.h>
#include <glidepath/core/pose.h>

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QTransform>

class QPainter;

namespace glidepath::report {

enum class IllustrationFrame
{
    Start,
    End,
    StartAndEnd // the two side by side with an arrow between them
};

// The illustration an exercise is drawn with: its own when it has a valid one, else the default
// figure of its position (a custom exercise without a pose still gets a picture).
core::Illustration illustrationOf(const core::Exercise& exercise);

// Where the figure lands in box: one mapping from figure units (y up) to box coordinates per
// panel. Start and end share one scale and one bounding box, so switching between them in the
// editor does not jump. For Start or End only that panel's mapping is meaningful.
struct IllustrationLayout
{
    QTransform start;
    QTransform end;
    QRectF startPanel;
    QRectF endPanel;
    double scale = 1.0; // box units per figure unit
};
IllustrationLayout layoutIllustration(const QRectF& box, const core::Illustration& illustration,
                                      IllustrationFrame frame);

// Draws into box, centred and as large as it fits, keeping proportions. Restores the painter.
void drawIllustration(QPainter& painter, const QRectF& box, const core::Exercise& exercise,
                      IllustrationFrame frame = IllustrationFrame::StartAndEnd);
void drawIllustration(QPainter& painter, const QRectF& box, const core::Illustration& illustration,
                      IllustrationFrame frame = IllustrationFrame::StartAndEnd);

// The figure part of the way from its start (movement 0) to its end position (1), joints moved
// in a straight line, in the one layout of both: the guided session animates it with the tempo.
void drawIllustrationBetween(QPainter& painter, const QRectF& box,
                             const core::Illustration& illustration, double movement);

// The drawing on a white background, for thumbnails, tests and PNG output.
QImage renderIllustration(const core::Exercise& exercise, QSize size,
                          IllustrationFrame frame = IllustrationFrame::StartAndEnd);
QImage renderIllustration(const core::Illustration& illustration, QSize size,
                          IllustrationFrame frame = IllustrationFrame::StartAndEnd);

// The size (width : height) a drawing looks best at, for callers choosing a box.
double illustrationAspect(const core::Illustration& illustration, IllustrationFrame frame);

} // namespace glidepath::report
