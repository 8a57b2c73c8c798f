// Every page works in a small window (1024×700) and uses a large one (1920×1080): the key
// widgets of each page lie inside the window, the Plan week shows all seven days with the side
// panel, the Library's names keep room, and the History shows the red flags. With
// GLIDEPATH_SCREENSHOTS=folder the pages are also saved as pictures at 1400×900 and 1024×700,
// for the user guide.

#include "models/check_in_table_model.h"
#include "models/plan_model.h"
#include "tracking_fixture.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/clients_page.h"
#include "widgets/library/library_page.h"
#include "widgets/plan/plan_adjust_panel.h"
#include "widgets/plan/plan_page.h"
#include "widgets/plan/plan_week_view.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>

namespace glidepath::test {
namespace {

using Page = ui::MainWindow::Page;

struct WindowSize
{
    int width;
    int height;
};

class WindowLayoutTest : public TrackingTest, public ::testing::WithParamInterface<WindowSize>
{
protected:
    void SetUp() override
    {
        TrackingTest::SetUp();
        // A client in the middle of their rehab: a saved plan, a check-in, a draft.
        storage::ClientRecord record = context().clients().find(clientId()).value();
        record.profile.name = "Robin Example";
        record.profile.sessionsPerWeek = 3;
        record.profile.minutesPerSession = 30;
        record.profile.age = 34;
        record.profile.equipment = {core::Equipment::Mat, core::Equipment::Band,
                                    core::Equipment::Step, core::Equipment::Chair,
                                    core::Equipment::Wall};
        context().clients().update(record);
        savePlan(day(2025, 3, 3));
        core::CheckIn checkIn;
        checkIn.date = day(2025, 3, 5);
        checkIn.painExercise = 3;
        checkIn.adherence = 2.0 / 3.0;
        checkIn.painfulExercises = {{"step-down", 4}};
        context().clients().addCheckIn(clientId(), checkIn);
        context().setCurrentClientId(clientId());
        emit context().changes().clientsChanged();
    }

    void show(const WindowSize& size)
    {
        window().resize(size.width, size.height);
        QApplication::processEvents();
    }

    // The widget is shown and lies wholly inside the window.
    ::testing::AssertionResult inWindow(QWidget* widget, const char* what)
    {
        if (!widget) {
            return ::testing::AssertionFailure() << "no " << what;
        }
        if (!widget->isVisible()) {
            return ::testing::AssertionFailure() << what << " is hidden";
        }
        const QRect area(QPoint(0, 0), window().size());
        const QRect where(widget->mapTo(&window(), QPoint(0, 0)), widget->size());
        if (!area.contains(where)) {
            return ::testing::AssertionFailure()
                   << what << " at " << where.x() << "," << where.y() << " " << where.width() << "x"
                   << where.height() << " is outside " << area.width() << "x" << area.height();
        }
        return ::testing::AssertionSuccess();
    }

    // Inside the window and not cut by the scroll area or view it sits in.
    ::testing::AssertionResult shownWhole(QWidget* widget, const char* what)
    {
        if (auto result = inWindow(widget, what); !result) {
            return result;
        }
        for (QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto* scroll = qobject_cast<QAbstractScrollArea*>(parent)) {
                QWidget* port = scroll->viewport();
                const QRect inPort(widget->mapTo(port, QPoint(0, 0)), widget->size());
                if (!port->rect().contains(inPort)) {
                    return ::testing::AssertionFailure() << what << " is cut by its scroll area";
                }
            }
        }
        return ::testing::AssertionSuccess();
    }

    template <typename T> T* named(const char* name)
    {
        return window().findChild<T*>(QString::fromLatin1(name));
    }

    void screenshot(const QString& name)
    {
        const QString folder = qEnvironmentVariable("GLIDEPATH_SCREENSHOTS");
        if (!folder.isEmpty()) {
            QApplication::processEvents();
            window().grab().save(folder + QLatin1Char('/') + name);
        }
    }
};

TEST_P(WindowLayoutTest, EveryPagesKeyWidgetsAreInsideTheWindow)
{
    const WindowSize size = GetParam();
    show(size);
    const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width).arg(size.height);

    window().showPage(Page::Library);
    QApplication::processEvents();
    EXPECT_TRUE(inWindow(named<QWidget>("librarySearch"), "library search"));
    EXPECT_TRUE(inWindow(named<QTableView>("libraryTable"), "library table"));
    auto* table = named<QTableView>("libraryTable");
    table->selectRow(0);
    QApplication::processEvents();
    EXPECT_TRUE(inWindow(named<QWidget>("exerciseEditorScroll"), "exercise editor"));
    if (size.width >= 1400) {
        // From 1400 px the form fits its panel: nothing is cut at the right or needs scrolling
        // sideways (at 1024 px it scrolls sideways rather than being cut).
        auto* editor = named<QScrollArea>("exerciseEditorScroll");
        EXPECT_LE(editor->widget()->minimumSizeHint().width(), editor->viewport()->width())
            << "the exercise form is wider than its panel";
    }
    // The load and goal controls are reached by scrolling the form, at every size.
    auto* form = named<QScrollArea>("exerciseEditorScroll");
    for (const char* name : {"loadKindCombo", "loadLevelCombo", "maxLoadLevelCombo", "goalsList"}) {
        form->ensureWidgetVisible(named<QWidget>(name));
        QApplication::processEvents();
        EXPECT_TRUE(shownWhole(named<QWidget>(name), name));
    }
    const int nameWidth = table->horizontalHeader()->sectionSize(0);
    EXPECT_GE(nameWidth, table->fontMetrics().horizontalAdvance(QStringLiteral("Clamshell with b")))
        << "library names keep room";
    screenshot(QStringLiteral("library") + suffix);

    window().showPage(Page::Clients);
    ui::ClientTabs* tabs = window().clientsPage()->clientTabs();
    tabs->setCurrentWidget(tabs->profilePage());
    QApplication::processEvents();
    for (const char* name : {"clientSearch", "clientList", "newClientButton", "saveProfileButton",
                             "revertProfileButton"}) {
        EXPECT_TRUE(inWindow(named<QWidget>(name), name));
    }
    screenshot(QStringLiteral("clients") + suffix);
    tabs->setCurrentWidget(tabs->checkInPage());
    QApplication::processEvents();
    EXPECT_TRUE(inWindow(named<QWidget>("saveCheckInButton"), "save check-in"));
    screenshot(QStringLiteral("check-in") + suffix);
    tabs->setCurrentWidget(tabs->historyPage());
    QApplication::processEvents();
    QTableView* history = tabs->historyView();
    EXPECT_TRUE(inWindow(history, "history"));
    const int flagsAt =
        history->horizontalHeader()->sectionViewportPosition(ui::CheckInTableModel::RedFlagsColumn);
    EXPECT_GE(flagsAt, 0);
    EXPECT_LE(flagsAt +
                  history->horizontalHeader()->sectionSize(ui::CheckInTableModel::RedFlagsColumn),
              history->viewport()->width())
        << "the red-flag column is in view";

    window().showPage(Page::Plan);
    ui::PlanPage* plan = window().planPage();
    plan->planNextWeek(); // the engine's own week, with its reasons in the banner
    ASSERT_TRUE(plan->isShowingDraft());
    for (int d = 0; d < 7; ++d) {
        if (plan->draftModel()->exerciseCount(d) > 0) {
            plan->weekView()->setSelection(d, 0);
            break;
        }
    }
    QApplication::processEvents();
    for (const char* name : {"planClientPicker", "planNextWeekButton", "planHistoryCombo",
                             "savePlanButton", "planLogSessionButton", "planStartSessionButton"}) {
        EXPECT_TRUE(inWindow(named<QWidget>(name), name));
    }
    // The history box shows its entry ("Draft for the week of …") whole.
    auto* versions = named<QComboBox>("planHistoryCombo");
    EXPECT_GE(versions->width(),
              versions->fontMetrics().horizontalAdvance(versions->currentText()) + 24)
        << versions->currentText().toStdString() << " in " << versions->width() << " px";
    QApplication::processEvents(); // the week's sideways scroll bar may have changed its height
    // Every card's name is read whole: no label squeezed below the height its lines need, none
    // out of its card (which painted names over the card's top edge).
    for (auto* name : plan->weekView()->findChildren<QLabel*>(QStringLiteral("cardName"))) {
        if (!name->isVisible()) {
            continue; // a retired card
        }
        EXPECT_GE(name->height(), name->heightForWidth(name->width()))
            << name->text().toStdString() << " is cut at " << name->width() << " px";
        EXPECT_TRUE(name->parentWidget()->rect().contains(name->geometry()))
            << name->text().toStdString();
    }
    // From 1400 px all seven days are in view at once; in a smaller window the week scrolls
    // sideways and each day can be brought into view whole.
    auto* weekScroll = qobject_cast<QScrollArea*>(
        plan->weekView()->parentWidget()->parentWidget()->parentWidget());
    ASSERT_NE(weekScroll, nullptr);
    for (int d = 0; d < 7; ++d) {
        const QByteArray name = QStringLiteral("day_%1").arg(d).toLatin1();
        auto* column = plan->weekView()->findChild<QWidget*>(QString::fromLatin1(name));
        ASSERT_NE(column, nullptr) << name.constData();
        if (size.width < 1400) {
            weekScroll->ensureWidgetVisible(column, 0, 0);
            QApplication::processEvents();
            // Its whole width is in the scrolled view.
            const QRect inView(column->mapTo(weekScroll->viewport(), QPoint(0, 0)), column->size());
            EXPECT_GE(inView.left(), 0) << name.constData();
            EXPECT_LE(inView.right(), weekScroll->viewport()->width()) << name.constData();
        } else {
            EXPECT_TRUE(shownWhole(column, name.constData()));
        }
    }
    weekScroll->horizontalScrollBar()->setValue(0);
    weekScroll->verticalScrollBar()->setValue(0);
    // The working days are wide enough for a card of readable size.
    for (int d = 0; d < 7; ++d) {
        if (plan->draftModel()->exerciseCount(d) > 0) {
            EXPECT_GE(plan->weekView()->card(d, 0)->width(), 130) << "day " << d;
        }
    }
    // The side panel scrolls in a small window: every control can be brought into view.
    for (const char* name : {"applyDoseButton", "removeButton", "addButton"}) {
        auto* button = plan->adjustPanel()->findChild<QWidget*>(QString::fromLatin1(name));
        ASSERT_NE(button, nullptr) << name;
        for (QWidget* p = button->parentWidget(); p; p = p->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(p)) {
                scroll->ensureWidgetVisible(button);
                break;
            }
        }
        QApplication::processEvents();
        EXPECT_TRUE(inWindow(button, name));
        // Scrolled to, its middle is in the panel's view (a pixel or two may sit under the edge).
        auto* area =
            qobject_cast<QScrollArea*>(plan->adjustPanel()->parentWidget()->parentWidget());
        ASSERT_NE(area, nullptr);
        const QPoint middle = button->mapTo(area->viewport(), button->rect().center());
        EXPECT_TRUE(area->viewport()->rect().contains(middle)) << name;
    }
    screenshot(QStringLiteral("plan") + suffix);
    for (const char* name : {"planAdvice", "planOverrides"}) {
        auto* widget = plan->findChild<QWidget*>(QString::fromLatin1(name));
        ASSERT_NE(widget, nullptr) << name;
        for (QWidget* p = widget->parentWidget(); p; p = p->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(p)) {
                scroll->ensureWidgetVisible(widget);
                break;
            }
        }
        QApplication::processEvents();
        EXPECT_TRUE(inWindow(widget, name)) << "reachable by scrolling the week";
    }

    window().showPage(Page::Progress);
    QApplication::processEvents();
    for (const char* name : {"logSessionButton", "weekLogButton", "exportCsvButton"}) {
        EXPECT_TRUE(inWindow(named<QWidget>(name), name));
    }
    screenshot(QStringLiteral("progress") + suffix);
    QStringList widths;
    for (Page page : {Page::Library, Page::Clients, Page::Plan, Page::Progress}) {
        window().showPage(page);
        QApplication::processEvents();
        widths << QString::number(window().centralWidget()->minimumSizeHint().width()) +
                      QLatin1Char('/') + QString::number(window().width());
    }
    EXPECT_LE(window().minimumSizeHint().width(), 1024)
        << "the window can be made that small; pages: "
        << widths.join(QLatin1Char(' ')).toStdString();
    EXPECT_LE(window().size().width(), size.width)
        << "no page forces the window wider; pages: " << widths.join(QLatin1Char(' ')).toStdString()
        << "; status bar " << window().statusBar()->minimumSizeHint().width() << ", menu bar "
        << window().menuBar()->minimumSizeHint().width() << ", layout "
        << window().layout()->minimumSize().width();
    EXPECT_LE(window().size().height(), size.height) << "no page forces the window taller";
}

INSTANTIATE_TEST_SUITE_P(Sizes, WindowLayoutTest,
                         ::testing::Values(WindowSize{1024, 700}, WindowSize{1400, 900},
                                           WindowSize{1920, 1080}),
                         [](const auto& info) {
                             return std::to_string(info.param.width) + "x" +
                                    std::to_string(info.param.height);
                         });

} // namespace
} // namespace glidepath::test
