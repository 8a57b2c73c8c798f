#include "widgets/plan/plan_template_actions.h"

#include "app_context.h"
#include "commands/command.h"
#include "commands/undo_command.h"
#include "models/plan_model.h"
#include "widgets/common/message_box.h"
#include "widgets/plan/plan_page.h"

#include <glidepath/core/plan_template.h>

#include <QInputDialog>
#include <QMenu>

namespace glidepath::ui {

PlanTemplateActions::PlanTemplateActions(AppContext& context, PlanPage& page, QWidget* dialogParent)
    : QObject(&page), m_context(context), m_page(page), m_dialogParent(dialogParent),
      m_menu(new QMenu(dialogParent))
{
    m_menu->setObjectName(QStringLiteral("planTemplatesMenu"));
    m_save = m_menu->addAction(tr("&Save this week as a template…"), this,
                               &PlanTemplateActions::askSaveAsTemplate);
    m_save->setObjectName(QStringLiteral("actionSaveAsTemplate"));
    m_start = m_menu->addAction(tr("Start the draft from a &template…"), this,
                                &PlanTemplateActions::askStartFromTemplate);
    m_start->setObjectName(QStringLiteral("actionStartFromTemplate"));
    m_copy = m_menu->addAction(tr("&Copy this plan to another client…"), this,
                               &PlanTemplateActions::askCopyToClient);
    m_copy->setObjectName(QStringLiteral("actionCopyPlanToClient"));
    m_menu->addSeparator();
    m_delete =
        m_menu->addAction(tr("&Delete a template…"), this, &PlanTemplateActions::askDeleteTemplate);
    m_delete->setObjectName(QStringLiteral("actionDeleteTemplate"));
    connect(m_menu, &QMenu::aboutToShow, this, &PlanTemplateActions::updateState);
}

void PlanTemplateActions::updateState()
{
    const core::Plan* plan = m_page.shownPlan();
    const bool exercisePlan = plan && plan->decision.action != core::Action::Refer;
    bool anyTemplate = false;
    try {
        anyTemplate = !m_context.templates().list().empty();
    } catch (const std::exception&) {
        anyTemplate = false;
    }
    m_save->setEnabled(exercisePlan);
    // Personal mode keeps one profile, the user's own: there is no other client to copy to.
    m_copy->setVisible(m_context.mode() == AppMode::Clinician);
    m_copy->setEnabled(exercisePlan && m_context.mode() == AppMode::Clinician);
    m_start->setEnabled(anyTemplate && m_page.canEditDraft());
    m_delete->setEnabled(anyTemplate);
}

QString PlanTemplateActions::saveAsTemplate(const QString& name, const QString& note)
{
    const core::Plan* plan = m_page.shownPlan();
    if (!plan || plan->decision.action == core::Action::Refer) {
        return tr("Show a plan with exercises to save it as a template.");
    }
    const core::PlanTemplate source =
        core::templateFromPlan(*plan, name.trimmed().toStdString(), note.trimmed().toStdString());
    const command::Outcome outcome = command::saveTemplate(m_context, source);
    if (!outcome) {
        return outcome.message;
    }
    emit m_context.statusMessage(tr("Saved the template “%1”.").arg(name.trimmed()));
    return {};
}

QString PlanTemplateActions::startFromTemplate(qint64 templateId)
{
    const auto stored = m_context.templates().find(templateId);
    if (!stored) {
        return tr("That template is no longer stored.");
    }
    if (!m_page.canEditDraft()) {
        return tr("Press Plan next week first: a template fills the draft of the week, within "
                  "this client's limits.");
    }
    const command::Outcome outcome = command::applyTemplate(m_context, *m_page.draftModel(),
                                                            stored->plan, *m_page.alternatives());
    if (!outcome) {
        return outcome.message;
    }
    const QString name = QString::fromStdString(stored->plan.name);
    emit m_context.statusMessage(
        outcome.message.isEmpty()
            ? tr("Started the week from “%1”.").arg(name)
            : tr("Started the week from “%1”. %2").arg(name, outcome.message));
    return {};
}

QString PlanTemplateActions::copyToClient(qint64 clientId)
{
    const core::Plan* shown = m_page.shownPlan();
    const qint64 fromId = m_context.currentClientId();
    if (!shown || shown->decision.action == core::Action::Refer) {
        return tr("Show a plan with exercises to copy it.");
    }
    const auto from = m_context.clients().find(fromId);
    const auto target = m_context.clients().find(clientId);
    if (!from || !target || clientId == fromId) {
        return tr("Choose another client to copy the plan to.");
    }
    // The copy becomes the other client's draft for their own next week: the engine plans the
    // week from their answers first (a red flag gives referral advice, not a plan), and only
    // exercises their limits allow are taken over.
    const core::PlanTemplate copy = core::templateFromPlan(
        *shown, tr("the plan of %1").arg(QString::fromStdString(from->profile.name)).toStdString());
    m_context.setCurrentClientId(clientId);
    m_page.planNextWeek();
    if (!m_page.canEditDraft()) {
        return tr("%1's own week could not take the plan (see the Plan page): nothing was copied.")
            .arg(QString::fromStdString(target->profile.name));
    }
    const command::Outcome outcome =
        command::applyTemplate(m_context, *m_page.draftModel(), copy, *m_page.alternatives());
    if (!outcome) {
        return outcome.message;
    }
    emit m_context.statusMessage(
        tr("Copied into the draft of %1; check it and save. %2")
            .arg(QString::fromStdString(target->profile.name), outcome.message)
            .trimmed());
    return {};
}

QString PlanTemplateActions::deleteTemplate(qint64 templateId)
{
    const command::Outcome outcome = command::deleteTemplate(m_context, templateId);
    return outcome ? QString() : outcome.message;
}

void PlanTemplateActions::report(const QString& title, const QString& problem)
{
    if (!problem.isEmpty()) {
        MessageBox::warning(m_dialogParent, title, problem);
    }
}

void PlanTemplateActions::askSaveAsTemplate()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_dialogParent, tr("Save as template"),
                              tr("Name of the template (for example “PFP runner, phase 1”):"),
                              QLineEdit::Normal, {}, &ok);
    if (ok) {
        report(tr("Template not saved"), saveAsTemplate(name));
    }
}

qint64 PlanTemplateActions::pickTemplate(const QString& title, const QString& label)
{
    std::vector<storage::StoredTemplate> templates;
    try {
        templates = m_context.templates().list();
    } catch (const std::exception& error) {
        report(title, command::describeFailure(error));
        return -1;
    }
    if (templates.empty()) {
        report(title, tr("There are no templates yet. Save a week as a template first."));
        return -1;
    }
    QStringList names;
    for (const storage::StoredTemplate& stored : templates) {
        names << QString::fromStdString(stored.plan.name);
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_dialogParent, title, label, names, 0, false, &ok);
    const auto index = names.indexOf(chosen);
    return ok && index >= 0 ? templates[std::size_t(index)].id : -1;
}

void PlanTemplateActions::askStartFromTemplate()
{
    const qint64 id = pickTemplate(tr("Start from a template"),
                                   tr("The template's week replaces the draft's days:"));
    if (id > 0) {
        report(tr("Template not applied"), startFromTemplate(id));
    }
}

void PlanTemplateActions::askDeleteTemplate()
{
    const qint64 id = pickTemplate(tr("Delete a template"),
                                   tr("Template to delete (Edit ▸ Undo brings it back):"));
    if (id > 0) {
        report(tr("Template not deleted"), deleteTemplate(id));
    }
}

void PlanTemplateActions::askCopyToClient()
{
    QStringList names;
    std::vector<qint64> ids;
    try {
        for (const storage::ClientRecord& client : m_context.clients().list()) {
            if (client.id != m_context.currentClientId() && !client.personal) {
                names << QString::fromStdString(client.profile.name);
                ids.push_back(client.id);
            }
        }
    } catch (const std::exception& error) {
        report(tr("Plan not copied"), command::describeFailure(error));
        return;
    }
    if (names.isEmpty()) {
        report(tr("Plan not copied"), tr("There is no other client to copy the plan to."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_dialogParent, tr("Copy the plan to another client"),
        tr("The plan becomes this client's draft for their next week:"), names, 0, false, &ok);
    const auto index = names.indexOf(chosen);
    if (ok && index >= 0) {
        report(tr("Plan not copied"), copyToClient(ids[std::size_t(index)]));
    }
}

} // namespace glidepath::ui
