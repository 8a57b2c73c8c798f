#include "widgets/common/message_box.h"

#include <QPushButton>

namespace glidepath::ui {

std::deque<MessageBox::Button>& MessageBox::queue()
{
    static std::deque<Button> answers;
    return answers;
}

QString& MessageBox::lastTextStorage()
{
    static QString text;
    return text;
}

void MessageBox::setNextAnswer(Button answer)
{
    queue().push_back(answer);
}

bool MessageBox::hasQueuedAnswers()
{
    return !queue().empty();
}

void MessageBox::clearQueuedAnswers()
{
    queue().clear();
    // And the last text: a test comparing it with what it was before must not see a question
    // an earlier test left behind (the same text when it asks the same thing).
    lastTextStorage().clear();
}

QString MessageBox::lastText()
{
    return lastTextStorage();
}

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                   const QString& text, Buttons buttons, Button defaultButton,
                                   const QHash<Button, QString>& buttonLabels)
{
    lastTextStorage() = text;
    if (!queue().empty()) {
        const Button answer = queue().front();
        queue().pop_front();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton) {
        box.setDefaultButton(defaultButton);
    }
    for (auto it = buttonLabels.cbegin(); it != buttonLabels.cend(); ++it) {
        if (QAbstractButton* button = box.button(it.key())) {
            button->setText(it.value());
        }
    }
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton,
                                        const QHash<Button, QString>& buttonLabels)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton, buttonLabels);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title,
                                           const QString& text, Buttons buttons,
                                           Button defaultButton)
{
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton, {});
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       Buttons buttons, Button defaultButton,
                                       const QHash<Button, QString>& buttonLabels)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton, buttonLabels);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton,
                                        const QHash<Button, QString>& buttonLabels)
{
    return ask(QMessageBox::Critical, parent, title, text, buttons, defaultButton, buttonLabels);
}

std::deque<QString>& FileDialog::queue()
{
    static std::deque<QString> names;
    return names;
}

void FileDialog::setNextFileName(const QString& fileName)
{
    queue().push_back(fileName);
}

void FileDialog::clearQueuedFileNames()
{
    queue().clear();
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption,
                                    const QString& directory, const QString& filter)
{
    if (!queue().empty()) {
        QString name = queue().front();
        queue().pop_front();
        return name;
    }
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption,
                                    const QString& directory, const QString& filter,
                                    QFileDialog::Options options)
{
    if (!queue().empty()) {
        QString name = queue().front();
        queue().pop_front();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, caption, directory, filter, nullptr, options);
}

} // namespace glidepath::ui
