#include "widgets/library/exercise_translation_section.h"

#include "app_context.h"
#include "commands/exercise_text_commands.h"
#include "exercise_language.h"
#include "widgets/common/field_error_label.h"
#include "widgets/common/form_save.h"
#include "widgets/common/plain_text_field.h"
#include "widgets/common/string_list_editor.h"
#include "widgets/library/exercise_editor_form.h"

#include <glidepath/report/issue_text.h>
#include <glidepath/report/translations.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QStringList>

namespace glidepath::ui {

using namespace editor_form;

namespace {

QString languageName(const std::string& code)
{
    const QLocale locale(QString::fromStdString(code));
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? QString::fromStdString(code) : name;
}

} // namespace

ExerciseTranslationSection::ExerciseTranslationSection(AppContext& context, QWidget* parent)
    : QGroupBox(parent), m_context(context), m_language(exerciseLanguage())
{
    setObjectName(QStringLiteral("translationGroup"));
    //: The Library editor's section for an exercise's text in the UI's language; %1 is that
    //: language's own name ("Deutsch").
    setTitle(tr("Text in %1 (what clients read)").arg(languageName(m_language)));
    auto* form = makeForm(this);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("translatedNameEdit"));
    m_name->setAccessibleName(tr("Translated name"));
    addRowTo(form, tr("Name:"), m_name);

    m_summary = new PlainTextField(3);
    m_summary->setObjectName(QStringLiteral("translatedSummaryEdit"));
    m_summary->setAccessibleName(tr("Translated summary"));
    addRowTo(form, tr("Summary:"), m_summary);

    m_instructions = new StringListEditor(tr("step"), true);
    m_instructions->setObjectName(QStringLiteral("translatedInstructionsEditor"));
    m_instructions->list()->setAccessibleName(tr("Translated steps"));
    addRowTo(form, tr("Steps:"), m_instructions);

    m_cues = new StringListEditor(tr("cue"), false);
    m_cues->setObjectName(QStringLiteral("translatedCuesEditor"));
    m_cues->list()->setAccessibleName(tr("Translated cues"));
    m_cues->list()->setMinimumHeight(80);
    addRowTo(form, tr("Cues:"), m_cues);

    m_fallback = hint(QString());
    m_fallback->setObjectName(QStringLiteral("translationFallbackHint"));
    form->addRow(QString(), m_fallback);
    m_error = new FieldErrorLabel;
    m_error->setObjectName(QStringLiteral("translationError"));
    form->addRow(QString(), m_error);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_name->isModified()) {
            m_name->setModified(false);
            save();
        }
    });
    connect(m_summary, &PlainTextField::editingFinished, this, [this] { save(); });
    connect(m_instructions, &StringListEditor::edited, this, [this] { save(); });
    connect(m_cues, &StringListEditor::edited, this, [this] { save(); });
    // Undo and redo (of these edits or of a delete) change the stored texts: show them.
    connect(&m_context.changes(), &ChangeNotifier::exercisesChanged, this, [this] {
        if (m_committing || m_heldBack || m_id.empty()) {
            return;
        }
        if (const std::optional<core::Exercise> stored = m_context.exercises().find(m_id)) {
            m_english = *stored;
            load();
        }
    });
    hide();
}

void ExerciseTranslationSection::addRowTo(QFormLayout* form, const QString& text, QWidget* input)
{
    auto* label = new QLabel(text);
    label->setBuddy(input);
    form->addRow(label, input);
}

void ExerciseTranslationSection::showFor(const core::Exercise* exercise)
{
    // Only a language Glidepath speaks besides English gets a section (not English, nor the C
    // locale of a bare process).
    if (exercise == nullptr || exercise->builtin ||
        !report::translations::available().contains(QString::fromStdString(m_language))) {
        m_id.clear();
        hide();
        return;
    }
    m_id = exercise->id;
    m_english = *exercise;
    load();
    show();
}

QString ExerciseTranslationSection::error() const
{
    return m_error->error();
}

void ExerciseTranslationSection::load()
{
    // The version first: should someone save in between, the next save is asked about rather
    // than based on a version newer than the texts shown.
    const std::optional<storage::ExerciseStamp> stamp = m_context.exercises().stamp(m_id);
    m_storedVersion = stamp ? stamp->rowVersion : 0;
    m_heldBack = false;
    const storage::ExerciseTexts texts =
        storage::ExerciseTextRepository(m_context.database()).find(m_id);
    const auto found = texts.find(m_language);
    const core::ExerciseText text = found == texts.end() ? core::ExerciseText{} : found->second;
    m_loading = true;
    m_name->setText(QString::fromStdString(text.name));
    m_name->setModified(false);
    m_summary->setText(QString::fromStdString(text.summary));
    m_instructions->setItems(toStringList(text.instructions));
    m_cues->setItems(toStringList(text.cues));
    // The English text is the fallback of every empty field: shown where it would be used.
    m_name->setPlaceholderText(tr("English: %1").arg(QString::fromStdString(m_english.name)));
    m_summary->setPlaceholderText(tr("English: %1").arg(QString::fromStdString(m_english.summary)));
    m_fallback->setText(tr("A field left empty shows the English text below. Steps and cues are "
                           "translated all together: while the list is empty, clients read the "
                           "English ones."));
    m_error->setError(QString());
    m_loading = false;
}

core::ExerciseText ExerciseTranslationSection::collect() const
{
    core::ExerciseText text;
    text.name = m_name->text().trimmed().toStdString();
    text.summary = m_summary->text().trimmed().toStdString();
    text.instructions = fromStringList(m_instructions->items());
    text.cues = fromStringList(m_cues->items());
    return text;
}

void ExerciseTranslationSection::save()
{
    if (m_loading || m_id.empty()) {
        return;
    }
    storage::ExerciseTexts texts = storage::ExerciseTextRepository(m_context.database()).find(m_id);
    const core::ExerciseText text = collect();
    if (text.empty()) {
        texts.erase(m_language); // all empty: the English text again
    } else {
        texts[m_language] = text;
    }
    FormSave::Request request;
    request.what = tr("the text in %1 of “%2”")
                       .arg(languageName(m_language), QString::fromStdString(m_english.name));
    request.basedOn = m_storedVersion;
    request.save = [this, texts](std::optional<qint64> basedOn) {
        return command::editExerciseTexts(m_context, m_id, texts, basedOn);
    };
    request.reloadTheirs = [this] { emit reloadRequested(); };
    const qint64 from = m_storedVersion;
    m_committing = true;
    const FormSave::Result result = FormSave::run(this, m_context, request);
    m_committing = false;
    if (result.end == FormSave::End::ReloadedTheirs) {
        m_error->setError(QString());
        emit m_context.statusMessage(tr("Showing the exercise's texts as they are saved now."));
        return;
    }
    if (result.end == FormSave::End::Cancelled) {
        // What was typed stays; the next finished field asks again.
        m_heldBack = true;
        m_error->setError(tr("Not saved: your text is still here. Finish a field again to save "
                             "it."));
        return;
    }
    const command::Outcome& outcome = result.outcome;
    if (!outcome) {
        QStringList lines;
        for (const core::ValidationIssue& issue : outcome.issues) {
            lines << report::issueText(issue);
        }
        m_error->setError(lines.isEmpty() ? outcome.message : lines.join(QLatin1Char('\n')));
        return;
    }
    m_heldBack = false;
    m_error->setError(QString());
    if (outcome.savedVersion > 0) {
        m_storedVersion = outcome.savedVersion;
        emit saved(from, outcome.savedVersion);
    }
}

} // namespace glidepath::ui
