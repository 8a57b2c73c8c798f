#include "widgets/clients/pain_slider.h"

#include "widgets/common/field_error_label.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>

namespace glidepath::ui {

PainSlider::PainSlider(const QString& accessibleName, QWidget* parent) : QWidget(parent)
{
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, 10);
    m_slider->setPageStep(2);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setAccessibleName(accessibleName);
    m_slider->setMinimumWidth(160);
    setMaximumWidth(480); // a 0-10 scale reads worse the longer it gets
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("painSliderText"));
    // Room for the longest reading so the slider does not jump as the words change.
    const QFontMetrics metrics(m_text->font());
    m_text->setMinimumWidth(std::max({metrics.horizontalAdvance(tr("10/10 (too high)")),
                                      metrics.horizontalAdvance(tr("Not rated yet")),
                                      metrics.horizontalAdvance(tr("Please rate"))}) +
                            8);
    auto* layout = new QHBoxLayout(this);
    // Room for the focus ring drawn around the slider and its reading.
    layout->setContentsMargins(3, 3, 3, 3);
    m_slider->installEventFilter(this);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_text);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        m_rated = true;
        updateText();
        emit valueChanged(value);
    });
    // Pressing the handle or keying it rates, even where it already is (0 = no pain).
    connect(m_slider, &QSlider::sliderPressed, this, &PainSlider::markRated);
    connect(m_slider, &QSlider::actionTriggered, this, &PainSlider::markRated);
    updateText();
}

bool PainSlider::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_slider &&
        (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        update(); // the focus ring
    }
    return QWidget::eventFilter(watched, event);
}

void PainSlider::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (!m_slider->hasFocus()) {
        return;
    }
    // Most styles mark a focused slider faintly or not at all: a keyboard user must see which
    // of the three pains the arrow keys will change.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
}

int PainSlider::value() const
{
    return m_rated ? m_slider->value() : 0;
}

void PainSlider::setValue(int value)
{
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(value);
    }
    const bool changed = !m_rated || m_slider->value() != value;
    m_rated = true;
    updateText();
    if (changed) {
        emit valueChanged(m_slider->value());
    }
}

void PainSlider::clear()
{
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(0);
    }
    m_rated = false;
    updateText();
}

void PainSlider::markRated()
{
    if (!m_rated) {
        m_rated = true;
        updateText();
        emit valueChanged(m_slider->value());
    }
}

void PainSlider::setReminder(bool remind)
{
    m_reminder = remind;
    updateText();
}

void PainSlider::setZones(int safeMax, int acceptableMax)
{
    m_safeMax = safeMax;
    m_acceptableMax = acceptableMax;
    updateText();
}

void PainSlider::updateText()
{
    QPalette pal = palette();
    QFont font = this->font();
    QString text;
    if (!m_rated) {
        text = m_reminder ? tr("Please rate") : tr("Not rated yet");
        if (m_reminder) {
            pal.setColor(QPalette::WindowText, errorTextColour(pal));
        } else {
            pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
            font.setItalic(true);
        }
    } else {
        const int v = m_slider->value();
        text = tr("%1/10").arg(v);
        if (m_safeMax >= 0 && m_acceptableMax >= 0) {
            if (v <= m_safeMax) {
                text = tr("%1/10 (low)").arg(v);
            } else if (v <= m_acceptableMax) {
                text = tr("%1/10 (acceptable)").arg(v);
            } else {
                text = tr("%1/10 (too high)").arg(v);
            }
        }
    }
    m_text->setPalette(pal);
    m_text->setFont(font);
    m_text->setText(text);
    m_slider->setAccessibleDescription(text);
}

} // namespace glidepath::ui
