#pragma once

#include <QObject>

namespace glidepath::ui {

// The one way views learn that stored data changed. Only undo commands (src/ui/commands) and
// AppContext (a database opened or restored) emit these, after a change is made, undone or
// redone; every view listens and reloads what it shows. Widgets never emit them: a widget that
// changes data goes through the command facade, so a change, its undo and its redo refresh the
// views the same way.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void exercisesChanged(); // any exercise created, edited, hidden or deleted
    void clientsChanged();   // a client created, edited, deleted or put back
    void checkInsChanged(qint64 clientId);
    void plansChanged(qint64 clientId); // a plan version saved, or taken back by undo
    // Session logs or PSFS assessments of the client added, edited or removed (tracking).
    void trackingChanged(qint64 clientId);
    // A clinician review of the client recorded, or taken back by undo.
    void reviewsChanged(qint64 clientId);
    void templatesChanged(); // a plan template saved, imported or deleted
};

} // namespace glidepath::ui
