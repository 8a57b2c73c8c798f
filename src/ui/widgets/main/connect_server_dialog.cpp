#include "widgets/main/connect_server_dialog.h"

#include "widgets/common/field_error_label.h"
#include "widgets/common/message_box.h"
#include "widgets/main/server_fields.h"
#include "widgets/main/server_probe_text.h"

#include <glidepath/storage/server_probe.h>
#include <glidepath/storage/storage_error.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

#include <deque>

namespace glidepath::ui {

namespace {

const QString kRecentServersKey = QStringLiteral("clinicServer/recent");

std::deque<std::optional<storage::ServerLogin>>& queuedAnswers()
{
    static std::deque<std::optional<storage::ServerLogin>> answers;
    return answers;
}

bool verifies(const QString& mode)
{
    return mode.startsWith(QLatin1String("verify-"));
}

} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(tr("Connect to Clinic Server"));
    buildForm();
    const QStringList recent = recentServers();
    for (const QString& address : recent) {
        m_recent->addItem(address, address);
    }
    m_recent->setVisible(!recent.isEmpty());
    m_recentLabel->setVisible(!recent.isEmpty());
    if (!recent.isEmpty()) {
        try {
            fill(storage::parseServerUrl(recent.front().toStdString()));
        } catch (const storage::StorageError&) {
            // A remembered address this version cannot read: start with empty fields.
        }
    }
    updateTlsHint();
    updatePreview();
}

ConnectServerDialog::~ConnectServerDialog()
{
    // The worker holds copies only, but must not outlive the dialog's wait: stop it now.
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
    }
}

void ConnectServerDialog::buildForm()
{
    const auto edit = [this](const char* name, const QString& placeholder) {
        auto* line = new QLineEdit(this);
        line->setObjectName(QString::fromLatin1(name));
        line->setPlaceholderText(placeholder);
        connect(line, &QLineEdit::textChanged, this, &ConnectServerDialog::updatePreview);
        return line;
    };
    auto* intro = new QLabel(tr("Work on the clinic's shared database. Ask the person who looks "
                                "after the server for these details; the password is never "
                                "saved by Glidepath."),
                             this);
    intro->setWordWrap(true);

    m_recent = new QComboBox(this);
    m_recent->setObjectName(QStringLiteral("recentServers"));
    m_recent->setAccessibleName(tr("Servers used before"));
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        try {
            fill(storage::parseServerUrl(m_recent->itemData(index).toString().toStdString()));
        } catch (const storage::StorageError&) {
        }
    });
    m_host = edit("hostEdit", QStringLiteral("db.clinic.example"));
    m_port = edit("portEdit", QStringLiteral("5432"));
    m_database = edit("databaseEdit", QStringLiteral("glidepath"));
    m_user = edit("userEdit", tr("your login name"));

    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("tlsCombo"));
    m_tls->addItem(tr("Never encrypt (disable)"), QStringLiteral("disable"));
    m_tls->addItem(tr("Encrypt if the server can (prefer)"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Always encrypt (require)"), QStringLiteral("require"));
    m_tls->addItem(tr("Encrypt and check the certificate (verify-ca)"),
                   QStringLiteral("verify-ca"));
    m_tls->addItem(tr("Encrypt, check the certificate and the name (verify-full)"),
                   QStringLiteral("verify-full"));
    m_tls->setCurrentIndex(m_tls->findData(QStringLiteral("require")));
    connect(m_tls, &QComboBox::currentIndexChanged, this, [this] {
        updateTlsHint();
        updatePreview();
    });
    m_tlsHint = new QLabel(this);
    m_tlsHint->setObjectName(QStringLiteral("tlsHint"));
    m_tlsHint->setWordWrap(true);
    m_tlsHint->setForegroundRole(QPalette::PlaceholderText);

    m_rootCert = edit("rootCertEdit", QStringLiteral("~/.postgresql/root.crt"));
    m_rootCertButton = new QPushButton(tr("Choose…"), this);
    m_rootCertButton->setObjectName(QStringLiteral("rootCertButton"));
    connect(m_rootCertButton, &QPushButton::clicked, this,
            &ConnectServerDialog::chooseRootCertificate);
    auto* rootCertRow = new QHBoxLayout;
    rootCertRow->addWidget(m_rootCert, 1);
    rootCertRow->addWidget(m_rootCertButton);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Used for this connection only, never saved"));

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Used &before:"), m_recent);
    m_recentLabel = qobject_cast<QLabel*>(form->labelForField(m_recent));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(QString(), m_tlsHint);
    // A row whose field is a layout gets no buddy from addRow: name it so that Alt+R works.
    auto* rootCertLabel = new QLabel(tr("&Root certificate:"), this);
    rootCertLabel->setBuddy(m_rootCert);
    form->addRow(rootCertLabel, rootCertRow);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Address:"), m_preview);
    m_passwordLabel = qobject_cast<QLabel*>(form->labelForField(m_password));
    m_passwordLabel->setVisible(false);
    m_password->setVisible(false);

    m_problem = new FieldErrorLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setFrameShape(QFrame::StyledPanel);
    m_result->setMargin(6);
    m_result->setVisible(false);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_test, &QPushButton::clicked, this,
            [this] { isTesting() ? stopTest() : testConnection(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectServerDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

std::optional<storage::ServerUrl> ConnectServerDialog::url(QString* problem) const
{
    return ServerFields{m_host->text(),
                        m_port->text(),
                        m_database->text(),
                        m_user->text(),
                        m_tls->currentData().toString(),
                        m_rootCert->text()}
        .url(problem);
}

storage::ServerLogin ConnectServerDialog::login() const
{
    return storage::ServerLogin{url().value_or(storage::ServerUrl{}),
                                m_password->isVisible() || !m_password->text().isEmpty()
                                    ? m_password->text().toStdString()
                                    : std::string()};
}

void ConnectServerDialog::fill(const storage::ServerUrl& url)
{
    m_host->setText(QString::fromStdString(url.host));
    m_port->setText(QString::fromStdString(url.port));
    m_database->setText(QString::fromStdString(url.database));
    m_user->setText(QString::fromStdString(url.user));
    const int mode = m_tls->findData(QString::fromStdString(url.parameter("sslmode")));
    // An address without sslmode gets libpq's own default, "prefer".
    m_tls->setCurrentIndex(mode >= 0 ? mode : m_tls->findData(QStringLiteral("prefer")));
    m_rootCert->setText(QString::fromStdString(url.parameter("sslrootcert")));
    m_password->clear();
    updatePreview();
}

void ConnectServerDialog::updatePreview()
{
    QString problem;
    const std::optional<storage::ServerUrl> address = url(&problem);
    m_preview->setText(address ? QString::fromStdString(address->toString()) : QString());
    m_problem->setError(address ? QString() : problem);
    m_connect->setEnabled(address.has_value());
    m_test->setEnabled(address.has_value() || isTesting());
}

void ConnectServerDialog::updateTlsHint()
{
    const QString mode = m_tls->currentData().toString();
    m_tlsHint->setText(ServerProbeText::tlsModeHint(mode));
    const bool checks = verifies(mode);
    m_rootCert->setEnabled(checks);
    m_rootCertButton->setEnabled(checks);
}

void ConnectServerDialog::chooseRootCertificate()
{
    const QString file = FileDialog::getOpenFileName(
        this, tr("Choose the root certificate"), QDir::homePath() + QStringLiteral("/.postgresql"),
        tr("Certificates (*.crt *.pem);;All files (*)"));
    if (!file.isEmpty()) {
        m_rootCert->setText(file);
    }
}

void ConnectServerDialog::testConnection()
{
    const std::optional<storage::ServerUrl> address = url();
    if (!address || isTesting()) {
        return;
    }
    const storage::ServerLogin login = this->login();
    const std::chrono::milliseconds timeout = m_timeout;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    QPointer<ConnectServerDialog> self(this);
    m_worker = QThread::create([login, timeout, cancel, self] {
        const storage::ServerProbe probe = storage::probeServer(login, timeout, cancel.get());
        const storage::ServerUrl url = login.url;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, probe, url] {
                if (self) {
                    self->showProbe(probe, url);
                }
            },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_test->setText(tr("&Stop Test"));
    m_result->setVisible(true);
    m_result->setText(tr("Connecting to %1…").arg(QString::fromStdString(address->toString())));
    m_worker->start();
}

void ConnectServerDialog::stopTest()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void ConnectServerDialog::showProbe(const storage::ServerProbe& probe,
                                    const storage::ServerUrl& url)
{
    m_worker = nullptr;
    m_test->setText(tr("&Test Connection"));
    m_result->setVisible(true);
    m_result->setText(ServerProbeText::describe(probe, url));
    QPalette colours = palette();
    if (ServerProbeText::isWarning(probe, url)) {
        colours.setColor(QPalette::WindowText, errorTextColour(palette()));
    }
    m_result->setPalette(colours);
    using Reach = storage::ServerProbe::Reach;
    if (probe.reach == Reach::PasswordNeeded || probe.reach == Reach::WrongPassword) {
        m_passwordLabel->setVisible(true);
        m_password->setVisible(true);
        m_password->setFocus();
    }
    updatePreview();
    emit testFinished();
}

QString ConnectServerDialog::resultText() const
{
    return m_result->text();
}

void ConnectServerDialog::accept()
{
    const std::optional<storage::ServerUrl> address = url();
    if (!address) {
        return;
    }
    stopTest();
    rememberServer(*address);
    QDialog::accept();
}

QStringList ConnectServerDialog::recentServers()
{
    return QSettings().value(kRecentServersKey).toStringList();
}

void ConnectServerDialog::rememberServer(const storage::ServerUrl& url)
{
    // ServerUrl cannot hold a password, so nothing secret can end up in the settings.
    const QString address = QString::fromStdString(url.toString());
    QStringList list = recentServers();
    list.removeAll(address);
    list.prepend(address);
    while (list.size() > kMaximumRecent) {
        list.removeLast();
    }
    QSettings().setValue(kRecentServersKey, list);
}

std::optional<storage::ServerLogin> ConnectServerDialog::ask(QWidget* parent)
{
    if (!queuedAnswers().empty()) {
        std::optional<storage::ServerLogin> answer = queuedAnswers().front();
        queuedAnswers().pop_front();
        return answer;
    }
    ConnectServerDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.login();
}

void ConnectServerDialog::setNextAnswer(std::optional<storage::ServerLogin> answer)
{
    queuedAnswers().push_back(std::move(answer));
}

} // namespace glidepath::ui
