#pragma once

// Shared set-up of the GUI tests: a fresh database (migrated and seeded with the shipped library)
// in a temporary folder, an AppContext with a fixed clock, and on demand the real main window.

#include "app_context.h"
#include "application_setup.h"
#include "widgets/common/message_box.h"
#include "widgets/main/main_window.h"

#include <glidepath/core/date.h>

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace glidepath::test {

class UiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ui::initResources();
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
