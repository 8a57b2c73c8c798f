// Personal mode from the home user's side: one profile, their own, so nothing offers to act on
// "another client".

#include "ui_fixture.h"
#include "widgets/plan/plan_page.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>

namespace glidepath::test {
namespace {

class PersonalMode : public UiTest
{
protected:
    // Plans the week for a complete profile and returns the Templates menu, as it is shown.
    QMenu* templatesMenuWithAPlan(ui::AppMode mode)
    {
        context().setMode(mode);
        // Personal mode makes its one profile itself; a clinician adds a client.
        storage::ClientRecord record;
        if (mode == ui::AppMode::Personal) {
            const auto own = context().clients().find(context().currentClientId());
            EXPECT_TRUE(own.has_value());
            if (own) {
                record = *own;
            }
        }
        record.profile.name = "Me";
        record.profile.conditions = {core::Condition::PatellofemoralPain};
        record.profile.equipment = {core::Equipment::Mat, core::Equipment::Chair};
        answerScreening(record);
        if (record.id > 0) {
            context().clients().update(record);
        } else {
            record.id = context().clients().create(record);
        }
        emit context().changes().clientsChanged();
        context().setCurrentClientId(record.id);
        window().showPage(ui::MainWindow::Page::Plan);
        auto* plan = find<QPushButton>("planNextWeekButton");
        EXPECT_NE(plan, nullptr);
        if (plan) {
            QTest::mouseClick(plan, Qt::LeftButton);
        }
        EXPECT_NE(window().planPage()->shownPlan(), nullptr);
        auto* menu = find<QMenu>("planTemplatesMenu");
        EXPECT_NE(menu, nullptr);
        if (menu) {
            emit menu->aboutToShow();
        }
        return menu;
    }
};

TEST_F(PersonalMode, TheTemplatesMenuDoesNotOfferToCopyThePlanToAnotherClient)
{
    QMenu* menu = templatesMenuWithAPlan(ui::AppMode::Personal);
    ASSERT_NE(menu, nullptr);
    auto* copy = menu->findChild<QAction*>(QStringLiteral("actionCopyPlanToClient"));
    ASSERT_NE(copy, nullptr);
    EXPECT_FALSE(copy->isVisible());
    EXPECT_FALSE(copy->isEnabled());
    auto* save = menu->findChild<QAction*>(QStringLiteral("actionSaveAsTemplate"));
    ASSERT_NE(save, nullptr);
    EXPECT_TRUE(save->isVisible() && save->isEnabled()) << "a template of one's own week stays";
}

TEST_F(PersonalMode, AClinicianIsOfferedTheCopy)
{
    QMenu* menu = templatesMenuWithAPlan(ui::AppMode::Clinician);
    ASSERT_NE(menu, nullptr);
    auto* copy = menu->findChild<QAction*>(QStringLiteral("actionCopyPlanToClient"));
    ASSERT_NE(copy, nullptr);
    EXPECT_TRUE(copy->isVisible());
    EXPECT_TRUE(copy->isEnabled());
}

} // namespace
} // namespace glidepath::test
