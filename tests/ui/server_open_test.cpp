// The app on a clinic server (GLIDEPATH_TEST_PG; skipped without one): it opens through the one
// server open function on a fresh database, the file-only actions are off with a word about
// pg_dump, and a client added on the Clients page is in the server's database.

#include "database_location.h"
#include "ui_fixture.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/clients_page.h"
#include "widgets/common/check_list.h"
#include "widgets/main/database_menu.h"
#include "widgets/main/server_password.h"

#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/server_url.h>

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <unistd.h>

namespace glidepath::test {
namespace {

// Runs one statement on the test server's own database with psql (the UI tests do not link
// storage's private connection class).
bool runOnServer(const std::string& adminUrl, const std::string& sql)
{
    QProcess psql;
    psql.start(QStringLiteral("psql"), {QString::fromStdString(adminUrl), QStringLiteral("-q"),
                                        QStringLiteral("-c"), QString::fromStdString(sql)});
    return psql.waitForFinished(60000) && psql.exitStatus() == QProcess::NormalExit &&
           psql.exitCode() == 0;
}

class ServerOpenTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_admin = qEnvironmentVariable("GLIDEPATH_TEST_PG").toStdString();
        if (m_admin.empty()) {
            GTEST_SKIP() << "no test server (GLIDEPATH_TEST_PG)";
        }
        m_name = "gp_ui_" + std::to_string(::getpid());
        ASSERT_TRUE(runOnServer(m_admin, "DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)"));
        ASSERT_TRUE(runOnServer(m_admin, "CREATE DATABASE " + m_name));
        m_created = true;
        m_address = storage::parseServerUrl(m_admin).withDatabase(m_name).toString();
    }

    void TearDown() override
    {
        UiTest::TearDown(); // closes the window and the app's connection first
        if (m_created) {
            runOnServer(m_admin, "DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
        }
    }

    std::string m_admin;
    std::string m_name;
    std::string m_address;
    bool m_created = false;
};

TEST_F(ServerOpenTest, TheAppOpensOnAFreshServerDatabaseAndAClientAddedIsOnTheServer)
{
    context().replaceDatabase(ui::openServerDatabase(m_address));
    ASSERT_TRUE(context().database().isServer());
    context().setMode(ui::AppMode::Clinician);

    // No file to copy: Back Up and Restore are off and say how a server is backed up.
    QAction* backUp = window().databaseMenu()->backUpAction();
    EXPECT_FALSE(backUp->isEnabled());
    EXPECT_TRUE(backUp->toolTip().contains(QStringLiteral("pg_dump")))
        << backUp->toolTip().toStdString();
    EXPECT_FALSE(window().databaseMenu()->restoreAction()->isEnabled());
    EXPECT_FALSE(window().databaseMenu()->restoreFrom(QStringLiteral("/nonexistent.db")));

    // The built-in library was seeded on the server when it opened: the Library page lists it
    // and its search finds an exercise by a word of its name.
    window().showPage(ui::MainWindow::Page::Library);
    auto* table = find<QTableView>("libraryTable");
    ASSERT_GT(table->model()->rowCount(), 10);
    QTest::keyClicks(find<QLineEdit>("librarySearch"), QStringLiteral("clam"));
    // The search runs after a short pause in typing: wait for its rows, Clamshell first.
    QTRY_VERIFY(table->model()->rowCount() > 0 &&
                table->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Clam")));

    window().showPage(ui::MainWindow::Page::Clients);
    ui::ClientsPage* page = window().clientsPage();
    QTest::mouseClick(findIn<QPushButton>(page, "newClientButton"), Qt::LeftButton);
    QTest::keyClicks(findIn<QLineEdit>(page, "profileName"), QStringLiteral("Dana Reyes"));
    findIn<ui::CheckList>(page, "profileConditions")
        ->box(static_cast<int>(core::Condition::PatellofemoralPain))
        ->click();
    QTest::mouseClick(findIn<QPushButton>(page, "saveProfileButton"), Qt::LeftButton);

    // Another desk on the same database sees the client.
    std::unique_ptr<storage::Database> desk =
        storage::Database::open(storage::parseServerUrl(m_address));
    const std::vector<storage::ClientRecord> stored = storage::ClientRepository(*desk).list();
    ASSERT_EQ(stored.size(), 1U);
    EXPECT_EQ(stored.front().profile.name, "Dana Reyes");
    EXPECT_EQ(context().currentClientId(), stored.front().id);
}

TEST_F(ServerOpenTest, APasswordIsAskedOnlyWhenTheServerWantsOne)
{
    // The throwaway server lets its user in without one, so the prompt is never shown.
    int asked = 0;
    std::unique_ptr<storage::Database> database =
        ui::openServerAskingPassword(m_address, {}, [&](const QString&, bool) {
            ++asked;
            return std::optional<QString>();
        });
    EXPECT_TRUE(database->isServer());
    EXPECT_EQ(asked, 0);
}

TEST(ServerPassword, OnlyALoginThatWantsAPasswordIsAskedForOne)
{
    using Kind = storage::StorageError::Kind;
    EXPECT_TRUE(ui::needsServerPassword(
        storage::ServerError(Kind::Io, "password wanted", storage::kPasswordSqlState)));
    EXPECT_FALSE(ui::needsServerPassword(storage::ServerError(Kind::Io, "no server there", "")));
    EXPECT_FALSE(ui::needsServerPassword(storage::StorageError(Kind::Io, "disk full")));
}

} // namespace
} // namespace glidepath::test
