#pragma once

// The referral sheet of the red-flag week example, checked in the language loaded: its bold line
// asks the client to pause and be checked, and the first bullet under it says something else
// (what the warning sign may mean), not the same again.

#include "report/pdf_probe.h"

#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/report/handout_renderer.h>
#include <glidepath/report/handout_text.h>
#include <glidepath/report/reason_text.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace glidepath::report::testing {

inline void expectReferralSheetSaysPauseOnce()
{
    QFile file(QStringLiteral(GLIDEPATH_SOURCE_DIR "/data/examples/red-flag-week.plan.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    const core::Plan plan = io::parsePlan(std::string_view(json.constData(), json.size()));
    ASSERT_EQ(plan.decision.action, core::Action::Refer);
    const auto flag =
        std::find_if(plan.advice.begin(), plan.advice.end(),
                     [](const core::Reason& r) { return r.rule == "advice.red_flag"; });
    ASSERT_NE(flag, plan.advice.end());
    ASSERT_TRUE(std::any_of(plan.advice.begin(), plan.advice.end(), [](const core::Reason& r) {
        return r.rule == "advice.pause";
    })) << "the example no longer carries the pause advice this test is about";

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("referral.pdf"));
    HandoutOptions options;
    options.clientName = "Example Client";
    writeHomeRoutinePdf(path.toStdString(), plan, io::builtinLibrary().exercises, options);
    const QString text = pdfText(path);

    const QString bold = decisionForClient(plan.decision);
    const QString firstBullet = textAfter(text, bold);
    ASSERT_FALSE(firstBullet.isEmpty()) << text.toStdString();
    const QString pause = reasonText(core::Reason("advice.pause"), Register::Client);
    EXPECT_FALSE(hasText(text, pause)) << text.toStdString();
    QString flagWords = normalised(reasonText(*flag, Register::Client));
    flagWords.remove(QRegularExpression(QStringLiteral("[-\\s]")));
    EXPECT_TRUE(firstBullet.startsWith(flagWords.left(40))) << firstBullet.toStdString();
    QString boldWords = normalised(bold);
    boldWords.remove(QRegularExpression(QStringLiteral("[-\\s]")));
    EXPECT_FALSE(firstBullet.startsWith(boldWords.left(20))) << firstBullet.toStdString();
}

} // namespace glidepath::report::testing
