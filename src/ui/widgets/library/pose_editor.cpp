#include "widgets/library/pose_editor.h"

#include "widgets/common/check_list.h"
#include "widgets/library/pose_canvas.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QVBoxLayout>

#include <algorithm>

namespace glidepath::ui {

namespace {

QString propLabel(core::PropKind kind)
{
    switch (kind) {
    case core::PropKind::Mat:
        return PoseEditor::tr("Mat");
    case core::PropKind::Band:
        return PoseEditor::tr("Band");
    case core::PropKind::Ball:
        return PoseEditor::tr("Ball");
    case core::PropKind::Step:
        return PoseEditor::tr("Step");
    case core::PropKind::Box:
        return PoseEditor::tr("Box");
    case core::PropKind::Chair:
        return PoseEditor::tr("Chair");
    case core::PropKind::Wall:
        return PoseEditor::tr("Wall");
    case core::PropKind::Dumbbell:
        return PoseEditor::tr("Dumbbell");
    case core::PropKind::AnkleWeight:
        return PoseEditor::tr("Ankle weight");
    case core::PropKind::FoamRoller:
        return PoseEditor::tr("Foam roller");
    case core::PropKind::Strap:
        return PoseEditor::tr("Strap");
    case core::PropKind::Block:
        return PoseEditor::tr("Block");
    case core::PropKind::Cushion:
        return PoseEditor::tr("Cushion");
    case core::PropKind::Pad:
        return PoseEditor::tr("Knee pad");
    case core::PropKind::Reformer:
        return PoseEditor::tr("Reformer");
    case core::PropKind::Towel:
        return PoseEditor::tr("Towel");
    }
    return {};
}

} // namespace

PoseEditor::PoseEditor(QWidget* parent)
    : QWidget(parent), m_canvas(new PoseCanvas), m_tabs(new QTabBar), m_working(new QComboBox),
      m_view(new QComboBox), m_props(new CheckList(3)), m_reset(new QPushButton), m_note(new QLabel)
{
    setObjectName(QStringLiteral("poseEditor"));
    m_tabs->addTab(tr("Start"));
    m_tabs->addTab(tr("End"));
    m_tabs->setObjectName(QStringLiteral("poseFrameTabs"));
    m_tabs->setAccessibleName(tr("Position shown"));

    m_working->addItem(tr("Right leg works (near side)"),
                       static_cast<int>(core::WorkingLeg::Right));
    m_working->addItem(tr("Left leg works"), static_cast<int>(core::WorkingLeg::Left));
    m_working->addItem(tr("Both legs work"), static_cast<int>(core::WorkingLeg::Both));
    m_working->addItem(tr("No leg marked"), static_cast<int>(core::WorkingLeg::None));
    m_working->setObjectName(QStringLiteral("poseWorkingLeg"));
    m_working->setAccessibleName(tr("Working leg"));
    m_view->addItem(tr("Seen from the side"), static_cast<int>(core::PoseView::Side));
    m_view->addItem(tr("Seen from the front"), static_cast<int>(core::PoseView::Front));
    m_view->setObjectName(QStringLiteral("poseView"));
    m_view->setAccessibleName(tr("View"));

    for (const core::PropKind kind : core::allValues<core::PropKind>()) {
        m_props->addOption(static_cast<int>(kind), propLabel(kind));
    }
    m_props->setObjectName(QStringLiteral("poseProps"));
    m_reset->setText(tr("Use the plain figure of the position"));
    m_reset->setObjectName(QStringLiteral("poseReset"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    // The frame tabs and each choice on a row of its own, so that the editor fits the Library's
    // side panel in a 1024-px window without scrolling sideways (side by side, the German
    // choices alone were wider than that panel).
    auto* top = new QHBoxLayout;
    top->addWidget(m_tabs);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 0, Qt::AlignLeft);
    layout->addWidget(m_working, 0, Qt::AlignLeft);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_props);
    layout->addWidget(m_reset, 0, Qt::AlignLeft);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        m_canvas->setFrame(index == 1 ? report::IllustrationFrame::End
                                      : report::IllustrationFrame::Start);
    });
    connect(m_canvas, &PoseCanvas::jointMoved, this, &PoseEditor::changed);
    connect(m_working, &QComboBox::activated, this, [this] {
        core::Illustration next = m_canvas->illustration();
        next.workingLeg = static_cast<core::WorkingLeg>(m_working->currentData().toInt());
        m_canvas->setIllustration(next);
        changed();
    });
    connect(m_view, &QComboBox::activated, this, [this] {
        core::Illustration next = m_canvas->illustration();
        next.view = static_cast<core::PoseView>(m_view->currentData().toInt());
        m_canvas->setIllustration(next);
        changed();
    });
    connect(m_props, &CheckList::edited, this, [this] {
        if (m_loading) {
            return;
        }
        core::Illustration next = m_canvas->illustration();
        const QList<int> wanted = m_props->checkedValues();
        // Keep the props still wanted as they are; add the new ones where they fit the figure.
        std::erase_if(next.props, [&](const core::Prop& prop) {
            return !wanted.contains(static_cast<int>(prop.kind));
        });
        for (const int value : wanted) {
            const auto kind = static_cast<core::PropKind>(value);
            const bool present = std::any_of(next.props.begin(), next.props.end(),
                                             [&](const core::Prop& p) { return p.kind == kind; });
            if (!present) {
                next.props.push_back(core::defaultProp(kind, next.start));
            }
        }
        m_canvas->setIllustration(next);
        changed();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_canvas->setIllustration(core::defaultIllustration(m_position));
        changed();
    });
    setIllustration(core::defaultIllustration(m_position), false);
}

void PoseEditor::setIllustration(const core::Illustration& illustration, bool own)
{
    m_canvas->setIllustration(illustration);
    m_own = own;
    showState();
}

core::Illustration PoseEditor::illustration() const
{
    return m_canvas->illustration();
}

void PoseEditor::setReadOnly(bool readOnly)
{
    m_canvas->setEditable(!readOnly);
    m_working->setEnabled(!readOnly);
    m_view->setEnabled(!readOnly);
    m_props->setReadOnly(readOnly);
    m_reset->setVisible(!readOnly);
}

void PoseEditor::changed()
{
    m_own = true;
    showState();
    emit edited();
}

void PoseEditor::showState()
{
    m_loading = true;
    const core::Illustration& shown = m_canvas->illustration();
    m_working->setCurrentIndex(m_working->findData(static_cast<int>(shown.workingLeg)));
    m_view->setCurrentIndex(m_view->findData(static_cast<int>(shown.view)));
    QList<int> kinds;
    for (const core::Prop& prop : shown.props) {
        if (!kinds.contains(static_cast<int>(prop.kind))) {
            kinds.append(static_cast<int>(prop.kind));
        }
    }
    m_props->setCheckedValues(kinds);
    m_note->setText(m_own ? tr("Drag the joints to change the start and end position.")
                          : tr("No picture of its own yet: this is the plain figure of its "
                               "position. Drag a joint to start one."));
    m_loading = false;
}

} // namespace glidepath::ui
