#pragma once

#include "app_context.h"

#include <QDialog>

#include <optional>

class QRadioButton;

namespace glidepath::ui {

// Edit ▸ Preferences: the mode chosen at first run, changeable here.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(AppMode current, QWidget* parent = nullptr);

    AppMode mode() const;

    // The mode chosen, or nullopt when cancelled. A queued answer (tests) is returned without
    // showing anything.
    static std::optional<AppMode> edit(AppMode current, QWidget* parent = nullptr);
    static void setNextAnswer(std::optional<AppMode> answer);

private:
    QRadioButton* m_clinician;
    QRadioButton* m_personal;
};

} // namespace glidepath::ui
