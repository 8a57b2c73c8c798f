// The command facade for plan templates (command.h).

#include "app_context.h"
#include "commands/command.h"
#include "commands/record_commands.h"

namespace glidepath::ui::command {

using storage::RecordKind;

Outcome saveTemplate(AppContext& context, const core::PlanTemplate& plan)
{
    ChangeNotifier& changes = context.changes();
    auto id = std::make_shared<qint64>(0);
    Outcome outcome = change(
        context, UndoCommand::tr("Save template “%1”").arg(QString::fromStdString(plan.name)),
        [&context, plan, id](StoredChange& step) {
            *id = context.templates().create(plan);
            step.add(RecordKind::Template, *id);
        },
        [&changes] { emit changes.templatesChanged(); });
    if (outcome) {
        outcome.createdId = std::to_string(*id);
    }
    return outcome;
}

Outcome deleteTemplate(AppContext& context, qint64 templateId)
{
    const auto found = context.templates().find(templateId);
    if (!found) {
        return Outcome::failure(UndoCommand::tr("That template is no longer stored."));
    }
    ChangeNotifier& changes = context.changes();
    return change(
        context,
        UndoCommand::tr("Delete template “%1”").arg(QString::fromStdString(found->plan.name)),
        [templateId](StoredChange& step) { step.remove(RecordKind::Template, templateId); },
        [&changes] { emit changes.templatesChanged(); });
}

Outcome importTemplates(AppContext& context, const std::vector<core::PlanTemplate>& incoming,
                        std::vector<std::string>* skipped)
{
    std::vector<core::PlanTemplate> fresh;
    for (const core::PlanTemplate& plan : incoming) {
        if (context.templates().findByName(plan.name)) {
            if (skipped) {
                skipped->push_back(plan.name);
            }
        } else {
            fresh.push_back(plan);
        }
    }
    if (fresh.empty()) {
        return Outcome::success();
    }
    ChangeNotifier& changes = context.changes();
    return change(
        context, UndoCommand::tr("Import %n template(s)", nullptr, int(fresh.size())),
        [&context, fresh](StoredChange& step) {
            for (const core::PlanTemplate& plan : fresh) {
                step.add(RecordKind::Template, context.templates().create(plan));
            }
        },
        [&changes] { emit changes.templatesChanged(); });
}

} // namespace glidepath::ui::command
