#include "widgets/main/library_file_reader.h"

#include <glidepath/report/issue_text.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace glidepath::ui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(LibraryFileReader)
};

// Runs on the worker thread; shares nothing with the GUI thread but its own result.
void read(const std::string& path, LibraryFileRead& out)
{
    try {
        out.document = io::parseLibrary(io::readTextFile(path));
    } catch (const io::FormatError& error) {
        out.problems = error;
    } catch (const io::FileError& error) {
        out.readError = report::fileErrorReason(error); // translate() is thread-safe
    } catch (const std::exception& error) {
        out.readError = QString::fromStdString(error.what());
    }
}

} // namespace

LibraryFileRead readLibraryFile(QWidget* parent, const QString& path)
{
    auto result = std::make_shared<LibraryFileRead>();
    QThread* worker = QThread::create([result, file = path.toStdString()] { read(file, *result); });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);

    QProgressDialog progress(Text::tr("Reading and checking “%1”…").arg(QFileInfo(path).fileName()),
                             Text::tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("libraryImportProgress"));
    progress.setWindowTitle(Text::tr("Import library"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    // A small file is read before the dialog would be worth seeing.
    QTimer::singleShot(400, &progress, [&progress] {
        if (!progress.wasCanceled()) {
            progress.show();
        }
    });

    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();

    if (progress.wasCanceled()) {
        // The worker still holds its own share of result; it ends on its own and is deleted.
        LibraryFileRead cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }
    return std::move(*result);
}

} // namespace glidepath::ui
