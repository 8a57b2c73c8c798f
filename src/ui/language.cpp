#include "language.h"

#include <glidepath/report/translations.h>

#include <QLocale>
#include <QSettings>

namespace glidepath::ui::language {

namespace {

const QString kLanguageKey = QStringLiteral("language");

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
    return report::translations::available();
}

QString resolve(const QString& choice, const QStringList& uiLanguages)
{
    return report::translations::resolve(choice, uiLanguages);
}

QString install(QCoreApplication& app)
{
    const QString code = resolve(savedChoice(), QLocale::system().uiLanguages());
    report::translations::install(app, code);
    return code;
}

} // namespace glidepath::ui::language
