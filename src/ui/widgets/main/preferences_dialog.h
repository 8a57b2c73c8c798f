#pragma once

#include "app_context.h"

#include <QDialog>

#include <optional>

class QComboBox;
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

    // The mode chosen, or nullopt when cancelled. A queued answer (tests) is returned without
    // showing anything.
    static std::optional<AppMode> edit(AppMode current, QWidget* parent = nullptr);
    static void setNextAnswer(std::optional<AppMode> answer);

private:
    QRadioButton* m_clinician;
    QRadioButton* m_personal;
    QComboBox* m_language;
};

} // namespace glidepath::ui
