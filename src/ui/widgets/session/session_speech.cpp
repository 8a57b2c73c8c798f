#include "widgets/session/session_speech.h"

#include "modules/module_loader.h"
#include "modules/speech_module.h"

#include <QApplication>
#include <QCoreApplication>

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

} // namespace

std::unique_ptr<SessionSpeech> SessionSpeech::silent(QString reason)
{
    return std::make_unique<SilentSpeech>(std::move(reason));
}

std::unique_ptr<SessionSpeech> SessionSpeech::create()
{
#ifdef GLIDEPATH_HAVE_SPEECH
    QString error;
    if (auto* module = modules::get<SpeechModule>(QStringLiteral("speech"), &error)) {
        QString whyNot;
        if (auto speech = module->createSpeech(whyNot)) {
            return speech;
        }
        return silent(whyNot);
    }
    return silent(QCoreApplication::translate("SessionSpeech",
                                              "Spoken cues could not be loaded (%1), so the "
                                              "session runs silently.")
                      .arg(error));
#else
    return silent(QCoreApplication::translate(
        "SessionSpeech", "This copy of Glidepath was built without spoken cues."));
#endif
}

} // namespace glidepath::ui
