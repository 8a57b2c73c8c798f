#pragma once

#include <QObject>
#include <QString>

namespace glidepath::ui::modules {

// Parts of the app that need a large Qt library (Qt Charts for the progress charts, Qt Print
// Support for the print preview, Qt TextToSpeech for spoken cues) live in modules loaded on first
// use, so the dynamic loader does not map and relocate those libraries at every start
// (docs/architecture.md). A module is a Qt plugin named glidepath-<name>.so; it is looked for
// beside the installed program (<libdir>/glidepath, found from the program's own folder, so a
// moved installation still works) and then in the build tree. Once loaded, a module stays loaded.

// The module's root object, or nullptr with why in *error (the file is missing, or it is not a
// module of this build).
QObject* load(const QString& name, QString* error = nullptr);

// The module's interface, or nullptr with why in *error.
template <typename Interface> Interface* get(const QString& name, QString* error = nullptr)
{
    QObject* root = load(name, error);
    auto* found = qobject_cast<Interface*>(root);
    if (root && !found && error) {
        *error = QStringLiteral("glidepath-%1 is not the module this program expects").arg(name);
    }
    return found;
}

} // namespace glidepath::ui::modules
