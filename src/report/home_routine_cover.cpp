// The home routine's cover (who, this week, the clinician, then the safety guide of
// home_routine_safety.cpp and the day table) and the referral sheet that replaces the whole
// handout when a plan refers.

#include "client_wording.h"
#include "home_routine_parts.h"

#include <glidepath/core/progression_steps.h>
#include <glidepath/report/handout_text.h>

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace glidepath::report::detail {

namespace {

QStringList reasonsForClient(const core::Plan& plan)
{
    QStringList reasons;
    for (const core::Reason& reason : plan.decision.reasons) {
        const QString text = clientWording(reason);
        if (!text.isEmpty() && !reasons.contains(text)) {
            reasons << text;
        }
        if (reasons.size() == 3) {
            break; // the client needs the gist; the clinician summary lists them all
        }
    }
    return reasons;
}

QStringList adviceForClient(const core::Plan& plan, const core::ProgressionRules& rules)
{
    // The pain-limits tip repeats what the pain box on the same page shows.
    // A tip worded the same as one of the reasons above it is said once, under "Why".
    const core::Reason painLimits = core::painLimitsAdvice(rules);
    const QStringList reasons = reasonsForClient(plan);
    QStringList advice;
    for (const core::Reason& item : plan.advice) {
        if (item == painLimits) {
            continue;
        }
        const QString text = clientWording(item);
        if (!text.isEmpty() && !advice.contains(text) && !reasons.contains(text)) {
            advice << text;
        }
    }
    return advice;
}

// The aim of the stage in plain words, without its number.
QString stageAim(int phase)
{
    switch (phase) {
    case 1:
        return Handout::tr("Aim for now: settle the knee and switch the muscles on.");
    case 2:
        return Handout::tr("Aim for now: build strength.");
    case 3:
        return Handout::tr("Aim for now: single-leg control and everyday moves.");
    case 4:
        return Handout::tr("Aim for now: power, landing and getting back to sport.");
    default:
        return {};
    }
}

double drawMasthead(QPainter* p, const QRectF& area, const Routine& r)
{
    const Style& s = r.style();
    double y = area.top();
    QFont label = s.font(TextRole::Small, true);
    label.setLetterSpacing(QFont::PercentageSpacing, 108.0);
    y += s.text(p, QRectF(area.left(), y, area.width(), 0), Handout::tr("HOME EXERCISE ROUTINE"),
                label, Style::accent());
    y += s.space(2.0);
    const QFont titleFont = s.font(TextRole::Title, true);
    const QFont weekFont = s.font(TextRole::Subheading);
    const QString week = Handout::tr("Week of %1").arg(r.weekRange());
    const double titleHeight = s.text(p, QRectF(area.left(), y, area.width(), 0), r.displayName(),
                                      titleFont, Style::ink());
    // The week goes at the right end of the title's line when both fit (a line less on the
    // first page), else under the title.
    if (s.textWidth(r.displayName(), titleFont) + s.space(16.0) + s.textWidth(week, weekFont) <=
        area.width()) {
        const double descent = (s.lineHeight(titleFont) - s.lineHeight(weekFont)) * 0.8;
        s.text(p, QRectF(area.left(), y + descent, area.width(), 0), week, weekFont, Style::muted(),
               Qt::AlignRight);
        y += titleHeight;
    } else {
        y += titleHeight + s.space(1.0);
        y += s.text(p, QRectF(area.left(), y, area.width(), 0), week, weekFont, Style::muted());
    }
    if (!r.options().preparedBy.empty()) {
        y += s.space(1.0);
        y += s.text(p, QRectF(area.left(), y, area.width(), 0),
                    Handout::tr("Prepared by %1").arg(qs(r.options().preparedBy)),
                    s.font(TextRole::Body), Style::muted());
    }
    y += s.space(5.0);
    if (p != nullptr) {
        p->setPen(QPen(Style::accent(), s.pt(2.0)));
        p->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    y += s.pt(2.0);
    return y - area.top();
}

// "This week" as parts of a panel that may continue on the next page between two of them: the
// headline and summary, then each reason and each tip (a list's title goes with its first item).
std::vector<DrawFn> thisWeekParts(const Routine& r)
{
    const Style& s = r.style();
    std::vector<DrawFn> parts;
    parts.emplace_back([&r, &s](QPainter* q, const QRectF& in) {
        const core::Decision& decision = r.data().plan.decision;
        double y = in.top();
        const QFont headline = s.font(TextRole::Subheading, true);
        double left = in.left();
        if (decision.light != core::Light::None) {
            const double symbol = s.lineHeight(headline) * 0.8;
            if (q != nullptr) {
                const int level = decision.light == core::Light::Green   ? 0
                                  : decision.light == core::Light::Amber ? 1
                                                                         : 2;
                drawLightSymbol(
                    *q, QRectF(in.left(), y + s.lineHeight(headline) * 0.1, symbol, symbol), level);
            }
            left += symbol + s.space(6.0);
        }
        const QString title =
            decision.light == core::Light::None
                ? Handout::tr("This week: %1").arg(weekInSentence(decision))
                : Handout::tr("This week: %1 (%2 light)")
                      .arg(weekInSentence(decision),
                           lightInWords(decision.light).toLower());
        y += s.text(q, QRectF(left, y, in.right() - left, 0), title, headline, Style::ink());
        y += s.space(3.0);
        QString summary = decisionForClient(decision);
        const QString aim = stageAim(decision.phase);
        if (!aim.isEmpty()) {
            summary += QLatin1Char(' ') + aim;
        }
        y += s.text(q, QRectF(in.left(), y, in.width(), 0), summary, s.font(TextRole::Body),
                    Style::ink());
        return y - in.top();
    });
    auto addList = [&s, &parts](const QString& title, const QStringList& items) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString item = items[i];
            const QString heading = i == 0 ? title : QString();
            parts.emplace_back([&s, item, heading](QPainter* q, const QRectF& in) {
                double y = in.top();
                if (!heading.isEmpty()) {
                    y += s.space(2.0);
                    y += s.text(q, QRectF(in.left(), y, in.width(), 0), heading,
                                s.font(TextRole::Body, true), Style::ink());
                    y += s.space(1.5);
                }
                y += s.bullets(q, QRectF(in.left(), y, in.width(), 0), {item},
                               s.font(TextRole::Body), Style::ink());
                return y - in.top();
            });
        }
    };
    addList(Handout::tr("Why"), reasonsForClient(r.data().plan));
    addList(Handout::tr("Tips for this week"), adviceForClient(r.data().plan, r.data().rules));
    return parts;
}

QString appointmentText(const ClinicianContact& contact)
{
    if (!contact.nextAppointment) {
        return {};
    }
    const QString day = weekdayDate(*contact.nextAppointment);
    return contact.nextAppointmentTime.empty()
               ? day
               : Handout::tr("%1 at %2").arg(day, qs(contact.nextAppointmentTime));
}

double drawClinician(QPainter* p, const QRectF& area, const Routine& r)
{
    const Style& s = r.style();
    const ClinicianContact& c = r.options().clinician;
    return panel(
        p, s, area, QColor(Qt::white), Style::accent(), [&](QPainter* q, const QRectF& in) {
            double y = in.top();
            y += s.text(q, QRectF(in.left(), y, in.width(), 0), Handout::tr("Your clinician"),
                        s.font(TextRole::Body, true), Style::accent());
            y += s.space(1.5);
            QStringList who;
            for (const std::string* part : {&c.name, &c.practice}) {
                if (!part->empty()) {
                    who << qs(*part);
                }
            }
            QStringList contact;
            if (!c.phone.empty()) {
                contact << Handout::tr("Phone %1").arg(qs(c.phone));
            }
            if (!c.email.empty()) {
                contact << qs(c.email);
            }
            const QFont body = s.font(TextRole::Body);
            if (!who.isEmpty()) {
                y += s.text(q, QRectF(in.left(), y, in.width(), 0), who.join(QStringLiteral(" · ")),
                            s.font(TextRole::Body, true), Style::ink());
            }
            if (!contact.isEmpty()) {
                y += s.text(q, QRectF(in.left(), y, in.width(), 0),
                            contact.join(QStringLiteral(" · ")), body, Style::ink());
            }
            const QString next = appointmentText(c);
            if (!next.isEmpty()) {
                y += s.space(1.5);
                y += s.text(q, QRectF(in.left(), y, in.width(), 0),
                            Handout::tr("Next appointment: %1").arg(next),
                            s.font(TextRole::Body, true), Style::ink());
            }
            if (!c.note.empty()) {
                y += s.space(2.5);
                y += s.text(q, QRectF(in.left(), y, in.width(), 0), qs(c.note), body, Style::ink());
            }
            return y - in.top();
        });
}

double drawReferral(QPainter* p, const QRectF& area, const Routine& r)
{
    const Style& s = r.style();
    const QStringList reasons = reasonsForClient(r.data().plan);
    QStringList advice = adviceForClient(r.data().plan, r.data().rules);
    // The bold line under the headline already asks the client to pause and be checked; the
    // engine's pause advice would say it again as the first bullet.
    advice.removeAll(clientWording(core::Reason("advice.pause")));
    if (advice.isEmpty()) {
        advice << Handout::tr("Book an appointment with your doctor or physiotherapist soon "
                              "and show them this sheet.")
               << Handout::tr("If your knee is hot, red and swollen, you cannot put weight "
                              "on it, or you feel unwell, get care today.");
    }
    return panel(p, s, area, Style::redTint(), Style::red(), [&](QPainter* q, const QRectF& in) {
        double y = in.top();
        const QFont headline = s.font(TextRole::Heading, true);
        const double symbol = s.lineHeight(headline) * 1.3;
        if (q != nullptr) {
            drawLightSymbol(*q, QRectF(in.left(), y, symbol, symbol), 2);
        }
        const double left = in.left() + symbol + s.space(10.0);
        const double titleHeight = s.text(q, QRectF(left, y, in.right() - left, 0),
                                          referralHeadline(), headline, Style::red());
        y += std::max(symbol, titleHeight) + s.space(6.0);
        y += s.text(q, QRectF(in.left(), y, in.width(), 0),
                    decisionForClient(r.data().plan.decision), s.font(TextRole::Body, true),
                    Style::ink());
        y += s.space(6.0);
        y += s.bullets(q, QRectF(in.left(), y, in.width(), 0), advice, s.font(TextRole::Body),
                       Style::ink());
        if (!reasons.isEmpty()) {
            y += s.space(6.0);
            y += s.text(q, QRectF(in.left(), y, in.width(), 0), Handout::tr("What you told us"),
                        s.font(TextRole::Body, true), Style::ink());
            y += s.space(2.0);
            y += s.bullets(q, QRectF(in.left(), y, in.width(), 0), reasons, s.font(TextRole::Body),
                           Style::ink());
        }
        return y - in.top();
    });
}

bool showClinician(const Routine& r)
{
    return r.options().clinicianBlock && !r.options().clinician.empty();
}

} // namespace

void addCover(PageLayout& layout, const Routine& r)
{
    const Style& s = r.style();
    Block masthead =
        drawnBlock([&r](QPainter* p, const QRectF& a) { return drawMasthead(p, a, r); });
    masthead.bookmark = coverBookmark();
    layout.add(std::move(masthead));
    addSplittablePanel(layout, s, Style::accentTint(), QColor(), thisWeekParts(r),
                       s.lineHeight(s.font(TextRole::Body)) * 0.2, s.space(7.0),
                       r.contentSize().width());
    if (r.sessionCount() == 0) {
        layout.add(textBlock(s, Handout::tr("No exercise sessions are planned this week."),
                             TextRole::Body, true, Style::ink(), s.space(6.0)));
    }
    if (showClinician(r)) {
        layout.add(drawnBlock([&r](QPainter* p, const QRectF& a) { return drawClinician(p, a, r); },
                              s.space(8.0)));
    }
    // In large print the pain guide is a third of a page and would leave the first page half
    // empty; the day table, whose rows are blocks of their own, fills it instead.
    const bool dayTableFirst = s.largePrint();
    if (dayTableFirst) {
        addDayTable(layout, r);
    }
    addSplittablePanel(layout, s, QColor(Qt::white), Style::rule(),
                       painGuideParts(r, r.contentSize().width()), 0.0, s.space(6.0),
                       r.contentSize().width());
    // The disclaimer never stands alone: it travels with the box above it.
    addSplittablePanel(layout, s, Style::panel(), QColor(), stopAndEaseOffParts(r), s.space(4.0),
                       s.space(6.0), r.contentSize().width());
    layout.setKeepWithNext(layout.blockCount() - 1, layout.blockCount(), true);
    Block disclaimer = drawnBlock(
        [&r](QPainter* p, const QRectF& a) { return drawDisclaimer(p, a, r); }, s.space(5.0));
    disclaimer.kind = BlockKind::SmallPrint;
    layout.add(std::move(disclaimer));
    // Otherwise the day table last, just before the exercises it numbers: its rows are blocks of
    // their own, so they fill the rest of the first page instead of leaving a gap there.
    if (!dayTableFirst) {
        addDayTable(layout, r);
    }
}

void addReferral(PageLayout& layout, const Routine& r)
{
    const Style& s = r.style();
    layout.add(drawnBlock([&r](QPainter* p, const QRectF& a) { return drawMasthead(p, a, r); }));
    layout.add(drawnBlock([&r](QPainter* p, const QRectF& a) { return drawReferral(p, a, r); },
                          s.space(14.0)));
    layout.add(textBlock(
        s,
        Handout::tr("Your exercise routine is paused until you have been checked. This is a "
                    "precaution to keep you safe. Once you have been seen, your clinician can "
                    "restart the plan with you."),
        TextRole::Body, false, Style::ink(), s.space(12.0)));
    if (showClinician(r)) {
        layout.add(drawnBlock([&r](QPainter* p, const QRectF& a) { return drawClinician(p, a, r); },
                              s.space(12.0)));
    }
    layout.add(drawnBlock([&r](QPainter* p, const QRectF& a) { return drawDisclaimer(p, a, r); },
                          s.space(14.0)));
}

} // namespace glidepath::report::detail
