#include "widgets/library/exercise_issue_text.h"

#include "labels.h"

#include <glidepath/core/load.h>
#include <glidepath/report/handout_text.h>
#include <glidepath/report/issue_text.h>

#include <QStringList>

namespace glidepath::ui {

namespace {

bool isBlank(const std::string& text)
{
    return QString::fromStdString(text).trimmed().isEmpty();
}

// "instructions/3" -> 3; -1 when the path has no index.
int itemIndex(const std::string& field)
{
    const auto slash = field.find('/');
    if (slash == std::string::npos) {
        return -1;
    }
    bool ok = false;
    const int index = QString::fromStdString(field.substr(slash + 1)).toInt(&ok);
    return ok ? index : -1;
}

} // namespace

QString ExerciseIssueText::describe(const core::ValidationIssue& issue, const core::Exercise& e)
{
    const std::string& f = issue.field;
    const auto& dose = e.dose;
    const auto& limits = e.limits;

    if (f == "id" && !core::isValidSlug(e.id)) {
        if (e.id.empty()) {
            return tr("Give the exercise an id.");
        }
        return tr("Use 2–64 lowercase letters, digits and single hyphens, like “wall-sit”.");
    }
    if (f == "name" && isBlank(e.name)) {
        return tr("Give the exercise a name.");
    }
    if (f == "name") {
        return tr("Keep the name to 80 characters or fewer (now %1).")
            .arg(QString::fromStdString(e.name).size());
    }
    if (f == "summary" && isBlank(e.summary)) {
        return tr("Write one sentence on what the exercise is for.");
    }
    if (f == "summary") {
        return tr("Keep the summary to 300 characters or fewer (now %1).")
            .arg(QString::fromStdString(e.summary).size());
    }
    if (f == "instructions") {
        return e.instructions.size() < 2 ? tr("Write at least two steps.")
                                         : tr("Use at most 20 steps.");
    }
    if (f.rfind("instructions/", 0) == 0) {
        const int i = itemIndex(f);
        if (i >= 0 && i < static_cast<int>(e.instructions.size()) &&
            isBlank(e.instructions[static_cast<std::size_t>(i)])) {
            return tr("Step %1 is empty: write it or remove it.").arg(i + 1);
        }
        return tr("Step %1 is too long: keep each step to 400 characters.").arg(i + 1);
    }
    if (f == "cues") {
        return e.cues.size() < 2 ? tr("Write at least two short cues.")
                                 : tr("Use at most 10 cues.");
    }
    if (f.rfind("cues/", 0) == 0) {
        const int i = itemIndex(f);
        if (i >= 0 && i < static_cast<int>(e.cues.size()) &&
            isBlank(e.cues[static_cast<std::size_t>(i)])) {
            return tr("Cue %1 is empty: write it or remove it.").arg(i + 1);
        }
        return tr("Cue %1 is too long: keep cues to 120 characters.").arg(i + 1);
    }
    if (f == "phase_max" && e.phaseMax < e.phaseMin) {
        return tr("The last phase (%1) comes before the first (%2).")
            .arg(e.phaseMax)
            .arg(e.phaseMin);
    }
    if (f == "phase_min" && e.category == core::Category::Landing && e.phaseMin < 3) {
        return tr("Landing exercises start in phase 3 or later.");
    }
    if (f == "phase_min" && e.impact == core::Impact::High && e.phaseMin < 4) {
        return tr("High-impact exercises start in phase 4.");
    }
    if (f == "regions" && e.regions.empty()) {
        return tr("Tick at least one region.");
    }
    if (f == "muscles" && e.muscles.empty()) {
        return tr("Choose the main muscle this exercise works.");
    }
    if (f == "dose/reps" && dose.reps <= 0 && dose.holdSeconds <= 0) {
        return tr("Set repetitions, a hold time, or both.");
    }
    if (f == "dose/tempo") {
        return tr("Write the tempo as lift-pause-lower seconds, like 2-1-3 (each 0–10), or leave "
                  "it empty.");
    }
    const auto limitText = [&](const QString& what, int value, int low, int high) {
        if (low > high) {
            return tr("%1: the minimum (%2) is above the maximum (%3).")
                .arg(what)
                .arg(low)
                .arg(high);
        }
        if (value < low) {
            return tr("%1: the dose (%2) is below the minimum (%3).").arg(what).arg(value).arg(low);
        }
        return tr("%1: the dose (%2) is above the maximum (%3).").arg(what).arg(value).arg(high);
    };
    if (f == "dose_limits/min_sets" || f == "dose_limits/max_sets") {
        return limitText(tr("Sets"), dose.sets, limits.minSets, limits.maxSets);
    }
    if (f == "dose_limits/min_reps" || f == "dose_limits/max_reps") {
        return limitText(tr("Reps"), dose.reps, limits.minReps, limits.maxReps);
    }
    if (f == "dose_limits/min_hold_seconds" || f == "dose_limits/max_hold_seconds") {
        return limitText(tr("Hold"), dose.holdSeconds, limits.minHoldSeconds,
                         limits.maxHoldSeconds);
    }
    if (f == "dose/load_level" && dose.loadKind != core::LoadKind::None &&
        dose.loadLevel > limits.maxLoadLevel && limits.maxLoadLevel > 0) {
        return tr("The starting load (%1) is heavier than the heaviest load (%2).")
            .arg(report::loadText(dose.loadKind, dose.loadLevel),
                 report::loadText(dose.loadKind, limits.maxLoadLevel));
    }
    if (f == "dose_limits/max_load_level" && dose.loadKind != core::LoadKind::None) {
        return tr("Choose the heaviest load, up to %1.")
            .arg(report::loadText(dose.loadKind, core::maxLoadLevelOf(dose.loadKind)));
    }
    if (f == "dose/load" && dose.loadKind != core::LoadKind::None &&
        !e.needs(core::loadEquipment(dose.loadKind))) {
        return tr("A load with “%1” needs “%1” ticked under Equipment.")
            .arg(label(core::loadEquipment(dose.loadKind)));
    }
    if (f == "precautions") {
        if ((e.position == core::Position::Kneeling ||
             e.position == core::Position::HalfKneeling) &&
            !e.has(core::Precaution::Kneeling)) {
            return tr("A kneeling position needs the “%1” precaution.")
                .arg(label(core::Precaution::Kneeling));
        }
        if (e.kneeFlexion == core::KneeFlexion::High && !e.has(core::Precaution::DeepKneeFlexion)) {
            return tr("A high knee bend needs the “%1” precaution.")
                .arg(label(core::Precaution::DeepKneeFlexion));
        }
        if (e.impact != core::Impact::None && !e.has(core::Precaution::Impact)) {
            return tr("An exercise with impact needs the “%1” precaution.")
                .arg(label(core::Precaution::Impact));
        }
    }
    if ((f == "easier" || f == "harder") && !e.easier.empty() && e.easier == e.harder) {
        return tr("The same exercise cannot be both easier and harder.");
    }
    if (f == "easier" && e.easier == e.id) {
        return tr("An exercise cannot be its own easier neighbour.");
    }
    if (f == "harder" && e.harder == e.id) {
        return tr("An exercise cannot be its own harder neighbour.");
    }
    return report::issueText(issue);
}

} // namespace glidepath::ui
