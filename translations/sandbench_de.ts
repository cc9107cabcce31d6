<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClusterPanel</name>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="33"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="41"/>
        <source>not reported yet</source>
        <translation>noch nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="43"/>
        <source>audit hook</source>
        <translation>Audit-Hook</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="44"/>
        <source>Landlock</source>
        <translation>Landlock</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="45"/>
        <source>seccomp</source>
        <translation>seccomp</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="46"/>
        <source>limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="47"/>
        <source>namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="61"/>
        <source>; off: %1</source>
        <translation>; aus: %1</translation>
    </message>
</context>
<context>
    <name>CompletionKind</name>
    <message>
        <location filename="../core/editorhelp.cpp" line="22"/>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="23"/>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="24"/>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="25"/>
        <source>module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="26"/>
        <source>property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="27"/>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="28"/>
        <source>attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="29"/>
        <source>variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="30"/>
        <source>keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="31"/>
        <source>builtin</source>
        <translation>eingebaut</translation>
    </message>
</context>
<context>
    <name>ContextBuilder</name>
    <message>
        <location filename="../core/llm/contextbuilder.cpp" line="122"/>
        <source>columns %1–%2 of %3</source>
        <translation>Spalten %1–%2 von %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/llm/contextbuilder.cpp" line="150"/>
        <source>%n dataset(s): %1</source>
        <translation>
            <numerusform>%n Datensatz: %1</numerusform>
            <numerusform>%n Datensätze: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/llm/contextbuilder.cpp" line="168"/>
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n Variable</numerusform>
            <numerusform>%n Variablen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/llm/contextbuilder.cpp" line="177"/>
        <source>the current cell after %1 characters</source>
        <translation>die aktuelle Zelle nach %1 Zeichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/llm/contextbuilder.cpp" line="187"/>
        <source>the traceback&apos;s first %n line(s)</source>
        <translation>
            <numerusform>%n erste Zeile des Tracebacks</numerusform>
            <numerusform>die ersten %n Zeilen des Tracebacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/llm/contextbuilder.cpp" line="388"/>
        <source>sample rows of %n dataset(s): %1</source>
        <translation>
            <numerusform>Beispielzeilen von %n Datensatz: %1</numerusform>
            <numerusform>Beispielzeilen von %n Datensätzen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetSpecParser</name>
    <message>
        <location filename="../core/datasetspec.cpp" line="66"/>
        <source>--data %1: %2 is a folder; give one data file in it (CSV, TSV, JSON, Excel or Parquet) as NAME=FOLDER/FILE, or let the code read the whole folder with --read %2</source>
        <translation>--data %1: %2 ist ein Ordner; geben Sie eine Datendatei darin an (CSV, TSV, JSON, Excel oder Parquet) als NAME=ORDNER/DATEI, oder lassen Sie den Code mit --read %2 den ganzen Ordner lesen</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="71"/>
        <source>--data %1: %2 is a pipe or socket, not a file: a dataset is read more than once (hashed for the record, then loaded); save the data to a file and give that</source>
        <translation>--data %1: %2 ist eine Pipe oder ein Socket, keine Datei: ein Datensatz wird mehr als einmal gelesen (für die Aufzeichnung gehasht, dann geladen); speichern Sie die Daten in einer Datei und geben Sie diese an</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="76"/>
        <source>--data %1: %2 is a device, not a file; copy the data into a file and give that</source>
        <translation>--data %1: %2 ist ein Gerät, keine Datei; kopieren Sie die Daten in eine Datei und geben Sie diese an</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="79"/>
        <source>--data %1: %2 is not a regular file; give a data file</source>
        <translation>--data %1: %2 ist keine reguläre Datei; geben Sie eine Datendatei an</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="88"/>
        <source>--data %1: expected NAME=PATH, for example --data sales=sales.csv</source>
        <translation>--data %1: NAME=PATH erwartet, zum Beispiel --data sales=sales.csv</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="95"/>
        <source>--data %1: &apos;%2&apos; cannot be a variable name; use letters, digits and underscores, not starting with a digit (for example sales_2025)</source>
        <translation>--data %1: &apos;%2&apos; ist kein gültiger Variablenname; verwenden Sie Buchstaben, Ziffern und Unterstriche, ohne Ziffer am Anfang (zum Beispiel sales_2025)</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="64"/>
        <source>--data %1: no such file %2; check the path</source>
        <translation>--data %1: Datei %2 nicht gefunden; prüfen Sie den Pfad</translation>
    </message>
</context>
<context>
    <name>ExchangeStore</name>
    <message>
        <location filename="../core/llm/exchangestore.cpp" line="50"/>
        <location filename="../core/llm/exchangestore.cpp" line="75"/>
        <source>Cannot record the assistant&apos;s exchange</source>
        <translation>Das Gespräch mit dem Assistenten kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <location filename="../core/llm/exchangestore.cpp" line="94"/>
        <source>Cannot read the assistant&apos;s exchanges</source>
        <translation>Die Gespräche mit dem Assistenten können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="24"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="34"/>
        <source>give exactly one SESSION_ID; &apos;sandbench history&apos; shows each run&apos;s session</source>
        <translation>geben Sie genau eine SESSION_ID an; &apos;sandbench history&apos; zeigt die Sitzung jedes Laufs</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="47"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="79"/>
        <source>Writes a recorded session as a self-contained Python script that re-runs it with plain python3 and, with --check, proves it reproduces the recorded outputs; or, for a FILE ending in .ipynb, as a Jupyter notebook with the recorded outputs. Only the cells the session&apos;s final state derives from are written; the header lists the others and why they were left out.</source>
        <translation>Schreibt eine aufgezeichnete Sitzung als eigenständiges Python-Skript, das sie mit einfachem python3 erneut ausführt und mit --check nachweist, dass es die aufgezeichneten Ausgaben reproduziert; oder, bei einer FILE mit der Endung .ipynb, als Jupyter-Notebook mit den aufgezeichneten Ausgaben. Geschrieben werden nur die Zellen, auf denen der Endzustand der Sitzung beruht; der Kopfteil führt die übrigen auf und nennt den Grund, warum sie weggelassen wurden.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="87"/>
        <source>The file to write: analysis.py or analysis.ipynb.</source>
        <translation>Die zu schreibende Datei: analysis.py oder analysis.ipynb.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="89"/>
        <source>The session to export.</source>
        <translation>Die zu exportierende Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="96"/>
        <source>say where to write with -o FILE (.py or .ipynb)</source>
        <translation>geben Sie mit -o FILE an, wohin geschrieben werden soll (.py oder .ipynb)</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="110"/>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="112"/>
        <source>Wrote %1: %n cell(s) of session %2, %3 left out.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Zelle der Sitzung %2, %3 weggelassen.</numerusform>
            <numerusform>%1 geschrieben: %n Zellen der Sitzung %2, %3 weggelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileHashCache</name>
    <message>
        <location filename="../core/filehashcache.cpp" line="24"/>
        <location filename="../core/filehashcache.cpp" line="111"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/filehashcache.cpp" line="46"/>
        <location filename="../core/filehashcache.cpp" line="55"/>
        <source>Cannot read the hash of %1 from the file hash cache</source>
        <translation>Die Prüfsumme von %1 kann nicht aus dem Prüfsummen-Cache für Dateien gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/filehashcache.cpp" line="79"/>
        <source>Cannot remember the hash of %1 in the file hash cache</source>
        <translation>Die Prüfsumme von %1 kann nicht im Prüfsummen-Cache für Dateien gespeichert werden</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="24"/>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="35"/>
        <source>Lists recorded runs, newest first. --search finds runs whose code, output or review notes contain every word given (a word ending in * matches as a prefix).</source>
        <translation>Listet die aufgezeichneten Läufe auf, die neuesten zuerst. --search findet Läufe, deren Code, Ausgabe oder Prüfnotizen alle angegebenen Wörter enthalten (ein Wort, das auf * endet, gilt als Präfix).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="40"/>
        <source>Words to find in code, output and notes.</source>
        <translation>Wörter, die in Code, Ausgabe und Notizen gesucht werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="40"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="42"/>
        <source>Only runs of this session.</source>
        <translation>Nur Läufe dieser Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="42"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="44"/>
        <source>Only runs with this status (%1).</source>
        <translation>Nur Läufe mit diesem Status (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="67"/>
        <source>--status %1: not a status; use one of %2</source>
        <translation>--status %1: kein Status; verwenden Sie einen der folgenden: %2</translation>
    </message>
    <message>
        <source>Only runs with this status (ok, error, rejected, denied, timeout, memory, output_limit, crashed, pending_review, interrupted).</source>
        <translation type="vanished">Nur Läufe mit diesem Status (ok, error, rejected, denied, timeout, memory, output_limit, crashed, pending_review, interrupted).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="45"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="47"/>
        <source>At most N runs (default 50; 0: all).</source>
        <translation>Höchstens N Läufe (Standard: 50; 0: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="47"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="54"/>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="63"/>
        <source>--session %1: give a session id, a whole number</source>
        <translation>--session %1: Geben Sie eine Sitzungs-ID an, eine ganze Zahl</translation>
    </message>
    <message>
        <source>--status %1: not a status; use ok, error, rejected, denied, timeout, memory, output_limit, crashed, pending_review or interrupted</source>
        <translation type="vanished">--status %1: kein Status; verwenden Sie ok, error, rejected, denied, timeout, memory, output_limit, crashed, pending_review oder interrupted</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="77"/>
        <source>--limit %1: give a whole number, 0 for all</source>
        <translation>--limit %1: Geben Sie eine ganze Zahl an, 0 für alle</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="104"/>
        <source>No run matches.</source>
        <translation>Kein passender Lauf gefunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="107"/>
        <source>RUN	SESSION	CELL	STATUS	STARTED	MS	CODE</source>
        <translation>LAUF	SITZUNG	ZELLE	STATUS	BEGINN	MS	CODE</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="127"/>
        <source>Reads a Jupyter notebook (nbformat 4; outputs are ignored) or a percent-format script and writes its code and markdown cells as a percent-format script, which &apos;sandbench run&apos; runs as a new session and the window opens. &apos;sandbench run&apos; also takes the .ipynb directly.</source>
        <translation>Liest ein Jupyter-Notebook (nbformat 4; Ausgaben werden ignoriert) oder ein Skript im Percent-Format und schreibt dessen Code- und Markdown-Zellen als Skript im Percent-Format, das &apos;sandbench run&apos; als neue Sitzung ausführt und das Fenster öffnet. &apos;sandbench run&apos; nimmt auch die .ipynb direkt an.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="133"/>
        <source>The script to write (default: print it).</source>
        <translation>Das zu schreibende Skript (Standard: es ausgeben).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="135"/>
        <source>The .ipynb or .py to read.</source>
        <translation>Die zu lesende .ipynb- oder .py-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="139"/>
        <source>give exactly one NOTEBOOK to read</source>
        <translation>geben Sie genau ein NOTEBOOK zum Lesen an</translation>
    </message>
</context>
<context>
    <name>Ipynb</name>
    <message>
        <location filename="../core/ipynb.cpp" line="159"/>
        <source># Sandbench session %1

Exported from Sandbench with every kept cell&apos;s recorded output. Its provenance:

```text
%2
```
</source>
        <translation># Sandbench-Sitzung %1

Aus Sandbench exportiert, mit der aufgezeichneten Ausgabe jeder beibehaltenen Zelle. Ihre Herkunft:

```text
%2
```
</translation>
    </message>
    <message>
        <location filename="../core/ipynb.cpp" line="215"/>
        <source>%1 is not a notebook: invalid JSON at byte %2 (%3)</source>
        <translation>%1 ist kein Notebook: ungültiges JSON bei Byte %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/ipynb.cpp" line="222"/>
        <source>%1 is nbformat %2; Sandbench reads nbformat 4. Convert it with &apos;jupyter nbconvert --to notebook --nbformat 4 %1&apos;</source>
        <translation>%1 hat nbformat %2; Sandbench liest nbformat 4. Konvertieren Sie es mit &apos;jupyter nbconvert --to notebook --nbformat 4 %1&apos;</translation>
    </message>
    <message>
        <location filename="../core/ipynb.cpp" line="227"/>
        <source>%1 has no list of cells; is it a Jupyter notebook?</source>
        <translation>%1 enthält keine Liste von Zellen; ist es ein Jupyter-Notebook?</translation>
    </message>
    <message>
        <location filename="../core/ipynb.cpp" line="269"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/ipynb.cpp" line="271"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <location filename="../core/nextsteps.cpp" line="18"/>
        <source>choose another output folder with Run ▸ Choose Output Folder</source>
        <translation>wählen Sie einen anderen Ausgabeordner über Ausführen ▸ Ausgabeordner wählen</translation>
    </message>
    <message>
        <location filename="../core/nextsteps.cpp" line="20"/>
        <source>choose another output folder with --out</source>
        <translation>wählen Sie mit --out einen anderen Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../core/nextsteps.cpp" line="26"/>
        <source>Review ▸ Review Queue shows the runs waiting for review</source>
        <translation>Prüfung ▸ Prüfwarteschlange zeigt die Läufe, die auf Prüfung warten</translation>
    </message>
    <message>
        <location filename="../core/nextsteps.cpp" line="28"/>
        <source>&apos;sandbench review list&apos; shows the runs waiting for review</source>
        <translation>&apos;sandbench review list&apos; zeigt die Läufe, die auf Prüfung warten</translation>
    </message>
    <message>
        <location filename="../core/nextsteps.cpp" line="35"/>
        <source>a reviewer approves it in Review ▸ Review Queue</source>
        <translation>ein Prüfer genehmigt ihn unter Prüfung ▸ Prüfwarteschlange</translation>
    </message>
    <message>
        <location filename="../core/nextsteps.cpp" line="37"/>
        <source>a reviewer approves it with &apos;sandbench review approve %1&apos;</source>
        <translation>ein Prüfer genehmigt ihn mit &apos;sandbench review approve %1&apos;</translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <location filename="../core/profile.cpp" line="37"/>
        <source>unknown key &apos;%1%2&apos; (known: %3)</source>
        <translation>unbekannter Schlüssel &apos;%1%2&apos; (bekannt: %3)</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="49"/>
        <source>&apos;%1.%2&apos; must be a list of names</source>
        <translation>&apos;%1.%2&apos; muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="52"/>
        <source>&apos;%1.%2&apos; must hold only non-empty names</source>
        <translation>&apos;%1.%2&apos; darf nur nicht leere Namen enthalten</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="63"/>
        <source>&apos;%1&apos; must be an object</source>
        <translation>&apos;%1&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="164"/>
        <source>&apos;name&apos; must be a string</source>
        <translation>&apos;name&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="186"/>
        <source>&apos;datasets.lazy_above_mb&apos; must be a whole number of megabytes from 0 (never) to 1000000000</source>
        <translation>&apos;datasets.lazy_above_mb&apos; muss eine ganze Zahl von Megabytes von 0 (nie) bis 1000000000 sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="193"/>
        <source>&apos;cluster.allowed&apos; must be true or false</source>
        <translation>&apos;cluster.allowed&apos; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="202"/>
        <source>unknown trigger &apos;%1&apos; in &apos;review.triggers&apos; (known: %2)</source>
        <translation>unbekannter Auslöser &apos;%1&apos; in &apos;review.triggers&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="207"/>
        <source>&apos;review.bind_inputs&apos; must be true or false</source>
        <translation>&apos;review.bind_inputs&apos; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="222"/>
        <source>&apos;files.write_output&apos; must be true or false</source>
        <translation>&apos;files.write_output&apos; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="227"/>
        <source>&apos;limits.%1&apos; must be a whole number from 0 to 1000000000</source>
        <translation>&apos;limits.%1&apos; muss eine ganze Zahl von 0 bis 1000000000 sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="232"/>
        <source>&apos;limits.timeout_s&apos; must be from 1 to %1 (a week)</source>
        <translation>&apos;limits.timeout_s&apos; muss zwischen 1 und %1 liegen (eine Woche)</translation>
    </message>
    <message>
        <source>&apos;limits.timeout_s&apos; must be at least 1</source>
        <translation type="vanished">&apos;limits.timeout_s&apos; muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="236"/>
        <source>&apos;layers.%1&apos; must be true or false</source>
        <translation>&apos;layers.%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="257"/>
        <source>no profile named &apos;%1&apos;; available: %2 (or give a path to a .json file)</source>
        <translation>kein Profil namens &apos;%1&apos;; verfügbar: %2 (oder geben Sie den Pfad zu einer .json-Datei an)</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="265"/>
        <source>cannot read the profile %1: %2</source>
        <translation>das Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="273"/>
        <source>the profile %1 is not a JSON object: %2 at offset %3</source>
        <translation>das Profil %1 ist kein JSON-Objekt: %2 an Position %3</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="281"/>
        <source>the profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
</context>
<context>
    <name>QuickChart</name>
    <message>
        <location filename="../widgets/quickchart.cpp" line="45"/>
        <source>Histogram of %1</source>
        <translation>Histogramm von %1</translation>
    </message>
    <message>
        <location filename="../widgets/quickchart.cpp" line="81"/>
        <source>Most frequent values of %1</source>
        <translation>Häufigste Werte von %1</translation>
    </message>
    <message>
        <location filename="../widgets/quickchart.cpp" line="113"/>
        <source>%1 over time</source>
        <translation>%1 im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>RecordedFiles</name>
    <message>
        <source>Cannot create the figure folder %1; choose another output folder with --out.</source>
        <translation type="vanished">Der Grafikordner %1 kann nicht angelegt werden; wählen Sie mit --out einen anderen Ausgabeordner.</translation>
    </message>
    <message>
        <source>The figure folder %1 overlaps the folder cells may write (%2), so a later cell could change recorded figures; choose another output folder with --out.</source>
        <translation type="vanished">Der Grafikordner %1 überschneidet sich mit dem Ordner, in den Zellen schreiben dürfen (%2), sodass eine spätere Zelle aufgezeichnete Grafiken ändern könnte; wählen Sie mit --out einen anderen Ausgabeordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the app&apos;s copies of output files %1; choose another output folder with --out.</source>
        <translation type="vanished">Der Ordner %1 für die App-eigenen Kopien der Ausgabedateien kann nicht angelegt werden; wählen Sie mit --out einen anderen Ausgabeordner.</translation>
    </message>
    <message>
        <source>The folder for the app&apos;s copies of output files %1 overlaps the folder cells may write (%2), so a later cell could change them; choose another output folder with --out.</source>
        <translation type="vanished">Der Ordner %1 für die App-eigenen Kopien der Ausgabedateien überschneidet sich mit dem Ordner, in den Zellen schreiben dürfen (%2), sodass eine spätere Zelle sie ändern könnte; wählen Sie mit --out einen anderen Ausgabeordner.</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="168"/>
        <location filename="../core/recordedfiles.cpp" line="197"/>
        <source>figure %1 was not saved: %2</source>
        <translation>Grafik %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="263"/>
        <source>cannot write %1: the disk holding it is full (%2 bytes free, %3 needed); free some space there or choose another output folder with --out</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger, auf dem die Datei liegt, ist voll (%2 Bytes frei, %3 benötigt); geben Sie dort Speicherplatz frei oder wählen Sie mit --out einen anderen Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="230"/>
        <location filename="../core/recordedfiles.cpp" line="268"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="123"/>
        <source>Cannot create the figure folder %1; %2.</source>
        <translation>Der Grafikordner %1 kann nicht angelegt werden; %2.</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="130"/>
        <source>The figure folder %1 overlaps the folder cells may write (%2), so a later cell could change recorded figures; %3.</source>
        <translation>Der Grafikordner %1 überschneidet sich mit dem Ordner, in den Zellen schreiben dürfen (%2), sodass eine spätere Zelle aufgezeichnete Grafiken ändern könnte; %3.</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="144"/>
        <source>Cannot create the folder for the app&apos;s copies of output files %1; %2.</source>
        <translation>Der Ordner %1 für die App-eigenen Kopien der Ausgabedateien kann nicht angelegt werden; %2.</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="151"/>
        <source>The folder for the app&apos;s copies of output files %1 overlaps the folder cells may write (%2), so a later cell could change them; %3.</source>
        <translation>Der Ordner %1 für die App-eigenen Kopien der Ausgabedateien überschneidet sich mit dem Ordner, in den Zellen schreiben dürfen (%2), sodass eine spätere Zelle sie ändern könnte; %3.</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="276"/>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="278"/>
        <source>replaced by a link or a folder</source>
        <translation>durch einen Link oder einen Ordner ersetzt</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="282"/>
        <source>unreadable (%1)</source>
        <translation>nicht lesbar (%1)</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="286"/>
        <source>changed: its sha256 is now %1, recorded %2</source>
        <translation>verändert: sein sha256 ist jetzt %1, aufgezeichnet war %2</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="317"/>
        <source>the app&apos;s copy of %1: %2</source>
        <translation>die App-eigene Kopie von %1: %2</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="337"/>
        <source>%1; the app kept no copy (larger than %2 MiB, or past %3 MiB for the run): only its size and SHA-256 are recorded</source>
        <translation>%1; die App hat keine Kopie behalten (größer als %2 MiB oder über %3 MiB für den Lauf): nur Größe und SHA-256 sind aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="351"/>
        <source>%1 (recorded by run %2) is %3</source>
        <translation>%1 (aufgezeichnet von Lauf %2) ist %3</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="354"/>
        <source>%1; the recorded copy is %2</source>
        <translation>%1; die aufgezeichnete Kopie ist %2</translation>
    </message>
</context>
<context>
    <name>ReplyDecoder</name>
    <message>
        <location filename="../core/replydecoder.cpp" line="146"/>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="159"/>
        <source>%1 is %2, not %3 between 0 and %4</source>
        <translation>%1 ist %2 und nicht %3 zwischen 0 und %4</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="161"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="162"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="183"/>
        <location filename="../core/replydecoder.cpp" line="195"/>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="208"/>
        <source>%1 is %2, not %3</source>
        <translation>%1 ist %2, nicht %3</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="217"/>
        <source>%1 has %2 %3, more than %4</source>
        <translation>%1 hat %2 %3, mehr als %4</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="254"/>
        <source>The worker&apos;s reply was refused and nothing of it was kept: %1. The cell&apos;s code may have written its own reply.</source>
        <translation>Die Antwort des Workers wurde abgewiesen und nichts davon übernommen: %1. Möglicherweise hat der Code der Zelle eine eigene Antwort geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="274"/>
        <source>it has %1 bytes, too few for a PNG</source>
        <translation>sie hat %1 Bytes, zu wenige für ein PNG</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="276"/>
        <source>it does not start with the PNG signature</source>
        <translation>sie beginnt nicht mit der PNG-Signatur</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="278"/>
        <source>its first chunk is not a PNG image header</source>
        <translation>ihr erster Chunk ist kein PNG-Bildheader</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="280"/>
        <source>its image header&apos;s checksum is wrong</source>
        <translation>die Prüfsumme ihres Bildheaders ist falsch</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="285"/>
        <source>it claims %1×%2 pixels, outside 1 to %3 a side and %4 pixels</source>
        <translation>sie gibt %1×%2 Pixel an, außerhalb von 1 bis %3 je Seite und %4 Pixeln insgesamt</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="298"/>
        <source>its image header names no valid PNG pixel format</source>
        <translation>ihr Bildheader nennt kein gültiges PNG-Pixelformat</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="300"/>
        <source>it does not end with the PNG end chunk</source>
        <translation>sie endet nicht mit dem PNG-Endchunk</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="348"/>
        <source>rich output %1</source>
        <translation>Rich-Ausgabe %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="360"/>
        <source>%1 has the kind %2, not &quot;%3&quot; or &quot;%4&quot;</source>
        <translation>%1 hat die Art %2, nicht &quot;%3&quot; oder &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="400"/>
        <source>%1 is not base64</source>
        <translation>%1 ist kein Base64</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="427"/>
        <source>%1 names %2, which is no variable name</source>
        <translation>%1 nennt %2, das kein Variablenname ist</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="434"/>
        <source>the rich outputs hold more than %1 characters</source>
        <translation>die Rich-Ausgaben enthalten mehr als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="458"/>
        <source>%1 &apos;keys_sha256&apos; is %2, not a SHA-256 in hexadecimal</source>
        <translation>%1 &apos;keys_sha256&apos; ist %2, kein SHA-256 in Hexadezimalschreibweise</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="511"/>
        <source>&apos;type&apos; is %1, not &quot;result&quot; or &quot;error&quot;</source>
        <translation>&apos;type&apos; ist %1, nicht &quot;result&quot; oder &quot;error&quot;</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="520"/>
        <source>&apos;status&apos; is %1, which is no run status (%2)</source>
        <translation>&apos;status&apos; ist %1, was kein Laufstatus ist (%2)</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="564"/>
        <source>&apos;packages&apos; names a package %1</source>
        <translation>&apos;packages&apos; nennt ein Paket %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="578"/>
        <source>state change %1</source>
        <translation>Zustandsänderung %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="590"/>
        <source>&apos;%1&apos; comes without &apos;%2&apos;</source>
        <translation>&apos;%1&apos; kommt ohne &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="603"/>
        <source>%1 is %2, which is no Python name</source>
        <translation>%1 ist %2, das kein Python-Name ist</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="633"/>
        <source>%1 &apos;dataset&apos; is %2, which is no Python name</source>
        <translation>%1 &apos;dataset&apos; ist %2, das kein Python-Name ist</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="651"/>
        <source>%1 has %2 numbers, not 3 (block, first byte, end byte)</source>
        <translation>%1 hat %2 Zahlen, nicht 3 (Block, erstes Byte, End-Byte)</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="767"/>
        <source>violation %1</source>
        <translation>Verstoß %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="787"/>
        <source>%1 has an empty rule</source>
        <translation>%1 hat eine leere Regel</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="789"/>
        <source>%1 names the layer %2, which is none of %3</source>
        <translation>%1 nennt die Schicht %2, die keine von %3 ist</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="804"/>
        <location filename="../core/replydecoder.cpp" line="977"/>
        <source>%1 entry %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="815"/>
        <source>%1 is %2, not a value a table cell holds</source>
        <translation>%1 ist %2, kein Wert, den eine Tabellenzelle enthalten kann</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="824"/>
        <source>variable %1</source>
        <translation>Variable %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="859"/>
        <source>%1 is %2, which is none of %3</source>
        <translation>%1 ist %2, also nichts von %3</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="870"/>
        <source>match %1</source>
        <translation>Treffer %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="878"/>
        <source>%1 &apos;name&apos; is empty</source>
        <translation>%1 &apos;name&apos; ist leer</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="909"/>
        <source>the table page cannot be read: %1</source>
        <translation>die Tabellenseite kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="929"/>
        <source>&apos;index&apos; has %1 entries for %2 rows of &apos;data&apos;</source>
        <translation>&apos;index&apos; hat %1 Einträge für %2 Zeilen von &apos;data&apos;</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="933"/>
        <source>&apos;index&apos; entry %1</source>
        <translation>&apos;index&apos;, Eintrag %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="935"/>
        <source>row %1 of &apos;data&apos;</source>
        <translation>Zeile %1 von &apos;data&apos;</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="940"/>
        <source>%1 has %2 cells for %3 columns</source>
        <translation>%1 hat %2 Zellen für %3 Spalten</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="945"/>
        <source>%1, cell %2</source>
        <translation>%1, Zelle %2</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="969"/>
        <source>%1 is %2, not a number or a text</source>
        <translation>%1 ist %2, weder eine Zahl noch ein Text</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="982"/>
        <source>%1 is not a [label, count] pair</source>
        <translation>%1 ist kein Paar [label, count]</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="999"/>
        <source>the chart&apos;s &apos;type&apos; is %1, which is none of %2</source>
        <translation>der &apos;type&apos; des Diagramms ist %1 und damit keiner von %2</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1011"/>
        <source>%1 entry %2 is not a finite number</source>
        <translation>%1, Eintrag %2 ist keine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1019"/>
        <source>the chart&apos;s %1</source>
        <translation>%1 des Diagramms</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1044"/>
        <source>&apos;parts&apos; is not a list</source>
        <translation>&apos;parts&apos; ist keine Liste</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1047"/>
        <source>&apos;parts&apos; holds %1 entries, more than %2</source>
        <translation>&apos;parts&apos; enthält %1 Einträge, mehr als %2</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1058"/>
        <source>a part&apos;s &apos;stream&apos; is not &quot;stdout&quot; or &quot;stderr&quot;</source>
        <translation>&apos;stream&apos; eines Teils ist weder &quot;stdout&quot; noch &quot;stderr&quot;</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1060"/>
        <source>a part&apos;s &apos;text&apos; is not a string</source>
        <translation>&apos;text&apos; eines Teils ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1064"/>
        <source>the parts&apos; text is longer than %1 characters</source>
        <translation>der Text der Teile ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1090"/>
        <source>the reply to a %1 request is of type %2</source>
        <translation>die Antwort auf eine %1-Anfrage hat den Typ %2</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1103"/>
        <source>&apos;verdict&apos; is %1, which is none of %2</source>
        <translation>&apos;verdict&apos; ist %1 und damit keiner von %2</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="708"/>
        <source>figure %1</source>
        <translation>Grafik %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="725"/>
        <source>%1 has the format %2; the app asks for &quot;png&quot; only</source>
        <translation>%1 hat das Format %2; die App akzeptiert nur &quot;png&quot;</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="731"/>
        <source>the figures claim more bytes than the %1 the reply carries</source>
        <translation>die Grafiken geben mehr Bytes an als die %1, die die Antwort enthält</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="405"/>
        <location filename="../core/replydecoder.cpp" line="741"/>
        <source>%1 is not a PNG the app accepts: %2</source>
        <translation>%1 ist kein PNG, das die App akzeptiert: %2</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="751"/>
        <source>the figures account for %1 bytes but the reply carries %2</source>
        <translation>die Grafiken umfassen %1 Bytes, die Antwort enthält aber %2</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>The review queue: cells the profile flagged wait here, unrun, for a person.
  list             the runs waiting for review (--all: with the decided ones)
  show ID          one flagged run: its code, the reasons, every decision
  approve ID       approve the run&apos;s exact code under its profile; it runs the next time it is submitted
  reject ID        reject it; --note says why (required)
Decisions are never changed or deleted: a later one supersedes an earlier one.</source>
        <translation type="vanished">Die Prüfwarteschlange: Vom Profil markierte Zellen warten hier, ohne ausgeführt zu werden, auf einen Menschen.
  list             die Läufe, die auf Prüfung warten (--all: auch die bereits entschiedenen)
  show ID          ein markierter Lauf: sein Code, die Gründe, jede Entscheidung
  approve ID       den exakten Code des Laufs unter seinem Profil genehmigen; er wird ausgeführt, sobald er das nächste Mal eingereicht wird
  reject ID        ihn ablehnen; --note gibt den Grund an (erforderlich)
Entscheidungen werden nie geändert oder gelöscht: Eine spätere ersetzt eine frühere.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="49"/>
        <source>The review queue: cells the profile flagged wait here, unrun, for a person.
  list             the runs waiting for review (--all: with the decided ones)
  show ID          one flagged run: its code, the reasons, every decision
  approve ID       approve the run&apos;s exact code under its profile; it runs the next time it is submitted
  reject ID        reject it; --note says why (required)
  --gui [DB]       the queue in a window, with each run&apos;s code and provenance
Decisions are never changed or deleted: a later one supersedes an earlier one.</source>
        <translation>Die Prüfwarteschlange: Vom Profil markierte Zellen warten hier, ohne ausgeführt zu werden, auf einen Menschen.
  list             die Läufe, die auf Prüfung warten (--all: auch die bereits entschiedenen)
  show ID          ein markierter Lauf: sein Code, die Gründe, jede Entscheidung
  approve ID       den exakten Code des Laufs unter seinem Profil genehmigen; er wird ausgeführt, sobald er das nächste Mal eingereicht wird
  reject ID        ihn ablehnen; --note gibt den Grund an (erforderlich)
  --gui [DB]       die Warteschlange in einem Fenster, mit Code und Herkunft jedes Laufs
Entscheidungen werden nie geändert oder gelöscht: Eine spätere ersetzt eine frühere.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="60"/>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="62"/>
        <source>list: include runs already decided.</source>
        <translation>list: auch bereits entschiedene Läufe einbeziehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="64"/>
        <source>approve, reject: the reviewer&apos;s note.</source>
        <translation>approve, reject: die Notiz des Prüfers.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="64"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="67"/>
        <source>approve, reject: the reviewer&apos;s name (default: %1).</source>
        <translation>approve, reject: der Name des Prüfers (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="69"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="71"/>
        <source>list, show, approve or reject</source>
        <translation>list, show, approve oder reject</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="72"/>
        <source>the flagged run&apos;s id</source>
        <translation>die ID des markierten Laufs</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="72"/>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="82"/>
        <source>say what to do: list, show, approve or reject</source>
        <translation>geben Sie an, was zu tun ist: list, show, approve oder reject</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="83"/>
        <source>unknown action &apos;%1&apos;; use list, show, approve or reject</source>
        <translation>unbekannte Aktion &apos;%1&apos;; verwenden Sie list, show, approve oder reject</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="88"/>
        <source>%1 needs exactly one run ID</source>
        <translation>%1 erwartet genau eine Lauf-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="89"/>
        <source>list takes no ID</source>
        <translation>list erwartet keine ID</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="95"/>
        <source>&apos;%1&apos; is not a run ID; &apos;sandbench review list&apos; shows them</source>
        <translation>&apos;%1&apos; ist keine Lauf-ID; &apos;sandbench review list&apos; zeigt sie an</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="100"/>
        <source>reject needs --note TEXT saying why</source>
        <translation>reject erwartet --note TEXT mit einer Begründung</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="102"/>
        <source>--reviewer needs a name</source>
        <translation>--reviewer erwartet einen Namen</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="133"/>
        <source>No run was ever flagged for review.</source>
        <translation>Noch nie wurde ein Lauf zur Prüfung markiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="134"/>
        <source>No run is waiting for review.</source>
        <translation>Kein Lauf wartet auf Prüfung.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="138"/>
        <source>RUN	STATE	SESSION	CELL	PROFILE	REASONS	CODE</source>
        <translation>LAUF	ZUSTAND	SITZUNG	ZELLE	PROFIL	GRÜNDE	CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="161"/>
        <source>run %1 was not flagged for review (its status is %2); &apos;sandbench show %1&apos; shows it</source>
        <translation>Lauf %1 wurde nicht zur Prüfung markiert (sein Status ist %2); &apos;sandbench show %1&apos; zeigt ihn an</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="165"/>
        <source>there is no run %1 in %2</source>
        <translation>in %2 gibt es keinen Lauf %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="180"/>
        <source>run %1: %2 (session %3, cell %4, profile %5)</source>
        <translation>Lauf %1: %2 (Sitzung %3, Zelle %4, Profil %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="187"/>
        <source>reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="189"/>
        <source>an approval binds to</source>
        <translation>eine Genehmigung gilt für</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="190"/>
        <source>  code sha256    %1</source>
        <translation>  Code-sha256     %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="191"/>
        <source>  profile sha256 %1</source>
        <translation>  Profil-sha256   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="192"/>
        <source>  limits sha256  %1</source>
        <translation>  Limits-sha256   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="194"/>
        <source>  inputs sha256  %1</source>
        <translation>  Eingaben-sha256 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="196"/>
        <source>decisions about this code</source>
        <translation>Entscheidungen zu diesem Code</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="200"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="219"/>
        <source>Approved run %1 (decision %2): the same code under the same profile runs the next time it is submitted.</source>
        <translation>Lauf %1 genehmigt (Entscheidung %2): Derselbe Code unter demselben Profil wird ausgeführt, sobald er das nächste Mal eingereicht wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="221"/>
        <source>Rejected run %1 (decision %2).</source>
        <translation>Lauf %1 abgelehnt (Entscheidung %2).</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../core/reviewqueue.cpp" line="53"/>
        <source>Cannot read the review decisions</source>
        <translation>Die Prüfentscheidungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/reviewqueue.cpp" line="121"/>
        <source>a decision needs the reviewer&apos;s name</source>
        <translation>eine Entscheidung erfordert den Namen des Prüfers</translation>
    </message>
    <message>
        <location filename="../core/reviewqueue.cpp" line="129"/>
        <source>there is no run %1 in %2; %3</source>
        <translation>in %2 gibt es keinen Lauf %1; %3</translation>
    </message>
    <message>
        <source>there is no run %1 in %2; &apos;sandbench review list&apos; shows the runs waiting for review</source>
        <translation type="vanished">in %2 gibt es keinen Lauf %1; &apos;sandbench review list&apos; zeigt die Läufe, die auf Prüfung warten</translation>
    </message>
    <message>
        <location filename="../core/reviewqueue.cpp" line="137"/>
        <source>run %1 was not flagged for review (its status is %2); only runs with status pending_review can be approved or rejected</source>
        <translation>Lauf %1 wurde nicht zur Prüfung markiert (sein Status ist %2); nur Läufe mit dem Status pending_review können genehmigt oder abgelehnt werden</translation>
    </message>
    <message>
        <location filename="../core/reviewqueue.cpp" line="155"/>
        <location filename="../core/reviewqueue.cpp" line="192"/>
        <source>Cannot record the decision on run %1</source>
        <translation>Die Entscheidung zu Lauf %1 kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>cannot record the decision in %1: %2</source>
        <translation type="vanished">die Entscheidung kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <location filename="../core/runhistory.cpp" line="57"/>
        <location filename="../core/runhistory.cpp" line="82"/>
        <source>Cannot read the run history</source>
        <translation>Der Verlauf der Läufe kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <location filename="../core/runstore.cpp" line="51"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="52"/>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="53"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="54"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="55"/>
        <source>%1 is %2, not a database file. Give --db the path of a database file (a new one is created there), for example %3.</source>
        <translation>%1 ist %2, keine Datenbankdatei. Geben Sie bei --db den Pfad einer Datenbankdatei an (dort wird eine neue angelegt), zum Beispiel %3.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="64"/>
        <source>Cannot create the folder %1 for the database; choose another place with --db.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden; wählen Sie mit --db einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="72"/>
        <location filename="../core/runstore.cpp" line="221"/>
        <location filename="../core/runstore.cpp" line="239"/>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="146"/>
        <source>%1: the disk holding %2 is full (%3). What was recorded before is kept; free some space on that disk, or choose a database on another disk with --db, and try again.</source>
        <translation>%1: Der Datenträger mit %2 ist voll (%3). Bisher Aufgezeichnetes bleibt erhalten; geben Sie auf diesem Datenträger Speicherplatz frei oder wählen Sie mit --db eine Datenbank auf einem anderen Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="151"/>
        <source>%1: %2 is read-only (%3). Sandbench writes every run to it and creates %2-wal and %2-shm beside it: make the file and its folder writable for you, or choose another file with --db.</source>
        <translation>%1: %2 ist schreibgeschützt (%3). Sandbench schreibt jeden Lauf hinein und legt daneben %2-wal und %2-shm an: Machen Sie die Datei und ihren Ordner für sich beschreibbar oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="158"/>
        <source>%1: %2 is not a Sandbench database (SQLite says: %3). Nothing was changed; move the file aside or choose another with --db.</source>
        <translation>%1: %2 ist keine Sandbench-Datenbank (SQLite meldet: %3). Es wurde nichts geändert; verschieben Sie die Datei oder wählen Sie mit --db eine andere.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="162"/>
        <source>%1: the disk failed while reading or writing %2 (%3). Check the disk (the system log, &apos;dmesg&apos;), then run &apos;sqlite3 %2 &quot;PRAGMA integrity_check&quot;&apos;: if it reports anything but ok, the file is damaged; see &quot;The run store&quot; in README to recover it.</source>
        <translation>%1: Der Datenträger ist beim Lesen oder Schreiben von %2 ausgefallen (%3). Prüfen Sie den Datenträger (das Systemprotokoll, &apos;dmesg&apos;) und führen Sie dann &apos;sqlite3 %2 &quot;PRAGMA integrity_check&quot;&apos; aus: Meldet es etwas anderes als ok, ist die Datei beschädigt; wie Sie sie wiederherstellen, steht unter &quot;The run store&quot; in der README.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="170"/>
        <source>%1 (database %2): %3</source>
        <translation>%1 (Datenbank %2): %3</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="183"/>
        <source> The copy made before its last upgrade, %1, holds the runs up to then: open it with --db.</source>
        <translation> Die vor der letzten Aktualisierung angelegte Kopie, %1, enthält die Läufe bis dahin: Öffnen Sie sie mit --db.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="189"/>
        <source>%1: %2 is damaged (%3). Nothing was written to it; keep it as it is.%4 To recover what is still readable: &apos;sqlite3 %2 .recover &gt; recovered.sql&apos; (with a sqlite3 that has no .recover, as Debian 12&apos;s: &apos;sqlite3 %2 .dump | sed &quot;s/^ROLLBACK; -- due to errors$/COMMIT;/&quot; &gt; recovered.sql&apos;), then &apos;sqlite3 recovered.db &lt; recovered.sql&apos; and &apos;sqlite3 recovered.db &quot;PRAGMA application_id = %5; PRAGMA user_version = %6&quot;&apos;, and open recovered.db with --db. Or choose another file with --db.</source>
        <translation>%1: %2 ist beschädigt (%3). Es wurde nichts hineingeschrieben; lassen Sie die Datei, wie sie ist.%4 So stellen Sie wieder her, was noch lesbar ist: &apos;sqlite3 %2 .recover &gt; recovered.sql&apos; (mit einem sqlite3 ohne .recover, wie dem von Debian 12: &apos;sqlite3 %2 .dump | sed &quot;s/^ROLLBACK; -- due to errors$/COMMIT;/&quot; &gt; recovered.sql&apos;), dann &apos;sqlite3 recovered.db &lt; recovered.sql&apos; und &apos;sqlite3 recovered.db &quot;PRAGMA application_id = %5; PRAGMA user_version = %6&quot;&apos;, und öffnen Sie recovered.db mit --db. Oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="213"/>
        <source>Cannot read the database&apos;s schema version</source>
        <translation>Die Schemaversion der Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="222"/>
        <source>its schema version is %1, which no Sandbench writes</source>
        <translation>ihre Schemaversion ist %1, die keine Sandbench-Version schreibt</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="242"/>
        <source>SQLite could open it only for reading</source>
        <translation>SQLite konnte sie nur zum Lesen öffnen</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="284"/>
        <source>its table %1 is missing</source>
        <translation>ihre Tabelle %1 fehlt</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="300"/>
        <source>Cannot prepare the database</source>
        <translation>Die Datenbank kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="333"/>
        <source>Cannot back up %1 to %2 before upgrading it; nothing was changed</source>
        <translation>%1 kann vor der Aktualisierung nicht nach %2 gesichert werden; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="341"/>
        <source>Cannot upgrade the database</source>
        <translation>Die Datenbank kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="355"/>
        <source>Upgrading from schema version %1 failed; nothing was changed</source>
        <translation>Die Aktualisierung ab Schemaversion %1 ist fehlgeschlagen; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="364"/>
        <source>Upgrading failed; nothing was changed</source>
        <translation>Die Aktualisierung ist fehlgeschlagen; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="388"/>
        <source>Cannot record a new session</source>
        <translation>Eine neue Sitzung kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="406"/>
        <source>Cannot record the session</source>
        <translation>Die Sitzung kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="454"/>
        <source>Cannot record dataset %1</source>
        <translation>Der Datensatz %1 kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="495"/>
        <location filename="../core/runstore.cpp" line="512"/>
        <location filename="../core/runstore.cpp" line="557"/>
        <location filename="../core/runstore.cpp" line="571"/>
        <source>Cannot record the run</source>
        <translation>Der Lauf kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="598"/>
        <source>Cannot record the run&apos;s provenance</source>
        <translation>Die Herkunft des Laufs kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="663"/>
        <source>Cannot read the session</source>
        <translation>Die Sitzung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="760"/>
        <location filename="../core/runstore.cpp" line="815"/>
        <source>Cannot read the runs</source>
        <translation>Die Läufe können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check its permissions or choose another file with --db.</source>
        <translation type="vanished">Die Datenbank %1 kann nicht geöffnet werden: %2. Prüfen Sie die Zugriffsrechte oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="79"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Sandbench database (SQLite says: %2). Nothing was changed; move the file aside or choose another with --db.</source>
        <translation type="vanished">%1 ist keine Sandbench-Datenbank (SQLite meldet: %2). Es wurde nichts geändert; verschieben Sie die Datei oder wählen Sie mit --db eine andere.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="256"/>
        <source>%1 is an SQLite database of another program, not Sandbench&apos;s. Nothing was changed; choose another file with --db.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, nicht von Sandbench. Es wurde nichts geändert; wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="226"/>
        <source>%1 was written by a newer Sandbench (schema version %2; this one knows up to %3). Nothing was changed; open it with the newer version or choose another file with --db.</source>
        <translation>%1 wurde von einer neueren Sandbench-Version geschrieben (Schemaversion %2; diese Version kennt bis %3). Es wurde nichts geändert; öffnen Sie die Datei mit der neueren Version oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation type="vanished">Die Datenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="309"/>
        <source>Cannot upgrade %1: another Sandbench has been upgrading it for a minute (lock file %2). Nothing was changed; try again later.</source>
        <translation>%1 kann nicht aktualisiert werden: Eine andere Sandbench-Instanz aktualisiert die Datei seit einer Minute (Sperrdatei %2). Es wurde nichts geändert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2 before upgrading it: %3. Nothing was changed; free some disk space and try again.</source>
        <translation type="vanished">%1 kann vor der Aktualisierung nicht nach %2 gesichert werden: %3. Es wurde nichts geändert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation type="vanished">%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 from schema version %2 failed: %3. Nothing was changed.</source>
        <translation type="vanished">Die Aktualisierung von %1 ab Schemaversion %2 ist fehlgeschlagen: %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Upgrading %1 failed: %2. Nothing was changed.</source>
        <translation type="vanished">Die Aktualisierung von %1 ist fehlgeschlagen: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot record a new session in %1: %2</source>
        <translation type="vanished">Eine neue Sitzung kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the session in %1: %2</source>
        <translation type="vanished">Die Sitzung kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot record dataset %1 in %2: %3</source>
        <translation type="vanished">Der Datensatz %1 kann nicht in %2 aufgezeichnet werden: %3</translation>
    </message>
    <message>
        <source>Cannot record the run in %1: %2</source>
        <translation type="vanished">Der Lauf kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the run&apos;s provenance in %1: %2</source>
        <translation type="vanished">Die Herkunft des Laufs kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the run&apos;s figures in %1: %2</source>
        <translation type="vanished">Die Grafiken des Laufs können nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
</context>
<context>
    <name>RunText</name>
    <message>
        <location filename="../app/cli/runtext.cpp" line="39"/>
        <source>  line %1, column %2 [%3, %4]: %5</source>
        <translation>  Zeile %1, Spalte %2 [%3, %4]: %5</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="48"/>
        <source>  decision %1: %2 by %3 on %4</source>
        <translation>  Entscheidung %1: %2 von %3 am %4</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="50"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="50"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="53"/>
        <source> (supersedes decision %1)</source>
        <translation> (ersetzt Entscheidung %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="56"/>
        <source>    note: %1</source>
        <translation>    Notiz: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="63"/>
        <source>run %1: %2, session %3, cell %4</source>
        <translation>Lauf %1: %2, Sitzung %3, Zelle %4</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="69"/>
        <source>  started  %1, finished %2</source>
        <translation>  Beginn    %1, Ende %2</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="71"/>
        <source>  time     %1 ms wall, %2 CPU; peak memory %3</source>
        <translation>  Zeit      %1 ms Echtzeit, %2 CPU; Spitzenspeicher %3</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="73"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="73"/>
        <location filename="../app/cli/runtext.cpp" line="74"/>
        <location filename="../app/cli/runtext.cpp" line="77"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="74"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="76"/>
        <source>  code     sha256 %1, origin %2</source>
        <translation>  Code      sha256 %1, Ursprung %2</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="79"/>
        <source>, model %1, prompt sha256 %2</source>
        <translation>, Modell %1, Prompt-sha256 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="81"/>
        <source>, model server %1</source>
        <translation>, Modellserver %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="83"/>
        <source>  profile  %1, sha256 %2; limits sha256 %3</source>
        <translation>  Profil    %1, sha256 %2; Limits-sha256 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="91"/>
        <source>  limits   %1</source>
        <translation>  Limits    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="96"/>
        <source>  python   %1; worker %2 (sha256 %3)</source>
        <translation>  Python    %1; Worker %2 (sha256 %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="101"/>
        <source>  packages %1</source>
        <translation>  Pakete    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="102"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="106"/>
        <source>  changed  %1</source>
        <translation>  geändert  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="107"/>
        <source>no session state</source>
        <translation>kein Sitzungszustand</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="110"/>
        <source>  parent   %1</source>
        <translation>  Vorgänger %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="111"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="112"/>
        <source>none (a fresh session state)</source>
        <translation>keiner (frischer Sitzungszustand)</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="115"/>
        <source>  state    kept after the error (on-error keep): later cells build on what this cell did before it raised</source>
        <translation>  Zustand  nach dem Fehler behalten (on-error keep): spätere Zellen bauen auf dem auf, was diese Zelle vor ihrem Fehler getan hat</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="119"/>
        <source>  approval</source>
        <translation>  Genehmigung</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="123"/>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="125"/>
        <source>  %1 = %2, %3 bytes, modified %4, sha256 %5</source>
        <translation>  %1 = %2, %3 Bytes, geändert %4, sha256 %5</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="133"/>
        <source>outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="135"/>
        <source>  %1 (figure), sha256 %2</source>
        <translation>  %1 (Grafik), sha256 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="137"/>
        <source>  %1, %2 bytes, sha256 %3</source>
        <translation>  %1, %2 Bytes, sha256 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="144"/>
        <source>recorded files that changed since the run</source>
        <translation>aufgezeichnete Dateien, die sich seit dem Lauf geändert haben</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="149"/>
        <source>reasons for review</source>
        <translation>Gründe für die Prüfung</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="150"/>
        <source>violations</source>
        <translation>Verstöße</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="154"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="155"/>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="156"/>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="159"/>
        <source>displayed</source>
        <translation>angezeigt</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="162"/>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>SessionExport</name>
    <message>
        <location filename="../core/sessionexport.cpp" line="90"/>
        <source>rolled back (undo, a restart or a new worker): the session&apos;s final state does not derive from it</source>
        <translation>zurückgesetzt (Rückgängigmachen, ein Neustart oder ein neuer Worker): Der Endzustand der Sitzung beruht nicht darauf</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="93"/>
        <source>it failed with an exception</source>
        <translation>er ist mit einer Ausnahme fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="95"/>
        <source>the sandbox&apos;s check refused it; it never ran</source>
        <translation>die Sandbox hat ihn bei ihrer Kontrolle verweigert; er wurde nie ausgeführt</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="97"/>
        <source>the sandbox stopped one of its operations</source>
        <translation>die Sandbox hat eine seiner Operationen gestoppt</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="101"/>
        <source>it hit a limit (%1)</source>
        <translation>er hat ein Limit erreicht (%1)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="103"/>
        <source>the worker died while it ran</source>
        <translation>der Worker ist während seiner Ausführung abgestürzt</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="105"/>
        <source>it waited for a reviewer and did not run</source>
        <translation>er hat auf einen Prüfer gewartet und wurde nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="107"/>
        <source>it was interrupted</source>
        <translation>er wurde unterbrochen</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="109"/>
        <source>its reply was forged from inside the sandbox</source>
        <translation>seine Antwort wurde aus der Sandbox heraus gefälscht</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="194"/>
        <source>there is no session %1 in %2; &apos;sandbench history&apos; lists them</source>
        <translation>in %2 gibt es keine Sitzung %1; &apos;sandbench history&apos; listet sie auf</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="214"/>
        <source>session %1 has no cell that ended ok: there is nothing to re-run</source>
        <translation>Sitzung %1 hat keine Zelle, die mit ok endete: Es gibt nichts erneut auszuführen</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="260"/>
        <source>The dataset %1 changed while the session ran; the script checks it against the file the first kept cell read.</source>
        <translation>Der Datensatz %1 hat sich während der Sitzung geändert; das Skript prüft ihn gegen die Datei, die die erste beibehaltene Zelle gelesen hat.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="377"/>
        <source>the same version</source>
        <translation>in derselben Version</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="379"/>
        <source>Figures are rendered as the session rendered them: PNG by matplotlib&apos;s Agg backend at 100 dpi with matplotlib&apos;s own defaults (rcdefaults: no matplotlibrc of this machine), no Software tag, a fixed SVG hash salt and SOURCE_DATE_EPOCH=0 for PDF and SVG dates. Byte-identical PNGs need matplotlib %1 with the same FreeType and fonts; with another matplotlib, --check compares each figure&apos;s size in pixels instead and marks the column &quot;size&quot;.</source>
        <translation>Grafiken werden so gerendert, wie die Sitzung sie gerendert hat: PNG mit dem Agg-Backend von matplotlib bei 100 dpi mit den eigenen Standardwerten von matplotlib (rcdefaults: keine matplotlibrc dieses Rechners), ohne Software-Tag, mit festem SVG-Hash-Salt und SOURCE_DATE_EPOCH=0 für die Datumsangaben in PDF und SVG. Byte-identische PNGs erfordern matplotlib %1 mit demselben FreeType und denselben Schriften; mit einer anderen matplotlib-Version vergleicht --check stattdessen die Größe jeder Grafik in Pixeln und kennzeichnet die Spalte mit &quot;size&quot;.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="386"/>
        <source>PYTHONHASHSEED: the session&apos;s interpreter ran with hash randomization on (a random seed per worker, not recorded), so output that depends on the iteration order of a set of strings can differ between runs; --check shows such cells as differing.</source>
        <translation>PYTHONHASHSEED: Der Interpreter der Sitzung lief mit aktivierter Hash-Randomisierung (ein zufälliger Seed pro Worker, nicht aufgezeichnet), daher kann sich eine Ausgabe, die von der Iterationsreihenfolge einer Menge von Zeichenketten abhängt, zwischen Läufen unterscheiden; --check zeigt solche Zellen als abweichend an.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="389"/>
        <source>Memory addresses in reprs (&quot;at 0x7f...&quot;) are ignored when outputs are compared.</source>
        <translation>Speicheradressen in reprs (&quot;at 0x7f...&quot;) werden beim Vergleich der Ausgaben ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="401"/>
        <source>cell %1: %2</source>
        <translation>Zelle %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="403"/>
        <source>Cell %1 draws random numbers before any cell sets a seed: its output will differ from run to run.</source>
        <translation>Zelle %1 zieht Zufallszahlen, bevor eine Zelle einen Seed setzt: Ihre Ausgabe wird sich von Lauf zu Lauf unterscheiden.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="408"/>
        <source>Seeds: no cell seeds numpy or random.</source>
        <translation>Seeds: Keine Zelle setzt einen Seed für numpy oder random.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="409"/>
        <source>Seeds the cells set (they run again with the cells): %1.</source>
        <translation>Von den Zellen gesetzte Seeds (sie werden mit den Zellen erneut ausgeführt): %1.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="422"/>
        <source>Sandbench session %1, exported as a script anyone can re-run and check.</source>
        <translation>Sandbench-Sitzung %1, exportiert als Skript, das jeder erneut ausführen und prüfen kann.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="424"/>
        <source>Re-run it with plain Python 3; Sandbench is not needed:</source>
        <translation>Führen Sie es mit einfachem Python 3 erneut aus; Sandbench wird nicht benötigt:</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="435"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="438"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="439"/>
        <source>ran by</source>
        <translation>ausgeführt von</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="439"/>
        <source>%1 (the owner of the run store)</source>
        <translation>%1 (der Eigentümer des Laufspeichers)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="440"/>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="440"/>
        <source>%1 to %2, %3 runs, %4 kept</source>
        <translation>%1 bis %2, %3 Läufe, %4 beibehalten</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="445"/>
        <source>from</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="446"/>
        <source>output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="447"/>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="448"/>
        <source>%1 by Sandbench %2</source>
        <translation>%1 von Sandbench %2</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="450"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="452"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="457"/>
        <source>packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="458"/>
        <source>(none recorded)</source>
        <translation>(keine aufgezeichnet)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="459"/>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="459"/>
        <location filename="../core/sessionexport.cpp" line="460"/>
        <source>%1 (sha256 %2)</source>
        <translation>%1 (sha256 %2)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="460"/>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="463"/>
        <source>Datasets (their SHA-256 is checked before any cell runs)</source>
        <translation>Datensätze (ihr SHA-256 wird geprüft, bevor eine Zelle läuft)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="465"/>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="467"/>
        <source>%1 (%2, %3 bytes, sha256 %4)</source>
        <translation>%1 (%2, %3 Bytes, sha256 %4)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="470"/>
        <location filename="../core/sessionexport.cpp" line="495"/>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="471"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="480"/>
        <source>kept as cell %1</source>
        <translation>beibehalten als Zelle %1</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="481"/>
        <source>left out: %1</source>
        <translation>weggelassen: %1</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="482"/>
        <source>  run %1  cell %2  %3  code sha256 %4  %5</source>
        <translation>  Lauf %1  Zelle %2  %3  Code-sha256 %4  %5</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="488"/>
        <source>    changed %1</source>
        <translation>    geändert %1</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="491"/>
        <source>written by model %1%2, prompt sha256 %3</source>
        <translation>geschrieben von Modell %1%2, Prompt-sha256 %3</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="492"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="494"/>
        <source> at %1</source>
        <translation> unter %1</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="498"/>
        <source>Recorded files (figures and outputs checked against their SHA-256)</source>
        <translation>Aufgezeichnete Dateien (Grafiken und Ausgaben, geprüft anhand ihres SHA-256)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="500"/>
        <source>  (all present and unchanged)</source>
        <translation>  (alle vorhanden und unverändert)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="503"/>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="505"/>
        <source>  (none: no cell needed a reviewer)</source>
        <translation>  (keine: Keine Zelle brauchte einen Prüfer)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="511"/>
        <source>run %1 %2 by %3 on %4 (decision %5%6): %7</source>
        <translation>Lauf %1 %2 von %3 am %4 (Entscheidung %5%6): %7</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="513"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="513"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="517"/>
        <source>; ran as run %1</source>
        <translation>; ausgeführt als Lauf %1</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="518"/>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="521"/>
        <source>Determinism</source>
        <translation>Determinismus</translation>
    </message>
</context>
<context>
    <name>SessionOptions</name>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="19"/>
        <source>Load FILE as a pandas DataFrame named NAME (CSV, TSV, JSON, JSON lines, Excel, Parquet). Repeatable.</source>
        <translation>FILE als pandas-DataFrame mit dem Namen NAME laden (CSV, TSV, JSON, JSON lines, Excel, Parquet). Mehrfach angebbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="21"/>
        <location filename="../app/cli/sessionoptions.cpp" line="29"/>
        <source>NAME=FILE</source>
        <translation>NAME=FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="31"/>
        <source>Output folder for figures and files the code writes (default: a new folder under %1).</source>
        <translation>Ausgabeordner für Grafiken und Dateien, die der Code schreibt (Standard: ein neuer Ordner unter %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="34"/>
        <location filename="../app/cli/sessionoptions.cpp" line="44"/>
        <location filename="../app/cli/sessionoptions.cpp" line="64"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="36"/>
        <source>Let the code read FILE or everything under the folder (besides the datasets and the output folder). Repeatable.</source>
        <translation>Dem Code erlauben, FILE oder alles unterhalb des Ordners zu lesen (zusätzlich zu den Datensätzen und dem Ausgabeordner). Mehrfach angebbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="40"/>
        <source>Accept / or your home folder itself as a --read path.</source>
        <translation>/ oder Ihren persönlichen Ordner selbst als --read-Pfad zulassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="42"/>
        <source>The cells&apos; working folder, for relative paths (default: the output folder). It grants no access by itself.</source>
        <translation>Arbeitsordner der Zellen für relative Pfade (Standard: der Ausgabeordner). Gewährt für sich allein keinen Zugriff.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="46"/>
        <source>Sandbox profile: a name (default, strict, trusted-reviewer, or your own in %1) or a path to a .json file.</source>
        <translation>Sandbox-Profil: ein Name (default, strict, trusted-reviewer oder ein eigenes in %1) oder der Pfad zu einer .json-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="25"/>
        <location filename="../app/cli/sessionoptions.cpp" line="49"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="23"/>
        <source>Keep the ISO date columns of the dataset NAME as text (by default they load as dates). Repeatable.</source>
        <translation>Die ISO-Datumsspalten des Datensatzes NAME als Text belassen (standardmäßig werden sie als Datumswerte geladen). Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="27"/>
        <source>Load FILE as a dask DataFrame named NAME, read in blocks: for data larger than memory (CSV, TSV, JSON lines; Parquet with pyarrow). Repeatable.</source>
        <translation>FILE als dask-DataFrame mit dem Namen NAME laden, blockweise gelesen: für Daten, die größer als der Speicher sind (CSV, TSV, JSON lines; Parquet mit pyarrow). Mehrfach angebbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="51"/>
        <source>Stop a cell that runs longer than S seconds (overrides the profile).</source>
        <translation>Eine Zelle abbrechen, die länger als S Sekunden läuft (überschreibt das Profil).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="52"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="54"/>
        <source>Memory limit of the worker in MB (overrides the profile).</source>
        <translation>Speicherlimit des Workers in MB (überschreibt das Profil).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="54"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="56"/>
        <source>How many earlier states undo can return to (overrides the profile; 0 turns undo off). Each holds the memory later cells changed.</source>
        <translation>Wie viele frühere Zustände (Snapshots) das Rückgängigmachen wiederherstellen kann (überschreibt das Profil; 0 schaltet das Rückgängigmachen ab). Jeder belegt den Speicher, den spätere Zellen verändert haben.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="58"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="60"/>
        <source>Use the sandboxed Dask cluster whose state folder is DIR (&apos;sandbench cluster start&apos;): the cells get a ready `client`, and may reach that scheduler and nothing else. Uses the &apos;cluster&apos; profile unless --profile names another that allows clusters.</source>
        <translation>Den abgeschotteten Dask-Cluster mit dem Zustandsordner DIR verwenden (&apos;sandbench cluster start&apos;): Die Zellen erhalten einen fertigen `client` und dürfen diesen Scheduler erreichen und sonst nichts. Verwendet das Profil &apos;cluster&apos;, sofern --profile kein anderes Profil nennt, das Cluster erlaubt.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="71"/>
        <source>SQLite file that keeps the runs (default: %1).</source>
        <translation>SQLite-Datei, in der die Läufe gespeichert werden (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="124"/>
        <source>%1 %2: the name &apos;%3&apos; is given twice; give each dataset its own name</source>
        <translation>%1 %2: Der Name &apos;%3&apos; wird doppelt verwendet; geben Sie jedem Datensatz einen eigenen Namen</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="146"/>
        <source>--dates-as-text %1: no dataset is named &apos;%1&apos;; give the NAME of a --data NAME=FILE</source>
        <translation>--dates-as-text %1: kein Datensatz heißt &apos;%1&apos;; geben Sie den NAME eines --data NAME=FILE an</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="198"/>
        <source>--cluster: the profile &apos;%1&apos; does not allow a cluster; use --profile cluster, or a profile with &quot;cluster&quot;: {&quot;allowed&quot;: true}</source>
        <translation>--cluster: Das Profil &apos;%1&apos; erlaubt keinen Cluster; verwenden Sie --profile cluster oder ein Profil mit &quot;cluster&quot;: {&quot;allowed&quot;: true}</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="210"/>
        <source>--timeout %1: give a whole number of seconds from 1 to %2 (a week)</source>
        <translation>--timeout %1: geben Sie eine ganze Zahl von Sekunden zwischen 1 und %2 an (eine Woche)</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="38"/>
        <location filename="../app/cli/sessionoptions.cpp" line="72"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>--data %1: the name &apos;%2&apos; is given twice; give each dataset its own name</source>
        <translation type="vanished">--data %1: Der Name &apos;%2&apos; wird doppelt verwendet; geben Sie jedem Datensatz einen eigenen Namen</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="156"/>
        <source>--read %1: no such file or folder</source>
        <translation>--read %1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="162"/>
        <source>--read %1: that would let the code read every file of yours; name the folder that holds the data, or add --force-read</source>
        <translation>--read %1: Damit könnte der Code alle Ihre Dateien lesen; geben Sie den Ordner an, der die Daten enthält, oder ergänzen Sie --force-read</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="173"/>
        <source>--workdir %1: no such folder</source>
        <translation>--workdir %1: Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>--timeout %1: give a whole number of seconds, at least 1</source>
        <translation type="vanished">--timeout %1: Geben Sie eine ganze Zahl von Sekunden an, mindestens 1</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="221"/>
        <source>--memory %1: give the limit in MB, at least 256 (Python and pandas alone need about 200 MB)</source>
        <translation>--memory %1: Geben Sie das Limit in MB an, mindestens 256 (Python und pandas allein benötigen etwa 200 MB)</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="233"/>
        <source>--snapshots %1: give a whole number from 0 to 100</source>
        <translation>--snapshots %1: Geben Sie eine ganze Zahl von 0 bis 100 an</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="257"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;%1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="122"/>
        <source>Shows one run with all its provenance: the code and its hash, the datasets&apos; and outputs&apos; hashes, the environment and limits, times and memory, the run its state came from and the approval it ran under.</source>
        <translation>Zeigt einen Lauf mit seiner gesamten Herkunft: den Code und seinen Hash, die Hashes der Datensätze und Ausgaben, Umgebung und Limits, Zeiten und Speicher, den Lauf, von dem sein Zustand stammt, und die Genehmigung, unter der er lief.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="129"/>
        <source>The run to show.</source>
        <translation>Der anzuzeigende Lauf.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="136"/>
        <source>give exactly one RUN_ID; &apos;sandbench history&apos; lists them</source>
        <translation>geben Sie genau eine RUN_ID an; &apos;sandbench history&apos; listet sie auf</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="148"/>
        <source>there is no run %1 in %2</source>
        <translation>in %2 gibt es keinen Lauf %1</translation>
    </message>
</context>
<context>
    <name>WorkerMessage</name>
    <message>
        <location filename="../core/workermessages.cpp" line="33"/>
        <source>starting programs is not possible in Sandbench; do the work in Python instead</source>
        <translation>Programme zu starten ist in Sandbench nicht möglich; erledigen Sie die Arbeit stattdessen in Python</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="34"/>
        <source>it reaches the interpreter&apos;s internals and the import machinery</source>
        <translation>Es erreicht die Interna des Interpreters und den Importmechanismus</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="35"/>
        <source>it loads native code</source>
        <translation>Es lädt nativen Code</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="36"/>
        <source>network access is not possible in Sandbench</source>
        <translation>Netzwerkzugriff ist in Sandbench nicht möglich</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="37"/>
        <source>files are read through the dataset variables or pandas readers and written into the output folder only</source>
        <translation>Dateien werden über die Datensatz-Variablen oder die Lesefunktionen von pandas gelesen und nur in den Ausgabeordner geschrieben</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="38"/>
        <source>loading pickled data can run hidden code</source>
        <translation>Das Laden von Pickle-Daten kann versteckten Code ausführen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="39"/>
        <source>background work could outlive the run</source>
        <translation>Hintergrundarbeit könnte den Lauf überdauern</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="40"/>
        <source>it walks the interpreter&apos;s objects and running frames</source>
        <translation>Es durchläuft die Objekte und laufenden Frames des Interpreters</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="41"/>
        <source>environment variables can hold secrets</source>
        <translation>Umgebungsvariablen können Geheimnisse enthalten</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="42"/>
        <source>it is not needed in a cell (Python 3.11); remove the line</source>
        <translation>In einer Zelle wird es nicht gebraucht (Python 3.11); entfernen Sie die Zeile</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="43"/>
        <source>it is not on the profile&apos;s allowlist</source>
        <translation>Es steht nicht auf der Positivliste des Profils</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="46"/>
        <source>reading the database</source>
        <translation>Lesen der Datenbank</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="47"/>
        <source>creating the database</source>
        <translation>Anlegen der Datenbank</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="48"/>
        <source>moving to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="49"/>
        <source>copying to</source>
        <translation>Kopieren nach</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="50"/>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="51"/>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="52"/>
        <source>listing</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="53"/>
        <source>changing</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="54"/>
        <source>moving</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="55"/>
        <source>copying</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="56"/>
        <source>archiving</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="59"/>
        <source>in the window: File &gt; Allow Reading a Folder</source>
        <translation>im Fenster: Datei &gt; Lesen eines Ordners erlauben</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="60"/>
        <source>in the window: the Review Queue panel</source>
        <translation>im Fenster: der Bereich „Prüfwarteschlange“</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="61"/>
        <source>in the window: Edit &gt; Settings, then Run &gt; Restart Session</source>
        <translation>im Fenster: Bearbeiten &gt; Einstellungen, dann Ausführen &gt; Sitzung neu starten</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="62"/>
        <source>on the command line: --read FOLDER</source>
        <translation>auf der Kommandozeile: --read FOLDER</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="63"/>
        <source>on the command line: sandbench review list</source>
        <translation>auf der Kommandozeile: sandbench review list</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="64"/>
        <source>on the command line: --memory MB</source>
        <translation>auf der Kommandozeile: --memory MB</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="65"/>
        <source>in the window: the Cluster panel</source>
        <translation>im Fenster: der Bereich „Cluster“</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="66"/>
        <source>on the command line: sandbench cluster status --state DIR --live</source>
        <translation>auf der Kommandozeile: sandbench cluster status --state DIR --live</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="67"/>
        <source>the profile allows no imports</source>
        <translation>das Profil erlaubt keine Importe</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="68"/>
        <source>the allowed modules are %1 and others: see the profile&apos;s allowlist (Settings &gt; Policy)</source>
        <translation>die erlaubten Module sind %1 und weitere: siehe die Positivliste des Profils (Einstellungen &gt; Richtlinie)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="69"/>
        <source>the allowed modules are %1</source>
        <translation>die erlaubten Module sind %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="72"/>
        <source>Sorting %1 would load all %2 rows of the view (about %3 MB in memory), more than a quarter of the session&apos;s memory limit (%4 MB): filter it first, or sort in a cell with nlargest()/nsmallest() to keep the top rows</source>
        <translation>Das Sortieren von %1 würde alle %2 Zeilen der Ansicht laden (etwa %3 MB im Speicher), mehr als ein Viertel des Speicherlimits der Sitzung (%4 MB): Filtern Sie zuerst, oder sortieren Sie in einer Zelle mit nlargest()/nsmallest(), um nur die obersten Zeilen zu behalten</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="73"/>
        <source>dataset &apos;%1&apos; (%2): a JSON array cannot be read in blocks; save it as JSON lines (one object a line, .jsonl) or add it without &apos;larger than memory&apos;</source>
        <translation>Datensatz &apos;%1&apos; (%2): Ein JSON-Array kann nicht blockweise gelesen werden; speichern Sie es als JSON lines (ein Objekt pro Zeile, .jsonl) oder fügen Sie es ohne &apos;größer als der Speicher&apos; hinzu</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="74"/>
        <source>dataset &apos;%1&apos; (%2): %3 files cannot be read in blocks; add it without &apos;larger than memory&apos;, or save it as CSV, JSON lines or Parquet</source>
        <translation>Datensatz &apos;%1&apos; (%2): %3-Dateien können nicht blockweise gelesen werden; fügen Sie ihn ohne &apos;größer als der Speicher&apos; hinzu oder speichern Sie ihn als CSV, JSON lines oder Parquet</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="75"/>
        <source>dataset &apos;%1&apos; (%2): reading Parquet needs pyarrow, which is not installed, so a Parquet file cannot be read in blocks (or at all); install python3-pyarrow or convert the file to CSV</source>
        <translation>Datensatz &apos;%1&apos; (%2): Zum Lesen von Parquet wird pyarrow benötigt, das nicht installiert ist; daher kann eine Parquet-Datei nicht blockweise (und überhaupt nicht) gelesen werden; installieren Sie python3-pyarrow oder wandeln Sie die Datei in CSV um</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="76"/>
        <source>dataset &apos;%1&apos; (%2): larger-than-memory datasets need dask, which the profile &apos;%3&apos; does not allow or which is not installed; add the file without &apos;larger than memory&apos;, or use a profile that allows dask (default)</source>
        <translation>Datensatz &apos;%1&apos; (%2): Datensätze, die größer als der Speicher sind, benötigen dask, das das Profil &apos;%3&apos; nicht erlaubt oder das nicht installiert ist; fügen Sie die Datei ohne &apos;größer als der Speicher&apos; hinzu oder verwenden Sie ein Profil, das dask erlaubt (default)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="77"/>
        <source>dataset &apos;%1&apos; (%2): larger-than-memory datasets need dask, which is not installed; install python3-dask</source>
        <translation>Datensatz &apos;%1&apos; (%2): Datensätze, die größer als der Speicher sind, benötigen dask, das nicht installiert ist; installieren Sie python3-dask</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="78"/>
        <source>dataset &apos;%1&apos; (%2): column &apos;%3&apos; holds %4 values in bytes %5-%6 where the first rows held %7; add the file without &apos;larger than memory&apos;, or convert the column in a cell with map_partitions</source>
        <translation>Datensatz &apos;%1&apos; (%2): Die Spalte &apos;%3&apos; enthält in den Bytes %5-%6 Werte vom Typ %4, während die ersten Zeilen %7 enthielten; fügen Sie die Datei ohne &apos;größer als der Speicher&apos; hinzu oder wandeln Sie die Spalte in einer Zelle mit map_partitions um</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="81"/>
        <source>import of &apos;%1&apos; is not allowed: it is not needed in a cell (Python 3.11); remove the line</source>
        <translation>Der Import von „%1“ ist nicht erlaubt: In einer Zelle wird er nicht gebraucht (Python 3.11); entfernen Sie die Zeile</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="82"/>
        <source>import of &apos;%1&apos; is not allowed: %2; %3</source>
        <translation>Der Import von „%1“ ist nicht erlaubt: %2; %3</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="83"/>
        <source>import of &apos;%1&apos; needs review: the &apos;%2&apos; profile lets a reviewer approve it, and a reviewer must approve this cell before it runs (or use only allowed modules)</source>
        <translation>Der Import von „%1“ braucht eine Prüfung: Das Profil „%2“ lässt ihn von einem Prüfer genehmigen, und ein Prüfer muss diese Zelle genehmigen, bevor sie läuft (oder verwenden Sie nur erlaubte Module)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="84"/>
        <source>%1 is refused: %2</source>
        <translation>%1 wird verweigert: %2</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="85"/>
        <source>access to &apos;.%1&apos;</source>
        <translation>Der Zugriff auf „.%1“</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="86"/>
        <source>access to &apos;os.%1&apos;</source>
        <translation>Der Zugriff auf „os.%1“</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="87"/>
        <source>the name &apos;%1&apos;</source>
        <translation>Der Name „%1“</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="88"/>
        <source>the attribute name &apos;%1&apos;</source>
        <translation>Der Attributname „%1“</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="89"/>
        <source>it reaches running frames and their variables, the usual way out of a sandbox; use the object&apos;s public methods instead</source>
        <translation>Er erreicht laufende Frames und ihre Variablen, der übliche Weg aus einer Sandbox heraus; verwenden Sie stattdessen die öffentlichen Methoden des Objekts</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="90"/>
        <source>it reaches Python&apos;s internals (classes, function globals, builtins), the usual way out of a sandbox; use the object&apos;s public methods instead</source>
        <translation>Er erreicht die Interna von Python (Klassen, globale Variablen von Funktionen, Builtins), der übliche Weg aus einer Sandbox heraus; verwenden Sie stattdessen die öffentlichen Methoden des Objekts</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="91"/>
        <source>special double-underscore attributes other than common ones like __init__, __name__ and __doc__ are off limits in a cell; use the object&apos;s public methods instead</source>
        <translation>Spezielle Attribute mit doppeltem Unterstrich außer gängigen wie __init__, __name__ und __doc__ sind in einer Zelle tabu; verwenden Sie stattdessen die öffentlichen Methoden des Objekts</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="92"/>
        <source>%1, which is not reachable from a cell (%2); %3</source>
        <translation>%1, das von einer Zelle aus nicht erreichbar ist (%2); %3</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="93"/>
        <source>it is the module &apos;%1&apos;</source>
        <translation>Er ist das Modul „%1“</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="94"/>
        <source>it reaches &apos;%1&apos;</source>
        <translation>Er erreicht „%1“</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="95"/>
        <source>it reaches %1</source>
        <translation>Er erreicht %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="96"/>
        <source>use the allowed libraries&apos; public functions instead (a data column called &apos;%1&apos; is read as df[&apos;%2&apos;])</source>
        <translation>verwenden Sie stattdessen die öffentlichen Funktionen der erlaubten Bibliotheken (eine Datenspalte namens „%1“ liest man als df[&apos;%2&apos;])</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="97"/>
        <source>use the allowed libraries&apos; public functions instead (if it is your own variable, choose another name)</source>
        <translation>verwenden Sie stattdessen die öffentlichen Funktionen der erlaubten Bibliotheken (ist es Ihre eigene Variable, wählen Sie einen anderen Namen)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="98"/>
        <source>use the allowed libraries&apos; public functions instead</source>
        <translation>verwenden Sie stattdessen die öffentlichen Funktionen der erlaubten Bibliotheken</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="99"/>
        <source>open() is not available in a cell: use the dataset variables or pandas readers to read, and df.to_csv(&apos;name.csv&apos;) or fig.savefig(&apos;name.png&apos;) to write into the output folder</source>
        <translation>open() ist in einer Zelle nicht verfügbar: Lesen Sie über die Datensatz-Variablen oder die Lesefunktionen von pandas und schreiben Sie mit df.to_csv(&apos;name.csv&apos;) oder fig.savefig(&apos;name.png&apos;) in den Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="100"/>
        <source>%1() is not available in a cell: running code built from text is refused; write the code directly in the cell</source>
        <translation>%1() ist in einer Zelle nicht verfügbar: Aus Text erzeugten Code auszuführen wird verweigert; schreiben Sie den Code direkt in die Zelle</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="101"/>
        <source>compile() is not available in a cell: running code built from text is refused; write the code directly in the cell (re.compile is fine)</source>
        <translation>compile() ist in einer Zelle nicht verfügbar: Aus Text erzeugten Code auszuführen wird verweigert; schreiben Sie den Code direkt in die Zelle (re.compile ist in Ordnung)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="102"/>
        <source>__import__() is not available in a cell: use a plain import statement for an allowed module</source>
        <translation>__import__() ist in einer Zelle nicht verfügbar: Verwenden Sie eine einfache import-Anweisung für ein erlaubtes Modul</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="103"/>
        <source>globals() is not available in a cell: it exposes the cell&apos;s whole namespace; refer to your variables by name or keep them in a dict</source>
        <translation>globals() ist in einer Zelle nicht verfügbar: Es legt den ganzen Namensraum der Zelle offen; sprechen Sie Ihre Variablen mit Namen an oder halten Sie sie in einem dict</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="104"/>
        <source>locals() is not available in a cell: it exposes the interpreter&apos;s namespaces; refer to your variables by name or keep them in a dict</source>
        <translation>locals() ist in einer Zelle nicht verfügbar: Es legt die Namensräume des Interpreters offen; sprechen Sie Ihre Variablen mit Namen an oder halten Sie sie in einem dict</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="105"/>
        <source>vars() is not available in a cell: it exposes objects&apos; internals; refer to attributes by name or keep values in a dict</source>
        <translation>vars() ist in einer Zelle nicht verfügbar: Es legt die Interna von Objekten offen; sprechen Sie Attribute mit Namen an oder halten Sie Werte in einem dict</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="106"/>
        <source>input() is not available in a cell: nobody can answer while it runs; put the value in the cell</source>
        <translation>input() ist in einer Zelle nicht verfügbar: Niemand kann antworten, während sie läuft; schreiben Sie den Wert in die Zelle</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="107"/>
        <source>%1() is not available in a cell: to stop early, raise an exception with a clear message</source>
        <translation>%1() ist in einer Zelle nicht verfügbar: Um vorzeitig aufzuhören, lösen Sie eine Ausnahme mit einer klaren Meldung aus</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="108"/>
        <source>breakpoint() is not available in a cell: there is no debugger; use print() to look at values</source>
        <translation>breakpoint() ist in einer Zelle nicht verfügbar: Es gibt keinen Debugger; sehen Sie sich Werte mit print() an</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="109"/>
        <source>help() is not available in a cell: it starts an interactive pager; print(obj.__doc__) shows the same text</source>
        <translation>help() ist in einer Zelle nicht verfügbar: Es startet einen interaktiven Pager; print(obj.__doc__) zeigt denselben Text</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="110"/>
        <source>memoryview() is not available in a cell: raw memory access is refused; use numpy arrays</source>
        <translation>memoryview() ist in einer Zelle nicht verfügbar: Direkter Speicherzugriff wird verweigert; verwenden Sie numpy-Arrays</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="111"/>
        <source>%1 is not available in a cell: the profile blocks this builtin; if it is your own variable, choose another name</source>
        <translation>%1 ist in einer Zelle nicht verfügbar: Das Profil sperrt dieses Builtin; ist es Ihre eigene Variable, wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="112"/>
        <source>&apos;%1&apos; cannot be used as a variable name in a cell: it is the name of a blocked builtin; choose another name</source>
        <translation>„%1“ kann in einer Zelle nicht als Variablenname verwendet werden: Es ist der Name eines gesperrten Builtins; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="113"/>
        <source>relative import &apos;from %1 import %2&apos; does not work in a cell: a cell is not part of a package; import the module by its full name</source>
        <translation>der relative Import „from %1 import %2“ funktioniert in einer Zelle nicht: Eine Zelle gehört zu keinem Paket; importieren Sie das Modul mit seinem vollen Namen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="114"/>
        <source>the cell is nested too deeply to be checked; split long expressions into several statements</source>
        <translation>die Zelle ist zu tief verschachtelt, um geprüft zu werden; teilen Sie lange Ausdrücke in mehrere Anweisungen auf</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="117"/>
        <source>import of &apos;%1&apos; needs review: the &apos;%2&apos; profile lets a reviewer approve it (%3), or use only allowed modules</source>
        <translation>Der Import von „%1“ braucht eine Prüfung: Das Profil „%2“ lässt ihn von einem Prüfer genehmigen (%3), oder verwenden Sie nur erlaubte Module</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="118"/>
        <source>&apos;%1&apos; writes a file into the output folder: the &apos;%2&apos; profile has a reviewer approve cells that write files</source>
        <translation>„%1“ schreibt eine Datei in den Ausgabeordner: Das Profil „%2“ lässt Zellen, die Dateien schreiben, von einem Prüfer genehmigen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="119"/>
        <source>&apos;%1&apos; unpickles data, which can run code stored in the file: a reviewer must approve it, or save and load the data as CSV or Parquet instead</source>
        <translation>„%1“ entpickelt Daten, was in der Datei gespeicherten Code ausführen kann: Ein Prüfer muss es genehmigen, oder speichern und laden Sie die Daten stattdessen als CSV oder Parquet</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="122"/>
        <source>%1 [rule %2]</source>
        <translation>%1 [Regel %2]</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="123"/>
        <source>import %1: &apos;%2&apos; needs review in the profile &apos;%3&apos; and is not enabled for this run (allowed: %4)</source>
        <translation>import %1: „%2“ braucht im Profil „%3“ eine Prüfung und ist für diesen Lauf nicht freigegeben (erlaubt: %4)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="124"/>
        <source>import %1: &apos;%2&apos; is not in the imports the profile &apos;%3&apos; allows (allowed: %4)</source>
        <translation>import %1: „%2“ gehört nicht zu den Importen, die das Profil „%3“ erlaubt (erlaubt: %4)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="125"/>
        <source>relative imports are not available in cells; import the package by its full name</source>
        <translation>relative Importe sind in Zellen nicht verfügbar; importieren Sie das Paket mit seinem vollen Namen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="126"/>
        <source>the attribute &apos;%1&apos; leads to interpreter internals and is not available in cells; use the object&apos;s public API</source>
        <translation>das Attribut „%1“ führt zu Interna des Interpreters und ist in Zellen nicht verfügbar; verwenden Sie die öffentliche API des Objekts</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="129"/>
        <source>%1 %2 refused: this profile allows no file writes at all</source>
        <translation>%1 %2 verweigert: Dieses Profil erlaubt überhaupt keine Dateischreibzugriffe</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="130"/>
        <source>%1 %2 refused: %3 is outside the output folder %4; save into the output folder with a relative name instead, for example df.to_csv(&apos;report.csv&apos;)</source>
        <translation>%1 %2 verweigert: %3 liegt außerhalb des Ausgabeordners %4; speichern Sie stattdessen mit einem relativen Namen in den Ausgabeordner, zum Beispiel df.to_csv(&apos;report.csv&apos;)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="131"/>
        <source>%1 %2 refused: %3 is not a registered dataset, a folder allowed for reading, or the output folder; register the file as a dataset or allow its folder (%4)</source>
        <translation>%1 %2 verweigert: %3 ist weder ein registrierter Datensatz noch ein zum Lesen erlaubter Ordner noch der Ausgabeordner; registrieren Sie die Datei als Datensatz oder erlauben Sie ihren Ordner (%4)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="132"/>
        <source>%1 %2 refused: %3 is not a registered dataset, a folder allowed for reading, or the output folder; register the file as a dataset or allow its folder</source>
        <translation>%1 %2 verweigert: %3 ist weder ein registrierter Datensatz noch ein zum Lesen erlaubter Ordner noch der Ausgabeordner; registrieren Sie die Datei als Datensatz oder erlauben Sie ihren Ordner</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="133"/>
        <source>opening the database %1 refused: its name is not a valid path</source>
        <translation>Öffnen der Datenbank %1 verweigert: Ihr Name ist kein gültiger Pfad</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="134"/>
        <source>creating %1 refused: the run may create at most %2 files in the output folder</source>
        <translation>Anlegen von %1 verweigert: Der Lauf darf höchstens %2 Dateien im Ausgabeordner anlegen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="135"/>
        <source>creating links is not allowed: a link could point outside the output folder; copy the data instead</source>
        <translation>Links anzulegen ist nicht erlaubt: Ein Link könnte aus dem Ausgabeordner hinauszeigen; kopieren Sie die Daten stattdessen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="136"/>
        <source>loading SQLite extensions is not allowed: an extension is native code; use SQL and pandas instead</source>
        <translation>SQLite-Erweiterungen zu laden ist nicht erlaubt: Eine Erweiterung ist nativer Code; verwenden Sie stattdessen SQL und pandas</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="137"/>
        <source>starting programs or processes is not possible in Sandbench (&apos;%1&apos;); do the work in Python with pandas, numpy or scipy instead</source>
        <translation>Programme oder Prozesse zu starten ist in Sandbench nicht möglich („%1“); erledigen Sie die Arbeit stattdessen in Python mit pandas, numpy oder scipy</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="138"/>
        <source>network access is not possible in Sandbench (&apos;%1&apos;); register local files as datasets instead</source>
        <translation>Netzwerkzugriff ist in Sandbench nicht möglich („%1“); registrieren Sie stattdessen lokale Dateien als Datensätze</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="139"/>
        <source>KilledWorker: the cluster %1 gave up on the task %2: the workers that ran it ended %3 times; check its workers (%4), give each worker more memory or use smaller partitions, then run the cell again</source>
        <translation>KilledWorker: Der Cluster %1 hat den Task %2 aufgegeben: Die Worker, die ihn ausgeführt haben, wurden %3-mal beendet; prüfen Sie seine Worker (%4), geben Sie jedem Worker mehr Speicher oder verwenden Sie kleinere Partitionen und führen Sie die Zelle dann erneut aus</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="140"/>
        <source>network access is limited to the cluster in this profile (&apos;%1&apos; %2); register local files as datasets instead</source>
        <translation>Der Netzwerkzugriff ist in diesem Profil auf den Cluster beschränkt (&apos;%1&apos; %2); registrieren Sie lokale Dateien stattdessen als Datensätze</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="141"/>
        <source>calling native code through ctypes is not allowed (&apos;%1&apos;)</source>
        <translation>nativen Code über ctypes aufzurufen ist nicht erlaubt („%1“)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="142"/>
        <source>unpickling refused: the data names a class outside pandas and numpy, which could run code; load data from CSV, Parquet or Excel</source>
        <translation>Entpickeln verweigert: Die Daten nennen eine Klasse außerhalb von pandas und numpy, die Code ausführen könnte; laden Sie Daten aus CSV, Parquet oder Excel</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="143"/>
        <source>&apos;%1&apos; is not available in a cell: it could reach the sandbox&apos;s own machinery</source>
        <translation>„%1“ ist in einer Zelle nicht verfügbar: Es könnte die Mechanik der Sandbox selbst erreichen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="144"/>
        <source>&apos;%1&apos; is not available in a cell: frames and code objects reach the sandbox</source>
        <translation>„%1“ ist in einer Zelle nicht verfügbar: Frames und Codeobjekte erreichen die Sandbox</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="145"/>
        <source>sending signals to processes is not allowed</source>
        <translation>Signale an Prozesse zu senden ist nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="146"/>
        <source>the attribute &apos;%1&apos; is not available in a cell: it reaches frames, globals or code</source>
        <translation>das Attribut „%1“ ist in einer Zelle nicht verfügbar: Es erreicht Frames, globale Variablen oder Code</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="147"/>
        <source>%1 more refusals were seen than the log keeps</source>
        <translation>%1 Verweigerungen mehr gesehen, als das Protokoll aufbewahrt</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="150"/>
        <source>writing the database was refused: it is in a folder the run may only read (or was opened read-only). To change it, copy it into the output folder first, e.g. shutil.copy(&apos;data/db.sqlite&apos;, &apos;db.sqlite&apos;), and connect to the copy</source>
        <translation>das Schreiben der Datenbank wurde verweigert: Sie liegt in einem Ordner, den der Lauf nur lesen darf (oder wurde schreibgeschützt geöffnet). Um sie zu ändern, kopieren Sie sie zuerst in den Ausgabeordner, z. B. shutil.copy(&apos;data/db.sqlite&apos;, &apos;db.sqlite&apos;), und verbinden Sie sich mit der Kopie</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="151"/>
        <source>the kernel refused access to %1: it is outside the run&apos;s zones. To read it, allow its folder (%2); to write, use a relative name, which lands in the output folder</source>
        <translation>der Kernel hat den Zugriff auf %1 verweigert: Es liegt außerhalb der Zonen des Laufs. Um es zu lesen, erlauben Sie seinen Ordner (%2); zum Schreiben verwenden Sie einen relativen Namen, der im Ausgabeordner landet</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="152"/>
        <source>the kernel refused the operation: %1</source>
        <translation>der Kernel hat die Operation verweigert: %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="153"/>
        <source>the kernel refused the system call &apos;%1&apos;</source>
        <translation>der Kernel hat den Systemaufruf „%1“ verweigert</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="154"/>
        <source>the kernel refused a system call</source>
        <translation>der Kernel hat einen Systemaufruf verweigert</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="157"/>
        <source>wall-clock limit of %1 s reached</source>
        <translation>Zeitlimit von %1 s erreicht</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="158"/>
        <source>The cell ran longer than its time limit of %1 s and was stopped. The session&apos;s variables are as they were before it.</source>
        <translation>Die Zelle lief länger als ihr Zeitlimit von %1 s und wurde angehalten. Die Variablen der Sitzung sind wie vor ihr.</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="159"/>
        <source>The request took longer than its time limit of %1 s and was stopped.</source>
        <translation>Die Anfrage dauerte länger als ihr Zeitlimit von %1 s und wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="163"/>
        <source>The cell was not run: the sandbox&apos;s check refused it.</source>
        <translation>Die Zelle wurde nicht ausgeführt: Die Prüfung der Sandbox hat sie abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="164"/>
        <source>The cell was not run: it waits for a reviewer&apos;s approval.</source>
        <translation>Die Zelle wurde nicht ausgeführt: Sie wartet auf die Freigabe durch einen Prüfer.</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="165"/>
        <source>The cell was not run:</source>
        <translation>Die Zelle wurde nicht ausgeführt:</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="166"/>
        <source>  line %1, column %2: %3 [%4]</source>
        <translation>  Zeile %1, Spalte %2: %3 [%4]</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="167"/>
        <source>Note: line %1: %2</source>
        <translation>Hinweis: Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="168"/>
        <source>A figure could not be rendered: %1</source>
        <translation>Eine Abbildung konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="169"/>
        <source>[%1 more figures dropped: a cell keeps at most %2]</source>
        <translation>[%1 weitere Abbildungen verworfen: Eine Zelle behält höchstens %2]</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="170"/>
        <source>[%1 more displayed outputs dropped: a cell keeps at most %2]</source>
        <translation>[%1 weitere angezeigte Ausgaben verworfen: Eine Zelle behält höchstens %2]</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="171"/>
        <source>[display: %1]</source>
        <translation>[Anzeige: %1]</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="172"/>
        <source>an output of %1 bytes was not kept: the cell&apos;s rich outputs may take %2 bytes in all</source>
        <translation>Eine Ausgabe von %1 Bytes wurde nicht behalten: Die Ausgaben einer Zelle dürfen insgesamt %2 Bytes belegen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="173"/>
        <source>KeyboardInterrupt: the cell was interrupted</source>
        <translation>KeyboardInterrupt: Die Zelle wurde unterbrochen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="174"/>
        <source>MemoryError: the cell needed more memory than the profile&apos;s limit allows; work on a sample or raise the limit (%1)</source>
        <translation>MemoryError: Die Zelle brauchte mehr Speicher, als das Limit des Profils erlaubt; arbeiten Sie mit einer Stichprobe oder erhöhen Sie das Limit (%1)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="175"/>
        <source>A file grew past the profile&apos;s file size limit.</source>
        <translation>Eine Datei wurde größer als die Dateigrößenbegrenzung des Profils.</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="176"/>
        <source>[... output cut: %1 more characters not kept ...]</source>
        <translation>[… Ausgabe gekürzt: %1 weitere Zeichen nicht behalten …]</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="177"/>
        <source>%1() nested more than %2 deep is refused; write the code directly in the cell</source>
        <translation>%1() mehr als %2 Ebenen tief verschachtelt wird verweigert; schreiben Sie den Code direkt in die Zelle</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="178"/>
        <source>in the text given to %1(): %2</source>
        <translation>im an %1() übergebenen Text: %2</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="181"/>
        <source>The cell changed a library that later cells rely on (%1). It was refused; the session&apos;s variables are as they were before it.</source>
        <translation>Die Zelle hat eine Bibliothek verändert, auf die spätere Zellen angewiesen sind (%1). Das wurde verweigert; die Variablen der Sitzung sind wie vor der Zelle.</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="182"/>
        <source>%1 cannot be deleted from a cell</source>
        <translation>%1 kann nicht aus einer Zelle gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="183"/>
        <source>%1 cannot be replaced from a cell</source>
        <translation>%1 kann nicht aus einer Zelle ersetzt werden</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="186"/>
        <source>cells cannot start programs or reach the network, so nothing can be installed from a cell. Sandbench runs this machine&apos;s Python (/usr/bin/python3) with the packages installed on the machine: have the package installed there (on Debian or Ubuntu: sudo apt install python3-NAME), then start Sandbench again. pandas, numpy, scipy, statsmodels, matplotlib and seaborn are there already</source>
        <translation>Zellen können keine Programme starten und nicht ins Netz, daher lässt sich aus einer Zelle nichts installieren. Sandbench verwendet das Python dieses Rechners (/usr/bin/python3) mit den dort installierten Paketen: Lassen Sie das Paket dort installieren (unter Debian oder Ubuntu: sudo apt install python3-NAME) und starten Sie Sandbench neu. pandas, numpy, scipy, statsmodels, matplotlib und seaborn sind schon vorhanden</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="187"/>
        <source>cells cannot start programs; do the work in Python instead (os, pathlib, shutil and glob for files, pandas for data)</source>
        <translation>Zellen können keine Programme starten; erledigen Sie die Arbeit stattdessen in Python (os, pathlib, shutil und glob für Dateien, pandas für Daten)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="188"/>
        <source>%1: the cell&apos;s text is shown as text</source>
        <translation>%1: Der Text der Zelle wird als Text angezeigt</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="189"/>
        <source>%1 needs exactly one file name, for example %%writefile notes.txt</source>
        <translation>%1 braucht genau einen Dateinamen, zum Beispiel %%writefile notes.txt</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="190"/>
        <source>the cell magic %1 is not available in Sandbench: a cell is plain Python; remove the first line to run the rest as Python</source>
        <translation>Das Zellen-Magic %1 gibt es in Sandbench nicht: Eine Zelle ist reines Python; entfernen Sie die erste Zeile, um den Rest als Python auszuführen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="191"/>
        <source>%%%1 must be the cell&apos;s first line, as in Jupyter</source>
        <translation>%%%1 muss wie in Jupyter die erste Zeile der Zelle sein</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="192"/>
        <source>%1 is not available in Sandbench: %2</source>
        <translation>%1 gibt es in Sandbench nicht: %2</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="193"/>
        <source>%1 was skipped: print(%2.__doc__) shows the help</source>
        <translation>%1 wurde übersprungen: print(%2.__doc__) zeigt die Hilfe</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="194"/>
        <source>%1 was skipped: %2</source>
        <translation>%1 wurde übersprungen: %2</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="195"/>
        <source>it runs another file as a program; paste its code into a cell instead</source>
        <translation>Es führt eine andere Datei als Programm aus; fügen Sie stattdessen deren Code in eine Zelle ein</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="196"/>
        <source>it loads code from a file or URL; paste the code into a cell instead</source>
        <translation>Es lädt Code aus einer Datei oder URL; fügen Sie den Code stattdessen in eine Zelle ein</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="197"/>
        <source>there is no editor in a cell; edit the cell itself</source>
        <translation>In einer Zelle gibt es keinen Editor; bearbeiten Sie die Zelle selbst</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="198"/>
        <source>there is no IPython in Sandbench</source>
        <translation>In Sandbench gibt es kein IPython</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="199"/>
        <source>a line magic cannot write a file; use %%writefile NAME as a cell magic</source>
        <translation>Ein Zeilen-Magic kann keine Datei schreiben; verwenden Sie %%writefile NAME als Zellen-Magic</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="200"/>
        <source>the duration is not printed; the run record keeps each cell&apos;s duration</source>
        <translation>Die Dauer wird nicht ausgegeben; der Ausführungsverlauf hält die Dauer jeder Zelle fest</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="201"/>
        <source>the statement ran once and is not timed; the run record keeps each cell&apos;s duration</source>
        <translation>Die Anweisung lief einmal und wird nicht gemessen; der Ausführungsverlauf hält die Dauer jeder Zelle fest</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="202"/>
        <source>the statement ran without profiling</source>
        <translation>Die Anweisung lief ohne Profiling</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="203"/>
        <source>the statement ran without measuring memory</source>
        <translation>Die Anweisung lief ohne Speichermessung</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="204"/>
        <source>its output is shown, not captured</source>
        <translation>Ihre Ausgabe wird angezeigt, nicht abgefangen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="207"/>
        <source>%1 runs code that cannot be read in the cell: a reviewer must approve the cell before it runs (in the window: the Review Queue panel; on the command line: sandbench review approve), or write the code directly in the cell</source>
        <translation>%1 führt Code aus, der in der Zelle nicht zu lesen ist: Ein Prüfer muss die Zelle freigeben, bevor sie läuft (im Fenster: der Bereich „Prüfwarteschlange“; auf der Kommandozeile: sandbench review approve), oder schreiben Sie den Code direkt in die Zelle</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="208"/>
        <source>%1() with engine=&apos;python&apos; evaluates its text as Python code: a reviewer must approve it, or use the default engine or boolean indexing (df[df.col &gt; 0])</source>
        <translation>%1() mit engine=&apos;python&apos; wertet seinen Text als Python-Code aus: Ein Prüfer muss das freigeben, oder verwenden Sie die Standard-Engine oder boolesche Indizierung (df[df.col &gt; 0])</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="211"/>
        <source>%1 would hand over the namespace of the %2 &apos;%3&apos;; use dir() and the %4&apos;s public names instead (vars() and __dict__ of an instance are fine)</source>
        <translation>%1 würde den Namensraum von %2 „%3“ herausgeben; verwenden Sie stattdessen dir() und die öffentlichen Namen (%4) (vars() und __dict__ einer Instanz sind erlaubt)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="212"/>
        <source>%1 reaches the module &apos;%2&apos;, which the profile &apos;%3&apos; does not allow; use the allowed libraries&apos; own functions instead</source>
        <translation>%1 erreicht das Modul „%2“, das das Profil „%3“ nicht erlaubt; verwenden Sie stattdessen die Funktionen der erlaubten Bibliotheken</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="213"/>
        <source>%1 reaches the interpreter&apos;s own state (the loaded modules, the import path, the builtins or the environment), which cells may not use</source>
        <translation>%1 erreicht den Zustand des Interpreters selbst (die geladenen Module, den Importpfad, die Builtins oder die Umgebung), den Zellen nicht verwenden dürfen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="214"/>
        <source>%1 reaches %2, which cells may not use: %3</source>
        <translation>%1 erreicht %2, das Zellen nicht verwenden dürfen: %3</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="215"/>
        <source>files, processes and interpreter internals stay outside the sandbox</source>
        <translation>Dateien, Prozesse und Interna des Interpreters bleiben außerhalb der Sandbox</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="216"/>
        <source>it starts or signals a process, which is not possible in Sandbench; do the work in Python (pandas, numpy, scipy) instead</source>
        <translation>Es startet einen Prozess oder sendet ihm Signale, was in Sandbench nicht möglich ist; erledigen Sie die Arbeit stattdessen in Python (pandas, numpy, scipy)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="217"/>
        <source>it hooks the interpreter the sandbox runs in</source>
        <translation>Es greift in den Interpreter ein, in dem die Sandbox läuft</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="218"/>
        <source>the format string %1 reads &apos;%2&apos; through the field &apos;{%3}&apos;; format plain values instead (for example f&apos;{value:,.2f}&apos;)</source>
        <translation>Der Formatstring %1 liest „%2“ über das Feld „{%3}“; formatieren Sie stattdessen einfache Werte (zum Beispiel f&apos;{value:,.2f}&apos;)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="219"/>
        <source>%1(..., &apos;%2&apos;): the attribute &apos;%3&apos; leads to interpreter internals and is not available in cells</source>
        <translation>%1(..., &apos;%2&apos;): Das Attribut „%3“ führt zu Interna des Interpreters und ist in Zellen nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="220"/>
        <source>%1(..., &apos;%2&apos;): cells may not assign or delete &apos;%3&apos;</source>
        <translation>%1(..., &apos;%2&apos;): Zellen dürfen „%3“ weder zuweisen noch löschen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="221"/>
        <source>cells may not assign or delete the attribute &apos;%1&apos;</source>
        <translation>Zellen dürfen das Attribut „%1“ weder zuweisen noch löschen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="222"/>
        <source>functools.update_wrapper cannot copy a module&apos;s namespace</source>
        <translation>functools.update_wrapper kann den Namensraum eines Moduls nicht kopieren</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="223"/>
        <source>from %1 import %2: &apos;%3&apos; leads to interpreter internals</source>
        <translation>from %1 import %2: „%3“ führt zu Interna des Interpreters</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="224"/>
        <source>the name &apos;%1&apos; is reserved for the sandbox&apos;s guards; choose another name</source>
        <translation>Der Name „%1“ ist für die Schutzmechanismen der Sandbox reserviert; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="225"/>
        <source>the name &apos;%1&apos; reaches the interpreter&apos;s internals and is not available in cells</source>
        <translation>Der Name „%1“ erreicht Interna des Interpreters und ist in Zellen nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="226"/>
        <source>class %1 defines %2, which cells may not define (finalizers outlive the cell; array interfaces read raw memory); use a with-block or an explicit close() instead</source>
        <translation>Die Klasse %1 definiert %2, was Zellen nicht definieren dürfen (Finalizer überdauern die Zelle; Array-Schnittstellen lesen rohen Speicher); verwenden Sie stattdessen einen with-Block oder ein ausdrückliches close()</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="227"/>
        <source>the class pattern reads the attribute &apos;%1&apos;, which cells may not reach this way; match on public attributes</source>
        <translation>Das Klassenmuster liest das Attribut „%1“, das Zellen so nicht erreichen dürfen; vergleichen Sie öffentliche Attribute</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="228"/>
        <source>the pandas expression %1 %2; pandas evaluates these strings as code. Use boolean indexing instead, for example df[(df.revenue &gt; threshold) &amp; (df.region == &apos;North&apos;)], or compute columns directly: df[&apos;total&apos;] = df.units * df.price</source>
        <translation>Der pandas-Ausdruck %1 %2; pandas wertet diese Strings als Code aus. Verwenden Sie stattdessen boolesche Indizierung, zum Beispiel df[(df.revenue &gt; threshold) &amp; (df.region == &apos;North&apos;)], oder berechnen Sie Spalten direkt: df[&apos;total&apos;] = df.units * df.price</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="229"/>
        <source>%1(%2): cells draw with a non-interactive backend (Agg); figures are collected automatically, so no backend switch is needed</source>
        <translation>%1(%2): Zellen zeichnen mit einem nicht interaktiven Backend (Agg); Abbildungen werden automatisch eingesammelt, ein Wechsel des Backends ist nicht nötig</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="230"/>
        <source>the pandas plotting backend %1 would be imported by name; use the default &apos;matplotlib&apos; backend</source>
        <translation>Das pandas-Plot-Backend %1 würde über seinen Namen importiert; verwenden Sie das Standard-Backend &apos;matplotlib&apos;</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="231"/>
        <source>import_optional_dependency(%1) would import a module the profile does not allow</source>
        <translation>import_optional_dependency(%1) würde ein Modul importieren, das das Profil nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="232"/>
        <source>numpy.lib.stride_tricks.as_strided would view memory outside the array; use numpy.lib.stride_tricks.sliding_window_view, which checks its bounds</source>
        <translation>numpy.lib.stride_tricks.as_strided würde Speicher außerhalb des Arrays sichtbar machen; verwenden Sie numpy.lib.stride_tricks.sliding_window_view, das seine Grenzen prüft</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="233"/>
        <source>numpy would download from a URL; cells have no network access. Register the file as a dataset and read it by name</source>
        <translation>numpy würde von einer URL herunterladen; Zellen haben keinen Netzwerkzugriff. Registrieren Sie die Datei als Datensatz und lesen Sie sie über ihren Namen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="234"/>
        <source>seaborn.load_dataset(%1) would download from the internet; cells have no network access. Put the CSV in a folder the run may read and pass data_home=&apos;that folder&apos;, or register it as a dataset</source>
        <translation>seaborn.load_dataset(%1) würde aus dem Internet herunterladen; Zellen haben keinen Netzwerkzugriff. Legen Sie die CSV-Datei in einen Ordner, den die Ausführung lesen darf, und übergeben Sie data_home=&apos;dieser Ordner&apos;, oder registrieren Sie sie als Datensatz</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="235"/>
        <source>level=%1 would make pandas read the variables of code outside the cell; leave level at its default</source>
        <translation>level=%1 würde pandas die Variablen von Code außerhalb der Zelle lesen lassen; lassen Sie level auf dem Standardwert</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="239"/>
        <source>started as root: running as nobody (65534)</source>
        <translation>als root gestartet: läuft als nobody (65534)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="240"/>
        <source>namespaces unavailable (%1): a timeout kills the worker&apos;s process group instead</source>
        <translation>Namespaces nicht verfügbar (%1): Eine Zeitüberschreitung beendet stattdessen die Prozessgruppe des Workers</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="241"/>
        <source>fork into the PID namespace failed: %1</source>
        <translation>fork in den PID-Namespace fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="242"/>
        <source>user, PID, network and IPC namespaces: the worker is pid 1; no network interface is up</source>
        <translation>Benutzer-, PID-, Netzwerk- und IPC-Namespaces: Der Worker ist PID 1; keine Netzwerkschnittstelle ist aktiv</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="243"/>
        <source>namespaces switched off by the profile</source>
        <translation>Namespaces durch das Profil abgeschaltet</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="244"/>
        <source>mount namespace with the PID namespace&apos;s own /proc</source>
        <translation>Mount-Namespace mit dem eigenen /proc des PID-Namespace</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="245"/>
        <source>namespaces switched off</source>
        <translation>Namespaces abgeschaltet</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="246"/>
        <source>unavailable without namespaces</source>
        <translation>ohne Namespaces nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="247"/>
        <source>on (ABI %1)</source>
        <translation>an (ABI %1)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="248"/>
        <source>unavailable: this kernel has no Landlock (Linux 5.13+ with CONFIG_SECURITY_LANDLOCK and landlock in the lsm= boot list); the audit hook and seccomp still apply</source>
        <translation>nicht verfügbar: Dieser Kernel hat kein Landlock (Linux 5.13+ mit CONFIG_SECURITY_LANDLOCK und landlock in der lsm=-Bootliste); Audit-Hook und seccomp gelten weiterhin</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="249"/>
        <source>landlock_create_ruleset failed: %1</source>
        <translation>landlock_create_ruleset fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="250"/>
        <source>seccomp_init failed</source>
        <translation>seccomp_init fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="251"/>
        <source>SIGSYS handler: %1</source>
        <translation>SIGSYS-Handler: %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="252"/>
        <source>seccomp_rule_add failed: %1</source>
        <translation>seccomp_rule_add fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="253"/>
        <source>PR_SET_NO_NEW_PRIVS: %1</source>
        <translation>PR_SET_NO_NEW_PRIVS: %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="254"/>
        <source>seccomp_load failed: %1</source>
        <translation>seccomp_load fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="255"/>
        <source>this worker keeps no template to start a fresh session from; start a new worker instead</source>
        <translation>Dieser Worker hält keine Vorlage für eine frische Sitzung bereit; starten Sie stattdessen einen neuen Worker</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="256"/>
        <source>there is no earlier state to return to: undo goes back over cells that ended ok, and none is kept</source>
        <translation>Es gibt keinen früheren Zustand, zu dem zurückgekehrt werden kann: Rückgängig geht über Zellen zurück, die mit ok endeten, und keine ist gespeichert</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="257"/>
        <source>the earlier states are gone: they were dropped to keep the snapshots within the profile&apos;s memory budget</source>
        <translation>Die früheren Zustände sind weg: Sie wurden verworfen, um die Schnappschüsse im Speicherbudget des Profils zu halten</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="258"/>
        <source>for sandbench serve: restart serve with --read FOLDER; no serve request adds a read folder</source>
        <translation>für sandbench serve: serve mit --read ORDNER neu starten; keine serve-Anfrage fügt einen Leseordner hinzu</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="259"/>
        <source>for sandbench serve: sandbench review list on serve&apos;s database</source>
        <translation>für sandbench serve: sandbench review list auf der Datenbank von serve</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="260"/>
        <source>for sandbench serve: restart serve with --memory MB</source>
        <translation>für sandbench serve: serve mit --memory MB neu starten</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="261"/>
        <source>for sandbench serve: sandbench cluster status --state DIR --live</source>
        <translation>für sandbench serve: sandbench cluster status --state DIR --live</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="265"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cluster</name>
    <message>
        <location filename="../core/clusterstate.cpp" line="123"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/clusterstate.cpp" line="134"/>
        <source>%1 is not a cluster&apos;s folder (it has no %2); start one with &apos;sandbench cluster start --state %1&apos;</source>
        <translation>%1 ist kein Cluster-Ordner (er enthält kein %2); starten Sie einen mit &apos;sandbench cluster start --state %1&apos;</translation>
    </message>
    <message>
        <location filename="../core/clusterstate.cpp" line="143"/>
        <source>%1 is damaged: it names no scheduler; stop the cluster and start it again</source>
        <translation>%1 ist beschädigt: Es nennt keinen Scheduler; beenden Sie den Cluster und starten Sie ihn erneut</translation>
    </message>
    <message>
        <location filename="../core/clusterstate.cpp" line="153"/>
        <source>the cluster&apos;s certificates are missing from %1</source>
        <translation>die Zertifikate des Clusters fehlen in %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sandbench: run untrusted Python analyses on your own data in a sandbox, with every run recorded.

Commands:
  (none)   open the workbench window
  run      run a script&apos;s cells headless (sandbench run --help)</source>
        <translation type="vanished">Sandbench: nicht vertrauenswürdige Python-Analysen auf eigenen Daten in einer Sandbox ausführen, wobei jeder Lauf aufgezeichnet wird.

Befehle:
  (ohne)   das Arbeitsfenster öffnen
  run      die Zellen eines Skripts ohne Oberfläche ausführen (sandbench run --help)</translation>
    </message>
    <message>
        <source>Sandbench: run untrusted Python analyses on your own data in a sandbox, with every run recorded.

Commands:
  (none)   open the workbench window
  run      run a script&apos;s cells headless (sandbench run --help)
  review   the runs waiting for a reviewer (sandbench review --help)
  history  find recorded runs (sandbench history --help)
  show     one run with its provenance (sandbench show --help)</source>
        <translation type="vanished">Sandbench: nicht vertrauenswürdige Python-Analysen auf eigenen Daten in einer Sandbox ausführen, wobei jeder Lauf aufgezeichnet wird.

Befehle:
  (ohne)   das Arbeitsfenster öffnen
  run      die Zellen eines Skripts ohne Oberfläche ausführen (sandbench run --help)
  review   die Läufe, die auf einen Prüfer warten (sandbench review --help)
  history  aufgezeichnete Läufe finden (sandbench history --help)
  show     ein Lauf mit seiner Herkunft (sandbench show --help)</translation>
    </message>
    <message>
        <source>Sandbench: run untrusted Python analyses on your own data in a sandbox, with every run recorded.

Commands:
  (none)   open the workbench window
  run      run a script&apos;s cells headless (sandbench run --help)
  review   the runs waiting for a reviewer (sandbench review --help)
  history  find recorded runs (sandbench history --help)
  show     one run with its provenance (sandbench show --help)
  export   a session as a re-runnable .py or a .ipynb (sandbench export --help)
  import   a .ipynb as a percent-format script (sandbench import --help)
  replay   re-run a session and compare it with its record</source>
        <translation type="vanished">Sandbench: nicht vertrauenswürdige Python-Analysen auf eigenen Daten in einer Sandbox ausführen, wobei jeder Lauf aufgezeichnet wird.

Befehle:
  (ohne)   das Arbeitsfenster öffnen
  run      die Zellen eines Skripts ohne Oberfläche ausführen (sandbench run --help)
  review   die Läufe, die auf einen Prüfer warten (sandbench review --help)
  history  aufgezeichnete Läufe finden (sandbench history --help)
  show     ein Lauf mit seiner Herkunft (sandbench show --help)
  export   eine Sitzung als erneut ausführbare .py oder als .ipynb (sandbench export --help)
  import   eine .ipynb als Skript im Percent-Format (sandbench import --help)
  replay   eine Sitzung erneut ausführen und mit ihrer Aufzeichnung vergleichen</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="40"/>
        <source>A script to open.</source>
        <translation>Ein zu öffnendes Skript.</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="56"/>
        <source>expected at most one SCRIPT.py</source>
        <translation>höchstens ein SCRIPT.py erwartet</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="63"/>
        <source>cannot read the script %1: no such file</source>
        <translation>das Skript %1 kann nicht gelesen werden: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="81"/>
        <source>sandbench: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it from a desktop session, under xvfb-run, or use &apos;sandbench run&apos; for headless runs.</source>
        <translation>sandbench: keine Anzeige, auf der das Fenster geöffnet werden kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie es aus einer Desktop-Sitzung, unter xvfb-run, oder verwenden Sie &apos;sandbench run&apos; für Läufe ohne Anzeige.</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="95"/>
        <source>The review queue of a database in a window: approve or reject flagged runs with the code, the reasons and the provenance in view. It starts no session.</source>
        <translation>Die Prüfwarteschlange einer Datenbank in einem Fenster: markierte Läufe genehmigen oder ablehnen, mit Code, Gründen und Herkunft im Blick. Startet keine Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="101"/>
        <source>Open the window.</source>
        <translation>Das Fenster öffnen.</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="103"/>
        <source>The database to review.</source>
        <translation>Die zu prüfende Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="114"/>
        <source>expected at most one DB</source>
        <translation>höchstens eine DB erwartet</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="120"/>
        <source>there is no database %1; give the file the analyst&apos;s runs are kept in</source>
        <translation>es gibt keine Datenbank %1; geben Sie die Datei an, in der die Läufe des Analysten gespeichert sind</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="147"/>
        <location filename="../app/guicommand.cpp" line="172"/>
        <location filename="../app/guicommand.cpp" line="185"/>
        <source>Sandbench</source>
        <translation>Sandbench</translation>
    </message>
    <message>
        <location filename="../app/cli/toplevel.cpp" line="14"/>
        <source>Sandbench: run untrusted Python analyses on your own data in a sandbox, with every run recorded.</source>
        <translation>Sandbench: nicht vertrauenswürdige Python-Analysen auf Ihren eigenen Daten in einer Sandbox ausführen, wobei jeder Lauf aufgezeichnet wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/toplevel.cpp" line="17"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/toplevel.cpp" line="20"/>
        <source>  (none)   open the workbench window</source>
        <translation>  (ohne)   das Sandbench-Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../app/cli/toplevel.cpp" line="22"/>
        <source>  run      run a script&apos;s cells headless (sandbench run --help)
  ask      ask a model for a cell, and run it with --run (sandbench ask --help)
  serve    a JSON-lines session for agents (sandbench serve --help)
  mcp      the session as an MCP server for agents (sandbench mcp --help)
  review   the runs waiting for a reviewer (sandbench review --help)
  history  find recorded runs (sandbench history --help)
  show     one run with its provenance (sandbench show --help)
  export   a session as a re-runnable .py or a .ipynb (sandbench export --help)
  import   a .ipynb as a percent-format script (sandbench import --help)
  replay   re-run a session and compare it with its record
  cluster  a sandboxed Dask cluster (sandbench cluster --help)</source>
        <translation>  run      die Zellen eines Skripts ohne Oberfläche ausführen (sandbench run --help)
  ask      ein Modell nach einer Zelle fragen und sie mit --run ausführen (sandbench ask --help)
  serve    eine JSON-Lines-Sitzung für Agenten (sandbench serve --help)
  mcp      die Sitzung als MCP-Server für Agenten (sandbench mcp --help)
  review   die Läufe, die auf einen Prüfer warten (sandbench review --help)
  history  aufgezeichnete Läufe finden (sandbench history --help)
  show     ein Lauf mit seiner Herkunft (sandbench show --help)
  export   eine Sitzung als erneut ausführbare .py- oder als .ipynb-Datei (sandbench export --help)
  import   eine .ipynb-Datei als Skript im Percent-Format (sandbench import --help)
  replay   eine Sitzung erneut ausführen und mit ihrer Aufzeichnung vergleichen
  cluster  ein abgeschotteter Dask-Cluster (sandbench cluster --help)</translation>
    </message>
    <message>
        <source>  run      run a script&apos;s cells headless (sandbench run --help)
  ask      ask a model for a cell, and run it with --run (sandbench ask --help)
  serve    a JSON-lines session for agents (sandbench serve --help)
  mcp      the session as an MCP server for agents (sandbench mcp --help)
  review   the runs waiting for a reviewer (sandbench review --help)
  history  find recorded runs (sandbench history --help)
  show     one run with its provenance (sandbench show --help)
  export   a session as a re-runnable .py or a .ipynb (sandbench export --help)
  import   a .ipynb as a percent-format script (sandbench import --help)
  replay   re-run a session and compare it with its record</source>
        <translation type="vanished">  run      die Zellen eines Skripts ohne Oberfläche ausführen (sandbench run --help)
  ask      ein Modell nach einer Zelle fragen und sie mit --run ausführen (sandbench ask --help)
  serve    eine JSON-Lines-Sitzung für Agenten (sandbench serve --help)
  mcp      die Sitzung als MCP-Server für Agenten (sandbench mcp --help)
  review   die Läufe, die auf einen Prüfer warten (sandbench review --help)
  history  aufgezeichnete Läufe finden (sandbench history --help)
  show     ein Lauf mit seiner Herkunft (sandbench show --help)
  export   eine Sitzung als erneut ausführbare .py- oder als .ipynb-Datei (sandbench export --help)
  import   eine .ipynb-Datei als Skript im Percent-Format (sandbench import --help)
  replay   eine Sitzung erneut ausführen und mit ihrer Aufzeichnung vergleichen</translation>
    </message>
    <message>
        <source>  run      run a script&apos;s cells headless (sandbench run --help)
  serve    a JSON-lines session for agents (sandbench serve --help)
  mcp      the session as an MCP server for agents (sandbench mcp --help)
  review   the runs waiting for a reviewer (sandbench review --help)
  history  find recorded runs (sandbench history --help)
  show     one run with its provenance (sandbench show --help)
  export   a session as a re-runnable .py or a .ipynb (sandbench export --help)
  import   a .ipynb as a percent-format script (sandbench import --help)
  replay   re-run a session and compare it with its record</source>
        <translation type="vanished">  run      die Zellen eines Skripts ohne Fenster ausführen (sandbench run --help)
  serve    eine JSON-Lines-Sitzung für Agenten (sandbench serve --help)
  mcp      die Sitzung als MCP-Server für Agenten (sandbench mcp --help)
  review   die Läufe, die auf einen Prüfer warten (sandbench review --help)
  history  aufgezeichnete Läufe finden (sandbench history --help)
  show     ein Lauf mit seiner Herkunft (sandbench show --help)
  export   eine Sitzung als erneut ausführbare .py- oder als .ipynb-Datei (sandbench export --help)
  import   eine .ipynb-Datei als Skript im Percent-Format (sandbench import --help)
  replay   eine Sitzung erneut ausführen und mit ihrer Aufzeichnung vergleichen</translation>
    </message>
    <message>
        <source>  run      run a script&apos;s cells headless (sandbench run --help)
  serve    a JSON-lines session for agents (sandbench serve --help)
  review   the runs waiting for a reviewer (sandbench review --help)
  history  find recorded runs (sandbench history --help)
  show     one run with its provenance (sandbench show --help)
  export   a session as a re-runnable .py or a .ipynb (sandbench export --help)
  import   a .ipynb as a percent-format script (sandbench import --help)
  replay   re-run a session and compare it with its record</source>
        <translation type="vanished">  run      die Zellen eines Skripts ohne Fenster ausführen (sandbench run --help)
  serve    eine JSON-Lines-Sitzung für Agenten (sandbench serve --help)
  review   die Läufe, die auf einen Prüfer warten (sandbench review --help)
  history  aufgezeichnete Läufe finden (sandbench history --help)
  show     ein Lauf mit seiner Herkunft (sandbench show --help)
  export   eine Sitzung als erneut ausführbare .py- oder als .ipynb-Datei (sandbench export --help)
  import   eine .ipynb-Datei als Skript im Percent-Format (sandbench import --help)
  replay   eine Sitzung erneut ausführen und mit ihrer Aufzeichnung vergleichen</translation>
    </message>
    <message>
        <location filename="../app/cli/toplevel.cpp" line="56"/>
        <source>this sandbench was built without its window; give it a command such as &apos;sandbench run SCRIPT.py&apos; (&apos;sandbench --help&apos; lists them)</source>
        <translation>dieses sandbench wurde ohne sein Fenster gebaut; geben Sie einen Befehl an, etwa &apos;sandbench run SCRIPT.py&apos; (&apos;sandbench --help&apos; listet sie auf)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>this sandbench was built without its window; &apos;sandbench review list&apos; shows the runs waiting for review</source>
        <translation>dieses sandbench wurde ohne sein Fenster gebaut; &apos;sandbench review list&apos; zeigt die Läufe, die auf Prüfung warten</translation>
    </message>
</context>
<context>
    <name>sandbench::AnswerView</name>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="85"/>
        <source>runs a cell: %1</source>
        <translation>führt eine Zelle aus: %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="88"/>
        <source>lists the session&apos;s variables</source>
        <translation>listet die Variablen der Sitzung auf</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="90"/>
        <source>describes the table %1</source>
        <translation>beschreibt die Tabelle %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="92"/>
        <source>reads rows of %1 from row %2</source>
        <translation>liest Zeilen von %1 ab Zeile %2</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="95"/>
        <source>calls %1, which is not a tool here</source>
        <translation>ruft %1 auf, das hier kein Werkzeug ist</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="103"/>
        <source>held for review (run %1)</source>
        <translation>zur Prüfung zurückgehalten (Lauf %1)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="104"/>
        <source>%1 (run %2)</source>
        <translation>%1 (Lauf %2)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="107"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="109"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="135"/>
        <source>Waiting for the model…</source>
        <translation>Warten auf das Modell…</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="352"/>
        <source>Step %1 · %2 …</source>
        <translation>Schritt %1 · %2 …</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="356"/>
        <source>Step %1 · %2 → %3</source>
        <translation>Schritt %1 · %2 → %3</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="400"/>
        <source>Open Settings ▸ Assistant…</source>
        <translation>Einstellungen ▸ Assistent öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="301"/>
        <source>Insert as Cell</source>
        <translation>Als Zelle einfügen</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="302"/>
        <source>A new cell under the current one, recorded as written by the model; it runs only when you run it</source>
        <translation>Eine neue Zelle unter der aktuellen, aufgezeichnet als vom Modell geschrieben; sie läuft erst, wenn Sie sie ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="304"/>
        <source>Review Fix…</source>
        <translation>Korrektur prüfen…</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="304"/>
        <source>Replace Cell…</source>
        <translation>Zelle ersetzen…</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="305"/>
        <source>Replace the current cell: shows what changes in it before anything is replaced</source>
        <translation>Die aktuelle Zelle ersetzen: zeigt, was sich darin ändert, bevor etwas ersetzt wird</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="307"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="421"/>
        <source>The model answered with nothing.</source>
        <translation>Das Modell hat nichts geantwortet.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="426"/>
        <source>Stopped. What arrived is kept above.</source>
        <translation>Gestoppt. Was angekommen ist, bleibt oben erhalten.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="430"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="435"/>
        <source>No code in this answer to fix the cell with: try again, or ask in your own words.</source>
        <translation>Diese Antwort enthält keinen Code, mit dem sich die Zelle korrigieren ließe: Versuchen Sie es erneut, oder fragen Sie mit eigenen Worten.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="437"/>
        <source>No code in this answer: ask for the code you want, in other words.</source>
        <translation>Diese Antwort enthält keinen Code: Fragen Sie mit anderen Worten nach dem Code, den Sie möchten.</translation>
    </message>
</context>
<context>
    <name>sandbench::AssistantPanel</name>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="56"/>
        <source>System (the sandbox&apos;s rules)</source>
        <translation>System (die Regeln der Sandbox)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="58"/>
        <source>User (the question and the session&apos;s description)</source>
        <translation>Benutzer (die Frage und die Beschreibung der Sitzung)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="60"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="473"/>
        <source>No model is set up. For a local one, install Ollama and run &lt;code&gt;ollama serve&lt;/code&gt; and &lt;code&gt;ollama pull qwen2.5-coder:7b&lt;/code&gt;.</source>
        <translation>Es ist kein Modell eingerichtet. Für ein lokales installieren Sie Ollama und führen &lt;code&gt;ollama serve&lt;/code&gt; und &lt;code&gt;ollama pull qwen2.5-coder:7b&lt;/code&gt; aus.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="476"/>
        <source>Then in Settings ▸ Assistant enter the base URL &lt;code&gt;http://localhost:11434/v1&lt;/code&gt; and pick the model.</source>
        <translation>Geben Sie dann unter Einstellungen ▸ Assistent die Basis-URL &lt;code&gt;http://localhost:11434/v1&lt;/code&gt; ein und wählen Sie das Modell.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="478"/>
        <source>Open Settings ▸ Assistant…</source>
        <translation>Einstellungen ▸ Assistent öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="504"/>
        <source>Ask for an analysis, e.g. &quot;total revenue per region as a bar chart&quot; (Ctrl+Enter)</source>
        <translation>Nach einer Analyse fragen, z. B. „Gesamtumsatz pro Region als Balkendiagramm“ (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="513"/>
        <source>&amp;Ask</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="516"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="517"/>
        <source>Stop the answer; what arrived is kept</source>
        <translation>Die Antwort anhalten; was angekommen ist, bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="519"/>
        <source>What the Model Sees…</source>
        <translation>Was das Modell sieht…</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="520"/>
        <source>The exact messages that asking now would send, before anything is sent</source>
        <translation>Genau die Nachrichten, die eine Frage jetzt senden würde, bevor irgendetwas gesendet wird</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="531"/>
        <source>Send sample rows</source>
        <translation>Beispielzeilen senden</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="532"/>
        <source>A few first rows of each dataset go with the question. On by default for a model on this machine, off for a remote one (Settings ▸ Assistant).</source>
        <translation>Die ersten Zeilen jedes Datensatzes werden mit der Frage gesendet. Standardmäßig an für ein Modell auf diesem Rechner, aus für ein entferntes (Einstellungen ▸ Assistent).</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="537"/>
        <source>Agent mode</source>
        <translation>Agentenmodus</translation>
    </message>
    <message>
        <source>Not available yet: the model would run cells itself, each in the sandbox and through the review queue</source>
        <translation type="vanished">Noch nicht verfügbar: Das Modell würde selbst Zellen ausführen, jede in der Sandbox und über die Prüfwarteschlange</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="582"/>
        <location filename="../widgets/assistantpanel.cpp" line="979"/>
        <source>The session ended, and the agent with it.</source>
        <translation>Die Sitzung wurde beendet und mit ihr der Agent.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="636"/>
        <source>%1 at %2 · %3</source>
        <translation>%1 unter %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="638"/>
        <source>on this machine</source>
        <translation>auf diesem Rechner</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="639"/>
        <source>remote: only what you see is sent</source>
        <translation>entfernt: Nur was Sie sehen, wird gesendet</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="644"/>
        <source>The keyring could not be read (%1): no API key is sent.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1): Es wird kein API-Schlüssel gesendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/assistantpanel.cpp" line="654"/>
        <source>The model may run cells itself (each one added to the notebook, run in the sandbox and held for review like any cell), list the variables and read tables, up to %n tool call(s) (Settings ▸ Assistant). Stop ends it.</source>
        <translation>
            <numerusform>Das Modell darf selbst Zellen ausführen (jede wird dem Notebook hinzugefügt, in der Sandbox ausgeführt und wie jede Zelle zur Prüfung zurückgehalten), die Variablen auflisten und Tabellen lesen, bis zu %n Werkzeugaufruf (Einstellungen ▸ Assistent). „Anhalten“ beendet den Agenten.</numerusform>
            <numerusform>Das Modell darf selbst Zellen ausführen (jede wird dem Notebook hinzugefügt, in der Sandbox ausgeführt und wie jede Zelle zur Prüfung zurückgehalten), die Variablen auflisten und Tabellen lesen, bis zu %n Werkzeugaufrufe (Einstellungen ▸ Assistent). „Anhalten“ beendet den Agenten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="658"/>
        <source>Agent mode needs a running session: the model&apos;s cells run in it.</source>
        <translation>Der Agentenmodus braucht eine laufende Sitzung: Die Zellen des Modells werden darin ausgeführt.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="704"/>
        <source>Fix cell [%1]</source>
        <translation>Zelle [%1] korrigieren</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="704"/>
        <source>Fix the cell</source>
        <translation>Die Zelle korrigieren</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="723"/>
        <source>Explain cell [%1]</source>
        <translation>Zelle [%1] erklären</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="724"/>
        <source>Explain the cell</source>
        <translation>Die Zelle erklären</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="742"/>
        <source>(your question)</source>
        <translation>(Ihre Frage)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="756"/>
        <source>No model is set up: enter a base URL and a model in Settings ▸ Assistant (for Ollama: http://localhost:11434/v1).</source>
        <translation>Es ist kein Modell eingerichtet: Geben Sie unter Einstellungen ▸ Assistent eine Basis-URL und ein Modell ein (für Ollama: http://localhost:11434/v1).</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="798"/>
        <source>The session was busy running a cell: its datasets and variables are described as they were last seen.</source>
        <translation>Die Sitzung war mit der Ausführung einer Zelle beschäftigt: Ihre Datensätze und Variablen werden so beschrieben, wie sie zuletzt gesehen wurden.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="811"/>
        <source>Agent · %1</source>
        <translation>Agent · %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="836"/>
        <source>To fit the model&apos;s context, left out: %1</source>
        <translation>Um in den Kontext des Modells zu passen, ausgelassen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="840"/>
        <source>The question and the sandbox&apos;s rules alone do not fit a context of %1 tokens: give a larger context size in Settings ▸ Assistant.</source>
        <translation>Die Frage und die Regeln der Sandbox allein passen nicht in einen Kontext von %1 Tokens: Geben Sie unter Einstellungen ▸ Assistent eine größere Kontextgröße an.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="931"/>
        <source>The exchange could not be kept in the run store: %1</source>
        <translation>Das Gespräch konnte nicht im Laufspeicher abgelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="969"/>
        <source>The model&apos;s cell waits for review (run %1): approve or reject it in the Review panel; the agent goes on after an approval. Stop ends it.</source>
        <translation>Die Zelle des Modells wartet auf Prüfung (Lauf %1): Genehmigen Sie sie im Bereich „Prüfwarteschlange“ oder lehnen Sie sie dort ab; nach einer Genehmigung macht der Agent weiter. „Anhalten“ beendet den Agenten.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="991"/>
        <source>the notebook is closed</source>
        <translation>das Notebook ist geschlossen</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1009"/>
        <source>the notebook has no running session</source>
        <translation>das Notebook hat keine laufende Sitzung</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1014"/>
        <source>the session ended the cell before it ran</source>
        <translation>die Sitzung hat die Zelle beendet, bevor sie ausgeführt wurde</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1104"/>
        <source>The Assistant&apos;s Fix</source>
        <translation>Die Korrektur des Assistenten</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1104"/>
        <source>Replace the Current Cell</source>
        <translation>Die aktuelle Zelle ersetzen</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1127"/>
        <source>What the Model Sees</source>
        <translation>Was das Modell sieht</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1130"/>
        <source>Sent to %1 at %2, exactly as below (about %3 tokens of %4).</source>
        <translation>Gesendet an %1 unter %2, genau wie unten (etwa %3 von %4 Tokens).</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1131"/>
        <source>(no model set)</source>
        <translation>(kein Modell festgelegt)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1132"/>
        <source>(no endpoint set)</source>
        <translation>(kein Endpunkt festgelegt)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1135"/>
        <source>Sample rows are sent.</source>
        <translation>Beispielzeilen werden gesendet.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1136"/>
        <source>No data values are sent: names, types and sizes only.</source>
        <translation>Es werden keine Datenwerte gesendet: nur Namen, Typen und Größen.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1138"/>
        <source>Left out to fit: %1</source>
        <translation>Ausgelassen, damit es passt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1142"/>
        <source>Agent mode: the request also carries the tools run_cell, list_variables, describe_table and read_table_page, and after the system message: %1</source>
        <translation>Agentenmodus: Die Anfrage enthält auch die Werkzeuge run_cell, list_variables, describe_table und read_table_page, und nach der Systemnachricht: %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1145"/>
        <source>Its SHA-256, recorded with every cell it produces: %1</source>
        <translation>Sein SHA-256, aufgezeichnet mit jeder Zelle, die daraus entsteht: %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1165"/>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
</context>
<context>
    <name>sandbench::CellModel</name>
    <message>
        <location filename="../core/cellmodel.cpp" line="353"/>
        <source>uses `%1`, redefined by [%2]</source>
        <translation>verwendet `%1`, neu definiert von [%2]</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="366"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="368"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="370"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="372"/>
        <source>denied</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="374"/>
        <source>timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="376"/>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="378"/>
        <source>output limit</source>
        <translation>Ausgabelimit</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="380"/>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="382"/>
        <source>pending review</source>
        <translation>wartet auf Prüfung</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="384"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="386"/>
        <source>tampered</source>
        <translation>manipuliert</translation>
    </message>
</context>
<context>
    <name>sandbench::CellWidget</name>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="142"/>
        <source>Run this cell (Ctrl+Enter)</source>
        <translation>Diese Zelle ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="146"/>
        <source>Execution count: the order in which this session ran the cell. The Session Log and the figures name the run by it; [*] while it waits or runs.</source>
        <translation>Ausführungszähler: die Reihenfolge, in der diese Sitzung die Zelle ausgeführt hat. Das Sitzungsprotokoll und die Abbildungen benennen den Lauf danach; [*], solange sie wartet oder läuft.</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="152"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="158"/>
        <source>edited since run</source>
        <translation>seit der Ausführung geändert</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="159"/>
        <source>The code changed after its last run: the output below is from the code as it was.</source>
        <translation>Der Code wurde nach der letzten Ausführung geändert: Die Ausgabe unten stammt vom damaligen Code.</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="165"/>
        <location filename="../widgets/cellwidget.cpp" line="263"/>
        <source>Hide output</source>
        <translation>Ausgabe ausblenden</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="166"/>
        <source>Fold or unfold this cell&apos;s output</source>
        <translation>Ausgabe dieser Zelle ein- oder ausklappen</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="200"/>
        <source>Fix with assistant</source>
        <translation>Mit dem Assistenten korrigieren</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="201"/>
        <source>Send this cell&apos;s code, its error or refusals and the variables it used to the assistant; its fix is shown as a change to accept</source>
        <translation>Den Code dieser Zelle, ihren Fehler oder ihre Verweigerungen und die verwendeten Variablen an den Assistenten senden; seine Korrektur wird als Änderung zum Übernehmen angezeigt</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="206"/>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="207"/>
        <source>Ask the assistant what went wrong, in words</source>
        <translation>Den Assistenten in Worten fragen, was schiefgelaufen ist</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="217"/>
        <source>Double-click to edit</source>
        <translation>Zum Bearbeiten doppelklicken</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="263"/>
        <source>Show output</source>
        <translation>Ausgabe zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="343"/>
        <source>markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="346"/>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="351"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="354"/>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="355"/>
        <source>Run &gt; Undo Last Cell took the variables back to before this cell; the output below is from its run.</source>
        <translation>Ausführen &gt; Letzte Zelle rückgängig machen hat die Variablen auf den Stand vor dieser Zelle zurückgesetzt; die Ausgabe unten stammt aus ihrem Lauf.</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="361"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="370"/>
        <source>%1.
The output below may be out of date: run the cell again, or Run &gt; Run Stale Cells.</source>
        <translation>%1.
Die Ausgabe unten ist möglicherweise veraltet: Führen Sie die Zelle erneut aus oder wählen Sie Ausführen &gt; Veraltete Zellen ausführen.</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="479"/>
        <source>*Empty Markdown cell: double-click to write.*</source>
        <translation>*Leere Markdown-Zelle: zum Schreiben doppelklicken.*</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="500"/>
        <source>%1 s…</source>
        <translation>%1 s…</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="537"/>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="538"/>
        <source>⚠ %1%2 (rule %3, %4 layer)</source>
        <translation>⚠ %1%2 (Regel %3, Schicht %4)</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="542"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="547"/>
        <source>Waiting for a reviewer: the code uses something the profile lets run only after approval.</source>
        <translation>Wartet auf eine Prüfung: Der Code verwendet etwas, das das Profil erst nach einer Genehmigung ausführen lässt.</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="573"/>
        <source>Out[%1]:</source>
        <translation>Out[%1]:</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="656"/>
        <source>Figure %1 of this cell: click to see it in the Figures panel</source>
        <translation>Abbildung %1 dieser Zelle: klicken, um sie im Bereich „Abbildungen“ zu sehen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/cellwidget.cpp" line="773"/>
        <source>▴ Show all %n lines (%1 earlier lines hidden)</source>
        <translation>
            <numerusform>▴ Alle %n Zeilen zeigen (%1 frühere Zeilen ausgeblendet)</numerusform>
            <numerusform>▴ Alle %n Zeilen zeigen (%1 frühere Zeilen ausgeblendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/cellwidget.cpp" line="775"/>
        <source>▾ Show only the last %n lines</source>
        <translation>
            <numerusform>▾ Nur die letzte Zeile zeigen</numerusform>
            <numerusform>▾ Nur die letzten %n Zeilen zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Out[%1]: </source>
        <translation type="vanished">Out[%1]: </translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="585"/>
        <source>(state kept as the cell left it before the error: Run &gt; Undo Last Cell returns to before this cell)</source>
        <translation>(Zustand so behalten, wie die Zelle ihn vor dem Fehler hinterlassen hat: Ausführen &gt; Letzte Zelle rückgängig machen kehrt zum Stand vor dieser Zelle zurück)</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="589"/>
        <source>(state rolled back: the variables are as they were before this cell)</source>
        <translation>(Zustand zurückgesetzt: Die Variablen sind wie vor dieser Zelle)</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="592"/>
        <source>(the cell did not run: nothing changed)</source>
        <translation>(die Zelle lief nicht: nichts hat sich geändert)</translation>
    </message>
    <message>
        <source>Figure %1 of this cell: click to see it large</source>
        <translation type="vanished">Abbildung %1 dieser Zelle: zum Vergrößern klicken</translation>
    </message>
</context>
<context>
    <name>sandbench::ClusterInfo</name>
    <message>
        <location filename="../core/clusterstate.cpp" line="169"/>
        <source>the scheduler alone, with workers that join it from other machines</source>
        <translation>nur der Scheduler, mit Workern, die ihm von anderen Rechnern aus beitreten</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clusterstate.cpp" line="172"/>
        <source>%n sandboxed worker(s) started with it</source>
        <translation>
            <numerusform>%n mit ihm gestarteter abgeschotteter Worker</numerusform>
            <numerusform>%n mit ihm gestartete abgeschottete Worker</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandbench::ClusterPanel</name>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="78"/>
        <source>The cluster&apos;s state folder</source>
        <translation>Der Zustandsordner des Clusters</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="79"/>
        <source>The folder &apos;sandbench cluster start --state DIR&apos; wrote: the scheduler&apos;s address, the certificates and the members&apos; state.</source>
        <translation>Der Ordner, den &apos;sandbench cluster start --state DIR&apos; geschrieben hat: die Adresse des Schedulers, die Zertifikate und der Zustand der Mitglieder.</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="81"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="82"/>
        <source>Connect Session</source>
        <translation>Sitzung verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="84"/>
        <source>Restart the session with the cluster profile: cells get a ready &apos;client&apos;, and the session may reach this scheduler&apos;s port and nothing else on the network.</source>
        <translation>Die Sitzung mit dem Cluster-Profil neu starten: Zellen erhalten einen fertigen &apos;client&apos;, und die Sitzung darf den Port dieses Schedulers erreichen und sonst nichts im Netzwerk.</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="87"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="88"/>
        <source>Restart the session without the cluster.</source>
        <translation>Die Sitzung ohne den Cluster neu starten.</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="102"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="102"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="102"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="102"/>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="102"/>
        <source>Sandbox layers</source>
        <translation>Sandbox-Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="130"/>
        <source>Choose a cluster&apos;s state folder to see its workers. Start a cluster with &apos;sandbench cluster start&apos;.</source>
        <translation>Wählen Sie den Zustandsordner eines Clusters, um seine Worker zu sehen. Starten Sie einen Cluster mit &apos;sandbench cluster start&apos;.</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="173"/>
        <source>Choose a cluster&apos;s state folder to see its workers.</source>
        <translation>Wählen Sie den Zustandsordner eines Clusters, um seine Worker zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="176"/>
        <source>Asking the cluster in %1…</source>
        <translation>Cluster in %1 wird abgefragt…</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="186"/>
        <source>Cluster&apos;s State Folder</source>
        <translation>Zustandsordner des Clusters</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="227"/>
        <source>The cluster cannot be asked: %1 could not be started (%2).</source>
        <translation>Der Cluster kann nicht abgefragt werden: %1 konnte nicht gestartet werden (%2).</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="283"/>
        <source>The cluster could not be asked (status %1): %2</source>
        <translation>Der Cluster konnte nicht abgefragt werden (Status %1): %2</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="307"/>
        <source>Scheduler %1</source>
        <translation>Scheduler %1</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="314"/>
        <source>No cluster in this folder: %1</source>
        <translation>Kein Cluster in diesem Ordner: %1</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="316"/>
        <source>The cluster&apos;s certificates are wrong: %1</source>
        <translation>Die Zertifikate des Clusters sind falsch: %1</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="318"/>
        <source>The scheduler is down: %1</source>
        <translation>Der Scheduler ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="320"/>
        <source>The cluster could not be asked: %1</source>
        <translation>Der Cluster konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="347"/>
        <source>not known here (a worker joined from another machine)</source>
        <translation>hier nicht bekannt (ein Worker, der von einem anderen Rechner beigetreten ist)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/clusterpanel.cpp" line="353"/>
        <source>(restarted %n time(s))</source>
        <translation>
            <numerusform>(%n-mal neu gestartet)</numerusform>
            <numerusform>(%n-mal neu gestartet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="357"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="370"/>
        <source>This session uses the cluster.</source>
        <translation>Diese Sitzung verwendet den Cluster.</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="371"/>
        <source>This session does not use the cluster.</source>
        <translation>Diese Sitzung verwendet den Cluster nicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/clusterpanel.cpp" line="373"/>
        <source>%n worker(s) (the scheduler&apos;s account), </source>
        <translation>
            <numerusform>%n Worker (laut Scheduler), </numerusform>
            <numerusform>%n Worker (laut Scheduler), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/clusterpanel.cpp" line="374"/>
        <source>%n task(s) running.</source>
        <translation>
            <numerusform>%n Task läuft.</numerusform>
            <numerusform>%n Tasks laufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandbench::CodeEditor</name>
    <message>
        <location filename="../widgets/codeeditor.cpp" line="137"/>
        <source>Write Python here and press Ctrl+Enter to run it.</source>
        <translation>Python-Code hier eingeben und mit Strg+Eingabe ausführen.</translation>
    </message>
    <message>
        <location filename="../widgets/codeeditor.cpp" line="287"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location filename="../widgets/codeeditor.cpp" line="714"/>
        <source>Help is available once the running cell has finished.</source>
        <translation>Die Hilfe ist verfügbar, sobald die laufende Zelle fertig ist.</translation>
    </message>
    <message>
        <location filename="../widgets/codeeditor.cpp" line="766"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sandbench::ColumnSummaryView</name>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="39"/>
        <source>Statistic</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="39"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="57"/>
        <source>Choose a column and press Summary to describe it.</source>
        <translation>Wählen Sie eine Spalte und klicken Sie auf „Zusammenfassung“, um sie zu beschreiben.</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="70"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="75"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="75"/>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="76"/>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="76"/>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="77"/>
        <source>std</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="77"/>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="78"/>
        <source>25%</source>
        <translation>25 %</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="78"/>
        <source>50%</source>
        <translation>50 %</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="79"/>
        <source>75%</source>
        <translation>75 %</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="79"/>
        <source>max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="93"/>
        <source>top %1</source>
        <translation>Top %1</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="94"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sandbench::DataFrameModel</name>
    <message>
        <location filename="../core/dataframemodel.cpp" line="92"/>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <location filename="../core/dataframemodel.cpp" line="100"/>
        <source>missing value</source>
        <translation>fehlender Wert</translation>
    </message>
    <message>
        <location filename="../core/dataframemodel.cpp" line="141"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/dataframemodel.cpp" line="250"/>
        <source>%1 sent no rows</source>
        <translation>%1 hat keine Zeilen gesendet</translation>
    </message>
    <message>
        <source>A page of %1 could not be read: %2</source>
        <translation type="vanished">Eine Seite von %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>sandbench::DataPanel</name>
    <message>
        <location filename="../widgets/datapanel.cpp" line="54"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="56"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="58"/>
        <source>is not missing</source>
        <translation>fehlt nicht</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="76"/>
        <source>The column to filter on</source>
        <translation>Die Spalte, nach der gefiltert wird</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="85"/>
        <source>value, e.g. 2.5, north or 2024-03-01</source>
        <translation>Wert, z. B. 2.5, Nord oder 2024-03-01</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="89"/>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="90"/>
        <source>Keep the rows that match (computed in the worker over every row)</source>
        <translation>Die passenden Zeilen behalten (im Worker über alle Zeilen berechnet)</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="91"/>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="92"/>
        <source>Remove the filter</source>
        <translation>Den Filter entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="93"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="94"/>
        <source>Describe the current column and chart it</source>
        <translation>Die aktuelle Spalte beschreiben und als Diagramm darstellen</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="95"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="96"/>
        <source>Copy the selected cells as tab-separated text (Ctrl+C)</source>
        <translation>Die ausgewählten Zellen als tabulatorgetrennten Text kopieren (Strg+C)</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="97"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="99"/>
        <source>Write the sorted, filtered view as CSV into the session&apos;s output folder</source>
        <translation>Die sortierte, gefilterte Ansicht als CSV in den Ausgabeordner der Sitzung schreiben</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="101"/>
        <source>Convert to Code</source>
        <translation>In Code umwandeln</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="103"/>
        <source>Put the current sort and filter into a new cell as pandas code</source>
        <translation>Die aktuelle Sortierung und den Filter als pandas-Code in eine neue Zelle setzen</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="117"/>
        <source>Copy as TSV</source>
        <translation>Als TSV kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="128"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="201"/>
        <source>Double-click a DataFrame, Series or array in Variables to see it here.</source>
        <translation>Doppelklicken Sie unter „Variablen“ auf einen DataFrame, eine Series oder ein Array, um den Inhalt hier anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="222"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="224"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="247"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 rows × %3 columns</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 Zeilen × %3 Spalten</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="252"/>
        <source> · filter: %1 %2 %3 → %4 rows</source>
        <translation> · Filter: %1 %2 %3 → %4 Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="261"/>
        <source> · sorted by %1 %2</source>
        <translation> · sortiert nach %1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="314"/>
        <source>Type a value to compare with, or choose &quot;is missing&quot;.</source>
        <translation>Geben Sie einen Vergleichswert ein oder wählen Sie „fehlt“.</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="326"/>
        <source>Filtering %1…</source>
        <translation>%1 wird gefiltert…</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="363"/>
        <source>Describing %1…</source>
        <translation>%1 wird beschrieben…</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="380"/>
        <source>%1 rows are too many to copy; use Export CSV for the whole view.</source>
        <translation>%1 Zeilen sind zu viele zum Kopieren; verwenden Sie „CSV exportieren“ für die ganze Ansicht.</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="415"/>
        <source>Export View as CSV</source>
        <translation>Ansicht als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="416"/>
        <source>File name in the session&apos;s output folder (%1):</source>
        <translation>Dateiname im Ausgabeordner der Sitzung (%1):</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="445"/>
        <source>Exporting %1 to %2…</source>
        <translation>%1 wird nach %2 exportiert…</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="457"/>
        <source>The view could not become code: %1</source>
        <translation>Die Ansicht konnte nicht in Code umgewandelt werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="356"/>
        <source>No summary: %1</source>
        <translation>Keine Zusammenfassung: %1</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="434"/>
        <source>The view was not exported: %1</source>
        <translation>Die Ansicht wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="439"/>
        <source>Exported %1 rows of %2 to %3</source>
        <translation>%1 Zeilen von %2 nach %3 exportiert</translation>
    </message>
</context>
<context>
    <name>sandbench::DatasetsPanel</name>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="56"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="56"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="56"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="vanished">SHA-256</translation>
    </message>
    <message>
        <source>Double-click a variable name to rename it. Drop files here to add them. Code may read these files and nothing else of yours.</source>
        <translation type="vanished">Doppelklick auf einen Variablennamen benennt ihn um. Dateien hierher ziehen, um sie hinzuzufügen. Der Code darf diese Dateien lesen und sonst nichts von Ihnen.</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="75"/>
        <location filename="../widgets/datasetspanel.cpp" line="82"/>
        <source>Add Dataset…</source>
        <translation>Datensatz hinzufügen…</translation>
    </message>
    <message>
        <source>Register a CSV, TSV, JSON, JSON lines, Excel or Parquet file</source>
        <translation type="vanished">Eine CSV-, TSV-, JSON-, JSON-Lines-, Excel- oder Parquet-Datei registrieren</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="99"/>
        <source>Data files (%1);;All files (*)</source>
        <translation>Datendateien (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="219"/>
        <source>hashing…</source>
        <translation>Prüfsumme wird berechnet…</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="248"/>
        <source>cannot read the file</source>
        <translation>Datei nicht lesbar</translation>
    </message>
    <message>
        <source>✓ %1…</source>
        <translation type="vanished">✓ %1…</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="255"/>
        <source>SHA-256 %1: the file is as it was registered</source>
        <translation>SHA-256 %1: Die Datei ist unverändert seit der Registrierung</translation>
    </message>
    <message>
        <source>⚠ changed since registered</source>
        <translation type="vanished">⚠ seit der Registrierung geändert</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="56"/>
        <source>File hash</source>
        <translation>Datei-Prüfsumme</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="56"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="57"/>
        <source>Larger than memory</source>
        <translation>Größer als der Speicher</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="59"/>
        <source>Checked: text columns of ISO dates (2024-03-01) load as dates</source>
        <translation>Aktiviert: Textspalten mit ISO-Datumsangaben (2024-03-01) werden als Datumswerte geladen</translation>
    </message>
    <message>
        <source>Double-click a variable name to rename it. Drop files here to add them. Code may read these files and nothing else of yours. Right-click a dataset to load its dates as text.</source>
        <translation type="vanished">Doppelklicken Sie auf einen Variablennamen, um ihn umzubenennen. Legen Sie Dateien hier ab, um sie hinzuzufügen. Code darf diese Dateien lesen und sonst nichts von Ihnen. Klicken Sie mit der rechten Maustaste auf einen Datensatz, um seine Datumsangaben als Text zu laden.</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="61"/>
        <source>Checked: the variable is a dask DataFrame read from the file in blocks, for data larger than the session&apos;s memory</source>
        <translation>Aktiviert: Die Variable ist ein dask-DataFrame, der blockweise aus der Datei gelesen wird, für Daten, die größer als der Speicher der Sitzung sind</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="64"/>
        <source>Double-click a variable name to rename it. Drop files here to add them. Code may read these files and nothing else of yours. Right-click a dataset to load its dates as text or to read it in blocks.</source>
        <translation>Doppelklicken Sie auf einen Variablennamen, um ihn umzubenennen. Legen Sie Dateien hier ab, um sie hinzuzufügen. Code darf diese Dateien lesen und sonst nichts von Ihnen. Klicken Sie mit der rechten Maustaste auf einen Datensatz, um seine Datumsangaben als Text zu laden oder ihn blockweise zu lesen.</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="76"/>
        <source>Register a CSV, TSV, JSON, JSON lines, Excel or Parquet file; the arrow adds one larger than memory</source>
        <translation>Eine CSV-, TSV-, JSON-, JSON-Lines-, Excel- oder Parquet-Datei registrieren; der Pfeil fügt eine hinzu, die größer als der Speicher ist</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="84"/>
        <source>Add Dataset Larger Than Memory…</source>
        <translation>Datensatz größer als der Speicher hinzufügen…</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="85"/>
        <source>Read the file in blocks as a dask DataFrame: CSV, TSV, JSON lines, or Parquet when pyarrow is installed</source>
        <translation>Die Datei blockweise als dask-DataFrame lesen: CSV, TSV, JSON lines oder Parquet, wenn pyarrow installiert ist</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="190"/>
        <source>Load ISO Dates as &amp;Dates</source>
        <translation>ISO-Datumsangaben als &amp;Datum laden</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="193"/>
        <source>Text columns holding only ISO dates (2024-03-01) become dates; off, they stay text as in the file</source>
        <translation>Textspalten, die nur ISO-Datumsangaben (2024-03-01) enthalten, werden zu Datumswerten; ausgeschaltet bleiben sie Text wie in der Datei</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="195"/>
        <source>Read in Blocks (&amp;Larger Than Memory)</source>
        <translation>Blockweise lesen (&amp;größer als der Speicher)</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="198"/>
        <source>The variable becomes a dask DataFrame read from the file block by block; off, the whole file loads as a pandas DataFrame</source>
        <translation>Die Variable wird zu einem dask-DataFrame, der Block für Block aus der Datei gelesen wird; ausgeschaltet wird die ganze Datei als pandas-DataFrame geladen</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="223"/>
        <source>Checked: text columns of ISO dates (2024-03-01) load as dates; uncheck to keep them as text (the file loads again)</source>
        <translation>Aktiviert: Textspalten mit ISO-Datumsangaben (2024-03-01) werden als Datumswerte geladen; deaktivieren Sie dies, um sie als Text zu behalten (die Datei wird neu geladen)</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="227"/>
        <source>Checked: a dask DataFrame read in blocks, for data larger than memory; unchecked: the whole file loads as a pandas DataFrame (the file loads again)</source>
        <translation>Aktiviert: ein blockweise gelesener dask-DataFrame für Daten, die größer als der Speicher sind; deaktiviert: Die ganze Datei wird als pandas-DataFrame geladen (die Datei wird neu geladen)</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="253"/>
        <source>✓ same</source>
        <translation>✓ unverändert</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="257"/>
        <source>⚠ changed</source>
        <translation>⚠ geändert</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="259"/>
        <source>Registered with SHA-256 %1; the file now has %2. Restart the session to load it again.</source>
        <translation>Registriert mit SHA-256 %1; die Datei hat jetzt %2. Starten Sie die Sitzung neu, um sie erneut zu laden.</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="287"/>
        <source>Loaded as the DataFrame %1</source>
        <translation>Als DataFrame %1 geladen</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="288"/>
        <source>Not loaded: %1</source>
        <translation>Nicht geladen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="321"/>
        <source>Rename Dataset</source>
        <translation>Datensatz umbenennen</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="322"/>
        <source>&apos;%1&apos; cannot be the variable&apos;s name: use letters, digits and underscores, not starting with a digit, and a name no other dataset has (for example sales_2025).</source>
        <translation>„%1“ kann nicht der Variablenname sein: Verwenden Sie Buchstaben, Ziffern und Unterstriche, nicht mit einer Ziffer am Anfang, und einen Namen, den kein anderer Datensatz hat (zum Beispiel sales_2025).</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="337"/>
        <location filename="../widgets/datasetspanel.cpp" line="365"/>
        <source>Add Dataset</source>
        <translation>Datensatz hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="344"/>
        <source>Add Dataset Larger Than Memory</source>
        <translation>Datensatz größer als der Speicher hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="366"/>
        <source>Not added: %1. Sandbench reads CSV, TSV, JSON, JSON lines, Excel and Parquet files.</source>
        <translation>Nicht hinzugefügt: %1. Sandbench liest CSV-, TSV-, JSON-, JSON-Lines-, Excel- und Parquet-Dateien.</translation>
    </message>
</context>
<context>
    <name>sandbench::DiffDialog</name>
    <message>
        <location filename="../widgets/diffdialog.cpp" line="39"/>
        <source>The proposed code is the same as the cell&apos;s.</source>
        <translation>Der vorgeschlagene Code ist derselbe wie der der Zelle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/diffdialog.cpp" line="40"/>
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n Zeile hinzugefügt</numerusform>
            <numerusform>%n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/diffdialog.cpp" line="41"/>
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n Zeile entfernt</numerusform>
            <numerusform>%n Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/diffdialog.cpp" line="42"/>
        <source>. The cell keeps its place; run it when you are ready.</source>
        <translation>. Die Zelle behält ihren Platz; führen Sie sie aus, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../widgets/diffdialog.cpp" line="72"/>
        <source>&amp;Replace Cell</source>
        <translation>Zelle &amp;ersetzen</translation>
    </message>
</context>
<context>
    <name>sandbench::FigurePanel</name>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="41"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="41"/>
        <source>Fit the figure to the panel</source>
        <translation>Abbildung in das Feld einpassen</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="42"/>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="42"/>
        <source>Show the figure at its own size</source>
        <translation>Abbildung in Originalgröße zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="43"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="44"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="47"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="47"/>
        <source>Copy the figure to the clipboard</source>
        <translation>Abbildung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="48"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="48"/>
        <source>Save the figure as PNG or SVG</source>
        <translation>Abbildung als PNG oder SVG speichern</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="53"/>
        <source>Figures a cell draws with matplotlib appear here.</source>
        <translation>Abbildungen, die eine Zelle mit matplotlib zeichnet, erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="73"/>
        <source>Every figure of this session; double-click to go to its cell</source>
        <translation>Alle Abbildungen dieser Sitzung; Doppelklick springt zur Zelle</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="118"/>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="120"/>
        <source>Cell [%1], run %2, figure %3</source>
        <translation>Zelle [%1], Lauf %2, Abbildung %3</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="163"/>
        <source>Cell [%1] · run %2 · figure %3 · %4×%5 · %6%</source>
        <translation>Zelle [%1] · Lauf %2 · Abbildung %3 · %4×%5 · %6 %</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="210"/>
        <source>Cell [%1], run %2</source>
        <translation>Zelle [%1], Lauf %2</translation>
    </message>
    <message>
        <source>Cell %1, run %2, figure %3</source>
        <translation type="vanished">Zelle %1, Lauf %2, Abbildung %3</translation>
    </message>
    <message>
        <source>Cell %1 · run %2 · figure %3 · %4×%5 · %6%</source>
        <translation type="vanished">Zelle %1 · Lauf %2 · Abbildung %3 · %4×%5 · %6 %</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="200"/>
        <source>There is no figure to save.</source>
        <translation>Es gibt keine Abbildung zum Speichern.</translation>
    </message>
    <message>
        <source>Cell %1, run %2</source>
        <translation type="vanished">Zelle %1, Lauf %2</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="214"/>
        <location filename="../widgets/figurepanel.cpp" line="221"/>
        <location filename="../widgets/figurepanel.cpp" line="228"/>
        <source>Cannot write %1; choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="250"/>
        <location filename="../widgets/figurepanel.cpp" line="259"/>
        <source>Save Figure</source>
        <translation>Abbildung speichern</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="251"/>
        <source>PNG image (*.png);;SVG (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>sandbench::FindReplaceBar</name>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="20"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="23"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="24"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="26"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="27"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="28"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="29"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="32"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="89"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="133"/>
        <source>%1 replaced</source>
        <translation>%1 ersetzt</translation>
    </message>
</context>
<context>
    <name>sandbench::HistoryPanel</name>
    <message>
        <location filename="../widgets/historypanel.cpp" line="15"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="15"/>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="15"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="15"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="15"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="15"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="31"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>sandbench::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="712"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="480"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="496"/>
        <source>Allow &amp;Reading a Folder…</source>
        <translation>Lesen eines &amp;Ordners erlauben…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="498"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="597"/>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="598"/>
        <source>&amp;Run Cell</source>
        <translation>Zelle &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="620"/>
        <source>&amp;Interrupt</source>
        <translation>&amp;Unterbrechen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="627"/>
        <source>&amp;Undo Last Cell</source>
        <translation>Letzte Zelle &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="629"/>
        <source>Return the variables to the state before the last cell that ended ok</source>
        <translation>Die Variablen auf den Stand vor der letzten erfolgreich beendeten Zelle zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="687"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="688"/>
        <source>&amp;About Sandbench</source>
        <translation>&amp;Über Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="456"/>
        <location filename="../app/mainwindow.cpp" line="605"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="189"/>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="192"/>
        <source>Figures</source>
        <translation>Abbildungen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="194"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="195"/>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="204"/>
        <source>Session Log</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="206"/>
        <location filename="../app/mainwindow.cpp" line="342"/>
        <source>Review Queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="237"/>
        <source>Dataset %1 registered: %2</source>
        <translation>Datensatz %1 registriert: %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="275"/>
        <source>Cell [%1] ran in an earlier session or was deleted.</source>
        <translation>Zelle [%1] lief in einer früheren Sitzung oder wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="326"/>
        <source>The Data panel&apos;s view is in a new cell; run it to get the same rows as a variable.</source>
        <translation>Die Ansicht des Datenbereichs steht in einer neuen Zelle; führen Sie sie aus, um dieselben Zeilen als Variable zu erhalten.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="330"/>
        <source>Exported %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="341"/>
        <source>Review Queue (%1)</source>
        <translation>Prüfwarteschlange (%1)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="347"/>
        <source>Run %1 approved by %2; its cell runs now.</source>
        <translation>Lauf %1 von %2 genehmigt; seine Zelle wird jetzt ausgeführt.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="350"/>
        <source>Run %1 rejected by %2: %3</source>
        <translation>Lauf %1 von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Cell %1 will not run: %2 rejected run %3 (%4)</source>
        <translation type="vanished">Zelle %1 wird nicht ausgeführt: %2 hat Lauf %3 abgelehnt (%4)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="415"/>
        <source>Open Review Queue of a Database</source>
        <translation>Prüfwarteschlange einer Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="416"/>
        <source>Sandbench databases (*.db *.sqlite);;All files (*)</source>
        <translation>Sandbench-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="426"/>
        <source>Opening the review queue of %1…</source>
        <translation>Prüfwarteschlange von %1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="438"/>
        <source>Open Review Queue</source>
        <translation>Prüfwarteschlange öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="481"/>
        <source>&amp;New Notebook</source>
        <translation>&amp;Neues Notebook</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="482"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="483"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="485"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="486"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="487"/>
        <source>&amp;Import Notebook…</source>
        <translation>Notebook &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="488"/>
        <source>&amp;Export Session…</source>
        <translation>Sitzung &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="490"/>
        <source>Add &amp;Dataset…</source>
        <translation>&amp;Datensatz hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="491"/>
        <source>Add Dataset &amp;Larger Than Memory…</source>
        <translation>Datensatz &amp;größer als der Speicher hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="493"/>
        <source>Read a file in blocks as a dask DataFrame: for data larger than the session&apos;s memory</source>
        <translation>Eine Datei blockweise als dask-DataFrame lesen: für Daten, die größer als der Speicher der Sitzung sind</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="508"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="509"/>
        <source>&amp;Undo Typing</source>
        <translation>Eingabe &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="510"/>
        <source>&amp;Redo Typing</source>
        <translation>Eingabe &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="512"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="516"/>
        <source>Find and Rep&amp;lace…</source>
        <translation>Suchen und &amp;ersetzen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="520"/>
        <source>Toggle &amp;Comment</source>
        <translation>&amp;Kommentar ein/aus</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="524"/>
        <source>Insert Cell &amp;Above</source>
        <translation>Zelle &amp;oberhalb einfügen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="528"/>
        <source>Insert Cell &amp;Below</source>
        <translation>Zelle &amp;unterhalb einfügen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="532"/>
        <source>&amp;Duplicate Cell</source>
        <translation>Zelle &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="535"/>
        <source>De&amp;lete Cell</source>
        <translation>Zelle &amp;löschen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="540"/>
        <source>The cell is running or queued; stop it first.</source>
        <translation>Die Zelle läuft oder wartet; halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="548"/>
        <source>Move Cell &amp;Up</source>
        <translation>Zelle nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="550"/>
        <source>Move Cell Do&amp;wn</source>
        <translation>Zelle nach u&amp;nten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="553"/>
        <source>Code ↔ &amp;Markdown</source>
        <translation>Code ↔ &amp;Markdown</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="560"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="567"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="583"/>
        <source>&amp;Light Theme</source>
        <translation>&amp;Helles Design</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="584"/>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="586"/>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="601"/>
        <source>Run the current cell and stay on it (Ctrl+Enter)</source>
        <translation>Aktuelle Zelle ausführen und dort bleiben (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="602"/>
        <source>Run and &amp;Advance</source>
        <translation>Ausführen und &amp;weiter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="607"/>
        <source>Run the current cell and go to the next, making one at the end (Shift+Enter)</source>
        <translation>Aktuelle Zelle ausführen und zur nächsten gehen, am Ende eine neue anlegen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="608"/>
        <source>Run A&amp;ll</source>
        <translation>&amp;Alle ausführen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="610"/>
        <source>Run every code cell from the top; stops at the first cell that does not end ok (Ctrl+Shift+Enter)</source>
        <translation>Alle Codezellen von oben ausführen; hält bei der ersten Zelle an, die nicht mit ok endet (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="623"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="624"/>
        <source>Stop the running cell and the queued ones (Ctrl+.); the session&apos;s variables stay as they were before it</source>
        <translation>Laufende und wartende Zellen anhalten (Strg+.); die Variablen der Sitzung bleiben wie vor der Zelle</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="632"/>
        <source>Re&amp;start Session</source>
        <translation>Sitzung neu &amp;starten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="633"/>
        <source>A fresh worker with the datasets loaded again and the current settings&apos; profile and limits; variables are reset</source>
        <translation>Ein frischer Worker mit neu geladenen Datensätzen sowie Profil und Limits der aktuellen Einstellungen; die Variablen werden zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="637"/>
        <source>Choose Output &amp;Folder…</source>
        <translation>Ausgabe&amp;ordner wählen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="638"/>
        <source>The folder cells write into (and their working folder); the session restarts in it, its variables are reset</source>
        <translation>Der Ordner, in den die Zellen schreiben (und ihr Arbeitsordner); die Sitzung wird darin neu gestartet, ihre Variablen werden zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="645"/>
        <source>Stop the running cells before choosing another output folder.</source>
        <translation>Halten Sie die laufenden Zellen an, bevor Sie einen anderen Ausgabeordner wählen.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="650"/>
        <source>Choose Output Folder</source>
        <translation>Ausgabeordner wählen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="659"/>
        <source>Re&amp;view</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="660"/>
        <source>&amp;Next Flagged Cell</source>
        <translation>&amp;Nächste markierte Zelle</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="662"/>
        <source>Go to the next cell the sandbox refused, rejected or held for review</source>
        <translation>Zur nächsten Zelle, die die Sandbox verweigert, abgelehnt oder zur Prüfung zurückgehalten hat</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="664"/>
        <source>Review &amp;Queue</source>
        <translation>Prüf&amp;warteschlange</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="669"/>
        <source>&amp;Open Review Queue of a Database…</source>
        <translation>Prüfwarteschlange einer &amp;Datenbank öffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="671"/>
        <source>&amp;Provenance of the Current Cell</source>
        <translation>&amp;Herkunft der aktuellen Zelle</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="675"/>
        <source>Search &amp;History…</source>
        <translation>&amp;Verlauf durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="681"/>
        <source>Sandbox &amp;Policy…</source>
        <translation>Sandbox-&amp;Richtlinie…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="682"/>
        <source>&amp;Reviewer Name…</source>
        <translation>Name des &amp;Prüfers…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="689"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="741"/>
        <source>profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1539"/>
        <source>Closing once %1 is saved…</source>
        <translation>Wird geschlossen, sobald %1 gespeichert ist…</translation>
    </message>
    <message numerus="yes">
        <source>The session uses the cluster %1 (%n sandboxed worker(s)): cells have a ready &apos;client&apos;; the network is closed but for its scheduler.</source>
        <translation type="vanished">
            <numerusform>Die Sitzung verwendet den Cluster %1 (%n abgeschotteter Worker): Zellen haben einen fertigen &apos;client&apos;; das Netzwerk ist bis auf dessen Scheduler gesperrt.</numerusform>
            <numerusform>Die Sitzung verwendet den Cluster %1 (%n abgeschottete Worker): Zellen haben einen fertigen &apos;client&apos;; das Netzwerk ist bis auf dessen Scheduler gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="780"/>
        <source>Undone: the variables are as they were before the last cell that ended ok.</source>
        <translation>Rückgängig gemacht: Die Variablen sind wieder auf dem Stand vor der letzten erfolgreich beendeten Zelle.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="781"/>
        <source>Nothing to undo: %1</source>
        <translation>Nichts rückgängig zu machen: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="793"/>
        <source>Stop the running cells before restarting the session.</source>
        <translation>Halten Sie die laufenden Zellen an, bevor Sie die Sitzung neu starten.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="799"/>
        <location filename="../app/mainwindow.cpp" line="808"/>
        <source>Restart Session</source>
        <translation>Sitzung neu starten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="823"/>
        <source>Session restarted with the profile %1.</source>
        <translation>Sitzung mit dem Profil %1 neu gestartet.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="829"/>
        <source>Stop the running cells before connecting the session to a cluster.</source>
        <translation>Halten Sie die laufenden Zellen an, bevor Sie die Sitzung mit einem Cluster verbinden.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="834"/>
        <source>The session leaves the cluster; it restarts without it.</source>
        <translation>Die Sitzung verlässt den Cluster; sie wird ohne ihn neu gestartet.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="836"/>
        <source>The session restarts on the cluster %1; its variables are reset.</source>
        <translation>Die Sitzung wird auf dem Cluster %1 neu gestartet; ihre Variablen werden zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="874"/>
        <source>The cell is empty: nothing to run.</source>
        <translation>Die Zelle ist leer: nichts auszuführen.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="889"/>
        <source>%1 cells queued</source>
        <translation>%1 Zellen in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="924"/>
        <source>Run %1 could not be recorded: %2</source>
        <translation>Lauf %1 konnte nicht aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>Cell %1: %2 in %3 s</source>
        <translation type="vanished">Zelle %1: %2 in %3 s</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="975"/>
        <source>Running cell %1 · %2 s</source>
        <translation>Zelle %1 läuft · %2 s</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="977"/>
        <source>Waiting for the worker</source>
        <translation>Warten auf den Worker</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="980"/>
        <source> · %1 queued</source>
        <translation> · %1 wartend</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1003"/>
        <source>sandbox: not armed</source>
        <translation>Sandbox: nicht aktiv</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1006"/>
        <source>The sandbox could not be set up: %1</source>
        <translation>Die Sandbox konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1110"/>
        <source>The session that showed this table has ended: its first rows as recorded</source>
        <translation>Die Sitzung, die diese Tabelle angezeigt hat, ist beendet: ihre ersten Zeilen, wie sie aufgezeichnet wurden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1119"/>
        <source>%1 — the rows recorded with the run are shown</source>
        <translation>%1 — die mit dem Lauf aufgezeichneten Zeilen werden angezeigt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1145"/>
        <source> · session %1</source>
        <translation> · Sitzung %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1151"/>
        <source>%1[*] – Sandbench</source>
        <translation>%1[*] – Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="864"/>
        <location filename="../app/mainwindow.cpp" line="1199"/>
        <source>Open Notebook</source>
        <translation>Notebook öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1166"/>
        <source>No recent notebooks</source>
        <translation>Keine zuletzt geöffneten Notebooks</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1176"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1177"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1200"/>
        <source>Percent-format notebooks and scripts (*.py);;All files (*)</source>
        <translation>Notebooks im Percent-Format und Skripte (*.py);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1214"/>
        <location filename="../app/mainwindow.cpp" line="1232"/>
        <source>Import Notebook</source>
        <translation>Notebook importieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1215"/>
        <source>Jupyter notebooks (*.ipynb);;Percent-format scripts (*.py);;All files (*)</source>
        <translation>Jupyter-Notebooks (*.ipynb);;Skripte im Percent-Format (*.py);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1247"/>
        <source>Imported %1 into a new notebook and session.</source>
        <translation>%1 in ein neues Notebook und eine neue Sitzung importiert.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1256"/>
        <location filename="../app/mainwindow.cpp" line="1288"/>
        <source>Export Session</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1257"/>
        <source>Re-runnable Python script (*.py);;Jupyter notebook (*.ipynb)</source>
        <translation>Erneut ausführbares Python-Skript (*.py);;Jupyter-Notebook (*.ipynb)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="1293"/>
        <source>Exported session %1 to %2, but %n recorded file(s) changed since their run, first %3.</source>
        <translation>
            <numerusform>Sitzung %1 nach %2 exportiert, aber %n aufgezeichnete Datei hat sich seit ihrem Lauf geändert: %3.</numerusform>
            <numerusform>Sitzung %1 nach %2 exportiert, aber %n aufgezeichnete Dateien haben sich seit ihrem Lauf geändert, als erste %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1300"/>
        <source>Exported session %1 to %2.</source>
        <translation>Sitzung %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1335"/>
        <source>Save Notebook</source>
        <translation>Notebook speichern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1337"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1315"/>
        <source>Save Notebook As</source>
        <translation>Notebook speichern unter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1316"/>
        <source>Percent-format notebooks (*.py)</source>
        <translation>Notebooks im Percent-Format (*.py)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1364"/>
        <source>An untitled notebook</source>
        <translation>Ein unbenanntes Notebook</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1370"/>
        <location filename="../app/mainwindow.cpp" line="1381"/>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1371"/>
        <source>%1 had unsaved changes when Sandbench last stopped (autosaved %2). Recover them in place of %3?</source>
        <translation>%1 hatte ungespeicherte Änderungen, als Sandbench zuletzt endete (automatisch gesichert %2). Sollen sie anstelle von %3 wiederhergestellt werden?</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1374"/>
        <source>%1 had unsaved changes when Sandbench last stopped (autosaved %2). Recover them?</source>
        <translation>%1 hatte ungespeicherte Änderungen, als Sandbench zuletzt endete (automatisch gesichert %2). Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1520"/>
        <source>&lt;b&gt;Sandbench %1&lt;/b&gt;&lt;p&gt;Runs Python analyses in a sandboxed worker and records every run.&lt;/p&gt;&lt;p&gt;Qt %2 · Python %3&lt;/p&gt;&lt;p&gt;Sandbox layers of this session:&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;b&gt;Sandbench %1&lt;/b&gt;&lt;p&gt;Führt Python-Analysen in einem abgeschotteten Worker aus und zeichnet jeden Lauf auf.&lt;/p&gt;&lt;p&gt;Qt %2 · Python %3&lt;/p&gt;&lt;p&gt;Sandbox-Schichten dieser Sitzung:&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1525"/>
        <source>not armed yet</source>
        <translation>noch nicht aktiv</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="726"/>
        <location filename="../app/mainwindow.cpp" line="727"/>
        <source>The session could not start: %1</source>
        <translation>Die Sitzung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="199"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="214"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="233"/>
        <source>Dataset %1 registered: %2; it is read in blocks as a dask DataFrame, being larger than the profile&apos;s %3 MB for loading whole</source>
        <translation>Datensatz %1 registriert: %2; er wird blockweise als dask-DataFrame gelesen, da er größer ist als die %3 MB, die das Profil für vollständiges Laden vorsieht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="250"/>
        <source>Dataset %1 loads again in blocks, as a dask DataFrame.</source>
        <translation>Datensatz %1 wird neu geladen, blockweise als dask-DataFrame.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="251"/>
        <source>Dataset %1 loads again whole, as a pandas DataFrame.</source>
        <translation>Datensatz %1 wird neu geladen, vollständig als pandas-DataFrame.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="259"/>
        <source>Dataset %1 loads again with its ISO dates as dates.</source>
        <translation>Datensatz %1 wird neu geladen, mit seinen ISO-Datumsangaben als Datumswerte.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="260"/>
        <source>Dataset %1 loads again with its dates as text.</source>
        <translation>Datensatz %1 wird neu geladen, mit seinen Datumsangaben als Text.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="362"/>
        <source>Cell [%1] will not run: %2 rejected run %3 (%4)</source>
        <translation>Zelle [%1] wird nicht ausgeführt: %2 hat Lauf %3 abgelehnt (%4)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="367"/>
        <source>The cell of run %1 will not run: %2 rejected it (%3)</source>
        <translation>Die Zelle von Lauf %1 wird nicht ausgeführt: %2 hat ihn abgelehnt (%3)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="733"/>
        <source>Session %1 · output folder %2</source>
        <translation>Sitzung %1 · Ausgabeordner %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="749"/>
        <source>The session uses the cluster %1 (%2): cells have a ready &apos;client&apos;; the network is closed but for its scheduler.</source>
        <translation>Die Sitzung verwendet den Cluster %1 (%2): Zellen haben einen fertigen &apos;client&apos;; das Netzwerk ist bis auf dessen Scheduler gesperrt.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="843"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="847"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="940"/>
        <source>Cell [%1]: %2 in %3 s</source>
        <translation>Zelle [%1]: %2 in %3 s</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="996"/>
        <source>Dataset not loaded: %1</source>
        <translation>Datensatz nicht geladen: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1129"/>
        <source>worker: starting</source>
        <translation>Worker: startet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1132"/>
        <source>worker: ready</source>
        <translation>Worker: bereit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1135"/>
        <source>worker: running</source>
        <translation>Worker: läuft</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1138"/>
        <source>worker: stopped</source>
        <translation>Worker: beendet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1141"/>
        <source>worker: stopped unexpectedly; the next cell starts a fresh one</source>
        <translation>Worker: unerwartet beendet; die nächste Zelle startet einen neuen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1330"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1391"/>
        <location filename="../app/mainwindow.cpp" line="1397"/>
        <location filename="../app/mainwindow.cpp" line="1404"/>
        <source>Allow Reading a Folder</source>
        <translation>Lesen eines Ordners erlauben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1398"/>
        <source>%1 would let the code read every file of yours. Choose the folder that holds the data.</source>
        <translation>%1 würde dem Code erlauben, jede Ihrer Dateien zu lesen. Wählen Sie den Ordner, der die Daten enthält.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1405"/>
        <source>Let the code read everything under %1?

The sandbox&apos;s file zones are fixed when the worker starts, so it restarts: the session&apos;s variables are reset and the datasets load again. Runs recorded so far are kept.</source>
        <translation>Dem Code erlauben, alles unter %1 zu lesen?

Die Dateizonen der Sandbox werden beim Start des Workers festgelegt, daher startet er neu: Die Variablen der Sitzung werden zurückgesetzt und die Datensätze neu geladen. Bisher aufgezeichnete Läufe bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1422"/>
        <source>The code may now read %1. The worker restarted: variables were reset.</source>
        <translation>Der Code darf jetzt %1 lesen. Der Worker wurde neu gestartet: Die Variablen wurden zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1465"/>
        <source>The new profile and limits apply from the next session (Run &gt; Restart Session).</source>
        <translation>Das neue Profil und die Limits gelten ab der nächsten Sitzung (Ausführen &gt; Sitzung neu starten).</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1506"/>
        <source>No cell was refused, rejected or held for review.</source>
        <translation>Keine Zelle wurde verweigert, abgelehnt oder zur Prüfung zurückgehalten.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1519"/>
        <source>About Sandbench</source>
        <translation>Über Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1524"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>sandbench::NotebookDocument</name>
    <message>
        <location filename="../widgets/notebookdocument.cpp" line="25"/>
        <source>Cannot save %1: %2. Choose another folder with Save As.</source>
        <translation>%1 kann nicht gespeichert werden: %2. Wählen Sie mit „Speichern unter“ einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../widgets/notebookdocument.cpp" line="69"/>
        <location filename="../widgets/notebookdocument.cpp" line="267"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/notebookdocument.cpp" line="75"/>
        <source>Cannot open %1: it is not UTF-8 text. Save it as UTF-8 and open it again.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist kein UTF-8-Text. Speichern Sie die Datei als UTF-8 und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../widgets/notebookdocument.cpp" line="112"/>
        <source>The notebook has no file yet; use Save As.</source>
        <translation>Das Notebook hat noch keine Datei; verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <location filename="../widgets/notebookdocument.cpp" line="152"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../widgets/notebookdocument.cpp" line="203"/>
        <source>Cannot autosave into %1: the folder cannot be created. Save the notebook to keep your changes.</source>
        <translation>In %1 kann nicht automatisch gesichert werden: Der Ordner kann nicht angelegt werden. Speichern Sie das Notebook, um Ihre Änderungen zu behalten.</translation>
    </message>
</context>
<context>
    <name>sandbench::OutputView</name>
    <message>
        <location filename="../widgets/outputview.cpp" line="89"/>
        <source> [… the rest of this line is not shown here: the window shows %L1 characters of a line; the run store keeps everything the worker sent …]</source>
        <translation> [… der Rest dieser Zeile wird hier nicht gezeigt: Das Fenster zeigt %L1 Zeichen einer Zeile; der Laufspeicher enthält alles, was der Worker gesendet hat …]</translation>
    </message>
    <message>
        <location filename="../widgets/outputview.cpp" line="173"/>
        <source>[… %1 earlier characters are not shown here; the run store keeps everything the worker sent …]</source>
        <translation>[… %1 frühere Zeichen werden hier nicht gezeigt; der Laufspeicher enthält alles, was der Worker gesendet hat …]</translation>
    </message>
    <message>
        <location filename="../widgets/outputview.cpp" line="227"/>
        <source>[%1] %2  %3 ms  (run %4)</source>
        <translation>[%1] %2  %3 ms  (Lauf %4)</translation>
    </message>
    <message>
        <location filename="../widgets/outputview.cpp" line="238"/>
        <source>Out: </source>
        <translation>Ausgabe: </translation>
    </message>
    <message>
        <location filename="../widgets/outputview.cpp" line="244"/>
        <source>Figure: %1</source>
        <translation>Grafik: %1</translation>
    </message>
</context>
<context>
    <name>sandbench::PolicyView</name>
    <message numerus="yes">
        <location filename="../widgets/policyview.cpp" line="25"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="34"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="34"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="43"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="46"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="47"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="48"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="60"/>
        <source>Allowed imports</source>
        <translation>Erlaubte Importe</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="60"/>
        <source>Modules code may import freely</source>
        <translation>Module, die der Code frei importieren darf</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="63"/>
        <source>Imports that need review</source>
        <translation>Importe, die eine Prüfung brauchen</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="64"/>
        <source>Triggers: a cell importing one of these waits for a reviewer (pending review)</source>
        <translation>Auslöser: Eine Zelle, die eines davon importiert, wartet auf eine Prüfung (wartet auf Prüfung)</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="67"/>
        <source>Blocked builtins</source>
        <translation>Gesperrte Builtins</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="67"/>
        <source>Calling one of these is refused</source>
        <translation>Ein Aufruf davon wird verweigert</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="70"/>
        <source>Blocked attributes</source>
        <translation>Gesperrte Attribute</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="70"/>
        <source>Reaching one of these is refused</source>
        <translation>Ein Zugriff darauf wird verweigert</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="74"/>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="80"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="85"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="85"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="123"/>
        <source>No imports at all</source>
        <translation>Überhaupt keine Importe</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="124"/>
        <location filename="../widgets/policyview.cpp" line="157"/>
        <source>Imports of %1</source>
        <translation>Importe von %1</translation>
    </message>
    <message>
        <source>Reading the registered datasets and the folders you allow (File &gt; Allow Reading a Folder; on the command line --read)</source>
        <translation type="vanished">Lesen der registrierten Datensätze und der Ordner, die Sie erlauben (Datei &gt; Lesen eines Ordners erlauben; auf der Kommandozeile --read)</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="125"/>
        <source>Reading the registered datasets and the folders you allow (File &gt; Allow Reading a Folder)</source>
        <translation>Lesen der registrierten Datensätze und der Ordner, die Sie erlauben (Datei &gt; Lesen eines Ordners erlauben)</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="127"/>
        <source>Writing files into the run&apos;s output folder</source>
        <translation>Schreiben von Dateien in den Ausgabeordner des Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="128"/>
        <source>Nothing is written: this profile allows no file writes</source>
        <translation>Es wird nichts geschrieben: Dieses Profil erlaubt kein Schreiben von Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="130"/>
        <source>eval() and exec() of text written in the cell itself</source>
        <translation>eval() und exec() von Text, der in der Zelle selbst steht</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="131"/>
        <source>Runs</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="131"/>
        <source>Code that only does these runs as written</source>
        <translation>Code, der nur Folgendes tut, läuft wie geschrieben</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="134"/>
        <source>Imports of any module not listed here</source>
        <translation>Importe aller hier nicht aufgeführten Module</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="136"/>
        <source>Using the builtins %1</source>
        <translation>Verwenden der Builtins %1</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="138"/>
        <source>Reaching the internals %1</source>
        <translation>Zugriff auf die Interna %1</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="139"/>
        <source>Reading files outside the datasets and allowed folders</source>
        <translation>Lesen von Dateien außerhalb der Datensätze und erlaubten Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="140"/>
        <source>Writing files outside the output folder</source>
        <translation>Schreiben von Dateien außerhalb des Ausgabeordners</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="140"/>
        <source>Writing any file</source>
        <translation>Schreiben beliebiger Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="141"/>
        <source>Starting programs, network connections, native code and signals to other processes (the kernel refuses them for every profile)</source>
        <translation>Starten von Programmen, Netzwerkverbindungen, nativer Code und Signale an andere Prozesse (der Kernel verweigert sie für jedes Profil)</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="146"/>
        <source>%1 s per cell</source>
        <translation>%1 s pro Zelle</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="148"/>
        <source>%1 MB of memory</source>
        <translation>%1 MB Speicher</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="150"/>
        <source>Going beyond the limits: %1</source>
        <translation>Überschreiten der Limits: %1</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="151"/>
        <source>Denied at run time</source>
        <translation>Zur Laufzeit verweigert</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="152"/>
        <source>The cell stops with a message naming the rule, the line and what to do instead</source>
        <translation>Die Zelle stoppt mit einer Meldung, die die Regel, die Zeile und das stattdessen Mögliche nennt</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="159"/>
        <source>eval() or exec() of text built while the cell runs</source>
        <translation>eval() oder exec() von Text, der erst während der Ausführung der Zelle entsteht</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="160"/>
        <source>pandas eval() or query() with engine=&apos;python&apos;</source>
        <translation>pandas eval() oder query() mit engine=&apos;python&apos;</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="161"/>
        <source>Unpickling a file (pickle.load, pandas.read_pickle, joblib.load)</source>
        <translation>Laden einer Pickle-Datei (pickle.load, pandas.read_pickle, joblib.load)</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="163"/>
        <source>Code from an LLM, the first time it runs</source>
        <translation>Code von einem LLM, beim ersten Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="165"/>
        <source>Cells run with limits raised above the profile&apos;s</source>
        <translation>Zellen, die mit Limits über denen des Profils laufen</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="167"/>
        <source>Cells that write files</source>
        <translation>Zellen, die Dateien schreiben</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="168"/>
        <source>Waits for review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="169"/>
        <source>The cell does not run until a reviewer approves exactly this code; the reviewer sees the reason and the code</source>
        <translation>Die Zelle läuft erst, wenn ein Prüfer genau diesen Code genehmigt; der Prüfer sieht den Grund und den Code</translation>
    </message>
</context>
<context>
    <name>sandbench::ProvenancePanel</name>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="51"/>
        <source>on</source>
        <comment>a sandbox layer</comment>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="53"/>
        <source>off</source>
        <comment>a sandbox layer</comment>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="68"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="78"/>
        <source>⚠ missing now</source>
        <translation>⚠ jetzt nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="82"/>
        <source>⚠ changed since</source>
        <translation>⚠ seitdem geändert</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="91"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="92"/>
        <source>Worker version</source>
        <translation>Worker-Version</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="94"/>
        <source>Worker build (SHA-256)</source>
        <translation>Worker-Build (SHA-256)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="95"/>
        <source>Profile file</source>
        <translation>Profildatei</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="97"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="98"/>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="99"/>
        <location filename="../widgets/provenancepanel.cpp" line="560"/>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="101"/>
        <source>Memory per worker (MB)</source>
        <translation>Speicher pro Worker (MB)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="102"/>
        <location filename="../widgets/provenancepanel.cpp" line="566"/>
        <source>State folder</source>
        <translation>Zustandsordner</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="104"/>
        <source>Sandbox layers of the workers</source>
        <translation>Sandbox-Schichten der Worker</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="106"/>
        <source>Versions the workers reported</source>
        <translation>Von den Workern gemeldete Versionen</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="122"/>
        <source>Time limit (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="123"/>
        <source>CPU time limit (s)</source>
        <translation>CPU-Zeitlimit (s)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="124"/>
        <source>Memory (MB)</source>
        <translation>Speicher (MB)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="126"/>
        <source>Output kept (characters)</source>
        <translation>Behaltene Ausgabe (Zeichen)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="127"/>
        <source>Figures</source>
        <translation>Grafiken</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="128"/>
        <source>Largest file (MB)</source>
        <translation>Größte Datei (MB)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="129"/>
        <source>Output files</source>
        <translation>Ausgabedateien</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="130"/>
        <source>Output folder (MB)</source>
        <translation>Ausgabeordner (MB)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="131"/>
        <source>Open files</source>
        <translation>Offene Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="132"/>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="133"/>
        <source>Undo steps kept</source>
        <translation>Behaltene Rückgängig-Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="135"/>
        <source>Memory for undo steps (MB)</source>
        <translation>Speicher für Rückgängig-Schritte (MB)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="150"/>
        <source>typed in the notebook</source>
        <translation>im Notebook eingetippt</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="152"/>
        <source>pasted into the notebook</source>
        <translation>in das Notebook eingefügt</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="154"/>
        <source>read from a notebook or script file</source>
        <translation>aus einer Notebook- oder Skriptdatei gelesen</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="156"/>
        <source>suggested by a language model</source>
        <translation>von einem Sprachmodell vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="158"/>
        <source>imported from a Jupyter notebook</source>
        <translation>aus einem Jupyter-Notebook importiert</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="168"/>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>The run&apos;s full provenance, as &apos;sandbench show --json&apos; prints it</source>
        <translation type="vanished">Die vollständige Herkunft des Laufs, wie &apos;sandbench show --json&apos; sie ausgibt</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="169"/>
        <source>Copies the run&apos;s full provenance as JSON, the same record the command line shows for this run</source>
        <translation>Kopiert die vollständige Herkunft des Laufs als JSON, dieselben Angaben, die die Kommandozeile für diesen Lauf zeigt</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="172"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="172"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="196"/>
        <source>Select a cell or a run to see where it came from.</source>
        <translation>Wählen Sie eine Zelle oder einen Lauf aus, um die Herkunft zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="246"/>
        <location filename="../widgets/provenancepanel.cpp" line="251"/>
        <source>Exchange</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="247"/>
        <source>not in this database</source>
        <translation>nicht in dieser Datenbank</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="252"/>
        <source>#%1, %2</source>
        <translation>#%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="253"/>
        <source>answered by</source>
        <translation>beantwortet von</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="256"/>
        <source>prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="258"/>
        <source>answer tokens</source>
        <translation>Antwort-Tokens</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="261"/>
        <source>answer time (ms)</source>
        <translation>Antwortzeit (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="264"/>
        <source>messages sent</source>
        <translation>gesendete Nachrichten</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="265"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="274"/>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="349"/>
        <source>Run %1 is not in the store.</source>
        <translation>Lauf %1 ist nicht im Laufspeicher.</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="354"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · cell [%2] · session %3</source>
        <translation>&lt;b&gt;Lauf %1&lt;/b&gt; · Zelle [%2] · Sitzung %3</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="359"/>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="366"/>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="368"/>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="372"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="374"/>
        <source>Code hash (SHA-256)</source>
        <translation>Code-Prüfsumme (SHA-256)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="375"/>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="376"/>
        <location filename="../widgets/provenancepanel.cpp" line="492"/>
        <location filename="../widgets/provenancepanel.cpp" line="510"/>
        <location filename="../widgets/provenancepanel.cpp" line="514"/>
        <source>Recorded as &quot;%1&quot;</source>
        <translation>Aufgezeichnet als „%1“</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="378"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="379"/>
        <source>Prompt hash (SHA-256)</source>
        <translation>Prompt-Prüfsumme (SHA-256)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="382"/>
        <source>Model server</source>
        <translation>Modellserver</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="422"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="423"/>
        <source>State kept after the error (on-error keep)</source>
        <translation>Zustand nach dem Fehler behalten (on-error keep)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="435"/>
        <location filename="../widgets/provenancepanel.cpp" line="571"/>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="440"/>
        <source>Names read</source>
        <translation>Gelesene Namen</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="441"/>
        <source>Names written</source>
        <translation>Geschriebene Namen</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="477"/>
        <source>All inputs&apos; hash (SHA-256)</source>
        <translation>Prüfsumme aller Eingaben (SHA-256)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="483"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="484"/>
        <source>Profile hash (SHA-256)</source>
        <translation>Profil-Prüfsumme (SHA-256)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="487"/>
        <source>Limits (hash)</source>
        <translation>Limits (Prüfsumme)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="517"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="526"/>
        <source>Blocks read</source>
        <translation>Gelesene Blöcke</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="527"/>
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="528"/>
        <source>Recorded as &quot;lazy_reads&quot;: the blocks of datasets larger than memory that the run computed</source>
        <translation>Aufgezeichnet als „lazy_reads“: die Blöcke von Datensätzen größer als der Speicher, die der Lauf berechnet hat</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="536"/>
        <source>%1 of %2 blocks, %3 of %4</source>
        <translation>%1 von %2 Blöcken, %3 von %4</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="547"/>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="548"/>
        <source>bytes %1–%2</source>
        <translation>Bytes %1–%2</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="557"/>
        <source>Dask cluster</source>
        <translation>Dask-Cluster</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="558"/>
        <source>Recorded as &quot;cluster&quot;: the sandboxed cluster the session used</source>
        <translation>Aufgezeichnet als &quot;cluster&quot;: der abgeschottete Cluster, den die Sitzung verwendet hat</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="562"/>
        <source>%n worker(s) started with the cluster, %1 MB each</source>
        <translation>
            <numerusform>%n Worker mit dem Cluster gestartet, je %1 MB</numerusform>
            <numerusform>%n Worker mit dem Cluster gestartet, je %1 MB</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="564"/>
        <source>none started with the cluster: the scheduler alone, with workers that join it from other machines</source>
        <translation>keine mit dem Cluster gestartet: nur der Scheduler, mit Workern, die ihm von anderen Rechnern aus beitreten</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="570"/>
        <source>Members&apos; sandbox layers</source>
        <translation>Sandbox-Schichten der Mitglieder</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="571"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="572"/>
        <source>As the cluster&apos;s supervisor recorded them when the session started: what each member reported as it armed, before it ran anything a client sent</source>
        <translation>So, wie der Supervisor des Clusters sie beim Start der Sitzung aufgezeichnet hat: was jedes Mitglied beim Aktivieren gemeldet hat, bevor es irgendetwas ausgeführt hat, das ein Client gesendet hat</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="588"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="596"/>
        <source>Reported by the worker</source>
        <translation>Vom Worker gemeldet</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="597"/>
        <source>the session&apos;s worker&apos;s own account, not checked by the app</source>
        <translation>die eigene Angabe des Workers der Sitzung, nicht von der App geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="599"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="600"/>
        <source>dask %1, distributed %2</source>
        <translation>dask %1, distributed %2</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="601"/>
        <location filename="../widgets/provenancepanel.cpp" line="602"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="607"/>
        <source>Task graph</source>
        <translation>Task-Graph</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="608"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Task</numerusform>
            <numerusform>%n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="610"/>
        <source>%n computation(s)</source>
        <translation>
            <numerusform>%n Berechnung</numerusform>
            <numerusform>%n Berechnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="613"/>
        <source>Task keys&apos; hash (SHA-256)</source>
        <translation>Hash der Task-Schlüssel (SHA-256)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="614"/>
        <source>not computed (a graph of more than a million tasks)</source>
        <translation>nicht berechnet (ein Graph mit mehr als einer Million Tasks)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="615"/>
        <source>Dask&apos;s task keys are tokens of the code and the data: the same computation over the same files gives the same hash</source>
        <translation>Die Task-Schlüssel von Dask sind Tokens des Codes und der Daten: Dieselbe Berechnung über dieselben Dateien ergibt denselben Hash</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="622"/>
        <source>Files read</source>
        <translation>Gelesene Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="623"/>
        <source>none read in blocks</source>
        <translation>keine blockweise gelesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="624"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n Datei, %1</numerusform>
            <numerusform>%n Dateien, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="626"/>
        <source>The byte ranges of files the task graphs read in blocks (dask&apos;s read_csv and the like), as the cell&apos;s process counted them</source>
        <translation>Die Byte-Bereiche der Dateien, die die Task-Graphen blockweise gelesen haben (read_csv von dask und Ähnliches), wie der Prozess der Zelle sie gezählt hat</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="632"/>
        <source>%1 in %n block(s)</source>
        <translation>
            <numerusform>%1 in %n Block</numerusform>
            <numerusform>%1 in %n Blöcken</numerusform>
        </translation>
    </message>
    <message>
        <source>sha256</source>
        <translation type="vanished">sha256</translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="vanished">Ursprung</translation>
    </message>
    <message>
        <source>model</source>
        <translation type="vanished">Modell</translation>
    </message>
    <message>
        <source>prompt sha256</source>
        <translation type="vanished">Prompt-sha256</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="387"/>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="388"/>
        <location filename="../widgets/provenancepanel.cpp" line="393"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="392"/>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="405"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="409"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="410"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="411"/>
        <source>started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="412"/>
        <source>finished</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="413"/>
        <source>wall time (ms)</source>
        <translation>Echtzeit (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="415"/>
        <source>CPU time (ms)</source>
        <translation>CPU-Zeit (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="417"/>
        <source>peak memory (kB)</source>
        <translation>Spitzenspeicher (kB)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="419"/>
        <source>state derived from run</source>
        <translation>Zustand stammt von Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="420"/>
        <location filename="../widgets/provenancepanel.cpp" line="428"/>
        <location filename="../widgets/provenancepanel.cpp" line="436"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="427"/>
        <source>State changed</source>
        <translation>Zustand geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="429"/>
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n Einstellung</numerusform>
            <numerusform>%n Einstellungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="444"/>
        <location filename="../widgets/provenancepanel.cpp" line="452"/>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="445"/>
        <source>decision %1</source>
        <translation>Entscheidung %1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="446"/>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="447"/>
        <source>decided</source>
        <translation>entschieden</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="448"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="449"/>
        <source>flagged run</source>
        <translation>markierter Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="453"/>
        <source>waiting for a reviewer</source>
        <translation>wartet auf einen Prüfer</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="454"/>
        <source>none needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="469"/>
        <source>Content hash (SHA-256)</source>
        <translation>Inhalts-Prüfsumme (SHA-256)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="471"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="473"/>
        <source>changed since</source>
        <translation>seitdem geändert</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="68"/>
        <location filename="../widgets/provenancepanel.cpp" line="474"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>all inputs sha256</source>
        <translation type="vanished">sha256 aller Eingaben</translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="vanished">Profil</translation>
    </message>
    <message>
        <source>profile sha256</source>
        <translation type="vanished">Profil-sha256</translation>
    </message>
    <message>
        <source>limits</source>
        <translation type="vanished">Limits</translation>
    </message>
    <message>
        <source>packages</source>
        <translation type="vanished">Pakete</translation>
    </message>
</context>
<context>
    <name>sandbench::QueryReply</name>
    <message>
        <location filename="../core/queryreply.cpp" line="44"/>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <location filename="../core/queryreply.cpp" line="52"/>
        <source>the worker did not say why</source>
        <translation>der Worker hat keinen Grund angegeben</translation>
    </message>
    <message>
        <location filename="../core/queryreply.cpp" line="62"/>
        <source>the worker answered %1 to a %2 request</source>
        <translation>der Worker hat auf eine %2-Anfrage mit %1 geantwortet</translation>
    </message>
    <message>
        <location filename="../core/queryreply.cpp" line="90"/>
        <source>A page could not be read: %1</source>
        <translation>Eine Seite konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>sandbench::ResultTable</name>
    <message>
        <location filename="../widgets/richoutput.cpp" line="440"/>
        <source>Open in Data</source>
        <translation>In Daten öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="442"/>
        <location filename="../widgets/richoutput.cpp" line="469"/>
        <source>Show all rows of %1 in the Data panel: sort, filter, summarize</source>
        <translation>Alle Zeilen von %1 im Datenbereich zeigen: sortieren, filtern, zusammenfassen</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="461"/>
        <location filename="../widgets/richoutput.cpp" line="467"/>
        <source>%1 (loading…)</source>
        <translation>%1 (wird geladen…)</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="507"/>
        <source>%1: %2 rows × %3 columns, the first %4 shown</source>
        <translation>%1: %2 Zeilen × %3 Spalten, die ersten %4 gezeigt</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="511"/>
        <source>%1: %2 rows × %3 columns</source>
        <translation>%1: %2 Zeilen × %3 Spalten</translation>
    </message>
</context>
<context>
    <name>sandbench::ReviewQueuePanel</name>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="38"/>
        <location filename="../widgets/reviewqueuepanel.cpp" line="410"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="40"/>
        <location filename="../widgets/reviewqueuepanel.cpp" line="410"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="41"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="48"/>
        <source>Show decided runs</source>
        <translation>Entschiedene Läufe zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="51"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="51"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="51"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="51"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="51"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="64"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="64"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="72"/>
        <source>Note for the analyst (required to reject)</source>
        <translation>Notiz für den Analysten (zum Ablehnen erforderlich)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="73"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="74"/>
        <source>Let exactly this code run under this profile and limits</source>
        <translation>Genau diesen Code unter diesem Profil und diesen Limits ausführen lassen</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="75"/>
        <source>Re&amp;ject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="76"/>
        <source>Refuse it; the note tells the analyst why</source>
        <translation>Ablehnen; die Notiz nennt dem Analysten den Grund</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="81"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="81"/>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="81"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="81"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="115"/>
        <source>Decisions about this code:</source>
        <translation>Entscheidungen zu diesem Code:</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="180"/>
        <source>session %1 · %2</source>
        <translation>Sitzung %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="181"/>
        <source>session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="223"/>
        <source>The queue could not be read: %1</source>
        <translation>Die Warteschlange konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="334"/>
        <source>No run waits for review.</source>
        <translation>Kein Lauf wartet auf Prüfung.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="344"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · cell [%2] · %3 · flagged %4 · profile %5 · %6</source>
        <translation>&lt;b&gt;Lauf %1&lt;/b&gt; · Zelle [%2] · %3 · markiert %4 · Profil %5 · %6</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="394"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="396"/>
        <source>any data (the profile does not bind approvals to data)</source>
        <translation>beliebige Daten (das Profil bindet Genehmigungen nicht an Daten)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="398"/>
        <source>An approval binds to: code &lt;tt&gt;%1&lt;/tt&gt; · profile %2 &lt;tt&gt;%3&lt;/tt&gt; · limits &lt;tt&gt;%4&lt;/tt&gt; · data: %5</source>
        <translation>Eine Genehmigung gilt für: Code &lt;tt&gt;%1&lt;/tt&gt; · Profil %2 &lt;tt&gt;%3&lt;/tt&gt; · Limits &lt;tt&gt;%4&lt;/tt&gt; · Daten: %5</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="434"/>
        <source>Set your reviewer name (Review &gt; Reviewer Name…) to decide.</source>
        <translation>Legen Sie Ihren Prüfernamen fest (Prüfung &gt; Name des Prüfers…), um zu entscheiden.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="458"/>
        <source>Select a run in the queue first.</source>
        <translation>Wählen Sie zuerst einen Lauf in der Warteschlange aus.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="460"/>
        <source>Set your reviewer name (Review &gt; Reviewer Name…) first: decisions record who made them.</source>
        <translation>Legen Sie zuerst Ihren Prüfernamen fest (Prüfung &gt; Name des Prüfers…): Entscheidungen zeichnen auf, wer sie getroffen hat.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="463"/>
        <source>Write in the note why the run is rejected: the analyst reads it.</source>
        <translation>Schreiben Sie in die Notiz, warum der Lauf abgelehnt wird: Der Analyst liest sie.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="490"/>
        <source>Run %1 approved: it runs when its session is ready.</source>
        <translation>Lauf %1 genehmigt: Er wird ausgeführt, sobald seine Sitzung bereit ist.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="491"/>
        <source>Run %1 rejected.</source>
        <translation>Lauf %1 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>sandbench::ReviewerWindow</name>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="25"/>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="31"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="32"/>
        <source>Re&amp;view</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="33"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="34"/>
        <source>&amp;Reviewer Name…</source>
        <translation>Name des &amp;Prüfers…</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="35"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="49"/>
        <source>Run %1 approved by %2</source>
        <translation>Lauf %1 von %2 genehmigt</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="50"/>
        <source>Run %1 rejected by %2</source>
        <translation>Lauf %1 von %2 abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="62"/>
        <source>Database: %1 · reviewer: %2</source>
        <translation>Datenbank: %1 · Prüfer: %2</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="74"/>
        <source>Reviewer Name</source>
        <translation>Name des Prüfers</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="74"/>
        <source>Decisions are recorded under:</source>
        <translation>Entscheidungen werden aufgezeichnet unter:</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="89"/>
        <source>Review Queue (%1 pending) – %2 – Sandbench</source>
        <translation>Prüfwarteschlange (%1 ausstehend) – %2 – Sandbench</translation>
    </message>
</context>
<context>
    <name>sandbench::RichOutputView</name>
    <message>
        <location filename="../widgets/richoutput.cpp" line="574"/>
        <source>Out[%1]</source>
        <translation>Out[%1]</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="575"/>
        <source>Displayed table</source>
        <translation>Angezeigte Tabelle</translation>
    </message>
</context>
<context>
    <name>sandbench::RunSearchPanel</name>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="27"/>
        <source>Search code, output and review notes of every session</source>
        <translation>Code, Ausgabe und Prüfnotizen aller Sitzungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="30"/>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="35"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="43"/>
        <source>Open in New Cell</source>
        <translation>In neuer Zelle öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="44"/>
        <source>Put the selected run&apos;s code in a new cell at the end of the notebook</source>
        <translation>Den Code des ausgewählten Laufs in eine neue Zelle am Ende des Notebooks einfügen</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="48"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="48"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="48"/>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="48"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="49"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="49"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="60"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="158"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="170"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="176"/>
        <source>first %1 runs</source>
        <translation>die ersten %1 Läufe</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runsearchpanel.cpp" line="177"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandbench::RunTimelineChart</name>
    <message>
        <location filename="../widgets/runtimelinechart.cpp" line="15"/>
        <source>Runs of this session</source>
        <translation>Läufe dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../widgets/runtimelinechart.cpp" line="20"/>
        <source>duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <location filename="../widgets/runtimelinechart.cpp" line="23"/>
        <source>peak memory (MB)</source>
        <translation>Spitzenspeicher (MB)</translation>
    </message>
    <message>
        <location filename="../widgets/runtimelinechart.cpp" line="28"/>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/runtimelinechart.cpp" line="31"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../widgets/runtimelinechart.cpp" line="33"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../widgets/runtimelinechart.cpp" line="44"/>
        <source>Click a point to see that run&apos;s provenance</source>
        <translation>Klicken Sie auf einen Punkt, um die Herkunft dieses Laufs zu sehen</translation>
    </message>
</context>
<context>
    <name>sandbench::SessionRunner</name>
    <message>
        <source>Cannot create the output folder %1; choose another with --out.</source>
        <translation type="vanished">Der Ausgabeordner %1 kann nicht angelegt werden; wählen Sie mit --out einen anderen.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="161"/>
        <source>The worker was replaced before it answered; ask again.</source>
        <translation>Der Worker wurde ersetzt, bevor er geantwortet hat; fragen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="165"/>
        <source>The session restarted before the undo was done; the new session has no earlier state to return to.</source>
        <translation>Die Sitzung wurde neu gestartet, bevor das Rückgängigmachen fertig war; die neue Sitzung hat keinen früheren Zustand, zu dem sie zurückkehren könnte.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="242"/>
        <source>the worker did not say why</source>
        <translation>der Worker hat keinen Grund angegeben</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="270"/>
        <location filename="../core/sessionrunner.cpp" line="321"/>
        <source>The session has no worker.</source>
        <translation>Die Sitzung hat keinen Worker.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="456"/>
        <source>The cell was stopped before it started; it did not run.</source>
        <translation>Die Zelle wurde gestoppt, bevor sie begonnen hat; sie wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="580"/>
        <source>The cell was not run: the sandbox could not be set up (%1).</source>
        <translation>Die Zelle wurde nicht ausgeführt: Die Sandbox konnte nicht eingerichtet werden (%1).</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="823"/>
        <source>Provenance: the dataset %1 could not be hashed (%2).</source>
        <translation>Herkunft: Für den Datensatz %1 konnte keine Prüfsumme berechnet werden (%2).</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="630"/>
        <source>Provenance: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="109"/>
        <source>Cannot create the output folder %1; %2.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden; %2.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="815"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="851"/>
        <source>the limit %1 is %2 for this cell, above the &apos;%3&apos; profile&apos;s %4: the profile has a reviewer approve raised limits</source>
        <translation>das Limit %1 beträgt für diese Zelle %2 und liegt damit über dem Wert %4 des Profils &apos;%3&apos;: Das Profil lässt erhöhte Limits von einem Prüfer genehmigen</translation>
    </message>
    <message>
        <source>the cell sends work to the cluster %1 (%2 sandboxed workers): the &apos;%3&apos; profile has a reviewer approve code that runs on a cluster</source>
        <translation type="vanished">die Zelle schickt Arbeit an den Cluster %1 (%2 abgeschottete Worker): Das Profil &apos;%3&apos; lässt Code, der auf einem Cluster läuft, von einem Prüfer genehmigen</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="864"/>
        <source>the cell sends work to the cluster %1 (%2): the &apos;%3&apos; profile has a reviewer approve code that runs on a cluster</source>
        <translation>die Zelle schickt Arbeit an den Cluster %1 (%2): Das Profil &apos;%3&apos; lässt Code, der auf einem Cluster läuft, von einem Prüfer genehmigen</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="881"/>
        <source>a language model</source>
        <translation>ein Sprachmodell</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="883"/>
        <source>the code was suggested by %1 and has never run: the &apos;%2&apos; profile has a reviewer approve such code before its first run</source>
        <translation>der Code wurde von %1 vorgeschlagen und noch nie ausgeführt: Das Profil &apos;%2&apos; lässt solchen Code vor seinem ersten Lauf von einem Prüfer genehmigen</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="913"/>
        <source>The cell was not run: it waits for a reviewer&apos;s approval (see the Review Queue).</source>
        <translation>Die Zelle wurde nicht ausgeführt: Sie wartet auf die Genehmigung eines Prüfers (siehe Prüfwarteschlange).</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="915"/>
        <source>The cell was not run: it waits for a reviewer&apos;s approval (&apos;sandbench review list&apos;).</source>
        <translation>Die Zelle wurde nicht ausgeführt: Sie wartet auf die Genehmigung eines Prüfers (&apos;sandbench review list&apos;).</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="1061"/>
        <source>%1 rejected this code on %2: %3</source>
        <translation>%1 hat diesen Code am %2 abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="1075"/>
        <source>The worker died while this cell ran. Variables from earlier cells are gone; the next cell runs in a fresh worker with the datasets loaded again.</source>
        <translation>Der Worker ist während der Ausführung dieser Zelle abgestürzt. Variablen aus früheren Zellen sind verloren; die nächste Zelle läuft in einem neuen Worker, in den die Datensätze erneut geladen werden.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="1083"/>
        <source>The worker was replaced: variables from earlier cells are gone; the next cell runs in a fresh worker with the datasets loaded again.</source>
        <translation>Der Worker wurde ersetzt: Variablen aus früheren Zellen sind verloren; die nächste Zelle läuft in einem neuen Worker, in den die Datensätze erneut geladen werden.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="1152"/>
        <source>The figures of this cell could not be saved: %1</source>
        <translation>Die Grafiken dieser Zelle konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sandbench::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="31"/>
        <source>profile&apos;s own</source>
        <translation>wie im Profil</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="40"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="50"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="51"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="52"/>
        <source>&amp;Memory limit:</source>
        <translation>&amp;Speicherlimit:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="53"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="54"/>
        <source>&amp;Time limit per cell:</source>
        <translation>&amp;Zeitlimit pro Zelle:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="55"/>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="57"/>
        <source>&amp;Output kept per cell:</source>
        <translation>&amp;Behaltene Ausgabe pro Zelle:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="58"/>
        <source>&amp;Keep what a failing cell did before its error</source>
        <translation>&amp;Was eine fehlschlagende Zelle vor ihrem Fehler getan hat, behalten</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="59"/>
        <source>Off: a cell that raises an error leaves the variables as they were before it. On: what it did before the error stays, as in Jupyter; Run &gt; Undo Last Cell still goes back to before the cell. Refused cells and limits always roll back. Applies to the next cell.</source>
        <translation>Aus: Eine Zelle, die einen Fehler auslöst, hinterlässt die Variablen so, wie sie vor ihr waren. An: Was sie vor dem Fehler getan hat, bleibt erhalten, wie in Jupyter; Ausführen &gt; Letzte Zelle rückgängig machen kehrt weiterhin zum Stand vor der Zelle zurück. Verweigerte Zellen und Limitüberschreitungen werden immer zurückgesetzt. Gilt ab der nächsten Zelle.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="65"/>
        <source>On error:</source>
        <translation>Bei Fehler:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="66"/>
        <source>Changes apply when the session restarts (Run &gt; Restart Session); every run records the profile and limits it ran under.</source>
        <translation>Änderungen gelten nach einem Neustart der Sitzung (Ausführen &gt; Sitzung neu starten); jeder Lauf zeichnet Profil und Limits auf, unter denen er lief.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="71"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="76"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="77"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="79"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="83"/>
        <source>Editor &amp;font:</source>
        <translation>&amp;Schrift des Editors:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="88"/>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="89"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="94"/>
        <source>Your name, as approvals will record it</source>
        <translation>Ihr Name, wie Genehmigungen ihn aufzeichnen werden</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="95"/>
        <source>&amp;Reviewer name:</source>
        <translation>Name des &amp;Prüfers:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="96"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="99"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="102"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="170"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="172"/>
        <source>Ollama http://localhost:11434/v1 · llama-server http://localhost:8080/v1 · vLLM http://localhost:8000/v1 · LM Studio http://localhost:1234/v1, or a hosted service&apos;s OpenAI-compatible URL</source>
        <translation>Ollama http://localhost:11434/v1 · llama-server http://localhost:8080/v1 · vLLM http://localhost:8000/v1 · LM Studio http://localhost:1234/v1 oder die OpenAI-kompatible URL eines gehosteten Dienstes</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="184"/>
        <source>as the server names it, e.g. qwen2.5-coder:7b</source>
        <translation>so wie der Server es benennt, z. B. qwen2.5-coder:7b</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="185"/>
        <source>&amp;List Models</source>
        <translation>Modelle &amp;auflisten</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="186"/>
        <source>Asks the server for its models (GET /models)</source>
        <translation>Fragt den Server nach seinen Modellen (GET /models)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="194"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="201"/>
        <source>Lower is more predictable code; 0.2 suits most analyses</source>
        <translation>Niedriger ergibt vorhersehbareren Code; 0,2 passt für die meisten Analysen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="202"/>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="207"/>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="209"/>
        <source>The model&apos;s context size: the request is trimmed to fit, and the assistant says what it left out</source>
        <translation>Die Kontextgröße des Modells: Die Anfrage wird passend gekürzt, und der Assistent sagt, was er ausgelassen hat</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="211"/>
        <source>&amp;Context size:</source>
        <translation>&amp;Kontextgröße:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="217"/>
        <source> tool calls</source>
        <translation> Werkzeugaufrufe</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="218"/>
        <source>Agent mode: the model is stopped after this many tool calls (running a cell, reading a table) for one question</source>
        <translation>Agentenmodus: Das Modell wird nach so vielen Werkzeugaufrufen (eine Zelle ausführen, eine Tabelle lesen) für eine Frage angehalten</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="220"/>
        <source>Agent &amp;step limit:</source>
        <translation>Agenten-Schritt&amp;limit:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="222"/>
        <source>Allow sample &amp;rows (a few first rows of each dataset)</source>
        <translation>Beispiel&amp;zeilen erlauben (die ersten Zeilen jedes Datensatzes)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="225"/>
        <source>On by default for a model on this machine, off for a remote one. Without samples the model sees names, types and sizes only.</source>
        <translation>Standardmäßig an für ein Modell auf diesem Rechner, aus für ein entferntes. Ohne Beispiele sieht das Modell nur Namen, Typen und Größen.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="228"/>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="232"/>
        <source>none (a local server needs none)</source>
        <translation>keiner (ein lokaler Server braucht keinen)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="234"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="240"/>
        <source>Kept in the desktop&apos;s keyring, one per server; never in the settings file, the run database or a log.</source>
        <translation>Im Schlüsselbund des Desktops gespeichert, einer pro Server; nie in der Einstellungsdatei, der Laufdatenbank oder einem Protokoll.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="242"/>
        <source>This build has no keyring support (QtKeychain was not found when it was built): a key is kept for this session only and never written anywhere.</source>
        <translation>Dieser Build unterstützt keinen Schlüsselbund (QtKeychain wurde beim Bauen nicht gefunden): Ein Schlüssel wird nur für diese Sitzung behalten und nirgends gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="252"/>
        <source>The keyring could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="265"/>
        <source>The key could not be stored in the keyring: %1. Nothing was saved; clear the key field to save the rest, or unlock the keyring and press OK again.</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1. Es wurde nichts gespeichert; leeren Sie das Schlüsselfeld, um den Rest zu speichern, oder entsperren Sie den Schlüsselbund und drücken Sie erneut OK.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="273"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="308"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="317"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/settingsdialog.cpp" line="330"/>
        <source>✓ Connected: the server offers %n model(s).</source>
        <translation>
            <numerusform>✓ Verbunden: Der Server bietet %n Modell an.</numerusform>
            <numerusform>✓ Verbunden: Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="333"/>
        <source>It does not offer &quot;%1&quot;: pick one of the list.</source>
        <translation>Er bietet „%1“ nicht an: Wählen Sie eines aus der Liste.</translation>
    </message>
</context>
<context>
    <name>sandbench::StaleRunner</name>
    <message>
        <location filename="../core/stalerunner.cpp" line="30"/>
        <source>Run S&amp;tale Cells</source>
        <translation>Veral&amp;tete Zellen ausführen</translation>
    </message>
    <message>
        <location filename="../core/stalerunner.cpp" line="35"/>
        <source>Run again, in notebook order, the cells whose output used a name a later run redefined, and the cells below that become stale on the way</source>
        <translation>Die Zellen, deren Ausgabe einen Namen verwendet hat, den ein späterer Lauf neu definiert hat, in Notebook-Reihenfolge erneut ausführen, ebenso die Zellen darunter, die dabei veralten</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/stalerunner.cpp" line="70"/>
        <source>Ran %n stale cell(s)</source>
        <translation>
            <numerusform>%n veraltete Zelle ausgeführt</numerusform>
            <numerusform>%n veraltete Zellen ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/stalerunner.cpp" line="85"/>
        <source>Run Stale Cells stopped at [%1]: %2</source>
        <translation>Veraltete Zellen ausführen wurde bei [%1] angehalten: %2</translation>
    </message>
</context>
<context>
    <name>sandbench::TableColumn</name>
    <message>
        <location filename="../core/tablepage.cpp" line="42"/>
        <source>a column of kind &apos;%1&apos; has %2 bytes for %3 rows</source>
        <translation>eine Spalte der Art &apos;%1&apos; hat %2 Bytes für %3 Zeilen</translation>
    </message>
    <message>
        <location filename="../core/tablepage.cpp" line="93"/>
        <source>a text column does not hold exactly %1 values</source>
        <translation>eine Textspalte enthält nicht genau %1 Werte</translation>
    </message>
    <message>
        <location filename="../core/tablepage.cpp" line="100"/>
        <source>unknown column kind &apos;%1&apos;</source>
        <translation>unbekannte Spaltenart &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>sandbench::TablePage</name>
    <message>
        <location filename="../core/tablepage.cpp" line="165"/>
        <source>the page describes %1 columns but sends %2</source>
        <translation>die Seite beschreibt %1 Spalten, sendet aber %2</translation>
    </message>
    <message>
        <location filename="../core/tablepage.cpp" line="176"/>
        <source>the page&apos;s payload is shorter than its columns say</source>
        <translation>die Nutzdaten der Seite sind kürzer, als ihre Spalten angeben</translation>
    </message>
</context>
<context>
    <name>sandbench::TracebackView</name>
    <message>
        <location filename="../widgets/richoutput.cpp" line="290"/>
        <source>cell [%1], line %2</source>
        <translation>Zelle [%1], Zeile %2</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="291"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="293"/>
        <source>, in %1</source>
        <translation>, in %1</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="309"/>
        <source>It was raised while handling this exception:</source>
        <translation>Sie wurde während der Behandlung dieser Ausnahme ausgelöst:</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="311"/>
        <source>It was caused by this exception:</source>
        <translation>Sie wurde durch diese Ausnahme verursacht:</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="341"/>
        <source>▾ hide the library frames</source>
        <translation>▾ Bibliotheks-Frames ausblenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/richoutput.cpp" line="342"/>
        <source>▸ %n library frame(s) (%1) folded: show</source>
        <translation>
            <numerusform>▸ %n Bibliotheks-Frame (%1) eingeklappt: zeigen</numerusform>
            <numerusform>▸ %n Bibliotheks-Frames (%1) eingeklappt: zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandbench::VariablesPanel</name>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="15"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="15"/>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="15"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="15"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="54"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/variablespanel.cpp" line="70"/>
        <source> in %n partition(s)</source>
        <translation>
            <numerusform> in %n Partition</numerusform>
            <numerusform> in %n Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="72"/>
        <source>≈ %1 (estimated)</source>
        <translation>≈ %1 (geschätzt)</translation>
    </message>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="85"/>
        <source>%1 · %2 %3 · %4
%5</source>
        <translation>%1 · %2 %3 · %4
%5</translation>
    </message>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="88"/>
        <source>Double-click to open %1 in the data panel</source>
        <translation>Doppelklicken, um %1 im Datenbereich zu öffnen</translation>
    </message>
</context>
<context>
    <name>sandbench::WorkerClient</name>
    <message>
        <location filename="../core/workerclient.cpp" line="149"/>
        <source>%1: cannot open the file (%2); check that it exists and that you may read it</source>
        <translation>%1: Die Datei kann nicht geöffnet werden (%2); prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen</translation>
    </message>
    <message>
        <source>The worker is not running.</source>
        <translation type="vanished">Der Worker läuft nicht.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="327"/>
        <source>The worker broke the protocol: %1</source>
        <translation>Der Worker hat das Protokoll verletzt: %1</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="341"/>
        <source>The worker sent a message that is not JSON: %1</source>
        <translation>Der Worker hat eine Nachricht gesendet, die kein JSON ist: %1</translation>
    </message>
    <message>
        <source>The worker described figures larger than the data it sent.</source>
        <translation type="vanished">Der Worker hat Grafiken beschrieben, die größer sind als die gesendeten Daten.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="270"/>
        <source>The worker is not running: it stopped or died earlier, so the session&apos;s variables are gone. Run a cell to start a fresh worker.</source>
        <translation>Der Worker läuft nicht: er wurde beendet oder ist abgestürzt, daher sind die Variablen der Sitzung verloren. Führen Sie eine Zelle aus, um einen neuen Worker zu starten.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="496"/>
        <source>The worker&apos;s answer to the %1 request was malformed (%2). The worker was stopped; the next cell starts a fresh one.</source>
        <translation>Die Antwort des Workers auf die %1-Anfrage war fehlerhaft (%2). Der Worker wurde beendet; die nächste Zelle startet einen neuen.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="583"/>
        <source>The cell wrote more into the output folder than the profile allows (limits.output_mb / limits.output_files), so the worker was stopped.</source>
        <translation>Die Zelle hat mehr in den Ausgabeordner geschrieben, als das Profil erlaubt (limits.output_mb / limits.output_files), daher wurde der Worker beendet.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="588"/>
        <source>The worker process was killed or crashed.</source>
        <translation>Der Worker-Prozess wurde beendet oder ist abgestürzt.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="589"/>
        <source>The worker process exited with status %1.</source>
        <translation>Der Worker-Prozess wurde mit Status %1 beendet.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="597"/>
        <source>The worker %1 could not be started: %2. Reinstall Sandbench or check that the file exists and is executable.</source>
        <translation>Der Worker %1 konnte nicht gestartet werden: %2. Installieren Sie Sandbench neu oder prüfen Sie, ob die Datei existiert und ausführbar ist.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="607"/>
        <source>The worker sent a message its sandbox did not write (%1): code in the cell may have written to the worker&apos;s channel itself. The worker was stopped; the next cell starts a fresh one.</source>
        <translation>Der Worker hat eine Nachricht gesendet, die nicht von seiner Sandbox stammt (%1): Möglicherweise hat Code in der Zelle selbst in den Kanal des Workers geschrieben. Der Worker wurde beendet; die nächste Zelle startet einen neuen.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="621"/>
        <source>Last worker diagnostics:</source>
        <translation>Letzte Diagnosemeldungen des Workers:</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="633"/>
        <source>The cell ran past its time limit and the worker stopped answering, so it was replaced: variables from earlier cells are gone.</source>
        <translation>Die Zelle hat ihr Zeitlimit überschritten und der Worker hat nicht mehr geantwortet, daher wurde er ersetzt: Variablen aus früheren Zellen sind verloren.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="635"/>
        <source>wall-clock limit reached</source>
        <translation>Echtzeitlimit erreicht</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::AskCommand</name>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="38"/>
        <source>Asks an OpenAI-compatible model (Ollama, llama.cpp&apos;s llama-server, vLLM, LM Studio or a hosted service) for a cell and prints the code it proposes. The model is told the question, the datasets&apos; columns, dtypes and row counts, and the sandbox&apos;s rules; sample rows only for an endpoint on this machine unless --samples or --no-samples says otherwise. The exchange is kept in the database. With --run the code runs in the sandbox as a cell of origin llm: the profile&apos;s llm_first_run trigger sends new model code to review first.

The endpoint and model default to the window&apos;s Settings ▸ Assistant, then to SANDBENCH_LLM_ENDPOINT and SANDBENCH_LLM_MODEL; an API key is read from SANDBENCH_LLM_API_KEY only.

Exit status: as &apos;sandbench run&apos; with --run; 0 an answer, 64 a usage error, 65 no code in the answer (with --run) or a dataset that cannot be loaded, 69 the model server failed, 73 the database cannot be written.</source>
        <translation>Fragt ein OpenAI-kompatibles Modell (Ollama, llama-server von llama.cpp, vLLM, LM Studio oder einen gehosteten Dienst) nach einer Zelle und gibt den vorgeschlagenen Code aus. Das Modell erhält die Frage, die Spalten, Datentypen und Zeilenzahlen der Datensätze sowie die Regeln der Sandbox; Beispielzeilen nur bei einem Endpunkt auf diesem Rechner, sofern --samples oder --no-samples nichts anderes bestimmt. Der Austausch wird in der Datenbank gespeichert. Mit --run wird der Code in der Sandbox als Zelle mit dem Ursprung llm ausgeführt: Der Auslöser llm_first_run des Profils schickt neuen Modellcode zuerst zur Prüfung.

Endpunkt und Modell stammen standardmäßig aus Einstellungen ▸ Assistent im Fenster, sonst aus SANDBENCH_LLM_ENDPOINT und SANDBENCH_LLM_MODEL; ein API-Schlüssel wird nur aus SANDBENCH_LLM_API_KEY gelesen.

Exit-Status: wie bei &apos;sandbench run&apos; mit --run; 0 eine Antwort, 64 ein Aufruffehler, 65 kein Code in der Antwort (mit --run) oder ein Datensatz, der nicht geladen werden kann, 69 der Modellserver ist fehlgeschlagen, 73 die Datenbank kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="55"/>
        <source>The server&apos;s base URL, e.g. http://localhost:11434/v1 (Ollama).</source>
        <translation>Die Basis-URL des Servers, z. B. http://localhost:11434/v1 (Ollama).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="55"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="57"/>
        <source>The model to ask, as the server names it.</source>
        <translation>Das zu fragende Modell, so wie der Server es benennt.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="58"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="60"/>
        <source>Run the proposed code in the sandbox.</source>
        <translation>Den vorgeschlagenen Code in der Sandbox ausführen.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="63"/>
        <source>Print one JSON object: the answer, its code, the prompt&apos;s SHA-256, the messages sent and, with --run, the run.</source>
        <translation>Ein JSON-Objekt ausgeben: die Antwort, ihren Code, den SHA-256 des Prompts, die gesendeten Nachrichten und, mit --run, den Lauf.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="67"/>
        <source>Ask for a corrected version of recorded run ID (its code, error and refusals are sent).</source>
        <translation>Eine korrigierte Fassung des aufgezeichneten Laufs ID anfordern (sein Code, sein Fehler und seine Verweigerungen werden gesendet).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="69"/>
        <location filename="../app/cli/askcommand.cpp" line="73"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="71"/>
        <source>Ask what recorded run ID does and why it ended as it did.</source>
        <translation>Fragen, was der aufgezeichnete Lauf ID tut und warum er so endete.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="75"/>
        <source>Send a few sample rows of each dataset.</source>
        <translation>Einige Beispielzeilen jedes Datensatzes senden.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="77"/>
        <source>Send no data values, only names and types.</source>
        <translation>Keine Datenwerte senden, nur Namen und Typen.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="80"/>
        <source>The model&apos;s context in tokens; the request is trimmed to fit (default 8192).</source>
        <translation>Der Kontext des Modells in Tokens; die Anfrage wird passend gekürzt (Standard 8192).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="81"/>
        <source>TOKENS</source>
        <translation>TOKENS</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="84"/>
        <source>Give up when the server sends nothing for this many seconds (default 60).</source>
        <translation>Aufgeben, wenn der Server so viele Sekunden lang nichts sendet (Standard 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="84"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="87"/>
        <source>Agent mode: the model may run cells, list the variables, describe a table and read a page of one, step by step, until it answers. Each step is printed as it happens; every cell goes through the review gate (a held cell stops the agent).</source>
        <translation>Agentenmodus: Das Modell darf Schritt für Schritt Zellen ausführen, die Variablen auflisten, eine Tabelle beschreiben und eine Seite daraus lesen, bis es antwortet. Jeder Schritt wird ausgegeben, sobald er geschieht; jede Zelle durchläuft die Prüfschranke (eine zurückgehaltene Zelle hält den Agenten an).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="92"/>
        <source>With --agent: at most N tool calls (default 8, at most %1).</source>
        <translation>Mit --agent: höchstens N Werkzeugaufrufe (Standard 8, höchstens %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="93"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="98"/>
        <source>What to ask, in words (optional with --fix or --explain).</source>
        <translation>Was gefragt werden soll, in Worten (optional mit --fix oder --explain).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="109"/>
        <source>--max-steps goes with --agent</source>
        <translation>--max-steps gehört zu --agent</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="111"/>
        <source>--max-steps %1: give a whole number from 1 to %2</source>
        <translation>--max-steps %1: geben Sie eine ganze Zahl von 1 bis %2 an</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="116"/>
        <source>give --agent or --run, not both: in agent mode the model runs its cells itself, through the review gate</source>
        <translation>geben Sie --agent oder --run an, nicht beides: Im Agentenmodus führt das Modell seine Zellen selbst aus, über die Prüfschranke</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="120"/>
        <source>give the question as one argument, in quotes</source>
        <translation>geben Sie die Frage als ein einziges Argument in Anführungszeichen an</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="123"/>
        <source>give --fix or --explain, not both</source>
        <translation>geben Sie --fix oder --explain an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="125"/>
        <source>give --samples or --no-samples, not both</source>
        <translation>geben Sie --samples oder --no-samples an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="128"/>
        <source>give a QUESTION, e.g. sandbench ask &quot;total revenue per region&quot; --data sales=sales.csv</source>
        <translation>geben Sie eine QUESTION an, z. B. sandbench ask &quot;Gesamtumsatz pro Region&quot; --data sales=sales.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="138"/>
        <source>no model endpoint: give --endpoint http://localhost:11434/v1 (a local Ollama; start it with &apos;ollama serve&apos;) or set SANDBENCH_LLM_ENDPOINT</source>
        <translation>kein Modell-Endpunkt: geben Sie --endpoint http://localhost:11434/v1 an (ein lokales Ollama; starten Sie es mit &apos;ollama serve&apos;) oder setzen Sie SANDBENCH_LLM_ENDPOINT</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="142"/>
        <source>no model: give --model NAME (e.g. qwen2.5-coder:7b; &apos;ollama list&apos; names yours) or set SANDBENCH_LLM_MODEL</source>
        <translation>kein Modell: geben Sie --model NAME an (z. B. qwen2.5-coder:7b; &apos;ollama list&apos; nennt Ihre Modelle) oder setzen Sie SANDBENCH_LLM_MODEL</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="148"/>
        <source>--context-size %1: give a whole number of tokens, 512 or more</source>
        <translation>--context-size %1: geben Sie eine ganze Zahl von Tokens an, 512 oder mehr</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="156"/>
        <source>--stall-timeout %1: give seconds between 0 and 3600</source>
        <translation>--stall-timeout %1: geben Sie eine Anzahl Sekunden zwischen 0 und 3600 an</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="192"/>
        <source>there is no run %1 in %2; &apos;sandbench history&apos; lists them</source>
        <translation>es gibt keinen Lauf %1 in %2; &apos;sandbench history&apos; listet die Läufe auf</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="214"/>
        <source>the sandbox could not be set up: %1</source>
        <translation>die Sandbox konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="248"/>
        <source>the question and the sandbox&apos;s rules alone do not fit a context of %1 tokens; give a larger --context-size</source>
        <translation>die Frage und die Regeln der Sandbox allein passen nicht in einen Kontext von %1 Tokens; geben Sie eine größere --context-size an</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="255"/>
        <source>to fit the model&apos;s context, left out: %1</source>
        <translation>um in den Kontext des Modells zu passen, ausgelassen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="320"/>
        <source>the answer has no Python code block; ask again in other words</source>
        <translation>die Antwort enthält keinen Python-Codeblock; fragen Sie erneut mit anderen Worten</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="328"/>
        <source>the answer has no Python code block to run</source>
        <translation>die Antwort enthält keinen Python-Codeblock zum Ausführen</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="350"/>
        <source>[cell %1] %2  %3 ms  (run %4, session %5, model %6, prompt sha256 %7)</source>
        <translation>[Zelle %1] %2  %3 ms  (Lauf %4, Sitzung %5, Modell %6, Prompt-sha256 %7)</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="362"/>
        <source>  needs review (line %1): %2 [%3]</source>
        <translation>  Prüfung nötig (Zeile %1): %2 [%3]</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="363"/>
        <source>  refused at line %1: %2 [%3]</source>
        <translation>  in Zeile %1 abgelehnt: %2 [%3]</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="370"/>
        <source>the model&apos;s code waits for review: run %1. A reviewer approves with &apos;sandbench review approve %1 --note TEXT&apos;; then ask again with --run or run the code with &apos;sandbench run --origin llm&apos;.</source>
        <translation>der Code des Modells wartet auf Prüfung: Lauf %1. Ein Prüfer genehmigt ihn mit &apos;sandbench review approve %1 --note TEXT&apos;; fragen Sie dann erneut mit --run oder führen Sie den Code mit &apos;sandbench run --origin llm&apos; aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="378"/>
        <source>the cell ran but was not recorded: %1</source>
        <translation>die Zelle lief, wurde aber nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="454"/>
        <source>[step %1] %2</source>
        <translation>[Schritt %1] %2</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="456"/>
        <source> (read from the answer&apos;s text)</source>
        <translation> (aus dem Text der Antwort gelesen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/askcommand.cpp" line="481"/>
        <source>     (%n more line(s) sent to the model)</source>
        <translation>
            <numerusform>     (%n weitere Zeile an das Modell gesendet)</numerusform>
            <numerusform>     (%n weitere Zeilen an das Modell gesendet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="487"/>
        <source>run %1 waits for review</source>
        <translation>Lauf %1 wartet auf Prüfung</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/askcommand.cpp" line="531"/>
        <source>[agent] %1 after %n tool call(s)</source>
        <translation>
            <numerusform>[Agent] %1 nach %n Werkzeugaufruf</numerusform>
            <numerusform>[Agent] %1 nach %n Werkzeugaufrufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandbench::cli::ClusterCommand</name>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="179"/>
        <source>Usage: sandbench cluster start|status|stop|worker [options]
A Dask cluster whose scheduler and workers run in Sandbench&apos;s sandbox and talk
TLS with certificates made for this cluster.

  start    start a scheduler and N sandboxed workers (--workers, --memory,
           --listen HOST:PORT, --state DIR, --data FILE)
  status   what runs (--state DIR)
  stop     stop the cluster (--state DIR)
  worker   join one sandboxed worker to a cluster from another machine
           (--scheduler tls://HOST:PORT --certs DIR)
</source>
        <translation>Aufruf: sandbench cluster start|status|stop|worker [Optionen]
Ein Dask-Cluster, dessen Scheduler und Worker in der Sandbox von Sandbench laufen
und per TLS mit eigens für diesen Cluster erstellten Zertifikaten kommunizieren.

  start    einen Scheduler und N abgeschottete Worker starten (--workers, --memory,
           --listen HOST:PORT, --state DIR, --data FILE)
  status   was läuft (--state DIR)
  stop     den Cluster beenden (--state DIR)
  worker   einen abgeschotteten Worker von einem anderen Rechner aus einem Cluster
           hinzufügen (--scheduler tls://HOST:PORT --certs DIR)
</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="190"/>
        <source>unknown cluster command &apos;%1&apos;; use start, status, stop or worker</source>
        <translation>unbekannter Cluster-Befehl &apos;%1&apos;; verwenden Sie start, status, stop oder worker</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="211"/>
        <source>the cluster&apos;s certificates could not be made (the worker needs Python&apos;s &apos;cryptography&apos; package): %1</source>
        <translation>die Zertifikate des Clusters konnten nicht erstellt werden (der Worker braucht das Python-Paket &apos;cryptography&apos;): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="224"/>
        <source>Starts a Dask scheduler and N workers, each in Sandbench&apos;s sandbox (namespaces, limits, Landlock with the cluster&apos;s TCP ports only, seccomp, the audit hook), talking TLS with certificates made for this cluster. Sessions use it with --cluster DIR.</source>
        <translation>Startet einen Dask-Scheduler und N Worker, jeweils in der Sandbox von Sandbench (Namespaces, Limits, Landlock nur mit den TCP-Ports des Clusters, seccomp, der Audit-Hook), die per TLS mit eigens für diesen Cluster erstellten Zertifikaten kommunizieren. Sitzungen verwenden ihn mit --cluster DIR.</translation>
    </message>
    <message>
        <source>How many workers (2).</source>
        <translation type="vanished">Anzahl der Worker (2).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="234"/>
        <source>Each worker&apos;s memory limit in MB (%1).</source>
        <translation>Speicherlimit jedes Workers in MB (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="236"/>
        <source>Threads per worker (1).</source>
        <translation>Threads pro Worker (1).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="239"/>
        <source>The scheduler&apos;s address, HOST or HOST:PORT (127.0.0.1 and a free port). Workers listen on the ports after it.</source>
        <translation>Die Adresse des Schedulers, HOST oder HOST:PORT (127.0.0.1 und ein freier Port). Die Worker lauschen auf den darauf folgenden Ports.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="244"/>
        <source>The cluster&apos;s folder: address, certificates, pids, logs (%1).</source>
        <translation>Der Ordner des Clusters: Adresse, Zertifikate, PIDs, Protokolle (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="249"/>
        <source>A file or folder the workers may read (repeatable); they read nothing else of yours.</source>
        <translation>Eine Datei oder ein Ordner, den die Worker lesen dürfen (mehrfach angebbar); sonst lesen sie nichts von Ihnen.</translation>
    </message>
    <message>
        <source>--workers must be a number from 1 to %1, not &apos;%2&apos;</source>
        <translation type="vanished">--workers muss eine Zahl von 1 bis %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="229"/>
        <source>How many workers (2); 0 starts the scheduler alone, for workers that join with &apos;sandbench cluster worker&apos;.</source>
        <translation>Wie viele Worker (2); 0 startet nur den Scheduler, für Worker, die mit &apos;sandbench cluster worker&apos; beitreten.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="259"/>
        <source>--workers must be a number from 0 to %1, not &apos;%2&apos;</source>
        <translation>--workers muss eine Zahl von 0 bis %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="266"/>
        <source>--memory must be at least 512 (MB), not &apos;%1&apos;</source>
        <translation>--memory muss mindestens 512 (MB) sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="269"/>
        <source>--threads must be a number from 1 to 64</source>
        <translation>--threads muss eine Zahl von 1 bis 64 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="273"/>
        <source>--listen must be an IPv4 address with an optional port, such as 127.0.0.1:8786, not &apos;%1&apos;</source>
        <translation>--listen muss eine IPv4-Adresse mit optionalem Port sein, etwa 127.0.0.1:8786, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="279"/>
        <source>--data %1: no such file or folder</source>
        <translation>--data %1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="285"/>
        <source>a cluster already runs from %1 (supervisor pid %2); stop it with &apos;sandbench cluster stop --state %1&apos;</source>
        <translation>aus %1 läuft bereits ein Cluster (Supervisor-PID %2); beenden Sie ihn mit &apos;sandbench cluster stop --state %1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="296"/>
        <source>no free port for the scheduler on %1; name one with --listen HOST:PORT</source>
        <translation>kein freier Port für den Scheduler auf %1; nennen Sie einen mit --listen HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="307"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="350"/>
        <source>the cluster&apos;s supervisor could not start: %1</source>
        <translation>der Supervisor des Clusters konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>cluster running: scheduler %1, no workers yet; join them with &apos;sandbench cluster worker --scheduler %1 --certs %2&apos;</source>
        <translation type="vanished">Cluster läuft: Scheduler %1, noch keine Worker; lassen Sie sie mit &apos;sandbench cluster worker --scheduler %1 --certs %2&apos; beitreten</translation>
    </message>
    <message>
        <source>cluster running: scheduler %1, %2 sandboxed workers (%3 MB each)</source>
        <translation type="vanished">Cluster läuft: Scheduler %1, %2 abgeschottete Worker (je %3 MB)</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="380"/>
        <source>cluster running: scheduler %1 only, no workers started with it; join workers with &apos;sandbench cluster worker --scheduler %1 --certs %2&apos;</source>
        <translation>Cluster läuft: nur Scheduler %1, keine Worker mit ihm gestartet; lassen Sie Worker mit &apos;sandbench cluster worker --scheduler %1 --certs %2&apos; beitreten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clustercommand.cpp" line="385"/>
        <source>cluster running: scheduler %1, %n sandboxed worker(s) (%2 MB each)</source>
        <translation>
            <numerusform>Cluster läuft: Scheduler %1, %n abgeschotteter Worker (%2 MB)</numerusform>
            <numerusform>Cluster läuft: Scheduler %1, %n abgeschottete Worker (je %2 MB)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="391"/>
        <source>state: %1 (use it with --cluster on run, serve and mcp)</source>
        <translation>Zustand: %1 (mit --cluster bei run, serve und mcp verwenden)</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="403"/>
        <source>the cluster did not start (%1 of %2 workers registered); see the logs in %3</source>
        <translation>der Cluster ist nicht gestartet (%1 von %2 Workern angemeldet); siehe die Protokolle in %3</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="418"/>
        <source>Shows what of a cluster runs: the scheduler&apos;s address and each worker&apos;s pid, port, state and restarts.</source>
        <translation>Zeigt, was von einem Cluster läuft: die Adresse des Schedulers sowie PID, Port, Zustand und Neustarts jedes Workers.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="421"/>
        <location filename="../app/cli/clustercommand.cpp" line="648"/>
        <location filename="../app/cli/clustercommand.cpp" line="710"/>
        <source>The cluster&apos;s folder.</source>
        <translation>Der Ordner des Clusters.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="423"/>
        <source>As one JSON object.</source>
        <translation>Als ein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="426"/>
        <source>Also ask the scheduler for its workers&apos; memory and running tasks, with the cluster&apos;s client certificate, from a sandboxed helper that may reach the scheduler&apos;s port only.</source>
        <translation>Den Scheduler zusätzlich nach Speicher und laufenden Tasks seiner Worker fragen, mit dem Client-Zertifikat des Clusters, aus einem abgeschotteten Hilfsprozess, der nur den Port des Schedulers erreichen darf.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="430"/>
        <source>As --live, asking again every SECONDS until ended (one line each time).</source>
        <translation>Wie --live, aber alle SECONDS Sekunden erneut fragen, bis zum Beenden (jedes Mal eine Zeile).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="462"/>
        <source>--watch takes seconds from 0.5 to 3600, not &apos;%1&apos;</source>
        <translation>--watch nimmt Sekunden von 0.5 bis 3600, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="475"/>
        <location filename="../app/cli/clustercommand.cpp" line="660"/>
        <source>not running (%1)</source>
        <translation>läuft nicht (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="478"/>
        <source>scheduler %1, supervisor pid %2</source>
        <translation>Scheduler %1, Supervisor-PID %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clustercommand.cpp" line="491"/>
        <source>(restarted %n time(s))</source>
        <translation>
            <numerusform>(%n-mal neu gestartet)</numerusform>
            <numerusform>(%n-mal neu gestartet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="502"/>
        <source>the cluster in %1 is not running; start it with &apos;sandbench cluster start --state %1&apos;</source>
        <translation>der Cluster in %1 läuft nicht; starten Sie ihn mit &apos;sandbench cluster start --state %1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="549"/>
        <source>the cluster&apos;s scheduler could not be asked (the helper ended with status %1): %2</source>
        <translation>der Scheduler des Clusters konnte nicht abgefragt werden (der Hilfsprozess endete mit Status %1): %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="607"/>
        <source>the scheduler %1 refused the cluster&apos;s certificates in %2 (they are not this cluster&apos;s, or were replaced): %3</source>
        <translation>der Scheduler %1 hat die Zertifikate des Clusters in %2 abgewiesen (sie gehören nicht zu diesem Cluster oder wurden ersetzt): %3</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="610"/>
        <source>the scheduler %1 does not answer (%2); is the cluster running? &apos;sandbench cluster status --state %3&apos; tells</source>
        <translation>der Scheduler %1 antwortet nicht (%2); läuft der Cluster? &apos;sandbench cluster status --state %3&apos; gibt Auskunft</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clustercommand.cpp" line="624"/>
        <source>scheduler %1: %n worker(s)</source>
        <translation>
            <numerusform>Scheduler %1: %n Worker</numerusform>
            <numerusform>Scheduler %1: %n Worker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clustercommand.cpp" line="633"/>
        <source>memory %1 of %2 MB, %n task(s) running</source>
        <translation>
            <numerusform>Speicher %1 von %2 MB, %n Task läuft</numerusform>
            <numerusform>Speicher %1 von %2 MB, %n Tasks laufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="646"/>
        <source>Stops a cluster&apos;s scheduler and workers.</source>
        <translation>Beendet Scheduler und Worker eines Clusters.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="673"/>
        <source>cluster stopped (%1)</source>
        <translation>Cluster beendet (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="872"/>
        <source>the worker ended (status %1); starting it again</source>
        <translation>der Worker wurde beendet (Status %1); er wird neu gestartet</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="941"/>
        <source>Joins one sandboxed worker to a cluster, typically from another machine: copy the cluster&apos;s certs folder there first. Runs until interrupted; restarts the worker if it dies.</source>
        <translation>Fügt einem Cluster einen abgeschotteten Worker hinzu, typischerweise von einem anderen Rechner aus: Kopieren Sie zuerst den certs-Ordner des Clusters dorthin. Läuft bis zur Unterbrechung; startet den Worker neu, wenn er abstürzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="946"/>
        <source>The scheduler, tls://HOST:PORT.</source>
        <translation>Der Scheduler, tls://HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="948"/>
        <source>The cluster&apos;s certs folder (from its state folder).</source>
        <translation>Der certs-Ordner des Clusters (aus seinem Zustandsordner).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="950"/>
        <source>Memory limit in MB.</source>
        <translation>Speicherlimit in MB.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="952"/>
        <source>Threads (1).</source>
        <translation>Threads (1).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="954"/>
        <source>The worker&apos;s name.</source>
        <translation>Der Name des Workers.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="957"/>
        <source>The address this worker listens on (the one that reaches the scheduler).</source>
        <translation>Die Adresse, auf der dieser Worker lauscht (diejenige, die den Scheduler erreicht).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="961"/>
        <source>The worker&apos;s scratch folder (spilled data).</source>
        <translation>Der Arbeitsordner des Workers (ausgelagerte Daten).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="964"/>
        <source>A file or folder the worker may read (repeatable).</source>
        <translation>Eine Datei oder ein Ordner, den der Worker lesen darf (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="971"/>
        <source>--scheduler tls://HOST:PORT and --certs DIR are both needed</source>
        <translation>--scheduler tls://HOST:PORT und --certs DIR werden beide benötigt</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="982"/>
        <source>--scheduler must be tls://IP:PORT, not &apos;%1&apos;</source>
        <translation>--scheduler muss tls://IP:PORT sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="987"/>
        <source>--memory must be at least 512 (MB)</source>
        <translation>--memory muss mindestens 512 (MB) sein</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="1001"/>
        <source>no free port in the cluster&apos;s worker range %1-%2 on %3</source>
        <translation>kein freier Port im Worker-Bereich %1-%2 des Clusters auf %3</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="1040"/>
        <source>joining %1 as %2 on port %3</source>
        <translation>Beitritt zu %1 als %2 auf Port %3</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::McpCommand</name>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="110"/>
        <source>Serves one sandboxed session as a Model Context Protocol (MCP) server on standard input and output, for agents such as Claude Desktop, Claude Code or VS Code. Tools: run_python, check_code, list_variables, describe_table, read_table, list_datasets, undo, reset_session, show_run; resources: the datasets, each run&apos;s provenance and figures. Runs are recorded with origin llm and the client as the model. No tool approves a review. See README.md, &quot;MCP server&quot;.</source>
        <translation>Stellt eine abgeschottete Sitzung als Model-Context-Protocol-Server (MCP) auf Standardein- und -ausgabe bereit, für Agenten wie Claude Desktop, Claude Code oder VS Code. Werkzeuge: run_python, check_code, list_variables, describe_table, read_table, list_datasets, undo, reset_session, show_run; Ressourcen: die Datensätze, die Herkunft und die Abbildungen jedes Laufs. Läufe werden mit dem Ursprung llm und dem Client als Modell aufgezeichnet. Kein Werkzeug genehmigt eine Prüfung. Siehe README.md, „MCP server“.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="121"/>
        <source>A run held for review waits up to SECONDS for a reviewer&apos;s decision (in the window or with &apos;sandbench review&apos;), then runs or returns the rejection. Default 0: the agent hears at once that the run waits.</source>
        <translation>Ein zur Prüfung zurückgehaltener Lauf wartet bis zu SECONDS Sekunden auf die Entscheidung eines Prüfers (im Fenster oder mit &apos;sandbench review&apos;), dann läuft er oder gibt die Ablehnung zurück. Standard 0: Der Agent erfährt sofort, dass der Lauf wartet.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="124"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="127"/>
        <source>Print the configuration block an MCP client needs to start this server with these options (absolute paths), and exit.</source>
        <translation>Den Konfigurationsblock ausgeben, den ein MCP-Client braucht, um diesen Server mit diesen Optionen zu starten (absolute Pfade), und beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="135"/>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="141"/>
        <source>--wait-for-review %1: give whole seconds from 0 to %2</source>
        <translation>--wait-for-review %1: Geben Sie ganze Sekunden von 0 bis %2 an</translation>
    </message>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="170"/>
        <source>the sandbox could not be set up: %1</source>
        <translation>die Sandbox konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="187"/>
        <source>Python runs here in a sandbox on the analyst&apos;s own datasets, one notebook session: variables persist between run_python calls, every run is recorded. Code the policy flags waits for a person&apos;s review; no tool can approve it. list_datasets names the loaded DataFrames.</source>
        <translation>Python läuft hier in einer Sandbox auf den eigenen Datensätzen des Analysten, in einer Notebook-Sitzung: Variablen bleiben zwischen run_python-Aufrufen erhalten, jeder Lauf wird aufgezeichnet. Code, den die Richtlinie markiert, wartet auf die Prüfung durch einen Menschen; kein Werkzeug kann ihn genehmigen. list_datasets nennt die geladenen DataFrames.</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::ReplayCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="164"/>
        <source>Re-runs the cells a recorded session&apos;s final state derives from, in a fresh sandbox with the same datasets and profile, records them as a new session, and reports which cells&apos; output, result, figures or files differ from the record.

Exit status: 0 every cell reproduced, 1 a cell differs, 64 a usage error, 65 a dataset cannot be loaded, 70 the worker cannot start, 73 the database cannot be written.</source>
        <translation>Führt die Zellen, auf denen der Endzustand einer aufgezeichneten Sitzung beruht, in einer frischen Sandbox mit denselben Datensätzen und demselben Profil erneut aus, zeichnet sie als neue Sitzung auf und meldet, bei welchen Zellen Ausgabe, Ergebnis, Grafiken oder Dateien von der Aufzeichnung abweichen.

Exit-Status: 0 jede Zelle reproduziert, 1 eine Zelle weicht ab, 64 Aufruffehler, 65 ein Datensatz kann nicht geladen werden, 70 der Worker kann nicht starten, 73 die Datenbank ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="172"/>
        <source>Output folder of the replay (default: a new folder).</source>
        <translation>Ausgabeordner der Wiederholung (Standard: ein neuer Ordner).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="173"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="175"/>
        <source>The session to replay.</source>
        <translation>Die zu wiederholende Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="190"/>
        <source>replay of session %1</source>
        <translation>Wiederholung von Sitzung %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="200"/>
        <source>the session&apos;s profile: %1</source>
        <translation>das Profil der Sitzung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="208"/>
        <source>the sandbox could not be set up: %1</source>
        <translation>die Sandbox konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="257"/>
        <source>ended %1</source>
        <translation>endete mit %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="261"/>
        <source>dataset %1 changed</source>
        <translation>Datensatz %1 geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="265"/>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="268"/>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="275"/>
        <source>figures</source>
        <translation>Grafiken</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="284"/>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="291"/>
        <source>CELL	RECORDED RUN	REPLAY RUN	VERDICT</source>
        <translation>ZELLE	AUFGEZEICHNETER LAUF	WIEDERHOLUNGSLAUF	BEFUND</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="297"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="298"/>
        <source>differs: %1</source>
        <translation>weicht ab: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="302"/>
        <source>Replay of session %1 (as session %2): all %n cell(s) reproduce the record.</source>
        <translation>
            <numerusform>Wiederholung von Sitzung %1 (als Sitzung %2): Die %n Zelle reproduziert die Aufzeichnung.</numerusform>
            <numerusform>Wiederholung von Sitzung %1 (als Sitzung %2): Alle %n Zellen reproduzieren die Aufzeichnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="306"/>
        <source>Replay of session %1 (as session %2): %3 of %n cell(s) differ from the record.</source>
        <translation>
            <numerusform>Wiederholung von Sitzung %1 (als Sitzung %2): %3 von %n Zelle weicht von der Aufzeichnung ab.</numerusform>
            <numerusform>Wiederholung von Sitzung %1 (als Sitzung %2): %3 von %n Zellen weichen von der Aufzeichnung ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandbench::cli::RunCommand</name>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="84"/>
        <source>Runs the cells of a Python script (split on &apos;# %%&apos; lines) in one sandboxed session and records every run.

Exit status: 0 all cells ok, 1 a runtime error or crash, 2 a cell rejected or denied by policy, 3 a limit hit, 4 a cell waiting for review, 64 a usage error, 65 a dataset that cannot be loaded, 70 the worker cannot start, 73 the database or output folder cannot be written.</source>
        <translation>Führt die Zellen eines Python-Skripts (an &apos;# %%&apos;-Zeilen getrennt) in einer gemeinsamen, abgeschotteten Sitzung aus und zeichnet jeden Lauf auf.

Exit-Status: 0 alle Zellen ok, 1 Laufzeitfehler oder Absturz, 2 eine Zelle abgelehnt oder durch Richtlinie verweigert, 3 ein Limit erreicht, 4 eine Zelle wartet auf Prüfung, 64 Aufruffehler, 65 ein Datensatz kann nicht geladen werden, 70 der Worker kann nicht starten, 73 Datenbank oder Ausgabeordner nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="94"/>
        <source>Print one JSON object per cell (JSON lines).</source>
        <translation>Ein JSON-Objekt pro Zelle ausgeben (JSON lines).</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="98"/>
        <source>Where the script&apos;s code came from, for its provenance: file (default), typed, pasted, llm or import.</source>
        <translation>Woher der Code des Skripts stammt, für seine Herkunftsangaben: file (Standard), typed, pasted, llm oder import.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="100"/>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="102"/>
        <source>With --origin llm: the model that suggested it.</source>
        <translation>Mit --origin llm: das Modell, das ihn vorgeschlagen hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="103"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="106"/>
        <source>With --origin llm: the SHA-256 of the prompt it answered.</source>
        <translation>Mit --origin llm: der SHA-256-Hash des Prompts, auf den er antwortete.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="106"/>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>The script to run.</source>
        <translation type="vanished">Das auszuführende Skript.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="123"/>
        <source>expected exactly one SCRIPT.py, got %1</source>
        <translation>genau ein SCRIPT.py erwartet, %1 erhalten</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="129"/>
        <source>--origin %1: use file, typed, pasted, llm or import</source>
        <translation>--origin %1: verwenden Sie file, typed, pasted, llm oder import</translation>
    </message>
    <message>
        <source>cannot read the script %1: %2</source>
        <translation type="vanished">das Skript %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="vanished">Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="109"/>
        <source>What a cell that raises an error leaves behind: rollback (default: the variables are as they were before it) or keep (what it did before the error stays, as in Jupyter). Refused cells and limits always roll back.</source>
        <translation>Was eine Zelle hinterlässt, die einen Fehler auslöst: rollback (Standard: Die Variablen sind wie vor ihr) oder keep (was sie vor dem Fehler getan hat, bleibt erhalten, wie in Jupyter). Verweigerte Zellen und Limitüberschreitungen werden immer zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="112"/>
        <source>rollback|keep</source>
        <translation>rollback|keep</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="116"/>
        <source>The script to run (a percent-format .py, or a Jupyter .ipynb).</source>
        <translation>Das auszuführende Skript (eine .py im Percent-Format oder eine Jupyter-.ipynb).</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="132"/>
        <source>--on-error %1: use keep or rollback</source>
        <translation>--on-error %1: Verwenden Sie keep oder rollback</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="170"/>
        <source>the sandbox could not be set up: %1</source>
        <translation>die Sandbox konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="213"/>
        <source>the script has no code cells</source>
        <translation>das Skript enthält keine Code-Zellen</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="224"/>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/runcommand.cpp" line="233"/>
        <source>interrupting the running cell; %n later cell(s) will not run (Ctrl+C again to stop at once)</source>
        <translation>
            <numerusform>die laufende Zelle wird unterbrochen; %n nachfolgende Zelle wird nicht ausgeführt (erneut Strg+C, um sofort abzubrechen)</numerusform>
            <numerusform>die laufende Zelle wird unterbrochen; %n nachfolgende Zellen werden nicht ausgeführt (erneut Strg+C, um sofort abzubrechen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="250"/>
        <source>cell %1 ran but was not recorded: %2</source>
        <translation>Zelle %1 wurde ausgeführt, aber nicht aufgezeichnet: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/runcommand.cpp" line="270"/>
        <source>%n cell(s) wait for review: run %1. A reviewer approves with &apos;sandbench review approve ID --note TEXT&apos;; then run the script again.</source>
        <translation>
            <numerusform>%n Zelle wartet auf Prüfung: Lauf %1. Ein Prüfer genehmigt mit &apos;sandbench review approve ID --note TEXT&apos;; führen Sie das Skript danach erneut aus.</numerusform>
            <numerusform>%n Zellen warten auf Prüfung: Läufe %1. Ein Prüfer genehmigt mit &apos;sandbench review approve ID --note TEXT&apos;; führen Sie das Skript danach erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="283"/>
        <source>[cell %1] %2  %3 ms  (run %4, session %5)</source>
        <translation>[Zelle %1] %2  %3 ms  (Lauf %4, Sitzung %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="311"/>
        <source>figure: %1</source>
        <translation>Grafik: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="314"/>
        <source>  needs review (line %1, column %2, %3): %4 [%5]</source>
        <translation>  Prüfung nötig (Zeile %1, Spalte %2, %3): %4 [%5]</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="315"/>
        <source>  refused at line %1, column %2 by the %3 layer: %4 [%5]</source>
        <translation>  in Zeile %1, Spalte %2 von der Schicht %3 abgelehnt: %4 [%5]</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="321"/>
        <source>  (--on-error keep: what the cell did before the error was kept)</source>
        <translation>  (--on-error keep: Was die Zelle vor dem Fehler getan hat, wurde behalten)</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::ServeAsk</name>
    <message>
        <location filename="../app/cli/serveask.cpp" line="83"/>
        <source>ask needs &quot;question&quot; as a non-empty string</source>
        <translation>ask braucht &quot;question&quot; als nicht leere Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="89"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="97"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="104"/>
        <source>give &quot;run&quot; or &quot;agent&quot;, not both: in agent mode the model runs its cells itself, through the review gate</source>
        <translation>geben Sie &quot;run&quot; oder &quot;agent&quot; an, nicht beides: Im Agentenmodus führt das Modell seine Zellen selbst aus, über die Prüfschranke</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="111"/>
        <source>&quot;max_steps&quot; goes with &quot;agent&quot;: a whole number from 1 to %1</source>
        <translation>&quot;max_steps&quot; gehört zu &quot;agent&quot;: eine ganze Zahl von 1 bis %1</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="124"/>
        <source>no model endpoint: give &quot;endpoint&quot; (e.g. http://localhost:11434/v1, a local Ollama) or set SANDBENCH_LLM_ENDPOINT before starting serve</source>
        <translation>kein Modell-Endpunkt: geben Sie &quot;endpoint&quot; an (z. B. http://localhost:11434/v1, ein lokales Ollama) oder setzen Sie SANDBENCH_LLM_ENDPOINT, bevor Sie serve starten</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="129"/>
        <source>no model: give &quot;model&quot; (e.g. qwen2.5-coder:7b) or set SANDBENCH_LLM_MODEL before starting serve</source>
        <translation>kein Modell: geben Sie &quot;model&quot; an (z. B. qwen2.5-coder:7b) oder setzen Sie SANDBENCH_LLM_MODEL, bevor Sie serve starten</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="174"/>
        <source>the question and the sandbox&apos;s rules alone do not fit a context of %1 tokens; raise the assistant&apos;s context size</source>
        <translation>die Frage und die Regeln der Sandbox allein passen nicht in einen Kontext von %1 Tokens; erhöhen Sie die Kontextgröße des Assistenten</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="182"/>
        <source>interrupted before the model was asked</source>
        <translation>unterbrochen, bevor das Modell gefragt wurde</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="269"/>
        <source>the answer has no Python code block to run</source>
        <translation>die Antwort enthält keinen Python-Codeblock zum Ausführen</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="291"/>
        <source>the cell ran but was not recorded: %1</source>
        <translation>die Zelle lief, wurde aber nicht aufgezeichnet: %1</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::ServeCommand</name>
    <message>
        <source>Serves one sandboxed session as a JSON-lines API on standard input and output: one request object per line, one response per request, each echoing the request&apos;s &quot;id&quot;.
Ops: execute (code, timeout), undo, interrupt, variables, table (name, offset, limit), reset, shutdown. See README.md.</source>
        <translation type="vanished">Stellt eine abgeschottete Sitzung als JSON-lines-API über Standardeingabe und -ausgabe bereit: ein Anfrageobjekt pro Zeile, eine Antwort pro Anfrage, die jeweils die &quot;id&quot; der Anfrage wiedergibt.
Operationen: execute (code, timeout), undo, interrupt, variables, table (name, offset, limit), reset, shutdown. Siehe README.md.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="34"/>
        <source>Serves one sandboxed session as a JSON-lines API on standard input and output: one request object per line, one response per request, each echoing the request&apos;s &quot;id&quot;.
Ops: execute (code, timeout), ask (question, endpoint, model, run, agent, max_steps), undo, interrupt, variables, table (name, offset, limit), reset, shutdown. See README.md.</source>
        <translation>Stellt eine abgeschottete Sitzung als JSON-lines-API über Standardeingabe und -ausgabe bereit: ein Anfrageobjekt pro Zeile, eine Antwort pro Anfrage, die jeweils die &quot;id&quot; der Anfrage wiedergibt.
Operationen: execute (code, timeout), ask (question, endpoint, model, run, agent, max_steps), undo, interrupt, variables, table (name, offset, limit), reset, shutdown. Siehe README.md.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="43"/>
        <source>Serve on standard input and output (required).</source>
        <translation>Über Standardeingabe und -ausgabe bereitstellen (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="48"/>
        <source>say how to serve: --stdio is the only transport</source>
        <translation>geben Sie den Transportweg an: --stdio ist der einzige</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="51"/>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="96"/>
        <source>the sandbox could not be set up: %1</source>
        <translation>die Sandbox konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="139"/>
        <source>request line longer than %1 bytes: refused</source>
        <translation>Anfragezeile länger als %1 Bytes: abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="150"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="153"/>
        <source>a request must be a JSON object</source>
        <translation>eine Anfrage muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="167"/>
        <source>the request has no &quot;op&quot;</source>
        <translation>die Anfrage enthält kein &quot;op&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="168"/>
        <source>unknown op &quot;%1&quot;; known: %2</source>
        <translation>unbekannte Operation &quot;%1&quot;; bekannt: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="172"/>
        <source>the server is shutting down</source>
        <translation>der Server wird beendet</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="179"/>
        <source>execute needs &quot;code&quot; as a string</source>
        <translation>execute erwartet &quot;code&quot; als Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="183"/>
        <source>memory_mb can only be set when the server starts (--memory): a running session&apos;s limit can be lowered by nobody, raised by nobody</source>
        <translation>memory_mb kann nur beim Start des Servers festgelegt werden (--memory): Das Limit einer laufenden Sitzung kann niemand senken und niemand erhöhen</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="192"/>
        <source>&quot;timeout&quot; must be a number of seconds from %1 to %2 (a week)</source>
        <translation>&quot;timeout&quot; muss eine Anzahl Sekunden zwischen %1 und %2 sein (eine Woche)</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="212"/>
        <source>&quot;on_error&quot; must be &quot;keep&quot; (what a failing cell did before its error stays) or &quot;rollback&quot; (the default)</source>
        <translation>&quot;on_error&quot; muss &quot;keep&quot; (was eine fehlschlagende Zelle vor ihrem Fehler getan hat, bleibt erhalten) oder &quot;rollback&quot; (der Standard) sein</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="221"/>
        <source>&quot;progress&quot; must be true (the cell&apos;s output comes in progress lines before the response) or false (the default)</source>
        <translation>&quot;progress&quot; muss true sein (die Ausgabe der Zelle kommt in progress-Zeilen vor der Antwort) oder false (der Standard)</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="247"/>
        <source>an ask is in progress: wait for its response or send {&quot;op&quot;: &quot;interrupt&quot;}</source>
        <translation>ein ask läuft gerade: Warten Sie auf seine Antwort oder senden Sie {&quot;op&quot;: &quot;interrupt&quot;}</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="261"/>
        <source>table needs &quot;name&quot; as a string: the variable to show</source>
        <translation>table braucht &quot;name&quot; als Zeichenkette: die anzuzeigende Variable</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="269"/>
        <source>&quot;%1&quot; must be a whole number from 0 to %2</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl zwischen 0 und %2 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="282"/>
        <source>%1 needs &quot;code&quot; as a string: the code up to the cursor</source>
        <translation>%1 braucht &quot;code&quot; als Zeichenkette: den Code bis zum Cursor</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a positive number of seconds</source>
        <translation type="vanished">&quot;timeout&quot; muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="202"/>
        <source>&quot;origin&quot; must be typed, pasted, file, llm or import</source>
        <translation>&quot;origin&quot; muss typed, pasted, file, llm oder import sein</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="250"/>
        <source>a cell is running: wait for its response or send {&quot;op&quot;: &quot;interrupt&quot;}</source>
        <translation>eine Zelle läuft: warten Sie auf ihre Antwort oder senden Sie {&quot;op&quot;: &quot;interrupt&quot;}</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="251"/>
        <source>busy with an earlier request: wait for its response</source>
        <translation>mit einer früheren Anfrage beschäftigt: warten Sie auf deren Antwort</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::mcp::JsonRpcChannel</name>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="70"/>
        <source>message longer than %1 bytes refused; send smaller requests (a cell&apos;s code can read big data from a dataset instead)</source>
        <translation>Nachricht länger als %1 Bytes abgewiesen; senden Sie kleinere Anfragen (der Code einer Zelle kann große Daten stattdessen aus einem Datensatz lesen)</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="85"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="93"/>
        <source>batches are not supported: send one JSON-RPC message per line</source>
        <translation>Batches werden nicht unterstützt: Senden Sie eine JSON-RPC-Nachricht pro Zeile</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="101"/>
        <source>&quot;jsonrpc&quot; must be &quot;2.0&quot;</source>
        <translation>&quot;jsonrpc&quot; muss &quot;2.0&quot; sein</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="110"/>
        <source>a message needs &quot;method&quot; (a request or notification) or &quot;result&quot;/&quot;error&quot; (a response)</source>
        <translation>eine Nachricht braucht &quot;method&quot; (eine Anfrage oder Benachrichtigung) oder &quot;result&quot;/&quot;error&quot; (eine Antwort)</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="115"/>
        <source>&quot;method&quot; must be a non-empty string</source>
        <translation>&quot;method&quot; muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="121"/>
        <source>&quot;params&quot; must be an object</source>
        <translation>&quot;params&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="126"/>
        <source>&quot;id&quot; must be a string or a number</source>
        <translation>&quot;id&quot; muss eine Zeichenkette oder eine Zahl sein</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::mcp::McpProtocol</name>
    <message>
        <location filename="../app/cli/mcp/mcpprotocol.cpp" line="52"/>
        <source>request id %1 is still in use by an unanswered request</source>
        <translation>die Anfrage-ID %1 wird noch von einer unbeantworteten Anfrage verwendet</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpprotocol.cpp" line="67"/>
        <source>the server is not initialized: send &quot;initialize&quot; first</source>
        <translation>der Server ist nicht initialisiert: Senden Sie zuerst &quot;initialize&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpprotocol.cpp" line="72"/>
        <source>unknown method &quot;%1&quot;</source>
        <translation>unbekannte Methode &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpprotocol.cpp" line="86"/>
        <source>already initialized: one initialize per connection</source>
        <translation>bereits initialisiert: ein initialize pro Verbindung</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpprotocol.cpp" line="92"/>
        <source>initialize needs &quot;protocolVersion&quot; as a string</source>
        <translation>initialize braucht &quot;protocolVersion&quot; als Zeichenkette</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::mcp::McpResources</name>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="76"/>
        <source>A run&apos;s provenance: code, inputs, outputs, environment, review.</source>
        <translation>Die Herkunft eines Laufs: Code, Eingaben, Ausgaben, Umgebung, Prüfung.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="93"/>
        <source>Columns and dtypes of dataset %1 as the session holds it now</source>
        <translation>Spalten und dtypes des Datensatzes %1, wie ihn die Sitzung jetzt hält</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="101"/>
        <source>The file dataset %1 was loaded from</source>
        <translation>Die Datei, aus der der Datensatz %1 geladen wurde</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="113"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="115"/>
        <source>Provenance of run %1 (%2)</source>
        <translation>Herkunft von Lauf %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="120"/>
        <source>run %1 figure %2</source>
        <translation>Lauf %1 Abbildung %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="136"/>
        <source>resources/read needs &quot;uri&quot; as a string</source>
        <translation>resources/read braucht &quot;uri&quot; als Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="162"/>
        <source>no resource %1: resources/list lists them</source>
        <translation>keine Ressource %1: resources/list listet sie auf</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="178"/>
        <source>dataset %1 cannot be described now: %2</source>
        <translation>der Datensatz %1 kann jetzt nicht beschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="207"/>
        <source>%1 is %2 MB, more than the %3 MB a resource sends: read_table returns it a page at a time</source>
        <translation>%1 ist %2 MB groß, mehr als die %3 MB, die eine Ressource sendet: read_table liefert ihn seitenweise</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="216"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="235"/>
        <source>the file of dataset %1 is not offered: profile %2 blocks open(), so the session&apos;s code sees the dataset only as a DataFrame; read sandbench://datasets/%1/schema, or use describe_table and read_table</source>
        <translation>die Datei des Datensatzes %1 wird nicht angeboten: Profil %2 sperrt open(), daher sieht der Code der Sitzung den Datensatz nur als DataFrame; lesen Sie sandbench://datasets/%1/schema oder verwenden Sie describe_table und read_table</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="250"/>
        <source>no resource %1 in this session</source>
        <translation>keine Ressource %1 in dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="266"/>
        <source>cannot read figure %1 of run %2: %3</source>
        <translation>Abbildung %1 von Lauf %2 kann nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::mcp::McpSession</name>
    <message>
        <location filename="../app/cli/mcp/mcpsession.cpp" line="64"/>
        <source>The cell could not be queued: the session has ended.</source>
        <translation>Die Zelle konnte nicht eingereiht werden: Die Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>an undo is in progress already: wait for its answer</source>
        <translation type="vanished">ein Rückgängigmachen läuft bereits: Warten Sie auf seine Antwort</translation>
    </message>
    <message>
        <source>a reset is in progress already: wait for its answer</source>
        <translation type="vanished">ein Zurücksetzen läuft bereits: Warten Sie auf seine Antwort</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpsession.cpp" line="144"/>
        <source>a cell is running or queued: wait for it, or cancel it, then reset</source>
        <translation>eine Zelle läuft oder wartet: Warten Sie auf sie oder brechen Sie sie ab, dann setzen Sie zurück</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::mcp::McpTools</name>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="117"/>
        <source>The variable&apos;s name in the session.</source>
        <translation>Der Name der Variablen in der Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="118"/>
        <source>Python source, run as one notebook cell.</source>
        <translation>Python-Quelltext, als eine Notebook-Zelle ausgeführt.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="169"/>
        <source>Run Python in the sandbox</source>
        <translation>Python in der Sandbox ausführen</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="170"/>
        <source>Runs Python code as one cell of a sandboxed notebook session on the analyst&apos;s datasets (loaded as pandas DataFrames named as list_datasets says). Variables persist between calls. Returns stdout, stderr, the last expression&apos;s value, figures (PNG) and, when the sandbox refuses something, the violations with line and column. A failing cell is rolled back. Code that needs a person&apos;s approval waits in Sandbench&apos;s Review Queue: the result says so and what to do. Every run is recorded with its provenance.</source>
        <translation>Führt Python-Code als eine Zelle einer abgeschotteten Notebook-Sitzung auf den Datensätzen des Analysten aus (als pandas-DataFrames geladen, benannt wie list_datasets angibt). Variablen bleiben zwischen Aufrufen erhalten. Gibt stdout, stderr, den Wert des letzten Ausdrucks, Abbildungen (PNG) und, wenn die Sandbox etwas verweigert, die Verstöße mit Zeile und Spalte zurück. Eine fehlschlagende Zelle wird zurückgesetzt. Code, der die Genehmigung eines Menschen braucht, wartet in der Prüfwarteschlange von Sandbench: Das Ergebnis sagt es und was zu tun ist. Jeder Lauf wird mit seiner Herkunft aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="184"/>
        <source>Time limit in seconds (default: the profile&apos;s). Raising it may need a review.</source>
        <translation>Zeitlimit in Sekunden (Standard: das des Profils). Eine Erhöhung kann eine Prüfung erfordern.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="189"/>
        <source>Check code without running it</source>
        <translation>Code prüfen, ohne ihn auszuführen</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="190"/>
        <source>Runs the sandbox&apos;s static check and review triggers on code without running it: ok, rejected (with the violations to fix) or pending_review (a person would have to approve it).</source>
        <translation>Führt die statische Kontrolle der Sandbox und die Prüfauslöser auf Code aus, ohne ihn auszuführen: ok, rejected (mit den zu behebenden Verstößen) oder pending_review (ein Mensch müsste ihn genehmigen).</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="195"/>
        <source>List the session&apos;s variables</source>
        <translation>Die Variablen der Sitzung auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="196"/>
        <source>The session&apos;s variables: name, type, shape, size and a short repr.</source>
        <translation>Die Variablen der Sitzung: Name, Typ, Form, Größe und eine kurze repr.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="200"/>
        <source>Describe a DataFrame</source>
        <translation>Einen DataFrame beschreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="201"/>
        <source>Columns, dtypes, row count and a summary of each column (count, missing, mean/std/quartiles for numbers, unique and top values otherwise) of a DataFrame variable.</source>
        <translation>Spalten, dtypes, Zeilenzahl und eine Zusammenfassung jeder Spalte (Anzahl, fehlende Werte, Mittelwert/Standardabweichung/Quartile bei Zahlen, sonst eindeutige und häufigste Werte) einer DataFrame-Variablen.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="214"/>
        <source>Read rows of a DataFrame</source>
        <translation>Zeilen eines DataFrames lesen</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="215"/>
        <source>A page of a DataFrame variable&apos;s rows (missing values as null).</source>
        <translation>Eine Seite der Zeilen einer DataFrame-Variablen (fehlende Werte als null).</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="221"/>
        <source>First row, from 0 (default 0).</source>
        <translation>Erste Zeile, ab 0 (Standard 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="227"/>
        <source>Rows to return (default %1).</source>
        <translation>Zurückzugebende Zeilen (Standard %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="231"/>
        <source>List the datasets</source>
        <translation>Die Datensätze auflisten</translation>
    </message>
    <message>
        <source>The analyst&apos;s datasets this session loaded: variable name, file, and the resources with their schema and content.</source>
        <translation type="vanished">Die Datensätze des Analysten, die diese Sitzung geladen hat: Variablenname, Datei und die Ressourcen mit ihrem Schema und Inhalt.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="232"/>
        <source>The analyst&apos;s datasets this session loaded: variable name, file, and the resources with their schema and, when the profile lets code open files, their content.</source>
        <translation>Die Datensätze des Analysten, die diese Sitzung geladen hat: Variablenname, Datei und die Ressourcen mit ihrem Schema sowie, wenn das Profil Code Dateien öffnen lässt, ihrem Inhalt.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="243"/>
        <source>Undo the last cell</source>
        <translation>Die letzte Zelle rückgängig machen</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="244"/>
        <source>Returns the session&apos;s variables to before the last cell that ended ok.</source>
        <translation>Setzt die Variablen der Sitzung auf den Stand vor der letzten erfolgreich beendeten Zelle zurück.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="249"/>
        <source>Start the session over</source>
        <translation>Die Sitzung neu beginnen</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="250"/>
        <source>Drops every variable and loads the datasets again. Recorded runs stay.</source>
        <translation>Verwirft alle Variablen und lädt die Datensätze neu. Aufgezeichnete Läufe bleiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="255"/>
        <source>Show a run&apos;s provenance</source>
        <translation>Die Herkunft eines Laufs zeigen</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="256"/>
        <source>Everything recorded about one run of this session: code and its hash, inputs with their hashes, outputs, environment, limits, lineage and the review decision it ran under.</source>
        <translation>Alles, was zu einem Lauf dieser Sitzung aufgezeichnet wurde: Code und sein Hash, Eingaben mit ihren Hashes, Ausgaben, Umgebung, Limits, Abstammung und die Prüfentscheidung, unter der er lief.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="351"/>
        <source>tools/call needs &quot;name&quot;: the tool to call</source>
        <translation>tools/call braucht &quot;name&quot;: das aufzurufende Werkzeug</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="356"/>
        <source>&quot;arguments&quot; must be an object</source>
        <translation>&quot;arguments&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="369"/>
        <source>%1 has no argument &quot;%2&quot;; it takes: %3</source>
        <translation>%1 hat kein Argument &quot;%2&quot;; es nimmt: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="371"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="390"/>
        <source>%1 needs &quot;name&quot;: a DataFrame variable (list_variables lists them)</source>
        <translation>%1 braucht &quot;name&quot;: eine DataFrame-Variable (list_variables listet sie auf)</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="406"/>
        <source>&quot;offset&quot; must be a whole number from 0 and &quot;limit&quot; one from 1 to %1</source>
        <translation>&quot;offset&quot; muss eine ganze Zahl ab 0 sein und &quot;limit&quot; eine von 1 bis %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="448"/>
        <source>The session&apos;s variables are back to before the last cell that ended ok.</source>
        <translation>Die Variablen der Sitzung sind wieder auf dem Stand vor der letzten erfolgreich beendeten Zelle.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="458"/>
        <source>The session starts over: no variables, the datasets loaded again.</source>
        <translation>Die Sitzung beginnt neu: keine Variablen, die Datensätze neu geladen.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="468"/>
        <source>unknown tool &quot;%1&quot;; this server has: %2</source>
        <translation>unbekanntes Werkzeug &quot;%1&quot;; dieser Server hat: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="578"/>
        <source>show_run needs &quot;run_id&quot;: a run id from run_python&apos;s results</source>
        <translation>show_run braucht &quot;run_id&quot;: eine Lauf-ID aus den Ergebnissen von run_python</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="586"/>
        <source>run %1 is not a run of this session</source>
        <translation>Lauf %1 ist kein Lauf dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="599"/>
        <source>check_code needs &quot;code&quot; as a string</source>
        <translation>check_code braucht &quot;code&quot; als Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="614"/>
        <source>The sandbox would refuse this code: rewrite the lines named.</source>
        <translation>Die Sandbox würde diesen Code verweigern: Schreiben Sie die genannten Zeilen um.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="616"/>
        <source>This code would wait for a person&apos;s review in Sandbench&apos;s Review Queue before it runs.</source>
        <translation>Dieser Code würde vor seiner Ausführung in der Prüfwarteschlange von Sandbench auf die Prüfung durch einen Menschen warten.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="619"/>
        <source>The code does not parse: fix the syntax.</source>
        <translation>Der Code lässt sich nicht parsen: Beheben Sie die Syntax.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="620"/>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="637"/>
        <source>run_python needs &quot;code&quot;: the Python source to run</source>
        <translation>run_python braucht &quot;code&quot;: den auszuführenden Python-Quelltext</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="644"/>
        <source>&quot;timeout&quot; must be a number of seconds from %1 to %2 (a week)</source>
        <translation>&quot;timeout&quot; muss eine Anzahl Sekunden von %1 bis %2 (eine Woche) sein</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="667"/>
        <source>run %1 waits for a reviewer&apos;s decision (%2 s)</source>
        <translation>Lauf %1 wartet auf die Entscheidung eines Prüfers (%2 s)</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="670"/>
        <source>running for %1 s</source>
        <translation>läuft seit %1 s</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="688"/>
        <source>the cell started</source>
        <translation>die Zelle hat begonnen</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="700"/>
        <source>run %1 waits for review: a reviewer approves it in Sandbench&apos;s Review Queue</source>
        <translation>Lauf %1 wartet auf Prüfung: Ein Prüfer genehmigt ihn in der Prüfwarteschlange von Sandbench</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="774"/>
        <source>%1 rejected run %2: it will not run. Rewrite the code without what needed review.</source>
        <translation>%1 hat Lauf %2 abgelehnt: Er wird nicht ausgeführt. Schreiben Sie den Code ohne das um, was eine Prüfung brauchte.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="778"/>
        <source>%1 rejected run %2: &quot;%3&quot;. It will not run. Rewrite the code accordingly.</source>
        <translation>%1 hat Lauf %2 abgelehnt: „%3“. Er wird nicht ausgeführt. Schreiben Sie den Code entsprechend um.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="799"/>
        <source>Run %1 waits for review and no reviewer decided within %2 s. A reviewer approves it in Sandbench&apos;s Review Queue (or with &apos;sandbench review approve %1&apos;); then call run_python again with the same code. Or rewrite the code without what needs review.</source>
        <translation>Lauf %1 wartet auf Prüfung, und kein Prüfer hat innerhalb von %2 s entschieden. Ein Prüfer genehmigt ihn in der Prüfwarteschlange von Sandbench (oder mit &apos;sandbench review approve %1&apos;); rufen Sie dann run_python erneut mit demselben Code auf. Oder schreiben Sie den Code ohne das um, was eine Prüfung braucht.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="805"/>
        <source>Run %1 waits for review: a reviewer approves it in Sandbench&apos;s Review Queue (or with &apos;sandbench review approve %1&apos;); then call run_python again with the same code. Or rewrite the code without what needs review.</source>
        <translation>Lauf %1 wartet auf Prüfung: Ein Prüfer genehmigt ihn in der Prüfwarteschlange von Sandbench (oder mit &apos;sandbench review approve %1&apos;); rufen Sie dann run_python erneut mit demselben Code auf. Oder schreiben Sie den Code ohne das um, was eine Prüfung braucht.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="813"/>
        <source>The sandbox refused this code (nothing it did was kept). Rewrite it without what the violations name; check_code checks a draft without running it.</source>
        <translation>Die Sandbox hat diesen Code verweigert (nichts, was er getan hat, wurde übernommen). Schreiben Sie ihn ohne das um, was die Verstöße nennen; check_code prüft einen Entwurf, ohne ihn auszuführen.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="819"/>
        <source>The code raised an exception; what it did before is kept.</source>
        <translation>Der Code hat eine Ausnahme ausgelöst; was er davor getan hat, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="820"/>
        <source>The code raised an exception; the session is as it was before this cell. Fix the code and run it again.</source>
        <translation>Der Code hat eine Ausnahme ausgelöst; die Sitzung ist wie vor dieser Zelle. Beheben Sie den Code und führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="824"/>
        <source>The cell hit its time limit and was stopped (rolled back). Make it faster, or pass a larger &quot;timeout&quot; (a raised limit may need review).</source>
        <translation>Die Zelle hat ihr Zeitlimit erreicht und wurde angehalten (zurückgesetzt). Machen Sie sie schneller oder übergeben Sie ein größeres &quot;timeout&quot; (ein erhöhtes Limit kann eine Prüfung erfordern).</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="828"/>
        <source>The cell hit its memory limit and was stopped (rolled back). Work on smaller pieces of the data.</source>
        <translation>Die Zelle hat ihr Speicherlimit erreicht und wurde angehalten (zurückgesetzt). Arbeiten Sie mit kleineren Teilen der Daten.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="832"/>
        <source>The cell printed more than the output limit and was stopped (rolled back). Print less: a summary or head() of the data.</source>
        <translation>Die Zelle hat mehr als das Ausgabelimit ausgegeben und wurde angehalten (zurückgesetzt). Geben Sie weniger aus: eine Zusammenfassung oder head() der Daten.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="836"/>
        <source>The cell was interrupted; what it did was rolled back.</source>
        <translation>Die Zelle wurde unterbrochen; was sie getan hat, wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="839"/>
        <source>The sandboxed worker died while the cell ran; a fresh one took over with the datasets loaded again (earlier variables may be gone: list_variables shows what is left).</source>
        <translation>Der abgeschottete Worker ist während der Ausführung der Zelle abgestürzt; ein neuer hat mit neu geladenen Datensätzen übernommen (frühere Variablen können fehlen: list_variables zeigt, was übrig ist).</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="844"/>
        <source>The cell&apos;s reply disagreed with what the sandbox saw: it is recorded as tampered and rolled back.</source>
        <translation>Die Antwort der Zelle widersprach dem, was die Sandbox gesehen hat: Sie wird als manipuliert aufgezeichnet und zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="856"/>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="857"/>
        <source>Run (not recorded: %1): %2</source>
        <translation>Lauf (nicht aufgezeichnet: %1): %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="859"/>
        <source>stdout:
%1</source>
        <translation>stdout:
%1</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="861"/>
        <source>stderr:
%1</source>
        <translation>stderr:
%1</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="863"/>
        <source>result:
%1</source>
        <translation>Ergebnis:
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/mcp/mcptools.cpp" line="865"/>
        <source>%n figure(s) attached as PNG.</source>
        <translation>
            <numerusform>%n Abbildung als PNG angehängt.</numerusform>
            <numerusform>%n Abbildungen als PNG angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="867"/>
        <source>violations:
%1</source>
        <translation>Verstöße:
%1</translation>
    </message>
</context>
<context>
    <name>sandbench::llm::AgentLoop</name>
    <message>
        <location filename="../core/llm/agentloop.cpp" line="202"/>
        <location filename="../core/llm/agentloop.cpp" line="208"/>
        <location filename="../core/llm/agentloop.cpp" line="315"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location filename="../core/llm/agentloop.cpp" line="255"/>
        <source>Stopped. The answer so far is kept.</source>
        <translation>Gestoppt. Die bisherige Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../core/llm/agentloop.cpp" line="273"/>
        <source>The model wrote a tool call as text instead of calling the tool, and it cannot be read as exactly one call, so nothing was run. Choose a model that supports tool calls (e.g. qwen2.5-coder or llama3.1 in Ollama), or ask without agent mode.</source>
        <translation>Das Modell hat einen Werkzeugaufruf als Text geschrieben, statt das Werkzeug aufzurufen, und er lässt sich nicht als genau ein Aufruf lesen, daher wurde nichts ausgeführt. Wählen Sie ein Modell, das Werkzeugaufrufe unterstützt (z. B. qwen2.5-coder oder llama3.1 in Ollama), oder fragen Sie ohne Agentenmodus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/llm/agentloop.cpp" line="324"/>
        <source>The model asked for more than %n tool call(s), the step limit; it was stopped there. Raise the limit or ask a narrower question.</source>
        <translation>
            <numerusform>Das Modell hat mehr als %n Werkzeugaufruf verlangt, die Schrittgrenze; es wurde dort angehalten. Erhöhen Sie die Grenze oder stellen Sie eine engere Frage.</numerusform>
            <numerusform>Das Modell hat mehr als %n Werkzeugaufrufe verlangt, die Schrittgrenze; es wurde dort angehalten. Erhöhen Sie die Grenze oder stellen Sie eine engere Frage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/llm/agentloop.cpp" line="483"/>
        <source>A reviewer rejected the model&apos;s cell (run %1); the agent stopped there.</source>
        <translation>Ein Prüfer hat die Zelle des Modells abgelehnt (Lauf %1); der Agent hat dort angehalten.</translation>
    </message>
    <message>
        <location filename="../core/llm/agentloop.cpp" line="485"/>
        <source>The model&apos;s cell waits for review: run %1; %2, then ask again.</source>
        <translation>Die Zelle des Modells wartet auf Prüfung: Lauf %1; %2, fragen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The model&apos;s cell waits for review: run %1. A reviewer approves it (the Review panel, or &apos;sandbench review approve %1&apos;); then ask again.</source>
        <translation type="vanished">Die Zelle des Modells wartet auf Prüfung: Lauf %1. Ein Prüfer genehmigt sie (im Bereich „Prüfwarteschlange“ oder mit &apos;sandbench review approve %1&apos;); fragen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/llm/agentloop.cpp" line="526"/>
        <source>Stopped after step %1.</source>
        <translation>Nach Schritt %1 gestoppt.</translation>
    </message>
</context>
<context>
    <name>sandbench::llm::ChatClient</name>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="159"/>
        <source>The request does not fit the model&apos;s context (%1). Lower the assistant&apos;s context size so the request is trimmed to fit, or choose a model with a larger context.</source>
        <translation>Die Anfrage passt nicht in den Kontext des Modells (%1). Verringern Sie die Kontextgröße des Assistenten, damit die Anfrage passend gekürzt wird, oder wählen Sie ein Modell mit größerem Kontext.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="168"/>
        <source>The server refused the request (HTTP %1: %2). Enter the API key this endpoint expects in the assistant&apos;s settings.</source>
        <translation>Der Server hat die Anfrage abgewiesen (HTTP %1: %2). Geben Sie in den Einstellungen des Assistenten den API-Schlüssel ein, den dieser Endpunkt erwartet.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="173"/>
        <source>no key, or a wrong one</source>
        <translation>kein Schlüssel oder ein falscher</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="182"/>
        <source>The server has no model &quot;%1&quot; (%2). Choose one of the models it lists, or download it first (Ollama: ollama pull %1).</source>
        <translation>Der Server hat kein Modell &quot;%1&quot; (%2). Wählen Sie eines der Modelle, die er auflistet, oder laden Sie es zuerst herunter (Ollama: ollama pull %1).</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="187"/>
        <source>The server has no chat-completions endpoint there (HTTP 404). The base URL of an OpenAI-compatible server usually ends in /v1.</source>
        <translation>Der Server hat dort keinen Chat-Completions-Endpunkt (HTTP 404). Die Basis-URL eines OpenAI-kompatiblen Servers endet meist auf /v1.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="193"/>
        <source>The server is limiting requests (HTTP 429%1). Wait a moment and ask again.</source>
        <translation>Der Server begrenzt die Anfragen (HTTP 429%1). Warten Sie einen Moment und fragen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="202"/>
        <source>The model server failed (HTTP %1: %2). Check the server&apos;s log and ask again once it runs.</source>
        <translation>Der Modellserver ist fehlgeschlagen (HTTP %1: %2). Sehen Sie im Log des Servers nach und fragen Sie erneut, sobald er läuft.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="207"/>
        <location filename="../core/llm/chatclient.cpp" line="213"/>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="210"/>
        <source>The server rejected the request (HTTP %1: %2).</source>
        <translation>Der Server hat die Anfrage zurückgewiesen (HTTP %1: %2).</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="597"/>
        <source>No assistant endpoint is set. Start a local model server (Ollama: ollama serve, then ollama pull qwen2.5-coder) and enter its base URL, http://localhost:11434/v1.</source>
        <translation>Es ist kein Endpunkt für den Assistenten festgelegt. Starten Sie einen lokalen Modellserver (Ollama: ollama serve, dann ollama pull qwen2.5-coder) und geben Sie seine Basis-URL ein, http://localhost:11434/v1.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="603"/>
        <source>%1 is not an http(s) URL. Enter the server&apos;s base URL, e.g. http://localhost:11434/v1.</source>
        <translation>%1 ist keine http(s)-URL. Geben Sie die Basis-URL des Servers ein, z. B. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="673"/>
        <source>Nothing answers at %1. Start the model server or correct the assistant&apos;s base URL.</source>
        <translation>Unter %1 antwortet nichts. Starten Sie den Modellserver oder korrigieren Sie die Basis-URL des Assistenten.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="676"/>
        <source>Listing the models failed: %1.</source>
        <translation>Das Auflisten der Modelle ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="684"/>
        <source>The server&apos;s model list is not OpenAI-compatible JSON. Is the base URL right (it usually ends in /v1)?</source>
        <translation>Die Modellliste des Servers ist kein OpenAI-kompatibles JSON. Ist die Basis-URL richtig (sie endet meist auf /v1)?</translation>
    </message>
</context>
<context>
    <name>sandbench::llm::ChatReply</name>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="254"/>
        <source>Stopped. The answer so far is kept.</source>
        <translation>Gestoppt. Die bisherige Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="290"/>
        <source>The answer is larger than the assistant accepts (%1 MB). Ask for less.</source>
        <translation>Die Antwort ist größer, als der Assistent annimmt (%1 MB). Fragen Sie nach weniger.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="315"/>
        <source>The server sent an event larger than the assistant accepts. Is this an OpenAI-compatible endpoint?</source>
        <translation>Der Server hat ein Ereignis gesendet, das größer ist, als der Assistent annimmt. Ist dies ein OpenAI-kompatibler Endpunkt?</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="352"/>
        <source>The server sent an event that is not chat-completions JSON (%1). Is the base URL an OpenAI-compatible endpoint?</source>
        <translation>Der Server hat ein Ereignis gesendet, das kein Chat-Completions-JSON ist (%1). Ist die Basis-URL ein OpenAI-kompatibler Endpunkt?</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="400"/>
        <source>The answer is larger than the assistant accepts (%1 MB); what arrived is kept. Ask for less.</source>
        <translation>Die Antwort ist größer, als der Assistent annimmt (%1 MB); was angekommen ist, bleibt erhalten. Fragen Sie nach weniger.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="448"/>
        <source>The server&apos;s answer is not chat-completions JSON (%1). Is the base URL an OpenAI-compatible endpoint?</source>
        <translation>Die Antwort des Servers ist kein Chat-Completions-JSON (%1). Ist die Basis-URL ein OpenAI-kompatibler Endpunkt?</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="490"/>
        <source>Nothing answers at %1. Start the model server (Ollama: ollama serve; llama.cpp: llama-server) or correct the assistant&apos;s base URL.</source>
        <translation>Unter %1 antwortet nichts. Starten Sie den Modellserver (Ollama: ollama serve; llama.cpp: llama-server) oder korrigieren Sie die Basis-URL des Assistenten.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="496"/>
        <source>The host of %1 is unknown. Correct the assistant&apos;s base URL.</source>
        <translation>Der Host von %1 ist unbekannt. Korrigieren Sie die Basis-URL des Assistenten.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="500"/>
        <source>The server closed the connection before answering. Check the server&apos;s log and ask again.</source>
        <translation>Der Server hat die Verbindung vor der Antwort geschlossen. Sehen Sie im Log des Servers nach und fragen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="509"/>
        <source>The request to %1 failed: %2.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="529"/>
        <source>The connection closed before the answer was complete; what arrived is kept. Ask again.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort vollständig war; was angekommen ist, bleibt erhalten. Fragen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="543"/>
        <source>The server sent nothing for %1 s, so the request was stopped; what arrived is kept. Ask again, or check the server&apos;s load.</source>
        <translation>Der Server hat %1 s lang nichts gesendet, daher wurde die Anfrage gestoppt; was angekommen ist, bleibt erhalten. Fragen Sie erneut oder prüfen Sie die Auslastung des Servers.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="546"/>
        <source>The server accepted the request but has not answered; it was stopped. A local server may still be loading the model: ask again in a moment.</source>
        <translation>Der Server hat die Anfrage angenommen, aber nicht geantwortet; sie wurde gestoppt. Ein lokaler Server lädt womöglich noch das Modell: Fragen Sie gleich noch einmal.</translation>
    </message>
</context>
</TS>
