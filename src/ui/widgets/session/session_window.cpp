#include "widgets/session/session_window.h"

#include "app_context.h"
#include "commands/command.h"
#include "commands/undo_command.h"
#include "exercise_language.h"
#include "widgets/session/session_figure.h"
#include "widgets/session/session_speech.h"
#include "widgets/session/session_text.h"

#include <glidepath/report/handout_text.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/tracking_repository.h>

#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace glidepath::ui {

namespace {

enum Panel
{
    WorkPanel,
    PainPanel,
    FinishPanel
};

QLabel* label(QWidget* parent, const char* objectName, int pointDelta = 0, bool bold = false)
{
    auto* text = new QLabel(parent);
    text->setObjectName(QLatin1String(objectName));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::NoTextInteraction);
    QFont font = text->font();
    font.setPointSizeF(font.pointSizeF() + pointDelta);
    font.setBold(bold);
    text->setFont(font);
    return text;
}

QPushButton* button(QWidget* parent, const QString& text, const char* objectName,
                    const QString& accessible)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    b->setAccessibleName(accessible);
    b->setMinimumHeight(48);
    b->setFocusPolicy(Qt::NoFocus); // keys belong to the session, not to one button
    return b;
}

// A row of 0-10 buttons, each with its number as text and a spoken name.
QList<QPushButton*> scoreRow(QWidget* parent, QHBoxLayout* row, const char* prefix)
{
    QList<QPushButton*> buttons;
    for (int score = 0; score <= 10; ++score) {
        auto* b = button(parent, QString::number(score),
                         QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(score).toLatin1(),
                         SessionWindow::tr("Pain %1 out of 10").arg(score));
        b->setMinimumWidth(44);
        row->addWidget(b);
        buttons.append(b);
    }
    return buttons;
}

} // namespace

SessionWindow::SessionWindow(AppContext& context, qint64 clientId, const core::PlanDay& day,
                             QWidget* parent)
    : QDialog(parent), m_context(context), m_clientId(clientId), m_day(day),
      m_speech(SessionSpeech::create())
{
    core::SessionPacing pacing;
    pacing.painLimit = context.rules().amberMaxExercisePain;
    if (auto client = context.clients().find(clientId);
        client && client->profile.side == core::Side::Right) {
        pacing.firstSide = core::Side::Right; // the side the plan is for goes first
    }
    m_session = std::make_unique<core::GuidedSession>(day.exercises, day.date, pacing);
    setWindowTitle(tr("Today's session — Glidepath"));
    setObjectName(QStringLiteral("sessionWindow"));
    buildUi();
    m_timer = new QTimer(this);
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &SessionWindow::tick);
    m_clock.start();
    m_timer->start();
    handleCues();
    refresh();
}

SessionWindow::~SessionWindow() = default;

void SessionWindow::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_position = label(this, "sessionPosition", 2);
    top->addWidget(m_position, 1);
    m_speak = new QCheckBox(tr("Spoken cues (M)"), this);
    m_speak->setObjectName(QStringLiteral("sessionSpeak"));
    m_speak->setFocusPolicy(Qt::NoFocus);
    m_speak->setEnabled(m_speech->available());
    connect(m_speak, &QCheckBox::toggled, this, [this](bool on) {
        m_muted = !on;
        if (m_muted) {
            m_speech->stop();
        }
    });
    top->addWidget(m_speak);
    auto* large = new QCheckBox(tr("Large text"), this);
    large->setObjectName(QStringLiteral("sessionLargeText"));
    large->setFocusPolicy(Qt::NoFocus);
    connect(large, &QCheckBox::toggled, this, &SessionWindow::setLargeText);
    top->addWidget(large);
    auto* contrast = new QCheckBox(tr("High contrast"), this);
    contrast->setObjectName(QStringLiteral("sessionHighContrast"));
    contrast->setFocusPolicy(Qt::NoFocus);
    connect(contrast, &QCheckBox::toggled, this, &SessionWindow::setHighContrast);
    top->addWidget(contrast);
    auto* leaveButton = button(this, tr("Leave (Esc)"), "sessionLeave",
                               tr("Leave the session and keep what was done"));
    connect(leaveButton, &QPushButton::clicked, this, &SessionWindow::leave);
    top->addWidget(leaveButton);
    outer->addLayout(top);
    m_speechNote = label(this, "sessionSpeechNote", -1);
    m_speechNote->setText(m_speech->unavailableReason());
    m_speechNote->setVisible(!m_speech->available());
    outer->addWidget(m_speechNote);

    // Above every panel, so that a pain flagged after the last exercise is still seen.
    m_alert = label(this, "sessionAlert", 2, true);
    m_alert->setFrameShape(QFrame::Box);
    m_alert->setMargin(8);
    m_alert->setVisible(false);
    outer->addWidget(m_alert);

    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack, 1);

    // Work panel: picture on the left, words on the right, big buttons below.
    auto* work = new QWidget(m_stack);
    auto* workLayout = new QGridLayout(work);
    m_figure = new SessionFigure(work);
    m_figure->setObjectName(QStringLiteral("sessionFigure"));
    workLayout->addWidget(m_figure, 0, 0, 2, 1);
    auto* words = new QVBoxLayout;
    m_name = label(work, "sessionName", 10, true);
    m_dose = label(work, "sessionDose", 1);
    m_progress = label(work, "sessionProgress", 6, true);
    m_side = label(work, "sessionSide", 6, true);
    m_phase = label(work, "sessionPhase", 4);
    m_countdown = label(work, "sessionCountdown", 28, true);
    m_cues = label(work, "sessionCues", 1);
    m_stopIf = label(work, "sessionStopIf", 0);
    for (QLabel* l : {m_name, m_dose, m_progress, m_side, m_phase, m_countdown, m_cues, m_stopIf}) {
        words->addWidget(l);
    }
    words->addStretch(1);
    workLayout->addLayout(words, 0, 1);
    auto* buttons = new QHBoxLayout;
    auto* backButton = button(work, tr("◀ Back"), "sessionBack", tr("Back"));
    m_pause = button(work, tr("Pause (Space)"), "sessionPause", tr("Pause or resume"));
    auto* nextButton = button(work, tr("Next ▶"), "sessionNext", tr("Next"));
    auto* skipButton = button(work, tr("Skip exercise"), "sessionSkip", tr("Skip this exercise"));
    m_easier =
        button(work, tr("Easier version (E)"), "sessionEasier", tr("Do the easier version today"));
    connect(backButton, &QPushButton::clicked, this, &SessionWindow::back);
    connect(m_pause, &QPushButton::clicked, this, &SessionWindow::togglePause);
    connect(nextButton, &QPushButton::clicked, this, &SessionWindow::next);
    connect(skipButton, &QPushButton::clicked, this, [this] {
        m_session->skipExercise();
        handleCues();
        refresh();
    });
    connect(m_easier, &QPushButton::clicked, this, &SessionWindow::useEasier);
    for (QPushButton* b : {backButton, m_pause, nextButton, skipButton, m_easier}) {
        buttons->addWidget(b);
    }
    workLayout->addLayout(buttons, 2, 0, 1, 2);
    workLayout->setColumnStretch(0, 3);
    workLayout->setColumnStretch(1, 2);
    m_stack->addWidget(work);

    // Pain check after each exercise.
    auto* pain = new QWidget(m_stack);
    auto* painLayout = new QVBoxLayout(pain);
    auto* painQuestion = label(pain, "sessionPainQuestion", 8, true);
    painQuestion->setText(tr("How much did that exercise hurt, from 0 (not at all) to 10?"));
    painLayout->addStretch(1);
    painLayout->addWidget(painQuestion);
    auto* painRow = new QHBoxLayout;
    m_painButtons = scoreRow(pain, painRow, "sessionPain");
    for (int score = 0; score <= 10; ++score) {
        connect(m_painButtons[score], &QPushButton::clicked, this,
                [this, score] { recordPain(score); });
    }
    painLayout->addLayout(painRow);
    auto* noScore = button(pain, tr("Go on without a score (→)"), "sessionNoScore",
                           tr("Go on without a pain score"));
    connect(noScore, &QPushButton::clicked, this, &SessionWindow::next);
    painLayout->addWidget(noScore);
    painLayout->addStretch(2);
    m_stack->addWidget(pain);

    // The end: how it felt overall, anything that hurt, save.
    auto* finish = new QWidget(m_stack);
    auto* finishLayout = new QVBoxLayout(finish);
    auto* finishTitle = label(finish, "sessionFinishTitle", 8, true);
    finishTitle->setText(tr("Session done. How did it feel overall, from 0 (no pain) to 10?"));
    finishLayout->addWidget(finishTitle);
    auto* overallRow = new QHBoxLayout;
    m_overallButtons = scoreRow(finish, overallRow, "sessionOverall");
    for (int score = 0; score <= 10; ++score) {
        m_overallButtons[score]->setCheckable(true);
        connect(m_overallButtons[score], &QPushButton::clicked, this, [this, score] {
            m_overallPain = score;
            for (int i = 0; i <= 10; ++i) {
                m_overallButtons[i]->setChecked(i == score);
            }
        });
    }
    finishLayout->addLayout(overallRow);
    auto* hurtLabel = label(finish, "sessionHurtLabel", 2);
    hurtLabel->setText(tr("Anything hurt, or anything to tell your clinician? (optional)"));
    finishLayout->addWidget(hurtLabel);
    m_note = new QPlainTextEdit(finish);
    m_note->setObjectName(QStringLiteral("sessionNote"));
    m_note->setAccessibleName(tr("Anything that hurt"));
    m_note->setMaximumHeight(120);
    finishLayout->addWidget(m_note);
    auto* save = button(finish, tr("Save and close"), "sessionSave", tr("Save the session"));
    connect(save, &QPushButton::clicked, this, &SessionWindow::saveAndClose);
    finishLayout->addWidget(save);
    finishLayout->addStretch(1);
    m_stack->addWidget(finish);

    resize(1000, 660);
}

bool SessionWindow::speechAvailable() const
{
    return m_speech->available();
}

void SessionWindow::useManualClock()
{
    m_timer->stop();
}

void SessionWindow::advance(std::chrono::milliseconds elapsed)
{
    m_session->advance(elapsed);
    handleCues();
    refresh();
}

void SessionWindow::tick()
{
    const auto elapsed = std::chrono::milliseconds(m_clock.restart());
    advance(elapsed);
}

void SessionWindow::togglePause()
{
    const auto phase = m_session->state().phase;
    if (phase == core::SessionPhase::Rest || phase == core::SessionPhase::GetReady ||
        phase == core::SessionPhase::SwitchSide) {
        m_session->next(); // Space in a countdown: "I'm ready"
    } else {
        m_session->setPaused(!m_session->state().paused);
    }
    handleCues();
    refresh();
}

void SessionWindow::next()
{
    m_session->next();
    handleCues();
    refresh();
}

void SessionWindow::back()
{
    m_session->back();
    handleCues();
    refresh();
}

void SessionWindow::useEasier()
{
    const core::PlannedExercise* now = m_session->current();
    if (!now) {
        return;
    }
    const auto exercise = m_context.exercises().find(now->id);
    if (!exercise || exercise->easier.empty()) {
        return;
    }
    const auto easier = m_context.exercises().find(exercise->easier);
    if (!easier) {
        return;
    }
    core::PlannedExercise planned;
    planned.id = easier->id;
    planned.name = easier->name;
    planned.sets = easier->dose.sets;
    planned.reps = easier->dose.reps;
    planned.holdSeconds = easier->dose.holdSeconds;
    planned.tempo = easier->dose.tempo;
    planned.restSeconds = easier->dose.restSeconds;
    planned.side = now->side;
    m_session->useEasier(planned);
    m_alert->setText(tr("Doing the easier version today: %1. It is noted in the log.")
                         .arg(exerciseName(easier->id, easier->name)));
    m_alert->setVisible(true);
    handleCues();
    refresh();
}

void SessionWindow::recordPain(int pain)
{
    const core::PlannedExercise* finished = m_session->current();
    const QString name = finished ? exerciseName(*finished) : QString();
    m_session->recordPain(pain);
    if (pain > m_context.rules().amberMaxExercisePain) {
        m_alert->setText(tr("%1 hurt %2 out of 10. That is above the limit of %3: stop that "
                            "exercise for today, and if it happens again, use the easier version "
                            "or ask your clinician.")
                             .arg(name)
                             .arg(pain)
                             .arg(m_context.rules().amberMaxExercisePain));
        m_alert->setVisible(true);
    } else {
        m_alert->setVisible(false);
    }
    handleCues();
    refresh();
}

void SessionWindow::leave()
{
    if (m_session->state().phase == core::SessionPhase::Finished) {
        saveAndClose();
        return;
    }
    m_session->stop();
    handleCues();
    refresh();
}

bool SessionWindow::saveAndClose()
{
    const core::SessionLog log = m_session->log(m_context.clock().today(), m_overallPain,
                                                m_note->toPlainText().trimmed().toStdString());
    const bool anything = std::any_of(log.entries.begin(), log.entries.end(), [](const auto& e) {
        return e.status != core::LogStatus::Skipped;
    });
    if (anything) {
        if (const command::Outcome outcome = command::saveSessionLog(m_context, m_clientId, 0, log);
            !outcome) {
            m_alert->setText(tr("The session could not be saved: %1").arg(outcome.message));
            m_alert->setVisible(true);
            m_stack->setCurrentIndex(WorkPanel);
            return false;
        }
        m_savedLog = log;
        emit m_context.statusMessage(tr("Today's session is saved in the log."));
    }
    m_speech->stop();
    accept();
    return true;
}

void SessionWindow::reject()
{
    leave(); // Esc and the window's close button keep what was done
}

void SessionWindow::handleCues()
{
    for (const core::Cue& cue : m_session->takeCues()) {
        if (cue.kind == core::CueKind::HoldEnd) {
            if (!m_muted) {
                m_speech->chime();
            }
            continue;
        }
        const core::PlannedExercise* exercise =
            cue.exerciseIndex < static_cast<int>(m_day.exercises.size())
                ? &m_day.exercises[static_cast<std::size_t>(cue.exerciseIndex)]
                : nullptr;
        if (cue.kind == core::CueKind::Exercise && m_session->current()) {
            exercise = m_session->current(); // the easier version when swapped
        }
        report::TimedWork timed = report::TimedWork::None;
        if (cue.kind == core::CueKind::Exercise && exercise) {
            const std::optional<core::Exercise> found = m_context.exercises().find(exercise->id);
            timed = report::timedWork(found ? &*found : nullptr);
        }
        const QString words = spokenCue(cue, exercise, timed);
        if (!m_muted && !words.isEmpty()) {
            m_speech->say(words);
        }
    }
}

void SessionWindow::refresh()
{
    const core::SessionState& state = m_session->state();
    if (state.phase == core::SessionPhase::Finished) {
        m_stack->setCurrentIndex(FinishPanel);
        return;
    }
    m_stack->setCurrentIndex(state.phase == core::SessionPhase::PainCheck ? PainPanel : WorkPanel);
    const core::PlannedExercise* now = m_session->current();
    if (!now) {
        return;
    }
    std::optional<core::Exercise> exercise = m_context.exercises().find(now->id);
    if (exercise) {
        exercise = localizedExercise(*exercise);
    }
    m_position->setText(
        tr("Exercise %1 of %2").arg(state.exerciseIndex + 1).arg(state.exerciseCount));
    m_name->setText(exerciseName(*now));
    const report::TimedWork timed = report::timedWork(exercise ? &*exercise : nullptr);
    m_dose->setText(report::doseLine(
        *now, exercise ? exercise->laterality : core::Laterality::Bilateral, timed));
    m_progress->setText(progressText(state));
    m_side->setText(activeSideText(state.side));
    m_phase->setText(state.paused ? tr("Paused — press Space to go on")
                                  : sessionPhaseText(state.phase, timed));
    m_countdown->setText(countdownText(state.phaseLeft));
    m_countdown->setAccessibleName(tr("Time left: %1").arg(countdownText(state.phaseLeft)));
    m_pause->setText(state.paused ? tr("Resume (Space)") : tr("Pause (Space)"));
    m_figure->setExercise(exercise);
    m_figure->setMovement(m_session->movement());
    if (exercise) {
        QStringList cues;
        for (std::size_t i = 0; i < exercise->cues.size() && i < 3; ++i) {
            cues << QStringLiteral("• ") + QString::fromStdString(exercise->cues[i]);
        }
        m_cues->setText(cues.join(QLatin1Char('\n')));
        m_stopIf->setText(
            tr("Stop if: %1")
                .arg(
                    report::stopIfLines(&*exercise, m_context.rules()).join(QStringLiteral("; "))));
    }
    m_easier->setEnabled(exercise && !exercise->easier.empty());
}

void SessionWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        togglePause();
        return;
    case Qt::Key_Right:
        next();
        return;
    case Qt::Key_Left:
        back();
        return;
    case Qt::Key_E:
        useEasier();
        return;
    case Qt::Key_M:
        if (m_speak->isEnabled()) {
            m_speak->toggle();
        }
        return;
    default:
        break;
    }
    if (m_session->state().phase == core::SessionPhase::PainCheck && event->key() >= Qt::Key_0 &&
        event->key() <= Qt::Key_9) {
        recordPain(event->key() - Qt::Key_0);
        return;
    }
    QDialog::keyPressEvent(event);
}

void SessionWindow::setLargeText(bool large)
{
    QFont base = QApplication::font();
    if (large) {
        base.setPointSizeF(base.pointSizeF() * 1.5);
    }
    setFont(base);
}

void SessionWindow::setHighContrast(bool high)
{
    if (!high) {
        setPalette(QApplication::palette());
        return;
    }
    QPalette contrast;
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::WindowText, Qt::white);
    contrast.setColor(QPalette::Base, Qt::black);
    contrast.setColor(QPalette::Text, Qt::white);
    contrast.setColor(QPalette::Button, QColor(0x20, 0x20, 0x20));
    contrast.setColor(QPalette::ButtonText, Qt::yellow);
    setPalette(contrast);
}

} // namespace glidepath::ui
