#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace glidepath::ui::language {

// The language the user picked in Preferences: "" follows the system, otherwise a code such as
// "en" or "de". Read once at start-up; a change takes effect at the next start.
QString savedChoice();
void saveChoice(const QString& code);

// The languages Glidepath has a translation for, besides English (which needs none).
QStringList available();

// The language to show, from the saved choice or the system's UI languages (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG): "de" or "en".
QString resolve(const QString& choice, const QStringList& uiLanguages);

// Loads Glidepath's and Qt's own (standard dialogs) translations for resolve()'s language and
// sets the default QLocale to match, so dates and numbers follow the language shown. Looks in the
// installed translations folder first, then in the copy compiled into the program. Returns the
// language in use.
QString install(QCoreApplication& app);

} // namespace glidepath::ui::language
