// The clinician summary: profile, check-in trend, the decision and its reasons, the plan with
// doses, every clinician override, and (when the caller passes them) charts.

#include "document.h"
#include "handout_blocks.h"
#include "render_kit.h"
#include "summary_charts.h"

#include <glidepath/io/library_format.h>
#include <glidepath/report/handout_renderer.h>
#include <glidepath/report/handout_text.h>
#include <glidepath/report/reason_text.h>

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace glidepath::report {

namespace {

using detail::Style;
using detail::TableColumn;
using detail::TableStyle;
using detail::TextRole;

class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

// A clinician's change as the plan stores it (core::PlanOverride::kind) in the summary's
// language; an unknown kind as written.
QString changeKindText(const std::string& kind)
{
    if (kind == "swap") {
        return Handout::tr("Swapped");
    }
    if (kind == "dose") {
        return Handout::tr("Dose changed");
    }
    if (kind == "remove") {
        return Handout::tr("Removed");
    }
    if (kind == "add") {
        return Handout::tr("Added");
    }
    if (kind == "reorder") {
        return Handout::tr("Order changed");
    }
    if (kind == "move") {
        return Handout::tr("Moved");
    }
    if (kind == "template") {
        return Handout::tr("Template");
    }
    return qs(kind);
}

// An exercise a change names by id: its name in the summary's language (the plan's own name, a
// built-in's), else the id.
QString changedExerciseText(const std::string& id, const core::Plan& plan)
{
    std::string name;
    for (const core::PlanDay& day : plan.days) {
        for (const core::PlannedExercise& planned : day.exercises) {
            if (planned.id == id && name.empty()) {
                name = planned.name;
            }
        }
    }
    const io::LibraryDocument& builtins = io::builtinLibrary();
    if (name.empty()) {
        const auto found =
            std::find_if(builtins.exercises.begin(), builtins.exercises.end(),
                         [&id](const core::Exercise& exercise) { return exercise.id == id; });
        name = found == builtins.exercises.end() ? id : found->name;
    }
    const std::string language = QLocale().name().section(QLatin1Char('_'), 0, 0).toStdString();
    return qs(builtins.localizedName(id, name, language));
}

template <typename T, typename F> QString joinWords(const std::vector<T>& values, F words)
{
    QStringList list;
    for (const T& value : values) {
        list << words(value);
    }
    return list.isEmpty() ? Handout::tr("None recorded") : list.join(QStringLiteral(", "));
}

Block drawn(std::function<double(QPainter*, const QRectF&)> draw, double spaceBefore)
{
    Block block;
    block.measure = [draw](double width) { return draw(nullptr, QRectF(0.0, 0.0, width, 0.0)); };
    block.paint = [draw](QPainter& p, const QRectF& rect) { draw(&p, rect); };
    block.spaceBefore = spaceBefore;
    return block;
}

class ClinicianSummary
{
public:
    ClinicianSummary(const HandoutData& data, const HandoutOptions& options, const Style& style,
                     std::span<const ReportChart> charts)
        : m_data(data), m_options(options), m_style(style), m_charts(charts),
          m_index(data.exercises)
    {}

    void build(PageLayout& layout) const;
    QString footer() const;

private:
    QString name() const;
    QString weekRange() const;
    void addProfile(PageLayout& layout) const;
    void addCheckIns(PageLayout& layout) const;
    void addDecision(PageLayout& layout) const;
    void addPlan(PageLayout& layout) const;
    void addOverrides(PageLayout& layout) const;

    const HandoutData& m_data;
    const HandoutOptions& m_options;
    const Style& m_style;
    std::span<const ReportChart> m_charts;
    detail::ExerciseIndex m_index;
};

QString ClinicianSummary::name() const
{
    const QString name = detail::clientName(m_data, m_options);
    return name.isEmpty() ? Handout::tr("Unnamed client") : name;
}

QString ClinicianSummary::weekRange() const
{
    const auto& days = m_data.plan.days;
    const core::Date first = days.empty() ? m_data.plan.weekStart : days.front().date;
    const core::Date last =
        days.empty() ? m_data.plan.weekStart + std::chrono::days{6} : days.back().date;
    return dateRange(first, last);
}

QString ClinicianSummary::footer() const
{
    return Handout::tr("%1 · Clinician summary · %2 · Confidential").arg(name(), weekRange());
}

void ClinicianSummary::addProfile(PageLayout& layout) const
{
    const Style& s = m_style;
    const core::ClientProfile& profile = m_data.profile;
    layout.add(detail::headingBlock(s, Handout::tr("Profile"), s.space(14.0)));
    std::vector<QStringList> rows;
    rows.push_back({Handout::tr("Name"), name()});
    if (profile.age > 0) {
        rows.push_back({Handout::tr("Age"), QString::number(profile.age)});
    }
    rows.push_back({Handout::tr("Conditions"), joinWords(profile.conditions, conditionInWords)});
    rows.push_back({Handout::tr("Side"), sideInWords(profile.side)});
    rows.push_back({Handout::tr("Goals"), joinWords(profile.goals, goalInWords)});
    rows.push_back(
        {Handout::tr("Equipment at home"), joinWords(profile.equipment, equipmentInWords)});
    rows.push_back({Handout::tr("Sessions"), Handout::tr("%1 a week, about %2 min each")
                                                 .arg(profile.sessionsPerWeek)
                                                 .arg(profile.minutesPerSession)});
    if (!profile.notes.empty()) {
        rows.push_back({Handout::tr("Notes"), qs(profile.notes)});
    }
    TableStyle table;
    table.showHeader = false;
    table.boldFirstColumn = true;
    detail::addTable(layout, s, {{QString(), 1.0}, {QString(), 3.0}}, rows, table);
}

void ClinicianSummary::addCheckIns(PageLayout& layout) const
{
    const Style& s = m_style;
    layout.add(detail::headingBlock(s, Handout::tr("Check-in trend"), s.space(16.0)));
    if (m_data.checkins.empty()) {
        layout.add(detail::textBlock(s, Handout::tr("No check-ins recorded yet."), TextRole::Body,
                                     false, Style::muted()));
        return;
    }
    const Qt::Alignment centre = Qt::AlignHCenter;
    const std::vector<TableColumn> columns{
        {Handout::tr("Date"), 1.5},
        {Handout::tr("Rest pain"), 0.9, centre},
        {Handout::tr("Activity pain"), 1.0, centre},
        {Handout::tr("Exercise pain"), 1.0, centre},
        {Handout::tr("Next morning"), 1.1, centre},
        {Handout::tr("Night pain"), 0.9, centre},
        {Handout::tr("Swelling"), 1.0, centre},
        {Handout::tr("Adherence"), 1.0, centre},
    };
    std::vector<QStringList> rows;
    for (const core::CheckIn& checkIn : m_data.checkins) {
        const int adherence =
            static_cast<int>(std::lround(std::clamp(checkIn.adherence, 0.0, 1.0) * 100.0));
        rows.push_back({shortDate(checkIn.date), QString::number(checkIn.painRest),
                        QString::number(checkIn.painActivity),
                        QString::number(checkIn.painExercise),
                        nextMorningInWords(checkIn.nextMorning),
                        checkIn.nightPain ? Handout::tr("Yes") : Handout::tr("No"),
                        swellingInWords(checkIn.swelling), Handout::tr("%1%").arg(adherence)});
    }
    detail::addTable(layout, s, columns, rows);
    layout.add(detail::textBlock(s, Handout::tr("Pain scores are 0 to 10; oldest first."),
                                 TextRole::Small, false, Style::muted(), s.space(3.0)));
}

void ClinicianSummary::addDecision(PageLayout& layout) const
{
    const Style& s = m_style;
    const core::Decision& decision = m_data.plan.decision;
    layout.add(detail::headingBlock(s, Handout::tr("Decision"), s.space(16.0)));
    layout.add(drawn(
        [&s, decision](QPainter* p, const QRectF& area) {
            const QFont font = s.font(TextRole::Subheading, true);
            double left = area.left();
            const double symbol = s.lineHeight(font) * 0.85;
            if (decision.light != core::Light::None) {
                if (p != nullptr) {
                    const int level = decision.light == core::Light::Green   ? 0
                                      : decision.light == core::Light::Amber ? 1
                                                                             : 2;
                    detail::drawLightSymbol(
                        *p, QRectF(left, area.top() + s.lineHeight(font) * 0.08, symbol, symbol),
                        level);
                }
                left += symbol + s.space(6.0);
            }
            const QString text =
                Handout::tr("%1 · %2 light · %3")
                    .arg(actionInWords(decision.action), lightInWords(decision.light),
                         phaseInWords(decision.phase));
            return s.text(p, QRectF(left, area.top(), area.right() - left, 0), text, font,
                          Style::ink());
        },
        0.0));
    if (!decision.reasons.empty()) {
        std::vector<QStringList> rows;
        for (const core::Reason& reason : decision.reasons) {
            rows.push_back({qs(reason.rule), reasonText(reason, Register::Clinician)});
        }
        TableStyle table;
        table.spaceBefore = s.space(6.0);
        detail::addTable(layout, s, {{Handout::tr("Rule"), 1.5}, {Handout::tr("Reason"), 3.2}},
                         rows, table);
    }
    if (!m_data.plan.advice.empty()) {
        layout.add(detail::textBlock(s, Handout::tr("Advice given to the client"), TextRole::Body,
                                     true, Style::ink(), s.space(8.0)));
        const QStringList advice = reasonTexts(m_data.plan.advice, Register::Clinician);
        layout.add(detail::bulletBlock(s, advice, s.space(3.0)));
    }
}

void ClinicianSummary::addPlan(PageLayout& layout) const
{
    const Style& s = m_style;
    layout.add(detail::headingBlock(s, Handout::tr("Plan"), s.space(16.0)));
    if (m_data.plan.decision.action == core::Action::Refer) {
        layout.add(detail::textBlock(
            s, Handout::tr("No exercises: the plan is paused until the client has been assessed."),
            TextRole::Body, true, Style::red()));
        return;
    }
    std::vector<QStringList> rows;
    const auto& days = m_data.plan.days;
    for (std::size_t d = 0; d < days.size(); ++d) {
        const core::PlanDay& day = days[d];
        const QString when = shortWeekdayDate(day.date);
        if (day.kind == core::DayKind::Rest || day.exercises.empty()) {
            rows.push_back({when, Handout::tr("Rest"), QString(), QString()});
            continue;
        }
        // A session identical to an earlier one (same exercises, same doses) gets one line.
        const auto earlier = days.begin() + static_cast<std::ptrdiff_t>(d);
        const auto same = std::find_if(days.begin(), earlier, [&day](const core::PlanDay& other) {
            return other.kind == day.kind && other.exercises == day.exercises;
        });
        if (same != earlier) {
            rows.push_back({when + QLatin1Char('\n') + dayKindInWords(day.kind),
                            Handout::tr("Same as %1").arg(shortWeekdayDate(same->date)), QString(),
                            QString()});
            continue;
        }
        bool first = true;
        for (const core::PlannedExercise& planned : day.exercises) {
            const core::Exercise* exercise = m_index.find(planned.id);
            const core::Laterality laterality =
                exercise != nullptr ? exercise->laterality : core::Laterality::Bilateral;
            QString dayText;
            if (first) {
                dayText = when + QLatin1Char('\n') + dayKindInWords(day.kind);
                if (day.estimatedMinutes > 0) {
                    dayText += Handout::tr(", %1 min").arg(day.estimatedMinutes);
                }
            }
            rows.push_back({dayText, qs(planned.name),
                            doseLine(planned, laterality, timedWork(exercise)),
                            reasonText(planned.reason, Register::Clinician)});
            first = false;
        }
    }
    detail::addTable(layout, s,
                     // The reason is the longest text: it gets the width.
                     {{Handout::tr("Day"), 0.9},
                      {Handout::tr("Exercise"), 1.2},
                      {Handout::tr("Dose"), 1.5},
                      {Handout::tr("Why"), 2.9}},
                     rows);
}

void ClinicianSummary::addOverrides(PageLayout& layout) const
{
    const Style& s = m_style;
    layout.add(detail::headingBlock(s, Handout::tr("Clinician changes"), s.space(16.0)));
    if (m_data.plan.overrides.empty()) {
        layout.add(detail::textBlock(s, Handout::tr("None: the plan is as the engine proposed it."),
                                     TextRole::Body, false, Style::muted()));
        return;
    }
    std::vector<QStringList> rows;
    for (const core::PlanOverride& change : m_data.plan.overrides) {
        QString day = Handout::tr("Day %1").arg(change.dayIndex + 1);
        if (change.dayIndex >= 0 &&
            static_cast<std::size_t>(change.dayIndex) < m_data.plan.days.size()) {
            const core::Date date =
                m_data.plan.days[static_cast<std::size_t>(change.dayIndex)].date;
            day = shortWeekdayDate(date);
        }
        QString exercise = change.exerciseId.empty()
                               ? QString()
                               : changedExerciseText(change.exerciseId, m_data.plan);
        if (!change.replacementId.empty()) {
            const QString replacement = changedExerciseText(change.replacementId, m_data.plan);
            exercise = exercise.isEmpty() ? replacement
                                          : Handout::tr("%1 → %2").arg(exercise, replacement);
        }
        rows.push_back({changeKindText(change.kind), day, exercise, qs(change.description)});
    }
    detail::addTable(layout, s,
                     {{Handout::tr("Change"), 0.8},
                      {Handout::tr("Day"), 1.0},
                      {Handout::tr("Exercise"), 1.6},
                      {Handout::tr("Description"), 2.8}},
                     rows);
}

void ClinicianSummary::build(PageLayout& layout) const
{
    const Style& s = m_style;
    layout.add(drawn(
        [this, &s](QPainter* p, const QRectF& area) {
            double y = area.top();
            QFont label = s.font(TextRole::Small, true);
            label.setLetterSpacing(QFont::PercentageSpacing, 108.0);
            y += s.text(p, QRectF(area.left(), y, area.width(), 0),
                        Handout::tr("CLINICIAN SUMMARY"), label, Style::accent());
            y += s.space(2.0);
            y += s.text(p, QRectF(area.left(), y, area.width(), 0), name(),
                        s.font(TextRole::Title, true), Style::ink());
            y += s.text(p, QRectF(area.left(), y, area.width(), 0),
                        Handout::tr("Week of %1").arg(weekRange()), s.font(TextRole::Subheading),
                        Style::muted());
            if (!m_options.preparedBy.empty()) {
                y += s.text(p, QRectF(area.left(), y, area.width(), 0),
                            Handout::tr("Prepared by %1").arg(qs(m_options.preparedBy)),
                            s.font(TextRole::Body), Style::muted());
            }
            y += s.space(6.0);
            if (p != nullptr) {
                p->setPen(QPen(Style::accent(), s.pt(2.0)));
                p->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
            }
            return y + s.pt(2.0) - area.top();
        },
        0.0));
    addProfile(layout);
    addCheckIns(layout);
    addDecision(layout);
    addPlan(layout);
    addOverrides(layout);
    detail::addSummaryCharts(layout, s, m_data, m_charts);
    layout.add(detail::textBlock(
        s,
        Handout::tr("Glidepath proposes plans from the client's own reports using fixed, "
                    "published rules; clinical judgement decides. %1")
            .arg(disclaimerText()),
        TextRole::Small, false, Style::muted(), s.space(16.0)));
}

} // namespace

int detail::renderClinicianSummaryWithOutline(QPagedPaintDevice& device, const HandoutData& data,
                                              const HandoutOptions& options,
                                              std::span<const ReportChart> charts,
                                              std::vector<OutlineEntry>* outline)
{
    detail::requireGuiApplication("renderClinicianSummary");
    const Style style(device, options);
    PageLayout layout(detail::contentSize(device, style));
    const ClinicianSummary summary(data, options, style, charts);
    summary.build(layout);
    const int pages = detail::paintDocument(device, layout, style, summary.footer());
    if (outline != nullptr) {
        *outline = detail::outlineOf(layout);
    }
    return pages;
}

int renderClinicianSummary(QPagedPaintDevice& device, const HandoutData& data,
                           const HandoutOptions& options, std::span<const ReportChart> charts)
{
    return detail::renderClinicianSummaryWithOutline(device, data, options, charts, nullptr);
}

} // namespace glidepath::report
