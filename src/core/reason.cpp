#include <glidepath/core/reason.h>

#include <array>
#include <charconv>
#include <cmath>

namespace glidepath::core {

namespace value {

namespace {
ReasonValue of(ReasonValue::Kind kind, int n = 0)
{
    ReasonValue out;
    out.kind = kind;
    out.number = n;
    return out;
}
} // namespace

ReasonValue number(int n)
{
    return of(ReasonValue::Kind::Number, n);
}

ReasonValue pain(int score)
{
    return of(ReasonValue::Kind::Pain, score);
}

ReasonValue percent(double share)
{
    return of(ReasonValue::Kind::Percent, static_cast<int>(std::lround(share * 100.0)));
}

ReasonValue date(Date d)
{
    ReasonValue out = of(ReasonValue::Kind::Date);
    out.date = d;
    return out;
}

ReasonValue exercise(std::string id, std::string name, int pain)
{
    ReasonValue out = of(ReasonValue::Kind::Exercise, pain);
    out.id = std::move(id);
    out.name = std::move(name);
    return out;
}

ReasonValue word(std::string_view word)
{
    ReasonValue out = of(ReasonValue::Kind::Word);
    out.id = std::string(word);
    return out;
}

ReasonValue text(std::string text)
{
    ReasonValue out = of(ReasonValue::Kind::Text);
    out.id = std::move(text);
    return out;
}

ReasonValue list(std::vector<ReasonValue> items)
{
    ReasonValue out = of(ReasonValue::Kind::List);
    out.items = std::move(items);
    return out;
}

ReasonValue words(const std::vector<std::string>& words)
{
    std::vector<ReasonValue> items;
    for (const std::string& w : words) {
        items.push_back(word(w));
    }
    return list(std::move(items));
}

ReasonValue dates(const std::vector<Date>& dates)
{
    std::vector<ReasonValue> items;
    for (Date d : dates) {
        items.push_back(date(d));
    }
    return list(std::move(items));
}

} // namespace value

const ReasonValue* Reason::find(std::string_view name) const
{
    const auto it = values.find(name);
    return it == values.end() ? nullptr : &it->second;
}

int Reason::number(std::string_view name, int fallback) const
{
    const ReasonValue* v = find(name);
    return v != nullptr ? v->number : fallback;
}

std::string Reason::word(std::string_view name) const
{
    const ReasonValue* v = find(name);
    return v != nullptr ? v->id : std::string();
}

namespace {

constexpr std::array<std::string_view, 77> kDecisionRules{
    "refer.red_flag",
    "phase.start",
    "checkin.none",
    "checkin.not_new",
    "checkin.recent",
    "light.green",
    "light.amber.exercise_pain",
    "light.red.exercise_pain",
    "light.red.next_morning",
    "light.amber.trend",
    "light.red.trend",
    "light.trend.baseline",
    "light.amber.settling",
    "light.amber.rest_pain",
    "light.red.rest_pain",
    "light.amber.activity_pain",
    "light.red.activity_pain",
    "light.amber.painful_exercise",
    "light.red.new_swelling",
    "light.amber.swelling",
    "light.red.night_pain",
    "light.amber.night_pain",
    "action.progress",
    "action.hold.amber",
    "action.hold.adherence",
    "action.hold.too_hard",
    "action.regress",
    "action.progress.none",
    "action.progress.per_exercise",
    "plan.first",
    "week.sessions_from_adherence",
    "escalate.persistent",
    "escalate.amber_run",
    "refer.restart",
    "refer.ramp",
    "surgery.phase_weeks",
    "surgery.weight_bearing",
    "surgery.clearance",
    "regress.two_red_weeks",
    "phase.gate.1_2",
    "phase.gate.2_3",
    "phase.gate.3_4",
    "dose.progress",
    "dose.load",
    "dose.regress",
    "exercise.swap_painful",
    "exercise.hold_painful",
    "log.adherence",
    "log.pain",
    "log.painful",
    "log.skipped",
    "log.next_morning",
    "select.kneeling",
    "select.equipment",
    "select.red_caps",
    "select.irritable",
    "select.falls_risk",
    "select.precautions",
    "select.painful_ladder",
    "week.new_exercises",
    "goal.walking",
    "goal.running",
    "run.entry",
    "run.advance",
    "goal.stairs",
    "goal.squatting",
    "goal.daily_living",
    "goal.hip_balance",
    "select.landing",
    "select.gait",
    "keep.previous",
    "week.strength_sessions",
    "week.rest_days",
    "week.strength_slots",
    "week.variety",
    "week.mobility_day",
    "week.budget",
};

constexpr std::array<std::string_view, 20> kAdviceRules{
    "advice.pain_limits",     "advice.note_sessions", "advice.review_red_weeks",
    "advice.step_back",       "advice.per_exercise",  "advice.amber_wait",
    "advice.shorter_session", "advice.progress",      "advice.progress_none",
    "advice.kneeling",        "advice.equipment",     "advice.one_leg",
    "advice.review",          "advice.pause",         "advice.red_flag",
    "advice.irritable",       "advice.running",       "advice.falls_balance",
    "advice.one_change",      "advice.welcome_back",
};

constexpr std::array<std::string_view, 9> kExerciseRules{
    "exercise.new",
    "dose.progress",
    "dose.regress",
    "keep.previous",
    "exercise.hold_painful",
    "exercise.swap_painful",
    "log.skipped",
    "edit.swap",
    "edit.add",
};

constexpr std::string_view kMarker = "@reason/1";

bool plain(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
}

void escape(std::string& out, std::string_view text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    for (char c : text) {
        if (plain(c)) {
            out += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
    }
}

void encode(std::string& out, const ReasonValue& v)
{
    switch (v.kind) {
    case ReasonValue::Kind::Number:
        out += 'N' + std::to_string(v.number);
        break;
    case ReasonValue::Kind::Pain:
        out += 'P' + std::to_string(v.number);
        break;
    case ReasonValue::Kind::Percent:
        out += 'C' + std::to_string(v.number);
        break;
    case ReasonValue::Kind::Date:
        out += 'D' + toIsoString(v.date);
        break;
    case ReasonValue::Kind::Exercise:
        out += 'E';
        escape(out, v.id);
        out += ';';
        escape(out, v.name);
        out += ';' + std::to_string(v.number);
        break;
    case ReasonValue::Kind::Word:
        out += 'W';
        escape(out, v.id);
        break;
    case ReasonValue::Kind::Text:
        out += 'T';
        escape(out, v.id);
        break;
    case ReasonValue::Kind::List:
        out += "L[";
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            encode(out, v.items[i]);
        }
        out += ']';
        break;
    }
}

// Reads what encode wrote; any deviation makes the whole text "not in this form".
class Decoder
{
public:
    explicit Decoder(std::string_view text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    bool take(char c)
    {
        if (!atEnd() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    std::optional<std::string> token()
    {
        std::string out;
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (plain(c)) {
                out += c;
                ++m_pos;
            } else if (c == '%' && m_pos + 2 < m_text.size()) {
                int byte = 0;
                const char* first = m_text.data() + m_pos + 1;
                const auto [end, ec] = std::from_chars(first, first + 2, byte, 16);
                if (ec != std::errc() || end != first + 2) {
                    return std::nullopt;
                }
                out += static_cast<char>(byte);
                m_pos += 3;
            } else {
                break;
            }
        }
        return out;
    }

    std::optional<int> integer()
    {
        const std::optional<std::string> t = token();
        int n = 0;
        if (!t || t->empty()) {
            return std::nullopt;
        }
        const auto [end, ec] = std::from_chars(t->data(), t->data() + t->size(), n);
        if (ec != std::errc() || end != t->data() + t->size()) {
            return std::nullopt;
        }
        return n;
    }

    std::optional<ReasonValue> value(int depth = 0)
    {
        if (atEnd() || depth > 8) {
            return std::nullopt;
        }
        const char kind = m_text[m_pos++];
        ReasonValue v;
        switch (kind) {
        case 'N':
        case 'P':
        case 'C': {
            const std::optional<int> n = integer();
            if (!n) {
                return std::nullopt;
            }
            v.kind = kind == 'N'   ? ReasonValue::Kind::Number
                     : kind == 'P' ? ReasonValue::Kind::Pain
                                   : ReasonValue::Kind::Percent;
            v.number = *n;
            return v;
        }
        case 'D': {
            const std::optional<std::string> t = token();
            const std::optional<Date> d = t ? parseIsoDate(*t) : std::nullopt;
            if (!d) {
                return std::nullopt;
            }
            return value::date(*d);
        }
        case 'E': {
            const std::optional<std::string> id = token();
            if (!id || !take(';')) {
                return std::nullopt;
            }
            const std::optional<std::string> name = token();
            if (!name || !take(';')) {
                return std::nullopt;
            }
            const std::optional<int> pain = integer();
            if (!pain) {
                return std::nullopt;
            }
            return value::exercise(*id, *name, *pain);
        }
        case 'W':
        case 'T': {
            const std::optional<std::string> t = token();
            if (!t) {
                return std::nullopt;
            }
            return kind == 'W' ? value::word(*t) : value::text(*t);
        }
        case 'L': {
            if (!take('[')) {
                return std::nullopt;
            }
            std::vector<ReasonValue> items;
            if (!take(']')) {
                do {
                    std::optional<ReasonValue> item = value(depth + 1);
                    if (!item) {
                        return std::nullopt;
                    }
                    items.push_back(std::move(*item));
                } while (take(','));
                if (!take(']')) {
                    return std::nullopt;
                }
            }
            return value::list(std::move(items));
        }
        default:
            return std::nullopt;
        }
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace

std::span<const std::string_view> decisionReasonRules()
{
    return kDecisionRules;
}

std::span<const std::string_view> adviceRules()
{
    return kAdviceRules;
}

std::span<const std::string_view> exerciseReasonRules()
{
    return kExerciseRules;
}

std::string encodeReason(const Reason& reason)
{
    if (!reason.text.empty() && reason.values.empty()) {
        return reason.text;
    }
    std::string out(kMarker);
    out += ' ';
    escape(out, reason.rule);
    for (const auto& [name, v] : reason.values) {
        out += ' ';
        escape(out, name);
        out += '=';
        encode(out, v);
    }
    return out;
}

std::optional<Reason> decodeReason(std::string_view stored)
{
    if (stored.substr(0, kMarker.size()) != kMarker) {
        return std::nullopt;
    }
    Decoder in(stored.substr(kMarker.size()));
    Reason out;
    if (!in.take(' ')) {
        return std::nullopt;
    }
    std::optional<std::string> rule = in.token();
    if (!rule) {
        return std::nullopt;
    }
    out.rule = std::move(*rule);
    while (!in.atEnd()) {
        if (!in.take(' ')) {
            return std::nullopt;
        }
        const std::optional<std::string> name = in.token();
        if (!name || name->empty() || !in.take('=')) {
            return std::nullopt;
        }
        std::optional<ReasonValue> v = in.value();
        if (!v) {
            return std::nullopt;
        }
        out.values[*name] = std::move(*v);
    }
    return out;
}

} // namespace glidepath::core
