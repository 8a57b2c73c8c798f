#include "widgets/plan/decision_banner.h"

#include "models/engine_text.h"
#include "labels.h"
#include "models/client_labels.h"
#include "models/plan_labels.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace glidepath::ui {

namespace {

struct Look
{
    QString symbol;
    QColor lightBackground;
    QColor darkBackground;
};

Look lookOf(core::Action action)
{
    switch (action) {
    case core::Action::Progress:
        return {QStringLiteral("▲"), QColor(0xdc, 0xef, 0xd9), QColor(0x1f, 0x40, 0x22)};
    case core::Action::Hold:
        return {QStringLiteral("■"), QColor(0xfb, 0xef, 0xc4), QColor(0x4a, 0x3c, 0x0c)};
    case core::Action::Regress:
        return {QStringLiteral("▼"), QColor(0xfb, 0xdf, 0xca), QColor(0x55, 0x2c, 0x12)};
    case core::Action::Refer:
        return {QStringLiteral("✚"), QColor(0xf6, 0xd2, 0xd5), QColor(0x5a, 0x1c, 0x24)};
    }
    return {};
}

} // namespace

DecisionBanner::DecisionBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("decisionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_symbol = new QLabel(this);
    m_symbol->setObjectName(QStringLiteral("decisionSymbol"));
    QFont symbolFont = m_symbol->font();
    symbolFont.setPointSizeF(symbolFont.pointSizeF() * 2.2);
    m_symbol->setFont(symbolFont);
    m_symbol->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_symbol->setMinimumWidth(40);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("decisionHeadline"));
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.3);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("decisionSubtitle"));
    m_subtitle->setWordWrap(true);
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("decisionReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setHorizontalSpacing(12);
    layout->addWidget(m_symbol, 0, 0, 3, 1);
    layout->addWidget(m_headline, 0, 1);
    layout->addWidget(m_subtitle, 1, 1);
    layout->addWidget(m_reasons, 2, 1);
    layout->setColumnStretch(1, 1);
    setMessage({});
}

void DecisionBanner::setDecision(const core::Decision& decision, const QString& subtitle,
                                 report::Register reg)
{
    m_hasDecision = true;
    m_superseded = false;
    m_action = decision.action;
    m_symbol->setText(lookOf(decision.action).symbol);
    m_symbol->setVisible(true);
    m_headline->setText(PlanLabels::actionHeadline(decision.action));
    QString details = subtitle;
    if (decision.action != core::Action::Refer) {
        const QString phase = tr("Phase %1").arg(decision.phase);
        const QString light = decision.light == core::Light::None
                                  ? tr("no recent check-in")
                                  : tr("%1 light").arg(Labels::of(decision.light));
        details = details.isEmpty() ? tr("%1 · %2").arg(phase, light)
                                    : tr("%1 · %2 · %3").arg(details, phase, light);
    }
    m_subtitle->setText(details);
    m_subtitle->setVisible(!details.isEmpty());
    QStringList reasons;
    for (const QString& reason : report::reasonTexts(decision.reasons, reg)) {
        reasons << QStringLiteral("• ") + reason;
    }
    m_reasons->setText(reasons.join(QLatin1Char('\n')));
    m_reasons->setVisible(!reasons.isEmpty());
    setAccessibleName(m_headline->text());
    setAccessibleDescription(m_reasons->text());
    applyColours();
}

void DecisionBanner::setSuperseded(const std::vector<core::RedFlag>& flags, const QString& subtitle)
{
    m_hasDecision = true;
    m_superseded = true;
    m_action = core::Action::Refer;
    m_symbol->setText(lookOf(core::Action::Refer).symbol);
    m_symbol->setVisible(true);
    m_headline->setText(tr("Plan stopped: a red flag was answered yes. See a doctor or "
                           "physiotherapist before exercising."));
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    QStringList lines;
    for (const core::RedFlag flag : flags) {
        lines << QStringLiteral("• ") + ClientLabels::redFlagReferral(flag);
    }
    lines
        << tr("The plan below is superseded: it is kept for the record but is not to be followed, "
              "printed or exported.") +
               QLatin1Char(' ') + ClientLabels::supersededClearedBy();
    m_reasons->setText(lines.join(QLatin1Char('\n')));
    m_reasons->setVisible(true);
    setAccessibleName(m_headline->text());
    setAccessibleDescription(m_reasons->text());
    applyColours();
}

void DecisionBanner::setMessage(const QString& text)
{
    m_hasDecision = false;
    m_superseded = false;
    m_symbol->clear();
    m_symbol->setVisible(false);
    m_headline->setText(text);
    m_subtitle->clear();
    m_subtitle->setVisible(false);
    m_reasons->clear();
    m_reasons->setVisible(false);
    setAccessibleName(text);
    applyColours();
}

QString DecisionBanner::headline() const
{
    return m_headline->text();
}

QString DecisionBanner::reasonsText() const
{
    return m_reasons->text();
}

void DecisionBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyColours();
    }
}

void DecisionBanner::applyColours()
{
    // Start from the application's palette so light and dark themes both stay readable, then
    // tint the background by the decision.
    QPalette pal = parentWidget() ? parentWidget()->palette() : QPalette();
    if (m_hasDecision) {
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        const Look look = lookOf(m_action);
        const QColor background = dark ? look.darkBackground : look.lightBackground;
        pal.setColor(QPalette::Window, background);
        pal.setColor(QPalette::WindowText, dark ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a));
    }
    if (pal != palette()) {
        setPalette(pal);
    }
}

} // namespace glidepath::ui
