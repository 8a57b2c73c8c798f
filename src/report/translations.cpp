#include <glidepath/report/translations.h>

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace glidepath::report::translations {

namespace {

// Installed next to the binary's prefix (share/glidepath/translations); the build tree has no
// such folder and uses the embedded copy.
QStringList translationFolders()
{
    const QString prefix = QCoreApplication::applicationDirPath() + QStringLiteral("/..");
    return {QDir::cleanPath(prefix + QStringLiteral("/share/glidepath/translations")),
            QStringLiteral(":/i18n")};
}

bool loadInto(QTranslator& translator, const QString& base, const QString& code,
              const QStringList& folders)
{
    for (const QString& folder : folders) {
        if (translator.load(base + QLatin1Char('_') + code, folder)) {
            return true;
        }
    }
    return false;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("de")};
}

QString resolve(const QString& choice, const QStringList& uiLanguages)
{
    const QStringList known = available();
    if (choice == QLatin1String("en") || known.contains(choice)) {
        return choice;
    }
    // The first UI language we can show wins: "de-AT" or "de_DE" give German; an English entry
    // before it keeps English.
    for (const QString& entry : uiLanguages) {
        const QString code =
            entry.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (code == QLatin1String("en") || known.contains(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

bool install(QCoreApplication& app, const QString& code)
{
    // Dates and numbers in the language's own way, always set: with LANGUAGE=de and LANG=C.UTF-8
    // the system locale is named de_DE but writes dates in C's English ("Mon 16 Nov").
    const QLocale system = QLocale::system();
    QLocale::setDefault(QLocale(QLocale::codeToLanguage(code), system.territory()));
    if (code == QLatin1String("en")) {
        return true;
    }
    bool found = false;
    auto* ours = new QTranslator(&app);
    if (loadInto(*ours, QStringLiteral("glidepath"), code, translationFolders())) {
        QCoreApplication::installTranslator(ours);
        found = true;
    } else {
        delete ours;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return found;
}

} // namespace glidepath::report::translations
