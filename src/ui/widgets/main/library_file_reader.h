#pragma once

#include <glidepath/io/format_error.h>
#include <glidepath/io/library_format.h>

#include <QString>

#include <optional>

class QWidget;

namespace glidepath::ui {

// What reading a library file for import gave: a checked document, the problems that make it
// unusable, a reason it could not be read at all, or the user's Cancel.
struct LibraryFileRead
{
    std::optional<io::LibraryDocument> document;
    std::optional<io::FormatError> problems;
    QString readError;
    bool cancelled = false;
};

// Reads and checks a library file on a worker thread while a progress dialog with Cancel is
// shown, so that a large or hostile file never freezes the window; returns when the file has
// been read or the user cancelled. The worker touches no database (the import itself is written
// afterwards, in one transaction, through the window's own connection), so a Cancel leaves the
// database as it was; the abandoned worker's result is dropped when it ends, which the readers'
// size and depth limits keep short.
LibraryFileRead readLibraryFile(QWidget* parent, const QString& path);

} // namespace glidepath::ui
