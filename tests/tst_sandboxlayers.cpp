// Each sandbox layer alone stops its class of attack, with every other layer switched off in the
// profile; side effects are checked from outside the sandbox, not only the verdict.
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbench;

namespace {

const QStringList kAllLayers = {QStringLiteral("static"),    QStringLiteral("runtime"),
                                QStringLiteral("audit"),     QStringLiteral("landlock"),
                                QStringLiteral("seccomp"),   QStringLiteral("rlimits"),
                                QStringLiteral("namespaces")};

struct Run
{
    QString outputDir;
    int exitCode = -1;
    QList<QJsonObject> cells;
    QByteArray err;

    QString lastStatus() const
    {
        return cells.isEmpty() ? QString()
                               : cells.last().value(QStringLiteral("status")).toString();
    }
    QStringList lastLayers() const
    {
        QStringList layers;
        if (!cells.isEmpty()) {
            for (const QJsonValue &v : cells.last().value(QStringLiteral("violations")).toArray())
                layers.append(v.toObject().value(QStringLiteral("layer")).toString());
        }
        return layers;
    }
};

} // namespace

class TestSandboxLayers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_secret;
    QString m_secretFile;
    QString m_canaryDir;

    QString profileWithOnly(const QStringList &enabled, const QJsonObject &limits = {})
    {
        QJsonObject profile =
            QJsonDocument::fromJson(test::readFile(QCoreApplication::applicationDirPath() +
                                                   QStringLiteral("/../share/sandbench/profiles/"
                                                                  "default.json")))
                .object();
        QJsonObject layers;
        for (const QString &layer : kAllLayers)
            layers.insert(layer, enabled.contains(layer));
        profile.insert(QStringLiteral("layers"), layers);
        QJsonObject merged = profile.value(QStringLiteral("limits")).toObject();
        for (auto it = limits.begin(); it != limits.end(); ++it)
            merged.insert(it.key(), it.value());
        profile.insert(QStringLiteral("limits"), merged);
        const QString path =
            m_dir.filePath(QStringLiteral("only-%1.json").arg(enabled.join(QLatin1Char('-'))));
        test::writeFile(path, QJsonDocument(profile).toJson());
        return path;
    }

    Run run(const QString &profile, const QByteArray &code, int timeoutMs = 90000)
    {
        static int counter = 0;
        const QString name = QStringLiteral("case-%1").arg(++counter);
        const QString script = m_dir.filePath(name + QStringLiteral(".py"));
        QByteArray text = code;
        text.replace("{SECRET_FILE}", m_secretFile.toUtf8());
        text.replace("{CANARY_DIR}", m_canaryDir.toUtf8());
        text.replace("{PORT}", QByteArray::number(m_port));
        test::writeFile(script, text);
        QProcess process;
        process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench"),
                      {QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"),
                       m_dir.filePath(QStringLiteral("layers.db")), QStringLiteral("--out"),
                       m_dir.filePath(name + QStringLiteral("-out")), QStringLiteral("--profile"),
                       profile, script});
        Run result;
        result.outputDir = m_dir.filePath(name + QStringLiteral("-out"));
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished();
        }
        result.exitCode = process.exitCode();
        result.err = process.readAllStandardError();
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                result.cells.append(QJsonDocument::fromJson(line).object());
        }
        return result;
    }

    bool canaryUntouched() const
    {
        return QDir(m_canaryDir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries) ==
                   QStringList{QStringLiteral("keep.txt")} &&
               test::readFile(m_canaryDir + QStringLiteral("/keep.txt")) == "keep";
    }

    QTcpServer m_listener;
    quint16 m_port = 0;

    // Whether the cell reached the listener. The kernel completes a loopback connection into the
    // listen queue before the cell's connect() returns, so once the run is over a zero-timeout
    // poll of the queue answers for certain; no pause for it to "arrive".
    bool connectionWasMade()
    {
        return m_listener.hasPendingConnections() || m_listener.waitForNewConnection(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // World-readable on purpose: when the suite runs as root the worker runs as nobody, and
        // only the sandbox, not a file mode, may stop these reads and writes.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther |
                                                QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        m_secret = QStringLiteral("SECRET-%1").arg(QDateTime::currentMSecsSinceEpoch());
        m_secretFile = m_dir.filePath(QStringLiteral("secret.txt"));
        QVERIFY(test::writeFile(m_secretFile, m_secret.toUtf8() + "\n"));
        m_canaryDir = m_dir.filePath(QStringLiteral("canary"));
        QVERIFY(test::writeFile(m_canaryDir + QStringLiteral("/keep.txt"), "keep"));
        QFile::setPermissions(m_canaryDir, QFileDevice::Permissions(0x7777));
        QFile::setPermissions(m_canaryDir + QStringLiteral("/keep.txt"),
                              QFileDevice::Permissions(0x6666));
        QVERIFY(m_listener.listen(QHostAddress::LocalHost));
        m_port = m_listener.serverPort();
    }

    void staticCheckAloneRejectsBeforeAnythingRuns()
    {
        const Run r = run(profileWithOnly({QStringLiteral("static")}),
                          "import pandas as pd\n"
                          "pd.io.common.os.system('touch {CANARY_DIR}/static')\n");
        QCOMPARE(r.lastStatus(), QStringLiteral("rejected"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.lastLayers().contains(QStringLiteral("static")));
        const QJsonObject v =
            r.cells.last().value(QStringLiteral("violations")).toArray().first().toObject();
        QCOMPARE(v.value(QStringLiteral("line")).toInt(), 2);
        QVERIFY(v.value(QStringLiteral("col")).toInt() > 0);
        QVERIFY(canaryUntouched());
    }

    void runtimeGuardAloneRefusesComputedNames()
    {
        const Run r = run(profileWithOnly({QStringLiteral("runtime")}),
                          "import pandas as pd\n"
                          "m = getattr(pd.io.common, 'o' + 's')\n"
                          "m.system('touch {CANARY_DIR}/runtime')\n");
        QCOMPARE(r.lastStatus(), QStringLiteral("denied"));
        QVERIFY(r.lastLayers().contains(QStringLiteral("runtime")));
        QVERIFY(canaryUntouched());
    }

    void auditHookAloneKeepsFilesInTheirZones()
    {
        const QString profile = profileWithOnly({QStringLiteral("audit")});
        Run r = run(profile, "import pandas as pd\nprint(pd.read_csv('{SECRET_FILE}'))\n");
        QCOMPARE(r.lastStatus(), QStringLiteral("denied"));
        QVERIFY(r.lastLayers().contains(QStringLiteral("audit")));
        QVERIFY(!QJsonDocument(r.cells.last()).toJson().contains(m_secret.toUtf8()));
        r = run(profile,
                "import pandas as pd\npd.DataFrame({'a': [1]}).to_csv('{CANARY_DIR}/x.csv')\n");
        QCOMPARE(r.lastStatus(), QStringLiteral("denied"));
        r = run(profile, "import pandas as pd\npd.io.common.os.remove('{CANARY_DIR}/keep.txt')\n");
        QCOMPARE(r.lastStatus(), QStringLiteral("denied"));
        r = run(profile,
                "import pandas as pd\npd.io.common.os.system('touch {CANARY_DIR}/audit')\n");
        QCOMPARE(r.lastStatus(), QStringLiteral("denied"));
        QVERIFY(canaryUntouched());
    }

    void landlockAloneStopsFileAccessInTheKernel()
    {
        const QString profile = profileWithOnly({QStringLiteral("landlock")});
        Run r = run(profile, "import pandas as pd\nprint(pd.read_csv('{SECRET_FILE}'))\n");
        QCOMPARE(r.lastStatus(), QStringLiteral("denied"));
        QVERIFY(r.lastLayers().contains(QStringLiteral("landlock")));
        QVERIFY(!QJsonDocument(r.cells.last()).toJson().contains(m_secret.toUtf8()));
        r = run(profile,
                "import pandas as pd\npd.DataFrame({'a': [1]}).to_csv('{CANARY_DIR}/x.csv')\n");
        QCOMPARE(r.lastStatus(), QStringLiteral("denied"));
        QVERIFY(canaryUntouched());
    }

    void seccompAloneStopsProgramsAndSockets()
    {
        const QString profile = profileWithOnly({QStringLiteral("seccomp")});
        Run r = run(profile, "import pandas as pd\n"
                             "code = pd.io.common.os.system('touch {CANARY_DIR}/seccomp')\n"
                             "print('exit', code)\n");
        QVERIFY2(!r.cells.isEmpty(), r.err.constData());
        QVERIFY(canaryUntouched());
        r = run(profile, "import pandas as pd\n"
                         "s = pd.io.common.os.sys.modules['socket']\n"
                         "c = s.socket(s.AF_INET, s.SOCK_STREAM)\n"
                         "c.connect(('127.0.0.1', {PORT}))\n");
        QCOMPARE(r.lastStatus(), QStringLiteral("denied"));
        QVERIFY(r.lastLayers().contains(QStringLiteral("seccomp")));
        QVERIFY(!connectionWasMade());
        // A refusal the cell catches is the verdict all the same: the filter traps and records it
        // where the cell's Python cannot reach.
        r = run(profile, "import pandas as pd\n"
                         "s = pd.io.common.os.sys.modules['socket']\n"
                         "try:\n"
                         "    s.socket(s.AF_INET, s.SOCK_STREAM)\n"
                         "except OSError:\n"
                         "    pass\n");
        QCOMPARE(r.lastStatus(), QStringLiteral("denied"));
        QVERIFY(r.lastLayers().contains(QStringLiteral("seccomp")));
    }

    void namespacesAloneLeaveNoNetwork()
    {
        const Run r = run(profileWithOnly({QStringLiteral("namespaces")}),
                          "import pandas as pd\n"
                          "s = pd.io.common.os.sys.modules['socket']\n"
                          "c = s.socket(s.AF_INET, s.SOCK_STREAM)\n"
                          "c.connect(('127.0.0.1', {PORT}))\n");
        QCOMPARE(r.lastStatus(), QStringLiteral("error"));
        QVERIFY(!connectionWasMade());
    }

    void memoryLimitAloneEndsAMemoryBomb()
    {
        const Run r =
            run(profileWithOnly({QStringLiteral("rlimits")}, {{QStringLiteral("memory_mb"), 1024}}),
                "import numpy as np\nx = np.ones((20000, 20000))\n");
        QCOMPARE(r.lastStatus(), QStringLiteral("memory"));
        QCOMPARE(r.exitCode, 3);
    }

    void theParentsClockAloneStopsAnEndlessLoop()
    {
        const Run r = run(profileWithOnly({}, {{QStringLiteral("timeout_s"), 2}}),
                          "# %%\nx = 1\n# %%\nwhile True:\n    pass\n");
        QCOMPARE(r.cells.size(), 2);
        QCOMPARE(r.lastStatus(), QStringLiteral("timeout"));
        QCOMPARE(r.exitCode, 3);
    }

    void theWorkersNamespaceTakesItsChildrenWithIt()
    {
        // Everything else off: the cell manages to start a process, and the timeout must still
        // leave nothing behind.
        const QString token =
            QStringLiteral("sandbench-survivor-%1").arg(QCoreApplication::applicationPid());
        QByteArray code = "import pandas as pd\n"
                          "pd.io.common.os.system('setsid sleep 300 TOKEN >/dev/null 2>&1 &')\n"
                          "while True:\n    pass\n";
        code.replace("TOKEN", token.toUtf8());
        const Run r =
            run(profileWithOnly({QStringLiteral("namespaces")}, {{QStringLiteral("timeout_s"), 3}}),
                code);
        QCOMPARE(r.lastStatus(), QStringLiteral("timeout"));
        // The namespace's processes are killed as its first one exits, which the kernel finishes
        // on its own time: wait until none is left; one still there after seconds escaped it.
        QByteArray survivor;
        const auto survivorOf = [&token] {
            QDirIterator it(QStringLiteral("/proc"));
            while (it.hasNext()) {
                const QByteArray cmdline = test::readFile(it.next() + QStringLiteral("/cmdline"));
                if (cmdline.contains(token.toUtf8()))
                    return cmdline;
            }
            return QByteArray();
        };
        QVERIFY2(QTest::qWaitFor([&] { return (survivor = survivorOf()).isEmpty(); }, 10000),
                 survivor.constData());
    }

    void theSupervisorKeepsTheOutputFolderWithinItsSize()
    {
        // Every in-process layer off: only the supervisor, watching from outside, can stop it.
        const Run r = run(
            profileWithOnly({QStringLiteral("namespaces")}, {{QStringLiteral("output_mb"), 20}}),
            "import numpy as np\n"
            "for i in range(2000):\n"
            "    np.zeros(1_000_000).tofile(f'f{i}.bin')\n");
        QCOMPARE(r.lastStatus(), QStringLiteral("output_limit"));
        QCOMPARE(r.exitCode, 3);
        qint64 bytes = 0;
        QDirIterator it(r.outputDir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            bytes += QFileInfo(it.next()).size();
        // Stopped within a fraction of a second of crossing the line (what a fast disk takes in
        // that time, more on a loaded machine), far from the 16 GB the cell asked for.
        QVERIFY2(bytes < 2048ll * 1024 * 1024, qPrintable(QString::number(bytes)));
    }

    // Issue 12, item 3: a state attack judged from the record. Cell 1 poisons a library and
    // would end as if nothing happened; cell 2, innocent, prints a value. The record must show cell
    // 1 denied by the C++ library guard naming what it replaced, and cell 2 must print the real
    // value: cell 1's state was discarded, the session's libraries are untouched.
    void aCellCannotPoisonALibraryForLaterCells_data()
    {
        QTest::addColumn<QByteArray>("attack");
        QTest::addColumn<QString>("target");
        // Cells as bytes, names and printed values as text.
        QTest::addColumn<QByteArray>("innocent");
        QTest::addColumn<QString>("expected");
        const QByteArray frame = "import pandas as pd\nimport numpy as np\n";
        const QByteArray mean = "print(pd.DataFrame({'a': [1.0, 2.0, 3.0]}).mean()['a'])\n";
        QTest::newRow("class attribute") << frame + "pd.DataFrame.mean = lambda self, *a, **k: 42\n"
                                         << "pandas.DataFrame.mean" << frame + mean << "2.0";
        QTest::newRow("module function")
            << frame + "np.mean = lambda *a, **k: 42\n"
            << "numpy.mean" << frame + "print(np.mean([1.0, 2.0, 3.0]))\n"
            << "2.0";
        QTest::newRow("scipy")
            << QByteArray("import scipy.stats as st\nst.ttest_ind = lambda *a, **k: (0.0, 1.0)\n")
            << "scipy.stats.ttest_ind"
            << QByteArray("import scipy.stats as st\n"
                          "print(round(float(st.ttest_ind([1, 2, 3, 4], [5, 6, 7, 9])[1]), 4))\n")
            << "0.0074";
        QTest::newRow("statsmodels")
            << QByteArray("import statsmodels.api as sm\nsm.add_constant = lambda x, **k: x\n")
            << "statsmodels.api.add_constant"
            << QByteArray("import statsmodels.api as sm\n"
                          "print(sm.add_constant([[1.0], [2.0]]).shape)\n")
            << "(2, 2)";
        QTest::newRow("accessor over an existing name")
            << frame + "@pd.api.extensions.register_dataframe_accessor('mean')\n"
                       "class Fake:\n"
                       "    def __init__(self, df):\n"
                       "        pass\n"
                       "    def __call__(self, *a, **k):\n"
                       "        return {'a': 42}\n"
            << "pandas.DataFrame.mean" << frame + mean << "2.0";
        QTest::newRow("module dict reached indirectly")
            << frame + "d = vars(pd.core.nanops)\nd['nanmean'] = lambda *a, **k: 42\n"
            << "pandas.core.nanops.nanmean" << frame + mean << "2.0";
        QTest::newRow("setattr on a class")
            << frame + "setattr(pd.Series, 'sum', lambda self, *a, **k: 42)\n"
            << "pandas.Series.sum" << frame + "print(pd.Series([1, 2, 3]).sum())\n"
            << "6";
        QTest::newRow("delattr") << frame + "delattr(np, 'median')\n"
                                 << "numpy.median cannot be deleted"
                                 << frame + "print(np.median([1, 2, 9]))\n"
                                 << "2.0";
        QTest::newRow("a module imported and poisoned in one cell")
            << QByteArray("import statsmodels.stats.weightstats as ws\n"
                          "def ttest_ind(*a, **k):\n"
                          "    return (0.0, 1.0, 1)\n"
                          "ws.ttest_ind = ttest_ind\n")
            << "statsmodels.stats.weightstats.ttest_ind"
            << QByteArray("import statsmodels.stats.weightstats as ws\n"
                          "print(round(float(ws.ttest_ind([1, 2, 3, 4], [5, 6, 7, 9])[1]), 4))\n")
            << "0.0074";
        QTest::newRow("plotting backend registry, filled and replaced in one cell")
            << frame + "import types\n"
                       "pd.Series([1, 2]).plot()\n"
                       "fake = types.ModuleType('fake')\n"
                       "fake.plot = lambda data, kind, **k: 42\n"
                       "pd.plotting._core._backends['matplotlib'] = fake\n"
            << "pandas plotting backend 'matplotlib'"
            << frame + "print(pd.plotting._core._get_plot_backend('matplotlib').__name__)\n"
            << "pandas.plotting._matplotlib";
        QTest::newRow("sys.modules")
            << QByteArray("import sys, types\nsys.modules['pandas'] = types.ModuleType('pandas')\n")
            << "sys.modules['pandas']" << frame + mean << "2.0";
        QTest::newRow("a builtin shadowed in a library module")
            << frame + "pd.core.nanops.len = lambda x: 1\n"
            << "pandas.core.nanops.len" << frame + mean << "2.0";
    }

    void aCellCannotPoisonALibraryForLaterCells()
    {
        QFETCH(QByteArray, attack);
        QFETCH(QString, target);
        QFETCH(QByteArray, innocent);
        QFETCH(QString, expected);
        // With the Python layers off, as a cell that switched them off would have them: the
        // guard is C++ and holds alone.
        const Run r = run(profileWithOnly({QStringLiteral("audit"), QStringLiteral("landlock"),
                                           QStringLiteral("seccomp"), QStringLiteral("rlimits"),
                                           QStringLiteral("namespaces")}),
                          attack + "# %%\n" + innocent);
        QCOMPARE(r.cells.size(), 2);
        const QJsonObject poisoned = r.cells.first();
        QCOMPARE(poisoned.value(QStringLiteral("status")).toString(), QStringLiteral("denied"));
        QVERIFY(poisoned.value(QStringLiteral("run_id")).toInteger() > 0); // recorded
        bool named = false;
        for (const QJsonValue &v : poisoned.value(QStringLiteral("violations")).toArray()) {
            const QJsonObject o = v.toObject();
            named =
                named || (o.value(QStringLiteral("layer")).toString() == QLatin1String("guard") &&
                          o.value(QStringLiteral("message")).toString().contains(target));
        }
        QVERIFY2(named, QJsonDocument(poisoned).toJson().constData());
        QCOMPARE(r.lastStatus(), QStringLiteral("ok"));
        QCOMPARE(r.cells.last().value(QStringLiteral("stdout")).toString().trimmed(), expected);
    }

    // What stays the analyst's to change runs ok and is recorded as state the run changed.
    void displayOptionsAndRcParamsAreRecordedAsStateChanges()
    {
        const Run r = run(profileWithOnly(kAllLayers),
                          "import pandas as pd\n"
                          "pd.set_option('display.float_format', '{:.2f}'.format)\n"
                          "# %%\n"
                          "import matplotlib.pyplot as plt\n"
                          "plt.rcParams['figure.dpi'] = 50\n"
                          "# %%\n"
                          "print(pd.DataFrame({'a': [1.0 / 3]}))\n");
        QCOMPARE(r.cells.size(), 3);
        for (const QJsonObject &cell : r.cells)
            QCOMPARE(cell.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        auto changes = [&](int i) {
            QStringList names;
            for (const QJsonValue &v :
                 r.cells.at(i).value(QStringLiteral("state_changes")).toArray())
                names.append(v.toString());
            return names;
        };
        QCOMPARE(changes(0), QStringList{QStringLiteral("display.float_format")});
        QCOMPARE(changes(1), QStringList{QStringLiteral("rcParams['figure.dpi']")});
        QCOMPARE(changes(2), QStringList());
        QVERIFY(r.cells.last()
                    .value(QStringLiteral("stdout"))
                    .toString()
                    .contains(QStringLiteral("0.33")));
        // The record, as `sandbench show` reads it back from the store.
        QProcess show;
        show.start(QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench"),
                   {QStringLiteral("show"),
                    QString::number(r.cells.first().value(QStringLiteral("run_id")).toInteger()),
                    QStringLiteral("--db"), m_dir.filePath(QStringLiteral("layers.db"))});
        QVERIFY(show.waitForFinished(30000));
        QVERIFY2(show.readAllStandardOutput().contains("changed  display.float_format"),
                 show.readAllStandardError().constData());
    }

    void allLayersTogetherReportTheFirstThatStoppedIt()
    {
        const Run r = run(profileWithOnly(kAllLayers),
                          "import pandas as pd\nprint(pd.read_csv('{SECRET_FILE}'))\n");
        QCOMPARE(r.lastStatus(), QStringLiteral("denied"));
        QVERIFY(r.lastLayers().contains(QStringLiteral("audit")));
        QVERIFY(canaryUntouched());
    }
};

QTEST_GUILESS_MAIN(TestSandboxLayers)
#include "tst_sandboxlayers.moc"
