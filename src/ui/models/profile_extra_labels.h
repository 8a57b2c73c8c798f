#pragma once

#include <glidepath/core/client.h>

#include <QCoreApplication>
#include <QString>

namespace glidepath::ui {

// Plain words for the profile parts of the post-surgery pathway, the client's precautions and the
// hip-balance self-check; never the snake_case names of the file formats.
class ProfileExtraLabels
{
    Q_DECLARE_TR_FUNCTIONS(ProfileExtraLabels)

public:
    static QString of(core::Operation value);
    static QString of(core::WeightBearing value);
    static QString of(core::SurgicalClearance value);
    static QString of(core::ClientPrecaution value);

    enum class HipQuestion
    {
        SitsForLongPeriods,
        BackPain,
        RepetitiveMotion,
        DoesHipBalanceWork
    };
    // The question, worded for the clinician ("the client") or for the person at home ("you").
    static QString question(HipQuestion question, bool personal);
};

} // namespace glidepath::ui
