#include "widgets/main/mode_dialog.h"

#include "icons.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

#include <deque>

namespace glidepath::ui {

namespace {

std::deque<std::optional<AppMode>>& queuedAnswers()
{
    static std::deque<std::optional<AppMode>> answers;
    return answers;
}

} // namespace

ModeDialog::ModeDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("modeDialog"));
    setWindowTitle(tr("Welcome to Glidepath"));
    setWindowIcon(appIcon());

    auto* icon = new QLabel;
    icon->setPixmap(appIcon().pixmap(48, 48));
    auto* title = new QLabel(tr("How will you use Glidepath?"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* text = new QLabel(tr("This only decides what you see first. You can change it any "
                               "time in Edit ▸ Preferences."));
    text->setWordWrap(true);

    auto* clinician = new QCommandLinkButton(
        tr("I build plans for clients"),
        tr("Keep a list of clients with their check-ins, and plan each one's week."));
    clinician->setObjectName(QStringLiteral("clinicianModeButton"));
    auto* personal =
        new QCommandLinkButton(tr("I'm building my own routine"),
                               tr("One profile, your own check-ins and your own weekly plan."));
    personal->setObjectName(QStringLiteral("personalModeButton"));

    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto* headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(text);
    header->addLayout(headerText, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addSpacing(4);
    layout->addWidget(clinician);
    layout->addWidget(personal);
    setMinimumWidth(460);

    connect(clinician, &QCommandLinkButton::clicked, this, [this] {
        m_choice = AppMode::Clinician;
        accept();
    });
    connect(personal, &QCommandLinkButton::clicked, this, [this] {
        m_choice = AppMode::Personal;
        accept();
    });
}

std::optional<AppMode> ModeDialog::ask(QWidget* parent)
{
    if (!queuedAnswers().empty()) {
        const std::optional<AppMode> answer = queuedAnswers().front();
        queuedAnswers().pop_front();
        return answer;
    }
    ModeDialog dialog(parent);
    dialog.exec();
    return dialog.choice();
}

void ModeDialog::setNextAnswer(std::optional<AppMode> answer)
{
    queuedAnswers().push_back(answer);
}

} // namespace glidepath::ui
