#pragma once

#include <QObject>

namespace glidepath::ui {

class AppContext;

// In clinician mode, the client chosen last time in a database is chosen again when that database
// is opened (at start, or by File ▸ Open). Kept apart from the Clients page, which is built only
// when first shown: the Plan and Progress pages follow the restored client even if the Clients
// page was never opened.
class LastClient : public QObject
{
    Q_OBJECT

public:
    // Restores the last client now, then follows the context's client and database changes.
    explicit LastClient(AppContext& context, QObject* parent = nullptr);

private:
    void remember() const;
    void restore();

    AppContext& m_context;
};

} // namespace glidepath::ui
