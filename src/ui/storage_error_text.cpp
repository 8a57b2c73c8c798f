#include "storage_error_text.h"

#include <glidepath/io/format_error.h>
#include <glidepath/report/issue_text.h>
#include <glidepath/storage/database_lock.h>
#include <glidepath/storage/server_url.h>

#include <QCoreApplication>
#include <QStringList>

namespace glidepath::ui {

namespace {

// Translation context "StorageErrorText".
class StorageErrorText
{
    Q_DECLARE_TR_FUNCTIONS(StorageErrorText)
};

// Storage's own words are English and the most specific (paths, the system's reason); the kinds'
// sentences below are for a reader with a translation. A language without one (French today)
// reads storage's words too, rather than the shorter English sentences.
bool readsEnglish()
{
    const char* probe = "the disk is full";
    return StorageErrorText::tr(probe) == QLatin1String(probe);
}

QString holderText(const std::filesystem::path& database)
{
    if (database.empty() || storage::isServerUrl(database.string())) {
        return StorageErrorText::tr("it is open in another Glidepath program");
    }
    const std::optional<storage::LockHolder> holder = storage::DatabaseLock::holder(database);
    if (!holder || holder->program.empty()) {
        return StorageErrorText::tr("it is open in another Glidepath program");
    }
    const QString program = QString::fromStdString(holder->program);
    return holder->pid > 0
               ? StorageErrorText::tr("it is open in %1 (process %2)").arg(program).arg(holder->pid)
               : StorageErrorText::tr("it is open in %1").arg(program);
}

} // namespace

QString storageErrorDetail(const storage::StorageError& error,
                           const std::filesystem::path& database)
{
    if (readsEnglish()) {
        return QString::fromStdString(error.what());
    }
    using Kind = storage::StorageError::Kind;
    switch (error.kind()) {
    case Kind::NotGlidepath:
        return StorageErrorText::tr("it is not a Glidepath database");
    case Kind::Corrupt:
        return StorageErrorText::tr("its contents are damaged");
    case Kind::TooNew:
        return StorageErrorText::tr("it was saved by a newer version of Glidepath");
    case Kind::Io:
        if (dynamic_cast<const storage::ServerError*>(&error) != nullptr) {
            return QString::fromStdString(error.what()); // the clinic server's own words
        }
        return StorageErrorText::tr("the computer could not read or write it");
    case Kind::NotFound:
        return StorageErrorText::tr("it is no longer there; it may have been deleted in another "
                                    "window or at another desk");
    case Kind::Conflict:
        return StorageErrorText::tr("something with the same name or number is already saved");
    case Kind::ReadOnly:
        return StorageErrorText::tr("built-in exercises cannot be changed");
    case Kind::Invalid:
        if (!error.issues().empty()) {
            QStringList lines;
            for (const core::ValidationIssue& issue : error.issues()) {
                lines << report::issueText(issue);
            }
            return lines.join(QStringLiteral("; "));
        }
        // Which value and why are only in storage's words (a server address holding a password).
        return QString::fromStdString(error.what());
    case Kind::Locked:
        return holderText(database);
    case Kind::ReadOnlyDatabase:
        return StorageErrorText::tr("the file or its folder may only be read");
    case Kind::DiskFull:
        return StorageErrorText::tr("the disk is full");
    case Kind::ClinicServer:
        return StorageErrorText::tr("this needs a database file, not a clinic server");
    }
    return QString::fromStdString(error.what());
}

QString storageErrorSentence(const storage::StorageError& error,
                             const std::filesystem::path& database)
{
    if (readsEnglish()) {
        return QString::fromStdString(error.what());
    }
    return StorageErrorText::tr("This could not be done: %1.")
        .arg(storageErrorDetail(error, database));
}

QString errorDetail(const std::exception& error, const std::filesystem::path& database)
{
    if (const auto* storageError = dynamic_cast<const storage::StorageError*>(&error)) {
        return storageErrorDetail(*storageError, database);
    }
    if (const auto* file = dynamic_cast<const io::FileError*>(&error)) {
        return report::fileErrorText(*file);
    }
    return QString::fromStdString(error.what());
}

} // namespace glidepath::ui
