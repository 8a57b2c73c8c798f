#include "widgets/main/library_transfer.h"

#include "app_context.h"
#include "commands/command.h"
#include "widgets/common/message_box.h"
#include "widgets/main/library_file_reader.h"

#include <glidepath/io/format_error.h>
#include <glidepath/io/library_format.h>
#include <glidepath/report/issue_text.h>

#include <QFileInfo>
#include <QStandardPaths>

namespace glidepath::ui {
namespace {

QString libraryFileFilter()
{
    return LibraryTransfer::tr("Glidepath libraries (*.json);;All files (*)");
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

LibraryTransfer::LibraryTransfer(AppContext& context, QWidget* parent)
    : QObject(parent), m_context(context), m_parent(parent)
{}

bool LibraryTransfer::importLibrary()
{
    const QString path = FileDialog::getOpenFileName(m_parent, tr("Import library"),
                                                     documentsFolder(), libraryFileFilter());
    return !path.isEmpty() && importFrom(path);
}

bool LibraryTransfer::importFrom(const QString& path)
{
    LibraryFileRead read = readLibraryFile(m_parent, path);
    if (read.cancelled) {
        emit m_context.statusMessage(tr("Import cancelled; the library was not changed."));
        return false;
    }
    if (read.problems) {
        QStringList lines;
        const auto& issues = read.problems->issues();
        constexpr std::size_t kShown = 12;
        for (std::size_t i = 0; i < issues.size() && i < kShown; ++i) {
            lines << QStringLiteral("• ") + report::describeIssue(issues[i]);
        }
        if (read.problems->total() > kShown) {
            lines << tr("…and %n more.", nullptr,
                        static_cast<int>(read.problems->total() - kShown));
        }
        MessageBox::warning(m_parent, tr("Import library"),
                            tr("“%1” cannot be imported; nothing was changed.\n\n%2")
                                .arg(QFileInfo(path).fileName(), lines.join(QLatin1Char('\n'))));
        return false;
    }
    if (!read.document) {
        MessageBox::warning(m_parent, tr("Import library"),
                            tr("“%1” cannot be read: %2").arg(path, read.readError));
        return false;
    }
    io::LibraryDocument document = std::move(*read.document);
    if (document.exercises.empty() && document.templates.empty()) {
        MessageBox::information(
            m_parent, tr("Import library"),
            tr("“%1” holds no exercises and no templates.").arg(QFileInfo(path).fileName()));
        return false;
    }

    storage::ClashPolicy policy = storage::ClashPolicy::Skip;
    const std::vector<std::string> clashes = m_context.exercises().clashingIds(document.exercises);
    if (!clashes.empty()) {
        const auto answer = MessageBox::question(
            m_parent, tr("Import library"),
            tr("Exercises in the file that are already in your library: %1. Replace your versions "
               "with the file's, or keep yours and skip them? Built-in exercises are always "
               "kept.")
                .arg(clashes.size()),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No,
            {{QMessageBox::Yes, tr("Replace")}, {QMessageBox::No, tr("Keep mine")}});
        if (answer == QMessageBox::Cancel) {
            return false;
        }
        policy =
            answer == QMessageBox::Yes ? storage::ClashPolicy::Replace : storage::ClashPolicy::Skip;
    }
    storage::ImportSummary summary;
    if (!document.exercises.empty()) {
        const command::Outcome outcome =
            command::importExercises(m_context, std::move(document.exercises), policy, &summary,
                                     std::move(document.translations));
        if (!outcome) {
            MessageBox::warning(m_parent, tr("Import library"),
                                tr("Nothing was imported: %1").arg(outcome.message));
            return false;
        }
    }
    // Templates come after the exercises they name, as a step of their own.
    std::vector<std::string> skippedTemplates;
    const std::size_t templateCount = document.templates.size();
    if (!document.templates.empty()) {
        const command::Outcome outcome =
            command::importTemplates(m_context, document.templates, &skippedTemplates);
        if (!outcome) {
            MessageBox::warning(
                m_parent, tr("Import library"),
                tr("The exercises were imported, the templates not: %1").arg(outcome.message));
            return true;
        }
    }
    QString text = tr("Added %1, replaced %2, skipped %3.")
                       .arg(summary.added)
                       .arg(summary.replaced)
                       .arg(summary.skipped);
    if (templateCount > 0) {
        text += QLatin1Char(' ') + tr("Templates: added %1, kept %2 of the same name.")
                                       .arg(templateCount - skippedTemplates.size())
                                       .arg(skippedTemplates.size());
    }
    MessageBox::information(m_parent, tr("Import library"),
                            text + QLatin1Char(' ') + tr("Edit ▸ Undo takes the import back."));
    return true;
}

void LibraryTransfer::exportLibrary()
{
    storage::ExerciseFilter all;
    all.includeHidden = true;
    std::vector<core::Exercise> exercises = m_context.exercises().list(all);
    std::vector<core::Exercise> own;
    for (const core::Exercise& exercise : exercises) {
        if (!exercise.builtin) {
            own.push_back(exercise);
        }
    }
    if (!own.empty()) {
        const auto answer = MessageBox::question(
            m_parent, tr("Export library"),
            tr("Export only the exercises you made (%1), or the whole library (%2)?")
                .arg(own.size())
                .arg(exercises.size()),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes,
            {{QMessageBox::Yes, tr("My exercises")}, {QMessageBox::No, tr("Whole library")}});
        if (answer == QMessageBox::Cancel) {
            return;
        }
        if (answer == QMessageBox::Yes) {
            exercises = std::move(own);
        }
    }
    const QString path = FileDialog::getSaveFileName(
        m_parent, tr("Export library"),
        documentsFolder() + QStringLiteral("/glidepath-library.json"), libraryFileFilter());
    if (path.isEmpty()) {
        return;
    }
    try {
        io::LibraryDocument document;
        document.libraryVersion = m_context.exercises().builtinLibraryVersion();
        document.exercises = std::move(exercises);
        // Each exercise's other languages go with it (the stored texts, built-ins' too).
        storage::LibraryTexts texts = storage::ExerciseTextRepository(m_context.database()).all();
        for (const core::Exercise& exercise : document.exercises) {
            if (auto found = texts.find(exercise.id); found != texts.end()) {
                document.translations.emplace(exercise.id, std::move(found->second));
            }
        }
        for (storage::StoredTemplate& stored : m_context.templates().list()) {
            document.templates.push_back(std::move(stored.plan));
        }
        io::writeTextFileAtomically(path.toStdString(), io::writeLibrary(document));
        emit m_context.statusMessage(tr("Library saved to “%1” (exercises: %2, templates: %3).")
                                         .arg(QFileInfo(path).fileName())
                                         .arg(document.exercises.size())
                                         .arg(document.templates.size()));
    } catch (const io::FileError& error) {
        MessageBox::warning(
            m_parent, tr("Export library"),
            tr("The library could not be saved: %1").arg(report::fileErrorText(error)));
    } catch (const std::exception& error) {
        MessageBox::warning(
            m_parent, tr("Export library"),
            tr("The library could not be saved: %1").arg(QString::fromStdString(error.what())));
    }
}

} // namespace glidepath::ui
