#pragma once

#include <QDialog>

namespace glidepath::ui {

// Help ▸ About Glidepath: what it is, its version and licence, and the disclaimer in plain words.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString disclaimer();
};

} // namespace glidepath::ui
