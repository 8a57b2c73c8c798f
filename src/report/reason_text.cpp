// The reason renderer: values in words, and the dispatch from a rule id to its sentence
// (reason_text_decision.cpp, reason_text_advice.cpp).

#include "reason_words.h"

#include <glidepath/core/client.h>
#include <glidepath/core/exercise.h>
#include <glidepath/core/vocabulary.h>
#include <glidepath/io/library_format.h>
#include <glidepath/report/handout_text.h>
#include <glidepath/report/labels.h>

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <array>

namespace glidepath::report {

namespace detail {

namespace {

struct WordPair
{
    std::string_view word;
    const char* clinician;
    const char* client; // null: the clinician words suit the client too
};

// The engine's vocabulary words that need more than "snake_case" -> "snake case".
constexpr std::array kWords{
    WordPair{"activity_pain", QT_TRANSLATE_NOOP("ReasonText", "activity pain"),
             QT_TRANSLATE_NOOP("ReasonText", "pain in everyday activities")},
    WordPair{"night_pain", QT_TRANSLATE_NOOP("ReasonText", "night pain"), nullptr},
    WordPair{"swelling", QT_TRANSLATE_NOOP("ReasonText", "swelling"), nullptr},
    WordPair{"hip_abductors", QT_TRANSLATE_NOOP("ReasonText", "hip abductors"),
             QT_TRANSLATE_NOOP("ReasonText", "the muscles at the side of the hip")},
    WordPair{"hip_extensors", QT_TRANSLATE_NOOP("ReasonText", "hip extensors"),
             QT_TRANSLATE_NOOP("ReasonText", "the buttock muscles")},
    WordPair{"quadriceps", QT_TRANSLATE_NOOP("ReasonText", "quadriceps"),
             QT_TRANSLATE_NOOP("ReasonText", "the thigh muscles")},
    WordPair{"trunk_control", QT_TRANSLATE_NOOP("ReasonText", "trunk control"),
             QT_TRANSLATE_NOOP("ReasonText", "the trunk muscles")},
    WordPair{"landing", QT_TRANSLATE_NOOP("ReasonText", "landing"),
             QT_TRANSLATE_NOOP("ReasonText", "landing practice")},
    WordPair{"gait", QT_TRANSLATE_NOOP("ReasonText", "gait"),
             QT_TRANSLATE_NOOP("ReasonText", "walking practice")},
    WordPair{"accessory", QT_TRANSLATE_NOOP("ReasonText", "other support muscles"), nullptr},
    WordPair{"mobility", QT_TRANSLATE_NOOP("ReasonText", "mobility"),
             QT_TRANSLATE_NOOP("ReasonText", "easy movement")},
    WordPair{"activation", QT_TRANSLATE_NOOP("ReasonText", "activation"),
             QT_TRANSLATE_NOOP("ReasonText", "waking up the muscles")},
    WordPair{"fall_in_last_year", QT_TRANSLATE_NOOP("ReasonText", "a fall in the last year"),
             nullptr},
    WordPair{"unsteady",
             QT_TRANSLATE_NOOP("ReasonText", "feeling unsteady or worried about falling"), nullptr},
    WordPair{"sitting", QT_TRANSLATE_NOOP("ReasonText", "sits for long periods"),
             QT_TRANSLATE_NOOP("ReasonText", "you sit for long periods")},
    WordPair{"back_pain", QT_TRANSLATE_NOOP("ReasonText", "has back pain"),
             QT_TRANSLATE_NOOP("ReasonText", "you have back pain")},
    WordPair{
        "repetitive_motion",
        QT_TRANSLATE_NOOP("ReasonText", "repeats the same motion a lot in sport or work"),
        QT_TRANSLATE_NOOP("ReasonText", "you repeat the same movement a lot in sport or work")},
    WordPair{"impact_landing", QT_TRANSLATE_NOOP("ReasonText", "impact and landing"),
             QT_TRANSLATE_NOOP("ReasonText", "jumping and landing")},
    WordPair{"deep_knee_bend", QT_TRANSLATE_NOOP("ReasonText", "deep knee bend"),
             QT_TRANSLATE_NOOP("ReasonText", "deep knee bending")},
    WordPair{"knee_arthroscopy", QT_TRANSLATE_NOOP("ReasonText", "knee arthroscopy"),
             QT_TRANSLATE_NOOP("ReasonText", "keyhole knee surgery")},
    WordPair{"acl_reconstruction", QT_TRANSLATE_NOOP("ReasonText", "ACL reconstruction"),
             QT_TRANSLATE_NOOP("ReasonText", "cruciate ligament surgery")},
    WordPair{"knee_replacement", QT_TRANSLATE_NOOP("ReasonText", "knee replacement"), nullptr},
    // The surgeon's clearances and weight bearing named in surgery.clearance.
    WordPair{"kneeling", QT_TRANSLATE_NOOP("ReasonText", "kneeling"), nullptr},
    WordPair{"pivoting", QT_TRANSLATE_NOOP("ReasonText", "pivoting"), nullptr},
    WordPair{"running", QT_TRANSLATE_NOOP("ReasonText", "running"), nullptr},
    WordPair{"partial", QT_TRANSLATE_NOOP("ReasonText", "partial"), nullptr},
    WordPair{"full", QT_TRANSLATE_NOOP("ReasonText", "full"), nullptr},
    WordPair{"non_weight_bearing", QT_TRANSLATE_NOOP("ReasonText", "non weight bearing"),
             QT_TRANSLATE_NOOP("ReasonText", "no weight on the leg")},
    WordPair{"not_settling", QT_TRANSLATE_NOOP("ReasonText", "weeks in a row without settling"),
             QT_TRANSLATE_NOOP("ReasonText", "several weeks in a row without settling")},
};

QString spaced(std::string_view word)
{
    QString out = QString::fromUtf8(word.data(), static_cast<qsizetype>(word.size()));
    out.replace(QLatin1Char('_'), QLatin1Char(' '));
    return out;
}

QString painText(int score, Register reg)
{
    return reg == Register::Client ? ReasonText::tr("%1 out of 10").arg(score)
                                   : ReasonText::tr("%1/10").arg(score);
}

QString dateText(core::Date date, Register reg)
{
    if (reg == Register::Client) {
        return ReasonText::tr("%1 %2", "weekday, day and month")
            .arg(weekdayName(date), dayMonth(date));
    }
    // Exact, and read at a glance: "Mon 7 Dec 2026" (the order and names follow the language).
    const std::chrono::year_month_day ymd{date};
    const QDate day(static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                    static_cast<int>(unsigned(ymd.day())));
    return QLocale().toString(day, ReasonText::tr("ddd d MMM yyyy", "date format of clinician "
                                                                    "reasons (QDate pattern)"));
}

} // namespace

QString joinAnd(const QStringList& items)
{
    QString out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += i + 1 == items.size() ? ReasonText::tr(" and ") : QStringLiteral(", ");
        }
        out += items[i];
    }
    return out;
}

QString wordText(std::string_view word, Register reg)
{
    for (const WordPair& pair : kWords) {
        if (pair.word == word) {
            const char* text =
                reg == Register::Client && pair.client ? pair.client : pair.clinician;
            return ReasonText::tr(text);
        }
    }
    if (const auto equipment = core::parseEnum<core::Equipment>(word)) {
        return equipmentInSentence(*equipment);
    }
    if (const auto condition = core::parseEnum<core::Condition>(word)) {
        return nounInSentence(conditionInWords(*condition));
    }
    return spaced(word);
}

QString durationText(int seconds)
{
    return seconds >= 60 && seconds % 60 == 0 ? ReasonText::tr("%1 min").arg(seconds / 60)
                                              : ReasonText::tr("%1 s").arg(seconds);
}

QString doseText(const core::ReasonValue& dose, bool moving)
{
    const auto at = [&](std::size_t i) { return i < dose.items.size() ? dose.items[i].number : 0; };
    const int sets = at(0);
    const int reps = at(1);
    const int hold = at(2);
    QString out;
    if (reps > 0) {
        out = hold > 0 ? ReasonText::tr("%1 × %2 with a %3 s hold").arg(sets).arg(reps).arg(hold)
                       : ReasonText::tr("%1 × %2").arg(sets).arg(reps);
    } else if (moving) {
        out = ReasonText::tr("%1 × %2 moving").arg(sets).arg(durationText(hold));
    } else {
        out = ReasonText::tr("%1 × %2 s hold").arg(sets).arg(hold);
    }
    if (dose.items.size() > 3 && !dose.items[3].id.empty()) {
        out += ReasonText::tr(", tempo %1").arg(QString::fromStdString(dose.items[3].id));
    }
    return out;
}

QString valueText(const core::ReasonValue& value, Register reg)
{
    using Kind = core::ReasonValue::Kind;
    switch (value.kind) {
    case Kind::Number:
        return QString::number(value.number);
    case Kind::Pain:
        return painText(value.number, reg);
    case Kind::Percent:
        return ReasonText::tr("%1 %").arg(value.number);
    case Kind::Date:
        return dateText(value.date, reg);
    case Kind::Exercise: {
        const QString name = exerciseValueName(value);
        return value.number >= 0 && reg == Register::Clinician
                   ? ReasonText::tr("%1 %2").arg(name, painText(value.number, reg))
                   : name;
    }
    case Kind::Word:
        return wordText(value.id, reg);
    case Kind::Text:
        return QString::fromStdString(value.id);
    case Kind::List: {
        QStringList items;
        for (const core::ReasonValue& item : value.items) {
            items << valueText(item, reg);
        }
        return joinAnd(items);
    }
    }
    return {};
}

QString exerciseValueName(const core::ReasonValue& exercise)
{
    const std::string language = QLocale().name().section(QLatin1Char('_'), 0, 0).toStdString();
    return QString::fromStdString(io::builtinLibrary().localizedName(
        exercise.id, exercise.name.empty() ? exercise.id : exercise.name, language));
}

QString Say::operator()(std::string_view name) const
{
    const core::ReasonValue* value = m_reason.find(name);
    if (value == nullptr) {
        return {};
    }
    // Doses are lists of numbers under these names (core's text::dose).
    static constexpr std::array<std::string_view, 4> kDoses{"dose", "from", "to", "shortened_to"};
    if (value->kind == core::ReasonValue::Kind::List &&
        std::find(kDoses.begin(), kDoses.end(), name) != kDoses.end()) {
        return doseText(*value, moving());
    }
    // Knee-bend and impact levels share words ("low", "none"): the value's name says which, and
    // the vocabulary's label says it in the text's language ("gering", "keine").
    if (value->kind == core::ReasonValue::Kind::Word) {
        if (name == "flexion" || name == "max_flexion") {
            if (const auto level = core::parseEnum<core::KneeFlexion>(value->id)) {
                return QLocale().toLower(Labels::of(*level));
            }
        }
        if (name == "impact" || name == "max_impact") {
            if (const auto level = core::parseEnum<core::Impact>(value->id)) {
                return QLocale().toLower(Labels::of(*level));
            }
        }
    }
    return valueText(*value, m_register);
}

QString fixedText(const Say& s, const char* clinician, const char* client)
{
    return ReasonText::tr(s.client() && client != nullptr ? client : clinician);
}

QString capsText(const Say& s)
{
    return s.client() ? ReasonText::tr("knee bending stays gentle and there is no jumping or "
                                       "hopping")
                      : ReasonText::tr("loaded knee bending is kept to %1 and impact to %2")
                            .arg(s("max_flexion"), s("max_impact"));
}

} // namespace detail

namespace {

detail::Renderer rendererFor(std::string_view rule)
{
    for (const auto* table :
         {&detail::decisionRenderers(), &detail::adviceRenderers(), &detail::exerciseRenderers()}) {
        if (const auto it = table->find(rule); it != table->end()) {
            return it->second;
        }
    }
    return nullptr;
}

} // namespace

QString reasonText(const core::Reason& reason, Register reg)
{
    if (!reason.text.empty()) {
        // Words stored by an older plan: shown as they are, shortened for the client.
        return reg == Register::Client ? simplifyReason(reason.text)
                                       : QString::fromStdString(reason.text);
    }
    if (const detail::Renderer render = rendererFor(reason.rule)) {
        const detail::Say say(reason, reg);
        QString out = render(say);
        // Any exercise reason may carry the day's shortened dose (week builder's budget).
        if (reason.has("shortened_minutes")) {
            out += reg == Register::Client
                       ? detail::ReasonText::tr(" A little less on this day, to fit your %1 "
                                                "minutes.")
                             .arg(say.num("shortened_minutes"))
                       : detail::ReasonText::tr(" Shortened on this day to fit the %1-minute "
                                                "session: %2.")
                             .arg(say.num("shortened_minutes"), say("shortened_to"));
        }
        return out;
    }
    return reg == Register::Client ? QString() : QString::fromStdString(reason.rule);
}

QStringList reasonTexts(const std::vector<core::Reason>& reasons, Register reg)
{
    QStringList out;
    for (const core::Reason& reason : reasons) {
        const QString text = reasonText(reason, reg);
        if (!text.isEmpty() && (reg == Register::Clinician || !out.contains(text))) {
            out << text;
        }
    }
    return out;
}

std::string clinicianText(const core::Reason& reason)
{
    return reasonText(reason, Register::Clinician).toStdString();
}

QString vocabularyText(std::string_view word, Register reg)
{
    return detail::wordText(word, reg);
}

bool hasReasonWords(std::string_view rule)
{
    return rendererFor(rule) != nullptr;
}

} // namespace glidepath::report
