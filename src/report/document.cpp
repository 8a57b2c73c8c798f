#include "document.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace glidepath::report::detail {

namespace {

class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

double footerHeight(const Style& style)
{
    return style.lineHeight(style.font(TextRole::Small)) + style.space(10.0);
}

} // namespace

void requireGuiApplication(const char* caller)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        throw std::runtime_error(std::string(caller) +
                                 ": a QGuiApplication must exist before rendering a handout "
                                 "(headless: set QT_QPA_PLATFORM=offscreen and create one)");
    }
}

QString clientName(const HandoutData& data, const HandoutOptions& options)
{
    for (const std::string* name : {&data.clientName, &options.clientName, &data.profile.name}) {
        const QString text = QString::fromStdString(*name).simplified();
        if (!text.isEmpty()) {
            return text;
        }
    }
    return {};
}

ExerciseIndex::ExerciseIndex(const std::vector<core::Exercise>& exercises)
{
    for (const core::Exercise& exercise : exercises) {
        m_byId.emplace(exercise.id, &exercise); // first wins, like the library's own look-up
    }
}

const core::Exercise* ExerciseIndex::find(const std::string& id) const
{
    const auto found = m_byId.find(id);
    return found == m_byId.end() ? nullptr : found->second;
}

QSizeF contentSize(const QPagedPaintDevice& device, const Style& style)
{
    return {static_cast<double>(device.width()),
            static_cast<double>(device.height()) - footerHeight(style)};
}

int paintDocument(QPagedPaintDevice& device, PageLayout& layout, const Style& style,
                  const QString& footerLeft)
{
    const int pages = layout.paginate();
    QPainter painter;
    if (!painter.begin(&device)) {
        throw std::runtime_error("cannot start painting the handout: the output device refused "
                                 "(is it already in use or not writable?)");
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    const double width = device.width();
    const double bottom = device.height();
    const QFont font = style.font(TextRole::Small);
    const double line = style.lineHeight(font);
    layout.paint(painter, device, QPointF(0.0, 0.0), [&](QPainter& p, int page, int count) {
        const double top = bottom - line;
        p.setPen(QPen(Style::rule(), style.pt(0.6)));
        p.drawLine(QPointF(0.0, top - style.space(4.0)), QPointF(width, top - style.space(4.0)));
        const QString pageText = Handout::tr("Page %1 of %2").arg(page + 1).arg(count);
        const double pageWidth = style.textWidth(pageText, font) + style.space(2.0);
        const double leftWidth = width - pageWidth - style.space(12.0);
        const QString left =
            QFontMetricsF(font, &device).elidedText(footerLeft, Qt::ElideRight, leftWidth);
        style.text(&p, QRectF(0.0, top, leftWidth + style.space(2.0), 0.0), left, font,
                   Style::muted(), Qt::AlignLeft);
        style.text(&p, QRectF(width - pageWidth, top, pageWidth, 0.0), pageText, font,
                   Style::muted(), Qt::AlignRight);
    });
    if (!painter.end()) {
        throw std::runtime_error("cannot finish the handout: the output device reported an error");
    }
    return pages;
}

std::vector<PageContent> pageContents(const PageLayout& layout)
{
    std::vector<PageContent> pages(static_cast<std::size_t>(std::max(1, layout.pageCount())));
    for (const Placement& placement : layout.placements()) {
        if (placement.block == nullptr || placement.page < 0 ||
            placement.page >= static_cast<int>(pages.size())) {
            continue;
        }
        PageContent& page = pages[static_cast<std::size_t>(placement.page)];
        const double height = placement.rect.height() * placement.scale;
        switch (placement.block->kind) {
        case BlockKind::Content:
            page.content += height;
            break;
        case BlockKind::Heading:
            page.headings += height;
            break;
        case BlockKind::SmallPrint:
            page.smallPrint += height;
            break;
        }
        ++page.blocks;
    }
    return pages;
}

std::vector<OutlineEntry> outlineOf(const PageLayout& layout)
{
    std::vector<OutlineEntry> entries;
    for (const Placement& placement : layout.placements()) {
        if (placement.block != nullptr && !placement.block->bookmark.isEmpty()) {
            entries.push_back({placement.block->bookmark, placement.page, placement.rect.top()});
        }
    }
    return entries;
}

} // namespace glidepath::report::detail
