#include "models/change_history_text.h"

#include "labels.h"
#include "models/date_text.h"

#include <QDateTime>
#include <QLocale>

namespace glidepath::ui {

using storage::HistoryAction;
using storage::HistoryEntry;
using storage::HistoryRecord;

namespace {

// The record's own date as "3 Dec"; the year is in the When column.
QString recordDate(const HistoryEntry& entry)
{
    return entry.date ? QLocale().toString(toQDate(*entry.date),
                                           Labels::dateFormat(Labels::DateStyle::DayMonth))
                      : QString();
}

} // namespace

QString ChangeHistoryText::when(const HistoryEntry& entry)
{
    const QString stored = QString::fromStdString(entry.at);
    const QDateTime at = QDateTime::fromString(stored, Qt::ISODate);
    if (!at.isValid()) {
        return stored;
    }
    return QLocale().toString(at.toLocalTime(), Labels::dateFormat(Labels::DateStyle::DateTime));
}

QString ChangeHistoryText::who(const HistoryEntry& entry)
{
    return entry.by.empty() ? tr("not recorded") : QString::fromStdString(entry.by);
}

QString ChangeHistoryText::what(const HistoryEntry& entry)
{
    const QString date = recordDate(entry);
    const bool added = entry.action == HistoryAction::Added;
    const bool deleted = entry.action == HistoryAction::Deleted;
    // On a file a changed record is listed once, at its last save: say how many there were.
    const bool lastOfMany = entry.saves > 1;
    switch (entry.record) {
    case HistoryRecord::Profile:
        if (added) {
            return tr("Client added");
        }
        return lastOfMany ? tr("Profile changed (saved %n time(s) in all)", nullptr, entry.saves)
                          : tr("Profile changed");
    case HistoryRecord::CheckIn:
        if (added) {
            return tr("Check-in of %1 added").arg(date);
        }
        if (deleted) {
            return tr("Check-in of %1 deleted").arg(date);
        }
        return lastOfMany
                   ? tr("Check-in of %1 changed (saved %n time(s) in all)", nullptr, entry.saves)
                         .arg(date)
                   : tr("Check-in of %1 changed").arg(date);
    case HistoryRecord::Plan:
        if (added) {
            return tr("Plan for the week of %1 saved (version %2)")
                .arg(date)
                .arg(entry.planVersion);
        }
        if (deleted) {
            return tr("Plan for the week of %1 deleted (version %2)")
                .arg(date)
                .arg(entry.planVersion);
        }
        return tr("Plan for the week of %1 changed (version %2)").arg(date).arg(entry.planVersion);
    case HistoryRecord::SessionLog:
        if (added) {
            return tr("Session of %1 logged").arg(date);
        }
        return deleted ? tr("Session log of %1 deleted").arg(date)
                       : tr("Session log of %1 changed").arg(date);
    case HistoryRecord::Psfs:
        if (added) {
            return tr("PSFS assessment of %1 added").arg(date);
        }
        return deleted ? tr("PSFS assessment of %1 deleted").arg(date)
                       : tr("PSFS assessment of %1 changed").arg(date);
    case HistoryRecord::Review:
        if (added) {
            return tr("Clinician review of %1 recorded").arg(date);
        }
        return deleted ? tr("Clinician review of %1 deleted").arg(date)
                       : tr("Clinician review of %1 changed").arg(date);
    }
    return {};
}

QString ChangeHistoryText::coverage(const storage::ClientHistory& history)
{
    if (history.everyChange) {
        return tr("Every change the clinic server has recorded for this client, newest first, "
                  "with the login that made it, deleted records included. Only a record deleted "
                  "before the server was upgraded to keep the client with each change is "
                  "missing: nothing says whose it was.");
    }
    return tr("A database file does not keep every change. Listed here is what each record that "
              "still exists says about itself: who saved the profile and each check-in last, and "
              "when; when each plan version was saved; when each clinician review was recorded, "
              "and by whom. Not shown: earlier saves, anything deleted (a deleted check-in, plan "
              "or session log leaves no trace in a file), logged sessions and PSFS assessments. "
              "A clinic server keeps every change, deletions included.");
}

} // namespace glidepath::ui
