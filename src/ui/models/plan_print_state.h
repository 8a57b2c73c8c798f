#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace glidepath::ui {

class AppContext;

// Whether File ▸ Print and Export PDF have a plan to hand out before the Plan page has been
// built: the page opens on the client's newest saved plan, so that plan decides. Kept apart from
// the page so that the window can answer from two small queries at start instead of building it.
namespace plan_print_state {

// No value: the client has no saved plan (or cannot be read). Otherwise why the newest saved plan
// must not be handed out, empty when it can be.
std::optional<QString> newestSavedPlan(AppContext& context, qint64 clientId);

// The reason a superseded plan is not printed (shared with the Plan page).
QString supersededReason();

} // namespace plan_print_state
} // namespace glidepath::ui
