// "Record clinician review" after a referral on the Plan page: stored through the undoable command
// facade, listed under the referral advice, refused in place when incomplete, and fed to the
// engine through the planning service.

#include "ui_fixture.h"
#include "widgets/common/field_error_label.h"
#include "widgets/plan/clinician_review_dialog.h"
#include "widgets/plan/clinician_review_panel.h"
#include "widgets/plan/decision_banner.h"
#include "widgets/plan/plan_page.h"

#include <glidepath/planning/planning_service.h>
#include <glidepath/storage/review_repository.h>

#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

namespace glidepath::test {
namespace {

core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / m / d};
}

class ClinicianReviewUiTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        context().setMode(ui::AppMode::Clinician);
    }

    qint64 storeReferredClient(const std::string& name)
    {
        storage::ClientRecord record;
        record.profile.name = name;
        record.profile.conditions = {core::Condition::GeneralKneePain};
        record.profile.equipment = {core::Equipment::Mat, core::Equipment::Chair};
        record.screeningRedFlags = {core::RedFlag::LockedKnee};
        // Every other screening question answered no: a plan needs them all answered.
        record.screeningAnsweredNo = core::unansweredRedFlags(record.screeningRedFlags, {});
        const qint64 id = context().clients().create(record);
        emit context().changes().clientsChanged();
        return id;
    }

    template <typename T> T* child(QWidget* root, const char* name)
    {
        T* found = root->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << "no " << name;
        return found;
    }
};

TEST_F(ClinicianReviewUiTest, AReviewIsRecordedAfterAReferralUndoneRedoneAndPlannedWith)
{
    const qint64 id = storeReferredClient("Eve Stone");
    context().setCurrentClientId(id);
    window().showPage(ui::MainWindow::Page::Plan);
    ui::PlanPage* page = window().planPage();
    QTest::mouseClick(child<QPushButton>(page, "planNextWeekButton"), Qt::LeftButton);
    ASSERT_EQ(page->banner()->action(), core::Action::Refer);
    ui::ClinicianReviewPanel* panel = page->reviewPanel();
    ASSERT_TRUE(panel->isVisible()) << "the action sits with the referral advice";
    EXPECT_TRUE(panel->summary().contains(QStringLiteral("No clinician review")));

    bool filled = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::ClinicianReviewDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        child<QLineEdit>(dialog, "reviewClinician")->setText(QStringLiteral("Dr Okafor"));
        child<QDateEdit>(dialog, "reviewDate")->setDate(QDate(2025, 3, 4));
        child<QPlainTextEdit>(dialog, "reviewNote")
            ->setPlainText(QStringLiteral("Scan clear; may restart gently."));
        QTest::mouseClick(child<QPushButton>(dialog, "reviewRecordButton"), Qt::LeftButton);
        filled = true;
    });
    QTest::mouseClick(child<QPushButton>(panel, "recordReviewButton"), Qt::LeftButton);
    ASSERT_TRUE(filled);

    storage::ReviewRepository reviews(context().database());
    auto stored = reviews.reviews(id);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].review, (core::ClinicianReview{day(2025, 3, 4), "Dr Okafor",
                                                       "Scan clear; may restart gently."}));
    EXPECT_TRUE(panel->summary().contains(QStringLiteral("Dr Okafor")));

    // The engine gets it with next week's request, through the same service the page uses.
    const core::PlanRequest request =
        planning::PlanningService(context().database()).buildRequest(id, day(2025, 3, 10));
    ASSERT_EQ(request.reviews.size(), 1u);
    EXPECT_EQ(request.reviews[0].clinician, "Dr Okafor");

    context().undoStack()->undo();
    EXPECT_TRUE(reviews.reviews(id).empty());
    EXPECT_TRUE(panel->summary().contains(QStringLiteral("No clinician review")));
    context().undoStack()->redo();
    stored = reviews.reviews(id);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].review.clinician, "Dr Okafor");
    EXPECT_TRUE(panel->summary().contains(QStringLiteral("Dr Okafor")));
}

TEST_F(ClinicianReviewUiTest, AReviewWithoutAClinicianIsRefusedInPlace)
{
    const qint64 id = storeReferredClient("Fay Dunn");
    ui::ClinicianReviewDialog dialog(context(), id);
    const int steps = context().undoStack()->count();
    EXPECT_FALSE(dialog.record());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    bool shown = false;
    for (auto* label : dialog.findChildren<ui::FieldErrorLabel*>()) {
        shown = shown || !label->error().isEmpty();
    }
    EXPECT_TRUE(shown) << "the reason sits next to the field";
    EXPECT_TRUE(storage::ReviewRepository(context().database()).reviews(id).empty());
    EXPECT_EQ(context().undoStack()->count(), steps);
    // The date cannot be later than today (the app's clock).
    EXPECT_EQ(child<QDateEdit>(&dialog, "reviewDate")->maximumDate(), QDate(2025, 3, 5));
}

} // namespace
} // namespace glidepath::test
