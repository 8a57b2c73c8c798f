#pragma once

#include <glidepath/core/exercise.h>
#include <glidepath/storage/exercise_texts.h>

#include <QGroupBox>

#include <string>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace glidepath::ui {

class AppContext;
class FieldErrorLabel;
class PlainTextField;
class StringListEditor;

// The Library editor's text of an own exercise in the language the UI runs in (German, say):
// name, summary, steps and cues as clients will read them. A German-speaking clinician edits
// these; the exercise's English fields stay in the editor below as the program's own text and as
// the fallback, which each empty field here shows greyed as its placeholder ("English: …").
// Shown only when the UI is not English and the exercise is a stored custom one (built-ins show
// their translation in the main fields, read-only). Every finished edit is saved at once through
// the undo commands (command::editExerciseTexts), other languages' texts kept as they are; an
// invalid text is named in red and not saved. A save is based on the exercise's version read
// with the texts: when another desk saved the exercise since, FormSave asks (reload theirs,
// keep mine, cancel), as the English fields' saves do.
class ExerciseTranslationSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit ExerciseTranslationSection(AppContext& context, QWidget* parent = nullptr);

    // Shows the stored texts of exercise in the UI language, or hides the section (nothing, a
    // new draft, a built-in, or an English UI).
    void showFor(const core::Exercise* exercise);
    const std::string& language() const { return m_language; }
    QString error() const;
    // True while a save of the texts runs: the editor leaves the exercise as it is meanwhile.
    bool committing() const { return m_committing; }

signals:
    // The texts were saved: the exercise went from version `from` to `to` (the editor's next save
    // of the English fields is based on it when it held `from`).
    void saved(qint64 from, qint64 to);
    // "Reload theirs": the editor shows the exercise as it is stored now, texts included.
    void reloadRequested();

private:
    static void addRowTo(QFormLayout* form, const QString& text, QWidget* input);
    void load();
    void save();
    core::ExerciseText collect() const;

    AppContext& m_context;
    std::string m_language;
    std::string m_id; // empty: hidden
    core::Exercise m_english;
    bool m_loading = false;
    bool m_committing = false;
    qint64 m_storedVersion = 0; // the exercise's version when the texts were read
    bool m_heldBack = false;    // a save was cancelled: the fields keep the text not saved

    QLineEdit* m_name = nullptr;
    PlainTextField* m_summary = nullptr;
    StringListEditor* m_instructions = nullptr;
    StringListEditor* m_cues = nullptr;
    QLabel* m_fallback = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace glidepath::ui
