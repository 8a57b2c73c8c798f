#include <glidepath/core/text_fold.h>

#include <gtest/gtest.h>

using glidepath::core::foldForSorting;

TEST(TextFold, LowercasesAndStripsAccents)
{
    EXPECT_EQ(foldForSorting("Clamshell"), "clamshell");
    EXPECT_EQ(foldForSorting("Éventail"), "eventail");
    EXPECT_EQ(foldForSorting("Café crème"), "cafe creme");
    EXPECT_EQ(foldForSorting("Ångström"), "angstrom");
    EXPECT_EQ(foldForSorting("Łódź Žatec"), "lodz zatec");
    EXPECT_EQ(foldForSorting("Straße"), "strasse");
    EXPECT_EQ(foldForSorting("Æsir Œuvre"), "aesir oeuvre");
    EXPECT_EQ(foldForSorting("Cafe\xCC\x81"), "cafe") << "a combining accent";
    EXPECT_EQ(foldForSorting("ΑΒΓ Жук"), "αβγ жук");
}

TEST(TextFold, CollapsesSpacesAndDropsBrokenBytes)
{
    EXPECT_EQ(foldForSorting("  Wall   sit \t"), "wall sit");
    EXPECT_EQ(foldForSorting("Wall\xFF sit"), "wall sit");
    EXPECT_EQ(foldForSorting(""), "");
    EXPECT_EQ(foldForSorting("3 × 10"), "3 × 10");
}

TEST(TextFold, KeysSortAccentedNamesBesideTheirPlainSpelling)
{
    EXPECT_LT(foldForSorting("Éventail"), foldForSorting("Zercher"));
    EXPECT_LT(foldForSorting("apple"), foldForSorting("Banana"));
    EXPECT_LT(foldForSorting("Clamshell"), foldForSorting("Clamshell with band"));
}
