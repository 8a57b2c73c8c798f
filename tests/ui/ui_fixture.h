#pragma once

// Shared set-up of the GUI tests: a fresh database (migrated and seeded with the shipped library)
// in a temporary folder, an AppContext with a fixed clock, and on demand the real main window.

#include "app_context.h"
#include "application_setup.h"
#include "widgets/common/message_box.h"
#include "widgets/common/wheel_guard.h"
#include "widgets/main/main_window.h"

#include <glidepath/core/client.h>
#include <glidepath/core/date.h>
#include <glidepath/storage/client_repository.h>

#include <QAction>
#include <QApplication>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace glidepath::test {

// A record stored straight into the database with every screening question answered: yes for
// its screeningRedFlags, no for the rest (a plan needs every answer).
inline void answerScreening(storage::ClientRecord& record)
{
    record.screeningAnsweredNo = core::unansweredRedFlags(record.screeningRedFlags, {});
}

// Clicks an answer to every red-flag question below root (a profile or a check-in form): yes for
// the flags listed, no for the rest.
inline void answerRedFlags(QObject* root, const std::vector<core::RedFlag>& yes = {})
{
    for (const core::RedFlag flag : core::allValues<core::RedFlag>()) {
        const std::string_view name = core::toString(flag);
        const QString button = (core::contains(yes, flag) ? QStringLiteral("redFlagYes_")
                                                          : QStringLiteral("redFlagNo_")) +
                               QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
        auto* radio = root->findChild<QRadioButton*>(button);
        EXPECT_NE(radio, nullptr) << "no " << button.toStdString();
        if (radio) {
            radio->click();
        }
    }
}

// How long a test waits for what the event loop does later (a search after the typing pause, a
// tooltip fading out): far beyond what it takes even on a loaded machine, since the wait ends as
// soon as it has happened.
inline constexpr int kLongWaitMs = 30000;

// Lays out what is waiting to be laid out, through every level of widgets. A change deep in a
// page (a label's new text, a field shown) reaches the window one level per pass of the event
// loop: a label's parent lays out in one pass and posts to its own parent for the next, and so on
// up to the scroll area whose range it changes. One processEvents() runs a single pass, so a
// scroll range or size read after it can still be the old one.
inline void settleLayouts()
{
    QCoreApplication::processEvents();
    // More passes than widgets nest; each costs nothing once no request is left.
    for (int pass = 0; pass < 32; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
}

class UiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ui::initResources();
        ui::installWheelGuard(*qApp); // as configureApplication does for the app
        QSettings().clear();
        ui::MessageBox::clearQueuedAnswers();
        ui::FileDialog::clearQueuedFileNames();
        ASSERT_TRUE(m_dir.isValid());
        m_context = std::make_unique<ui::AppContext>(ui::openDatabase(dbPath()));
        m_context->setClock(
            std::make_shared<core::FixedClock>(core::Date{std::chrono::year{2025} / 3 / 5}));
    }

    void TearDown() override
    {
        m_window.reset();
        m_context.reset();
        // A test that queued answers it never used asked fewer questions than it expected.
        EXPECT_FALSE(ui::MessageBox::hasQueuedAnswers()) << "a queued answer was not used";
        ui::MessageBox::clearQueuedAnswers();
    }

    std::string dbPath() const { return m_dir.filePath(QStringLiteral("test.db")).toStdString(); }
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }

    ui::AppContext& context() { return *m_context; }

    ui::MainWindow& window()
    {
        if (!m_window) {
            m_window = std::make_unique<ui::MainWindow>(*m_context);
            m_window->show();
            EXPECT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        }
        return *m_window;
    }

    void closeWindow() { m_window.reset(); }

    template <typename T> T* find(const char* objectName)
    {
        return findIn<T>(&window(), objectName);
    }

    // Searches only below root, since pages may reuse an object name.
    template <typename T> T* findIn(QObject* root, const char* objectName)
    {
        T* found = root->findChild<T*>(QString::fromLatin1(objectName));
        EXPECT_NE(found, nullptr) << "no " << objectName;
        return found;
    }

    QAction* action(const char* objectName) { return find<QAction>(objectName); }

    // A custom (editable) exercise made from a built-in one, stored directly.
    core::Exercise storeCustom(const std::string& fromId, const std::string& newId)
    {
        std::optional<core::Exercise> base = m_context->exercises().find(fromId);
        EXPECT_TRUE(base.has_value()) << fromId;
        core::Exercise custom = *base;
        custom.id = newId;
        custom.name = "Custom " + base->name;
        custom.builtin = false;
        custom.easier.clear();
        custom.harder.clear();
        m_context->exercises().create(custom);
        return custom;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::AppContext> m_context;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace glidepath::test
