#include "pdf_outline.h"

#include <QRegularExpression>

#include <algorithm>
#include <stdexcept>

namespace glidepath::report::detail {

namespace {

// A PDF text string: UTF-16BE with a byte-order mark, written in hex so no escaping is needed.
QByteArray textString(const QString& text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text) {
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    }
    return hex + '>';
}

int capturedInt(const QByteArray& pdf, const QString& pattern, qsizetype from, const char* what)
{
    const auto match = QRegularExpression(pattern).match(QString::fromLatin1(pdf), from);
    if (!match.hasMatch()) {
        throw std::runtime_error(std::string("cannot add bookmarks to the PDF: no ") + what);
    }
    return match.captured(1).toInt();
}

// The text of object `number` between "obj" and "endobj" (the last definition wins).
QByteArray objectBody(const QByteArray& pdf, int number)
{
    const QByteArray head = '\n' + QByteArray::number(number) + " 0 obj";
    const qsizetype start = pdf.lastIndexOf(head);
    const qsizetype end = start < 0 ? -1 : pdf.indexOf("endobj", start);
    if (start < 0 || end < 0) {
        throw std::runtime_error("cannot add bookmarks to the PDF: object " +
                                 std::to_string(number) + " is missing");
    }
    return pdf.mid(start + head.size(), end - start - head.size()).trimmed();
}

} // namespace

QByteArray addOutlineAndMetadata(const QByteArray& pdf, const std::vector<OutlineEntry>& outline,
                                 const PdfMetadata& metadata, const PdfPageGeometry& geometry)
{
    const qsizetype trailer = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailer < 0 || startxrefAt < 0) {
        throw std::runtime_error("cannot add bookmarks to the PDF: no trailer");
    }
    const int size = capturedInt(pdf, QStringLiteral("/Size (\\d+)"), trailer, "object count");
    const int root = capturedInt(pdf, QStringLiteral("/Root (\\d+) 0 R"), trailer, "catalog");
    const int previous =
        capturedInt(pdf, QStringLiteral("startxref\\s+(\\d+)"), startxrefAt, "cross-reference");
    int info = -1;
    if (QRegularExpression(QStringLiteral("/Info (\\d+) 0 R"))
            .match(QString::fromLatin1(pdf), trailer)
            .hasMatch()) {
        info = capturedInt(pdf, QStringLiteral("/Info (\\d+) 0 R"), trailer, "information");
    }
    const QByteArray catalog = objectBody(pdf, root);
    const int pagesObject = capturedInt(QByteArray('\n' + catalog),
                                        QStringLiteral("/Pages (\\d+) 0 R"), 0, "page tree");
    const QByteArray pagesBody = objectBody(pdf, pagesObject);
    std::vector<int> pages;
    const qsizetype kids = pagesBody.indexOf("/Kids");
    const qsizetype kidsEnd = pagesBody.indexOf(']', kids);
    if (kids < 0 || kidsEnd < 0) {
        throw std::runtime_error("cannot add bookmarks to the PDF: no page list");
    }
    auto it = QRegularExpression(QStringLiteral("(\\d+) 0 R"))
                  .globalMatch(QString::fromLatin1(pagesBody.mid(kids, kidsEnd - kids)));
    while (it.hasNext()) {
        pages.push_back(it.next().captured(1).toInt());
    }

    QByteArray update = "\n";
    std::vector<std::pair<int, qsizetype>> offsets;
    const qsizetype base = pdf.size();
    auto addObject = [&](int number, const QByteArray& body) {
        offsets.emplace_back(number, base + update.size());
        update += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };

    int next = size;
    const int outlineRoot = outline.empty() ? -1 : next++;
    std::vector<int> items;
    for (std::size_t i = 0; i < outline.size(); ++i) {
        items.push_back(next++);
    }
    const int infoNumber = info >= 0 ? info : next++;

    // The new catalog: the old entries plus the outline, showing it on opening, and the language.
    QByteArray newCatalog = catalog;
    const qsizetype close = newCatalog.lastIndexOf(">>");
    QByteArray extra;
    if (outlineRoot >= 0) {
        extra += "/Outlines " + QByteArray::number(outlineRoot) + " 0 R\n/PageMode /UseOutlines\n";
    }
    if (!metadata.language.isEmpty()) {
        extra += "/Lang " + textString(metadata.language) + '\n';
    }
    newCatalog.insert(close, extra);
    addObject(root, newCatalog);

    if (outlineRoot >= 0) {
        addObject(outlineRoot, "<<\n/Type /Outlines\n/First " + QByteArray::number(items.front()) +
                                   " 0 R\n/Last " + QByteArray::number(items.back()) +
                                   " 0 R\n/Count " + QByteArray::number(items.size()) + "\n>>");
        for (std::size_t i = 0; i < outline.size(); ++i) {
            const OutlineEntry& entry = outline[i];
            const int page = std::clamp(entry.page, 0, static_cast<int>(pages.size()) - 1);
            const double top =
                geometry.heightPt - geometry.contentTopPt - entry.top * geometry.pointsPerUnit;
            QByteArray body = "<<\n/Title " + textString(entry.title) + "\n/Parent " +
                              QByteArray::number(outlineRoot) + " 0 R\n/Dest [" +
                              QByteArray::number(pages[static_cast<std::size_t>(page)]) +
                              " 0 R /XYZ 0 " + QByteArray::number(top + 4.0, 'f', 1) + " null]\n";
            if (i > 0) {
                body += "/Prev " + QByteArray::number(items[i - 1]) + " 0 R\n";
            }
            if (i + 1 < items.size()) {
                body += "/Next " + QByteArray::number(items[i + 1]) + " 0 R\n";
            }
            addObject(items[i], body + ">>");
        }
    }

    QByteArray infoBody = "<<\n";
    auto infoEntry = [&](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            infoBody += QByteArray("/") + key + ' ' + textString(value) + '\n';
        }
    };
    infoEntry("Title", metadata.title);
    infoEntry("Author", metadata.author);
    infoEntry("Subject", metadata.subject);
    infoEntry("Creator", metadata.creator);
    infoBody += "/Producer " + textString(QStringLiteral("Glidepath (Qt)")) + "\n>>";
    addObject(infoNumber, infoBody);

    const qsizetype xref = base + update.size();
    update += "xref\n0 1\n0000000000 65535 f \n";
    for (const auto& [number, offset] : offsets) {
        update += QByteArray::number(number) + " 1\n" +
                  QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    update += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root " +
              QByteArray::number(root) + " 0 R\n/Info " + QByteArray::number(infoNumber) +
              " 0 R\n/Prev " + QByteArray::number(previous) + "\n>>\nstartxref\n" +
              QByteArray::number(xref) + "\n%%EOF\n";
    return pdf + update;
}

} // namespace glidepath::report::detail
