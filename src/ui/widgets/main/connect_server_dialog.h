#pragma once

#include <glidepath/storage/server_probe.h>

#include <QDialog>
#include <QPointer>
#include <QThread>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

namespace glidepath::ui {

class FieldErrorLabel;

// File ▸ Connect to Clinic Server…: host, port, database, user and how to encrypt, with the
// address it makes shown as it is typed. The servers used before are offered again (the last
// one first); a password never is: libpq reads ~/.pgpass or PGPASSFILE itself, and a password
// typed here when the server asks for one is handed on in memory only (storage::ServerLogin).
// Test Connection runs on a worker thread, so the dialog stays usable and the test can be
// stopped.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget* parent = nullptr);
    ~ConnectServerDialog() override;

    // The address the fields make, or nullopt with *problem saying which field is wrong and why.
    std::optional<storage::ServerUrl> url(QString* problem = nullptr) const;
    // The address with the password typed, if any (valid fields only).
    storage::ServerLogin login() const;
    void fill(const storage::ServerUrl& url);

    void testConnection();
    void stopTest();
    bool isTesting() const { return m_worker != nullptr; }
    QString resultText() const;
    void setProbeTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Shows what a test found (the worker's result; also for screenshots of the dialog).
    void showProbe(const storage::ServerProbe& probe, const storage::ServerUrl& url);

    // The servers connected to from this dialog, newest first (addresses without passwords).
    static QStringList recentServers();
    static void rememberServer(const storage::ServerUrl& url);

    // Shows the dialog; the login to connect with, or nullopt when cancelled. A queued answer
    // (tests) is returned without showing anything.
    static std::optional<storage::ServerLogin> ask(QWidget* parent = nullptr);
    static void setNextAnswer(std::optional<storage::ServerLogin> answer);

    static constexpr int kMaximumRecent = 8;

signals:
    void testFinished();

protected:
    void accept() override;

private:
    void buildForm();
    void updatePreview();
    void updateTlsHint();
    void chooseRootCertificate();

    QLabel* m_recentLabel = nullptr;
    QComboBox* m_recent = nullptr;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_tls = nullptr;
    QLabel* m_tlsHint = nullptr;
    QLineEdit* m_rootCert = nullptr;
    QPushButton* m_rootCertButton = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_preview = nullptr;
    FieldErrorLabel* m_problem = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_connect = nullptr;

    std::chrono::milliseconds m_timeout{10000};
    QPointer<QThread> m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace glidepath::ui
