#pragma once

// What the main window's files share. MainWindow is one class whose member functions live in
// several files, one job each: main_window.cpp (construction, pages, mode and the state of the
// actions), main_window_actions.cpp (actions, menus, toolbars and their icons),
// main_window_sidebar.cpp (sidebar, status bar, title and the palette's restyle),
// main_window_files.cpp (the File menu's databases and library files), main_window_settings.cpp
// (geometry, last page, preferences) and main_window_help.cpp (the Help menu's windows).

#include "widgets/main/main_window.h"

#include <QtGlobal>

namespace glidepath::ui::main_window_parts {

struct PageInfo
{
    MainWindow::Page page;
    const char* icon;
    const char* title;
    const char* toolTip;
};

// Source strings for tr(): the sidebar reads them through MainWindow::tr, so they are filed
// under its context.
inline const PageInfo kPages[] = {
    {MainWindow::Page::Library, "library",
     QT_TRANSLATE_NOOP("glidepath::ui::MainWindow", "Library"),
     QT_TRANSLATE_NOOP("glidepath::ui::MainWindow",
                       "Browse, search and edit the exercise library")},
    {MainWindow::Page::Clients, "clients",
     QT_TRANSLATE_NOOP("glidepath::ui::MainWindow", "Clients"),
     QT_TRANSLATE_NOOP("glidepath::ui::MainWindow",
                       "Client profiles, screening and weekly check-ins")},
    {MainWindow::Page::Plan, "plan", QT_TRANSLATE_NOOP("glidepath::ui::MainWindow", "Plan"),
     QT_TRANSLATE_NOOP("glidepath::ui::MainWindow", "Plan next week and adjust it before saving")},
    {MainWindow::Page::Progress, "progress",
     QT_TRANSLATE_NOOP("glidepath::ui::MainWindow", "Progress"),
     QT_TRANSLATE_NOOP("glidepath::ui::MainWindow",
                       "How pain and adherence change over the weeks")},
};

} // namespace glidepath::ui::main_window_parts
