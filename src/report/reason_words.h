#pragma once

// Internal to src/report: the pieces the reason renderer is made of. Say reads a reason's values
// in the register asked for; the tables map each rule id to its sentence.

#include <glidepath/report/reason_text.h>

#include <QCoreApplication>

#include <map>
#include <string_view>

namespace glidepath::report::detail {

// Translation context "ReasonText".
class ReasonText
{
    Q_DECLARE_TR_FUNCTIONS(ReasonText)
};

QString joinAnd(const QStringList& items); // "a", "a and b", "a, b and c"
QString wordText(std::string_view word, Register reg);
QString valueText(const core::ReasonValue& value, Register reg);
// "2 × 10 with a 3 s hold, tempo 3-1-1"; time kept moving (moving) reads "2 × 50 s moving".
QString doseText(const core::ReasonValue& dose, bool moving = false);
QString durationText(int seconds); // "50 s", "4 min"
// An exercise value's name in the language of the text: a built-in exercise's translated name
// (the plan stores the English one), a user's own exercise as it was written.
QString exerciseValueName(const core::ReasonValue& exercise);

class Say
{
public:
    Say(const core::Reason& reason, Register reg) : m_reason(reason), m_register(reg) {}

    bool client() const { return m_register == Register::Client; }
    Register reg() const { return m_register; }
    const core::Reason& reason() const { return m_reason; }
    bool has(std::string_view name) const { return m_reason.has(name); }
    std::string raw(std::string_view name) const { return m_reason.word(name); } // a word value
    int n(std::string_view name) const { return m_reason.number(name); }
    // The exercise's time is kept moving (timing continuous), not held still.
    bool moving() const { return m_reason.word("timing") == "continuous"; }

    QString num(std::string_view name) const { return QString::number(n(name)); }
    // Any value in the register's words: pain "6/10" or "6 out of 10", dates ISO or "Monday 7
    // December", words in plain words, lists joined with "and".
    QString operator()(std::string_view name) const;

private:
    const core::Reason& m_reason;
    Register m_register;
};

using Renderer = QString (*)(const Say&);
// Every decision rule's words; merges pathwayRenderers() (referral, surgery, phase gates, logs,
// selection, goals, the week) into those of pain, the light and the action.
const std::map<std::string_view, Renderer>& decisionRenderers();
const std::map<std::string_view, Renderer>& pathwayRenderers();
const std::map<std::string_view, Renderer>& adviceRenderers();
const std::map<std::string_view, Renderer>& exerciseRenderers();

// A sentence without values: the clinician's words, or the client's where given (not null).
QString fixedText(const Say& s, const char* clinician, const char* client);
#define GP_FIXED(clinician, client) [](const Say& s) { return fixedText(s, clinician, client); }

// The red-week caps (max_flexion, max_impact) as the end of a sentence.
QString capsText(const Say& s);

// The gate criteria of phase.gate.* (a list of [word, numbers...] items) in words.
QString criteriaText(const core::ReasonValue& list, int phase, Register reg);

} // namespace glidepath::report::detail
