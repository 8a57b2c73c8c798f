#pragma once

// What the session log dialog's files share: the pain spin boxes' "not noted" value and dates as
// the planned-session list keys them. The dialog's member functions live in
// session_log_dialog.cpp (the form and the plan it follows), session_log_dialog_rows.cpp (one
// row per planned exercise), session_log_dialog_values.cpp (reading and setting the values) and
// session_log_dialog_saving.cpp (checking and saving).

#include "widgets/tracking/session_log_dialog.h"

#include <glidepath/core/date.h>

#include <QSpinBox>
#include <QString>

#include <optional>

namespace glidepath::ui::session_log_form {

inline constexpr int kNotRecorded = -1; // the spin boxes' special value

inline QString isoText(core::Date date)
{
    return QString::fromStdString(core::toIsoString(date));
}

inline std::optional<int> spinValue(const QSpinBox* spin)
{
    return spin->value() == kNotRecorded ? std::nullopt : std::optional<int>(spin->value());
}

inline QSpinBox* painSpin(const QString& accessibleName)
{
    auto* spin = new QSpinBox;
    spin->setRange(kNotRecorded, 10);
    spin->setSpecialValueText(SessionLogDialog::tr("not noted"));
    spin->setSuffix(SessionLogDialog::tr("/10"));
    spin->setValue(kNotRecorded);
    spin->setAccessibleName(accessibleName);
    return spin;
}

} // namespace glidepath::ui::session_log_form
