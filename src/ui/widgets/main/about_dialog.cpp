#include "widgets/main/about_dialog.h"

#include "icons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace glidepath::ui {

QString AboutDialog::disclaimer()
{
    return tr("Glidepath helps you organise and pace exercises. It does not diagnose anything "
              "and it is not a substitute for an examination by a doctor or physiotherapist. "
              "Its suggestions follow simple published rules and can be wrong for you. Stop an "
              "exercise that causes sharp pain, or pain that is still worse the next morning. "
              "If you notice any warning sign it asks about — a hot, red or very swollen joint, "
              "a knee that locks or gives way, pain at night or at rest that will not settle, "
              "numbness, or you cannot put weight on the leg — stop and get checked.");
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Glidepath"));

    auto* icon = new QLabel;
    icon->setPixmap(appIcon().pixmap(64, 64));
    auto* name = new QLabel(tr("Glidepath %1").arg(QCoreApplication::applicationVersion()));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    name->setFont(nameFont);
    auto* what = new QLabel(tr("Weekly exercise plans for knee and hip pain, built from how the "
                               "last week went. Everything stays on this computer."));
    what->setWordWrap(true);

    auto* disclaimerTitle = new QLabel(tr("Please read"));
    QFont boldFont = disclaimerTitle->font();
    boldFont.setBold(true);
    disclaimerTitle->setFont(boldFont);
    auto* disclaimerText = new QLabel(disclaimer());
    disclaimerText->setObjectName(QStringLiteral("disclaimerText"));
    disclaimerText->setWordWrap(true);
    disclaimerText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* licence = new QLabel(tr("Free software under the GNU General Public License, version 3 "
                                  "or later. It comes with no warranty."));
    licence->setWordWrap(true);
    licence->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(name);
    text->addWidget(what);
    text->addSpacing(6);
    text->addWidget(disclaimerTitle);
    text->addWidget(disclaimerText);
    text->addSpacing(6);
    text->addWidget(licence);
    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(icon, 0, Qt::AlignTop);
    body->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setFixedWidth(520);
}

} // namespace glidepath::ui
