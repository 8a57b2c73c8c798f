#pragma once

#include <QObject>

class QWidget;

namespace glidepath::ui {

class AppContext;

// File > Import Library and Export Library: exercises and plan templates to and from a library
// file (docs/formats.md), with the questions they need (replace or keep clashing exercises,
// only my exercises or the whole library). Imports go through the command facade, so Edit > Undo
// takes them back.
class LibraryTransfer : public QObject
{
    Q_OBJECT

public:
    LibraryTransfer(AppContext& context, QWidget* parent);

    // True when something was imported (the caller shows the Library).
    bool importLibrary();
    // The same for a file already chosen (a library file passed on the command line).
    bool importFrom(const QString& path);
    void exportLibrary();

private:
    AppContext& m_context;
    QWidget* m_parent;
};

} // namespace glidepath::ui
