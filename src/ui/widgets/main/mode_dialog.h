#pragma once

#include "app_context.h"

#include <QDialog>

#include <optional>

namespace glidepath::ui {

// The one question of the first run: does this person build plans for clients, or their own
// routine? Can be changed later in Preferences.
class ModeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ModeDialog(QWidget* parent = nullptr);

    std::optional<AppMode> choice() const { return m_choice; }

    // Shows the dialog; nullopt when it is closed without a choice. A queued answer (tests) is
    // returned without showing anything.
    static std::optional<AppMode> ask(QWidget* parent = nullptr);
    static void setNextAnswer(std::optional<AppMode> answer);

private:
    std::optional<AppMode> m_choice;
};

} // namespace glidepath::ui
