#pragma once

// The text of each page of a PDF, whitespace folded, for tests that compare what two ways of
// printing put on paper (pdftotext from poppler-utils, which scripts/deps installs).

#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace glidepath::test {

inline QStringList pageTexts(const QString& path)
{
    QProcess tool;
    tool.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(tool.waitForFinished(60000));
    QStringList pages = QString::fromUtf8(tool.readAllStandardOutput()).split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    for (QString& page : pages) {
        page = page.simplified();
    }
    return pages;
}

} // namespace glidepath::test
