#pragma once

#include <QFileDialog>
#include <QHash>
#include <QMessageBox>
#include <QString>

#include <deque>

namespace glidepath::ui {

// Every modal question the app asks goes through here, so GUI tests can answer it in advance
// (KeePassXC's MessageBox::setNextAnswer): a queued answer is returned at once and no dialog is
// shown. Without a queued answer the real QMessageBox runs.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton,
                           const QHash<Button, QString>& buttonLabels = {});
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton,
                          const QHash<Button, QString>& buttonLabels = {});
    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton,
                           const QHash<Button, QString>& buttonLabels = {});

    // The next message box returns this answer without being shown. Answers queue up in order.
    static void setNextAnswer(Button answer);
    static bool hasQueuedAnswers();
    // Drops the queued answers and the last text (a test's fresh start).
    static void clearQueuedAnswers();
    // Text of the last box asked (shown or answered from the queue), for test assertions.
    static QString lastText();

private:
    static Button ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                      const QString& text, Buttons buttons, Button defaultButton,
                      const QHash<Button, QString>& buttonLabels);

    static std::deque<Button>& queue();
    static QString& lastTextStorage();
};

// The same idea for file choosers: a queued file name is returned without showing a dialog; an
// empty queued name acts like Cancel.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption,
                                   const QString& directory = {}, const QString& filter = {});
    static QString getSaveFileName(QWidget* parent, const QString& caption,
                                   const QString& directory = {}, const QString& filter = {},
                                   QFileDialog::Options options = {});

    static void setNextFileName(const QString& fileName);
    static void clearQueuedFileNames();

private:
    static std::deque<QString>& queue();
};

} // namespace glidepath::ui
