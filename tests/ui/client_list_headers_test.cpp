// The client list's column titles stay whole at the usual laptop sizes in English and German
// ("Beschwerden" was squeezed to "chwer"), with a client open beside the list (the form then
// takes its share of the width).

#include "german_ui.h"
#include "models/client_list_model.h"
#include "ui_fixture.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/clients_page.h"
#include "widgets/main/main_window.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

#include <optional>

namespace glidepath::test {
namespace {

class ClientListHeaders : public UiTest, public ::testing::WithParamInterface<bool>
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        if (GetParam()) {
            m_german.emplace();
            ASSERT_TRUE(m_german->loaded());
        }
        context().setMode(ui::AppMode::Clinician);
        storage::ClientRecord record;
        record.profile.name = "Maximiliane Schönberger-Waldenfels";
        record.profile.conditions = {core::Condition::PatellofemoralPain};
        answerScreening(record);
        m_clientId = context().clients().create(record);
    }
    void TearDown() override
    {
        UiTest::TearDown();
        m_german.reset();
    }

    qint64 m_clientId = -1;
    std::optional<GermanUi> m_german;
};

TEST_P(ClientListHeaders, EveryTitleIsWholeAt1280And1024)
{
    for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
        SCOPED_TRACE(size.width());
        closeWindow();
        QSettings().clear();
        ui::MainWindow& w = window();
        w.resize(size);
        w.showPage(ui::MainWindow::Page::Clients);
        context().setCurrentClientId(m_clientId); // the form opens beside the list
        QCoreApplication::processEvents();
        ASSERT_TRUE(w.clientsPage()->clientTabs()->isVisible());
        EXPECT_LE(w.width(), size.width()) << "the window grew to fit the list";

        auto* list = w.findChild<QTableView*>(QStringLiteral("clientList"));
        ASSERT_NE(list, nullptr);
        const QHeaderView* header = list->horizontalHeader();
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        int shown = 0;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section)) {
                continue;
            }
            ++shown;
            const QString title =
                list->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
            const int needed = header->fontMetrics().horizontalAdvance(title) + 2 * margin;
            EXPECT_GE(header->sectionSize(section), needed)
                << "\"" << title.toStdString() << "\" is cut: " << header->sectionSize(section)
                << " px of " << needed;
        }
        EXPECT_GE(shown, 5);
        // All of the columns in view: no sideways scrolling to find one.
        EXPECT_LE(header->length(), list->viewport()->width() + 1);
        EXPECT_FALSE(list->horizontalScrollBar()->isVisible());
    }
    closeWindow();
}

INSTANTIATE_TEST_SUITE_P(Languages, ClientListHeaders, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& info) {
                             return info.param ? std::string("German") : std::string("English");
                         });

} // namespace
} // namespace glidepath::test
