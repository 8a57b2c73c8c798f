#include "database_location.h"

#include <glidepath/io/builtin_data.h>
#include <glidepath/io/library_format.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/server_url.h>
#include <glidepath/storage/storage_error.h>

#include <QFileInfo>

namespace glidepath::ui {

namespace {

class LocationText
{
    Q_DECLARE_TR_FUNCTIONS(LocationText)
};

} // namespace

bool isServerLocation(const QString& location)
{
    return storage::isServerUrl(location.toStdString());
}

QString normalLocation(const QString& location)
{
    if (!isServerLocation(location)) {
        return QFileInfo(location).absoluteFilePath();
    }
    try {
        return QString::fromStdString(storage::parseServerUrl(location.toStdString()).toString());
    } catch (const storage::StorageError&) {
        return QString::fromStdString(storage::shownServerAddress(location.toStdString()));
    }
}

QString shortLocationName(const QString& location)
{
    if (!isServerLocation(location)) {
        return QFileInfo(location).fileName();
    }
    try {
        const storage::ServerUrl url = storage::parseServerUrl(location.toStdString());
        const bool socket = url.host.empty() || url.host.front() == '/';
        return LocationText::tr("%1 on %2")
            .arg(QString::fromStdString(url.database),
                 socket ? LocationText::tr("this computer") : QString::fromStdString(url.host));
    } catch (const storage::StorageError&) {
        return shownLocation(location);
    }
}

QString shownLocation(const QString& location)
{
    return isServerLocation(location)
               ? QString::fromStdString(storage::shownServerAddress(location.toStdString()))
               : location;
}

void prepareOpenedDatabase(storage::Database& database)
{
    if (!database.canWrite()) {
        return; // a login that may only read uses the library the clinic has
    }
    storage::ExerciseRepository exercises(database);
    // Parsing the whole built-in library is most of the cost of an open: only when it is newer.
    if (exercises.builtinLibraryVersion() < io::builtinLibraryVersion()) {
        const io::LibraryDocument& builtins = io::builtinLibrary();
        exercises.seedBuiltins(builtins.exercises, builtins.libraryVersion, builtins.translations);
    }
}

std::unique_ptr<storage::Database> openServerDatabase(const std::string& address,
                                                      const std::string& password)
{
    storage::OpenOptions options;
    options.program = "Glidepath";
    // The parser refuses an address holding a password; a typed one reaches libpq only.
    std::unique_ptr<storage::Database> database = storage::Database::open(
        storage::ServerLogin{storage::parseServerUrl(address), password}, options);
    prepareOpenedDatabase(*database);
    return database;
}

bool needsServerPassword(const storage::StorageError& error)
{
    const auto* server = dynamic_cast<const storage::ServerError*>(&error);
    return server != nullptr && server->sqlState() == storage::kPasswordSqlState;
}

QString fileOnlyOnServerText()
{
    return LocationText::tr("A clinic server is backed up on the server itself, with pg_dump "
                            "(see the clinic server guide), not from this desk.");
}

} // namespace glidepath::ui
