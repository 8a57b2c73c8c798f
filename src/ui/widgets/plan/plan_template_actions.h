#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace glidepath::ui {

class AppContext;
class PlanPage;

// The Plan page's Templates menu: save the plan on show as a named template, start the draft
// from a template, copy the plan on show to another client (as that client's new draft, within
// their own limits), and delete a template. The dialogs only ask; the work is in the methods that
// take the answer, which the tests call directly. Every change goes through the command facade.
class PlanTemplateActions : public QObject
{
    Q_OBJECT

public:
    PlanTemplateActions(AppContext& context, PlanPage& page, QWidget* dialogParent);

    QMenu* menu() const { return m_menu; }

    // Each returns an empty string when it worked, otherwise why not (also shown to the user by
    // the menu's dialogs). A note from a template applied (exercises left out) goes to the status
    // bar.
    QString saveAsTemplate(const QString& name, const QString& note = {});
    QString startFromTemplate(qint64 templateId);
    QString copyToClient(qint64 clientId);
    QString deleteTemplate(qint64 templateId);

    // Enables the actions for what the page shows now.
    void updateState();

private:
    void askSaveAsTemplate();
    void askStartFromTemplate();
    void askCopyToClient();
    void askDeleteTemplate();
    // A template picked from the stored ones; -1 when cancelled or there are none.
    qint64 pickTemplate(const QString& title, const QString& label);
    void report(const QString& title, const QString& problem);

    AppContext& m_context;
    PlanPage& m_page;
    QWidget* m_dialogParent;
    QMenu* m_menu;
    QAction* m_save;
    QAction* m_start;
    QAction* m_copy;
    QAction* m_delete;
};

} // namespace glidepath::ui
