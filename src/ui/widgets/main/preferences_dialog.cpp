#include "widgets/main/preferences_dialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include <deque>

namespace glidepath::ui {

namespace {

std::deque<std::optional<AppMode>>& queuedAnswers()
{
    static std::deque<std::optional<AppMode>> answers;
    return answers;
}

QLabel* note(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(24, 0, 0, 6);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(AppMode current, QWidget* parent)
    : QDialog(parent), m_clinician(new QRadioButton(tr("I build plans for &clients"))),
      m_personal(new QRadioButton(tr("I'm building my &own routine")))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_clinician->setObjectName(QStringLiteral("clinicianModeRadio"));
    m_personal->setObjectName(QStringLiteral("personalModeRadio"));
    (current == AppMode::Personal ? m_personal : m_clinician)->setChecked(true);

    auto* modeBox = new QGroupBox(tr("How you use Glidepath"));
    auto* modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_clinician);
    modeLayout->addWidget(note(tr("A list of clients, each with check-ins and weekly plans.")));
    modeLayout->addWidget(m_personal);
    modeLayout->addWidget(note(tr("One personal profile; the Clients page is hidden. Client "
                                  "records stay in the database and come back when you switch "
                                  "again.")));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(modeBox);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

AppMode PreferencesDialog::mode() const
{
    return m_personal->isChecked() ? AppMode::Personal : AppMode::Clinician;
}

std::optional<AppMode> PreferencesDialog::edit(AppMode current, QWidget* parent)
{
    if (!queuedAnswers().empty()) {
        const std::optional<AppMode> answer = queuedAnswers().front();
        queuedAnswers().pop_front();
        return answer;
    }
    PreferencesDialog dialog(current, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.mode();
}

void PreferencesDialog::setNextAnswer(std::optional<AppMode> answer)
{
    queuedAnswers().push_back(answer);
}

} // namespace glidepath::ui
