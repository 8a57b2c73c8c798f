#pragma once

#include "widgets/session/session_speech.h"

#include <QtPlugin>

#include <memory>

namespace glidepath::ui {

// The speech module (modules/speech, Qt TextToSpeech), loaded when a guided session first
// starts.
class SpeechModule
{
public:
    virtual ~SpeechModule() = default;
    // The system's speech, or nullptr with why there is none in whyNot.
    virtual std::unique_ptr<SessionSpeech> createSpeech(QString& whyNot) = 0;
};

} // namespace glidepath::ui

#define GLIDEPATH_SPEECH_MODULE_IID "org.glidepath.SpeechModule/1"
Q_DECLARE_INTERFACE(glidepath::ui::SpeechModule, GLIDEPATH_SPEECH_MODULE_IID)
