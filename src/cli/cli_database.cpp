#include "cli_database.h"

#include "cli_language.h"
#include "cli_text.h"

#include <glidepath/io/library_format.h>
#include <glidepath/report/issue_text.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/server_url.h>

#include <cstdlib>
#include <optional>
#include <ostream>

namespace glidepath::cli {

std::filesystem::path databasePath(const GlobalOptions& global)
{
    return storage::resolveDatabasePath(global.databasePath);
}

std::optional<std::string> fileOnlyRefusal(const GlobalOptions& global)
{
    const std::string where = databasePath(global).string();
    if (!storage::isServerUrl(where)) {
        return std::nullopt;
    }
    return utf8(CliText::tr("%1 is a clinic server, which keeps no database file to check, back "
                            "up or restore: back it up with PostgreSQL's pg_dump and restore it "
                            "with pg_restore (see the clinic server guide), or copy it into a "
                            "file with \"glidepath-cli db copy\". Nothing was opened or changed.")
                    .arg(qs(storage::shownServerAddress(where))));
}

namespace {

// A clinic server (postgresql://...): connected, its schema brought up to date by a writer and
// the built-in library seeded there as in a file. A reader reads what the server holds.
std::unique_ptr<storage::Database> openServer(const std::string& where, storage::Access access,
                                              std::ostream& err)
{
    try {
        storage::OpenOptions options;
        options.program = "glidepath-cli";
        options.access = access;
        auto db = storage::Database::open(storage::parseServerUrl(where), options);
        // A login that may only read (plan --save asks for writing) leaves seeding to others.
        if (db->canWrite()) {
            const io::LibraryDocument& builtins = io::builtinLibrary();
            storage::ExerciseRepository(*db).seedBuiltins(
                builtins.exercises, builtins.libraryVersion, builtins.translations);
        }
        return db;
    } catch (const std::exception& error) {
        const std::string shown = storage::shownServerAddress(where);
        const std::string reason = error.what();
        err << "glidepath-cli: "
            << (reason.find(shown) != std::string::npos ? reason : shown + ": " + reason) << "\n";
    }
    return nullptr;
}

} // namespace

namespace {

// A database's refusal in words of the CLI's language. Storage words its errors in English
// alone, with details (paths, the server's words) only English readers need exactly; in English
// they are shown as storage wrote them.
std::optional<QString> storageErrorText(const storage::StorageError& error)
{
    if (language() == "en") {
        return std::nullopt;
    }
    using Kind = storage::StorageError::Kind;
    switch (error.kind()) {
    case Kind::NotGlidepath:
        return CliText::tr("this is not a Glidepath database; it was left as it was");
    case Kind::TooNew:
        return CliText::tr("this database was saved by a newer version of Glidepath; it was not "
                           "changed. Update Glidepath to open it");
    case Kind::Locked:
        return CliText::tr("another Glidepath program has this database open for writing; close "
                           "it there first, or try again in a moment");
    case Kind::ReadOnlyDatabase:
        return CliText::tr("the database or its folder cannot be written (read-only); nothing "
                           "was changed");
    case Kind::DiskFull:
        return CliText::tr("the disk is full; nothing was saved");
    case Kind::Corrupt:
        return CliText::tr("the database is damaged and cannot be read; it was not changed");
    case Kind::ClinicServer:
        return CliText::tr("this needs a database file, not a clinic server; nothing was changed");
    case Kind::Io:
        // Storage's words name the file and the system's reason in English; said by kind. A
        // clinic server's own words (why it refused) are kept.
        if (dynamic_cast<const storage::ServerError*>(&error) != nullptr) {
            return std::nullopt;
        }
        return CliText::tr("the database file cannot be created, read or written (check the "
                           "folder, its permissions and the free space)");
    default:
        return std::nullopt;
    }
}

} // namespace

std::string errorText(const std::exception& error)
{
    if (const auto* file = dynamic_cast<const io::FileError*>(&error)) {
        return utf8(report::fileErrorText(*file));
    }
    if (const auto* storageError = dynamic_cast<const storage::StorageError*>(&error)) {
        if (auto words = storageErrorText(*storageError)) {
            return utf8(*words);
        }
    }
    return error.what();
}

std::string describeFileError(const std::filesystem::path& path, const std::exception& error)
{
    const std::string reason = errorText(error);
    if (reason.find(path.string()) != std::string::npos) {
        return reason;
    }
    return path.string() + ": " + reason;
}

bool isDefaultDatabase(const GlobalOptions& global)
{
    const char* env = std::getenv("GLIDEPATH_DB");
    return global.databasePath.empty() && (env == nullptr || *env == '\0');
}

std::unique_ptr<storage::Database> openLibraryDatabase(const GlobalOptions& global,
                                                       storage::Access access, std::ostream& err)
{
    const std::filesystem::path path = databasePath(global);
    if (storage::isServerUrl(path.string())) {
        return openServer(path.string(), access, err);
    }
    try {
        std::error_code ec;
        const bool exists = std::filesystem::exists(path, ec);
        const bool mayCreate = global.create || isDefaultDatabase(global);
        if (!exists && !mayCreate) {
            err << "glidepath-cli: "
                << utf8(CliText::tr("there is no database at %1\n  (check the path, or add "
                                    "--create to start a new database there)")
                            .arg(qs(path.string())))
                << "\n";
            return nullptr;
        }
        storage::OpenOptions options;
        options.program = "glidepath-cli";
        // A new database is made by a writer; reading it afterwards is the same as any other.
        options.access = exists ? access : storage::Access::ReadWrite;
        auto db = storage::Database::open(path, options);
        if (!db->isReadOnly()) {
            const io::LibraryDocument& builtins = io::builtinLibrary();
            storage::ExerciseRepository(*db).seedBuiltins(
                builtins.exercises, builtins.libraryVersion, builtins.translations);
        }
        if (!exists && access == storage::Access::ReadOnly) {
            db.reset();
            options.access = storage::Access::ReadOnly;
            db = storage::Database::open(path, options);
        }
        return db;
    } catch (const io::FormatError& error) {
        err << "glidepath-cli: "
            << utf8(CliText::tr("the built-in exercise library of this build is damaged:")) << "\n";
        for (const io::FormatIssue& issue : error.issues()) {
            err << "  " << utf8(report::describeIssue(issue)) << "\n";
        }
    } catch (const std::exception& error) {
        err << "glidepath-cli: " << describeFileError(path, error) << "\n";
    }
    return nullptr;
}

} // namespace glidepath::cli
