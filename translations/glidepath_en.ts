<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChangeHistoryText</name>
    <message numerus="yes">
        <source>Profile changed (saved %n time(s) in all)</source>
        <translation>
            <numerusform>Profile changed (saved %n time in all)</numerusform>
            <numerusform>Profile changed (saved %n times in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-in of %1 changed (saved %n time(s) in all)</source>
        <translation>
            <numerusform>Check-in of %1 changed (saved %n time in all)</numerusform>
            <numerusform>Check-in of %1 changed (saved %n times in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message numerus="yes">
        <source>Import %n template(s)</source>
        <translation>
            <numerusform>Import %n template</numerusform>
            <numerusform>Import %n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glidepath::ui::CheckInForm</name>
    <message numerus="yes">
        <source>Filled in from the %n session(s) logged in the week before this check-in; change it if more were done without being logged.</source>
        <translation>
            <numerusform>Filled in from the %n session logged in the week before this check-in; change it if more were done without being logged.</numerusform>
            <numerusform>Filled in from the %n sessions logged in the week before this check-in; change it if more were done without being logged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glidepath::ui::CheckInTableModel</name>
    <message numerus="yes">
        <source>%n answered yes</source>
        <translation>
            <numerusform>%n answered yes</numerusform>
            <numerusform>%n answered yes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ExerciseEditor</name>
    <message numerus="yes">
        <source>%n more field(s) marked in red below.</source>
        <translation>
            <numerusform>%n more field marked in red below.</numerusform>
            <numerusform>%n more fields marked in red below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glidepath::ui::LibraryTransfer</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PlanModel</name>
    <message numerus="yes">
        <source>About %n min</source>
        <translation>
            <numerusform>About %n min</numerusform>
            <numerusform>About %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PlanPage</name>
    <message numerus="yes">
        <source>Do today&apos;s %n exercise(s) on the screen, with timers and a pain check; it is saved as a logged session.</source>
        <translation>
            <numerusform>Do today's %n exercise on the screen, with timers and a pain check; it is saved as a logged session.</numerusform>
            <numerusform>Do today's %n exercises on the screen, with timers and a pain check; it is saved as a logged session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press Plan next week to plan the week of %1 from %n check-in(s).</source>
        <translation>
            <numerusform>Press Plan next week to plan the week of %1 from %n check-in.</numerusform>
            <numerusform>Press Plan next week to plan the week of %1 from %n check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the dose of %1 on %n day(s)</source>
        <translation>
            <numerusform>Change the dose of %1 on %n day</numerusform>
            <numerusform>Change the dose of %1 on %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PlanWeekView</name>
    <message numerus="yes">
        <source>%1 · about %n min</source>
        <translation>
            <numerusform>%1 · about %n min</numerusform>
            <numerusform>%1 · about %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ProgressPage</name>
    <message numerus="yes">
        <source>%n check-in(s) since %1.</source>
        <translation>
            <numerusform>%n check-in since %1.</numerusform>
            <numerusform>%n check-ins since %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions done over the last %n week(s): %1%.</source>
        <translation>
            <numerusform>Sessions done over the last %n week: %1%.</numerusform>
            <numerusform>Sessions done over the last %n weeks: %1%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) logged, the latest on %1.</source>
        <translation>
            <numerusform>%n session logged, the latest on %1.</numerusform>
            <numerusform>%n sessions logged, the latest on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Exported %n session to %1.</numerusform>
            <numerusform>Exported %n sessions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n check-in(s) to %1.</source>
        <translation>
            <numerusform>Exported %n check-in to %1.</numerusform>
            <numerusform>Exported %n check-ins to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glidepath::ui::QtProgressCharts</name>
    <message numerus="yes">
        <source>Week of %1: %2 of the planned sessions done (%n session(s) logged of %3 planned)</source>
        <translation>
            <numerusform>Week of %1: %2 of the planned sessions done (%n session logged of %3 planned)</numerusform>
            <numerusform>Week of %1: %2 of the planned sessions done (%n sessions logged of %3 planned)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glidepath::ui::RedFlagQuestions</name>
    <message numerus="yes">
        <source>⚠ %n question(s) answered yes. No exercise plan will be made until a doctor or physiotherapist has checked the leg.</source>
        <translation>
            <numerusform>⚠ %n question answered yes. No exercise plan will be made until a doctor or physiotherapist has checked the leg.</numerusform>
            <numerusform>⚠ %n questions answered yes. No exercise plan will be made until a doctor or physiotherapist has checked the leg.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glidepath::ui::SessionLogDialog</name>
    <message numerus="yes">
        <source>%1 - %2, %n exercise(s)</source>
        <translation>
            <numerusform>%1 - %2, %n exercise</numerusform>
            <numerusform>%1 - %2, %n exercises</numerusform>
        </translation>
    </message>
</context>
</TS>
