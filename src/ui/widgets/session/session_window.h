#pragma once

#include <glidepath/core/guided_session.h>

#include <QDialog>
#include <QElapsedTimer>
#include <QList>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;
class QCheckBox;
class QPlainTextEdit;

namespace glidepath::ui {

class AppContext;
class SessionFigure;
class SessionSpeech;

// "Start today's session": a distraction-free window that walks through one day of the plan —
// picture moving with the tempo, name, set/rep/side, countdowns, key cues and when to stop —
// asks for a pain score after each exercise and, at the end, saves what was done as a session
// log, exactly as if it had been typed in. Keys: Space pause/resume (ends a rest early), Right
// next, Left back, E easier version, M mute, Esc leave (keeping what was done).
class SessionWindow : public QDialog
{
    Q_OBJECT

public:
    SessionWindow(AppContext& context, qint64 clientId, const core::PlanDay& day,
                  QWidget* parent = nullptr);
    ~SessionWindow() override;

    // Tests drive time themselves: the window's own timer is stopped and advance() moves on.
    void useManualClock();
    void advance(std::chrono::milliseconds elapsed);
    const core::GuidedSession& session() const { return *m_session; }
    bool speechAvailable() const;
    // The log saved when the window closed, if any.
    std::optional<core::SessionLog> savedLog() const { return m_savedLog; }

    void togglePause();
    void next();
    void back();
    void useEasier();
    void recordPain(int pain);
    void leave();
    bool saveAndClose();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void reject() override;

private:
    void buildUi();
    void refresh();
    void handleCues();
    void tick();
    void setLargeText(bool large);
    void setHighContrast(bool high);

    AppContext& m_context;
    qint64 m_clientId;
    core::PlanDay m_day;
    std::unique_ptr<core::GuidedSession> m_session;
    std::unique_ptr<SessionSpeech> m_speech;
    QTimer* m_timer = nullptr;
    QElapsedTimer m_clock;
    bool m_muted = true; // spoken cues are off by default
    std::optional<core::SessionLog> m_savedLog;

    QStackedWidget* m_stack = nullptr;
    SessionFigure* m_figure = nullptr;
    QLabel* m_position = nullptr; // "Exercise 2 of 6"
    QLabel* m_name = nullptr;
    QLabel* m_dose = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_side = nullptr;
    QLabel* m_phase = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_cues = nullptr;
    QLabel* m_stopIf = nullptr;
    QLabel* m_alert = nullptr;
    QLabel* m_speechNote = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_easier = nullptr;
    QCheckBox* m_speak = nullptr;
    QList<QPushButton*> m_painButtons;
    QList<QPushButton*> m_overallButtons;
    std::optional<int> m_overallPain;
    QPlainTextEdit* m_note = nullptr;
};

} // namespace glidepath::ui
