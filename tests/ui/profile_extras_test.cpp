// The profile sections of the post-surgery pathway (operation, date, weight bearing, clearances),
// the precautions and the hip-balance self-check, filled in on the Clients page, saved and read
// back.

#include "models/client_list_model.h"
#include "ui_fixture.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/clients_page.h"
#include "widgets/clients/precautions_section.h"
#include "widgets/clients/profile_editor.h"
#include "widgets/clients/surgery_section.h"
#include "widgets/common/check_list.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

namespace glidepath::test {
namespace {

core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / m / d};
}

class ProfileExtrasUiTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        context().setMode(ui::AppMode::Clinician);
    }

    ui::ClientsPage* clientsPage()
    {
        window().showPage(ui::MainWindow::Page::Clients);
        return window().clientsPage();
    }
    template <typename T> T* child(QWidget* root, const QString& name)
    {
        T* found = root->findChild<T*>(name);
        EXPECT_NE(found, nullptr) << "no " << name.toStdString();
        return found;
    }

    qint64 storeClient(const std::string& name, std::vector<core::RedFlag> flags = {})
    {
        storage::ClientRecord record;
        record.profile.name = name;
        record.profile.conditions = {core::Condition::GeneralKneePain};
        record.profile.equipment = {core::Equipment::Mat, core::Equipment::Chair};
        record.screeningRedFlags = std::move(flags);
        const qint64 id = context().clients().create(record);
        emit context().changes().clientsChanged();
        return id;
    }

    void select(qint64 id)
    {
        ui::ClientsPage* page = clientsPage();
        auto* list = child<QTableView>(page, QStringLiteral("clientList"));
        const int row = page->clientModel()->rowOf(id);
        ASSERT_GE(row, 0);
        list->selectRow(row);
        ASSERT_EQ(context().currentClientId(), id);
    }

    QCheckBox* box(const char* list, int value)
    {
        auto* checks = child<ui::CheckList>(clientsPage(), QString::fromLatin1(list));
        return checks ? checks->box(value) : nullptr;
    }
};

TEST_F(ProfileExtrasUiTest, TheNewSectionsAreFilledInSavedAndReadBack)
{
    const qint64 id = storeClient("Ada Moss");
    const qint64 other = storeClient("Ben Ruiz");
    select(id);
    ui::ClientsPage* page = clientsPage();
    auto* surgery = child<ui::SurgerySection>(page, QStringLiteral("surgerySection"));
    ASSERT_NE(surgery, nullptr);
    EXPECT_TRUE(surgery->isHidden()) << "only shown for the post-surgery pathway";

    box("profileConditions", static_cast<int>(core::Condition::PostSurgery))->click();
    EXPECT_FALSE(surgery->isHidden());
    auto* operation = child<QComboBox>(page, QStringLiteral("surgeryOperation"));
    operation->setCurrentIndex(
        operation->findData(static_cast<int>(core::Operation::AclReconstruction)));
    child<QDateEdit>(page, QStringLiteral("surgeryDate"))->setDate(QDate(2025, 1, 20));
    auto* weight = child<QComboBox>(page, QStringLiteral("surgeryWeightBearing"));
    weight->setCurrentIndex(weight->findData(static_cast<int>(core::WeightBearing::Partial)));
    box("surgeryClearances", static_cast<int>(core::SurgicalClearance::Pivoting))->click();
    box("surgeryClearances", static_cast<int>(core::SurgicalClearance::DeepKneeBend))->click();
    box("profilePrecautions", static_cast<int>(core::ClientPrecaution::FallInLastYear))->click();
    box("profilePrecautions", static_cast<int>(core::ClientPrecaution::Pregnancy))->click();
    child<QRadioButton>(page, QStringLiteral("hipYes_SitsForLongPeriods"))->click();
    child<QRadioButton>(page, QStringLiteral("hipNo_DoesHipBalanceWork"))->click();

    auto* save = child<QPushButton>(page, QStringLiteral("saveProfileButton"));
    ASSERT_TRUE(save->isEnabled()) << "editing the new sections marks the profile changed";
    QTest::mouseClick(save, Qt::LeftButton);

    const auto stored = context().clients().find(id);
    ASSERT_TRUE(stored);
    const core::ClientProfile& p = stored->profile;
    ASSERT_TRUE(p.surgery);
    EXPECT_EQ(p.surgery->operation, core::Operation::AclReconstruction);
    EXPECT_EQ(p.surgery->date, day(2025, 1, 20));
    EXPECT_EQ(p.surgery->weightBearing, core::WeightBearing::Partial);
    // In the order of the boxes, whatever the order of the clicks.
    EXPECT_EQ(p.surgery->clearances,
              (std::vector<core::SurgicalClearance>{core::SurgicalClearance::DeepKneeBend,
                                                    core::SurgicalClearance::Pivoting}));
    EXPECT_EQ(p.precautions,
              (std::vector<core::ClientPrecaution>{core::ClientPrecaution::FallInLastYear,
                                                   core::ClientPrecaution::Pregnancy}));
    EXPECT_EQ(p.hipBalance.sitsForLongPeriods, std::optional<bool>(true));
    EXPECT_FALSE(p.hipBalance.backPain.has_value()) << "unanswered stays unanswered";
    EXPECT_FALSE(p.hipBalance.repetitiveMotion.has_value());
    EXPECT_EQ(p.hipBalance.doesHipBalanceWork, std::optional<bool>(false));

    // Away and back: the form shows what was stored.
    select(other);
    EXPECT_TRUE(surgery->isHidden());
    EXPECT_FALSE(box("profilePrecautions", static_cast<int>(core::ClientPrecaution::Pregnancy))
                     ->isChecked());
    EXPECT_TRUE(
        child<QRadioButton>(page, QStringLiteral("hipUnanswered_SitsForLongPeriods"))->isChecked());
    select(id);
    EXPECT_FALSE(surgery->isHidden());
    EXPECT_EQ(operation->currentData().toInt(),
              static_cast<int>(core::Operation::AclReconstruction));
    EXPECT_EQ(child<QDateEdit>(page, QStringLiteral("surgeryDate"))->date(), QDate(2025, 1, 20));
    EXPECT_TRUE(
        box("surgeryClearances", static_cast<int>(core::SurgicalClearance::Pivoting))->isChecked());
    EXPECT_FALSE(
        box("surgeryClearances", static_cast<int>(core::SurgicalClearance::Running))->isChecked());
    EXPECT_TRUE(child<QRadioButton>(page, QStringLiteral("hipNo_DoesHipBalanceWork"))->isChecked());
    EXPECT_TRUE(child<QRadioButton>(page, QStringLiteral("hipUnanswered_BackPain"))->isChecked());
    EXPECT_FALSE(save->isEnabled()) << "reloading is not an edit";
}

TEST_F(ProfileExtrasUiTest, HipQuestionsStartUnansweredAndNoSurgeryIsStoredOffThePathway)
{
    const qint64 id = storeClient("Cy Hart");
    select(id);
    ui::ClientsPage* page = clientsPage();
    for (const char* name :
         {"SitsForLongPeriods", "BackPain", "RepetitiveMotion", "DoesHipBalanceWork"}) {
        EXPECT_TRUE(
            child<QRadioButton>(page, QStringLiteral("hipUnanswered_") + QString::fromLatin1(name))
                ->isChecked())
            << name;
        EXPECT_FALSE(
            child<QRadioButton>(page, QStringLiteral("hipYes_") + QString::fromLatin1(name))
                ->isChecked());
    }
    // Ticking a clearance and then leaving the pathway stores no operation.
    box("profileConditions", static_cast<int>(core::Condition::PostSurgery))->click();
    box("surgeryClearances", static_cast<int>(core::SurgicalClearance::Running))->click();
    box("profileConditions", static_cast<int>(core::Condition::PostSurgery))->click();
    box("profilePrecautions", static_cast<int>(core::ClientPrecaution::Osteoporosis))->click();
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveProfileButton")),
                      Qt::LeftButton);
    const auto stored = context().clients().find(id);
    ASSERT_TRUE(stored);
    EXPECT_FALSE(stored->profile.surgery);
    EXPECT_EQ(stored->profile.precautions,
              std::vector<core::ClientPrecaution>{core::ClientPrecaution::Osteoporosis});
    EXPECT_EQ(stored->profile.hipBalance, core::HipBalanceCheck{});
}

TEST_F(ProfileExtrasUiTest, TheNewSectionsSpeakPlainWords)
{
    const qint64 id = storeClient("Di Lowe");
    select(id);
    box("profileConditions", static_cast<int>(core::Condition::PostSurgery))->click();
    ui::ClientsPage* page = clientsPage();
    QStringList texts;
    for (QWidget* section :
         {static_cast<QWidget*>(child<ui::SurgerySection>(page, QStringLiteral("surgerySection"))),
          static_cast<QWidget*>(
              child<ui::PrecautionsSection>(page, QStringLiteral("precautionsSection")))}) {
        for (auto* label : section->findChildren<QLabel*>()) {
            texts << label->text();
        }
        for (auto* button : section->findChildren<QAbstractButton*>()) {
            texts << button->text();
        }
        for (auto* combo : section->findChildren<QComboBox*>()) {
            for (int i = 0; i < combo->count(); ++i) {
                texts << combo->itemText(i);
            }
        }
    }
    ASSERT_GT(texts.size(), 20);
    for (const QString& text : texts) {
        EXPECT_FALSE(text.contains(QLatin1Char('_'))) << text.toStdString();
    }
    EXPECT_TRUE(texts.contains(QStringLiteral("Hopping and landing")));
}

} // namespace
} // namespace glidepath::test
