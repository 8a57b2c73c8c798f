#pragma once

// The detail of a storage error in the UI's language. Storage words its errors in English only
// (with paths, the operating system's reason, the server's words); an English reader gets them
// as they are, anyone else a sentence made from the error's kind, so a German message is German
// to its end. The outer sentence ("The database could not be written (%1).") stays its caller's.

#include <glidepath/storage/storage_error.h>

#include <QString>

#include <filesystem>

namespace glidepath::ui {

// database: the file the error is about, when known; for Kind::Locked it names the program
// holding the database open ("glidepath-cli, process 4242").
QString storageErrorDetail(const storage::StorageError& error,
                           const std::filesystem::path& database = {});
// A whole sentence for a message that is the detail alone: storage's words in English, else
// "This could not be done: <detail>."
QString storageErrorSentence(const storage::StorageError& error,
                             const std::filesystem::path& database = {});
// The same for any exception: a StorageError's detail as above, a file's (io::FileError) in the
// UI's language too, else what() as it is.
QString errorDetail(const std::exception& error, const std::filesystem::path& database = {});

} // namespace glidepath::ui
