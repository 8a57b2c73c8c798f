#include "client_wording.h"

#include <glidepath/report/handout_text.h>
#include <glidepath/report/reason_text.h>

#include <QRegularExpression>

#include <array>

namespace glidepath::report::detail {

namespace {

// Rules whose text is about the engine's bookkeeping, not the client's week: the handout shows
// their effect elsewhere (the day table, the exercises) or the clinician summary explains them.
// A referral's reasons are kept: their client words say which answer needs a doctor's look.
constexpr std::array<std::string_view, 4> kClinicianOnlyPrefixes{
    "week.",
    "phase.",
    "keep.",
    "select.",
};

const QRegularExpression& engineTalk()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\d{4}-\\d{2}-\\d{2}"              // ISO dates
                       "|\\bphase\\s*\\d"                  // phase numbers
                       "|\\b[a-z]+_[a-z_]+\\b"             // snake_case ids
                       "|\\b[a-z]+\\.[a-z_]+(\\.[a-z_]+)*" // rule ids such as light.red.trend
                       "|%"                                // percentages of volume
                       "|\\s:"),                           // a stray " :" where text was cut out
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

bool hasEngineTalk(const QString& text)
{
    return engineTalk().match(text).hasMatch();
}

QString clientWording(std::string_view ruleId, std::string_view engineText)
{
    for (std::string_view prefix : kClinicianOnlyPrefixes) {
        if (ruleId.substr(0, prefix.size()) == prefix) {
            return {};
        }
    }
    // Reasons: their first sentence without bracketed detail. Advice is written for clients and
    // kept whole.
    QString text = ruleId.empty() ? QString::fromUtf8(engineText.data(),
                                                      static_cast<qsizetype>(engineText.size()))
                                        .simplified()
                                  : simplifyReason(engineText);
    if (text.isEmpty() || hasEngineTalk(text)) {
        return {};
    }
    return text;
}

QString clientWording(const core::Reason& reason)
{
    if (!reason.text.empty()) {
        return clientWording(reason.rule, reason.text);
    }
    for (std::string_view prefix : kClinicianOnlyPrefixes) {
        if (std::string_view(reason.rule).substr(0, prefix.size()) == prefix) {
            return {};
        }
    }
    const QString text = reasonText(reason, Register::Client);
    return hasEngineTalk(text) ? QString() : text;
}

} // namespace glidepath::report::detail
