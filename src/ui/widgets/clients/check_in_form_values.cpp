// Loading a check-in into the form, reading it back and checking it before the owner saves.

#include "labels.h"
#include "models/client_labels.h"
#include "widgets/clients/check_in_form.h"
#include "widgets/clients/check_in_form_parts.h"
#include "widgets/clients/pain_slider.h"
#include "widgets/clients/red_flag_questions.h"
#include "widgets/common/field_error_label.h"

#include <glidepath/report/handout_text.h>
#include <glidepath/report/issue_text.h>

#include <QCheckBox>
#include <QDateEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

namespace glidepath::ui {

using check_in_parts::kIdRole;
using check_in_parts::kNotEntered;
using check_in_parts::selectData;

void CheckInForm::setLoggedSessions(std::optional<int> logged)
{
    m_loggedSessions = logged;
}

void CheckInForm::setPainZones(int safeMax, int acceptableMax)
{
    m_painExercise->setZones(safeMax, acceptableMax);
}

void CheckInForm::reset(core::Date date, int plannedSessions)
{
    core::CheckIn blank;
    blank.date = date;
    setCheckIn(blank, plannedSessions);
    // Nothing is answered for the user: pain, sessions done and the red-flag questions start
    // empty, and the check-in cannot be saved until each is given.
    m_loading = true;
    for (PainSlider* slider : {m_painRest, m_painActivity, m_painExercise}) {
        slider->clear();
    }
    // Sessions logged that week are data, not a guess: they fill "sessions done", said so
    // beside the field; without logs the field waits for an answer.
    m_done->setValue(m_loggedSessions ? std::min(*m_loggedSessions, m_done->maximum())
                                      : kNotEntered);
    m_loggedNote->setText(
        m_loggedSessions ? tr("Filled in from the %n session(s) logged in the week before this "
                              "check-in; change it if more were done without being logged.",
                              nullptr, *m_loggedSessions)
                         : QString());
    m_loggedNote->setVisible(m_loggedSessions.has_value());
    m_redFlags->clearAnswers();
    m_loading = false;
    clearIssues();
    setModified(false);
}

void CheckInForm::setCheckIn(const core::CheckIn& checkIn, int plannedSessions)
{
    m_loading = true;
    m_date->setDate(toQDate(checkIn.date));
    m_painRest->setValue(checkIn.painRest);
    m_painActivity->setValue(checkIn.painActivity);
    m_painExercise->setValue(checkIn.painExercise);
    selectData(m_nextMorning, checkIn.nextMorning);
    m_nightPain->setChecked(checkIn.nightPain);
    selectData(m_swelling, checkIn.swelling);
    m_planned->setValue(plannedSessions);
    m_done->setValue(static_cast<int>(std::lround(checkIn.adherence * m_planned->value())));
    selectData(m_difficulty, checkIn.difficulty);
    m_painful->setRowCount(0);
    for (const auto& [id, pain] : checkIn.painfulExercises) {
        addPainfulExercise(QString::fromStdString(id), pain);
    }
    m_redFlags->setAnswers(checkIn.redFlags);
    m_loading = false;
    clearIssues();
    setModified(false);
}

core::CheckIn CheckInForm::checkIn() const
{
    core::CheckIn c;
    c.date = fromQDate(m_date->date());
    c.painRest = m_painRest->value();
    c.painActivity = m_painActivity->value();
    c.painExercise = m_painExercise->value();
    c.nextMorning = static_cast<core::NextMorning>(m_nextMorning->currentData().toInt());
    c.nightPain = m_nightPain->isChecked();
    c.swelling = static_cast<core::Swelling>(m_swelling->currentData().toInt());
    c.adherence = static_cast<double>(m_done->value()) / m_planned->value();
    c.difficulty = static_cast<core::Difficulty>(m_difficulty->currentData().toInt());
    for (int row = 0; row < m_painful->rowCount(); ++row) {
        const QString id = m_painful->item(row, 0)->data(kIdRole).toString();
        const auto* pain = qobject_cast<QSpinBox*>(m_painful->cellWidget(row, 1));
        c.painfulExercises[id.toStdString()] = pain ? pain->value() : 0;
    }
    c.redFlags = m_redFlags->answers();
    return c;
}

bool CheckInForm::validate()
{
    clearIssues();
    bool ok = true;
    QStringList unrated;
    for (PainSlider* slider : {m_painRest, m_painActivity, m_painExercise}) {
        if (!slider->isRated()) {
            slider->setReminder(true);
            unrated << report::nounInSentence(slider->slider()->accessibleName());
        }
    }
    if (!unrated.isEmpty()) {
        m_painError->setError(tr("Not rated yet: %1. Move each slider to the pain felt "
                                 "(0 = none).")
                                  .arg(QLocale().createSeparatedList(unrated)));
        ok = false;
    }
    if (m_done->value() == kNotEntered) {
        m_adherenceError->setError(tr("Enter how many of the planned sessions were done."));
        setInvalid(m_done, true);
        ok = false;
    } else if (m_done->value() > m_planned->value()) {
        m_adherenceError->setError(
            tr("Sessions done (%1) cannot be more than sessions planned (%2).")
                .arg(m_done->value())
                .arg(m_planned->value()));
        setInvalid(m_done, true);
        ok = false;
    }
    const core::CheckIn c = checkIn();
    for (const core::FieldIssue& issue : core::validateCheckIn(c)) {
        const QString text =
            ClientLabels::fieldName(issue.field) + QStringLiteral(": ") + report::issueText(issue);
        FieldErrorLabel* label = m_otherError;
        if (issue.field.rfind("pain_", 0) == 0) {
            label = m_painError;
        } else if (issue.field.rfind("pain_", 0) == 0 && !unrated.isEmpty()) {
            continue; // the unrated sliders are already named
        } else if (issue.field == "adherence") {
            if (!m_adherenceError->error().isEmpty()) {
                continue; // already explained in words the user chose
            }
            label = m_adherenceError;
        } else if (issue.field.rfind("painful_exercises", 0) == 0) {
            label = m_painfulError;
        }
        label->setError(label->error().isEmpty() ? text
                                                 : label->error() + QLatin1Char('\n') + text);
        ok = false;
    }
    if (!m_redFlags->checkAllAnswered()) {
        ok = false;
    }
    return ok;
}

std::vector<core::RedFlag> CheckInForm::unansweredRedFlags() const
{
    return m_redFlags->unanswered();
}

void CheckInForm::clearIssues()
{
    for (FieldErrorLabel* label : {m_painError, m_adherenceError, m_painfulError, m_otherError}) {
        label->setError({});
    }
    setInvalid(m_done, false);
    for (PainSlider* slider : {m_painRest, m_painActivity, m_painExercise}) {
        slider->setReminder(false);
    }
    m_redFlags->clearReminders();
}

} // namespace glidepath::ui
