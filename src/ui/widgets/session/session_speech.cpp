#include "widgets/session/session_speech.h"

#include <QApplication>
#include <QCoreApplication>

#ifdef GLIDEPATH_HAVE_SPEECH
#include <QTextToSpeech>
#endif

namespace glidepath::ui {

namespace {

class SilentSpeech final : public SessionSpeech
{
public:
    explicit SilentSpeech(QString reason) : m_reason(std::move(reason)) {}
    bool available() const override { return false; }
    QString unavailableReason() const override { return m_reason; }
    void say(const QString&) override {}
    void chime() override { QApplication::beep(); }
    void stop() override {}

private:
    QString m_reason;
};

#ifdef GLIDEPATH_HAVE_SPEECH
class QtSpeech final : public SessionSpeech
{
public:
    explicit QtSpeech(std::unique_ptr<QTextToSpeech> engine) : m_engine(std::move(engine)) {}
    bool available() const override { return true; }
    QString unavailableReason() const override { return {}; }
    void say(const QString& text) override
    {
        // A new cue replaces one still being spoken: the count must be on time.
        m_engine->stop();
        m_engine->say(text);
    }
    void chime() override { QApplication::beep(); }
    void stop() override { m_engine->stop(); }

private:
    std::unique_ptr<QTextToSpeech> m_engine;
};
#endif

} // namespace

std::unique_ptr<SessionSpeech> SessionSpeech::create()
{
#ifdef GLIDEPATH_HAVE_SPEECH
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        return std::make_unique<SilentSpeech>(QCoreApplication::translate(
            "SessionSpeech", "No speech engine is installed. On Debian, install the package "
                             "qt6-speech-flite-plugin for spoken cues; the session works without "
                             "them."));
    }
    auto engine = std::make_unique<QTextToSpeech>(engines.first());
    if (engine->state() == QTextToSpeech::Error) {
        return std::make_unique<SilentSpeech>(QCoreApplication::translate(
            "SessionSpeech", "The speech engine could not start, so the session runs silently."));
    }
    return std::make_unique<QtSpeech>(std::move(engine));
#else
    return std::make_unique<SilentSpeech>(QCoreApplication::translate(
        "SessionSpeech", "This copy of Glidepath was built without spoken cues."));
#endif
}

} // namespace glidepath::ui
