#pragma once

// The CLI's own messages go through Qt's translation system (context "CliText") like the app's,
// so that --language de (or a German system) gets German help, errors and notes. Messages are
// built as QString and leave as UTF-8 for the std::ostream the commands write to.

#include <QCoreApplication>
#include <QString>

#include <exception>
#include <string>
#include <string_view>

namespace glidepath::cli {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

inline std::string utf8(const QString& text)
{
    return text.toStdString();
}

inline QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

// A command's help text, marked with QT_TRANSLATE_NOOP("CliText", ...) where it is defined, in
// the CLI's language.
inline std::string usage(std::string_view text)
{
    return utf8(CliText::tr(std::string(text).c_str()));
}

// An error's words in the CLI's language where Glidepath has them (a file that cannot be read or
// written), its own words otherwise.
std::string errorText(const std::exception& error);

} // namespace glidepath::cli
