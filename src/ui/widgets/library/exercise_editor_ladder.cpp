#include "app_context.h"
#include "exercise_language.h"
#include "widgets/common/exercise_picker.h"
#include "widgets/common/field_error_label.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/exercise_editor_form.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>

namespace glidepath::ui {

// The progression ladder section: the easier and harder neighbours, looked up in the library as
// the user types.
using namespace editor_form;

QWidget* ExerciseEditor::buildLadderGroup()
{
    auto* box = group(tr("Progression ladder"), QStringLiteral("ladderGroup"));
    auto* form = makeForm(box);
    m_easier = new ExercisePicker;
    m_easier->setObjectName(QStringLiteral("easierPicker"));
    auto* easierError = new FieldErrorLabel;
    registerField("easier", easierError, m_easier);
    addRow(form, tr("E&asier:"), m_easier, easierError);
    m_harder = new ExercisePicker;
    m_harder->setObjectName(QStringLiteral("harderPicker"));
    for (ExercisePicker* picker : {m_easier, m_harder}) {
        picker->setLookup(
            [this](const QString& text, int limit) {
                storage::ExerciseQuery query;
                query.text = text.toStdString();
                query.filter.includeHidden = true;
                query.filter.language = exerciseLanguage();
                std::vector<ExercisePicker::Choice> choices;
                try {
                    for (const auto& row : m_context.exercises().rows(query, 0, limit)) {
                        choices.push_back(
                            {QString::fromStdString(row.id), QString::fromStdString(row.name)});
                    }
                } catch (const std::exception&) {
                    // An unreadable library offers nothing; saving reports the problem.
                }
                return choices;
            },
            [this](const QString& id) {
                try {
                    const auto names = m_context.exercises().namesOf({id.toStdString()});
                    return names.empty() ? QString()
                                         : QString::fromStdString(names.begin()->second);
                } catch (const std::exception&) {
                    return QString();
                }
            });
    }
    auto* harderError = new FieldErrorLabel;
    registerField("harder", harderError, m_harder);
    addRow(form, tr("Harder:"), m_harder, harderError);
    form->addRow(QString(), hint(tr("The plan steps down to the easier exercise when this one "
                                    "hurts, and up to the harder one once the dose range is "
                                    "used up.")));
    return box;
}

} // namespace glidepath::ui
