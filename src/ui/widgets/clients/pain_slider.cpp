#include "widgets/clients/pain_slider.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

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
    // Room for the longest reading so the slider does not jump as the words change.
    m_text->setMinimumWidth(QFontMetrics(m_text->font()).horizontalAdvance(tr("10/10 (too high)")) +
                            8);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_text);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        updateText();
        emit valueChanged(value);
    });
    updateText();
}

int PainSlider::value() const
{
    return m_slider->value();
}

void PainSlider::setValue(int value)
{
    m_slider->setValue(value);
}

void PainSlider::setZones(int safeMax, int acceptableMax)
{
    m_safeMax = safeMax;
    m_acceptableMax = acceptableMax;
    updateText();
}

void PainSlider::updateText()
{
    const int v = m_slider->value();
    QString text = tr("%1/10").arg(v);
    if (m_safeMax >= 0 && m_acceptableMax >= 0) {
        if (v <= m_safeMax) {
            text = tr("%1/10 (low)").arg(v);
        } else if (v <= m_acceptableMax) {
            text = tr("%1/10 (acceptable)").arg(v);
        } else {
            text = tr("%1/10 (too high)").arg(v);
        }
    }
    m_text->setText(text);
    m_slider->setAccessibleDescription(text);
}

} // namespace glidepath::ui
