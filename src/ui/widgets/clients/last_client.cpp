#include "widgets/clients/last_client.h"

#include "app_context.h"

#include <QSettings>

namespace glidepath::ui {

namespace {

const QString kLastClient = QStringLiteral("clients/lastClient");
const QString kLastClientDatabase = QStringLiteral("clients/lastClientDatabase");

QString databaseKey(AppContext& context)
{
    return QString::fromStdString(context.database().path().string());
}

} // namespace

LastClient::LastClient(AppContext& context, QObject* parent) : QObject(parent), m_context(context)
{
    connect(&m_context, &AppContext::currentClientChanged, this, &LastClient::remember);
    connect(&m_context, &AppContext::databaseReplaced, this, &LastClient::restore);
    restore();
}

void LastClient::remember() const
{
    if (m_context.mode() != AppMode::Clinician || m_context.currentClientId() <= 0) {
        return;
    }
    QSettings settings;
    settings.setValue(kLastClient, m_context.currentClientId());
    settings.setValue(kLastClientDatabase, databaseKey(m_context));
}

void LastClient::restore()
{
    if (m_context.mode() != AppMode::Clinician || m_context.currentClientId() > 0) {
        return;
    }
    const QSettings settings;
    if (settings.value(kLastClientDatabase).toString() != databaseKey(m_context)) {
        return;
    }
    bool ok = false;
    const qint64 id = settings.value(kLastClient).toLongLong(&ok);
    try {
        if (ok && m_context.clients().find(id)) {
            m_context.setCurrentClientId(id);
        }
    } catch (const std::exception&) {
        // An unreadable client is simply not chosen again; the list shows what can be read.
    }
}

} // namespace glidepath::ui
