#pragma once

#include "app_context.h"
#include "settings.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace glidepath::ui {

// Edit ▸ Preferences: the mode chosen at first run, changeable here, and the language (saved
// when the dialog is accepted, used from the next start).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(AppMode current, QWidget* parent = nullptr);

    AppMode mode() const;
    QString languageChoice() const; // "" (system), "en", "de"
    settings::ClinicianDetails clinicianDetails() const;
    // Saves what the dialog shows (language and clinician details); edit() calls it on OK.
    void saveChoices() const;

    // The mode chosen, or nullopt when cancelled. A queued answer (tests) is returned without
    // showing anything.
    static std::optional<AppMode> edit(AppMode current, QWidget* parent = nullptr);
    static void setNextAnswer(std::optional<AppMode> answer);

private:
    QRadioButton* m_clinician;
    QRadioButton* m_personal;
    QComboBox* m_language;
    QLineEdit* m_clinicianName;
    QLineEdit* m_practice;
    QLineEdit* m_phone;
    QLineEdit* m_email;
};

} // namespace glidepath::ui
