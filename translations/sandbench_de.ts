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
    <name>RunStore</name>
    <message>
        <location filename="../core/runstore.cpp" line="36"/>
        <source>Cannot create the folder %1 for the database; choose another place with --db.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden; wählen Sie mit --db einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="44"/>
        <source>Cannot open the database %1: %2. Check its permissions or choose another file with --db.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2. Prüfen Sie die Zugriffsrechte oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="62"/>
        <source>%1 is not a Sandbench database (SQLite says: %2). Nothing was changed; move the file aside or choose another with --db.</source>
        <translation>%1 ist keine Sandbench-Datenbank (SQLite meldet: %2). Es wurde nichts geändert; verschieben Sie die Datei oder wählen Sie mit --db eine andere.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="72"/>
        <source>%1 is an SQLite database of another program, not Sandbench&apos;s. Nothing was changed; choose another file with --db.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, nicht von Sandbench. Es wurde nichts geändert; wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="78"/>
        <source>%1 was written by a newer Sandbench (schema version %2; this one knows up to %3). Nothing was changed; open it with the newer version or choose another file with --db.</source>
        <translation>%1 wurde von einer neueren Sandbench-Version geschrieben (Schemaversion %2; diese Version kennt bis %3). Es wurde nichts geändert; öffnen Sie die Datei mit der neueren Version oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="89"/>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="107"/>
        <source>Cannot back up %1 to %2 before upgrading it: %3. Nothing was changed; free some disk space and try again.</source>
        <translation>%1 kann vor der Aktualisierung nicht nach %2 gesichert werden: %3. Es wurde nichts geändert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="116"/>
        <source>Cannot upgrade %1: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="122"/>
        <source>Upgrading %1 from schema version %2 failed: %3. Nothing was changed.</source>
        <translation>Die Aktualisierung von %1 ab Schemaversion %2 ist fehlgeschlagen: %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="136"/>
        <source>Upgrading %1 failed: %2. Nothing was changed.</source>
        <translation>Die Aktualisierung von %1 ist fehlgeschlagen: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="161"/>
        <source>Cannot record a new session in %1: %2</source>
        <translation>Eine neue Sitzung kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="177"/>
        <source>Cannot record the output folder in %1: %2</source>
        <translation>Der Ausgabeordner kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="196"/>
        <source>Cannot record dataset %1 in %2: %3</source>
        <translation>Der Datensatz %1 kann nicht in %2 aufgezeichnet werden: %3</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="204"/>
        <location filename="../core/runstore.cpp" line="214"/>
        <location filename="../core/runstore.cpp" line="228"/>
        <location filename="../core/runstore.cpp" line="259"/>
        <source>Cannot record the run in %1: %2</source>
        <translation>Der Lauf kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="252"/>
        <source>Cannot record the run&apos;s figures in %1: %2</source>
        <translation>Die Grafiken des Laufs können nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
</context>
<context>
    <name>SessionOptions</name>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="14"/>
        <source>Load FILE as a pandas DataFrame named NAME (CSV, TSV, JSON, JSON lines, Excel, Parquet). Repeatable.</source>
        <translation>FILE als pandas-DataFrame mit dem Namen NAME laden (CSV, TSV, JSON, JSON lines, Excel, Parquet). Mehrfach angebbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="16"/>
        <source>NAME=FILE</source>
        <translation>NAME=FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="18"/>
        <source>Output folder for figures and files the code writes (default: a new folder under %1).</source>
        <translation>Ausgabeordner für Grafiken und Dateien, die der Code schreibt (Standard: ein neuer Ordner unter %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="21"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="28"/>
        <source>SQLite file that keeps the runs (default: %1).</source>
        <translation>SQLite-Datei, in der die Läufe gespeichert werden (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="29"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="51"/>
        <source>--data %1: the name &apos;%2&apos; is given twice; give each dataset its own name</source>
        <translation>--data %1: Der Name &apos;%2&apos; wird doppelt verwendet; geben Sie jedem Datensatz einen eigenen Namen</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="66"/>
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
        <location filename="../app/mainwindow.cpp" line="25"/>
        <source>Sandbench</source>
        <translation>Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="44"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="53"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="54"/>
        <source>&amp;Open Script…</source>
        <translation>Skript ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="57"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="60"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="61"/>
        <source>&amp;Run Cell</source>
        <translation>Zelle &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="64"/>
        <source>Run the editor&apos;s code as the next cell (Ctrl+Enter)</source>
        <translation>Den Code im Editor als nächste Zelle ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="66"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="67"/>
        <source>&amp;About Sandbench</source>
        <translation>&amp;Über Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="69"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="82"/>
        <source>The session could not start: %1</source>
        <translation>Die Sitzung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="86"/>
        <source>Session %1 · output folder %2</source>
        <translation>Sitzung %1 · Ausgabeordner %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="98"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="102"/>
        <source>%1 – Sandbench</source>
        <translation>%1 – Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="114"/>
        <source>[%1] running…</source>
        <translation>[%1] wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="122"/>
        <source>This run could not be recorded: %1</source>
        <translation>Dieser Lauf konnte nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>Cell %1 · %2</source>
        <translation>Zelle %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="142"/>
        <source>Dataset not loaded: %1</source>
        <translation>Datensatz nicht geladen: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="144"/>
        <source>Datasets ready: %1</source>
        <translation>Datensätze bereit: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="153"/>
        <source>worker: starting</source>
        <translation>Worker: startet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="156"/>
        <source>worker: ready</source>
        <translation>Worker: bereit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>worker: running</source>
        <translation>Worker: läuft</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="162"/>
        <source>worker: stopped</source>
        <translation>Worker: beendet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="165"/>
        <source>worker: stopped unexpectedly; the next cell starts a fresh one</source>
        <translation>Worker: unerwartet beendet; die nächste Zelle startet einen neuen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="173"/>
        <location filename="../app/mainwindow.cpp" line="179"/>
        <source>Open Script</source>
        <translation>Skript öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="174"/>
        <source>Python scripts (*.py);;All files (*)</source>
        <translation>Python-Skripte (*.py);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="184"/>
        <source>About Sandbench</source>
        <translation>Über Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="185"/>
        <source>&lt;b&gt;Sandbench %1&lt;/b&gt;&lt;p&gt;Runs Python analyses in a sandboxed worker and records every run.&lt;/p&gt;&lt;p&gt;Qt %2 · Python %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;Sandbench %1&lt;/b&gt;&lt;p&gt;Führt Python-Analysen in einem abgeschotteten Worker aus und zeichnet jeden Lauf auf.&lt;/p&gt;&lt;p&gt;Qt %2 · Python %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="188"/>
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
        <location filename="../core/sessionrunner.cpp" line="55"/>
        <source>Cannot create the output folder %1; choose another with --out.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden; wählen Sie mit --out einen anderen.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="163"/>
        <source>The worker died while this cell ran. Variables from earlier cells are gone; the next cell runs in a fresh worker with the datasets loaded again.</source>
        <translation>Der Worker ist während der Ausführung dieser Zelle abgestürzt. Variablen aus früheren Zellen sind verloren; die nächste Zelle läuft in einem neuen Worker, in den die Datensätze erneut geladen werden.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="177"/>
        <source>The figures of this cell could not be saved: %1</source>
        <translation>Die Grafiken dieser Zelle konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="196"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sandbench::WorkerClient</name>
    <message>
        <location filename="../core/workerclient.cpp" line="88"/>
        <source>The worker is not running.</source>
        <translation>Der Worker läuft nicht.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="120"/>
        <source>The worker broke the protocol: %1</source>
        <translation>Der Worker hat das Protokoll verletzt: %1</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="136"/>
        <source>The worker sent a message that is not JSON: %1</source>
        <translation>Der Worker hat eine Nachricht gesendet, die kein JSON ist: %1</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="177"/>
        <source>The worker described figures larger than the data it sent.</source>
        <translation>Der Worker hat Grafiken beschrieben, die größer sind als die gesendeten Daten.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="213"/>
        <source>The worker process was killed or crashed.</source>
        <translation>Der Worker-Prozess wurde beendet oder ist abgestürzt.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="214"/>
        <source>The worker process exited with status %1.</source>
        <translation>Der Worker-Prozess wurde mit Status %1 beendet.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="222"/>
        <source>The worker %1 could not be started: %2. Reinstall Sandbench or check that the file exists and is executable.</source>
        <translation>Der Worker %1 konnte nicht gestartet werden: %2. Installieren Sie Sandbench neu oder prüfen Sie, ob die Datei existiert und ausführbar ist.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="236"/>
        <source>Last worker diagnostics:</source>
        <translation>Letzte Diagnosemeldungen des Workers:</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::RunCommand</name>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="27"/>
        <source>Runs the cells of a Python script (split on &apos;# %%&apos; lines) in one sandboxed session and records every run.

Exit status: 0 all cells ok, 1 a runtime error or crash, 2 a cell rejected or denied by policy, 3 a limit hit, 4 a cell waiting for review, 64 a usage error, 65 a dataset that cannot be loaded, 70 the worker cannot start, 73 the database or output folder cannot be written.</source>
        <translation>Führt die Zellen eines Python-Skripts (an &apos;# %%&apos;-Zeilen getrennt) in einer gemeinsamen, abgeschotteten Sitzung aus und zeichnet jeden Lauf auf.

Exit-Status: 0 alle Zellen ok, 1 Laufzeitfehler oder Absturz, 2 eine Zelle abgelehnt oder durch Richtlinie verweigert, 3 ein Limit erreicht, 4 eine Zelle wartet auf Prüfung, 64 Aufruffehler, 65 ein Datensatz kann nicht geladen werden, 70 der Worker kann nicht starten, 73 Datenbank oder Ausgabeordner nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="37"/>
        <source>Print one JSON object per cell (JSON lines).</source>
        <translation>Ein JSON-Objekt pro Zelle ausgeben (JSON lines).</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="39"/>
        <source>The script to run.</source>
        <translation>Das auszuführende Skript.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="51"/>
        <source>expected exactly one SCRIPT.py, got %1</source>
        <translation>genau ein SCRIPT.py erwartet, %1 erhalten</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="64"/>
        <source>cannot read the script %1: %2</source>
        <translation>das Skript %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="66"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="103"/>
        <source>the script has no code cells</source>
        <translation>das Skript enthält keine Code-Zellen</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="117"/>
        <source>cell %1 ran but was not recorded: %2</source>
        <translation>Zelle %1 wurde ausgeführt, aber nicht aufgezeichnet: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="132"/>
        <source>[cell %1] %2  %3 ms  (run %4, session %5)</source>
        <translation>[Zelle %1] %2  %3 ms  (Lauf %4, Sitzung %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="145"/>
        <source>figure: %1</source>
        <translation>Grafik: %1</translation>
    </message>
</context>
</TS>
