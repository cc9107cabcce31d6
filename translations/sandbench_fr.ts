<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ClusterPanel</name>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="33"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="41"/>
        <source>not reported yet</source>
        <translation>pas encore signalé</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="43"/>
        <source>audit hook</source>
        <translation>hook d&apos;audit</translation>
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
        <translation>limites</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="47"/>
        <source>namespaces</source>
        <translation>espaces de noms</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="61"/>
        <source>; off: %1</source>
        <translation>; désactivées : %1</translation>
    </message>
</context>
<context>
    <name>CompletionKind</name>
    <message>
        <location filename="../core/editorhelp.cpp" line="22"/>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="23"/>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="24"/>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="25"/>
        <source>module</source>
        <translation>module</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="26"/>
        <source>property</source>
        <translation>propriété</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="27"/>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="28"/>
        <source>attribute</source>
        <translation>attribut</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="29"/>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="30"/>
        <source>keyword</source>
        <translation>mot-clé</translation>
    </message>
    <message>
        <location filename="../core/editorhelp.cpp" line="31"/>
        <source>builtin</source>
        <translation>intégré</translation>
    </message>
</context>
<context>
    <name>ContextBuilder</name>
    <message>
        <location filename="../core/llm/contextbuilder.cpp" line="122"/>
        <source>columns %1–%2 of %3</source>
        <translation>colonnes %1–%2 sur %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/llm/contextbuilder.cpp" line="150"/>
        <source>%n dataset(s): %1</source>
        <translation>
            <numerusform>%n jeu de données : %1</numerusform>
            <numerusform>%n jeux de données : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/llm/contextbuilder.cpp" line="168"/>
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/llm/contextbuilder.cpp" line="177"/>
        <source>the current cell after %1 characters</source>
        <translation>la cellule courante après %1 caractères</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/llm/contextbuilder.cpp" line="187"/>
        <source>the traceback&apos;s first %n line(s)</source>
        <translation>
            <numerusform>%n première ligne du traceback</numerusform>
            <numerusform>les %n premières lignes du traceback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/llm/contextbuilder.cpp" line="388"/>
        <source>sample rows of %n dataset(s): %1</source>
        <translation>
            <numerusform>lignes d&apos;exemple de %n jeu de données : %1</numerusform>
            <numerusform>lignes d&apos;exemple de %n jeux de données : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetSpecParser</name>
    <message>
        <location filename="../core/datasetspec.cpp" line="66"/>
        <source>--data %1: %2 is a folder; give one data file in it (CSV, TSV, JSON, Excel or Parquet) as NAME=FOLDER/FILE, or let the code read the whole folder with --read %2</source>
        <translation>--data %1 : %2 est un dossier ; donnez un fichier de données qu&apos;il contient (CSV, TSV, JSON, Excel ou Parquet) sous la forme NOM=DOSSIER/FICHIER, ou laissez le code lire tout le dossier avec --read %2</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="71"/>
        <source>--data %1: %2 is a pipe or socket, not a file: a dataset is read more than once (hashed for the record, then loaded); save the data to a file and give that</source>
        <translation>--data %1 : %2 est un tube ou une socket, pas un fichier : un jeu de données est lu plusieurs fois (haché pour l&apos;enregistrement, puis chargé) ; enregistrez les données dans un fichier et donnez celui-ci</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="76"/>
        <source>--data %1: %2 is a device, not a file; copy the data into a file and give that</source>
        <translation>--data %1 : %2 est un périphérique, pas un fichier ; copiez les données dans un fichier et donnez celui-ci</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="79"/>
        <source>--data %1: %2 is not a regular file; give a data file</source>
        <translation>--data %1 : %2 n&apos;est pas un fichier ordinaire ; donnez un fichier de données</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="88"/>
        <source>--data %1: expected NAME=PATH, for example --data sales=sales.csv</source>
        <translation>--data %1 : NAME=PATH attendu, par exemple --data sales=sales.csv</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="95"/>
        <source>--data %1: &apos;%2&apos; cannot be a variable name; use letters, digits and underscores, not starting with a digit (for example sales_2025)</source>
        <translation>--data %1 : &apos;%2&apos; ne peut pas être un nom de variable ; utilisez des lettres, des chiffres et des tirets bas, sans commencer par un chiffre (par exemple sales_2025)</translation>
    </message>
    <message>
        <location filename="../core/datasetspec.cpp" line="64"/>
        <source>--data %1: no such file %2; check the path</source>
        <translation>--data %1 : fichier %2 introuvable ; vérifiez le chemin</translation>
    </message>
</context>
<context>
    <name>ExchangeStore</name>
    <message>
        <location filename="../core/llm/exchangestore.cpp" line="50"/>
        <location filename="../core/llm/exchangestore.cpp" line="75"/>
        <source>Cannot record the assistant&apos;s exchange</source>
        <translation>Impossible d&apos;enregistrer l&apos;échange avec l&apos;assistant</translation>
    </message>
    <message>
        <location filename="../core/llm/exchangestore.cpp" line="94"/>
        <source>Cannot read the assistant&apos;s exchanges</source>
        <translation>Impossible de lire les échanges avec l&apos;assistant</translation>
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
        <translation>indiquez exactement un SESSION_ID ; &apos;sandbench history&apos; affiche la session de chaque exécution</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="47"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="79"/>
        <source>Writes a recorded session as a self-contained Python script that re-runs it with plain python3 and, with --check, proves it reproduces the recorded outputs; or, for a FILE ending in .ipynb, as a Jupyter notebook with the recorded outputs. Only the cells the session&apos;s final state derives from are written; the header lists the others and why they were left out.</source>
        <translation>Écrit une session enregistrée sous forme de script Python autonome qui la réexécute avec un simple python3 et, avec --check, prouve qu&apos;il reproduit les sorties enregistrées ; ou, pour un FILE se terminant par .ipynb, sous forme de notebook Jupyter avec les sorties enregistrées. Seules les cellules dont dérive l&apos;état final de la session sont écrites ; l&apos;en-tête liste les autres et la raison de leur exclusion.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="87"/>
        <source>The file to write: analysis.py or analysis.ipynb.</source>
        <translation>Le fichier à écrire : analysis.py ou analysis.ipynb.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="89"/>
        <source>The session to export.</source>
        <translation>La session à exporter.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="96"/>
        <source>say where to write with -o FILE (.py or .ipynb)</source>
        <translation>indiquez où écrire avec -o FILE (.py ou .ipynb)</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="110"/>
        <source>warning: </source>
        <translation>avertissement : </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="112"/>
        <source>Wrote %1: %n cell(s) of session %2, %3 left out.</source>
        <translation>
            <numerusform>%1 écrit : %n cellule de la session %2, %3 écartée(s).</numerusform>
            <numerusform>%1 écrit : %n cellules de la session %2, %3 écartée(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileHashCache</name>
    <message>
        <location filename="../core/filehashcache.cpp" line="24"/>
        <location filename="../core/filehashcache.cpp" line="111"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/filehashcache.cpp" line="46"/>
        <location filename="../core/filehashcache.cpp" line="55"/>
        <source>Cannot read the hash of %1 from the file hash cache</source>
        <translation>Impossible de lire l&apos;empreinte de %1 dans le cache des empreintes de fichiers</translation>
    </message>
    <message>
        <location filename="../core/filehashcache.cpp" line="79"/>
        <source>Cannot remember the hash of %1 in the file hash cache</source>
        <translation>Impossible de mémoriser l&apos;empreinte de %1 dans le cache des empreintes de fichiers</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="24"/>
        <source>Print JSON instead of text.</source>
        <translation>Affiche du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="35"/>
        <source>Lists recorded runs, newest first. --search finds runs whose code, output or review notes contain every word given (a word ending in * matches as a prefix).</source>
        <translation>Liste les exécutions enregistrées, les plus récentes d&apos;abord. --search trouve les exécutions dont le code, la sortie ou les notes de relecture contiennent tous les mots indiqués (un mot terminé par * est traité comme un préfixe).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="40"/>
        <source>Words to find in code, output and notes.</source>
        <translation>Mots à rechercher dans le code, la sortie et les notes.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="40"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="42"/>
        <source>Only runs of this session.</source>
        <translation>Uniquement les exécutions de cette session.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="42"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="44"/>
        <source>Only runs with this status (%1).</source>
        <translation>Uniquement les exécutions ayant ce statut (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="67"/>
        <source>--status %1: not a status; use one of %2</source>
        <translation>--status %1 : ce n&apos;est pas un statut ; utilisez l&apos;un des suivants : %2</translation>
    </message>
    <message>
        <source>Only runs with this status (ok, error, rejected, denied, timeout, memory, output_limit, crashed, pending_review, interrupted).</source>
        <translation type="vanished">Uniquement les exécutions ayant ce statut (ok, error, rejected, denied, timeout, memory, output_limit, crashed, pending_review, interrupted).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="45"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="47"/>
        <source>At most N runs (default 50; 0: all).</source>
        <translation>Au plus N exécutions (par défaut : 50 ; 0 : toutes).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="47"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="54"/>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="63"/>
        <source>--session %1: give a session id, a whole number</source>
        <translation>--session %1 : indiquez un identifiant de session, un nombre entier</translation>
    </message>
    <message>
        <source>--status %1: not a status; use ok, error, rejected, denied, timeout, memory, output_limit, crashed, pending_review or interrupted</source>
        <translation type="vanished">--status %1 : ce n&apos;est pas un statut ; utilisez ok, error, rejected, denied, timeout, memory, output_limit, crashed, pending_review ou interrupted</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="77"/>
        <source>--limit %1: give a whole number, 0 for all</source>
        <translation>--limit %1 : indiquez un nombre entier, 0 pour tout</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="104"/>
        <source>No run matches.</source>
        <translation>Aucune exécution ne correspond.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="107"/>
        <source>RUN	SESSION	CELL	STATUS	STARTED	MS	CODE</source>
        <translation>EXÉCUTION	SESSION	CELLULE	STATUT	DÉBUT	MS	CODE</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="127"/>
        <source>Reads a Jupyter notebook (nbformat 4; outputs are ignored) or a percent-format script and writes its code and markdown cells as a percent-format script, which &apos;sandbench run&apos; runs as a new session and the window opens. &apos;sandbench run&apos; also takes the .ipynb directly.</source>
        <translation>Lit un notebook Jupyter (nbformat 4 ; les sorties sont ignorées) ou un script au format percent et écrit ses cellules de code et markdown sous forme de script au format percent, que &apos;sandbench run&apos; exécute comme une nouvelle session et que la fenêtre ouvre. &apos;sandbench run&apos; accepte aussi directement le .ipynb.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="133"/>
        <source>The script to write (default: print it).</source>
        <translation>Le script à écrire (par défaut : il est affiché).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="135"/>
        <source>The .ipynb or .py to read.</source>
        <translation>Le .ipynb ou .py à lire.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="139"/>
        <source>give exactly one NOTEBOOK to read</source>
        <translation>indiquez exactement un NOTEBOOK à lire</translation>
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
        <translation># Session Sandbench %1

Exportée depuis Sandbench avec la sortie enregistrée de chaque cellule conservée. Sa provenance :

```text
%2
```
</translation>
    </message>
    <message>
        <location filename="../core/ipynb.cpp" line="215"/>
        <source>%1 is not a notebook: invalid JSON at byte %2 (%3)</source>
        <translation>%1 n&apos;est pas un notebook : JSON non valide à l&apos;octet %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/ipynb.cpp" line="222"/>
        <source>%1 is nbformat %2; Sandbench reads nbformat 4. Convert it with &apos;jupyter nbconvert --to notebook --nbformat 4 %1&apos;</source>
        <translation>%1 est au format nbformat %2 ; Sandbench lit nbformat 4. Convertissez-le avec &apos;jupyter nbconvert --to notebook --nbformat 4 %1&apos;</translation>
    </message>
    <message>
        <location filename="../core/ipynb.cpp" line="227"/>
        <source>%1 has no list of cells; is it a Jupyter notebook?</source>
        <translation>%1 n&apos;a pas de liste de cellules ; est-ce bien un notebook Jupyter ?</translation>
    </message>
    <message>
        <location filename="../core/ipynb.cpp" line="269"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/ipynb.cpp" line="271"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <location filename="../core/nextsteps.cpp" line="18"/>
        <source>choose another output folder with Run ▸ Choose Output Folder</source>
        <translation>choisissez un autre dossier de sortie avec Exécution ▸ Choisir le dossier de sortie</translation>
    </message>
    <message>
        <location filename="../core/nextsteps.cpp" line="20"/>
        <source>choose another output folder with --out</source>
        <translation>choisissez un autre dossier de sortie avec --out</translation>
    </message>
    <message>
        <location filename="../core/nextsteps.cpp" line="26"/>
        <source>Review ▸ Review Queue shows the runs waiting for review</source>
        <translation>Relecture ▸ File de relecture affiche les exécutions en attente de relecture</translation>
    </message>
    <message>
        <location filename="../core/nextsteps.cpp" line="28"/>
        <source>&apos;sandbench review list&apos; shows the runs waiting for review</source>
        <translation>&apos;sandbench review list&apos; affiche les exécutions en attente de relecture</translation>
    </message>
    <message>
        <location filename="../core/nextsteps.cpp" line="35"/>
        <source>a reviewer approves it in Review ▸ Review Queue</source>
        <translation>un relecteur l&apos;approuve dans Relecture ▸ File de relecture</translation>
    </message>
    <message>
        <location filename="../core/nextsteps.cpp" line="37"/>
        <source>a reviewer approves it with &apos;sandbench review approve %1&apos;</source>
        <translation>un relecteur l&apos;approuve avec &apos;sandbench review approve %1&apos;</translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <location filename="../core/profile.cpp" line="37"/>
        <source>unknown key &apos;%1%2&apos; (known: %3)</source>
        <translation>clé inconnue &apos;%1%2&apos; (connues : %3)</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="49"/>
        <source>&apos;%1.%2&apos; must be a list of names</source>
        <translation>&apos;%1.%2&apos; doit être une liste de noms</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="52"/>
        <source>&apos;%1.%2&apos; must hold only non-empty names</source>
        <translation>&apos;%1.%2&apos; ne doit contenir que des noms non vides</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="63"/>
        <source>&apos;%1&apos; must be an object</source>
        <translation>&apos;%1&apos; doit être un objet</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="164"/>
        <source>&apos;name&apos; must be a string</source>
        <translation>&apos;name&apos; doit être une chaîne de caractères</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="186"/>
        <source>&apos;datasets.lazy_above_mb&apos; must be a whole number of megabytes from 0 (never) to 1000000000</source>
        <translation>&apos;datasets.lazy_above_mb&apos; doit être un nombre entier de mégaoctets de 0 (jamais) à 1000000000</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="193"/>
        <source>&apos;cluster.allowed&apos; must be true or false</source>
        <translation>&apos;cluster.allowed&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="202"/>
        <source>unknown trigger &apos;%1&apos; in &apos;review.triggers&apos; (known: %2)</source>
        <translation>déclencheur inconnu &apos;%1&apos; dans &apos;review.triggers&apos; (connus : %2)</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="207"/>
        <source>&apos;review.bind_inputs&apos; must be true or false</source>
        <translation>&apos;review.bind_inputs&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="222"/>
        <source>&apos;files.write_output&apos; must be true or false</source>
        <translation>&apos;files.write_output&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="227"/>
        <source>&apos;limits.%1&apos; must be a whole number from 0 to 1000000000</source>
        <translation>&apos;limits.%1&apos; doit être un nombre entier de 0 à 1000000000</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="232"/>
        <source>&apos;limits.timeout_s&apos; must be from 1 to %1 (a week)</source>
        <translation>&apos;limits.timeout_s&apos; doit être compris entre 1 et %1 (une semaine)</translation>
    </message>
    <message>
        <source>&apos;limits.timeout_s&apos; must be at least 1</source>
        <translation type="vanished">&apos;limits.timeout_s&apos; doit valoir au moins 1</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="236"/>
        <source>&apos;layers.%1&apos; must be true or false</source>
        <translation>&apos;layers.%1&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="257"/>
        <source>no profile named &apos;%1&apos;; available: %2 (or give a path to a .json file)</source>
        <translation>aucun profil nommé &apos;%1&apos; ; disponibles : %2 (ou indiquez le chemin d&apos;un fichier .json)</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="265"/>
        <source>cannot read the profile %1: %2</source>
        <translation>impossible de lire le profil %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="273"/>
        <source>the profile %1 is not a JSON object: %2 at offset %3</source>
        <translation>le profil %1 n&apos;est pas un objet JSON : %2 à la position %3</translation>
    </message>
    <message>
        <location filename="../core/profile.cpp" line="281"/>
        <source>the profile %1: %2</source>
        <translation>le profil %1 : %2</translation>
    </message>
</context>
<context>
    <name>QuickChart</name>
    <message>
        <location filename="../widgets/quickchart.cpp" line="45"/>
        <source>Histogram of %1</source>
        <translation>Histogramme de %1</translation>
    </message>
    <message>
        <location filename="../widgets/quickchart.cpp" line="81"/>
        <source>Most frequent values of %1</source>
        <translation>Valeurs les plus fréquentes de %1</translation>
    </message>
    <message>
        <location filename="../widgets/quickchart.cpp" line="113"/>
        <source>%1 over time</source>
        <translation>%1 au fil du temps</translation>
    </message>
</context>
<context>
    <name>RecordedFiles</name>
    <message>
        <source>Cannot create the figure folder %1; choose another output folder with --out.</source>
        <translation type="vanished">Impossible de créer le dossier des figures %1 ; choisissez un autre dossier de sortie avec --out.</translation>
    </message>
    <message>
        <source>The figure folder %1 overlaps the folder cells may write (%2), so a later cell could change recorded figures; choose another output folder with --out.</source>
        <translation type="vanished">Le dossier des figures %1 chevauche le dossier où les cellules peuvent écrire (%2) : une cellule ultérieure pourrait donc modifier des figures enregistrées ; choisissez un autre dossier de sortie avec --out.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the app&apos;s copies of output files %1; choose another output folder with --out.</source>
        <translation type="vanished">Impossible de créer le dossier %1 des copies des fichiers de sortie conservées par l&apos;application ; choisissez un autre dossier de sortie avec --out.</translation>
    </message>
    <message>
        <source>The folder for the app&apos;s copies of output files %1 overlaps the folder cells may write (%2), so a later cell could change them; choose another output folder with --out.</source>
        <translation type="vanished">Le dossier %1 des copies des fichiers de sortie conservées par l&apos;application chevauche le dossier où les cellules peuvent écrire (%2) : une cellule ultérieure pourrait donc les modifier ; choisissez un autre dossier de sortie avec --out.</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="168"/>
        <location filename="../core/recordedfiles.cpp" line="197"/>
        <source>figure %1 was not saved: %2</source>
        <translation>la figure %1 n&apos;a pas été enregistrée : %2</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="263"/>
        <source>cannot write %1: the disk holding it is full (%2 bytes free, %3 needed); free some space there or choose another output folder with --out</source>
        <translation>impossible d&apos;écrire %1 : le disque qui le contient est plein (%2 octets libres, %3 nécessaires) ; libérez de l&apos;espace sur ce disque ou choisissez un autre dossier de sortie avec --out</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="230"/>
        <location filename="../core/recordedfiles.cpp" line="268"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="123"/>
        <source>Cannot create the figure folder %1; %2.</source>
        <translation>Impossible de créer le dossier des figures %1 ; %2.</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="130"/>
        <source>The figure folder %1 overlaps the folder cells may write (%2), so a later cell could change recorded figures; %3.</source>
        <translation>Le dossier des figures %1 chevauche le dossier où les cellules peuvent écrire (%2) : une cellule ultérieure pourrait donc modifier des figures enregistrées ; %3.</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="144"/>
        <source>Cannot create the folder for the app&apos;s copies of output files %1; %2.</source>
        <translation>Impossible de créer le dossier %1 des copies des fichiers de sortie conservées par l&apos;application ; %2.</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="151"/>
        <source>The folder for the app&apos;s copies of output files %1 overlaps the folder cells may write (%2), so a later cell could change them; %3.</source>
        <translation>Le dossier %1 des copies des fichiers de sortie conservées par l&apos;application chevauche le dossier où les cellules peuvent écrire (%2) : une cellule ultérieure pourrait donc les modifier ; %3.</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="276"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="278"/>
        <source>replaced by a link or a folder</source>
        <translation>remplacé par un lien ou un dossier</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="282"/>
        <source>unreadable (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="286"/>
        <source>changed: its sha256 is now %1, recorded %2</source>
        <translation>modifié : son sha256 est désormais %1, %2 à l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="317"/>
        <source>the app&apos;s copy of %1: %2</source>
        <translation>la copie de %1 conservée par l&apos;application : %2</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="337"/>
        <source>%1; the app kept no copy (larger than %2 MiB, or past %3 MiB for the run): only its size and SHA-256 are recorded</source>
        <translation>%1 ; l&apos;application n&apos;en a gardé aucune copie (plus de %2 Mio, ou au-delà de %3 Mio pour l&apos;exécution) : seuls sa taille et son SHA-256 sont enregistrés</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="351"/>
        <source>%1 (recorded by run %2) is %3</source>
        <translation>%1 (enregistré par l&apos;exécution %2) est %3</translation>
    </message>
    <message>
        <location filename="../core/recordedfiles.cpp" line="354"/>
        <source>%1; the recorded copy is %2</source>
        <translation>%1 ; la copie enregistrée est %2</translation>
    </message>
</context>
<context>
    <name>ReplyDecoder</name>
    <message>
        <location filename="../core/replydecoder.cpp" line="146"/>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="159"/>
        <source>%1 is %2, not %3 between 0 and %4</source>
        <translation>%1 vaut %2, et non %3 entre 0 et %4</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="161"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="162"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="183"/>
        <location filename="../core/replydecoder.cpp" line="195"/>
        <source>entries</source>
        <translation>entrées</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="208"/>
        <source>%1 is %2, not %3</source>
        <translation>%1 est %2, et non %3</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="217"/>
        <source>%1 has %2 %3, more than %4</source>
        <translation>%1 compte %2 %3, soit plus de %4</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="254"/>
        <source>The worker&apos;s reply was refused and nothing of it was kept: %1. The cell&apos;s code may have written its own reply.</source>
        <translation>La réponse du worker a été refusée et rien n&apos;en a été conservé : %1. Le code de la cellule a peut-être écrit sa propre réponse.</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="274"/>
        <source>it has %1 bytes, too few for a PNG</source>
        <translation>elle fait %1 octets, trop peu pour un PNG</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="276"/>
        <source>it does not start with the PNG signature</source>
        <translation>elle ne commence pas par la signature PNG</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="278"/>
        <source>its first chunk is not a PNG image header</source>
        <translation>son premier chunk n&apos;est pas un en-tête d&apos;image PNG</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="280"/>
        <source>its image header&apos;s checksum is wrong</source>
        <translation>la somme de contrôle de son en-tête d&apos;image est fausse</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="285"/>
        <source>it claims %1×%2 pixels, outside 1 to %3 a side and %4 pixels</source>
        <translation>elle annonce %1×%2 pixels, hors des limites de 1 à %3 par côté et de %4 pixels au total</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="298"/>
        <source>its image header names no valid PNG pixel format</source>
        <translation>son en-tête d&apos;image n&apos;indique aucun format de pixel PNG valide</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="300"/>
        <source>it does not end with the PNG end chunk</source>
        <translation>elle ne se termine pas par le chunk de fin PNG</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="348"/>
        <source>rich output %1</source>
        <translation>sortie enrichie %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="360"/>
        <source>%1 has the kind %2, not &quot;%3&quot; or &quot;%4&quot;</source>
        <translation>%1 est de type %2, et non &quot;%3&quot; ou &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="400"/>
        <source>%1 is not base64</source>
        <translation>%1 n&apos;est pas en base64</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="427"/>
        <source>%1 names %2, which is no variable name</source>
        <translation>%1 désigne %2, qui n&apos;est pas un nom de variable</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="434"/>
        <source>the rich outputs hold more than %1 characters</source>
        <translation>les sorties enrichies contiennent plus de %1 caractères</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="458"/>
        <source>%1 &apos;keys_sha256&apos; is %2, not a SHA-256 in hexadecimal</source>
        <translation>%1 &apos;keys_sha256&apos; vaut %2, et non un SHA-256 en hexadécimal</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="511"/>
        <source>&apos;type&apos; is %1, not &quot;result&quot; or &quot;error&quot;</source>
        <translation>&apos;type&apos; vaut %1, et non &quot;result&quot; ou &quot;error&quot;</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="520"/>
        <source>&apos;status&apos; is %1, which is no run status (%2)</source>
        <translation>&apos;status&apos; vaut %1, qui n&apos;est pas un statut d&apos;exécution (%2)</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="564"/>
        <source>&apos;packages&apos; names a package %1</source>
        <translation>&apos;packages&apos; nomme un paquet %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="578"/>
        <source>state change %1</source>
        <translation>changement d&apos;état %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="590"/>
        <source>&apos;%1&apos; comes without &apos;%2&apos;</source>
        <translation>&apos;%1&apos; arrive sans &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="603"/>
        <source>%1 is %2, which is no Python name</source>
        <translation>%1 vaut %2, qui n&apos;est pas un nom Python</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="633"/>
        <source>%1 &apos;dataset&apos; is %2, which is no Python name</source>
        <translation>%1 &apos;dataset&apos; vaut %2, qui n&apos;est pas un nom Python</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="651"/>
        <source>%1 has %2 numbers, not 3 (block, first byte, end byte)</source>
        <translation>%1 contient %2 nombres, et non 3 (bloc, premier octet, octet de fin)</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="767"/>
        <source>violation %1</source>
        <translation>violation %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="787"/>
        <source>%1 has an empty rule</source>
        <translation>%1 a une règle vide</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="789"/>
        <source>%1 names the layer %2, which is none of %3</source>
        <translation>%1 nomme la couche %2, qui ne fait pas partie de %3</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="804"/>
        <location filename="../core/replydecoder.cpp" line="977"/>
        <source>%1 entry %2</source>
        <translation>%1, entrée %2</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="815"/>
        <source>%1 is %2, not a value a table cell holds</source>
        <translation>%1 est %2, et non une valeur que peut contenir une cellule de tableau</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="824"/>
        <source>variable %1</source>
        <translation>variable %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="859"/>
        <source>%1 is %2, which is none of %3</source>
        <translation>%1 vaut %2, qui n&apos;est aucun de %3</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="870"/>
        <source>match %1</source>
        <translation>correspondance %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="878"/>
        <source>%1 &apos;name&apos; is empty</source>
        <translation>%1 &apos;name&apos; est vide</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="909"/>
        <source>the table page cannot be read: %1</source>
        <translation>la page du tableau est illisible : %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="929"/>
        <source>&apos;index&apos; has %1 entries for %2 rows of &apos;data&apos;</source>
        <translation>&apos;index&apos; compte %1 entrées pour %2 lignes de &apos;data&apos;</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="933"/>
        <source>&apos;index&apos; entry %1</source>
        <translation>&apos;index&apos;, entrée %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="935"/>
        <source>row %1 of &apos;data&apos;</source>
        <translation>ligne %1 de &apos;data&apos;</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="940"/>
        <source>%1 has %2 cells for %3 columns</source>
        <translation>%1 compte %2 cellules pour %3 colonnes</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="945"/>
        <source>%1, cell %2</source>
        <translation>%1, cellule %2</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="969"/>
        <source>%1 is %2, not a number or a text</source>
        <translation>%1 est %2, et non un nombre ou un texte</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="982"/>
        <source>%1 is not a [label, count] pair</source>
        <translation>%1 n&apos;est pas une paire [label, count]</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="999"/>
        <source>the chart&apos;s &apos;type&apos; is %1, which is none of %2</source>
        <translation>le &apos;type&apos; du graphique vaut %1, qui ne fait pas partie de %2</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1011"/>
        <source>%1 entry %2 is not a finite number</source>
        <translation>%1, entrée %2 n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1019"/>
        <source>the chart&apos;s %1</source>
        <translation>%1 du graphique</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1044"/>
        <source>&apos;parts&apos; is not a list</source>
        <translation>&apos;parts&apos; n&apos;est pas une liste</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1047"/>
        <source>&apos;parts&apos; holds %1 entries, more than %2</source>
        <translation>&apos;parts&apos; contient %1 entrées, plus que %2</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1058"/>
        <source>a part&apos;s &apos;stream&apos; is not &quot;stdout&quot; or &quot;stderr&quot;</source>
        <translation>le &apos;stream&apos; d&apos;une partie n&apos;est ni &quot;stdout&quot; ni &quot;stderr&quot;</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1060"/>
        <source>a part&apos;s &apos;text&apos; is not a string</source>
        <translation>le &apos;text&apos; d&apos;une partie n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1064"/>
        <source>the parts&apos; text is longer than %1 characters</source>
        <translation>le texte des parties dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1090"/>
        <source>the reply to a %1 request is of type %2</source>
        <translation>la réponse à une requête %1 est de type %2</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="1103"/>
        <source>&apos;verdict&apos; is %1, which is none of %2</source>
        <translation>&apos;verdict&apos; vaut %1, qui ne fait pas partie de %2</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="708"/>
        <source>figure %1</source>
        <translation>figure %1</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="725"/>
        <source>%1 has the format %2; the app asks for &quot;png&quot; only</source>
        <translation>%1 a le format %2 ; l&apos;application n&apos;accepte que &quot;png&quot;</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="731"/>
        <source>the figures claim more bytes than the %1 the reply carries</source>
        <translation>les figures annoncent plus d&apos;octets que les %1 que contient la réponse</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="405"/>
        <location filename="../core/replydecoder.cpp" line="741"/>
        <source>%1 is not a PNG the app accepts: %2</source>
        <translation>%1 n&apos;est pas un PNG accepté par l&apos;application : %2</translation>
    </message>
    <message>
        <location filename="../core/replydecoder.cpp" line="751"/>
        <source>the figures account for %1 bytes but the reply carries %2</source>
        <translation>les figures représentent %1 octets, mais la réponse en contient %2</translation>
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
        <translation type="vanished">La file de revue : les cellules signalées par le profil y attendent, sans être exécutées, l&apos;examen d&apos;une personne.
  list             les exécutions en attente de revue (--all : y compris celles déjà traitées)
  show ID          une exécution signalée : son code, les motifs, chaque décision
  approve ID       approuver le code exact de l&apos;exécution sous son profil ; il s&apos;exécutera la prochaine fois qu&apos;il sera soumis
  reject ID        la rejeter ; --note indique pourquoi (obligatoire)
Les décisions ne sont jamais modifiées ni supprimées : une décision ultérieure remplace la précédente.</translation>
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
        <translation>La file de relecture : les cellules signalées par le profil y attendent, sans être exécutées, l&apos;examen d&apos;une personne.
  list             les exécutions en attente de relecture (--all : y compris celles déjà traitées)
  show ID          une exécution signalée : son code, les motifs, chaque décision
  approve ID       approuver le code exact de l&apos;exécution sous son profil ; il s&apos;exécutera la prochaine fois qu&apos;il sera soumis
  reject ID        la rejeter ; --note indique pourquoi (obligatoire)
  --gui [DB]       la file dans une fenêtre, avec le code et la provenance de chaque exécution
Les décisions ne sont jamais modifiées ni supprimées : une décision ultérieure remplace la précédente.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="60"/>
        <source>Print JSON instead of text.</source>
        <translation>Affiche du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="62"/>
        <source>list: include runs already decided.</source>
        <translation>list : inclut aussi les exécutions déjà traitées.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="64"/>
        <source>approve, reject: the reviewer&apos;s note.</source>
        <translation>approve, reject : la note du relecteur.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="64"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="67"/>
        <source>approve, reject: the reviewer&apos;s name (default: %1).</source>
        <translation>approve, reject : le nom du relecteur (par défaut : %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="69"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="71"/>
        <source>list, show, approve or reject</source>
        <translation>list, show, approve ou reject</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="72"/>
        <source>the flagged run&apos;s id</source>
        <translation>l&apos;identifiant de l&apos;exécution signalée</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="72"/>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="82"/>
        <source>say what to do: list, show, approve or reject</source>
        <translation>indiquez quoi faire : list, show, approve ou reject</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="83"/>
        <source>unknown action &apos;%1&apos;; use list, show, approve or reject</source>
        <translation>action inconnue &apos;%1&apos; ; utilisez list, show, approve ou reject</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="88"/>
        <source>%1 needs exactly one run ID</source>
        <translation>%1 attend exactement un identifiant d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="89"/>
        <source>list takes no ID</source>
        <translation>list n&apos;accepte pas d&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="95"/>
        <source>&apos;%1&apos; is not a run ID; &apos;sandbench review list&apos; shows them</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant d&apos;exécution ; &apos;sandbench review list&apos; les affiche</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="100"/>
        <source>reject needs --note TEXT saying why</source>
        <translation>reject attend --note TEXT indiquant pourquoi</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="102"/>
        <source>--reviewer needs a name</source>
        <translation>--reviewer attend un nom</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="133"/>
        <source>No run was ever flagged for review.</source>
        <translation>Aucune exécution n&apos;a jamais été signalée pour relecture.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="134"/>
        <source>No run is waiting for review.</source>
        <translation>Aucune exécution n&apos;est en attente de relecture.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="138"/>
        <source>RUN	STATE	SESSION	CELL	PROFILE	REASONS	CODE</source>
        <translation>EXÉCUTION	ÉTAT	SESSION	CELLULE	PROFIL	MOTIFS	CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="161"/>
        <source>run %1 was not flagged for review (its status is %2); &apos;sandbench show %1&apos; shows it</source>
        <translation>l&apos;exécution %1 n&apos;a pas été signalée pour relecture (son statut est %2) ; &apos;sandbench show %1&apos; l&apos;affiche</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="165"/>
        <source>there is no run %1 in %2</source>
        <translation>il n&apos;y a pas d&apos;exécution %1 dans %2</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="180"/>
        <source>run %1: %2 (session %3, cell %4, profile %5)</source>
        <translation>exécution %1 : %2 (session %3, cellule %4, profil %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="187"/>
        <source>reasons</source>
        <translation>motifs</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="189"/>
        <source>an approval binds to</source>
        <translation>une approbation est liée à</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="190"/>
        <source>  code sha256    %1</source>
        <translation>  sha256 du code     %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="191"/>
        <source>  profile sha256 %1</source>
        <translation>  sha256 du profil   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="192"/>
        <source>  limits sha256  %1</source>
        <translation>  sha256 des limites %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="194"/>
        <source>  inputs sha256  %1</source>
        <translation>  sha256 des entrées %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="196"/>
        <source>decisions about this code</source>
        <translation>décisions concernant ce code</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="200"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="219"/>
        <source>Approved run %1 (decision %2): the same code under the same profile runs the next time it is submitted.</source>
        <translation>Exécution %1 approuvée (décision %2) : le même code sous le même profil s&apos;exécutera la prochaine fois qu&apos;il sera soumis.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="221"/>
        <source>Rejected run %1 (decision %2).</source>
        <translation>Exécution %1 rejetée (décision %2).</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../core/reviewqueue.cpp" line="53"/>
        <source>Cannot read the review decisions</source>
        <translation>Impossible de lire les décisions de relecture</translation>
    </message>
    <message>
        <location filename="../core/reviewqueue.cpp" line="121"/>
        <source>a decision needs the reviewer&apos;s name</source>
        <translation>une décision requiert le nom du relecteur</translation>
    </message>
    <message>
        <location filename="../core/reviewqueue.cpp" line="129"/>
        <source>there is no run %1 in %2; %3</source>
        <translation>il n&apos;y a pas d&apos;exécution %1 dans %2 ; %3</translation>
    </message>
    <message>
        <source>there is no run %1 in %2; &apos;sandbench review list&apos; shows the runs waiting for review</source>
        <translation type="vanished">il n&apos;y a pas d&apos;exécution %1 dans %2 ; &apos;sandbench review list&apos; affiche les exécutions en attente de relecture</translation>
    </message>
    <message>
        <location filename="../core/reviewqueue.cpp" line="137"/>
        <source>run %1 was not flagged for review (its status is %2); only runs with status pending_review can be approved or rejected</source>
        <translation>l&apos;exécution %1 n&apos;a pas été signalée pour relecture (son statut est %2) ; seules les exécutions au statut pending_review peuvent être approuvées ou rejetées</translation>
    </message>
    <message>
        <location filename="../core/reviewqueue.cpp" line="155"/>
        <location filename="../core/reviewqueue.cpp" line="192"/>
        <source>Cannot record the decision on run %1</source>
        <translation>Impossible d&apos;enregistrer la décision sur l&apos;exécution %1</translation>
    </message>
    <message>
        <source>cannot record the decision in %1: %2</source>
        <translation type="vanished">impossible d&apos;enregistrer la décision dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <location filename="../core/runhistory.cpp" line="57"/>
        <location filename="../core/runhistory.cpp" line="82"/>
        <source>Cannot read the run history</source>
        <translation>Impossible de lire l&apos;historique des exécutions</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <location filename="../core/runstore.cpp" line="51"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="52"/>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="53"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="54"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="55"/>
        <source>%1 is %2, not a database file. Give --db the path of a database file (a new one is created there), for example %3.</source>
        <translation>%1 est %2, pas un fichier de base de données. Donnez à --db le chemin d&apos;un fichier de base de données (un nouveau y est créé), par exemple %3.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="64"/>
        <source>Cannot create the folder %1 for the database; choose another place with --db.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données ; choisissez un autre emplacement avec --db.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="72"/>
        <location filename="../core/runstore.cpp" line="221"/>
        <location filename="../core/runstore.cpp" line="239"/>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="146"/>
        <source>%1: the disk holding %2 is full (%3). What was recorded before is kept; free some space on that disk, or choose a database on another disk with --db, and try again.</source>
        <translation>%1 : le disque qui contient %2 est plein (%3). Ce qui a été enregistré auparavant est conservé ; libérez de l&apos;espace sur ce disque ou choisissez une base de données sur un autre disque avec --db, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="151"/>
        <source>%1: %2 is read-only (%3). Sandbench writes every run to it and creates %2-wal and %2-shm beside it: make the file and its folder writable for you, or choose another file with --db.</source>
        <translation>%1 : %2 est en lecture seule (%3). Sandbench y écrit chaque exécution et crée %2-wal et %2-shm à côté : rendez le fichier et son dossier accessibles en écriture pour vous, ou choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="158"/>
        <source>%1: %2 is not a Sandbench database (SQLite says: %3). Nothing was changed; move the file aside or choose another with --db.</source>
        <translation>%1 : %2 n&apos;est pas une base de données Sandbench (SQLite indique : %3). Rien n&apos;a été modifié ; déplacez le fichier ou choisissez-en un autre avec --db.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="162"/>
        <source>%1: the disk failed while reading or writing %2 (%3). Check the disk (the system log, &apos;dmesg&apos;), then run &apos;sqlite3 %2 &quot;PRAGMA integrity_check&quot;&apos;: if it reports anything but ok, the file is damaged; see &quot;The run store&quot; in README to recover it.</source>
        <translation>%1 : le disque a connu une erreur lors de la lecture ou de l&apos;écriture de %2 (%3). Vérifiez le disque (le journal système, &apos;dmesg&apos;), puis exécutez &apos;sqlite3 %2 &quot;PRAGMA integrity_check&quot;&apos; : s&apos;il signale autre chose que ok, le fichier est endommagé ; voir &quot;The run store&quot; dans le README pour le récupérer.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="170"/>
        <source>%1 (database %2): %3</source>
        <translation>%1 (base de données %2) : %3</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="183"/>
        <source> The copy made before its last upgrade, %1, holds the runs up to then: open it with --db.</source>
        <translation> La copie faite avant sa dernière mise à niveau, %1, contient les exécutions jusqu&apos;à ce moment : ouvrez-la avec --db.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="189"/>
        <source>%1: %2 is damaged (%3). Nothing was written to it; keep it as it is.%4 To recover what is still readable: &apos;sqlite3 %2 .recover &gt; recovered.sql&apos; (with a sqlite3 that has no .recover, as Debian 12&apos;s: &apos;sqlite3 %2 .dump | sed &quot;s/^ROLLBACK; -- due to errors$/COMMIT;/&quot; &gt; recovered.sql&apos;), then &apos;sqlite3 recovered.db &lt; recovered.sql&apos; and &apos;sqlite3 recovered.db &quot;PRAGMA application_id = %5; PRAGMA user_version = %6&quot;&apos;, and open recovered.db with --db. Or choose another file with --db.</source>
        <translation>%1 : %2 est endommagé (%3). Rien n&apos;y a été écrit ; conservez-le tel quel.%4 Pour récupérer ce qui est encore lisible : &apos;sqlite3 %2 .recover &gt; recovered.sql&apos; (avec un sqlite3 sans .recover, comme celui de Debian 12 : &apos;sqlite3 %2 .dump | sed &quot;s/^ROLLBACK; -- due to errors$/COMMIT;/&quot; &gt; recovered.sql&apos;), puis &apos;sqlite3 recovered.db &lt; recovered.sql&apos; et &apos;sqlite3 recovered.db &quot;PRAGMA application_id = %5; PRAGMA user_version = %6&quot;&apos;, et ouvrez recovered.db avec --db. Ou choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="213"/>
        <source>Cannot read the database&apos;s schema version</source>
        <translation>Impossible de lire la version de schéma de la base de données</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="222"/>
        <source>its schema version is %1, which no Sandbench writes</source>
        <translation>sa version de schéma est %1, qu&apos;aucune version de Sandbench n&apos;écrit</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="242"/>
        <source>SQLite could open it only for reading</source>
        <translation>SQLite n&apos;a pu l&apos;ouvrir qu&apos;en lecture</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="284"/>
        <source>its table %1 is missing</source>
        <translation>sa table %1 est absente</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="300"/>
        <source>Cannot prepare the database</source>
        <translation>Impossible de préparer la base de données</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="333"/>
        <source>Cannot back up %1 to %2 before upgrading it; nothing was changed</source>
        <translation>Impossible de sauvegarder %1 vers %2 avant sa mise à niveau ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="341"/>
        <source>Cannot upgrade the database</source>
        <translation>Impossible de mettre à niveau la base de données</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="355"/>
        <source>Upgrading from schema version %1 failed; nothing was changed</source>
        <translation>La mise à niveau depuis la version de schéma %1 a échoué ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="364"/>
        <source>Upgrading failed; nothing was changed</source>
        <translation>La mise à niveau a échoué ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="388"/>
        <source>Cannot record a new session</source>
        <translation>Impossible d&apos;enregistrer une nouvelle session</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="406"/>
        <source>Cannot record the session</source>
        <translation>Impossible d&apos;enregistrer la session</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="454"/>
        <source>Cannot record dataset %1</source>
        <translation>Impossible d&apos;enregistrer le jeu de données %1</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="495"/>
        <location filename="../core/runstore.cpp" line="512"/>
        <location filename="../core/runstore.cpp" line="557"/>
        <location filename="../core/runstore.cpp" line="571"/>
        <source>Cannot record the run</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="598"/>
        <source>Cannot record the run&apos;s provenance</source>
        <translation>Impossible d&apos;enregistrer la provenance de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="663"/>
        <source>Cannot read the session</source>
        <translation>Impossible de lire la session</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="760"/>
        <location filename="../core/runstore.cpp" line="815"/>
        <source>Cannot read the runs</source>
        <translation>Impossible de lire les exécutions</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check its permissions or choose another file with --db.</source>
        <translation type="vanished">Impossible d&apos;ouvrir la base de données %1 : %2. Vérifiez ses permissions ou choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="79"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Sandbench database (SQLite says: %2). Nothing was changed; move the file aside or choose another with --db.</source>
        <translation type="vanished">%1 n&apos;est pas une base de données Sandbench (SQLite indique : %2). Rien n&apos;a été modifié ; déplacez le fichier ou choisissez-en un autre avec --db.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="256"/>
        <source>%1 is an SQLite database of another program, not Sandbench&apos;s. Nothing was changed; choose another file with --db.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas de Sandbench. Rien n&apos;a été modifié ; choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="226"/>
        <source>%1 was written by a newer Sandbench (schema version %2; this one knows up to %3). Nothing was changed; open it with the newer version or choose another file with --db.</source>
        <translation>%1 a été écrit par une version plus récente de Sandbench (version de schéma %2 ; celle-ci prend en charge jusqu&apos;à la version %3). Rien n&apos;a été modifié ; ouvrez-le avec la version plus récente ou choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation type="vanished">Impossible de préparer la base de données %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/runstore.cpp" line="309"/>
        <source>Cannot upgrade %1: another Sandbench has been upgrading it for a minute (lock file %2). Nothing was changed; try again later.</source>
        <translation>Impossible de mettre à niveau %1 : une autre instance de Sandbench le met à niveau depuis une minute (fichier de verrou %2). Rien n&apos;a été modifié ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2 before upgrading it: %3. Nothing was changed; free some disk space and try again.</source>
        <translation type="vanished">Impossible de sauvegarder %1 vers %2 avant sa mise à niveau : %3. Rien n&apos;a été modifié ; libérez de l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation type="vanished">Impossible de mettre à niveau %1 : %2</translation>
    </message>
    <message>
        <source>Upgrading %1 from schema version %2 failed: %3. Nothing was changed.</source>
        <translation type="vanished">La mise à niveau de %1 depuis la version de schéma %2 a échoué : %3. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Upgrading %1 failed: %2. Nothing was changed.</source>
        <translation type="vanished">La mise à niveau de %1 a échoué : %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot record a new session in %1: %2</source>
        <translation type="vanished">Impossible d&apos;enregistrer une nouvelle session dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot record the session in %1: %2</source>
        <translation type="vanished">Impossible d&apos;enregistrer la session dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot record dataset %1 in %2: %3</source>
        <translation type="vanished">Impossible d&apos;enregistrer le jeu de données %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>Cannot record the run in %1: %2</source>
        <translation type="vanished">Impossible d&apos;enregistrer l&apos;exécution dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot record the run&apos;s provenance in %1: %2</source>
        <translation type="vanished">Impossible d&apos;enregistrer la provenance de l&apos;exécution dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot record the run&apos;s figures in %1: %2</source>
        <translation type="vanished">Impossible d&apos;enregistrer les figures de l&apos;exécution dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>RunText</name>
    <message>
        <location filename="../app/cli/runtext.cpp" line="39"/>
        <source>  line %1, column %2 [%3, %4]: %5</source>
        <translation>  ligne %1, colonne %2 [%3, %4] : %5</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="48"/>
        <source>  decision %1: %2 by %3 on %4</source>
        <translation>  décision %1 : %2 par %3 le %4</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="50"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="50"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="53"/>
        <source> (supersedes decision %1)</source>
        <translation> (remplace la décision %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="56"/>
        <source>    note: %1</source>
        <translation>    note : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="63"/>
        <source>run %1: %2, session %3, cell %4</source>
        <translation>exécution %1 : %2, session %3, cellule %4</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="69"/>
        <source>  started  %1, finished %2</source>
        <translation>  début    %1, fin %2</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="71"/>
        <source>  time     %1 ms wall, %2 CPU; peak memory %3</source>
        <translation>  durée    %1 ms réelles, %2 CPU ; pic de mémoire %3</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="74"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="76"/>
        <source>  code     sha256 %1, origin %2</source>
        <translation>  code     sha256 %1, origine %2</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="79"/>
        <source>, model %1, prompt sha256 %2</source>
        <translation>, modèle %1, sha256 du prompt %2</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="81"/>
        <source>, model server %1</source>
        <translation>, serveur de modèle %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="83"/>
        <source>  profile  %1, sha256 %2; limits sha256 %3</source>
        <translation>  profil   %1, sha256 %2 ; sha256 des limites %3</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="91"/>
        <source>  limits   %1</source>
        <translation>  limites  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="96"/>
        <source>  python   %1; worker %2 (sha256 %3)</source>
        <translation>  python   %1 ; worker %2 (sha256 %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="101"/>
        <source>  packages %1</source>
        <translation>  paquets  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="102"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="106"/>
        <source>  changed  %1</source>
        <translation>  modifié  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="107"/>
        <source>no session state</source>
        <translation>aucun état de session</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="110"/>
        <source>  parent   %1</source>
        <translation>  parent   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="111"/>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="112"/>
        <source>none (a fresh session state)</source>
        <translation>aucun (état de session vierge)</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="115"/>
        <source>  state    kept after the error (on-error keep): later cells build on what this cell did before it raised</source>
        <translation>  état     conservé après l&apos;erreur (on-error keep) : les cellules suivantes reprennent ce que cette cellule a fait avant son erreur</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="119"/>
        <source>  approval</source>
        <translation>  approbation</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="123"/>
        <source>inputs</source>
        <translation>entrées</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="125"/>
        <source>  %1 = %2, %3 bytes, modified %4, sha256 %5</source>
        <translation>  %1 = %2, %3 octets, modifié le %4, sha256 %5</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="133"/>
        <source>outputs</source>
        <translation>sorties</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="135"/>
        <source>  %1 (figure), sha256 %2</source>
        <translation>  %1 (figure), sha256 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="137"/>
        <source>  %1, %2 bytes, sha256 %3</source>
        <translation>  %1, %2 octets, sha256 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="144"/>
        <source>recorded files that changed since the run</source>
        <translation>fichiers enregistrés modifiés depuis l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="149"/>
        <source>reasons for review</source>
        <translation>motifs de la relecture</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="150"/>
        <source>violations</source>
        <translation>violations</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="154"/>
        <source>code</source>
        <translation>code</translation>
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
        <translation>affiché</translation>
    </message>
    <message>
        <location filename="../app/cli/runtext.cpp" line="162"/>
        <source>result</source>
        <translation>résultat</translation>
    </message>
</context>
<context>
    <name>SessionExport</name>
    <message>
        <location filename="../core/sessionexport.cpp" line="90"/>
        <source>rolled back (undo, a restart or a new worker): the session&apos;s final state does not derive from it</source>
        <translation>annulée (annulation, redémarrage ou nouveau worker) : l&apos;état final de la session n&apos;en dérive pas</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="93"/>
        <source>it failed with an exception</source>
        <translation>elle a échoué avec une exception</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="95"/>
        <source>the sandbox&apos;s check refused it; it never ran</source>
        <translation>la vérification du bac à sable l&apos;a refusée ; elle n&apos;a jamais été exécutée</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="97"/>
        <source>the sandbox stopped one of its operations</source>
        <translation>le bac à sable a arrêté l&apos;une de ses opérations</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="101"/>
        <source>it hit a limit (%1)</source>
        <translation>elle a atteint une limite (%1)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="103"/>
        <source>the worker died while it ran</source>
        <translation>le worker s&apos;est arrêté pendant son exécution</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="105"/>
        <source>it waited for a reviewer and did not run</source>
        <translation>elle attendait un relecteur et n&apos;a pas été exécutée</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="107"/>
        <source>it was interrupted</source>
        <translation>elle a été interrompue</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="109"/>
        <source>its reply was forged from inside the sandbox</source>
        <translation>sa réponse a été falsifiée depuis l&apos;intérieur du bac à sable</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="194"/>
        <source>there is no session %1 in %2; &apos;sandbench history&apos; lists them</source>
        <translation>il n&apos;y a pas de session %1 dans %2 ; &apos;sandbench history&apos; les liste</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="214"/>
        <source>session %1 has no cell that ended ok: there is nothing to re-run</source>
        <translation>la session %1 n&apos;a aucune cellule terminée ok : il n&apos;y a rien à réexécuter</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="260"/>
        <source>The dataset %1 changed while the session ran; the script checks it against the file the first kept cell read.</source>
        <translation>Le jeu de données %1 a changé pendant la session ; le script le vérifie par rapport au fichier lu par la première cellule conservée.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="377"/>
        <source>the same version</source>
        <translation>la même version</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="379"/>
        <source>Figures are rendered as the session rendered them: PNG by matplotlib&apos;s Agg backend at 100 dpi with matplotlib&apos;s own defaults (rcdefaults: no matplotlibrc of this machine), no Software tag, a fixed SVG hash salt and SOURCE_DATE_EPOCH=0 for PDF and SVG dates. Byte-identical PNGs need matplotlib %1 with the same FreeType and fonts; with another matplotlib, --check compares each figure&apos;s size in pixels instead and marks the column &quot;size&quot;.</source>
        <translation>Les figures sont rendues comme la session les a rendues : PNG par le backend Agg de matplotlib à 100 dpi avec les valeurs par défaut de matplotlib (rcdefaults : aucun matplotlibrc de cette machine), sans balise Software, avec un sel de hachage SVG fixe et SOURCE_DATE_EPOCH=0 pour les dates PDF et SVG. Des PNG identiques à l&apos;octet près nécessitent matplotlib %1 avec les mêmes FreeType et polices ; avec un autre matplotlib, --check compare plutôt la taille en pixels de chaque figure et marque la colonne &quot;size&quot;.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="386"/>
        <source>PYTHONHASHSEED: the session&apos;s interpreter ran with hash randomization on (a random seed per worker, not recorded), so output that depends on the iteration order of a set of strings can differ between runs; --check shows such cells as differing.</source>
        <translation>PYTHONHASHSEED : l&apos;interpréteur de la session s&apos;exécutait avec la randomisation du hachage activée (une graine aléatoire par worker, non enregistrée), si bien qu&apos;une sortie qui dépend de l&apos;ordre d&apos;itération d&apos;un ensemble de chaînes peut varier d&apos;une exécution à l&apos;autre ; --check signale ces cellules comme différentes.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="389"/>
        <source>Memory addresses in reprs (&quot;at 0x7f...&quot;) are ignored when outputs are compared.</source>
        <translation>Les adresses mémoire dans les repr (&quot;at 0x7f...&quot;) sont ignorées lors de la comparaison des sorties.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="401"/>
        <source>cell %1: %2</source>
        <translation>cellule %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="403"/>
        <source>Cell %1 draws random numbers before any cell sets a seed: its output will differ from run to run.</source>
        <translation>La cellule %1 tire des nombres aléatoires avant qu&apos;une cellule ne fixe une graine : sa sortie variera d&apos;une exécution à l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="408"/>
        <source>Seeds: no cell seeds numpy or random.</source>
        <translation>Graines : aucune cellule ne fixe de graine pour numpy ou random.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="409"/>
        <source>Seeds the cells set (they run again with the cells): %1.</source>
        <translation>Graines fixées par les cellules (elles sont réexécutées avec les cellules) : %1.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="422"/>
        <source>Sandbench session %1, exported as a script anyone can re-run and check.</source>
        <translation>Session Sandbench %1, exportée sous forme de script que chacun peut réexécuter et vérifier.</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="424"/>
        <source>Re-run it with plain Python 3; Sandbench is not needed:</source>
        <translation>Réexécutez-le avec un simple Python 3 ; Sandbench n&apos;est pas nécessaire :</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="435"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="438"/>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="439"/>
        <source>ran by</source>
        <translation>exécutée par</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="439"/>
        <source>%1 (the owner of the run store)</source>
        <translation>%1 (le propriétaire du registre des exécutions)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="440"/>
        <source>runs</source>
        <translation>exécutions</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="440"/>
        <source>%1 to %2, %3 runs, %4 kept</source>
        <translation>du %1 au %2, %3 exécutions, %4 conservées</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="445"/>
        <source>from</source>
        <translation>origine</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="446"/>
        <source>output folder</source>
        <translation>dossier de sortie</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="447"/>
        <source>exported</source>
        <translation>exportée</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="448"/>
        <source>%1 by Sandbench %2</source>
        <translation>%1 par Sandbench %2</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="450"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="452"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="457"/>
        <source>packages</source>
        <translation>paquets</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="458"/>
        <source>(none recorded)</source>
        <translation>(aucun enregistré)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="459"/>
        <source>profile</source>
        <translation>profil</translation>
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
        <translation>worker</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="463"/>
        <source>Datasets (their SHA-256 is checked before any cell runs)</source>
        <translation>Jeux de données (leur SHA-256 est vérifié avant l&apos;exécution de toute cellule)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="465"/>
        <source>  (none)</source>
        <translation>  (aucun)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="467"/>
        <source>%1 (%2, %3 bytes, sha256 %4)</source>
        <translation>%1 (%2, %3 octets, sha256 %4)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="470"/>
        <location filename="../core/sessionexport.cpp" line="495"/>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="471"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="480"/>
        <source>kept as cell %1</source>
        <translation>conservée comme cellule %1</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="481"/>
        <source>left out: %1</source>
        <translation>écartée : %1</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="482"/>
        <source>  run %1  cell %2  %3  code sha256 %4  %5</source>
        <translation>  exécution %1  cellule %2  %3  sha256 du code %4  %5</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="488"/>
        <source>    changed %1</source>
        <translation>    modifié %1</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="491"/>
        <source>written by model %1%2, prompt sha256 %3</source>
        <translation>écrit par le modèle %1%2, sha256 du prompt %3</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="492"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="494"/>
        <source> at %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="498"/>
        <source>Recorded files (figures and outputs checked against their SHA-256)</source>
        <translation>Fichiers enregistrés (figures et sorties vérifiées par rapport à leur SHA-256)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="500"/>
        <source>  (all present and unchanged)</source>
        <translation>  (tous présents et inchangés)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="503"/>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="505"/>
        <source>  (none: no cell needed a reviewer)</source>
        <translation>  (aucune : aucune cellule n&apos;a nécessité de relecteur)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="511"/>
        <source>run %1 %2 by %3 on %4 (decision %5%6): %7</source>
        <translation>exécution %1 %2 par %3 le %4 (décision %5%6) : %7</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="513"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="513"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="517"/>
        <source>; ran as run %1</source>
        <translation>; exécutée comme exécution %1</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="518"/>
        <source>(no note)</source>
        <translation>(sans note)</translation>
    </message>
    <message>
        <location filename="../core/sessionexport.cpp" line="521"/>
        <source>Determinism</source>
        <translation>Déterminisme</translation>
    </message>
</context>
<context>
    <name>SessionOptions</name>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="19"/>
        <source>Load FILE as a pandas DataFrame named NAME (CSV, TSV, JSON, JSON lines, Excel, Parquet). Repeatable.</source>
        <translation>Charge FILE comme DataFrame pandas nommé NAME (CSV, TSV, JSON, JSON lines, Excel, Parquet). Répétable.</translation>
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
        <translation>Dossier de sortie pour les figures et les fichiers écrits par le code (par défaut : un nouveau dossier dans %1).</translation>
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
        <translation>Autorise le code à lire FILE ou tout le contenu du dossier (en plus des jeux de données et du dossier de sortie). Répétable.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="40"/>
        <source>Accept / or your home folder itself as a --read path.</source>
        <translation>Accepte / ou votre dossier personnel lui-même comme chemin --read.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="42"/>
        <source>The cells&apos; working folder, for relative paths (default: the output folder). It grants no access by itself.</source>
        <translation>Dossier de travail des cellules, pour les chemins relatifs (par défaut : le dossier de sortie). Il n&apos;accorde à lui seul aucun accès.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="46"/>
        <source>Sandbox profile: a name (default, strict, trusted-reviewer, or your own in %1) or a path to a .json file.</source>
        <translation>Profil de bac à sable : un nom (default, strict, trusted-reviewer ou le vôtre dans %1) ou le chemin d&apos;un fichier .json.</translation>
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
        <translation>Garder en texte les colonnes de dates ISO du jeu de données NAME (par défaut, elles sont chargées comme dates). Répétable.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="27"/>
        <source>Load FILE as a dask DataFrame named NAME, read in blocks: for data larger than memory (CSV, TSV, JSON lines; Parquet with pyarrow). Repeatable.</source>
        <translation>Charge FILE comme DataFrame dask nommé NAME, lu par blocs : pour des données plus grandes que la mémoire (CSV, TSV, JSON lines ; Parquet avec pyarrow). Répétable.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="51"/>
        <source>Stop a cell that runs longer than S seconds (overrides the profile).</source>
        <translation>Arrête une cellule qui s&apos;exécute plus de S secondes (remplace la valeur du profil).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="52"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="54"/>
        <source>Memory limit of the worker in MB (overrides the profile).</source>
        <translation>Limite de mémoire du worker en Mo (remplace la valeur du profil).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="54"/>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="56"/>
        <source>How many earlier states undo can return to (overrides the profile; 0 turns undo off). Each holds the memory later cells changed.</source>
        <translation>Nombre d&apos;états antérieurs (instantanés) auxquels l&apos;annulation peut revenir (remplace la valeur du profil ; 0 désactive l&apos;annulation). Chacun occupe la mémoire que les cellules suivantes ont modifiée.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="58"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="60"/>
        <source>Use the sandboxed Dask cluster whose state folder is DIR (&apos;sandbench cluster start&apos;): the cells get a ready `client`, and may reach that scheduler and nothing else. Uses the &apos;cluster&apos; profile unless --profile names another that allows clusters.</source>
        <translation>Utilise le cluster Dask isolé dont le dossier d&apos;état est DIR (&apos;sandbench cluster start&apos;) : les cellules reçoivent un `client` prêt à l&apos;emploi et peuvent joindre ce scheduler et rien d&apos;autre. Utilise le profil &apos;cluster&apos;, sauf si --profile en désigne un autre qui autorise les clusters.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="71"/>
        <source>SQLite file that keeps the runs (default: %1).</source>
        <translation>Fichier SQLite qui conserve les exécutions (par défaut : %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="124"/>
        <source>%1 %2: the name &apos;%3&apos; is given twice; give each dataset its own name</source>
        <translation>%1 %2 : le nom &apos;%3&apos; est donné deux fois ; donnez à chaque jeu de données son propre nom</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="146"/>
        <source>--dates-as-text %1: no dataset is named &apos;%1&apos;; give the NAME of a --data NAME=FILE</source>
        <translation>--dates-as-text %1 : aucun jeu de données ne s&apos;appelle &apos;%1&apos; ; indiquez le NAME d&apos;un --data NAME=FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="198"/>
        <source>--cluster: the profile &apos;%1&apos; does not allow a cluster; use --profile cluster, or a profile with &quot;cluster&quot;: {&quot;allowed&quot;: true}</source>
        <translation>--cluster : le profil &apos;%1&apos; n&apos;autorise pas de cluster ; utilisez --profile cluster, ou un profil avec &quot;cluster&quot;: {&quot;allowed&quot;: true}</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="210"/>
        <source>--timeout %1: give a whole number of seconds from 1 to %2 (a week)</source>
        <translation>--timeout %1 : donnez un nombre entier de secondes entre 1 et %2 (une semaine)</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="38"/>
        <location filename="../app/cli/sessionoptions.cpp" line="72"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>--data %1: the name &apos;%2&apos; is given twice; give each dataset its own name</source>
        <translation type="vanished">--data %1 : le nom &apos;%2&apos; est donné deux fois ; donnez à chaque jeu de données son propre nom</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="156"/>
        <source>--read %1: no such file or folder</source>
        <translation>--read %1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="162"/>
        <source>--read %1: that would let the code read every file of yours; name the folder that holds the data, or add --force-read</source>
        <translation>--read %1 : cela permettrait au code de lire tous vos fichiers ; indiquez le dossier qui contient les données, ou ajoutez --force-read</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="173"/>
        <source>--workdir %1: no such folder</source>
        <translation>--workdir %1 : dossier introuvable</translation>
    </message>
    <message>
        <source>--timeout %1: give a whole number of seconds, at least 1</source>
        <translation type="vanished">--timeout %1 : indiquez un nombre entier de secondes, au moins 1</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="221"/>
        <source>--memory %1: give the limit in MB, at least 256 (Python and pandas alone need about 200 MB)</source>
        <translation>--memory %1 : indiquez la limite en Mo, au moins 256 (Python et pandas seuls ont besoin d&apos;environ 200 Mo)</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="233"/>
        <source>--snapshots %1: give a whole number from 0 to 100</source>
        <translation>--snapshots %1 : indiquez un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="257"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez &apos;%1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="122"/>
        <source>Shows one run with all its provenance: the code and its hash, the datasets&apos; and outputs&apos; hashes, the environment and limits, times and memory, the run its state came from and the approval it ran under.</source>
        <translation>Affiche une exécution avec toute sa provenance : le code et son empreinte, les empreintes des jeux de données et des sorties, l&apos;environnement et les limites, les durées et la mémoire, l&apos;exécution dont provient son état et l&apos;approbation sous laquelle elle a eu lieu.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="129"/>
        <source>The run to show.</source>
        <translation>L&apos;exécution à afficher.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="136"/>
        <source>give exactly one RUN_ID; &apos;sandbench history&apos; lists them</source>
        <translation>indiquez exactement un RUN_ID ; &apos;sandbench history&apos; les liste</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="148"/>
        <source>there is no run %1 in %2</source>
        <translation>il n&apos;y a pas d&apos;exécution %1 dans %2</translation>
    </message>
</context>
<context>
    <name>WorkerMessage</name>
    <message>
        <location filename="../core/workermessages.cpp" line="33"/>
        <source>starting programs is not possible in Sandbench; do the work in Python instead</source>
        <translation>lancer des programmes n&apos;est pas possible dans Sandbench ; faites plutôt le travail en Python</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="34"/>
        <source>it reaches the interpreter&apos;s internals and the import machinery</source>
        <translation>il atteint les rouages internes de l&apos;interpréteur et le mécanisme d&apos;import</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="35"/>
        <source>it loads native code</source>
        <translation>il charge du code natif</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="36"/>
        <source>network access is not possible in Sandbench</source>
        <translation>l&apos;accès au réseau n&apos;est pas possible dans Sandbench</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="37"/>
        <source>files are read through the dataset variables or pandas readers and written into the output folder only</source>
        <translation>les fichiers se lisent par les variables des jeux de données ou les lecteurs de pandas et ne s&apos;écrivent que dans le dossier de sortie</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="38"/>
        <source>loading pickled data can run hidden code</source>
        <translation>charger des données pickle peut exécuter du code caché</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="39"/>
        <source>background work could outlive the run</source>
        <translation>un travail en arrière-plan pourrait survivre à l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="40"/>
        <source>it walks the interpreter&apos;s objects and running frames</source>
        <translation>il parcourt les objets et les frames en cours de l&apos;interpréteur</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="41"/>
        <source>environment variables can hold secrets</source>
        <translation>les variables d&apos;environnement peuvent contenir des secrets</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="42"/>
        <source>it is not needed in a cell (Python 3.11); remove the line</source>
        <translation>il n&apos;est pas nécessaire dans une cellule (Python 3.11) ; supprimez la ligne</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="43"/>
        <source>it is not on the profile&apos;s allowlist</source>
        <translation>il ne figure pas dans la liste autorisée du profil</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="46"/>
        <source>reading the database</source>
        <translation>lecture de la base de données</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="47"/>
        <source>creating the database</source>
        <translation>création de la base de données</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="48"/>
        <source>moving to</source>
        <translation>déplacement vers</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="49"/>
        <source>copying to</source>
        <translation>copie vers</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="50"/>
        <source>reading</source>
        <translation>lecture de</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="51"/>
        <source>writing</source>
        <translation>écriture de</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="52"/>
        <source>listing</source>
        <translation>listage de</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="53"/>
        <source>changing</source>
        <translation>modification de</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="54"/>
        <source>moving</source>
        <translation>déplacement de</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="55"/>
        <source>copying</source>
        <translation>copie de</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="56"/>
        <source>archiving</source>
        <translation>archivage de</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="59"/>
        <source>in the window: File &gt; Allow Reading a Folder</source>
        <translation>dans la fenêtre : Fichier &gt; Autoriser la lecture d&apos;un dossier</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="60"/>
        <source>in the window: the Review Queue panel</source>
        <translation>dans la fenêtre : le panneau File de relecture</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="61"/>
        <source>in the window: Edit &gt; Settings, then Run &gt; Restart Session</source>
        <translation>dans la fenêtre : Édition &gt; Paramètres, puis Exécution &gt; Redémarrer la session</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="62"/>
        <source>on the command line: --read FOLDER</source>
        <translation>en ligne de commande : --read FOLDER</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="63"/>
        <source>on the command line: sandbench review list</source>
        <translation>en ligne de commande : sandbench review list</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="64"/>
        <source>on the command line: --memory MB</source>
        <translation>en ligne de commande : --memory Mo</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="65"/>
        <source>in the window: the Cluster panel</source>
        <translation>dans la fenêtre : le panneau Cluster</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="66"/>
        <source>on the command line: sandbench cluster status --state DIR --live</source>
        <translation>en ligne de commande : sandbench cluster status --state DIR --live</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="67"/>
        <source>the profile allows no imports</source>
        <translation>le profil n&apos;autorise aucun import</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="68"/>
        <source>the allowed modules are %1 and others: see the profile&apos;s allowlist (Settings &gt; Policy)</source>
        <translation>les modules autorisés sont %1 et d&apos;autres : voir la liste autorisée du profil (Paramètres &gt; Politique)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="69"/>
        <source>the allowed modules are %1</source>
        <translation>les modules autorisés sont %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="72"/>
        <source>Sorting %1 would load all %2 rows of the view (about %3 MB in memory), more than a quarter of the session&apos;s memory limit (%4 MB): filter it first, or sort in a cell with nlargest()/nsmallest() to keep the top rows</source>
        <translation>Trier %1 chargerait les %2 lignes de la vue (environ %3 Mo en mémoire), soit plus du quart de la limite de mémoire de la session (%4 Mo) : filtrez d&apos;abord, ou triez dans une cellule avec nlargest()/nsmallest() pour ne garder que les premières lignes</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="73"/>
        <source>dataset &apos;%1&apos; (%2): a JSON array cannot be read in blocks; save it as JSON lines (one object a line, .jsonl) or add it without &apos;larger than memory&apos;</source>
        <translation>jeu de données &apos;%1&apos; (%2) : un tableau JSON ne peut pas être lu par blocs ; enregistrez-le en JSON lines (un objet par ligne, .jsonl) ou ajoutez-le sans &apos;plus grand que la mémoire&apos;</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="74"/>
        <source>dataset &apos;%1&apos; (%2): %3 files cannot be read in blocks; add it without &apos;larger than memory&apos;, or save it as CSV, JSON lines or Parquet</source>
        <translation>jeu de données &apos;%1&apos; (%2) : les fichiers %3 ne peuvent pas être lus par blocs ; ajoutez-le sans &apos;plus grand que la mémoire&apos;, ou enregistrez-le en CSV, JSON lines ou Parquet</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="75"/>
        <source>dataset &apos;%1&apos; (%2): reading Parquet needs pyarrow, which is not installed, so a Parquet file cannot be read in blocks (or at all); install python3-pyarrow or convert the file to CSV</source>
        <translation>jeu de données &apos;%1&apos; (%2) : la lecture de Parquet nécessite pyarrow, qui n&apos;est pas installé ; un fichier Parquet ne peut donc pas être lu par blocs (ni même du tout) ; installez python3-pyarrow ou convertissez le fichier en CSV</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="76"/>
        <source>dataset &apos;%1&apos; (%2): larger-than-memory datasets need dask, which the profile &apos;%3&apos; does not allow or which is not installed; add the file without &apos;larger than memory&apos;, or use a profile that allows dask (default)</source>
        <translation>jeu de données &apos;%1&apos; (%2) : les jeux de données plus grands que la mémoire nécessitent dask, que le profil &apos;%3&apos; n&apos;autorise pas ou qui n&apos;est pas installé ; ajoutez le fichier sans &apos;plus grand que la mémoire&apos;, ou utilisez un profil qui autorise dask (default)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="77"/>
        <source>dataset &apos;%1&apos; (%2): larger-than-memory datasets need dask, which is not installed; install python3-dask</source>
        <translation>jeu de données &apos;%1&apos; (%2) : les jeux de données plus grands que la mémoire nécessitent dask, qui n&apos;est pas installé ; installez python3-dask</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="78"/>
        <source>dataset &apos;%1&apos; (%2): column &apos;%3&apos; holds %4 values in bytes %5-%6 where the first rows held %7; add the file without &apos;larger than memory&apos;, or convert the column in a cell with map_partitions</source>
        <translation>jeu de données &apos;%1&apos; (%2) : la colonne &apos;%3&apos; contient des valeurs %4 dans les octets %5-%6, alors que les premières lignes contenaient %7 ; ajoutez le fichier sans &apos;plus grand que la mémoire&apos;, ou convertissez la colonne dans une cellule avec map_partitions</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="81"/>
        <source>import of &apos;%1&apos; is not allowed: it is not needed in a cell (Python 3.11); remove the line</source>
        <translation>l&apos;import de « %1 » n&apos;est pas autorisé : il n&apos;est pas nécessaire dans une cellule (Python 3.11) ; supprimez la ligne</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="82"/>
        <source>import of &apos;%1&apos; is not allowed: %2; %3</source>
        <translation>l&apos;import de « %1 » n&apos;est pas autorisé : %2 ; %3</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="83"/>
        <source>import of &apos;%1&apos; needs review: the &apos;%2&apos; profile lets a reviewer approve it, and a reviewer must approve this cell before it runs (or use only allowed modules)</source>
        <translation>l&apos;import de « %1 » nécessite une relecture : le profil « %2 » permet à un relecteur de l&apos;approuver, et un relecteur doit approuver cette cellule avant qu&apos;elle ne s&apos;exécute (ou utilisez uniquement des modules autorisés)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="84"/>
        <source>%1 is refused: %2</source>
        <translation>%1 est refusé : %2</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="85"/>
        <source>access to &apos;.%1&apos;</source>
        <translation>l&apos;accès à « .%1 »</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="86"/>
        <source>access to &apos;os.%1&apos;</source>
        <translation>l&apos;accès à « os.%1 »</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="87"/>
        <source>the name &apos;%1&apos;</source>
        <translation>le nom « %1 »</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="88"/>
        <source>the attribute name &apos;%1&apos;</source>
        <translation>le nom d&apos;attribut « %1 »</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="89"/>
        <source>it reaches running frames and their variables, the usual way out of a sandbox; use the object&apos;s public methods instead</source>
        <translation>il atteint les frames en cours et leurs variables, la voie habituelle pour sortir d&apos;un bac à sable ; utilisez plutôt les méthodes publiques de l&apos;objet</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="90"/>
        <source>it reaches Python&apos;s internals (classes, function globals, builtins), the usual way out of a sandbox; use the object&apos;s public methods instead</source>
        <translation>il atteint les rouages internes de Python (classes, globales des fonctions, builtins), la voie habituelle pour sortir d&apos;un bac à sable ; utilisez plutôt les méthodes publiques de l&apos;objet</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="91"/>
        <source>special double-underscore attributes other than common ones like __init__, __name__ and __doc__ are off limits in a cell; use the object&apos;s public methods instead</source>
        <translation>les attributs spéciaux à double soulignement, hormis les courants comme __init__, __name__ et __doc__, sont interdits dans une cellule ; utilisez plutôt les méthodes publiques de l&apos;objet</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="92"/>
        <source>%1, which is not reachable from a cell (%2); %3</source>
        <translation>%1, qui n&apos;est pas accessible depuis une cellule (%2) ; %3</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="93"/>
        <source>it is the module &apos;%1&apos;</source>
        <translation>c&apos;est le module « %1 »</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="94"/>
        <source>it reaches &apos;%1&apos;</source>
        <translation>il atteint « %1 »</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="95"/>
        <source>it reaches %1</source>
        <translation>il atteint %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="96"/>
        <source>use the allowed libraries&apos; public functions instead (a data column called &apos;%1&apos; is read as df[&apos;%2&apos;])</source>
        <translation>utilisez plutôt les fonctions publiques des bibliothèques autorisées (une colonne de données nommée « %1 » se lit df[&apos;%2&apos;])</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="97"/>
        <source>use the allowed libraries&apos; public functions instead (if it is your own variable, choose another name)</source>
        <translation>utilisez plutôt les fonctions publiques des bibliothèques autorisées (s&apos;il s&apos;agit de votre propre variable, choisissez un autre nom)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="98"/>
        <source>use the allowed libraries&apos; public functions instead</source>
        <translation>utilisez plutôt les fonctions publiques des bibliothèques autorisées</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="99"/>
        <source>open() is not available in a cell: use the dataset variables or pandas readers to read, and df.to_csv(&apos;name.csv&apos;) or fig.savefig(&apos;name.png&apos;) to write into the output folder</source>
        <translation>open() n&apos;est pas disponible dans une cellule : lisez par les variables des jeux de données ou les lecteurs de pandas, et écrivez dans le dossier de sortie avec df.to_csv(&apos;name.csv&apos;) ou fig.savefig(&apos;name.png&apos;)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="100"/>
        <source>%1() is not available in a cell: running code built from text is refused; write the code directly in the cell</source>
        <translation>%1() n&apos;est pas disponible dans une cellule : exécuter du code construit à partir de texte est refusé ; écrivez le code directement dans la cellule</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="101"/>
        <source>compile() is not available in a cell: running code built from text is refused; write the code directly in the cell (re.compile is fine)</source>
        <translation>compile() n&apos;est pas disponible dans une cellule : exécuter du code construit à partir de texte est refusé ; écrivez le code directement dans la cellule (re.compile convient)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="102"/>
        <source>__import__() is not available in a cell: use a plain import statement for an allowed module</source>
        <translation>__import__() n&apos;est pas disponible dans une cellule : utilisez une simple instruction import pour un module autorisé</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="103"/>
        <source>globals() is not available in a cell: it exposes the cell&apos;s whole namespace; refer to your variables by name or keep them in a dict</source>
        <translation>globals() n&apos;est pas disponible dans une cellule : il expose tout l&apos;espace de noms de la cellule ; désignez vos variables par leur nom ou gardez-les dans un dict</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="104"/>
        <source>locals() is not available in a cell: it exposes the interpreter&apos;s namespaces; refer to your variables by name or keep them in a dict</source>
        <translation>locals() n&apos;est pas disponible dans une cellule : il expose les espaces de noms de l&apos;interpréteur ; désignez vos variables par leur nom ou gardez-les dans un dict</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="105"/>
        <source>vars() is not available in a cell: it exposes objects&apos; internals; refer to attributes by name or keep values in a dict</source>
        <translation>vars() n&apos;est pas disponible dans une cellule : il expose les rouages internes des objets ; désignez les attributs par leur nom ou gardez les valeurs dans un dict</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="106"/>
        <source>input() is not available in a cell: nobody can answer while it runs; put the value in the cell</source>
        <translation>input() n&apos;est pas disponible dans une cellule : personne ne peut répondre pendant qu&apos;elle s&apos;exécute ; mettez la valeur dans la cellule</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="107"/>
        <source>%1() is not available in a cell: to stop early, raise an exception with a clear message</source>
        <translation>%1() n&apos;est pas disponible dans une cellule : pour arrêter plus tôt, levez une exception avec un message clair</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="108"/>
        <source>breakpoint() is not available in a cell: there is no debugger; use print() to look at values</source>
        <translation>breakpoint() n&apos;est pas disponible dans une cellule : il n&apos;y a pas de débogueur ; utilisez print() pour examiner les valeurs</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="109"/>
        <source>help() is not available in a cell: it starts an interactive pager; print(obj.__doc__) shows the same text</source>
        <translation>help() n&apos;est pas disponible dans une cellule : il lance un pager interactif ; print(obj.__doc__) affiche le même texte</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="110"/>
        <source>memoryview() is not available in a cell: raw memory access is refused; use numpy arrays</source>
        <translation>memoryview() n&apos;est pas disponible dans une cellule : l&apos;accès direct à la mémoire est refusé ; utilisez des tableaux numpy</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="111"/>
        <source>%1 is not available in a cell: the profile blocks this builtin; if it is your own variable, choose another name</source>
        <translation>%1 n&apos;est pas disponible dans une cellule : le profil bloque ce builtin ; s&apos;il s&apos;agit de votre propre variable, choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="112"/>
        <source>&apos;%1&apos; cannot be used as a variable name in a cell: it is the name of a blocked builtin; choose another name</source>
        <translation>« %1 » ne peut pas servir de nom de variable dans une cellule : c&apos;est le nom d&apos;un builtin bloqué ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="113"/>
        <source>relative import &apos;from %1 import %2&apos; does not work in a cell: a cell is not part of a package; import the module by its full name</source>
        <translation>l&apos;import relatif « from %1 import %2 » ne fonctionne pas dans une cellule : une cellule ne fait pas partie d&apos;un paquet ; importez le module par son nom complet</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="114"/>
        <source>the cell is nested too deeply to be checked; split long expressions into several statements</source>
        <translation>la cellule est trop profondément imbriquée pour être vérifiée ; découpez les longues expressions en plusieurs instructions</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="117"/>
        <source>import of &apos;%1&apos; needs review: the &apos;%2&apos; profile lets a reviewer approve it (%3), or use only allowed modules</source>
        <translation>l&apos;import de « %1 » nécessite une relecture : le profil « %2 » permet à un relecteur de l&apos;approuver (%3), ou utilisez uniquement des modules autorisés</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="118"/>
        <source>&apos;%1&apos; writes a file into the output folder: the &apos;%2&apos; profile has a reviewer approve cells that write files</source>
        <translation>« %1 » écrit un fichier dans le dossier de sortie : le profil « %2 » fait approuver par un relecteur les cellules qui écrivent des fichiers</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="119"/>
        <source>&apos;%1&apos; unpickles data, which can run code stored in the file: a reviewer must approve it, or save and load the data as CSV or Parquet instead</source>
        <translation>« %1 » désérialise des données pickle, ce qui peut exécuter du code stocké dans le fichier : un relecteur doit l&apos;approuver, ou enregistrez et chargez plutôt les données en CSV ou Parquet</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="122"/>
        <source>%1 [rule %2]</source>
        <translation>%1 [règle %2]</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="123"/>
        <source>import %1: &apos;%2&apos; needs review in the profile &apos;%3&apos; and is not enabled for this run (allowed: %4)</source>
        <translation>import %1 : « %2 » nécessite une relecture dans le profil « %3 » et n&apos;est pas activé pour cette exécution (autorisés : %4)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="124"/>
        <source>import %1: &apos;%2&apos; is not in the imports the profile &apos;%3&apos; allows (allowed: %4)</source>
        <translation>import %1 : « %2 » ne fait pas partie des imports que le profil « %3 » autorise (autorisés : %4)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="125"/>
        <source>relative imports are not available in cells; import the package by its full name</source>
        <translation>les imports relatifs ne sont pas disponibles dans les cellules ; importez le paquet par son nom complet</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="126"/>
        <source>the attribute &apos;%1&apos; leads to interpreter internals and is not available in cells; use the object&apos;s public API</source>
        <translation>l&apos;attribut « %1 » mène aux rouages internes de l&apos;interpréteur et n&apos;est pas disponible dans les cellules ; utilisez l&apos;API publique de l&apos;objet</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="129"/>
        <source>%1 %2 refused: this profile allows no file writes at all</source>
        <translation>Refusé : %1 %2 ; ce profil n&apos;autorise aucune écriture de fichier</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="130"/>
        <source>%1 %2 refused: %3 is outside the output folder %4; save into the output folder with a relative name instead, for example df.to_csv(&apos;report.csv&apos;)</source>
        <translation>Refusé : %1 %2 ; %3 est hors du dossier de sortie %4 ; enregistrez plutôt dans le dossier de sortie avec un nom relatif, par exemple df.to_csv(&apos;report.csv&apos;)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="131"/>
        <source>%1 %2 refused: %3 is not a registered dataset, a folder allowed for reading, or the output folder; register the file as a dataset or allow its folder (%4)</source>
        <translation>Refusé : %1 %2 ; %3 n&apos;est ni un jeu de données enregistré, ni un dossier autorisé en lecture, ni le dossier de sortie ; enregistrez le fichier comme jeu de données ou autorisez son dossier (%4)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="132"/>
        <source>%1 %2 refused: %3 is not a registered dataset, a folder allowed for reading, or the output folder; register the file as a dataset or allow its folder</source>
        <translation>Refusé : %1 %2 ; %3 n&apos;est ni un jeu de données enregistré, ni un dossier autorisé en lecture, ni le dossier de sortie ; enregistrez le fichier comme jeu de données ou autorisez son dossier</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="133"/>
        <source>opening the database %1 refused: its name is not a valid path</source>
        <translation>ouverture de la base de données %1 refusée : son nom n&apos;est pas un chemin valide</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="134"/>
        <source>creating %1 refused: the run may create at most %2 files in the output folder</source>
        <translation>création de %1 refusée : l&apos;exécution peut créer au plus %2 fichiers dans le dossier de sortie</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="135"/>
        <source>creating links is not allowed: a link could point outside the output folder; copy the data instead</source>
        <translation>créer des liens n&apos;est pas autorisé : un lien pourrait pointer hors du dossier de sortie ; copiez plutôt les données</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="136"/>
        <source>loading SQLite extensions is not allowed: an extension is native code; use SQL and pandas instead</source>
        <translation>charger des extensions SQLite n&apos;est pas autorisé : une extension est du code natif ; utilisez plutôt SQL et pandas</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="137"/>
        <source>starting programs or processes is not possible in Sandbench (&apos;%1&apos;); do the work in Python with pandas, numpy or scipy instead</source>
        <translation>lancer des programmes ou des processus n&apos;est pas possible dans Sandbench (« %1 ») ; faites plutôt le travail en Python avec pandas, numpy ou scipy</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="138"/>
        <source>network access is not possible in Sandbench (&apos;%1&apos;); register local files as datasets instead</source>
        <translation>l&apos;accès au réseau n&apos;est pas possible dans Sandbench (« %1 ») ; enregistrez plutôt des fichiers locaux comme jeux de données</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="139"/>
        <source>KilledWorker: the cluster %1 gave up on the task %2: the workers that ran it ended %3 times; check its workers (%4), give each worker more memory or use smaller partitions, then run the cell again</source>
        <translation>KilledWorker : le cluster %1 a abandonné la tâche %2 : les workers qui l&apos;exécutaient se sont arrêtés %3 fois ; vérifiez ses workers (%4), donnez plus de mémoire à chaque worker ou utilisez des partitions plus petites, puis réexécutez la cellule</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="140"/>
        <source>network access is limited to the cluster in this profile (&apos;%1&apos; %2); register local files as datasets instead</source>
        <translation>dans ce profil, l&apos;accès réseau est limité au cluster (&apos;%1&apos; %2) ; enregistrez plutôt les fichiers locaux comme jeux de données</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="141"/>
        <source>calling native code through ctypes is not allowed (&apos;%1&apos;)</source>
        <translation>appeler du code natif via ctypes n&apos;est pas autorisé (« %1 »)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="142"/>
        <source>unpickling refused: the data names a class outside pandas and numpy, which could run code; load data from CSV, Parquet or Excel</source>
        <translation>désérialisation pickle refusée : les données nomment une classe hors de pandas et numpy, qui pourrait exécuter du code ; chargez les données depuis CSV, Parquet ou Excel</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="143"/>
        <source>&apos;%1&apos; is not available in a cell: it could reach the sandbox&apos;s own machinery</source>
        <translation>« %1 » n&apos;est pas disponible dans une cellule : il pourrait atteindre la mécanique propre du bac à sable</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="144"/>
        <source>&apos;%1&apos; is not available in a cell: frames and code objects reach the sandbox</source>
        <translation>« %1 » n&apos;est pas disponible dans une cellule : les frames et les objets code atteignent le bac à sable</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="145"/>
        <source>sending signals to processes is not allowed</source>
        <translation>envoyer des signaux à des processus n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="146"/>
        <source>the attribute &apos;%1&apos; is not available in a cell: it reaches frames, globals or code</source>
        <translation>l&apos;attribut « %1 » n&apos;est pas disponible dans une cellule : il atteint des frames, des globales ou du code</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="147"/>
        <source>%1 more refusals were seen than the log keeps</source>
        <translation>%1 refus de plus observés que le journal n&apos;en conserve</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="150"/>
        <source>writing the database was refused: it is in a folder the run may only read (or was opened read-only). To change it, copy it into the output folder first, e.g. shutil.copy(&apos;data/db.sqlite&apos;, &apos;db.sqlite&apos;), and connect to the copy</source>
        <translation>l&apos;écriture dans la base de données a été refusée : elle se trouve dans un dossier que l&apos;exécution peut seulement lire (ou a été ouverte en lecture seule). Pour la modifier, copiez-la d&apos;abord dans le dossier de sortie, p. ex. shutil.copy(&apos;data/db.sqlite&apos;, &apos;db.sqlite&apos;), et connectez-vous à la copie</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="151"/>
        <source>the kernel refused access to %1: it is outside the run&apos;s zones. To read it, allow its folder (%2); to write, use a relative name, which lands in the output folder</source>
        <translation>le noyau a refusé l&apos;accès à %1 : il est hors des zones de l&apos;exécution. Pour le lire, autorisez son dossier (%2) ; pour écrire, utilisez un nom relatif, qui aboutit dans le dossier de sortie</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="152"/>
        <source>the kernel refused the operation: %1</source>
        <translation>le noyau a refusé l&apos;opération : %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="153"/>
        <source>the kernel refused the system call &apos;%1&apos;</source>
        <translation>le noyau a refusé l&apos;appel système « %1 »</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="154"/>
        <source>the kernel refused a system call</source>
        <translation>le noyau a refusé un appel système</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="157"/>
        <source>wall-clock limit of %1 s reached</source>
        <translation>limite de temps de %1 s atteinte</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="158"/>
        <source>The cell ran longer than its time limit of %1 s and was stopped. The session&apos;s variables are as they were before it.</source>
        <translation>La cellule a dépassé sa limite de temps de %1 s et a été arrêtée. Les variables de la session sont comme avant elle.</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="159"/>
        <source>The request took longer than its time limit of %1 s and was stopped.</source>
        <translation>La requête a dépassé sa limite de temps de %1 s et a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="163"/>
        <source>The cell was not run: the sandbox&apos;s check refused it.</source>
        <translation>La cellule n&apos;a pas été exécutée : la vérification du bac à sable l&apos;a refusée.</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="164"/>
        <source>The cell was not run: it waits for a reviewer&apos;s approval.</source>
        <translation>La cellule n&apos;a pas été exécutée : elle attend l&apos;approbation d&apos;un relecteur.</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="165"/>
        <source>The cell was not run:</source>
        <translation>La cellule n&apos;a pas été exécutée :</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="166"/>
        <source>  line %1, column %2: %3 [%4]</source>
        <translation>  ligne %1, colonne %2 : %3 [%4]</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="167"/>
        <source>Note: line %1: %2</source>
        <translation>Remarque : ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="168"/>
        <source>A figure could not be rendered: %1</source>
        <translation>Une figure n&apos;a pas pu être rendue : %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="169"/>
        <source>[%1 more figures dropped: a cell keeps at most %2]</source>
        <translation>[%1 figures de plus abandonnées : une cellule en garde au plus %2]</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="170"/>
        <source>[%1 more displayed outputs dropped: a cell keeps at most %2]</source>
        <translation>[%1 sorties affichées de plus abandonnées : une cellule en garde au plus %2]</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="171"/>
        <source>[display: %1]</source>
        <translation>[affichage : %1]</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="172"/>
        <source>an output of %1 bytes was not kept: the cell&apos;s rich outputs may take %2 bytes in all</source>
        <translation>une sortie de %1 octets n&apos;a pas été conservée : les sorties enrichies de la cellule peuvent occuper %2 octets en tout</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="173"/>
        <source>KeyboardInterrupt: the cell was interrupted</source>
        <translation>KeyboardInterrupt : la cellule a été interrompue</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="174"/>
        <source>MemoryError: the cell needed more memory than the profile&apos;s limit allows; work on a sample or raise the limit (%1)</source>
        <translation>MemoryError : la cellule a eu besoin de plus de mémoire que la limite du profil ne le permet ; travaillez sur un échantillon ou relevez la limite (%1)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="175"/>
        <source>A file grew past the profile&apos;s file size limit.</source>
        <translation>Un fichier a dépassé la taille de fichier maximale du profil.</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="176"/>
        <source>[... output cut: %1 more characters not kept ...]</source>
        <translation>[… sortie coupée : %1 caractères de plus non conservés …]</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="177"/>
        <source>%1() nested more than %2 deep is refused; write the code directly in the cell</source>
        <translation>%1() imbriqué sur plus de %2 niveaux est refusé ; écrivez le code directement dans la cellule</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="178"/>
        <source>in the text given to %1(): %2</source>
        <translation>dans le texte passé à %1() : %2</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="181"/>
        <source>The cell changed a library that later cells rely on (%1). It was refused; the session&apos;s variables are as they were before it.</source>
        <translation>La cellule a modifié une bibliothèque dont dépendent les cellules suivantes (%1). C&apos;est refusé ; les variables de la session sont telles qu&apos;avant la cellule.</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="182"/>
        <source>%1 cannot be deleted from a cell</source>
        <translation>%1 ne peut pas être supprimé depuis une cellule</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="183"/>
        <source>%1 cannot be replaced from a cell</source>
        <translation>%1 ne peut pas être remplacé depuis une cellule</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="186"/>
        <source>cells cannot start programs or reach the network, so nothing can be installed from a cell. Sandbench runs this machine&apos;s Python (/usr/bin/python3) with the packages installed on the machine: have the package installed there (on Debian or Ubuntu: sudo apt install python3-NAME), then start Sandbench again. pandas, numpy, scipy, statsmodels, matplotlib and seaborn are there already</source>
        <translation>les cellules ne peuvent ni lancer de programmes ni accéder au réseau, donc rien ne peut être installé depuis une cellule. Sandbench utilise le Python de cette machine (/usr/bin/python3) avec les paquets qui y sont installés : faites installer le paquet sur la machine (sous Debian ou Ubuntu : sudo apt install python3-NOM), puis relancez Sandbench. pandas, numpy, scipy, statsmodels, matplotlib et seaborn sont déjà là</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="187"/>
        <source>cells cannot start programs; do the work in Python instead (os, pathlib, shutil and glob for files, pandas for data)</source>
        <translation>les cellules ne peuvent pas lancer de programmes ; faites le travail en Python (os, pathlib, shutil et glob pour les fichiers, pandas pour les données)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="188"/>
        <source>%1: the cell&apos;s text is shown as text</source>
        <translation>%1 : le texte de la cellule est affiché comme texte</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="189"/>
        <source>%1 needs exactly one file name, for example %%writefile notes.txt</source>
        <translation>%1 attend exactement un nom de fichier, par exemple %%writefile notes.txt</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="190"/>
        <source>the cell magic %1 is not available in Sandbench: a cell is plain Python; remove the first line to run the rest as Python</source>
        <translation>la commande magique de cellule %1 n&apos;existe pas dans Sandbench : une cellule est du Python simple ; supprimez la première ligne pour exécuter le reste comme du Python</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="191"/>
        <source>%%%1 must be the cell&apos;s first line, as in Jupyter</source>
        <translation>%%%1 doit être la première ligne de la cellule, comme dans Jupyter</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="192"/>
        <source>%1 is not available in Sandbench: %2</source>
        <translation>%1 n&apos;est pas disponible dans Sandbench : %2</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="193"/>
        <source>%1 was skipped: print(%2.__doc__) shows the help</source>
        <translation>%1 a été ignoré : print(%2.__doc__) affiche l&apos;aide</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="194"/>
        <source>%1 was skipped: %2</source>
        <translation>%1 a été ignoré : %2</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="195"/>
        <source>it runs another file as a program; paste its code into a cell instead</source>
        <translation>il exécute un autre fichier comme programme ; collez plutôt son code dans une cellule</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="196"/>
        <source>it loads code from a file or URL; paste the code into a cell instead</source>
        <translation>il charge du code depuis un fichier ou une URL ; collez plutôt le code dans une cellule</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="197"/>
        <source>there is no editor in a cell; edit the cell itself</source>
        <translation>il n&apos;y a pas d&apos;éditeur dans une cellule ; modifiez la cellule elle-même</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="198"/>
        <source>there is no IPython in Sandbench</source>
        <translation>il n&apos;y a pas d&apos;IPython dans Sandbench</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="199"/>
        <source>a line magic cannot write a file; use %%writefile NAME as a cell magic</source>
        <translation>une commande magique de ligne ne peut pas écrire de fichier ; utilisez %%writefile NOM comme commande magique de cellule</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="200"/>
        <source>the duration is not printed; the run record keeps each cell&apos;s duration</source>
        <translation>la durée n&apos;est pas affichée ; l&apos;historique des exécutions conserve la durée de chaque cellule</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="201"/>
        <source>the statement ran once and is not timed; the run record keeps each cell&apos;s duration</source>
        <translation>l&apos;instruction a été exécutée une fois sans chronométrage ; l&apos;historique des exécutions conserve la durée de chaque cellule</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="202"/>
        <source>the statement ran without profiling</source>
        <translation>l&apos;instruction a été exécutée sans profilage</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="203"/>
        <source>the statement ran without measuring memory</source>
        <translation>l&apos;instruction a été exécutée sans mesure de la mémoire</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="204"/>
        <source>its output is shown, not captured</source>
        <translation>sa sortie est affichée, pas capturée</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="207"/>
        <source>%1 runs code that cannot be read in the cell: a reviewer must approve the cell before it runs (in the window: the Review Queue panel; on the command line: sandbench review approve), or write the code directly in the cell</source>
        <translation>%1 exécute du code illisible dans la cellule : un relecteur doit approuver la cellule avant son exécution (dans la fenêtre : le panneau File de relecture ; en ligne de commande : sandbench review approve), ou écrivez le code directement dans la cellule</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="208"/>
        <source>%1() with engine=&apos;python&apos; evaluates its text as Python code: a reviewer must approve it, or use the default engine or boolean indexing (df[df.col &gt; 0])</source>
        <translation>%1() avec engine=&apos;python&apos; évalue son texte comme du code Python : un relecteur doit l&apos;approuver, ou utilisez le moteur par défaut ou l&apos;indexation booléenne (df[df.col &gt; 0])</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="211"/>
        <source>%1 would hand over the namespace of the %2 &apos;%3&apos;; use dir() and the %4&apos;s public names instead (vars() and __dict__ of an instance are fine)</source>
        <translation>%1 livrerait l&apos;espace de noms de %2 « %3 » ; utilisez plutôt dir() et les noms publics (%4) (vars() et __dict__ d&apos;une instance sont permis)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="212"/>
        <source>%1 reaches the module &apos;%2&apos;, which the profile &apos;%3&apos; does not allow; use the allowed libraries&apos; own functions instead</source>
        <translation>%1 atteint le module « %2 », que le profil « %3 » n&apos;autorise pas ; utilisez plutôt les fonctions des bibliothèques autorisées</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="213"/>
        <source>%1 reaches the interpreter&apos;s own state (the loaded modules, the import path, the builtins or the environment), which cells may not use</source>
        <translation>%1 atteint l&apos;état propre de l&apos;interpréteur (modules chargés, chemin d&apos;import, fonctions natives ou environnement), que les cellules ne peuvent pas utiliser</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="214"/>
        <source>%1 reaches %2, which cells may not use: %3</source>
        <translation>%1 atteint %2, que les cellules ne peuvent pas utiliser : %3</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="215"/>
        <source>files, processes and interpreter internals stay outside the sandbox</source>
        <translation>les fichiers, les processus et les rouages de l&apos;interpréteur restent hors du bac à sable</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="216"/>
        <source>it starts or signals a process, which is not possible in Sandbench; do the work in Python (pandas, numpy, scipy) instead</source>
        <translation>il lance un processus ou lui envoie un signal, ce qui est impossible dans Sandbench ; faites plutôt le travail en Python (pandas, numpy, scipy)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="217"/>
        <source>it hooks the interpreter the sandbox runs in</source>
        <translation>il s&apos;accroche à l&apos;interpréteur dans lequel tourne le bac à sable</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="218"/>
        <source>the format string %1 reads &apos;%2&apos; through the field &apos;{%3}&apos;; format plain values instead (for example f&apos;{value:,.2f}&apos;)</source>
        <translation>la chaîne de format %1 lit « %2 » par le champ « {%3} » ; formatez plutôt des valeurs simples (par exemple f&apos;{value:,.2f}&apos;)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="219"/>
        <source>%1(..., &apos;%2&apos;): the attribute &apos;%3&apos; leads to interpreter internals and is not available in cells</source>
        <translation>%1(..., &apos;%2&apos;) : l&apos;attribut « %3 » mène aux rouages de l&apos;interpréteur et n&apos;est pas disponible dans les cellules</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="220"/>
        <source>%1(..., &apos;%2&apos;): cells may not assign or delete &apos;%3&apos;</source>
        <translation>%1(..., &apos;%2&apos;) : les cellules ne peuvent ni affecter ni supprimer « %3 »</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="221"/>
        <source>cells may not assign or delete the attribute &apos;%1&apos;</source>
        <translation>les cellules ne peuvent ni affecter ni supprimer l&apos;attribut « %1 »</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="222"/>
        <source>functools.update_wrapper cannot copy a module&apos;s namespace</source>
        <translation>functools.update_wrapper ne peut pas copier l&apos;espace de noms d&apos;un module</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="223"/>
        <source>from %1 import %2: &apos;%3&apos; leads to interpreter internals</source>
        <translation>from %1 import %2 : « %3 » mène aux rouages de l&apos;interpréteur</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="224"/>
        <source>the name &apos;%1&apos; is reserved for the sandbox&apos;s guards; choose another name</source>
        <translation>le nom « %1 » est réservé aux gardes du bac à sable ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="225"/>
        <source>the name &apos;%1&apos; reaches the interpreter&apos;s internals and is not available in cells</source>
        <translation>le nom « %1 » atteint les rouages de l&apos;interpréteur et n&apos;est pas disponible dans les cellules</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="226"/>
        <source>class %1 defines %2, which cells may not define (finalizers outlive the cell; array interfaces read raw memory); use a with-block or an explicit close() instead</source>
        <translation>la classe %1 définit %2, ce que les cellules ne peuvent pas définir (les finaliseurs survivent à la cellule ; les interfaces de tableau lisent la mémoire brute) ; utilisez plutôt un bloc with ou un close() explicite</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="227"/>
        <source>the class pattern reads the attribute &apos;%1&apos;, which cells may not reach this way; match on public attributes</source>
        <translation>le motif de classe lit l&apos;attribut « %1 », que les cellules ne peuvent pas atteindre ainsi ; filtrez sur des attributs publics</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="228"/>
        <source>the pandas expression %1 %2; pandas evaluates these strings as code. Use boolean indexing instead, for example df[(df.revenue &gt; threshold) &amp; (df.region == &apos;North&apos;)], or compute columns directly: df[&apos;total&apos;] = df.units * df.price</source>
        <translation>l&apos;expression pandas %1 %2 ; pandas évalue ces chaînes comme du code. Utilisez plutôt l&apos;indexation booléenne, par exemple df[(df.revenue &gt; threshold) &amp; (df.region == &apos;North&apos;)], ou calculez les colonnes directement : df[&apos;total&apos;] = df.units * df.price</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="229"/>
        <source>%1(%2): cells draw with a non-interactive backend (Agg); figures are collected automatically, so no backend switch is needed</source>
        <translation>%1(%2) : les cellules dessinent avec un moteur non interactif (Agg) ; les figures sont collectées automatiquement, il est inutile de changer de moteur</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="230"/>
        <source>the pandas plotting backend %1 would be imported by name; use the default &apos;matplotlib&apos; backend</source>
        <translation>le moteur de tracé pandas %1 serait importé par son nom ; utilisez le moteur par défaut &apos;matplotlib&apos;</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="231"/>
        <source>import_optional_dependency(%1) would import a module the profile does not allow</source>
        <translation>import_optional_dependency(%1) importerait un module que le profil n&apos;autorise pas</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="232"/>
        <source>numpy.lib.stride_tricks.as_strided would view memory outside the array; use numpy.lib.stride_tricks.sliding_window_view, which checks its bounds</source>
        <translation>numpy.lib.stride_tricks.as_strided verrait la mémoire hors du tableau ; utilisez numpy.lib.stride_tricks.sliding_window_view, qui vérifie ses bornes</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="233"/>
        <source>numpy would download from a URL; cells have no network access. Register the file as a dataset and read it by name</source>
        <translation>numpy téléchargerait depuis une URL ; les cellules n&apos;ont pas accès au réseau. Enregistrez le fichier comme jeu de données et lisez-le par son nom</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="234"/>
        <source>seaborn.load_dataset(%1) would download from the internet; cells have no network access. Put the CSV in a folder the run may read and pass data_home=&apos;that folder&apos;, or register it as a dataset</source>
        <translation>seaborn.load_dataset(%1) téléchargerait depuis Internet ; les cellules n&apos;ont pas accès au réseau. Placez le CSV dans un dossier que l&apos;exécution peut lire et passez data_home=&apos;ce dossier&apos;, ou enregistrez-le comme jeu de données</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="235"/>
        <source>level=%1 would make pandas read the variables of code outside the cell; leave level at its default</source>
        <translation>level=%1 ferait lire à pandas les variables du code hors de la cellule ; laissez level à sa valeur par défaut</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="239"/>
        <source>started as root: running as nobody (65534)</source>
        <translation>lancé en root : s&apos;exécute en tant que nobody (65534)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="240"/>
        <source>namespaces unavailable (%1): a timeout kills the worker&apos;s process group instead</source>
        <translation>espaces de noms indisponibles (%1) : un dépassement de délai tue à la place le groupe de processus du worker</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="241"/>
        <source>fork into the PID namespace failed: %1</source>
        <translation>échec du fork dans l&apos;espace de noms PID : %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="242"/>
        <source>user, PID, network and IPC namespaces: the worker is pid 1; no network interface is up</source>
        <translation>espaces de noms utilisateur, PID, réseau et IPC : le worker est le PID 1 ; aucune interface réseau n&apos;est active</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="243"/>
        <source>namespaces switched off by the profile</source>
        <translation>espaces de noms désactivés par le profil</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="244"/>
        <source>mount namespace with the PID namespace&apos;s own /proc</source>
        <translation>espace de noms de montage avec le /proc propre à l&apos;espace de noms PID</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="245"/>
        <source>namespaces switched off</source>
        <translation>espaces de noms désactivés</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="246"/>
        <source>unavailable without namespaces</source>
        <translation>indisponible sans espaces de noms</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="247"/>
        <source>on (ABI %1)</source>
        <translation>activé (ABI %1)</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="248"/>
        <source>unavailable: this kernel has no Landlock (Linux 5.13+ with CONFIG_SECURITY_LANDLOCK and landlock in the lsm= boot list); the audit hook and seccomp still apply</source>
        <translation>indisponible : ce noyau n&apos;a pas Landlock (Linux 5.13+ avec CONFIG_SECURITY_LANDLOCK et landlock dans la liste de démarrage lsm=) ; le hook d&apos;audit et seccomp s&apos;appliquent toujours</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="249"/>
        <source>landlock_create_ruleset failed: %1</source>
        <translation>échec de landlock_create_ruleset : %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="250"/>
        <source>seccomp_init failed</source>
        <translation>échec de seccomp_init</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="251"/>
        <source>SIGSYS handler: %1</source>
        <translation>gestionnaire SIGSYS : %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="252"/>
        <source>seccomp_rule_add failed: %1</source>
        <translation>échec de seccomp_rule_add : %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="253"/>
        <source>PR_SET_NO_NEW_PRIVS: %1</source>
        <translation>PR_SET_NO_NEW_PRIVS : %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="254"/>
        <source>seccomp_load failed: %1</source>
        <translation>échec de seccomp_load : %1</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="255"/>
        <source>this worker keeps no template to start a fresh session from; start a new worker instead</source>
        <translation>ce worker ne garde pas de modèle pour démarrer une session neuve ; démarrez plutôt un nouveau worker</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="256"/>
        <source>there is no earlier state to return to: undo goes back over cells that ended ok, and none is kept</source>
        <translation>il n&apos;y a pas d&apos;état antérieur où revenir : l&apos;annulation remonte les cellules terminées avec ok, et aucune n&apos;est conservée</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="257"/>
        <source>the earlier states are gone: they were dropped to keep the snapshots within the profile&apos;s memory budget</source>
        <translation>les états antérieurs ont disparu : ils ont été abandonnés pour garder les instantanés dans le budget mémoire du profil</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="258"/>
        <source>for sandbench serve: restart serve with --read FOLDER; no serve request adds a read folder</source>
        <translation>pour sandbench serve : relancez serve avec --read DOSSIER ; aucune requête serve n&apos;ajoute de dossier en lecture</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="259"/>
        <source>for sandbench serve: sandbench review list on serve&apos;s database</source>
        <translation>pour sandbench serve : sandbench review list sur la base de données de serve</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="260"/>
        <source>for sandbench serve: restart serve with --memory MB</source>
        <translation>pour sandbench serve : relancez serve avec --memory Mo</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="261"/>
        <source>for sandbench serve: sandbench cluster status --state DIR --live</source>
        <translation>pour sandbench serve : sandbench cluster status --state DIR --live</translation>
    </message>
    <message>
        <location filename="../core/workermessages.cpp" line="265"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>cluster</name>
    <message>
        <location filename="../core/clusterstate.cpp" line="123"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/clusterstate.cpp" line="134"/>
        <source>%1 is not a cluster&apos;s folder (it has no %2); start one with &apos;sandbench cluster start --state %1&apos;</source>
        <translation>%1 n&apos;est pas le dossier d&apos;un cluster (il ne contient pas de %2) ; démarrez-en un avec &apos;sandbench cluster start --state %1&apos;</translation>
    </message>
    <message>
        <location filename="../core/clusterstate.cpp" line="143"/>
        <source>%1 is damaged: it names no scheduler; stop the cluster and start it again</source>
        <translation>%1 est endommagé : il n&apos;indique aucun scheduler ; arrêtez le cluster et redémarrez-le</translation>
    </message>
    <message>
        <location filename="../core/clusterstate.cpp" line="153"/>
        <source>the cluster&apos;s certificates are missing from %1</source>
        <translation>les certificats du cluster sont absents de %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sandbench: run untrusted Python analyses on your own data in a sandbox, with every run recorded.

Commands:
  (none)   open the workbench window
  run      run a script&apos;s cells headless (sandbench run --help)</source>
        <translation type="vanished">Sandbench : exécute des analyses Python non fiables sur vos propres données dans un bac à sable, en enregistrant chaque exécution.

Commandes :
  (aucune)  ouvrir la fenêtre de travail
  run       exécuter les cellules d&apos;un script sans interface (sandbench run --help)</translation>
    </message>
    <message>
        <source>Sandbench: run untrusted Python analyses on your own data in a sandbox, with every run recorded.

Commands:
  (none)   open the workbench window
  run      run a script&apos;s cells headless (sandbench run --help)
  review   the runs waiting for a reviewer (sandbench review --help)
  history  find recorded runs (sandbench history --help)
  show     one run with its provenance (sandbench show --help)</source>
        <translation type="vanished">Sandbench : exécute des analyses Python non fiables sur vos propres données dans un bac à sable, en enregistrant chaque exécution.

Commandes :
  (aucune)  ouvrir la fenêtre de travail
  run       exécuter les cellules d&apos;un script sans interface (sandbench run --help)
  review    les exécutions en attente d&apos;un relecteur (sandbench review --help)
  history   retrouver les exécutions enregistrées (sandbench history --help)
  show      une exécution avec sa provenance (sandbench show --help)</translation>
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
        <translation type="vanished">Sandbench : exécute des analyses Python non fiables sur vos propres données dans un bac à sable, en enregistrant chaque exécution.

Commandes :
  (aucune)  ouvrir la fenêtre de travail
  run       exécuter les cellules d&apos;un script sans interface (sandbench run --help)
  review    les exécutions en attente d&apos;un relecteur (sandbench review --help)
  history   retrouver les exécutions enregistrées (sandbench history --help)
  show      une exécution avec sa provenance (sandbench show --help)
  export    une session sous forme de .py réexécutable ou de .ipynb (sandbench export --help)
  import    un .ipynb sous forme de script au format percent (sandbench import --help)
  replay    réexécuter une session et la comparer à son enregistrement</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="40"/>
        <source>A script to open.</source>
        <translation>Un script à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="56"/>
        <source>expected at most one SCRIPT.py</source>
        <translation>au plus un SCRIPT.py attendu</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="63"/>
        <source>cannot read the script %1: no such file</source>
        <translation>impossible de lire le script %1 : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="81"/>
        <source>sandbench: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it from a desktop session, under xvfb-run, or use &apos;sandbench run&apos; for headless runs.</source>
        <translation>sandbench : aucun affichage pour ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini). Lancez-le depuis une session de bureau, sous xvfb-run, ou utilisez &apos;sandbench run&apos; pour une exécution sans affichage.</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="95"/>
        <source>The review queue of a database in a window: approve or reject flagged runs with the code, the reasons and the provenance in view. It starts no session.</source>
        <translation>La file de relecture d&apos;une base de données dans une fenêtre : approuvez ou rejetez les exécutions signalées en ayant sous les yeux le code, les motifs et la provenance. Aucune session n&apos;est démarrée.</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="101"/>
        <source>Open the window.</source>
        <translation>Ouvre la fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="103"/>
        <source>The database to review.</source>
        <translation>La base de données à relire.</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="114"/>
        <source>expected at most one DB</source>
        <translation>au plus une DB attendue</translation>
    </message>
    <message>
        <location filename="../app/guicommand.cpp" line="120"/>
        <source>there is no database %1; give the file the analyst&apos;s runs are kept in</source>
        <translation>il n&apos;y a pas de base de données %1 ; indiquez le fichier où sont conservées les exécutions de l&apos;analyste</translation>
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
        <translation>Sandbench : exécutez des analyses Python non fiables sur vos propres données dans un bac à sable, chaque exécution étant enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/cli/toplevel.cpp" line="17"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location filename="../app/cli/toplevel.cpp" line="20"/>
        <source>  (none)   open the workbench window</source>
        <translation>  (aucune) ouvrir la fenêtre de Sandbench</translation>
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
        <translation>  run      exécuter les cellules d&apos;un script sans interface (sandbench run --help)
  ask      demander une cellule à un modèle, et l&apos;exécuter avec --run (sandbench ask --help)
  serve    une session JSON lines pour les agents (sandbench serve --help)
  mcp      la session comme serveur MCP pour les agents (sandbench mcp --help)
  review   les exécutions en attente d&apos;un relecteur (sandbench review --help)
  history  retrouver des exécutions enregistrées (sandbench history --help)
  show     une exécution avec sa provenance (sandbench show --help)
  export   une session en .py réexécutable ou en .ipynb (sandbench export --help)
  import   un .ipynb en script au format percent (sandbench import --help)
  replay   réexécuter une session et la comparer à son enregistrement
  cluster  un cluster Dask isolé (sandbench cluster --help)</translation>
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
        <translation type="vanished">  run      exécuter les cellules d&apos;un script sans interface (sandbench run --help)
  ask      demander une cellule à un modèle, et l&apos;exécuter avec --run (sandbench ask --help)
  serve    une session JSON lines pour les agents (sandbench serve --help)
  mcp      la session comme serveur MCP pour les agents (sandbench mcp --help)
  review   les exécutions en attente d&apos;un relecteur (sandbench review --help)
  history  retrouver des exécutions enregistrées (sandbench history --help)
  show     une exécution avec sa provenance (sandbench show --help)
  export   une session en .py réexécutable ou en .ipynb (sandbench export --help)
  import   un .ipynb en script au format percent (sandbench import --help)
  replay   réexécuter une session et la comparer à son enregistrement</translation>
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
        <translation type="vanished">  run      exécuter les cellules d&apos;un script sans fenêtre (sandbench run --help)
  serve    une session JSON lines pour les agents (sandbench serve --help)
  mcp      la session comme serveur MCP pour les agents (sandbench mcp --help)
  review   les exécutions en attente d&apos;un relecteur (sandbench review --help)
  history  retrouver des exécutions enregistrées (sandbench history --help)
  show     une exécution avec sa provenance (sandbench show --help)
  export   une session en .py réexécutable ou en .ipynb (sandbench export --help)
  import   un .ipynb en script au format percent (sandbench import --help)
  replay   réexécuter une session et la comparer à son enregistrement</translation>
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
        <translation type="vanished">  run      exécuter les cellules d&apos;un script sans fenêtre (sandbench run --help)
  serve    une session JSON lines pour les agents (sandbench serve --help)
  review   les exécutions en attente d&apos;un relecteur (sandbench review --help)
  history  retrouver des exécutions enregistrées (sandbench history --help)
  show     une exécution avec sa provenance (sandbench show --help)
  export   une session en .py réexécutable ou en .ipynb (sandbench export --help)
  import   un .ipynb en script au format percent (sandbench import --help)
  replay   réexécuter une session et la comparer à son enregistrement</translation>
    </message>
    <message>
        <location filename="../app/cli/toplevel.cpp" line="56"/>
        <source>this sandbench was built without its window; give it a command such as &apos;sandbench run SCRIPT.py&apos; (&apos;sandbench --help&apos; lists them)</source>
        <translation>ce sandbench a été compilé sans sa fenêtre ; donnez-lui une commande comme &apos;sandbench run SCRIPT.py&apos; (&apos;sandbench --help&apos; les liste)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>this sandbench was built without its window; &apos;sandbench review list&apos; shows the runs waiting for review</source>
        <translation>ce sandbench a été compilé sans sa fenêtre ; &apos;sandbench review list&apos; affiche les exécutions en attente de relecture</translation>
    </message>
</context>
<context>
    <name>sandbench::AnswerView</name>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="85"/>
        <source>runs a cell: %1</source>
        <translation>exécute une cellule : %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="88"/>
        <source>lists the session&apos;s variables</source>
        <translation>liste les variables de la session</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="90"/>
        <source>describes the table %1</source>
        <translation>décrit la table %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="92"/>
        <source>reads rows of %1 from row %2</source>
        <translation>lit des lignes de %1 à partir de la ligne %2</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="95"/>
        <source>calls %1, which is not a tool here</source>
        <translation>appelle %1, qui n&apos;est pas un outil ici</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="103"/>
        <source>held for review (run %1)</source>
        <translation>retenue pour relecture (exécution %1)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="104"/>
        <source>%1 (run %2)</source>
        <translation>%1 (exécution %2)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="107"/>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="109"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="135"/>
        <source>Waiting for the model…</source>
        <translation>En attente du modèle…</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="352"/>
        <source>Step %1 · %2 …</source>
        <translation>Étape %1 · %2 …</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="356"/>
        <source>Step %1 · %2 → %3</source>
        <translation>Étape %1 · %2 → %3</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="400"/>
        <source>Open Settings ▸ Assistant…</source>
        <translation>Ouvrir Paramètres ▸ Assistant…</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="301"/>
        <source>Insert as Cell</source>
        <translation>Insérer comme cellule</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="302"/>
        <source>A new cell under the current one, recorded as written by the model; it runs only when you run it</source>
        <translation>Une nouvelle cellule sous la cellule courante, enregistrée comme écrite par le modèle ; elle ne s’exécute que lorsque vous l’exécutez</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="304"/>
        <source>Review Fix…</source>
        <translation>Relire la correction…</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="304"/>
        <source>Replace Cell…</source>
        <translation>Remplacer la cellule…</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="305"/>
        <source>Replace the current cell: shows what changes in it before anything is replaced</source>
        <translation>Remplacer la cellule courante : montre ce qui y change avant que quoi que ce soit ne soit remplacé</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="307"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="421"/>
        <source>The model answered with nothing.</source>
        <translation>Le modèle n’a rien répondu.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="426"/>
        <source>Stopped. What arrived is kept above.</source>
        <translation>Arrêté. Ce qui est arrivé est conservé ci-dessus.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="430"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="435"/>
        <source>No code in this answer to fix the cell with: try again, or ask in your own words.</source>
        <translation>Cette réponse ne contient aucun code pour corriger la cellule : réessayez, ou posez la question avec vos propres mots.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="437"/>
        <source>No code in this answer: ask for the code you want, in other words.</source>
        <translation>Cette réponse ne contient aucun code : demandez le code voulu en d’autres termes.</translation>
    </message>
</context>
<context>
    <name>sandbench::AssistantPanel</name>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="56"/>
        <source>System (the sandbox&apos;s rules)</source>
        <translation>Système (les règles du bac à sable)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="58"/>
        <source>User (the question and the session&apos;s description)</source>
        <translation>Utilisateur (la question et la description de la session)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="60"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="473"/>
        <source>No model is set up. For a local one, install Ollama and run &lt;code&gt;ollama serve&lt;/code&gt; and &lt;code&gt;ollama pull qwen2.5-coder:7b&lt;/code&gt;.</source>
        <translation>Aucun modèle n’est configuré. Pour un modèle local, installez Ollama et lancez &lt;code&gt;ollama serve&lt;/code&gt; et &lt;code&gt;ollama pull qwen2.5-coder:7b&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="476"/>
        <source>Then in Settings ▸ Assistant enter the base URL &lt;code&gt;http://localhost:11434/v1&lt;/code&gt; and pick the model.</source>
        <translation>Puis, dans Paramètres ▸ Assistant, saisissez l’URL de base &lt;code&gt;http://localhost:11434/v1&lt;/code&gt; et choisissez le modèle.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="478"/>
        <source>Open Settings ▸ Assistant…</source>
        <translation>Ouvrir Paramètres ▸ Assistant…</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="504"/>
        <source>Ask for an analysis, e.g. &quot;total revenue per region as a bar chart&quot; (Ctrl+Enter)</source>
        <translation>Demandez une analyse, p. ex. « chiffre d’affaires total par région en diagramme à barres » (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="513"/>
        <source>&amp;Ask</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="516"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="517"/>
        <source>Stop the answer; what arrived is kept</source>
        <translation>Arrêter la réponse ; ce qui est arrivé est conservé</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="519"/>
        <source>What the Model Sees…</source>
        <translation>Ce que voit le modèle…</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="520"/>
        <source>The exact messages that asking now would send, before anything is sent</source>
        <translation>Les messages exacts qu’une question enverrait maintenant, avant que quoi que ce soit ne soit envoyé</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="531"/>
        <source>Send sample rows</source>
        <translation>Envoyer des lignes d’exemple</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="532"/>
        <source>A few first rows of each dataset go with the question. On by default for a model on this machine, off for a remote one (Settings ▸ Assistant).</source>
        <translation>Les premières lignes de chaque jeu de données accompagnent la question. Activé par défaut pour un modèle sur cette machine, désactivé pour un modèle distant (Paramètres ▸ Assistant).</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="537"/>
        <source>Agent mode</source>
        <translation>Mode agent</translation>
    </message>
    <message>
        <source>Not available yet: the model would run cells itself, each in the sandbox and through the review queue</source>
        <translation type="vanished">Pas encore disponible : le modèle exécuterait lui-même des cellules, chacune dans le bac à sable et via la file de relecture</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="582"/>
        <location filename="../widgets/assistantpanel.cpp" line="979"/>
        <source>The session ended, and the agent with it.</source>
        <translation>La session s&apos;est terminée, et l&apos;agent avec elle.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="636"/>
        <source>%1 at %2 · %3</source>
        <translation>%1 sur %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="638"/>
        <source>on this machine</source>
        <translation>sur cette machine</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="639"/>
        <source>remote: only what you see is sent</source>
        <translation>distant : seul ce que vous voyez est envoyé</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="644"/>
        <source>The keyring could not be read (%1): no API key is sent.</source>
        <translation>Le trousseau de clés n’a pas pu être lu (%1) : aucune clé d’API n’est envoyée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/assistantpanel.cpp" line="654"/>
        <source>The model may run cells itself (each one added to the notebook, run in the sandbox and held for review like any cell), list the variables and read tables, up to %n tool call(s) (Settings ▸ Assistant). Stop ends it.</source>
        <translation>
            <numerusform>Le modèle peut exécuter lui-même des cellules (chacune ajoutée au notebook, exécutée dans le bac à sable et retenue pour relecture comme toute cellule), lister les variables et lire des tables, jusqu&apos;à %n appel d&apos;outil (Paramètres ▸ Assistant). Arrêter y met fin.</numerusform>
            <numerusform>Le modèle peut exécuter lui-même des cellules (chacune ajoutée au notebook, exécutée dans le bac à sable et retenue pour relecture comme toute cellule), lister les variables et lire des tables, jusqu&apos;à %n appels d&apos;outils (Paramètres ▸ Assistant). Arrêter y met fin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="658"/>
        <source>Agent mode needs a running session: the model&apos;s cells run in it.</source>
        <translation>Le mode agent nécessite une session en cours : les cellules du modèle s&apos;y exécutent.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="704"/>
        <source>Fix cell [%1]</source>
        <translation>Corriger la cellule [%1]</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="704"/>
        <source>Fix the cell</source>
        <translation>Corriger la cellule</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="723"/>
        <source>Explain cell [%1]</source>
        <translation>Expliquer la cellule [%1]</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="724"/>
        <source>Explain the cell</source>
        <translation>Expliquer la cellule</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="742"/>
        <source>(your question)</source>
        <translation>(votre question)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="756"/>
        <source>No model is set up: enter a base URL and a model in Settings ▸ Assistant (for Ollama: http://localhost:11434/v1).</source>
        <translation>Aucun modèle n’est configuré : saisissez une URL de base et un modèle dans Paramètres ▸ Assistant (pour Ollama : http://localhost:11434/v1).</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="798"/>
        <source>The session was busy running a cell: its datasets and variables are described as they were last seen.</source>
        <translation>La session était occupée à exécuter une cellule : ses jeux de données et ses variables sont décrits tels qu’ils ont été vus en dernier.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="811"/>
        <source>Agent · %1</source>
        <translation>Agent · %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="836"/>
        <source>To fit the model&apos;s context, left out: %1</source>
        <translation>Pour tenir dans le contexte du modèle, omis : %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="840"/>
        <source>The question and the sandbox&apos;s rules alone do not fit a context of %1 tokens: give a larger context size in Settings ▸ Assistant.</source>
        <translation>La question et les règles du bac à sable ne tiennent pas à elles seules dans un contexte de %1 jetons : indiquez une taille de contexte plus grande dans Paramètres ▸ Assistant.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="931"/>
        <source>The exchange could not be kept in the run store: %1</source>
        <translation>L’échange n’a pas pu être conservé dans le registre des exécutions : %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="969"/>
        <source>The model&apos;s cell waits for review (run %1): approve or reject it in the Review panel; the agent goes on after an approval. Stop ends it.</source>
        <translation>La cellule du modèle attend une relecture (exécution %1) : approuvez-la ou rejetez-la dans le panneau File de relecture ; l&apos;agent continue après une approbation. Arrêter y met fin.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="991"/>
        <source>the notebook is closed</source>
        <translation>le notebook est fermé</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1009"/>
        <source>the notebook has no running session</source>
        <translation>le notebook n&apos;a aucune session en cours</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1014"/>
        <source>the session ended the cell before it ran</source>
        <translation>la session a terminé la cellule avant son exécution</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1104"/>
        <source>The Assistant&apos;s Fix</source>
        <translation>La correction de l’assistant</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1104"/>
        <source>Replace the Current Cell</source>
        <translation>Remplacer la cellule courante</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1127"/>
        <source>What the Model Sees</source>
        <translation>Ce que voit le modèle</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1130"/>
        <source>Sent to %1 at %2, exactly as below (about %3 tokens of %4).</source>
        <translation>Envoyé à %1 sur %2, exactement comme ci-dessous (environ %3 jetons sur %4).</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1131"/>
        <source>(no model set)</source>
        <translation>(aucun modèle défini)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1132"/>
        <source>(no endpoint set)</source>
        <translation>(aucun point de terminaison défini)</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1135"/>
        <source>Sample rows are sent.</source>
        <translation>Des lignes d’exemple sont envoyées.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1136"/>
        <source>No data values are sent: names, types and sizes only.</source>
        <translation>Aucune valeur de données n’est envoyée : seulement les noms, les types et les tailles.</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1138"/>
        <source>Left out to fit: %1</source>
        <translation>Omis pour tenir : %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1142"/>
        <source>Agent mode: the request also carries the tools run_cell, list_variables, describe_table and read_table_page, and after the system message: %1</source>
        <translation>Mode agent : la requête transporte aussi les outils run_cell, list_variables, describe_table et read_table_page, et après le message système : %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1145"/>
        <source>Its SHA-256, recorded with every cell it produces: %1</source>
        <translation>Son SHA-256, enregistré avec chaque cellule qu’il produit : %1</translation>
    </message>
    <message>
        <location filename="../widgets/assistantpanel.cpp" line="1165"/>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
</context>
<context>
    <name>sandbench::CellModel</name>
    <message>
        <location filename="../core/cellmodel.cpp" line="353"/>
        <source>uses `%1`, redefined by [%2]</source>
        <translation>utilise `%1`, redéfini par [%2]</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="366"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="368"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="370"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="372"/>
        <source>denied</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="374"/>
        <source>timeout</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="376"/>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="378"/>
        <source>output limit</source>
        <translation>limite de sortie</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="380"/>
        <source>crashed</source>
        <translation>plantée</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="382"/>
        <source>pending review</source>
        <translation>en attente de relecture</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="384"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../core/cellmodel.cpp" line="386"/>
        <source>tampered</source>
        <translation>falsifiée</translation>
    </message>
</context>
<context>
    <name>sandbench::CellWidget</name>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="142"/>
        <source>Run this cell (Ctrl+Enter)</source>
        <translation>Exécuter cette cellule (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="146"/>
        <source>Execution count: the order in which this session ran the cell. The Session Log and the figures name the run by it; [*] while it waits or runs.</source>
        <translation>Compteur d&apos;exécution : l&apos;ordre dans lequel cette session a exécuté la cellule. Le journal de session et les figures désignent l&apos;exécution par ce numéro ; [*] tant qu&apos;elle attend ou s&apos;exécute.</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="152"/>
        <source>stale</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="158"/>
        <source>edited since run</source>
        <translation>modifiée depuis l’exécution</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="159"/>
        <source>The code changed after its last run: the output below is from the code as it was.</source>
        <translation>Le code a changé depuis sa dernière exécution : la sortie ci-dessous vient du code d’alors.</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="165"/>
        <location filename="../widgets/cellwidget.cpp" line="263"/>
        <source>Hide output</source>
        <translation>Masquer la sortie</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="166"/>
        <source>Fold or unfold this cell&apos;s output</source>
        <translation>Replier ou déplier la sortie de cette cellule</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="200"/>
        <source>Fix with assistant</source>
        <translation>Corriger avec l’assistant</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="201"/>
        <source>Send this cell&apos;s code, its error or refusals and the variables it used to the assistant; its fix is shown as a change to accept</source>
        <translation>Envoyer à l’assistant le code de cette cellule, son erreur ou ses refus et les variables qu’elle a utilisées ; sa correction s’affiche comme une modification à accepter</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="206"/>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="207"/>
        <source>Ask the assistant what went wrong, in words</source>
        <translation>Demander à l’assistant, en mots, ce qui n’a pas fonctionné</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="217"/>
        <source>Double-click to edit</source>
        <translation>Double-cliquer pour modifier</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="263"/>
        <source>Show output</source>
        <translation>Afficher la sortie</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="343"/>
        <source>markdown</source>
        <translation>markdown</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="346"/>
        <source>queued</source>
        <translation>en file</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="351"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="354"/>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="355"/>
        <source>Run &gt; Undo Last Cell took the variables back to before this cell; the output below is from its run.</source>
        <translation>Exécution &gt; Annuler la dernière cellule a ramené les variables à leur état d’avant cette cellule ; la sortie ci-dessous provient de son exécution.</translation>
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
La sortie ci-dessous est peut-être périmée : réexécutez la cellule, ou choisissez Exécution &gt; Exécuter les cellules obsolètes.</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="479"/>
        <source>*Empty Markdown cell: double-click to write.*</source>
        <translation>*Cellule Markdown vide : double-cliquer pour écrire.*</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="500"/>
        <source>%1 s…</source>
        <translation>%1 s…</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="537"/>
        <source>line %1: </source>
        <translation>ligne %1 : </translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="538"/>
        <source>⚠ %1%2 (rule %3, %4 layer)</source>
        <translation>⚠ %1%2 (règle %3, couche %4)</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="542"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="547"/>
        <source>Waiting for a reviewer: the code uses something the profile lets run only after approval.</source>
        <translation>En attente d’un relecteur : le code utilise quelque chose que le profil n’autorise qu’après approbation.</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="573"/>
        <source>Out[%1]:</source>
        <translation>Out[%1] :</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="656"/>
        <source>Figure %1 of this cell: click to see it in the Figures panel</source>
        <translation>Figure %1 de cette cellule : cliquer pour la voir dans le panneau Figures</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/cellwidget.cpp" line="773"/>
        <source>▴ Show all %n lines (%1 earlier lines hidden)</source>
        <translation>
            <numerusform>▴ Afficher les %n lignes (%1 lignes précédentes masquées)</numerusform>
            <numerusform>▴ Afficher les %n lignes (%1 lignes précédentes masquées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/cellwidget.cpp" line="775"/>
        <source>▾ Show only the last %n lines</source>
        <translation>
            <numerusform>▾ N&apos;afficher que la dernière ligne</numerusform>
            <numerusform>▾ N&apos;afficher que les %n dernières lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Out[%1]: </source>
        <translation type="vanished">Out[%1] : </translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="585"/>
        <source>(state kept as the cell left it before the error: Run &gt; Undo Last Cell returns to before this cell)</source>
        <translation>(état conservé tel que la cellule l’a laissé avant l’erreur : Exécution &gt; Annuler la dernière cellule revient à l’état d’avant cette cellule)</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="589"/>
        <source>(state rolled back: the variables are as they were before this cell)</source>
        <translation>(état restauré : les variables sont comme avant cette cellule)</translation>
    </message>
    <message>
        <location filename="../widgets/cellwidget.cpp" line="592"/>
        <source>(the cell did not run: nothing changed)</source>
        <translation>(la cellule n’a pas été exécutée : rien n’a changé)</translation>
    </message>
    <message>
        <source>Figure %1 of this cell: click to see it large</source>
        <translation type="vanished">Figure %1 de cette cellule : cliquer pour l’agrandir</translation>
    </message>
</context>
<context>
    <name>sandbench::ClusterInfo</name>
    <message>
        <location filename="../core/clusterstate.cpp" line="169"/>
        <source>the scheduler alone, with workers that join it from other machines</source>
        <translation>le scheduler seul, avec des workers qui le rejoignent depuis d&apos;autres machines</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clusterstate.cpp" line="172"/>
        <source>%n sandboxed worker(s) started with it</source>
        <translation>
            <numerusform>%n worker isolé démarré avec lui</numerusform>
            <numerusform>%n workers isolés démarrés avec lui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandbench::ClusterPanel</name>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="78"/>
        <source>The cluster&apos;s state folder</source>
        <translation>Le dossier d&apos;état du cluster</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="79"/>
        <source>The folder &apos;sandbench cluster start --state DIR&apos; wrote: the scheduler&apos;s address, the certificates and the members&apos; state.</source>
        <translation>Le dossier écrit par &apos;sandbench cluster start --state DIR&apos; : l&apos;adresse du scheduler, les certificats et l&apos;état des membres.</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="81"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="82"/>
        <source>Connect Session</source>
        <translation>Connecter la session</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="84"/>
        <source>Restart the session with the cluster profile: cells get a ready &apos;client&apos;, and the session may reach this scheduler&apos;s port and nothing else on the network.</source>
        <translation>Redémarrer la session avec le profil cluster : les cellules reçoivent un &apos;client&apos; prêt, et la session peut joindre le port de ce scheduler et rien d&apos;autre sur le réseau.</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="87"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="88"/>
        <source>Restart the session without the cluster.</source>
        <translation>Redémarrer la session sans le cluster.</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="102"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="102"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="102"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="102"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="102"/>
        <source>Sandbox layers</source>
        <translation>Couches du bac à sable</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="130"/>
        <source>Choose a cluster&apos;s state folder to see its workers. Start a cluster with &apos;sandbench cluster start&apos;.</source>
        <translation>Choisissez le dossier d&apos;état d&apos;un cluster pour voir ses workers. Démarrez un cluster avec &apos;sandbench cluster start&apos;.</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="173"/>
        <source>Choose a cluster&apos;s state folder to see its workers.</source>
        <translation>Choisissez le dossier d&apos;état d&apos;un cluster pour voir ses workers.</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="176"/>
        <source>Asking the cluster in %1…</source>
        <translation>Interrogation du cluster dans %1…</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="186"/>
        <source>Cluster&apos;s State Folder</source>
        <translation>Dossier d&apos;état du cluster</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="227"/>
        <source>The cluster cannot be asked: %1 could not be started (%2).</source>
        <translation>Impossible d&apos;interroger le cluster : %1 n&apos;a pas pu être démarré (%2).</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="283"/>
        <source>The cluster could not be asked (status %1): %2</source>
        <translation>Le cluster n&apos;a pas pu être interrogé (statut %1) : %2</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="307"/>
        <source>Scheduler %1</source>
        <translation>Scheduler %1</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="314"/>
        <source>No cluster in this folder: %1</source>
        <translation>Aucun cluster dans ce dossier : %1</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="316"/>
        <source>The cluster&apos;s certificates are wrong: %1</source>
        <translation>Les certificats du cluster sont incorrects : %1</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="318"/>
        <source>The scheduler is down: %1</source>
        <translation>Le scheduler est hors service : %1</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="320"/>
        <source>The cluster could not be asked: %1</source>
        <translation>Le cluster n&apos;a pas pu être interrogé : %1</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="347"/>
        <source>not known here (a worker joined from another machine)</source>
        <translation>inconnu ici (un worker qui a rejoint le cluster depuis une autre machine)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/clusterpanel.cpp" line="353"/>
        <source>(restarted %n time(s))</source>
        <translation>
            <numerusform>(redémarré %n fois)</numerusform>
            <numerusform>(redémarré %n fois)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="357"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="370"/>
        <source>This session uses the cluster.</source>
        <translation>Cette session utilise le cluster.</translation>
    </message>
    <message>
        <location filename="../widgets/clusterpanel.cpp" line="371"/>
        <source>This session does not use the cluster.</source>
        <translation>Cette session n&apos;utilise pas le cluster.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/clusterpanel.cpp" line="373"/>
        <source>%n worker(s) (the scheduler&apos;s account), </source>
        <translation>
            <numerusform>%n worker (selon le scheduler), </numerusform>
            <numerusform>%n workers (selon le scheduler), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/clusterpanel.cpp" line="374"/>
        <source>%n task(s) running.</source>
        <translation>
            <numerusform>%n tâche en cours.</numerusform>
            <numerusform>%n tâches en cours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandbench::CodeEditor</name>
    <message>
        <location filename="../widgets/codeeditor.cpp" line="137"/>
        <source>Write Python here and press Ctrl+Enter to run it.</source>
        <translation>Saisissez du code Python ici et appuyez sur Ctrl+Entrée pour l&apos;exécuter.</translation>
    </message>
    <message>
        <location filename="../widgets/codeeditor.cpp" line="287"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location filename="../widgets/codeeditor.cpp" line="714"/>
        <source>Help is available once the running cell has finished.</source>
        <translation>L&apos;aide est disponible une fois la cellule en cours terminée.</translation>
    </message>
    <message>
        <location filename="../widgets/codeeditor.cpp" line="766"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>sandbench::ColumnSummaryView</name>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="39"/>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="39"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="57"/>
        <source>Choose a column and press Summary to describe it.</source>
        <translation>Choisissez une colonne et appuyez sur Résumé pour la décrire.</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="70"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="75"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="75"/>
        <source>missing</source>
        <translation>manquantes</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="76"/>
        <source>unique</source>
        <translation>uniques</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="76"/>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="77"/>
        <source>std</source>
        <translation>écart type</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="77"/>
        <source>min</source>
        <translation>min</translation>
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
        <translation>max</translation>
    </message>
    <message>
        <location filename="../widgets/columnsummaryview.cpp" line="93"/>
        <source>top %1</source>
        <translation>top %1</translation>
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
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../core/dataframemodel.cpp" line="100"/>
        <source>missing value</source>
        <translation>valeur manquante</translation>
    </message>
    <message>
        <location filename="../core/dataframemodel.cpp" line="141"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/dataframemodel.cpp" line="250"/>
        <source>%1 sent no rows</source>
        <translation>%1 n&apos;a envoyé aucune ligne</translation>
    </message>
    <message>
        <source>A page of %1 could not be read: %2</source>
        <translation type="vanished">Une page de %1 n&apos;a pas pu être lue : %2</translation>
    </message>
</context>
<context>
    <name>sandbench::DataPanel</name>
    <message>
        <location filename="../widgets/datapanel.cpp" line="54"/>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="56"/>
        <source>is missing</source>
        <translation>est manquante</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="58"/>
        <source>is not missing</source>
        <translation>n’est pas manquante</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="76"/>
        <source>The column to filter on</source>
        <translation>La colonne sur laquelle filtrer</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="85"/>
        <source>value, e.g. 2.5, north or 2024-03-01</source>
        <translation>valeur, par ex. 2.5, north ou 2024-03-01</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="89"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="90"/>
        <source>Keep the rows that match (computed in the worker over every row)</source>
        <translation>Conserver les lignes correspondantes (calculé dans le worker sur toutes les lignes)</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="91"/>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="92"/>
        <source>Remove the filter</source>
        <translation>Supprimer le filtre</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="93"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="94"/>
        <source>Describe the current column and chart it</source>
        <translation>Décrire la colonne courante et en tracer le graphique</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="95"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="96"/>
        <source>Copy the selected cells as tab-separated text (Ctrl+C)</source>
        <translation>Copier les cellules sélectionnées sous forme de texte séparé par des tabulations (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="97"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="99"/>
        <source>Write the sorted, filtered view as CSV into the session&apos;s output folder</source>
        <translation>Écrire la vue triée et filtrée en CSV dans le dossier de sortie de la session</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="101"/>
        <source>Convert to Code</source>
        <translation>Convertir en code</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="103"/>
        <source>Put the current sort and filter into a new cell as pandas code</source>
        <translation>Placer le tri et le filtre actuels dans une nouvelle cellule sous forme de code pandas</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="117"/>
        <source>Copy as TSV</source>
        <translation>Copier en TSV</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="128"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="201"/>
        <source>Double-click a DataFrame, Series or array in Variables to see it here.</source>
        <translation>Double-cliquez sur un DataFrame, une Series ou un tableau dans Variables pour l’afficher ici.</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="222"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="224"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="247"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 rows × %3 columns</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 lignes × %3 colonnes</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="252"/>
        <source> · filter: %1 %2 %3 → %4 rows</source>
        <translation> · filtre : %1 %2 %3 → %4 lignes</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="261"/>
        <source> · sorted by %1 %2</source>
        <translation> · trié par %1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="314"/>
        <source>Type a value to compare with, or choose &quot;is missing&quot;.</source>
        <translation>Saisissez une valeur de comparaison, ou choisissez « est manquante ».</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="326"/>
        <source>Filtering %1…</source>
        <translation>Filtrage de %1…</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="363"/>
        <source>Describing %1…</source>
        <translation>Description de %1…</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="380"/>
        <source>%1 rows are too many to copy; use Export CSV for the whole view.</source>
        <translation>%1 lignes, c’est trop pour copier ; utilisez Exporter en CSV pour la vue entière.</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="415"/>
        <source>Export View as CSV</source>
        <translation>Exporter la vue en CSV</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="416"/>
        <source>File name in the session&apos;s output folder (%1):</source>
        <translation>Nom du fichier dans le dossier de sortie de la session (%1) :</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="445"/>
        <source>Exporting %1 to %2…</source>
        <translation>Export de %1 vers %2…</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="457"/>
        <source>The view could not become code: %1</source>
        <translation>La vue n&apos;a pas pu être convertie en code : %1</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="356"/>
        <source>No summary: %1</source>
        <translation>Pas de résumé : %1</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="434"/>
        <source>The view was not exported: %1</source>
        <translation>La vue n’a pas été exportée : %1</translation>
    </message>
    <message>
        <location filename="../widgets/datapanel.cpp" line="439"/>
        <source>Exported %1 rows of %2 to %3</source>
        <translation>%1 lignes de %2 exportées vers %3</translation>
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
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="56"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="vanished">SHA-256</translation>
    </message>
    <message>
        <source>Double-click a variable name to rename it. Drop files here to add them. Code may read these files and nothing else of yours.</source>
        <translation type="vanished">Double-cliquez sur un nom de variable pour le renommer. Déposez des fichiers ici pour les ajouter. Le code peut lire ces fichiers et rien d’autre de vos données.</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="75"/>
        <location filename="../widgets/datasetspanel.cpp" line="82"/>
        <source>Add Dataset…</source>
        <translation>Ajouter un jeu de données…</translation>
    </message>
    <message>
        <source>Register a CSV, TSV, JSON, JSON lines, Excel or Parquet file</source>
        <translation type="vanished">Enregistrer un fichier CSV, TSV, JSON, JSON lines, Excel ou Parquet</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="99"/>
        <source>Data files (%1);;All files (*)</source>
        <translation>Fichiers de données (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="219"/>
        <source>hashing…</source>
        <translation>calcul de l’empreinte…</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="248"/>
        <source>cannot read the file</source>
        <translation>fichier illisible</translation>
    </message>
    <message>
        <source>✓ %1…</source>
        <translation type="vanished">✓ %1…</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="255"/>
        <source>SHA-256 %1: the file is as it was registered</source>
        <translation>SHA-256 %1 : le fichier est tel qu’enregistré</translation>
    </message>
    <message>
        <source>⚠ changed since registered</source>
        <translation type="vanished">⚠ modifié depuis l’enregistrement</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="56"/>
        <source>File hash</source>
        <translation>Empreinte du fichier</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="56"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="57"/>
        <source>Larger than memory</source>
        <translation>Plus grand que la mémoire</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="59"/>
        <source>Checked: text columns of ISO dates (2024-03-01) load as dates</source>
        <translation>Coché : les colonnes de texte contenant des dates ISO (2024-03-01) sont chargées comme dates</translation>
    </message>
    <message>
        <source>Double-click a variable name to rename it. Drop files here to add them. Code may read these files and nothing else of yours. Right-click a dataset to load its dates as text.</source>
        <translation type="vanished">Double-cliquez sur un nom de variable pour le renommer. Déposez des fichiers ici pour les ajouter. Le code peut lire ces fichiers et rien d&apos;autre de ce qui vous appartient. Cliquez avec le bouton droit sur un jeu de données pour charger ses dates comme texte.</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="61"/>
        <source>Checked: the variable is a dask DataFrame read from the file in blocks, for data larger than the session&apos;s memory</source>
        <translation>Coché : la variable est un DataFrame dask lu par blocs depuis le fichier, pour des données plus grandes que la mémoire de la session</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="64"/>
        <source>Double-click a variable name to rename it. Drop files here to add them. Code may read these files and nothing else of yours. Right-click a dataset to load its dates as text or to read it in blocks.</source>
        <translation>Double-cliquez sur un nom de variable pour le renommer. Déposez des fichiers ici pour les ajouter. Le code peut lire ces fichiers et rien d’autre de ce qui vous appartient. Cliquez avec le bouton droit sur un jeu de données pour charger ses dates comme texte ou pour le lire par blocs.</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="76"/>
        <source>Register a CSV, TSV, JSON, JSON lines, Excel or Parquet file; the arrow adds one larger than memory</source>
        <translation>Enregistrer un fichier CSV, TSV, JSON, JSON lines, Excel ou Parquet ; la flèche en ajoute un plus grand que la mémoire</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="84"/>
        <source>Add Dataset Larger Than Memory…</source>
        <translation>Ajouter un jeu de données plus grand que la mémoire…</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="85"/>
        <source>Read the file in blocks as a dask DataFrame: CSV, TSV, JSON lines, or Parquet when pyarrow is installed</source>
        <translation>Lire le fichier par blocs comme DataFrame dask : CSV, TSV, JSON lines, ou Parquet si pyarrow est installé</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="190"/>
        <source>Load ISO Dates as &amp;Dates</source>
        <translation>Charger les dates ISO comme &amp;dates</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="193"/>
        <source>Text columns holding only ISO dates (2024-03-01) become dates; off, they stay text as in the file</source>
        <translation>Les colonnes de texte ne contenant que des dates ISO (2024-03-01) deviennent des dates ; désactivé, elles restent du texte comme dans le fichier</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="195"/>
        <source>Read in Blocks (&amp;Larger Than Memory)</source>
        <translation>Lire par blocs (plus grand que la &amp;mémoire)</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="198"/>
        <source>The variable becomes a dask DataFrame read from the file block by block; off, the whole file loads as a pandas DataFrame</source>
        <translation>La variable devient un DataFrame dask lu bloc par bloc depuis le fichier ; désactivé, le fichier entier est chargé comme DataFrame pandas</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="223"/>
        <source>Checked: text columns of ISO dates (2024-03-01) load as dates; uncheck to keep them as text (the file loads again)</source>
        <translation>Coché : les colonnes de texte contenant des dates ISO (2024-03-01) sont chargées comme dates ; décochez pour les garder en texte (le fichier est rechargé)</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="227"/>
        <source>Checked: a dask DataFrame read in blocks, for data larger than memory; unchecked: the whole file loads as a pandas DataFrame (the file loads again)</source>
        <translation>Coché : un DataFrame dask lu par blocs, pour des données plus grandes que la mémoire ; décoché : le fichier entier est chargé comme DataFrame pandas (le fichier est rechargé)</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="253"/>
        <source>✓ same</source>
        <translation>✓ identique</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="257"/>
        <source>⚠ changed</source>
        <translation>⚠ modifié</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="259"/>
        <source>Registered with SHA-256 %1; the file now has %2. Restart the session to load it again.</source>
        <translation>Enregistré avec le SHA-256 %1 ; le fichier a maintenant %2. Redémarrez la session pour le recharger.</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="287"/>
        <source>Loaded as the DataFrame %1</source>
        <translation>Chargé comme DataFrame %1</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="288"/>
        <source>Not loaded: %1</source>
        <translation>Non chargé : %1</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="321"/>
        <source>Rename Dataset</source>
        <translation>Renommer le jeu de données</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="322"/>
        <source>&apos;%1&apos; cannot be the variable&apos;s name: use letters, digits and underscores, not starting with a digit, and a name no other dataset has (for example sales_2025).</source>
        <translation>« %1 » ne peut pas être le nom de la variable : utilisez des lettres, des chiffres et des tirets bas, sans chiffre au début, et un nom qu’aucun autre jeu de données ne porte (par exemple sales_2025).</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="337"/>
        <location filename="../widgets/datasetspanel.cpp" line="365"/>
        <source>Add Dataset</source>
        <translation>Ajouter un jeu de données</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="344"/>
        <source>Add Dataset Larger Than Memory</source>
        <translation>Ajouter un jeu de données plus grand que la mémoire</translation>
    </message>
    <message>
        <location filename="../widgets/datasetspanel.cpp" line="366"/>
        <source>Not added: %1. Sandbench reads CSV, TSV, JSON, JSON lines, Excel and Parquet files.</source>
        <translation>Non ajouté : %1. Sandbench lit les fichiers CSV, TSV, JSON, JSON lines, Excel et Parquet.</translation>
    </message>
</context>
<context>
    <name>sandbench::DiffDialog</name>
    <message>
        <location filename="../widgets/diffdialog.cpp" line="39"/>
        <source>The proposed code is the same as the cell&apos;s.</source>
        <translation>Le code proposé est identique à celui de la cellule.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/diffdialog.cpp" line="40"/>
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n ligne ajoutée</numerusform>
            <numerusform>%n lignes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/diffdialog.cpp" line="41"/>
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n ligne supprimée</numerusform>
            <numerusform>%n lignes supprimées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/diffdialog.cpp" line="42"/>
        <source>. The cell keeps its place; run it when you are ready.</source>
        <translation>. La cellule garde sa place ; exécutez-la quand vous serez prêt.</translation>
    </message>
    <message>
        <location filename="../widgets/diffdialog.cpp" line="72"/>
        <source>&amp;Replace Cell</source>
        <translation>&amp;Remplacer la cellule</translation>
    </message>
</context>
<context>
    <name>sandbench::FigurePanel</name>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="41"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="41"/>
        <source>Fit the figure to the panel</source>
        <translation>Ajuster la figure au panneau</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="42"/>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="42"/>
        <source>Show the figure at its own size</source>
        <translation>Afficher la figure à sa taille réelle</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="43"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="44"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="47"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="47"/>
        <source>Copy the figure to the clipboard</source>
        <translation>Copier la figure dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="48"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="48"/>
        <source>Save the figure as PNG or SVG</source>
        <translation>Enregistrer la figure en PNG ou SVG</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="53"/>
        <source>Figures a cell draws with matplotlib appear here.</source>
        <translation>Les figures qu’une cellule trace avec matplotlib apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="73"/>
        <source>Every figure of this session; double-click to go to its cell</source>
        <translation>Toutes les figures de cette session ; double-cliquer pour aller à sa cellule</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="118"/>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="120"/>
        <source>Cell [%1], run %2, figure %3</source>
        <translation>Cellule [%1], exécution %2, figure %3</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="163"/>
        <source>Cell [%1] · run %2 · figure %3 · %4×%5 · %6%</source>
        <translation>Cellule [%1] · exécution %2 · figure %3 · %4×%5 · %6 %</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="210"/>
        <source>Cell [%1], run %2</source>
        <translation>Cellule [%1], exécution %2</translation>
    </message>
    <message>
        <source>Cell %1, run %2, figure %3</source>
        <translation type="vanished">Cellule %1, exécution %2, figure %3</translation>
    </message>
    <message>
        <source>Cell %1 · run %2 · figure %3 · %4×%5 · %6%</source>
        <translation type="vanished">Cellule %1 · exécution %2 · figure %3 · %4×%5 · %6 %</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="200"/>
        <source>There is no figure to save.</source>
        <translation>Il n’y a aucune figure à enregistrer.</translation>
    </message>
    <message>
        <source>Cell %1, run %2</source>
        <translation type="vanished">Cellule %1, exécution %2</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="214"/>
        <location filename="../widgets/figurepanel.cpp" line="221"/>
        <location filename="../widgets/figurepanel.cpp" line="228"/>
        <source>Cannot write %1; choose a folder you can write to.</source>
        <translation>Impossible d’écrire %1 ; choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="250"/>
        <location filename="../widgets/figurepanel.cpp" line="259"/>
        <source>Save Figure</source>
        <translation>Enregistrer la figure</translation>
    </message>
    <message>
        <location filename="../widgets/figurepanel.cpp" line="251"/>
        <source>PNG image (*.png);;SVG (*.svg)</source>
        <translation>Image PNG (*.png);;SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>sandbench::FindReplaceBar</name>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="20"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="23"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="24"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="26"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="27"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="28"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="29"/>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="32"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="89"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../widgets/findreplacebar.cpp" line="133"/>
        <source>%1 replaced</source>
        <translation>%1 remplacé(s)</translation>
    </message>
</context>
<context>
    <name>sandbench::HistoryPanel</name>
    <message>
        <location filename="../widgets/historypanel.cpp" line="15"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="15"/>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="15"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="15"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="15"/>
        <source>Run</source>
        <translation>Exécution</translation>
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
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="480"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="496"/>
        <source>Allow &amp;Reading a Folder…</source>
        <translation>Autoriser la &amp;lecture d&apos;un dossier…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="498"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="597"/>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="598"/>
        <source>&amp;Run Cell</source>
        <translation>&amp;Exécuter la cellule</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="620"/>
        <source>&amp;Interrupt</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="627"/>
        <source>&amp;Undo Last Cell</source>
        <translation>&amp;Annuler la dernière cellule</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="629"/>
        <source>Return the variables to the state before the last cell that ended ok</source>
        <translation>Ramener les variables à leur état d&apos;avant la dernière cellule terminée avec succès</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="687"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="688"/>
        <source>&amp;About Sandbench</source>
        <translation>À &amp;propos de Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="456"/>
        <location filename="../app/mainwindow.cpp" line="605"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="189"/>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="192"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="194"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="195"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="204"/>
        <source>Session Log</source>
        <translation>Journal de session</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="206"/>
        <location filename="../app/mainwindow.cpp" line="342"/>
        <source>Review Queue</source>
        <translation>File de relecture</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="237"/>
        <source>Dataset %1 registered: %2</source>
        <translation>Jeu de données %1 enregistré : %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="275"/>
        <source>Cell [%1] ran in an earlier session or was deleted.</source>
        <translation>La cellule [%1] a été exécutée dans une session précédente ou a été supprimée.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="326"/>
        <source>The Data panel&apos;s view is in a new cell; run it to get the same rows as a variable.</source>
        <translation>La vue du panneau Données est dans une nouvelle cellule ; exécutez-la pour obtenir les mêmes lignes dans une variable.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="330"/>
        <source>Exported %1 rows to %2</source>
        <translation>%1 lignes exportées vers %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="341"/>
        <source>Review Queue (%1)</source>
        <translation>File de relecture (%1)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="347"/>
        <source>Run %1 approved by %2; its cell runs now.</source>
        <translation>Exécution %1 approuvée par %2 ; sa cellule s’exécute maintenant.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="350"/>
        <source>Run %1 rejected by %2: %3</source>
        <translation>Exécution %1 rejetée par %2 : %3</translation>
    </message>
    <message>
        <source>Cell %1 will not run: %2 rejected run %3 (%4)</source>
        <translation type="vanished">La cellule %1 ne sera pas exécutée : %2 a rejeté l’exécution %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="415"/>
        <source>Open Review Queue of a Database</source>
        <translation>Ouvrir la file de relecture d’une base de données</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="416"/>
        <source>Sandbench databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données Sandbench (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="426"/>
        <source>Opening the review queue of %1…</source>
        <translation>Ouverture de la file de relecture de %1…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="438"/>
        <source>Open Review Queue</source>
        <translation>Ouvrir la file de relecture</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="481"/>
        <source>&amp;New Notebook</source>
        <translation>&amp;Nouveau notebook</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="482"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="483"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="485"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="486"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="487"/>
        <source>&amp;Import Notebook…</source>
        <translation>&amp;Importer un notebook…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="488"/>
        <source>&amp;Export Session…</source>
        <translation>E&amp;xporter la session…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="490"/>
        <source>Add &amp;Dataset…</source>
        <translation>Ajouter un &amp;jeu de données…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="491"/>
        <source>Add Dataset &amp;Larger Than Memory…</source>
        <translation>Ajouter un jeu de données plus grand que la &amp;mémoire…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="493"/>
        <source>Read a file in blocks as a dask DataFrame: for data larger than the session&apos;s memory</source>
        <translation>Lire un fichier par blocs comme DataFrame dask : pour des données plus grandes que la mémoire de la session</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="508"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="509"/>
        <source>&amp;Undo Typing</source>
        <translation>&amp;Annuler la saisie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="510"/>
        <source>&amp;Redo Typing</source>
        <translation>&amp;Rétablir la saisie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="512"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="516"/>
        <source>Find and Rep&amp;lace…</source>
        <translation>Rechercher et rem&amp;placer…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="520"/>
        <source>Toggle &amp;Comment</source>
        <translation>&amp;Commenter / décommenter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="524"/>
        <source>Insert Cell &amp;Above</source>
        <translation>Insérer une cellule au-&amp;dessus</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="528"/>
        <source>Insert Cell &amp;Below</source>
        <translation>Insérer une cellule en &amp;dessous</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="532"/>
        <source>&amp;Duplicate Cell</source>
        <translation>D&amp;upliquer la cellule</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="535"/>
        <source>De&amp;lete Cell</source>
        <translation>Supprimer &amp;la cellule</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="540"/>
        <source>The cell is running or queued; stop it first.</source>
        <translation>La cellule est en cours ou en file ; arrêtez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="548"/>
        <source>Move Cell &amp;Up</source>
        <translation>Déplacer la cellule vers le &amp;haut</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="550"/>
        <source>Move Cell Do&amp;wn</source>
        <translation>Déplacer la cellule vers le &amp;bas</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="553"/>
        <source>Code ↔ &amp;Markdown</source>
        <translation>Code ↔ &amp;Markdown</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="560"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="567"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="583"/>
        <source>&amp;Light Theme</source>
        <translation>Thème &amp;clair</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="584"/>
        <source>&amp;Dark Theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="586"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="601"/>
        <source>Run the current cell and stay on it (Ctrl+Enter)</source>
        <translation>Exécuter la cellule courante et y rester (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="602"/>
        <source>Run and &amp;Advance</source>
        <translation>Exécuter et &amp;avancer</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="607"/>
        <source>Run the current cell and go to the next, making one at the end (Shift+Enter)</source>
        <translation>Exécuter la cellule courante et passer à la suivante, en créant une à la fin (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="608"/>
        <source>Run A&amp;ll</source>
        <translation>&amp;Tout exécuter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="610"/>
        <source>Run every code cell from the top; stops at the first cell that does not end ok (Ctrl+Shift+Enter)</source>
        <translation>Exécuter toutes les cellules de code depuis le début ; s’arrête à la première cellule qui ne finit pas ok (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="623"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="624"/>
        <source>Stop the running cell and the queued ones (Ctrl+.); the session&apos;s variables stay as they were before it</source>
        <translation>Arrêter la cellule en cours et celles en file (Ctrl+.) ; les variables de la session restent comme avant elle</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="632"/>
        <source>Re&amp;start Session</source>
        <translation>Redé&amp;marrer la session</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="633"/>
        <source>A fresh worker with the datasets loaded again and the current settings&apos; profile and limits; variables are reset</source>
        <translation>Un nouveau worker avec les jeux de données rechargés, le profil et les limites des paramètres actuels ; les variables sont réinitialisées</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="637"/>
        <source>Choose Output &amp;Folder…</source>
        <translation>Choisir le &amp;dossier de sortie…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="638"/>
        <source>The folder cells write into (and their working folder); the session restarts in it, its variables are reset</source>
        <translation>Le dossier dans lequel les cellules écrivent (et leur dossier de travail) ; la session y redémarre, ses variables sont réinitialisées</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="645"/>
        <source>Stop the running cells before choosing another output folder.</source>
        <translation>Arrêtez les cellules en cours avant de choisir un autre dossier de sortie.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="650"/>
        <source>Choose Output Folder</source>
        <translation>Choisir le dossier de sortie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="659"/>
        <source>Re&amp;view</source>
        <translation>Re&amp;lecture</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="660"/>
        <source>&amp;Next Flagged Cell</source>
        <translation>Cellule signalée &amp;suivante</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="662"/>
        <source>Go to the next cell the sandbox refused, rejected or held for review</source>
        <translation>Aller à la prochaine cellule que le bac à sable a refusée, rejetée ou retenue pour relecture</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="664"/>
        <source>Review &amp;Queue</source>
        <translation>&amp;File de relecture</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="669"/>
        <source>&amp;Open Review Queue of a Database…</source>
        <translation>&amp;Ouvrir la file de relecture d’une base de données…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="671"/>
        <source>&amp;Provenance of the Current Cell</source>
        <translation>Pro&amp;venance de la cellule courante</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="675"/>
        <source>Search &amp;History…</source>
        <translation>Rechercher dans l’&amp;historique…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="681"/>
        <source>Sandbox &amp;Policy…</source>
        <translation>&amp;Politique du bac à sable…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="682"/>
        <source>&amp;Reviewer Name…</source>
        <translation>Nom du &amp;relecteur…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="689"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="741"/>
        <source>profile: %1</source>
        <translation>profil : %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1539"/>
        <source>Closing once %1 is saved…</source>
        <translation>Fermeture dès que %1 sera enregistré…</translation>
    </message>
    <message numerus="yes">
        <source>The session uses the cluster %1 (%n sandboxed worker(s)): cells have a ready &apos;client&apos;; the network is closed but for its scheduler.</source>
        <translation type="vanished">
            <numerusform>La session utilise le cluster %1 (%n worker isolé) : les cellules disposent d&apos;un &apos;client&apos; prêt ; le réseau est fermé, sauf vers son scheduler.</numerusform>
            <numerusform>La session utilise le cluster %1 (%n workers isolés) : les cellules disposent d&apos;un &apos;client&apos; prêt ; le réseau est fermé, sauf vers son scheduler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="780"/>
        <source>Undone: the variables are as they were before the last cell that ended ok.</source>
        <translation>Annulé : les variables sont revenues à leur état d&apos;avant la dernière cellule terminée avec succès.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="781"/>
        <source>Nothing to undo: %1</source>
        <translation>Rien à annuler : %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="793"/>
        <source>Stop the running cells before restarting the session.</source>
        <translation>Arrêtez les cellules en cours avant de redémarrer la session.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="799"/>
        <location filename="../app/mainwindow.cpp" line="808"/>
        <source>Restart Session</source>
        <translation>Redémarrer la session</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="823"/>
        <source>Session restarted with the profile %1.</source>
        <translation>Session redémarrée avec le profil %1.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="829"/>
        <source>Stop the running cells before connecting the session to a cluster.</source>
        <translation>Arrêtez les cellules en cours avant de connecter la session à un cluster.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="834"/>
        <source>The session leaves the cluster; it restarts without it.</source>
        <translation>La session quitte le cluster ; elle redémarre sans lui.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="836"/>
        <source>The session restarts on the cluster %1; its variables are reset.</source>
        <translation>La session redémarre sur le cluster %1 ; ses variables sont réinitialisées.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="874"/>
        <source>The cell is empty: nothing to run.</source>
        <translation>La cellule est vide : rien à exécuter.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="889"/>
        <source>%1 cells queued</source>
        <translation>%1 cellules en file</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="924"/>
        <source>Run %1 could not be recorded: %2</source>
        <translation>L’exécution %1 n’a pas pu être enregistrée : %2</translation>
    </message>
    <message>
        <source>Cell %1: %2 in %3 s</source>
        <translation type="vanished">Cellule %1 : %2 en %3 s</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="975"/>
        <source>Running cell %1 · %2 s</source>
        <translation>Cellule %1 en cours · %2 s</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="977"/>
        <source>Waiting for the worker</source>
        <translation>En attente du worker</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="980"/>
        <source> · %1 queued</source>
        <translation> · %1 en file</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1003"/>
        <source>sandbox: not armed</source>
        <translation>bac à sable : non armé</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1006"/>
        <source>The sandbox could not be set up: %1</source>
        <translation>Le bac à sable n’a pas pu être mis en place : %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1110"/>
        <source>The session that showed this table has ended: its first rows as recorded</source>
        <translation>La session qui affichait ce tableau est terminée : ses premières lignes telles qu&apos;enregistrées</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1119"/>
        <source>%1 — the rows recorded with the run are shown</source>
        <translation>%1 — les lignes enregistrées avec l&apos;exécution sont affichées</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1145"/>
        <source> · session %1</source>
        <translation> · session %1</translation>
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
        <translation>Ouvrir un notebook</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1166"/>
        <source>No recent notebooks</source>
        <translation>Aucun notebook récent</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1176"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1177"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1200"/>
        <source>Percent-format notebooks and scripts (*.py);;All files (*)</source>
        <translation>Notebooks au format percent et scripts (*.py);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1214"/>
        <location filename="../app/mainwindow.cpp" line="1232"/>
        <source>Import Notebook</source>
        <translation>Importer un notebook</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1215"/>
        <source>Jupyter notebooks (*.ipynb);;Percent-format scripts (*.py);;All files (*)</source>
        <translation>Notebooks Jupyter (*.ipynb);;Scripts au format percent (*.py);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1247"/>
        <source>Imported %1 into a new notebook and session.</source>
        <translation>%1 importé dans un nouveau notebook et une nouvelle session.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1256"/>
        <location filename="../app/mainwindow.cpp" line="1288"/>
        <source>Export Session</source>
        <translation>Exporter la session</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1257"/>
        <source>Re-runnable Python script (*.py);;Jupyter notebook (*.ipynb)</source>
        <translation>Script Python réexécutable (*.py);;Notebook Jupyter (*.ipynb)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="1293"/>
        <source>Exported session %1 to %2, but %n recorded file(s) changed since their run, first %3.</source>
        <translation>
            <numerusform>Session %1 exportée vers %2, mais %n fichier enregistré a changé depuis son exécution : %3.</numerusform>
            <numerusform>Session %1 exportée vers %2, mais %n fichiers enregistrés ont changé depuis leur exécution, le premier : %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1300"/>
        <source>Exported session %1 to %2.</source>
        <translation>Session %1 exportée vers %2.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1335"/>
        <source>Save Notebook</source>
        <translation>Enregistrer le notebook</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1337"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1315"/>
        <source>Save Notebook As</source>
        <translation>Enregistrer le notebook sous</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1316"/>
        <source>Percent-format notebooks (*.py)</source>
        <translation>Notebooks au format percent (*.py)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1364"/>
        <source>An untitled notebook</source>
        <translation>Un notebook sans titre</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1370"/>
        <location filename="../app/mainwindow.cpp" line="1381"/>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1371"/>
        <source>%1 had unsaved changes when Sandbench last stopped (autosaved %2). Recover them in place of %3?</source>
        <translation>%1 avait des modifications non enregistrées au dernier arrêt de Sandbench (sauvegarde automatique %2). Les récupérer à la place de %3 ?</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1374"/>
        <source>%1 had unsaved changes when Sandbench last stopped (autosaved %2). Recover them?</source>
        <translation>%1 avait des modifications non enregistrées au dernier arrêt de Sandbench (sauvegarde automatique %2). Les récupérer ?</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1520"/>
        <source>&lt;b&gt;Sandbench %1&lt;/b&gt;&lt;p&gt;Runs Python analyses in a sandboxed worker and records every run.&lt;/p&gt;&lt;p&gt;Qt %2 · Python %3&lt;/p&gt;&lt;p&gt;Sandbox layers of this session:&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;b&gt;Sandbench %1&lt;/b&gt;&lt;p&gt;Exécute des analyses Python dans un worker isolé et enregistre chaque exécution.&lt;/p&gt;&lt;p&gt;Qt %2 · Python %3&lt;/p&gt;&lt;p&gt;Couches du bac à sable de cette session :&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1525"/>
        <source>not armed yet</source>
        <translation>pas encore armé</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="726"/>
        <location filename="../app/mainwindow.cpp" line="727"/>
        <source>The session could not start: %1</source>
        <translation>La session n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="199"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="214"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="233"/>
        <source>Dataset %1 registered: %2; it is read in blocks as a dask DataFrame, being larger than the profile&apos;s %3 MB for loading whole</source>
        <translation>Jeu de données %1 enregistré : %2 ; il est lu par blocs comme DataFrame dask, car il dépasse les %3 Mo que le profil prévoit pour un chargement complet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="250"/>
        <source>Dataset %1 loads again in blocks, as a dask DataFrame.</source>
        <translation>Le jeu de données %1 est rechargé par blocs, comme DataFrame dask.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="251"/>
        <source>Dataset %1 loads again whole, as a pandas DataFrame.</source>
        <translation>Le jeu de données %1 est rechargé en entier, comme DataFrame pandas.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="259"/>
        <source>Dataset %1 loads again with its ISO dates as dates.</source>
        <translation>Le jeu de données %1 est rechargé avec ses dates ISO comme dates.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="260"/>
        <source>Dataset %1 loads again with its dates as text.</source>
        <translation>Le jeu de données %1 est rechargé avec ses dates comme texte.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="362"/>
        <source>Cell [%1] will not run: %2 rejected run %3 (%4)</source>
        <translation>La cellule [%1] ne sera pas exécutée : %2 a rejeté l&apos;exécution %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="367"/>
        <source>The cell of run %1 will not run: %2 rejected it (%3)</source>
        <translation>La cellule de l&apos;exécution %1 ne sera pas exécutée : %2 l&apos;a rejetée (%3)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="733"/>
        <source>Session %1 · output folder %2</source>
        <translation>Session %1 · dossier de sortie %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="749"/>
        <source>The session uses the cluster %1 (%2): cells have a ready &apos;client&apos;; the network is closed but for its scheduler.</source>
        <translation>La session utilise le cluster %1 (%2) : les cellules disposent d&apos;un &apos;client&apos; prêt ; le réseau est fermé, sauf vers son scheduler.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="843"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="847"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="940"/>
        <source>Cell [%1]: %2 in %3 s</source>
        <translation>Cellule [%1] : %2 en %3 s</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="996"/>
        <source>Dataset not loaded: %1</source>
        <translation>Jeu de données non chargé : %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1129"/>
        <source>worker: starting</source>
        <translation>worker : démarrage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1132"/>
        <source>worker: ready</source>
        <translation>worker : prêt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1135"/>
        <source>worker: running</source>
        <translation>worker : en cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1138"/>
        <source>worker: stopped</source>
        <translation>worker : arrêté</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1141"/>
        <source>worker: stopped unexpectedly; the next cell starts a fresh one</source>
        <translation>worker : arrêté de façon inattendue ; la prochaine cellule en démarre un nouveau</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1330"/>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1391"/>
        <location filename="../app/mainwindow.cpp" line="1397"/>
        <location filename="../app/mainwindow.cpp" line="1404"/>
        <source>Allow Reading a Folder</source>
        <translation>Autoriser la lecture d&apos;un dossier</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1398"/>
        <source>%1 would let the code read every file of yours. Choose the folder that holds the data.</source>
        <translation>%1 permettrait au code de lire tous vos fichiers. Choisissez le dossier qui contient les données.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1405"/>
        <source>Let the code read everything under %1?

The sandbox&apos;s file zones are fixed when the worker starts, so it restarts: the session&apos;s variables are reset and the datasets load again. Runs recorded so far are kept.</source>
        <translation>Autoriser le code à lire tout ce qui se trouve sous %1 ?

Les zones de fichiers du bac à sable sont fixées au démarrage du worker, il redémarre donc : les variables de la session sont réinitialisées et les jeux de données rechargés. Les exécutions déjà enregistrées sont conservées.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1422"/>
        <source>The code may now read %1. The worker restarted: variables were reset.</source>
        <translation>Le code peut désormais lire %1. Le worker a redémarré : les variables ont été réinitialisées.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1465"/>
        <source>The new profile and limits apply from the next session (Run &gt; Restart Session).</source>
        <translation>Le nouveau profil et les limites s’appliquent à la prochaine session (Exécution &gt; Redémarrer la session).</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1506"/>
        <source>No cell was refused, rejected or held for review.</source>
        <translation>Aucune cellule n’a été refusée, rejetée ou retenue pour relecture.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1519"/>
        <source>About Sandbench</source>
        <translation>À propos de Sandbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1524"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>sandbench::NotebookDocument</name>
    <message>
        <location filename="../widgets/notebookdocument.cpp" line="25"/>
        <source>Cannot save %1: %2. Choose another folder with Save As.</source>
        <translation>Impossible d’enregistrer %1 : %2. Choisissez un autre dossier avec Enregistrer sous.</translation>
    </message>
    <message>
        <location filename="../widgets/notebookdocument.cpp" line="69"/>
        <location filename="../widgets/notebookdocument.cpp" line="267"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/notebookdocument.cpp" line="75"/>
        <source>Cannot open %1: it is not UTF-8 text. Save it as UTF-8 and open it again.</source>
        <translation>Impossible d’ouvrir %1 : ce n’est pas du texte UTF-8. Enregistrez-le en UTF-8 et rouvrez-le.</translation>
    </message>
    <message>
        <location filename="../widgets/notebookdocument.cpp" line="112"/>
        <source>The notebook has no file yet; use Save As.</source>
        <translation>Le notebook n’a pas encore de fichier ; utilisez Enregistrer sous.</translation>
    </message>
    <message>
        <location filename="../widgets/notebookdocument.cpp" line="152"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../widgets/notebookdocument.cpp" line="203"/>
        <source>Cannot autosave into %1: the folder cannot be created. Save the notebook to keep your changes.</source>
        <translation>Sauvegarde automatique impossible dans %1 : le dossier ne peut pas être créé. Enregistrez le notebook pour conserver vos modifications.</translation>
    </message>
</context>
<context>
    <name>sandbench::OutputView</name>
    <message>
        <location filename="../widgets/outputview.cpp" line="89"/>
        <source> [… the rest of this line is not shown here: the window shows %L1 characters of a line; the run store keeps everything the worker sent …]</source>
        <translation> [… le reste de cette ligne n&apos;est pas affiché ici : la fenêtre affiche %L1 caractères d&apos;une ligne ; le registre des exécutions garde tout ce que le worker a envoyé …]</translation>
    </message>
    <message>
        <location filename="../widgets/outputview.cpp" line="173"/>
        <source>[… %1 earlier characters are not shown here; the run store keeps everything the worker sent …]</source>
        <translation>[… %1 caractères précédents ne sont pas affichés ici ; le registre des exécutions garde tout ce que le worker a envoyé …]</translation>
    </message>
    <message>
        <location filename="../widgets/outputview.cpp" line="227"/>
        <source>[%1] %2  %3 ms  (run %4)</source>
        <translation>[%1] %2  %3 ms  (exécution %4)</translation>
    </message>
    <message>
        <location filename="../widgets/outputview.cpp" line="238"/>
        <source>Out: </source>
        <translation>Sortie : </translation>
    </message>
    <message>
        <location filename="../widgets/outputview.cpp" line="244"/>
        <source>Figure: %1</source>
        <translation>Figure : %1</translation>
    </message>
</context>
<context>
    <name>sandbench::PolicyView</name>
    <message numerus="yes">
        <location filename="../widgets/policyview.cpp" line="25"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="34"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="34"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="43"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="46"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="47"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="48"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="60"/>
        <source>Allowed imports</source>
        <translation>Imports autorisés</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="60"/>
        <source>Modules code may import freely</source>
        <translation>Modules que le code peut importer librement</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="63"/>
        <source>Imports that need review</source>
        <translation>Imports soumis à relecture</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="64"/>
        <source>Triggers: a cell importing one of these waits for a reviewer (pending review)</source>
        <translation>Déclencheurs : une cellule qui importe l’un d’eux attend un relecteur (en attente de relecture)</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="67"/>
        <source>Blocked builtins</source>
        <translation>Fonctions intégrées bloquées</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="67"/>
        <source>Calling one of these is refused</source>
        <translation>Appeler l’une d’elles est refusé</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="70"/>
        <source>Blocked attributes</source>
        <translation>Attributs bloqués</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="70"/>
        <source>Reaching one of these is refused</source>
        <translation>Y accéder est refusé</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="74"/>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="80"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="85"/>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="85"/>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="123"/>
        <source>No imports at all</source>
        <translation>Aucun import</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="124"/>
        <location filename="../widgets/policyview.cpp" line="157"/>
        <source>Imports of %1</source>
        <translation>Imports de %1</translation>
    </message>
    <message>
        <source>Reading the registered datasets and the folders you allow (File &gt; Allow Reading a Folder; on the command line --read)</source>
        <translation type="vanished">Lecture des jeux de données enregistrés et des dossiers que vous autorisez (Fichier &gt; Autoriser la lecture d’un dossier ; en ligne de commande --read)</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="125"/>
        <source>Reading the registered datasets and the folders you allow (File &gt; Allow Reading a Folder)</source>
        <translation>Lecture des jeux de données enregistrés et des dossiers que vous autorisez (Fichier &gt; Autoriser la lecture d&apos;un dossier)</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="127"/>
        <source>Writing files into the run&apos;s output folder</source>
        <translation>Écriture de fichiers dans le dossier de sortie de l’exécution</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="128"/>
        <source>Nothing is written: this profile allows no file writes</source>
        <translation>Rien n’est écrit : ce profil n’autorise aucune écriture de fichier</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="130"/>
        <source>eval() and exec() of text written in the cell itself</source>
        <translation>eval() et exec() d’un texte écrit dans la cellule elle-même</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="131"/>
        <source>Runs</source>
        <translation>S’exécute</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="131"/>
        <source>Code that only does these runs as written</source>
        <translation>Le code qui ne fait que ceci s’exécute tel qu’il est écrit</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="134"/>
        <source>Imports of any module not listed here</source>
        <translation>Imports de tout module non listé ici</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="136"/>
        <source>Using the builtins %1</source>
        <translation>Utilisation des fonctions intégrées %1</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="138"/>
        <source>Reaching the internals %1</source>
        <translation>Accès aux éléments internes %1</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="139"/>
        <source>Reading files outside the datasets and allowed folders</source>
        <translation>Lecture de fichiers hors des jeux de données et des dossiers autorisés</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="140"/>
        <source>Writing files outside the output folder</source>
        <translation>Écriture de fichiers hors du dossier de sortie</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="140"/>
        <source>Writing any file</source>
        <translation>Écriture de tout fichier</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="141"/>
        <source>Starting programs, network connections, native code and signals to other processes (the kernel refuses them for every profile)</source>
        <translation>Lancement de programmes, connexions réseau, code natif et signaux vers d’autres processus (le noyau les refuse pour tous les profils)</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="146"/>
        <source>%1 s per cell</source>
        <translation>%1 s par cellule</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="148"/>
        <source>%1 MB of memory</source>
        <translation>%1 Mo de mémoire</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="150"/>
        <source>Going beyond the limits: %1</source>
        <translation>Dépassement des limites : %1</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="151"/>
        <source>Denied at run time</source>
        <translation>Refusé à l’exécution</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="152"/>
        <source>The cell stops with a message naming the rule, the line and what to do instead</source>
        <translation>La cellule s’arrête avec un message indiquant la règle, la ligne et ce qu’il faut faire à la place</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="159"/>
        <source>eval() or exec() of text built while the cell runs</source>
        <translation>eval() ou exec() d’un texte construit pendant l’exécution de la cellule</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="160"/>
        <source>pandas eval() or query() with engine=&apos;python&apos;</source>
        <translation>pandas eval() ou query() avec engine=&apos;python&apos;</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="161"/>
        <source>Unpickling a file (pickle.load, pandas.read_pickle, joblib.load)</source>
        <translation>Chargement d’un fichier pickle (pickle.load, pandas.read_pickle, joblib.load)</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="163"/>
        <source>Code from an LLM, the first time it runs</source>
        <translation>Code issu d’un LLM, lors de sa première exécution</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="165"/>
        <source>Cells run with limits raised above the profile&apos;s</source>
        <translation>Cellules exécutées avec des limites relevées au-delà de celles du profil</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="167"/>
        <source>Cells that write files</source>
        <translation>Cellules qui écrivent des fichiers</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="168"/>
        <source>Waits for review</source>
        <translation>Attend une relecture</translation>
    </message>
    <message>
        <location filename="../widgets/policyview.cpp" line="169"/>
        <source>The cell does not run until a reviewer approves exactly this code; the reviewer sees the reason and the code</source>
        <translation>La cellule ne s’exécute pas tant qu’un relecteur n’a pas approuvé exactement ce code ; le relecteur voit le motif et le code</translation>
    </message>
</context>
<context>
    <name>sandbench::ProvenancePanel</name>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="51"/>
        <source>on</source>
        <comment>a sandbox layer</comment>
        <translation>activée</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="53"/>
        <source>off</source>
        <comment>a sandbox layer</comment>
        <translation>désactivée</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="68"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="78"/>
        <source>⚠ missing now</source>
        <translation>⚠ absent désormais</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="82"/>
        <source>⚠ changed since</source>
        <translation>⚠ modifié depuis</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="91"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="92"/>
        <source>Worker version</source>
        <translation>Version du worker</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="94"/>
        <source>Worker build (SHA-256)</source>
        <translation>Build du worker (SHA-256)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="95"/>
        <source>Profile file</source>
        <translation>Fichier du profil</translation>
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
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="101"/>
        <source>Memory per worker (MB)</source>
        <translation>Mémoire par worker (Mo)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="102"/>
        <location filename="../widgets/provenancepanel.cpp" line="566"/>
        <source>State folder</source>
        <translation>Dossier d&apos;état</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="104"/>
        <source>Sandbox layers of the workers</source>
        <translation>Couches du bac à sable des workers</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="106"/>
        <source>Versions the workers reported</source>
        <translation>Versions signalées par les workers</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="122"/>
        <source>Time limit (s)</source>
        <translation>Limite de temps (s)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="123"/>
        <source>CPU time limit (s)</source>
        <translation>Limite de temps CPU (s)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="124"/>
        <source>Memory (MB)</source>
        <translation>Mémoire (Mo)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="126"/>
        <source>Output kept (characters)</source>
        <translation>Sortie conservée (caractères)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="127"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="128"/>
        <source>Largest file (MB)</source>
        <translation>Plus gros fichier (Mo)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="129"/>
        <source>Output files</source>
        <translation>Fichiers de sortie</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="130"/>
        <source>Output folder (MB)</source>
        <translation>Dossier de sortie (Mo)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="131"/>
        <source>Open files</source>
        <translation>Fichiers ouverts</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="132"/>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="133"/>
        <source>Undo steps kept</source>
        <translation>Étapes d’annulation conservées</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="135"/>
        <source>Memory for undo steps (MB)</source>
        <translation>Mémoire pour les étapes d’annulation (Mo)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="150"/>
        <source>typed in the notebook</source>
        <translation>saisi dans le notebook</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="152"/>
        <source>pasted into the notebook</source>
        <translation>collé dans le notebook</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="154"/>
        <source>read from a notebook or script file</source>
        <translation>lu depuis un fichier notebook ou script</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="156"/>
        <source>suggested by a language model</source>
        <translation>suggéré par un modèle de langage</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="158"/>
        <source>imported from a Jupyter notebook</source>
        <translation>importé depuis un notebook Jupyter</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="168"/>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <source>The run&apos;s full provenance, as &apos;sandbench show --json&apos; prints it</source>
        <translation type="vanished">La provenance complète de l’exécution, telle que l’affiche &apos;sandbench show --json&apos;</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="169"/>
        <source>Copies the run&apos;s full provenance as JSON, the same record the command line shows for this run</source>
        <translation>Copie la provenance complète de l&apos;exécution en JSON, le même enregistrement que celui affiché par la ligne de commande pour cette exécution</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="172"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="172"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="196"/>
        <source>Select a cell or a run to see where it came from.</source>
        <translation>Sélectionnez une cellule ou une exécution pour voir d’où elle provient.</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="246"/>
        <location filename="../widgets/provenancepanel.cpp" line="251"/>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="247"/>
        <source>not in this database</source>
        <translation>absent de cette base de données</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="252"/>
        <source>#%1, %2</source>
        <translation>#%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="253"/>
        <source>answered by</source>
        <translation>répondu par</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="256"/>
        <source>prompt tokens</source>
        <translation>jetons du prompt</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="258"/>
        <source>answer tokens</source>
        <translation>jetons de la réponse</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="261"/>
        <source>answer time (ms)</source>
        <translation>temps de réponse (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="264"/>
        <source>messages sent</source>
        <translation>messages envoyés</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="265"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="274"/>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="349"/>
        <source>Run %1 is not in the store.</source>
        <translation>L’exécution %1 n’est pas dans le registre.</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="354"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · cell [%2] · session %3</source>
        <translation>&lt;b&gt;Exécution %1&lt;/b&gt; · cellule [%2] · session %3</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="359"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="366"/>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="368"/>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="372"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="374"/>
        <source>Code hash (SHA-256)</source>
        <translation>Empreinte du code (SHA-256)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="375"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="376"/>
        <location filename="../widgets/provenancepanel.cpp" line="492"/>
        <location filename="../widgets/provenancepanel.cpp" line="510"/>
        <location filename="../widgets/provenancepanel.cpp" line="514"/>
        <source>Recorded as &quot;%1&quot;</source>
        <translation>Enregistré comme « %1 »</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="378"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="379"/>
        <source>Prompt hash (SHA-256)</source>
        <translation>Empreinte du prompt (SHA-256)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="382"/>
        <source>Model server</source>
        <translation>Serveur de modèle</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="422"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="423"/>
        <source>State kept after the error (on-error keep)</source>
        <translation>État conservé après l’erreur (on-error keep)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="435"/>
        <location filename="../widgets/provenancepanel.cpp" line="571"/>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="440"/>
        <source>Names read</source>
        <translation>Noms lus</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="441"/>
        <source>Names written</source>
        <translation>Noms écrits</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="477"/>
        <source>All inputs&apos; hash (SHA-256)</source>
        <translation>Empreinte de toutes les entrées (SHA-256)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="483"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="484"/>
        <source>Profile hash (SHA-256)</source>
        <translation>Empreinte du profil (SHA-256)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="487"/>
        <source>Limits (hash)</source>
        <translation>Limites (empreinte)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="517"/>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="526"/>
        <source>Blocks read</source>
        <translation>Blocs lus</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="527"/>
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n jeu de données</numerusform>
            <numerusform>%n jeux de données</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="528"/>
        <source>Recorded as &quot;lazy_reads&quot;: the blocks of datasets larger than memory that the run computed</source>
        <translation>Enregistré comme « lazy_reads » : les blocs des jeux de données plus grands que la mémoire que l’exécution a calculés</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="536"/>
        <source>%1 of %2 blocks, %3 of %4</source>
        <translation>%1 blocs sur %2, %3 sur %4</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="547"/>
        <source>block %1</source>
        <translation>bloc %1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="548"/>
        <source>bytes %1–%2</source>
        <translation>octets %1–%2</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="557"/>
        <source>Dask cluster</source>
        <translation>Cluster Dask</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="558"/>
        <source>Recorded as &quot;cluster&quot;: the sandboxed cluster the session used</source>
        <translation>Enregistré comme &quot;cluster&quot; : le cluster isolé utilisé par la session</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="562"/>
        <source>%n worker(s) started with the cluster, %1 MB each</source>
        <translation>
            <numerusform>%n worker démarré avec le cluster, %1 Mo chacun</numerusform>
            <numerusform>%n workers démarrés avec le cluster, %1 Mo chacun</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="564"/>
        <source>none started with the cluster: the scheduler alone, with workers that join it from other machines</source>
        <translation>aucun démarré avec le cluster : le scheduler seul, avec des workers qui le rejoignent depuis d&apos;autres machines</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="570"/>
        <source>Members&apos; sandbox layers</source>
        <translation>Couches du bac à sable des membres</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="571"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="572"/>
        <source>As the cluster&apos;s supervisor recorded them when the session started: what each member reported as it armed, before it ran anything a client sent</source>
        <translation>Telles que le superviseur du cluster les a enregistrées au démarrage de la session : ce que chaque membre a signalé en s&apos;armant, avant d&apos;exécuter quoi que ce soit envoyé par un client</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="588"/>
        <source>not reported</source>
        <translation>non signalé</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="596"/>
        <source>Reported by the worker</source>
        <translation>Signalé par le worker</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="597"/>
        <source>the session&apos;s worker&apos;s own account, not checked by the app</source>
        <translation>ce que déclare le worker de la session lui-même, non vérifié par l&apos;application</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="599"/>
        <source>Versions</source>
        <translation>Versions</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="607"/>
        <source>Task graph</source>
        <translation>Graphe de tâches</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="608"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="610"/>
        <source>%n computation(s)</source>
        <translation>
            <numerusform>%n calcul</numerusform>
            <numerusform>%n calculs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="613"/>
        <source>Task keys&apos; hash (SHA-256)</source>
        <translation>Empreinte des clés de tâches (SHA-256)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="614"/>
        <source>not computed (a graph of more than a million tasks)</source>
        <translation>non calculée (un graphe de plus d&apos;un million de tâches)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="615"/>
        <source>Dask&apos;s task keys are tokens of the code and the data: the same computation over the same files gives the same hash</source>
        <translation>Les clés de tâches de Dask sont des jetons du code et des données : le même calcul sur les mêmes fichiers donne la même empreinte</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="622"/>
        <source>Files read</source>
        <translation>Fichiers lus</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="623"/>
        <source>none read in blocks</source>
        <translation>aucun lu par blocs</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="624"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n fichier, %1</numerusform>
            <numerusform>%n fichiers, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="626"/>
        <source>The byte ranges of files the task graphs read in blocks (dask&apos;s read_csv and the like), as the cell&apos;s process counted them</source>
        <translation>Les plages d&apos;octets des fichiers que les graphes de tâches ont lus par blocs (read_csv de dask et similaires), telles que le processus de la cellule les a comptées</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="632"/>
        <source>%1 in %n block(s)</source>
        <translation>
            <numerusform>%1 en %n bloc</numerusform>
            <numerusform>%1 en %n blocs</numerusform>
        </translation>
    </message>
    <message>
        <source>sha256</source>
        <translation type="vanished">sha256</translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="vanished">origine</translation>
    </message>
    <message>
        <source>model</source>
        <translation type="vanished">modèle</translation>
    </message>
    <message>
        <source>prompt sha256</source>
        <translation type="vanished">sha256 du prompt</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="387"/>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="388"/>
        <location filename="../widgets/provenancepanel.cpp" line="393"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="392"/>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="405"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="409"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="410"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="411"/>
        <source>started</source>
        <translation>début</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="412"/>
        <source>finished</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="413"/>
        <source>wall time (ms)</source>
        <translation>temps réel (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="415"/>
        <source>CPU time (ms)</source>
        <translation>temps CPU (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="417"/>
        <source>peak memory (kB)</source>
        <translation>pic de mémoire (ko)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="419"/>
        <source>state derived from run</source>
        <translation>état issu de l’exécution</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="420"/>
        <location filename="../widgets/provenancepanel.cpp" line="428"/>
        <location filename="../widgets/provenancepanel.cpp" line="436"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="427"/>
        <source>State changed</source>
        <translation>État modifié</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/provenancepanel.cpp" line="429"/>
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n paramètre</numerusform>
            <numerusform>%n paramètres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="444"/>
        <location filename="../widgets/provenancepanel.cpp" line="452"/>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="445"/>
        <source>decision %1</source>
        <translation>décision %1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="446"/>
        <source>reviewer</source>
        <translation>relecteur</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="447"/>
        <source>decided</source>
        <translation>décidée le</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="448"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="449"/>
        <source>flagged run</source>
        <translation>exécution signalée</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="453"/>
        <source>waiting for a reviewer</source>
        <translation>en attente d’un relecteur</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="454"/>
        <source>none needed</source>
        <translation>aucune nécessaire</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="469"/>
        <source>Content hash (SHA-256)</source>
        <translation>Empreinte du contenu (SHA-256)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="471"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="473"/>
        <source>changed since</source>
        <translation>modifié depuis</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="68"/>
        <location filename="../widgets/provenancepanel.cpp" line="474"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>all inputs sha256</source>
        <translation type="vanished">sha256 de toutes les entrées</translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="vanished">profil</translation>
    </message>
    <message>
        <source>profile sha256</source>
        <translation type="vanished">sha256 du profil</translation>
    </message>
    <message>
        <source>limits</source>
        <translation type="vanished">limites</translation>
    </message>
    <message>
        <source>packages</source>
        <translation type="vanished">paquets</translation>
    </message>
</context>
<context>
    <name>sandbench::QueryReply</name>
    <message>
        <location filename="../core/queryreply.cpp" line="44"/>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <location filename="../core/queryreply.cpp" line="52"/>
        <source>the worker did not say why</source>
        <translation>le worker n&apos;a pas indiqué pourquoi</translation>
    </message>
    <message>
        <location filename="../core/queryreply.cpp" line="62"/>
        <source>the worker answered %1 to a %2 request</source>
        <translation>le worker a répondu %1 à une requête %2</translation>
    </message>
    <message>
        <location filename="../core/queryreply.cpp" line="90"/>
        <source>A page could not be read: %1</source>
        <translation>Une page n&apos;a pas pu être lue : %1</translation>
    </message>
</context>
<context>
    <name>sandbench::ResultTable</name>
    <message>
        <location filename="../widgets/richoutput.cpp" line="440"/>
        <source>Open in Data</source>
        <translation>Ouvrir dans Données</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="442"/>
        <location filename="../widgets/richoutput.cpp" line="469"/>
        <source>Show all rows of %1 in the Data panel: sort, filter, summarize</source>
        <translation>Afficher toutes les lignes de %1 dans le panneau Données : trier, filtrer, résumer</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="461"/>
        <location filename="../widgets/richoutput.cpp" line="467"/>
        <source>%1 (loading…)</source>
        <translation>%1 (chargement…)</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="507"/>
        <source>%1: %2 rows × %3 columns, the first %4 shown</source>
        <translation>%1 : %2 lignes × %3 colonnes, les %4 premières affichées</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="511"/>
        <source>%1: %2 rows × %3 columns</source>
        <translation>%1 : %2 lignes × %3 colonnes</translation>
    </message>
</context>
<context>
    <name>sandbench::ReviewQueuePanel</name>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="38"/>
        <location filename="../widgets/reviewqueuepanel.cpp" line="410"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="40"/>
        <location filename="../widgets/reviewqueuepanel.cpp" line="410"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="41"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="48"/>
        <source>Show decided runs</source>
        <translation>Afficher les exécutions traitées</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="51"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="51"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="51"/>
        <source>Flagged</source>
        <translation>Signalée</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="51"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="51"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="64"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="64"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="72"/>
        <source>Note for the analyst (required to reject)</source>
        <translation>Note pour l’analyste (obligatoire pour rejeter)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="73"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="74"/>
        <source>Let exactly this code run under this profile and limits</source>
        <translation>Autoriser l’exécution de ce code exact sous ce profil et ces limites</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="75"/>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="76"/>
        <source>Refuse it; the note tells the analyst why</source>
        <translation>Le refuser ; la note explique pourquoi à l’analyste</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="81"/>
        <source>Decided</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="81"/>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="81"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="81"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="115"/>
        <source>Decisions about this code:</source>
        <translation>Décisions concernant ce code :</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="180"/>
        <source>session %1 · %2</source>
        <translation>session %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="181"/>
        <source>session %1</source>
        <translation>session %1</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="223"/>
        <source>The queue could not be read: %1</source>
        <translation>La file n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="334"/>
        <source>No run waits for review.</source>
        <translation>Aucune exécution n’attend de relecture.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="344"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · cell [%2] · %3 · flagged %4 · profile %5 · %6</source>
        <translation>&lt;b&gt;Exécution %1&lt;/b&gt; · cellule [%2] · %3 · signalée le %4 · profil %5 · %6</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="394"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="396"/>
        <source>any data (the profile does not bind approvals to data)</source>
        <translation>toutes données (le profil ne lie pas les approbations aux données)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="398"/>
        <source>An approval binds to: code &lt;tt&gt;%1&lt;/tt&gt; · profile %2 &lt;tt&gt;%3&lt;/tt&gt; · limits &lt;tt&gt;%4&lt;/tt&gt; · data: %5</source>
        <translation>Une approbation est liée à : code &lt;tt&gt;%1&lt;/tt&gt; · profil %2 &lt;tt&gt;%3&lt;/tt&gt; · limites &lt;tt&gt;%4&lt;/tt&gt; · données : %5</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="434"/>
        <source>Set your reviewer name (Review &gt; Reviewer Name…) to decide.</source>
        <translation>Indiquez votre nom de relecteur (Relecture &gt; Nom du relecteur…) pour décider.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="458"/>
        <source>Select a run in the queue first.</source>
        <translation>Sélectionnez d’abord une exécution dans la file.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="460"/>
        <source>Set your reviewer name (Review &gt; Reviewer Name…) first: decisions record who made them.</source>
        <translation>Indiquez d’abord votre nom de relecteur (Relecture &gt; Nom du relecteur…) : les décisions enregistrent qui les a prises.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="463"/>
        <source>Write in the note why the run is rejected: the analyst reads it.</source>
        <translation>Indiquez dans la note pourquoi l’exécution est rejetée : l’analyste la lira.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="490"/>
        <source>Run %1 approved: it runs when its session is ready.</source>
        <translation>Exécution %1 approuvée : elle s’exécutera dès que sa session sera prête.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewqueuepanel.cpp" line="491"/>
        <source>Run %1 rejected.</source>
        <translation>Exécution %1 rejetée.</translation>
    </message>
</context>
<context>
    <name>sandbench::ReviewerWindow</name>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="25"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="31"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="32"/>
        <source>Re&amp;view</source>
        <translation>Re&amp;lecture</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="33"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="34"/>
        <source>&amp;Reviewer Name…</source>
        <translation>Nom du &amp;relecteur…</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="35"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="49"/>
        <source>Run %1 approved by %2</source>
        <translation>Exécution %1 approuvée par %2</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="50"/>
        <source>Run %1 rejected by %2</source>
        <translation>Exécution %1 rejetée par %2</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="62"/>
        <source>Database: %1 · reviewer: %2</source>
        <translation>Base de données : %1 · relecteur : %2</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="74"/>
        <source>Reviewer Name</source>
        <translation>Nom du relecteur</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="74"/>
        <source>Decisions are recorded under:</source>
        <translation>Les décisions sont enregistrées sous le nom :</translation>
    </message>
    <message>
        <location filename="../app/reviewerwindow.cpp" line="89"/>
        <source>Review Queue (%1 pending) – %2 – Sandbench</source>
        <translation>File de relecture (%1 en attente) – %2 – Sandbench</translation>
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
        <translation>Tableau affiché</translation>
    </message>
</context>
<context>
    <name>sandbench::RunSearchPanel</name>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="27"/>
        <source>Search code, output and review notes of every session</source>
        <translation>Rechercher dans le code, la sortie et les notes de relecture de toutes les sessions</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="30"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="35"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="43"/>
        <source>Open in New Cell</source>
        <translation>Ouvrir dans une nouvelle cellule</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="44"/>
        <source>Put the selected run&apos;s code in a new cell at the end of the notebook</source>
        <translation>Placer le code de l’exécution sélectionnée dans une nouvelle cellule à la fin du notebook</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="48"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="48"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="48"/>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="48"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="48"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="49"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="49"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="60"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="158"/>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="170"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/runsearchpanel.cpp" line="176"/>
        <source>first %1 runs</source>
        <translation>%1 premières exécutions</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runsearchpanel.cpp" line="177"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandbench::RunTimelineChart</name>
    <message>
        <location filename="../widgets/runtimelinechart.cpp" line="15"/>
        <source>Runs of this session</source>
        <translation>Exécutions de cette session</translation>
    </message>
    <message>
        <location filename="../widgets/runtimelinechart.cpp" line="20"/>
        <source>duration (s)</source>
        <translation>durée (s)</translation>
    </message>
    <message>
        <location filename="../widgets/runtimelinechart.cpp" line="23"/>
        <source>peak memory (MB)</source>
        <translation>pic de mémoire (Mo)</translation>
    </message>
    <message>
        <location filename="../widgets/runtimelinechart.cpp" line="28"/>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <location filename="../widgets/runtimelinechart.cpp" line="31"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../widgets/runtimelinechart.cpp" line="33"/>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../widgets/runtimelinechart.cpp" line="44"/>
        <source>Click a point to see that run&apos;s provenance</source>
        <translation>Cliquez sur un point pour voir la provenance de cette exécution</translation>
    </message>
</context>
<context>
    <name>sandbench::SessionRunner</name>
    <message>
        <source>Cannot create the output folder %1; choose another with --out.</source>
        <translation type="vanished">Impossible de créer le dossier de sortie %1 ; choisissez-en un autre avec --out.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="161"/>
        <source>The worker was replaced before it answered; ask again.</source>
        <translation>Le worker a été remplacé avant de répondre ; redemandez.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="165"/>
        <source>The session restarted before the undo was done; the new session has no earlier state to return to.</source>
        <translation>La session a redémarré avant la fin de l&apos;annulation ; la nouvelle session n&apos;a aucun état antérieur auquel revenir.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="242"/>
        <source>the worker did not say why</source>
        <translation>le worker n&apos;a pas indiqué pourquoi</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="270"/>
        <location filename="../core/sessionrunner.cpp" line="321"/>
        <source>The session has no worker.</source>
        <translation>La session n&apos;a pas de worker.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="456"/>
        <source>The cell was stopped before it started; it did not run.</source>
        <translation>La cellule a été arrêtée avant de démarrer ; elle n&apos;a pas été exécutée.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="580"/>
        <source>The cell was not run: the sandbox could not be set up (%1).</source>
        <translation>La cellule n&apos;a pas été exécutée : le bac à sable n&apos;a pas pu être mis en place (%1).</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="823"/>
        <source>Provenance: the dataset %1 could not be hashed (%2).</source>
        <translation>Provenance : l&apos;empreinte du jeu de données %1 n&apos;a pas pu être calculée (%2).</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="630"/>
        <source>Provenance: %1</source>
        <translation>Provenance : %1</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="109"/>
        <source>Cannot create the output folder %1; %2.</source>
        <translation>Impossible de créer le dossier de sortie %1 ; %2.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="815"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="851"/>
        <source>the limit %1 is %2 for this cell, above the &apos;%3&apos; profile&apos;s %4: the profile has a reviewer approve raised limits</source>
        <translation>la limite %1 vaut %2 pour cette cellule, au-dessus de la valeur %4 du profil &apos;%3&apos; : le profil fait approuver les limites relevées par un relecteur</translation>
    </message>
    <message>
        <source>the cell sends work to the cluster %1 (%2 sandboxed workers): the &apos;%3&apos; profile has a reviewer approve code that runs on a cluster</source>
        <translation type="vanished">la cellule envoie du travail au cluster %1 (%2 workers isolés) : le profil &apos;%3&apos; fait approuver par un relecteur le code qui s&apos;exécute sur un cluster</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="864"/>
        <source>the cell sends work to the cluster %1 (%2): the &apos;%3&apos; profile has a reviewer approve code that runs on a cluster</source>
        <translation>la cellule envoie du travail au cluster %1 (%2) : le profil &apos;%3&apos; fait approuver par un relecteur le code qui s&apos;exécute sur un cluster</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="881"/>
        <source>a language model</source>
        <translation>un modèle de langage</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="883"/>
        <source>the code was suggested by %1 and has never run: the &apos;%2&apos; profile has a reviewer approve such code before its first run</source>
        <translation>le code a été suggéré par %1 et n&apos;a jamais été exécuté : le profil &apos;%2&apos; fait approuver un tel code par un relecteur avant sa première exécution</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="913"/>
        <source>The cell was not run: it waits for a reviewer&apos;s approval (see the Review Queue).</source>
        <translation>La cellule n&apos;a pas été exécutée : elle attend l&apos;approbation d&apos;un relecteur (voir la file de relecture).</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="915"/>
        <source>The cell was not run: it waits for a reviewer&apos;s approval (&apos;sandbench review list&apos;).</source>
        <translation>La cellule n&apos;a pas été exécutée : elle attend l&apos;approbation d&apos;un relecteur (&apos;sandbench review list&apos;).</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="1061"/>
        <source>%1 rejected this code on %2: %3</source>
        <translation>%1 a rejeté ce code le %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="1075"/>
        <source>The worker died while this cell ran. Variables from earlier cells are gone; the next cell runs in a fresh worker with the datasets loaded again.</source>
        <translation>Le worker s&apos;est arrêté pendant l&apos;exécution de cette cellule. Les variables des cellules précédentes sont perdues ; la prochaine cellule s&apos;exécute dans un nouveau worker, avec les jeux de données rechargés.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="1083"/>
        <source>The worker was replaced: variables from earlier cells are gone; the next cell runs in a fresh worker with the datasets loaded again.</source>
        <translation>Le worker a été remplacé : les variables des cellules précédentes sont perdues ; la prochaine cellule s&apos;exécute dans un nouveau worker, avec les jeux de données rechargés.</translation>
    </message>
    <message>
        <location filename="../core/sessionrunner.cpp" line="1152"/>
        <source>The figures of this cell could not be saved: %1</source>
        <translation>Les figures de cette cellule n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="vanished">impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>sandbench::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="31"/>
        <source>profile&apos;s own</source>
        <translation>celle du profil</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="40"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="50"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="51"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="52"/>
        <source>&amp;Memory limit:</source>
        <translation>Limite de &amp;mémoire :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="53"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="54"/>
        <source>&amp;Time limit per cell:</source>
        <translation>Limite de &amp;temps par cellule :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="55"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="57"/>
        <source>&amp;Output kept per cell:</source>
        <translation>&amp;Sortie conservée par cellule :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="58"/>
        <source>&amp;Keep what a failing cell did before its error</source>
        <translation>&amp;Conserver ce qu’une cellule en échec a fait avant son erreur</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="59"/>
        <source>Off: a cell that raises an error leaves the variables as they were before it. On: what it did before the error stays, as in Jupyter; Run &gt; Undo Last Cell still goes back to before the cell. Refused cells and limits always roll back. Applies to the next cell.</source>
        <translation>Désactivé : une cellule qui lève une erreur laisse les variables telles qu’elles étaient avant elle. Activé : ce qu’elle a fait avant l’erreur est conservé, comme dans Jupyter ; Exécution &gt; Annuler la dernière cellule revient toujours à l’état d’avant la cellule. Les cellules refusées et les dépassements de limites sont toujours annulés. S’applique à la cellule suivante.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="65"/>
        <source>On error:</source>
        <translation>En cas d’erreur :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="66"/>
        <source>Changes apply when the session restarts (Run &gt; Restart Session); every run records the profile and limits it ran under.</source>
        <translation>Les changements s’appliquent au redémarrage de la session (Exécution &gt; Redémarrer la session) ; chaque exécution enregistre le profil et les limites sous lesquels elle a tourné.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="71"/>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="76"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="77"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="79"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="83"/>
        <source>Editor &amp;font:</source>
        <translation>&amp;Police de l’éditeur :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="88"/>
        <source>Font &amp;size:</source>
        <translation>&amp;Taille de police :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="89"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="94"/>
        <source>Your name, as approvals will record it</source>
        <translation>Votre nom, tel que les approbations l’enregistreront</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="95"/>
        <source>&amp;Reviewer name:</source>
        <translation>Nom du &amp;relecteur :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="96"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="99"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="102"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="170"/>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="172"/>
        <source>Ollama http://localhost:11434/v1 · llama-server http://localhost:8080/v1 · vLLM http://localhost:8000/v1 · LM Studio http://localhost:1234/v1, or a hosted service&apos;s OpenAI-compatible URL</source>
        <translation>Ollama http://localhost:11434/v1 · llama-server http://localhost:8080/v1 · vLLM http://localhost:8000/v1 · LM Studio http://localhost:1234/v1, ou l’URL compatible OpenAI d’un service hébergé</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="184"/>
        <source>as the server names it, e.g. qwen2.5-coder:7b</source>
        <translation>tel que le serveur le nomme, p. ex. qwen2.5-coder:7b</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="185"/>
        <source>&amp;List Models</source>
        <translation>&amp;Lister les modèles</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="186"/>
        <source>Asks the server for its models (GET /models)</source>
        <translation>Demande au serveur la liste de ses modèles (GET /models)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="194"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="201"/>
        <source>Lower is more predictable code; 0.2 suits most analyses</source>
        <translation>Plus bas donne un code plus prévisible ; 0,2 convient à la plupart des analyses</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="202"/>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="207"/>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="209"/>
        <source>The model&apos;s context size: the request is trimmed to fit, and the assistant says what it left out</source>
        <translation>La taille de contexte du modèle : la requête est réduite pour y tenir, et l’assistant indique ce qu’il a omis</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="211"/>
        <source>&amp;Context size:</source>
        <translation>Taille du &amp;contexte :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="217"/>
        <source> tool calls</source>
        <translation> appels d’outils</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="218"/>
        <source>Agent mode: the model is stopped after this many tool calls (running a cell, reading a table) for one question</source>
        <translation>Mode agent : le modèle est arrêté après ce nombre d’appels d’outils (exécuter une cellule, lire une table) pour une question</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="220"/>
        <source>Agent &amp;step limit:</source>
        <translation>Limite d’étapes de l’&amp;agent :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="222"/>
        <source>Allow sample &amp;rows (a few first rows of each dataset)</source>
        <translation>Autoriser les &amp;lignes d’exemple (les premières lignes de chaque jeu de données)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="225"/>
        <source>On by default for a model on this machine, off for a remote one. Without samples the model sees names, types and sizes only.</source>
        <translation>Activé par défaut pour un modèle sur cette machine, désactivé pour un modèle distant. Sans exemples, le modèle ne voit que les noms, les types et les tailles.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="228"/>
        <source>Data:</source>
        <translation>Données :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="232"/>
        <source>none (a local server needs none)</source>
        <translation>aucune (un serveur local n’en a pas besoin)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="234"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="240"/>
        <source>Kept in the desktop&apos;s keyring, one per server; never in the settings file, the run database or a log.</source>
        <translation>Conservée dans le trousseau de clés du bureau, une par serveur ; jamais dans le fichier de paramètres, la base des exécutions ni un journal.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="242"/>
        <source>This build has no keyring support (QtKeychain was not found when it was built): a key is kept for this session only and never written anywhere.</source>
        <translation>Cette version n’a pas de prise en charge du trousseau de clés (QtKeychain était introuvable à la compilation) : une clé n’est conservée que pour cette session et n’est jamais écrite nulle part.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="252"/>
        <source>The keyring could not be read: %1</source>
        <translation>Le trousseau de clés n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="265"/>
        <source>The key could not be stored in the keyring: %1. Nothing was saved; clear the key field to save the rest, or unlock the keyring and press OK again.</source>
        <translation>La clé n’a pas pu être stockée dans le trousseau de clés : %1. Rien n’a été enregistré ; videz le champ de la clé pour enregistrer le reste, ou déverrouillez le trousseau et appuyez de nouveau sur OK.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="273"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="308"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
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
            <numerusform>✓ Connecté : le serveur propose %n modèle.</numerusform>
            <numerusform>✓ Connecté : le serveur propose %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="333"/>
        <source>It does not offer &quot;%1&quot;: pick one of the list.</source>
        <translation>Il ne propose pas « %1 » : choisissez-en un dans la liste.</translation>
    </message>
</context>
<context>
    <name>sandbench::StaleRunner</name>
    <message>
        <location filename="../core/stalerunner.cpp" line="30"/>
        <source>Run S&amp;tale Cells</source>
        <translation>Exécuter les cellules &amp;obsolètes</translation>
    </message>
    <message>
        <location filename="../core/stalerunner.cpp" line="35"/>
        <source>Run again, in notebook order, the cells whose output used a name a later run redefined, and the cells below that become stale on the way</source>
        <translation>Réexécuter, dans l&apos;ordre du notebook, les cellules dont la sortie utilisait un nom qu&apos;une exécution ultérieure a redéfini, ainsi que les cellules en dessous qui deviennent obsolètes en chemin</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/stalerunner.cpp" line="70"/>
        <source>Ran %n stale cell(s)</source>
        <translation>
            <numerusform>%n cellule obsolète exécutée</numerusform>
            <numerusform>%n cellules obsolètes exécutées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/stalerunner.cpp" line="85"/>
        <source>Run Stale Cells stopped at [%1]: %2</source>
        <translation>Exécuter les cellules obsolètes s&apos;est arrêté à [%1] : %2</translation>
    </message>
</context>
<context>
    <name>sandbench::TableColumn</name>
    <message>
        <location filename="../core/tablepage.cpp" line="42"/>
        <source>a column of kind &apos;%1&apos; has %2 bytes for %3 rows</source>
        <translation>une colonne de type &apos;%1&apos; a %2 octets pour %3 lignes</translation>
    </message>
    <message>
        <location filename="../core/tablepage.cpp" line="93"/>
        <source>a text column does not hold exactly %1 values</source>
        <translation>une colonne de texte ne contient pas exactement %1 valeurs</translation>
    </message>
    <message>
        <location filename="../core/tablepage.cpp" line="100"/>
        <source>unknown column kind &apos;%1&apos;</source>
        <translation>type de colonne inconnu &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>sandbench::TablePage</name>
    <message>
        <location filename="../core/tablepage.cpp" line="165"/>
        <source>the page describes %1 columns but sends %2</source>
        <translation>la page décrit %1 colonnes mais en envoie %2</translation>
    </message>
    <message>
        <location filename="../core/tablepage.cpp" line="176"/>
        <source>the page&apos;s payload is shorter than its columns say</source>
        <translation>les données utiles de la page sont plus courtes que ne l&apos;indiquent ses colonnes</translation>
    </message>
</context>
<context>
    <name>sandbench::TracebackView</name>
    <message>
        <location filename="../widgets/richoutput.cpp" line="290"/>
        <source>cell [%1], line %2</source>
        <translation>cellule [%1], ligne %2</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="291"/>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="293"/>
        <source>, in %1</source>
        <translation>, dans %1</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="309"/>
        <source>It was raised while handling this exception:</source>
        <translation>Elle a été levée pendant le traitement de cette exception :</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="311"/>
        <source>It was caused by this exception:</source>
        <translation>Elle a été causée par cette exception :</translation>
    </message>
    <message>
        <location filename="../widgets/richoutput.cpp" line="341"/>
        <source>▾ hide the library frames</source>
        <translation>▾ masquer les frames des bibliothèques</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/richoutput.cpp" line="342"/>
        <source>▸ %n library frame(s) (%1) folded: show</source>
        <translation>
            <numerusform>▸ %n frame de bibliothèque (%1) replié : afficher</numerusform>
            <numerusform>▸ %n frames de bibliothèques (%1) repliés : afficher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandbench::VariablesPanel</name>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="15"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="15"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="15"/>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="15"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="15"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
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
            <numerusform> en %n partition</numerusform>
            <numerusform> en %n partitions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/variablespanel.cpp" line="72"/>
        <source>≈ %1 (estimated)</source>
        <translation>≈ %1 (estimation)</translation>
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
        <translation>Double-cliquer pour ouvrir %1 dans le panneau Données</translation>
    </message>
</context>
<context>
    <name>sandbench::WorkerClient</name>
    <message>
        <location filename="../core/workerclient.cpp" line="149"/>
        <source>%1: cannot open the file (%2); check that it exists and that you may read it</source>
        <translation>%1 : impossible d&apos;ouvrir le fichier (%2) ; vérifiez qu&apos;il existe et que vous avez le droit de le lire</translation>
    </message>
    <message>
        <source>The worker is not running.</source>
        <translation type="vanished">Le worker n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="327"/>
        <source>The worker broke the protocol: %1</source>
        <translation>Le worker n&apos;a pas respecté le protocole : %1</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="341"/>
        <source>The worker sent a message that is not JSON: %1</source>
        <translation>Le worker a envoyé un message qui n&apos;est pas du JSON : %1</translation>
    </message>
    <message>
        <source>The worker described figures larger than the data it sent.</source>
        <translation type="vanished">Le worker a décrit des figures plus grandes que les données envoyées.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="270"/>
        <source>The worker is not running: it stopped or died earlier, so the session&apos;s variables are gone. Run a cell to start a fresh worker.</source>
        <translation>Le worker ne tourne pas : il s&apos;est arrêté ou a planté, les variables de la session sont donc perdues. Exécutez une cellule pour démarrer un nouveau worker.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="496"/>
        <source>The worker&apos;s answer to the %1 request was malformed (%2). The worker was stopped; the next cell starts a fresh one.</source>
        <translation>La réponse du worker à la requête %1 était malformée (%2). Le worker a été arrêté ; la prochaine cellule en démarre un nouveau.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="583"/>
        <source>The cell wrote more into the output folder than the profile allows (limits.output_mb / limits.output_files), so the worker was stopped.</source>
        <translation>La cellule a écrit dans le dossier de sortie plus que le profil ne l&apos;autorise (limits.output_mb / limits.output_files) ; le worker a donc été arrêté.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="588"/>
        <source>The worker process was killed or crashed.</source>
        <translation>Le processus worker a été tué ou a planté.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="589"/>
        <source>The worker process exited with status %1.</source>
        <translation>Le processus worker s&apos;est terminé avec le statut %1.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="597"/>
        <source>The worker %1 could not be started: %2. Reinstall Sandbench or check that the file exists and is executable.</source>
        <translation>Le worker %1 n&apos;a pas pu être démarré : %2. Réinstallez Sandbench ou vérifiez que le fichier existe et est exécutable.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="607"/>
        <source>The worker sent a message its sandbox did not write (%1): code in the cell may have written to the worker&apos;s channel itself. The worker was stopped; the next cell starts a fresh one.</source>
        <translation>Le worker a envoyé un message que son bac à sable n&apos;a pas écrit (%1) : le code de la cellule a peut-être écrit lui-même dans le canal du worker. Le worker a été arrêté ; la prochaine cellule en démarre un nouveau.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="621"/>
        <source>Last worker diagnostics:</source>
        <translation>Derniers diagnostics du worker :</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="633"/>
        <source>The cell ran past its time limit and the worker stopped answering, so it was replaced: variables from earlier cells are gone.</source>
        <translation>La cellule a dépassé son délai et le worker ne répondait plus ; il a donc été remplacé : les variables des cellules précédentes sont perdues.</translation>
    </message>
    <message>
        <location filename="../core/workerclient.cpp" line="635"/>
        <source>wall-clock limit reached</source>
        <translation>limite de temps écoulé atteinte</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::AskCommand</name>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="38"/>
        <source>Asks an OpenAI-compatible model (Ollama, llama.cpp&apos;s llama-server, vLLM, LM Studio or a hosted service) for a cell and prints the code it proposes. The model is told the question, the datasets&apos; columns, dtypes and row counts, and the sandbox&apos;s rules; sample rows only for an endpoint on this machine unless --samples or --no-samples says otherwise. The exchange is kept in the database. With --run the code runs in the sandbox as a cell of origin llm: the profile&apos;s llm_first_run trigger sends new model code to review first.

The endpoint and model default to the window&apos;s Settings ▸ Assistant, then to SANDBENCH_LLM_ENDPOINT and SANDBENCH_LLM_MODEL; an API key is read from SANDBENCH_LLM_API_KEY only.

Exit status: as &apos;sandbench run&apos; with --run; 0 an answer, 64 a usage error, 65 no code in the answer (with --run) or a dataset that cannot be loaded, 69 the model server failed, 73 the database cannot be written.</source>
        <translation>Demande une cellule à un modèle compatible OpenAI (Ollama, llama-server de llama.cpp, vLLM, LM Studio ou un service hébergé) et affiche le code qu&apos;il propose. Le modèle reçoit la question, les colonnes, types et nombres de lignes des jeux de données, et les règles du bac à sable ; des lignes d&apos;exemple seulement pour un point de terminaison sur cette machine, sauf si --samples ou --no-samples en décide autrement. L&apos;échange est conservé dans la base de données. Avec --run, le code s&apos;exécute dans le bac à sable comme une cellule d&apos;origine llm : le déclencheur llm_first_run du profil envoie d&apos;abord le nouveau code du modèle en relecture.

Le point de terminaison et le modèle proviennent par défaut de Paramètres ▸ Assistant dans la fenêtre, puis de SANDBENCH_LLM_ENDPOINT et SANDBENCH_LLM_MODEL ; une clé d&apos;API n&apos;est lue que depuis SANDBENCH_LLM_API_KEY.

Code de sortie : comme &apos;sandbench run&apos; avec --run ; 0 une réponse, 64 une erreur d&apos;utilisation, 65 pas de code dans la réponse (avec --run) ou un jeu de données impossible à charger, 69 le serveur de modèle a échoué, 73 la base de données ne peut pas être écrite.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="55"/>
        <source>The server&apos;s base URL, e.g. http://localhost:11434/v1 (Ollama).</source>
        <translation>L&apos;URL de base du serveur, p. ex. http://localhost:11434/v1 (Ollama).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="55"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="57"/>
        <source>The model to ask, as the server names it.</source>
        <translation>Le modèle à interroger, tel que le serveur le nomme.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="58"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="60"/>
        <source>Run the proposed code in the sandbox.</source>
        <translation>Exécuter le code proposé dans le bac à sable.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="63"/>
        <source>Print one JSON object: the answer, its code, the prompt&apos;s SHA-256, the messages sent and, with --run, the run.</source>
        <translation>Afficher un objet JSON : la réponse, son code, le SHA-256 du prompt, les messages envoyés et, avec --run, l&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="67"/>
        <source>Ask for a corrected version of recorded run ID (its code, error and refusals are sent).</source>
        <translation>Demander une version corrigée de l&apos;exécution enregistrée ID (son code, son erreur et ses refus sont envoyés).</translation>
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
        <translation>Demander ce que fait l&apos;exécution enregistrée ID et pourquoi elle s&apos;est terminée ainsi.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="75"/>
        <source>Send a few sample rows of each dataset.</source>
        <translation>Envoyer quelques lignes d&apos;exemple de chaque jeu de données.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="77"/>
        <source>Send no data values, only names and types.</source>
        <translation>N&apos;envoyer aucune valeur de données, seulement les noms et les types.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="80"/>
        <source>The model&apos;s context in tokens; the request is trimmed to fit (default 8192).</source>
        <translation>Le contexte du modèle en jetons ; la requête est réduite pour y tenir (par défaut 8192).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="81"/>
        <source>TOKENS</source>
        <translation>TOKENS</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="84"/>
        <source>Give up when the server sends nothing for this many seconds (default 60).</source>
        <translation>Abandonner quand le serveur n&apos;envoie rien pendant ce nombre de secondes (par défaut 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="84"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="87"/>
        <source>Agent mode: the model may run cells, list the variables, describe a table and read a page of one, step by step, until it answers. Each step is printed as it happens; every cell goes through the review gate (a held cell stops the agent).</source>
        <translation>Mode agent : le modèle peut exécuter des cellules, lister les variables, décrire une table et en lire une page, étape par étape, jusqu&apos;à ce qu&apos;il réponde. Chaque étape est affichée au fur et à mesure ; chaque cellule passe par le contrôle de relecture (une cellule retenue arrête l&apos;agent).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="92"/>
        <source>With --agent: at most N tool calls (default 8, at most %1).</source>
        <translation>Avec --agent : au plus N appels d&apos;outils (par défaut 8, au plus %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="93"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="98"/>
        <source>What to ask, in words (optional with --fix or --explain).</source>
        <translation>Ce qu&apos;il faut demander, en mots (facultatif avec --fix ou --explain).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="109"/>
        <source>--max-steps goes with --agent</source>
        <translation>--max-steps va avec --agent</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="111"/>
        <source>--max-steps %1: give a whole number from 1 to %2</source>
        <translation>--max-steps %1 : donnez un nombre entier de 1 à %2</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="116"/>
        <source>give --agent or --run, not both: in agent mode the model runs its cells itself, through the review gate</source>
        <translation>donnez --agent ou --run, pas les deux : en mode agent, le modèle exécute lui-même ses cellules, via le contrôle de relecture</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="120"/>
        <source>give the question as one argument, in quotes</source>
        <translation>donnez la question en un seul argument, entre guillemets</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="123"/>
        <source>give --fix or --explain, not both</source>
        <translation>donnez --fix ou --explain, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="125"/>
        <source>give --samples or --no-samples, not both</source>
        <translation>donnez --samples ou --no-samples, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="128"/>
        <source>give a QUESTION, e.g. sandbench ask &quot;total revenue per region&quot; --data sales=sales.csv</source>
        <translation>donnez une QUESTION, p. ex. sandbench ask &quot;chiffre d&apos;affaires total par région&quot; --data sales=sales.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="138"/>
        <source>no model endpoint: give --endpoint http://localhost:11434/v1 (a local Ollama; start it with &apos;ollama serve&apos;) or set SANDBENCH_LLM_ENDPOINT</source>
        <translation>aucun point de terminaison de modèle : donnez --endpoint http://localhost:11434/v1 (un Ollama local ; lancez-le avec &apos;ollama serve&apos;) ou définissez SANDBENCH_LLM_ENDPOINT</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="142"/>
        <source>no model: give --model NAME (e.g. qwen2.5-coder:7b; &apos;ollama list&apos; names yours) or set SANDBENCH_LLM_MODEL</source>
        <translation>aucun modèle : donnez --model NAME (p. ex. qwen2.5-coder:7b ; &apos;ollama list&apos; liste les vôtres) ou définissez SANDBENCH_LLM_MODEL</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="148"/>
        <source>--context-size %1: give a whole number of tokens, 512 or more</source>
        <translation>--context-size %1 : donnez un nombre entier de jetons, 512 ou plus</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="156"/>
        <source>--stall-timeout %1: give seconds between 0 and 3600</source>
        <translation>--stall-timeout %1 : donnez un nombre de secondes entre 0 et 3600</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="192"/>
        <source>there is no run %1 in %2; &apos;sandbench history&apos; lists them</source>
        <translation>il n&apos;y a pas d&apos;exécution %1 dans %2 ; &apos;sandbench history&apos; les liste</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="214"/>
        <source>the sandbox could not be set up: %1</source>
        <translation>le bac à sable n&apos;a pas pu être mis en place : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="248"/>
        <source>the question and the sandbox&apos;s rules alone do not fit a context of %1 tokens; give a larger --context-size</source>
        <translation>la question et les règles du bac à sable ne tiennent pas à elles seules dans un contexte de %1 jetons ; donnez un --context-size plus grand</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="255"/>
        <source>to fit the model&apos;s context, left out: %1</source>
        <translation>pour tenir dans le contexte du modèle, omis : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="320"/>
        <source>the answer has no Python code block; ask again in other words</source>
        <translation>la réponse ne contient aucun bloc de code Python ; reformulez la question</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="328"/>
        <source>the answer has no Python code block to run</source>
        <translation>la réponse ne contient aucun bloc de code Python à exécuter</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="350"/>
        <source>[cell %1] %2  %3 ms  (run %4, session %5, model %6, prompt sha256 %7)</source>
        <translation>[cellule %1] %2  %3 ms  (exécution %4, session %5, modèle %6, sha256 du prompt %7)</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="362"/>
        <source>  needs review (line %1): %2 [%3]</source>
        <translation>  relecture nécessaire (ligne %1) : %2 [%3]</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="363"/>
        <source>  refused at line %1: %2 [%3]</source>
        <translation>  refusé à la ligne %1 : %2 [%3]</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="370"/>
        <source>the model&apos;s code waits for review: run %1. A reviewer approves with &apos;sandbench review approve %1 --note TEXT&apos;; then ask again with --run or run the code with &apos;sandbench run --origin llm&apos;.</source>
        <translation>le code du modèle attend une relecture : exécution %1. Un relecteur l&apos;approuve avec &apos;sandbench review approve %1 --note TEXT&apos; ; redemandez ensuite avec --run ou exécutez le code avec &apos;sandbench run --origin llm&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="378"/>
        <source>the cell ran but was not recorded: %1</source>
        <translation>la cellule s&apos;est exécutée mais n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="454"/>
        <source>[step %1] %2</source>
        <translation>[étape %1] %2</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="456"/>
        <source> (read from the answer&apos;s text)</source>
        <translation> (lu dans le texte de la réponse)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/askcommand.cpp" line="481"/>
        <source>     (%n more line(s) sent to the model)</source>
        <translation>
            <numerusform>     (%n ligne de plus envoyée au modèle)</numerusform>
            <numerusform>     (%n lignes de plus envoyées au modèle)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="487"/>
        <source>run %1 waits for review</source>
        <translation>l&apos;exécution %1 attend une relecture</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/askcommand.cpp" line="531"/>
        <source>[agent] %1 after %n tool call(s)</source>
        <translation>
            <numerusform>[agent] %1 après %n appel d&apos;outil</numerusform>
            <numerusform>[agent] %1 après %n appels d&apos;outils</numerusform>
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
        <translation>Usage : sandbench cluster start|status|stop|worker [options]
Un cluster Dask dont le scheduler et les workers s&apos;exécutent dans le bac à sable
de Sandbench et communiquent en TLS avec des certificats créés pour ce cluster.

  start    démarrer un scheduler et N workers isolés (--workers, --memory,
           --listen HOST:PORT, --state DIR, --data FILE)
  status   ce qui tourne (--state DIR)
  stop     arrêter le cluster (--state DIR)
  worker   joindre un worker isolé à un cluster depuis une autre machine
           (--scheduler tls://HOST:PORT --certs DIR)
</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="190"/>
        <source>unknown cluster command &apos;%1&apos;; use start, status, stop or worker</source>
        <translation>commande de cluster inconnue &apos;%1&apos; ; utilisez start, status, stop ou worker</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="211"/>
        <source>the cluster&apos;s certificates could not be made (the worker needs Python&apos;s &apos;cryptography&apos; package): %1</source>
        <translation>les certificats du cluster n&apos;ont pas pu être créés (le worker a besoin du paquet Python &apos;cryptography&apos;) : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="224"/>
        <source>Starts a Dask scheduler and N workers, each in Sandbench&apos;s sandbox (namespaces, limits, Landlock with the cluster&apos;s TCP ports only, seccomp, the audit hook), talking TLS with certificates made for this cluster. Sessions use it with --cluster DIR.</source>
        <translation>Démarre un scheduler Dask et N workers, chacun dans le bac à sable de Sandbench (espaces de noms, limites, Landlock limité aux ports TCP du cluster, seccomp, le hook d&apos;audit), qui communiquent en TLS avec des certificats créés pour ce cluster. Les sessions l&apos;utilisent avec --cluster DIR.</translation>
    </message>
    <message>
        <source>How many workers (2).</source>
        <translation type="vanished">Nombre de workers (2).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="234"/>
        <source>Each worker&apos;s memory limit in MB (%1).</source>
        <translation>Limite de mémoire de chaque worker en Mo (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="236"/>
        <source>Threads per worker (1).</source>
        <translation>Threads par worker (1).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="239"/>
        <source>The scheduler&apos;s address, HOST or HOST:PORT (127.0.0.1 and a free port). Workers listen on the ports after it.</source>
        <translation>L&apos;adresse du scheduler, HOST ou HOST:PORT (127.0.0.1 et un port libre). Les workers écoutent sur les ports suivants.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="244"/>
        <source>The cluster&apos;s folder: address, certificates, pids, logs (%1).</source>
        <translation>Le dossier du cluster : adresse, certificats, pids, journaux (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="249"/>
        <source>A file or folder the workers may read (repeatable); they read nothing else of yours.</source>
        <translation>Un fichier ou dossier que les workers peuvent lire (répétable) ; ils ne lisent rien d&apos;autre de ce qui vous appartient.</translation>
    </message>
    <message>
        <source>--workers must be a number from 1 to %1, not &apos;%2&apos;</source>
        <translation type="vanished">--workers doit être un nombre de 1 à %1, et non &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="229"/>
        <source>How many workers (2); 0 starts the scheduler alone, for workers that join with &apos;sandbench cluster worker&apos;.</source>
        <translation>Nombre de workers (2) ; 0 démarre le scheduler seul, pour des workers qui le rejoignent avec &apos;sandbench cluster worker&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="259"/>
        <source>--workers must be a number from 0 to %1, not &apos;%2&apos;</source>
        <translation>--workers doit être un nombre de 0 à %1, et non &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="266"/>
        <source>--memory must be at least 512 (MB), not &apos;%1&apos;</source>
        <translation>--memory doit valoir au moins 512 (Mo), et non &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="269"/>
        <source>--threads must be a number from 1 to 64</source>
        <translation>--threads doit être un nombre de 1 à 64</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="273"/>
        <source>--listen must be an IPv4 address with an optional port, such as 127.0.0.1:8786, not &apos;%1&apos;</source>
        <translation>--listen doit être une adresse IPv4 avec un port facultatif, comme 127.0.0.1:8786, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="279"/>
        <source>--data %1: no such file or folder</source>
        <translation>--data %1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="285"/>
        <source>a cluster already runs from %1 (supervisor pid %2); stop it with &apos;sandbench cluster stop --state %1&apos;</source>
        <translation>un cluster tourne déjà depuis %1 (pid du superviseur %2) ; arrêtez-le avec &apos;sandbench cluster stop --state %1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="296"/>
        <source>no free port for the scheduler on %1; name one with --listen HOST:PORT</source>
        <translation>aucun port libre pour le scheduler sur %1 ; indiquez-en un avec --listen HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="307"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="350"/>
        <source>the cluster&apos;s supervisor could not start: %1</source>
        <translation>le superviseur du cluster n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>cluster running: scheduler %1, no workers yet; join them with &apos;sandbench cluster worker --scheduler %1 --certs %2&apos;</source>
        <translation type="vanished">cluster en cours d&apos;exécution : scheduler %1, pas encore de workers ; ajoutez-les avec &apos;sandbench cluster worker --scheduler %1 --certs %2&apos;</translation>
    </message>
    <message>
        <source>cluster running: scheduler %1, %2 sandboxed workers (%3 MB each)</source>
        <translation type="vanished">cluster en cours d&apos;exécution : scheduler %1, %2 workers isolés (%3 Mo chacun)</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="380"/>
        <source>cluster running: scheduler %1 only, no workers started with it; join workers with &apos;sandbench cluster worker --scheduler %1 --certs %2&apos;</source>
        <translation>cluster en cours d&apos;exécution : scheduler %1 seul, aucun worker démarré avec lui ; ajoutez des workers avec &apos;sandbench cluster worker --scheduler %1 --certs %2&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clustercommand.cpp" line="385"/>
        <source>cluster running: scheduler %1, %n sandboxed worker(s) (%2 MB each)</source>
        <translation>
            <numerusform>cluster en cours d&apos;exécution : scheduler %1, %n worker isolé (%2 Mo)</numerusform>
            <numerusform>cluster en cours d&apos;exécution : scheduler %1, %n workers isolés (%2 Mo chacun)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="391"/>
        <source>state: %1 (use it with --cluster on run, serve and mcp)</source>
        <translation>état : %1 (à utiliser avec --cluster pour run, serve et mcp)</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="403"/>
        <source>the cluster did not start (%1 of %2 workers registered); see the logs in %3</source>
        <translation>le cluster n&apos;a pas démarré (%1 workers inscrits sur %2) ; voir les journaux dans %3</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="418"/>
        <source>Shows what of a cluster runs: the scheduler&apos;s address and each worker&apos;s pid, port, state and restarts.</source>
        <translation>Montre ce qui tourne d&apos;un cluster : l&apos;adresse du scheduler et, pour chaque worker, son pid, son port, son état et ses redémarrages.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="421"/>
        <location filename="../app/cli/clustercommand.cpp" line="648"/>
        <location filename="../app/cli/clustercommand.cpp" line="710"/>
        <source>The cluster&apos;s folder.</source>
        <translation>Le dossier du cluster.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="423"/>
        <source>As one JSON object.</source>
        <translation>Sous forme d&apos;un seul objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="426"/>
        <source>Also ask the scheduler for its workers&apos; memory and running tasks, with the cluster&apos;s client certificate, from a sandboxed helper that may reach the scheduler&apos;s port only.</source>
        <translation>Interroge aussi le scheduler sur la mémoire et les tâches en cours de ses workers, avec le certificat client du cluster, depuis un programme auxiliaire isolé qui ne peut joindre que le port du scheduler.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="430"/>
        <source>As --live, asking again every SECONDS until ended (one line each time).</source>
        <translation>Comme --live, en interrogeant à nouveau toutes les SECONDS secondes jusqu&apos;à l&apos;arrêt (une ligne à chaque fois).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="462"/>
        <source>--watch takes seconds from 0.5 to 3600, not &apos;%1&apos;</source>
        <translation>--watch accepte de 0.5 à 3600 secondes, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="475"/>
        <location filename="../app/cli/clustercommand.cpp" line="660"/>
        <source>not running (%1)</source>
        <translation>ne tourne pas (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="478"/>
        <source>scheduler %1, supervisor pid %2</source>
        <translation>scheduler %1, pid du superviseur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clustercommand.cpp" line="491"/>
        <source>(restarted %n time(s))</source>
        <translation>
            <numerusform>(redémarré %n fois)</numerusform>
            <numerusform>(redémarré %n fois)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="502"/>
        <source>the cluster in %1 is not running; start it with &apos;sandbench cluster start --state %1&apos;</source>
        <translation>le cluster dans %1 n&apos;est pas en cours d&apos;exécution ; démarrez-le avec &apos;sandbench cluster start --state %1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="549"/>
        <source>the cluster&apos;s scheduler could not be asked (the helper ended with status %1): %2</source>
        <translation>le scheduler du cluster n&apos;a pas pu être interrogé (le programme auxiliaire s&apos;est terminé avec le statut %1) : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="607"/>
        <source>the scheduler %1 refused the cluster&apos;s certificates in %2 (they are not this cluster&apos;s, or were replaced): %3</source>
        <translation>le scheduler %1 a refusé les certificats du cluster dans %2 (ce ne sont pas ceux de ce cluster, ou ils ont été remplacés) : %3</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="610"/>
        <source>the scheduler %1 does not answer (%2); is the cluster running? &apos;sandbench cluster status --state %3&apos; tells</source>
        <translation>le scheduler %1 ne répond pas (%2) ; le cluster est-il en cours d&apos;exécution ? &apos;sandbench cluster status --state %3&apos; vous le dira</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clustercommand.cpp" line="624"/>
        <source>scheduler %1: %n worker(s)</source>
        <translation>
            <numerusform>scheduler %1 : %n worker</numerusform>
            <numerusform>scheduler %1 : %n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clustercommand.cpp" line="633"/>
        <source>memory %1 of %2 MB, %n task(s) running</source>
        <translation>
            <numerusform>mémoire %1 sur %2 Mo, %n tâche en cours</numerusform>
            <numerusform>mémoire %1 sur %2 Mo, %n tâches en cours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="646"/>
        <source>Stops a cluster&apos;s scheduler and workers.</source>
        <translation>Arrête le scheduler et les workers d&apos;un cluster.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="673"/>
        <source>cluster stopped (%1)</source>
        <translation>cluster arrêté (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="872"/>
        <source>the worker ended (status %1); starting it again</source>
        <translation>le worker s&apos;est terminé (statut %1) ; redémarrage</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="941"/>
        <source>Joins one sandboxed worker to a cluster, typically from another machine: copy the cluster&apos;s certs folder there first. Runs until interrupted; restarts the worker if it dies.</source>
        <translation>Joint un worker isolé à un cluster, généralement depuis une autre machine : copiez d&apos;abord le dossier certs du cluster sur celle-ci. Tourne jusqu&apos;à interruption ; redémarre le worker s&apos;il s&apos;arrête brutalement.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="946"/>
        <source>The scheduler, tls://HOST:PORT.</source>
        <translation>Le scheduler, tls://HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="948"/>
        <source>The cluster&apos;s certs folder (from its state folder).</source>
        <translation>Le dossier certs du cluster (issu de son dossier d&apos;état).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="950"/>
        <source>Memory limit in MB.</source>
        <translation>Limite de mémoire en Mo.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="952"/>
        <source>Threads (1).</source>
        <translation>Threads (1).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="954"/>
        <source>The worker&apos;s name.</source>
        <translation>Le nom du worker.</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="957"/>
        <source>The address this worker listens on (the one that reaches the scheduler).</source>
        <translation>L&apos;adresse sur laquelle ce worker écoute (celle qui joint le scheduler).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="961"/>
        <source>The worker&apos;s scratch folder (spilled data).</source>
        <translation>Le dossier de travail temporaire du worker (données déversées sur disque).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="964"/>
        <source>A file or folder the worker may read (repeatable).</source>
        <translation>Un fichier ou dossier que le worker peut lire (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="971"/>
        <source>--scheduler tls://HOST:PORT and --certs DIR are both needed</source>
        <translation>--scheduler tls://HOST:PORT et --certs DIR sont tous deux nécessaires</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="982"/>
        <source>--scheduler must be tls://IP:PORT, not &apos;%1&apos;</source>
        <translation>--scheduler doit être tls://IP:PORT, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="987"/>
        <source>--memory must be at least 512 (MB)</source>
        <translation>--memory doit valoir au moins 512 (Mo)</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="1001"/>
        <source>no free port in the cluster&apos;s worker range %1-%2 on %3</source>
        <translation>aucun port libre dans la plage de workers %1-%2 du cluster sur %3</translation>
    </message>
    <message>
        <location filename="../app/cli/clustercommand.cpp" line="1040"/>
        <source>joining %1 as %2 on port %3</source>
        <translation>connexion à %1 en tant que %2 sur le port %3</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::McpCommand</name>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="110"/>
        <source>Serves one sandboxed session as a Model Context Protocol (MCP) server on standard input and output, for agents such as Claude Desktop, Claude Code or VS Code. Tools: run_python, check_code, list_variables, describe_table, read_table, list_datasets, undo, reset_session, show_run; resources: the datasets, each run&apos;s provenance and figures. Runs are recorded with origin llm and the client as the model. No tool approves a review. See README.md, &quot;MCP server&quot;.</source>
        <translation>Sert une session en bac à sable comme serveur Model Context Protocol (MCP) sur l&apos;entrée et la sortie standard, pour des agents comme Claude Desktop, Claude Code ou VS Code. Outils : run_python, check_code, list_variables, describe_table, read_table, list_datasets, undo, reset_session, show_run ; ressources : les jeux de données, la provenance et les figures de chaque exécution. Les exécutions sont enregistrées avec l&apos;origine llm et le client comme modèle. Aucun outil n&apos;approuve une relecture. Voir README.md, « MCP server ».</translation>
    </message>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="121"/>
        <source>A run held for review waits up to SECONDS for a reviewer&apos;s decision (in the window or with &apos;sandbench review&apos;), then runs or returns the rejection. Default 0: the agent hears at once that the run waits.</source>
        <translation>Une exécution retenue pour relecture attend jusqu&apos;à SECONDS secondes la décision d&apos;un relecteur (dans la fenêtre ou avec &apos;sandbench review&apos;), puis s&apos;exécute ou renvoie le rejet. Par défaut 0 : l&apos;agent apprend aussitôt que l&apos;exécution attend.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="124"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="127"/>
        <source>Print the configuration block an MCP client needs to start this server with these options (absolute paths), and exit.</source>
        <translation>Afficher le bloc de configuration dont un client MCP a besoin pour démarrer ce serveur avec ces options (chemins absolus), puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="135"/>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="141"/>
        <source>--wait-for-review %1: give whole seconds from 0 to %2</source>
        <translation>--wait-for-review %1 : indiquez un nombre entier de secondes de 0 à %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="170"/>
        <source>the sandbox could not be set up: %1</source>
        <translation>le bac à sable n&apos;a pas pu être mis en place : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mcpcommand.cpp" line="187"/>
        <source>Python runs here in a sandbox on the analyst&apos;s own datasets, one notebook session: variables persist between run_python calls, every run is recorded. Code the policy flags waits for a person&apos;s review; no tool can approve it. list_datasets names the loaded DataFrames.</source>
        <translation>Python s&apos;exécute ici dans un bac à sable sur les propres jeux de données de l&apos;analyste, dans une session de notebook : les variables persistent entre les appels à run_python, chaque exécution est enregistrée. Le code que la politique signale attend la relecture d&apos;une personne ; aucun outil ne peut l&apos;approuver. list_datasets nomme les DataFrames chargés.</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::ReplayCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="164"/>
        <source>Re-runs the cells a recorded session&apos;s final state derives from, in a fresh sandbox with the same datasets and profile, records them as a new session, and reports which cells&apos; output, result, figures or files differ from the record.

Exit status: 0 every cell reproduced, 1 a cell differs, 64 a usage error, 65 a dataset cannot be loaded, 70 the worker cannot start, 73 the database cannot be written.</source>
        <translation>Réexécute les cellules dont dérive l&apos;état final d&apos;une session enregistrée, dans un nouveau bac à sable avec les mêmes jeux de données et le même profil, les enregistre comme une nouvelle session et indique les cellules dont la sortie, le résultat, les figures ou les fichiers diffèrent de l&apos;enregistrement.

Code de sortie : 0 toutes les cellules reproduites, 1 une cellule diffère, 64 une erreur d&apos;utilisation, 65 un jeu de données impossible à charger, 70 le worker ne peut pas démarrer, 73 la base de données n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="172"/>
        <source>Output folder of the replay (default: a new folder).</source>
        <translation>Dossier de sortie de la réexécution (par défaut : un nouveau dossier).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="173"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="175"/>
        <source>The session to replay.</source>
        <translation>La session à réexécuter.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="190"/>
        <source>replay of session %1</source>
        <translation>réexécution de la session %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="200"/>
        <source>the session&apos;s profile: %1</source>
        <translation>le profil de la session : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="208"/>
        <source>the sandbox could not be set up: %1</source>
        <translation>le bac à sable n&apos;a pas pu être mis en place : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="257"/>
        <source>ended %1</source>
        <translation>terminée : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="261"/>
        <source>dataset %1 changed</source>
        <translation>jeu de données %1 modifié</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="265"/>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="268"/>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="275"/>
        <source>figures</source>
        <translation>figures</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="284"/>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="291"/>
        <source>CELL	RECORDED RUN	REPLAY RUN	VERDICT</source>
        <translation>CELLULE	EXÉCUTION ENREGISTRÉE	EXÉCUTION REJOUÉE	VERDICT</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="297"/>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="298"/>
        <source>differs: %1</source>
        <translation>diffère : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="302"/>
        <source>Replay of session %1 (as session %2): all %n cell(s) reproduce the record.</source>
        <translation>
            <numerusform>Réexécution de la session %1 (en tant que session %2) : %n cellule reproduit l&apos;enregistrement.</numerusform>
            <numerusform>Réexécution de la session %1 (en tant que session %2) : les %n cellules reproduisent l&apos;enregistrement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="306"/>
        <source>Replay of session %1 (as session %2): %3 of %n cell(s) differ from the record.</source>
        <translation>
            <numerusform>Réexécution de la session %1 (en tant que session %2) : %3 cellule(s) sur %n diffère(nt) de l&apos;enregistrement.</numerusform>
            <numerusform>Réexécution de la session %1 (en tant que session %2) : %3 cellules sur %n diffèrent de l&apos;enregistrement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandbench::cli::RunCommand</name>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="84"/>
        <source>Runs the cells of a Python script (split on &apos;# %%&apos; lines) in one sandboxed session and records every run.

Exit status: 0 all cells ok, 1 a runtime error or crash, 2 a cell rejected or denied by policy, 3 a limit hit, 4 a cell waiting for review, 64 a usage error, 65 a dataset that cannot be loaded, 70 the worker cannot start, 73 the database or output folder cannot be written.</source>
        <translation>Exécute les cellules d&apos;un script Python (séparées par les lignes &apos;# %%&apos;) dans une même session isolée et enregistre chaque exécution.

Code de sortie : 0 toutes les cellules ok, 1 une erreur d&apos;exécution ou un plantage, 2 une cellule rejetée ou refusée par la politique, 3 une limite atteinte, 4 une cellule en attente de relecture, 64 une erreur d&apos;utilisation, 65 un jeu de données impossible à charger, 70 le worker ne peut pas démarrer, 73 la base de données ou le dossier de sortie n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="94"/>
        <source>Print one JSON object per cell (JSON lines).</source>
        <translation>Affiche un objet JSON par cellule (JSON lines).</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="98"/>
        <source>Where the script&apos;s code came from, for its provenance: file (default), typed, pasted, llm or import.</source>
        <translation>Origine du code du script, consignée dans sa provenance : file (par défaut), typed, pasted, llm ou import.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="100"/>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="102"/>
        <source>With --origin llm: the model that suggested it.</source>
        <translation>Avec --origin llm : le modèle qui l&apos;a suggéré.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="103"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="106"/>
        <source>With --origin llm: the SHA-256 of the prompt it answered.</source>
        <translation>Avec --origin llm : le SHA-256 du prompt auquel il a répondu.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="106"/>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>The script to run.</source>
        <translation type="vanished">Le script à exécuter.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="123"/>
        <source>expected exactly one SCRIPT.py, got %1</source>
        <translation>exactement un SCRIPT.py attendu, reçu : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="129"/>
        <source>--origin %1: use file, typed, pasted, llm or import</source>
        <translation>--origin %1 : utilisez file, typed, pasted, llm ou import</translation>
    </message>
    <message>
        <source>cannot read the script %1: %2</source>
        <translation type="vanished">impossible de lire le script %1 : %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="vanished">fichier introuvable</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="109"/>
        <source>What a cell that raises an error leaves behind: rollback (default: the variables are as they were before it) or keep (what it did before the error stays, as in Jupyter). Refused cells and limits always roll back.</source>
        <translation>Ce que laisse une cellule qui lève une erreur : rollback (par défaut : les variables sont telles qu&apos;elles étaient avant elle) ou keep (ce qu&apos;elle a fait avant l&apos;erreur est conservé, comme dans Jupyter). Les cellules refusées et les dépassements de limites sont toujours annulés.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="112"/>
        <source>rollback|keep</source>
        <translation>rollback|keep</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="116"/>
        <source>The script to run (a percent-format .py, or a Jupyter .ipynb).</source>
        <translation>Le script à exécuter (un .py au format percent ou un .ipynb Jupyter).</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="132"/>
        <source>--on-error %1: use keep or rollback</source>
        <translation>--on-error %1 : utilisez keep ou rollback</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="170"/>
        <source>the sandbox could not be set up: %1</source>
        <translation>le bac à sable n&apos;a pas pu être mis en place : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="213"/>
        <source>the script has no code cells</source>
        <translation>le script ne contient aucune cellule de code</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="224"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/runcommand.cpp" line="233"/>
        <source>interrupting the running cell; %n later cell(s) will not run (Ctrl+C again to stop at once)</source>
        <translation>
            <numerusform>interruption de la cellule en cours ; %n cellule suivante ne sera pas exécutée (Ctrl+C à nouveau pour arrêter immédiatement)</numerusform>
            <numerusform>interruption de la cellule en cours ; %n cellules suivantes ne seront pas exécutées (Ctrl+C à nouveau pour arrêter immédiatement)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="250"/>
        <source>cell %1 ran but was not recorded: %2</source>
        <translation>la cellule %1 a été exécutée mais pas enregistrée : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/runcommand.cpp" line="270"/>
        <source>%n cell(s) wait for review: run %1. A reviewer approves with &apos;sandbench review approve ID --note TEXT&apos;; then run the script again.</source>
        <translation>
            <numerusform>%n cellule en attente de relecture : exécution %1. Un relecteur approuve avec &apos;sandbench review approve ID --note TEXT&apos; ; relancez ensuite le script.</numerusform>
            <numerusform>%n cellules en attente de relecture : exécutions %1. Un relecteur approuve avec &apos;sandbench review approve ID --note TEXT&apos; ; relancez ensuite le script.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="283"/>
        <source>[cell %1] %2  %3 ms  (run %4, session %5)</source>
        <translation>[cellule %1] %2  %3 ms  (exécution %4, session %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="311"/>
        <source>figure: %1</source>
        <translation>figure : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="314"/>
        <source>  needs review (line %1, column %2, %3): %4 [%5]</source>
        <translation>  relecture nécessaire (ligne %1, colonne %2, %3) : %4 [%5]</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="315"/>
        <source>  refused at line %1, column %2 by the %3 layer: %4 [%5]</source>
        <translation>  refusé à la ligne %1, colonne %2 par la couche %3 : %4 [%5]</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="321"/>
        <source>  (--on-error keep: what the cell did before the error was kept)</source>
        <translation>  (--on-error keep : ce que la cellule a fait avant l&apos;erreur a été conservé)</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::ServeAsk</name>
    <message>
        <location filename="../app/cli/serveask.cpp" line="83"/>
        <source>ask needs &quot;question&quot; as a non-empty string</source>
        <translation>ask a besoin de &quot;question&quot; sous forme de chaîne non vide</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="89"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; doit être une chaîne</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="97"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="104"/>
        <source>give &quot;run&quot; or &quot;agent&quot;, not both: in agent mode the model runs its cells itself, through the review gate</source>
        <translation>donnez &quot;run&quot; ou &quot;agent&quot;, pas les deux : en mode agent, le modèle exécute lui-même ses cellules, via le contrôle de relecture</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="111"/>
        <source>&quot;max_steps&quot; goes with &quot;agent&quot;: a whole number from 1 to %1</source>
        <translation>&quot;max_steps&quot; va avec &quot;agent&quot; : un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="124"/>
        <source>no model endpoint: give &quot;endpoint&quot; (e.g. http://localhost:11434/v1, a local Ollama) or set SANDBENCH_LLM_ENDPOINT before starting serve</source>
        <translation>aucun point de terminaison de modèle : donnez &quot;endpoint&quot; (p. ex. http://localhost:11434/v1, un Ollama local) ou définissez SANDBENCH_LLM_ENDPOINT avant de lancer serve</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="129"/>
        <source>no model: give &quot;model&quot; (e.g. qwen2.5-coder:7b) or set SANDBENCH_LLM_MODEL before starting serve</source>
        <translation>aucun modèle : donnez &quot;model&quot; (p. ex. qwen2.5-coder:7b) ou définissez SANDBENCH_LLM_MODEL avant de lancer serve</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="174"/>
        <source>the question and the sandbox&apos;s rules alone do not fit a context of %1 tokens; raise the assistant&apos;s context size</source>
        <translation>la question et les règles du bac à sable ne tiennent pas à elles seules dans un contexte de %1 jetons ; augmentez la taille de contexte de l&apos;assistant</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="182"/>
        <source>interrupted before the model was asked</source>
        <translation>interrompu avant que le modèle ne soit interrogé</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="269"/>
        <source>the answer has no Python code block to run</source>
        <translation>la réponse ne contient aucun bloc de code Python à exécuter</translation>
    </message>
    <message>
        <location filename="../app/cli/serveask.cpp" line="291"/>
        <source>the cell ran but was not recorded: %1</source>
        <translation>la cellule s&apos;est exécutée mais n&apos;a pas été enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::ServeCommand</name>
    <message>
        <source>Serves one sandboxed session as a JSON-lines API on standard input and output: one request object per line, one response per request, each echoing the request&apos;s &quot;id&quot;.
Ops: execute (code, timeout), undo, interrupt, variables, table (name, offset, limit), reset, shutdown. See README.md.</source>
        <translation type="vanished">Fournit une session isolée sous forme d&apos;API JSON lines sur l&apos;entrée et la sortie standard : un objet de requête par ligne, une réponse par requête, chacune reprenant le champ &quot;id&quot; de la requête.
Opérations : execute (code, timeout), undo, interrupt, variables, table (name, offset, limit), reset, shutdown. Voir README.md.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="34"/>
        <source>Serves one sandboxed session as a JSON-lines API on standard input and output: one request object per line, one response per request, each echoing the request&apos;s &quot;id&quot;.
Ops: execute (code, timeout), ask (question, endpoint, model, run, agent, max_steps), undo, interrupt, variables, table (name, offset, limit), reset, shutdown. See README.md.</source>
        <translation>Fournit une session isolée sous forme d&apos;API JSON lines sur l&apos;entrée et la sortie standard : un objet de requête par ligne, une réponse par requête, chacune reprenant le champ &quot;id&quot; de la requête.
Opérations : execute (code, timeout), ask (question, endpoint, model, run, agent, max_steps), undo, interrupt, variables, table (name, offset, limit), reset, shutdown. Voir README.md.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="43"/>
        <source>Serve on standard input and output (required).</source>
        <translation>Communique via l&apos;entrée et la sortie standard (obligatoire).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="48"/>
        <source>say how to serve: --stdio is the only transport</source>
        <translation>indiquez le transport : --stdio est le seul disponible</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="51"/>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="96"/>
        <source>the sandbox could not be set up: %1</source>
        <translation>le bac à sable n&apos;a pas pu être mis en place : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="139"/>
        <source>request line longer than %1 bytes: refused</source>
        <translation>ligne de requête de plus de %1 octets : refusée</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="150"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON non valide : %1 à la position %2</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="153"/>
        <source>a request must be a JSON object</source>
        <translation>une requête doit être un objet JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="167"/>
        <source>the request has no &quot;op&quot;</source>
        <translation>la requête n&apos;a pas de champ &quot;op&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="168"/>
        <source>unknown op &quot;%1&quot;; known: %2</source>
        <translation>opération &quot;%1&quot; inconnue ; connues : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="172"/>
        <source>the server is shutting down</source>
        <translation>le serveur est en cours d&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="179"/>
        <source>execute needs &quot;code&quot; as a string</source>
        <translation>execute attend &quot;code&quot; sous forme de chaîne</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="183"/>
        <source>memory_mb can only be set when the server starts (--memory): a running session&apos;s limit can be lowered by nobody, raised by nobody</source>
        <translation>memory_mb ne peut être défini qu&apos;au démarrage du serveur (--memory) : la limite d&apos;une session en cours ne peut être ni abaissée ni relevée par personne</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="192"/>
        <source>&quot;timeout&quot; must be a number of seconds from %1 to %2 (a week)</source>
        <translation>&quot;timeout&quot; doit être un nombre de secondes entre %1 et %2 (une semaine)</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="212"/>
        <source>&quot;on_error&quot; must be &quot;keep&quot; (what a failing cell did before its error stays) or &quot;rollback&quot; (the default)</source>
        <translation>&quot;on_error&quot; doit valoir &quot;keep&quot; (ce qu&apos;une cellule en échec a fait avant son erreur est conservé) ou &quot;rollback&quot; (par défaut)</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="221"/>
        <source>&quot;progress&quot; must be true (the cell&apos;s output comes in progress lines before the response) or false (the default)</source>
        <translation>&quot;progress&quot; doit valoir true (la sortie de la cellule arrive en lignes progress avant la réponse) ou false (par défaut)</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="247"/>
        <source>an ask is in progress: wait for its response or send {&quot;op&quot;: &quot;interrupt&quot;}</source>
        <translation>un ask est en cours : attendez sa réponse ou envoyez {&quot;op&quot;: &quot;interrupt&quot;}</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="261"/>
        <source>table needs &quot;name&quot; as a string: the variable to show</source>
        <translation>table attend &quot;name&quot; comme chaîne : la variable à afficher</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="269"/>
        <source>&quot;%1&quot; must be a whole number from 0 to %2</source>
        <translation>&quot;%1&quot; doit être un nombre entier entre 0 et %2</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="282"/>
        <source>%1 needs &quot;code&quot; as a string: the code up to the cursor</source>
        <translation>%1 a besoin de &quot;code&quot; sous forme de chaîne : le code jusqu&apos;au curseur</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a positive number of seconds</source>
        <translation type="vanished">&quot;timeout&quot; doit être un nombre de secondes positif</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="202"/>
        <source>&quot;origin&quot; must be typed, pasted, file, llm or import</source>
        <translation>&quot;origin&quot; doit valoir typed, pasted, file, llm ou import</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="250"/>
        <source>a cell is running: wait for its response or send {&quot;op&quot;: &quot;interrupt&quot;}</source>
        <translation>une cellule est en cours d&apos;exécution : attendez sa réponse ou envoyez {&quot;op&quot;: &quot;interrupt&quot;}</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="251"/>
        <source>busy with an earlier request: wait for its response</source>
        <translation>occupé par une requête précédente : attendez sa réponse</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::mcp::JsonRpcChannel</name>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="70"/>
        <source>message longer than %1 bytes refused; send smaller requests (a cell&apos;s code can read big data from a dataset instead)</source>
        <translation>message de plus de %1 octets refusé ; envoyez des requêtes plus petites (le code d&apos;une cellule peut plutôt lire de grandes données depuis un jeu de données)</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="85"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON invalide : %1 à la position %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="93"/>
        <source>batches are not supported: send one JSON-RPC message per line</source>
        <translation>les lots ne sont pas pris en charge : envoyez un message JSON-RPC par ligne</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="101"/>
        <source>&quot;jsonrpc&quot; must be &quot;2.0&quot;</source>
        <translation>&quot;jsonrpc&quot; doit valoir &quot;2.0&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="110"/>
        <source>a message needs &quot;method&quot; (a request or notification) or &quot;result&quot;/&quot;error&quot; (a response)</source>
        <translation>un message a besoin de &quot;method&quot; (une requête ou une notification) ou de &quot;result&quot;/&quot;error&quot; (une réponse)</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="115"/>
        <source>&quot;method&quot; must be a non-empty string</source>
        <translation>&quot;method&quot; doit être une chaîne non vide</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="121"/>
        <source>&quot;params&quot; must be an object</source>
        <translation>&quot;params&quot; doit être un objet</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/jsonrpcchannel.cpp" line="126"/>
        <source>&quot;id&quot; must be a string or a number</source>
        <translation>&quot;id&quot; doit être une chaîne ou un nombre</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::mcp::McpProtocol</name>
    <message>
        <location filename="../app/cli/mcp/mcpprotocol.cpp" line="52"/>
        <source>request id %1 is still in use by an unanswered request</source>
        <translation>l&apos;identifiant de requête %1 est encore utilisé par une requête sans réponse</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpprotocol.cpp" line="67"/>
        <source>the server is not initialized: send &quot;initialize&quot; first</source>
        <translation>le serveur n&apos;est pas initialisé : envoyez d&apos;abord &quot;initialize&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpprotocol.cpp" line="72"/>
        <source>unknown method &quot;%1&quot;</source>
        <translation>méthode inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpprotocol.cpp" line="86"/>
        <source>already initialized: one initialize per connection</source>
        <translation>déjà initialisé : un seul initialize par connexion</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpprotocol.cpp" line="92"/>
        <source>initialize needs &quot;protocolVersion&quot; as a string</source>
        <translation>initialize a besoin de &quot;protocolVersion&quot; sous forme de chaîne</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::mcp::McpResources</name>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="76"/>
        <source>A run&apos;s provenance: code, inputs, outputs, environment, review.</source>
        <translation>La provenance d&apos;une exécution : code, entrées, sorties, environnement, relecture.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="93"/>
        <source>Columns and dtypes of dataset %1 as the session holds it now</source>
        <translation>Colonnes et dtypes du jeu de données %1 tel que la session le détient maintenant</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="101"/>
        <source>The file dataset %1 was loaded from</source>
        <translation>Le fichier depuis lequel le jeu de données %1 a été chargé</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="113"/>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="115"/>
        <source>Provenance of run %1 (%2)</source>
        <translation>Provenance de l&apos;exécution %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="120"/>
        <source>run %1 figure %2</source>
        <translation>exécution %1 figure %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="136"/>
        <source>resources/read needs &quot;uri&quot; as a string</source>
        <translation>resources/read a besoin de &quot;uri&quot; sous forme de chaîne</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="162"/>
        <source>no resource %1: resources/list lists them</source>
        <translation>aucune ressource %1 : resources/list les liste</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="178"/>
        <source>dataset %1 cannot be described now: %2</source>
        <translation>le jeu de données %1 ne peut pas être décrit maintenant : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="207"/>
        <source>%1 is %2 MB, more than the %3 MB a resource sends: read_table returns it a page at a time</source>
        <translation>%1 fait %2 Mo, plus que les %3 Mo qu&apos;une ressource envoie : read_table le renvoie page par page</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="216"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="235"/>
        <source>the file of dataset %1 is not offered: profile %2 blocks open(), so the session&apos;s code sees the dataset only as a DataFrame; read sandbench://datasets/%1/schema, or use describe_table and read_table</source>
        <translation>le fichier du jeu de données %1 n&apos;est pas proposé : le profil %2 bloque open(), le code de la session ne voit donc le jeu de données que comme un DataFrame ; lisez sandbench://datasets/%1/schema, ou utilisez describe_table et read_table</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="250"/>
        <source>no resource %1 in this session</source>
        <translation>aucune ressource %1 dans cette session</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpresources.cpp" line="266"/>
        <source>cannot read figure %1 of run %2: %3</source>
        <translation>impossible de lire la figure %1 de l&apos;exécution %2 : %3</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::mcp::McpSession</name>
    <message>
        <location filename="../app/cli/mcp/mcpsession.cpp" line="64"/>
        <source>The cell could not be queued: the session has ended.</source>
        <translation>La cellule n&apos;a pas pu être mise en file d&apos;attente : la session s&apos;est terminée.</translation>
    </message>
    <message>
        <source>an undo is in progress already: wait for its answer</source>
        <translation type="vanished">une annulation est déjà en cours : attendez sa réponse</translation>
    </message>
    <message>
        <source>a reset is in progress already: wait for its answer</source>
        <translation type="vanished">une réinitialisation est déjà en cours : attendez sa réponse</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcpsession.cpp" line="144"/>
        <source>a cell is running or queued: wait for it, or cancel it, then reset</source>
        <translation>une cellule s&apos;exécute ou attend : attendez-la ou annulez-la, puis réinitialisez</translation>
    </message>
</context>
<context>
    <name>sandbench::cli::mcp::McpTools</name>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="117"/>
        <source>The variable&apos;s name in the session.</source>
        <translation>Le nom de la variable dans la session.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="118"/>
        <source>Python source, run as one notebook cell.</source>
        <translation>Code source Python, exécuté comme une cellule de notebook.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="169"/>
        <source>Run Python in the sandbox</source>
        <translation>Exécuter du Python dans le bac à sable</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="170"/>
        <source>Runs Python code as one cell of a sandboxed notebook session on the analyst&apos;s datasets (loaded as pandas DataFrames named as list_datasets says). Variables persist between calls. Returns stdout, stderr, the last expression&apos;s value, figures (PNG) and, when the sandbox refuses something, the violations with line and column. A failing cell is rolled back. Code that needs a person&apos;s approval waits in Sandbench&apos;s Review Queue: the result says so and what to do. Every run is recorded with its provenance.</source>
        <translation>Exécute du code Python comme une cellule d&apos;une session de notebook en bac à sable sur les jeux de données de l&apos;analyste (chargés comme DataFrames pandas, nommés comme l&apos;indique list_datasets). Les variables persistent entre les appels. Renvoie stdout, stderr, la valeur de la dernière expression, les figures (PNG) et, quand le bac à sable refuse quelque chose, les violations avec ligne et colonne. Une cellule en échec est annulée. Le code qui a besoin de l&apos;approbation d&apos;une personne attend dans la file de relecture de Sandbench : le résultat le dit, ainsi que ce qu&apos;il faut faire. Chaque exécution est enregistrée avec sa provenance.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="184"/>
        <source>Time limit in seconds (default: the profile&apos;s). Raising it may need a review.</source>
        <translation>Limite de temps en secondes (par défaut : celle du profil). L&apos;augmenter peut nécessiter une relecture.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="189"/>
        <source>Check code without running it</source>
        <translation>Vérifier du code sans l&apos;exécuter</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="190"/>
        <source>Runs the sandbox&apos;s static check and review triggers on code without running it: ok, rejected (with the violations to fix) or pending_review (a person would have to approve it).</source>
        <translation>Applique au code la vérification statique du bac à sable et les déclencheurs de relecture sans l&apos;exécuter : ok, rejected (avec les violations à corriger) ou pending_review (une personne devrait l&apos;approuver).</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="195"/>
        <source>List the session&apos;s variables</source>
        <translation>Lister les variables de la session</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="196"/>
        <source>The session&apos;s variables: name, type, shape, size and a short repr.</source>
        <translation>Les variables de la session : nom, type, forme, taille et une courte repr.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="200"/>
        <source>Describe a DataFrame</source>
        <translation>Décrire un DataFrame</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="201"/>
        <source>Columns, dtypes, row count and a summary of each column (count, missing, mean/std/quartiles for numbers, unique and top values otherwise) of a DataFrame variable.</source>
        <translation>Colonnes, dtypes, nombre de lignes et un résumé de chaque colonne (effectif, valeurs manquantes, moyenne/écart type/quartiles pour les nombres, valeurs uniques et les plus fréquentes sinon) d&apos;une variable DataFrame.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="214"/>
        <source>Read rows of a DataFrame</source>
        <translation>Lire des lignes d&apos;un DataFrame</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="215"/>
        <source>A page of a DataFrame variable&apos;s rows (missing values as null).</source>
        <translation>Une page des lignes d&apos;une variable DataFrame (valeurs manquantes en null).</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="221"/>
        <source>First row, from 0 (default 0).</source>
        <translation>Première ligne, à partir de 0 (par défaut 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="227"/>
        <source>Rows to return (default %1).</source>
        <translation>Lignes à renvoyer (par défaut %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="231"/>
        <source>List the datasets</source>
        <translation>Lister les jeux de données</translation>
    </message>
    <message>
        <source>The analyst&apos;s datasets this session loaded: variable name, file, and the resources with their schema and content.</source>
        <translation type="vanished">Les jeux de données de l&apos;analyste que cette session a chargés : nom de variable, fichier, et les ressources avec leur schéma et leur contenu.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="232"/>
        <source>The analyst&apos;s datasets this session loaded: variable name, file, and the resources with their schema and, when the profile lets code open files, their content.</source>
        <translation>Les jeux de données de l&apos;analyste chargés par cette session : nom de variable, fichier, et les ressources avec leur schéma et, quand le profil permet au code d&apos;ouvrir des fichiers, leur contenu.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="243"/>
        <source>Undo the last cell</source>
        <translation>Annuler la dernière cellule</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="244"/>
        <source>Returns the session&apos;s variables to before the last cell that ended ok.</source>
        <translation>Ramène les variables de la session à leur état d&apos;avant la dernière cellule terminée avec succès.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="249"/>
        <source>Start the session over</source>
        <translation>Recommencer la session</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="250"/>
        <source>Drops every variable and loads the datasets again. Recorded runs stay.</source>
        <translation>Supprime toutes les variables et recharge les jeux de données. Les exécutions enregistrées restent.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="255"/>
        <source>Show a run&apos;s provenance</source>
        <translation>Afficher la provenance d&apos;une exécution</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="256"/>
        <source>Everything recorded about one run of this session: code and its hash, inputs with their hashes, outputs, environment, limits, lineage and the review decision it ran under.</source>
        <translation>Tout ce qui a été enregistré sur une exécution de cette session : le code et son empreinte, les entrées avec leurs empreintes, les sorties, l&apos;environnement, les limites, la lignée et la décision de relecture sous laquelle elle s&apos;est exécutée.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="351"/>
        <source>tools/call needs &quot;name&quot;: the tool to call</source>
        <translation>tools/call a besoin de &quot;name&quot; : l&apos;outil à appeler</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="356"/>
        <source>&quot;arguments&quot; must be an object</source>
        <translation>&quot;arguments&quot; doit être un objet</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="369"/>
        <source>%1 has no argument &quot;%2&quot;; it takes: %3</source>
        <translation>%1 n&apos;a pas d&apos;argument &quot;%2&quot; ; il accepte : %3</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="371"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="390"/>
        <source>%1 needs &quot;name&quot;: a DataFrame variable (list_variables lists them)</source>
        <translation>%1 a besoin de &quot;name&quot; : une variable DataFrame (list_variables les liste)</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="406"/>
        <source>&quot;offset&quot; must be a whole number from 0 and &quot;limit&quot; one from 1 to %1</source>
        <translation>&quot;offset&quot; doit être un nombre entier à partir de 0 et &quot;limit&quot; un nombre de 1 à %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="448"/>
        <source>The session&apos;s variables are back to before the last cell that ended ok.</source>
        <translation>Les variables de la session sont revenues à leur état d&apos;avant la dernière cellule terminée avec succès.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="458"/>
        <source>The session starts over: no variables, the datasets loaded again.</source>
        <translation>La session recommence : aucune variable, les jeux de données rechargés.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="468"/>
        <source>unknown tool &quot;%1&quot;; this server has: %2</source>
        <translation>outil inconnu &quot;%1&quot; ; ce serveur propose : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="578"/>
        <source>show_run needs &quot;run_id&quot;: a run id from run_python&apos;s results</source>
        <translation>show_run a besoin de &quot;run_id&quot; : un identifiant d&apos;exécution issu des résultats de run_python</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="586"/>
        <source>run %1 is not a run of this session</source>
        <translation>l&apos;exécution %1 n&apos;appartient pas à cette session</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="599"/>
        <source>check_code needs &quot;code&quot; as a string</source>
        <translation>check_code a besoin de &quot;code&quot; sous forme de chaîne</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="614"/>
        <source>The sandbox would refuse this code: rewrite the lines named.</source>
        <translation>Le bac à sable refuserait ce code : réécrivez les lignes indiquées.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="616"/>
        <source>This code would wait for a person&apos;s review in Sandbench&apos;s Review Queue before it runs.</source>
        <translation>Ce code attendrait la relecture d&apos;une personne dans la file de relecture de Sandbench avant de s&apos;exécuter.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="619"/>
        <source>The code does not parse: fix the syntax.</source>
        <translation>Le code ne s&apos;analyse pas : corrigez la syntaxe.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="620"/>
        <source>Verdict: %1</source>
        <translation>Verdict : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="637"/>
        <source>run_python needs &quot;code&quot;: the Python source to run</source>
        <translation>run_python a besoin de &quot;code&quot; : le code source Python à exécuter</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="644"/>
        <source>&quot;timeout&quot; must be a number of seconds from %1 to %2 (a week)</source>
        <translation>&quot;timeout&quot; doit être un nombre de secondes de %1 à %2 (une semaine)</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="667"/>
        <source>run %1 waits for a reviewer&apos;s decision (%2 s)</source>
        <translation>l&apos;exécution %1 attend la décision d&apos;un relecteur (%2 s)</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="670"/>
        <source>running for %1 s</source>
        <translation>en cours depuis %1 s</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="688"/>
        <source>the cell started</source>
        <translation>la cellule a démarré</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="700"/>
        <source>run %1 waits for review: a reviewer approves it in Sandbench&apos;s Review Queue</source>
        <translation>l&apos;exécution %1 attend une relecture : un relecteur l&apos;approuve dans la file de relecture de Sandbench</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="774"/>
        <source>%1 rejected run %2: it will not run. Rewrite the code without what needed review.</source>
        <translation>%1 a rejeté l&apos;exécution %2 : elle ne s&apos;exécutera pas. Réécrivez le code sans ce qui nécessitait une relecture.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="778"/>
        <source>%1 rejected run %2: &quot;%3&quot;. It will not run. Rewrite the code accordingly.</source>
        <translation>%1 a rejeté l&apos;exécution %2 : « %3 ». Elle ne s&apos;exécutera pas. Réécrivez le code en conséquence.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="799"/>
        <source>Run %1 waits for review and no reviewer decided within %2 s. A reviewer approves it in Sandbench&apos;s Review Queue (or with &apos;sandbench review approve %1&apos;); then call run_python again with the same code. Or rewrite the code without what needs review.</source>
        <translation>L&apos;exécution %1 attend une relecture et aucun relecteur n&apos;a décidé en %2 s. Un relecteur l&apos;approuve dans la file de relecture de Sandbench (ou avec &apos;sandbench review approve %1&apos;) ; appelez ensuite run_python de nouveau avec le même code. Ou réécrivez le code sans ce qui nécessite une relecture.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="805"/>
        <source>Run %1 waits for review: a reviewer approves it in Sandbench&apos;s Review Queue (or with &apos;sandbench review approve %1&apos;); then call run_python again with the same code. Or rewrite the code without what needs review.</source>
        <translation>L&apos;exécution %1 attend une relecture : un relecteur l&apos;approuve dans la file de relecture de Sandbench (ou avec &apos;sandbench review approve %1&apos;) ; appelez ensuite run_python de nouveau avec le même code. Ou réécrivez le code sans ce qui nécessite une relecture.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="813"/>
        <source>The sandbox refused this code (nothing it did was kept). Rewrite it without what the violations name; check_code checks a draft without running it.</source>
        <translation>Le bac à sable a refusé ce code (rien de ce qu&apos;il a fait n&apos;a été conservé). Réécrivez-le sans ce que nomment les violations ; check_code vérifie un brouillon sans l&apos;exécuter.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="819"/>
        <source>The code raised an exception; what it did before is kept.</source>
        <translation>Le code a levé une exception ; ce qu&apos;il a fait avant est conservé.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="820"/>
        <source>The code raised an exception; the session is as it was before this cell. Fix the code and run it again.</source>
        <translation>Le code a levé une exception ; la session est comme avant cette cellule. Corrigez le code et exécutez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="824"/>
        <source>The cell hit its time limit and was stopped (rolled back). Make it faster, or pass a larger &quot;timeout&quot; (a raised limit may need review).</source>
        <translation>La cellule a atteint sa limite de temps et a été arrêtée (annulée). Rendez-la plus rapide ou passez un &quot;timeout&quot; plus grand (une limite relevée peut nécessiter une relecture).</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="828"/>
        <source>The cell hit its memory limit and was stopped (rolled back). Work on smaller pieces of the data.</source>
        <translation>La cellule a atteint sa limite de mémoire et a été arrêtée (annulée). Travaillez sur de plus petits morceaux des données.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="832"/>
        <source>The cell printed more than the output limit and was stopped (rolled back). Print less: a summary or head() of the data.</source>
        <translation>La cellule a affiché plus que la limite de sortie et a été arrêtée (annulée). Affichez moins : un résumé ou head() des données.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="836"/>
        <source>The cell was interrupted; what it did was rolled back.</source>
        <translation>La cellule a été interrompue ; ce qu&apos;elle a fait a été annulé.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="839"/>
        <source>The sandboxed worker died while the cell ran; a fresh one took over with the datasets loaded again (earlier variables may be gone: list_variables shows what is left).</source>
        <translation>Le worker en bac à sable s&apos;est arrêté pendant l&apos;exécution de la cellule ; un nouveau a pris le relais avec les jeux de données rechargés (des variables antérieures peuvent avoir disparu : list_variables montre ce qui reste).</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="844"/>
        <source>The cell&apos;s reply disagreed with what the sandbox saw: it is recorded as tampered and rolled back.</source>
        <translation>La réponse de la cellule contredisait ce que le bac à sable a observé : elle est enregistrée comme falsifiée et annulée.</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="856"/>
        <source>Run %1: %2</source>
        <translation>Exécution %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="857"/>
        <source>Run (not recorded: %1): %2</source>
        <translation>Exécution (non enregistrée : %1) : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="859"/>
        <source>stdout:
%1</source>
        <translation>stdout :
%1</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="861"/>
        <source>stderr:
%1</source>
        <translation>stderr :
%1</translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="863"/>
        <source>result:
%1</source>
        <translation>résultat :
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/mcp/mcptools.cpp" line="865"/>
        <source>%n figure(s) attached as PNG.</source>
        <translation>
            <numerusform>%n figure jointe en PNG.</numerusform>
            <numerusform>%n figures jointes en PNG.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/mcp/mcptools.cpp" line="867"/>
        <source>violations:
%1</source>
        <translation>violations :
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
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../core/llm/agentloop.cpp" line="255"/>
        <source>Stopped. The answer so far is kept.</source>
        <translation>Arrêté. La réponse reçue jusqu&apos;ici est conservée.</translation>
    </message>
    <message>
        <location filename="../core/llm/agentloop.cpp" line="273"/>
        <source>The model wrote a tool call as text instead of calling the tool, and it cannot be read as exactly one call, so nothing was run. Choose a model that supports tool calls (e.g. qwen2.5-coder or llama3.1 in Ollama), or ask without agent mode.</source>
        <translation>Le modèle a écrit un appel d&apos;outil sous forme de texte au lieu d&apos;appeler l&apos;outil, et il ne peut pas être lu comme exactement un appel ; rien n&apos;a donc été exécuté. Choisissez un modèle qui prend en charge les appels d&apos;outils (p. ex. qwen2.5-coder ou llama3.1 dans Ollama), ou posez la question sans le mode agent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/llm/agentloop.cpp" line="324"/>
        <source>The model asked for more than %n tool call(s), the step limit; it was stopped there. Raise the limit or ask a narrower question.</source>
        <translation>
            <numerusform>Le modèle a demandé plus de %n appel d&apos;outil, la limite d&apos;étapes ; il a été arrêté là. Relevez la limite ou posez une question plus précise.</numerusform>
            <numerusform>Le modèle a demandé plus de %n appels d&apos;outils, la limite d&apos;étapes ; il a été arrêté là. Relevez la limite ou posez une question plus précise.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/llm/agentloop.cpp" line="483"/>
        <source>A reviewer rejected the model&apos;s cell (run %1); the agent stopped there.</source>
        <translation>Un relecteur a rejeté la cellule du modèle (exécution %1) ; l&apos;agent s&apos;est arrêté là.</translation>
    </message>
    <message>
        <location filename="../core/llm/agentloop.cpp" line="485"/>
        <source>The model&apos;s cell waits for review: run %1; %2, then ask again.</source>
        <translation>La cellule du modèle attend une relecture : exécution %1 ; %2, puis redemandez.</translation>
    </message>
    <message>
        <source>The model&apos;s cell waits for review: run %1. A reviewer approves it (the Review panel, or &apos;sandbench review approve %1&apos;); then ask again.</source>
        <translation type="vanished">La cellule du modèle attend une relecture : exécution %1. Un relecteur l&apos;approuve (panneau File de relecture, ou &apos;sandbench review approve %1&apos;) ; redemandez ensuite.</translation>
    </message>
    <message>
        <location filename="../core/llm/agentloop.cpp" line="526"/>
        <source>Stopped after step %1.</source>
        <translation>Arrêté après l&apos;étape %1.</translation>
    </message>
</context>
<context>
    <name>sandbench::llm::ChatClient</name>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="159"/>
        <source>The request does not fit the model&apos;s context (%1). Lower the assistant&apos;s context size so the request is trimmed to fit, or choose a model with a larger context.</source>
        <translation>La requête ne tient pas dans le contexte du modèle (%1). Réduisez la taille de contexte de l&apos;assistant pour que la requête soit réduite en conséquence, ou choisissez un modèle avec un contexte plus grand.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="168"/>
        <source>The server refused the request (HTTP %1: %2). Enter the API key this endpoint expects in the assistant&apos;s settings.</source>
        <translation>Le serveur a refusé la requête (HTTP %1 : %2). Saisissez dans les paramètres de l&apos;assistant la clé d&apos;API qu&apos;attend ce point de terminaison.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="173"/>
        <source>no key, or a wrong one</source>
        <translation>pas de clé, ou une clé erronée</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="182"/>
        <source>The server has no model &quot;%1&quot; (%2). Choose one of the models it lists, or download it first (Ollama: ollama pull %1).</source>
        <translation>Le serveur n&apos;a pas de modèle &quot;%1&quot; (%2). Choisissez l&apos;un des modèles qu&apos;il liste, ou téléchargez-le d&apos;abord (Ollama : ollama pull %1).</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="187"/>
        <source>The server has no chat-completions endpoint there (HTTP 404). The base URL of an OpenAI-compatible server usually ends in /v1.</source>
        <translation>Le serveur n&apos;a pas de point de terminaison chat-completions à cette adresse (HTTP 404). L&apos;URL de base d&apos;un serveur compatible OpenAI se termine généralement par /v1.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="193"/>
        <source>The server is limiting requests (HTTP 429%1). Wait a moment and ask again.</source>
        <translation>Le serveur limite les requêtes (HTTP 429%1). Patientez un instant et redemandez.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="202"/>
        <source>The model server failed (HTTP %1: %2). Check the server&apos;s log and ask again once it runs.</source>
        <translation>Le serveur de modèle a échoué (HTTP %1 : %2). Consultez le journal du serveur et redemandez une fois qu&apos;il fonctionne.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="207"/>
        <location filename="../core/llm/chatclient.cpp" line="213"/>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="210"/>
        <source>The server rejected the request (HTTP %1: %2).</source>
        <translation>Le serveur a rejeté la requête (HTTP %1 : %2).</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="597"/>
        <source>No assistant endpoint is set. Start a local model server (Ollama: ollama serve, then ollama pull qwen2.5-coder) and enter its base URL, http://localhost:11434/v1.</source>
        <translation>Aucun point de terminaison n&apos;est défini pour l&apos;assistant. Lancez un serveur de modèle local (Ollama : ollama serve, puis ollama pull qwen2.5-coder) et saisissez son URL de base, http://localhost:11434/v1.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="603"/>
        <source>%1 is not an http(s) URL. Enter the server&apos;s base URL, e.g. http://localhost:11434/v1.</source>
        <translation>%1 n&apos;est pas une URL http(s). Saisissez l&apos;URL de base du serveur, p. ex. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="673"/>
        <source>Nothing answers at %1. Start the model server or correct the assistant&apos;s base URL.</source>
        <translation>Rien ne répond à %1. Lancez le serveur de modèle ou corrigez l&apos;URL de base de l&apos;assistant.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="676"/>
        <source>Listing the models failed: %1.</source>
        <translation>La liste des modèles a échoué : %1.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="684"/>
        <source>The server&apos;s model list is not OpenAI-compatible JSON. Is the base URL right (it usually ends in /v1)?</source>
        <translation>La liste des modèles du serveur n&apos;est pas du JSON compatible OpenAI. L&apos;URL de base est-elle correcte (elle se termine généralement par /v1) ?</translation>
    </message>
</context>
<context>
    <name>sandbench::llm::ChatReply</name>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="254"/>
        <source>Stopped. The answer so far is kept.</source>
        <translation>Arrêté. La réponse reçue jusqu&apos;ici est conservée.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="290"/>
        <source>The answer is larger than the assistant accepts (%1 MB). Ask for less.</source>
        <translation>La réponse dépasse ce que l&apos;assistant accepte (%1 Mo). Demandez moins.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="315"/>
        <source>The server sent an event larger than the assistant accepts. Is this an OpenAI-compatible endpoint?</source>
        <translation>Le serveur a envoyé un événement plus grand que ce que l&apos;assistant accepte. S&apos;agit-il d&apos;un point de terminaison compatible OpenAI ?</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="352"/>
        <source>The server sent an event that is not chat-completions JSON (%1). Is the base URL an OpenAI-compatible endpoint?</source>
        <translation>Le serveur a envoyé un événement qui n&apos;est pas du JSON chat-completions (%1). L&apos;URL de base est-elle un point de terminaison compatible OpenAI ?</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="400"/>
        <source>The answer is larger than the assistant accepts (%1 MB); what arrived is kept. Ask for less.</source>
        <translation>La réponse dépasse ce que l&apos;assistant accepte (%1 Mo) ; ce qui est arrivé est conservé. Demandez moins.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="448"/>
        <source>The server&apos;s answer is not chat-completions JSON (%1). Is the base URL an OpenAI-compatible endpoint?</source>
        <translation>La réponse du serveur n&apos;est pas du JSON chat-completions (%1). L&apos;URL de base est-elle un point de terminaison compatible OpenAI ?</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="490"/>
        <source>Nothing answers at %1. Start the model server (Ollama: ollama serve; llama.cpp: llama-server) or correct the assistant&apos;s base URL.</source>
        <translation>Rien ne répond à %1. Lancez le serveur de modèle (Ollama : ollama serve ; llama.cpp : llama-server) ou corrigez l&apos;URL de base de l&apos;assistant.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="496"/>
        <source>The host of %1 is unknown. Correct the assistant&apos;s base URL.</source>
        <translation>L&apos;hôte de %1 est inconnu. Corrigez l&apos;URL de base de l&apos;assistant.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="500"/>
        <source>The server closed the connection before answering. Check the server&apos;s log and ask again.</source>
        <translation>Le serveur a fermé la connexion avant de répondre. Consultez le journal du serveur et redemandez.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="509"/>
        <source>The request to %1 failed: %2.</source>
        <translation>La requête vers %1 a échoué : %2.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="529"/>
        <source>The connection closed before the answer was complete; what arrived is kept. Ask again.</source>
        <translation>La connexion s&apos;est fermée avant que la réponse soit complète ; ce qui est arrivé est conservé. Redemandez.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="543"/>
        <source>The server sent nothing for %1 s, so the request was stopped; what arrived is kept. Ask again, or check the server&apos;s load.</source>
        <translation>Le serveur n&apos;a rien envoyé pendant %1 s, la requête a donc été arrêtée ; ce qui est arrivé est conservé. Redemandez, ou vérifiez la charge du serveur.</translation>
    </message>
    <message>
        <location filename="../core/llm/chatclient.cpp" line="546"/>
        <source>The server accepted the request but has not answered; it was stopped. A local server may still be loading the model: ask again in a moment.</source>
        <translation>Le serveur a accepté la requête mais n&apos;a pas répondu ; elle a été arrêtée. Un serveur local est peut-être encore en train de charger le modèle : redemandez dans un instant.</translation>
    </message>
</context>
</TS>
