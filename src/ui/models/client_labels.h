#pragma once

#include "models/date_text.h"

#include <glidepath/core/client.h>
#include <glidepath/core/date.h>

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace glidepath::ui {

// Client words that the shared Labels (labels.h) does not cover: red-flag questions and field
// names for messages, plus date helpers for the clients and plan pages (date_text.h).
class ClientLabels
{
    Q_DECLARE_TR_FUNCTIONS(ClientLabels)

public:
    // The screening question and the referral advice come from core (one wording everywhere:
    // app, handouts and the command line).
    static QString redFlagQuestion(core::RedFlag flag);
    static QString redFlagReferral(core::RedFlag flag);
    // Each flag's question and then its referral advice, as bullet paragraphs.
    static QString redFlagAdvice(const std::vector<core::RedFlag>& flags);
    // How a stopped plan becomes usable again, in one sentence.
    static QString supersededClearedBy();
    // A FieldIssue's field in words for messages that cannot sit next to their widget.
    static QString fieldName(const std::string& field);
};

// Monday of the week after today; a Monday gives the Monday one week later.
core::Date nextMonday(core::Date today);

} // namespace glidepath::ui
