#include <glidepath/core/guided_session.h>
#include <glidepath/core/progression_steps.h>

#include <algorithm>

namespace glidepath::core {

using std::chrono::milliseconds;

namespace {

constexpr milliseconds seconds(int count)
{
    return milliseconds(static_cast<long long>(count) * 1000);
}

} // namespace

std::optional<RepTempo> parseRepTempo(std::string_view text)
{
    const auto tempo = parseTempo(text); // the engine's reading of a dose's tempo
    if (!tempo) {
        return std::nullopt;
    }
    return RepTempo{tempo->lift, tempo->pause, tempo->lower};
}

GuidedSession::GuidedSession(std::vector<PlannedExercise> exercises,
                             std::optional<Date> plannedDate, SessionPacing pacing)
    : m_exercises(std::move(exercises)), m_records(m_exercises.size()),
      m_plannedDate(plannedDate), m_pacing(pacing)
{
    m_state.exerciseCount = static_cast<int>(m_exercises.size());
    startExercise(0);
}

const PlannedExercise* GuidedSession::current() const
{
    if (m_state.phase == SessionPhase::Finished ||
        m_state.exerciseIndex >= static_cast<int>(m_exercises.size())) {
        return nullptr;
    }
    const Record& record = m_records[static_cast<std::size_t>(m_state.exerciseIndex)];
    return record.easier ? &*record.easier
                         : &m_exercises[static_cast<std::size_t>(m_state.exerciseIndex)];
}

double GuidedSession::movement() const
{
    const double total = static_cast<double>(m_state.phaseTotal.count());
    const double left = static_cast<double>(m_state.phaseLeft.count());
    switch (m_state.phase) {
    case SessionPhase::Lift:
        return total > 0 ? 1.0 - left / total : 1.0;
    case SessionPhase::Hold:
        return 1.0;
    case SessionPhase::Lower:
        return total > 0 ? left / total : 0.0;
    default:
        return 0.0;
    }
}

bool GuidedSession::isHold(const PlannedExercise& exercise) const
{
    return exercise.reps <= 0 && exercise.holdSeconds > 0;
}

RepTempo GuidedSession::tempoOf(const PlannedExercise& exercise) const
{
    RepTempo tempo = parseRepTempo(exercise.tempo).value_or(RepTempo{});
    if (exercise.holdSeconds > 0) {
        tempo.holdSeconds = exercise.holdSeconds; // a dosed hold wins over the tempo's pause
    }
    if (tempo.upSeconds + tempo.holdSeconds + tempo.downSeconds == 0) {
        tempo = RepTempo{}; // "0-0-0" would make reps pass in no time at all
    }
    return tempo;
}

std::vector<ActiveSide> GuidedSession::sidesOf(const PlannedExercise& exercise) const
{
    switch (exercise.side) {
    case WorkSide::Left:
        return {ActiveSide::Left};
    case WorkSide::Right:
        return {ActiveSide::Right};
    case WorkSide::Each:
        return m_pacing.firstSide == Side::Right
                   ? std::vector<ActiveSide>{ActiveSide::Right, ActiveSide::Left}
                   : std::vector<ActiveSide>{ActiveSide::Left, ActiveSide::Right};
    case WorkSide::Both:
        break;
    }
    return {ActiveSide::Both};
}

void GuidedSession::raise(CueKind kind, int value)
{
    m_cues.push_back({kind, m_state.exerciseIndex, value, m_state.side});
}

std::vector<Cue> GuidedSession::takeCues()
{
    std::vector<Cue> cues;
    cues.swap(m_cues);
    return cues;
}

void GuidedSession::startExercise(int index)
{
    m_state.exerciseIndex = index;
    if (index >= static_cast<int>(m_exercises.size())) {
        m_state.phase = SessionPhase::Finished;
        m_state.phaseLeft = m_state.phaseTotal = milliseconds(0);
        raise(CueKind::SessionDone);
        return;
    }
    const PlannedExercise& exercise = *current();
    m_state.set = 1;
    m_state.setsPlanned = std::max(1, exercise.sets);
    m_state.repsPlanned = isHold(exercise) ? 1 : std::max(1, exercise.reps);
    m_state.rep = 1;
    m_sideIndex = 0;
    m_state.side = sidesOf(exercise).front();
    raise(CueKind::Exercise);
    if (m_state.side != ActiveSide::Both) {
        raise(CueKind::Side);
    }
    enter(SessionPhase::GetReady, m_pacing.getReady);
}

void GuidedSession::startSet()
{
    m_state.rep = 1;
    startRep();
}

void GuidedSession::startRep()
{
    const PlannedExercise& exercise = *current();
    if (isHold(exercise)) {
        enter(SessionPhase::Hold, seconds(exercise.holdSeconds));
        return;
    }
    enter(SessionPhase::Lift, seconds(tempoOf(exercise).upSeconds));
}

void GuidedSession::enter(SessionPhase phase, milliseconds length)
{
    m_state.phase = phase;
    m_state.phaseLeft = m_state.phaseTotal = std::max(length, milliseconds(0));
    if (length <= milliseconds(0) && phase != SessionPhase::PainCheck &&
        phase != SessionPhase::Finished) {
        phaseEnded(); // a zero-second part of the tempo ("2-0-2") is simply not there
    }
}

void GuidedSession::phaseEnded()
{
    const PlannedExercise& exercise = *current();
    const RepTempo tempo = tempoOf(exercise);
    const auto repEnded = [&] {
        if (m_state.rep < m_state.repsPlanned) {
            ++m_state.rep;
            startRep();
        } else {
            setFinished();
        }
    };
    switch (m_state.phase) {
    case SessionPhase::GetReady:
    case SessionPhase::Rest:
    case SessionPhase::SwitchSide:
        if (m_state.phase == SessionPhase::Rest && m_state.side != ActiveSide::Both) {
            raise(CueKind::Side);
        }
        startSet();
        return;
    case SessionPhase::Lift:
        if (tempo.holdSeconds > 0) {
            enter(SessionPhase::Hold, seconds(tempo.holdSeconds));
        } else {
            enter(SessionPhase::Lower, seconds(tempo.downSeconds));
        }
        return;
    case SessionPhase::Hold:
        raise(CueKind::HoldEnd);
        if (isHold(exercise)) {
            repEnded();
        } else {
            enter(SessionPhase::Lower, seconds(tempo.downSeconds));
        }
        return;
    case SessionPhase::Lower:
        repEnded();
        return;
    case SessionPhase::PainCheck:
    case SessionPhase::Finished:
        return;
    }
}

// A side of a set is over: the other side next, else the set counts.
void GuidedSession::setFinished()
{
    const std::vector<ActiveSide> sides = sidesOf(*current());
    if (m_sideIndex + 1 < static_cast<int>(sides.size())) {
        ++m_sideIndex;
        m_state.side = sides[static_cast<std::size_t>(m_sideIndex)];
        raise(CueKind::Side);
        enter(SessionPhase::SwitchSide, m_pacing.switchSide);
        return;
    }
    Record& record = m_records[static_cast<std::size_t>(m_state.exerciseIndex)];
    record.setsDone = std::max(record.setsDone, m_state.set);
    if (m_state.set >= m_state.setsPlanned) {
        exerciseFinished();
        return;
    }
    ++m_state.set;
    m_sideIndex = 0;
    m_state.side = sides.front();
    const milliseconds rest = std::max(seconds(current()->restSeconds), m_pacing.minimumRest);
    raise(CueKind::Rest, static_cast<int>(rest.count() / 1000));
    enter(SessionPhase::Rest, rest);
}

void GuidedSession::exerciseFinished()
{
    raise(CueKind::ExerciseDone);
    enter(SessionPhase::PainCheck, milliseconds(0));
}

void GuidedSession::advance(milliseconds elapsed)
{
    while (elapsed > milliseconds(0) && !m_state.paused &&
           m_state.phase != SessionPhase::PainCheck && m_state.phase != SessionPhase::Finished) {
        const milliseconds step = std::min(elapsed, m_state.phaseLeft);
        const milliseconds before = m_state.phaseLeft;
        m_state.phaseLeft -= step;
        elapsed -= step;
        // "3, 2, 1" before the end of a hold of 5 s or more, a rest, a side switch or the start.
        const bool counted = m_state.phase == SessionPhase::Rest ||
                             m_state.phase == SessionPhase::SwitchSide ||
                             m_state.phase == SessionPhase::GetReady ||
                             (m_state.phase == SessionPhase::Hold &&
                              m_state.phaseTotal >= seconds(5));
        if (counted) {
            for (int count = 3; count >= 1; --count) {
                if (before > seconds(count) && m_state.phaseLeft <= seconds(count)) {
                    raise(CueKind::Count, count);
                }
            }
        }
        if (m_state.phaseLeft <= milliseconds(0)) {
            phaseEnded();
        }
    }
}

void GuidedSession::setPaused(bool paused)
{
    m_state.paused = paused && m_state.phase != SessionPhase::Finished;
}

void GuidedSession::next()
{
    switch (m_state.phase) {
    case SessionPhase::GetReady:
    case SessionPhase::Rest:
    case SessionPhase::SwitchSide:
        m_state.phaseLeft = milliseconds(0);
        phaseEnded();
        return;
    case SessionPhase::Lift:
    case SessionPhase::Hold:
    case SessionPhase::Lower:
        setFinished();
        return;
    case SessionPhase::PainCheck:
        startExercise(m_state.exerciseIndex + 1);
        return;
    case SessionPhase::Finished:
        return;
    }
}

void GuidedSession::skipExercise()
{
    if (m_state.phase == SessionPhase::Finished) {
        return;
    }
    Record& record = m_records[static_cast<std::size_t>(m_state.exerciseIndex)];
    record.skipped = record.setsDone == 0;
    startExercise(m_state.exerciseIndex + 1);
}

void GuidedSession::back()
{
    if (m_state.phase == SessionPhase::Finished) {
        startExercise(std::max(0, m_state.exerciseCount - 1));
        return;
    }
    const bool notBegun =
        m_state.phase == SessionPhase::GetReady && m_state.set == 1 && m_sideIndex == 0;
    startExercise(notBegun ? std::max(0, m_state.exerciseIndex - 1) : m_state.exerciseIndex);
}

void GuidedSession::useEasier(const PlannedExercise& easier)
{
    if (m_state.phase == SessionPhase::Finished) {
        return;
    }
    Record& record = m_records[static_cast<std::size_t>(m_state.exerciseIndex)];
    if (!record.easier) {
        record.setsBeforeEasier = record.setsDone; // of the planned exercise itself
    }
    record.easier = easier;
    record.setsDone = 0;
    startExercise(m_state.exerciseIndex);
}

void GuidedSession::recordPain(int pain)
{
    if (m_state.phase != SessionPhase::PainCheck) {
        return;
    }
    pain = std::clamp(pain, 0, 10);
    m_records[static_cast<std::size_t>(m_state.exerciseIndex)].pain = pain;
    if (pain > m_pacing.painLimit) {
        raise(CueKind::HighPain, pain);
    }
    startExercise(m_state.exerciseIndex + 1);
}

void GuidedSession::stop()
{
    if (m_state.phase != SessionPhase::Finished) {
        m_state.exerciseIndex = m_state.exerciseCount;
        m_state.phase = SessionPhase::Finished;
        m_state.phaseLeft = m_state.phaseTotal = milliseconds(0);
        raise(CueKind::SessionDone);
    }
}

SessionLog GuidedSession::log(Date date, std::optional<int> sessionPain, std::string note) const
{
    SessionLog log;
    log.date = date;
    log.plannedDate = m_plannedDate;
    log.note = std::move(note);
    std::optional<int> worst;
    const auto entry = [&](const PlannedExercise& exercise, int setsDone, bool skipped,
                           std::optional<int> pain) {
        LoggedExercise logged;
        logged.exerciseId = exercise.id;
        logged.setsPlanned = std::max(1, exercise.sets);
        logged.setsDone = skipped ? 0 : std::min(setsDone, 20);
        logged.status = logged.setsDone == 0                       ? LogStatus::Skipped
                        : logged.setsDone >= logged.setsPlanned ? LogStatus::Done
                                                                : LogStatus::Partly;
        logged.painDuring = pain;
        if (pain) {
            worst = std::max(worst.value_or(0), *pain);
        }
        log.entries.push_back(std::move(logged));
    };
    for (std::size_t i = 0; i < m_exercises.size(); ++i) {
        const Record& record = m_records[i];
        if (record.easier) {
            entry(m_exercises[i], record.setsBeforeEasier, false, std::nullopt);
            entry(*record.easier, record.setsDone, false, record.pain);
        } else {
            entry(m_exercises[i], record.setsDone, record.skipped, record.pain);
        }
    }
    log.sessionPain = sessionPain ? sessionPain : worst;
    return log;
}

} // namespace glidepath::core
