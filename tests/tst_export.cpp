// Export and replay end to end: a session recorded by the real `sandbench run`, exported, and the
// exported script re-run by the system's python3 outside Sandbench, as a colleague would.
#include "ipynb.h"
#include "reviewqueue.h"
#include "runstore.h"
#include "sessionexport.h"
#include "sha256.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbench;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runProgram(const QString &program, const QStringList &arguments,
                  const QString &workdir = QString())
{
    QProcess process;
    if (program == QLatin1String("/usr/bin/python3")) {
        // A colleague's plain shell: none of the test run's matplotlib or Python settings.
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("HOME"), workdir);
        env.insert(QStringLiteral("MPLCONFIGDIR"), qEnvironmentVariable("XDG_CACHE_HOME") +
                                                       QStringLiteral("/sandbench/matplotlib"));
        process.setProcessEnvironment(env);
    }
    if (!workdir.isEmpty())
        process.setWorkingDirectory(workdir);
    process.start(program, arguments);
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
    }
    Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Result runSandbench(const QStringList &arguments)
{
    return runProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench"),
                      arguments);
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_sales;
    qint64 m_session = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString exportTo(const QString &name)
    {
        const QString file = path(name);
        const Result result =
            runSandbench({QStringLiteral("export"), QString::number(m_session),
                          QStringLiteral("-o"), file, QStringLiteral("--db"), m_db});
        return result.exitCode == 0 ? file : result.err;
    }

    QList<QString> keptCode()
    {
        QString error;
        auto store = RunStore::open(m_db, &error);
        QList<QString> code;
        for (const RunRecord &run : store->runsOfSession(m_session)) {
            if (run.status == RunStatus::Ok)
                code.append(run.code.trimmed());
        }
        return code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("runs.db"));
        m_sales = path(QStringLiteral("data/sales.csv"));
        const QString sampleDir = QFileInfo(test::sampleSalesCsv()).absolutePath();
        QVERIFY(test::writeFile(m_sales, test::readFile(sampleDir + QStringLiteral("/sales.csv"))));
        const QString regions = path(QStringLiteral("data/regions.csv"));
        QVERIFY(
            test::writeFile(regions, test::readFile(sampleDir + QStringLiteral("/regions.csv"))));
        // Six cells over two datasets: a failing one (left out of the export), three figures, a
        // file written to the output folder, a seed, text that needs escaping, a trailing
        // expression.
        const QString script = test::testDataDir() + QStringLiteral("/export_analysis.py");
        const Result run =
            runSandbench({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"),
                          m_db, QStringLiteral("--out"), path(QStringLiteral("session-out")),
                          QStringLiteral("--data"), QStringLiteral("sales=") + m_sales,
                          QStringLiteral("--data"), QStringLiteral("regions=") + regions, script});
        QCOMPARE(run.exitCode, 1); // the failing cell
        QStringList statuses;
        int figures = 0;
        for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject json = QJsonDocument::fromJson(line.toUtf8()).object();
            statuses.append(json.value(QStringLiteral("status")).toString());
            figures += int(json.value(QStringLiteral("figures")).toArray().size());
            m_session = json.value(QStringLiteral("session")).toInteger();
        }
        QCOMPARE(statuses,
                 QStringList({QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("error"),
                              QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("ok")}));
        QCOMPARE(figures, 3);
        QVERIFY(m_session > 0);
    }

    void exportedScriptPassesItsCheckWithPlainPython()
    {
        const QString script = exportTo(QStringLiteral("analysis.py"));
        QVERIFY2(QFileInfo::exists(script), qPrintable(script));
        const QString text = QString::fromUtf8(test::readFile(script));
        QVERIFY(text.contains(QStringLiteral("Sandbench session %1").arg(m_session)));
        QVERIFY(text.contains(QStringLiteral("left out: it failed with an exception")));
        QVERIFY(text.contains(QStringLiteral("Python           3.")));
        QVERIFY(text.contains(QStringLiteral("cell 1: np.random.seed(7)")));
        QVERIFY(!text.contains(QStringLiteral("undefined_name")));
        QVERIFY(!text.contains(QStringLiteral("import sandbench")));

        // -I: no PYTHONPATH, no user site: only the standard library and the system's packages.
        const QString out = path(QStringLiteral("rerun-out"));
        const Result rerun = runProgram(QStringLiteral("/usr/bin/python3"),
                                        {QStringLiteral("-I"), script, QStringLiteral("--check"),
                                         QStringLiteral("--output"), out},
                                        m_dir.path());
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.out + rerun.err));
        QVERIFY2(rerun.out.contains(QStringLiteral("PASSED: all 5 cells reproduce")),
                 qPrintable(rerun.out));
        QVERIFY(rerun.out.contains(QStringLiteral("quote \" back\\slash \t tab ünïcode ✓")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/by_region.csv")));
        for (const char *figure :
             {"cell-3-figure-1.png", "cell-4-figure-1.png", "cell-5-figure-1.png"})
            QVERIFY2(test::isPng(
                         test::readFile(out + QStringLiteral("/figures/") + QLatin1String(figure))),
                     figure);
    }

    void changedDatasetStopsTheScriptUnlessAllowed()
    {
        const QString script = exportTo(QStringLiteral("analysis.py"));
        const QByteArray original = test::readFile(m_sales);
        QByteArray changed = original;
        const qsizetype at = changed.indexOf("296.40"); // the first row's revenue
        QVERIFY(at > 0);
        changed[at + 5] = '9';
        QVERIFY(test::writeFile(m_sales, changed));
        const Result stopped =
            runProgram(QStringLiteral("/usr/bin/python3"),
                       {script, QStringLiteral("--output"), path(QStringLiteral("changed-out"))},
                       m_dir.path());
        const Result checked =
            runProgram(QStringLiteral("/usr/bin/python3"),
                       {script, QStringLiteral("--allow-changed-data"), QStringLiteral("--check"),
                        QStringLiteral("--output"), path(QStringLiteral("changed-check-out"))},
                       m_dir.path());
        QVERIFY(test::writeFile(m_sales, original));

        QCOMPARE(stopped.exitCode, 3);
        QVERIFY2(stopped.err.contains(QStringLiteral("dataset sales: ") + m_sales +
                                      QStringLiteral(" is not the file the session read")),
                 qPrintable(stopped.err));
        QVERIFY(stopped.err.contains(QStringLiteral("--allow-changed-data")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("changed-out"))));

        QCOMPARE(checked.exitCode, 1);
        const QStringList lines = checked.out.split(QLatin1Char('\n'));
        const auto row = [&lines](const QString &cell) {
            for (const QString &line : lines) {
                if (line.startsWith(cell + QLatin1Char(' ')))
                    return line;
            }
            return QString();
        };
        QVERIFY2(!row(QStringLiteral("1")).contains(QStringLiteral("DIFFERS")),
                 qPrintable(checked.out));
        QVERIFY2(row(QStringLiteral("2")).contains(QStringLiteral("DIFFERS")),
                 qPrintable(checked.out));
        QVERIFY(checked.out.contains(QStringLiteral("cell 2: stdout differs")));
        QVERIFY(checked.out.contains(QStringLiteral("the file by_region.csv differs")));
        QVERIFY(checked.out.contains(QStringLiteral("FAILED:")));
    }

    void notebookExportValidatesAndImportsBackToTheSameCells()
    {
        const QString notebook = exportTo(QStringLiteral("analysis.ipynb"));
        QVERIFY2(QFileInfo::exists(notebook), qPrintable(notebook));
        const Result validated = runProgram(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import sys, nbformat\n"
                 "nb = nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT)\n"
                 "nbformat.validate(nb)\n"
                 "outs = [o for c in nb.cells if c.cell_type == 'code' for o in c.outputs]\n"
                 "print(nb.nbformat, nb.nbformat_minor,\n"
                 "      sum('image/png' in o.get('data', {}) for o in outs),\n"
                 "      sum(o.output_type == 'stream' for o in outs))\n"),
             notebook},
            m_dir.path());
        QVERIFY2(validated.exitCode == 0, qPrintable(validated.err));
        QCOMPARE(validated.out.trimmed(), QStringLiteral("4 5 3 4"));

        const QString imported = path(QStringLiteral("imported.py"));
        const Result import =
            runSandbench({QStringLiteral("import"), notebook, QStringLiteral("-o"), imported});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QString error;
        for (const QString &file : {notebook, imported, path(QStringLiteral("analysis.py"))}) {
            const auto cells = readNotebookFile(file, &error);
            QVERIFY2(cells, qPrintable(error));
            QList<QString> code;
            for (const NotebookCell &cell : *cells) {
                if (cell.kind == NotebookCell::Kind::Code)
                    code.append(cell.source.trimmed());
            }
            QCOMPARE(code, keptCode());
        }

        // The notebook runs as a new session: its five cells, all ok this time.
        const Result run = runSandbench(
            {QStringLiteral("run"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
             path(QStringLiteral("notebook-out")), QStringLiteral("--data"),
             QStringLiteral("sales=") + m_sales, QStringLiteral("--data"),
             QStringLiteral("regions=") + path(QStringLiteral("data/regions.csv")), notebook});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.count(QStringLiteral("] ok ")), 5);
    }

    // Issue 15 item 3: display() outputs and a DataFrame expression's result go through the
    // worker, the reply's checks and the store, and come out of both exports with their MIME
    // types, in order with the printed text; the exported script replays and checks them.
    void richOutputsReachTheStoreAndBothExports()
    {
        const QString script = path(QStringLiteral("rich.py"));
        QVERIFY(test::writeFile(
            script, "# %%\n"
                    "import pandas as pd\n"
                    "from IPython.display import Markdown, HTML\n"
                    "print('before')\n"
                    "display(Markdown('# Totals'))\n"
                    "print('between')\n"
                    "display(HTML('<b>bold</b>'))\n"
                    "frame = pd.DataFrame({'region': ['N', 'S', 'E'], 'revenue': [1.5, 2.5, 3.0]})\n"
                    "display(frame)\n"
                    "frame.head(2)\n"));
        const QString db = path(QStringLiteral("rich.db"));
        const Result run = runSandbench({QStringLiteral("run"), QStringLiteral("--json"),
                                         QStringLiteral("--db"), db, QStringLiteral("--out"),
                                         path(QStringLiteral("rich-out")), script});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject line = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(line.value(QStringLiteral("rich_outputs")).toArray().size(), 4);
        const qint64 session = line.value(QStringLiteral("session")).toInteger();
        QString error;
        {
            auto store = RunStore::open(db, &error);
            QVERIFY2(store, qPrintable(error));
            const QList<RunRecord> runs = store->runsOfSession(session);
            QCOMPARE(runs.size(), 1);
            const QList<RichOutput> &outputs = runs.first().richOutputs;
            QCOMPARE(outputs.size(), 4);
            QCOMPARE(outputs[0].markdown, QStringLiteral("# Totals"));
            QCOMPARE(runs.first().stdoutText.left(outputs[0].stdoutAt), QStringLiteral("before\n"));
            QCOMPARE(outputs[1].html, QStringLiteral("<b>bold</b>"));
            QCOMPARE(outputs[2].tableName, QStringLiteral("frame"));
            QCOMPARE(outputs[2].tableRows, qint64(3));
            QVERIFY(outputs[3].isResult && outputs[3].tableRows == 2);
            // The environment a reader sees holds no outputs: they are the run's own field.
            QVERIFY(!runs.first().environment.contains(QStringLiteral("rich_outputs")));
        }
        const QString notebook = path(QStringLiteral("rich.ipynb"));
        Result exported = runSandbench({QStringLiteral("export"), QString::number(session),
                                        QStringLiteral("-o"), notebook, QStringLiteral("--db"), db});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const Result validated = runProgram(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import sys, nbformat\n"
                 "nb = nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT)\n"
                 "nbformat.validate(nb)\n"
                 "outs = [o for c in nb.cells if c.cell_type == 'code' for o in c.outputs]\n"
                 "for o in outs:\n"
                 "    print((o.output_type + ' ' + o.get('name', '') + ' ' +\n"
                 "           ','.join(sorted(o.get('data', {})))).strip())\n"),
             notebook},
            m_dir.path());
        QVERIFY2(validated.exitCode == 0, qPrintable(validated.err));
        QCOMPARE(validated.out.trimmed().split(QLatin1Char('\n')),
                 QStringList({QStringLiteral("stream stdout"),
                              QStringLiteral("display_data  text/markdown,text/plain"),
                              QStringLiteral("stream stdout"),
                              QStringLiteral("display_data  text/html,text/plain"),
                              QStringLiteral("display_data  text/html,text/plain"),
                              QStringLiteral("execute_result  text/html,text/plain")}));
        // The .py: the record names the outputs' types, and a plain Python replay shows the
        // same number of displayed outputs.
        const QString py = path(QStringLiteral("rich-export.py"));
        exported = runSandbench({QStringLiteral("export"), QString::number(session),
                                 QStringLiteral("-o"), py, QStringLiteral("--db"), db});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QString::fromUtf8(test::readFile(py)).contains(QStringLiteral("text/markdown")));
        const Result rerun = runProgram(QStringLiteral("/usr/bin/python3"),
                                        {QStringLiteral("-I"), py, QStringLiteral("--check"),
                                         QStringLiteral("--output"),
                                         path(QStringLiteral("rich-rerun"))},
                                        m_dir.path());
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.out + rerun.err));
        QVERIFY2(rerun.out.contains(QStringLiteral("3/3")), qPrintable(rerun.out));
    }

    void notebookOfAnotherVersionIsRefusedByName()
    {
        const QString old = path(QStringLiteral("old.ipynb"));
        QVERIFY(test::writeFile(old, R"({"nbformat": 3, "worksheets": []})"));
        QString error;
        QVERIFY(!readNotebookFile(old, &error));
        QVERIFY(error.contains(old));
        QVERIFY(error.contains(QStringLiteral("nbformat 4")));
    }

    // Undo and review as the store records them, without a worker: the kept cells follow the
    // state's parent runs, an undone cell is left out with its reason, approvals are listed.
    void keptCellsFollowTheStateAndTheHeaderNamesApprovals()
    {
        QString error;
        auto store = RunStore::open(path(QStringLiteral("synthetic.db")), &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 session = store->createSession({}, path(QStringLiteral("syn")), &error);
        const auto record = [&](const QString &code, RunStatus status, qint64 parent,
                                qint64 approval) {
            RunRecord run;
            run.sessionId = session;
            run.code = code;
            run.codeSha256 = sha256Hex(code.toUtf8());
            run.status = status;
            run.parentRunId = parent;
            run.approvalId = approval;
            run.profileName = QStringLiteral("default");
            run.startedAt = run.finishedAt = QDateTime::currentDateTimeUtc();
            store->recordRun(run, {}, &error);
            return run.id;
        };
        const qint64 first = record(QStringLiteral("x = 1"), RunStatus::Ok, 0, 0);
        const qint64 undone = record(QStringLiteral("x = 2"), RunStatus::Ok, first, 0);
        const qint64 flagged =
            record(QStringLiteral("import pathlib"), RunStatus::PendingReview, first, 0);
        ReviewQueue reviews(*store);
        const auto decision = reviews.decide(flagged, true, QStringLiteral("rita"),
                                             QStringLiteral("paths \"only\""), &error);
        QVERIFY2(decision, qPrintable(error));
        const qint64 approved =
            record(QStringLiteral("import pathlib"), RunStatus::Ok, first, decision->id);

        const auto exported = SessionExport::load(*store, session, &error);
        QVERIFY2(exported, qPrintable(error));
        QList<qint64> kept;
        for (const RunRecord &run : exported->keptRuns())
            kept.append(run.id);
        QCOMPARE(kept, QList<qint64>({first, approved}));
        QCOMPARE(exported->leftOut().size(), 2);
        QCOMPARE(exported->leftOut().at(0).run.id, undone);
        QVERIFY(exported->leftOut().at(0).reason.contains(QStringLiteral("rolled back")));
        const QString header = exported->headerText(QStringLiteral("a.py"));
        QVERIFY2(header.contains(QStringLiteral("run %1 approved by rita").arg(flagged)),
                 qPrintable(header));
        QVERIFY(header.contains(QStringLiteral("ran as run %1): paths \"only\"").arg(approved)));
    }

    void pythonLiteralsKeepEveryCharacter()
    {
        const QJsonObject value{
            {QStringLiteral("text"),
             QStringLiteral("quote \" 'single' back\\slash\n\r\t\x01\x7f é ✓ \U0001F600")},
            {QStringLiteral("list"), QJsonArray{1, 2.5, true, false, QJsonValue()}},
            {QStringLiteral("big"), 9007199254740991.0}};
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import ast, json, sys\n"
                                     "print(json.dumps(ast.literal_eval(sys.stdin.read())))")});
        python.write(pythonLiteral(value).toUtf8());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(QJsonDocument::fromJson(python.readAllStandardOutput()).object(), value);
    }

    void replayReportsEveryCellReproduced()
    {
        const Result replay = runSandbench({QStringLiteral("replay"), QString::number(m_session),
                                            QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                                            path(QStringLiteral("replay-out"))});
        QVERIFY2(replay.exitCode == 0, qPrintable(replay.out + replay.err));
        QVERIFY2(replay.out.contains(QStringLiteral("reproduce the record")),
                 qPrintable(replay.out));
        QCOMPARE(replay.out.count(QStringLiteral("\tsame\n")), 5);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
