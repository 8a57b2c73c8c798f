#include "models/client_attention_text.h"

#include "models/client_labels.h"

#include <QStringList>

namespace glidepath::ui {

QString ClientAttentionText::status(const core::Attention& attention, core::Date today)
{
    switch (attention.level) {
    case core::AttentionLevel::RedFlag:
        return tr("Red flag");
    case core::AttentionLevel::ReviewDue:
        return *attention.nextReview < today ? tr("Review overdue") : tr("Review due");
    case core::AttentionLevel::NoRecentCheckIn:
        return attention.daysSinceCheckIn ? tr("No recent check-in") : tr("No check-in yet");
    case core::AttentionLevel::None:
        break;
    }
    return {};
}

QString ClientAttentionText::details(const core::Attention& attention, core::Date today)
{
    QStringList lines;
    if (!attention.redFlags.empty()) {
        lines << tr("Red flag answered yes; the referral is not resolved:");
        for (const core::RedFlag flag : attention.redFlags) {
            lines << QStringLiteral("• ") + ClientLabels::redFlagQuestion(flag);
        }
    }
    if (attention.reviewDue) {
        lines << (*attention.nextReview < today ? tr("Review overdue: it was due on %1.")
                                                      .arg(shortDayText(*attention.nextReview))
                                                : tr("Review due today."));
    }
    if (attention.checkInStale) {
        lines << (attention.daysSinceCheckIn
                      ? tr("No check-in for two weeks or more: the last was on %1.")
                            .arg(longDateText(today -
                                              std::chrono::days(*attention.daysSinceCheckIn)))
                      : tr("No check-in yet."));
    }
    if (lines.isEmpty()) {
        return tr("Nothing due.");
    }
    return lines.join(QLatin1Char('\n'));
}

QString ClientAttentionText::review(const core::Attention& attention)
{
    return attention.nextReview ? shortDayText(*attention.nextReview) : QString();
}

QString ClientAttentionText::reviewSource(const core::Attention& attention)
{
    if (!attention.nextReview) {
        return tr("No review date: none is set in the profile and there is no saved plan.");
    }
    if (attention.reviewFromPlan) {
        return tr("Next review %1: the day after the current plan's week (no date set in the "
                  "profile).")
            .arg(longDateText(*attention.nextReview));
    }
    return tr("Next review %1, set in the profile.").arg(longDateText(*attention.nextReview));
}

} // namespace glidepath::ui
