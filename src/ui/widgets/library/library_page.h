#pragma once

#include <glidepath/storage/exercise_repository.h>

#include <QIcon>
#include <QWidget>

#include <optional>
#include <string>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace glidepath::ui {

class AppContext;
class ExerciseEditor;
class ExerciseTableModel;

// The exercise library: search as you type, filters, the table, and the detail editor beside it.
class LibraryPage : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPage(AppContext& context, QWidget* parent = nullptr);

    // The exercise shown in the editor; empty when none.
    std::string currentExerciseId() const;
    bool currentIsBuiltin() const;
    ExerciseTableModel* model() const { return m_model; }
    ExerciseEditor* editor() const { return m_editor; }
    storage::ExerciseFilter filter() const;

    void selectExercise(std::string id); // by value: reloading replaces the rows it may come from
    // True while typed search text waits for the pause that runs it.
    bool searchPending() const;

public slots:
    void newExercise();
    void duplicateCurrent();
    void deleteCurrent();
    void focusSearch();
    void clearSearchAndFilters();

signals:
    // The exercise shown changed, or whether it can be duplicated or deleted.
    void currentExerciseChanged();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QWidget* buildListSide();
    void reload();
    void reselect();
    void invalidateTotals();
    int total(bool includeHidden);
    void selectInitialExercise();
    void onSelectionChanged();
    void updateEmptyState(int total);
    QIcon searchIcon() const;

    AppContext& m_context;
    ExerciseTableModel* m_model;
    QTimer* m_searchTimer;
    std::optional<int> m_totals[2]; // exercises stored, without and with the hidden ones
    std::string m_selectedId;
    bool m_reloading = false;   // selection changes made by reload() are not the user's
    bool m_batchUpdate = false; // several filter widgets change at once; reload once after

    QSplitter* m_splitter = nullptr;
    QLineEdit* m_search = nullptr;
    QAction* m_searchAction = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_phase = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_equipment = nullptr;
    QComboBox* m_position = nullptr;
    QCheckBox* m_showHidden = nullptr;
    QPushButton* m_resetFilters = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    ExerciseEditor* m_editor = nullptr;
    bool m_splitterRestored = false; // a division saved by the user was restored
    bool m_splitterSized = false;    // the first show has divided the page
};

} // namespace glidepath::ui
