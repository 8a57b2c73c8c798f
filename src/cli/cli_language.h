#pragma once

// The language the CLI writes in: its messages, the reasons in a plan and the handouts. From
// --language, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), like the app.

#include <optional>
#include <string>

namespace glidepath::cli {

// Chooses and loads the language: "en" or a language Glidepath has a translation for. A
// translation needs a Qt application, so for any language but English this starts the
// offscreen GUI application the handouts use anyway. Returns an error message for an unknown
// --language value (nothing is loaded then).
std::optional<std::string> useLanguage(const std::optional<std::string>& option);

// The language in use: "en" before useLanguage() or for English.
const std::string& language();

// A QGuiApplication on the offscreen platform, made once: fonts for the handouts and drawings,
// and the home of the translators. The CLI never opens a window.
void ensureGuiApplication();

} // namespace glidepath::cli
