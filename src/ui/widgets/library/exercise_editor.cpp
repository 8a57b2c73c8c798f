#include "widgets/library/exercise_editor.h"

#include "app_context.h"
#include "exercise_language.h"
#include "widgets/common/exercise_picker.h"
#include "widgets/common/field_error_label.h"
#include "widgets/library/exercise_editor_form.h"
#include "widgets/library/exercise_translation_section.h"

#include <glidepath/core/validation.h>

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace glidepath::ui {

// The editor shell: the header with its banner, the form, and which exercise is shown in which
// mode.
using namespace editor_form;

std::string slugFromName(const QString& name)
{
    // Strip accents ("é" -> "e"), then keep letters and digits, one hyphen between words.
    const QString plain = name.normalized(QString::NormalizationForm_KD).toLower();
    std::string slug;
    bool pendingHyphen = false;
    for (const QChar c : plain) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (pendingHyphen && !slug.empty()) {
                slug += '-';
            }
            pendingHyphen = false;
            slug += static_cast<char>(c.unicode());
        } else if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            pendingHyphen = true;
        }
        if (slug.size() >= 64) {
            break;
        }
    }
    while (!slug.empty() && slug.back() == '-') {
        slug.pop_back();
    }
    return slug;
}

ExerciseEditor::ExerciseEditor(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("exerciseEditor"));
    buildUi();
    connectEdits();
    connect(&m_context.changes(), &ChangeNotifier::exercisesChanged, this,
            &ExerciseEditor::onExercisesChanged);
    connect(&m_context, &AppContext::databaseReplaced, this, &ExerciseEditor::clear);
    clear();
}

// --- Building -----------------------------------------------------------------------------------

void ExerciseEditor::buildUi()
{
    auto* pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(buildHeader());

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 8, 16, 16);
    contentLayout->setSpacing(12);
    // The text clients read in the UI's language comes first (hidden in English).
    m_translation = new ExerciseTranslationSection(m_context);
    contentLayout->addWidget(m_translation);
    // The texts are part of the exercise: their save raises its version. The fields here follow
    // it when they were current (else their next save asks), and "Reload theirs" there shows
    // the whole exercise as stored.
    connect(m_translation, &ExerciseTranslationSection::saved, this,
            [this](qint64 from, qint64 to) {
                if (m_heldBack == HeldBack::No && m_storedVersion == from) {
                    m_storedVersion = to;
                }
            });
    connect(m_translation, &ExerciseTranslationSection::reloadRequested, this, [this] {
        if (m_stored) {
            showExercise(m_stored->id);
        }
    });
    contentLayout->addWidget(buildIdentityGroup());
    contentLayout->addWidget(buildTextGroup());
    contentLayout->addWidget(buildClassificationGroup());
    contentLayout->addWidget(buildBodyGroup());
    contentLayout->addWidget(buildDoseGroup());
    contentLayout->addWidget(buildEquipmentGroup());
    contentLayout->addWidget(buildPictureGroup());
    contentLayout->addWidget(buildLadderGroup());
    contentLayout->addWidget(buildPrecautionsGroup());
    contentLayout->addWidget(buildGoalsGroup());
    contentLayout->addWidget(buildVisibilityGroup());
    contentLayout->addStretch();

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("exerciseEditorScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    // In a narrow window the form scrolls sideways rather than being cut at the edge.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    pageLayout->addWidget(m_scroll, 1);
}

int ExerciseEditor::comfortableWidth() const
{
    // The editor may be measured before it was ever shown (it is built on first need): polish
    // it first, or its widths are the unstyled ones, narrower than what it will show.
    ensurePolished();
    const QMargins margins = contentsMargins();
    return m_scroll->widget()->minimumSizeHint().width() +
           m_scroll->verticalScrollBar()->sizeHint().width() + margins.left() + margins.right() +
           2 * m_scroll->frameWidth();
}

QWidget* ExerciseEditor::buildHeader()
{
    auto* header = new QWidget;
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(4);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("exerciseTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("exerciseSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("exerciseBanner"));
    auto* bannerFrame = static_cast<QFrame*>(m_banner);
    bannerFrame->setFrameShape(QFrame::StyledPanel);
    bannerFrame->setAutoFillBackground(true);
    bannerFrame->setBackgroundRole(QPalette::AlternateBase);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 8, 10, 8);
    m_bannerText = new QLabel;
    m_bannerText->setObjectName(QStringLiteral("exerciseBannerText"));
    m_bannerText->setWordWrap(true);
    m_duplicateButton = new QPushButton(tr("Duplicate to edit"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateToEditButton"));
    m_createButton = new QPushButton(tr("Create exercise"));
    m_createButton->setObjectName(QStringLiteral("createExerciseButton"));
    m_createButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelNewExerciseButton"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_duplicateButton);
    bannerLayout->addWidget(m_createButton);
    bannerLayout->addWidget(m_cancelButton);

    m_generalError = new FieldErrorLabel;
    m_generalError->setObjectName(QStringLiteral("generalError"));

    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);
    layout->addWidget(m_banner);
    layout->addWidget(m_generalError);

    connect(m_duplicateButton, &QPushButton::clicked, this, [this] {
        if (m_stored) {
            emit duplicateRequested(QString::fromStdString(m_stored->id));
        }
    });
    connect(m_createButton, &QPushButton::clicked, this, &ExerciseEditor::createFromDraft);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        clear();
        emit newCancelled();
    });
    return header;
}

void ExerciseEditor::setMode(Mode mode)
{
    const bool wasEmpty = m_mode == Mode::Empty;
    m_mode = mode;
    m_heldBack = HeldBack::No;
    if (wasEmpty != (mode == Mode::Empty)) {
        emit emptyChanged(mode == Mode::Empty);
    }
}

void ExerciseEditor::clear()
{
    setMode(Mode::Empty);
    m_stored.reset();
    m_storedVersion = 0;
    m_base = {};
    m_failure.clear();
    m_hasIssues = false;
}

void ExerciseEditor::showExercise(const std::string& id)
{
    // The version first: should someone save in between, the next save is asked about rather
    // than based on a version newer than the fields.
    const std::optional<storage::ExerciseStamp> stamp = m_context.exercises().stamp(id);
    const std::optional<core::Exercise> exercise =
        stamp ? m_context.exercises().find(id) : std::nullopt;
    if (!exercise) {
        clear();
        return;
    }
    // The same exercise shown again (after an edit, an undo or a redo) keeps its place in the
    // editor; only another exercise starts at the top.
    const bool same = m_mode == Mode::View && m_stored && m_stored->id == exercise->id;
    const int scrolled = m_scroll->verticalScrollBar()->value();
    setMode(Mode::View);
    m_stored = exercise;
    m_storedVersion = stamp->rowVersion;
    m_base = *exercise;
    m_touched.clear();
    m_showAllIssues = false;
    m_failure.clear();
    refreshPickers();
    load(*exercise);
    setReadOnly(exercise->builtin);
    showIssues({}, *exercise);
    m_scroll->verticalScrollBar()->setValue(same ? scrolled : 0);
}

void ExerciseEditor::startNew()
{
    setMode(Mode::New);
    m_stored.reset();
    m_storedVersion = 0;
    m_idEdited = false;
    m_showAllIssues = false;
    m_touched.clear();
    m_failure.clear();

    core::Exercise blank;
    blank.phaseMin = 1;
    blank.phaseMax = 2;
    blank.equipment = {core::Equipment::None};
    blank.dose = {2, 10, 0, {}, 30};
    blank.limits = {1, 3, 8, 15, 0, 0};
    m_base = blank;
    refreshPickers();
    load(blank);
    setReadOnly(false);
    showIssues(check(blank), blank);
    m_scroll->verticalScrollBar()->setValue(0);
    m_name->setFocus();
}

std::string ExerciseEditor::currentId() const
{
    return m_mode == Mode::View && m_stored ? m_stored->id : std::string();
}

bool ExerciseEditor::hasUnsavedChanges() const
{
    return m_mode == Mode::New ||
           (m_mode == Mode::View && (m_hasIssues || m_heldBack != HeldBack::No));
}

void ExerciseEditor::refreshPickers()
{
    // The pickers look exercises up as the user types; they only need to know which one is
    // being edited, so that it is never offered as its own neighbour.
    const std::string self = m_mode == Mode::View && m_stored ? m_stored->id : std::string();
    m_easier->setExcludedId(self);
    m_harder->setExcludedId(self);
}

void ExerciseEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || m_repainting || m_mode == Mode::Empty) {
        return;
    }
    // The system switched between light and dark: the read-only and invalid colours were
    // derived from the old palette. Derive them again once every child has the new palette.
    m_repainting = true;
    QTimer::singleShot(0, this, [this] {
        if (m_mode != Mode::Empty) {
            setReadOnly(m_readOnly);
            const std::vector<core::ValidationIssue> issues = m_shownIssues;
            const core::Exercise shownFor = m_shownFor;
            showIssues(issues, shownFor);
        }
        m_repainting = false;
    });
}

void ExerciseEditor::updateHeader()
{
    const core::Exercise shown = m_mode == Mode::View && m_stored ? *m_stored : collect();
    m_duplicateButton->setVisible(false);
    m_createButton->setVisible(false);
    m_cancelButton->setVisible(false);

    if (m_mode == Mode::New) {
        const QString name = m_name->text().trimmed();
        m_title->setText(name.isEmpty() ? tr("New exercise") : name);
        m_subtitle->setText(tr("Custom exercise · not saved yet"));
        m_createButton->setVisible(true);
        m_cancelButton->setVisible(true);
        setBanner(m_hasIssues && m_showAllIssues
                      ? tr("Not created yet. %1%2").arg(m_firstIssue, moreIssuesText())
                      : tr("Fill in the fields below. Nothing is saved until you create the "
                           "exercise."),
                  m_hasIssues && m_showAllIssues);
        return;
    }
    if (m_mode != Mode::View) {
        return;
    }
    // The name as the list and the name field show it: a built-in's in the UI's language.
    m_title->setText(QString::fromStdString(localizedExercise(shown).name));
    QStringList facts{QString::fromStdString(shown.id)};
    facts << (shown.builtin ? tr("Built-in exercise") : tr("Custom exercise"));
    if (shown.hidden) {
        facts << tr("Hidden");
    }
    if (!shown.builtin) {
        facts << tr("Changes are saved as you go");
    }
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));
    if (shown.builtin) {
        m_duplicateButton->setVisible(true);
        setBanner(tr("Built-in exercises are read-only so the shipped library stays as it was "
                     "checked. Duplicate it to make a version you can change; you can still "
                     "hide it."),
                  false);
    } else if (m_hasIssues) {
        setBanner(tr("Not saved. %1%2 The last valid version is kept.")
                      .arg(m_firstIssue, moreIssuesText()),
                  true);
    } else if (m_heldBack == HeldBack::Stale) {
        setBanner(tr("Not saved: someone else saved this exercise after you opened it. Your "
                     "changes are still here; change a field to be asked again, or choose "
                     "another exercise to drop them."),
                  true);
    } else if (m_heldBack == HeldBack::Offline) {
        setBanner(tr("Not saved: the connection to the clinic server was lost. Your changes are "
                     "still here; change a field to try again."),
                  true);
    } else {
        m_banner->setVisible(false);
    }
}

void ExerciseEditor::setBanner(const QString& text, bool warning)
{
    m_bannerText->setText(text);
    m_banner->setProperty("warning", warning);
    QPalette pal = m_banner->parentWidget() ? m_banner->parentWidget()->palette() : palette();
    if (warning) {
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::AlternateBase,
                     dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xfd, 0xec, 0xea));
    }
    m_banner->setPalette(pal);
    m_banner->setVisible(true);
}

} // namespace glidepath::ui
