#pragma once

// What Qt 6.4's QPdfWriter cannot write: an outline (bookmarks) and the Author, Subject and
// language entries. QPdfWriter only sets Title and Creator, and has no outline API. So the
// finished PDF gets an incremental update appended (the PDF format's own way to amend a file): a
// new document catalog with /Outlines and /Lang, and a new information dictionary. The original
// bytes stay untouched, so a reader that ignores the update still shows the same pages.

#include "document.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace glidepath::report::detail {

struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString language; // BCP 47, e.g. "en-GB"
    QString creator;
};

struct PdfPageGeometry
{
    double heightPt = 0.0;      // page height in points
    double contentTopPt = 0.0;  // top margin in points: where page-content y = 0 is
    double pointsPerUnit = 1.0; // device units -> points
};

// Returns pdf with the update appended; throws std::runtime_error when pdf is not a file
// QPdfWriter wrote (no trailer, no catalog, no page tree).
QByteArray addOutlineAndMetadata(const QByteArray& pdf, const std::vector<OutlineEntry>& outline,
                                 const PdfMetadata& metadata, const PdfPageGeometry& geometry);

} // namespace glidepath::report::detail
