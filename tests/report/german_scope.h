#pragma once

// German for as long as it lives: the translations and German dates and numbers, for report
// tests that render a page the way a German reader gets it.

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <gtest/gtest.h>

namespace glidepath::report::test {

class GermanScope
{
public:
    GermanScope()
    {
        EXPECT_TRUE(
            m_translator.load(QStringLiteral("glidepath_de"), QStringLiteral(GLIDEPATH_QM_DIR)));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    ~GermanScope()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    GermanScope(const GermanScope&) = delete;
    GermanScope& operator=(const GermanScope&) = delete;

private:
    QTranslator m_translator;
};

} // namespace glidepath::report::test
