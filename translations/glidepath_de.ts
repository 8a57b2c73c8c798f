<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChangeHistoryText</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Person angelegt</translation>
    </message>
    <message numerus="yes">
        <source>Profile changed (saved %n time(s) in all)</source>
        <translation>
            <numerusform>Profil geändert (insgesamt %n-mal gespeichert)</numerusform>
            <numerusform>Profil geändert (insgesamt %n-mal gespeichert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profil geändert</translation>
    </message>
    <message>
        <source>Check-in of %1 added</source>
        <translation>Rückmeldung vom %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Check-in of %1 deleted</source>
        <translation>Rückmeldung vom %1 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Check-in of %1 changed (saved %n time(s) in all)</source>
        <translation>
            <numerusform>Rückmeldung vom %1 geändert (insgesamt %n-mal gespeichert)</numerusform>
            <numerusform>Rückmeldung vom %1 geändert (insgesamt %n-mal gespeichert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in of %1 changed</source>
        <translation>Rückmeldung vom %1 geändert</translation>
    </message>
    <message>
        <source>Plan for the week of %1 saved (version %2)</source>
        <translation>Plan für die Woche vom %1 gespeichert (Version %2)</translation>
    </message>
    <message>
        <source>Plan for the week of %1 deleted (version %2)</source>
        <translation>Plan für die Woche vom %1 gelöscht (Version %2)</translation>
    </message>
    <message>
        <source>Plan for the week of %1 changed (version %2)</source>
        <translation>Plan für die Woche vom %1 geändert (Version %2)</translation>
    </message>
    <message>
        <source>Session of %1 logged</source>
        <translation>Einheit vom %1 eingetragen</translation>
    </message>
    <message>
        <source>Session log of %1 deleted</source>
        <translation>Eintrag der Einheit vom %1 gelöscht</translation>
    </message>
    <message>
        <source>Session log of %1 changed</source>
        <translation>Eintrag der Einheit vom %1 geändert</translation>
    </message>
    <message>
        <source>PSFS assessment of %1 added</source>
        <translation>PSFS-Einschätzung vom %1 hinzugefügt</translation>
    </message>
    <message>
        <source>PSFS assessment of %1 deleted</source>
        <translation>PSFS-Einschätzung vom %1 gelöscht</translation>
    </message>
    <message>
        <source>PSFS assessment of %1 changed</source>
        <translation>PSFS-Einschätzung vom %1 geändert</translation>
    </message>
    <message>
        <source>Clinician review of %1 recorded</source>
        <translation>Ärztliche Prüfung vom %1 erfasst</translation>
    </message>
    <message>
        <source>Clinician review of %1 deleted</source>
        <translation>Ärztliche Prüfung vom %1 gelöscht</translation>
    </message>
    <message>
        <source>Clinician review of %1 changed</source>
        <translation>Ärztliche Prüfung vom %1 geändert</translation>
    </message>
    <message>
        <source>Every change the clinic server has recorded for this client, newest first, with the login that made it, deleted records included. Only a record deleted before the server was upgraded to keep the client with each change is missing: nothing says whose it was.</source>
        <translation>Jede Änderung, die der Praxisserver zu dieser Person festgehalten hat, die neueste zuerst, mit der Anmeldung, unter der sie gemacht wurde, auch gelöschte Einträge. Es fehlen nur Einträge, die gelöscht wurden, bevor der Server so aktualisiert wurde, dass er zu jeder Änderung die Person festhält: Bei ihnen sagt nichts mehr, zu wem sie gehörten.</translation>
    </message>
    <message>
        <source>A database file does not keep every change. Listed here is what each record that still exists says about itself: who saved the profile and each check-in last, and when; when each plan version was saved; when each clinician review was recorded, and by whom. Not shown: earlier saves, anything deleted (a deleted check-in, plan or session log leaves no trace in a file), logged sessions and PSFS assessments. A clinic server keeps every change, deletions included.</source>
        <translation>Eine Datenbankdatei hält nicht jede Änderung fest. Hier steht, was jeder noch vorhandene Eintrag über sich selbst weiß: wer das Profil und jede Rückmeldung zuletzt gespeichert hat und wann; wann jede Planversion gespeichert wurde; wann jede ärztliche Prüfung erfasst wurde und von wem. Nicht zu sehen sind: frühere Speicherungen, alles Gelöschte (eine gelöschte Rückmeldung, ein gelöschter Plan oder eine gelöschte Einheit hinterlässt in einer Datei keine Spur), eingetragene Einheiten und PSFS-Einschätzungen. Ein Praxisserver hält jede Änderung fest, auch Löschungen.</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Wrote the clinician summary to %1</source>
        <translation>Zusammenfassung für Fachpersonal geschrieben: %1</translation>
    </message>
    <message>
        <source>Wrote the home routine to %1</source>
        <translation>Übungsprogramm für zu Hause geschrieben: %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>Befehl fehlt</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (meinten Sie %1?)</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4; every table was counted on both sides.</source>
        <translation>%1 Zeilen in %2 Tabellen von %3 nach %4 kopiert; jede Tabelle wurde auf beiden Seiten gezählt.</translation>
    </message>
    <message>
        <source>%1 is needed</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli [--database PATH] [--language CODE] COMMAND [ARGS...]

Works with Glidepath&apos;s exercise library, database and weekly plans from the command line.

Commands:
  library   list, search, show, import and export exercises
  db        check, back up, restore or copy the database (also to and from a
            clinic server)
  plan      make a week&apos;s plan from a request file, or show and print a saved plan

Options:
  --database PATH  the database to use; without it, $GLIDEPATH_DB, else
                   %1
  --create         make a new, empty database if none is at the --database path
                   (without it a mistyped path is an error; the default one is made
                   on first use)
  --language CODE  the language of messages, plans and handouts: en or de;
                   without it, the system&apos;s (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
  --help           show this help (&quot;glidepath-cli COMMAND --help&quot; for a command)
  --version        show the version

Exit status: 0 success, 1 bad input (the message says which file and field), 2 usage error.
</source>
        <translation>Aufruf: glidepath-cli [--database PFAD] [--language CODE] BEFEHL [ARGUMENTE...]

Arbeitet von der Kommandozeile aus mit Glidepaths Übungsbibliothek, Datenbank und Wochenplänen.

Befehle:
  library   Übungen auflisten, suchen, zeigen, importieren und exportieren
  db        die Datenbank prüfen, sichern, wiederherstellen oder kopieren
            (auch zu einem Praxisserver und von dort)
  plan      den Plan einer Woche aus einer Anfragedatei erstellen oder einen
            gespeicherten Plan zeigen und drucken

Optionen:
  --database PFAD  die zu verwendende Datenbank; ohne Angabe $GLIDEPATH_DB, sonst
                   %1
  --create         eine neue, leere Datenbank anlegen, wenn unter dem --database-Pfad
                   keine liegt (ohne diese Option ist ein vertippter Pfad ein Fehler;
                   die Standarddatenbank wird beim ersten Gebrauch angelegt)
  --language CODE  die Sprache von Meldungen, Plänen und Handouts: en oder de;
                   ohne Angabe die des Systems (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
  --help           diese Hilfe zeigen („glidepath-cli BEFEHL --help“ für einen Befehl)
  --version        die Version zeigen

Rückgabewert: 0 Erfolg, 1 fehlerhafte Eingabe (die Meldung nennt Datei und Feld),
2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not a usable exercise library, no plan was made</source>
        <translation>keine brauchbare Übungsbibliothek, es wurde kein Plan erstellt</translation>
    </message>
    <message>
        <source>reading %1 failed after line %2</source>
        <translation>Lesen von %1 nach Zeile %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 requests not valid and not planned; the other %3 planned</source>
        <translation>%1 von %2 Anfragen ungültig und nicht geplant; die anderen %3 geplant</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>es fehlt: %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--next-appointment must be YYYY-MM-DD or &quot;YYYY-MM-DD HH:MM&quot;, not &quot;%1&quot;</source>
        <translation>--next-appointment muss JJJJ-MM-TT oder „JJJJ-MM-TT HH:MM“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>give one of --request FILE, --requests FILE.jsonl or --client ID|NAME</source>
        <translation>geben Sie genau eines an: --request DATEI, --requests DATEI.jsonl oder --client NR|NAME</translation>
    </message>
    <message>
        <source>--week goes with --client</source>
        <translation>--week gehört zu --client</translation>
    </message>
    <message>
        <source>--new goes with --client</source>
        <translation>--new gehört zu --client</translation>
    </message>
    <message>
        <source>%1 goes with --request or --client, not --requests</source>
        <translation>%1 gehört zu --request oder --client, nicht zu --requests</translation>
    </message>
    <message>
        <source>--requests always prints JSON, one plan per line</source>
        <translation>--requests gibt immer JSON aus, einen Plan pro Zeile</translation>
    </message>
    <message>
        <source>--library goes with --request(s); a client&apos;s plan uses the database&apos;s library</source>
        <translation>--library gehört zu --request(s); der Plan eines Klienten nutzt die Bibliothek der Datenbank</translation>
    </message>
    <message>
        <source>--format must be json or text, not &quot;%1&quot;</source>
        <translation>--format muss json oder text sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--pdf needs a file name</source>
        <translation>--pdf braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper muss a4 oder letter sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--per-row must be 1 or 2, not &quot;%1&quot;</source>
        <translation>--per-row muss 1 oder 2 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--clinician-block must be on or off, not &quot;%1&quot;</source>
        <translation>--clinician-block muss on oder off sein, nicht „%1“</translation>
    </message>
    <message>
        <source>plan request</source>
        <translation>Planungsanfrage</translation>
    </message>
    <message>
        <source>built-in library</source>
        <translation>eingebaute Bibliothek</translation>
    </message>
    <message>
        <source>exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>no client with number %1</source>
        <translation>kein Klient mit der Nummer %1</translation>
    </message>
    <message>
        <source>no client named &quot;%1&quot;</source>
        <translation>kein Klient mit dem Namen „%1“</translation>
    </message>
    <message>
        <source>%1 clients are named &quot;%2&quot;; give the number instead:</source>
        <translation>%1 Klienten heißen „%2“; geben Sie stattdessen die Nummer an:</translation>
    </message>
    <message>
        <source>%1&apos;s profile: %2: %3</source>
        <translation>Profil von %1: %2: %3</translation>
    </message>
    <message>
        <source>complete the profile in Glidepath first; no plan was made</source>
        <translation>vervollständigen Sie zuerst das Profil in Glidepath; es wurde kein Plan erstellt</translation>
    </message>
    <message>
        <source>--week must be a Monday, and %1 is not one</source>
        <translation>--week muss ein Montag sein, und %1 ist keiner</translation>
    </message>
    <message>
        <source>--week must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--week muss ein Datum in der Form JJJJ-MM-TT sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--week must be a date from %1 to %2, not %3</source>
        <translation>--week muss ein Datum von %1 bis %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 has no saved plan for the week of %2</source>
        <translation>%1 hat keinen gespeicherten Plan für die Woche vom %2</translation>
    </message>
    <message>
        <source>%1 has no saved plan</source>
        <translation>%1 hat keinen gespeicherten Plan</translation>
    </message>
    <message>
        <source>no handout written: the plan for the week of %1 is superseded because %2 answered yes to: %3 See a doctor or physiotherapist first; the plan stays stopped until a clinician&apos;s review, recorded with who and when, and answers that no longer say yes.</source>
        <translation>kein Handout geschrieben: Der Plan für die Woche vom %1 gilt nicht mehr, weil %2 mit Ja geantwortet hat auf: %3 Bitte zuerst ärztlich oder physiotherapeutisch abklären lassen; der Plan bleibt gestoppt, bis eine Fachperson ihn überprüft hat (mit Name und Datum festgehalten) und die Antworten nicht mehr Ja lauten.</translation>
    </message>
    <message>
        <source>1 problem; not a usable %1, no plan was made</source>
        <translation>1 Problem; keine brauchbare Datei (%1), es wurde kein Plan erstellt</translation>
    </message>
    <message>
        <source>%1 problems; not a usable %2, no plan was made</source>
        <translation>%1 Probleme; keine brauchbare Datei (%2), es wurde kein Plan erstellt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>, %1 s hold</source>
        <translation>, %1 s halten</translation>
    </message>
    <message>
        <source>%1 s hold</source>
        <translation>%1 s halten</translation>
    </message>
    <message>
        <source>, tempo %1</source>
        <translation>, Tempo %1</translation>
    </message>
    <message>
        <source>, rest %1 s</source>
        <translation>, Pause %1 s</translation>
    </message>
    <message>
        <source>sets %1</source>
        <translation>Sätze %1</translation>
    </message>
    <message>
        <source>, reps %1</source>
        <translation>, Wiederholungen %1</translation>
    </message>
    <message>
        <source>, hold %1 s</source>
        <translation>, Halten %1 s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Knee flexion</source>
        <translation>Kniebeugung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Stoßbelastung</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (ausgeblendet)</translation>
    </message>
    <message>
        <source>%1 (main)</source>
        <translation>%1 (Hauptmuskel)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <source>Laterality</source>
        <translation>Seitigkeit</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Dose limits</source>
        <translation>Dosisgrenzen</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Schwerer</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Vorsicht bei</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Built-in exercise</source>
        <translation>Eingebaute Übung</translation>
    </message>
    <message>
        <source>Custom exercise</source>
        <translation>Eigene Übung</translation>
    </message>
    <message>
        <source>, hidden from lists and plans</source>
        <translation>, in Listen und Plänen ausgeblendet</translation>
    </message>
    <message>
        <source>%1, up to %2</source>
        <translation>%1, bis %2</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Anleitung:</translation>
    </message>
    <message>
        <source>Cues:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli [--database PATH] library SUBCOMMAND [ARGS...]

Lists, searches, shows, imports and exports the exercises in the database.

Subcommands:
  list      list exercises, optionally filtered
  search    find exercises by words in their name, summary, cues and muscles
  show      show every detail of one exercise
  import    add exercises from a library file
  export    write custom exercises to a library file
  draw      draw one exercise&apos;s start and end position to an SVG or PNG file

Run &quot;glidepath-cli library SUBCOMMAND --help&quot; for the options of each.
</source>
        <translation>Aufruf: glidepath-cli [--database PFAD] library UNTERBEFEHL [ARGUMENTE...]

Listet, sucht, zeigt, importiert und exportiert die Übungen in der Datenbank.

Unterbefehle:
  list      Übungen auflisten, wahlweise gefiltert
  search    Übungen nach Wörtern in Name, Kurzbeschreibung, Hinweisen und Muskeln finden
  show      alle Angaben zu einer Übung zeigen
  import    Übungen aus einer Bibliotheksdatei hinzufügen
  export    eigene Übungen in eine Bibliotheksdatei schreiben
  draw      Start- und Endposition einer Übung als SVG- oder PNG-Datei zeichnen

&quot;glidepath-cli library UNTERBEFEHL --help&quot; zeigt die Optionen jedes Unterbefehls.
</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli [--database PATH] library list [--category C] [--phase N] [--region R]
                                                   [--equipment E] [--hidden] [--json]

Lists the exercises by name. Filters combine: every one given must match.

Options:
  --category C   activation, strength, motor_control, mobility, landing or gait
  --phase N      exercises suitable in phase N (1-4)
  --region R     hip, knee, core or ankle
  --equipment E  exercises that use E, e.g. band or step (&quot;none&quot;: no equipment)
  --hidden       include exercises hidden from lists and plans
  --json         print the exercises in the library format instead of a table
  --help         show this help
</source>
        <translation>Aufruf: glidepath-cli [--database PFAD] library list [--category K] [--phase N] [--region R]
                                                    [--equipment G] [--hidden] [--json]

Listet die Übungen nach Namen. Filter wirken zusammen: Jeder angegebene muss passen.

Optionen:
  --category K   activation, strength, motor_control, mobility, landing oder gait
  --phase N      Übungen, die in Phase N (1-4) passen
  --region R     hip, knee, core oder ankle
  --equipment G  Übungen mit dem Gerät G, z. B. band oder step (&quot;none&quot;: ohne Gerät)
  --hidden       auch Übungen, die in Listen und Plänen ausgeblendet sind
  --json         die Übungen im Bibliotheksformat statt als Tabelle ausgeben
  --help         diese Hilfe zeigen
</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli [--database PATH] library search TEXT... [--hidden] [--json]

Finds exercises whose name, summary, cues or muscles contain every word of TEXT (each word
matches the start of a word, so &quot;clam ban&quot; finds &quot;Clamshell with band&quot;); best match first.

Options:
  --hidden  include exercises hidden from lists and plans
  --json    print the exercises in the library format instead of a table
  --help    show this help
</source>
        <translation>Aufruf: glidepath-cli [--database PFAD] library search TEXT... [--hidden] [--json]

Findet Übungen, deren Name, Kurzbeschreibung, Hinweise oder Muskeln jedes Wort von TEXT enthalten
(jedes Wort passt auf den Anfang eines Wortes, so findet &quot;clam ban&quot; &quot;Clamshell with band&quot;);
beste Treffer zuerst. Gesucht wird in den englischen Namen der Bibliothek.

Optionen:
  --hidden  auch Übungen, die in Listen und Plänen ausgeblendet sind
  --json    die Übungen im Bibliotheksformat statt als Tabelle ausgeben
  --help    diese Hilfe zeigen
</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli [--database PATH] library show ID [--json]

Shows every detail of the exercise with the given id.

Options:
  --json  print the exercise in the library format
  --help  show this help
</source>
        <translation>Aufruf: glidepath-cli [--database PFAD] library show ID [--json]

Zeigt alle Angaben zu der Übung mit dieser ID.

Optionen:
  --json  die Übung im Bibliotheksformat ausgeben
  --help  diese Hilfe zeigen
</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli [--database PATH] library import FILE [--on-clash skip|replace]

Adds the exercises of a library file (format: docs/formats.md) as custom exercises. The whole
file is checked first; if anything is wrong, every problem is listed and nothing is imported.

Options:
  --on-clash skip     keep the exercise already in the library when an id is taken
  --on-clash replace  overwrite the custom exercise already in the library
                      (built-in exercises cannot be replaced)
  --help              show this help
Without --on-clash, an id that is already taken stops the import.
</source>
        <translation>Aufruf: glidepath-cli [--database PFAD] library import DATEI [--on-clash skip|replace]

Fügt die Übungen einer Bibliotheksdatei (Format: docs/formats.md) als eigene Übungen hinzu. Die
ganze Datei wird zuerst geprüft; ist etwas falsch, wird jedes Problem aufgelistet und nichts
importiert.

Optionen:
  --on-clash skip     die Übung in der Bibliothek behalten, wenn eine ID schon vergeben ist
  --on-clash replace  die eigene Übung in der Bibliothek überschreiben
                      (eingebaute Übungen können nicht ersetzt werden)
  --help              diese Hilfe zeigen
Ohne --on-clash hält eine schon vergebene ID den Import auf.
</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli [--database PATH] library export FILE [--all]

Writes the custom exercises (hidden ones too) to FILE in the library format, ready to import
elsewhere.

Options:
  --all   include the built-in exercises as well
  --help  show this help
</source>
        <translation>Aufruf: glidepath-cli [--database PFAD] library export DATEI [--all]

Schreibt die eigenen Übungen (auch ausgeblendete) im Bibliotheksformat nach DATEI, bereit zum
Import an anderer Stelle.

Optionen:
  --all   auch die eingebauten Übungen
  --help  diese Hilfe zeigen
</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli [--database PATH] library draw ID OUT.svg|OUT.png [--size PX]

Draws the start and end position of the exercise with the given id, with its equipment, the
same picture the handout and the app show. The file&apos;s ending picks the format: .svg for a
vector drawing, .png for an image. An exercise without its own picture gets the figure of its
starting position.

Options:
  --size PX  the width in pixels, 32 to 4096 (default 640); the height follows the drawing
  --help     show this help
</source>
        <translation>Aufruf: glidepath-cli [--database PFAD] library draw ID AUS.svg|AUS.png [--size PX]

Zeichnet Start- und Endposition der Übung mit dieser ID samt Geräten - dasselbe Bild wie im
Handout und in der App. Die Dateiendung bestimmt das Format: .svg für eine Vektorzeichnung, .png
für ein Bild. Eine Übung ohne eigenes Bild bekommt die Figur ihrer Ausgangsposition.

Optionen:
  --size PX  die Breite in Pixeln, 32 bis 4096 (Vorgabe 640); die Höhe ergibt sich aus der
             Zeichnung
  --help     diese Hilfe zeigen
</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;</source>
        <translation>%1 muss eines von %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>--phase must be 1, 2, 3 or 4, not &quot;%1&quot;</source>
        <translation>--phase muss 1, 2, 3 oder 4 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 Übungen</translation>
    </message>
    <message>
        <source>No exercises match these filters.</source>
        <translation>Keine Übung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No exercises match &quot;%1&quot;.</source>
        <translation>Keine Übung passt zu „%1“.</translation>
    </message>
    <message>
        <source>no exercise has the id &quot;%1&quot;</source>
        <translation>keine Übung hat die ID „%1“</translation>
    </message>
    <message>
        <source>; &quot;glidepath-cli library search WORDS&quot; finds exercises by name</source>
        <translation>; &quot;glidepath-cli library search WÖRTER&quot; findet Übungen nach Namen</translation>
    </message>
    <message>
        <source>Exported 1 exercise to %1.</source>
        <translation>1 Übung nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 exercises to %2.</source>
        <translation>%1 Übungen nach %2 exportiert.</translation>
    </message>
    <message>
        <source> The library has no custom exercises; --all includes the built-in ones.</source>
        <translation> Die Bibliothek hat keine eigenen Übungen; --all nimmt die eingebauten mit.</translation>
    </message>
    <message>
        <source>no exercise has the id &quot;%1&quot; (&quot;glidepath-cli library list&quot; shows the ids)</source>
        <translation>keine Übung hat die ID „%1“ (&quot;glidepath-cli library list&quot; zeigt die IDs)</translation>
    </message>
    <message>
        <source>the TEXT to search for</source>
        <translation>der zu suchende TEXT</translation>
    </message>
    <message>
        <source>the ID of the exercise to show</source>
        <translation>die ID der Übung, die gezeigt werden soll</translation>
    </message>
    <message>
        <source>the FILE to import</source>
        <translation>die zu importierende DATEI</translation>
    </message>
    <message>
        <source>the ID of the exercise and the OUT.svg or OUT.png file</source>
        <translation>die ID der Übung und die Datei AUS.svg oder AUS.png</translation>
    </message>
    <message>
        <source>the FILE to write</source>
        <translation>die zu schreibende DATEI</translation>
    </message>
    <message>
        <source>missing subcommand</source>
        <translation>Unterbefehl fehlt</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>there is no database at %1
  (check the path, or add --create to start a new database there)</source>
        <translation>unter %1 gibt es keine Datenbank
  (prüfen Sie den Pfad, oder fügen Sie --create hinzu, um dort eine neue Datenbank anzulegen)</translation>
    </message>
    <message>
        <source>the built-in exercise library of this build is damaged:</source>
        <translation>die eingebaute Übungsbibliothek dieses Programms ist beschädigt:</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli [--database PATH] db check

Runs SQLite&apos;s integrity and foreign-key checks on the database, and shows the schema version and
how many exercises and clients it holds. Works while Glidepath has the database open. Exits with
1 when the file is missing, is not a Glidepath database, comes from a newer Glidepath, or has
problems.

Options:
  --help  show this help
</source>
        <translation>Aufruf: glidepath-cli [--database PFAD] db check

Führt die Integritäts- und Fremdschlüsselprüfungen von SQLite auf der Datenbank aus und zeigt die
Schemaversion und wie viele Übungen und Klienten sie enthält. Funktioniert, während Glidepath die
Datenbank geöffnet hat. Endet mit 1, wenn die Datei fehlt, keine Glidepath-Datenbank ist, von
einem neueren Glidepath stammt oder Probleme hat.

Optionen:
  --help  diese Hilfe zeigen
</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli [--database PATH] db backup FILE [--replace]

Writes a complete, consistent copy of the database to FILE (readable only by you), including
changes Glidepath has not yet written into the main file: copying the .db file by hand can miss
them. Works while Glidepath has the database open. The copy is checked before it is kept.

Options:
  --replace  overwrite FILE if it exists (it is replaced only once the new copy is complete)
  --help     show this help
</source>
        <translation>Aufruf: glidepath-cli [--database PFAD] db backup DATEI [--replace]

Schreibt eine vollständige, in sich stimmige Kopie der Datenbank nach DATEI (nur für Sie lesbar),
mit den Änderungen, die Glidepath noch nicht in die Hauptdatei geschrieben hat: Beim Kopieren der
.db-Datei von Hand können sie fehlen. Funktioniert, während Glidepath die Datenbank geöffnet hat.
Die Kopie wird geprüft, bevor sie behalten wird.

Optionen:
  --replace  DATEI überschreiben, wenn es sie gibt (erst wenn die neue Kopie vollständig ist)
  --help     diese Hilfe zeigen
</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli [--database PATH] db restore FILE

Replaces everything in the database with the content of the backup FILE (made by &quot;db backup&quot;,
File &gt; Back Up Database..., or one of the automatic backups listed by &quot;db backups&quot;). The backup
is checked first, and the current content is itself backed up before it is replaced. Glidepath
must not have the database open.

Options:
  --help  show this help
</source>
        <translation>Aufruf: glidepath-cli [--database PFAD] db restore DATEI

Ersetzt den ganzen Inhalt der Datenbank durch den Inhalt der Sicherung DATEI (erstellt mit
&quot;db backup&quot;, Datei &gt; Datenbank sichern ... oder eine der automatischen Sicherungen, die
&quot;db backups&quot; auflistet). Die Sicherung wird zuerst geprüft, und der jetzige Inhalt wird selbst
gesichert, bevor er ersetzt wird. Glidepath darf die Datenbank dabei nicht geöffnet haben.

Optionen:
  --help  diese Hilfe zeigen
</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli [--database PATH] db backups

Lists the automatic backups kept in the &quot;backups&quot; folder beside the database, newest first:
one a day (the last 7 days Glidepath was used), one before each upgrade of the database to a
newer version, and one before each restore.

Options:
  --help  show this help
</source>
        <translation>Aufruf: glidepath-cli [--database PFAD] db backups

Listet die automatischen Sicherungen im Ordner &quot;backups&quot; neben der Datenbank auf, die neueste
zuerst: eine pro Tag (die letzten 7 Tage, an denen Glidepath benutzt wurde), eine vor jeder
Aktualisierung der Datenbank auf eine neuere Version und eine vor jeder Wiederherstellung.

Optionen:
  --help  diese Hilfe zeigen
</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>keine Datenbank unter %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>%1 (current is %2)</source>
        <translation>%1 (aktuell ist %2)</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>%1 failed the integrity check; keep a copy of the file before changing it</source>
        <translation>%1 hat die Integritätsprüfung nicht bestanden; behalten Sie eine Kopie der Datei, bevor Sie sie ändern</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>%1 (%2 built-in, %3 custom, %4 hidden)</source>
        <translation>%1 (%2 eingebaut, %3 eigene, %4 ausgeblendet)</translation>
    </message>
    <message>
        <source>Built-in library</source>
        <translation>Eingebaute Bibliothek</translation>
    </message>
    <message>
        <source>version %1 (current)</source>
        <translation>Version %1 (aktuell)</translation>
    </message>
    <message>
        <source>version %1 (this program ships version %2; Glidepath or an import updates it)</source>
        <translation>Version %1 (dieses Programm bringt Version %2 mit; Glidepath oder ein Import aktualisiert sie)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>the schema is version %1, expected %2</source>
        <translation>das Schema hat Version %1, erwartet wurde %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or add --replace to overwrite it</source>
        <translation>%1 gibt es schon; wählen Sie einen anderen Namen oder fügen Sie --replace hinzu, um die Datei zu überschreiben</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes, checked).</source>
        <translation>%1 nach %2 gesichert (%3 Bytes, geprüft).</translation>
    </message>
    <message>
        <source>there is no backup at %1</source>
        <translation>unter %1 gibt es keine Sicherung</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The content it replaced was backed up to %3.</source>
        <translation>%1 aus %2 wiederhergestellt. Der ersetzte Inhalt wurde in %3 gesichert.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>vor Aktualisierung</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>vor Wiederherstellung</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>No automatic backups of %1 yet (they are kept in %2).</source>
        <translation>Noch keine automatischen Sicherungen von %1 (sie werden in %2 abgelegt).</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli [--database PATH] db SUBCOMMAND

Subcommands:
  check     check the database and show what it holds
  backup    write a complete copy of the database to a file
  restore   replace the database&apos;s content with a backup
  backups   list the automatic backups kept beside the database
  copy      copy a whole practice between a database file and a clinic server

Run &quot;glidepath-cli db SUBCOMMAND --help&quot; for details.
</source>
        <translation>Aufruf: glidepath-cli [--database PFAD] db UNTERBEFEHL

Unterbefehle:
  check     die Datenbank prüfen und zeigen, was sie enthält
  backup    eine vollständige Kopie der Datenbank in eine Datei schreiben
  restore   den Inhalt der Datenbank durch eine Sicherung ersetzen
  backups   die automatischen Sicherungen neben der Datenbank auflisten
  copy      eine ganze Praxis zwischen einer Datenbankdatei und einem Praxisserver
            kopieren

&quot;glidepath-cli db UNTERBEFEHL --help&quot; zeigt Einzelheiten.
</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli db copy --from SOURCE --to TARGET

Copies a whole practice database - the exercise library, every client with their check-ins,
plans, session logs, PSFS and reviews, and the plan templates - from SOURCE to TARGET, keeping
every id. Each is a database file or a clinic server&apos;s address:
  postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full
TARGET must hold no data: a missing file is made, and a server database without Glidepath&apos;s
tables gets them. Everything is written in one transaction, and each table&apos;s rows are counted
on both sides before it is kept; on any problem nothing is copied. The password for a server
comes from ~/.pgpass (or the file PGPASSFILE names), never from the address. SOURCE may be in
use while it is copied. See docs/clinic-server.md.

Options:
  --from SOURCE  the database to copy: a file, or a postgresql:// address
  --to TARGET    where to copy it: a new or empty file, or an empty server database
  --help         show this help
</source>
        <translation>Aufruf: glidepath-cli db copy --from QUELLE --to ZIEL

Kopiert eine ganze Praxisdatenbank - die Übungsbibliothek, alle Klientinnen und Klienten mit
ihren Check-ins, Plänen, Einheitsprotokollen, PSFS und Überprüfungen sowie die Planvorlagen - von
QUELLE nach ZIEL; alle Nummern bleiben erhalten. Beides ist eine Datenbankdatei oder die
Adresse eines Praxisservers:
  postgresql://BENUTZER@HOST:PORT/DATENBANK?sslmode=verify-full
ZIEL darf keine Daten enthalten: Eine fehlende Datei wird angelegt, und eine Serverdatenbank
ohne Glidepaths Tabellen bekommt sie. Alles wird in einer Transaktion geschrieben, und die
Zeilen jeder Tabelle werden auf beiden Seiten gezählt, bevor sie bleiben; bei jedem Problem
wird nichts kopiert. Das Passwort für einen Server kommt aus ~/.pgpass (oder der Datei, die
PGPASSFILE nennt), nie aus der Adresse. QUELLE darf beim Kopieren in Gebrauch sein. Siehe
docs/clinic-server.md.

Optionen:
  --from QUELLE  die zu kopierende Datenbank: eine Datei oder eine postgresql://-Adresse
  --to ZIEL      wohin kopiert wird: eine neue oder leere Datei oder eine leere
                 Serverdatenbank
  --help         diese Hilfe zeigen
</translation>
    </message>
    <message>
        <source>--size must be a whole number of pixels from %1 to %2, not &quot;%3&quot;</source>
        <translation>--size muss eine ganze Zahl von Pixeln von %1 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>the output file must end in .svg or .png, not &quot;%1&quot;</source>
        <translation>die Ausgabedatei muss auf .svg oder .png enden, nicht „%1“</translation>
    </message>
    <message>
        <source>Drew %1 (%2) to %3, %4 × %5 px.</source>
        <translation>%1 (%2) gezeichnet in %3, %4 × %5 px.</translation>
    </message>
    <message>
        <source>--on-clash must be skip or replace, not &quot;%1&quot;</source>
        <translation>--on-clash muss skip oder replace sein, nicht „%1“</translation>
    </message>
    <message>
        <source>1 problem; nothing was imported</source>
        <translation>1 Problem; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1 problems; nothing was imported</source>
        <translation>%1 Probleme; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>1 exercise has an id already in the library: %1</source>
        <translation>1 Übung hat eine ID, die es in der Bibliothek schon gibt: %1</translation>
    </message>
    <message>
        <source>%1 exercises have ids already in the library: %2</source>
        <translation>%1 Übungen haben IDs, die es in der Bibliothek schon gibt: %2</translation>
    </message>
    <message>
        <source>Nothing was imported. Run again with --on-clash skip to keep the exercises
already in the library, or with --on-clash replace to overwrite them.</source>
        <translation>Es wurde nichts importiert. Rufen Sie den Befehl noch einmal mit --on-clash skip auf, um die
Übungen in der Bibliothek zu behalten, oder mit --on-clash replace, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>built-in exercises cannot be replaced: %1</source>
        <translation>eingebaute Übungen können nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>Nothing was imported. Give your versions new ids, or use --on-clash skip to keep the built-in ones.</source>
        <translation>Es wurde nichts importiert. Geben Sie Ihren Fassungen neue IDs, oder behalten Sie mit --on-clash skip die eingebauten Übungen.</translation>
    </message>
    <message>
        <source>the database could not be written: %1</source>
        <translation>die Datenbank konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 replaced, %4 skipped.</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 ersetzt, %4 übersprungen.</translation>
    </message>
    <message>
        <source>%1 is a clinic server, which keeps no database file to check, back up or restore: back it up with PostgreSQL&apos;s pg_dump and restore it with pg_restore (see the clinic server guide), or copy it into a file with &quot;glidepath-cli db copy&quot;. Nothing was opened or changed.</source>
        <translation>%1 ist ein Praxisserver und hat keine Datenbankdatei, die geprüft, gesichert oder wiederhergestellt werden könnte: Sichern Sie ihn mit pg_dump von PostgreSQL und stellen Sie ihn mit pg_restore wieder her (siehe die Anleitung zum Praxisserver), oder kopieren Sie ihn mit „glidepath-cli db copy“ in eine Datei. Es wurde nichts geöffnet oder geändert.</translation>
    </message>
    <message>
        <source>this is not a Glidepath database; it was left as it was</source>
        <translation>das ist keine Glidepath-Datenbank; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>this database was saved by a newer version of Glidepath; it was not changed. Update Glidepath to open it</source>
        <translation>diese Datenbank wurde von einer neueren Glidepath-Version gespeichert und nicht verändert. Aktualisieren Sie Glidepath, um sie zu öffnen</translation>
    </message>
    <message>
        <source>another Glidepath program has this database open for writing; close it there first, or try again in a moment</source>
        <translation>ein anderes Glidepath-Programm hat diese Datenbank zum Schreiben geöffnet; schließen Sie sie dort zuerst oder versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>the database or its folder cannot be written (read-only); nothing was changed</source>
        <translation>die Datenbank oder ihr Ordner ist schreibgeschützt; nichts wurde verändert</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved</source>
        <translation>der Datenträger ist voll; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the database is damaged and cannot be read; it was not changed</source>
        <translation>die Datenbank ist beschädigt und kann nicht gelesen werden; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>this needs a database file, not a clinic server; nothing was changed</source>
        <translation>dafür ist eine Datenbankdatei nötig, kein Praxisserver; nichts wurde verändert</translation>
    </message>
    <message>
        <source>Usage: glidepath-cli plan --request FILE [--library FILE] [--format json|text]
                         [--pdf OUT.pdf] [--large-print] [--paper a4|letter] [--summary]
                         [--per-row 1|2] [--no-log] [--clinician-block on|off]
       glidepath-cli plan --requests FILE.jsonl [--library FILE]
       glidepath-cli [--database PATH] plan --client ID|NAME [--new [--save]]
                         [--week YYYY-MM-DD] [--format json|text] [--pdf OUT.pdf]
                         [--large-print] [--paper a4|letter] [--summary] [--per-row 1|2]
                         [--no-log] [--clinician-block on|off]

With --request: makes one week&apos;s plan from a plan request - the client&apos;s profile, screening
answers, check-ins and last plan (see docs/formats.md, &quot;Plan request and plan&quot;). The same request
always gives the same plan. No database is needed.
With --requests: plans many requests at once. FILE.jsonl holds one request per line (JSON Lines;
&quot;-&quot; reads standard input); each plan is printed as JSON on one line, in the order of the
requests. A line that is not a valid request is reported on standard error with its line number
and field, gets no plan, and does not stop the others; the exit status is then 1. Blank lines are
skipped.
With --client: shows a plan saved in the database for that client (the latest, or the newest
version for --week). With --client and --new: plans the client&apos;s week from what the database
holds - profile, screening, check-ins, logged sessions, the last saved plan and clinician
reviews - the same way the app&apos;s Plan next week does, for the week of --week (default: next
Monday). The new plan is printed, not saved. With --save as well, it is saved as the week&apos;s next
version, as the app&apos;s Save plan does, and the version number is printed (with --format json on
standard error, after the plan). Nothing is saved when the screening questions are not all
answered, or when the database may only be read. When a red flag stands there is no exercise
plan: the referral advice is saved instead, as in the app.

Options:
  --request FILE      the plan request (JSON)
  --requests FILE     many plan requests, one JSON object per line
  --client ID|NAME    a client in the database, by number or by full name
  --new               with --client: make a new plan from the saved data instead of showing one
  --save              with --new: save the new plan as the week&apos;s next version
  --week YYYY-MM-DD   with --client: the Monday of the week to show (or with --new, to plan)
  --library FILE      with --request(s): plan from this exercise library, not the built-in one
  --format json|text  how to print the plan (default: text)
  --pdf OUT.pdf       also write the printable handout to OUT.pdf (no display needed)
  --summary           with --pdf: write the clinician summary instead of the home routine
  --large-print       larger text in the handout (body 16 pt)
  --paper a4|letter   handout paper size (default: a4)
  --per-row 1|2       exercises side by side in the home routine (default: 2; large print
                      always uses 1)
  --no-log            leave the tick-box log out of the home routine
  --clinician-block on|off
                      print the clinician&apos;s contact block on the cover (default: on; it is
                      printed only when there is something in it: --clinician, --practice,
                      --phone, --email, --note, --next-appointment)
  --clinician NAME    --practice NAME  --phone NUMBER  --email ADDRESS  --note TEXT
  --next-appointment YYYY-MM-DD[ HH:MM]
                      the clinician block&apos;s contents
  --help              show this help
</source>
        <translation>Aufruf: glidepath-cli plan --request DATEI [--library DATEI] [--format json|text]
                         [--pdf AUS.pdf] [--large-print] [--paper a4|letter] [--summary]
                         [--per-row 1|2] [--no-log] [--clinician-block on|off]
        glidepath-cli plan --requests DATEI.jsonl [--library DATEI]
        glidepath-cli [--database PFAD] plan --client NR|NAME [--new [--save]]
                         [--week JJJJ-MM-TT] [--format json|text] [--pdf AUS.pdf]
                         [--large-print] [--paper a4|letter] [--summary] [--per-row 1|2]
                         [--no-log] [--clinician-block on|off]

Mit --request: erstellt den Plan einer Woche aus einer Planungsanfrage - Profil, Antworten der
Warnzeichen-Abfrage, Rückmeldungen und letzter Plan des Klienten (siehe docs/formats.md,
&quot;Plan request and plan&quot;). Dieselbe Anfrage ergibt immer denselben Plan. Es wird keine Datenbank
gebraucht.
Mit --requests: plant viele Anfragen auf einmal. DATEI.jsonl enthält eine Anfrage pro Zeile (JSON
Lines; &quot;-&quot; liest die Standardeingabe); jeder Plan wird als JSON in einer Zeile ausgegeben, in der
Reihenfolge der Anfragen. Eine Zeile, die keine gültige Anfrage ist, wird mit Zeilennummer und
Feld auf der Standardfehlerausgabe gemeldet, bekommt keinen Plan und hält die anderen nicht auf;
der Rückgabewert ist dann 1. Leere Zeilen werden übersprungen.
Mit --client: zeigt einen in der Datenbank gespeicherten Plan dieses Klienten (den neuesten, oder
die neueste Fassung für --week). Mit --client und --new: plant die Woche des Klienten aus dem, was
die Datenbank enthält - Profil, Warnzeichen-Abfrage, Rückmeldungen, protokollierte Einheiten,
der letzte gespeicherte Plan und fachliche Überprüfungen - genauso wie „Nächste Woche planen“ in
der App, für die Woche von --week (Vorgabe: nächster Montag). Der neue Plan wird ausgegeben, nicht
gespeichert. Mit --save dazu wird er als nächste Version der Woche gespeichert, wie es
„Plan speichern“ in der App tut, und die Versionsnummer wird ausgegeben (mit --format json
auf der Standardfehlerausgabe, nach dem Plan). Nichts wird gespeichert, solange nicht alle
Warnzeichen-Fragen beantwortet sind oder die Datenbank nur gelesen werden darf. Besteht ein
Warnzeichen, gibt es keinen Übungsplan: Dann wird wie in der App der Rat zur ärztlichen
Abklärung gespeichert.

Optionen:
  --request DATEI     die Planungsanfrage (JSON)
  --requests DATEI    viele Planungsanfragen, ein JSON-Objekt pro Zeile
  --client NR|NAME    ein Klient in der Datenbank, nach Nummer oder vollem Namen
  --new               mit --client: einen neuen Plan aus den gespeicherten Daten erstellen,
                      statt einen gespeicherten zu zeigen
  --save              mit --new: den neuen Plan als nächste Version der Woche speichern
  --week JJJJ-MM-TT   mit --client: der Montag der Woche, die gezeigt (mit --new: geplant) wird
  --library DATEI     mit --request(s): mit dieser Übungsbibliothek planen, nicht mit der
                      eingebauten
  --format json|text  wie der Plan ausgegeben wird (Vorgabe: text)
  --pdf AUS.pdf       zusätzlich das Handout zum Ausdrucken nach AUS.pdf schreiben (ohne Bildschirm)
  --summary           mit --pdf: die Zusammenfassung für Fachpersonal statt des Übungsplans für
                      zu Hause schreiben
  --large-print       größere Schrift im Handout (Fließtext 16 pt)
  --paper a4|letter   Papierformat des Handouts (Vorgabe: a4)
  --per-row 1|2       Übungen nebeneinander im Übungsplan für zu Hause (Vorgabe: 2; Großdruck
                      immer 1)
  --no-log            das Protokoll zum Abhaken im Übungsplan weglassen
  --clinician-block on|off
                      den Kontaktblock der Fachperson auf das Deckblatt drucken (Vorgabe: on; er
                      wird nur gedruckt, wenn etwas darin steht: --clinician, --practice,
                      --phone, --email, --note, --next-appointment)
  --clinician NAME    --practice NAME  --phone NUMMER  --email ADRESSE  --note TEXT
  --next-appointment JJJJ-MM-TT[ HH:MM]
                      der Inhalt des Kontaktblocks
  --help              diese Hilfe zeigen
</translation>
    </message>
    <message>
        <source>--save goes with --client and --new: it saves a new plan, never a shown one</source>
        <translation>--save gehört zu --client und --new: Es speichert einen neuen Plan, nie einen angezeigten</translation>
    </message>
    <message>
        <source>nothing was saved: a plan is made only once every red-flag screening question is answered yes or no, and %1 has not answered: %2 Answer them on the client&apos;s profile in Glidepath first.</source>
        <translation>nichts gespeichert: Ein Plan wird erst erstellt, wenn jede Warnzeichen-Frage der Abfrage mit Ja oder Nein beantwortet ist, und %1 hat noch nicht beantwortet: %2 Beantworten Sie diese Fragen zuerst im Profil der Person in Glidepath.</translation>
    </message>
    <message>
        <source>No exercise plan was saved: a red flag needs a doctor or physiotherapist to check %1 first. The referral advice for the week of %2 is kept on record as version %3.</source>
        <translation>Es wurde kein Übungsplan gespeichert: Wegen eines Warnzeichens muss zuerst eine Ärztin/ein Arzt oder Physiotherapeut/in %1 untersuchen. Der Rat zur ärztlichen Abklärung für die Woche vom %2 ist als Version %3 festgehalten.</translation>
    </message>
    <message>
        <source>Saved the plan for %1 for the week of %2 as version %3.</source>
        <translation>Plan von %1 für die Woche vom %2 als Version %3 gespeichert.</translation>
    </message>
    <message>
        <source>the plan was not saved: %1</source>
        <translation>der Plan wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>nothing was saved: %1 may only be read with this login (it may look at records but not change them). Ask the clinic&apos;s administrator for a login that may save plans.</source>
        <translation>nichts gespeichert: %1 darf mit dieser Anmeldung nur gelesen werden (Einträge ansehen, aber nicht ändern). Bitten Sie die Administration der Praxis um eine Anmeldung, die Pläne speichern darf.</translation>
    </message>
    <message>
        <source>, %1 s moving each</source>
        <translation>, je %1 s in Bewegung</translation>
    </message>
    <message>
        <source>%1 s moving</source>
        <translation>%1 s in Bewegung</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use en or %2)</source>
        <translation>unbekannte Sprache „%1“ (en oder %2 verwenden)</translation>
    </message>
    <message>
        <source>the database file cannot be created, read or written (check the folder, its permissions and the free space)</source>
        <translation>die Datenbankdatei lässt sich nicht anlegen, lesen oder schreiben (prüfen Sie den Ordner, seine Rechte und den freien Speicherplatz)</translation>
    </message>
    <message>
        <source>the backup FILE</source>
        <translation>die Sicherungsdatei (DATEI)</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no handout was written: %1</source>
        <translation>es wurde kein Handout geschrieben: %1</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for more.</source>
        <translation>Geben Sie &apos;%1 --help&apos; ein, um mehr zu erfahren.</translation>
    </message>
</context>
<context>
    <name>ClientAttentionText</name>
    <message>
        <source>Red flag</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Kontrolle überfällig</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Kontrolle fällig</translation>
    </message>
    <message>
        <source>No recent check-in</source>
        <translation>Keine aktuelle Rückmeldung</translation>
    </message>
    <message>
        <source>No check-in yet</source>
        <translation>Noch keine Rückmeldung</translation>
    </message>
    <message>
        <source>Red flag answered yes; the referral is not resolved:</source>
        <translation>Warnzeichen mit Ja beantwortet; die Überweisung ist nicht geklärt:</translation>
    </message>
    <message>
        <source>Review overdue: it was due on %1.</source>
        <translation>Kontrolle überfällig: Sie war am %1 fällig.</translation>
    </message>
    <message>
        <source>Review due today.</source>
        <translation>Kontrolle heute fällig.</translation>
    </message>
    <message>
        <source>No check-in for two weeks or more: the last was on %1.</source>
        <translation>Seit zwei Wochen oder länger keine Rückmeldung: Die letzte war am %1.</translation>
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation>Noch keine Rückmeldung.</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Nichts fällig.</translation>
    </message>
    <message>
        <source>No review date: none is set in the profile and there is no saved plan.</source>
        <translation>Kein Kontrolltermin: Im Profil ist keiner eingetragen, und es gibt keinen gespeicherten Plan.</translation>
    </message>
    <message>
        <source>Next review %1: the day after the current plan&apos;s week (no date set in the profile).</source>
        <translation>Nächste Kontrolle am %1: der Tag nach der Woche des aktuellen Plans (im Profil ist kein Datum eingetragen).</translation>
    </message>
    <message>
        <source>Next review %1, set in the profile.</source>
        <translation>Nächste Kontrolle am %1, im Profil eingetragen.</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>It stays stopped until a clinician has reviewed the answers — a review recorded with who reviewed and when — and the red-flag answers no longer say yes.</source>
        <translation>Es bleibt gestoppt, bis eine Fachperson die Antworten geprüft hat – eine Prüfung, die festhält, wer geprüft hat und wann – und keine Warnzeichen-Frage mehr mit Ja beantwortet ist.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Equipment at home</source>
        <translation>Geräte zu Hause</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Minutes per session</source>
        <translation>Minuten pro Einheit</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Pain at rest</source>
        <translation>Schmerz in Ruhe</translation>
    </message>
    <message>
        <source>Pain during activity</source>
        <translation>Schmerz bei Aktivität</translation>
    </message>
    <message>
        <source>Pain during exercise</source>
        <translation>Schmerz beim Üben</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Erledigte Einheiten</translation>
    </message>
    <message>
        <source>Exercises that hurt</source>
        <translation>Übungen mit Schmerzen</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Session pain</source>
        <translation>Schmerz in der Einheit</translation>
    </message>
    <message>
        <source>Exercise id</source>
        <translation>Übungs-ID</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sets done</source>
        <translation>Erledigte Sätze</translation>
    </message>
    <message>
        <source>Sets planned</source>
        <translation>Geplante Sätze</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Schmerz dabei</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Worse next morning</source>
        <translation>Am nächsten Morgen schlechter</translation>
    </message>
    <message>
        <source>Rest pain</source>
        <translation>Schmerz in Ruhe</translation>
    </message>
    <message>
        <source>Activity pain</source>
        <translation>Schmerz im Alltag</translation>
    </message>
    <message>
        <source>Exercise pain</source>
        <translation>Schmerz beim Üben</translation>
    </message>
    <message>
        <source>Next morning</source>
        <translation>Am nächsten Morgen</translation>
    </message>
    <message>
        <source>Night pain</source>
        <translation>Schmerz nachts</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Einheiten erledigt</translation>
    </message>
    <message>
        <source>Painful exercises</source>
        <translation>Schmerzhafte Übungen</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnzeichen</translation>
    </message>
</context>
<context>
    <name>ExerciseIssueText</name>
    <message>
        <source>Give the exercise an id.</source>
        <translation>Geben Sie der Übung eine ID.</translation>
    </message>
    <message>
        <source>Use 2–64 lowercase letters, digits and single hyphens, like “wall-sit”.</source>
        <translation>Verwenden Sie 2–64 Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. „wall-sit“.</translation>
    </message>
    <message>
        <source>Give the exercise a name.</source>
        <translation>Geben Sie der Übung einen Namen.</translation>
    </message>
    <message>
        <source>Keep the name to 80 characters or fewer (now %1).</source>
        <translation>Der Name darf höchstens 80 Zeichen lang sein (jetzt %1).</translation>
    </message>
    <message>
        <source>Write one sentence on what the exercise is for.</source>
        <translation>Schreiben Sie einen Satz dazu, wofür die Übung gut ist.</translation>
    </message>
    <message>
        <source>Keep the summary to 300 characters or fewer (now %1).</source>
        <translation>Die Kurzbeschreibung darf höchstens 300 Zeichen lang sein (jetzt %1).</translation>
    </message>
    <message>
        <source>Write at least two steps.</source>
        <translation>Schreiben Sie mindestens zwei Schritte.</translation>
    </message>
    <message>
        <source>Use at most 20 steps.</source>
        <translation>Verwenden Sie höchstens 20 Schritte.</translation>
    </message>
    <message>
        <source>Step %1 is empty: write it or remove it.</source>
        <translation>Schritt %1 ist leer: Füllen Sie ihn aus oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Step %1 is too long: keep each step to 400 characters.</source>
        <translation>Schritt %1 ist zu lang: Jeder Schritt darf höchstens 400 Zeichen haben.</translation>
    </message>
    <message>
        <source>Write at least two short cues.</source>
        <translation>Schreiben Sie mindestens zwei kurze Hinweise.</translation>
    </message>
    <message>
        <source>Use at most 10 cues.</source>
        <translation>Verwenden Sie höchstens 10 Hinweise.</translation>
    </message>
    <message>
        <source>Cue %1 is empty: write it or remove it.</source>
        <translation>Hinweis %1 ist leer: Füllen Sie ihn aus oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Cue %1 is too long: keep cues to 120 characters.</source>
        <translation>Hinweis %1 ist zu lang: Hinweise dürfen höchstens 120 Zeichen haben.</translation>
    </message>
    <message>
        <source>The last phase (%1) comes before the first (%2).</source>
        <translation>Die letzte Phase (%1) liegt vor der ersten (%2).</translation>
    </message>
    <message>
        <source>Landing exercises start in phase 3 or later.</source>
        <translation>Landeübungen beginnen frühestens in Phase 3.</translation>
    </message>
    <message>
        <source>High-impact exercises start in phase 4.</source>
        <translation>Übungen mit hoher Stoßbelastung beginnen in Phase 4.</translation>
    </message>
    <message>
        <source>Tick at least one region.</source>
        <translation>Wählen Sie mindestens eine Körperregion.</translation>
    </message>
    <message>
        <source>Choose the main muscle this exercise works.</source>
        <translation>Wählen Sie den Hauptmuskel dieser Übung.</translation>
    </message>
    <message>
        <source>Set repetitions, a hold time, or both.</source>
        <translation>Legen Sie Wiederholungen, eine Haltezeit oder beides fest.</translation>
    </message>
    <message>
        <source>Write the tempo as lift-pause-lower seconds, like 2-1-3 (each 0–10), or leave it empty.</source>
        <translation>Schreiben Sie das Tempo als Heben-Pause-Senken in Sekunden, z. B. 2-1-3 (jeweils 0–10), oder lassen Sie es leer.</translation>
    </message>
    <message>
        <source>%1: the minimum (%2) is above the maximum (%3).</source>
        <translation>%1: Das Minimum (%2) liegt über dem Maximum (%3).</translation>
    </message>
    <message>
        <source>%1: the dose (%2) is below the minimum (%3).</source>
        <translation>%1: Die Dosis (%2) liegt unter dem Minimum (%3).</translation>
    </message>
    <message>
        <source>%1: the dose (%2) is above the maximum (%3).</source>
        <translation>%1: Die Dosis (%2) liegt über dem Maximum (%3).</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>A load with “%1” needs “%1” ticked under Equipment.</source>
        <translation>Für eine Last mit „%1“ kreuzen Sie „%1“ unter Geräte an.</translation>
    </message>
    <message>
        <source>A kneeling position needs the “%1” precaution.</source>
        <translation>Eine kniende Position braucht den Warnhinweis „%1“.</translation>
    </message>
    <message>
        <source>A high knee bend needs the “%1” precaution.</source>
        <translation>Eine starke Kniebeugung braucht den Warnhinweis „%1“.</translation>
    </message>
    <message>
        <source>An exercise with impact needs the “%1” precaution.</source>
        <translation>Eine Übung mit Stoßbelastung braucht den Warnhinweis „%1“.</translation>
    </message>
    <message>
        <source>The same exercise cannot be both easier and harder.</source>
        <translation>Dieselbe Übung kann nicht zugleich leichter und schwerer sein.</translation>
    </message>
    <message>
        <source>An exercise cannot be its own easier neighbour.</source>
        <translation>Eine Übung kann nicht ihre eigene leichtere Stufe sein.</translation>
    </message>
    <message>
        <source>An exercise cannot be its own harder neighbour.</source>
        <translation>Eine Übung kann nicht ihre eigene schwerere Stufe sein.</translation>
    </message>
    <message>
        <source>The starting load (%1) is heavier than the heaviest load (%2).</source>
        <translation>Die Anfangslast (%1) ist schwerer als die höchste Last (%2).</translation>
    </message>
    <message>
        <source>Choose the heaviest load, up to %1.</source>
        <translation>Wählen Sie die höchste Last (bis %1).</translation>
    </message>
</context>
<context>
    <name>FormSave</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Inzwischen von jemand anderem gespeichert</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Deren Fassung laden</translation>
    </message>
    <message>
        <source>Keep mine as a new version</source>
        <translation>Meine als neue Fassung behalten</translation>
    </message>
    <message>
        <source>Connection to the clinic server lost</source>
        <translation>Verbindung zum Praxisserver unterbrochen</translation>
    </message>
    <message>
        <source>%1 was changed by %2 on %3, after you opened it.</source>
        <translation>%1 wurde von %2 am %3 geändert, nachdem Sie mit der Bearbeitung begonnen hatten.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 after you opened it.</source>
        <translation>%1 wurde von %2 geändert, nachdem Sie mit der Bearbeitung begonnen hatten.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else on %2, after you opened it.</source>
        <translation>%1 wurde am %2 von jemand anderem geändert, nachdem Sie mit der Bearbeitung begonnen hatten.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it.</source>
        <translation>%1 wurde von jemand anderem geändert, nachdem Sie mit der Bearbeitung begonnen hatten.</translation>
    </message>
    <message>
        <source>Reload theirs: show what is saved now; your changes here are dropped.</source>
        <translation>Deren Fassung laden: zeigt, was jetzt gespeichert ist; Ihre Änderungen hier werden verworfen.</translation>
    </message>
    <message>
        <source>Keep mine as a new version: save your changes over theirs (Edit ▸ Undo brings theirs back).</source>
        <translation>Meine als neue Fassung behalten: speichert Ihre Änderungen über deren Fassung (Bearbeiten ▸ Rückgängig holt deren Fassung zurück).</translation>
    </message>
    <message>
        <source>Cancel: keep your changes here and save nothing yet.</source>
        <translation>Abbrechen: Ihre Änderungen bleiben hier, und es wird noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost, so %1 was not saved. What you typed is still here.</source>
        <translation>Die Verbindung zum Praxisserver ist abgebrochen, daher wurde %1 nicht gespeichert. Was Sie eingegeben haben, ist noch da.</translation>
    </message>
    <message>
        <source>Still no connection: %1</source>
        <translation>Noch immer keine Verbindung: %1</translation>
    </message>
    <message>
        <source>Retry connects again and saves it. Cancel keeps it here, unsaved.</source>
        <translation>„Wiederholen“ verbindet neu und speichert. „Abbrechen“ lässt alles hier, ohne zu speichern.</translation>
    </message>
    <message>
        <source>Connected to the clinic server again.</source>
        <translation>Wieder mit dem Praxisserver verbunden.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>None recorded</source>
        <translation>Nichts erfasst</translation>
    </message>
    <message>
        <source>Unnamed client</source>
        <translation>Unbenannte Person</translation>
    </message>
    <message>
        <source>%1 · Clinician summary · %2 · Confidential</source>
        <translation>%1 · Zusammenfassung für Fachpersonal · %2 · Vertraulich</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Equipment at home</source>
        <translation>Geräte zu Hause</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>%1 a week, about %2 min each</source>
        <translation>%1 pro Woche, je etwa %2 Min.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Check-in trend</source>
        <translation>Verlauf der Rückmeldungen</translation>
    </message>
    <message>
        <source>No check-ins recorded yet.</source>
        <translation>Noch keine Rückmeldungen erfasst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Rest pain</source>
        <translation>Schmerz in Ruhe</translation>
    </message>
    <message>
        <source>Activity pain</source>
        <translation>Schmerz im Alltag</translation>
    </message>
    <message>
        <source>Exercise pain</source>
        <translation>Schmerz beim Üben</translation>
    </message>
    <message>
        <source>Next morning</source>
        <translation>Am nächsten Morgen</translation>
    </message>
    <message>
        <source>Night pain</source>
        <translation>Schmerz nachts</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Einheiten erledigt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Pain scores are 0 to 10; oldest first.</source>
        <translation>Schmerzwerte von 0 bis 10; die ältesten zuerst.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>%1 · %2 light · %3</source>
        <translation>%1 · Ampel %2 · %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Advice given to the client</source>
        <translation>Ratschläge an die Person</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No exercises: the plan is paused until the client has been assessed.</source>
        <translation>Keine Übungen: Der Plan ruht, bis die Person ärztlich untersucht wurde.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>, %1 min</source>
        <translation>, %1 Min.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Clinician changes</source>
        <translation>Änderungen durch Fachpersonal</translation>
    </message>
    <message>
        <source>None: the plan is as the engine proposed it.</source>
        <translation>Keine: Der Plan ist so, wie das Programm ihn vorgeschlagen hat.</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>CLINICIAN SUMMARY</source>
        <translation>ZUSAMMENFASSUNG FÜR FACHPERSONAL</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Erstellt von %1</translation>
    </message>
    <message>
        <source>Glidepath proposes plans from the client&apos;s own reports using fixed, published rules; clinical judgement decides. %1</source>
        <translation>Glidepath schlägt Pläne nach festen, veröffentlichten Regeln aus den eigenen Angaben der Person vor; die Entscheidung trifft die klinische Einschätzung. %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day month</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day short-month</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>weekday day-month year</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day short-month year</comment>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day-month year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1&#xa0;s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1&#xa0;min</source>
        <translation>%1&#xa0;Min.</translation>
    </message>
    <message>
        <source>%1&#xa0;min %2&#xa0;s</source>
        <translation>%1&#xa0;Min. %2&#xa0;s</translation>
    </message>
    <message>
        <source>Smooth and steady</source>
        <translation>Gleichmäßig und ruhig</translation>
    </message>
    <message>
        <source>Up %1&#xa0;s, down %2&#xa0;s</source>
        <translation>Hoch %1&#xa0;s, runter %2&#xa0;s</translation>
    </message>
    <message>
        <source>Up %1&#xa0;s, pause %2&#xa0;s, down %3&#xa0;s</source>
        <translation>Hoch %1&#xa0;s, Pause %2&#xa0;s, runter %3&#xa0;s</translation>
    </message>
    <message>
        <source>1 set</source>
        <translation>1 Satz</translation>
    </message>
    <message>
        <source>%1 sets</source>
        <translation>%1 Sätze</translation>
    </message>
    <message>
        <source>%1 reps, hold %2 each</source>
        <translation>%1 Wdh., je&#xa0;%2 halten</translation>
    </message>
    <message>
        <source>hold %1</source>
        <comment>after the sets, mid-line</comment>
        <translation>%1 halten</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>%1 Wdh.</translation>
    </message>
    <message>
        <source>Each leg</source>
        <translation>Jedes Bein</translation>
    </message>
    <message>
        <source>Left leg only</source>
        <translation>Nur linkes Bein</translation>
    </message>
    <message>
        <source>Right leg only</source>
        <translation>Nur rechtes Bein</translation>
    </message>
    <message>
        <source>Alternate legs</source>
        <translation>Beine abwechselnd</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>sets × reps or hold</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>rest %1</source>
        <translation>Pause %1</translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation>Auf dem Rücken liegend</translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation>Auf der Seite liegend</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>Auf dem Bauch liegend</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>Im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>Kniend</translation>
    </message>
    <message>
        <source>On one knee</source>
        <translation>Auf einem Knie</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Beweglichkeit</translation>
    </message>
    <message>
        <source>Stage 1 of 4: settle the knee and switch the muscles on</source>
        <translation>Stufe 1 von 4: das Knie beruhigen und die Muskeln aktivieren</translation>
    </message>
    <message>
        <source>Stage 2 of 4: build strength</source>
        <translation>Stufe 2 von 4: Kraft aufbauen</translation>
    </message>
    <message>
        <source>Stage 3 of 4: single-leg control and everyday moves</source>
        <translation>Stufe 3 von 4: Kontrolle auf einem Bein und Alltagsbewegungen</translation>
    </message>
    <message>
        <source>Stage 4 of 4: power, landing and getting back to sport</source>
        <translation>Stufe 4 von 4: Schnellkraft, Landen und zurück zum Sport</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>No rating yet</source>
        <translation>Noch keine Einstufung</translation>
    </message>
    <message>
        <source>Step up</source>
        <translation>Steigern</translation>
    </message>
    <message>
        <source>Stay at this level</source>
        <translation>Auf dieser Stufe bleiben</translation>
    </message>
    <message>
        <source>Ease back a little</source>
        <translation>Etwas zurückgehen</translation>
    </message>
    <message>
        <source>See a clinician first</source>
        <translation>Zuerst ärztlich abklären</translation>
    </message>
    <message>
        <source>Your knee handled last week well, so some exercises step up a little this week.</source>
        <translation>Ihr Knie hat die letzte Woche gut vertragen, deshalb werden einige Übungen diese Woche etwas anspruchsvoller.</translation>
    </message>
    <message>
        <source>This is your starting point: every exercise is set at a comfortable level to begin with.</source>
        <translation>Das ist Ihr Start: Jede Übung ist zu Beginn auf ein angenehmes Maß eingestellt.</translation>
    </message>
    <message>
        <source>Keep the same exercises and amounts this week, so your knee can get used to them.</source>
        <translation>Behalten Sie diese Woche dieselben Übungen und Mengen bei, damit sich Ihr Knie daran gewöhnen kann.</translation>
    </message>
    <message>
        <source>Your knee was a bit more sore last week, so this week is a little easier. This is normal and it is only for now.</source>
        <translation>Ihr Knie war letzte Woche etwas empfindlicher, deshalb ist diese Woche etwas leichter. Das ist normal und nur vorübergehend.</translation>
    </message>
    <message>
        <source>Please pause this routine and see a doctor or physiotherapist before you carry on.</source>
        <translation>Bitte unterbrechen Sie dieses Programm und sprechen Sie mit Ihrer Ärztin, Ihrem Arzt oder Ihrer Physiotherapeutin bzw. Ihrem Physiotherapeuten, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <source>Sharp or stabbing pain</source>
        <translation>Scharfer oder stechender Schmerz</translation>
    </message>
    <message>
        <source>Pain goes above %1 out of 10</source>
        <translation>Der Schmerz steigt über %1 von 10</translation>
    </message>
    <message>
        <source>Your knee gives way or locks</source>
        <translation>Ihr Knie knickt weg oder blockiert</translation>
    </message>
    <message>
        <source>Pain builds as the knee bends further: use a smaller bend</source>
        <translation>Der Schmerz nimmt zu, je weiter das Knie beugt: Beugen Sie weniger</translation>
    </message>
    <message>
        <source>Kneeling presses on a sore kneecap: add padding or skip it</source>
        <translation>Knien drückt auf eine empfindliche Kniescheibe: Polstern Sie oder lassen Sie die Übung weg</translation>
    </message>
    <message>
        <source>Landing jars the knee or the ache lasts into the evening</source>
        <translation>Das Landen erschüttert das Knie oder der Schmerz hält bis zum Abend an</translation>
    </message>
    <message>
        <source>You feel a pinch at the front of the hip: do not go as deep</source>
        <translation>Sie spüren ein Zwicken vorn an der Hüfte: Gehen Sie nicht so tief</translation>
    </message>
    <message>
        <source>You feel unsteady: keep a hand on a wall or chair</source>
        <translation>Sie fühlen sich unsicher: Halten Sie sich an einer Wand oder einem Stuhl fest</translation>
    </message>
    <message>
        <source>Pain builds behind the kneecap: make the movement smaller</source>
        <translation>Der Schmerz nimmt hinter der Kniescheibe zu: Machen Sie die Bewegung kleiner</translation>
    </message>
    <message>
        <source>Patellofemoral (kneecap) pain</source>
        <translation>Schmerzen an der Kniescheibe (patellofemoral)</translation>
    </message>
    <message>
        <source>Patellar maltracking</source>
        <translation>Fehllauf der Kniescheibe</translation>
    </message>
    <message>
        <source>Hip muscle imbalance</source>
        <translation>Muskuläres Ungleichgewicht der Hüfte</translation>
    </message>
    <message>
        <source>After surgery</source>
        <translation>Nach einer Operation</translation>
    </message>
    <message>
        <source>General knee pain</source>
        <translation>Allgemeine Knieschmerzen</translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation>Treppen</translation>
    </message>
    <message>
        <source>Squatting</source>
        <translation>Hocken</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>Jumping sport</source>
        <translation>Sprungsport</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Daily living</source>
        <translation>Alltag</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Ankle weight</source>
        <translation>Gewichtsmanschette</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Ball</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>Pilates ring</source>
        <translation>Pilates-Ring</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Strap</source>
        <translation>Gurt</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Reformer</source>
        <translation>Reformer</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kasten</translation>
    </message>
    <message>
        <source>Cushion</source>
        <translation>Kissen</translation>
    </message>
    <message>
        <source>Dumbbell</source>
        <translation>Kurzhantel</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Polster</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Höher</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Glidepath helps you follow your exercise plan. It does not replace your physiotherapist or doctor. If something feels wrong, or you are not sure, stop and ask them.</source>
        <translation>Glidepath hilft Ihnen, Ihren Übungsplan einzuhalten; es ersetzt nicht Ihre Physiotherapie oder ärztlichen Rat. Fühlt sich etwas falsch an oder sind Sie unsicher, hören Sie auf und fragen Sie dort nach.</translation>
    </message>
    <message>
        <source>Please see a doctor or physiotherapist before exercising</source>
        <translation>Bitte lassen Sie sich vor dem Üben ärztlich oder physiotherapeutisch untersuchen</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Mein Programm</translation>
    </message>
    <message>
        <source>%1 · Home routine · %2</source>
        <translation>%1 · Heimprogramm · %2</translation>
    </message>
    <message>
        <source>HOME EXERCISE ROUTINE</source>
        <translation>ÜBUNGSPROGRAMM FÜR ZU HAUSE</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Tips for this week</source>
        <translation>Tipps für diese Woche</translation>
    </message>
    <message>
        <source>How much pain is OK?</source>
        <translation>Wie viel Schmerz ist in Ordnung?</translation>
    </message>
    <message>
        <source>Some discomfort while you exercise is normal and safe. Rate it from 0 (none) to 10 (the worst you can imagine).</source>
        <translation>Etwas Unbehagen beim Üben ist normal und unbedenklich. Bewerten Sie es von 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz).</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>0 to %1</source>
        <translation>0 bis %1</translation>
    </message>
    <message>
        <source>Fine, carry on. No pain or a mild ache is OK.</source>
        <translation>Gut, machen Sie weiter. Kein Schmerz oder ein leichtes Ziehen ist in Ordnung.</translation>
    </message>
    <message>
        <source>OK if it settles within about an hour and is no worse the next morning. Stay at the same level for now.</source>
        <translation>In Ordnung, wenn es binnen etwa einer Stunde nachlässt und am nächsten Morgen nicht schlimmer ist. Steigern Sie vorerst nicht.</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Too much. Stop that exercise for today, give it a day or two, then restart with fewer sets or the easier version and tell your clinician.</source>
        <translation>Zu viel. Lassen Sie die Übung heute weg, pausieren Sie ein, zwei Tage, dann beginnen Sie mit weniger Sätzen oder der leichteren Variante. Sagen Sie es Ihrer Therapeutin oder Ihrem Therapeuten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Book an appointment with your doctor or physiotherapist soon and show them this sheet.</source>
        <translation>Vereinbaren Sie bald einen Termin bei Ihrer Ärztin, Ihrem Arzt oder in der Physiotherapie und zeigen Sie dieses Blatt.</translation>
    </message>
    <message>
        <source>If your knee is hot, red and swollen, you cannot put weight on it, or you feel unwell, get care today.</source>
        <translation>Wenn Ihr Knie heiß, rot und geschwollen ist, Sie es nicht belasten können oder Sie sich krank fühlen, lassen Sie sich noch heute behandeln.</translation>
    </message>
    <message>
        <source>What you told us</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>Your exercise routine is paused until you have been checked. This is a precaution to keep you safe. Once you have been seen, your clinician can restart the plan with you.</source>
        <translation>Ihr Übungsprogramm ruht, bis Sie untersucht worden sind. Das ist eine Vorsichtsmaßnahme zu Ihrer Sicherheit. Nach der Untersuchung kann Ihre Therapeutin oder Ihr Therapeut das Programm mit Ihnen wieder aufnehmen.</translation>
    </message>
    <message>
        <source>No exercise sessions are planned this week.</source>
        <translation>Für diese Woche sind keine Übungseinheiten geplant.</translation>
    </message>
    <message>
        <source>%1 · about %2 min</source>
        <translation>%1 · etwa %2 Min.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>You need: %1</source>
        <translation>Sie brauchen: %1</translation>
    </message>
    <message>
        <source>Weekly log</source>
        <translation>Wochenprotokoll</translation>
    </message>
    <message>
        <source>Tick each exercise when you have done it. After each session, write down your pain during exercise (0 to 10), and the next morning circle Y if the knee felt worse or N if not. Bring this log to your next check-in.</source>
        <translation>Haken Sie jede Übung ab, wenn Sie sie gemacht haben. Notieren Sie nach jeder Einheit Ihren Schmerz beim Üben (0 bis 10); kreisen Sie am nächsten Morgen J ein, wenn das Knie schlechter war, sonst N. Bringen Sie das Protokoll zum nächsten Termin mit.</translation>
    </message>
    <message>
        <source>/10</source>
        <translation>/10</translation>
    </message>
    <message>
        <source>Y / N</source>
        <translation>J / N</translation>
    </message>
    <message>
        <source>Pain during the session (0 to 10)</source>
        <translation>Schmerz beim Üben (0&#xa0;bis&#xa0;10)</translation>
    </message>
    <message>
        <source>Worse the next morning?</source>
        <translation>Am nächsten Morgen schlechter?</translation>
    </message>
    <message>
        <source>At the end of the week</source>
        <translation>Am Ende der Woche</translation>
    </message>
    <message>
        <source>Pain at rest:  ______ / 10</source>
        <translation>Schmerz in Ruhe:  ______ / 10</translation>
    </message>
    <message>
        <source>Pain in everyday activities:  ______ / 10</source>
        <translation>Schmerz im Alltag:  ______ / 10</translation>
    </message>
    <message>
        <source>Pain at night:  yes  /  no</source>
        <translation>Schmerz in der Nacht:  ja  /  nein</translation>
    </message>
    <message>
        <source>Swelling:  none  /  same as before  /  new</source>
        <translation>Schwellung:  keine  /  wie vorher  /  neu</translation>
    </message>
    <message>
        <source>The exercises felt:  too easy  /  about right  /  too hard</source>
        <translation>Die Übungen waren:  zu leicht  /  genau richtig  /  zu schwer</translation>
    </message>
    <message>
        <source>Any exercise that hurt (and how much, 0 to 10):</source>
        <translation>Übungen, die wehgetan haben (und wie stark, 0 bis 10):</translation>
    </message>
    <message>
        <source>Home routine</source>
        <translation>Heimprogramm</translation>
    </message>
    <message>
        <source>Home routine: %1</source>
        <translation>Heimprogramm: %1</translation>
    </message>
    <message>
        <source>Clinician summary</source>
        <translation>Zusammenfassung für Fachpersonal</translation>
    </message>
    <message>
        <source>Clinician summary: %1</source>
        <translation>Zusammenfassung für Fachpersonal: %1</translation>
    </message>
    <message>
        <source>Pain (0 to 10) at each check-in, over the exercise-pain zones of the rules.</source>
        <translation>Schmerz (0 bis 10) bei jeder Rückmeldung, vor den Schmerzbereichen der Regeln für das Üben.</translation>
    </message>
    <message>
        <source>Share of planned sessions done, as reported at each check-in; hollow bars are below the rule.</source>
        <translation>Anteil der erledigten geplanten Einheiten laut jeder Rückmeldung; hohle Balken liegen unter der Regel.</translation>
    </message>
    <message>
        <source>light band</source>
        <translation>leichtes Band</translation>
    </message>
    <message>
        <source>medium band</source>
        <translation>mittleres Band</translation>
    </message>
    <message>
        <source>heavy band</source>
        <translation>starkes Band</translation>
    </message>
    <message>
        <source>extra-heavy band</source>
        <translation>extra starkes Band</translation>
    </message>
    <message>
        <source>%1 kg ankle weight</source>
        <translation>%1 kg Gewichtsmanschette</translation>
    </message>
    <message>
        <source>%1 kg dumbbell</source>
        <translation>%1 kg Kurzhantel</translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Ihre Übungen</translation>
    </message>
    <message>
        <source>Aim for now: settle the knee and switch the muscles on.</source>
        <translation>Ziel für jetzt: das Knie beruhigen und die Muskeln aktivieren.</translation>
    </message>
    <message>
        <source>Aim for now: build strength.</source>
        <translation>Ziel für jetzt: Kraft aufbauen.</translation>
    </message>
    <message>
        <source>Aim for now: single-leg control and everyday moves.</source>
        <translation>Ziel für jetzt: Kontrolle auf einem Bein und Alltagsbewegungen.</translation>
    </message>
    <message>
        <source>Aim for now: power, landing and getting back to sport.</source>
        <translation>Ziel für jetzt: Schnellkraft, Landen und zurück zum Sport.</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Diese Woche: %1</translation>
    </message>
    <message>
        <source>This week: %1 (%2 light)</source>
        <translation>Diese Woche: %1 (Ampel %2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Your clinician</source>
        <translation>Ihre Therapeutin / Ihr Therapeut</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Next appointment: %1</source>
        <translation>Nächster Termin: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>tenderness that lingers into the next day; pain at night that is worse than usual; new swelling around the knee. Easing off means fewer sets or the easier version, not stopping altogether. Most flare-ups settle within a few days: mention it at your next check-in.</source>
        <translation>Empfindlichkeit, die bis zum nächsten Tag anhält; nachts stärkere Schmerzen als sonst; neue Schwellung am Knie. Kürzertreten heißt: weniger Sätze oder die leichtere Variante, nicht ganz aufhören. Meist klingt das in wenigen Tagen ab; erwähnen Sie es beim nächsten Termin.</translation>
    </message>
    <message>
        <source>Stop any exercise if:</source>
        <translation>Hören Sie mit jeder Übung auf, wenn:</translation>
    </message>
    <message>
        <source>Ease off for a few days if you notice:</source>
        <translation>Treten Sie ein paar Tage kürzer bei:</translation>
    </message>
    <message>
        <source>What to do when</source>
        <translation>Was Sie wann machen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>dose · load</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · rest %2 between sets</source>
        <translation>%1 · %2 Satzpause</translation>
    </message>
    <message>
        <source>Too hard or sore? Do the easier version instead: %1.</source>
        <translation>Zu schwer oder schmerzhaft? Nehmen Sie die leichtere Variante: %1.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Am %1</translation>
    </message>
    <message>
        <source>Also stop if: %1</source>
        <translation>Hören Sie auch auf, wenn: %1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 language of the handout text</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Home exercise routine for the week of %1</source>
        <translation>Übungsprogramm für zu Hause, Woche vom %1</translation>
    </message>
    <message>
        <source>Clinician summary for the week of %1</source>
        <translation>Zusammenfassung für Fachpersonal, Woche vom %1</translation>
    </message>
    <message>
        <source>At rest</source>
        <translation>In Ruhe</translation>
    </message>
    <message>
        <source>In activity</source>
        <translation>Bei Aktivität</translation>
    </message>
    <message>
        <source>During exercise</source>
        <translation>Beim Üben</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>progress needs %1% of sessions done</source>
        <translation>zum Steigern müssen %1&#xa0;% der Einheiten erledigt sein</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a day number, then the last day with month and year</comment>
        <translation>%1. bis %2</translation>
    </message>
    <message>
        <source>lowercase</source>
        <comment>nouns inside a sentence: translate as &quot;keep&quot; when the language writes nouns with a capital (German), else &quot;lowercase&quot;</comment>
        <translation>keep</translation>
    </message>
    <message>
        <source>The numbers are those of the exercises that follow. On the days not listed, rest: gentle walking and everyday activity are fine.</source>
        <translation>Die Nummern sind die der Übungen unten. An den übrigen Tagen ruhen Sie; Spazierengehen und Alltägliches sind in Ordnung.</translation>
    </message>
    <message>
        <source>Each exercise is explained once. The pictures show where you start and where you end. The table “What to do when” shows which to do on which day.</source>
        <translation>Jede Übung wird einmal erklärt; die Bilder zeigen, wo Sie beginnen und wo Sie enden. Welche Übung an welchem Tag dran ist, zeigt „Was Sie wann machen“.</translation>
    </message>
    <message>
        <source>Function (patient-specific functional scale): 0 = unable to do the activity, 10 = able to do it as before the problem.</source>
        <translation>Funktion (patientenspezifische Funktionsskala, PSFS): 0 = die Tätigkeit ist nicht möglich, 10 = so gut wie vor den Beschwerden.</translation>
    </message>
    <message>
        <source>%1. %2 (continued)</source>
        <comment>an exercise card on a new page</comment>
        <translation>%1. %2 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Average of the activities</source>
        <translation>Mittelwert der Tätigkeiten</translation>
    </message>
    <message>
        <source>One activity</source>
        <translation>Eine Tätigkeit</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Ausgangswert %1</translation>
    </message>
    <message>
        <source>Meaningful change: %1</source>
        <translation>Spürbare Verbesserung: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday day-month</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short weekday day-month</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Same as %1: exercises %2</source>
        <comment>a repeated day in the day table</comment>
        <translation>Wie am %1: Übungen %2</translation>
    </message>
    <message>
        <source>Same as %1</source>
        <translation>Wie %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 laufen</translation>
    </message>
    <message>
        <source>Run %1, twice</source>
        <translation>2 × %1 laufen</translation>
    </message>
    <message>
        <source>Run %1, %2 times</source>
        <translation>%2 × %1 laufen</translation>
    </message>
    <message>
        <source>Walk %1</source>
        <translation>%1 gehen</translation>
    </message>
    <message>
        <source>Walk %1, twice</source>
        <translation>2 × %1 gehen</translation>
    </message>
    <message>
        <source>Walk %1, %2 times</source>
        <translation>%2 × %1 gehen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>exercise (its dose that day)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keep moving for %1</source>
        <translation>%1 durchgehend bewegen</translation>
    </message>
    <message>
        <source>Keep moving for %1, twice</source>
        <translation>2 × %1 durchgehend bewegen</translation>
    </message>
    <message>
        <source>Keep moving for %1, %2 times</source>
        <translation>%2 × %1 durchgehend bewegen</translation>
    </message>
    <message>
        <source>rest %1 between walks</source>
        <translation>Pause %1 zwischen den Gehrunden</translation>
    </message>
    <message>
        <source>rest %1 between runs</source>
        <translation>Pause %1 zwischen den Laufrunden</translation>
    </message>
    <message>
        <source>rest %1 between rounds</source>
        <comment>rest between bouts of movement kept up</comment>
        <translation>Pause %1 zwischen den Durchgängen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>side · rest</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Swapped</source>
        <translation>Getauscht</translation>
    </message>
    <message>
        <source>Dose changed</source>
        <translation>Dosis geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Order changed</source>
        <translation>Reihenfolge geändert</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>step up</source>
        <comment>inside a sentence: This week: step up</comment>
        <translation>steigern</translation>
    </message>
    <message>
        <source>stay at this level</source>
        <comment>inside a sentence: This week: …</comment>
        <translation>auf dieser Stufe bleiben</translation>
    </message>
    <message>
        <source>ease back a little</source>
        <comment>inside a sentence: This week: …</comment>
        <translation>etwas zurückgehen</translation>
    </message>
    <message>
        <source>see a clinician first</source>
        <comment>inside a sentence: This week: …</comment>
        <translation>zuerst ärztlich abklären</translation>
    </message>
    <message>
        <source>The routine starts again gently after your check-up: every exercise is set at a comfortable level to begin with.</source>
        <translation>Ihr Programm beginnt nach der Untersuchung wieder sanft: Jede Übung ist zu Beginn auf ein angenehmes Maß eingestellt.</translation>
    </message>
    <message>
        <source>a gentle start</source>
        <comment>inside a sentence: This week: …</comment>
        <translation>ein sanfter Start</translation>
    </message>
    <message>
        <source>a gentle restart</source>
        <comment>inside a sentence: This week: …</comment>
        <translation>ein sanfter Neubeginn</translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>%1 contains a line break; it must be one line</source>
        <translation>%1 enthält einen Zeilenumbruch; erlaubt ist nur eine Zeile</translation>
    </message>
    <message>
        <source>%1 contains a carriage return (U+000D); break lines with a line feed only</source>
        <translation>%1 enthält einen Wagenrücklauf (U+000D); trennen Sie Zeilen nur mit einem Zeilenvorschub</translation>
    </message>
    <message>
        <source>%1 contains the control character %2</source>
        <translation>%1 enthält das Steuerzeichen %2</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most allowed is %3</source>
        <translation>%1 ist %2 Zeichen lang; erlaubt sind höchstens %3</translation>
    </message>
    <message>
        <source>has none of name, summary, instructions or cues</source>
        <translation>enthält weder Name noch Zusammenfassung, Schritte oder Hinweise</translation>
    </message>
    <message>
        <source>must be between %1 and %2, not %3</source>
        <translation>muss zwischen %1 und %2 liegen, nicht bei %3</translation>
    </message>
    <message>
        <source>unknown value; expected %L</source>
        <translation>unbekannter Wert; erwartet wird %L</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>„%1“ steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use 2 to 64 lowercase letters, digits and single hyphens, not starting or ending with a hyphen</source>
        <translation>„%1“ ist keine gültige Kennung: Verwenden Sie 2 bis 64 Kleinbuchstaben, Ziffern und einzelne Bindestriche, ohne Bindestrich am Anfang oder Ende</translation>
    </message>
    <message>
        <source>needs 2 to 20 steps, not %1</source>
        <translation>braucht 2 bis 20 Schritte, nicht %1</translation>
    </message>
    <message>
        <source>needs 2 to 10 cues, not %1</source>
        <translation>braucht 2 bis 10 Hinweise, nicht %1</translation>
    </message>
    <message>
        <source>phase_max %1 is below phase_min %2</source>
        <translation>phase_max %1 liegt unter phase_min %2</translation>
    </message>
    <message>
        <source>landing exercises start in phase 3 or later, not phase %1</source>
        <translation>Landeübungen beginnen frühestens in Phase 3, nicht in Phase %1</translation>
    </message>
    <message>
        <source>high-impact exercises start in phase 4, not phase %1</source>
        <translation>Übungen mit starker Stoßbelastung beginnen in Phase 4, nicht in Phase %1</translation>
    </message>
    <message>
        <source>name at least one region (%L)</source>
        <translation>nennen Sie mindestens eine Region (%L)</translation>
    </message>
    <message>
        <source>name at least one muscle; the first is the main target</source>
        <translation>nennen Sie mindestens einen Muskel; der erste ist der Hauptmuskel</translation>
    </message>
    <message>
        <source>&apos;none&apos; must stand alone; remove it or the other items</source>
        <translation>„none“ muss allein stehen; entfernen Sie es oder die anderen Einträge</translation>
    </message>
    <message>
        <source>reps or hold_seconds must be above 0 (a pure hold has reps 0 and a hold time)</source>
        <translation>reps oder hold_seconds muss über 0 liegen (eine reine Halteübung hat reps 0 und eine Haltezeit)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tempo; write lift-pause-lower seconds like &quot;2-1-3&quot;, each 0 to 10, or leave it empty</source>
        <translation>„%1“ ist kein Tempo; schreiben Sie die Sekunden für Heben-Pause-Senken wie „2-1-3“, jeweils 0 bis 10, oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <source>%1 %2 is below %3 %4</source>
        <translation>%1 %2 liegt unter %3 %4</translation>
    </message>
    <message>
        <source>%1 %2 is above the dose&apos;s %3 %4</source>
        <translation>%1 %2 liegt über dem Wert der Dosis für %3 (%4)</translation>
    </message>
    <message>
        <source>%1 %2 is below the dose&apos;s %3 %4</source>
        <translation>%1 %2 liegt unter dem Wert der Dosis für %3 (%4)</translation>
    </message>
    <message>
        <source>must be 0 without a load kind, not %1</source>
        <translation>muss ohne Gewichtsart 0 sein, nicht %1</translation>
    </message>
    <message>
        <source>load kind %1 needs &apos;%2&apos; in equipment</source>
        <translation>die Gewichtsart %1 braucht „%2“ unter equipment</translation>
    </message>
    <message>
        <source>must be between 0 and max_load_level %1, not %2</source>
        <translation>muss zwischen 0 und max_load_level %1 liegen, nicht bei %2</translation>
    </message>
    <message>
        <source>position %1 needs the &apos;kneeling&apos; precaution</source>
        <translation>die Position %1 braucht den Vorsichtshinweis „kneeling“</translation>
    </message>
    <message>
        <source>knee_flexion high needs the &apos;deep_knee_flexion&apos; precaution</source>
        <translation>knee_flexion high braucht den Vorsichtshinweis „deep_knee_flexion“</translation>
    </message>
    <message>
        <source>impact %1 needs the &apos;impact&apos; precaution</source>
        <translation>impact %1 braucht den Vorsichtshinweis „impact“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid exercise id</source>
        <translation>„%1“ ist keine gültige Übungskennung</translation>
    </message>
    <message>
        <source>an exercise cannot be its own %1 neighbour</source>
        <translation>eine Übung kann nicht unter „%1“ auf sich selbst verweisen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be both the easier and the harder neighbour</source>
        <translation>„%1“ kann nicht zugleich die leichtere und die schwerere Nachbarübung sein</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used by more than one exercise</source>
        <translation>die Kennung „%1“ wird von mehr als einer Übung verwendet</translation>
    </message>
    <message>
        <source>no exercise has the id &apos;%1&apos;</source>
        <translation>keine Übung hat die Kennung „%1“</translation>
    </message>
    <message>
        <source>the %1 chain loops back on itself: %2</source>
        <translation>die Kette über „%1“ führt im Kreis: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends up both above and below this exercise: the easier and harder links of %2 contradict each other</source>
        <translation>„%1“ steht zugleich über und unter dieser Übung: Die Verweise auf leichtere und schwerere Übungen von %2 widersprechen sich</translation>
    </message>
    <message>
        <source>the file is %1; Glidepath reads documents of up to %2</source>
        <translation>die Datei ist %1 groß; Glidepath liest Dokumente bis %2</translation>
    </message>
    <message>
        <source>this file is %1; Glidepath reads UTF-8 only: save it as UTF-8 and try again</source>
        <translation>diese Datei ist in %1 gespeichert; Glidepath liest nur UTF-8: Speichern Sie sie als UTF-8 und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>lists and objects are nested deeper than %1 levels; no Glidepath document needs more</source>
        <translation>Listen und Objekte sind tiefer als %1 Ebenen verschachtelt; kein Glidepath-Dokument braucht mehr</translation>
    </message>
    <message>
        <source>the number %1 is too large to be read; write a number within the field&apos;s range</source>
        <translation>die Zahl %1 ist zu groß zum Lesen; schreiben Sie eine Zahl im Bereich des Feldes</translation>
    </message>
    <message>
        <source>the document must be a JSON object {&quot;format&quot;: &quot;%1&quot;, ...}, got %2</source>
        <translation>das Dokument muss ein JSON-Objekt {&quot;format&quot;: &quot;%1&quot;, ...} sein, gefunden: %2</translation>
    </message>
    <message>
        <source>... and 1 more problem (only the first %1 are listed)</source>
        <translation>… und 1 weiteres Problem (nur die ersten %1 sind aufgeführt)</translation>
    </message>
    <message>
        <source>... and %1 more problems (only the first %2 are listed)</source>
        <translation>… und %1 weitere Probleme (nur die ersten %2 sind aufgeführt)</translation>
    </message>
    <message>
        <source>required field is missing; this does not look like %1 (expected &quot;format&quot;: &quot;%2&quot;)</source>
        <translation>ein Pflichtfeld fehlt; dies sieht nicht aus wie %1 (erwartet: &quot;format&quot;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, got %2; this is not %3</source>
        <translation>muss &quot;%1&quot; sein, gefunden: %2; dies ist nicht %3</translation>
    </message>
    <message>
        <source>required field is missing (this version of Glidepath reads version %1)</source>
        <translation>ein Pflichtfeld fehlt (diese Glidepath-Version liest Version %1)</translation>
    </message>
    <message>
        <source>the file is version %1, written by a newer Glidepath; this version reads version %2 only. Update Glidepath to open it</source>
        <translation>die Datei hat Version %1 und stammt von einem neueren Glidepath; diese Version liest nur Version %2. Aktualisieren Sie Glidepath, um sie zu öffnen</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>muss %1 sein, gefunden: %2</translation>
    </message>
    <message>
        <source>must be from %1 to %2, got %3</source>
        <translation>muss zwischen %1 und %2 liegen, gefunden: %3</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>ein Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; appears more than once in the same object; keep only one</source>
        <translation>das Feld „%1“ kommt im selben Objekt mehrmals vor; behalten Sie nur eines</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; this format has no such field</source>
        <translation>unbekanntes Feld „%1“; dieses Format hat kein solches Feld</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>unbekanntes Feld „%1“ (meinten Sie „%2“?)</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>muss ein Objekt sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be text, got %1</source>
        <translation>muss Text sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>muss eine ganze Zahl sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, got %3</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein, gefunden: %3</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, got %3</source>
        <translation>muss eine Zahl von %1 bis %2 sein, gefunden: %3</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>muss true oder false sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be %1 or null, got %2</source>
        <translation>muss %1 oder null sein, gefunden: %2</translation>
    </message>
    <message>
        <source>must be a list, got %1</source>
        <translation>muss eine Liste sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a list of text, got %1</source>
        <translation>muss eine Liste von Texten sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be one of %L, got %1</source>
        <translation>muss einer dieser Werte sein: %L; gefunden: %1</translation>
    </message>
    <message>
        <source>must be one of %L, got %1 (did you mean &quot;%2&quot;?)</source>
        <translation>muss einer dieser Werte sein: %L; gefunden: %1 (meinten Sie „%2“?)</translation>
    </message>
    <message>
        <source>must be a list of %L, got %1</source>
        <translation>muss eine Liste aus %L sein, gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once</source>
        <translation>„%1“ steht mehrmals in der Liste</translation>
    </message>
    <message>
        <source>must be an object of language codes, like {&quot;de&quot;: {&quot;name&quot;: ...}}</source>
        <translation>muss ein Objekt mit Sprachcodes sein, etwa {&quot;de&quot;: {&quot;name&quot;: ...}}</translation>
    </message>
    <message>
        <source>English is the exercise&apos;s own text: put it in name, summary, instructions and cues</source>
        <translation>Englisch ist der eigene Text der Übung: Schreiben Sie ihn in name, summary, instructions und cues</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code like &quot;de&quot; or &quot;pt-BR&quot;</source>
        <translation>„%1“ ist kein Sprachcode wie „de“ oder „pt-BR“</translation>
    </message>
    <message>
        <source>must be an object of exercise ids</source>
        <translation>muss ein Objekt mit Übungskennungen sein</translation>
    </message>
    <message>
        <source>no exercise in the library has the id &quot;%1&quot;</source>
        <translation>keine Übung der Bibliothek hat die Kennung „%1“</translation>
    </message>
    <message>
        <source>name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>die Zusammenfassung</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>ein Schritt</translation>
    </message>
    <message>
        <source>a cue</source>
        <translation>ein Hinweis</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an exercise id</source>
        <translation>eine Übungskennung</translation>
    </message>
    <message>
        <source>a Glidepath exercise library</source>
        <translation>eine Glidepath-Übungsbibliothek</translation>
    </message>
    <message>
        <source>a Glidepath library text file</source>
        <translation>eine Glidepath-Textdatei zur Bibliothek</translation>
    </message>
    <message>
        <source>a Glidepath plan request</source>
        <translation>eine Glidepath-Planungsanfrage</translation>
    </message>
    <message>
        <source>a Glidepath plan</source>
        <translation>ein Glidepath-Plan</translation>
    </message>
    <message>
        <source>a Glidepath progression rules file</source>
        <translation>eine Glidepath-Regeldatei</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list of accepted values, as in &quot;knee, hip or both&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Before the last item of a list of accepted values, as in &quot;knee, hip or both&quot;.</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <extracomment>A problem in a file: where (a JSON pointer), why, and the line it is on.</extracomment>
        <translation>%1: %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>must be a calendar date written YYYY-MM-DD, got %1</source>
        <translation>muss ein Kalenderdatum in der Form JJJJ-MM-TT sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a date from %1 to %2, got %3</source>
        <translation>muss ein Datum von %1 bis %2 sein, gefunden: %3</translation>
    </message>
    <message>
        <source>must be an object of exercise ids and their pain 0-10, like {&quot;split-squat&quot;: 6}, got %1</source>
        <translation>muss ein Objekt aus Übungskennungen und ihrem Schmerz 0–10 sein, etwa {&quot;split-squat&quot;: 6}, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 10 (or left out when not noted), got %1</source>
        <translation>muss eine ganze Zahl von 0 bis 10 sein (oder fehlen, wenn nicht notiert), gefunden: %1</translation>
    </message>
    <message>
        <source>must be true (worse the next morning), false (settled) or null (not recorded), got %1</source>
        <translation>muss true (am nächsten Morgen schlechter), false (abgeklungen) oder null (nicht notiert) sein, gefunden: %1</translation>
    </message>
    <message>
        <source>an exercise needs reps or hold_seconds above 0</source>
        <translation>eine Übung braucht reps oder hold_seconds über 0</translation>
    </message>
    <message>
        <source>must be swap, dose, remove, add or reorder, got %1</source>
        <translation>muss swap, dose, remove, add oder reorder sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, got %2</source>
        <translation>muss &quot;%1&quot; sein, gefunden: %2</translation>
    </message>
    <message>
        <source>must hold exactly 7 days, one for each day from week_start, got %1</source>
        <translation>muss genau 7 Tage enthalten, einen für jeden Tag ab week_start, gefunden: %1</translation>
    </message>
    <message>
        <source>must be %1 (week_start + %2 days), got %3</source>
        <translation>muss %1 sein (week_start + %2 Tage), gefunden: %3</translation>
    </message>
    <message>
        <source>must not be before the check-in listed before it (%1); list check-ins oldest first</source>
        <translation>darf nicht vor der davor aufgeführten Rückmeldung liegen (%1); führen Sie Rückmeldungen mit der ältesten zuerst auf</translation>
    </message>
    <message>
        <source>must not be after week_start (%1)</source>
        <translation>darf nicht nach week_start liegen (%1)</translation>
    </message>
    <message>
        <source>must be a plan (as written by glidepath-cli plan --format json) or null, got %1</source>
        <translation>muss ein Plan sein (wie ihn glidepath-cli plan --format json schreibt) oder null, gefunden: %1</translation>
    </message>
    <message>
        <source>must be before week_start (%1): the previous plan is an earlier week&apos;s</source>
        <translation>muss vor week_start liegen (%1): Der vorige Plan gehört zu einer früheren Woche</translation>
    </message>
    <message>
        <source>contains a line break; it must be one line</source>
        <translation>enthält einen Zeilenumbruch; erlaubt ist nur eine Zeile</translation>
    </message>
    <message>
        <source>contains a carriage return (U+000D); break lines with a line feed only</source>
        <translation>enthält einen Wagenrücklauf (U+000D); trennen Sie Zeilen nur mit einem Zeilenvorschub</translation>
    </message>
    <message>
        <source>contains the control character %1</source>
        <translation>enthält das Steuerzeichen %1</translation>
    </message>
    <message>
        <source>%1 is too long (%2 bytes at most)</source>
        <translation>%1 ist zu lang (höchstens %2 Byte)</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed more than once</source>
        <translation>„%1“ steht mehrmals in der Liste</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be %1 to %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be a date from year 1 to 9999</source>
        <translation>muss ein Datum zwischen dem Jahr 1 und 9999 sein</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; appears more than once</source>
        <translation>die Kennung „%1“ kommt mehrmals vor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code like &quot;de&quot;</source>
        <translation>„%1“ ist kein Sprachcode wie „de“</translation>
    </message>
    <message>
        <source>the client needs a name</source>
        <translation>die Person braucht einen Namen</translation>
    </message>
    <message>
        <source>choose at least one condition (%L)</source>
        <translation>wählen Sie mindestens eine Beschwerde (%L)</translation>
    </message>
    <message>
        <source>must be between 8 and 110, or 0 when unknown, not %1</source>
        <translation>muss zwischen 8 und 110 liegen oder 0 sein, wenn unbekannt, nicht %1</translation>
    </message>
    <message>
        <source>must be a date from %1 to %2, not %3</source>
        <translation>muss ein Datum von %1 bis %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is answered both yes and no</source>
        <translation>„%1“ ist zugleich mit Ja und Nein beantwortet</translation>
    </message>
    <message>
        <source>must be a share between 0 and 1 (sessions done / planned)</source>
        <translation>muss ein Anteil zwischen 0 und 1 sein (erledigte / geplante Einheiten)</translation>
    </message>
    <message>
        <source>a session log needs at least one exercise</source>
        <translation>ein Einheitsprotokoll braucht mindestens eine Übung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid exercise id (lowercase letters, digits and hyphens)</source>
        <translation>„%1“ ist keine gültige Übungskennung (Kleinbuchstaben, Ziffern und Bindestriche)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is logged twice in one session</source>
        <translation>„%1“ ist in einer Einheit zweimal eingetragen</translation>
    </message>
    <message>
        <source>a skipped exercise has no sets done</source>
        <translation>eine ausgelassene Übung hat keine erledigten Sätze</translation>
    </message>
    <message>
        <source>a skipped exercise has no pain during it</source>
        <translation>eine ausgelassene Übung hat keinen Schmerz dabei</translation>
    </message>
    <message>
        <source>a skipped exercise has no difficulty</source>
        <translation>eine ausgelassene Übung hat keine Schwierigkeit</translation>
    </message>
    <message>
        <source>an exercise that was done has at least 1 set</source>
        <translation>eine erledigte Übung hat mindestens 1 Satz</translation>
    </message>
    <message>
        <source>%1 of %2 planned sets is &apos;partly&apos;, not &apos;done&apos;</source>
        <translation>%1 von %2 geplanten Sätzen ist „teilweise“, nicht „erledigt“</translation>
    </message>
    <message>
        <source>an exercise done partly has at least 1 set; with none it was skipped</source>
        <translation>eine teilweise erledigte Übung hat mindestens 1 Satz; ohne Satz wurde sie ausgelassen</translation>
    </message>
    <message>
        <source>all %1 planned sets is &apos;done&apos;, not &apos;partly&apos;</source>
        <translation>alle %1 geplanten Sätze sind „erledigt“, nicht „teilweise“</translation>
    </message>
    <message>
        <source>the planned session (%1) is %2 days from the log date %3; at most %4 days apart</source>
        <translation>die geplante Einheit (%1) liegt %2 Tage vom eingetragenen Datum %3 entfernt; erlaubt sind höchstens %4 Tage Abstand</translation>
    </message>
    <message>
        <source>name %1 to %2 activities, not %3</source>
        <translation>nennen Sie %1 bis %2 Aktivitäten, nicht %3</translation>
    </message>
    <message>
        <source>name the activity</source>
        <translation>nennen Sie die Aktivität</translation>
    </message>
    <message>
        <source>say who saw the client</source>
        <translation>geben Sie an, wer die Person gesehen hat</translation>
    </message>
    <message>
        <source>is empty; give the template a name</source>
        <translation>ist leer; geben Sie der Vorlage einen Namen</translation>
    </message>
    <message>
        <source>must hold seven days, Monday to Sunday</source>
        <translation>muss sieben Tage enthalten, Montag bis Sonntag</translation>
    </message>
    <message>
        <source>is a rest day but lists exercises</source>
        <translation>ist ein Ruhetag, enthält aber Übungen</translation>
    </message>
    <message>
        <source>is empty; every exercise needs its library id</source>
        <translation>ist leer; jede Übung braucht ihre Kennung aus der Bibliothek</translation>
    </message>
    <message>
        <source>needs repetitions or a hold time</source>
        <translation>braucht Wiederholungen oder eine Haltezeit</translation>
    </message>
    <message>
        <source>must lie within %1 to %2 figure units on both axes</source>
        <translation>muss auf beiden Achsen zwischen %1 und %2 Figureneinheiten liegen</translation>
    </message>
    <message>
        <source>is %1 units from the %2, an implausible limb length (about %3 expected)</source>
        <translation>liegt %1 Einheiten von %2 entfernt, eine unplausible Gliedmaßenlänge (etwa %3 wären richtig)</translation>
    </message>
    <message>
        <source>must lie within the figure&apos;s area</source>
        <translation>muss innerhalb der Fläche der Figur liegen</translation>
    </message>
    <message>
        <source>a band or strap runs through 1 to 4 joints</source>
        <translation>ein Band oder Gurt läuft über 1 bis 4 Gelenke</translation>
    </message>
    <message>
        <source>a weight hangs on exactly one joint</source>
        <translation>ein Gewicht hängt an genau einem Gelenk</translation>
    </message>
    <message>
        <source>a ball sits at one joint or between two</source>
        <translation>ein Ball liegt an einem Gelenk oder zwischen zweien</translation>
    </message>
    <message>
        <source>a ball needs a diameter above 0</source>
        <translation>ein Ball braucht einen Durchmesser über 0</translation>
    </message>
    <message>
        <source>a %1 is placed, not attached to joints</source>
        <translation>„%1“ wird hingelegt, nicht an Gelenken befestigt</translation>
    </message>
    <message>
        <source>must be above 0 and at most %1</source>
        <translation>muss über 0 und höchstens %1 sein</translation>
    </message>
    <message>
        <source>could not read the document</source>
        <translation>das Dokument ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>syntax error while parsing %1 - unexpected %2</source>
        <translation>Fehler im JSON-Aufbau bei %1: %2 steht hier unerwartet</translation>
    </message>
    <message>
        <source>syntax error while parsing %1 - unexpected %2; expected %3</source>
        <translation>Fehler im JSON-Aufbau bei %1: %2 steht hier unerwartet; an dieser Stelle gehört %3 hin</translation>
    </message>
    <message>
        <source>syntax error while parsing %1 - unexpected end of input</source>
        <translation>Fehler im JSON-Aufbau bei %1: die Datei endet zu früh</translation>
    </message>
    <message>
        <source>syntax error while parsing %1 - unexpected end of input; expected %2</source>
        <translation>Fehler im JSON-Aufbau bei %1: die Datei endet zu früh; es fehlt noch %2</translation>
    </message>
    <message>
        <source>syntax error while parsing %1 - %2; last read: &apos;%3&apos;</source>
        <translation>Fehler im JSON-Aufbau bei %1: %2 (zuletzt gelesen: „%3“)</translation>
    </message>
    <message>
        <source>syntax error while parsing %1 - %2; last read: &apos;%3&apos;; expected %4</source>
        <translation>Fehler im JSON-Aufbau bei %1: %2 (zuletzt gelesen: „%3“); an dieser Stelle gehört %4 hin</translation>
    </message>
    <message>
        <source>syntax error while parsing %1 - invalid string: control character %2 must be escaped to %L; last read: &apos;%3&apos;</source>
        <translation>Fehler im JSON-Aufbau bei %1: ein Text enthält das Steuerzeichen %2; schreiben Sie es als %L (zuletzt gelesen: „%3“)</translation>
    </message>
    <message>
        <source>syntax error while parsing %1 - invalid string: control character %2 must be escaped to %L; last read: &apos;%3&apos;; expected %4</source>
        <translation>Fehler im JSON-Aufbau bei %1: ein Text enthält das Steuerzeichen %2; schreiben Sie es als %L (zuletzt gelesen: „%3“); an dieser Stelle gehört %4 hin</translation>
    </message>
    <message>
        <source>is listed more than once</source>
        <translation>steht mehrmals in der Liste</translation>
    </message>
    <message>
        <source>must be &quot;amber&quot; or &quot;red&quot;, got &quot;%1&quot;</source>
        <translation>muss „amber“ oder „red“ sein, gefunden: „%1“</translation>
    </message>
    <message>
        <source>must not be below %1&apos;s %2 (%3)</source>
        <translation>darf nicht unter %2 von %1 liegen (%3)</translation>
    </message>
    <message>
        <source>must not be above %1&apos;s %2 (%3)</source>
        <translation>darf nicht über %2 von %1 liegen (%3)</translation>
    </message>
    <message>
        <source>must not be below min (%1)</source>
        <translation>darf nicht unter min liegen (%1)</translation>
    </message>
    <message>
        <source>the weeks must not go down from one phase to the next</source>
        <translation>die Wochen dürfen von einer Phase zur nächsten nicht weniger werden</translation>
    </message>
    <message>
        <source>must be a point [x, y] of two numbers, got %1</source>
        <translation>muss ein Punkt [x, y] aus zwei Zahlen sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be empty or lift-pause-lower seconds like &quot;2-1-3&quot;, got %1</source>
        <translation>muss leer sein oder die Sekunden für Heben-Pause-Senken wie „2-1-3“ angeben, gefunden: %1</translation>
    </message>
    <message>
        <source>must be before week_start (%1): logs describe past sessions</source>
        <translation>muss vor week_start liegen (%1): Protokolle beschreiben vergangene Einheiten</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>die Notizen</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>die Notiz</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>die Aktivität</translation>
    </message>
    <message>
        <source>value</source>
        <translation>einem Wert</translation>
    </message>
    <message>
        <source>object key</source>
        <translation>einem Feldnamen</translation>
    </message>
    <message>
        <source>object separator</source>
        <translation>dem Doppelpunkt nach einem Feldnamen</translation>
    </message>
    <message>
        <source>object</source>
        <translation>einem Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>einer Liste</translation>
    </message>
    <message>
        <source>&apos;[&apos;, &apos;{&apos;, or a literal</source>
        <translation>„[“, „{“ oder ein Wert</translation>
    </message>
    <message>
        <source>true literal</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false literal</source>
        <translation>false</translation>
    </message>
    <message>
        <source>null literal</source>
        <translation>null</translation>
    </message>
    <message>
        <source>string literal</source>
        <translation>ein Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>number literal</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>&lt;parse error&gt;</source>
        <translation>ein unlesbares Zeichen</translation>
    </message>
    <message>
        <source>end of input</source>
        <translation>das Ende der Datei</translation>
    </message>
    <message>
        <source>unknown token</source>
        <translation>ein unbekanntes Zeichen</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>ein ungültiges Wort (erlaubt sind nur true, false und null)</translation>
    </message>
    <message>
        <source>invalid string: missing closing quote</source>
        <translation>einem Text fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>invalid string: ill-formed UTF-8 byte</source>
        <translation>ein Text enthält ein ungültiges UTF-8-Byte</translation>
    </message>
    <message>
        <source>invalid string: &apos;\u&apos; must be followed by 4 hex digits</source>
        <translation>nach „\u“ müssen 4 Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF</source>
        <translation>ein Text enthält ein hohes Ersatzzeichen (U+D800..U+DBFF) ohne folgendes tiefes (U+DC00..U+DFFF)</translation>
    </message>
    <message>
        <source>invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF</source>
        <translation>ein Text enthält ein tiefes Ersatzzeichen (U+DC00..U+DFFF) ohne vorangehendes hohes (U+D800..U+DBFF)</translation>
    </message>
    <message>
        <source>invalid string: forbidden character after backslash</source>
        <translation>nach einem Backslash steht ein nicht erlaubtes Zeichen</translation>
    </message>
    <message>
        <source>invalid comment; missing closing &apos;*/&apos;</source>
        <translation>einem Kommentar fehlt das schließende „*/“</translation>
    </message>
    <message>
        <source>invalid comment; expecting &apos;/&apos; or &apos;*&apos; after &apos;/&apos;</source>
        <translation>nach „/“ muss „/“ oder „*“ folgen</translation>
    </message>
    <message>
        <source>invalid number; expected digit after &apos;-&apos;</source>
        <translation>ungültige Zahl: nach „-“ muss eine Ziffer folgen</translation>
    </message>
    <message>
        <source>invalid number; expected digit after &apos;.&apos;</source>
        <translation>ungültige Zahl: nach „.“ muss eine Ziffer folgen</translation>
    </message>
    <message>
        <source>invalid number; expected digit after exponent sign</source>
        <translation>ungültige Zahl: nach dem Vorzeichen des Exponenten muss eine Ziffer folgen</translation>
    </message>
    <message>
        <source>invalid BOM; must be 0xEF 0xBB 0xBF if given</source>
        <translation>ungültige Byte-Reihenfolge-Markierung (BOM); wenn vorhanden, lautet sie 0xEF 0xBB 0xBF</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>diese Datei oder diesen Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>kein Platz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>das ist ein Ordner</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, the most Glidepath reads</source>
        <translation>die Datei ist größer als %1 MB, mehr liest Glidepath nicht</translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation>das ist kein Dateiname</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>must be an object of named reason values, got %1</source>
        <translation>muss ein Objekt aus benannten Werten der Begründung sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a reason value such as {&quot;pain&quot;: 4}, got %1</source>
        <translation>muss ein Wert einer Begründung sein, etwa {&quot;pain&quot;: 4}, gefunden: %1</translation>
    </message>
    <message>
        <source>an exercise value needs &quot;exercise&quot; and &quot;name&quot; strings and an optional whole-number &quot;pain&quot;, got %1</source>
        <translation>ein Übungswert braucht die Texte „exercise“ und „name“ und optional eine ganze Zahl „pain“, gefunden: %1</translation>
    </message>
    <message>
        <source>must have one key (number, pain, percent, date, exercise, word, text or list), got %1</source>
        <translation>muss genau einen Schlüssel haben (number, pain, percent, date, exercise, word, text oder list), gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, got %2</source>
        <translation>„%1“ muss eine ganze Zahl sein, gefunden: %2</translation>
    </message>
    <message>
        <source>&quot;date&quot; must be a calendar date written YYYY-MM-DD, got %1</source>
        <translation>„date“ muss ein Kalenderdatum in der Form JJJJ-MM-TT sein, gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, got %2</source>
        <translation>„%1“ muss ein Text sein, gefunden: %2</translation>
    </message>
    <message>
        <source>&quot;list&quot; must be a list of reason values, got %1</source>
        <translation>„list“ muss eine Liste von Werten der Begründung sein, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown reason value type &quot;%1&quot; (expected number, pain, percent, date, exercise, word, text or list)</source>
        <translation>unbekannte Art von Wert „%1“ in einer Begründung (erwartet: number, pain, percent, date, exercise, word, text oder list)</translation>
    </message>
    <message>
        <source>this is a database file, not a JSON document: a Glidepath database is opened as a database (File ▸ Open Database… or --database), not read as a file</source>
        <translation>dies ist eine Datenbankdatei, kein JSON-Dokument: Eine Glidepath-Datenbank wird als Datenbank geöffnet (Datei ▸ Datenbank öffnen … oder --database), nicht als Datei eingelesen</translation>
    </message>
    <message>
        <source>this is a %1 file, not a JSON document; choose the .json file instead</source>
        <translation>dies ist eine %1-Datei, kein JSON-Dokument; wählen Sie stattdessen die .json-Datei</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data), so it cannot be a JSON document; choose the .json file instead</source>
        <translation>dies ist keine Textdatei (sie enthält Binärdaten) und kann daher kein JSON-Dokument sein; wählen Sie stattdessen die .json-Datei</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <extracomment>Where a problem is: a JSON pointer and the id of the record it is in, e.g. /exercises/3/name (“my-clamshell”).</extracomment>
        <translation>%1 („%2“)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Motor control</source>
        <translation>Motorische Kontrolle</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Beweglichkeit</translation>
    </message>
    <message>
        <source>Landing</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Gait</source>
        <translation>Gangbild</translation>
    </message>
    <message>
        <source>Lying on the back</source>
        <translation>Rückenlage</translation>
    </message>
    <message>
        <source>Side-lying</source>
        <translation>Seitenlage</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>Bauchlage</translation>
    </message>
    <message>
        <source>Hands and knees</source>
        <translation>Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>Kniend</translation>
    </message>
    <message>
        <source>Half-kneeling</source>
        <translation>Halbkniend</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sitzend</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Ankle</source>
        <translation>Sprunggelenk</translation>
    </message>
    <message>
        <source>Gluteus maximus</source>
        <translation>Großer Gesäßmuskel</translation>
    </message>
    <message>
        <source>Gluteus medius</source>
        <translation>Mittlerer Gesäßmuskel</translation>
    </message>
    <message>
        <source>Gluteus minimus</source>
        <translation>Kleiner Gesäßmuskel</translation>
    </message>
    <message>
        <source>Deep hip rotators</source>
        <translation>Tiefe Hüftrotatoren</translation>
    </message>
    <message>
        <source>Adductors</source>
        <translation>Adduktoren</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Hüftbeuger</translation>
    </message>
    <message>
        <source>Quadriceps</source>
        <translation>Quadrizeps</translation>
    </message>
    <message>
        <source>VMO (inner quadriceps)</source>
        <translation>VMO (innerer Quadrizeps)</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Ischiocrurale Muskulatur</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>Waden</translation>
    </message>
    <message>
        <source>TFL</source>
        <translation>TFL</translation>
    </message>
    <message>
        <source>Deep abdominals</source>
        <translation>Tiefe Bauchmuskeln</translation>
    </message>
    <message>
        <source>Obliques</source>
        <translation>Schräge Bauchmuskeln</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>The knee does not bend under load.</source>
        <translation>Das Knie beugt sich unter Last nicht.</translation>
    </message>
    <message>
        <source>Up to about 30° under load, or the knee bends without load.</source>
        <translation>Bis etwa 30° unter Last, oder das Knie beugt sich ohne Last.</translation>
    </message>
    <message>
        <source>About 30-60° of bend under load.</source>
        <translation>Etwa 30–60° Beugung unter Last.</translation>
    </message>
    <message>
        <source>More than 60° or end-range bend under load.</source>
        <translation>Mehr als 60° oder endgradige Beugung unter Last.</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Widerstandsband</translation>
    </message>
    <message>
        <source>Ankle weight</source>
        <translation>Gewichtsmanschette</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Ball</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>Pilates ring</source>
        <translation>Pilates-Ring</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Strap</source>
        <translation>Gurt</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Reformer</source>
        <translation>Reformer</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kasten</translation>
    </message>
    <message>
        <source>Cushion</source>
        <translation>Kissen</translation>
    </message>
    <message>
        <source>Dumbbell</source>
        <translation>Kurzhantel</translation>
    </message>
    <message>
        <source>Knee pad</source>
        <translation>Kniepolster</translation>
    </message>
    <message>
        <source>Both legs together</source>
        <translation>Beide Beine gleichzeitig</translation>
    </message>
    <message>
        <source>One leg at a time</source>
        <translation>Ein Bein nach dem anderen</translation>
    </message>
    <message>
        <source>Alternating legs</source>
        <translation>Beine abwechselnd</translation>
    </message>
    <message>
        <source>Deep knee bend</source>
        <translation>Tiefe Kniebeugung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Stoßbelastung</translation>
    </message>
    <message>
        <source>End-range hip bend</source>
        <translation>Endgradige Hüftbeugung</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Gleichgewicht</translation>
    </message>
    <message>
        <source>Kneecap compression</source>
        <translation>Druck auf die Kniescheibe</translation>
    </message>
    <message>
        <source>Loads the knee bent past about 60°; avoid while the knee is irritable.</source>
        <translation>Belastet das Knie mit mehr als etwa 60° Beugung; vermeiden, solange das Knie gereizt ist.</translation>
    </message>
    <message>
        <source>Weight goes through the front of the knee; pad it or choose another position.</source>
        <translation>Das Gewicht liegt vorn auf dem Knie; polstern oder eine andere Position wählen.</translation>
    </message>
    <message>
        <source>Includes hopping, jumping or landing.</source>
        <translation>Enthält Hüpfen, Springen oder Landen.</translation>
    </message>
    <message>
        <source>Takes the hip into a deep bend; may pinch an irritable hip.</source>
        <translation>Führt die Hüfte in eine tiefe Beugung; kann eine gereizte Hüfte einklemmen.</translation>
    </message>
    <message>
        <source>Needs steady balance; keep a support within reach.</source>
        <translation>Erfordert sicheres Gleichgewicht; eine Stütze in Reichweite halten.</translation>
    </message>
    <message>
        <source>Presses the kneecap firmly against the thigh bone.</source>
        <translation>Drückt die Kniescheibe fest gegen den Oberschenkelknochen.</translation>
    </message>
    <message>
        <source>Pain around the kneecap</source>
        <translation>Schmerzen rund um die Kniescheibe</translation>
    </message>
    <message>
        <source>Kneecap maltracking</source>
        <translation>Fehllauf der Kniescheibe</translation>
    </message>
    <message>
        <source>Hip muscle imbalance</source>
        <translation>Muskuläres Ungleichgewicht der Hüfte</translation>
    </message>
    <message>
        <source>After surgery</source>
        <translation>Nach einer Operation</translation>
    </message>
    <message>
        <source>General knee pain</source>
        <translation>Allgemeine Knieschmerzen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation>Treppen</translation>
    </message>
    <message>
        <source>Squatting</source>
        <translation>Hocken</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>Jumping sport</source>
        <translation>Sprungsport</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Daily living</source>
        <translation>Alltag</translation>
    </message>
    <message>
        <source>Settled by the next morning</source>
        <translation>Am nächsten Morgen abgeklungen</translation>
    </message>
    <message>
        <source>Worse the next morning</source>
        <translation>Am nächsten Morgen schlechter</translation>
    </message>
    <message>
        <source>No swelling</source>
        <translation>Keine Schwellung</translation>
    </message>
    <message>
        <source>Same as before</source>
        <translation>Wie vorher</translation>
    </message>
    <message>
        <source>New swelling</source>
        <translation>Neue Schwellung</translation>
    </message>
    <message>
        <source>Too easy</source>
        <translation>Zu leicht</translation>
    </message>
    <message>
        <source>About right</source>
        <translation>Genau richtig</translation>
    </message>
    <message>
        <source>Too hard</source>
        <translation>Zu schwer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Steigern</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Zurückgehen</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Überweisen</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>No check-in</source>
        <translation>Keine Rückmeldung</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>Each leg</source>
        <translation>Jedes Bein</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Phases %1–%2</source>
        <translation>Phasen %1–%2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QLocale pattern): day, short month</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (QLocale pattern): short weekday, day, short month</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (QLocale pattern): day, short month, year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format (QLocale pattern): short weekday and date</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QLocale pattern): day, month, year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>date format (QLocale pattern): date and time</comment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy, HH:mm</source>
        <comment>date format (QLocale pattern): weekday, date and time</comment>
        <translation>dddd, d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>No added load</source>
        <translation>Ohne Zusatzlast</translation>
    </message>
</context>
<context>
    <name>LibraryFileReader</name>
    <message>
        <source>Reading and checking “%1”…</source>
        <translation>„%1“ wird gelesen und geprüft …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import library</source>
        <translation>Bibliothek importieren</translation>
    </message>
</context>
<context>
    <name>LocationText</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>A clinic server is backed up on the server itself, with pg_dump (see the clinic server guide), not from this desk.</source>
        <translation>Ein Praxisserver wird auf dem Server selbst gesichert, mit pg_dump (siehe die Anleitung zum Praxisserver), nicht von diesem Arbeitsplatz aus.</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>“%1” belonged to a plan draft that has since been replaced; skipped.</source>
        <translation>„%1“ gehörte zu einem Planentwurf, der inzwischen ersetzt wurde; übersprungen.</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Swapped %1 for %2 on %3</source>
        <translation>%1 gegen %2 getauscht am %3</translation>
    </message>
    <message>
        <source>Swap %1 for %2</source>
        <translation>%1 gegen %2 tauschen</translation>
    </message>
    <message>
        <source>no tempo</source>
        <translation>kein Tempo</translation>
    </message>
    <message>
        <source>%1 s rest</source>
        <translation>%1 s Pause</translation>
    </message>
    <message>
        <source>Changed %1 on %2 from %3 to %4</source>
        <translation>%1 am %2 von %3 auf %4 geändert</translation>
    </message>
    <message>
        <source>Change dose of %1</source>
        <translation>Dosis von %1 ändern</translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation>%1 am %2 entfernt</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Added %1 to %2 (%3)</source>
        <translation>%1 am %2 hinzugefügt (%3)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Moved %1 on %2 from place %3 to place %4</source>
        <translation>%1 am %2 von Platz %3 auf Platz %4 verschoben</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>There is no plan to change.</source>
        <translation>Es gibt keinen Plan, der geändert werden kann.</translation>
    </message>
    <message>
        <source>This week is a referral: it cannot be edited into an exercise plan. The client needs a medical assessment first.</source>
        <translation>Diese Woche ist eine Überweisung: Daraus lässt sich kein Übungsplan machen. Die Person muss zuerst ärztlich untersucht werden.</translation>
    </message>
    <message>
        <source>There is no exercise at that place in the plan.</source>
        <translation>An dieser Stelle im Plan steht keine Übung.</translation>
    </message>
    <message>
        <source>Sets must be between 1 and 10, not %1.</source>
        <translation>Sätze müssen zwischen 1 und 10 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Reps must be between 0 and 50, not %1.</source>
        <translation>Wiederholungen müssen zwischen 0 und 50 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>A hold must be between 0 and 300 seconds, not %1.</source>
        <translation>Halten muss zwischen 0 und 300 Sekunden liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Give a number of reps, a hold, or both.</source>
        <translation>Geben Sie Wiederholungen, eine Haltezeit oder beides an.</translation>
    </message>
    <message>
        <source>Tempo &quot;%1&quot; is not lift-pause-lower seconds such as 2-1-3.</source>
        <translation>Das Tempo „%1“ ist nicht Heben-Pause-Senken in Sekunden wie 2-1-3.</translation>
    </message>
    <message>
        <source>Each part of the tempo must be 0-10 seconds.</source>
        <translation>Jeder Teil des Tempos muss 0–10 Sekunden betragen.</translation>
    </message>
    <message>
        <source>Rest must be between 0 and 600 seconds, not %1.</source>
        <translation>Die Pause muss zwischen 0 und 600 Sekunden liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Choose an exercise to swap in.</source>
        <translation>Wählen Sie eine Übung zum Eintauschen.</translation>
    </message>
    <message>
        <source>%1 is already planned there.</source>
        <translation>%1 ist dort bereits geplant.</translation>
    </message>
    <message>
        <source>A dose change cannot swap the exercise.</source>
        <translation>Eine Dosisänderung kann die Übung nicht austauschen.</translation>
    </message>
    <message>
        <source>There is no such day in the plan.</source>
        <translation>Diesen Tag gibt es im Plan nicht.</translation>
    </message>
    <message>
        <source>Choose an exercise to add.</source>
        <translation>Wählen Sie eine Übung zum Hinzufügen.</translation>
    </message>
    <message>
        <source>%1 is already planned on that day.</source>
        <translation>%1 ist an diesem Tag bereits geplant.</translation>
    </message>
    <message>
        <source>The template does not hold a whole week.</source>
        <translation>Die Vorlage enthält keine ganze Woche.</translation>
    </message>
    <message>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (nicht mehr in der Bibliothek)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Left out for this client: %1.</source>
        <translation>Für diese Person weggelassen: %1.</translation>
    </message>
    <message>
        <source>Moved %1 from %2 to %3</source>
        <translation>%1 von %2 auf %3 verschoben</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 auf %2 verschieben</translation>
    </message>
    <message>
        <source>Started the week from “%1”</source>
        <translation>Woche aus „%1“ begonnen</translation>
    </message>
    <message>
        <source>Start from “%1”</source>
        <translation>Mit „%1“ beginnen</translation>
    </message>
    <message>
        <source>A dose change cannot change what loads %1 (a band, an ankle weight or a dumbbell).</source>
        <translation>Eine Dosisänderung kann nicht ändern, womit %1 belastet wird (Band, Gewichtsmanschette oder Hantel).</translation>
    </message>
    <message>
        <source>The load of %1 can be from level 0 (no added load) to level %2, the heaviest the library allows; not %3.</source>
        <translation>Die Last von %1 kann von Stufe 0 (ohne Zusatzlast) bis Stufe %2 reichen, der schwersten, die die Bibliothek erlaubt; nicht %3.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Progress: move up one step this week</source>
        <translation>Steigern: diese Woche eine Stufe höher</translation>
    </message>
    <message>
        <source>Hold: repeat the same level this week</source>
        <translation>Halten: diese Woche dieselbe Stufe wiederholen</translation>
    </message>
    <message>
        <source>Step back: make this week easier</source>
        <translation>Zurückgehen: diese Woche leichter</translation>
    </message>
    <message>
        <source>%1 × %2, hold %3 s</source>
        <translation>%1 × %2, %3 s halten</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 × %2 s hold</source>
        <translation>%1 × %2 s halten</translation>
    </message>
    <message>
        <source>Tempo %1</source>
        <translation>Tempo %1</translation>
    </message>
    <message>
        <source>Refer: no exercise plan until a doctor or physiotherapist has checked the leg</source>
        <translation>Überweisen: kein Übungsplan, bis eine Ärztin, ein Arzt oder die Physiotherapie das Bein untersucht hat</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>dose, load</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>PROGRESS</source>
        <translation>STEIGERN</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>REGRESS</source>
        <translation>ZURÜCKGEHEN</translation>
    </message>
    <message>
        <source>REFER</source>
        <translation>ÜBERWEISEN</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So.</translation>
    </message>
    <message>
        <source>%1 × %2 with a %3 s hold</source>
        <translation>%1 × %2 mit %3 s Halten</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 × %2 s hold</source>
        <translation>%1 × %2 s Halten</translation>
    </message>
    <message>
        <source>, tempo %1</source>
        <translation>, Tempo %1</translation>
    </message>
    <message>
        <source>, rest %1 s</source>
        <translation>, Pause %1 s</translation>
    </message>
    <message>
        <source>, each side</source>
        <translation>, jede Seite</translation>
    </message>
    <message>
        <source>, left side only</source>
        <translation>, nur links</translation>
    </message>
    <message>
        <source>, right side only</source>
        <translation>, nur rechts</translation>
    </message>
    <message>
        <source>Plan for the week of %1</source>
        <translation>Plan für die Woche vom %1</translation>
    </message>
    <message>
        <source>Decision: %1 (light %2, phase %3)</source>
        <translation>Entscheidung: %1 (Ampel %2, Phase %3)</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>, about %1 min</source>
        <translation>, etwa %1 Min.</translation>
    </message>
    <message>
        <source>Changes made by the clinician:</source>
        <translation>Änderungen durch die Fachperson:</translation>
    </message>
</context>
<context>
    <name>ProfileExtraLabels</name>
    <message>
        <source>Knee arthroscopy (keyhole surgery)</source>
        <translation>Kniearthroskopie (Schlüssellochoperation)</translation>
    </message>
    <message>
        <source>ACL reconstruction</source>
        <translation>Kreuzbandplastik (VKB)</translation>
    </message>
    <message>
        <source>Knee replacement</source>
        <translation>Kniegelenkersatz</translation>
    </message>
    <message>
        <source>Other operation</source>
        <translation>Andere Operation</translation>
    </message>
    <message>
        <source>Full weight allowed</source>
        <translation>Volle Belastung erlaubt</translation>
    </message>
    <message>
        <source>Partial weight only</source>
        <translation>Nur Teilbelastung</translation>
    </message>
    <message>
        <source>No weight on the leg</source>
        <translation>Keine Belastung des Beins</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>Knien</translation>
    </message>
    <message>
        <source>Deep knee bends</source>
        <translation>Tiefe Kniebeugen</translation>
    </message>
    <message>
        <source>Hopping and landing</source>
        <translation>Hüpfen und Landen</translation>
    </message>
    <message>
        <source>Twisting and pivoting</source>
        <translation>Drehen und Richtungswechsel</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>A fall in the last year</source>
        <translation>Ein Sturz im letzten Jahr</translation>
    </message>
    <message>
        <source>Feels unsteady or worries about falling</source>
        <translation>Fühlt sich unsicher oder hat Angst zu stürzen</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Schwanger</translation>
    </message>
    <message>
        <source>Very flexible joints (hypermobility)</source>
        <translation>Sehr bewegliche Gelenke (Hypermobilität)</translation>
    </message>
    <message>
        <source>Osteoporosis (thin bones)</source>
        <translation>Osteoporose (Knochenschwund)</translation>
    </message>
    <message>
        <source>Hip replacement precautions</source>
        <translation>Vorsichtsmaßnahmen nach Hüftgelenkersatz</translation>
    </message>
    <message>
        <source>Do you sit for long periods on most days?</source>
        <translation>Sitzen Sie an den meisten Tagen lange?</translation>
    </message>
    <message>
        <source>Does the client sit for long periods on most days?</source>
        <translation>Sitzt die Person an den meisten Tagen lange?</translation>
    </message>
    <message>
        <source>Do you have back pain?</source>
        <translation>Haben Sie Rückenschmerzen?</translation>
    </message>
    <message>
        <source>Does the client have back pain?</source>
        <translation>Hat die Person Rückenschmerzen?</translation>
    </message>
    <message>
        <source>Does your sport or work repeat the same movement a lot (running, cycling, the same class every time)?</source>
        <translation>Wiederholt sich bei Ihrem Sport oder Ihrer Arbeit oft dieselbe Bewegung (Laufen, Radfahren, immer derselbe Kurs)?</translation>
    </message>
    <message>
        <source>Does the client&apos;s sport or work repeat the same movement a lot (running, cycling, the same class every time)?</source>
        <translation>Wiederholt sich beim Sport oder bei der Arbeit der Person oft dieselbe Bewegung (Laufen, Radfahren, immer derselbe Kurs)?</translation>
    </message>
    <message>
        <source>Do you already do exercises on purpose to keep your hips balanced?</source>
        <translation>Machen Sie schon gezielt Übungen, um Ihre Hüften im Gleichgewicht zu halten?</translation>
    </message>
    <message>
        <source>Does the client already do exercises on purpose to keep the hips balanced?</source>
        <translation>Macht die Person schon gezielt Übungen, um die Hüften im Gleichgewicht zu halten?</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>activity pain</source>
        <translation>Aktivitätsschmerz</translation>
    </message>
    <message>
        <source>pain in everyday activities</source>
        <translation>Schmerz im Alltag</translation>
    </message>
    <message>
        <source>night pain</source>
        <translation>Nachtschmerz</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>hip abductors</source>
        <translation>Hüftabduktoren</translation>
    </message>
    <message>
        <source>the muscles at the side of the hip</source>
        <translation>die Muskeln an der Seite der Hüfte</translation>
    </message>
    <message>
        <source>hip extensors</source>
        <translation>Hüftextensoren</translation>
    </message>
    <message>
        <source>the buttock muscles</source>
        <translation>die Gesäßmuskeln</translation>
    </message>
    <message>
        <source>quadriceps</source>
        <translation>Quadrizeps</translation>
    </message>
    <message>
        <source>the thigh muscles</source>
        <translation>die Oberschenkelmuskeln</translation>
    </message>
    <message>
        <source>trunk control</source>
        <translation>Rumpfkontrolle</translation>
    </message>
    <message>
        <source>the trunk muscles</source>
        <translation>die Rumpfmuskeln</translation>
    </message>
    <message>
        <source>landing</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>landing practice</source>
        <translation>Landeübungen</translation>
    </message>
    <message>
        <source>gait</source>
        <translation>Gangbild</translation>
    </message>
    <message>
        <source>walking practice</source>
        <translation>Gehübungen</translation>
    </message>
    <message>
        <source>other support muscles</source>
        <translation>weitere stützende Muskeln</translation>
    </message>
    <message>
        <source>mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>easy movement</source>
        <translation>lockere Bewegung</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>waking up the muscles</source>
        <translation>das Aufwecken der Muskeln</translation>
    </message>
    <message>
        <source>a fall in the last year</source>
        <translation>ein Sturz im letzten Jahr</translation>
    </message>
    <message>
        <source>feeling unsteady or worried about falling</source>
        <translation>Unsicherheit beim Stehen und Gehen oder Angst vor Stürzen</translation>
    </message>
    <message>
        <source>sits for long periods</source>
        <translation>sitzt lange am Stück</translation>
    </message>
    <message>
        <source>you sit for long periods</source>
        <translation>Sie lange am Stück sitzen</translation>
    </message>
    <message>
        <source>has back pain</source>
        <translation>hat Rückenschmerzen</translation>
    </message>
    <message>
        <source>you have back pain</source>
        <translation>Sie Rückenschmerzen haben</translation>
    </message>
    <message>
        <source>repeats the same motion a lot in sport or work</source>
        <translation>wiederholt beim Sport oder bei der Arbeit oft dieselbe Bewegung</translation>
    </message>
    <message>
        <source>you repeat the same movement a lot in sport or work</source>
        <translation>Sie beim Sport oder bei der Arbeit oft dieselbe Bewegung wiederholen</translation>
    </message>
    <message>
        <source>impact and landing</source>
        <translation>Stoßbelastung und Landen</translation>
    </message>
    <message>
        <source>jumping and landing</source>
        <translation>Springen und Landen</translation>
    </message>
    <message>
        <source>deep knee bend</source>
        <translation>tiefe Kniebeugung</translation>
    </message>
    <message>
        <source>deep knee bending</source>
        <translation>tiefes Beugen des Knies</translation>
    </message>
    <message>
        <source>knee arthroscopy</source>
        <translation>Kniearthroskopie</translation>
    </message>
    <message>
        <source>keyhole knee surgery</source>
        <translation>Kniespiegelung</translation>
    </message>
    <message>
        <source>ACL reconstruction</source>
        <translation>Kreuzbandplastik (VKB)</translation>
    </message>
    <message>
        <source>cruciate ligament surgery</source>
        <translation>Kreuzband-Operation</translation>
    </message>
    <message>
        <source>knee replacement</source>
        <translation>Kniegelenkersatz</translation>
    </message>
    <message>
        <source>non weight bearing</source>
        <translation>keine Belastung des Beins</translation>
    </message>
    <message>
        <source>no weight on the leg</source>
        <translation>kein Gewicht auf dem Bein</translation>
    </message>
    <message>
        <source>weeks in a row without settling</source>
        <translation>Wochen in Folge ohne Beruhigung</translation>
    </message>
    <message>
        <source>several weeks in a row without settling</source>
        <translation>mehrere Wochen in Folge ohne Beruhigung</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, day and month</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 × %2 with a %3 s hold</source>
        <translation>%1 × %2 mit %3 s Halten</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 × %2 s hold</source>
        <translation>%1 × %2 s Halten</translation>
    </message>
    <message>
        <source>, tempo %1</source>
        <translation>, Tempo %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> A little less on this day, to fit your %1 minutes.</source>
        <translation> An diesem Tag etwas weniger, damit es in Ihre %1 Minuten passt.</translation>
    </message>
    <message>
        <source> Shortened on this day to fit the %1-minute session: %2.</source>
        <translation> An diesem Tag gekürzt, damit es in die %1-Minuten-Einheit passt: %2.</translation>
    </message>
    <message>
        <source>pain during exercise stays at %1 out of 10 or less</source>
        <translation>der Schmerz beim Üben bei höchstens %1 von 10 bleibt</translation>
    </message>
    <message>
        <source>no exercise hurts above %1 out of 10</source>
        <translation>keine Übung mehr als %1 von 10 schmerzt</translation>
    </message>
    <message>
        <source>pain at rest and in everyday activities stops rising</source>
        <translation>der Schmerz in Ruhe und im Alltag nicht weiter zunimmt</translation>
    </message>
    <message>
        <source>the swelling has gone</source>
        <translation>die Schwellung abgeklungen ist</translation>
    </message>
    <message>
        <source>the night pain has gone</source>
        <translation>der Nachtschmerz abgeklungen ist</translation>
    </message>
    <message>
        <source>pain at rest is below %1 out of 10</source>
        <translation>der Schmerz in Ruhe unter %1 von 10 liegt</translation>
    </message>
    <message>
        <source>pain in everyday activities is below %1 out of 10</source>
        <translation>der Schmerz im Alltag unter %1 von 10 liegt</translation>
    </message>
    <message>
        <source>the next morning is settled</source>
        <translation>der nächste Morgen ruhig ist</translation>
    </message>
    <message>
        <source>Stay at this level for now; the plan moves on once %1.</source>
        <translation>Bleiben Sie vorerst auf dieser Stufe; der Plan geht weiter, sobald %1.</translation>
    </message>
    <message>
        <source>Please get the warning sign checked by a doctor or physiotherapist before you exercise again.</source>
        <translation>Bitte lassen Sie das Warnzeichen von einer Ärztin/einem Arzt oder einer Physiotherapeutin/einem Physiotherapeuten abklären, bevor Sie wieder üben.</translation>
    </message>
    <message>
        <source>Today, not later: %1</source>
        <translation>Heute, nicht später: %1</translation>
    </message>
    <message>
        <source>%1 weeks in a row without settling</source>
        <translation>%1 Wochen in Folge ohne Beruhigung</translation>
    </message>
    <message>
        <source>%1 that has lasted %2 weeks</source>
        <translation>%1 seit %2 Wochen</translation>
    </message>
    <message>
        <source>Please book a review with your physiotherapist or doctor: %1.</source>
        <translation>Bitte vereinbaren Sie einen Kontrolltermin bei Ihrer Physiotherapeutin/Ihrem Physiotherapeuten oder Ihrer Ärztin/Ihrem Arzt: %1.</translation>
    </message>
    <message>
        <source>New this week, in place of %1.</source>
        <translation>Neu diese Woche, anstelle von %1.</translation>
    </message>
    <message>
        <source>New this week, taking turns with %1.</source>
        <translation>Neu diese Woche, im Wechsel mit %1.</translation>
    </message>
    <message>
        <source>New this week, for %1.</source>
        <translation>Neu diese Woche, für %1.</translation>
    </message>
    <message>
        <source>which hurt %1/10 last week (above %2) and has no easier version that fits</source>
        <translation>die letzte Woche %1/10 schmerzte (über %2) und keine passende leichtere Variante hat</translation>
    </message>
    <message>
        <source>left out because %1</source>
        <translation>weggelassen, denn %1</translation>
    </message>
    <message>
        <source>New for %1 at its starting dose: replaces %2, %3.</source>
        <translation>Neu für %1 mit Anfangsdosis: ersetzt %2, %3.</translation>
    </message>
    <message>
        <source>New for %1 at its starting dose, for variety: it alternates with %2.</source>
        <translation>Neu für %1 mit Anfangsdosis, zur Abwechslung: im Wechsel mit %2.</translation>
    </message>
    <message>
        <source>First plan: %1 work at its starting dose (phase %2).</source>
        <translation>Erster Plan: Arbeit für %1 mit Anfangsdosis (Phase %2).</translation>
    </message>
    <message>
        <source>New for %1 at its starting dose (phase %2).</source>
        <translation>Neu für %1 mit Anfangsdosis (Phase %2).</translation>
    </message>
    <message>
        <source>reps %1 → %2</source>
        <translation>Wiederholungen %1 → %2</translation>
    </message>
    <message>
        <source>sets %1 → %2</source>
        <translation>Sätze %1 → %2</translation>
    </message>
    <message>
        <source>hold %1 s → %2 s</source>
        <translation>Halten %1 s → %2 s</translation>
    </message>
    <message>
        <source>lowering %1 s → %2 s</source>
        <translation>Absenken %1 s → %2 s</translation>
    </message>
    <message>
        <source>its harder version</source>
        <translation>die schwerere Variante</translation>
    </message>
    <message>
        <source>A little more than last week.</source>
        <translation>Etwas mehr als letzte Woche.</translation>
    </message>
    <message>
        <source>A harder version of %1, which had become easy.</source>
        <translation>Eine schwerere Variante von %1, die leicht geworden war.</translation>
    </message>
    <message>
        <source>The same as last week.</source>
        <translation>Genauso wie letzte Woche.</translation>
    </message>
    <message>
        <source>Kept from last week and moved up one step: %1 (now %2).</source>
        <translation>Aus der Vorwoche übernommen und eine Stufe gesteigert: %1 (jetzt %2).</translation>
    </message>
    <message>
        <source>Moved up from %1 (%2, at the top of its limits) to its harder version, at its starting dose.</source>
        <translation>Von %1 (%2, am oberen Ende der Grenzen) zur schwereren Variante gesteigert, mit Anfangsdosis.</translation>
    </message>
    <message>
        <source>Kept from last week at the same dose (%1): it is at the top of its limits and no harder version fits phase %2 and the equipment at hand.</source>
        <translation>Aus der Vorwoche mit gleicher Dosis übernommen (%1): Die Übung liegt am oberen Ende ihrer Grenzen, und keine schwerere Variante passt zu Phase %2 und den vorhandenen Geräten.</translation>
    </message>
    <message>
        <source>Kept from last week at the same dose (%1): the next step (%2) would not fit the %3-minute session.</source>
        <translation>Aus der Vorwoche mit gleicher Dosis übernommen (%1): Der nächste Schritt (%2) würde nicht in die %3-Minuten-Einheit passen.</translation>
    </message>
    <message>
        <source>A little less than last week, to let things settle.</source>
        <translation>Etwas weniger als letzte Woche, damit sich alles beruhigen kann.</translation>
    </message>
    <message>
        <source>An easier version of %1, to let things settle.</source>
        <translation>Eine leichtere Variante von %1, damit sich alles beruhigen kann.</translation>
    </message>
    <message>
        <source>Kept as light as it goes, to let things settle.</source>
        <translation>So leicht wie möglich gehalten, damit sich alles beruhigen kann.</translation>
    </message>
    <message>
        <source>Red week: about %1 less volume, %2 → %3.</source>
        <translation>Rote Woche: etwa %1 weniger Umfang, %2 → %3.</translation>
    </message>
    <message>
        <source>Red week: %1 was already at its lowest dose, so its easier version instead, at its starting dose.</source>
        <translation>Rote Woche: %1 war bereits bei der niedrigsten Dosis, daher stattdessen die leichtere Variante mit Anfangsdosis.</translation>
    </message>
    <message>
        <source>Red week: kept at its lowest dose (%1); there is no easier version that fits.</source>
        <translation>Rote Woche: bei der niedrigsten Dosis belassen (%1); es gibt keine passende leichtere Variante.</translation>
    </message>
    <message>
        <source>Pain during exercise: up to %1 out of 10 is fine and up to %2 out of 10 is acceptable if it has settled by the next morning. If an exercise goes above %2 out of 10, stop it and note it at your next check-in.</source>
        <translation>Schmerz beim Üben: bis %1 von 10 ist in Ordnung, bis %2 von 10 ist akzeptabel, wenn er am nächsten Morgen abgeklungen ist. Wenn eine Übung über %2 von 10 geht, brechen Sie sie ab und notieren Sie das bei Ihrer nächsten Rückmeldung.</translation>
    </message>
    <message>
        <source>Note how each session felt (pain during exercise, the next morning, any swelling) so that next week&apos;s plan can adjust.</source>
        <translation>Notieren Sie, wie sich jede Einheit angefühlt hat (Schmerz beim Üben, am nächsten Morgen, Schwellung), damit der Plan für nächste Woche angepasst werden kann.</translation>
    </message>
    <message>
        <source>Two difficult weeks in a row: please book a review with your physiotherapist or doctor before building up again.</source>
        <translation>Zwei schwierige Wochen in Folge: Bitte vereinbaren Sie einen Kontrolltermin bei Ihrer Physiotherapeutin/Ihrem Physiotherapeuten oder Ihrer Ärztin/Ihrem Arzt, bevor Sie wieder steigern.</translation>
    </message>
    <message>
        <source>This week steps back to let things settle. Pain should be back to your usual level by the next morning.</source>
        <translation>Diese Woche ist leichter, damit sich das Knie beruhigt. Bis zum nächsten Morgen sollte der Schmerz wieder wie gewohnt sein.</translation>
    </message>
    <message>
        <source>The exercises that hurt stay where they are; the others move up a little.</source>
        <translation>Die Übungen, die geschmerzt haben, bleiben, wie sie sind; die anderen werden etwas gesteigert.</translation>
    </message>
    <message>
        <source>A shorter session still counts: if a whole session does not fit into a day, do part of it.</source>
        <translation>Auch eine kürzere Einheit zählt: Wenn eine ganze Einheit nicht in einen Tag passt, machen Sie einen Teil davon.</translation>
    </message>
    <message>
        <source>Pain is well controlled, so the plan moves up a step.</source>
        <translation>Der Schmerz ist gut unter Kontrolle, daher geht der Plan eine Stufe höher.</translation>
    </message>
    <message>
        <source>Pain is well controlled, but nothing could move up this week; see the reasons.</source>
        <translation>Der Schmerz ist gut unter Kontrolle, aber diese Woche konnte nichts gesteigert werden; siehe die Gründe.</translation>
    </message>
    <message>
        <source>Pain is well controlled, but nothing could move up this week.</source>
        <translation>Der Schmerz ist gut unter Kontrolle, aber diese Woche konnte nichts gesteigert werden.</translation>
    </message>
    <message>
        <source>Kneeling exercises are left out while everyday activity pain is %1 out of 10 or more.</source>
        <translation>Übungen im Knien fallen weg, solange der Schmerz im Alltag bei %1 von 10 oder mehr liegt.</translation>
    </message>
    <message>
        <source>%1 would allow %2 for %3.</source>
        <translation>%1 würde %2 für %3 ermöglichen.</translation>
    </message>
    <message>
        <source>Single-leg exercises: work both legs, starting with the right leg; the left side is the sore one, so stop it sooner if pain rises.</source>
        <translation>Übungen auf einem Bein: Üben Sie beide Beine, zuerst das rechte; links ist die schmerzende Seite, hören Sie dort also früher auf, wenn der Schmerz zunimmt.</translation>
    </message>
    <message>
        <source>Single-leg exercises: work both legs, starting with the left leg; the right side is the sore one, so stop it sooner if pain rises.</source>
        <translation>Übungen auf einem Bein: Üben Sie beide Beine, zuerst das linke; rechts ist die schmerzende Seite, hören Sie dort also früher auf, wenn der Schmerz zunimmt.</translation>
    </message>
    <message>
        <source>Please pause the exercise programme and get checked before going on.</source>
        <translation>Bitte unterbrechen Sie das Übungsprogramm und lassen Sie sich untersuchen, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <source>While the knee is irritable, ease off what loads it most for a while: fewer stairs, no deep squatting or kneeling, and stand up and move every half hour when sitting. This is for now, not for ever.</source>
        <translation>Solange das Knie gereizt ist, schonen Sie es bei dem, was es am meisten belastet: weniger Treppen, nicht tief hocken oder knien, im Sitzen jede halbe Stunde aufstehen und sich bewegen. Das gilt nur vorerst.</translation>
    </message>
    <message>
        <source>If you run: keep your running at a level where pain stays at %1 out of 10 or less and is settled by the next morning. Cut the distance rather than stop altogether, run every other day, and slightly quicker, shorter steps can ease the knee.</source>
        <translation>Wenn Sie laufen: Laufen Sie nur so viel, dass der Schmerz höchstens %1 von 10 erreicht und am nächsten Morgen abgeklungen ist. Kürzen Sie lieber die Strecke, als ganz aufzuhören, laufen Sie jeden zweiten Tag; etwas schnellere, kürzere Schritte entlasten das Knie.</translation>
    </message>
    <message>
        <source>Do the balance exercises next to a sturdy chair or a wall and hold on whenever you need to.</source>
        <translation>Machen Sie die Gleichgewichtsübungen neben einem stabilen Stuhl oder einer Wand und halten Sie sich fest, wann immer Sie es brauchen.</translation>
    </message>
    <message>
        <source>Change one thing at a time: when you add activity, add a little, and keep it if the next morning is settled.</source>
        <translation>Ändern Sie immer nur eine Sache: Steigern Sie Ihre Aktivität nur wenig, und bleiben Sie dabei, wenn der nächste Morgen ruhig ist.</translation>
    </message>
    <message>
        <source>Welcome back. The plan restarts gently after the check-up and builds up again over the next weeks.</source>
        <translation>Willkommen zurück. Der Plan beginnt nach der Untersuchung wieder sanft und baut sich in den nächsten Wochen wieder auf.</translation>
    </message>
    <message>
        <source>It hurt last week, so it stays the same for now.</source>
        <translation>Die Übung hat letzte Woche geschmerzt, deshalb bleibt sie vorerst gleich.</translation>
    </message>
    <message>
        <source>Kept from last week at the same dose (%1): it hurt %2 (above %3), so it does not move up yet.</source>
        <translation>Aus der Vorwoche mit gleicher Dosis übernommen (%1): Schmerz %2 (über %3), daher noch keine Steigerung.</translation>
    </message>
    <message>
        <source>Chosen by hand in place of %1.</source>
        <translation>Von Hand gewählt anstelle von %1.</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>Von Hand hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 good week in a row</source>
        <translation>%1 gute Woche in Folge</translation>
    </message>
    <message>
        <source>%1 good weeks in a row</source>
        <translation>%1 gute Wochen in Folge</translation>
    </message>
    <message>
        <source>%1 green week in a row in phase %2 (needs %3)</source>
        <translation>%1 grüne Woche in Folge in Phase %2 (nötig: %3)</translation>
    </message>
    <message>
        <source>%1 green weeks in a row in phase %2 (needs %3)</source>
        <translation>%1 grüne Wochen in Folge in Phase %2 (nötig: %3)</translation>
    </message>
    <message>
        <source>pain at rest %1 out of 10 or less</source>
        <translation>Schmerz in Ruhe bei höchstens %1 von 10</translation>
    </message>
    <message>
        <source>rest pain %1/10 (needs %2 or less)</source>
        <translation>Ruheschmerz %1/10 (nötig: %2 oder weniger)</translation>
    </message>
    <message>
        <source>pain in everyday activities %1 out of 10 or less</source>
        <translation>Schmerz im Alltag bei höchstens %1 von 10</translation>
    </message>
    <message>
        <source>activity pain %1/10 (needs %2 or less)</source>
        <translation>Aktivitätsschmerz %1/10 (nötig: %2 oder weniger)</translation>
    </message>
    <message>
        <source>no swelling</source>
        <translation>keine Schwellung</translation>
    </message>
    <message>
        <source>no swelling (there is some now)</source>
        <translation>keine Schwellung (derzeit ist eine da)</translation>
    </message>
    <message>
        <source>swelling reported (needs none)</source>
        <translation>Schwellung gemeldet (nötig: keine)</translation>
    </message>
    <message>
        <source>single-leg exercises without much pain</source>
        <translation>Übungen auf einem Bein ohne viel Schmerz</translation>
    </message>
    <message>
        <source>single-leg work at most %1/10 (needs %2 or less)</source>
        <translation>Einbeinarbeit höchstens %1/10 (nötig: %2 oder weniger)</translation>
    </message>
    <message>
        <source>single-leg exercises that do not hurt (%1 did)</source>
        <translation>Übungen auf einem Bein, die nicht schmerzen (%1 hat geschmerzt)</translation>
    </message>
    <message>
        <source>single-leg work hurt: %1 (needs %2 or less)</source>
        <translation>Einbeinarbeit schmerzte: %1 (nötig: %2 oder weniger)</translation>
    </message>
    <message>
        <source>some single-leg exercises done without much pain</source>
        <translation>einige Übungen auf einem Bein ohne viel Schmerz geschafft</translation>
    </message>
    <message>
        <source>no single-leg work in last week&apos;s plan to judge by (needs %1 or less)</source>
        <translation>keine Einbeinarbeit im Plan der letzten Woche, nach der sich urteilen ließe (nötig: %1 oder weniger)</translation>
    </message>
    <message>
        <source>a goal of running or jumping sport</source>
        <translation>ein Ziel mit Lauf- oder Sprungsport</translation>
    </message>
    <message>
        <source>no goal of running or jumping sport (needed for landing and power work)</source>
        <translation>kein Ziel mit Lauf- oder Sprungsport (nötig für Lande- und Schnellkraftarbeit)</translation>
    </message>
    <message>
        <source>it is hidden in the library</source>
        <translation>sie ist in der Bibliothek ausgeblendet</translation>
    </message>
    <message>
        <source>it belongs to a later stage of the programme</source>
        <translation>sie gehört zu einer späteren Stufe des Programms</translation>
    </message>
    <message>
        <source>it starts in phase %1 and the plan is in phase %2</source>
        <translation>sie beginnt in Phase %1 und der Plan ist in Phase %2</translation>
    </message>
    <message>
        <source>it belongs to an earlier stage of the programme</source>
        <translation>sie gehört zu einer früheren Stufe des Programms</translation>
    </message>
    <message>
        <source>it ends with phase %1 and the plan is in phase %2</source>
        <translation>sie endet mit Phase %1 und der Plan ist in Phase %2</translation>
    </message>
    <message>
        <source>landing practice comes later in the programme</source>
        <translation>Landeübungen kommen später im Programm</translation>
    </message>
    <message>
        <source>landing work starts in phase %1</source>
        <translation>Landearbeit beginnt in Phase %1</translation>
    </message>
    <message>
        <source>walking practice comes later in the programme</source>
        <translation>Gehübungen kommen später im Programm</translation>
    </message>
    <message>
        <source>gait work starts in phase %1</source>
        <translation>Gangarbeit beginnt in Phase %1</translation>
    </message>
    <message>
        <source>it needs %1, which you do not have</source>
        <translation>sie braucht %1, und das haben Sie nicht</translation>
    </message>
    <message>
        <source>it needs %1, which the client does not have</source>
        <translation>sie braucht %1, und das hat die Person nicht</translation>
    </message>
    <message>
        <source>it bends the knee more than is wise this week</source>
        <translation>sie beugt das Knie diese Woche stärker, als gut ist</translation>
    </message>
    <message>
        <source>its loaded knee bend (%1) is above the red-week limit (%2)</source>
        <translation>ihre Kniebeugung unter Last (%1) liegt über der Grenze für rote Wochen (%2)</translation>
    </message>
    <message>
        <source>it has more impact than is wise this week</source>
        <translation>sie belastet das Knie diese Woche stärker durch Stöße, als gut ist</translation>
    </message>
    <message>
        <source>its impact (%1) is above the red-week limit (%2)</source>
        <translation>ihre Stoßbelastung (%1) liegt über der Grenze für rote Wochen (%2)</translation>
    </message>
    <message>
        <source>kneeling waits while everyday activities hurt</source>
        <translation>Knien muss warten, solange Alltagsbewegungen schmerzen</translation>
    </message>
    <message>
        <source>kneeling is left out while activity pain is %1 (%2 or more)</source>
        <translation>Knien fällt weg, solange der Aktivitätsschmerz bei %1 liegt (%2 oder mehr)</translation>
    </message>
    <message>
        <source>it hurt last week</source>
        <translation>sie hat letzte Woche geschmerzt</translation>
    </message>
    <message>
        <source>it hurt %1 last week (above %2)</source>
        <translation>sie schmerzte letzte Woche mit %1 (über %2)</translation>
    </message>
    <message>
        <source>it is harder than %1, which hurt last week</source>
        <translation>sie ist schwerer als %1, die letzte Woche geschmerzt hat</translation>
    </message>
    <message>
        <source>it is harder than %1, which hurt above %2 last week</source>
        <translation>sie ist schwerer als %1, die letzte Woche über %2 geschmerzt hat</translation>
    </message>
    <message>
        <source>kneeling is not cleared by the surgeon</source>
        <translation>Knien ist chirurgisch nicht freigegeben</translation>
    </message>
    <message>
        <source>deep knee bending is not cleared by the surgeon</source>
        <translation>tiefe Kniebeugung ist chirurgisch nicht freigegeben</translation>
    </message>
    <message>
        <source>running is not cleared by the surgeon</source>
        <translation>Laufen ist chirurgisch nicht freigegeben</translation>
    </message>
    <message>
        <source>pivoting is not cleared by the surgeon</source>
        <translation>Drehbewegungen sind chirurgisch nicht freigegeben</translation>
    </message>
    <message>
        <source>impact and landing are not cleared by the surgeon</source>
        <translation>Stoßbelastung und Landen sind chirurgisch nicht freigegeben</translation>
    </message>
    <message>
        <source>standing work waits until the leg may take weight</source>
        <translation>Übungen im Stand warten, bis das Bein belastet werden darf</translation>
    </message>
    <message>
        <source>the knee is irritable, so deep loaded bending and kneecap pressure wait</source>
        <translation>das Knie ist gereizt, daher warten tiefe Beugung unter Last und Druck auf die Kniescheibe</translation>
    </message>
    <message>
        <source>balance work needs a chair or wall to hold</source>
        <translation>Gleichgewichtsübungen brauchen einen Stuhl oder eine Wand zum Festhalten</translation>
    </message>
    <message>
        <source>balance work needs a chair or wall to hold (falls risk)</source>
        <translation>Gleichgewichtsarbeit nur mit Stuhl oder Wand zum Festhalten (Sturzrisiko)</translation>
    </message>
    <message>
        <source>no jumping or hopping, to keep you safe from falls</source>
        <translation>kein Springen oder Hüpfen, damit Sie vor Stürzen sicher sind</translation>
    </message>
    <message>
        <source>no impact with a falls risk</source>
        <translation>keine Stoßbelastung bei Sturzrisiko</translation>
    </message>
    <message>
        <source>it does not suit you at the moment</source>
        <translation>sie passt im Moment nicht zu Ihnen</translation>
    </message>
    <message>
        <source>it does not suit the client&apos;s precautions</source>
        <translation>sie passt nicht zu den Warnhinweisen der Person</translation>
    </message>
    <message>
        <source>knee bending stays gentle and there is no jumping or hopping</source>
        <translation>das Knie wird nur sanft gebeugt und es gibt kein Springen oder Hüpfen</translation>
    </message>
    <message>
        <source>loaded knee bending is kept to %1 and impact to %2</source>
        <translation>die Kniebeugung unter Last bleibt auf %1 begrenzt und die Stoßbelastung auf %2</translation>
    </message>
    <message>
        <source>You answered yes to &quot;%1&quot;. Please get this checked by a doctor today; no exercises until then.</source>
        <translation>Sie haben „%1“ mit Ja beantwortet. Bitte lassen Sie das heute noch ärztlich abklären; bis dahin keine Übungen.</translation>
    </message>
    <message>
        <source>You answered yes to &quot;%1&quot;. Please get this checked before you carry on; no exercises until then.</source>
        <translation>Sie haben „%1“ mit Ja beantwortet. Bitte lassen Sie das abklären, bevor Sie weitermachen; bis dahin keine Übungen.</translation>
    </message>
    <message>
        <source>at screening and in the check-in of %1</source>
        <translation>in der Abfrage und in der Rückmeldung vom %1</translation>
    </message>
    <message>
        <source>at screening</source>
        <translation>in der Abfrage</translation>
    </message>
    <message>
        <source>in the check-in of %1</source>
        <translation>in der Rückmeldung vom %1</translation>
    </message>
    <message>
        <source>Same-day medical assessment; no exercises until a clinician has checked it.</source>
        <translation>Ärztliche Abklärung noch am selben Tag; keine Übungen, bis eine Fachperson es geprüft hat.</translation>
    </message>
    <message>
        <source>No exercises until a clinician has checked it.</source>
        <translation>Keine Übungen, bis eine Fachperson es geprüft hat.</translation>
    </message>
    <message>
        <source>pain at rest has gone up from %1 to %2</source>
        <translation>der Schmerz in Ruhe ist von %1 auf %2 gestiegen</translation>
    </message>
    <message>
        <source>rest pain rose from %1 to %2 (from the check-in of %3)</source>
        <translation>Ruheschmerz von %1 auf %2 gestiegen (seit der Rückmeldung vom %3)</translation>
    </message>
    <message>
        <source>pain in everyday activities has gone up from %1 to %2</source>
        <translation>der Schmerz im Alltag ist von %1 auf %2 gestiegen</translation>
    </message>
    <message>
        <source>activity pain rose from %1 to %2 (from the check-in of %3)</source>
        <translation>Aktivitätsschmerz von %1 auf %2 gestiegen (seit der Rückmeldung vom %3)</translation>
    </message>
    <message>
        <source>%1, compared with your best recent week: a clear rise.</source>
        <translation>%1, verglichen mit Ihrer besten Woche in letzter Zeit: ein deutlicher Anstieg.</translation>
    </message>
    <message>
        <source>%1, compared with your best recent week: a small rise.</source>
        <translation>%1, verglichen mit Ihrer besten Woche in letzter Zeit: ein leichter Anstieg.</translation>
    </message>
    <message>
        <source>%1, the best of the last %2 check-in</source>
        <translation>%1, gemessen am besten Wert der letzten %2 Rückmeldung</translation>
    </message>
    <message>
        <source>%1, the best of the last %2 check-ins</source>
        <translation>%1, gemessen am besten Wert der letzten %2 Rückmeldungen</translation>
    </message>
    <message>
        <source>%1: a rise of %2 points or more.</source>
        <translation>%1: ein Anstieg um %2 Punkte oder mehr.</translation>
    </message>
    <message>
        <source>%1: a small rise (%2 point or more, under %3).</source>
        <translation>%1: ein leichter Anstieg (%2 Punkt oder mehr, unter %3).</translation>
    </message>
    <message>
        <source>Pain at rest is %1.</source>
        <translation>Der Schmerz in Ruhe liegt bei %1.</translation>
    </message>
    <message>
        <source>Pain in everyday activities is %1.</source>
        <translation>Der Schmerz im Alltag liegt bei %1.</translation>
    </message>
    <message>
        <source>Rest pain is %1 (%2 or more).</source>
        <translation>Ruheschmerz %1 (%2 oder mehr).</translation>
    </message>
    <message>
        <source>Pain in everyday activity is %1 (%2 or more).</source>
        <translation>Aktivitätsschmerz %1 (%2 oder mehr).</translation>
    </message>
    <message>
        <source>Pain during exercise was %1, it had settled by the next morning, and there was no swelling or night pain: a good week.</source>
        <translation>Der Schmerz beim Üben lag bei %1, war am nächsten Morgen abgeklungen, und es gab keine Schwellung und keinen Nachtschmerz: eine gute Woche.</translation>
    </message>
    <message>
        <source>Pain during exercise was %1 (%2 or less), the next morning was settled</source>
        <translation>Schmerz beim Üben %1 (%2 oder weniger), der nächste Morgen war ruhig</translation>
    </message>
    <message>
        <source>, rest and activity pain did not rise (last check-in: rest %1 → %2, activity %3 → %4)</source>
        <translation>, Ruhe- und Aktivitätsschmerz nicht gestiegen (letzte Rückmeldung: Ruhe %1 → %2, Aktivität %3 → %4)</translation>
    </message>
    <message>
        <source>, with no swelling or night pain.</source>
        <translation>, ohne Schwellung oder Nachtschmerz.</translation>
    </message>
    <message>
        <source>You are ready for the next stage of the programme: %1.</source>
        <translation>Sie sind bereit für die nächste Stufe des Programms: %1.</translation>
    </message>
    <message>
        <source>Moves from phase %1 to phase %2: %3.</source>
        <translation>Wechsel von Phase %1 in Phase %2: %3.</translation>
    </message>
    <message>
        <source>Not ready for the next stage yet: %1.</source>
        <translation>Noch nicht bereit für die nächste Stufe: %1.</translation>
    </message>
    <message>
        <source>Stays in phase %1, not yet ready for phase %2: %3.</source>
        <translation>Bleibt in Phase %1, noch nicht bereit für Phase %2: %3.</translation>
    </message>
    <message>
        <source> Already met: %1.</source>
        <translation> Bereits erfüllt: %1.</translation>
    </message>
    <message>
        <source>Welcome back after your check-up with %1: the plan starts again gently, with easier exercises, and builds up once things stay settled.</source>
        <translation>Willkommen zurück nach Ihrer Untersuchung bei %1: Der Plan beginnt wieder sanft mit leichteren Übungen und baut sich auf, sobald alles ruhig bleibt.</translation>
    </message>
    <message>
        <source>After the referral the plan starts again gently, with easier exercises, and builds up once things stay settled.</source>
        <translation>Nach der Überweisung beginnt der Plan wieder sanft mit leichteren Übungen und baut sich auf, sobald alles ruhig bleibt.</translation>
    </message>
    <message>
        <source>Last week&apos;s plan was a referral for a red flag. </source>
        <translation>Der Plan der letzten Woche war eine Überweisung wegen eines Warnzeichens. </translation>
    </message>
    <message>
        <source>Seen and cleared by %1 on %2</source>
        <translation>Gesehen und freigegeben von %1 am %2</translation>
    </message>
    <message>
        <source> (&quot;%1&quot;)</source>
        <translation> („%1“)</translation>
    </message>
    <message>
        <source>%1: restarts in phase %2, below phase %3 before the referral</source>
        <translation>%1: Neustart in Phase %2, unter Phase %3 vor der Überweisung</translation>
    </message>
    <message>
        <source>No clinician review is recorded since then, only the check-in&apos;s answers: restarts in phase %1</source>
        <translation>Seitdem ist keine fachliche Kontrolle erfasst, nur die Antworten der Rückmeldung: Neustart in Phase %1</translation>
    </message>
    <message>
        <source>Still building up after the referral: %1 for now.</source>
        <translation>Noch im Wiederaufbau nach der Überweisung, daher vorerst: %1.</translation>
    </message>
    <message>
        <source>Still building up after a referral and nothing newer shows it has settled: the red-week caps stay.</source>
        <translation>Noch im Wiederaufbau nach einer Überweisung, und nichts Neueres zeigt, dass es sich beruhigt hat: Die Begrenzungen der roten Woche bleiben.</translation>
    </message>
    <message>
        <source>Still building up after the referral: %1 until you have had %2 settled weeks in a row.</source>
        <translation>Noch im Wiederaufbau nach der Überweisung: %1, bis Sie %2 ruhige Wochen in Folge hatten.</translation>
    </message>
    <message>
        <source>Building up after a referral: %1 green week in a row of %2 needed, so %3.</source>
        <translation>Wiederaufbau nach einer Überweisung: %1 grüne Woche in Folge von %2 nötigen, daher gilt: %3.</translation>
    </message>
    <message>
        <source>Building up after a referral: %1 green weeks in a row of %2 needed, so %3.</source>
        <translation>Wiederaufbau nach einer Überweisung: %1 grüne Wochen in Folge von %2 nötigen, daher gilt: %3.</translation>
    </message>
    <message>
        <source>After your %1 the plan builds up step by step.</source>
        <translation>Nach der Operation (%1) baut sich der Plan Schritt für Schritt auf.</translation>
    </message>
    <message>
        <source>After your operation the plan builds up step by step.</source>
        <translation>Nach Ihrer Operation baut sich der Plan Schritt für Schritt auf.</translation>
    </message>
    <message>
        <source> Until your surgeon says so, there is no %1.</source>
        <translation> Bis Ihre Chirurgin oder Ihr Chirurg es erlaubt, fällt Folgendes weg: %1.</translation>
    </message>
    <message>
        <source>%1 weeks ago</source>
        <translation>vor %1 Wochen</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>Datum nicht erfasst</translation>
    </message>
    <message>
        <source>After surgery (%1, %2, weight bearing %3)</source>
        <translation>Nach Operation (%1, %2, Belastung: %3)</translation>
    </message>
    <message>
        <source>After surgery (no operation recorded)</source>
        <translation>Nach Operation (keine Operation erfasst)</translation>
    </message>
    <message>
        <source>%1: the plan goes no higher than phase %2</source>
        <translation>%1: Der Plan geht nicht über Phase %2 hinaus</translation>
    </message>
    <message>
        <source>; not cleared by the surgeon, so never planned: %1</source>
        <translation>; chirurgisch nicht freigegeben, daher nie geplant: %1</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>Alter %1</translation>
    </message>
    <message>
        <source>%1 is no longer available; another exercise takes its place.</source>
        <translation>%1 gibt es nicht mehr; eine andere Übung tritt an ihre Stelle.</translation>
    </message>
    <message>
        <source>too few sessions were done to progress</source>
        <translation>zu wenige Einheiten erledigt, um zu steigern</translation>
    </message>
    <message>
        <source>last week felt too hard</source>
        <translation>die letzte Woche war zu anstrengend</translation>
    </message>
    <message>
        <source>an amber week</source>
        <translation>eine gelbe Woche</translation>
    </message>
    <message>
        <source>no new check-in to judge by</source>
        <translation>keine neue Rückmeldung zur Beurteilung</translation>
    </message>
    <message>
        <source>Kept from last week at the same dose (%1): %2.</source>
        <translation>Aus der Vorwoche mit gleicher Dosis übernommen (%1): %2.</translation>
    </message>
    <message>
        <source> It hurt %1 last week.</source>
        <translation> Schmerz letzte Woche: %1.</translation>
    </message>
    <message>
        <source>Moved on from %1 to a harder version.</source>
        <translation>Von %1 zu einer schwereren Variante gewechselt.</translation>
    </message>
    <message>
        <source>An easier version of %1, because %2.</source>
        <translation>Eine leichtere Variante von %1, denn %2.</translation>
    </message>
    <message>
        <source>%1 is left out this week because %2; moved on to its harder version instead, at its starting dose.</source>
        <translation>%1 fällt diese Woche weg, denn %2; stattdessen die schwerere Variante mit Anfangsdosis.</translation>
    </message>
    <message>
        <source>%1 is left out this week because %2; its easier version instead, at its starting dose.</source>
        <translation>%1 fällt diese Woche weg, denn %2; stattdessen die leichtere Variante mit Anfangsdosis.</translation>
    </message>
    <message>
        <source>%1: %2 hurt last week and is left out, and no other exercise fits in its place.</source>
        <translation>%1: %2 hat letzte Woche geschmerzt und fällt weg, und keine andere Übung passt an ihre Stelle.</translation>
    </message>
    <message>
        <source>%1: no exercise replaces %2, which hurt %3/10 last week (above %4) and has no easier version that fits.</source>
        <translation>%1: Keine Übung ersetzt %2, die letzte Woche %3/10 schmerzte (über %4) und keine passende leichtere Variante hat.</translation>
    </message>
    <message>
        <source>%1: %2 is left out this week because %3, and no other exercise fits in its place.</source>
        <translation>%1: %2 fällt diese Woche weg, denn %3, und keine andere Übung passt an ihre Stelle.</translation>
    </message>
    <message>
        <source>%1: no exercise replaces %2, left out because %3.</source>
        <translation>%1: Keine Übung ersetzt %2, weggelassen, denn %3.</translation>
    </message>
    <message>
        <source>This week has %1 strength day (%2), with easier days and rest days around it.</source>
        <translation>Diese Woche hat %1 Krafttag (%2), mit leichteren Tagen und Ruhetagen drumherum.</translation>
    </message>
    <message>
        <source>This week has %1 strength days (%2), never two in a row, with easier days and rest days in between.</source>
        <translation>Diese Woche hat %1 Krafttage (%2), nie zwei hintereinander, mit leichteren Tagen und Ruhetagen dazwischen.</translation>
    </message>
    <message>
        <source>%1 strength day (%2), never two in a row, </source>
        <translation>%1 Krafttag (%2), nie zwei hintereinander, </translation>
    </message>
    <message>
        <source>%1 strength days (%2), never two in a row, </source>
        <translation>%1 Krafttage (%2), nie zwei hintereinander, </translation>
    </message>
    <message>
        <source>%1 mobility and activation day and </source>
        <translation>%1 Mobilitäts- und Aktivierungstag und </translation>
    </message>
    <message>
        <source>%1 mobility and activation days and </source>
        <translation>%1 Mobilitäts- und Aktivierungstage und </translation>
    </message>
    <message>
        <source>%1 rest days, from %2 sessions a week</source>
        <translation>%1 Ruhetage, bei %2 gewünschten Einheiten pro Woche</translation>
    </message>
    <message>
        <source>; a red week has at most %1 strength days</source>
        <translation>; eine rote Woche hat höchstens %1 Krafttage</translation>
    </message>
    <message>
        <source>No exercise for %1 fits this week with the equipment you have</source>
        <translation>Für %1 passt diese Woche keine Übung zu den Geräten, die Sie haben</translation>
    </message>
    <message>
        <source>No %1 exercise fits this week (phase %2, the client&apos;s equipment and today&apos;s precautions)</source>
        <translation>Keine Übung für %1 passt diese Woche (Phase %2, Geräte der Person und heutige Warnhinweise)</translation>
    </message>
    <message>
        <source>; %1 would allow %2</source>
        <translation>; %1 würde %2 ermöglichen</translation>
    </message>
    <message>
        <source>A first plan starts in the phase the rules give for a new client.</source>
        <translation>Ein erster Plan beginnt in der Phase, die die Regeln für neue Klienten vorsehen.</translation>
    </message>
    <message>
        <source>The programme starts at the beginning.</source>
        <translation>Das Programm beginnt am Anfang.</translation>
    </message>
    <message>
        <source>This is your first week: each exercise starts gently.</source>
        <translation>Dies ist Ihre erste Woche: Jede Übung beginnt sanft.</translation>
    </message>
    <message>
        <source>No check-in yet, so the plan stays as it was.</source>
        <translation>Noch keine Rückmeldung, daher bleibt der Plan, wie er war.</translation>
    </message>
    <message>
        <source>No check-in yet: a first week in phase %1 with each exercise at its starting dose.</source>
        <translation>Noch keine Rückmeldung: eine erste Woche in Phase %1, jede Übung mit Anfangsdosis.</translation>
    </message>
    <message>
        <source>No check-in yet: the plan stays in phase %1 with last week&apos;s exercises and doses.</source>
        <translation>Noch keine Rückmeldung: Der Plan bleibt in Phase %1 mit den Übungen und Dosen der letzten Woche.</translation>
    </message>
    <message>
        <source>There is no check-in about last week yet, so the plan stays as it was.</source>
        <translation>Zur letzten Woche gibt es noch keine Rückmeldung, daher bleibt der Plan, wie er war.</translation>
    </message>
    <message>
        <source>The latest check-in (%1) is not after the start of the last plan (%2), so there is no news about that week: same exercises and doses, in phase %3.</source>
        <translation>Die neueste Rückmeldung (%1) liegt nicht nach dem Beginn des letzten Plans (%2), es gibt also nichts Neues zu dieser Woche: dieselben Übungen und Dosen, in Phase %3.</translation>
    </message>
    <message>
        <source>Your last check-in was on %1, too long ago to judge by, so the plan stays as it was.</source>
        <translation>Ihre letzte Rückmeldung war am %1, das ist zu lange her, um danach zu urteilen, daher bleibt der Plan, wie er war.</translation>
    </message>
    <message>
        <source>The latest check-in (%1) is %2 days before this week (more than %3), too old to judge the week by: the plan holds in phase %4.</source>
        <translation>Die neueste Rückmeldung (%1) liegt %2 Tage vor dieser Woche (mehr als %3) und ist zu alt, um die Woche zu beurteilen: Der Plan bleibt in Phase %4.</translation>
    </message>
    <message>
        <source>Pain during exercise was %1: a little higher than we aim for.</source>
        <translation>Der Schmerz beim Üben lag bei %1: etwas höher als angestrebt.</translation>
    </message>
    <message>
        <source>Pain during exercise was %1: above %2 but not above %3.</source>
        <translation>Schmerz beim Üben %1: über %2, aber nicht über %3.</translation>
    </message>
    <message>
        <source>Pain during exercise was %1: too high.</source>
        <translation>Der Schmerz beim Üben lag bei %1: zu hoch.</translation>
    </message>
    <message>
        <source>Pain during exercise was %1, above %2.</source>
        <translation>Schmerz beim Üben %1, über %2.</translation>
    </message>
    <message>
        <source>Pain the next morning was higher than usual instead of settling.</source>
        <translation>Der Schmerz am nächsten Morgen war höher als üblich, statt abzuklingen.</translation>
    </message>
    <message>
        <source>The morning after exercise your pain was worse than usual.</source>
        <translation>Am Morgen nach dem Üben war Ihr Schmerz stärker als sonst.</translation>
    </message>
    <message>
        <source>Rest and activity pain are compared with the best of the last few check-ins.</source>
        <translation>Ruhe- und Aktivitätsschmerz werden mit dem besten Wert der letzten Rückmeldungen verglichen.</translation>
    </message>
    <message>
        <source>Your pain is compared with your best recent week.</source>
        <translation>Ihr Schmerz wird mit Ihrer besten Woche in letzter Zeit verglichen.</translation>
    </message>
    <message>
        <source>%1 hurt more than it should.</source>
        <translation>%1 hat mehr geschmerzt, als es sollte.</translation>
    </message>
    <message>
        <source>An exercise hurt above %1: %2.</source>
        <translation>Eine Übung schmerzte über %1: %2.</translation>
    </message>
    <message>
        <source>New swelling was reported.</source>
        <translation>Eine neue Schwellung wurde gemeldet.</translation>
    </message>
    <message>
        <source>You told us about new swelling.</source>
        <translation>Sie haben uns eine neue Schwellung gemeldet.</translation>
    </message>
    <message>
        <source>Swelling is still there, no worse than before.</source>
        <translation>Die Schwellung ist noch da, aber nicht schlimmer als zuvor.</translation>
    </message>
    <message>
        <source>The swelling is still there, though no worse.</source>
        <translation>Die Schwellung ist noch da, aber nicht schlimmer.</translation>
    </message>
    <message>
        <source>You told us about pain at night.</source>
        <translation>Sie haben uns Schmerzen in der Nacht gemeldet.</translation>
    </message>
    <message>
        <source>Night pain was reported and is new since the check-in of %1.</source>
        <translation>Nachtschmerz gemeldet, neu seit der Rückmeldung vom %1.</translation>
    </message>
    <message>
        <source>Night pain was reported.</source>
        <translation>Nachtschmerz gemeldet.</translation>
    </message>
    <message>
        <source>The pain at night is still there.</source>
        <translation>Die Schmerzen in der Nacht sind noch da.</translation>
    </message>
    <message>
        <source>Night pain continues from the check-in of %1.</source>
        <translation>Nachtschmerz besteht weiter seit der Rückmeldung vom %1.</translation>
    </message>
    <message>
        <source>Green week: each exercise moves up one step, one variable at a time (more reps, then more sets, then a longer hold or slower lowering, then its harder version).</source>
        <translation>Grüne Woche: Jede Übung wird um eine Stufe gesteigert, immer nur eine Größe auf einmal (mehr Wiederholungen, dann mehr Sätze, dann längeres Halten oder langsameres Absenken, dann die schwerere Variante).</translation>
    </message>
    <message>
        <source>A good week, so each exercise moves up a little.</source>
        <translation>Eine gute Woche, daher wird jede Übung etwas gesteigert.</translation>
    </message>
    <message>
        <source>Amber week: the same exercises at the same doses.</source>
        <translation>Gelbe Woche: dieselben Übungen mit denselben Dosen.</translation>
    </message>
    <message>
        <source>The same exercises as last week, at the same amount.</source>
        <translation>Dieselben Übungen wie letzte Woche, im gleichen Umfang.</translation>
    </message>
    <message>
        <source>Only some of the planned sessions were done, so the amount stays the same for now.</source>
        <translation>Nur ein Teil der geplanten Einheiten wurde gemacht, daher bleibt der Umfang vorerst gleich.</translation>
    </message>
    <message>
        <source>Only %1 of the planned sessions were done (%2 needed to progress): the same doses, no progress.</source>
        <translation>Nur %1 der geplanten Einheiten erledigt (%2 nötig zum Steigern): gleiche Dosen, keine Steigerung.</translation>
    </message>
    <message>
        <source>Last week felt too hard, although pain stayed low: the same doses again before moving on.</source>
        <translation>Die letzte Woche war zu anstrengend, obwohl der Schmerz niedrig blieb: noch einmal dieselben Dosen, bevor es weitergeht.</translation>
    </message>
    <message>
        <source>Last week felt too hard, so the amount stays the same for another week.</source>
        <translation>Die letzte Woche war zu anstrengend, daher bleibt der Umfang eine weitere Woche gleich.</translation>
    </message>
    <message>
        <source>This week steps back: a little less of each exercise, or an easier version, and %1.</source>
        <translation>Diese Woche geht einen Schritt zurück: etwas weniger von jeder Übung oder eine leichtere Variante, und %1.</translation>
    </message>
    <message>
        <source>Red week: each exercise steps back about %1 in volume, or to its easier version when it cannot go lower; %2.</source>
        <translation>Rote Woche: Jede Übung wird im Umfang um etwa %1 zurückgestuft oder auf die leichtere Variante, wenn es nicht niedriger geht; %2.</translation>
    </message>
    <message>
        <source>A week to move up, but nothing could move up this time, so the plan stays as it was.</source>
        <translation>Eine Woche zum Steigern, aber diesmal konnte nichts gesteigert werden, daher bleibt der Plan, wie er war.</translation>
    </message>
    <message>
        <source>A week to move up, but no exercise could: each is at the top of its limits or its next step would not fit the %1-minute session, so the week holds.</source>
        <translation>Eine Woche zum Steigern, aber keine Übung konnte gesteigert werden: Jede liegt am oberen Ende ihrer Grenzen oder ihr nächster Schritt würde nicht in die %1-Minuten-Einheit passen, daher wird die Woche gehalten.</translation>
    </message>
    <message>
        <source>A week to move up, but every exercise is held this week (it hurt, was skipped, or is new), so the week holds.</source>
        <translation>Eine Woche zum Steigern, aber jede Übung wird diese Woche gehalten (sie schmerzte, wurde ausgelassen oder ist neu), daher wird die Woche gehalten.</translation>
    </message>
    <message>
        <source>Amber week from the exercises that hurt: each exercise that hurt above %1/10 keeps its dose, the others move up one step.</source>
        <translation>Gelbe Woche wegen schmerzender Übungen: Jede Übung, die über %1/10 schmerzte, behält ihre Dosis, die anderen werden eine Stufe gesteigert.</translation>
    </message>
    <message>
        <source>A good week, and the plan starts again gently after the check-up.</source>
        <translation>Eine gute Woche, und der Plan beginnt nach der Untersuchung wieder sanft.</translation>
    </message>
    <message>
        <source>A good week. This is your first plan, so each exercise starts gently.</source>
        <translation>Eine gute Woche. Dies ist Ihr erster Plan, daher beginnt jede Übung sanft.</translation>
    </message>
    <message>
        <source>A green week, but the first plan after a referral starts again at the starting doses.</source>
        <translation>Eine grüne Woche, aber der erste Plan nach einer Überweisung beginnt wieder mit den Anfangsdosen.</translation>
    </message>
    <message>
        <source>A green week, but this is the first plan: each exercise starts at its starting dose.</source>
        <translation>Eine grüne Woche, aber dies ist der erste Plan: Jede Übung beginnt mit ihrer Anfangsdosis.</translation>
    </message>
    <message>
        <source>You managed about %1 of %2 sessions, so this week has %3, to build the habit back up.</source>
        <translation>Sie haben etwa %1 von %2 Einheiten geschafft, daher sind es diese Woche %3, damit die Gewohnheit wieder wächst.</translation>
    </message>
    <message>
        <source>About %1 of %2 planned sessions were done: %3 sessions are planned this week, to build the habit back up.</source>
        <translation>Etwa %1 von %2 geplanten Einheiten erledigt: Diese Woche sind %3 Einheiten geplant, um die Gewohnheit wieder aufzubauen.</translation>
    </message>
    <message>
        <source>%1 has lasted several weeks: please see your physiotherapist or doctor.</source>
        <translation>%1 hält schon mehrere Wochen an: Bitte wenden Sie sich an Ihre Physiotherapeutin/Ihren Physiotherapeuten oder Ihre Ärztin/Ihren Arzt.</translation>
    </message>
    <message>
        <source>%1 in each of the last %2 check-ins (since %3): a clinician should review the plan.</source>
        <translation>%1 in jeder der letzten %2 Rückmeldungen (seit %3): Eine Fachperson sollte den Plan prüfen.</translation>
    </message>
    <message>
        <source>Several weeks in a row have not settled: please see your physiotherapist or doctor.</source>
        <translation>Mehrere Wochen in Folge hat sich nichts beruhigt: Bitte wenden Sie sich an Ihre Physiotherapeutin/Ihren Physiotherapeuten oder Ihre Ärztin/Ihren Arzt.</translation>
    </message>
    <message>
        <source>%1 amber or red weeks in a row (check-ins of %2): a clinician should review the plan.</source>
        <translation>%1 gelbe oder rote Wochen in Folge (Rückmeldungen vom %2): Eine Fachperson sollte den Plan prüfen.</translation>
    </message>
    <message>
        <source>You are doing well, but it is still early after your operation, so the plan does not move on yet.</source>
        <translation>Es läuft gut, aber die Operation ist noch nicht lange her, daher geht der Plan noch nicht weiter.</translation>
    </message>
    <message>
        <source>Ready for phase %1, but the time since surgery allows phase %2 at most.</source>
        <translation>Bereit für Phase %1, aber die Zeit seit der Operation erlaubt höchstens Phase %2.</translation>
    </message>
    <message>
        <source>Partial or no weight bearing after surgery: standing work waits.</source>
        <translation>Teil- oder Nichtbelastung nach Operation: Übungen im Stand warten.</translation>
    </message>
    <message>
        <source>Exercises standing on the leg wait until it may take your full weight.</source>
        <translation>Übungen im Stehen auf dem Bein warten, bis es Ihr volles Gewicht tragen darf.</translation>
    </message>
    <message>
        <source>Two difficult weeks in a row: the plan goes back to the beginning, and a physiotherapist or doctor should look at it.</source>
        <translation>Zwei schwierige Wochen in Folge: Der Plan geht zurück an den Anfang, und eine Physiotherapeutin/ein Physiotherapeut oder eine Ärztin/ein Arzt sollte ihn sich ansehen.</translation>
    </message>
    <message>
        <source>last plan and the check-in of %1</source>
        <translation>letzter Plan und Rückmeldung vom %1</translation>
    </message>
    <message>
        <source>check-ins of %1</source>
        <translation>Rückmeldungen vom %1</translation>
    </message>
    <message>
        <source>%1 red weeks in a row (%2), %3 or more: back to phase %4, and a clinician should review the plan.</source>
        <translation>%1 rote Wochen in Folge (%2), %3 oder mehr: zurück in Phase %4, und eine Fachperson sollte den Plan prüfen.</translation>
    </message>
    <message>
        <source>An easier version of %1, which hurt last week.</source>
        <translation>Eine leichtere Variante von %1, die letzte Woche geschmerzt hat.</translation>
    </message>
    <message>
        <source>%1 hurt last week, so an easier version takes its place: %2.</source>
        <translation>%1 hat letzte Woche geschmerzt, daher tritt eine leichtere Variante an ihre Stelle: %2.</translation>
    </message>
    <message>
        <source>%1 hurt last week, so it is left out this week.</source>
        <translation>%1 hat letzte Woche geschmerzt, daher fällt sie diese Woche weg.</translation>
    </message>
    <message>
        <source>%1 hurt %2/10 last week (above %3)</source>
        <translation>%1 schmerzte letzte Woche %2/10 (über %3)</translation>
    </message>
    <message>
        <source>%1: swapped for its easier version at its starting dose.</source>
        <translation>%1: gegen die leichtere Variante mit Anfangsdosis getauscht.</translation>
    </message>
    <message>
        <source>%1: swapped for its easier version, %2.</source>
        <translation>%1: gegen die leichtere Variante getauscht, %2.</translation>
    </message>
    <message>
        <source>%1: it is left out this week.</source>
        <translation>%1: fällt diese Woche weg.</translation>
    </message>
    <message>
        <source>You logged %1 session last week.</source>
        <translation>Sie haben letzte Woche %1 Einheit eingetragen.</translation>
    </message>
    <message>
        <source>You logged %1 sessions last week.</source>
        <translation>Sie haben letzte Woche %1 Einheiten eingetragen.</translation>
    </message>
    <message>
        <source>%1 session logged in the week of %2</source>
        <translation>%1 Einheit eingetragen in der Woche vom %2</translation>
    </message>
    <message>
        <source>%1 sessions logged in the week of %2</source>
        <translation>%1 Einheiten eingetragen in der Woche vom %2</translation>
    </message>
    <message>
        <source> for %1 planned: %2 of the planned sessions done, taken instead of the check-in&apos;s %3.</source>
        <translation> bei %1 geplanten: %2 der geplanten Einheiten erledigt, übernommen statt der %3 aus der Rückmeldung.</translation>
    </message>
    <message>
        <source>In your session on %1 you logged pain of %2, more than at the check-in.</source>
        <translation>In Ihrer Einheit am %1 haben Sie Schmerz von %2 eingetragen, mehr als in der Rückmeldung.</translation>
    </message>
    <message>
        <source>Pain during the session of %1 was logged at %2, above the check-in&apos;s %3: the week is judged by the logged pain.</source>
        <translation>Schmerz in der Einheit vom %1 mit %2 eingetragen, über den %3 der Rückmeldung: Die Woche wird nach dem eingetragenen Schmerz beurteilt.</translation>
    </message>
    <message>
        <source>%1 hurt %2 out of 10 on %3.</source>
        <translation>%1 hat am %3 mit %2 von 10 geschmerzt.</translation>
    </message>
    <message>
        <source>%1 was logged at %2/10 during exercise on %3 (above %4): it counts as an exercise that hurt.</source>
        <translation>%1 wurde am %3 beim Üben mit %2/10 eingetragen (über %4): zählt als schmerzende Übung.</translation>
    </message>
    <message>
        <source>Skipped on %1, so it stays the same this week.</source>
        <translation>Am %1 ausgelassen, daher bleibt die Übung diese Woche gleich.</translation>
    </message>
    <message>
        <source>Kept from last week at the same dose (%1): it was skipped in the session of %2, and a skipped exercise does not count as progress.</source>
        <translation>Aus der Vorwoche mit gleicher Dosis übernommen (%1): In der Einheit vom %2 ausgelassen, und eine ausgelassene Übung zählt nicht als Fortschritt.</translation>
    </message>
    <message>
        <source>%1 was skipped on %2, so it stays the same this week.</source>
        <translation>%1 wurde am %2 ausgelassen, daher bleibt sie diese Woche gleich.</translation>
    </message>
    <message>
        <source>%1 was skipped in the logged session of %2: it stays at %3 this week.</source>
        <translation>%1 wurde in der eingetragenen Einheit vom %2 ausgelassen: bleibt diese Woche bei %3.</translation>
    </message>
    <message>
        <source>Kneeling exercises are left out while everyday activities hurt.</source>
        <translation>Übungen im Knien fallen weg, solange Alltagsbewegungen schmerzen.</translation>
    </message>
    <message>
        <source>Activity pain is %1 (%2 or more) with %3: kneeling exercises are left out.</source>
        <translation>Aktivitätsschmerz %1 (%2 oder mehr) bei %3: Übungen im Knien fallen weg.</translation>
    </message>
    <message>
        <source>Only exercises the client&apos;s equipment allows are planned.</source>
        <translation>Es werden nur Übungen geplant, die die Geräte der Person erlauben.</translation>
    </message>
    <message>
        <source>Only exercises you can do with your own equipment are planned.</source>
        <translation>Es werden nur Übungen geplant, die Sie mit Ihren eigenen Geräten machen können.</translation>
    </message>
    <message>
        <source>Last week was difficult and there is no news yet, so %1.</source>
        <translation>Die letzte Woche war schwierig und es gibt noch nichts Neues, daher gilt: %1.</translation>
    </message>
    <message>
        <source>Last week&apos;s plan was red and nothing newer shows it has settled: %1.</source>
        <translation>Der Plan der letzten Woche war rot, und nichts Neueres zeigt, dass es sich beruhigt hat: %1.</translation>
    </message>
    <message>
        <source>Your knee is irritated at the moment, so deep knee bending and exercises that press on the kneecap wait.</source>
        <translation>Ihr Knie ist im Moment gereizt, daher warten tiefes Beugen des Knies und Übungen, die auf die Kniescheibe drücken.</translation>
    </message>
    <message>
        <source>Swelling is reported</source>
        <translation>Schwellung gemeldet</translation>
    </message>
    <message>
        <source>Activity pain is %1 (%2 or more)</source>
        <translation>Aktivitätsschmerz %1 (%2 oder mehr)</translation>
    </message>
    <message>
        <source>%1: the knee is irritable, so loaded knee bending is kept to %2 and exercises that press the kneecap hard are left out.</source>
        <translation>%1: Das Knie ist gereizt, daher bleibt die Kniebeugung unter Last auf %2 begrenzt, und Übungen mit starkem Druck auf die Kniescheibe fallen weg.</translation>
    </message>
    <message>
        <source>To keep you safe from falls, balance exercises are done holding a chair or a wall, with no jumping, and the plan moves on a little more slowly.</source>
        <translation>Damit Sie vor Stürzen sicher sind, werden Gleichgewichtsübungen mit Festhalten an einem Stuhl oder einer Wand gemacht, ohne Springen, und der Plan geht etwas langsamer voran.</translation>
    </message>
    <message>
        <source>Falls risk (%1): balance work only with a chair or wall to hold, no impact, and %2 more green week at each phase gate.</source>
        <translation>Sturzrisiko (%1): Gleichgewichtsarbeit nur mit Stuhl oder Wand zum Festhalten, keine Stoßbelastung, und %2 grüne Woche mehr an jeder Phasenschwelle.</translation>
    </message>
    <message>
        <source>Exercises that do not suit the client&apos;s precautions are left out.</source>
        <translation>Übungen, die nicht zu den Warnhinweisen der Person passen, fallen weg.</translation>
    </message>
    <message>
        <source>Exercises that do not suit you are left out.</source>
        <translation>Übungen, die nicht zu Ihnen passen, fallen weg.</translation>
    </message>
    <message>
        <source>Nothing harder than an exercise that hurt is planned in its place.</source>
        <translation>Anstelle einer schmerzenden Übung wird nichts Schwereres geplant.</translation>
    </message>
    <message>
        <source>An exercise that hurt is never replaced by a harder one.</source>
        <translation>Eine Übung, die geschmerzt hat, wird nie durch eine schwerere ersetzt.</translation>
    </message>
    <message>
        <source>Only a few new exercises each week, so that we can tell what helps.</source>
        <translation>Nur wenige neue Übungen pro Woche, damit wir erkennen können, was hilft.</translation>
    </message>
    <message>
        <source>At most %1 new exercises a week, so that a flare-up can be traced to a change: other changes wait.</source>
        <translation>Höchstens %1 neue Übungen pro Woche, damit sich eine Reizung auf eine Änderung zurückführen lässt: Weitere Änderungen warten.</translation>
    </message>
    <message>
        <source>Walking goal: graded walking work from the first weeks.</source>
        <translation>Ziel Gehen: abgestufte Gehübungen ab den ersten Wochen.</translation>
    </message>
    <message>
        <source>You want to walk more, so walking practice is part of the plan.</source>
        <translation>Sie möchten mehr gehen, daher gehören Gehübungen zum Plan.</translation>
    </message>
    <message>
        <source>Running goal: a return-to-run pathway once the entry criteria are met.</source>
        <translation>Ziel Laufen: ein Weg zurück zum Laufen, sobald die Einstiegskriterien erfüllt sind.</translation>
    </message>
    <message>
        <source>You want to run, so running comes back step by step once you are ready.</source>
        <translation>Sie möchten laufen, daher kommt das Laufen Schritt für Schritt zurück, sobald Sie so weit sind.</translation>
    </message>
    <message>
        <source>Stairs goal: step-up and step-down work.</source>
        <translation>Ziel Treppen: Step-up- und Step-down-Übungen.</translation>
    </message>
    <message>
        <source>You want to manage stairs, so stepping exercises are part of the plan.</source>
        <translation>Sie möchten Treppen bewältigen, daher gehören Stufenübungen zum Plan.</translation>
    </message>
    <message>
        <source>Squatting goal: a squat progression.</source>
        <translation>Ziel Hocke: eine Kniebeugen-Progression.</translation>
    </message>
    <message>
        <source>You want to squat, so squats build up step by step.</source>
        <translation>Sie möchten in die Hocke gehen können, daher bauen sich Kniebeugen Schritt für Schritt auf.</translation>
    </message>
    <message>
        <source>Daily living goal: sit-to-stand work.</source>
        <translation>Ziel Alltag: Aufstehen aus dem Sitzen.</translation>
    </message>
    <message>
        <source>Getting up from a chair is practised, for everyday life.</source>
        <translation>Das Aufstehen von einem Stuhl wird geübt, für den Alltag.</translation>
    </message>
    <message>
        <source>Because %1, hip exercises (outer, inner and front of the hip) come first on easier days.</source>
        <translation>Weil %1, kommen Hüftübungen (außen, innen und vorne an der Hüfte) an leichteren Tagen zuerst.</translation>
    </message>
    <message>
        <source>Hip-balance self-check: the client %1 and does no hip-balance work, so hip mobility (outer, inner and front of the hip) comes first on mobility days.</source>
        <translation>Selbsttest Hüftbalance: Die Person %1 und macht keine Arbeit für die Hüftbalance, daher kommt Hüftmobilität (außen, innen und vorne an der Hüfte) an Mobilitätstagen zuerst.</translation>
    </message>
    <message>
        <source>Landing work waits for its phase and a sport goal.</source>
        <translation>Landearbeit wartet auf ihre Phase und ein Sportziel.</translation>
    </message>
    <message>
        <source>Landing practice comes later in the programme.</source>
        <translation>Landeübungen kommen später im Programm.</translation>
    </message>
    <message>
        <source>Gait work waits for its phase unless walking is a goal.</source>
        <translation>Gangarbeit wartet auf ihre Phase, außer Gehen ist ein Ziel.</translation>
    </message>
    <message>
        <source>Walking practice comes later in the programme.</source>
        <translation>Gehübungen kommen später im Programm.</translation>
    </message>
    <message>
        <source>You asked for %1 sessions a week; %2 are planned so that you have time to rest.</source>
        <translation>Sie haben sich %1 Einheiten pro Woche gewünscht; %2 sind geplant, damit Sie Zeit zum Erholen haben.</translation>
    </message>
    <message>
        <source>%1 sessions a week were asked for; %2 are planned to keep at least %3 rest day.</source>
        <translation>%1 Einheiten pro Woche gewünscht; %2 sind geplant, um mindestens %3 Ruhetag zu behalten.</translation>
    </message>
    <message>
        <source>%1 sessions a week were asked for; %2 are planned to keep at least %3 rest days.</source>
        <translation>%1 Einheiten pro Woche gewünscht; %2 sind geplant, um mindestens %3 Ruhetage zu behalten.</translation>
    </message>
    <message>
        <source>Exercises for the same muscles alternate across the week, for variety.</source>
        <translation>Übungen für dieselben Muskeln wechseln sich über die Woche ab, für Abwechslung.</translation>
    </message>
    <message>
        <source>Some exercises take turns across the week, for variety.</source>
        <translation>Einige Übungen wechseln sich über die Woche ab, für Abwechslung.</translation>
    </message>
    <message>
        <source>%1 does not fit into your %2 minutes on %3, so it is left out that day.</source>
        <translation>%1 passt am %3 nicht in Ihre %2 Minuten und fällt an diesem Tag weg.</translation>
    </message>
    <message>
        <source>The %1-minute session on %2 has no room for %3 (%4) at its full dose.</source>
        <translation>In der %1-Minuten-Einheit am %2 ist kein Platz für %3 (%4) in voller Dosis.</translation>
    </message>
    <message>
        <source>The %1-minute session on %2 has no room for %3 (%4) even at its smallest dose.</source>
        <translation>In der %1-Minuten-Einheit am %2 ist kein Platz für %3 (%4), auch nicht in der kleinsten Dosis.</translation>
    </message>
    <message>
        <source>load %1 → %2</source>
        <translation>Belastung %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A slightly heavier band or weight.</source>
        <translation>Ein etwas stärkeres Band oder Gewicht.</translation>
    </message>
    <message>
        <source>Load moves up one level (band or weight) once reps, sets, hold and tempo have no room or no time left in the session.</source>
        <translation>Die Belastung steigt um eine Stufe (Band oder Gewicht), sobald Wiederholungen, Sätze, Halten und Tempo keinen Spielraum mehr haben oder die Zeit der Einheit nicht reicht.</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format of clinician reasons (QDate pattern)</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>&quot;%1&quot; from last week&apos;s plan is no longer in the library; another exercise takes its place.</source>
        <translation>„%1“ aus dem Plan der letzten Woche ist nicht mehr in der Bibliothek; eine andere Übung tritt an ihre Stelle.</translation>
    </message>
    <message>
        <source>no mobility and activation day and </source>
        <translation>kein Mobilitäts- und Aktivierungstag und </translation>
    </message>
    <message>
        <source>%1 rest day, from %2 sessions a week</source>
        <translation>%1 Ruhetag, bei %2 gewünschten Einheiten pro Woche</translation>
    </message>
    <message>
        <source>the last stage of the programme reached</source>
        <translation>die letzte Stufe des Programms erreicht</translation>
    </message>
    <message>
        <source>phase 4 reached (now phase %1)</source>
        <translation>Phase 4 erreicht (jetzt Phase %1)</translation>
    </message>
    <message>
        <source>%1 minutes of brisk walking in one session without much pain (last week: %2)</source>
        <translation>%1 Minuten zügiges Gehen in einer Einheit ohne viel Schmerz (letzte Woche: %2)</translation>
    </message>
    <message>
        <source>brisk walking %1 min in one session at %2/10 or less (needs %3 min)</source>
        <translation>zügiges Gehen %1 Min. in einer Einheit bei höchstens %2/10 (nötig: %3 Min.)</translation>
    </message>
    <message>
        <source>walking that does not hurt (%1 did)</source>
        <translation>Gehen, das nicht wehtut (%1 tat weh)</translation>
    </message>
    <message>
        <source>walking hurt: %1 (needs %2/10 or less)</source>
        <translation>Gehen schmerzte: %1 (nötig: höchstens %2/10)</translation>
    </message>
    <message>
        <source>hops and landings without much pain</source>
        <translation>Hüpfen und Landen ohne viel Schmerz</translation>
    </message>
    <message>
        <source>hop and landing work at most %1/10 (needs %2 or less)</source>
        <translation>Hüpf- und Landeübungen höchstens %1/10 (nötig: höchstens %2)</translation>
    </message>
    <message>
        <source>hops that do not hurt (%1 did)</source>
        <translation>Hüpfen, das nicht wehtut (%1 tat weh)</translation>
    </message>
    <message>
        <source>hop and landing work hurt: %1 (needs %2 or less)</source>
        <translation>Hüpf- und Landeübungen schmerzten: %1 (nötig: höchstens %2)</translation>
    </message>
    <message>
        <source>some hops and landings done without much pain</source>
        <translation>etwas Hüpfen und Landen ohne viel Schmerz</translation>
    </message>
    <message>
        <source>no hop or landing work in last week&apos;s plan to judge by (needs %1/10 or less)</source>
        <translation>keine Hüpf- oder Landeübungen im Plan der letzten Woche zur Beurteilung (nötig: höchstens %1/10)</translation>
    </message>
    <message>
        <source>a good week, settled by the next morning</source>
        <translation>eine gute Woche, am nächsten Morgen abgeklungen</translation>
    </message>
    <message>
        <source>a green week with a settled next morning</source>
        <translation>eine grüne Woche mit abgeklungenem nächstem Morgen</translation>
    </message>
    <message>
        <source>a good week, settled by the next morning (not this week)</source>
        <translation>eine gute Woche, am nächsten Morgen abgeklungen (diese Woche nicht)</translation>
    </message>
    <message>
        <source>a green week with a settled next morning (not this week)</source>
        <translation>eine grüne Woche mit abgeklungenem nächstem Morgen (diese Woche nicht)</translation>
    </message>
    <message>
        <source>running comes back once brisk walking and hops are easy</source>
        <translation>das Laufen kommt zurück, sobald zügiges Gehen und Hüpfen leichtfallen</translation>
    </message>
    <message>
        <source>walk-run work waits for the return-to-run entry criteria</source>
        <translation>Geh-Lauf-Training wartet auf die Einstiegskriterien für die Rückkehr zum Laufen</translation>
    </message>
    <message>
        <source>Your knee was worse the morning after your session on %1</source>
        <translation>Ihr Knie war am Morgen nach Ihrer Einheit am %1 schlechter</translation>
    </message>
    <message>
        <source>Your knee was worse the morning after a session</source>
        <translation>Ihr Knie war am Morgen nach einer Einheit schlechter</translation>
    </message>
    <message>
        <source>%1, so this week steps back a little.</source>
        <translation>%1, deshalb geht diese Woche einen kleinen Schritt zurück.</translation>
    </message>
    <message>
        <source>%1, so this week nothing gets harder.</source>
        <translation>%1, deshalb wird diese Woche nichts schwerer.</translation>
    </message>
    <message>
        <source>Worse next morning logged after the session of %1</source>
        <translation>Schlechterer nächster Morgen nach der Einheit vom %1 eingetragen</translation>
    </message>
    <message>
        <source>Worse next morning logged after a session</source>
        <translation>Schlechterer nächster Morgen nach einer Einheit eingetragen</translation>
    </message>
    <message>
        <source>%1: counted like a check-in&apos;s &quot;next morning higher&quot; (symptoms must settle by the next morning), so the week is at least %2 and no phase gate passes.</source>
        <translation>%1: zählt wie ein „am nächsten Morgen stärker“ in der Rückmeldung (Beschwerden müssen bis zum nächsten Morgen abklingen), daher ist die Woche mindestens %2 und kein Phasenübergang wird erreicht.</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>You are ready to start walk-run intervals: %1.</source>
        <translation>Sie sind bereit für Geh-Lauf-Intervalle: %1.</translation>
    </message>
    <message>
        <source>Return-to-run entry criteria met, walk-run work may start: %1.</source>
        <translation>Einstiegskriterien für die Rückkehr zum Laufen erfüllt, Geh-Lauf-Training darf beginnen: %1.</translation>
    </message>
    <message>
        <source>Running comes back once you are ready; walking goes on until then.</source>
        <translation>Das Laufen kommt zurück, sobald Sie bereit sind; bis dahin geht das Gehen weiter.</translation>
    </message>
    <message>
        <source>Return-to-run entry criteria not met yet: the walking work goes on.</source>
        <translation>Einstiegskriterien für die Rückkehr zum Laufen noch nicht erfüllt: das Gehtraining geht weiter.</translation>
    </message>
    <message>
        <source>Walking goes on for now. Before running starts we need: %1.</source>
        <translation>Vorerst geht das Gehen weiter. Bevor das Laufen beginnt, brauchen wir: %1.</translation>
    </message>
    <message>
        <source>Return-to-run entry criteria not met yet, the walking work goes on; missing: %1.</source>
        <translation>Einstiegskriterien für die Rückkehr zum Laufen noch nicht erfüllt, das Gehtraining geht weiter; es fehlt: %1.</translation>
    </message>
    <message>
        <source>Your knee settled by the morning after running, so the running can build up.</source>
        <translation>Ihr Knie hatte sich am Morgen nach dem Laufen beruhigt, deshalb kann das Laufen gesteigert werden.</translation>
    </message>
    <message>
        <source>Next morning after walk-run settled: walk-run may move up one step.</source>
        <translation>Nächster Morgen nach Geh-Lauf-Training abgeklungen: Geh-Lauf-Training darf eine Stufe steigen.</translation>
    </message>
    <message>
        <source>Your knee was worse the morning after running on %1, so this week is brisk walking again.</source>
        <translation>Ihr Knie war am Morgen nach dem Laufen am %1 schlechter, deshalb gibt es diese Woche wieder zügiges Gehen.</translation>
    </message>
    <message>
        <source>Worse next morning after the walk-run session of %1: back to brisk walking this week.</source>
        <translation>Schlechterer nächster Morgen nach der Geh-Lauf-Einheit vom %1: diese Woche zurück zu zügigem Gehen.</translation>
    </message>
    <message>
        <source>Your knee was worse the morning after exercise, so this week is brisk walking again.</source>
        <translation>Ihr Knie war am Morgen nach dem Üben schlechter, deshalb gibt es diese Woche wieder zügiges Gehen.</translation>
    </message>
    <message>
        <source>Next morning higher at the check-in of %1: back from walk-run to brisk walking this week.</source>
        <translation>Nächster Morgen stärker laut Rückmeldung vom %1: diese Woche vom Geh-Lauf-Training zurück zu zügigem Gehen.</translation>
    </message>
    <message>
        <source>This week is brisk walking again instead of running.</source>
        <translation>Diese Woche gibt es wieder zügiges Gehen statt Laufen.</translation>
    </message>
    <message>
        <source>The plan is below phase 4 this week: back from walk-run to brisk walking.</source>
        <translation>Der Plan liegt diese Woche unter Phase 4: vom Geh-Lauf-Training zurück zu zügigem Gehen.</translation>
    </message>
    <message>
        <source>The running stays the same this week.</source>
        <translation>Das Laufen bleibt diese Woche gleich.</translation>
    </message>
    <message>
        <source>Walk-run kept at the same step: the week is not green.</source>
        <translation>Geh-Lauf-Training bleibt auf derselben Stufe: die Woche ist nicht grün.</translation>
    </message>
    <message>
        <source>Red flag %1: &quot;%2&quot; was answered yes. %3</source>
        <translation>Warnzeichen %1: „%2“ wurde mit Ja beantwortet. %3</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 × %2 moving</source>
        <translation>%1 × %2 in Bewegung</translation>
    </message>
    <message>
        <source>Also in last week&apos;s plan: the same amount as then.</source>
        <translation>Auch schon im Plan der letzten Woche: so viel wie dort.</translation>
    </message>
    <message>
        <source>For %1: already in last week&apos;s plan, so at last week&apos;s dose (%2) rather than its starting dose, as this week does not move up.</source>
        <translation>Für %1: schon im Plan der letzten Woche, daher mit der Dosis der letzten Woche (%2) statt der Anfangsdosis, da diese Woche nicht gesteigert wird.</translation>
    </message>
    <message>
        <source>keep moving %1 → %2</source>
        <translation>in Bewegung %1 → %2</translation>
    </message>
    <message>
        <source>Red week: %1 was already at its lowest dose, so its easier version instead, at last week&apos;s dose of it (%2).</source>
        <translation>Rote Woche: %1 war bereits bei der niedrigsten Dosis, daher stattdessen die leichtere Variante, mit ihrer Dosis der letzten Woche (%2).</translation>
    </message>
    <message>
        <source>Earlier you answered yes to &quot;%1&quot;. A doctor or physiotherapist needs to check this before you exercise again; no exercises until then.</source>
        <translation>Sie haben zuvor „%1“ mit Ja beantwortet. Bitte lassen Sie das ärztlich oder physiotherapeutisch prüfen, bevor Sie wieder üben; bis dahin keine Übungen.</translation>
    </message>
    <message>
        <source>Red flag of the referral of %1: &quot;%2&quot; needs a same-day medical assessment, and no clinician review is recorded since. No exercises until a clinician&apos;s review is recorded.</source>
        <translation>Warnzeichen der Überweisung vom %1: „%2“ braucht eine ärztliche Abklärung noch am selben Tag, und seitdem ist keine Überprüfung durch eine Fachperson erfasst. Keine Übungen, bis eine solche Überprüfung erfasst ist.</translation>
    </message>
    <message>
        <source>Your knee meets the signs for the next stage of the programme: %1.</source>
        <translation>Ihr Knie erfüllt die Zeichen für die nächste Stufe des Programms: %1.</translation>
    </message>
    <message>
        <source>Meets the criteria for phase %1 (held back after surgery): %2.</source>
        <translation>Erfüllt die Kriterien für Phase %1 (nach der Operation noch zurückgehalten): %2.</translation>
    </message>
    <message>
        <source>, at starting doses; %1 until %2 green weeks in a row.</source>
        <translation>, mit Anfangsdosen; bis %2 grüne Wochen in Folge erreicht sind, gilt: %1.</translation>
    </message>
    <message>
        <source>You are doing well, but until your leg may take your full weight the plan does not move on.</source>
        <translation>Es läuft gut, aber bis Ihr Bein Ihr volles Gewicht tragen darf, geht der Plan nicht weiter.</translation>
    </message>
    <message>
        <source>Ready for phase %1, but the leg may not yet take full weight after surgery (%2 weight bearing): phase %3 at most until full weight bearing is recorded.</source>
        <translation>Bereit für Phase %1, aber das Bein darf nach der Operation noch nicht voll belastet werden (Belastung: %2): höchstens Phase %3, bis volle Belastung erfasst ist.</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>no</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: swapped for its easier version, at last week&apos;s dose of it (%2) as this week does not move up.</source>
        <translation>%1: gegen die leichtere Variante getauscht, mit deren Dosis der letzten Woche (%2), da diese Woche nicht gesteigert wird.</translation>
    </message>
    <message>
        <source>kneeling</source>
        <translation>Knien</translation>
    </message>
    <message>
        <source>pivoting</source>
        <translation>Drehbewegungen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>pain at rest and in everyday activities is back to your best recent level</source>
        <translation>der Schmerz in Ruhe und im Alltag wieder so niedrig ist wie in Ihrer besten Woche zuletzt</translation>
    </message>
    <message>
        <source>Your knee is settling after the flare-up: the pain is coming down but is not yet back to your best recent week, so the plan holds for now.</source>
        <translation>Ihr Knie beruhigt sich nach der Reizung: Der Schmerz geht zurück, ist aber noch nicht wieder so niedrig wie in Ihrer besten Woche zuletzt, deshalb bleibt der Plan vorerst gleich.</translation>
    </message>
    <message>
        <source>rest pain %1, down from %2 but above the best %3</source>
        <translation>Ruheschmerz %1, gesunken von %2, aber über dem besten Wert %3</translation>
    </message>
    <message>
        <source>activity pain %1, down from %2 but above the best %3</source>
        <translation>Aktivitätsschmerz %1, gesunken von %2, aber über dem besten Wert %3</translation>
    </message>
    <message>
        <source>%1 (the check-in of %2; the best of the last %3 check-in): settling after a flare, so the week holds instead of stepping back again.</source>
        <translation>%1 (Rückmeldung vom %2; bester Wert der letzten %3 Rückmeldung): Das Knie beruhigt sich nach einer Reizung, daher bleibt die Woche gleich, statt noch einmal zurückzugehen.</translation>
    </message>
    <message>
        <source>%1 (the check-in of %2; the best of the last %3 check-ins): settling after a flare, so the week holds instead of stepping back again.</source>
        <translation>%1 (Rückmeldung vom %2; bester Wert der letzten %3 Rückmeldungen): Das Knie beruhigt sich nach einer Reizung, daher bleibt die Woche gleich, statt noch einmal zurückzugehen.</translation>
    </message>
    <message>
        <source>This is your first plan, so each exercise starts gently and stays there until the knee settles.</source>
        <translation>Das ist Ihr erster Plan: Jede Übung beginnt sanft und bleibt so, bis sich das Knie beruhigt hat.</translation>
    </message>
    <message>
        <source>Amber week and a first plan: each exercise starts at its starting dose and nothing is progressed.</source>
        <translation>Gelbe Woche und erster Plan: Jede Übung beginnt mit ihrer Anfangsdosis, nichts wird gesteigert.</translation>
    </message>
    <message>
        <source>The plan starts again gently after the check-up and stays there until the knee settles.</source>
        <translation>Der Plan beginnt nach der Untersuchung wieder sanft und bleibt so, bis sich das Knie beruhigt hat.</translation>
    </message>
    <message>
        <source>Amber week, the first plan after a referral: starting doses, nothing progressed.</source>
        <translation>Gelbe Woche, erster Plan nach einer Überweisung: Anfangsdosen, nichts wird gesteigert.</translation>
    </message>
    <message>
        <source>Running and jumping wait for your surgeon&apos;s go-ahead. Until then, brisk walking and these exercises build you up for them.</source>
        <translation>Laufen und Springen warten auf die Freigabe durch Ihre Chirurgin oder Ihren Chirurgen. Bis dahin bereiten zügiges Gehen und diese Übungen Sie darauf vor.</translation>
    </message>
    <message>
        <source>your surgeon&apos;s go-ahead to run</source>
        <translation>die Freigabe zum Laufen durch Ihre Chirurgin oder Ihren Chirurgen</translation>
    </message>
    <message>
        <source>running cleared by the surgeon</source>
        <translation>Laufen chirurgisch freigegeben</translation>
    </message>
    <message>
        <source>your surgeon&apos;s go-ahead to run (not yet)</source>
        <translation>die Freigabe zum Laufen durch Ihre Chirurgin oder Ihren Chirurgen (noch nicht)</translation>
    </message>
    <message>
        <source>running cleared by the surgeon (not yet)</source>
        <translation>Laufen chirurgisch freigegeben (noch nicht)</translation>
    </message>
    <message>
        <source>On %1 your walk gets longer, so %2 is left out that day.</source>
        <translation>Am %1 wird Ihr Gehen länger, deshalb fällt %2 an diesem Tag weg.</translation>
    </message>
    <message>
        <source>The %1-minute session on %2 leaves out %3 (%4) to make room for the walk, which grows toward the half hour that opens walk-run.</source>
        <translation>In der %1-Minuten-Einheit am %2 fällt %3 (%4) weg, um Platz für das Gehen zu schaffen, das auf die halbe Stunde hin wächst, mit der das Geh-Lauf-Training beginnen kann.</translation>
    </message>
    <message>
        <source>walking practice waits until the leg may take full weight; walk with the aids the surgical team gave you</source>
        <translation>Gehtraining wartet, bis das Bein voll belastet werden darf; gehen Sie mit den Hilfsmitteln, die Ihnen das Operationsteam gegeben hat</translation>
    </message>
</context>
<context>
    <name>RedFlagText</name>
    <message>
        <source>Is the knee or hip hot, red and swollen, and do you have a fever or feel unwell?</source>
        <translation>Ist das Knie oder die Hüfte heiß, gerötet und geschwollen, und haben Sie Fieber oder fühlen Sie sich krank?</translation>
    </message>
    <message>
        <source>Since an injury, are you unable to put weight on the leg or take four steps?</source>
        <translation>Können Sie seit einer Verletzung das Bein nicht belasten oder keine vier Schritte gehen?</translation>
    </message>
    <message>
        <source>Does the knee lock, or can you not straighten it fully?</source>
        <translation>Blockiert das Knie, oder können Sie es nicht ganz strecken?</translation>
    </message>
    <message>
        <source>Did the knee swell up a lot within a few hours of an injury?</source>
        <translation>Ist das Knie innerhalb weniger Stunden nach einer Verletzung stark angeschwollen?</translation>
    </message>
    <message>
        <source>Do you think the kneecap has dislocated, a bone is broken or a tendon has torn?</source>
        <translation>Glauben Sie, dass die Kniescheibe herausgesprungen, ein Knochen gebrochen oder eine Sehne gerissen ist?</translation>
    </message>
    <message>
        <source>Is the pain constant, or does it wake you at night whatever position you are in?</source>
        <translation>Ist der Schmerz ständig da, oder weckt er Sie nachts, egal wie Sie liegen?</translation>
    </message>
    <message>
        <source>Have you lost weight recently without trying?</source>
        <translation>Haben Sie in letzter Zeit ungewollt abgenommen?</translation>
    </message>
    <message>
        <source>Do you have numbness, pins and needles, or a change of colour in the leg or foot?</source>
        <translation>Haben Sie Taubheit, Kribbeln oder eine Verfärbung im Bein oder Fuß?</translation>
    </message>
    <message>
        <source>Is this for a child or teenager whose knee pain comes with pain when the hip is turned in or out?</source>
        <translation>Geht es um ein Kind oder einen Jugendlichen, dessen Knieschmerz mit Schmerzen beim Ein- oder Ausdrehen der Hüfte einhergeht?</translation>
    </message>
    <message>
        <source>Is one calf painful, swollen, warm or red, especially since an operation or a time of little movement?</source>
        <translation>Ist eine Wade schmerzhaft, geschwollen, warm oder gerötet, besonders seit einer Operation oder einer Zeit mit wenig Bewegung?</translation>
    </message>
    <message>
        <source>After an operation, is the wound red, oozing or opening, or do you have a fever?</source>
        <translation>Ist die Wunde nach einer Operation gerötet, nässt sie oder geht sie auf, oder haben Sie Fieber?</translation>
    </message>
    <message>
        <source>Have you had cancer, and is this pain new and without a clear cause, or worse at night?</source>
        <translation>Hatten Sie Krebs, und ist dieser Schmerz neu und ohne klare Ursache oder nachts schlimmer?</translation>
    </message>
    <message>
        <source>Are several joints swollen, or are you stiff for more than half an hour every morning, or generally unwell?</source>
        <translation>Sind mehrere Gelenke geschwollen, sind Sie jeden Morgen länger als eine halbe Stunde steif, oder fühlen Sie sich allgemein krank?</translation>
    </message>
    <message>
        <source>Is numbness or weakness in the leg spreading or getting worse, or does the foot drop or catch when you walk?</source>
        <translation>Breitet sich Taubheit oder Schwäche im Bein aus oder wird sie stärker, oder hängt der Fuß beim Gehen herab oder bleibt hängen?</translation>
    </message>
    <message>
        <source>A hot, swollen joint with a fever can mean an infection. Please contact a doctor or urgent care today, and do not exercise the leg until you have been seen.</source>
        <translation>Ein heißes, geschwollenes Gelenk mit Fieber kann eine Infektion bedeuten. Bitte wenden Sie sich noch heute an eine Ärztin, einen Arzt oder eine Notfallpraxis und üben Sie mit dem Bein nicht, bis Sie untersucht wurden.</translation>
    </message>
    <message>
        <source>Not being able to take weight after an injury needs checking for a fracture. Please see a doctor or an urgent care centre before starting any exercise.</source>
        <translation>Wenn Sie das Bein nach einer Verletzung nicht belasten können, muss ein Bruch ausgeschlossen werden. Bitte gehen Sie zu einer Ärztin, einem Arzt oder in eine Notfallpraxis, bevor Sie mit Übungen beginnen.</translation>
    </message>
    <message>
        <source>A knee that locks or will not straighten may have a torn cartilage or a loose fragment. Please book an assessment with a doctor or physiotherapist first.</source>
        <translation>Ein Knie, das blockiert oder sich nicht strecken lässt, kann einen Meniskusriss oder ein freies Gelenkstück haben. Bitte lassen Sie es zuerst ärztlich oder physiotherapeutisch untersuchen.</translation>
    </message>
    <message>
        <source>Swelling that comes up within hours of an injury often means bleeding inside the joint. Please have the knee assessed by a doctor or physiotherapist soon.</source>
        <translation>Eine Schwellung, die innerhalb von Stunden nach einer Verletzung entsteht, bedeutet oft eine Blutung im Gelenk. Bitte lassen Sie das Knie bald ärztlich oder physiotherapeutisch untersuchen.</translation>
    </message>
    <message>
        <source>A possible dislocation, fracture or tendon tear needs a medical assessment. Please see a doctor or urgent care before starting this programme.</source>
        <translation>Eine mögliche Ausrenkung, ein Bruch oder ein Sehnenriss muss ärztlich untersucht werden. Bitte gehen Sie zu einer Ärztin, einem Arzt oder in eine Notfallpraxis, bevor Sie mit diesem Programm beginnen.</translation>
    </message>
    <message>
        <source>Pain that never eases or wakes you at night is not typical of this kind of knee or hip pain. Please ask your doctor to look into it before exercising.</source>
        <translation>Schmerz, der nie nachlässt oder Sie nachts weckt, ist für diese Art von Knie- oder Hüftschmerz nicht typisch. Bitte lassen Sie das ärztlich abklären, bevor Sie üben.</translation>
    </message>
    <message>
        <source>Weight loss without a reason should be checked by your doctor. Please book an appointment and mention your joint pain as well.</source>
        <translation>Gewichtsverlust ohne Grund sollte ärztlich abgeklärt werden. Bitte vereinbaren Sie einen Termin und erwähnen Sie auch Ihre Gelenkschmerzen.</translation>
    </message>
    <message>
        <source>Numbness, tingling or colour change can come from a nerve or the circulation. Please see a doctor soon; go urgently if the leg is cold, pale or getting worse.</source>
        <translation>Taubheit, Kribbeln oder eine Verfärbung können von einem Nerv oder der Durchblutung kommen. Bitte gehen Sie bald zu einer Ärztin oder einem Arzt; sofort, wenn das Bein kalt oder blass ist oder es schlimmer wird.</translation>
    </message>
    <message>
        <source>In a growing child, knee pain with painful hip turning can come from the hip growth plate. Please see a doctor today (the same day) and avoid running, jumping and heavy loading until then.</source>
        <translation>Bei einem Kind im Wachstum kann Knieschmerz mit schmerzhaftem Drehen der Hüfte von der Wachstumsfuge der Hüfte kommen. Bitte gehen Sie noch heute zu einer Ärztin oder einem Arzt und vermeiden Sie bis dahin Laufen, Springen und schwere Belastung.</translation>
    </message>
    <message>
        <source>A painful, swollen, warm calf can be a blood clot. Please see a doctor or urgent care today (the same day) and do not exercise the leg until then.</source>
        <translation>Eine schmerzhafte, geschwollene, warme Wade kann ein Blutgerinnsel sein. Bitte gehen Sie noch heute zu einer Ärztin, einem Arzt oder in eine Notfallpraxis und üben Sie bis dahin nicht mit dem Bein.</translation>
    </message>
    <message>
        <source>A red, oozing or opening wound or a fever after an operation needs checking. Please contact your surgical team or a doctor today and pause the exercises until they have seen it.</source>
        <translation>Eine gerötete, nässende oder aufgehende Wunde oder Fieber nach einer Operation muss kontrolliert werden. Bitte wenden Sie sich noch heute an Ihr Operationsteam oder eine Ärztin bzw. einen Arzt und pausieren Sie die Übungen, bis es angesehen wurde.</translation>
    </message>
    <message>
        <source>New, unexplained pain after cancer should be checked by your doctor. Please book an appointment soon and mention this pain before you start exercising.</source>
        <translation>Neuer, unerklärter Schmerz nach einer Krebserkrankung sollte ärztlich abgeklärt werden. Bitte vereinbaren Sie bald einen Termin und sprechen Sie diesen Schmerz an, bevor Sie mit den Übungen beginnen.</translation>
    </message>
    <message>
        <source>Several swollen joints or long morning stiffness can be an inflammatory condition. Please see your doctor soon; it may need a blood test or a specialist.</source>
        <translation>Mehrere geschwollene Gelenke oder lange Morgensteifigkeit können auf eine entzündliche Erkrankung hinweisen. Bitte gehen Sie bald zu Ihrer Ärztin oder Ihrem Arzt; vielleicht braucht es eine Blutuntersuchung oder eine Fachärztin bzw. einen Facharzt.</translation>
    </message>
    <message>
        <source>Numbness or weakness that is spreading, or a dropping foot, needs a medical assessment today. Please see a doctor or urgent care the same day.</source>
        <translation>Taubheit oder Schwäche, die sich ausbreitet, oder ein herabhängender Fuß muss noch heute ärztlich untersucht werden. Bitte gehen Sie am selben Tag zu einer Ärztin, einem Arzt oder in eine Notfallpraxis.</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>Host: enter the server&apos;s name or address.</source>
        <translation>Server: Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Host: a server name has no spaces.</source>
        <translation>Server: Ein Servername enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Host: give a name such as db.clinic.example or an address, without “postgresql://” or a path.</source>
        <translation>Server: Geben Sie einen Namen wie db.clinic.example oder eine Adresse an, ohne „postgresql://“ und ohne Pfad.</translation>
    </message>
    <message>
        <source>Host: put the port in Port, not after the name.</source>
        <translation>Server: Tragen Sie den Port unter Port ein, nicht hinter dem Namen.</translation>
    </message>
    <message>
        <source>Port: a number from 1 to 65535 (leave it empty for the usual 5432).</source>
        <translation>Port: eine Zahl von 1 bis 65535 (leer lassen für den üblichen Port 5432).</translation>
    </message>
    <message>
        <source>Database: enter the name of the clinic&apos;s database on the server.</source>
        <translation>Datenbank: Geben Sie den Namen der Praxisdatenbank auf dem Server ein.</translation>
    </message>
    <message>
        <source>Database: a database name cannot hold “/”.</source>
        <translation>Datenbank: Ein Datenbankname darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>Root certificate: there is no file “%1”.</source>
        <translation>Stammzertifikat: Es gibt keine Datei „%1“.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordText</name>
    <message>
        <source>Clinic Server Password</source>
        <translation>Passwort für den Praxisserver</translation>
    </message>
    <message>
        <source>The server did not accept that password for %1. Type it again:</source>
        <translation>Der Server hat dieses Passwort für %1 nicht angenommen. Bitte geben Sie es noch einmal ein:</translation>
    </message>
    <message>
        <source>The clinic server %1 asks for your password. It is used for this connection only and not saved:</source>
        <translation>Der Praxisserver %1 fragt nach Ihrem Passwort. Es wird nur für diese Verbindung verwendet und nicht gespeichert:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>ServerProbeText</name>
    <message>
        <source>(your login name)</source>
        <translation>(Ihr Anmeldename)</translation>
    </message>
    <message>
        <source>No server answers at this address. Check the host and the port, and that the server is running and accepts connections from this computer.</source>
        <translation>Unter dieser Adresse antwortet kein Server. Prüfen Sie Server und Port und ob der Server läuft und Verbindungen von diesem Computer annimmt.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the host, the port and the network, then try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Server, Port und Netzwerk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The test was stopped.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server asks for a password, and none was found in ~/.pgpass. Type it in Password (Glidepath never stores it), or add it to ~/.pgpass.</source>
        <translation>Der Server verlangt ein Passwort, und in ~/.pgpass wurde keines gefunden. Geben Sie es unter Passwort ein (Glidepath speichert es nie) oder tragen Sie es in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>The server refused the password for the user “%1”. Check the password, and the line for this server in ~/.pgpass.</source>
        <translation>Der Server hat das Passwort für den Benutzer „%1“ abgelehnt. Prüfen Sie das Passwort und die Zeile für diesen Server in ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server has no user “%1”. Check the user name, or ask the server&apos;s administrator to create it.</source>
        <translation>Auf dem Server gibt es keinen Benutzer „%1“. Prüfen Sie den Benutzernamen oder bitten Sie die Person, die den Server betreut, ihn anzulegen.</translation>
    </message>
    <message>
        <source>The server has no database “%1”. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>Auf dem Server gibt es keine Datenbank „%1“. Prüfen Sie den Namen oder bitten Sie die Person, die den Server betreut, sie anzulegen.</translation>
    </message>
    <message>
        <source>The server&apos;s access rules do not let the user “%1” in from this computer. Ask the server&apos;s administrator.</source>
        <translation>Die Zugangsregeln des Servers lassen den Benutzer „%1“ von diesem Computer aus nicht herein. Fragen Sie die Person, die den Server betreut.</translation>
    </message>
    <message>
        <source>The server only accepts encrypted connections. Choose “Always encrypt” or one of the checked settings.</source>
        <translation>Der Server nimmt nur verschlüsselte Verbindungen an. Wählen Sie „Immer verschlüsseln“ oder eine der geprüften Einstellungen.</translation>
    </message>
    <message>
        <source>The server does not offer encryption, and the encryption setting demands it. Ask the server&apos;s administrator to turn TLS on.</source>
        <translation>Der Server bietet keine Verschlüsselung an, die gewählte Einstellung verlangt sie aber. Bitten Sie die Person, die den Server betreut, TLS einzuschalten.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up. Check the root certificate file and that it belongs to this server.</source>
        <translation>Die verschlüsselte Verbindung kam nicht zustande. Prüfen Sie die Datei mit dem Stammzertifikat und ob sie zu diesem Server gehört.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No Glidepath data there yet: Glidepath sets up the database when you connect.</source>
        <translation>Dort sind noch keine Glidepath-Daten: Glidepath richtet die Datenbank beim Verbinden ein.</translation>
    </message>
    <message>
        <source>Glidepath data are there, of the version this program uses (%1).</source>
        <translation>Dort sind Glidepath-Daten in der Version, die dieses Programm verwendet (%1).</translation>
    </message>
    <message>
        <source>Glidepath data are there from an older version (%1); they are upgraded to version %2 when you connect.</source>
        <translation>Dort sind Glidepath-Daten einer älteren Version (%1); sie werden beim Verbinden auf Version %2 gebracht.</translation>
    </message>
    <message>
        <source>The data there were set up by a newer Glidepath (version %1; this program knows up to %2). Update Glidepath on this computer first; the server is not changed.</source>
        <translation>Die Daten dort stammen von einem neueren Glidepath (Version %1; dieses Programm kennt bis %2). Aktualisieren Sie zuerst Glidepath auf diesem Computer; der Server wird nicht verändert.</translation>
    </message>
    <message>
        <source>This database holds tables that are not Glidepath&apos;s. Choose the clinic&apos;s Glidepath database or a new, empty one.</source>
        <translation>Diese Datenbank enthält Tabellen, die nicht von Glidepath sind. Wählen Sie die Glidepath-Datenbank der Praxis oder eine neue, leere.</translation>
    </message>
    <message>
        <source>Glidepath&apos;s data cannot be read with this login.</source>
        <translation>Mit dieser Anmeldung lassen sich die Glidepath-Daten nicht lesen.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>Server reached: PostgreSQL %1.</source>
        <translation>Server erreicht: PostgreSQL %1.</translation>
    </message>
    <message>
        <source>This login may set up Glidepath&apos;s tables.</source>
        <translation>Diese Anmeldung darf die Tabellen von Glidepath anlegen.</translation>
    </message>
    <message>
        <source>This login may not create tables here: ask the server&apos;s administrator to set up the database first.</source>
        <translation>Diese Anmeldung darf hier keine Tabellen anlegen: Bitten Sie die Person, die den Server betreut, die Datenbank zuerst einzurichten.</translation>
    </message>
    <message>
        <source>This login may add and change records.</source>
        <translation>Diese Anmeldung darf Einträge anlegen und ändern.</translation>
    </message>
    <message>
        <source>This login can only read: you can look at records but not change them.</source>
        <translation>Diese Anmeldung darf nur lesen: Sie können Einträge ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>The connection is encrypted (%1).</source>
        <translation>Die Verbindung ist verschlüsselt (%1).</translation>
    </message>
    <message>
        <source>Not encrypted, and need not be: the server is on this computer.</source>
        <translation>Nicht verschlüsselt, und das ist auch nicht nötig: Der Server läuft auf diesem Computer.</translation>
    </message>
    <message>
        <source>The connection is NOT encrypted: anyone on the network between here and the server could read it. Choose “Always encrypt” or a checked setting.</source>
        <translation>Die Verbindung ist NICHT verschlüsselt: Wer im Netzwerk zwischen hier und dem Server sitzt, könnte mitlesen. Wählen Sie „Immer verschlüsseln“ oder eine geprüfte Einstellung.</translation>
    </message>
    <message>
        <source>Nothing is encrypted: only for a server on this computer or a network you fully trust.</source>
        <translation>Nichts wird verschlüsselt: nur für einen Server auf diesem Computer oder in einem Netzwerk, dem Sie ganz vertrauen.</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it, otherwise not, without telling you: it does not protect against someone who can redirect the connection.</source>
        <translation>Verschlüsselt, wenn der Server es anbietet, sonst nicht, ohne Hinweis: Das schützt nicht vor jemandem, der die Verbindung umleiten kann.</translation>
    </message>
    <message>
        <source>Always encrypted, so nobody on the network can read along; the server&apos;s identity is not checked.</source>
        <translation>Immer verschlüsselt, sodass niemand im Netzwerk mitlesen kann; ob es wirklich Ihr Server ist, wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Encrypted, and the server must show a certificate signed by the root certificate below: a stranger&apos;s server is refused.</source>
        <translation>Verschlüsselt, und der Server muss ein Zertifikat vorzeigen, das mit dem Stammzertifikat unten unterschrieben ist: Ein fremder Server wird abgelehnt.</translation>
    </message>
    <message>
        <source>The safest: as above, and the certificate must name this very host.</source>
        <translation>Am sichersten: wie oben, und das Zertifikat muss genau diesen Servernamen tragen.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Change sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>How did that feel?</source>
        <translation>Wie hat sich das angefühlt?</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Einheit geschafft</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
    <message>
        <source>%1 · Rep %2 of %3</source>
        <translation>%1 · Wiederholung %2 von %3</translation>
    </message>
    <message>
        <source>%1. %2, %3.</source>
        <translation>%1. %2, %3.</translation>
    </message>
    <message>
        <source>Rest, %1.</source>
        <translation>Pause, %1.</translation>
    </message>
    <message>
        <source>Well done. How did that feel?</source>
        <translation>Gut gemacht. Wie hat sich das angefühlt?</translation>
    </message>
    <message>
        <source>That is the session done. Well done.</source>
        <translation>Das war die Einheit. Gut gemacht.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <comment>exercise. what to do</comment>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>Walk</source>
        <comment>session phase of a timed walk</comment>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>session phase of a timed run</comment>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>Move</source>
        <comment>session phase of movement kept up for a time</comment>
        <translation>Bewegen</translation>
    </message>
</context>
<context>
    <name>SessionLogLabels</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>sets done</source>
        <translation>Sätze erledigt</translation>
    </message>
    <message>
        <source>sets planned</source>
        <translation>Sätze geplant</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>planned session</source>
        <translation>geplante Einheit</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>meaningful change: %1 points or %2 % of the baseline</source>
        <translation>bedeutsame Änderung: %1 Punkte oder %2&#xa0;% des Ausgangswerts</translation>
    </message>
    <message>
        <source>meaningful change: %1 points</source>
        <translation>bedeutsame Änderung: %1 Punkte</translation>
    </message>
    <message>
        <source>meaningful change: %1 points on the average</source>
        <translation>bedeutsame Änderung: %1 Punkte im Durchschnitt</translation>
    </message>
    <message>
        <source>%1 (meaningful improvement)</source>
        <translation>%1 (bedeutsame Verbesserung)</translation>
    </message>
    <message>
        <source>%1 (meaningfully worse)</source>
        <translation>%1 (bedeutsam schlechter)</translation>
    </message>
    <message>
        <source>%1 (not a meaningful change yet)</source>
        <translation>%1 (noch keine bedeutsame Änderung)</translation>
    </message>
</context>
<context>
    <name>SessionSpeech</name>
    <message>
        <source>No speech engine is installed. On Debian, install the package qt6-speech-flite-plugin for spoken cues; the session works without them.</source>
        <translation>Es ist keine Sprachausgabe installiert. Unter Debian installieren Sie für gesprochene Hinweise das Paket qt6-speech-flite-plugin; die Einheit funktioniert auch ohne.</translation>
    </message>
    <message>
        <source>The speech engine could not start, so the session runs silently.</source>
        <translation>Die Sprachausgabe konnte nicht starten, deshalb läuft die Einheit ohne Ton.</translation>
    </message>
    <message>
        <source>This copy of Glidepath was built without spoken cues.</source>
        <translation>Diese Glidepath-Version wurde ohne gesprochene Hinweise gebaut.</translation>
    </message>
    <message>
        <source>Spoken cues could not be loaded (%1), so the session runs silently.</source>
        <translation>Die gesprochenen Hinweise konnten nicht geladen werden (%1), deshalb läuft die Einheit ohne Ton.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Weekly exercise plans for knee and hip pain.</source>
        <translation>Wöchentliche Übungspläne bei Knie- und Hüftschmerzen.</translation>
    </message>
    <message>
        <source>Open the database at PATH (default: GLIDEPATH_DB, then the one used last, then the standard place).</source>
        <translation>Öffnet die Datenbank unter PATH (Standard: GLIDEPATH_DB, dann die zuletzt verwendete, dann der übliche Ort).</translation>
    </message>
    <message>
        <source>Start in clinician or personal mode without asking.</source>
        <translation>Startet ohne Nachfrage im Modus für Fachpersonal (clinician) oder im persönlichen Modus (personal).</translation>
    </message>
    <message>
        <source>Print the milliseconds from start to a usable window, then quit.</source>
        <translation>Gibt die Millisekunden vom Start bis zum nutzbaren Fenster aus und beendet sich dann.</translation>
    </message>
    <message>
        <source>--mode takes clinician or personal, not &apos;%1&apos;</source>
        <translation>--mode erwartet clinician oder personal, nicht „%1“</translation>
    </message>
    <message>
        <source>--database needs a file path</source>
        <translation>--database braucht einen Dateipfad</translation>
    </message>
    <message>
        <source>“%1” is not a Glidepath database. It was left exactly as it was.

Choose a Glidepath database, or a new file name to start an empty one.</source>
        <translation>„%1“ ist keine Glidepath-Datenbank. Die Datei wurde nicht verändert.

Wählen Sie eine Glidepath-Datenbank oder einen neuen Dateinamen, um mit einer leeren zu beginnen.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Glidepath, so this version cannot open it. It was not changed.

Update Glidepath, or choose another database.</source>
        <translation>„%1“ wurde mit einer neueren Glidepath-Version gespeichert und kann mit dieser Version nicht geöffnet werden. Die Datei wurde nicht verändert.

Aktualisieren Sie Glidepath oder wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>“%1” is already open in another Glidepath window or is being changed by the command-line tool (%2).

Close it there first, or choose another database.</source>
        <translation>„%1“ ist bereits in einem anderen Glidepath-Fenster geöffnet oder wird gerade vom Kommandozeilenprogramm geändert (%2).

Schließen Sie sie dort zuerst oder wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2). It was not changed; keep it for recovery and choose another database.</source>
        <translation>„%1“ ist beschädigt und kann nicht gelesen werden (%2). Die Datei wurde nicht verändert; bewahren Sie sie zur Wiederherstellung auf und wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Andere Datei wählen …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Choose a Glidepath database</source>
        <translation>Glidepath-Datenbank wählen</translation>
    </message>
    <message>
        <source>Glidepath databases (*.db);;All files (*)</source>
        <translation>Glidepath-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Started a new, empty database at %1.</source>
        <translation>Neue, leere Datenbank unter %1 angelegt.</translation>
    </message>
    <message>
        <source>A Glidepath database to open (like --database), or an exercise library file to import.</source>
        <translation>Eine Glidepath-Datenbank zum Öffnen (wie --database) oder eine Bibliotheksdatei mit Übungen zum Importieren.</translation>
    </message>
    <message>
        <source>give one file to open, not %1</source>
        <translation>geben Sie eine Datei zum Öffnen an, nicht %1</translation>
    </message>
    <message>
        <source>give the database either with --database or as FILE, not both (&apos;%1&apos;)</source>
        <translation>geben Sie die Datenbank entweder mit --database oder als FILE an, nicht beides („%1“)</translation>
    </message>
    <message>
        <source>Import library</source>
        <translation>Bibliothek importieren</translation>
    </message>
    <message>
        <source>Import the exercises in “%1” into this database? The file is checked first; Edit ▸ Undo takes the import back.</source>
        <translation>Die Übungen aus „%1“ in diese Datenbank importieren? Die Datei wird vorher geprüft; Bearbeiten ▸ Rückgängig nimmt den Import zurück.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>“%1” is a clinic server, and this part of Glidepath does not work on a clinic server yet (%2). Nothing was changed.

Choose a Glidepath database file instead.</source>
        <translation>„%1“ ist ein Praxisserver, und dieser Teil von Glidepath funktioniert noch nicht mit einem Praxisserver (%2). Es wurde nichts geändert.

Wählen Sie stattdessen eine Glidepath-Datenbankdatei.</translation>
    </message>
    <message>
        <source>“%1” cannot be changed: the file, or the folder it is in, is read-only for you. Glidepath saves every change as you make it, so it needs a database it may write to.

Choose a database in a folder you can write to, or copy this one there first.</source>
        <translation>„%1“ kann nicht geändert werden: Die Datei oder der Ordner, in dem sie liegt, ist für Sie schreibgeschützt. Glidepath speichert jede Änderung sofort und braucht deshalb eine Datenbank, in die es schreiben darf.

Wählen Sie eine Datenbank in einem Ordner, in den Sie schreiben dürfen, oder kopieren Sie diese zuerst dorthin.</translation>
    </message>
</context>
<context>
    <name>StorageErrorText</name>
    <message>
        <source>it is open in another Glidepath program</source>
        <translation>sie ist in einem anderen Glidepath-Programm geöffnet</translation>
    </message>
    <message>
        <source>it is open in %1 (process %2)</source>
        <translation>sie ist in %1 (Prozess %2) geöffnet</translation>
    </message>
    <message>
        <source>it is open in %1</source>
        <translation>sie ist in %1 geöffnet</translation>
    </message>
    <message>
        <source>it is not a Glidepath database</source>
        <translation>es ist keine Glidepath-Datenbank</translation>
    </message>
    <message>
        <source>its contents are damaged</source>
        <translation>ihr Inhalt ist beschädigt</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Glidepath</source>
        <translation>sie wurde von einer neueren Glidepath-Version gespeichert</translation>
    </message>
    <message>
        <source>the computer could not read or write it</source>
        <translation>der Computer konnte sie nicht lesen oder schreiben</translation>
    </message>
    <message>
        <source>it is no longer there; it may have been deleted in another window or at another desk</source>
        <translation>es ist nicht mehr vorhanden; vielleicht wurde es in einem anderen Fenster oder an einem anderen Arbeitsplatz gelöscht</translation>
    </message>
    <message>
        <source>something with the same name or number is already saved</source>
        <translation>etwas mit demselben Namen oder derselben Nummer ist schon gespeichert</translation>
    </message>
    <message>
        <source>built-in exercises cannot be changed</source>
        <translation>eingebaute Übungen lassen sich nicht ändern</translation>
    </message>
    <message>
        <source>the file or its folder may only be read</source>
        <translation>die Datei oder ihr Ordner darf nur gelesen werden</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>this needs a database file, not a clinic server</source>
        <translation>dafür ist eine Datenbankdatei nötig, kein Praxisserver</translation>
    </message>
    <message>
        <source>This could not be done: %1.</source>
        <translation>Das ließ sich nicht ausführen: %1.</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <source>knee flexion</source>
        <translation>Kniebeugung</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>Stoßbelastung</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>laterality</source>
        <translation>Seitigkeit</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>dose limits</source>
        <translation>Dosisgrenzen</translation>
    </message>
    <message>
        <source>easier exercise</source>
        <translation>leichtere Übung</translation>
    </message>
    <message>
        <source>harder exercise</source>
        <translation>schwerere Übung</translation>
    </message>
    <message>
        <source>precautions</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>%1 von „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>„%1“ ausblenden</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>„%1“ einblenden</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Import exercises from a library file</source>
        <translation>Übungen aus einer Bibliotheksdatei importieren</translation>
    </message>
    <message>
        <source>New exercise “%1”</source>
        <translation>Neue Übung „%1“</translation>
    </message>
    <message>
        <source>An exercise&apos;s id cannot change once it is saved.</source>
        <translation>Die ID einer Übung kann nach dem Speichern nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Built-in exercises cannot be changed. Duplicate one to edit it.</source>
        <translation>Eingebaute Übungen können nicht geändert werden. Duplizieren Sie eine, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>The exercise “%1” no longer exists.</source>
        <translation>Die Übung „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Built-in exercises cannot be deleted. Hide it instead.</source>
        <translation>Eingebaute Übungen können nicht gelöscht werden. Blenden Sie sie stattdessen aus.</translation>
    </message>
    <message>
        <source>“%1” is part of the built-in ladder of “%2” and cannot be deleted.</source>
        <translation>„%1“ gehört zur eingebauten Stufenfolge von „%2“ und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Record the review by %1</source>
        <translation>Prüfung durch %1 erfassen</translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>„%1“ konnte nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>It no longer exists in the database (%1).</source>
        <translation>Es ist nicht mehr in der Datenbank vorhanden (%1).</translation>
    </message>
    <message>
        <source>The database could not be written (%1).</source>
        <translation>Die Datenbank konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The database file cannot be written: it or its folder is read-only. Nothing was changed (%1).</source>
        <translation>Die Datenbankdatei kann nicht geschrieben werden: Sie oder ihr Ordner ist schreibgeschützt. Es wurde nichts geändert (%1).</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, deshalb wurde nichts gespeichert. Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Add client %1</source>
        <translation>Person %1 hinzufügen</translation>
    </message>
    <message>
        <source>Save profile of %1</source>
        <translation>Profil von %1 speichern</translation>
    </message>
    <message>
        <source>Delete client %1</source>
        <translation>Person %1 löschen</translation>
    </message>
    <message>
        <source>Save check-in %1</source>
        <translation>Rückmeldung %1 speichern</translation>
    </message>
    <message>
        <source>That check-in is no longer in the database.</source>
        <translation>Diese Rückmeldung ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>Delete check-in %1</source>
        <translation>Rückmeldung %1 löschen</translation>
    </message>
    <message>
        <source>Save plan for the week of %1</source>
        <translation>Plan für die Woche vom %1 speichern</translation>
    </message>
    <message>
        <source>That plan is no longer in the database.</source>
        <translation>Dieser Plan ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>Delete plan version %1 of the week of %2</source>
        <translation>Planversion %1 der Woche vom %2 löschen</translation>
    </message>
    <message>
        <source>Save template “%1”</source>
        <translation>Vorlage „%1“ speichern</translation>
    </message>
    <message>
        <source>That template is no longer stored.</source>
        <translation>Diese Vorlage ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Delete template “%1”</source>
        <translation>Vorlage „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n template(s)</source>
        <translation>
            <numerusform>%n Vorlage importieren</numerusform>
            <numerusform>%n Vorlagen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Log session %1</source>
        <translation>Einheit %1 eintragen</translation>
    </message>
    <message>
        <source>That session is no longer in the log.</source>
        <translation>Diese Einheit ist nicht mehr im Protokoll.</translation>
    </message>
    <message>
        <source>Delete session %1</source>
        <translation>Einheit %1 löschen</translation>
    </message>
    <message>
        <source>Save log of the week of %1</source>
        <translation>Protokoll der Woche vom %1 speichern</translation>
    </message>
    <message>
        <source>Save PSFS %1</source>
        <translation>PSFS %1 speichern</translation>
    </message>
    <message>
        <source>That PSFS assessment is no longer stored.</source>
        <translation>Diese PSFS-Einschätzung ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Delete PSFS %1</source>
        <translation>PSFS %1 löschen</translation>
    </message>
    <message>
        <source>The translation could not be saved.</source>
        <translation>Die Übersetzung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Edit the translation of “%1”</source>
        <translation>Übersetzung von „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::AboutDialog</name>
    <message>
        <source>Glidepath helps you organise and pace exercises. It does not diagnose anything and it is not a substitute for an examination by a doctor or physiotherapist. Its suggestions follow simple published rules and can be wrong for you. Stop an exercise that causes sharp pain, or pain that is still worse the next morning. If you notice any warning sign it asks about — a hot, red or very swollen joint, a knee that locks or gives way, pain at night or at rest that will not settle, numbness, or you cannot put weight on the leg — stop and get checked.</source>
        <translation>Glidepath hilft Ihnen, Übungen zu ordnen und richtig zu dosieren. Es stellt keine Diagnosen und ersetzt keine Untersuchung durch eine Ärztin, einen Arzt oder eine Physiotherapeutin bzw. einen Physiotherapeuten. Seine Vorschläge folgen einfachen, veröffentlichten Regeln und können für Sie falsch sein. Brechen Sie eine Übung ab, die stechende Schmerzen verursacht oder Schmerzen, die am nächsten Morgen noch schlimmer sind. Wenn Sie eines der abgefragten Warnzeichen bemerken – ein heißes, rotes oder stark geschwollenes Gelenk, ein Knie, das blockiert oder wegknickt, Schmerzen nachts oder in Ruhe, die nicht nachlassen, Taubheit, oder Sie können das Bein nicht belasten –, hören Sie auf und lassen Sie sich untersuchen.</translation>
    </message>
    <message>
        <source>About Glidepath</source>
        <translation>Über Glidepath</translation>
    </message>
    <message>
        <source>Glidepath %1</source>
        <translation>Glidepath %1</translation>
    </message>
    <message>
        <source>Weekly exercise plans for knee and hip pain, built from how the last week went. Everything stays on this computer.</source>
        <translation>Wöchentliche Übungspläne bei Knie- und Hüftschmerzen, abgeleitet davon, wie die letzte Woche verlaufen ist. Alle Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Please read</source>
        <translation>Bitte lesen</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später. Ohne jede Gewährleistung.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::AppContext</name>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ChangeHistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Änderungen, die neueste zuerst</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Änderungen bei %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>The changes could not be read: %1</source>
        <translation>Die Änderungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing is recorded about this client&apos;s changes yet.</source>
        <translation>Zu Änderungen bei dieser Person ist noch nichts festgehalten.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::CheckInForm</name>
    <message>
        <source>Check-in date</source>
        <translation>Datum der Rückmeldung</translation>
    </message>
    <message>
        <source>Pain at rest</source>
        <translation>Schmerz in Ruhe</translation>
    </message>
    <message>
        <source>Pain during daily activity</source>
        <translation>Schmerz bei Alltagsaktivitäten</translation>
    </message>
    <message>
        <source>Pain during the exercises</source>
        <translation>Schmerz bei den Übungen</translation>
    </message>
    <message>
        <source>Pain the morning after exercising</source>
        <translation>Schmerz am Morgen nach dem Üben</translation>
    </message>
    <message>
        <source>Pain at night this week</source>
        <translation>Nachtschmerz in dieser Woche</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Erledigte Einheiten</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>Geplante Einheiten</translation>
    </message>
    <message>
        <source>done of</source>
        <translation>erledigt von</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>How hard the week&apos;s exercises felt</source>
        <translation>Wie schwer sich die Übungen der Woche angefühlt haben</translation>
    </message>
    <message>
        <source>Exercise that hurt</source>
        <translation>Übung mit Schmerzen</translation>
    </message>
    <message>
        <source>Type or choose an exercise</source>
        <translation>Übung eingeben oder auswählen</translation>
    </message>
    <message>
        <source>/10</source>
        <translation>/10</translation>
    </message>
    <message>
        <source>Pain during that exercise</source>
        <translation>Schmerz bei dieser Übung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Exercises that hurt</source>
        <translation>Übungen mit Schmerzen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Pain this week (0 = none, 10 = worst imaginable)</source>
        <translation>Schmerz in dieser Woche (0 = keiner, 10 = stärkster vorstellbarer)</translation>
    </message>
    <message>
        <source>Check-in &amp;date:</source>
        <translation>&amp;Datum der Rückmeldung:</translation>
    </message>
    <message>
        <source>At &amp;rest:</source>
        <translation>In &amp;Ruhe:</translation>
    </message>
    <message>
        <source>During &amp;activity:</source>
        <translation>Bei &amp;Aktivität:</translation>
    </message>
    <message>
        <source>&amp;Next morning:</source>
        <translation>Am &amp;nächsten Morgen:</translation>
    </message>
    <message>
        <source>Night pain:</source>
        <translation>Nachtschmerz:</translation>
    </message>
    <message>
        <source>The exercise week</source>
        <translation>Die Übungswoche</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <source>Red-flag questions (ask again every week)</source>
        <translation>Warnzeichen-Fragen (jede Woche neu stellen)</translation>
    </message>
    <message>
        <source>Not rated yet: %1. Move each slider to the pain felt (0 = none).</source>
        <translation>Noch nicht bewertet: %1. Schieben Sie jeden Regler auf den empfundenen Schmerz (0 = keiner).</translation>
    </message>
    <message>
        <source>Enter how many of the planned sessions were done.</source>
        <translation>Geben Sie ein, wie viele der geplanten Einheiten erledigt wurden.</translation>
    </message>
    <message>
        <source>Sessions done (%1) cannot be more than sessions planned (%2).</source>
        <translation>Erledigte Einheiten (%1) können nicht mehr sein als geplante (%2).</translation>
    </message>
    <message>
        <source>Pain during %1</source>
        <translation>Schmerz bei %1</translation>
    </message>
    <message>
        <source>During the e&amp;xercises:</source>
        <translation>Bei den Ü&amp;bungen:</translation>
    </message>
    <message>
        <source>Swellin&amp;g:</source>
        <translation>Sch&amp;wellung:</translation>
    </message>
    <message>
        <source>Difficult&amp;y:</source>
        <translation>Sch&amp;wierigkeit:</translation>
    </message>
    <message>
        <source>Exercises that h&amp;urt:</source>
        <translation>Übungen mit Sc&amp;hmerzen:</translation>
    </message>
    <message>
        <source>%1 (this week&apos;s plan)</source>
        <translation>%1 (Plan dieser Woche)</translation>
    </message>
    <message numerus="yes">
        <source>Filled in from the %n session(s) logged in the week before this check-in; change it if more were done without being logged.</source>
        <translation>
            <numerusform>Aus der %n eingetragenen Einheit der Woche vor dieser Rückmeldung übernommen; ändern Sie es, wenn mehr gemacht und nicht eingetragen wurde.</numerusform>
            <numerusform>Aus den %n eingetragenen Einheiten der Woche vor dieser Rückmeldung übernommen; ändern Sie es, wenn mehr gemacht und nicht eingetragen wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Several exercises match &quot;%1&quot;: choose one from the list.</source>
        <translation>Mehrere Übungen passen zu „%1“: Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Type or choose the exercise that hurt first.</source>
        <translation>Geben Sie zuerst die Übung ein, die wehgetan hat, oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>No exercise matches &quot;%1&quot;.</source>
        <translation>Keine Übung passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::CheckInTableModel</name>
    <message>
        <source>%1 (%2/10)</source>
        <translation>%1 (%2/10)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%n answered yes</source>
        <translation>
            <numerusform>%n mit Ja beantwortet</numerusform>
            <numerusform>%n mit Ja beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Höher</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Pain at rest, 0-10</source>
        <translation>Schmerz in Ruhe, 0–10</translation>
    </message>
    <message>
        <source>Pain during daily activity, 0-10</source>
        <translation>Schmerz bei Alltagsaktivitäten, 0–10</translation>
    </message>
    <message>
        <source>Pain during the exercises, 0-10</source>
        <translation>Schmerz bei den Übungen, 0–10</translation>
    </message>
    <message>
        <source>How the pain was the morning after exercising</source>
        <translation>Wie der Schmerz am Morgen nach dem Üben war</translation>
    </message>
    <message>
        <source>Sessions done out of those planned</source>
        <translation>Erledigte von den geplanten Einheiten</translation>
    </message>
    <message>
        <source>Red-flag questions answered yes</source>
        <translation>Mit Ja beantwortete Warnzeichen-Fragen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Next morning</source>
        <translation>Nächster Morgen</translation>
    </message>
    <message>
        <source>Night pain</source>
        <translation>Nachtschmerz</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>Exercises that hurt</source>
        <translation>Übungen mit Schmerzen</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnzeichen</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Who needs attention: a red flag first, then a review due, then no check-in for two weeks or more</source>
        <translation>Wer Aufmerksamkeit braucht: zuerst Warnzeichen, dann fällige Kontrollen, dann zwei Wochen oder länger ohne Rückmeldung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The date set in the profile, or else the day after the current plan&apos;s week</source>
        <translation>Das im Profil eingetragene Datum, sonst der Tag nach der Woche des aktuellen Plans</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Kontrolle</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Zuletzt geändert von %1 am %2</translation>
    </message>
    <message>
        <source>Who saved the client&apos;s profile last, and when: a clinic server names each clinician&apos;s login</source>
        <translation>Wer das Profil zuletzt gespeichert hat, und wann: Auf einem Praxisserver steht hier die Anmeldung der jeweiligen Therapeutin oder des Therapeuten</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ClientTabs</name>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Throw away the changes and show the saved profile</source>
        <translation>Änderungen verwerfen und das gespeicherte Profil anzeigen</translation>
    </message>
    <message>
        <source>Save &amp;check-in</source>
        <translation>&amp;Rückmeldung speichern</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Check-in history</source>
        <translation>Bisherige Rückmeldungen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Could not read the exercise library: %1</source>
        <translation>Die Übungsbibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the client: %1</source>
        <translation>Die Person konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the check-ins: %1</source>
        <translation>Die Rückmeldungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Editing the check-in of %1. Saving replaces it.</source>
        <translation>Die Rückmeldung vom %1 wird bearbeitet. Beim Speichern wird sie ersetzt.</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Ä&amp;nderungen speichern</translation>
    </message>
    <message>
        <source>How did this week go?</source>
        <translation>Wie ist diese Woche gelaufen?</translation>
    </message>
    <message>
        <source>How did the client&apos;s week go?</source>
        <translation>Wie ist die Woche für die Person gelaufen?</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved the profile of %1.</source>
        <translation>Profil von %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 answered yes to a red-flag question: plans will show referral advice.</source>
        <translation>%1 hat eine Warnzeichen-Frage mit Ja beantwortet: Pläne zeigen den Rat zur ärztlichen Abklärung.</translation>
    </message>
    <message>
        <source>Saved. The red-flag screening is not complete: a plan needs every question answered.</source>
        <translation>Gespeichert. Die Warnzeichen-Abfrage ist nicht vollständig: Für einen Plan muss jede Frage beantwortet sein.</translation>
    </message>
    <message>
        <source>The check-in was not saved: see the marked fields.</source>
        <translation>Die Rückmeldung wurde nicht gespeichert: Siehe die markierten Felder.</translation>
    </message>
    <message>
        <source>The check-in was not saved: %1 not answered yet.</source>
        <translation>Die Rückmeldung wurde nicht gespeichert: %1 noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>Check-in not saved</source>
        <translation>Rückmeldung nicht gespeichert</translation>
    </message>
    <message>
        <source>The check-in could not be saved: %1</source>
        <translation>Die Rückmeldung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Check-in of %1 updated.</source>
        <translation>Rückmeldung vom %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Check-in of %1 saved.</source>
        <translation>Rückmeldung vom %1 gespeichert.</translation>
    </message>
    <message>
        <source>A red-flag question was answered yes: the exercise plan is stopped.</source>
        <translation>Eine Warnzeichen-Frage wurde mit Ja beantwortet: Der Übungsplan ist gestoppt.</translation>
    </message>
    <message>
        <source>You answered yes to:</source>
        <translation>Sie haben mit Ja geantwortet auf:</translation>
    </message>
    <message>
        <source>The client answered yes to:</source>
        <translation>Die Person hat mit Ja geantwortet auf:</translation>
    </message>
    <message>
        <source>The check-in of %1 has a red flag.</source>
        <translation>Die Rückmeldung vom %1 enthält ein Warnzeichen.</translation>
    </message>
    <message>
        <source>Stop the exercise plan: your saved plan is superseded and cannot be printed or exported as your current plan.</source>
        <translation>Übungsplan stoppen: Ihr gespeicherter Plan ist überholt und kann nicht mehr als aktueller Plan gedruckt oder exportiert werden.</translation>
    </message>
    <message>
        <source>The exercise plan is stopped: the saved plan is superseded and cannot be printed or exported as the current plan.</source>
        <translation>Der Übungsplan ist gestoppt: Der gespeicherte Plan ist überholt und kann nicht mehr als aktueller Plan gedruckt oder exportiert werden.</translation>
    </message>
    <message>
        <source>Red flag: see a doctor or physiotherapist</source>
        <translation>Warnzeichen: Rücksprache mit Ärztin/Arzt oder Physiotherapeut/in</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Rückmeldung löschen</translation>
    </message>
    <message>
        <source>Check-in not deleted</source>
        <translation>Rückmeldung nicht gelöscht</translation>
    </message>
    <message>
        <source>The check-in could not be deleted: %1</source>
        <translation>Die Rückmeldung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted the check-in of %1.</source>
        <translation>Rückmeldung vom %1 gelöscht.</translation>
    </message>
    <message>
        <source>the profile and the check-in</source>
        <translation>dem Profil und der Rückmeldung</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>dem Profil</translation>
    </message>
    <message>
        <source>the check-in</source>
        <translation>der Rückmeldung</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>Die Änderungen an %1 zuerst speichern?</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Plan next &amp;week</source>
        <translation>Nächste &amp;Woche planen</translation>
    </message>
    <message>
        <source>Open the Plan page and plan next week from the saved check-ins</source>
        <translation>Die Seite „Plan“ öffnen und die nächste Woche aus den gespeicherten Rückmeldungen planen</translation>
    </message>
    <message>
        <source>Chec&amp;k-in</source>
        <translation>Rüc&amp;kmeldung</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>Bearbei&amp;ten</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>V&amp;erlauf</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Das Profil speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save the check-in (Ctrl+S)</source>
        <translation>Die Rückmeldung speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;My profile</source>
        <translation>&amp;Mein Profil</translation>
    </message>
    <message>
        <source>Could not read the week&apos;s plan and sessions: %1</source>
        <translation>Plan und Einheiten der Woche konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>H&amp;istory (%1)</source>
        <translation>V&amp;erlauf (%1)</translation>
    </message>
    <message>
        <source>A check-in on that date</source>
        <translation>Eine Rückmeldung an diesem Datum</translation>
    </message>
    <message>
        <source>There is already a check-in on %1. Replace it with this one, or keep both?</source>
        <translation>Am %1 gibt es bereits eine Rückmeldung. Durch diese ersetzen oder beide behalten?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Delete the check-in of %1? Edit ▸ Undo brings it back.</source>
        <translation>Die Rückmeldung vom %1 löschen? Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>the new client</source>
        <translation>der neue Klient</translation>
    </message>
    <message>
        <source>the profile of %1</source>
        <translation>das Profil von %1</translation>
    </message>
    <message>
        <source>Showing the profile as it is saved now.</source>
        <translation>Das Profil wird so gezeigt, wie es jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>The profile was not saved: your changes are still here.</source>
        <translation>Das Profil wurde nicht gespeichert: Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>the check-in of %1</source>
        <translation>die Rückmeldung vom %1</translation>
    </message>
    <message>
        <source>Showing the check-in as it is saved now.</source>
        <translation>Die Rückmeldung wird so gezeigt, wie sie jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>The check-in was not saved: your changes are still here.</source>
        <translation>Die Rückmeldung wurde nicht gespeichert: Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Changes…</source>
        <translation>Änderungen…</translation>
    </message>
    <message>
        <source>Who added, changed or deleted this client&apos;s records, and when</source>
        <translation>Wer Einträge dieser Person hinzugefügt, geändert oder gelöscht hat, und wann</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ClientsPage</name>
    <message>
        <source>Search clients</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Person löschen …</translation>
    </message>
    <message>
        <source>Choose a client on the left, or press New client to add one.

Each client has a profile with the red-flag screening, a weekly check-in and its history. Plans are made on the Plan page from the saved check-ins.</source>
        <translation>Wählen Sie links eine Person aus oder klicken Sie auf „Neue Person“, um eine hinzuzufügen.

Jede Person hat ein Profil mit der Warnzeichen-Abfrage, eine wöchentliche Rückmeldung und deren Verlauf. Pläne entstehen auf der Seite „Plan“ aus den gespeicherten Rückmeldungen.</translation>
    </message>
    <message>
        <source>Could not read the clients: %1</source>
        <translation>Die Personen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Noch keine Personen.</translation>
    </message>
    <message>
        <source>No client matches &quot;%1&quot;.</source>
        <translation>Keine Person passt zu „%1“.</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Client not deleted</source>
        <translation>Person nicht gelöscht</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Deleted %1 and all their data.</source>
        <translation>%1 und alle zugehörigen Daten gelöscht.</translation>
    </message>
    <message>
        <source>New c&amp;lient</source>
        <translation>Neue &amp;Person</translation>
    </message>
    <message>
        <source>Delete %1 with all their check-ins, plans and logs?

Edit ▸ Undo brings them back.</source>
        <translation>%1 mit allen Rückmeldungen, Plänen und Protokollen löschen?

Bearbeiten ▸ Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <source>Search by name, condition or review date</source>
        <translation>Nach Name, Beschwerden oder Kontrolltermin suchen</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ClinicianReviewDialog</name>
    <message>
        <source>Record clinician review</source>
        <translation>Ärztliche Prüfung erfassen</translation>
    </message>
    <message>
        <source>e.g. Dr Okafor, orthopaedics</source>
        <translation>z. B. Dr. Okafor, Orthopädie</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Gesehen von</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>Gesehen am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Seen &amp;by:</source>
        <translation>Gesehen &amp;von:</translation>
    </message>
    <message>
        <source>Seen &amp;on:</source>
        <translation>Gesehen &amp;am:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Recorded the review by %1. Plan the week again to use it.</source>
        <translation>Prüfung durch %1 erfasst. Planen Sie die Woche neu, um sie zu berücksichtigen.</translation>
    </message>
    <message>
        <source>Record that a doctor or physiotherapist has checked the leg since the referral. The next plan takes it into account.</source>
        <translation>Erfassen Sie, dass eine Ärztin, ein Arzt oder die Physiotherapie das Bein seit der Überweisung untersucht hat. Der nächste Plan berücksichtigt das.</translation>
    </message>
    <message>
        <source>What was found and what may be done now</source>
        <translation>Was festgestellt wurde und was jetzt erlaubt ist</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ClinicianReviewPanel</name>
    <message>
        <source>Record clinician &amp;review...</source>
        <translation>Ärztliche &amp;Prüfung erfassen …</translation>
    </message>
    <message>
        <source>Could not read the clinician reviews: %1</source>
        <translation>Die ärztlichen Prüfungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No clinician review recorded yet.</source>
        <translation>Noch keine ärztliche Prüfung erfasst.</translation>
    </message>
    <message>
        <source>Clinician reviews recorded:</source>
        <translation>Erfasste ärztliche Prüfungen:</translation>
    </message>
    <message>
        <source>• %1, seen on %2</source>
        <translation>• %1, gesehen am %2</translation>
    </message>
    <message>
        <source>Record who checked the leg after the referral, when, and a note</source>
        <translation>Erfassen, wer das Bein nach der Überweisung untersucht hat, wann, und eine Notiz</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to Clinic Server</source>
        <translation>Mit dem Praxisserver verbinden</translation>
    </message>
    <message>
        <source>Work on the clinic&apos;s shared database. Ask the person who looks after the server for these details; the password is never saved by Glidepath.</source>
        <translation>Arbeiten Sie mit der gemeinsamen Datenbank der Praxis. Die Angaben erhalten Sie von der Person, die den Server betreut; das Passwort speichert Glidepath nie.</translation>
    </message>
    <message>
        <source>Servers used before</source>
        <translation>Bisher verwendete Server</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>Nie verschlüsseln (disable)</translation>
    </message>
    <message>
        <source>Encrypt if the server can (prefer)</source>
        <translation>Verschlüsseln, wenn der Server es kann (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Immer verschlüsseln (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the certificate (verify-ca)</source>
        <translation>Verschlüsseln und Zertifikat prüfen (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt, check the certificate and the name (verify-full)</source>
        <translation>Verschlüsseln, Zertifikat und Namen prüfen (verify-full)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Used for this connection only, never saved</source>
        <translation>Nur für diese Verbindung, wird nie gespeichert</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>Stamm&amp;zertifikat:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Choose the root certificate</source>
        <translation>Stammzertifikat auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Stop Test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Used &amp;before:</source>
        <translation>B&amp;isher verwendet:</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::DatabaseMenu</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Von Hand erstellt</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Glidepath keeps a copy of this database from each of the last %1 days you used it, and one before each upgrade or restore. Choose the copy to go back to. What the database holds now is backed up first.</source>
        <translation>Glidepath bewahrt eine Kopie dieser Datenbank von jedem der letzten %1 Tage auf, an denen Sie sie benutzt haben, und eine vor jedem Update und jeder Wiederherstellung. Wählen Sie die Kopie, zu der Sie zurückkehren möchten. Der jetzige Stand der Datenbank wird vorher gesichert.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No automatic backups yet.</source>
        <translation>Noch keine automatischen Sicherungen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>&amp;Andere Datei …</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <source>Glidepath databases (*.db);;All files (*)</source>
        <translation>Glidepath-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Datenbank &amp;sichern …</translation>
    </message>
    <message>
        <source>Save a complete copy of the database to a file</source>
        <translation>Eine vollständige Kopie der Datenbank in einer Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Go back to an earlier copy of the database</source>
        <translation>Zu einer früheren Kopie der Datenbank zurückkehren</translation>
    </message>
    <message>
        <source>Today&apos;s check and backup of the database failed: %1</source>
        <translation>Die heutige Prüfung und Sicherung der Datenbank ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup is saved.</source>
        <translation>Die heutige automatische Sicherung ist gespeichert.</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Glidepath databases (*.db)</source>
        <translation>Glidepath-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>The backup could not be made: %1

The database was not changed.</source>
        <translation>Die Sicherung konnte nicht erstellt werden: %1

Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup “%1”?

What the database holds now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Alles in dieser Datenbank durch die Sicherung „%1“ ersetzen?

Der jetzige Stand wird vorher gesichert; Sie können das also rückgängig machen, indem Sie diese Kopie wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1

The database was not changed.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1

Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Aus %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>the database failed its integrity check (%1). Keep a copy of the file and restore a backup from File ▸ Restore from Backup….</source>
        <translation>Die Datenbank hat die Integritätsprüfung nicht bestanden (%1). Bewahren Sie eine Kopie der Datei auf und stellen Sie eine Sicherung über Datei ▸ Aus Sicherung wiederherstellen … wieder her.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::DecisionBanner</name>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>no recent check-in</source>
        <translation>keine aktuelle Rückmeldung</translation>
    </message>
    <message>
        <source>%1 light</source>
        <translation>Ampel %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Plan stopped: a red flag was answered yes. See a doctor or physiotherapist before exercising.</source>
        <translation>Plan gestoppt: Eine Warnzeichen-Frage wurde mit Ja beantwortet. Lassen Sie sich vor dem Üben ärztlich oder physiotherapeutisch untersuchen.</translation>
    </message>
    <message>
        <source>The plan below is superseded: it is kept for the record but is not to be followed, printed or exported.</source>
        <translation>Der Plan unten ist überholt: Er bleibt zur Dokumentation erhalten, soll aber nicht befolgt, gedruckt oder exportiert werden.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::DocumentDialog</name>
    <message>
        <source>This document is not included in this build of Glidepath. It is part of the source, in the docs folder (%1).</source>
        <translation>Dieses Dokument ist in dieser Glidepath-Version nicht enthalten. Es gehört zum Quellcode, im Ordner docs (%1).</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ExerciseEditor</name>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Zum Bearbeiten duplizieren</translation>
    </message>
    <message>
        <source>Create exercise</source>
        <translation>Übung anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>made from the name, e.g. wall-sit</source>
        <translation>wird aus dem Namen gebildet, z. B. wall-sit</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>What people call it, e.g. Wall sit</source>
        <translation>Wie man sie nennt, z. B. Wandsitz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>One sentence on what it is for</source>
        <translation>Ein Satz dazu, wofür sie gut ist</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Kurzbeschreibung:</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>C&amp;ues:</source>
        <translation>Hin&amp;weise:</translation>
    </message>
    <message>
        <source>Double-click a line to edit it. Cues are the short reminders people say to themselves while moving.</source>
        <translation>Doppelklicken Sie auf eine Zeile, um sie zu bearbeiten. Hinweise sind kurze Erinnerungen, die man sich während der Bewegung selbst sagt.</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>First phase</source>
        <translation>Erste Phase</translation>
    </message>
    <message>
        <source>Last phase</source>
        <translation>Letzte Phase</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>&amp;Legs:</source>
        <translation>&amp;Beine:</translation>
    </message>
    <message>
        <source>Knee bend under load</source>
        <translation>Kniebeugung unter Last</translation>
    </message>
    <message>
        <source>&amp;Knee bend:</source>
        <translation>&amp;Kniebeugung:</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Stoßbelastung</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regionen:</translation>
    </message>
    <message>
        <source>Choose the main muscle</source>
        <translation>Hauptmuskel wählen</translation>
    </message>
    <message>
        <source>Also works:</source>
        <translation>Trainiert außerdem:</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Tick everything the exercise needs; leave all unticked when it needs nothing.</source>
        <translation>Haken Sie alles an, was die Übung braucht; lassen Sie alles frei, wenn sie nichts braucht.</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Hold in seconds</source>
        <translation>Halten in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Rest between sets in seconds</source>
        <translation>Pause zwischen den Sätzen in Sekunden</translation>
    </message>
    <message>
        <source>Tempo, lift-pause-lower seconds</source>
        <translation>Tempo, Heben-Pause-Senken in Sekunden</translation>
    </message>
    <message>
        <source>e.g. 2-1-3</source>
        <translation>z. B. 2-1-3</translation>
    </message>
    <message>
        <source>Fewest sets</source>
        <translation>Wenigste Sätze</translation>
    </message>
    <message>
        <source>Most sets</source>
        <translation>Meiste Sätze</translation>
    </message>
    <message>
        <source>Fewest repetitions</source>
        <translation>Wenigste Wiederholungen</translation>
    </message>
    <message>
        <source>Most repetitions</source>
        <translation>Meiste Wiederholungen</translation>
    </message>
    <message>
        <source>Shortest hold</source>
        <translation>Kürzestes Halten</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Längstes Halten</translation>
    </message>
    <message>
        <source>Starting dose</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Fewest</source>
        <translation>Mindestens</translation>
    </message>
    <message>
        <source>Most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>&amp;Reps:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Hol&amp;d:</source>
        <translation>Hal&amp;ten:</translation>
    </message>
    <message>
        <source>lift-pause-lower seconds</source>
        <translation>Heben-Pause-Senken in Sekunden</translation>
    </message>
    <message>
        <source>The plan starts at the dose and moves within the fewest–most range (reps, then sets, then hold) before it changes to the harder exercise.</source>
        <translation>Der Plan beginnt mit der Dosis und steigert innerhalb des Bereichs von mindestens bis höchstens (erst Wiederholungen, dann Sätze, dann Halten), bevor er zur schwereren Übung wechselt.</translation>
    </message>
    <message>
        <source>Progression ladder</source>
        <translation>Stufenfolge</translation>
    </message>
    <message>
        <source>E&amp;asier:</source>
        <translation>&amp;Leichter:</translation>
    </message>
    <message>
        <source>The plan steps down to the easier exercise when this one hurts, and up to the harder one once the dose range is used up.</source>
        <translation>Der Plan geht zur leichteren Übung zurück, wenn diese schmerzt, und zur schwereren weiter, sobald der Dosisbereich ausgeschöpft ist.</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>Plans leave out exercises whose precautions do not suit the client&apos;s current state.</source>
        <translation>Pläne lassen Übungen weg, deren Warnhinweise nicht zum aktuellen Zustand der Person passen.</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>“%1” is already the id of “%2”; choose another.</source>
        <translation>„%1“ ist bereits die ID von „%2“; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Custom exercise · not saved yet</source>
        <translation>Eigene Übung · noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Fill in the fields below. Nothing is saved until you create the exercise.</source>
        <translation>Füllen Sie die Felder unten aus. Gespeichert wird erst, wenn Sie die Übung anlegen.</translation>
    </message>
    <message>
        <source>Built-in exercise</source>
        <translation>Eingebaute Übung</translation>
    </message>
    <message>
        <source>Custom exercise</source>
        <translation>Eigene Übung</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Changes are saved as you go</source>
        <translation>Änderungen werden laufend gespeichert</translation>
    </message>
    <message>
        <source>Built-in exercises are read-only so the shipped library stays as it was checked. Duplicate it to make a version you can change; you can still hide it.</source>
        <translation>Eingebaute Übungen sind schreibgeschützt, damit die mitgelieferte Bibliothek so bleibt, wie sie geprüft wurde. Duplizieren Sie sie, um eine änderbare Version zu erhalten; ausblenden können Sie sie trotzdem.</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>Sc&amp;hritte:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Phases:</source>
        <translation>P&amp;hasen:</translation>
    </message>
    <message>
        <source>Impa&amp;ct:</source>
        <translation>&amp;Stoßbelastung:</translation>
    </message>
    <message>
        <source>Main tar&amp;get:</source>
        <translation>&amp;Hauptziel:</translation>
    </message>
    <message>
        <source>Sets:</source>
        <translation>Sätze:</translation>
    </message>
    <message>
        <source>Te&amp;mpo:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Rest:</source>
        <translation>Pause:</translation>
    </message>
    <message>
        <source>Harder:</source>
        <translation>Schwerer:</translation>
    </message>
    <message>
        <source>Hide this e&amp;xercise from the list and from new plans</source>
        <translation>In der Liste und in neuen Plänen &amp;ausblenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not created yet. %1%2</source>
        <translation>Noch nicht angelegt. %1%2</translation>
    </message>
    <message>
        <source>Not saved. %1%2 The last valid version is kept.</source>
        <translation>Nicht gespeichert. %1%2 Die letzte gültige Version bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n more field(s) marked in red below.</source>
        <translation>
            <numerusform>%n weiteres Feld unten rot markiert.</numerusform>
            <numerusform>%n weitere Felder unten rot markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Starting load</source>
        <translation>Anfangslast</translation>
    </message>
    <message>
        <source>Heaviest load</source>
        <translation>Höchste Last</translation>
    </message>
    <message>
        <source>Starting load:</source>
        <translation>Anfangslast:</translation>
    </message>
    <message>
        <source>Heaviest load:</source>
        <translation>Höchste Last:</translation>
    </message>
    <message>
        <source>No added load</source>
        <translation>Ohne Zusatzlast</translation>
    </message>
    <message>
        <source>Goals it serves</source>
        <translation>Ziele dieser Übung</translation>
    </message>
    <message>
        <source>Plans for a client with one of these goals offer this exercise and its ladder first.</source>
        <translation>Pläne für Klienten mit einem dieser Ziele bieten diese Übung und ihre Stufenleiter zuerst an.</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>Last:</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this exercise after you opened it. Your changes are still here; change a field to be asked again, or choose another exercise to drop them.</source>
        <translation>Nicht gespeichert: Jemand anderes hat diese Übung gespeichert, nachdem Sie sie geöffnet haben. Ihre Änderungen sind noch da; ändern Sie ein Feld, um erneut gefragt zu werden, oder wählen Sie eine andere Übung, um sie zu verwerfen.</translation>
    </message>
    <message>
        <source>Not saved: the connection to the clinic server was lost. Your changes are still here; change a field to try again.</source>
        <translation>Nicht gespeichert: Die Verbindung zum Praxisserver ist abgebrochen. Ihre Änderungen sind noch da; ändern Sie ein Feld, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>the exercise “%1”</source>
        <translation>die Übung „%1“</translation>
    </message>
    <message>
        <source>Showing the exercise as it is saved now.</source>
        <translation>Die Übung wird so gezeigt, wie sie jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>The exercise was not saved: your changes are still here.</source>
        <translation>Die Übung wurde nicht gespeichert: Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>the new exercise “%1”</source>
        <translation>die neue Übung „%1“</translation>
    </message>
    <message>
        <source>The exercise was not created: what you typed is still here.</source>
        <translation>Die Übung wurde nicht angelegt: Was Sie eingegeben haben, ist noch da.</translation>
    </message>
    <message>
        <source>Keep moving for the time (not a still hold)</source>
        <translation>Durchgehend bewegen (nicht still halten)</translation>
    </message>
    <message>
        <source>For movement kept up for the hold&apos;s time, such as the Hundred&apos;s arm pumps: the handout then reads “Keep moving for 50 s” instead of “hold 50 s”.</source>
        <translation>Für Bewegung, die die ganze Zeit weiterläuft, etwa das Armpumpen beim Hundred: Das Übungsblatt sagt dann „50 s durchgehend bewegen“ statt „50 s halten“.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ExercisePicker</name>
    <message>
        <source>Type to search</source>
        <translation>Zum Suchen tippen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ExerciseTableModel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Built-in exercise (read-only)</source>
        <translation>Eingebaute Übung (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Hidden: not used in new plans</source>
        <translation>Ausgeblendet: wird in neuen Plänen nicht verwendet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Knee bend</source>
        <translation>Kniebeugung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Stoßbelastung</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ExerciseTranslationSection</name>
    <message>
        <source>Text in %1 (what clients read)</source>
        <extracomment>The Library editor&apos;s section for an exercise&apos;s text in the UI&apos;s language; %1 is that language&apos;s own name (&quot;Deutsch&quot;).</extracomment>
        <translation>Text auf %1 (was Klienten lesen)</translation>
    </message>
    <message>
        <source>Translated name</source>
        <translation>Übersetzter Name</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Translated summary</source>
        <translation>Übersetzte Zusammenfassung</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Translated steps</source>
        <translation>Übersetzte Schritte</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Translated cues</source>
        <translation>Übersetzte Hinweise</translation>
    </message>
    <message>
        <source>Cues:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Englisch: %1</translation>
    </message>
    <message>
        <source>A field left empty shows the English text below. Steps and cues are translated all together: while the list is empty, clients read the English ones.</source>
        <translation>Ein leeres Feld zeigt den englischen Text weiter unten. Schritte und Hinweise werden jeweils als ganze Liste übersetzt: Solange die Liste leer ist, lesen Klienten die englischen.</translation>
    </message>
    <message>
        <source>the text in %1 of “%2”</source>
        <translation>der Text auf %1 der Übung „%2“</translation>
    </message>
    <message>
        <source>Showing the exercise&apos;s texts as they are saved now.</source>
        <translation>Die Texte der Übung werden so gezeigt, wie sie jetzt gespeichert sind.</translation>
    </message>
    <message>
        <source>Not saved: your text is still here. Finish a field again to save it.</source>
        <translation>Nicht gespeichert: Ihr Text ist noch da. Sobald Sie ein Feld wieder verlassen, wird erneut gespeichert.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::LibraryPage</name>
    <message>
        <source>Exercise created.</source>
        <translation>Übung angelegt.</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>Search by name, purpose, cue or muscle</source>
        <translation>Nach Name, Zweck, Hinweis oder Muskel suchen</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>Phase filter</source>
        <translation>Phasenfilter</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Regionenfilter</translation>
    </message>
    <message>
        <source>Equipment filter</source>
        <translation>Gerätefilter</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation>Ohne Geräte</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Alle Positionen</translation>
    </message>
    <message>
        <source>Position filter</source>
        <translation>Positionsfilter</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Ausgeblendete zeigen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Suche und alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Side-lying hip abduction</source>
        <translation>Seitliches Beinheben in Seitenlage</translation>
    </message>
    <message>
        <source>Motor control</source>
        <translation>Motorische Kontrolle</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Stoßbelastung</translation>
    </message>
    <message>
        <source>Mat, Resistance</source>
        <translation>Matte, Widerstandsband</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>%1 in the library</source>
        <translation>%1 in der Bibliothek</translation>
    </message>
    <message>
        <source>The library is empty</source>
        <translation>Die Bibliothek ist leer</translation>
    </message>
    <message>
        <source>Create an exercise with Edit ▸ New exercise, or bring in a library with File ▸ Import library…</source>
        <translation>Legen Sie mit Bearbeiten ▸ Neue Übung eine Übung an oder holen Sie eine Bibliothek über Datei ▸ Bibliothek importieren … herein.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nichts passt zu „%1“</translation>
    </message>
    <message>
        <source>Try fewer or shorter words, or clear the filters.</source>
        <translation>Versuchen Sie weniger oder kürzere Wörter oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>No exercise fits these filters</source>
        <translation>Keine Übung passt zu diesen Filtern</translation>
    </message>
    <message>
        <source>Loosen a filter, or tick “Show hidden” to include hidden exercises.</source>
        <translation>Lockern Sie einen Filter oder haken Sie „Ausgeblendete zeigen“ an, um ausgeblendete Übungen einzubeziehen.</translation>
    </message>
    <message>
        <source>The new exercise was not created; its draft is discarded.</source>
        <translation>Die neue Übung wurde nicht angelegt; ihr Entwurf wurde verworfen.</translation>
    </message>
    <message>
        <source>Duplicate exercise</source>
        <translation>Übung duplizieren</translation>
    </message>
    <message>
        <source>Duplicated. The copy is yours to edit.</source>
        <translation>Dupliziert. Die Kopie können Sie frei bearbeiten.</translation>
    </message>
    <message>
        <source>Delete exercise</source>
        <translation>Übung löschen</translation>
    </message>
    <message>
        <source>Built-in exercises cannot be deleted. Tick “Hide this exercise” to keep it out of lists and new plans.</source>
        <translation>Eingebaute Übungen können nicht gelöscht werden. Haken Sie „Diese Übung ausblenden“ an, um sie aus Listen und neuen Plänen herauszuhalten.</translation>
    </message>
    <message>
        <source>Delete “%1”?

Saved plans keep their copy of it. You can undo this with Edit ▸ Undo.</source>
        <translation>„%1“ löschen?

Gespeicherte Pläne behalten ihre Kopie davon. Mit Bearbeiten ▸ Rückgängig können Sie das zurücknehmen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Unsaved changes were discarded.</source>
        <translation>Nicht gespeicherte Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>No exercise selected</source>
        <translation>Keine Übung ausgewählt</translation>
    </message>
    <message>
        <source>Choose an exercise in the list to see every detail of it.
Built-in exercises are read-only; duplicate one to make your own version, or start from scratch.</source>
        <translation>Wählen Sie eine Übung in der Liste, um alle Details zu sehen.
Eingebaute Übungen sind schreibgeschützt; duplizieren Sie eine, um Ihre eigene Version zu erstellen, oder beginnen Sie neu.</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::LibraryTransfer</name>
    <message>
        <source>Glidepath libraries (*.json);;All files (*)</source>
        <translation>Glidepath-Bibliotheken (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import library</source>
        <translation>Bibliothek importieren</translation>
    </message>
    <message>
        <source>Import cancelled; the library was not changed.</source>
        <translation>Import abgebrochen; die Bibliothek wurde nicht verändert.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be imported; nothing was changed.

%2</source>
        <translation>„%1“ kann nicht importiert werden; es wurde nichts verändert.

%2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” holds no exercises and no templates.</source>
        <translation>„%1“ enthält keine Übungen und keine Vorlagen.</translation>
    </message>
    <message>
        <source>Exercises in the file that are already in your library: %1. Replace your versions with the file&apos;s, or keep yours and skip them? Built-in exercises are always kept.</source>
        <translation>Übungen in der Datei, die schon in Ihrer Bibliothek sind: %1. Ihre Versionen durch die aus der Datei ersetzen, oder Ihre behalten und diese überspringen? Eingebaute Übungen bleiben immer erhalten.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message>
        <source>The exercises were imported, the templates not: %1</source>
        <translation>Die Übungen wurden importiert, die Vorlagen nicht: %1</translation>
    </message>
    <message>
        <source>Added %1, replaced %2, skipped %3.</source>
        <translation>%1 hinzugefügt, %2 ersetzt, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Templates: added %1, kept %2 of the same name.</source>
        <translation>Vorlagen: %1 hinzugefügt, %2 gleichnamige behalten.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the import back.</source>
        <translation>Bearbeiten ▸ Rückgängig nimmt den Import zurück.</translation>
    </message>
    <message>
        <source>Export library</source>
        <translation>Bibliothek exportieren</translation>
    </message>
    <message>
        <source>Export only the exercises you made (%1), or the whole library (%2)?</source>
        <translation>Nur Ihre eigenen Übungen exportieren (%1) oder die ganze Bibliothek (%2)?</translation>
    </message>
    <message>
        <source>My exercises</source>
        <translation>Meine Übungen</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Ganze Bibliothek</translation>
    </message>
    <message>
        <source>Library saved to “%1” (exercises: %2, templates: %3).</source>
        <translation>Bibliothek in „%1“ gespeichert (Übungen: %2, Vorlagen: %3).</translation>
    </message>
    <message>
        <source>The library could not be saved: %1</source>
        <translation>Die Bibliothek konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Browse, search and edit the exercise library</source>
        <translation>Die Übungsbibliothek durchsuchen und bearbeiten</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Client profiles, screening and weekly check-ins</source>
        <translation>Profile, Warnzeichen-Abfrage und wöchentliche Rückmeldungen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan next week and adjust it before saving</source>
        <translation>Die nächste Woche planen und vor dem Speichern anpassen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>How pain and adherence change over the weeks</source>
        <translation>Wie sich Schmerz und Trainingstreue über die Wochen verändern</translation>
    </message>
    <message>
        <source>Glidepath</source>
        <translation>Glidepath</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank …</translation>
    </message>
    <message>
        <source>Start an empty database in a new file</source>
        <translation>Eine leere Datenbank in einer neuen Datei beginnen</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open another Glidepath database</source>
        <translation>Eine andere Glidepath-Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Library…</source>
        <translation>Bibliothek &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export Library…</source>
        <translation>Bibliothek e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print the plan shown on the Plan page</source>
        <translation>Den Plan drucken, der auf der Seite „Plan“ angezeigt wird</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PDF &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Save the plan shown on the Plan page as a PDF handout</source>
        <translation>Den Plan auf der Seite „Plan“ als PDF-Handzettel speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>New E&amp;xercise</source>
        <translation>Neue Ü&amp;bung</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Create an exercise of your own</source>
        <translation>Eine eigene Übung anlegen</translation>
    </message>
    <message>
        <source>D&amp;uplicate Exercise</source>
        <translation>Übung d&amp;uplizieren</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Make an editable copy of the selected exercise</source>
        <translation>Eine bearbeitbare Kopie der ausgewählten Übung anlegen</translation>
    </message>
    <message>
        <source>De&amp;lete Exercise</source>
        <translation>Übung &amp;löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected exercise of your own</source>
        <translation>Die ausgewählte eigene Übung löschen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Clinical Rules</source>
        <translation>&amp;Klinische Regeln</translation>
    </message>
    <message>
        <source>How Glidepath decides to progress, hold, step back or refer</source>
        <translation>Wie Glidepath entscheidet: steigern, halten, zurückgehen oder überweisen</translation>
    </message>
    <message>
        <source>&amp;About Glidepath</source>
        <translation>Ü&amp;ber Glidepath</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Built-in exercises cannot be deleted; hide them instead</source>
        <translation>Eingebaute Übungen können nicht gelöscht werden; blenden Sie sie stattdessen aus</translation>
    </message>
    <message>
        <source>Delete the selected exercise</source>
        <translation>Die ausgewählte Übung löschen</translation>
    </message>
    <message>
        <source>%1 — Glidepath</source>
        <translation>%1 — Glidepath</translation>
    </message>
    <message>
        <source>Personal mode</source>
        <translation>Persönlicher Modus</translation>
    </message>
    <message>
        <source>Clinician mode</source>
        <translation>Modus für Fachpersonal</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>That database is already open.</source>
        <translation>Diese Datenbank ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>“%1” already exists. To use it, choose File ▸ Open Database…; to start empty, choose a new file name.</source>
        <translation>„%1“ gibt es bereits. Um sie zu verwenden, wählen Sie Datei ▸ Datenbank öffnen …; um leer zu beginnen, wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Started a new database.</source>
        <translation>Neue Datenbank begonnen.</translation>
    </message>
    <message>
        <source>Database opened.</source>
        <translation>Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Glidepath databases (*.db)</source>
        <translation>Glidepath-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Glidepath databases (*.db);;All files (*)</source>
        <translation>Glidepath-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Personal mode: your own profile and routine.</source>
        <translation>Persönlicher Modus: Ihr eigenes Profil und Ihr eigenes Programm.</translation>
    </message>
    <message>
        <source>Clinician mode: clients are back in the sidebar.</source>
        <translation>Modus für Fachpersonal: Die Klienten sind wieder in der Seitenleiste.</translation>
    </message>
    <message>
        <source>Glidepath user guide</source>
        <translation>Glidepath-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Clinical rules</source>
        <translation>Klinische Regeln</translation>
    </message>
    <message>
        <source>Add exercises and plan templates from a Glidepath library file</source>
        <translation>Übungen und Planvorlagen aus einer Glidepath-Bibliotheksdatei hinzufügen</translation>
    </message>
    <message>
        <source>Save exercises and plan templates to a Glidepath library file</source>
        <translation>Übungen und Planvorlagen in einer Glidepath-Bibliotheksdatei speichern</translation>
    </message>
    <message>
        <source>Connect to Clinic &amp;Server…</source>
        <translation>Mit dem &amp;Praxisserver verbinden …</translation>
    </message>
    <message>
        <source>Work on the clinic&apos;s shared database on its server</source>
        <translation>Mit der gemeinsamen Datenbank der Praxis auf ihrem Server arbeiten</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (nur lesen)</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ModeDialog</name>
    <message>
        <source>Welcome to Glidepath</source>
        <translation>Willkommen bei Glidepath</translation>
    </message>
    <message>
        <source>How will you use Glidepath?</source>
        <translation>Wie möchten Sie Glidepath nutzen?</translation>
    </message>
    <message>
        <source>This only decides what you see first. You can change it any time in Edit ▸ Preferences.</source>
        <translation>Das legt nur fest, was Sie zuerst sehen. Sie können es jederzeit unter Bearbeiten ▸ Einstellungen ändern.</translation>
    </message>
    <message>
        <source>I build plans for clients</source>
        <translation>Ich erstelle Pläne für Klienten</translation>
    </message>
    <message>
        <source>Keep a list of clients with their check-ins, and plan each one&apos;s week.</source>
        <translation>Eine Liste von Klienten mit ihren Rückmeldungen führen und die Woche jeder Person planen.</translation>
    </message>
    <message>
        <source>I&apos;m building my own routine</source>
        <translation>Ich stelle mein eigenes Programm zusammen</translation>
    </message>
    <message>
        <source>One profile, your own check-ins and your own weekly plan.</source>
        <translation>Ein Profil, Ihre eigenen Rückmeldungen und Ihr eigener Wochenplan.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::OutcomeSummary</name>
    <message>
        <source>Record a &amp;PSFS...</source>
        <translation>&amp;PSFS erfassen …</translation>
    </message>
    <message>
        <source>Record a Patient-Specific Functional Scale assessment</source>
        <translation>Eine Einschätzung mit der Patient-Specific Functional Scale (PSFS) erfassen</translation>
    </message>
    <message>
        <source>Pain (NPRS)</source>
        <translation>Schmerz (NPRS)</translation>
    </message>
    <message>
        <source>Function (PSFS)</source>
        <translation>Funktion (PSFS)</translation>
    </message>
    <message>
        <source>Compared with the first check-in; %1.</source>
        <translation>Verglichen mit der ersten Rückmeldung; %1.</translation>
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation>Noch keine Rückmeldung.</translation>
    </message>
    <message>
        <source>Baseline: %1/10 at rest, %2/10 in activity (%3).</source>
        <translation>Ausgangswert: %1/10 in Ruhe, %2/10 bei Aktivität (%3).</translation>
    </message>
    <message>
        <source>At rest %1 → %2/10: %3.
In activity %4 → %5/10: %6.</source>
        <translation>In Ruhe %1 → %2/10: %3.
Bei Aktivität %4 → %5/10: %6.</translation>
    </message>
    <message>
        <source>Average of the activities, compared with the first assessment; %1.</source>
        <translation>Durchschnitt der Aktivitäten, verglichen mit der ersten Einschätzung; %1.</translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>Noch keine Einschätzung.</translation>
    </message>
    <message>
        <source>Baseline average %1/10 (%2).</source>
        <translation>Ausgangsdurchschnitt %1/10 (%2).</translation>
    </message>
    <message>
        <source>Average %1 → %2/10: %3.</source>
        <translation>Durchschnitt %1 → %2/10: %3.</translation>
    </message>
    <message>
        <source>Due now: record the baseline.</source>
        <translation>Jetzt fällig: Ausgangswert erfassen.</translation>
    </message>
    <message>
        <source>Due now (every two weeks; due since %1).</source>
        <translation>Jetzt fällig (alle zwei Wochen; fällig seit %1).</translation>
    </message>
    <message>
        <source>Next one due %1.</source>
        <translation>Nächste fällig am %1.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PainSlider</name>
    <message>
        <source>10/10 (too high)</source>
        <translation>10/10 (zu hoch)</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Please rate</source>
        <translation>Bitte bewerten</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>%1/10 (low)</source>
        <translation>%1/10 (gering)</translation>
    </message>
    <message>
        <source>%1/10 (acceptable)</source>
        <translation>%1/10 (akzeptabel)</translation>
    </message>
    <message>
        <source>%1/10 (too high)</source>
        <translation>%1/10 (zu hoch)</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PlanAdjustPanel</name>
    <message>
        <source>Selected exercise</source>
        <translation>Ausgewählte Übung</translation>
    </message>
    <message>
        <source>Click an exercise in the week to adjust it.</source>
        <translation>Klicken Sie auf eine Übung in der Woche, um sie anzupassen.</translation>
    </message>
    <message>
        <source>Other exercises for the same slot</source>
        <translation>Andere Übungen für denselben Platz</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>none (hold)</source>
        <translation>keine (Halten)</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no hold</source>
        <translation>kein Halten</translation>
    </message>
    <message>
        <source>Hold in seconds</source>
        <translation>Halten in Sekunden</translation>
    </message>
    <message>
        <source>e.g. 2-1-3</source>
        <translation>z. B. 2-1-3</translation>
    </message>
    <message>
        <source>Seconds to lift, pause and lower; leave empty for none.</source>
        <translation>Sekunden für Heben, Pause und Senken; leer lassen für kein Tempo.</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Rest between sets in seconds</source>
        <translation>Pause zwischen den Sätzen in Sekunden</translation>
    </message>
    <message>
        <source>Which leg</source>
        <translation>Welches Bein</translation>
    </message>
    <message>
        <source>&amp;Apply dose</source>
        <translation>Dosis &amp;übernehmen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Sets:</source>
        <translation>Sätze:</translation>
    </message>
    <message>
        <source>Reps:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>Halten:</translation>
    </message>
    <message>
        <source>Tempo:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Rest:</source>
        <translation>Pause:</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>Add an exercise</source>
        <translation>Eine Übung hinzufügen</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>Hinzuzufügende Übung</translation>
    </message>
    <message>
        <source>Day to add it to</source>
        <translation>Tag, an dem sie hinzukommt</translation>
    </message>
    <message>
        <source>A&amp;dd to day</source>
        <translation>Zum Tag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Easier exercise</source>
        <translation>Leichtere Übung</translation>
    </message>
    <message>
        <source>Harder exercise</source>
        <translation>Schwerere Übung</translation>
    </message>
    <message>
        <source>▼ Easier: %1</source>
        <translation>▼ Leichter: %1</translation>
    </message>
    <message>
        <source>No easier exercise to swap to</source>
        <translation>Keine leichtere Übung zum Tauschen</translation>
    </message>
    <message>
        <source>▲ Harder: %1</source>
        <translation>▲ Schwerer: %1</translation>
    </message>
    <message>
        <source>No harder exercise allowed this week</source>
        <translation>Diese Woche ist keine schwerere Übung erlaubt</translation>
    </message>
    <message>
        <source>No other exercise fits this slot</source>
        <translation>Keine andere Übung passt auf diesen Platz</translation>
    </message>
    <message>
        <source>On all da&amp;ys with this exercise</source>
        <translation>An allen &amp;Tagen mit dieser Übung</translation>
    </message>
    <message>
        <source>Give every day of the week that has this exercise the same dose</source>
        <translation>Jedem Tag der Woche mit dieser Übung dieselbe Dosis geben</translation>
    </message>
    <message>
        <source>The dose typed for %1 was not applied: %2</source>
        <translation>Die für %1 eingegebene Dosis wurde nicht übernommen: %2</translation>
    </message>
    <message>
        <source>Sets: at least 1. To leave the exercise out, use Remove.</source>
        <translation>Sätze: mindestens 1. Um die Übung wegzulassen, verwenden Sie „Entfernen“.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>Last:</translation>
    </message>
    <message>
        <source>No added load</source>
        <translation>Ohne Zusatzlast</translation>
    </message>
    <message>
        <source>Earlier in the day&apos;s order (Alt+Up on a card, or drag the card)</source>
        <translation>Früher in der Reihenfolge des Tages (Alt+Pfeil nach oben auf einer Karte, oder die Karte ziehen)</translation>
    </message>
    <message>
        <source>Later in the day&apos;s order (Alt+Down on a card, or drag the card)</source>
        <translation>Später in der Reihenfolge des Tages (Alt+Pfeil nach unten auf einer Karte, oder die Karte ziehen)</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PlanExportDialog</name>
    <message>
        <source>Print plan</source>
        <translation>Plan drucken</translation>
    </message>
    <message>
        <source>Export plan as PDF</source>
        <translation>Plan als PDF exportieren</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Handzettel</translation>
    </message>
    <message>
        <source>&amp;Clinician summary: the decision, its reasons, check-ins and changes made by hand</source>
        <translation>&amp;Zusammenfassung für Fachpersonal: die Entscheidung, ihre Gründe, Rückmeldungen und Änderungen von Hand</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Large print (16 pt text and up)</source>
        <translation>&amp;Großdruck (Schrift ab 16 pt)</translation>
    </message>
    <message>
        <source>One exercise per row</source>
        <translation>Eine Übung pro Zeile</translation>
    </message>
    <message>
        <source>Two exercises per row</source>
        <translation>Zwei Übungen pro Zeile</translation>
    </message>
    <message>
        <source>Print an exercise in full once; later days refer back</source>
        <translation>Jede Übung einmal vollständig drucken; spätere Tage verweisen darauf</translation>
    </message>
    <message>
        <source>Optional, e.g. your name or clinic</source>
        <translation>Optional, z. B. Ihr Name oder Ihre Praxis</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Erstellt &amp;von:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau …</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>&amp;Home routine: the week to follow at home, with pain limits and a tick-box log</source>
        <translation>&amp;Heimprogramm: die Woche zum Üben zu Hause, mit Schmerzgrenzen und Protokoll zum Abhaken</translation>
    </message>
    <message>
        <source>Include the weekly &amp;log with tick boxes</source>
        <translation>Das Wochen&amp;protokoll zum Abhaken beilegen</translation>
    </message>
    <message>
        <source>Optional, e.g. Before lunch is best.</source>
        <translation>Optional, z. B. Am besten vor dem Mittagessen.</translation>
    </message>
    <message>
        <source>Next &amp;appointment:</source>
        <translation>Nächster &amp;Termin:</translation>
    </message>
    <message>
        <source>&amp;Note to the client:</source>
        <translation>&amp;Notiz für den Klienten:</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PlanModel</name>
    <message numerus="yes">
        <source>About %n min</source>
        <translation>
            <numerusform>Etwa %n Min.</numerusform>
            <numerusform>Etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PlanPage</name>
    <message>
        <source>&amp;Plan next week</source>
        <translation>Nächste Woche &amp;planen</translation>
    </message>
    <message>
        <source>Run the progression rules on the saved check-ins</source>
        <translation>Die Steigerungsregeln auf die gespeicherten Rückmeldungen anwenden</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Planversionen</translation>
    </message>
    <message>
        <source>Edit as &amp;new version</source>
        <translation>Als &amp;neue Version bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>Plan &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Log a session...</source>
        <translation>Einheit &amp;eintragen …</translation>
    </message>
    <message>
        <source>Record a session of the saved plan: what was done, sets, pain and difficulty. Logged sessions feed next week&apos;s plan.</source>
        <translation>Eine Einheit des gespeicherten Plans eintragen: was gemacht wurde, Sätze, Schmerz und Schwierigkeit. Eingetragene Einheiten fließen in den Plan der nächsten Woche ein.</translation>
    </message>
    <message>
        <source>Start &amp;today&apos;s session</source>
        <translation>&amp;Heutige Einheit starten</translation>
    </message>
    <message>
        <source>Changes made by hand</source>
        <translation>Änderungen von Hand</translation>
    </message>
    <message>
        <source>Advice for the week</source>
        <translation>Ratschläge für die Woche</translation>
    </message>
    <message>
        <source>The start and end position of each exercise, as the handout shows it</source>
        <translation>Start- und Endposition jeder Übung, wie auf dem Handzettel</translation>
    </message>
    <message>
        <source>Referral advice</source>
        <translation>Rat zur ärztlichen Abklärung</translation>
    </message>
    <message>
        <source>Glidepath suggests a plan from simple published rules; it supports, and does not replace, a clinician&apos;s judgement. Stop an exercise that causes sharp pain, and get checked if a warning sign appears.</source>
        <translation>Glidepath schlägt einen Plan nach einfachen, veröffentlichten Regeln vor; es unterstützt die fachliche Einschätzung und ersetzt sie nicht. Brechen Sie eine Übung ab, die stechende Schmerzen verursacht, und lassen Sie sich untersuchen, wenn ein Warnzeichen auftritt.</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mein Plan</translation>
    </message>
    <message>
        <source>Make next week&apos;s plan from your check-ins</source>
        <translation>Den Plan für nächste Woche aus Ihren Rückmeldungen erstellen</translation>
    </message>
    <message>
        <source>There is no plan to print.</source>
        <translation>Es gibt keinen Plan zum Drucken.</translation>
    </message>
    <message>
        <source>This plan is superseded: a red flag was answered yes, so it must not be handed out as the current plan. </source>
        <translation>Dieser Plan ist überholt: Eine Warnzeichen-Frage wurde mit Ja beantwortet, deshalb darf er nicht als aktueller Plan ausgegeben werden. </translation>
    </message>
    <message numerus="yes">
        <source>Do today&apos;s %n exercise(s) on the screen, with timers and a pain check; it is saved as a logged session.</source>
        <translation>
            <numerusform>Die heutige Übung am Bildschirm machen, mit Zeitgeber und Schmerzabfrage; sie wird als eingetragene Einheit gespeichert.</numerusform>
            <numerusform>Die heutigen %n Übungen am Bildschirm machen, mit Zeitgeber und Schmerzabfrage; sie werden als eingetragene Einheit gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs a saved plan with exercises today (today is a rest day, or the plan shown is for another week).</source>
        <translation>Braucht einen gespeicherten Plan mit Übungen für heute (heute ist ein Ruhetag, oder der angezeigte Plan gilt für eine andere Woche).</translation>
    </message>
    <message>
        <source>No client is chosen.</source>
        <translation>Es ist keine Person ausgewählt.</translation>
    </message>
    <message>
        <source>No check-in yet. Plan next week makes a starting plan for the week of %1.</source>
        <translation>Noch keine Rückmeldung. „Nächste Woche planen“ erstellt einen Startplan für die Woche vom %1.</translation>
    </message>
    <message numerus="yes">
        <source>Press Plan next week to plan the week of %1 from %n check-in(s).</source>
        <translation>
            <numerusform>Klicken Sie auf „Nächste Woche planen“, um die Woche vom %1 aus %n Rückmeldung zu planen.</numerusform>
            <numerusform>Klicken Sie auf „Nächste Woche planen“, um die Woche vom %1 aus %n Rückmeldungen zu planen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan yet. Fill in your profile, then press Plan next week.</source>
        <translation>Noch kein Plan. Füllen Sie Ihr Profil aus und klicken Sie dann auf „Nächste Woche planen“.</translation>
    </message>
    <message>
        <source>No plan for this client yet.</source>
        <translation>Für diese Person gibt es noch keinen Plan.</translation>
    </message>
    <message>
        <source>draft, not saved</source>
        <translation>Entwurf, nicht gespeichert</translation>
    </message>
    <message>
        <source>draft, changed since version %1</source>
        <translation>Entwurf, geändert seit Version %1</translation>
    </message>
    <message>
        <source>saved as version %1</source>
        <translation>gespeichert als Version %1</translation>
    </message>
    <message>
        <source>saved version %1, read-only</source>
        <translation>gespeicherte Version %1, schreibgeschützt</translation>
    </message>
    <message>
        <source>Week of %1 · %2 · superseded</source>
        <translation>Woche vom %1 · %2 · überholt</translation>
    </message>
    <message>
        <source>Week of %1 · %2</source>
        <translation>Woche vom %1 · %2</translation>
    </message>
    <message>
        <source>There is no exercise plan this week. Please follow this advice:</source>
        <translation>Diese Woche gibt es keinen Übungsplan. Bitte folgen Sie diesem Rat:</translation>
    </message>
    <message>
        <source>Once a doctor or physiotherapist has checked the leg, update the screening answers and plan again.</source>
        <translation>Sobald eine Ärztin, ein Arzt oder eine Physiotherapeutin bzw. ein Physiotherapeut das Bein untersucht hat, aktualisieren Sie die Antworten der Abfrage und planen Sie neu.</translation>
    </message>
    <message>
        <source>No particular advice this week.</source>
        <translation>Diese Woche kein besonderer Rat.</translation>
    </message>
    <message>
        <source>None: the plan is as the rules made it.</source>
        <translation>Keine: Der Plan ist so, wie die Regeln ihn erstellt haben.</translation>
    </message>
    <message>
        <source>A referral cannot be edited into an exercise plan.</source>
        <translation>Aus einer Überweisung lässt sich kein Übungsplan machen.</translation>
    </message>
    <message>
        <source>This plan is superseded by a red flag and cannot be changed.</source>
        <translation>Dieser Plan ist durch ein Warnzeichen überholt und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>This saved version is read-only. Use Edit as new version to change it.</source>
        <translation>Diese gespeicherte Version ist schreibgeschützt. Ändern Sie sie mit „Als neue Version bearbeiten“.</translation>
    </message>
    <message>
        <source>Draft for the week of %1 (not saved)</source>
        <translation>Entwurf für die Woche vom %1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>A red flag stands: press Plan next week for the referral advice instead of saving this plan.</source>
        <translation>Es besteht ein Warnzeichen: Klicken Sie auf „Nächste Woche planen“, um den Rat zur ärztlichen Abklärung zu erhalten, statt diesen Plan zu speichern.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Easier: %1</source>
        <translation>Leichter: %1</translation>
    </message>
    <message>
        <source>Harder: %1</source>
        <translation>Schwerer: %1</translation>
    </message>
    <message>
        <source>Swap for</source>
        <translation>Tauschen gegen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>That exercise is no longer in the library.</source>
        <translation>Diese Übung ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Could not read the client: %1</source>
        <translation>Die Person konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the saved plans: %1</source>
        <translation>Die gespeicherten Pläne konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Week of %1, version %2 (saved %3)</source>
        <translation>Woche vom %1, Version %2 (gespeichert %3)</translation>
    </message>
    <message>
        <source>%1 — superseded</source>
        <translation>%1 — überholt</translation>
    </message>
    <message>
        <source>Could not read the saved plan: %1</source>
        <translation>Der gespeicherte Plan konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not prepare the exercise choices: %1</source>
        <translation>Die Übungsauswahl konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Replace the draft</source>
        <translation>Entwurf ersetzen</translation>
    </message>
    <message>
        <source>The draft has changes made by hand that are not saved. Replace it anyway?</source>
        <translation>Der Entwurf enthält ungespeicherte Änderungen von Hand. Trotzdem ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Profile incomplete</source>
        <translation>Profil unvollständig</translation>
    </message>
    <message>
        <source>The profile needs these fixed before a plan can be made:
%1</source>
        <translation>Bevor ein Plan erstellt werden kann, muss im Profil Folgendes ergänzt werden:
%1</translation>
    </message>
    <message>
        <source>Answer them on the My profile tab and save it.</source>
        <translation>Beantworten Sie sie im Reiter „Mein Profil“ und speichern Sie es.</translation>
    </message>
    <message>
        <source>Answer them on the client&apos;s Profile (Clients page) and save it.</source>
        <translation>Beantworten Sie sie im Profil der Person (Seite „Klienten“) und speichern Sie es.</translation>
    </message>
    <message>
        <source>Screening not complete</source>
        <translation>Abfrage nicht vollständig</translation>
    </message>
    <message>
        <source>No plan is made until every red-flag screening question is answered yes or no. Not answered yet: %1.

%2</source>
        <translation>Es wird kein Plan erstellt, bevor jede Warnzeichen-Frage mit Ja oder Nein beantwortet ist. Noch nicht beantwortet: %1.

%2</translation>
    </message>
    <message>
        <source>No plan made</source>
        <translation>Kein Plan erstellt</translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>Der Plan konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Planned the week of %1: %2.</source>
        <translation>Woche vom %1 geplant: %2.</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Plan nicht gespeichert</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>Der Plan konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved the plan for the week of %1 as version %2.</source>
        <translation>Plan für die Woche vom %1 als Version %2 gespeichert.</translation>
    </message>
    <message>
        <source>There is no plan to export.</source>
        <translation>Es gibt keinen Plan zum Exportieren.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>The plan could not be printed: %1</source>
        <translation>Der Plan konnte nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>%1 - week of %2%3.pdf</source>
        <translation>%1 - Woche vom %2%3.pdf</translation>
    </message>
    <message>
        <source> - summary</source>
        <translation> - Zusammenfassung</translation>
    </message>
    <message>
        <source>Export plan as PDF</source>
        <translation>Plan als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF nicht geschrieben</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Das PDF konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Save this week as a template, start from one, or copy this plan to another client</source>
        <translation>Diese Woche als Vorlage speichern, mit einer beginnen oder diesen Plan für eine andere Person kopieren</translation>
    </message>
    <message>
        <source>Sh&amp;ow pictures on the cards</source>
        <translation>&amp;Bilder auf den Karten zeigen</translation>
    </message>
    <message>
        <source>Could not read the clients: %1</source>
        <translation>Die Personen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Noch keine Personen</translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation>Person auswählen</translation>
    </message>
    <message>
        <source>Week of %1, version %2 with changes not saved</source>
        <translation>Woche vom %1, Version %2 mit ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>Week of %1, version %2 (open for changes)</source>
        <translation>Woche vom %1, Version %2 (zum Ändern geöffnet)</translation>
    </message>
    <message>
        <source>Kept the referral advice for the week of %1 on record (version %2); there is no exercise plan that week.</source>
        <translation>Rat zur ärztlichen Abklärung für die Woche vom %1 festgehalten (Version %2); in dieser Woche gibt es keinen Übungsplan.</translation>
    </message>
    <message>
        <source>Choose a client above (or add one on the Clients page) to plan their week.</source>
        <translation>Wählen Sie oben eine Person aus (oder legen Sie auf der Seite „Klienten“ eine an), um ihre Woche zu planen.</translation>
    </message>
    <message>
        <source>&amp;Save referral advice</source>
        <translation>Rat zur Abklärung &amp;speichern</translation>
    </message>
    <message>
        <source>Keeps the referral advice on record for this week. No exercise plan is saved: there is none until a doctor or physiotherapist has checked the leg.</source>
        <translation>Hält den Rat zur ärztlichen Abklärung für diese Woche fest. Es wird kein Übungsplan gespeichert: Den gibt es erst, wenn eine Ärztin, ein Arzt oder die Physiotherapie das Bein untersucht hat.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben auf</translation>
    </message>
    <message numerus="yes">
        <source>Change the dose of %1 on %n day(s)</source>
        <translation>
            <numerusform>Dosis von %1 an %n Tag ändern</numerusform>
            <numerusform>Dosis von %1 an %n Tagen ändern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PlanTemplateActions</name>
    <message>
        <source>&amp;Save this week as a template…</source>
        <translation>Diese Woche als Vorlage &amp;speichern …</translation>
    </message>
    <message>
        <source>Start the draft from a &amp;template…</source>
        <translation>Den Entwurf mit einer &amp;Vorlage beginnen …</translation>
    </message>
    <message>
        <source>&amp;Copy this plan to another client…</source>
        <translation>Diesen Plan für eine andere Person &amp;kopieren …</translation>
    </message>
    <message>
        <source>&amp;Delete a template…</source>
        <translation>Eine Vorlage &amp;löschen …</translation>
    </message>
    <message>
        <source>Show a plan with exercises to save it as a template.</source>
        <translation>Zeigen Sie einen Plan mit Übungen an, um ihn als Vorlage zu speichern.</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>That template is no longer stored.</source>
        <translation>Diese Vorlage ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Press Plan next week first: a template fills the draft of the week, within this client&apos;s limits.</source>
        <translation>Klicken Sie zuerst auf „Nächste Woche planen“: Eine Vorlage füllt den Entwurf der Woche, innerhalb der Grenzen dieser Person.</translation>
    </message>
    <message>
        <source>Started the week from “%1”.</source>
        <translation>Woche aus „%1“ begonnen.</translation>
    </message>
    <message>
        <source>Started the week from “%1”. %2</source>
        <translation>Woche aus „%1“ begonnen. %2</translation>
    </message>
    <message>
        <source>Show a plan with exercises to copy it.</source>
        <translation>Zeigen Sie einen Plan mit Übungen an, um ihn zu kopieren.</translation>
    </message>
    <message>
        <source>Choose another client to copy the plan to.</source>
        <translation>Wählen Sie eine andere Person, für die der Plan kopiert werden soll.</translation>
    </message>
    <message>
        <source>the plan of %1</source>
        <translation>der Plan von %1</translation>
    </message>
    <message>
        <source>%1&apos;s own week could not take the plan (see the Plan page): nothing was copied.</source>
        <translation>Die Woche von %1 konnte den Plan nicht übernehmen (siehe Seite „Plan“): Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Copied into the draft of %1; check it and save. %2</source>
        <translation>In den Entwurf von %1 kopiert; prüfen und speichern Sie ihn. %2</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the template (for example “PFP runner, phase 1”):</source>
        <translation>Name der Vorlage (zum Beispiel „PFP Läuferin, Phase 1“):</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>There are no templates yet. Save a week as a template first.</source>
        <translation>Es gibt noch keine Vorlagen. Speichern Sie zuerst eine Woche als Vorlage.</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>The template&apos;s week replaces the draft&apos;s days:</source>
        <translation>Die Woche der Vorlage ersetzt die Tage des Entwurfs:</translation>
    </message>
    <message>
        <source>Template not applied</source>
        <translation>Vorlage nicht angewendet</translation>
    </message>
    <message>
        <source>Delete a template</source>
        <translation>Eine Vorlage löschen</translation>
    </message>
    <message>
        <source>Template to delete (Edit ▸ Undo brings it back):</source>
        <translation>Zu löschende Vorlage (Bearbeiten ▸ Rückgängig holt sie zurück):</translation>
    </message>
    <message>
        <source>Template not deleted</source>
        <translation>Vorlage nicht gelöscht</translation>
    </message>
    <message>
        <source>Plan not copied</source>
        <translation>Plan nicht kopiert</translation>
    </message>
    <message>
        <source>There is no other client to copy the plan to.</source>
        <translation>Es gibt keine andere Person, für die der Plan kopiert werden kann.</translation>
    </message>
    <message>
        <source>Copy the plan to another client</source>
        <translation>Den Plan für eine andere Person kopieren</translation>
    </message>
    <message>
        <source>The plan becomes this client&apos;s draft for their next week:</source>
        <translation>Der Plan wird zum Entwurf dieser Person für ihre nächste Woche:</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PlanWeekView</name>
    <message>
        <source>Rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>No exercises. Everyday walking is fine.</source>
        <translation>Keine Übungen. Normales Gehen im Alltag ist in Ordnung.</translation>
    </message>
    <message>
        <source>%1: rest day</source>
        <translation>%1: Ruhetag</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n min</source>
        <translation>
            <numerusform>%1 · etwa %n Min.</numerusform>
            <numerusform>%1 · etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ over the %1 min available</source>
        <translation>⚠ über den verfügbaren %1 Min.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <source>✎ changed by hand</source>
        <translation>✎ von Hand geändert</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>This exercise is already planned on that day.</source>
        <translation>Diese Übung ist an diesem Tag bereits geplant.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PoseCanvas</name>
    <message>
        <source>Exercise picture</source>
        <translation>Übungsbild</translation>
    </message>
    <message>
        <source>Drag a joint to change the position</source>
        <translation>Ziehen Sie ein Gelenk, um die Position zu ändern</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PoseEditor</name>
    <message>
        <source>Mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Ball</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kasten</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Dumbbell</source>
        <translation>Kurzhantel</translation>
    </message>
    <message>
        <source>Ankle weight</source>
        <translation>Gewichtsmanschette</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>Strap</source>
        <translation>Gurt</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Cushion</source>
        <translation>Kissen</translation>
    </message>
    <message>
        <source>Knee pad</source>
        <translation>Kniepolster</translation>
    </message>
    <message>
        <source>Reformer</source>
        <translation>Reformer</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Position shown</source>
        <translation>Angezeigte Position</translation>
    </message>
    <message>
        <source>Right leg works (near side)</source>
        <translation>Rechtes Bein arbeitet (vordere Seite)</translation>
    </message>
    <message>
        <source>Left leg works</source>
        <translation>Linkes Bein arbeitet</translation>
    </message>
    <message>
        <source>Both legs work</source>
        <translation>Beide Beine arbeiten</translation>
    </message>
    <message>
        <source>No leg marked</source>
        <translation>Kein Bein markiert</translation>
    </message>
    <message>
        <source>Working leg</source>
        <translation>Arbeitsbein</translation>
    </message>
    <message>
        <source>Seen from the side</source>
        <translation>Von der Seite gesehen</translation>
    </message>
    <message>
        <source>Seen from the front</source>
        <translation>Von vorn gesehen</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Use the plain figure of the position</source>
        <translation>Die einfache Figur der Position verwenden</translation>
    </message>
    <message>
        <source>Drag the joints to change the start and end position.</source>
        <translation>Ziehen Sie die Gelenke, um Start- und Endposition zu ändern.</translation>
    </message>
    <message>
        <source>No picture of its own yet: this is the plain figure of its position. Drag a joint to start one.</source>
        <translation>Noch kein eigenes Bild: Das ist die einfache Figur ihrer Position. Ziehen Sie ein Gelenk, um eines zu beginnen.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PrecautionsSection</name>
    <message>
        <source>Precautions and hip balance</source>
        <translation>Warnhinweise und Hüftbalance</translation>
    </message>
    <message>
        <source>Tick any that apply:</source>
        <translation>Zutreffendes ankreuzen:</translation>
    </message>
    <message>
        <source>Hip-balance self-check (leave a question blank if you do not know the answer):</source>
        <translation>Selbsttest Hüftbalance (lassen Sie eine Frage leer, wenn Sie die Antwort nicht wissen):</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>A yes to any of the first three and a no to the last puts more hip strength and hip mobility work into the plan.</source>
        <translation>Ein Ja bei einer der ersten drei Fragen und ein Nein bei der letzten bringt mehr Kraft- und Beweglichkeitsübungen für die Hüfte in den Plan.</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PreferencesDialog</name>
    <message>
        <source>I build plans for &amp;clients</source>
        <translation>Ich erstelle Pläne für &amp;Klienten</translation>
    </message>
    <message>
        <source>I&apos;m building my &amp;own routine</source>
        <translation>Ich stelle mein &amp;eigenes Programm zusammen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>How you use Glidepath</source>
        <translation>Wie Sie Glidepath nutzen</translation>
    </message>
    <message>
        <source>A list of clients, each with check-ins and weekly plans.</source>
        <translation>Eine Liste von Klienten, jeweils mit Rückmeldungen und Wochenplänen.</translation>
    </message>
    <message>
        <source>One personal profile; the Clients page is hidden. Client records stay in the database and come back when you switch again.</source>
        <translation>Ein persönliches Profil; die Seite „Klienten“ ist ausgeblendet. Die Klientendaten bleiben in der Datenbank und kommen zurück, wenn Sie wieder wechseln.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Takes effect the next time Glidepath starts.</source>
        <translation>Wird beim nächsten Start von Glidepath wirksam.</translation>
    </message>
    <message>
        <source>Your details on handouts</source>
        <translation>Ihre Angaben auf Handzetteln</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Sam Patel, physiotherapist</source>
        <translation>z. B. Sam Patel, Physiotherapeut</translation>
    </message>
    <message>
        <source>P&amp;ractice:</source>
        <translation>P&amp;raxis:</translation>
    </message>
    <message>
        <source>e.g. Riverside Physio</source>
        <translation>z. B. Physiopraxis am Fluss</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Printed on each client&apos;s home routine. Not used in personal mode.</source>
        <translation>Wird auf das Heimprogramm jedes Klienten gedruckt. Im persönlichen Modus nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ProfileEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Painful side</source>
        <translation>Schmerzhafte Seite</translation>
    </message>
    <message>
        <source>Leave every box empty when there is no equipment at home.</source>
        <translation>Lassen Sie alle Felder leer, wenn zu Hause keine Geräte vorhanden sind.</translation>
    </message>
    <message>
        <source> a week</source>
        <translation> pro Woche</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes per session</source>
        <translation>Minuten pro Einheit</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Beschwerden:</translation>
    </message>
    <message>
        <source>Painful &amp;side:</source>
        <translation>Schmerzhafte &amp;Seite:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Equipment at home:</source>
        <translation>Geräte zu Hause:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Alter:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Red-flag screening</source>
        <translation>Warnzeichen-Abfrage</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Please answer each question. A &quot;yes&quot; means a doctor or physiotherapist should check your leg before you start: Glidepath will not make a plan until then.</source>
        <translation>Bitte beantworten Sie jede Frage. Ein „Ja“ bedeutet, dass eine Ärztin, ein Arzt oder eine Physiotherapeutin bzw. ein Physiotherapeut Ihr Bein untersuchen sollte, bevor Sie beginnen: Bis dahin erstellt Glidepath keinen Plan.</translation>
    </message>
    <message>
        <source>Ask each question at the first visit. Any &quot;yes&quot; blocks the exercise plan and shows referral advice instead.</source>
        <translation>Stellen Sie jede Frage beim ersten Termin. Jedes „Ja“ sperrt den Übungsplan und zeigt stattdessen den Rat zur ärztlichen Abklärung.</translation>
    </message>
    <message>
        <source>Sessions per &amp;week:</source>
        <translation>Einheiten pro &amp;Woche:</translation>
    </message>
    <message>
        <source>Min&amp;utes per session:</source>
        <translation>Min&amp;uten pro Einheit:</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Datum festlegen</translation>
    </message>
    <message>
        <source>Without a date the next review is the day after the current plan&apos;s week.</source>
        <translation>Ohne Datum ist die nächste Kontrolle der Tag nach der Woche des aktuellen Plans.</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Datum der nächsten Kontrolle</translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation>Nächste &amp;Kontrolle:</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ProgressPage</name>
    <message>
        <source>&amp;Log a session...</source>
        <translation>Einheit &amp;eintragen …</translation>
    </message>
    <message>
        <source>Record one session: what was done, sets, pain and difficulty.</source>
        <translation>Eine Einheit eintragen: was gemacht wurde, Sätze, Schmerz und Schwierigkeit.</translation>
    </message>
    <message>
        <source>Enter the &amp;week&apos;s paper log...</source>
        <translation>&amp;Wochenprotokoll vom Papier übertragen …</translation>
    </message>
    <message>
        <source>Type in the ticks and pain scores of the handout&apos;s log for a whole week at once.</source>
        <translation>Die Haken und Schmerzwerte aus dem Protokoll des Handzettels für eine ganze Woche auf einmal eintragen.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation>CSV e&amp;xportieren</translation>
    </message>
    <message>
        <source>Session logs...</source>
        <translation>Einheitsprotokolle …</translation>
    </message>
    <message>
        <source>Check-ins...</source>
        <translation>Rückmeldungen …</translation>
    </message>
    <message>
        <source>Pain over the weeks</source>
        <translation>Schmerz über die Wochen</translation>
    </message>
    <message>
        <source>Sessions done each week</source>
        <translation>Erledigte Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Function (PSFS) over time</source>
        <translation>Funktion (PSFS) im Zeitverlauf</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation>Eingetragene Einheiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Check-in history</source>
        <translation>Bisherige Rückmeldungen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>PSFS assessments</source>
        <translation>PSFS-Einschätzungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>Bearbe&amp;iten …</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Lösc&amp;hen</translation>
    </message>
    <message>
        <source>PSFS</source>
        <translation>PSFS</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>Keine Person ausgewählt</translation>
    </message>
    <message>
        <source>Choose a client on the Clients page to follow their weeks.</source>
        <translation>Wählen Sie auf der Seite „Klienten“ eine Person aus, um ihre Wochen zu verfolgen.</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Mein Verlauf</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) since %1.</source>
        <translation>
            <numerusform>%n Rückmeldung seit %1.</numerusform>
            <numerusform>%n Rückmeldungen seit %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest (%1): pain during exercise %2/10</source>
        <translation>Zuletzt (%1): Schmerz beim Üben %2/10</translation>
    </message>
    <message>
        <source>, down from %1</source>
        <translation>, gesunken von %1</translation>
    </message>
    <message>
        <source>, up from %1</source>
        <translation>, gestiegen von %1</translation>
    </message>
    <message>
        <source>, the same as the week before</source>
        <translation>, gleich wie in der Woche davor</translation>
    </message>
    <message numerus="yes">
        <source>Sessions done over the last %n week(s): %1%.</source>
        <translation>
            <numerusform>Erledigte Einheiten in der letzten Woche: %1 %.</numerusform>
            <numerusform>Erledigte Einheiten in den letzten %n Wochen: %1 %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) logged, the latest on %1.</source>
        <translation>
            <numerusform>%n Einheit eingetragen, die letzte am %1.</numerusform>
            <numerusform>%n Einheiten eingetragen, die letzte am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded yet. Log your sessions and weekly check-ins to see how pain and effort change over the weeks.</source>
        <translation>Noch nichts erfasst. Tragen Sie Ihre Einheiten und wöchentlichen Rückmeldungen ein, um zu sehen, wie sich Schmerz und Anstrengung über die Wochen verändern.</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Log sessions here and record weekly check-ins on the Clients page to follow pain and adherence over the weeks.</source>
        <translation>Noch nichts erfasst. Tragen Sie hier Einheiten ein und erfassen Sie wöchentliche Rückmeldungen auf der Seite „Klienten“, um Schmerz und Trainingstreue über die Wochen zu verfolgen.</translation>
    </message>
    <message>
        <source>Save a plan first: the paper log follows the plan&apos;s days.</source>
        <translation>Speichern Sie zuerst einen Plan: Das Papierprotokoll folgt den Tagen des Plans.</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>Diese Einheit löschen?</translation>
    </message>
    <message>
        <source>%1 %2/10</source>
        <translation>%1 %2/10</translation>
    </message>
    <message>
        <source>Delete this assessment?</source>
        <translation>Diese Einschätzung löschen?</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export session logs</source>
        <translation>Einheitsprotokolle exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n Einheit nach %1 exportiert.</numerusform>
            <numerusform>%n Einheiten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export check-ins</source>
        <translation>Rückmeldungen exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n check-in(s) to %1.</source>
        <translation>
            <numerusform>%n Rückmeldung nach %1 exportiert.</numerusform>
            <numerusform>%n Rückmeldungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a client first.</source>
        <translation>Wählen Sie zuerst eine Person aus.</translation>
    </message>
    <message>
        <source>Type in the ticks and pain scores of the handout&apos;s log for the week of %1 at once.</source>
        <translation>Die Haken und Schmerzwerte aus dem Protokoll des Handzettels für die Woche vom %1 auf einmal eintragen.</translation>
    </message>
    <message>
        <source>Delete the session logged on %1? Edit ▸ Undo brings it back.</source>
        <translation>Die am %1 eingetragene Einheit löschen? Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete the PSFS assessment of %1? Edit ▸ Undo brings it back.</source>
        <translation>Die PSFS-Einschätzung vom %1 löschen? Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>The charts could not be loaded: %1</source>
        <translation>Die Diagramme konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Written for spreadsheets in this language: fields separated by &quot;%1&quot;, dates as %2, decimals as %3.</source>
        <translation>Für Tabellenprogramme in dieser Sprache geschrieben: Felder getrennt durch „%1“, Datumsangaben als %2, Dezimalzahlen als %3.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::ProgressWeekModel</name>
    <message>
        <source>no plan saved</source>
        <translation>kein Plan gespeichert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1% (logs)</source>
        <translation>%1 % (Protokolle)</translation>
    </message>
    <message>
        <source>%1% (check-in)</source>
        <translation>%1 % (Rückmeldung)</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Plan decision</source>
        <translation>Planentscheidung</translation>
    </message>
    <message>
        <source>Pain at rest</source>
        <translation>Schmerz in Ruhe</translation>
    </message>
    <message>
        <source>Pain in activity</source>
        <translation>Schmerz bei Aktivität</translation>
    </message>
    <message>
        <source>Pain in exercise</source>
        <translation>Schmerz beim Üben</translation>
    </message>
    <message>
        <source>Worst pain logged</source>
        <translation>Stärkster eingetragener Schmerz</translation>
    </message>
    <message>
        <source>Sessions logged</source>
        <translation>Eingetragene Einheiten</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Erledigte Einheiten</translation>
    </message>
    <message>
        <source>PSFS average</source>
        <translation>PSFS-Durchschnitt</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::PsfsDialog</name>
    <message>
        <source>Patient-Specific Functional Scale</source>
        <translation>Patient-Specific Functional Scale</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale of %1</source>
        <translation>Patient-Specific Functional Scale von %1</translation>
    </message>
    <message>
        <source>Name three to five activities that are hard because of the knee or hip, in the client&apos;s own words. Rate each from 0 (cannot do it) to 10 (can do it as well as before the problem).</source>
        <translation>Nennen Sie drei bis fünf Aktivitäten, die wegen des Knies oder der Hüfte schwerfallen, in den eigenen Worten der Person. Bewerten Sie jede von 0 (nicht möglich) bis 10 (so gut wie vor dem Problem).</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Datum der Einschätzung</translation>
    </message>
    <message>
        <source>&amp;Add an activity</source>
        <translation>Aktivität &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>e.g. Walking down stairs</source>
        <translation>z. B. Treppe hinuntergehen</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Aktivität %1</translation>
    </message>
    <message>
        <source>/10</source>
        <translation>/10</translation>
    </message>
    <message>
        <source>Activity %1: score 0 to 10</source>
        <translation>Aktivität %1: Wert 0 bis 10</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove activity %1</source>
        <translation>Aktivität %1 entfernen</translation>
    </message>
    <message>
        <source>Average score: %1/10</source>
        <translation>Durchschnittswert: %1/10</translation>
    </message>
    <message>
        <source>This is the baseline: later assessments are compared with it (%1).</source>
        <translation>Das ist der Ausgangswert: Spätere Einschätzungen werden damit verglichen (%1).</translation>
    </message>
    <message>
        <source>Baseline %1/10 on %2; change %3 - %4.</source>
        <translation>Ausgangswert %1/10 am %2; Änderung %3 – %4.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved the PSFS of %1.</source>
        <translation>PSFS vom %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::QtProgressCharts</name>
    <message>
        <source>Pain over the weeks - nothing recorded yet</source>
        <translation>Schmerz über die Wochen – noch nichts erfasst</translation>
    </message>
    <message>
        <source>Pain over the weeks</source>
        <translation>Schmerz über die Wochen</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Safe zone (0-%1)</source>
        <translation>Sicherer Bereich (0–%1)</translation>
    </message>
    <message>
        <source>Acceptable (%1-%2)</source>
        <translation>Akzeptabel (%1–%2)</translation>
    </message>
    <message>
        <source>Too high (above %1)</source>
        <translation>Zu hoch (über %1)</translation>
    </message>
    <message>
        <source>At rest</source>
        <translation>In Ruhe</translation>
    </message>
    <message>
        <source>In activity</source>
        <translation>Bei Aktivität</translation>
    </message>
    <message>
        <source>During exercise</source>
        <translation>Beim Üben</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Plan for the week of %1: %2 (%3 light, phase %4)</source>
        <translation>Plan für die Woche vom %1: %2 (Ampel %3, Phase %4)</translation>
    </message>
    <message>
        <source>Sessions done each week</source>
        <translation>Erledigte Einheiten pro Woche</translation>
    </message>
    <message>
        <source>At or above %1</source>
        <translation>Bei oder über %1</translation>
    </message>
    <message>
        <source>Below %1 (the plan is held)</source>
        <translation>Unter %1 (der Plan wird gehalten)</translation>
    </message>
    <message>
        <source>Week of %1: nothing recorded</source>
        <translation>Woche vom %1: nichts erfasst</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %2 of the planned sessions done (%n session(s) logged of %3 planned)</source>
        <translation>
            <numerusform>Woche vom %1: %2 der geplanten Einheiten erledigt (%n Einheit von %3 geplanten eingetragen)</numerusform>
            <numerusform>Woche vom %1: %2 der geplanten Einheiten erledigt (%n Einheiten von %3 geplanten eingetragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1: %2 of the planned sessions done (from the check-in)</source>
        <translation>Woche vom %1: %2 der geplanten Einheiten erledigt (laut Rückmeldung)</translation>
    </message>
    <message>
        <source>no weeks yet</source>
        <translation>noch keine Wochen</translation>
    </message>
    <message>
        <source>Needed to progress (%1)</source>
        <translation>Nötig zum Steigern (%1)</translation>
    </message>
    <message>
        <source>Function (PSFS) - no assessment yet</source>
        <translation>Funktion (PSFS) – noch keine Einschätzung</translation>
    </message>
    <message>
        <source>Function (PSFS average)</source>
        <translation>Funktion (PSFS-Durchschnitt)</translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation>Wert (0–10)</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Durchschnittswert</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Ausgangswert %1</translation>
    </message>
    <message>
        <source>Meaningful change (+%1)</source>
        <translation>Bedeutsame Änderung (+%1)</translation>
    </message>
    <message>
        <source>Pain at rest, in activity and during exercise by week, over the safe, acceptable and too-high zones; markers show each plan&apos;s decision.</source>
        <translation>Schmerz in Ruhe, bei Aktivität und beim Üben pro Woche, vor den Bereichen sicher, akzeptabel und zu hoch; Markierungen zeigen die Entscheidung jedes Plans.</translation>
    </message>
    <message>
        <source>Share of the planned sessions done each week (from session logs where there are any, otherwise from the check-in).</source>
        <translation>Anteil der erledigten geplanten Einheiten pro Woche (aus den Einheitsprotokollen, wo vorhanden, sonst aus der Rückmeldung).</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale: average score per assessment, with the baseline and the meaningful-change line.</source>
        <translation>Patient-Specific Functional Scale: Durchschnittswert je Einschätzung, mit Ausgangswert und der Linie für eine bedeutsame Änderung.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::RecentDatabases</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>%1 is not there any more (moved, deleted or on a disk that is not connected)</source>
        <translation>%1 ist nicht mehr vorhanden (verschoben, gelöscht oder auf einem nicht angeschlossenen Laufwerk)</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>Noch keine Datenbanken geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::RedFlagQuestions</name>
    <message>
        <source>Answer each question yes or no; none is answered for you.</source>
        <translation>Beantworten Sie jede Frage mit Ja oder Nein; keine ist vorausgefüllt.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>all %1 red-flag questions</source>
        <translation>alle %1 Warnzeichen-Fragen</translation>
    </message>
    <message>
        <source>red-flag question %1</source>
        <translation>Warnzeichen-Frage %1</translation>
    </message>
    <message>
        <source>red-flag questions %1</source>
        <translation>Warnzeichen-Fragen %1</translation>
    </message>
    <message>
        <source>Please answer</source>
        <translation>Bitte beantworten</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Not answered yet: %1. Every red-flag question needs a yes or a no.</source>
        <translation>Noch nicht beantwortet: %1. Jede Warnzeichen-Frage braucht ein Ja oder ein Nein.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n question(s) answered yes. No exercise plan will be made until a doctor or physiotherapist has checked the leg.</source>
        <translation>
            <numerusform>⚠ %n Frage mit Ja beantwortet. Es wird kein Übungsplan erstellt, bis eine Ärztin, ein Arzt oder die Physiotherapie das Bein untersucht hat.</numerusform>
            <numerusform>⚠ %n Fragen mit Ja beantwortet. Es wird kein Übungsplan erstellt, bis eine Ärztin, ein Arzt oder die Physiotherapie das Bein untersucht hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glidepath::ui::SessionFigure</name>
    <message>
        <source>Exercise picture</source>
        <translation>Übungsbild</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::SessionLogDialog</name>
    <message>
        <source>not noted</source>
        <translation>nicht notiert</translation>
    </message>
    <message>
        <source>/10</source>
        <translation>/10</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>Einheit eintragen</translation>
    </message>
    <message>
        <source>Edit the session of %1</source>
        <translation>Einheit vom %1 bearbeiten</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Datum der Einheit</translation>
    </message>
    <message>
        <source>Which planned session</source>
        <translation>Welche geplante Einheit</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Done?</source>
        <translation>Erledigt?</translation>
    </message>
    <message>
        <source>Sets done</source>
        <translation>Erledigte Sätze</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Schmerz dabei</translation>
    </message>
    <message>
        <source>How hard</source>
        <translation>Wie schwer</translation>
    </message>
    <message>
        <source>Worst pain during the session</source>
        <translation>Stärkster Schmerz während der Einheit</translation>
    </message>
    <message>
        <source>Note about the session</source>
        <translation>Notiz zur Einheit</translation>
    </message>
    <message>
        <source>Anything worth remembering: how the knee felt afterwards, what made an exercise hard...</source>
        <translation>Alles, was wichtig ist: wie sich das Knie danach anfühlte, was eine Übung schwer machte …</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Planned session:</source>
        <translation>&amp;Geplante Einheit:</translation>
    </message>
    <message>
        <source>&amp;Worst pain in the session:</source>
        <translation>&amp;Stärkster Schmerz in der Einheit:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message numerus="yes">
        <source>%1 - %2, %n exercise(s)</source>
        <translation>
            <numerusform>%1 - %2, %n Übung</numerusform>
            <numerusform>%1 - %2, %n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the plan (an extra session)</source>
        <translation>Nicht im Plan (eine zusätzliche Einheit)</translation>
    </message>
    <message>
        <source>From the plan for the week of %1.</source>
        <translation>Aus dem Plan für die Woche vom %1.</translation>
    </message>
    <message>
        <source>No saved plan covers this date, so there are no planned exercises to log. Save a plan for this week on the Plan page first.</source>
        <translation>Für dieses Datum gibt es keinen gespeicherten Plan, also auch keine geplanten Übungen zum Eintragen. Speichern Sie zuerst auf der Seite „Plan“ einen Plan für diese Woche.</translation>
    </message>
    <message>
        <source>%1: done, partly or skipped</source>
        <translation>%1: erledigt, teilweise oder ausgelassen</translation>
    </message>
    <message>
        <source>%1: sets done</source>
        <translation>%1: erledigte Sätze</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>%1: pain during, 0 to 10</source>
        <translation>%1: Schmerz dabei, 0 bis 10</translation>
    </message>
    <message>
        <source>%1: how hard it felt</source>
        <translation>%1: wie schwer es sich anfühlte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mark what was done in this extra session: at least one exercise done or partly done.</source>
        <translation>Markieren Sie, was in dieser zusätzlichen Einheit gemacht wurde: mindestens eine Übung erledigt oder teilweise erledigt.</translation>
    </message>
    <message>
        <source>Logged the session of %1.</source>
        <translation>Einheit vom %1 eingetragen.</translation>
    </message>
    <message>
        <source>Worse next morning</source>
        <translation>Am nächsten Morgen schlechter</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Settled by the next morning</source>
        <translation>Bis zum nächsten Morgen abgeklungen</translation>
    </message>
    <message>
        <source>Ne&amp;xt morning:</source>
        <translation>Nächster &amp;Morgen:</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::SessionLogGridModel</name>
    <message>
        <source>Pain during the session on %1, 0 to 10</source>
        <translation>Schmerz während der Einheit am %1, 0 bis 10</translation>
    </message>
    <message>
        <source>Not planned on this day</source>
        <translation>An diesem Tag nicht geplant</translation>
    </message>
    <message>
        <source>%1 on %2: %3 sets planned</source>
        <translation>%1 am %2: %3 Sätze geplant</translation>
    </message>
    <message>
        <source>Pain during (0-10)</source>
        <translation>Schmerz dabei (0–10)</translation>
    </message>
    <message>
        <source>a day late</source>
        <translation>einen Tag später</translation>
    </message>
    <message>
        <source>%1, planned on %2, done a day late on %3</source>
        <translation>%1, geplant am %2, einen Tag später am %3 gemacht</translation>
    </message>
    <message>
        <source>No session to log on this day</source>
        <translation>An diesem Tag keine Einheit einzutragen</translation>
    </message>
    <message>
        <source>Worse the morning after the session on %1</source>
        <translation>Am Morgen nach der Einheit am %1 schlechter</translation>
    </message>
    <message>
        <source>Worse next morning</source>
        <translation>Am nächsten Morgen schlechter</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::SessionLogTableModel</name>
    <message>
        <source>extra session</source>
        <translation>zusätzliche Einheit</translation>
    </message>
    <message>
        <source>as planned</source>
        <translation>wie geplant</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>geplant für %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 partly)</source>
        <translation>%1 von %2 (%3 teilweise)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2/10</source>
        <translation>%1: %2/10</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Erledigte Übungen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Stärkster Schmerz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::SessionWindow</name>
    <message>
        <source>Pain %1 out of 10</source>
        <translation>Schmerz %1 von 10</translation>
    </message>
    <message>
        <source>Today&apos;s session — Glidepath</source>
        <translation>Heutige Einheit — Glidepath</translation>
    </message>
    <message>
        <source>Spoken cues (M)</source>
        <translation>Gesprochene Hinweise (M)</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <source>Leave the session and keep what was done</source>
        <translation>Die Einheit verlassen und das Erledigte behalten</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Übung überspringen</translation>
    </message>
    <message>
        <source>Skip this exercise</source>
        <translation>Diese Übung überspringen</translation>
    </message>
    <message>
        <source>Easier version (E)</source>
        <translation>Leichtere Variante (E)</translation>
    </message>
    <message>
        <source>Do the easier version today</source>
        <translation>Heute die leichtere Variante machen</translation>
    </message>
    <message>
        <source>How much did that exercise hurt, from 0 (not at all) to 10?</source>
        <translation>Wie sehr hat diese Übung wehgetan, von 0 (gar nicht) bis 10?</translation>
    </message>
    <message>
        <source>Go on without a score (→)</source>
        <translation>Ohne Wert weitermachen (→)</translation>
    </message>
    <message>
        <source>Go on without a pain score</source>
        <translation>Ohne Schmerzwert weitermachen</translation>
    </message>
    <message>
        <source>Session done. How did it feel overall, from 0 (no pain) to 10?</source>
        <translation>Einheit geschafft. Wie hat es sich insgesamt angefühlt, von 0 (kein Schmerz) bis 10?</translation>
    </message>
    <message>
        <source>Anything hurt, or anything to tell your clinician? (optional)</source>
        <translation>Hat etwas wehgetan, oder möchten Sie Ihrer Therapeutin oder Ihrem Therapeuten etwas sagen? (freiwillig)</translation>
    </message>
    <message>
        <source>Anything that hurt</source>
        <translation>Was wehgetan hat</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Speichern und schließen</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Die Einheit speichern</translation>
    </message>
    <message>
        <source>Doing the easier version today: %1. It is noted in the log.</source>
        <translation>Heute die leichtere Variante: %1. Das wird im Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>%1 hurt %2 out of 10. That is above the limit of %3: stop that exercise for today, and if it happens again, use the easier version or ask your clinician.</source>
        <translation>%1 hat %2 von 10 wehgetan. Das liegt über der Grenze von %3: Lassen Sie diese Übung für heute weg. Wenn es wieder passiert, nehmen Sie die leichtere Variante oder fragen Sie Ihre Therapeutin oder Ihren Therapeuten.</translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation>Die Einheit konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Today&apos;s session is saved in the log.</source>
        <translation>Die heutige Einheit ist im Protokoll gespeichert.</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Übung %1 von %2</translation>
    </message>
    <message>
        <source>Paused — press Space to go on</source>
        <translation>Pause — mit der Leertaste geht es weiter</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Verbleibende Zeit: %1</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Stop if: %1</source>
        <translation>Hören Sie auf, wenn: %1</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::StringListEditor</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation>Ausgewählten %1 entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::SurgerySection</name>
    <message>
        <source>After surgery</source>
        <translation>Nach einer Operation</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Date of the operation</source>
        <translation>Datum der Operation</translation>
    </message>
    <message>
        <source>Weight on the leg</source>
        <translation>Belastung des Beins</translation>
    </message>
    <message>
        <source>Tick only what the surgeon has cleared. Anything not ticked is left out of every plan, whatever the phase.</source>
        <translation>Haken Sie nur an, was die Operateurin oder der Operateur freigegeben hat. Alles nicht Angehakte bleibt in jedem Plan weg, unabhängig von der Phase.</translation>
    </message>
    <message>
        <source>&amp;Date of the operation:</source>
        <translation>&amp;Datum der Operation:</translation>
    </message>
    <message>
        <source>Cleared by the surgeon:</source>
        <translation>Vom Operateur freigegeben:</translation>
    </message>
    <message>
        <source>Your operation</source>
        <translation>Ihre Operation</translation>
    </message>
    <message>
        <source>Opera&amp;tion:</source>
        <translation>O&amp;peration:</translation>
    </message>
    <message>
        <source>Wei&amp;ght on the leg:</source>
        <translation>&amp;Belastung des Beins:</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::WeekLogDialog</name>
    <message>
        <source>Paper log for the week of %1</source>
        <translation>Papierprotokoll für die Woche vom %1</translation>
    </message>
    <message>
        <source>Exercises done each day</source>
        <translation>Erledigte Übungen pro Tag</translation>
    </message>
    <message>
        <source>A pain score is given for %1 but nothing is ticked that day. Tick the exercises done, or clear the pain score.</source>
        <translation>Für %1 ist ein Schmerzwert angegeben, aber an diesem Tag ist nichts angehakt. Haken Sie die erledigten Übungen an oder löschen Sie den Schmerzwert.</translation>
    </message>
    <message>
        <source>Replace this week&apos;s logs?</source>
        <translation>Die Protokolle dieser Woche ersetzen?</translation>
    </message>
    <message>
        <source>Sessions of this week were logged in more detail (pain or difficulty per exercise, partly done exercises or notes). Saving the grid replaces them with ticks and one pain score per session.</source>
        <translation>Einheiten dieser Woche wurden ausführlicher eingetragen (Schmerz oder Schwierigkeit pro Übung, teilweise erledigte Übungen oder Notizen). Beim Speichern des Rasters werden sie durch Haken und einen Schmerzwert pro Einheit ersetzt.</translation>
    </message>
    <message>
        <source>Saved the log of the week of %1.</source>
        <translation>Protokoll der Woche vom %1 gespeichert.</translation>
    </message>
    <message>
        <source>Sessions after today</source>
        <translation>Einheiten nach dem heutigen Tag</translation>
    </message>
    <message>
        <source>Sessions are ticked for %1, which is after today (%2). Save them anyway?</source>
        <translation>Für den %1 sind Einheiten angehakt, obwohl dieser nach dem heutigen Tag (%2) liegt. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Pain is scored 0-10; %1 is not a score. Type the number the paper log shows, 0 to 10.</source>
        <translation>Schmerz wird von 0 bis 10 bewertet; %1 ist kein Wert. Geben Sie die Zahl aus dem Papierprotokoll ein, 0 bis 10.</translation>
    </message>
    <message>
        <source>Copy the ticks from the paper log: Space ticks the exercise, the arrow keys move (Tab goes on to the buttons), a number in the pain row is the pain during that session (0-10), and a tick in the last row means the knee was worse the next morning (the Y circled on paper). A day without a tick was not done. A session done a day late is ticked in the next day&apos;s column.</source>
        <translation>Übertragen Sie die Haken aus dem Papierprotokoll: Die Leertaste setzt einen Haken, die Pfeiltasten bewegen (Tab springt zu den Schaltflächen), eine Zahl in der Schmerzzeile ist der Schmerz während dieser Einheit (0–10), und ein Haken in der letzten Zeile bedeutet, dass das Knie am nächsten Morgen schlechter war (das auf Papier umkreiste J). Ein Tag ohne Haken wurde nicht gemacht. Eine Einheit, die einen Tag später gemacht wurde, wird in der Spalte des nächsten Tages angehakt.</translation>
    </message>
    <message>
        <source>&quot;Worse next morning&quot; is ticked for %1 but no exercise is ticked that day. Tick the exercises done, or clear the morning.</source>
        <translation>„Am nächsten Morgen schlechter“ ist für %1 angehakt, aber an diesem Tag ist keine Übung angehakt. Haken Sie die erledigten Übungen an oder entfernen Sie den Haken beim Morgen.</translation>
    </message>
</context>
<context>
    <name>glidepath::ui::WriteAccess</name>
    <message>
        <source>Your login to the clinic server may read records but not change them. Ask the clinic&apos;s administrator for a login that may.</source>
        <translation>Ihre Anmeldung am Praxisserver darf Einträge lesen, aber nicht ändern. Bitten Sie die Verwaltung der Praxis um eine Anmeldung, die ändern darf.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
</context>
</TS>
