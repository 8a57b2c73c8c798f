#pragma once

// Reads back rendered PDFs with the poppler command-line tools (pdfinfo, pdftotext, pdffonts).

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace glidepath::report::testing {

// Runs a poppler tool; fails the test (and returns "") when it cannot run or exits non-zero.
inline QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << " failed: "
                      << QString::fromUtf8(process.readAllStandardError()).toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct PdfInfo
{
    int pages = 0;
    double width = 0.0; // points
    double height = 0.0;
};

inline PdfInfo pdfInfo(const QString& path)
{
    PdfInfo info;
    const QString out = runTool(QStringLiteral("pdfinfo"), {path});
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
    if (pages.hasMatch()) {
        info.pages = pages.captured(1).toInt();
    }
    const auto size =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(out);
    if (size.hasMatch()) {
        info.width = size.captured(1).toDouble();
        info.height = size.captured(2).toDouble();
    }
    return info;
}

// Text with line breaks, ligatures and no-break spaces folded into single spaces (a hyphen at a
// line end keeps the word whole), so phrases can be searched however the page wrapped them.
inline QString normalised(QString text)
{
    // NFKC folds ligatures (the "fi" glyph) and no-break spaces into plain letters and spaces.
    text = text.normalized(QString::NormalizationForm_KC);
    text.replace(QRegularExpression(QStringLiteral("-\\s*\\n\\s*")), QStringLiteral("-"));
    return text.simplified();
}

// One entry per page, each normalised. Reading order (no -layout) keeps a wrapped cell together.
inline std::vector<QString> pdfPages(const QString& path, bool layout = false)
{
    QStringList arguments;
    if (layout) {
        arguments << QStringLiteral("-layout");
    }
    arguments << path << QStringLiteral("-");
    const QString text = runTool(QStringLiteral("pdftotext"), arguments);
    QStringList pages = text.split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    std::vector<QString> out;
    for (const QString& page : pages) {
        out.push_back(normalised(page));
    }
    return out;
}

inline QString pdfText(const QString& path, bool layout = false)
{
    QString all;
    for (const QString& page : pdfPages(path, layout)) {
        all += page + QLatin1Char(' ');
    }
    return all;
}

struct Word
{
    QString text;
    double height = 0.0; // points
};

inline std::vector<Word> pdfWords(const QString& path)
{
    const QString html =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    std::vector<Word> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        words.push_back(
            {match.captured(5), match.captured(4).toDouble() - match.captured(2).toDouble()});
    }
    return words;
}

inline double medianWordHeight(const QString& path)
{
    std::vector<double> heights;
    for (const Word& word : pdfWords(path)) {
        heights.push_back(word.height);
    }
    if (heights.empty()) {
        return 0.0;
    }
    std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2),
                     heights.end());
    return heights[heights.size() / 2];
}

// pdftotext drops the hyphen where a line breaks after one ("hip-" / "flexor" -> "hipflexor")
// and sometimes a no-break space at a wrap ("2 s" -> "2s"), so phrases are compared with
// hyphens and spaces removed on both sides.
inline bool hasText(const QString& text, const QString& needle)
{
    static const QRegularExpression ignored(QStringLiteral("[-\\s]"));
    QString haystack = text;
    QString wanted = normalised(needle);
    haystack.remove(ignored);
    wanted.remove(ignored);
    return !wanted.isEmpty() && haystack.contains(wanted);
}

// What follows needle in text, compared the same way (hyphens and spaces removed), without the
// bullets and marks in between; empty when needle is not there.
inline QString textAfter(const QString& text, const QString& needle)
{
    static const QRegularExpression ignored(QStringLiteral("[-\\s]"));
    QString haystack = text;
    QString wanted = normalised(needle);
    haystack.remove(ignored);
    wanted.remove(ignored);
    const qsizetype at = wanted.isEmpty() ? -1 : haystack.indexOf(wanted);
    if (at < 0) {
        return {};
    }
    QString after = haystack.mid(at + wanted.size());
    while (!after.isEmpty() && !after.front().isLetterOrNumber()) {
        after.remove(0, 1);
    }
    return after;
}

inline int countOf(const QString& haystack, const QString& needle)
{
    return static_cast<int>(haystack.count(needle));
}

// Lowest text line on each page of a home routine above the footer, as a share of the page's
// text area (the home routine's margins: 12 mm at the top, 10 mm and the footer at the bottom).
inline std::vector<double> pageFullness(const QString& path, double pageHeight)
{
    const QString html =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    std::vector<double> fullness;
    const double top = 12.0 * 72.0 / 25.4;
    const double footer = pageHeight - 10.0 * 72.0 / 25.4 - 24.0;
    static const QRegularExpression word(QStringLiteral("yMax=\"([\\d.]+)\""));
    for (const QString& page : html.split(QStringLiteral("<page "), Qt::SkipEmptyParts).mid(1)) {
        double lowest = top;
        for (auto it = word.globalMatch(page); it.hasNext();) {
            const double y = it.next().captured(1).toDouble();
            if (y < footer) {
                lowest = std::max(lowest, y);
            }
        }
        fullness.push_back((lowest - top) / (footer - top));
    }
    return fullness;
}

} // namespace glidepath::report::testing
