#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace glidepath::ui::language {

namespace {

const QString kLanguageKey = QStringLiteral("language");

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

QString savedChoice()
{
    return QSettings().value(kLanguageKey).toString();
}

void saveChoice(const QString& code)
{
    if (code.isEmpty()) {
        QSettings().remove(kLanguageKey);
    } else {
        QSettings().setValue(kLanguageKey, code);
    }
}

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

QString install(QCoreApplication& app)
{
    const QString code = resolve(savedChoice(), QLocale::system().uiLanguages());
    const QLocale system = QLocale::system();
    if (system.name().section(QLatin1Char('_'), 0, 0) != code) {
        // A language chosen in Preferences that differs from the system's: its dates and numbers
        // too, in the system's country where it makes sense (de_AT stays Austrian).
        QLocale::setDefault(QLocale(QLocale::codeToLanguage(code), system.territory()));
    }
    if (code == QLatin1String("en")) {
        return code;
    }
    auto* ours = new QTranslator(&app);
    if (loadInto(*ours, QStringLiteral("glidepath"), code, translationFolders())) {
        QCoreApplication::installTranslator(ours);
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
    return code;
}

} // namespace glidepath::ui::language
