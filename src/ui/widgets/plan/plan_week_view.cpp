#include "widgets/plan/plan_week_view.h"

#include "exercise_language.h"
#include "labels.h"
#include "models/client_labels.h"
#include "models/engine_text.h"
#include "models/plan_labels.h"
#include "models/plan_model.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace glidepath::ui {

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

PlanWeekView::PlanWeekView(QWidget* parent) : QWidget(parent)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_indicator = new QWidget(this);
    m_indicator->setObjectName(QStringLiteral("dropIndicator"));
    m_indicator->setAttribute(Qt::WA_StyledBackground);
    m_indicator->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_indicator->setProperty("refused", false);
    m_indicator->setStyleSheet(
        QStringLiteral("#dropIndicator { background: palette(highlight); border-radius: 2px; }"
                       "#dropIndicator[refused=\"true\"] { background: #c62828; }"));
    m_indicator->hide();
    rebuild();
}

void PlanWeekView::setModel(PlanModel* model)
{
    if (m_model == model) {
        return;
    }
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &PlanWeekView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &PlanWeekView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PlanWeekView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, &PlanWeekView::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &PlanWeekView::rebuild);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &PlanWeekView::rebuild);
    }
    m_selectedDay = -1;
    m_selectedRow = -1;
    rebuild();
    emit selectionChanged(-1, -1);
}

void PlanWeekView::setPictureSource(PictureSource source)
{
    m_pictures = std::move(source);
    rebuild();
}

void PlanWeekView::setMinutesBudget(int minutes)
{
    if (m_minutesBudget != minutes) {
        m_minutesBudget = minutes;
        rebuild();
    }
}

SessionCard* PlanWeekView::card(int day, int row) const
{
    if (!m_content) {
        return nullptr;
    }
    return m_content->findChild<SessionCard*>(QStringLiteral("card_%1_%2").arg(day).arg(row));
}

void PlanWeekView::setSelection(int day, int row)
{
    if (!m_model || day < 0 || row < 0 || row >= m_model->exerciseCount(day)) {
        day = -1;
        row = -1;
    }
    if (SessionCard* old = card(m_selectedDay, m_selectedRow)) {
        old->setSelected(false);
    }
    const bool changed = day != m_selectedDay || row != m_selectedRow;
    m_selectedDay = day;
    m_selectedRow = row;
    if (SessionCard* now = card(day, row)) {
        now->setSelected(true);
        // The focus follows the selection inside the week (after a move by keyboard).
        QWidget* focus = QApplication::focusWidget();
        if (focus && focus != now && m_content->isAncestorOf(focus)) {
            now->setFocus(Qt::OtherFocusReason);
        }
    }
    if (changed) {
        emit selectionChanged(day, row);
    }
}

void PlanWeekView::rebuild()
{
    endDrag(); // the plan changed under the drag: its places mean something else now
    const bool hadFocus = m_content && m_content->isAncestorOf(QApplication::focusWidget());
    // The old cards may be on the call stack (a context menu action edits the model), so they
    // are retired now and deleted later. They stay children of the view (so nothing leaks if no
    // event loop runs again) but lose their names, so only the current cards can be found.
    if (m_content) {
        m_layout->removeWidget(m_content);
        m_content->hide();
        m_content->setObjectName(QString());
        for (QObject* child : m_content->findChildren<QObject*>()) {
            child->setObjectName(QString());
        }
        m_content->deleteLater();
    }
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("weekContent"));
    m_content->setStyleSheet(QStringLiteral(
        "QFrame[dayColumn=\"true\"] { border: 1px solid palette(mid); border-radius: 6px;"
        " background: palette(alternate-base); }"
        "QFrame[dayColumn=\"true\"][rest=\"true\"] { border: 1px dashed palette(mid);"
        " background: palette(window); }"
        "QFrame[dayColumn=\"true\"][dropTarget=\"true\"] { border: 2px solid palette(highlight);"
        " }"));
    m_layout->addWidget(m_content);
    auto* row = new QHBoxLayout(m_content);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);

    if (!m_model || !m_model->hasPlan()) {
        if (m_selectedDay >= 0) {
            m_selectedDay = m_selectedRow = -1;
            emit selectionChanged(-1, -1);
        }
        return;
    }

    // Exercises the clinician swapped in, added or re-dosed are marked on their card.
    std::set<std::pair<int, std::string>> edited;
    for (const core::PlanOverride& o : m_model->plan().overrides) {
        if (o.kind == "swap" || o.kind == "add") {
            edited.emplace(o.dayIndex, o.replacementId);
        } else if (o.kind == "dose") {
            edited.emplace(o.dayIndex, o.exerciseId);
        }
    }

    const core::Plan& plan = m_model->plan();
    for (int d = 0; d < m_model->dayCount(); ++d) {
        const core::PlanDay& day = plan.days[static_cast<std::size_t>(d)];
        const bool rest = day.kind == core::DayKind::Rest || day.exercises.empty();
        auto* column = new QFrame(m_content);
        column->setObjectName(QStringLiteral("day_%1").arg(d));
        column->setProperty("dayColumn", true);
        column->setProperty("rest", rest);
        auto* layout = new QVBoxLayout(column);
        layout->setContentsMargins(6, 6, 6, 6);
        layout->setSpacing(6);

        auto* title = new QLabel(shortDayText(day.date), column);
        QFont titleFont = title->font();
        titleFont.setBold(true);
        title->setFont(titleFont);
        layout->addWidget(title);
        // Rest days need little room, the working days share the rest of the width. A working
        // day is never so narrow that a long word of an exercise's name overflows its card:
        // in a small window the week scrolls sideways instead (the page's scroll area).
        const int titleWidth = QFontMetrics(titleFont).horizontalAdvance(title->text());
        if (rest) {
            column->setMinimumWidth(std::max(64, titleWidth + 18));
            column->setMaximumWidth(std::max(116, titleWidth + 18));
        } else {
            column->setMinimumWidth(
                std::max({150, titleWidth + 18, QFontMetrics(titleFont).averageCharWidth() * 18}));
        }

        if (rest) {
            auto* restLabel = new QLabel(tr("Rest day"), column);
            restLabel->setObjectName(QStringLiteral("restLabel_%1").arg(d));
            QFont restFont = restLabel->font();
            restFont.setPointSizeF(restFont.pointSizeF() * 1.15);
            restFont.setItalic(true);
            restLabel->setFont(restFont);
            const int restWidth = QFontMetrics(restFont).horizontalAdvance(restLabel->text()) + 18;
            column->setMinimumWidth(std::max(column->minimumWidth(), restWidth));
            column->setMaximumWidth(std::max(column->maximumWidth(), restWidth));
            layout->addWidget(restLabel);
            auto* note = wrappedLabel(tr("No exercises. Everyday walking is fine."), column);
            note->setForegroundRole(QPalette::PlaceholderText);
            layout->addWidget(note);
            column->setAccessibleName(tr("%1: rest day").arg(title->text()));
        } else {
            QString summary =
                tr("%1 · about %n min", nullptr, day.estimatedMinutes).arg(Labels::of(day.kind));
            if (m_minutesBudget > 0 && day.estimatedMinutes > m_minutesBudget) {
                summary +=
                    QLatin1Char('\n') + tr("⚠ over the %1 min available").arg(m_minutesBudget);
            }
            auto* kind = wrappedLabel(summary, column);
            kind->setObjectName(QStringLiteral("daySummary_%1").arg(d));
            layout->addWidget(kind);
            column->setAccessibleName(tr("%1: %2").arg(title->text(), summary));
        }

        for (int r = 0; r < static_cast<int>(day.exercises.size()); ++r) {
            const core::PlannedExercise& e = day.exercises[static_cast<std::size_t>(r)];
            auto* card = new SessionCard(d, r, column);
            auto* cardLayout = new QVBoxLayout(card);
            cardLayout->setContentsMargins(7, 5, 7, 5);
            cardLayout->setSpacing(2);
            if (m_pictures) {
                auto* picture = new QLabel(card);
                picture->setObjectName(QStringLiteral("cardPicture"));
                picture->setPixmap(m_pictures(e.id));
                picture->setAlignment(Qt::AlignHCenter);
                picture->setAccessibleName(tr("Picture of %1").arg(exerciseName(e)));
                cardLayout->addWidget(picture);
            }
            auto* name = wrappedLabel(exerciseName(e), card);
            name->setObjectName(QStringLiteral("cardName"));
            QFont nameFont = name->font();
            nameFont.setBold(true);
            name->setFont(nameFont);
            cardLayout->addWidget(name);
            cardLayout->addWidget(
                wrappedLabel(PlanLabels::dose(e, m_model->timedWork(e.id)), card));
            QStringList details;
            if (!e.tempo.empty()) {
                details << PlanLabels::tempo(e.tempo);
            }
            details << Labels::of(e.side);
            auto* detail = wrappedLabel(details.join(QStringLiteral(" · ")), card);
            detail->setForegroundRole(QPalette::PlaceholderText);
            cardLayout->addWidget(detail);
            if (edited.count({d, e.id}) > 0) {
                auto* mark = wrappedLabel(tr("✎ changed by hand"), card);
                mark->setObjectName(QStringLiteral("editedMark"));
                cardLayout->addWidget(mark);
            }
            const QString why = report::reasonText(e.reason, m_model->reasonRegister());
            card->setToolTip(why);
            card->setAccessibleName(tr("%1, %2, %3")
                                        .arg(name->text(),
                                             PlanLabels::dose(e, m_model->timedWork(e.id)),
                                             details.join(QStringLiteral(", "))));
            card->setAccessibleDescription(why);
            connect(card, &SessionCard::clicked, this,
                    [this](int cd, int cr) { setSelection(cd, cr); });
            connect(card, &SessionCard::contextMenuRequested, this,
                    &PlanWeekView::contextMenuRequested);
            connect(card, &SessionCard::dragMoved, this, &PlanWeekView::onDragMoved);
            connect(card, &SessionCard::dragReleased, this, &PlanWeekView::onDragReleased);
            connect(card, &SessionCard::dragCancelled, this, &PlanWeekView::endDrag);
            layout->addWidget(card);
        }
        layout->addStretch(1);
        row->addWidget(column, rest ? 0 : 1);
    }

    if (m_tabAnchor) {
        QWidget* previous = m_tabAnchor;
        for (SessionCard* each : m_content->findChildren<SessionCard*>()) {
            QWidget::setTabOrder(previous, each);
            previous = each;
        }
    }

    // Keep the selection on the same place when it still exists.
    const int day = m_selectedDay;
    const int r = m_selectedRow;
    m_selectedDay = -1;
    m_selectedRow = -1;
    if (day >= 0 && r >= 0 && r < m_model->exerciseCount(day)) {
        m_selectedDay = day;
        m_selectedRow = r;
        if (SessionCard* selected = card(day, r)) {
            selected->setSelected(true);
            if (hadFocus) {
                // A keyboard move rebuilt the week: the focus stays on the moved card, so the
                // next Alt+arrow carries it further.
                selected->setFocus(Qt::OtherFocusReason);
            }
        }
        emit selectionChanged(day, r); // the exercise there may be a different one now
    } else if (day >= 0) {
        emit selectionChanged(-1, -1);
    }
}

} // namespace glidepath::ui
