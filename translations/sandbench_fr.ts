<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DatasetSpecParser</name>
    <message>
        <location filename="../core/datasetspec.cpp" line="34"/>
        <source>--data %1: expected NAME=PATH, for example --data sales=sales.csv</source>
        <translation>--data %1 : NAME=PATH attendu, par exemple --data sales=sales.csv</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="41"/>
        <source>--data %1: &apos;%2&apos; cannot be a variable name; use letters, digits and underscores, not starting with a digit (for example sales_2025)</source>
        <translation>--data %1 : &apos;%2&apos; ne peut pas être un nom de variable ; utilisez des lettres, des chiffres et des tirets bas, sans commencer par un chiffre (par exemple sales_2025)</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="49"/>
        <source>--data %1: no such file %2; check the path</source>
        <translation>--data %1 : fichier %2 introuvable ; vérifiez le chemin</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <location filename="../core/runstore.cpp" line="36"/>
        <source>Cannot create the folder %1 for the database; choose another place with --db.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données ; choisissez un autre emplacement avec --db.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="44"/>
        <source>Cannot open the database %1: %2. Check its permissions or choose another file with --db.</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2. Vérifiez ses permissions ou choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="62"/>
        <source>%1 is not a Sandbench database (SQLite says: %2). Nothing was changed; move the file aside or choose another with --db.</source>
        <translation>%1 n&apos;est pas une base de données Sandbench (SQLite indique : %2). Rien n&apos;a été modifié ; déplacez le fichier ou choisissez-en un autre avec --db.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="72"/>
        <source>%1 is an SQLite database of another program, not Sandbench&apos;s. Nothing was changed; choose another file with --db.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas de Sandbench. Rien n&apos;a été modifié ; choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="78"/>
        <source>%1 was written by a newer Sandbench (schema version %2; this one knows up to %3). Nothing was changed; open it with the newer version or choose another file with --db.</source>
        <translation>%1 a été écrit par une version plus récente de Sandbench (version de schéma %2 ; celle-ci prend en charge jusqu&apos;à la version %3). Rien n&apos;a été modifié ; ouvrez-le avec la version plus récente ou choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="89"/>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Impossible de préparer la base de données %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="107"/>
        <source>Cannot back up %1 to %2 before upgrading it: %3. Nothing was changed; free some disk space and try again.</source>
        <translation>Impossible de sauvegarder %1 vers %2 avant sa mise à niveau : %3. Rien n&apos;a été modifié ; libérez de l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="116"/>
        <source>Cannot upgrade %1: %2</source>
        <translation>Impossible de mettre à niveau %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="122"/>
        <source>Upgrading %1 from schema version %2 failed: %3. Nothing was changed.</source>
        <translation>La mise à niveau de %1 depuis la version de schéma %2 a échoué : %3. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="136"/>
        <source>Upgrading %1 failed: %2. Nothing was changed.</source>
        <translation>La mise à niveau de %1 a échoué : %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="161"/>
        <source>Cannot record a new session in %1: %2</source>
        <translation>Impossible d&apos;enregistrer une nouvelle session dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="177"/>
        <source>Cannot record the output folder in %1: %2</source>
        <translation>Impossible d&apos;enregistrer le dossier de sortie dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="196"/>
        <source>Cannot record dataset %1 in %2: %3</source>
        <translation>Impossible d&apos;enregistrer le jeu de données %1 dans %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="204"/>
        <location filename="../core/runstore.cpp" line="214"/>
        <location filename="../core/runstore.cpp" line="228"/>
        <location filename="../core/runstore.cpp" line="259"/>
        <source>Cannot record the run in %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="252"/>
        <source>Cannot record the run&apos;s figures in %1: %2</source>
        <translation>Impossible d&apos;enregistrer les figures de l&apos;exécution dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>SessionOptions</name>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="14"/>
        <source>Load FILE as a pandas DataFrame named NAME (CSV, TSV, JSON, JSON lines, Excel, Parquet). Repeatable.</source>
        <translation>Charge FILE comme DataFrame pandas nommé NAME (CSV, TSV, JSON, JSON lines, Excel, Parquet). Répétable.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="16"/>
        <source>NAME=FILE</source>
        <translation>NAME=FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="18"/>
        <source>Output folder for figures and files the code writes (default: a new folder under %1).</source>
        <translation>Dossier de sortie pour les figures et les fichiers écrits par le code (par défaut : un nouveau dossier dans %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="21"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="28"/>
        <source>SQLite file that keeps the runs (default: %1).</source>
        <translation>Fichier SQLite qui conserve les exécutions (par défaut : %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="29"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="51"/>
        <source>--data %1: the name &apos;%2&apos; is given twice; give each dataset its own name</source>
        <translation>--data %1 : le nom &apos;%2&apos; est donné deux fois ; donnez à chaque jeu de données son propre nom</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="66"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez &apos;%1 --help&apos;.</translation>
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
        <translation>Sandbench : exécute des analyses Python non fiables sur vos propres données dans un bac à sable, en enregistrant chaque exécution.

Commandes :
  (aucune)  ouvrir la fenêtre de travail
  run       exécuter les cellules d&apos;un script sans interface (sandbench run --help)</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="42"/>
        <source>A script to open.</source>
        <translation>Un script à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="58"/>
        <source>expected at most one SCRIPT.py</source>
        <translation>au plus un SCRIPT.py attendu</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="65"/>
        <source>cannot read the script %1: no such file</source>
        <translation>impossible de lire le script %1 : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="90"/>
        <source>sandbench: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it from a desktop session, under xvfb-run, or use &apos;sandbench run&apos; for headless runs.</source>
        <translation>sandbench : aucun affichage pour ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini). Lancez-le depuis une session de bureau, sous xvfb-run, ou utilisez &apos;sandbench run&apos; pour une exécution sans affichage.</translation>
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
        <translation>Saisissez du code Python ici et appuyez sur Ctrl+Entrée pour l&apos;exécuter.</translation>
    </message>
</context>
<context>
    <name>sandbench::FigureView</name>
    <message>
        <location filename="../widgets/figureview.cpp" line="36"/>
        <source>Figures a cell draws with matplotlib appear here.</source>
        <translation>Les figures tracées par une cellule avec matplotlib s&apos;affichent ici.</translation>
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
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="53"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="54"/>
        <source>&amp;Open Script…</source>
        <translation>&amp;Ouvrir un script…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="57"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="60"/>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="61"/>
        <source>&amp;Run Cell</source>
        <translation>&amp;Exécuter la cellule</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="64"/>
        <source>Run the editor&apos;s code as the next cell (Ctrl+Enter)</source>
        <translation>Exécuter le code de l&apos;éditeur comme cellule suivante (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="66"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="67"/>
        <source>&amp;About Sandbench</source>
        <translation>À &amp;propos de Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="69"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="82"/>
        <source>The session could not start: %1</source>
        <translation>La session n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="86"/>
        <source>Session %1 · output folder %2</source>
        <translation>Session %1 · dossier de sortie %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="98"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="102"/>
        <source>%1 – Sandbench</source>
        <translation>%1 – Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="114"/>
        <source>[%1] running…</source>
        <translation>[%1] exécution en cours…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="122"/>
        <source>This run could not be recorded: %1</source>
        <translation>Cette exécution n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>Cell %1 · %2</source>
        <translation>Cellule %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="142"/>
        <source>Dataset not loaded: %1</source>
        <translation>Jeu de données non chargé : %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="144"/>
        <source>Datasets ready: %1</source>
        <translation>Jeux de données prêts : %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="153"/>
        <source>worker: starting</source>
        <translation>worker : démarrage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="156"/>
        <source>worker: ready</source>
        <translation>worker : prêt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>worker: running</source>
        <translation>worker : en cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="162"/>
        <source>worker: stopped</source>
        <translation>worker : arrêté</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="165"/>
        <source>worker: stopped unexpectedly; the next cell starts a fresh one</source>
        <translation>worker : arrêté de façon inattendue ; la prochaine cellule en démarre un nouveau</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="173"/>
        <location filename="../app/mainwindow.cpp" line="179"/>
        <source>Open Script</source>
        <translation>Ouvrir un script</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="174"/>
        <source>Python scripts (*.py);;All files (*)</source>
        <translation>Scripts Python (*.py);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="184"/>
        <source>About Sandbench</source>
        <translation>À propos de Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="185"/>
        <source>&lt;b&gt;Sandbench %1&lt;/b&gt;&lt;p&gt;Runs Python analyses in a sandboxed worker and records every run.&lt;/p&gt;&lt;p&gt;Qt %2 · Python %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;Sandbench %1&lt;/b&gt;&lt;p&gt;Exécute des analyses Python dans un worker isolé et enregistre chaque exécution.&lt;/p&gt;&lt;p&gt;Qt %2 · Python %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="188"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>sandbench::OutputView</name>
    <message>
        <location filename="../widgets/outputview.cpp" line="20"/>
        <source>[%1] %2  %3 ms  (run %4)</source>
        <translation>[%1] %2  %3 ms  (exécution %4)</translation>
    </message>
    <message>
        <location filename="../widgets/outputview.cpp" line="28"/>
        <source>Out: </source>
        <translation>Sortie : </translation>
    </message>
    <message>
        <location filename="../widgets/outputview.cpp" line="32"/>
        <source>Figure: %1</source>
        <translation>Figure : %1</translation>
    </message>
</context>
<context>
    <name>sandbench::SessionRunner</name>
    <message>
        <location filename="../core/sessionrunner.cpp" line="55"/>
        <source>Cannot create the output folder %1; choose another with --out.</source>
        <translation>Impossible de créer le dossier de sortie %1 ; choisissez-en un autre avec --out.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="163"/>
        <source>The worker died while this cell ran. Variables from earlier cells are gone; the next cell runs in a fresh worker with the datasets loaded again.</source>
        <translation>Le worker s&apos;est arrêté pendant l&apos;exécution de cette cellule. Les variables des cellules précédentes sont perdues ; la prochaine cellule s&apos;exécute dans un nouveau worker, avec les jeux de données rechargés.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="177"/>
        <source>The figures of this cell could not be saved: %1</source>
        <translation>Les figures de cette cellule n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="196"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>sandbench::WorkerClient</name>
    <message>
        <location filename="../core/workerclient.cpp" line="88"/>
        <source>The worker is not running.</source>
        <translation>Le worker n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="120"/>
        <source>The worker broke the protocol: %1</source>
        <translation>Le worker n&apos;a pas respecté le protocole : %1</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="136"/>
        <source>The worker sent a message that is not JSON: %1</source>
        <translation>Le worker a envoyé un message qui n&apos;est pas du JSON : %1</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="177"/>
        <source>The worker described figures larger than the data it sent.</source>
        <translation>Le worker a décrit des figures plus grandes que les données envoyées.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="213"/>
        <source>The worker process was killed or crashed.</source>
        <translation>Le processus worker a été tué ou a planté.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="214"/>
        <source>The worker process exited with status %1.</source>
        <translation>Le processus worker s&apos;est terminé avec le statut %1.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="222"/>
        <source>The worker %1 could not be started: %2. Reinstall Sandbench or check that the file exists and is executable.</source>
        <translation>Le worker %1 n&apos;a pas pu être démarré : %2. Réinstallez Sandbench ou vérifiez que le fichier existe et est exécutable.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="236"/>
        <source>Last worker diagnostics:</source>
        <translation>Derniers diagnostics du worker :</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::RunCommand</name>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="27"/>
        <source>Runs the cells of a Python script (split on &apos;# %%&apos; lines) in one sandboxed session and records every run.

Exit status: 0 all cells ok, 1 a runtime error or crash, 2 a cell rejected or denied by policy, 3 a limit hit, 4 a cell waiting for review, 64 a usage error, 65 a dataset that cannot be loaded, 70 the worker cannot start, 73 the database or output folder cannot be written.</source>
        <translation>Exécute les cellules d&apos;un script Python (séparées par les lignes &apos;# %%&apos;) dans une même session isolée et enregistre chaque exécution.

Code de sortie : 0 toutes les cellules ok, 1 une erreur d&apos;exécution ou un plantage, 2 une cellule rejetée ou refusée par la politique, 3 une limite atteinte, 4 une cellule en attente de vérification, 64 une erreur d&apos;utilisation, 65 un jeu de données impossible à charger, 70 le worker ne peut pas démarrer, 73 la base de données ou le dossier de sortie n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="37"/>
        <source>Print one JSON object per cell (JSON lines).</source>
        <translation>Affiche un objet JSON par cellule (JSON lines).</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="39"/>
        <source>The script to run.</source>
        <translation>Le script à exécuter.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="51"/>
        <source>expected exactly one SCRIPT.py, got %1</source>
        <translation>exactement un SCRIPT.py attendu, reçu : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="64"/>
        <source>cannot read the script %1: %2</source>
        <translation>impossible de lire le script %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="66"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="103"/>
        <source>the script has no code cells</source>
        <translation>le script ne contient aucune cellule de code</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="117"/>
        <source>cell %1 ran but was not recorded: %2</source>
        <translation>la cellule %1 a été exécutée mais pas enregistrée : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="132"/>
        <source>[cell %1] %2  %3 ms  (run %4, session %5)</source>
        <translation>[cellule %1] %2  %3 ms  (exécution %4, session %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="145"/>
        <source>figure: %1</source>
        <translation>figure : %1</translation>
    </message>
</context>
</TS>
