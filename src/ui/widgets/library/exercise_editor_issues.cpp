#include "widgets/common/field_error_label.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/exercise_editor_form.h"
#include "widgets/library/exercise_issue_text.h"

#include <glidepath/core/validation.h>

#include <QLabel>

#include <algorithm>
#include <map>

namespace glidepath::ui {

// Validation shown at the fields: each issue under the field it belongs to, the first one
// named in the banner.
using namespace editor_form;

QString ExerciseEditor::errorFor(const std::string& field) const
{
    if (field.empty()) {
        return m_generalError->isVisibleTo(this) ? m_generalError->error() : QString();
    }
    for (const FieldTarget& target : m_targets) {
        if (startsWithPath(field, target.path) && target.error->isVisibleTo(this)) {
            return target.error->error();
        }
    }
    return {};
}

void ExerciseEditor::showIssues(const std::vector<core::ValidationIssue>& issues,
                                const core::Exercise& exercise)
{
    if (&issues != &m_shownIssues) {
        m_shownIssues = issues;
    }
    if (&exercise != &m_shownFor) {
        m_shownFor = exercise;
    }
    for (const FieldTarget& target : m_targets) {
        target.error->setError({});
        setInvalid(target.input, false);
        setInvalid(target.companion, false);
    }
    m_generalError->setError({});

    std::map<FieldErrorLabel*, QStringList> messages;
    QStringList general;
    m_firstIssue.clear();
    for (const core::ValidationIssue& issue : issues) {
        const FieldTarget* best = nullptr;
        for (const FieldTarget& target : m_targets) {
            if (startsWithPath(issue.field, target.path) &&
                (!best || target.path.size() > best->path.size())) {
                best = &target;
            }
        }
        if (m_mode == Mode::New && !m_showAllIssues) {
            // A new draft starts empty: only complain about fields the user has been in.
            const std::string root = issue.field.substr(0, issue.field.find('/'));
            const bool touched =
                std::any_of(m_touched.begin(), m_touched.end(), [&](const std::string& group) {
                    return root == group || (group == "dose" && root == "dose") ||
                           (group.rfind("phase", 0) == 0 && root.rfind("phase", 0) == 0);
                });
            if (!touched) {
                continue;
            }
        }
        const QString text = ExerciseIssueText::describe(issue, exercise);
        if (m_firstIssue.isEmpty()) {
            const QString field = best ? fieldLabel(best->input) : QString();
            m_firstIssue = field.isEmpty() ? text : tr("%1: %2").arg(field, text);
        }
        if (best) {
            QStringList& list = messages[best->error];
            if (!list.contains(text)) {
                list << text;
            }
            setInvalid(best->input, true);
            setInvalid(best->companion, true);
        } else if (!general.contains(text)) {
            general << text;
        }
    }
    for (auto& [label, list] : messages) {
        label->setError(list.join(QLatin1Char('\n')));
    }
    if (!m_failure.isEmpty() && !general.contains(m_failure)) {
        general.prepend(m_failure);
    }
    m_generalError->setError(general.join(QLatin1Char('\n')));
    m_issueFields = static_cast<int>(messages.size()) + (general.isEmpty() ? 0 : 1);
    if (m_firstIssue.isEmpty()) {
        m_firstIssue = m_failure;
    }
    m_hasIssues = !issues.empty() || !m_failure.isEmpty();
    updateHeader();
}

QString ExerciseEditor::fieldLabel(const QWidget* input) const
{
    if (!input) {
        return {};
    }
    for (const QLabel* label : findChildren<QLabel*>()) {
        if (label->buddy() == input) {
            QString text = label->text();
            text.remove(QLatin1Char('&'));
            while (text.endsWith(QLatin1Char(':'))) {
                text.chop(1);
            }
            return text;
        }
    }
    return input->accessibleName();
}

QString ExerciseEditor::moreIssuesText() const
{
    return m_issueFields > 1 ? QLatin1Char(' ') + tr("%n more field(s) marked in red below.",
                                                     nullptr, m_issueFields - 1)
                             : QString();
}

} // namespace glidepath::ui
