#include "widgets/library/library_page.h"

#include "app_context.h"
#include "commands/command.h"
#include "exercise_language.h"
#include "icons.h"
#include "labels.h"
#include "models/exercise_table_model.h"
#include "widgets/common/message_box.h"
#include "widgets/library/exercise_editor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace glidepath::ui {

namespace {

template <typename E>
QComboBox* filterCombo(const QString& anyText, const QString& accessibleName,
                       const QString& objectName)
{
    auto* combo = new QComboBox;
    combo->addItem(anyText, -1);
    for (E value : core::allValues<E>()) {
        combo->addItem(label(value), static_cast<int>(value));
    }
    combo->setAccessibleName(accessibleName);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

template <typename E> std::optional<E> filterValue(const QComboBox* combo)
{
    const int value = combo->currentData().toInt();
    if (value < 0) {
        return std::nullopt;
    }
    return static_cast<E>(value);
}

const QString kLastExerciseKey = QStringLiteral("library/lastExercise");

// Typing waits this long after the last key before it searches, so a burst of keys runs one
// query instead of one per key.
constexpr int kSearchDelayMs = 120;

} // namespace

LibraryPage::LibraryPage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_model(new ExerciseTableModel(
          [this]() -> const storage::ExerciseRepository& { return m_context.exercises(); }, this)),
      m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("libraryPage"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &LibraryPage::reload);
    buildUi();

    connect(&m_context.changes(), &ChangeNotifier::exercisesChanged, this, [this] {
        invalidateTotals();
        reload();
    });
    connect(&m_context, &AppContext::databaseReplaced, this, [this] {
        m_selectedId.clear();
        if (m_editor) {
            m_editor->clear();
        }
        invalidateTotals();
        reload();
        selectInitialExercise();
    });
    reload();
    selectInitialExercise();
}

void LibraryPage::selectInitialExercise()
{
    // Where the user left off, else the first exercise, so the page never opens blank.
    // Shown once the page is (the editor may wait for the window's first paint).
    const std::string last = QSettings().value(kLastExerciseKey).toString().toStdString();
    if (!last.empty() && m_context.exercises().find(last)) {
        select(last, true);
    } else if (const storage::ExerciseListRow* first = m_model->exerciseAt(0)) {
        select(first->id, true);
    } else {
        m_detail->setCurrentWidget(m_editor && !m_editor->isEmpty() ? m_editor : m_noExercise);
    }
}

QWidget* LibraryPage::buildListSide()
{
    auto* side = new QWidget;
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(12, 12, 8, 12);
    layout->setSpacing(8);

    auto* titleRow = new QHBoxLayout;
    auto* title = new QLabel(tr("Exercise library"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("libraryCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    titleRow->addWidget(title);
    titleRow->addStretch();
    titleRow->addWidget(m_count, 0, Qt::AlignBottom);
    layout->addLayout(titleRow);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search by name, purpose, cue or muscle"));
    m_search->setAccessibleName(tr("Search exercises"));
    m_search->setClearButtonEnabled(true);
    m_searchAction = m_search->addAction(searchIcon(), QLineEdit::LeadingPosition);
    layout->addWidget(m_search);

    m_category = filterCombo<core::Category>(tr("Any category"), tr("Category filter"),
                                             QStringLiteral("categoryFilter"));
    m_phase = new QComboBox;
    m_phase->setObjectName(QStringLiteral("phaseFilter"));
    m_phase->setAccessibleName(tr("Phase filter"));
    m_phase->addItem(tr("Any phase"), -1);
    for (int phase = 1; phase <= 4; ++phase) {
        m_phase->addItem(tr("Phase %1").arg(phase), phase);
    }
    m_region = filterCombo<core::Region>(tr("Any region"), tr("Region filter"),
                                         QStringLiteral("regionFilter"));
    m_equipment = new QComboBox;
    m_equipment->setObjectName(QStringLiteral("equipmentFilter"));
    m_equipment->setAccessibleName(tr("Equipment filter"));
    m_equipment->addItem(tr("Any equipment"), -1);
    m_equipment->addItem(tr("No equipment"), static_cast<int>(core::Equipment::None));
    for (core::Equipment value : core::allValues<core::Equipment>()) {
        if (value != core::Equipment::None) {
            m_equipment->addItem(label(value), static_cast<int>(value));
        }
    }
    m_position = filterCombo<core::Position>(tr("Any position"), tr("Position filter"),
                                             QStringLiteral("positionFilter"));
    m_showHidden = new QCheckBox(tr("Show hidden"));
    m_showHidden->setObjectName(QStringLiteral("showHiddenCheck"));
    m_resetFilters = new QPushButton(tr("Reset"));
    m_resetFilters->setObjectName(QStringLiteral("resetFiltersButton"));
    m_resetFilters->setToolTip(tr("Clear the search and every filter"));

    auto* filters = new QGridLayout;
    filters->setHorizontalSpacing(6);
    filters->setVerticalSpacing(6);
    filters->addWidget(m_category, 0, 0);
    filters->addWidget(m_phase, 0, 1);
    filters->addWidget(m_region, 0, 2);
    filters->addWidget(m_equipment, 1, 0);
    filters->addWidget(m_position, 1, 1);
    auto* toggles = new QHBoxLayout;
    toggles->addWidget(m_showHidden);
    toggles->addStretch();
    toggles->addWidget(m_resetFilters);
    // On a row of their own: beside the filters they set the list's minimum width, which left
    // the exercise form too little of a 1024-px window.
    filters->addLayout(toggles, 2, 0, 1, 3);
    for (int column = 0; column < 3; ++column) {
        filters->setColumnStretch(column, 1);
    }
    for (QComboBox* combo : {m_category, m_phase, m_region, m_equipment, m_position}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        connect(combo, &QComboBox::currentIndexChanged, this, &LibraryPage::reload);
    }
    layout->addLayout(filters);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setAccessibleName(tr("Exercises"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Rows are tall enough for the picture thumbnails (84 x 30).
    m_table->verticalHeader()->setDefaultSectionSize(
        std::max(m_table->fontMetrics().height() + 12, 34));
    m_table->setIconSize(QSize(84, 30));
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    using Column = ExerciseTableModel::Column;
    QHeaderView* header = m_table->horizontalHeader();
    // The name always has room for a typical name (it is what a clinician reads); the equipment
    // column takes what is left, and a narrow pane scrolls sideways rather than cutting names to
    // a few letters.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthFor = [&](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 28; // padding and the sort arrow
    };
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(static_cast<int>(Column::Name), widthFor(tr("Side-lying hip abduction")));
    header->setSectionResizeMode(static_cast<int>(Column::Equipment), QHeaderView::Stretch);
    header->resizeSection(static_cast<int>(Column::Category), widthFor(tr("Motor control")));
    header->resizeSection(static_cast<int>(Column::Phases), widthFor(tr("Phases")));
    header->resizeSection(static_cast<int>(Column::KneeFlexion), widthFor(tr("Moderate")));
    header->resizeSection(static_cast<int>(Column::Impact), widthFor(tr("Impact")));
    header->resizeSection(static_cast<int>(Column::Equipment), widthFor(tr("Mat, Resistance")));
    header->resizeSection(static_cast<int>(Column::Picture), 96);
    header->setMinimumSectionSize(48);

    auto* empty = new QWidget;
    empty->setObjectName(QStringLiteral("libraryEmptyState"));
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    m_emptyTitle = new QLabel;
    m_emptyTitle->setObjectName(QStringLiteral("libraryEmptyTitle"));
    QFont emptyFont = m_emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    emptyFont.setBold(true);
    m_emptyTitle->setFont(emptyFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    m_emptyText = new QLabel;
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    auto* clearButton = new QPushButton(tr("Clear search and filters"));
    clearButton->setObjectName(QStringLiteral("clearSearchButton"));
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(clearButton);
    buttonRow->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addSpacing(8);
    emptyLayout->addLayout(buttonRow);
    emptyLayout->addStretch();

    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(empty);
    layout->addWidget(m_listStack, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer->isActive()) {
            reload();
        }
    });
    connect(m_showHidden, &QCheckBox::toggled, this, &LibraryPage::reload);
    connect(m_resetFilters, &QPushButton::clicked, this, &LibraryPage::clearSearchAndFilters);
    connect(clearButton, &QPushButton::clicked, this, &LibraryPage::clearSearchAndFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LibraryPage::onSelectionChanged);
    // A header sort reorders the rows in the database; select the shown exercise again.
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        m_reloading = true;
        reselect();
        m_reloading = false;
    });
    return side;
}

storage::ExerciseFilter LibraryPage::filter() const
{
    storage::ExerciseFilter filter;
    filter.category = filterValue<core::Category>(m_category);
    if (const int phase = m_phase->currentData().toInt(); phase > 0) {
        filter.phase = phase;
    }
    filter.region = filterValue<core::Region>(m_region);
    filter.equipment = filterValue<core::Equipment>(m_equipment);
    filter.position = filterValue<core::Position>(m_position);
    filter.includeHidden = m_showHidden->isChecked();
    // Searched and sorted by the names the UI shows.
    filter.language = exerciseLanguage();
    return filter;
}

bool LibraryPage::searchPending() const
{
    return m_searchTimer->isActive();
}

void LibraryPage::invalidateTotals()
{
    m_totals[0].reset();
    m_totals[1].reset();
}

int LibraryPage::total(bool includeHidden)
{
    std::optional<int>& cached = m_totals[includeHidden ? 1 : 0];
    if (!cached) {
        try {
            cached = m_context.exercises().count(includeHidden);
        } catch (const std::exception&) {
            return 0;
        }
    }
    return *cached;
}

void LibraryPage::reload()
{
    m_searchTimer->stop();
    if (m_batchUpdate) {
        return;
    }
    m_reloading = true;
    storage::ExerciseQuery query;
    query.filter = filter();
    query.text = m_search->text().trimmed().toStdString();
    const storage::ExerciseFilter& current = query.filter;
    const bool filtered = !query.text.empty() || current.category || current.phase ||
                          current.region || current.equipment || current.position;
    m_model->setQuery(std::move(query));
    m_resetFilters->setEnabled(filtered || current.includeHidden);

    // Unfiltered, the list is the whole library and the model has just counted it: a second
    // count would read the whole table again (most of the page reads of a start at 100k).
    const int all = filtered ? total(current.includeHidden) : m_model->rowCount();
    if (filtered) {
        m_count->setText(tr("%1 of %2 shown").arg(m_model->rowCount()).arg(all));
    } else {
        m_count->setText(tr("%1 in the library").arg(m_model->rowCount()));
    }
    updateEmptyState(all);
    // A new list starts at its top; the old scroll position belongs to other rows.
    m_table->scrollToTop();
    reselect();
    m_reloading = false;
    emit currentExerciseChanged();
}

// Keeps the selection on the exercise the editor shows when it is among the first rows of the
// list; further down it stays shown in the editor without being looked for in the list.
void LibraryPage::reselect()
{
    if (m_model->rowCount() > 0) {
        m_model->exerciseAt(0); // reads the first block, which the view shows anyway
    }
    const int row = m_model->cachedRowOf(m_selectedId);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    } else {
        m_table->selectionModel()->clearSelection();
    }
}

void LibraryPage::updateEmptyState(int total)
{
    if (m_model->rowCount() > 0) {
        m_listStack->setCurrentIndex(0);
        return;
    }
    m_listStack->setCurrentIndex(1);
    const QString text = m_search->text().trimmed();
    if (total == 0) {
        m_emptyTitle->setText(tr("The library is empty"));
        m_emptyText->setText(tr("Create an exercise with Edit ▸ New exercise, or bring in a "
                                "library with File ▸ Import library…"));
    } else if (!text.isEmpty()) {
        m_emptyTitle->setText(tr("Nothing matches “%1”").arg(text));
        m_emptyText->setText(tr("Try fewer or shorter words, or clear the filters."));
    } else {
        m_emptyTitle->setText(tr("No exercise fits these filters"));
        m_emptyText->setText(tr("Loosen a filter, or tick “Show hidden” to include hidden "
                                "exercises."));
    }
}

void LibraryPage::onSelectionChanged()
{
    if (m_reloading) {
        return;
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return; // keep showing the last exercise; the editor is not tied to the filter
    }
    const std::string id = m_model->idAt(rows.front().row());
    if (id.empty()) {
        return;
    }
    if (id == m_selectedId && m_editor && m_editor->currentId() == id) {
        return;
    }
    if (m_editor && m_editor->hasUnsavedChanges()) {
        emit m_context.statusMessage(
            m_editor->isNew() ? tr("The new exercise was not created; its draft is discarded.")
                              : tr("Unsaved changes were discarded."));
    }
    m_selectedId = id;
    showSelected(false);
    QSettings().setValue(kLastExerciseKey, QString::fromStdString(id));
    emit currentExerciseChanged();
}

void LibraryPage::selectExercise(std::string id)
{
    select(std::move(id), false);
}

void LibraryPage::select(std::string id, bool mayWait)
{
    const std::optional<core::Exercise> exercise = m_context.exercises().find(id);
    if (!exercise) {
        return;
    }
    if (m_model->rowOf(id) < 0) {
        // Make sure the exercise can be seen: drop the search and filters that hide it.
        m_batchUpdate = true;
        m_search->clear();
        for (QComboBox* combo : {m_category, m_phase, m_region, m_equipment, m_position}) {
            combo->setCurrentIndex(0);
        }
        if (exercise->hidden) {
            m_showHidden->setChecked(true);
        }
        m_batchUpdate = false;
    }
    m_selectedId = id;
    reload();
    if (!m_editor || m_editor->currentId() != id) {
        showSelected(mayWait);
    }
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_reloading = true;
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        m_reloading = false;
        m_table->scrollTo(index);
    }
    emit currentExerciseChanged();
}

std::string LibraryPage::currentExerciseId() const
{
    // Until the editor is built, the exercise it will show.
    return m_editor ? m_editor->currentId() : m_selectedId;
}

bool LibraryPage::currentIsBuiltin() const
{
    const std::string id = currentExerciseId();
    if (id.empty()) {
        return false;
    }
    const std::optional<core::Exercise> exercise = m_context.exercises().find(id);
    return exercise && exercise->builtin;
}

void LibraryPage::newExercise()
{
    m_selectedId.clear();
    m_reloading = true;
    m_table->clearSelection();
    m_reloading = false;
    editor()->startNew();
    emit currentExerciseChanged();
}

void LibraryPage::duplicateCurrent()
{
    const std::string id = currentExerciseId();
    if (id.empty()) {
        return;
    }
    const command::Outcome outcome = command::duplicateExercise(m_context, id);
    if (!outcome) {
        MessageBox::warning(this, tr("Duplicate exercise"), outcome.message);
        return;
    }
    selectExercise(outcome.createdId);
    emit m_context.statusMessage(tr("Duplicated. The copy is yours to edit."));
}

void LibraryPage::deleteCurrent()
{
    const std::string id = currentExerciseId();
    const std::optional<core::Exercise> exercise =
        id.empty() ? std::nullopt : m_context.exercises().find(id);
    if (!exercise) {
        return;
    }
    if (exercise->builtin) {
        MessageBox::information(this, tr("Delete exercise"),
                                tr("Built-in exercises cannot be deleted. Tick “Hide this "
                                   "exercise” to keep it out of lists and new plans."));
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Delete exercise"),
        tr("Delete “%1”?\n\nSaved plans keep their copy of it. You can undo this with Edit ▸ "
           "Undo.")
            .arg(QString::fromStdString(exercise->name)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Yes, tr("Delete")}});
    if (answer != QMessageBox::Yes) {
        return;
    }
    const command::Outcome outcome = command::deleteExercise(m_context, id);
    if (!outcome) {
        MessageBox::warning(this, tr("Delete exercise"), outcome.message);
        return;
    }
    m_selectedId.clear();
    if (m_editor) {
        m_editor->clear();
    } else {
        m_detail->setCurrentWidget(m_noExercise);
    }
    emit currentExerciseChanged();
    emit m_context.statusMessage(tr("Deleted “%1”.").arg(QString::fromStdString(exercise->name)));
}

void LibraryPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LibraryPage::clearSearchAndFilters()
{
    m_batchUpdate = true;
    m_search->clear();
    for (QComboBox* combo : {m_category, m_phase, m_region, m_equipment, m_position}) {
        combo->setCurrentIndex(0);
    }
    m_showHidden->setChecked(false);
    m_batchUpdate = false;
    reload();
}

QIcon LibraryPage::searchIcon() const
{
    // In the search field's text colour, so that it stays visible on a dark palette too.
    return lineIcon(QStringLiteral("search"), m_search->palette().color(QPalette::Text));
}

void LibraryPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_searchAction) {
        // Once every child has the new palette (the field's colour is read from it).
        QTimer::singleShot(0, this, [this] { m_searchAction->setIcon(searchIcon()); });
    }
}

} // namespace glidepath::ui
