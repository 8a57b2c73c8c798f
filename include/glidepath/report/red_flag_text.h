#pragma once

// The words of the red-flag screen: each flag's question (asked at screening and in every
// check-in) and its referral advice (what to do and how soon). They live here, not in core, so
// that they go through Qt's translation system (context "RedFlagText") like every other sentence
// a client or clinician reads; core keeps only the flags and their urgency.

#include <glidepath/core/client.h>

#include <QString>

namespace glidepath::report {

// "Does the knee lock, or can you not straighten it fully?"
QString redFlagQuestion(core::RedFlag flag);
// What to do, in the client's words, and how soon (same day for the urgent flags).
QString redFlagReferral(core::RedFlag flag);

} // namespace glidepath::report
