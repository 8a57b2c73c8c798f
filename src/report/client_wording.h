#pragma once

// The one door through which the engine's words (decision reasons, advice) reach a client
// handout. Engine text is written for clinicians; this keeps only what reads as plain words and
// drops anything carrying rule ids, ISO dates, phase numbers, snake_case or "% volume". When the
// engine's reasons get a client register of their own, only this function changes.

#include <glidepath/core/reason.h>

#include <QString>

#include <string_view>

namespace glidepath::report::detail {

// ruleId: the reason's rule ("" for advice lines). Returns "" when nothing plain is left.
QString clientWording(std::string_view ruleId, std::string_view engineText);

// A reason or advice item for the handout: the client register of report/reason_text.h, or, for
// a plan saved before reasons were data, its stored words through clientWording above. Rules
// that are the engine's bookkeeping give "".
QString clientWording(const core::Reason& reason);

// True when text still carries engine talk (used by clientWording and the tests).
bool hasEngineTalk(const QString& text);

} // namespace glidepath::report::detail
