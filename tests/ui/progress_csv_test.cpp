// The progress CSV's formula guard: only what a spreadsheet would evaluate gets an apostrophe.

#include "models/progress_csv.h"

#include <gtest/gtest.h>

using glidepath::ui::isSpreadsheetFormula;
using glidepath::ui::spreadsheetSafe;

namespace {

QString q(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST(SpreadsheetFormula, FormulasAreGuarded)
{
    for (const char* text :
         {"=1+1", "=SUM(A1:A3)", "@SUM(A1)", "@x", "+1+2", "-2+3", "-5", "+A1", "-$B$2*3", "-.5",
          "+(1)", "--1", "-=1", "+\"x\"", "-x HYPERLINK(\"http://evil\")", "-cmd|' /C calc'!A0",
          "+Sheet2!A1", "-5 felt ok"}) {
        SCOPED_TRACE(text);
        EXPECT_TRUE(isSpreadsheetFormula(q(text)));
        EXPECT_EQ(spreadsheetSafe(q(text)), QLatin1Char('\'') + q(text));
    }
}

TEST(SpreadsheetFormula, NotesThatOnlyStartWithADashStayAsWritten)
{
    for (const char* text :
         {"-felt worse", "- felt worse", "+ a little better", "-sore (left knee)", "-ouch | bad",
          "-", "+", "fine", "", "felt = better", "e-mail me", "A1", "3 sets", "-abc1x", "-ABCD1"}) {
        SCOPED_TRACE(text);
        EXPECT_FALSE(isSpreadsheetFormula(q(text)));
        EXPECT_EQ(spreadsheetSafe(q(text)), q(text));
    }
}

TEST(SpreadsheetFormula, LeadingBlanksDoNotHideAFormula)
{
    for (const char* text :
         {"\r=1+1", "\n=1+1", "\t=1+1", "\r\n@SUM(A1)", " =1", "\t\t-2+3", "\r+1+2", "\n-A1"}) {
        SCOPED_TRACE(text);
        EXPECT_TRUE(isSpreadsheetFormula(q(text)));
        EXPECT_EQ(spreadsheetSafe(q(text)), QLatin1Char('\'') + q(text));
    }
    EXPECT_FALSE(isSpreadsheetFormula(q("\r-felt worse")));
    EXPECT_FALSE(isSpreadsheetFormula(q("\r\n\t ")));
}

TEST(SpreadsheetFormula, FullWidthOperatorsCount)
{
    EXPECT_TRUE(isSpreadsheetFormula(QStringLiteral(u"\uFF1D1+1")));
    EXPECT_TRUE(isSpreadsheetFormula(QStringLiteral(u"\uFF20SUM(A1)")));
    EXPECT_TRUE(isSpreadsheetFormula(QStringLiteral(u"\uFF0B1")));
    EXPECT_FALSE(isSpreadsheetFormula(QStringLiteral(u"\uFF0Dfelt worse")));
}
