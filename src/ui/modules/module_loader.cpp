#include "modules/module_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QPluginLoader>
#include <QStringList>

namespace glidepath::ui::modules {

namespace {

// Where a module may be, in order: the installed modules relative to the program (so a moved
// installation still works), then the build tree, where the app, the tests and the benchmarks
// run from their own folders.
QStringList folders()
{
    QStringList out;
    const QString programDir = QCoreApplication::applicationDirPath();
    if (!programDir.isEmpty()) {
        out << QDir(programDir).filePath(QStringLiteral(GLIDEPATH_MODULE_DIR_FROM_BIN));
    }
#ifdef GLIDEPATH_MODULE_BUILD_DIR
    out << QStringLiteral(GLIDEPATH_MODULE_BUILD_DIR);
#endif
    return out;
}

struct Loaded
{
    QObject* root = nullptr;
    QString error;
};

} // namespace

QObject* load(const QString& name, QString* error)
{
    // Loaded once per process; a module that failed is not tried again (it would fail the same
    // way).
    static QMutex mutex;
    static QHash<QString, Loaded> cache;
    const QMutexLocker lock(&mutex);
    auto found = cache.find(name);
    if (found == cache.end()) {
        Loaded loaded;
        const QString file = QStringLiteral("glidepath-%1.so").arg(name);
        QString path;
        for (const QString& folder : folders()) {
            const QFileInfo candidate(QDir(folder).filePath(file));
            if (candidate.exists()) {
                path = candidate.absoluteFilePath();
                break;
            }
        }
        if (path.isEmpty()) {
            loaded.error = QStringLiteral("%1 was not found in %2")
                               .arg(file, folders().join(QStringLiteral(", ")));
        } else {
            QPluginLoader loader(path);
            loaded.root = loader.instance();
            if (!loaded.root) {
                loaded.error = loader.errorString();
            }
        }
        found = cache.insert(name, loaded);
    }
    if (error) {
        *error = found->error;
    }
    return found->root;
}

} // namespace glidepath::ui::modules
