// File ▸ Import Library reads and checks the file on a worker thread behind a progress dialog:
// the window keeps handling events meanwhile, Cancel leaves the database as it was, and a hostile
// file is refused with the limit it broke.

#include "ui_fixture.h"
#include "widgets/common/message_box.h"
#include "widgets/main/main_window.h"

#include <glidepath/io/builtin_data.h>
#include <glidepath/io/library_format.h>

#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

#include <gtest/gtest.h>

#include <fstream>

namespace glidepath::test {
namespace {

class LibraryImportTest : public UiTest
{
protected:
    // A library file of count custom exercises made from the built-in ones.
    QString writeLibraryFile(const QString& name, int count)
    {
        const auto& builtins = io::builtinLibrary().exercises;
        io::LibraryDocument document;
        for (int i = 0; i < count; ++i) {
            core::Exercise exercise = builtins[static_cast<std::size_t>(i) % builtins.size()];
            exercise.id = "imported-" + std::to_string(i);
            exercise.name = "Imported " + std::to_string(i);
            exercise.builtin = false;
            exercise.easier.clear();
            exercise.harder.clear();
            document.exercises.push_back(std::move(exercise));
        }
        const QString path = tempPath(name);
        std::ofstream(path.toStdString()) << io::writeLibrary(document);
        return path;
    }

    QProgressDialog* progressDialog()
    {
        return window().findChild<QProgressDialog*>(QStringLiteral("libraryImportProgress"));
    }
};

TEST_F(LibraryImportTest, ImportsWhileTheWindowKeepsHandlingEvents)
{
    const QString file = writeLibraryFile(QStringLiteral("many.json"), 200);
    const int before = context().exercises().count();
    window();
    // Fires only if the GUI thread runs its event loop while the file is read.
    bool eventsHandled = false;
    bool dialogSeen = false;
    QTimer::singleShot(0, &window(), [&] {
        eventsHandled = true;
        dialogSeen = progressDialog() != nullptr;
    });
    ui::FileDialog::setNextFileName(file);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok); // the summary
    window().importLibrary();
    EXPECT_TRUE(eventsHandled);
    EXPECT_TRUE(dialogSeen) << "the progress dialog exists while the file is read";
    EXPECT_EQ(progressDialog(), nullptr) << "and is gone afterwards";
    EXPECT_EQ(context().exercises().count(), before + 200);
    EXPECT_TRUE(ui::MessageBox::lastText().contains(QStringLiteral("Added 200")))
        << ui::MessageBox::lastText().toStdString();
}

TEST_F(LibraryImportTest, CancelLeavesTheDatabaseUnchanged)
{
    const QString file = writeLibraryFile(QStringLiteral("many.json"), 200);
    const int before = context().exercises().count();
    window();
    QTimer::singleShot(0, &window(), [&] {
        QProgressDialog* progress = progressDialog();
        ASSERT_NE(progress, nullptr);
        progress->cancel(); // as the Cancel button does
    });
    ui::FileDialog::setNextFileName(file);
    window().importLibrary(); // no message box: nothing queued, none asked
    EXPECT_EQ(context().exercises().count(), before);
    EXPECT_FALSE(context().exercises().find("imported-0").has_value());
    EXPECT_TRUE(window().statusBar()->currentMessage().contains(QStringLiteral("cancelled")))
        << window().statusBar()->currentMessage().toStdString();
}

TEST_F(LibraryImportTest, AHostileFileIsRefusedWithTheLimitItBroke)
{
    const QString file = tempPath(QStringLiteral("deep.json"));
    std::ofstream(file.toStdString())
        << "{\"exercises\": " << std::string(100'000, '[') << std::string(100'000, ']') << "}";
    const int before = context().exercises().count();
    ui::FileDialog::setNextFileName(file);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    window().importLibrary();
    EXPECT_TRUE(ui::MessageBox::lastText().contains(QStringLiteral("deeper than 64 levels")))
        << ui::MessageBox::lastText().toStdString();
    EXPECT_EQ(context().exercises().count(), before);
}

} // namespace
} // namespace glidepath::test
