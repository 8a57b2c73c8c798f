#pragma once

// A reason is data: the id of the rule that fired plus the values it fired on. Core makes no
// sentences; the words are made outside core (report/reason_text.h) in a clinician and a client
// register, so that both read from the same facts and every sentence can be translated.

#include <glidepath/core/date.h>

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::core {

struct ReasonValue
{
    enum class Kind
    {
        Number,   // a count, a limit, a phase, a number of weeks
        Pain,     // 0-10
        Percent,  // whole per cent
        Date,     // a calendar date
        Exercise, // id and display name; number holds its pain when the reason is about pain
        Word,     // one word of the engine's vocabulary (an enum's snake_case name)
        Text,     // words the user typed (a clinician's name, a review note): shown as given
        List      // items
    };
    Kind kind = Kind::Number;
    int number = 0;
    core::Date date{};
    std::string id;   // Exercise: its id; Word: the word; Text: the text
    std::string name; // Exercise: its display name
    std::vector<ReasonValue> items;

    bool operator==(const ReasonValue&) const = default;
};

namespace value {
ReasonValue number(int n);
ReasonValue pain(int score);
ReasonValue percent(double share); // 0.6 -> 60
ReasonValue date(Date d);
ReasonValue exercise(std::string id, std::string name, int pain = -1);
ReasonValue word(std::string_view word);
ReasonValue text(std::string text);
ReasonValue list(std::vector<ReasonValue> items);
ReasonValue words(const std::vector<std::string>& words);
ReasonValue dates(const std::vector<Date>& dates);
} // namespace value

using ReasonValues = std::map<std::string, ReasonValue, std::less<>>;

struct Reason
{
    Reason() = default;
    // Implicit, so that {"rule", {{"name", value}}} reads as a reason.
    Reason(std::string ruleId, ReasonValues ruleValues = {})
        : rule(std::move(ruleId)), values(std::move(ruleValues))
    {}

    // Id of the rule in data/rules/progression.json (docs/clinical-rules.md), or of the advice
    // item (advice.*), e.g. "light.red.next_morning".
    std::string rule;
    // The inputs the rule fired on, by name (the names each rule uses are listed in
    // docs/clinical-rules.md, "Reasons as data").
    ReasonValues values;
    // Words stored by a plan written before reasons were data (plan files and saved plans
    // without values). Empty for every reason the engine makes; when set, it is shown as is.
    std::string text;

    const ReasonValue* find(std::string_view name) const;
    int number(std::string_view name, int fallback = 0) const;
    std::string word(std::string_view name) const; // "" when absent
    bool has(std::string_view name) const { return find(name) != nullptr; }

    bool operator==(const Reason&) const = default;
};

// Every rule id the engine can put in a plan's decision reasons, in the order of
// data/rules/progression.json; a renderer must have words for each.
std::span<const std::string_view> decisionReasonRules();
// Every id of an advice item (Plan::advice).
std::span<const std::string_view> adviceRules();
// Every id a planned exercise's reason can have: the engine's, and the clinician's edits
// (edit.swap, edit.add).
std::span<const std::string_view> exerciseReasonRules();

// A one-line plain-text form of a reason, for storage that has one text column per reason
// ("@reason/1 rule name=kind:value ..."): encodeReason writes it, decodeReason reads it back and
// returns nullopt for text that is not in this form (the words an older plan stored), which the
// caller keeps as Reason::text. A reason that only has stored words is written as those words.
std::string encodeReason(const Reason& reason);
std::optional<Reason> decodeReason(std::string_view stored);

} // namespace glidepath::core
