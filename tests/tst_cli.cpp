// `sandbench run` end to end: the real executable, worker and database, as a user or agent runs it.
#include "runstore.h"
#include "sha256.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace sandbench;

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> lines;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        return lines;
    }
};

QString sandbenchProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench");
}

CliResult runCli(const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.start(sandbenchProgram(), arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Runs sandbench in a private mount namespace after the shell commands in mount (run with $MP set
// to mountPoint; exit 125 when the mount is not allowed), so that a test can give the store a
// small or read-only filesystem. Root mounts directly (CI's containers run tests as root); anyone
// else gets a user namespace. Nothing when neither is allowed on this machine.
std::optional<CliResult> runCliWithMount(const QString &mountPoint, const QString &mount,
                                         const QStringList &arguments)
{
    const QStringList unshare = ::geteuid() == 0
                                    ? QStringList{QStringLiteral("-m")}
                                    : QStringList{QStringLiteral("-r"), QStringLiteral("-m")};
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MP"), mountPoint);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("unshare"),
                  unshare +
                      QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                  mount + QStringLiteral("\nexec \"$@\""), QStringLiteral("sh"),
                                  sandbenchProgram()} +
                      arguments);
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
    }
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.error() == QProcess::FailedToStart || result.exitCode == 125 ||
        (result.exitCode == 1 && result.err.startsWith("unshare")))
        return std::nullopt;
    return result;
}

// The same on a fresh tmpfs of sizeKb at mountPoint, after the shell commands in setup (copying
// a store in, filling the disk).
std::optional<CliResult> runCliOnSmallDisk(const QString &mountPoint, int sizeKb,
                                           const QString &setup, const QStringList &arguments)
{
    return runCliWithMount(
        mountPoint,
        QStringLiteral("mount -t tmpfs -o size=%1k tmpfs \"$MP\" || exit 125\n%2")
            .arg(sizeKb)
            .arg(setup),
        arguments);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeScript(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        test::writeFile(path, text);
        return path;
    }

private Q_SLOTS:
    void runsCellsWithDataAndFiguresAndRecordsThem()
    {
        const QString db = m_dir.filePath(QStringLiteral("e2e.db"));
        const QString out = m_dir.filePath(QStringLiteral("e2e-out"));
        const QString csv = m_dir.filePath(QStringLiteral("d.csv"));
        QVERIFY(test::writeFile(csv, "region,revenue\nNorth,10\nSouth,32\nNorth,5\n"));
        const QString script = writeScript(QStringLiteral("two_cells.py"),
                                           "# %%\n"
                                           "total = d.revenue.sum()\n"
                                           "print('total', total)\n"
                                           "# %% [markdown]\n"
                                           "# A markdown cell is not run.\n"
                                           "# %%\n"
                                           "import matplotlib.pyplot as plt\n"
                                           "by_region = d.groupby('region').revenue.sum()\n"
                                           "by_region.plot.bar()\n"
                                           "total * 2\n");
        const CliResult result =
            runCli({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"), db,
                    QStringLiteral("--out"), out, QStringLiteral("--data"),
                    QStringLiteral("d=") + csv, script});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const auto lines = result.jsonLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].value(QStringLiteral("cell")).toInt(), 1);
        QCOMPARE(lines[0].value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(lines[0].value(QStringLiteral("stdout")).toString(), QStringLiteral("total 47\n"));
        for (const char *key : {"cell", "status", "stdout", "stderr", "result", "figures", "run_id",
                                "session", "duration_ms"})
            QVERIFY2(lines[1].contains(QLatin1String(key)), key);
        QCOMPARE(lines[1].value(QStringLiteral("result")).toString(), QStringLiteral("94"));
        const QJsonArray figures = lines[1].value(QStringLiteral("figures")).toArray();
        QCOMPARE(figures.size(), 1);
        const QString figurePath = figures.first().toString();
        QVERIFY(figurePath.startsWith(out));
        QVERIFY(test::isPng(test::readFile(figurePath)));

        QString error;
        auto store = RunStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 session = lines[0].value(QStringLiteral("session")).toInteger();
        const auto runs = store->runsOfSession(session);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].id, lines[0].value(QStringLiteral("run_id")).toInteger());
        QCOMPARE(runs[1].code.contains(QStringLiteral("by_region.plot.bar()")), true);
        QCOMPARE(runs[1].figures.size(), 1);
        QCOMPARE(runs[1].figures[0].path, figurePath);
        QCOMPARE(store->session(session)->origin, script);
        QCOMPARE(store->sessionDatasets(session).first().path, csv);
    }

    void aLaterCellCannotChangeAnEarlierFigureAndShowReportsTampering()
    {
        // Figures are kept beside the output folder, where no cell may write. A later cell that
        // aims at a recorded figure (by its path, by its old place in the output folder, and at
        // the next figure's name) changes nothing; a change made from outside is reported by
        // `show` and by the export, naming the file and the run.
        const QString db = m_dir.filePath(QStringLiteral("immutable.db"));
        const QString out = m_dir.filePath(QStringLiteral("immutable-out"));
        const QString figures = out + QStringLiteral("-figures");
        const QString first = figures + QStringLiteral("/run-1-figure-1.png");
        const QString next = figures + QStringLiteral("/run-3-figure-1.png");
        const QString script =
            writeScript(QStringLiteral("immutable.py"),
                        QStringLiteral("# %%\n"
                                       "import matplotlib.pyplot as plt\n"
                                       "import pandas as pd\n"
                                       "plt.plot([1, 2, 3])\n"
                                       "pd.DataFrame({'a': [1]}).to_csv('table.csv')\n"
                                       "# %%\n"
                                       "import matplotlib.pyplot as plt\n"
                                       "import pandas as pd\n"
                                       "fig = plt.figure()\n"
                                       "for target in ['%1', 'figures/run-1-figure-1.png', '%2']:\n"
                                       "    try:\n"
                                       "        fig.savefig(target)\n"
                                       "        print('written', target)\n"
                                       "    except Exception as error:\n"
                                       "        print('refused', type(error).__name__)\n"
                                       "try:\n"
                                       "    pd.DataFrame({'a': [1]}).to_csv('%1')\n"
                                       "    print('written', '%1')\n"
                                       "except Exception as error:\n"
                                       "    print('refused', type(error).__name__)\n"
                                       "plt.close('all')\n"
                                       "# %%\n"
                                       "import matplotlib.pyplot as plt\n"
                                       "import pandas as pd\n"
                                       "plt.plot([3, 1, 2])\n"
                                       "pd.DataFrame({'a': [2]}).to_csv('table.csv')\n")
                            .arg(first, next)
                            .toUtf8());
        const CliResult result =
            runCli({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"), db,
                    QStringLiteral("--out"), out, script});
        const auto lines = result.jsonLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].value(QStringLiteral("run_id")).toInteger(), 1);
        QCOMPARE(lines[0].value(QStringLiteral("figures")).toArray().first().toString(), first);
        // The attack ran (library I/O, which the static check lets through) and was refused.
        const QString attack = lines[1].value(QStringLiteral("stdout")).toString();
        QVERIFY2(attack.count(QStringLiteral("refused")) == 4 &&
                     !attack.contains(QStringLiteral("written")),
                 qPrintable(attack));
        QCOMPARE(lines[2].value(QStringLiteral("figures")).toArray().first().toString(), next);
        QVERIFY(test::isPng(test::readFile(first)));
        QVERIFY(test::isPng(test::readFile(next)));

        QString error;
        auto store = RunStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(sha256OfFile(first), std::optional(store->run(1)->figures.first().sha256));
        QCOMPARE(sha256OfFile(next), std::optional(store->run(3)->figures.first().sha256));
        for (const QString &run : {QStringLiteral("1"), QStringLiteral("3")}) {
            const CliResult shown = runCli({QStringLiteral("show"), QStringLiteral("--db"), db,
                                            QStringLiteral("--json"), run});
            QCOMPARE(shown.exitCode, 0);
            const QJsonObject json = QJsonDocument::fromJson(shown.out).object();
            QVERIFY2(json.value(QStringLiteral("recorded_file_problems")).toArray().isEmpty(),
                     shown.out.constData());
        }

        // Run 3 rewrote run 1's table.csv: explained by run 3's record, so not reported (above).
        const QString table = out + QStringLiteral("/table.csv");
        QCOMPARE(store->run(1)->outputs.first().path, table);
        QVERIFY(store->run(1)->outputs.first().sha256 != store->run(3)->outputs.first().sha256);

        // Tampered with from outside the sandbox: a figure changed, another gone, an output
        // changed by no run.
        QVERIFY(test::writeFile(first, "changed behind the store's back"));
        QVERIFY(QFile::remove(next));
        QVERIFY(test::writeFile(table, "a\n3\n"));
        const CliResult shown =
            runCli({QStringLiteral("show"), QStringLiteral("--db"), db, QStringLiteral("1")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(
                     QStringLiteral("%1 (recorded by run 1) is changed").arg(first).toUtf8()),
                 shown.out.constData());
        const CliResult shownJson = runCli({QStringLiteral("show"), QStringLiteral("--db"), db,
                                            QStringLiteral("--json"), QStringLiteral("3")});
        const QJsonArray problems = QJsonDocument::fromJson(shownJson.out)
                                        .object()
                                        .value(QStringLiteral("recorded_file_problems"))
                                        .toArray();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.first().toObject().value(QStringLiteral("path")).toString(), next);
        QCOMPARE(problems.first().toObject().value(QStringLiteral("run_id")).toInteger(), 3);
        QCOMPARE(problems.first().toObject().value(QStringLiteral("problem")).toString(),
                 QStringLiteral("missing"));
        QCOMPARE(problems.last().toObject().value(QStringLiteral("path")).toString(), table);
        QVERIFY(problems.last()
                    .toObject()
                    .value(QStringLiteral("problem"))
                    .toString()
                    .startsWith(QStringLiteral("changed")));
        // The app kept its own copy of run 3's table.csv, outside the worker's zone: that copy,
        // still with the recorded bytes, is the recorded one.
        const QString copy = out + QStringLiteral("-recorded/run-3/table.csv");
        QCOMPARE(problems.last().toObject().value(QStringLiteral("recorded_copy")).toString(),
                 copy);
        QCOMPARE(sha256OfFile(copy), std::optional(store->run(3)->outputs.first().sha256));
        QCOMPARE(test::readFile(copy), QByteArray(",a\n0,2\n"));
        // A copy changed behind the store's back is reported as such.
        const QString firstCopy = out + QStringLiteral("-recorded/run-1/table.csv");
        QVERIFY(QFile::exists(firstCopy));
        QVERIFY(test::writeFile(firstCopy, "forged"));
        const CliResult shownFirst =
            runCli({QStringLiteral("show"), QStringLiteral("--db"), db, QStringLiteral("1")});
        QVERIFY2(shownFirst.out.contains(
                     QStringLiteral("%1 (recorded by run 1) is the app's copy of %2: changed")
                         .arg(firstCopy, table)
                         .toUtf8()),
                 shownFirst.out.constData());

        const QString exported = m_dir.filePath(QStringLiteral("immutable-export.py"));
        const CliResult exportResult = runCli(
            {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), exported,
             QString::number(lines[0].value(QStringLiteral("session")).toInteger())});
        QCOMPARE(exportResult.exitCode, 0);
        for (const QByteArray &text : {exportResult.err, test::readFile(exported)}) {
            QVERIFY2(text.contains(
                         QStringLiteral("%1 (recorded by run 1) is changed").arg(first).toUtf8()),
                     text.constData());
            QVERIFY(text.contains(
                QStringLiteral("%1 (recorded by run 3) is missing").arg(next).toUtf8()));
        }
    }

    void anErrorCellIsReportedAndTheNextCellStillRuns()
    {
        const QString script = writeScript(QStringLiteral("error.py"),
                                           "# %%\nx = 5\n# %%\nraise ValueError('bad value')\n"
                                           "# %%\nprint(x)\n");
        const CliResult result =
            runCli({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"),
                    m_dir.filePath(QStringLiteral("e.db")), script});
        QCOMPARE(result.exitCode, 1);
        const auto lines = result.jsonLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1].value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(lines[1]
                    .value(QStringLiteral("stderr"))
                    .toString()
                    .contains(QStringLiteral("ValueError: bad value")));
        QCOMPARE(lines[2].value(QStringLiteral("stdout")).toString(), QStringLiteral("5\n"));
    }

    // Code the reviewer cannot read in the cell waits for review instead of being refused, and
    // the reviewer sees the reason (rule, line, column) and the code.
    void hiddenCodeWaitsForReviewWithItsReason()
    {
        const QString script = writeScript(QStringLiteral("hidden.py"),
                                           "# %%\nprint(eval('6 * 7'))\n# %%\nname = 'total'\n"
                                           "source = name + ' = 3'\nexec(source)\n");
        const QString db = m_dir.filePath(QStringLiteral("hidden.db"));
        const CliResult result = runCli(
            {QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"), db, script});
        QCOMPARE(result.exitCode, 4);
        const auto lines = result.jsonLines();
        QCOMPARE(lines.size(), 2);
        // A literal given to eval is checked like the cell's own code and runs.
        QCOMPARE(lines[0].value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(lines[0].value(QStringLiteral("stdout")).toString(), QStringLiteral("42\n"));
        QCOMPARE(lines[1].value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending_review"));
        const QJsonObject reason =
            lines[1].value(QStringLiteral("violations")).toArray().first().toObject();
        QCOMPARE(reason.value(QStringLiteral("rule")).toString(), QStringLiteral("dynamic-code"));
        QCOMPARE(reason.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(reason.value(QStringLiteral("col")).toInt(), 1);
        QVERIFY2(result.err.contains("sandbench review approve"), result.err.constData());

        const qint64 runId = lines[1].value(QStringLiteral("run_id")).toInteger();
        const CliResult shown = runCli({QStringLiteral("review"), QStringLiteral("show"),
                                        QString::number(runId), QStringLiteral("--db"), db});
        QCOMPARE(shown.exitCode, 0);
        const QString text = QString::fromUtf8(shown.out);
        QVERIFY2(text.contains(QStringLiteral("dynamic-code")), shown.out.constData());
        QVERIFY2(text.contains(QStringLiteral("string built at run time")), shown.out.constData());
        QVERIFY2(text.contains(QStringLiteral("exec(source)")), shown.out.constData());
    }

    // sqlite3: a database in the read zones or in memory is read, one in the output folder is
    // written; anywhere else is denied with the path and the way out.
    void sqliteReadsInTheZonesWritesInTheOutputFolderAndNothingElse()
    {
        const QString first = m_dir.filePath(QStringLiteral("sqlite-out-1"));
        const QString db = m_dir.filePath(QStringLiteral("sqlite.db"));
        const QString make =
            writeScript(QStringLiteral("sqlite-make.py"),
                        "import sqlite3\nimport pandas as pd\n"
                        "con = sqlite3.connect('made.db')\n"
                        "pd.DataFrame({'a': [1, 2, 3]}).to_sql('t', con, index=False)\n"
                        "con.close()\n"
                        "mem = sqlite3.connect(':memory:')\n"
                        "pd.DataFrame({'b': [4, 5]}).to_sql('m', mem, index=False)\n"
                        "print(int(pd.read_sql('select sum(b) as s from m', mem).s[0]))\n");
        const CliResult made =
            runCli({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"), db,
                    QStringLiteral("--out"), first, make});
        QVERIFY2(made.exitCode == 0, made.out.constData());
        QCOMPARE(made.jsonLines().last().value(QStringLiteral("stdout")).toString(),
                 QStringLiteral("9\n"));
        QVERIFY(QFileInfo::exists(first + QStringLiteral("/made.db")));

        const QString read = writeScript(
            QStringLiteral("sqlite-read.py"),
            QStringLiteral("import sqlite3\nimport pandas as pd\n"
                           "con = sqlite3.connect(%1)\n"
                           "print(int(pd.read_sql('select sum(a) as s from t', con).s[0]))\n")
                .arg(QStringLiteral("'") + first + QStringLiteral("/made.db'"))
                .toUtf8());
        const QString second = m_dir.filePath(QStringLiteral("sqlite-out-2"));
        const CliResult refused =
            runCli({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"), db,
                    QStringLiteral("--out"), second, read});
        QCOMPARE(refused.exitCode, 2);
        const QJsonObject line = refused.jsonLines().last();
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("denied"));
        const QJsonObject why =
            line.value(QStringLiteral("violations")).toArray().first().toObject();
        QCOMPARE(why.value(QStringLiteral("rule")).toString(), QStringLiteral("outside-read-zone"));
        QCOMPARE(why.value(QStringLiteral("line")).toInt(), 3);
        QVERIFY2(why.value(QStringLiteral("message")).toString().contains(QStringLiteral("--read")),
                 refused.out.constData());
        // run names its own flag only, not the window's menu action (issue 13).
        QVERIFY2(!why.value(QStringLiteral("message"))
                      .toString()
                      .contains(QStringLiteral("Allow Reading")),
                 refused.out.constData());
        QVERIFY(why.value(QStringLiteral("message")).toString().contains(first));

        const CliResult allowed =
            runCli({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"), db,
                    QStringLiteral("--out"), second, QStringLiteral("--read"), first, read});
        QVERIFY2(allowed.exitCode == 0, allowed.out.constData());
        QCOMPARE(allowed.jsonLines().last().value(QStringLiteral("stdout")).toString(),
                 QStringLiteral("6\n"));
        // Creating a database outside the output folder is a write outside it.
        const QString elsewhere =
            writeScript(QStringLiteral("sqlite-elsewhere.py"),
                        QStringLiteral("import sqlite3\ncon = sqlite3.connect(%1)\n")
                            .arg(QStringLiteral("'") + m_dir.filePath(QStringLiteral("new.db")) +
                                 QStringLiteral("'"))
                            .toUtf8());
        const CliResult outside =
            runCli({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"), db,
                    QStringLiteral("--out"), second, elsewhere});
        QCOMPARE(outside.exitCode, 2);
        QCOMPARE(outside.jsonLines()
                     .last()
                     .value(QStringLiteral("violations"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("rule"))
                     .toString(),
                 QStringLiteral("outside-write-zone"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("new.db"))));
    }

    // --on-error keep: what a failing cell did before its error stays for the next cells; a
    // refused cell still rolls back. Without it, a failing cell changes nothing.
    void onErrorKeepKeepsWhatAFailingCellDid()
    {
        const QString script = writeScript(QStringLiteral("keep.py"),
                                           "# %%\nx = 1\n# %%\nx = 2\nraise ValueError('late')\n"
                                           "# %%\nprint(x)\n# %%\nx = 3\nimport subprocess\n"
                                           "# %%\nprint(x)\n");
        const QString db = m_dir.filePath(QStringLiteral("keep.db"));
        const CliResult kept =
            runCli({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--on-error"),
                    QStringLiteral("keep"), QStringLiteral("--db"), db, script});
        const auto lines = kept.jsonLines();
        QCOMPARE(lines.size(), 5);
        QCOMPARE(kept.exitCode, 2); // the highest code that applies: the rejected cell
        QCOMPARE(lines[1].value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QCOMPARE(lines[1].value(QStringLiteral("state_kept")).toBool(), true);
        QCOMPARE(lines[2].value(QStringLiteral("stdout")).toString(), QStringLiteral("2\n"));
        QCOMPARE(lines[3].value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(!lines[3].contains(QStringLiteral("state_kept")));
        QCOMPARE(lines[4].value(QStringLiteral("stdout")).toString(), QStringLiteral("2\n"));
        // The store keeps it (issue 13): `show` says it, in text and in JSON; not for the others.
        const QString keptRun =
            QString::number(lines[1].value(QStringLiteral("run_id")).toInteger());
        const QString okRun = QString::number(lines[0].value(QStringLiteral("run_id")).toInteger());
        const CliResult shownKept =
            runCli({QStringLiteral("show"), QStringLiteral("--db"), db, keptRun});
        QCOMPARE(shownKept.exitCode, 0);
        QVERIFY2(shownKept.out.contains("kept after the error (on-error keep)"),
                 shownKept.out.constData());
        const CliResult shownKeptJson = runCli({QStringLiteral("show"), QStringLiteral("--json"),
                                                QStringLiteral("--db"), db, keptRun});
        QCOMPARE(shownKeptJson.exitCode, 0);
        const QJsonObject keptJson = QJsonDocument::fromJson(shownKeptJson.out).object();
        QCOMPARE(keptJson.value(QStringLiteral("state_kept")).toBool(), true);
        QVERIFY2(!keptJson.value(QStringLiteral("environment"))
                      .toObject()
                      .contains(QStringLiteral("state_kept_on_error")),
                 shownKeptJson.out.constData());
        const CliResult shownOk =
            runCli({QStringLiteral("show"), QStringLiteral("--db"), db, okRun});
        QVERIFY2(!shownOk.out.contains("kept after the error"), shownOk.out.constData());
        const CliResult shownOkJson = runCli(
            {QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("--db"), db, okRun});
        QCOMPARE(shownOkJson.exitCode, 0);
        const QJsonObject okJson = QJsonDocument::fromJson(shownOkJson.out).object();
        QVERIFY2(!okJson.isEmpty() && !okJson.contains(QStringLiteral("state_kept")),
                 shownOkJson.out.constData());

        const CliResult rolledBack = runCli(
            {QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"), db, script});
        QCOMPARE(rolledBack.jsonLines()[2].value(QStringLiteral("stdout")).toString(),
                 QStringLiteral("1\n"));
        QVERIFY(!rolledBack.jsonLines()[1].contains(QStringLiteral("state_kept")));

        const CliResult bad = runCli({QStringLiteral("run"), QStringLiteral("--on-error"),
                                      QStringLiteral("sometimes"), script});
        QCOMPARE(bad.exitCode, 64);
        QVERIFY2(bad.err.contains("--on-error sometimes") && bad.err.contains("keep"),
                 bad.err.constData());
    }

    void readableTextWithoutJson()
    {
        const QString script = writeScript(QStringLiteral("text.py"), "print('plain')\n6 * 7\n");
        const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--db"),
                                         m_dir.filePath(QStringLiteral("t.db")), script});
        QCOMPARE(result.exitCode, 0);
        // The output as the cell printed it, then the status line and the record's result.
        QVERIFY2(result.out.contains("plain\n[cell 1] ok") && result.out.endsWith("\n42\n"),
                 result.out.constData());
        QCOMPARE(result.out.count("plain"), 1);
    }

    // Issue 15: --data loads ISO date columns as dates, as the window does; --dates-as-text
    // keeps one dataset's as the file's text.
    void isoDatesLoadAsDatesUnlessKeptAsText()
    {
        const QString script =
            writeScript(QStringLiteral("dates.py"), "print(sales['date'].dtype.kind, "
                                                    "raw['date'].dtype.kind)\n");
        const QString data = test::sampleSalesCsv();
        const CliResult result = runCli(
            {QStringLiteral("run"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("d.db")),
             QStringLiteral("--data"), QStringLiteral("sales=") + data, QStringLiteral("--data"),
             QStringLiteral("raw=") + data, QStringLiteral("--dates-as-text"),
             QStringLiteral("raw"), script});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith("M O\n"), result.out.constData());
        const CliResult unknown = runCli({QStringLiteral("run"), QStringLiteral("--dates-as-text"),
                                          QStringLiteral("nobody"), script});
        QCOMPARE(unknown.exitCode, 64);
        QVERIFY2(unknown.err.contains("nobody"), unknown.err.constData());
    }

    void usageErrorsExitWith64AndSayWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString script = writeScript(QStringLiteral("ok.py"), "1\n");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("run"), QStringLiteral("--frobnicate"), script}
            << QStringLiteral("frobnicate");
        QTest::newRow("missing script")
            << QStringList{QStringLiteral("run"), m_dir.filePath(QStringLiteral("nope.py"))}
            << QStringLiteral("nope.py");
        QTest::newRow("no script")
            << QStringList{QStringLiteral("run")} << QStringLiteral("SCRIPT.py");
        QTest::newRow("missing data file")
            << QStringList{QStringLiteral("run"), QStringLiteral("--data"),
                           QStringLiteral("s=/no/such.csv"), script}
            << QStringLiteral("/no/such.csv");
        QTest::newRow("bad data name")
            << QStringList{QStringLiteral("run"), QStringLiteral("--data"),
                           QStringLiteral("2x=") + script, script}
            << QStringLiteral("'2x'");
        QTest::newRow("window: unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    }

    void usageErrorsExitWith64AndSayWhatIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void readAndWorkdirOpenAFolderToRelativePaths()
    {
        const QString data = m_dir.filePath(QStringLiteral("shared-data"));
        QVERIFY(test::writeFile(data + QStringLiteral("/sales.csv"), "a,b\n1,2\n3,4\n"));
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755));
        QFile::setPermissions(data, QFileDevice::Permissions(0x7755));
        const QString script =
            writeScript(QStringLiteral("relative.py"), "import pandas as pd\n"
                                                       "len(pd.read_csv('sales.csv'))\n");
        const QString db = m_dir.filePath(QStringLiteral("read.db"));
        CliResult denied =
            runCli({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"), db,
                    QStringLiteral("--workdir"), data, script});
        QCOMPARE(denied.jsonLines().last().value(QStringLiteral("status")).toString(),
                 QStringLiteral("denied"));
        const CliResult allowed =
            runCli({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"), db,
                    QStringLiteral("--read"), data, QStringLiteral("--workdir"), data, script});
        QVERIFY2(allowed.exitCode == 0, allowed.out.constData());
        QCOMPARE(allowed.jsonLines().last().value(QStringLiteral("result")).toString(),
                 QStringLiteral("2"));
    }

    void theStrictProfileAllowsNoWrites()
    {
        const QString script = writeScript(QStringLiteral("writes.py"),
                                           "import pandas as pd\n"
                                           "pd.DataFrame({'a': [1]}).to_csv('out.csv')\n");
        const QString out = m_dir.filePath(QStringLiteral("strict-out"));
        const CliResult result =
            runCli({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--profile"),
                    QStringLiteral("strict"), QStringLiteral("--db"),
                    m_dir.filePath(QStringLiteral("s.db")), QStringLiteral("--out"), out, script});
        QCOMPARE(result.exitCode, 2);
        const QJsonObject cell = result.jsonLines().last();
        QCOMPARE(cell.value(QStringLiteral("status")).toString(), QStringLiteral("denied"));
        QCOMPARE(cell.value(QStringLiteral("profile")).toString(), QStringLiteral("strict"));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/out.csv")));
    }

    void sandboxOptionsAreChecked_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("read /") << QStringList{QStringLiteral("--read"), QStringLiteral("/")}
                                << QStringLiteral("--force-read");
        QTest::newRow("read home") << QStringList{QStringLiteral("--read"), QDir::homePath()}
                                   << QStringLiteral("--force-read");
        QTest::newRow("read missing")
            << QStringList{QStringLiteral("--read"), QStringLiteral("/no/such/dir")}
            << QStringLiteral("/no/such/dir");
        QTest::newRow("unknown profile")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("nosuch")}
            << QStringLiteral("no profile named 'nosuch'");
        QTest::newRow("zero timeout")
            << QStringList{QStringLiteral("--timeout"), QStringLiteral("0")}
            << QStringLiteral("--timeout");
        QTest::newRow("tiny memory")
            << QStringList{QStringLiteral("--memory"), QStringLiteral("10")}
            << QStringLiteral("--memory");
        QTest::newRow("negative snapshots")
            << QStringList{QStringLiteral("--snapshots"), QStringLiteral("-1")}
            << QStringLiteral("--snapshots");
        QTest::newRow("workdir missing")
            << QStringList{QStringLiteral("--workdir"), QStringLiteral("/no/such/dir")}
            << QStringLiteral("--workdir");
    }

    void sandboxOptionsAreChecked()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString script = writeScript(QStringLiteral("opts.py"), "1\n");
        const CliResult result =
            runCli(QStringList{QStringLiteral("run")} + options + QStringList{script});
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    }

    void timeoutAndMemoryOverrideTheProfile()
    {
        const QString script = writeScript(QStringLiteral("slow.py"), "while True:\n    pass\n");
        const CliResult result =
            runCli({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                    QStringLiteral("1"), QStringLiteral("--memory"), QStringLiteral("1024"),
                    QStringLiteral("--db"), m_dir.filePath(QStringLiteral("slow.db")), script});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.jsonLines().last().value(QStringLiteral("status")).toString(),
                 QStringLiteral("timeout"));
    }

    // Text mode prints a cell's output as it prints it (issue 15), once: the lines come while
    // the cell still runs (it waits for a file the test writes only after seeing them), and the
    // record adds only what did not stream.
    void textModePrintsOutputAsTheCellPrintsIt()
    {
        const QString go = m_dir.filePath(QStringLiteral("cli-go"));
        const QString script = writeScript(
            QStringLiteral("live.py"),
            QStringLiteral("# %%\nimport os, sys, time\nprint('early')\n"
                           "print('warned', file=sys.stderr)\n"
                           "while not os.path.exists(%1):\n    time.sleep(0.01)\nprint('late')\n")
                .arg(QStringLiteral("'") + go + QStringLiteral("'"))
                .toUtf8());
        QProcess process;
        process.start(sandbenchProgram(), {QStringLiteral("run"), QStringLiteral("--db"),
                                           m_dir.filePath(QStringLiteral("live.db")), script});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("early\n") &&
                                     (err += process.readAllStandardError()).contains("warned\n"),
                                 60000);
        QCOMPARE(process.state(), QProcess::Running);
        QVERIFY2(!out.contains("[cell 1]"), out.constData()); // the cell has not ended
        test::writeFile(go, "");
        QVERIFY(process.waitForFinished(60000));
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.contains("[cell 1] ok"), out.constData());
        QCOMPARE(out.count("early"), 1);
        QCOMPARE(out.count("late"), 1);
        QCOMPARE(err.count("warned"), 1);
        QVERIFY(out.indexOf("early") < out.indexOf("late"));
    }

    void ctrlCInterruptsTheRunningCellAndSkipsTheRest()
    {
        const QString script =
            writeScript(QStringLiteral("ctrlc.py"), "# %%\nx = 1\nprint('first')\n"
                                                    "# %%\nx = 2\nwhile True:\n    pass\n"
                                                    "# %%\nprint('never')\n");
        QProcess process;
        process.start(sandbenchProgram(),
                      {QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"),
                       m_dir.filePath(QStringLiteral("ctrlc.db")), script});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("first"), 60000);
        // No pause for the loop to get going: the second cell is sent as the first one is printed,
        // and an interrupt that comes before its process has started is held until it has
        // (PROTOCOL.md, `started`). Ctrl+C at any moment from here on must stop it.
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(30000));
        out += process.readAllStandardOutput();
        CliResult result;
        result.out = out;
        const auto lines = result.jsonLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1].value(QStringLiteral("status")).toString(),
                 QStringLiteral("interrupted"));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(!out.contains("never"));
    }

    // README, "Diagnostics": the logging categories are silent unless QT_LOGGING_RULES turns them
    // on, and then they write to stderr only: the JSON lines on stdout stay as they were.
    void loggingCategoriesSpeakOnlyWhenTurnedOn()
    {
        const QString script = writeScript(QStringLiteral("logged.py"), "# %%\nprint('hi')\n");
        const QStringList arguments{QStringLiteral("run"), QStringLiteral("--json"),
                                    QStringLiteral("--db"),
                                    m_dir.filePath(QStringLiteral("logged.db")), script};
        const CliResult quiet = runCli(arguments);
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());

        qputenv("QT_LOGGING_RULES", "sandbench.*.debug=true");
        const CliResult logged = runCli(arguments);
        qunsetenv("QT_LOGGING_RULES");
        QCOMPARE(logged.exitCode, 0);
        for (const char *expected : {"cell 1 queued", "started", "ended ok", "recorded run"})
            QVERIFY2(logged.err.contains(expected), logged.err.constData());
        QCOMPARE(logged.jsonLines().size(), 1);
        QCOMPARE(logged.jsonLines().first().value(QStringLiteral("stdout")).toString(),
                 QStringLiteral("hi\n"));
    }

    void helpIsAvailableForTheCommand()
    {
        const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("--data"));
        QVERIFY(result.out.contains("Exit status"));
        QVERIFY(result.out.startsWith("Usage: sandbench run [options] SCRIPT.py"));
        const CliResult top = runCli({QStringLiteral("--help")});
        QCOMPARE(top.exitCode, 0);
        QVERIFY2(top.out.startsWith("Usage: sandbench [options]"), top.out.constData());
    }

    void theWindowWithoutADisplaySaysWhatToDoInstead()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        process.setProcessEnvironment(env);
        process.start(sandbenchProgram(), {});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 64);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("no display") && err.contains("sandbench run"), err.constData());
    }

    void aDatasetThatCannotBeLoadedStopsBeforeAnyCell_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QByteArray noise(4096, Qt::Uninitialized);
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 131 + 7) % 251);
        QTest::newRow("not a spreadsheet")
            << QStringLiteral("bad.xlsx") << QByteArray("this is not a spreadsheet");
        // pandas' message quoted the open file's repr, "<_io.BufferedReader name=6>".
        QTest::newRow("random bytes named .parquet") << QStringLiteral("fake.parquet") << noise;
    }

    void aDatasetThatCannotBeLoadedStopsBeforeAnyCell()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        const QString bad = m_dir.filePath(file);
        QVERIFY(test::writeFile(bad, content));
        const QString script = writeScript(QStringLiteral("uses_bad.py"), "print('ran')\n");
        const CliResult result =
            runCli({QStringLiteral("run"), QStringLiteral("--db"),
                    m_dir.filePath(QStringLiteral("bad.db")), QStringLiteral("--data"),
                    QStringLiteral("bad=") + bad, script});
        QCOMPARE(result.exitCode, 65);
        QVERIFY2(result.err.contains("dataset 'bad'") && result.err.contains(bad.toUtf8()),
                 result.err.constData());
        QVERIFY2(!result.err.contains("BufferedReader"), result.err.constData());
        QVERIFY(!result.out.contains("ran"));
    }

    void aCorruptDatabaseIsRefusedAndKept()
    {
        const QString db = m_dir.filePath(QStringLiteral("corrupt.db"));
        QVERIFY(test::writeFile(db, QByteArray(4096, 'z')));
        const QString script = writeScript(QStringLiteral("c.py"), "1\n");
        const CliResult result =
            runCli({QStringLiteral("run"), QStringLiteral("--db"), db, script});
        QCOMPARE(result.exitCode, 73);
        QVERIFY2(result.err.contains("not a Sandbench database"), result.err.constData());
        QCOMPARE(test::readFile(db), QByteArray(4096, 'z'));
    }

    void aDataPathThatIsNoFileSaysWhatItIs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
        QDir().mkpath(folder);
        const QString fifo = m_dir.filePath(QStringLiteral("a-fifo.csv"));
        ::mkfifo(QFile::encodeName(fifo).constData(), 0600);
        QTest::newRow("folder") << folder << QStringLiteral("is a folder");
        QTest::newRow("fifo") << fifo << QStringLiteral("is a pipe");
        QTest::newRow("device") << QStringLiteral("/dev/null") << QStringLiteral("is a device");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("gone.csv"))
                                 << QStringLiteral("no such file");
    }

    // A folder, pipe or device used to be "no such file", sending the user to look for a file
    // that is there.
    void aDataPathThatIsNoFileSaysWhatItIs()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QString script = writeScript(QStringLiteral("ok.py"), "1\n");
        const CliResult result = runCli(
            {QStringLiteral("run"), QStringLiteral("--data"), QStringLiteral("d=") + path, script});
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
        QVERIFY2(QString::fromUtf8(result.err).contains(path), result.err.constData());
    }

    void aTimeoutBeyondAWeekIsRefused()
    {
        const QString script = writeScript(QStringLiteral("ok.py"), "1\n");
        const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--timeout"),
                                         QStringLiteral("1000000000"), script});
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(result.err.contains("604800"), result.err.constData());
    }

    // A NUL in the code hung the worker until the backstop replaced it (the session lost), and
    // the store kept the code cut at the NUL while code_sha256 hashed all of it.
    void codeWithANulIsASyntaxErrorAndStoredWhole()
    {
        const QString db = m_dir.filePath(QStringLiteral("nul.db"));
        const QByteArray nulCell("y = 1\n\0z = 2\n", 13);
        const QString script =
            writeScript(QStringLiteral("nul.py"), QByteArray("# %%\nx = 7\n# %%\n") + nulCell +
                                                      QByteArray("# %%\nprint(x)\n"));
        const CliResult result =
            runCli({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                    QStringLiteral("20"), QStringLiteral("--db"), db, script},
                   60000);
        const auto lines = result.jsonLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1].value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY2(
            lines[1].value(QStringLiteral("stderr")).toString().contains(QStringLiteral("line 2")),
            result.out.constData());
        QCOMPARE(lines[2].value(QStringLiteral("stdout")).toString(), QStringLiteral("7\n"));
        QString error;
        auto store = RunStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        const auto run = store->run(lines[1].value(QStringLiteral("run_id")).toInteger());
        QVERIFY(run);
        QVERIFY2(run->code.contains(QStringLiteral("z = 2")), qPrintable(run->code));
        QCOMPARE(run->codeSha256, sha256Hex(run->code.toUtf8()));
    }

    void anImpossibleSchemaVersionIsRefusedWithoutACrashOrALock_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("run") << QStringLiteral("run");
        QTest::newRow("history") << QStringLiteral("history");
    }

    void anImpossibleSchemaVersionIsRefusedWithoutACrashOrALock()
    {
        QFETCH(QString, command);
        const QString db = m_dir.filePath(QStringLiteral("negative-%1.db").arg(command));
        {
            QString error;
            auto store = RunStore::open(db, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(store->connection().exec(QStringLiteral("PRAGMA user_version = -1"), &error));
        }
        QStringList arguments{command, QStringLiteral("--db"), db};
        if (command == QLatin1String("run"))
            arguments.append(writeScript(QStringLiteral("n.py"), "1\n"));
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, 73);
        QVERIFY2(result.err.contains(db.toUtf8()), result.err.constData());
        QVERIFY2(result.err.contains("schema version is -1"), result.err.constData());
        QVERIFY2(result.err.contains(".recover"), result.err.constData());
        QVERIFY(!QFile::exists(db + QStringLiteral(".upgrade.lock")));
    }

    void aDatabasePathThatIsNoFileIsRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("folder") << QStringLiteral("folder") << QByteArray("is a folder");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QByteArray("named pipe");
        QTest::newRow("device") << QStringLiteral("device") << QByteArray("is a device");
    }

    void aDatabasePathThatIsNoFileIsRefusedAtOnce()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, says);
        QString db = m_dir.filePath(QStringLiteral("not-a-file-") + kind);
        if (kind == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(db));
        else if (kind == QLatin1String("fifo"))
            QVERIFY(::mkfifo(QFile::encodeName(db).constData(), 0600) == 0);
        else
            db = QStringLiteral("/dev/null");
        // A FIFO used to block sqlite3_open for good: a short timeout catches a hang.
        const CliResult result =
            runCli({QStringLiteral("history"), QStringLiteral("--db"), db}, 20000);
        QCOMPARE(result.exitCode, 73);
        QVERIFY2(result.err.contains(says), result.err.constData());
        QVERIFY2(result.err.contains(db.toUtf8()), result.err.constData());
        QVERIFY2(!result.err.contains("no such file"), result.err.constData());
    }

    void aReadOnlyDatabaseIsNamedReadOnly()
    {
        const QString folder = m_dir.filePath(QStringLiteral("readonly"));
        const QString db = folder + QStringLiteral("/runs.db");
        QVERIFY(RunStore::open(db, nullptr));
        // A read-only bind mount: unlike chmod it holds for root, as CI runs.
        const auto result = runCliWithMount(
            folder,
            QStringLiteral("mount --bind \"$MP\" \"$MP\" && mount -o remount,bind,ro \"$MP\" || "
                           "exit 125"),
            {QStringLiteral("history"), QStringLiteral("--db"), db});
        if (!result)
            QSKIP("needs a mount namespace (root, or user namespaces) for a read-only mount");
        QCOMPARE(result->exitCode, 73);
        QVERIFY2(result->err.contains(QByteArray(db.toUtf8() + " is read-only")),
                 result->err.constData());
        QVERIFY2(!result->err.contains("not a Sandbench database"), result->err.constData());
    }

    void aStoreOnAFullDiskIsNamedAsSuch()
    {
        const QString source = m_dir.filePath(QStringLiteral("full-source.db"));
        QVERIFY(RunStore::open(source, nullptr));
        const QString mountPoint = m_dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(mountPoint));
        const QString db = mountPoint + QStringLiteral("/runs.db");
        const QString script = writeScript(QStringLiteral("full.py"), "print(1)\n");
        // The store is copied in, then the rest of the disk is taken.
        const auto result = runCliOnSmallDisk(
            mountPoint, 1024,
            QStringLiteral("cp '%1' \"$MP/runs.db\" && { dd if=/dev/zero of=\"$MP/fill\" bs=1k "
                           "2>/dev/null; true; }")
                .arg(source),
            {QStringLiteral("run"), QStringLiteral("--db"), db, QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("full-out")), script});
        if (!result)
            QSKIP("needs a mount namespace (root, or user namespaces) for a small tmpfs");
        QCOMPARE(result->exitCode, 73);
        QVERIFY2(result->err.contains(QByteArray("the disk holding " + db.toUtf8() + " is full")),
                 result->err.constData());
        QVERIFY2(!result->err.contains("not a Sandbench database"), result->err.constData());
    }

    void cellsThatCannotBeRecordedForLackOfSpaceExit73AndSaySo()
    {
        const QString source = m_dir.filePath(QStringLiteral("nearly-full-source.db"));
        QVERIFY(RunStore::open(source, nullptr));
        const QString mountPoint = m_dir.filePath(QStringLiteral("nearly-full"));
        QVERIFY(QDir().mkpath(mountPoint));
        const QString db = mountPoint + QStringLiteral("/runs.db");
        // Cell 1 hits the output limit (its megabyte of output cannot be stored); cell 2's
        // figure cannot be saved.
        const QString script = writeScript(QStringLiteral("nearly-full.py"),
                                           "# %%\n"
                                           "print('x' * 2000000)\n"
                                           "# %%\n"
                                           "import matplotlib.pyplot as plt\n"
                                           "plt.plot(range(1000), [i * i for i in range(1000)])\n");
        // Leave about 200 KB: enough to open the store and start a session, not for the runs.
        const auto result = runCliOnSmallDisk(
            mountPoint, 4096,
            QStringLiteral("cp '%1' \"$MP/runs.db\" && mkdir \"$MP/out\" && "
                           "free=$(df -k --output=avail \"$MP\" | tail -1) && "
                           "dd if=/dev/zero of=\"$MP/fill\" bs=1k count=$((free - 200)) "
                           "2>/dev/null")
                .arg(source),
            {QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"), db,
             QStringLiteral("--out"), mountPoint + QStringLiteral("/out"), script});
        if (!result)
            QSKIP("needs a mount namespace (root, or user namespaces) for a small tmpfs");
        const QByteArray all = result->out + result->err;
        QCOMPARE(result->exitCode, 73);
        QVERIFY2(result->err.contains(QByteArray("the disk holding " + db.toUtf8() + " is full")),
                 all.constData());
        QVERIFY2(all.contains("output_limit"), all.constData());
        QVERIFY2(all.contains("The figures of this cell could not be saved") &&
                     all.contains("the disk holding it is full"),
                 all.constData());
        QVERIFY2(!all.contains("Unknown error"), all.constData());
    }

    void killingTheWorkerMidCellReportsCrashedAndTheNextCellRunsFresh()
    {
        const QString db = m_dir.filePath(QStringLiteral("kill.db"));
        const QString script = writeScript(QStringLiteral("kill.py"),
                                           "# %%\nx = 1\nprint('first')\n"
                                           "# %%\nwhile True:\n    pass\n"
                                           "# %%\ntry:\n    x\n    print('state kept')\nexcept "
                                           "NameError:\n    print('fresh worker')\n");
        QProcess process;
        process.start(sandbenchProgram(), {QStringLiteral("run"), QStringLiteral("--json"),
                                           QStringLiteral("--db"), db, script});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("first"), 60000);
        qint64 worker = 0;
        QTRY_VERIFY_WITH_TIMEOUT((worker = test::childWorkerOf(process.processId())) > 0, 10000);
        // The endless loop runs once its cell's own process exists (the first cell's has ended:
        // its output was printed).
        QTRY_VERIFY_WITH_TIMEOUT(test::descendantsNamed(worker, "sb-cell").size() == 1, 30000);
        QCOMPARE(::kill(pid_t(worker), SIGKILL), 0);
        QVERIFY(process.waitForFinished(60000));
        out += process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 1);
        CliResult result;
        result.out = out;
        const auto lines = result.jsonLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(lines[1].value(QStringLiteral("status")).toString(), QStringLiteral("crashed"));
        QVERIFY(
            lines[1].value(QStringLiteral("stderr")).toString().contains(QStringLiteral("killed")));
        QCOMPARE(lines[2].value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(lines[2].value(QStringLiteral("stdout")).toString(),
                 QStringLiteral("fresh worker\n"));
        QVERIFY(test::childWorkerOf(process.processId()) == 0);

        QString error;
        auto store = RunStore::open(db, &error);
        const auto runs =
            store->runsOfSession(lines[0].value(QStringLiteral("session")).toInteger());
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs[0].stdoutText, QStringLiteral("first\n"));
        QCOMPARE(runs[1].status, RunStatus::Crashed);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
