#pragma once

// Which language Glidepath speaks, for the app and the CLI alike: the languages it has a
// translation for, the choice from a setting or the system, and loading the translation. The
// .qm files are found installed (share/glidepath/translations beside the program's prefix) or in
// the copy compiled into each program under :/i18n.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace glidepath::report::translations {

// The languages Glidepath has a translation for, besides English (which needs none).
QStringList available();

// The language to show: the choice when it is "en" or available, else the first of the system's
// UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that Glidepath speaks ("de-AT" gives "de");
// "en" when none is.
QString resolve(const QString& choice, const QStringList& uiLanguages);

// Loads Glidepath's and Qt's own translations for code (nothing for "en") and sets the default
// QLocale to match, so that dates and numbers follow the language shown (in the system's
// country where it has one: de_AT stays Austrian). Returns whether Glidepath's translation was
// found; English always "is".
bool install(QCoreApplication& app, const QString& code);

} // namespace glidepath::report::translations
