// File ▸ Connect to Clinic Server…: the fields are checked with a word on which one is wrong,
// the address is shown as it is typed, servers are remembered without any password, Test
// Connection shows its findings without freezing the dialog, and connecting goes through the
// app's one way of opening a database.

#include "database_location.h"
#include "settings.h"
#include "ui_fixture.h"
#include "widgets/common/field_error_label.h"
#include "widgets/main/connect_server_dialog.h"
#include "widgets/main/recent_databases.h"
#include "widgets/main/server_probe_text.h"

#include <glidepath/storage/server_url.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>

using namespace glidepath;

namespace {

class ConnectServerDialogTest : public test::UiTest
{
protected:
    template <typename T> T* in(ui::ConnectServerDialog& dialog, const char* name)
    {
        return findIn<T>(&dialog, name);
    }

    void type(ui::ConnectServerDialog& dialog, const char* name, const QString& text)
    {
        in<QLineEdit>(dialog, name)->setText(text);
    }

    void chooseTls(ui::ConnectServerDialog& dialog, const QString& mode)
    {
        auto* combo = in<QComboBox>(dialog, "tlsCombo");
        combo->setCurrentIndex(combo->findData(mode));
    }

    void fillValid(ui::ConnectServerDialog& dialog)
    {
        type(dialog, "hostEdit", QStringLiteral("db.clinic.example"));
        type(dialog, "portEdit", QStringLiteral("5433"));
        type(dialog, "databaseEdit", QStringLiteral("clinic"));
        type(dialog, "userEdit", QStringLiteral("anna"));
        chooseTls(dialog, QStringLiteral("require"));
    }

    QString problem(ui::ConnectServerDialog& dialog)
    {
        return in<ui::FieldErrorLabel>(dialog, "problemLabel")->error();
    }

    // Runs Test Connection and waits for its findings (the probe runs on a worker thread).
    QString testConnection(ui::ConnectServerDialog& dialog)
    {
        QSignalSpy finished(&dialog, &ui::ConnectServerDialog::testFinished);
        in<QPushButton>(dialog, "testButton")->click();
        EXPECT_TRUE(dialog.isTesting());
        EXPECT_TRUE(finished.wait(20000)) << "the test did not finish";
        EXPECT_FALSE(dialog.isTesting());
        return dialog.resultText();
    }
};

} // namespace

TEST_F(ConnectServerDialogTest, EachWrongFieldIsNamedWithWhyAndConnectWaitsForValidFields)
{
    ui::ConnectServerDialog dialog;
    auto* connectButton = in<QPushButton>(dialog, "connectButton");
    EXPECT_TRUE(problem(dialog).startsWith(QStringLiteral("Host:")))
        << problem(dialog).toStdString();
    EXPECT_FALSE(connectButton->isEnabled());

    fillValid(dialog);
    EXPECT_TRUE(problem(dialog).isEmpty()) << problem(dialog).toStdString();
    EXPECT_TRUE(connectButton->isEnabled());

    type(dialog, "portEdit", QStringLiteral("70000"));
    EXPECT_TRUE(problem(dialog).startsWith(QStringLiteral("Port:")));
    EXPECT_TRUE(problem(dialog).contains(QStringLiteral("65535")));
    EXPECT_FALSE(connectButton->isEnabled());
    type(dialog, "portEdit", QString());
    EXPECT_TRUE(problem(dialog).isEmpty()) << "an empty port means the usual one";

    type(dialog, "hostEdit", QStringLiteral("db.clinic.example:5432"));
    EXPECT_TRUE(problem(dialog).contains(QStringLiteral("Port")));
    type(dialog, "hostEdit", QStringLiteral("db clinic"));
    EXPECT_TRUE(problem(dialog).startsWith(QStringLiteral("Host:")));
    type(dialog, "hostEdit", QStringLiteral("postgresql://db/clinic"));
    EXPECT_TRUE(problem(dialog).startsWith(QStringLiteral("Host:")));
    type(dialog, "hostEdit", QStringLiteral("db.clinic.example"));

    type(dialog, "databaseEdit", QString());
    EXPECT_TRUE(problem(dialog).startsWith(QStringLiteral("Database:")));
    type(dialog, "databaseEdit", QStringLiteral("clinic"));

    chooseTls(dialog, QStringLiteral("verify-full"));
    EXPECT_TRUE(in<QLineEdit>(dialog, "rootCertEdit")->isEnabled());
    type(dialog, "rootCertEdit", tempPath(QStringLiteral("missing-root.crt")));
    EXPECT_TRUE(problem(dialog).startsWith(QStringLiteral("Root certificate:")));
    EXPECT_FALSE(connectButton->isEnabled());
    chooseTls(dialog, QStringLiteral("require"));
    EXPECT_FALSE(in<QLineEdit>(dialog, "rootCertEdit")->isEnabled());
    EXPECT_TRUE(problem(dialog).isEmpty()) << "a root certificate is only used to verify";
}

TEST_F(ConnectServerDialogTest, ThePreviewIsTheAddressAndEachEncryptionChoiceExplainsItself)
{
    ui::ConnectServerDialog dialog;
    fillValid(dialog);
    auto* preview = in<QLabel>(dialog, "previewLabel");
    EXPECT_EQ(preview->text(),
              QStringLiteral("postgresql://anna@db.clinic.example:5433/clinic?sslmode=require"));

    QFile root(tempPath(QStringLiteral("root.crt")));
    ASSERT_TRUE(root.open(QIODevice::WriteOnly));
    root.close();
    chooseTls(dialog, QStringLiteral("verify-full"));
    type(dialog, "rootCertEdit", root.fileName());
    EXPECT_TRUE(preview->text().startsWith(
        QStringLiteral("postgresql://anna@db.clinic.example:5433/clinic?sslmode=verify-full&"
                       "sslrootcert=")))
        << preview->text().toStdString();
    // The preview parses back to the same fields.
    const storage::ServerUrl parsed = storage::parseServerUrl(preview->text().toStdString());
    EXPECT_EQ(parsed.parameter("sslrootcert"), root.fileName().toStdString());

    QStringList hints;
    for (const char* mode : {"disable", "prefer", "require", "verify-ca", "verify-full"}) {
        chooseTls(dialog, QString::fromLatin1(mode));
        const QString hint = in<QLabel>(dialog, "tlsHint")->text();
        EXPECT_FALSE(hint.isEmpty()) << mode;
        EXPECT_FALSE(hints.contains(hint)) << mode;
        hints << hint;
    }
}

TEST_F(ConnectServerDialogTest, ServersAreRememberedWithoutThePasswordAndTheLastIsPreselected)
{
    {
        ui::ConnectServerDialog dialog;
        fillValid(dialog);
        type(dialog, "passwordEdit", QStringLiteral("s3cret-Passw0rd"));
        EXPECT_EQ(dialog.login().password, "s3cret-Passw0rd");
        EXPECT_FALSE(in<QLabel>(dialog, "previewLabel")->text().contains(QStringLiteral("s3cret")));
        in<QPushButton>(dialog, "connectButton")->click();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_EQ(ui::ConnectServerDialog::recentServers(),
              QStringList{QStringLiteral(
                  "postgresql://anna@db.clinic.example:5433/clinic?sslmode=require")});
    QSettings settings;
    for (const QString& key : settings.allKeys()) {
        const QString value = settings.value(key).toStringList().join(QLatin1Char(' ')) +
                              settings.value(key).toString();
        EXPECT_FALSE(value.contains(QStringLiteral("s3cret"))) << key.toStdString();
    }

    ui::ConnectServerDialog again;
    EXPECT_EQ(in<QLineEdit>(again, "hostEdit")->text(), QStringLiteral("db.clinic.example"));
    EXPECT_EQ(in<QLineEdit>(again, "portEdit")->text(), QStringLiteral("5433"));
    EXPECT_EQ(in<QLineEdit>(again, "userEdit")->text(), QStringLiteral("anna"));
    EXPECT_EQ(in<QComboBox>(again, "tlsCombo")->currentData().toString(),
              QStringLiteral("require"));
    EXPECT_TRUE(in<QLineEdit>(again, "passwordEdit")->text().isEmpty());
    EXPECT_TRUE(again.login().password.empty());
}

TEST_F(ConnectServerDialogTest, TestConnectionToNoServerSaysSoInPlainWords)
{
    ui::ConnectServerDialog dialog;
    fillValid(dialog);
    type(dialog, "hostEdit", tempPath(QStringLiteral("no-server-here")));
    const QString result = testConnection(dialog);
    EXPECT_TRUE(result.startsWith(QStringLiteral("No server answers at this address")))
        << result.toStdString();
    EXPECT_FALSE(in<QLineEdit>(dialog, "passwordEdit")->isVisible()) << "no password was asked for";
}

TEST_F(ConnectServerDialogTest, ATestWaitingForASilentServerKeepsTheDialogUsableAndStops)
{
    // A loopback port that accepts and never answers: the kernel completes the connection.
    const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    ASSERT_EQ(::bind(silent, reinterpret_cast<sockaddr*>(&address), length), 0);
    ASSERT_EQ(::listen(silent, 4), 0);
    ASSERT_EQ(::getsockname(silent, reinterpret_cast<sockaddr*>(&address), &length), 0);

    ui::ConnectServerDialog dialog;
    fillValid(dialog);
    type(dialog, "hostEdit", QStringLiteral("127.0.0.1"));
    type(dialog, "portEdit", QString::number(ntohs(address.sin_port)));
    chooseTls(dialog, QStringLiteral("disable"));
    QSignalSpy finished(&dialog, &ui::ConnectServerDialog::testFinished);
    auto* test = in<QPushButton>(dialog, "testButton");
    test->click();
    EXPECT_TRUE(dialog.resultText().startsWith(QStringLiteral("Connecting to postgresql://")));
    // The event loop runs while the worker waits: the fields still take typing.
    QTest::qWait(200);
    EXPECT_TRUE(dialog.isTesting());
    EXPECT_EQ(test->text(), QStringLiteral("&Stop Test"));
    type(dialog, "userEdit", QStringLiteral("ben"));
    EXPECT_TRUE(in<QLabel>(dialog, "previewLabel")->text().contains(QStringLiteral("ben@")));
    test->click();
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(dialog.resultText(), QStringLiteral("The test was stopped."));
    EXPECT_EQ(test->text(), QStringLiteral("&Test Connection"));

    // And without a stop, the time allowed ends the wait with a plain word.
    dialog.setProbeTimeout(std::chrono::milliseconds(300));
    EXPECT_TRUE(
        testConnection(dialog).startsWith(QStringLiteral("The server did not answer in time")));
    ::close(silent);
}

TEST_F(ConnectServerDialogTest, TestConnectionToTheTestServerReportsItsFindings)
{
    const char* server = std::getenv("GLIDEPATH_TEST_PG");
    if (server == nullptr || *server == '\0') {
        GTEST_SKIP() << "GLIDEPATH_TEST_PG is not set (scripts/test sets it)";
    }
    ui::ConnectServerDialog dialog;
    dialog.fill(storage::parseServerUrl(server));
    const QString result = testConnection(dialog);
    EXPECT_TRUE(result.startsWith(QStringLiteral("Server reached: PostgreSQL ")))
        << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("this computer"))) << "a local socket";

    type(dialog, "databaseEdit", QStringLiteral("gp_no_such_database"));
    const QString missing = testConnection(dialog);
    EXPECT_TRUE(
        missing.startsWith(QStringLiteral("The server has no database “gp_no_such_database”")))
        << missing.toStdString();
}

TEST_F(ConnectServerDialogTest, ConnectGoesThroughTheAppsOpenAndShowsStoragesOneSentence)
{
    window();
    const std::filesystem::path before = context().database().path();
    const QString address = QStringLiteral("postgresql://anna@db.clinic.example/clinic");
    ui::ConnectServerDialog::setNextAnswer(
        storage::ServerLogin{storage::parseServerUrl(address.toStdString()), "typed-password"});
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    action("actionConnectServer")->trigger();
    const QString said = ui::MessageBox::lastText();
    EXPECT_TRUE(said.contains(address)) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("clinic server"))) << said.toStdString();
    EXPECT_FALSE(said.contains(QStringLiteral("typed-password")));
    EXPECT_EQ(context().database().path(), before) << "the open database stays open";
    EXPECT_TRUE(window().windowTitle().startsWith(QStringLiteral("test.db")));
}

TEST_F(ConnectServerDialogTest, AServerIsAFirstClassLocationInRecentAndTitles)
{
    const QString address = QStringLiteral("postgresql://anna@db.clinic.example/clinic");
    ui::RecentDatabases::add(address);
    EXPECT_EQ(ui::RecentDatabases::paths().front(), address);
    ui::RecentDatabases recent;
    emit recent.menu()->aboutToShow();
    const QList<QAction*> entries = recent.menu()->actions();
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_EQ(entries.front()->data().toString(), address);
    EXPECT_TRUE(entries.front()->isEnabled());
    EXPECT_TRUE(entries.front()->text().contains(QStringLiteral("clinic on db.clinic.example")))
        << entries.front()->text().toStdString();

    EXPECT_EQ(ui::shortLocationName(address), QStringLiteral("clinic on db.clinic.example"));
    EXPECT_EQ(ui::shortLocationName(QStringLiteral("postgresql://anna@%2Ftmp%2Fsock/clinic")),
              QStringLiteral("clinic on this computer"));
    EXPECT_EQ(ui::normalLocation(QStringLiteral("POSTGRES://anna@db.clinic.example/clinic")),
              address);
    // An address that does not parse is shown without what may be a password.
    EXPECT_FALSE(ui::shownLocation(QStringLiteral("postgresql://anna:pw@db/clinic"))
                     .contains(QStringLiteral("pw@")));

    // The last location opened is opened again at the next start, even a server.
    QSettings().setValue(ui::settings::kLastDatabase, address);
    EXPECT_EQ(QString::fromStdString(ui::chooseDatabasePath({}).string()), address);
}

TEST(ServerProbeWords, EachFailureSaysWhatToDoAndThePasswordNeverAppears)
{
    using Reach = storage::ServerProbe::Reach;
    storage::ServerUrl url = storage::parseServerUrl("postgresql://anna@db.clinic.example/clinic");
    storage::ServerProbe probe;
    probe.reach = Reach::PasswordNeeded;
    EXPECT_TRUE(ui::ServerProbeText::describe(probe, url).contains(QStringLiteral("~/.pgpass")));
    probe.reach = Reach::WrongPassword;
    EXPECT_TRUE(ui::ServerProbeText::describe(probe, url).contains(QStringLiteral("“anna”")));
    probe.reach = Reach::NoDatabase;
    probe.message = "FATAL:  database \"clinic\" does not exist";
    const QString missing = ui::ServerProbeText::describe(probe, url);
    EXPECT_TRUE(missing.startsWith(QStringLiteral("The server has no database “clinic”")));
    EXPECT_TRUE(missing.contains(QStringLiteral("The server said: FATAL")));
    probe.reach = Reach::TlsRequired;
    EXPECT_TRUE(ui::ServerProbeText::describe(probe, url).contains(QStringLiteral("encrypt")));
    EXPECT_TRUE(ui::ServerProbeText::isWarning(probe, url));

    storage::ServerProbe reached;
    reached.reach = Reach::Reached;
    reached.serverVersion = "15.5";
    reached.schema = storage::ServerProbe::Schema::Older;
    reached.serverSchemaVersion = 1;
    reached.programSchemaVersion = 2;
    reached.canWrite = false;
    const QString found = ui::ServerProbeText::describe(reached, url);
    EXPECT_TRUE(found.contains(QStringLiteral("PostgreSQL 15.5"))) << found.toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("upgraded to version 2")));
    EXPECT_TRUE(found.contains(QStringLiteral("can only read")));
    EXPECT_TRUE(found.contains(QStringLiteral("NOT encrypted")));
    EXPECT_TRUE(ui::ServerProbeText::isWarning(reached, url)) << "unencrypted over a network";
    reached.tlsInUse = true;
    reached.tlsProtocol = "TLSv1.3";
    EXPECT_TRUE(ui::ServerProbeText::describe(reached, url)
                    .contains(QStringLiteral("encrypted (TLSv1.3)")));
    EXPECT_FALSE(ui::ServerProbeText::isWarning(reached, url));
}

// With GLIDEPATH_SCREENSHOTS=folder: the dialog as a clinician sees it after a good test
// (docs/images/connect-server.png).
TEST_F(ConnectServerDialogTest, Screenshot)
{
    const QString folder = qEnvironmentVariable("GLIDEPATH_SCREENSHOTS");
    if (folder.isEmpty()) {
        GTEST_SKIP() << "set GLIDEPATH_SCREENSHOTS to a folder to save it";
    }
    ui::ConnectServerDialog::rememberServer(
        storage::parseServerUrl("postgresql://anna@clinic-db.example.lan/glidepath?sslmode="
                                "verify-full"));
    ui::ConnectServerDialog dialog;
    storage::ServerProbe probe;
    probe.reach = storage::ServerProbe::Reach::Reached;
    probe.serverVersion = "15.5";
    probe.schema = storage::ServerProbe::Schema::Same;
    probe.serverSchemaVersion = probe.programSchemaVersion = 2;
    probe.canWrite = true;
    probe.tlsInUse = true;
    probe.tlsProtocol = "TLSv1.3";
    dialog.showProbe(probe, *dialog.url());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.resize(dialog.width(), dialog.sizeHint().height());
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog.grab().save(folder + QStringLiteral("/connect-server.png")));
}

TEST(ServerLocationStartup, APositionalAddressAndGlidepathDbNameTheServer)
{
    QSettings().remove(ui::settings::kLastDatabase);
    const QString address = QStringLiteral("postgresql://anna@db.clinic.example/clinic");
    QString error;
    const auto positional = ui::parseCommandLine({QStringLiteral("glidepath"), address}, &error);
    ASSERT_TRUE(positional.has_value()) << error.toStdString();
    EXPECT_EQ(positional->databasePath, address);
    EXPECT_TRUE(positional->libraryFile.isEmpty());
    EXPECT_EQ(QString::fromStdString(ui::chooseDatabasePath(*positional).string()), address);

    qputenv("GLIDEPATH_DB", address.toUtf8());
    const auto none = ui::parseCommandLine({QStringLiteral("glidepath")}, &error);
    ASSERT_TRUE(none.has_value());
    EXPECT_EQ(QString::fromStdString(ui::chooseDatabasePath(*none).string()), address);
    qunsetenv("GLIDEPATH_DB");
    try {
        ui::openDatabase(ui::chooseDatabasePath(*positional));
        ADD_FAILURE() << "opened a server that does not exist";
    } catch (const storage::StorageError& e) {
        // The address goes to the server (which is not there), not to a file of that name.
        EXPECT_EQ(e.kind(), storage::StorageError::Kind::Io) << e.what();
        EXPECT_NE(std::string(e.what()).find("db.clinic.example"), std::string::npos) << e.what();
    }
}
