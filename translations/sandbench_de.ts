<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DatasetSpecParser</name>
    <message>
        <location filename="../core/datasetspec.cpp" line="34"/>
        <source>--data %1: expected NAME=PATH, for example --data sales=sales.csv</source>
        <translation>--data %1: NAME=PATH erwartet, zum Beispiel --data sales=sales.csv</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="41"/>
        <source>--data %1: &apos;%2&apos; cannot be a variable name; use letters, digits and underscores, not starting with a digit (for example sales_2025)</source>
        <translation>--data %1: &apos;%2&apos; ist kein gültiger Variablenname; verwenden Sie Buchstaben, Ziffern und Unterstriche, ohne Ziffer am Anfang (zum Beispiel sales_2025)</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="49"/>
        <source>--data %1: no such file %2; check the path</source>
        <translation>--data %1: Datei %2 nicht gefunden; prüfen Sie den Pfad</translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <location filename="../core/profile.cpp" line="33"/>
        <source>unknown key &apos;%1%2&apos; (known: %3)</source>
        <translation>unbekannter Schlüssel &apos;%1%2&apos; (bekannt: %3)</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="45"/>
        <source>&apos;%1.%2&apos; must be a list of names</source>
        <translation>&apos;%1.%2&apos; muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="48"/>
        <source>&apos;%1.%2&apos; must hold only non-empty names</source>
        <translation>&apos;%1.%2&apos; darf nur nicht leere Namen enthalten</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="59"/>
        <source>&apos;%1&apos; must be an object</source>
        <translation>&apos;%1&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="104"/>
        <source>&apos;name&apos; must be a string</source>
        <translation>&apos;name&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="132"/>
        <source>&apos;files.write_output&apos; must be true or false</source>
        <translation>&apos;files.write_output&apos; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="137"/>
        <source>&apos;limits.%1&apos; must be a whole number from 0 to 1000000000</source>
        <translation>&apos;limits.%1&apos; muss eine ganze Zahl von 0 bis 1000000000 sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="140"/>
        <source>&apos;limits.timeout_s&apos; must be at least 1</source>
        <translation>&apos;limits.timeout_s&apos; muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="144"/>
        <source>&apos;layers.%1&apos; must be true or false</source>
        <translation>&apos;layers.%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="165"/>
        <source>no profile named &apos;%1&apos;; available: %2 (or give a path to a .json file)</source>
        <translation>kein Profil namens &apos;%1&apos;; verfügbar: %2 (oder geben Sie den Pfad zu einer .json-Datei an)</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="173"/>
        <source>cannot read the profile %1: %2</source>
        <translation>das Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="181"/>
        <source>the profile %1 is not a JSON object: %2 at offset %3</source>
        <translation>das Profil %1 ist kein JSON-Objekt: %2 an Position %3</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="189"/>
        <source>the profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <location filename="../core/runstore.cpp" line="39"/>
        <source>Cannot create the folder %1 for the database; choose another place with --db.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden; wählen Sie mit --db einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="47"/>
        <source>Cannot open the database %1: %2. Check its permissions or choose another file with --db.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2. Prüfen Sie die Zugriffsrechte oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="65"/>
        <source>%1 is not a Sandbench database (SQLite says: %2). Nothing was changed; move the file aside or choose another with --db.</source>
        <translation>%1 ist keine Sandbench-Datenbank (SQLite meldet: %2). Es wurde nichts geändert; verschieben Sie die Datei oder wählen Sie mit --db eine andere.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="75"/>
        <source>%1 is an SQLite database of another program, not Sandbench&apos;s. Nothing was changed; choose another file with --db.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, nicht von Sandbench. Es wurde nichts geändert; wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="81"/>
        <source>%1 was written by a newer Sandbench (schema version %2; this one knows up to %3). Nothing was changed; open it with the newer version or choose another file with --db.</source>
        <translation>%1 wurde von einer neueren Sandbench-Version geschrieben (Schemaversion %2; diese Version kennt bis %3). Es wurde nichts geändert; öffnen Sie die Datei mit der neueren Version oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="92"/>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="110"/>
        <source>Cannot back up %1 to %2 before upgrading it: %3. Nothing was changed; free some disk space and try again.</source>
        <translation>%1 kann vor der Aktualisierung nicht nach %2 gesichert werden: %3. Es wurde nichts geändert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="119"/>
        <source>Cannot upgrade %1: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="125"/>
        <source>Upgrading %1 from schema version %2 failed: %3. Nothing was changed.</source>
        <translation>Die Aktualisierung von %1 ab Schemaversion %2 ist fehlgeschlagen: %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="139"/>
        <source>Upgrading %1 failed: %2. Nothing was changed.</source>
        <translation>Die Aktualisierung von %1 ist fehlgeschlagen: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="164"/>
        <source>Cannot record a new session in %1: %2</source>
        <translation>Eine neue Sitzung kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="182"/>
        <source>Cannot record the session in %1: %2</source>
        <translation>Die Sitzung kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the output folder in %1: %2</source>
        <translation type="vanished">Der Ausgabeordner kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="236"/>
        <source>Cannot record dataset %1 in %2: %3</source>
        <translation>Der Datensatz %1 kann nicht in %2 aufgezeichnet werden: %3</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="244"/>
        <location filename="../core/runstore.cpp" line="255"/>
        <location filename="../core/runstore.cpp" line="272"/>
        <location filename="../core/runstore.cpp" line="303"/>
        <source>Cannot record the run in %1: %2</source>
        <translation>Der Lauf kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="296"/>
        <source>Cannot record the run&apos;s figures in %1: %2</source>
        <translation>Die Grafiken des Laufs können nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
</context>
<context>
    <name>SessionOptions</name>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="18"/>
        <source>Load FILE as a pandas DataFrame named NAME (CSV, TSV, JSON, JSON lines, Excel, Parquet). Repeatable.</source>
        <translation>FILE als pandas-DataFrame mit dem Namen NAME laden (CSV, TSV, JSON, JSON lines, Excel, Parquet). Mehrfach angebbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="20"/>
        <source>NAME=FILE</source>
        <translation>NAME=FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="22"/>
        <source>Output folder for figures and files the code writes (default: a new folder under %1).</source>
        <translation>Ausgabeordner für Grafiken und Dateien, die der Code schreibt (Standard: ein neuer Ordner unter %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="25"/>
        <location filename="../app/cli/sessionoptions.cpp" line="35"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="27"/>
        <source>Let the code read FILE or everything under the folder (besides the datasets and the output folder). Repeatable.</source>
        <translation>Dem Code erlauben, FILE oder alles unterhalb des Ordners zu lesen (zusätzlich zu den Datensätzen und dem Ausgabeordner). Mehrfach angebbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="31"/>
        <source>Accept / or your home folder itself as a --read path.</source>
        <translation>/ oder Ihren persönlichen Ordner selbst als --read-Pfad zulassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="33"/>
        <source>The cells&apos; working folder, for relative paths (default: the output folder). It grants no access by itself.</source>
        <translation>Arbeitsordner der Zellen für relative Pfade (Standard: der Ausgabeordner). Gewährt für sich allein keinen Zugriff.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="37"/>
        <source>Sandbox profile: a name (default, strict, trusted-reviewer, or your own in %1) or a path to a .json file.</source>
        <translation>Sandbox-Profil: ein Name (default, strict, trusted-reviewer oder ein eigenes in %1) oder der Pfad zu einer .json-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="40"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="42"/>
        <source>Stop a cell that runs longer than S seconds (overrides the profile).</source>
        <translation>Eine Zelle abbrechen, die länger als S Sekunden läuft (überschreibt das Profil).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="43"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="45"/>
        <source>Memory limit of the worker in MB (overrides the profile).</source>
        <translation>Speicherlimit des Workers in MB (überschreibt das Profil).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="45"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="52"/>
        <source>SQLite file that keeps the runs (default: %1).</source>
        <translation>SQLite-Datei, in der die Läufe gespeichert werden (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="29"/>
        <location filename="../app/cli/sessionoptions.cpp" line="53"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="94"/>
        <source>--data %1: the name &apos;%2&apos; is given twice; give each dataset its own name</source>
        <translation>--data %1: Der Name &apos;%2&apos; wird doppelt verwendet; geben Sie jedem Datensatz einen eigenen Namen</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="106"/>
        <source>--read %1: no such file or folder</source>
        <translation>--read %1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="112"/>
        <source>--read %1: that would let the code read every file of yours; name the folder that holds the data, or add --force-read</source>
        <translation>--read %1: Damit könnte der Code alle Ihre Dateien lesen; geben Sie den Ordner an, der die Daten enthält, oder ergänzen Sie --force-read</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="123"/>
        <source>--workdir %1: no such folder</source>
        <translation>--workdir %1: Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="140"/>
        <source>--timeout %1: give a whole number of seconds, at least 1</source>
        <translation>--timeout %1: Geben Sie eine ganze Zahl von Sekunden an, mindestens 1</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="150"/>
        <source>--memory %1: give the limit in MB, at least 256 (Python and pandas alone need about 200 MB)</source>
        <translation>--memory %1: Geben Sie das Limit in MB an, mindestens 256 (Python und pandas allein benötigen etwa 200 MB)</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="164"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;%1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/guicommand.cpp" line="31"/>
        <source>Sandbench: run untrusted Python analyses on your own data in a sandbox, with every run recorded.

Commands:
  (none)   open the workbench window
  run      run a script&apos;s cells headless (sandbench run --help)</source>
        <translation>Sandbench: nicht vertrauenswürdige Python-Analysen auf eigenen Daten in einer Sandbox ausführen, wobei jeder Lauf aufgezeichnet wird.

Befehle:
  (ohne)   das Arbeitsfenster öffnen
  run      die Zellen eines Skripts ohne Oberfläche ausführen (sandbench run --help)</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="42"/>
        <source>A script to open.</source>
        <translation>Ein zu öffnendes Skript.</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="58"/>
        <source>expected at most one SCRIPT.py</source>
        <translation>höchstens ein SCRIPT.py erwartet</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="65"/>
        <source>cannot read the script %1: no such file</source>
        <translation>das Skript %1 kann nicht gelesen werden: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="90"/>
        <source>sandbench: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it from a desktop session, under xvfb-run, or use &apos;sandbench run&apos; for headless runs.</source>
        <translation>sandbench: keine Anzeige, auf der das Fenster geöffnet werden kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie es aus einer Desktop-Sitzung, unter xvfb-run, oder verwenden Sie &apos;sandbench run&apos; für Läufe ohne Anzeige.</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="106"/>
        <location filename="../app/guicommand.cpp" line="111"/>
        <source>Sandbench</source>
        <translation>Sandbench</translation>
    </message>
</context>
<context>
    <name>sandbench::CodeEditor</name>
    <message>
        <location filename="../widgets/codeeditor.cpp" line="13"/>
        <source>Write Python here and press Ctrl+Enter to run it.</source>
        <translation>Python-Code hier eingeben und mit Strg+Eingabe ausführen.</translation>
    </message>
</context>
<context>
    <name>sandbench::FigureView</name>
    <message>
        <location filename="../widgets/figureview.cpp" line="36"/>
        <source>Figures a cell draws with matplotlib appear here.</source>
        <translation>Grafiken, die eine Zelle mit matplotlib zeichnet, erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>sandbench::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="26"/>
        <source>Sandbench</source>
        <translation>Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="45"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="54"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="55"/>
        <source>&amp;Open Script…</source>
        <translation>Skript ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="57"/>
        <source>Allow &amp;Reading a Folder…</source>
        <translation>Lesen eines &amp;Ordners erlauben…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="59"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="62"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="63"/>
        <source>&amp;Run Cell</source>
        <translation>Zelle &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="66"/>
        <source>Run the editor&apos;s code as the next cell (Ctrl+Enter)</source>
        <translation>Den Code im Editor als nächste Zelle ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="67"/>
        <source>&amp;Interrupt</source>
        <translation>&amp;Unterbrechen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="73"/>
        <source>Stop the running cell (Ctrl+.); the session&apos;s variables stay as they were before it</source>
        <translation>Die laufende Zelle anhalten (Strg+.); die Variablen der Sitzung bleiben wie vor der Zelle</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="75"/>
        <source>&amp;Undo Last Cell</source>
        <translation>Letzte Zelle &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="79"/>
        <source>Return the variables to the state before the last cell that ended ok</source>
        <translation>Die Variablen auf den Stand vor der letzten erfolgreich beendeten Zelle zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="82"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="83"/>
        <source>&amp;About Sandbench</source>
        <translation>&amp;Über Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="85"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="105"/>
        <source>Undone: the variables are as they were before the last cell that ended ok.</source>
        <translation>Rückgängig gemacht: Die Variablen sind wieder auf dem Stand vor der letzten erfolgreich beendeten Zelle.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="107"/>
        <source>Nothing to undo: %1</source>
        <translation>Nichts rückgängig zu machen: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="110"/>
        <source>The session could not start: %1</source>
        <translation>Die Sitzung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="114"/>
        <source>Session %1 · output folder %2</source>
        <translation>Sitzung %1 · Ausgabeordner %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="126"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="130"/>
        <source>%1 – Sandbench</source>
        <translation>%1 – Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="142"/>
        <source>[%1] running…</source>
        <translation>[%1] wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="150"/>
        <source>This run could not be recorded: %1</source>
        <translation>Dieser Lauf konnte nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>Cell %1 · %2</source>
        <translation>Zelle %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="170"/>
        <source>Dataset not loaded: %1</source>
        <translation>Datensatz nicht geladen: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>Datasets ready: %1</source>
        <translation>Datensätze bereit: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="181"/>
        <source>worker: starting</source>
        <translation>Worker: startet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="184"/>
        <source>worker: ready</source>
        <translation>Worker: bereit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="187"/>
        <source>worker: running</source>
        <translation>Worker: läuft</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>worker: stopped</source>
        <translation>Worker: beendet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="193"/>
        <source>worker: stopped unexpectedly; the next cell starts a fresh one</source>
        <translation>Worker: unerwartet beendet; die nächste Zelle startet einen neuen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="201"/>
        <location filename="../app/mainwindow.cpp" line="207"/>
        <source>Open Script</source>
        <translation>Skript öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="202"/>
        <source>Python scripts (*.py);;All files (*)</source>
        <translation>Python-Skripte (*.py);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="212"/>
        <location filename="../app/mainwindow.cpp" line="218"/>
        <location filename="../app/mainwindow.cpp" line="225"/>
        <source>Allow Reading a Folder</source>
        <translation>Lesen eines Ordners erlauben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="219"/>
        <source>%1 would let the code read every file of yours. Choose the folder that holds the data.</source>
        <translation>%1 würde dem Code erlauben, jede Ihrer Dateien zu lesen. Wählen Sie den Ordner, der die Daten enthält.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="226"/>
        <source>Let the code read everything under %1?

The sandbox&apos;s file zones are fixed when the worker starts, so it restarts: the session&apos;s variables are reset and the datasets load again. Runs recorded so far are kept.</source>
        <translation>Dem Code erlauben, alles unter %1 zu lesen?

Die Dateizonen der Sandbox werden beim Start des Workers festgelegt, daher startet er neu: Die Variablen der Sitzung werden zurückgesetzt und die Datensätze neu geladen. Bisher aufgezeichnete Läufe bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="240"/>
        <source>The code may now read %1. The worker restarted: variables were reset.</source>
        <translation>Der Code darf jetzt %1 lesen. Der Worker wurde neu gestartet: Die Variablen wurden zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="245"/>
        <source>About Sandbench</source>
        <translation>Über Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="246"/>
        <source>&lt;b&gt;Sandbench %1&lt;/b&gt;&lt;p&gt;Runs Python analyses in a sandboxed worker and records every run.&lt;/p&gt;&lt;p&gt;Qt %2 · Python %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;Sandbench %1&lt;/b&gt;&lt;p&gt;Führt Python-Analysen in einem abgeschotteten Worker aus und zeichnet jeden Lauf auf.&lt;/p&gt;&lt;p&gt;Qt %2 · Python %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="249"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>sandbench::OutputView</name>
    <message>
        <location filename="../widgets/outputview.cpp" line="20"/>
        <source>[%1] %2  %3 ms  (run %4)</source>
        <translation>[%1] %2  %3 ms  (Lauf %4)</translation>
    </message>
    <message>
        <location filename="../widgets/outputview.cpp" line="28"/>
        <source>Out: </source>
        <translation>Ausgabe: </translation>
    </message>
    <message>
        <location filename="../widgets/outputview.cpp" line="32"/>
        <source>Figure: %1</source>
        <translation>Grafik: %1</translation>
    </message>
</context>
<context>
    <name>sandbench::SessionRunner</name>
    <message>
        <location filename="../core/sessionrunner.cpp" line="65"/>
        <source>Cannot create the output folder %1; choose another with --out.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden; wählen Sie mit --out einen anderen.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="138"/>
        <source>the worker did not say why</source>
        <translation>der Worker hat keinen Grund angegeben</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="232"/>
        <source>The cell was not run: the sandbox could not be set up (%1).</source>
        <translation>Die Zelle wurde nicht ausgeführt: Die Sandbox konnte nicht eingerichtet werden (%1).</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="277"/>
        <source>The worker died while this cell ran. Variables from earlier cells are gone; the next cell runs in a fresh worker with the datasets loaded again.</source>
        <translation>Der Worker ist während der Ausführung dieser Zelle abgestürzt. Variablen aus früheren Zellen sind verloren; die nächste Zelle läuft in einem neuen Worker, in den die Datensätze erneut geladen werden.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="291"/>
        <source>The figures of this cell could not be saved: %1</source>
        <translation>Die Grafiken dieser Zelle konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="310"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sandbench::WorkerClient</name>
    <message>
        <location filename="../core/workerclient.cpp" line="119"/>
        <source>%1: cannot open the file (%2); check that it exists and that you may read it</source>
        <translation>%1: Die Datei kann nicht geöffnet werden (%2); prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="212"/>
        <source>The worker is not running.</source>
        <translation>Der Worker läuft nicht.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="246"/>
        <source>The worker broke the protocol: %1</source>
        <translation>Der Worker hat das Protokoll verletzt: %1</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="262"/>
        <source>The worker sent a message that is not JSON: %1</source>
        <translation>Der Worker hat eine Nachricht gesendet, die kein JSON ist: %1</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="314"/>
        <source>The worker described figures larger than the data it sent.</source>
        <translation>Der Worker hat Grafiken beschrieben, die größer sind als die gesendeten Daten.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="363"/>
        <source>The cell wrote more into the output folder than the profile allows (limits.output_mb / limits.output_files), so the worker was stopped.</source>
        <translation>Die Zelle hat mehr in den Ausgabeordner geschrieben, als das Profil erlaubt (limits.output_mb / limits.output_files), daher wurde der Worker beendet.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="368"/>
        <source>The worker process was killed or crashed.</source>
        <translation>Der Worker-Prozess wurde beendet oder ist abgestürzt.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="369"/>
        <source>The worker process exited with status %1.</source>
        <translation>Der Worker-Prozess wurde mit Status %1 beendet.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="377"/>
        <source>The worker %1 could not be started: %2. Reinstall Sandbench or check that the file exists and is executable.</source>
        <translation>Der Worker %1 konnte nicht gestartet werden: %2. Installieren Sie Sandbench neu oder prüfen Sie, ob die Datei existiert und ausführbar ist.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="391"/>
        <source>Last worker diagnostics:</source>
        <translation>Letzte Diagnosemeldungen des Workers:</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="403"/>
        <source>The cell ran past its time limit and the worker stopped answering, so it was replaced: variables from earlier cells are gone.</source>
        <translation>Die Zelle hat ihr Zeitlimit überschritten und der Worker hat nicht mehr geantwortet, daher wurde er ersetzt: Variablen aus früheren Zellen sind verloren.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="405"/>
        <source>wall-clock limit reached</source>
        <translation>Echtzeitlimit erreicht</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::RunCommand</name>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="83"/>
        <source>Runs the cells of a Python script (split on &apos;# %%&apos; lines) in one sandboxed session and records every run.

Exit status: 0 all cells ok, 1 a runtime error or crash, 2 a cell rejected or denied by policy, 3 a limit hit, 4 a cell waiting for review, 64 a usage error, 65 a dataset that cannot be loaded, 70 the worker cannot start, 73 the database or output folder cannot be written.</source>
        <translation>Führt die Zellen eines Python-Skripts (an &apos;# %%&apos;-Zeilen getrennt) in einer gemeinsamen, abgeschotteten Sitzung aus und zeichnet jeden Lauf auf.

Exit-Status: 0 alle Zellen ok, 1 Laufzeitfehler oder Absturz, 2 eine Zelle abgelehnt oder durch Richtlinie verweigert, 3 ein Limit erreicht, 4 eine Zelle wartet auf Prüfung, 64 Aufruffehler, 65 ein Datensatz kann nicht geladen werden, 70 der Worker kann nicht starten, 73 Datenbank oder Ausgabeordner nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="93"/>
        <source>Print one JSON object per cell (JSON lines).</source>
        <translation>Ein JSON-Objekt pro Zelle ausgeben (JSON lines).</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="95"/>
        <source>The script to run.</source>
        <translation>Das auszuführende Skript.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="107"/>
        <source>expected exactly one SCRIPT.py, got %1</source>
        <translation>genau ein SCRIPT.py erwartet, %1 erhalten</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="120"/>
        <source>cannot read the script %1: %2</source>
        <translation>das Skript %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="122"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="144"/>
        <source>the sandbox could not be set up: %1</source>
        <translation>die Sandbox konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="167"/>
        <source>the script has no code cells</source>
        <translation>das Skript enthält keine Code-Zellen</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="181"/>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/runcommand.cpp" line="189"/>
        <source>interrupting the running cell; %n later cell(s) will not run (Ctrl+C again to stop at once)</source>
        <translation>
            <numerusform>die laufende Zelle wird unterbrochen; %n nachfolgende Zelle wird nicht ausgeführt (erneut Strg+C, um sofort abzubrechen)</numerusform>
            <numerusform>die laufende Zelle wird unterbrochen; %n nachfolgende Zellen werden nicht ausgeführt (erneut Strg+C, um sofort abzubrechen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="202"/>
        <source>cell %1 ran but was not recorded: %2</source>
        <translation>Zelle %1 wurde ausgeführt, aber nicht aufgezeichnet: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="217"/>
        <source>[cell %1] %2  %3 ms  (run %4, session %5)</source>
        <translation>[Zelle %1] %2  %3 ms  (Lauf %4, Sitzung %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="230"/>
        <source>figure: %1</source>
        <translation>Grafik: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="232"/>
        <source>  refused at line %1, column %2 by the %3 layer: %4 [%5]</source>
        <translation>  in Zeile %1, Spalte %2 von der Schicht %3 abgelehnt: %4 [%5]</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::ServeCommand</name>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="33"/>
        <source>Serves one sandboxed session as a JSON-lines API on standard input and output: one request object per line, one response per request, each echoing the request&apos;s &quot;id&quot;.
Ops: execute (code, timeout), undo, interrupt, variables, table (name, offset, limit), reset, shutdown. See README.md.</source>
        <translation>Stellt eine abgeschottete Sitzung als JSON-lines-API über Standardeingabe und -ausgabe bereit: ein Anfrageobjekt pro Zeile, eine Antwort pro Anfrage, die jeweils die &quot;id&quot; der Anfrage wiedergibt.
Operationen: execute (code, timeout), undo, interrupt, variables, table (name, offset, limit), reset, shutdown. Siehe README.md.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="41"/>
        <source>Serve on standard input and output (required).</source>
        <translation>Über Standardeingabe und -ausgabe bereitstellen (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="51"/>
        <source>say how to serve: --stdio is the only transport</source>
        <translation>geben Sie den Transportweg an: --stdio ist der einzige</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="54"/>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="98"/>
        <source>the sandbox could not be set up: %1</source>
        <translation>die Sandbox konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="149"/>
        <source>request line longer than %1 bytes: refused</source>
        <translation>Anfragezeile länger als %1 Bytes: abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="160"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="163"/>
        <source>a request must be a JSON object</source>
        <translation>eine Anfrage muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="176"/>
        <source>the request has no &quot;op&quot;</source>
        <translation>die Anfrage enthält kein &quot;op&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="177"/>
        <source>unknown op &quot;%1&quot;; known: %2</source>
        <translation>unbekannte Operation &quot;%1&quot;; bekannt: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="181"/>
        <source>the server is shutting down</source>
        <translation>der Server wird beendet</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="188"/>
        <source>execute needs &quot;code&quot; as a string</source>
        <translation>execute erwartet &quot;code&quot; als Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="192"/>
        <source>memory_mb can only be set when the server starts (--memory): a running session&apos;s limit can be lowered by nobody, raised by nobody</source>
        <translation>memory_mb kann nur beim Start des Servers festgelegt werden (--memory): Das Limit einer laufenden Sitzung kann niemand senken und niemand erhöhen</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="200"/>
        <source>&quot;timeout&quot; must be a positive number of seconds</source>
        <translation>&quot;timeout&quot; muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="223"/>
        <source>a cell is running: wait for its response or send {&quot;op&quot;: &quot;interrupt&quot;}</source>
        <translation>eine Zelle läuft: warten Sie auf ihre Antwort oder senden Sie {&quot;op&quot;: &quot;interrupt&quot;}</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="224"/>
        <source>busy with an earlier request: wait for its response</source>
        <translation>mit einer früheren Anfrage beschäftigt: warten Sie auf deren Antwort</translation>
    </message>
</context>
</TS>
