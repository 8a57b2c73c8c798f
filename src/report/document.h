#pragma once

// What both handouts share: checks, look-ups, the footer and painting a laid-out document.

#include "render_kit.h"

#include <glidepath/report/handout_renderer.h>

#include <QString>

#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace glidepath::report::detail {

// Throws std::runtime_error when no QGuiApplication exists (fonts need one).
void requireGuiApplication(const char* caller);

// HandoutData::clientName, then options.clientName, then profile.name; empty when none is set.
QString clientName(const HandoutData& data, const HandoutOptions& options);

class ExerciseIndex
{
public:
    explicit ExerciseIndex(const std::vector<core::Exercise>& exercises);
    const core::Exercise* find(const std::string& id) const;

private:
    std::unordered_map<std::string, const core::Exercise*> m_byId;
};

// The part of the page left for blocks once the footer has its strip.
QSizeF contentSize(const QPagedPaintDevice& device, const Style& style);

// Paginates and paints layout onto device with a footer on every page: footerLeft on the left,
// "Page n of m" on the right. Returns the page count. Throws when painting cannot start.
int paintDocument(QPagedPaintDevice& device, PageLayout& layout, const Style& style,
                  const QString& footerLeft);

// A PDF bookmark: title, 0-based page and the block's top in page-content units.
struct OutlineEntry
{
    QString title;
    int page = 0;
    double top = 0.0;
};
// The bookmarks of a paginated layout, in page order.
std::vector<OutlineEntry> outlineOf(const PageLayout& layout);

// What one laid-out page holds: the height (device units) of each kind of block on it.
struct PageContent
{
    double content = 0.0;
    double headings = 0.0;
    double smallPrint = 0.0;
    int blocks = 0;
};
std::vector<PageContent> pageContents(const PageLayout& layout);

// The home routine laid out on device (paper and margins as set on it) without painting a thing:
// one entry per page, for checks on how the pages are filled (device units).
struct LaidOutPages
{
    std::vector<PageContent> pages;
    double bodyLine = 0.0;   // a line of body text
    double pageHeight = 0.0; // the height a page has for blocks
};
LaidOutPages layOutHomeRoutine(QPagedPaintDevice& device, const HandoutData& data,
                               const HandoutOptions& options);

// renderHomeRoutine / renderClinicianSummary that also return the document's bookmarks.
int renderHomeRoutineWithOutline(QPagedPaintDevice& device, const HandoutData& data,
                                 const HandoutOptions& options, std::vector<OutlineEntry>* outline);
int renderClinicianSummaryWithOutline(QPagedPaintDevice& device, const HandoutData& data,
                                      const HandoutOptions& options,
                                      std::span<const ReportChart> charts,
                                      std::vector<OutlineEntry>* outline);

} // namespace glidepath::report::detail
