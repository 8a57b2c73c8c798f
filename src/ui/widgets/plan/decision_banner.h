#pragma once

#include <glidepath/core/client.h>
#include <glidepath/core/plan.h>
#include <glidepath/report/reason_text.h>

#include <QFrame>

class QLabel;

namespace glidepath::ui {

// The week's decision across the top of the Plan page: progress, hold, step back or refer. It is
// coloured, but a symbol and the words carry the meaning too, so it reads the same in greyscale
// print or for colour-blind users. The reasons follow in plain words.
class DecisionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DecisionBanner(QWidget* parent = nullptr);

    // Reasons in the clinician's words, or the client's (personal mode).
    void setDecision(const core::Decision& decision, const QString& subtitle,
                     report::Register reg = report::Register::Clinician);
    // The plan on show is superseded by red flags: the referral look and advice instead of the
    // plan's own decision, and how the stop is cleared.
    void setSuperseded(const std::vector<core::RedFlag>& flags, const QString& subtitle);
    bool isSuperseded() const { return m_superseded; }
    // No decision to show: a neutral hint instead.
    void setMessage(const QString& text);

    bool hasDecision() const { return m_hasDecision; }
    core::Action action() const { return m_action; }
    QString headline() const;
    QString reasonsText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    QLabel* m_symbol;
    QLabel* m_headline;
    QLabel* m_subtitle;
    QLabel* m_reasons;
    bool m_hasDecision = false;
    bool m_superseded = false;
    core::Action m_action = core::Action::Hold;
};

} // namespace glidepath::ui
