#pragma once

// The words for the engine's reasons and advice (core::Reason: a rule id and typed values). One
// renderer, two registers: Clinician is precise (phases, limits, ISO dates, doses); Client is
// plain words for the person doing the exercises (no phase numbers, no rule ids, no ISO dates,
// no snake_case). Every sentence goes through Qt's translation system (context "ReasonText").
// A reason read from an older plan that only stored words is shown as those words (shortened
// for the client).

#include <glidepath/core/reason.h>

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace glidepath::report {

enum class Register
{
    Clinician,
    Client
};

// The reason in words; empty only for a client-register reason that has nothing to tell the
// client (none today) or an unknown rule with no stored words in the client register.
QString reasonText(const core::Reason& reason, Register reg);
// Each reason in words, in order; empty texts and (client register) repeats are left out.
QStringList reasonTexts(const std::vector<core::Reason>& reasons, Register reg);
// The clinician words as UTF-8, for io and the CLI, which write plans as text.
std::string clinicianText(const core::Reason& reason);

// Why an exercise may not be used this week (core::PlanAlternatives::exclusionReason), as the
// end of a sentence: "it needs a resistance band, which the client does not have".
QString exclusionText(const core::ReasonValues& values, Register reg);

// A word of core's vocabulary as the reasons write it: a slot ("hip_abductors" -> "hip
// abductors"), an equipment or a condition word; an unknown word with its underscores spaced.
QString vocabularyText(std::string_view word, Register reg);

// Whether the renderer has words of its own for the rule id (else it falls back to stored
// words, or in the clinician register to the rule id).
bool hasReasonWords(std::string_view rule);

} // namespace glidepath::report
