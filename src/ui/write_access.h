#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QWidget;

namespace glidepath::ui {

class AppContext;

// A clinic may give a login the right to read only (docs/clinic-server.md). Then everything that
// would write — adding, editing, deleting, importing, saving a plan — is switched off, with a
// tooltip saying why, instead of letting the server refuse each save; it comes back on when a
// database that may be written is opened. storage::Database::canWrite() says which it is.
//
// Pages hand their writing controls to guard(). A guarded widget stays off while the database is
// read-only even when its page's own state logic switches it on (the state it asked for is kept
// and given back when writing is possible again); guarded actions sit in one action group.
class WriteAccess : public QObject
{
    Q_OBJECT

public:
    // The context's one WriteAccess, made on first use.
    static WriteAccess& of(AppContext& context);

    bool canWrite() const { return m_canWrite; }
    void guard(QWidget* widget);
    void guard(QAction* action);

    // The tooltip of a switched-off control, and the word for the title and the status bar.
    static QString readOnlyReason();
    static QString readOnlyWord();

signals:
    void changed(bool canWrite);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WriteAccess(AppContext& context);
    void update();
    void apply(QWidget* widget);

    AppContext& m_context;
    QActionGroup* m_actions;
    QList<QPointer<QWidget>> m_widgets;
    bool m_canWrite = true;
    bool m_applying = false;
};

} // namespace glidepath::ui
