#include "widgets/clients/clients_page.h"

#include "app_context.h"
#include "commands/command.h"
#include "commands/undo_command.h"
#include "models/client_list_model.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/common/message_box.h"
#include "write_access.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace glidepath::ui {

namespace {

// The list's header, able to say how wide a column must be to show its title whole (the
// measure QHeaderView itself uses for ResizeToContents, which is protected).
class ClientListHeader : public QHeaderView
{
public:
    explicit ClientListHeader(QWidget* parent) : QHeaderView(Qt::Horizontal, parent)
    {
        // What QTableView sets on the header it makes itself.
        setSectionsClickable(true);
        setHighlightSections(true);
    }
    int titleWidth(int section) const { return sectionSizeFromContents(section).width(); }
};

} // namespace

ClientsPage::ClientsPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_model = new ClientListModel(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Search by name, condition or review date"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search clients"));

    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("clientList"));
    m_list->setHorizontalHeader(new ClientListHeader(m_list));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    // Tab and Shift+Tab move on to the next field, as everywhere else; the arrows choose.
    m_list->setTabKeyNavigation(false);
    m_list->setShowGrid(false);
    m_list->verticalHeader()->setVisible(false);
    // One line per client: long condition lists are cut short with "…" (the tooltip has all).
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->horizontalHeader()->setSectionResizeMode(ClientListModel::StatusColumn,
                                                     QHeaderView::ResizeToContents);
    // Name and conditions share what the short columns leave, so the list never needs a
    // sideways scroll (which hid "Next review"); long texts end in "…" with the whole in the
    // tooltip. The list is never narrower than its column titles (fitListToTitles).
    m_list->horizontalHeader()->setSectionResizeMode(ClientListModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(ClientListModel::AgeColumn,
                                                     QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ClientListModel::ConditionsColumn,
                                                     QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(ClientListModel::ReviewColumn,
                                                     QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ClientListModel::ChangedColumn,
                                                     QHeaderView::ResizeToContents);
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->setAccessibleName(tr("Clients"));

    m_listHint = new QLabel(this);
    m_listHint->setObjectName(QStringLiteral("clientListHint"));
    m_listHint->setWordWrap(true);
    m_listHint->setAlignment(Qt::AlignCenter);

    m_new = new QPushButton(tr("New c&lient"), this);
    m_new->setObjectName(QStringLiteral("newClientButton"));
    m_delete = new QPushButton(tr("Delete client…"), this);
    m_delete->setObjectName(QStringLiteral("deleteClientButton"));
    WriteAccess::of(m_context).guard(m_new);
    WriteAccess::of(m_context).guard(m_delete);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_listHint);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    leftLayout->addLayout(buttons);

    m_emptyHint = new QLabel(
        tr("Choose a client on the left, or press New client to add one.\n\nEach client has a "
           "profile with the red-flag screening, a weekly check-in and its history. Plans are "
           "made on the Plan page from the saved check-ins."),
        this);
    m_emptyHint->setObjectName(QStringLiteral("clientEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setMargin(24);
    m_right = new QStackedWidget(this);
    m_right->addWidget(m_emptyHint);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->addWidget(left);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({500, 820});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // The search runs over the clients already read; only a change reads them again.
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_syncing = true;
        m_model->setSearch(m_search->text().trimmed());
        m_syncing = false;
        selectCurrentClient();
        updateListHint();
        updateState();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClientsPage::onSelectionChanged);
    connect(m_new, &QPushButton::clicked, this, &ClientsPage::newClient);
    connect(m_delete, &QPushButton::clicked, this, &ClientsPage::deleteCurrentClient);
    connect(&m_context.changes(), &ChangeNotifier::clientsChanged, this, &ClientsPage::reload);
    // Who needs attention follows check-ins (red flags, the last date) and plans (the review).
    connect(&m_context.changes(), &ChangeNotifier::checkInsChanged, this, &ClientsPage::reload);
    connect(&m_context.changes(), &ChangeNotifier::plansChanged, this, &ClientsPage::reload);
    connect(&m_context, &AppContext::currentClientChanged, this, [this] {
        selectCurrentClient();
        updateState();
    });

    reload();
}

ClientTabs* ClientsPage::clientTabs()
{
    if (m_tabs) {
        return m_tabs;
    }
    m_tabs = new ClientTabs(m_context, this);
    m_tabs->setObjectName(QStringLiteral("clientTabs"));
    m_right->addWidget(m_tabs);
    if (m_splitter->isVisible()) {
        // Built after the page was divided for its hint: give the form the width that shows its
        // fields whole, as when the tabs were built with the page (the list's columns elide).
        const int total = m_splitter->width() - m_splitter->handleWidth();
        const int form =
            std::min({m_tabs->comfortableWidth(), total * 2 / 3, total - m_list->minimumWidth()});
        if (total > 0 && form > m_splitter->sizes().value(1)) {
            m_splitter->setSizes({total - form, form});
        }
    }
    connect(m_tabs, &ClientTabs::planNextWeekRequested, this, &ClientsPage::planNextWeekRequested);
    connect(m_tabs, &ClientTabs::clientCreated, this, [this] {
        // A new client may not match the search that was typed; show it anyway.
        if (m_model->rowOf(m_context.currentClientId()) < 0) {
            m_search->clear();
        }
        selectCurrentClient();
    });
    return m_tabs;
}

bool ClientsPage::isCreating() const
{
    return m_tabs && m_tabs->isCreating();
}

bool ClientsPage::maybeSaveEdits()
{
    // Tabs never built hold no edits.
    return !m_tabs || m_tabs->maybeSave();
}

void ClientsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ClientsPage::reload()
{
    // In a file only one login ever saves, so "last changed by" would say the same name on every
    // row and take the room the other columns need; a clinic server names each clinician.
    m_list->setColumnHidden(ClientListModel::ChangedColumn, !m_context.database().isServer());
    std::vector<storage::ClientSummary> clients;
    try {
        clients = m_context.clients().summaries();
    } catch (const std::exception& error) {
        emit m_context.errorOccurred(
            tr("Could not read the clients: %1").arg(command::describeFailure(error)));
    }
    m_syncing = true;
    m_model->setSearch(m_search->text().trimmed());
    m_model->setClients(std::move(clients), m_context.clock().today());
    m_syncing = false;
    fitListToTitles();
    selectCurrentClient();
    updateListHint();
    updateState();
}

void ClientsPage::showEvent(QShowEvent* event)
{
    // The fonts are final once the page is polished for showing.
    fitListToTitles();
    QWidget::showEvent(event);
}

void ClientsPage::fitListToTitles()
{
    // Every column title stays whole ("Beschwerden" was cut to "chwer" in German): the short
    // columns size to their contents and title; the two stretching ones share what is left
    // equally, so each needs the wider of the two titles. The list asks for that much, and the
    // splitter gives the form the rest (the form scrolls rather than the list's titles being cut).
    const auto* header = static_cast<const ClientListHeader*>(m_list->horizontalHeader());
    int fixed = 0;
    int stretching = 0;
    int stretchTitle = 0;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section)) {
            continue;
        }
        const int title = header->titleWidth(section);
        if (header->sectionResizeMode(section) == QHeaderView::Stretch) {
            ++stretching;
            stretchTitle = std::max(stretchTitle, title);
        } else {
            fixed += std::max(title, header->sectionSize(section)); // sized to its contents
        }
    }
    // The frame, and a vertical scroll bar once the list is long.
    const int chrome = 2 * m_list->frameWidth() +
                       m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list);
    m_list->setMinimumWidth(fixed + stretching * stretchTitle + chrome);
}

void ClientsPage::updateListHint()
{
    if (m_model->rowCount() == 0) {
        m_listHint->setText(m_model->listedCount() == 0
                                ? tr("No clients yet.")
                                : tr("No client matches \"%1\".").arg(m_search->text().trimmed()));
    }
    m_listHint->setVisible(m_model->rowCount() == 0);
}

void ClientsPage::selectCurrentClient()
{
    const int row = m_model->rowOf(m_context.currentClientId());
    m_syncing = true;
    if (row >= 0) {
        m_list->selectRow(row);
        m_list->scrollTo(m_model->index(row, 0));
    } else {
        m_list->clearSelection();
    }
    m_syncing = false;
}

void ClientsPage::onSelectionChanged()
{
    if (m_syncing) {
        return;
    }
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    const qint64 id = rows.isEmpty() ? -1 : m_model->clientIdAt(rows.first().row());
    if (id == m_context.currentClientId() && !isCreating()) {
        return;
    }
    if (id < 0 && isCreating()) {
        return; // the list lost its selection because a new client is being typed in
    }
    if (!maybeSaveEdits()) {
        selectCurrentClient(); // the user cancelled: stay with the client being edited
        return;
    }
    m_context.setCurrentClientId(id);
    updateState();
}

void ClientsPage::newClient()
{
    if (!maybeSaveEdits()) {
        return;
    }
    m_context.setCurrentClientId(-1);
    clientTabs()->startNewClient();
    updateState();
}

void ClientsPage::deleteCurrentClient()
{
    const qint64 id = m_context.currentClientId();
    const storage::ClientSummary* client = m_model->clientAt(m_model->rowOf(id));
    if (!client) {
        return;
    }
    const QString name = QString::fromStdString(client->name);
    const auto answer = MessageBox::question(
        this, tr("Delete client"),
        tr("Delete %1 with all their check-ins, plans and logs?\n\nEdit ▸ Undo brings them "
           "back.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Yes, tr("Delete")}});
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_context.setCurrentClientId(-1);
    if (const command::Outcome outcome = command::deleteClient(m_context, id); !outcome) {
        m_context.setCurrentClientId(id);
        MessageBox::warning(this, tr("Client not deleted"),
                            tr("%1 could not be deleted: %2").arg(name, outcome.message));
        return;
    }
    emit m_context.statusMessage(tr("Deleted %1 and all their data.").arg(name));
}

void ClientsPage::updateState()
{
    const bool hasClient = m_model->rowOf(m_context.currentClientId()) >= 0;
    m_delete->setEnabled(hasClient);
    m_right->setCurrentWidget(hasClient || isCreating() ? static_cast<QWidget*>(clientTabs())
                                                        : m_emptyHint);
}

} // namespace glidepath::ui
