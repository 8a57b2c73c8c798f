// The speech module: spoken cues through Qt TextToSpeech, in a plugin of its own so that the
// library is loaded when a guided session first starts, not at every start of the app.
#include "modules/speech_module.h"

#include <QApplication>
#include <QCoreApplication>
#include <QObject>
#include <QTextToSpeech>

namespace glidepath::ui {

namespace {

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

} // namespace

class SpeechPlugin final : public QObject, public SpeechModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GLIDEPATH_SPEECH_MODULE_IID)
    Q_INTERFACES(glidepath::ui::SpeechModule)

public:
    std::unique_ptr<SessionSpeech> createSpeech(QString& whyNot) override
    {
        const QStringList engines = QTextToSpeech::availableEngines();
        if (engines.isEmpty()) {
            whyNot = QCoreApplication::translate(
                "SessionSpeech", "No speech engine is installed. On Debian, install the package "
                                 "qt6-speech-flite-plugin for spoken cues; the session works "
                                 "without them.");
            return nullptr;
        }
        auto engine = std::make_unique<QTextToSpeech>(engines.first());
        if (engine->state() == QTextToSpeech::Error) {
            whyNot = QCoreApplication::translate(
                "SessionSpeech",
                "The speech engine could not start, so the session runs silently.");
            return nullptr;
        }
        return std::make_unique<QtSpeech>(std::move(engine));
    }
};

} // namespace glidepath::ui

#include "speech_plugin.moc"
