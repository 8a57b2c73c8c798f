#pragma once

#include <QString>

#include <memory>

namespace glidepath::ui {

// Spoken cues for the guided session. Offline only: Qt TextToSpeech with a speech engine from
// the system (Debian's flite plugin), in the speech module (modules/speech), loaded when a
// session first asks for it. Where Glidepath was built without Qt TextToSpeech, the module cannot
// be loaded or no engine is installed, available() is false, unavailableReason() says why, and
// say() does nothing, so the session works silently.
class SessionSpeech
{
public:
    virtual ~SessionSpeech() = default;
    virtual bool available() const = 0;
    virtual QString unavailableReason() const = 0;
    virtual void say(const QString& text) = 0;
    // A short sound for the end of a hold.
    virtual void chime() = 0;
    virtual void stop() = 0;

    // The system's speech, or a silent stand-in when there is none.
    static std::unique_ptr<SessionSpeech> create();
    // The silent stand-in, saying why there is no speech.
    static std::unique_ptr<SessionSpeech> silent(QString reason);
};

} // namespace glidepath::ui
