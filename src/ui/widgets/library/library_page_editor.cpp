// The Library page's right side: the exercise editor, built the first time it is needed (issue
// 12), the note shown when no exercise is chosen, and how the page is divided between the two.

#include "app_context.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/library_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>
#include <functional>
#include <utility>

namespace glidepath::ui {

namespace {

const QString kSplitterKey = QStringLiteral("library/splitter");
// The editor's comfortable width, and the language, font and style it was measured in.
const QString kEditorWidthKey = QStringLiteral("library/editorWidth");
const QString kEditorWidthForKey = QStringLiteral("library/editorWidthFor");

// A blank pane where the editor goes while a page that opens with the window waits for the
// window's first paint: once it has been painted (with the table beside it), the editor is built.
class PendingPane final : public QWidget
{
public:
    explicit PendingPane(std::function<void()> painted)
    {
        setObjectName(QStringLiteral("exerciseEditorPending"));
        m_after.setSingleShot(true);
        m_after.setInterval(0);
        QObject::connect(&m_after, &QTimer::timeout, this, std::move(painted));
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QWidget::paintEvent(event);
        if (!m_started) {
            m_started = true;
            // A zero timer: it fires once the events waiting now (the rest of the paint,
            // input) have run, so the window is on the screen and answers first.
            m_after.start();
        }
    }

private:
    QTimer m_after;
    bool m_started = false;
};

} // namespace

void LibraryPage::buildUi()
{
    m_detail = new QStackedWidget;
    m_detail->setObjectName(QStringLiteral("exerciseDetail"));
    m_noExercise = buildNoExerciseNote();
    m_detail->addWidget(m_noExercise);
    m_pending = new PendingPane([this] {
        if (!m_editor && m_detail->currentWidget() == m_pending) {
            buildEditor();
        }
    });
    m_detail->addWidget(m_pending);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("librarySplitter"));
    m_splitter->addWidget(buildListSide());
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({660, 480});
    m_splitterRestored = m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

QWidget* LibraryPage::buildNoExerciseNote()
{
    auto* empty = new QWidget;
    empty->setObjectName(QStringLiteral("exerciseEditorEmpty"));
    auto* layout = new QVBoxLayout(empty);
    layout->addStretch();
    auto* title = new QLabel(tr("No exercise selected"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("Choose an exercise in the list to see every detail of it.\n"
                               "Built-in exercises are read-only; duplicate one to make your "
                               "own version, or start from scratch."));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::PlaceholderText);
    auto* button = new QPushButton(tr("New exercise"));
    button->setObjectName(QStringLiteral("emptyNewExerciseButton"));
    connect(button, &QPushButton::clicked, this, &LibraryPage::newExercise);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(button);
    buttonRow->addStretch();
    layout->addWidget(title);
    layout->addSpacing(6);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addLayout(buttonRow);
    layout->addStretch();
    layout->setContentsMargins(32, 32, 32, 32);
    return empty;
}

ExerciseEditor* LibraryPage::editor()
{
    if (!m_editor) {
        buildEditor();
    }
    return m_editor;
}

void LibraryPage::showSelected(bool mayWait)
{
    if (m_editor) {
        const bool another = m_editor->currentId() != m_selectedId;
        m_editor->showExercise(m_selectedId);
        if (m_splitterSized && another) {
            // An exercise can need a wider form than the one measured first (its timing row, its
            // translation): widened while the user has not divided the page themselves. Not for
            // the same exercise shown again (an undo), which must stay where it was scrolled.
            divideForEditor(m_editor->comfortableWidth());
        }
        return;
    }
    const QWindow* handle = window()->windowHandle();
    if (mayWait && !(isVisible() && handle && handle->isExposed())) {
        m_detail->setCurrentWidget(m_pending); // built when the page is shown (showEvent)
        return;
    }
    buildEditor();
}

void LibraryPage::buildEditor()
{
    // Built without a parent and filled before it joins the page, so it appears whole.
    m_editor = new ExerciseEditor(m_context);
    connect(m_editor, &ExerciseEditor::exerciseCreated, this, [this](const QString& id) {
        selectExercise(id.toStdString());
        emit m_context.statusMessage(tr("Exercise created."));
    });
    connect(m_editor, &ExerciseEditor::duplicateRequested, this, &LibraryPage::duplicateCurrent);
    connect(m_editor, &ExerciseEditor::newCancelled, this, [this] {
        m_selectedId.clear();
        m_table->clearSelection();
        emit currentExerciseChanged();
    });
    if (!m_selectedId.empty()) {
        m_editor->showExercise(m_selectedId);
    }
    m_detail->addWidget(m_editor);
    m_detail->setCurrentWidget(m_editor->isEmpty() ? m_noExercise
                                                   : static_cast<QWidget*>(m_editor));
    connect(m_editor, &ExerciseEditor::emptyChanged, this, [this](bool empty) {
        m_detail->setCurrentWidget(empty ? m_noExercise : static_cast<QWidget*>(m_editor));
    });
    rememberEditorWidth();
    if (m_splitterSized) {
        // Divided from the width remembered: widen the form if it has grown since.
        divideForEditor(m_editor->comfortableWidth());
    }
}

std::optional<int> LibraryPage::editorWidth() const
{
    if (m_editor) {
        return m_editor->comfortableWidth();
    }
    const QSettings settings;
    if (settings.value(kEditorWidthForKey).toString() != widthSignature()) {
        return std::nullopt;
    }
    bool ok = false;
    const int width = settings.value(kEditorWidthKey).toInt(&ok);
    return ok && width > 0 ? std::optional<int>(width) : std::nullopt;
}

void LibraryPage::rememberEditorWidth()
{
    const QString signature = widthSignature();
    const int width = m_editor->comfortableWidth();
    QSettings settings;
    if (settings.value(kEditorWidthForKey).toString() != signature ||
        settings.value(kEditorWidthKey).toInt() != width) {
        settings.setValue(kEditorWidthForKey, signature);
        settings.setValue(kEditorWidthKey, width);
    }
}

QString LibraryPage::widthSignature() const
{
    return QLocale().name() + QLatin1Char('|') + font().toString() + QLatin1Char('|') +
           style()->name();
}

void LibraryPage::divideForEditor(int form)
{
    if (m_splitterRestored) {
        return; // the user's own division is kept
    }
    // The form gets the width it needs to show its fields whole, up to half the page or, when it
    // needs more (a narrow window, German labels), what the list leaves at its own minimum; the
    // list takes the rest (its columns elide, the form's fields would scroll sideways).
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int listMinimum = m_splitter->widget(0)->minimumSizeHint().width();
    form = std::min(form, std::max(total / 2, total - listMinimum));
    if (total > 0 && form > m_splitter->sizes().value(1)) {
        m_splitter->setSizes({total - form, form});
    }
}

void LibraryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_editor && m_detail->currentWidget() == m_pending) {
        // Shown in a window already on the screen (another page was showing): built before this
        // paint. Opening with the window, the pending pane builds it after the first paint.
        const QWindow* handle = window()->windowHandle();
        if (handle && handle->isExposed()) {
            buildEditor();
        }
    }
    if (m_splitterSized || m_splitterRestored) {
        return;
    }
    m_splitterSized = true;
    // First shown: divided for the form's width, remembered from the last time it was built
    // (the first time ever, the editor is built now to measure it).
    const std::optional<int> width = editorWidth();
    divideForEditor(width ? *width : editor()->comfortableWidth());
}

} // namespace glidepath::ui
