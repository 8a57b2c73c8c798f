#include <glidepath/report/red_flag_text.h>

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QTranslator>

#include <gtest/gtest.h>

namespace glidepath::report {
namespace {

using core::RedFlag;

TEST(RedFlagText, EveryFlagHasDistinctQuestionAndReferral)
{
    QSet<QString> questions;
    QSet<QString> referrals;
    for (const RedFlag flag : core::allValues<RedFlag>()) {
        const QString question = redFlagQuestion(flag);
        const QString referral = redFlagReferral(flag);
        const std::string name(core::toString(flag));
        EXPECT_GT(question.size(), 20) << name;
        EXPECT_TRUE(question.endsWith(QLatin1Char('?'))) << name;
        EXPECT_GT(referral.size(), 40) << name;
        // Every referral names who to see: a doctor, or the surgical team after an operation.
        EXPECT_TRUE(referral.contains(QLatin1String("doctor")) ||
                    referral.contains(QLatin1String("surgical team")))
            << name;
        // Asked of the person themselves (personal mode) as well as by a clinician.
        EXPECT_FALSE(question.contains(QLatin1String("the client"))) << name;
        questions.insert(question);
        referrals.insert(referral);
    }
    EXPECT_EQ(static_cast<std::size_t>(questions.size()), core::allValues<RedFlag>().size());
    EXPECT_EQ(static_cast<std::size_t>(referrals.size()), core::allValues<RedFlag>().size());
}

TEST(RedFlagText, QuestionsAreSpecific)
{
    EXPECT_TRUE(redFlagQuestion(RedFlag::HotSwollenJointFever).contains(QLatin1String("fever")));
    EXPECT_TRUE(redFlagQuestion(RedFlag::CannotBearWeight).contains(QLatin1String("four steps")));
    EXPECT_TRUE(redFlagQuestion(RedFlag::LockedKnee).contains(QLatin1String("straighten")));
    EXPECT_TRUE(redFlagQuestion(RedFlag::NumbnessOrColourChange)
                    .contains(QLatin1String("pins and needles")));
    EXPECT_TRUE(
        redFlagQuestion(RedFlag::YoungPersonHipRotationPain).contains(QLatin1String("hip")));
}

// The screen is a safety check: in German every question and referral must be German, not the
// English left in place by a missing translation.
TEST(RedFlagText, EveryQuestionAndReferralIsTranslatedIntoGerman)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral("glidepath_de"), QStringLiteral(GLIDEPATH_QM_DIR)));
    std::vector<std::pair<QString, QString>> english;
    for (const RedFlag flag : core::allValues<RedFlag>()) {
        english.emplace_back(redFlagQuestion(flag), redFlagReferral(flag));
    }
    QCoreApplication::installTranslator(&translator);
    std::size_t i = 0;
    for (const RedFlag flag : core::allValues<RedFlag>()) {
        const std::string name(core::toString(flag));
        EXPECT_NE(redFlagQuestion(flag), english[i].first) << name;
        EXPECT_NE(redFlagReferral(flag), english[i].second) << name;
        EXPECT_TRUE(redFlagQuestion(flag).endsWith(QLatin1Char('?'))) << name;
        ++i;
    }
    EXPECT_TRUE(redFlagQuestion(RedFlag::HotSwollenJointFever).contains(QLatin1String("Fieber")));
    QCoreApplication::removeTranslator(&translator);
}

} // namespace
} // namespace glidepath::report
