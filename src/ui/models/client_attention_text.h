#pragma once

#include <glidepath/core/client_attention.h>

#include <QCoreApplication>
#include <QString>

namespace glidepath::ui {

// The words the Clients page shows for core::Attention: a short status for the list column and
// every reason in full for its tooltip, so that who needs attention is said in words, not
// colour alone.
class ClientAttentionText
{
    Q_DECLARE_TR_FUNCTIONS(ClientAttentionText)

public:
    // "Red flag", "Review due", "Review overdue", "No check-in yet", "No recent check-in";
    // empty when nothing is due.
    static QString status(const core::Attention& attention, core::Date today);
    // Every reason that applies, one a line, most urgent first; "Nothing due." when none.
    static QString details(const core::Attention& attention, core::Date today);
    // The next review date for the list ("Mon 14 Dec"), empty when there is none.
    static QString review(const core::Attention& attention);
    // Where that date comes from, for its tooltip.
    static QString reviewSource(const core::Attention& attention);
};

} // namespace glidepath::ui
