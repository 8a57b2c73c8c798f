// The Clients page's saves: the profile and the check-in, with the questions a save can raise
// (unsaved edits, a check-in on the same date, someone else's newer save, a lost server).

#include "app_context.h"
#include "commands/command.h"
#include "models/client_labels.h"
#include "widgets/clients/check_in_form.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/profile_editor.h"
#include "widgets/clients/red_flag_questions.h"
#include "widgets/common/form_save.h"
#include "widgets/common/message_box.h"

#include <QPushButton>

namespace glidepath::ui {

bool ClientTabs::saveProfile()
{
    if (m_clientId <= 0 && !m_creating) {
        return false;
    }
    if (!m_profile->validate()) {
        setCurrentWidget(m_profilePage);
        attachProfileForm();
        m_profile->focusFirstError();
        return false;
    }
    storage::ClientRecord record;
    record.id = m_clientId > 0 ? m_clientId : 0;
    record.profile = m_profile->profile();
    record.screeningRedFlags = m_profile->screeningRedFlags();
    record.screeningAnsweredNo = m_profile->screeningAnsweredNo();
    record.personal = m_storedPersonal;
    const bool created = m_creating;
    FormSave::Request request;
    request.what = created
                       ? tr("the new client")
                       : tr("the profile of %1").arg(QString::fromStdString(record.profile.name));
    if (!created) {
        request.basedOn = m_profileVersion;
    }
    request.save = [this, record](std::optional<qint64> basedOn) {
        return command::saveClient(m_context, record, basedOn);
    };
    request.reloadTheirs = [this] { reloadProfile(); };
    const FormSave::Result saved = FormSave::run(this, m_context, request);
    if (saved.end == FormSave::End::ReloadedTheirs) {
        setCurrentWidget(m_profilePage);
        emit m_context.statusMessage(tr("Showing the profile as it is saved now."));
        return false;
    }
    if (saved.end == FormSave::End::Cancelled) {
        emit m_context.statusMessage(tr("The profile was not saved: your changes are still here."));
        return false;
    }
    const command::Outcome& outcome = saved.outcome;
    if (!outcome) {
        MessageBox::warning(this, tr("Profile not saved"),
                            tr("The profile could not be saved: %1").arg(outcome.message));
        return false;
    }
    if (created) {
        record.id = std::stoll(outcome.createdId);
    }
    m_creating = false;
    m_clientId = record.id;
    m_storedPersonal = record.personal;
    m_profileVersion = outcome.savedVersion;
    m_profile->setProfile(record.profile, record.screeningRedFlags, record.screeningAnsweredNo);
    // The profile is kept whatever the screening says, but a plan needs every answer: show
    // which are missing where they are asked.
    const bool screened = m_profile->checkScreening();
    if (created) {
        m_context.setCurrentClientId(record.id);
        emit clientCreated(record.id);
    }
    const QString name = QString::fromStdString(record.profile.name);
    emit m_context.statusMessage(created ? tr("Added %1.").arg(name)
                                         : tr("Saved the profile of %1.").arg(name));
    if (!record.screeningRedFlags.empty()) {
        emit m_context.statusMessage(
            tr("%1 answered yes to a red-flag question: plans will show referral advice.")
                .arg(name));
    } else if (!screened) {
        emit m_context.statusMessage(
            tr("Saved. The red-flag screening is not complete: a plan needs every question "
               "answered."));
    }
    if (!m_checkIn || !m_checkIn->isModified()) {
        resetCheckInForm(); // planned sessions follow the profile; edits in progress are kept
    }
    updateState();
    return true;
}

bool ClientTabs::saveCheckIn()
{
    if (m_clientId <= 0) {
        return false;
    }
    // Shown first: showing a blank check-in starts it afresh, which must not wipe the marks
    // that validation puts on it.
    setCurrentWidget(m_checkInPage);
    attachCheckInForm();
    if (!m_checkIn->validate()) {
        const std::vector<core::RedFlag> missing = m_checkIn->unansweredRedFlags();
        emit m_context.statusMessage(missing.empty()
                                         ? tr("The check-in was not saved: see the marked fields.")
                                         : tr("The check-in was not saved: %1 not answered yet.")
                                               .arg(RedFlagQuestions::describe(missing)));
        return false;
    }
    const core::CheckIn checkIn = m_checkIn->checkIn();
    qint64 replaceId = m_editingCheckInId;
    qint64 replaceVersion = 0; // of a check-in on the same date, replaced when asked
    if (replaceId <= 0) {
        // A second check-in on the same date is usually the same one typed twice: ask.
        std::optional<storage::StoredCheckIn> sameDay;
        try {
            for (const storage::StoredCheckIn& stored : m_context.clients().checkIns(m_clientId)) {
                if (stored.checkIn.date == checkIn.date) {
                    sameDay = stored;
                }
            }
        } catch (const std::exception&) {
            sameDay.reset(); // saving below reports a database that cannot be read
        }
        if (sameDay) {
            const auto answer = MessageBox::question(
                this, tr("A check-in on that date"),
                tr("There is already a check-in on %1. Replace it with this one, or keep both?")
                    .arg(longDateText(checkIn.date)),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel,
                {{QMessageBox::Yes, tr("Replace it")}, {QMessageBox::No, tr("Keep both")}});
            if (answer == QMessageBox::Cancel) {
                return false;
            }
            if (answer == QMessageBox::Yes) {
                replaceId = sameDay->id;
                replaceVersion = sameDay->rowVersion;
            }
        }
    }
    FormSave::Request request;
    request.what = tr("the check-in of %1").arg(longDateText(checkIn.date));
    if (replaceId > 0) {
        request.basedOn =
            replaceId == m_editingCheckInId ? m_editingCheckInVersion : replaceVersion;
    }
    request.save = [this, replaceId, checkIn](std::optional<qint64> basedOn) {
        return command::saveCheckIn(m_context, m_clientId, replaceId, checkIn, basedOn);
    };
    request.reloadTheirs = [this, replaceId] { showStoredCheckIn(replaceId); };
    const FormSave::Result saved = FormSave::run(this, m_context, request);
    if (saved.end == FormSave::End::ReloadedTheirs) {
        emit m_context.statusMessage(tr("Showing the check-in as it is saved now."));
        return false;
    }
    if (saved.end == FormSave::End::Cancelled) {
        emit m_context.statusMessage(
            tr("The check-in was not saved: your changes are still here."));
        return false;
    }
    const command::Outcome& outcome = saved.outcome;
    if (!outcome) {
        MessageBox::warning(this, tr("Check-in not saved"),
                            tr("The check-in could not be saved: %1").arg(outcome.message));
        return false;
    }
    // The command's checkInsChanged has reloaded the history through the connection.
    const bool edited = replaceId > 0;
    resetCheckInForm();
    QString message = edited ? tr("Check-in of %1 updated.").arg(longDateText(checkIn.date))
                             : tr("Check-in of %1 saved.").arg(longDateText(checkIn.date));
    if (!checkIn.redFlags.empty()) {
        message += QLatin1Char(' ') +
                   tr("A red-flag question was answered yes: the exercise plan is stopped.");
    }
    emit m_context.statusMessage(message);
    if (!checkIn.redFlags.empty()) {
        showReferral(checkIn);
    }
    m_planNext->setVisible(true);
    m_planNext->setFocus(Qt::OtherFocusReason);
    return true;
}

void ClientTabs::showReferral(const core::CheckIn& checkIn)
{
    // Said at once and in full, not left to a status line: whom to see and why, and what
    // happens to the plan in hand.
    const QString who = m_personal ? tr("You answered yes to:") : tr("The client answered yes to:");
    QString text = tr("The check-in of %1 has a red flag.").arg(longDateText(checkIn.date)) +
                   QStringLiteral("\n\n") + who + QStringLiteral("\n\n") +
                   ClientLabels::redFlagAdvice(checkIn.redFlags) + QStringLiteral("\n\n") +
                   (m_personal ? tr("Stop the exercise plan: your saved plan is superseded and "
                                    "cannot be printed or exported as your current plan.")
                               : tr("The exercise plan is stopped: the saved plan is superseded "
                                    "and cannot be printed or exported as the current plan.")) +
                   QLatin1Char(' ') + ClientLabels::supersededClearedBy();
    MessageBox::warning(this, tr("Red flag: see a doctor or physiotherapist"), text);
}

bool ClientTabs::maybeSave()
{
    const bool profileDirty = m_profile->isModified() && (m_clientId > 0 || m_creating);
    const bool checkInDirty = m_checkIn && m_checkIn->isModified() && m_clientId > 0;
    if (!profileDirty && !checkInDirty) {
        return true;
    }
    const QString what = profileDirty && checkInDirty ? tr("the profile and the check-in")
                         : profileDirty               ? tr("the profile")
                                                      : tr("the check-in");
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("Save the changes to %1 first?").arg(what),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        return false;
    }
    if (answer == QMessageBox::Save) {
        if (profileDirty && !saveProfile()) {
            return false;
        }
        if (checkInDirty && !saveCheckIn()) {
            return false;
        }
        return true;
    }
    // Discard: put back what is stored so nothing half-edited lingers.
    m_profile->setModified(false);
    if (m_checkIn) {
        m_checkIn->setModified(false);
    }
    return true;
}

} // namespace glidepath::ui
