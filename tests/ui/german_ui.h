#pragma once

// The app in German for one test: the compiled German translation installed and German the
// default locale (dates, numbers), both undone when it goes. Fixtures hold it in an optional,
// made in SetUp after UiTest::SetUp and reset in TearDown after UiTest::TearDown.

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace glidepath::test {

class GermanUi
{
public:
    GermanUi()
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/glidepath_de.qm"));
        if (m_loaded) {
            QCoreApplication::installTranslator(&m_translator);
        }
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    ~GermanUi()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    GermanUi(const GermanUi&) = delete;
    GermanUi& operator=(const GermanUi&) = delete;

    // False when the translation is not compiled into the program.
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace glidepath::test
