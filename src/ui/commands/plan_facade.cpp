// The command facade for the plan (command.h): each call checks the edit against the draft and
// the library, then runs one of the commands of plan_commands.h.

#include "app_context.h"
#include "commands/command.h"
#include "commands/plan_commands.h"

#include <glidepath/core/load.h>
#include <glidepath/core/progression_steps.h>
#include <glidepath/report/issue_text.h>
#include <glidepath/report/reason_text.h>

#include <algorithm>
#include <memory>

namespace glidepath::ui::command {

namespace {

bool hasExercise(const PlanModel& plan, int day, int row)
{
    return day >= 0 && day < plan.dayCount() && row >= 0 && row < plan.exerciseCount(day);
}

// Why the draft cannot take this edit, or an empty string when it can.
QString refusal(const PlanModel& plan)
{
    if (!plan.hasPlan()) {
        return PlanCommand::tr("There is no plan to change.");
    }
    if (plan.isReferral()) {
        return PlanCommand::tr("This week is a referral: it cannot be edited into an exercise "
                               "plan. The client needs a medical assessment first.");
    }
    return {};
}

Outcome noSuchExercise()
{
    return Outcome::failure(PlanCommand::tr("There is no exercise at that place in the plan."));
}

Outcome push(AppContext& context, std::unique_ptr<PlanCommand> command)
{
    context.undoStack()->push(command.release());
    return Outcome::success();
}

std::vector<core::ValidationIssue> doseIssues(const core::PlannedExercise& e)
{
    std::vector<core::ValidationIssue> issues;
    const auto add = [&](const char* field, const QString& message) {
        issues.push_back({e.id, field, message.toStdString()});
    };
    if (e.sets < 1 || e.sets > 10) {
        add("dose/sets", PlanCommand::tr("Sets must be between 1 and 10, not %1.").arg(e.sets));
    }
    if (e.reps < 0 || e.reps > 50) {
        add("dose/reps", PlanCommand::tr("Reps must be between 0 and 50, not %1.").arg(e.reps));
    }
    if (e.holdSeconds < 0 || e.holdSeconds > 300) {
        add("dose/hold_seconds",
            PlanCommand::tr("A hold must be between 0 and 300 seconds, not %1.")
                .arg(e.holdSeconds));
    }
    if (e.reps <= 0 && e.holdSeconds <= 0) {
        add("dose/reps", PlanCommand::tr("Give a number of reps, a hold, or both."));
    }
    if (!e.tempo.empty()) {
        const auto tempo = core::parseTempo(e.tempo);
        if (!tempo) {
            add("dose/tempo", PlanCommand::tr("Tempo \"%1\" is not lift-pause-lower seconds "
                                              "such as 2-1-3.")
                                  .arg(QString::fromStdString(e.tempo)));
        } else if (tempo->lift > 10 || tempo->pause > 10 || tempo->lower > 10) {
            add("dose/tempo", PlanCommand::tr("Each part of the tempo must be 0-10 seconds."));
        }
    }
    if (e.restSeconds < 0 || e.restSeconds > 600) {
        add("dose/rest_seconds",
            PlanCommand::tr("Rest must be between 0 and 600 seconds, not %1.").arg(e.restSeconds));
    }
    return issues;
}

} // namespace

Outcome swapPlanExercise(AppContext& context, PlanModel& plan, int day, int row,
                         const core::PlannedExercise& replacement)
{
    if (const QString why = refusal(plan); !why.isEmpty()) {
        return Outcome::failure(why);
    }
    if (!hasExercise(plan, day, row)) {
        return noSuchExercise();
    }
    if (replacement.id.empty()) {
        return Outcome::failure(PlanCommand::tr("Choose an exercise to swap in."));
    }
    if (plan.exerciseAt(day, row).id == replacement.id) {
        return Outcome::failure(PlanCommand::tr("%1 is already planned there.")
                                    .arg(QString::fromStdString(replacement.name)));
    }
    if (auto issues = doseIssues(replacement); !issues.empty()) {
        // The message is read before the issues are moved (arguments have no order).
        const QString message = report::issueText(issues.front());
        return Outcome::failure(message, std::move(issues));
    }
    return push(context,
                std::make_unique<SwapPlanExerciseCommand>(context, plan, day, row, replacement));
}

namespace {

// The load stays of the kind the exercise has and within what the library allows for it: the
// panel offers only those levels, but the command does not trust its caller.
std::vector<core::ValidationIssue> loadIssues(AppContext& context,
                                              const core::PlannedExercise& current,
                                              const core::PlannedExercise& changed)
{
    std::vector<core::ValidationIssue> issues;
    const QString name = QString::fromStdString(changed.name);
    if (changed.loadKind != current.loadKind) {
        issues.push_back({changed.id, "dose/load",
                          PlanCommand::tr("A dose change cannot change what loads %1 (a band, "
                                          "an ankle weight or a dumbbell).")
                              .arg(name)
                              .toStdString()});
        return issues;
    }
    int highest = core::maxLoadLevelOf(changed.loadKind);
    try {
        if (const auto exercise = context.exercises().find(changed.id)) {
            highest = std::min(highest, exercise->limits.maxLoadLevel);
        }
    } catch (const std::exception&) {
        // The library cannot be read just now: the load kind's own range still holds.
    }
    // A load the plan already has is kept (the library's limit may have been lowered since).
    highest = std::max(highest, current.loadLevel);
    if (changed.loadLevel < 0 || changed.loadLevel > highest) {
        issues.push_back({changed.id, "dose/load",
                          PlanCommand::tr("The load of %1 can be from level 0 (no added load) to "
                                          "level %2, the heaviest the library allows; not %3.")
                              .arg(name)
                              .arg(highest)
                              .arg(changed.loadLevel)
                              .toStdString()});
    }
    return issues;
}

} // namespace

Outcome changePlanDose(AppContext& context, PlanModel& plan, int day, int row,
                       const core::PlannedExercise& changed)
{
    if (const QString why = refusal(plan); !why.isEmpty()) {
        return Outcome::failure(why);
    }
    if (!hasExercise(plan, day, row)) {
        return noSuchExercise();
    }
    if (plan.exerciseAt(day, row).id != changed.id) {
        return Outcome::failure(PlanCommand::tr("A dose change cannot swap the exercise."));
    }
    if (auto issues = doseIssues(changed); !issues.empty()) {
        QStringList lines;
        for (const core::ValidationIssue& issue : issues) {
            lines << report::issueText(issue);
        }
        return Outcome::failure(lines.join(QLatin1Char('\n')), std::move(issues));
    }
    if (auto issues = loadIssues(context, plan.exerciseAt(day, row), changed); !issues.empty()) {
        // The message is read before the issues are moved (arguments have no order).
        const QString message = report::issueText(issues.front());
        return Outcome::failure(message, std::move(issues));
    }
    if (plan.exerciseAt(day, row) == changed) {
        return Outcome::success(); // nothing to change, nothing to undo
    }
    return push(context, std::make_unique<ChangePlanDoseCommand>(context, plan, day, row, changed));
}

Outcome removePlanExercise(AppContext& context, PlanModel& plan, int day, int row)
{
    if (const QString why = refusal(plan); !why.isEmpty()) {
        return Outcome::failure(why);
    }
    if (!hasExercise(plan, day, row)) {
        return noSuchExercise();
    }
    return push(context, std::make_unique<RemovePlanExerciseCommand>(context, plan, day, row));
}

Outcome addPlanExercise(AppContext& context, PlanModel& plan, int day,
                        const core::PlannedExercise& exercise, core::DayKind kindForRestDay)
{
    if (const QString why = refusal(plan); !why.isEmpty()) {
        return Outcome::failure(why);
    }
    if (day < 0 || day >= plan.dayCount()) {
        return Outcome::failure(PlanCommand::tr("There is no such day in the plan."));
    }
    if (exercise.id.empty()) {
        return Outcome::failure(PlanCommand::tr("Choose an exercise to add."));
    }
    for (int row = 0; row < plan.exerciseCount(day); ++row) {
        if (plan.exerciseAt(day, row).id == exercise.id) {
            return Outcome::failure(PlanCommand::tr("%1 is already planned on that day.")
                                        .arg(QString::fromStdString(exercise.name)));
        }
    }
    if (auto issues = doseIssues(exercise); !issues.empty()) {
        // The message is read before the issues are moved (arguments have no order).
        const QString message = report::issueText(issues.front());
        return Outcome::failure(message, std::move(issues));
    }
    if (kindForRestDay == core::DayKind::Rest) {
        kindForRestDay = core::DayKind::Strength;
    }
    return push(context, std::make_unique<AddPlanExerciseCommand>(context, plan, day, exercise,
                                                                  kindForRestDay));
}

Outcome movePlanExercise(AppContext& context, PlanModel& plan, int day, int from, int to)
{
    if (const QString why = refusal(plan); !why.isEmpty()) {
        return Outcome::failure(why);
    }
    if (!hasExercise(plan, day, from) || !hasExercise(plan, day, to)) {
        return noSuchExercise();
    }
    if (from == to) {
        return Outcome::success();
    }
    return push(context, std::make_unique<MovePlanExerciseCommand>(context, plan, day, from, to));
}

Outcome movePlanExerciseToDay(AppContext& context, PlanModel& plan, int day, int row, int toDay,
                              int toRow)
{
    if (const QString why = refusal(plan); !why.isEmpty()) {
        return Outcome::failure(why);
    }
    if (!hasExercise(plan, day, row) || toDay < 0 || toDay >= plan.dayCount()) {
        return noSuchExercise();
    }
    if (toDay == day) {
        return toRow < 0 ? Outcome::success()
                         : movePlanExercise(context, plan, day, row,
                                            std::min(toRow, plan.exerciseCount(day) - 1));
    }
    const core::PlannedExercise& moving = plan.exerciseAt(day, row);
    for (int other = 0; other < plan.exerciseCount(toDay); ++other) {
        if (plan.exerciseAt(toDay, other).id == moving.id) {
            return Outcome::failure(PlanCommand::tr("%1 is already planned on that day.")
                                        .arg(QString::fromStdString(moving.name)));
        }
    }
    const int count = plan.exerciseCount(toDay);
    const int at = toRow < 0 || toRow > count ? count : toRow;
    return push(context,
                std::make_unique<MovePlanExerciseToDayCommand>(context, plan, day, row, toDay, at));
}

Outcome applyTemplate(AppContext& context, PlanModel& plan, const core::PlanTemplate& source,
                      const core::PlanAlternatives& alternatives)
{
    if (const QString why = refusal(plan); !why.isEmpty()) {
        return Outcome::failure(why);
    }
    if (plan.dayCount() != 7 || source.days.size() != 7) {
        return Outcome::failure(PlanCommand::tr("The template does not hold a whole week."));
    }
    std::vector<core::PlanDay> days = core::templateDays(source, plan.plan().weekStart);
    QStringList leftOut;
    for (std::size_t d = 0; d < days.size(); ++d) {
        days[d].date = plan.plan().days[d].date;
        auto& exercises = days[d].exercises;
        for (auto it = exercises.begin(); it != exercises.end();) {
            const core::Exercise* found = alternatives.find(it->id);
            if (!found) {
                leftOut << PlanCommand::tr("%1 (no longer in the library)")
                               .arg(QString::fromStdString(it->name));
                it = exercises.erase(it);
            } else if (!alternatives.isUsable(*found)) {
                leftOut << PlanCommand::tr("%1 (%2)").arg(
                    QString::fromStdString(found->name),
                    report::exclusionText(alternatives.exclusionReason(*found),
                                          context.mode() == AppMode::Personal
                                              ? report::Register::Client
                                              : report::Register::Clinician));
                it = exercises.erase(it);
            } else {
                ++it;
            }
        }
        if (exercises.empty()) {
            days[d].kind = core::DayKind::Rest;
            days[d].estimatedMinutes = 0;
        } else {
            int seconds = 0;
            for (const core::PlannedExercise& e : exercises) {
                seconds += plan.estimatedSeconds(e);
            }
            days[d].estimatedMinutes = core::minutesFromSeconds(seconds);
        }
    }
    leftOut.removeDuplicates();
    Outcome outcome =
        push(context, std::make_unique<ApplyTemplateCommand>(
                          context, plan, QString::fromStdString(source.name), std::move(days)));
    if (!leftOut.isEmpty()) {
        outcome.message = PlanCommand::tr("Left out for this client: %1.")
                              .arg(leftOut.join(QStringLiteral("; ")));
    }
    return outcome;
}

} // namespace glidepath::ui::command
