// A sandboxed Dask cluster (issue 18): `sandbench cluster start` with two workers on this machine,
// sessions that use it through --cluster, attacks sent through the client, a worker killed while it
// runs a task, and a client without the cluster's certificates. Each test watches the side effect
// from outside (a secret's text, a canary file, a listening socket, the scheduler's answer).

#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <unistd.h>

using namespace sandbench::test;

namespace {

using Result = sandbench::test::ProcessResult;

QString sandbenchProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench");
}

QString violationsText(const QJsonObject &run)
{
    return QString::fromUtf8(
        QJsonDocument(run.value(QStringLiteral("violations")).toArray()).toJson());
}

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_state;
    QString m_profile;
    QString m_secret;
    bool m_started = false;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The cluster a run's provenance records, as `sandbench show --json` prints it (empty when
    // show fails or records none).
    QJsonObject recordedCluster(const QJsonObject &run) const
    {
        const Result shown = runProcess(
            sandbenchProgram(),
            {QStringLiteral("show"), QStringLiteral("--db"), path(QStringLiteral("runs.db")),
             QString::number(run.value(QStringLiteral("run_id")).toInteger()),
             QStringLiteral("--json")},
            120000);
        if (shown.exitCode != 0)
            qWarning("show failed: %s", shown.err.constData());
        return QJsonDocument::fromJson(shown.out)
            .object()
            .value(QStringLiteral("environment"))
            .toObject()
            .value(QStringLiteral("cluster"))
            .toObject();
    }

    // Runs one script of cells in a session that uses the cluster; one JSON object per cell.
    QList<QJsonObject> runCells(const QString &name, const QByteArray &script,
                                Result *raw = nullptr, const QStringList &extra = {})
    {
        const QString file = path(name + QStringLiteral(".py"));
        writeFile(file, script);
        QStringList arguments{QStringLiteral("run"),
                              file,
                              QStringLiteral("--json"),
                              QStringLiteral("--cluster"),
                              m_state,
                              QStringLiteral("--profile"),
                              m_profile,
                              QStringLiteral("--db"),
                              path(QStringLiteral("runs.db")),
                              QStringLiteral("--out"),
                              path(name + QStringLiteral("-out")),
                              QStringLiteral("--timeout"),
                              QStringLiteral("240")};
        arguments += extra;
        const Result result = runProcess(sandbenchProgram(), arguments, 400000);
        if (raw)
            *raw = result;
        const QList<QJsonObject> lines = jsonLines(result.out);
        if (lines.isEmpty())
            qWarning().noquote() << "sandbench run:" << result.exitCode << result.err;
        return lines;
    }

    QJsonObject status() const
    {
        const Result result =
            runProcess(sandbenchProgram(),
                       {QStringLiteral("cluster"), QStringLiteral("status"),
                        QStringLiteral("--state"), m_state, QStringLiteral("--json")},
                       60000);
        return QJsonDocument::fromJson(result.out).object();
    }

    QJsonObject member(const QString &name) const
    {
        for (const QJsonValue &value : status().value(QStringLiteral("members")).toArray()) {
            if (value.toObject().value(QStringLiteral("name")).toString() == name)
                return value.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Skipped loudly (ctest reports the test as skipped, SKIP_REGULAR_EXPRESSION), never
        // passed in silence.
        if (const QString why = clusterUnavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("SKIPPED LOUDLY: ") + why));
        m_state = path(QStringLiteral("cluster"));
        m_secret = path(QStringLiteral("secret.txt"));
        // The folder the workers may read (--data): orders.csv for the provenance test.
        QByteArray orders("region,amount\n");
        for (int i = 0; i < 4000; ++i)
            orders +=
                QByteArray("r") + QByteArray::number(i % 4) + ',' + QByteArray::number(i) + '\n';
        QVERIFY(writeFile(path(QStringLiteral("data/orders.csv")), orders));
        writeFile(m_secret, "token-6c1f9e2b\n");
        // The shipped cluster profile without its review trigger: these tests are about what the
        // sandbox does, tst_cli covers review.
        QJsonObject profile =
            QJsonDocument::fromJson(
                readFile(QCoreApplication::applicationDirPath() +
                         QStringLiteral("/../share/sandbench/profiles/cluster.json")))
                .object();
        QVERIFY(profile.value(QStringLiteral("cluster"))
                    .toObject()
                    .value(QStringLiteral("allowed"))
                    .toBool());
        QJsonObject review = profile.value(QStringLiteral("review")).toObject();
        QVERIFY(
            review.value(QStringLiteral("triggers")).toArray().contains(QStringLiteral("cluster")));
        review.insert(QStringLiteral("triggers"), QJsonArray());
        profile.insert(QStringLiteral("review"), review);
        profile.insert(QStringLiteral("name"), QStringLiteral("cluster-test"));
        m_profile = path(QStringLiteral("cluster-test.json"));
        QVERIFY(writeFile(m_profile, QJsonDocument(profile).toJson()));

        const Result started = runProcess(sandbenchProgram(),
                                          {QStringLiteral("cluster"), QStringLiteral("start"),
                                           QStringLiteral("--workers"), QStringLiteral("2"),
                                           QStringLiteral("--memory"), QStringLiteral("3072"),
                                           QStringLiteral("--state"), m_state,
                                           QStringLiteral("--data"), path(QStringLiteral("data"))},
                                          400000);
        QVERIFY2(started.exitCode == 0, started.err.constData());
        m_started = true;
        QVERIFY2(started.out.contains("2 sandboxed worker(s)"), started.out.constData());
    }

    void cleanupTestCase()
    {
        if (!m_started)
            return;
        const QJsonObject before = status();
        const qint64 supervisor = qint64(before.value(QStringLiteral("supervisor_pid")).toDouble());
        QList<qint64> members;
        for (const QJsonValue &value : before.value(QStringLiteral("members")).toArray())
            members.append(qint64(value.toObject().value(QStringLiteral("pid")).toDouble()));
        const Result stopped = runProcess(
            sandbenchProgram(),
            {QStringLiteral("cluster"), QStringLiteral("stop"), QStringLiteral("--state"), m_state},
            120000);
        QCOMPARE(stopped.exitCode, 0);
        QVERIFY(supervisor > 0);
        // Nothing of the cluster is left (a zombie waiting for its reaper has ended too).
        const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(supervisor));
        QVERIFY2(stat.isEmpty() || stat.mid(stat.lastIndexOf(')') + 2, 1) == "Z", stat.constData());
        for (qint64 pid : members)
            QVERIFY2(pid > 0 && ::kill(pid_t(pid), 0) != 0, qPrintable(QString::number(pid)));
    }

    // The members run under the sandbox's layers, each worker on its own port of the range.
    void membersAreSandboxed()
    {
        const QJsonObject worker = member(QStringLiteral("worker-1"));
        QCOMPARE(worker.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        const QByteArray log = readFile(m_state + QStringLiteral("/logs/worker-1.log"));
        QVERIFY2(log.contains("worker layers"), log.left(2000).constData());
        const qsizetype at = log.indexOf("worker layers ");
        const QJsonObject layers =
            QJsonDocument::fromJson(log.mid(at + 14, log.indexOf('\n', at) - at - 14)).object();
        QVERIFY2(
            layers.value(QStringLiteral("landlock")).toString().contains(QLatin1String("TCP only")),
            log.mid(at, 600).constData());
        QCOMPARE(layers.value(QStringLiteral("audit")).toString(), QStringLiteral("on"));
        QVERIFY(layers.value(QStringLiteral("seccomp")).toString().startsWith(QLatin1String("on")));
        QCOMPARE(layers.value(QStringLiteral("rlimits")).toString(), QStringLiteral("on"));
        QCOMPARE(layers.value(QStringLiteral("namespaces")).toString(), QStringLiteral("on"));
    }

    void groupbyFromSession()
    {
        const QList<QJsonObject> runs =
            runCells(QStringLiteral("groupby"),
                     "import pandas as pd\n"
                     "import dask.dataframe as dd\n"
                     "frame = pd.DataFrame({'k': [i % 3 for i in range(3000)], 'v': range(3000)})\n"
                     "lazy = dd.from_pandas(frame, npartitions=6)\n"
                     "sums = lazy.groupby('k').v.sum().compute()\n"
                     "print('sums', {int(k): int(v) for k, v in sums.items()})\n"
                     "print('workers', len(client.scheduler_info()['workers']))\n"
                     "print('ran on', len(set(client.run(lambda: 1))))\n");
        QCOMPARE(runs.size(), 1);
        const QJsonObject run = runs.first();
        const QString out = run.value(QStringLiteral("stdout")).toString();
        QVERIFY2(run.value(QStringLiteral("status")).toString() == QLatin1String("ok"),
                 qPrintable(run.value(QStringLiteral("stderr")).toString() + violationsText(run)));
        // sum(range(0, 3000, 3)) and the two shifted by one and two
        QVERIFY2(out.contains(QLatin1String("sums {0: 1498500, 1: 1499500, 2: 1500500}")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("workers 2")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("ran on 2")), qPrintable(out));

        // Its provenance (`show --json`): the cluster as the app knows it (the scheduler, each
        // member's layers as the supervisor recorded them) apart from the worker's own account
        // (the library versions), which is labelled as such.
        const QJsonObject cluster = recordedCluster(run);
        QVERIFY(!cluster.isEmpty());
        const QString recorded = QString::fromUtf8(QJsonDocument(cluster).toJson());
        QCOMPARE(cluster.value(QStringLiteral("scheduler")).toString(),
                 QJsonDocument::fromJson(readFile(m_state + QStringLiteral("/cluster.json")))
                     .object()
                     .value(QStringLiteral("scheduler"))
                     .toString());
        QCOMPARE(cluster.value(QStringLiteral("workers")).toInt(), 2);
        QStringList armed;
        for (const QJsonValue &value : cluster.value(QStringLiteral("members")).toArray()) {
            const QJsonObject layers = value.toObject().value(QStringLiteral("layers")).toObject();
            if (layers.value(QStringLiteral("audit")).toString() == QLatin1String("on") &&
                layers.value(QStringLiteral("landlock")).toString().contains(QLatin1String("TCP")))
                armed.append(value.toObject().value(QStringLiteral("name")).toString());
        }
        armed.sort();
        QCOMPARE(armed, (QStringList{QStringLiteral("scheduler"), QStringLiteral("worker-1"),
                                     QStringLiteral("worker-2")}));
        const QJsonObject reported = cluster.value(QStringLiteral("reported_by_worker")).toObject();
        QVERIFY2(reported.value(QStringLiteral("versions"))
                     .toObject()
                     .value(QStringLiteral("distributed"))
                     .toString()
                     .startsWith(QLatin1String("2")),
                 qPrintable(recorded));
        QVERIFY(!cluster.contains(QStringLiteral("verdict")));
    }

    // The provenance of a cell on the cluster: the task graph it sent (its size, a hash of its
    // keys) and the bytes it read per file, recorded as the worker's report. The same cell twice
    // gives the same hash (dask's keys are tokens of the code and the data); a cell that sends
    // nothing records no graph.
    void provenanceRecordsGraphAndReads()
    {
        const QString orders = path(QStringLiteral("data/orders.csv"));
        const QByteArray cell =
            "import dask.dataframe as dd\n"
            "frame = dd.read_csv(" +
            QJsonDocument(QJsonArray{orders}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
            ", blocksize=8000)\n"
            "print('partitions', frame.npartitions)\n"
            "print('total', int(frame.groupby('region').amount.sum()"
            ".compute().sum()))\n";
        const QList<QJsonObject> runs =
            runCells(QStringLiteral("graph"),
                     "# %%\n" + cell + "# %%\n" + cell + "# %%\nprint('nothing sent')\n", nullptr,
                     {QStringLiteral("--read"), orders});
        QCOMPARE(runs.size(), 3);
        QStringList hashes;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject run = runs.at(i);
            QVERIFY2(
                run.value(QStringLiteral("status")).toString() == QLatin1String("ok"),
                qPrintable(run.value(QStringLiteral("stderr")).toString() + violationsText(run)));
            const QJsonObject cluster = recordedCluster(run);
            QVERIFY(!cluster.isEmpty());
            QVERIFY(!cluster.contains(QStringLiteral("graph"))); // never as the app's own
            const QJsonObject graph = cluster.value(QStringLiteral("reported_by_worker"))
                                          .toObject()
                                          .value(QStringLiteral("graph"))
                                          .toObject();
            // The graph alone in messages: the members' port lists would hide it.
            const QString recorded = QString::fromUtf8(QJsonDocument(graph).toJson());
            if (i == 2) {
                QVERIFY2(graph.isEmpty(), qPrintable(recorded));
                continue;
            }
            const QString out = run.value(QStringLiteral("stdout")).toString();
            // sum(range(4000))
            QVERIFY2(out.contains(QLatin1String("total 7998000")), qPrintable(out));
            const int partitions = out.section(QLatin1String("partitions "), 1)
                                       .section(QLatin1Char('\n'), 0, 0)
                                       .toInt();
            QVERIFY2(partitions > 1, qPrintable(out));
            QCOMPARE(graph.value(QStringLiteral("computations")).toInt(), 1);
            // The graph as sent, after dask fused each partition's read and groupby step: at
            // least one task per partition and the aggregation.
            QVERIFY2(graph.value(QStringLiteral("tasks")).toInt() > partitions,
                     qPrintable(recorded));
            const QString hash = graph.value(QStringLiteral("keys_sha256")).toString();
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hash).hasMatch(),
                     qPrintable(recorded));
            hashes.append(hash);
            const QJsonArray reads = graph.value(QStringLiteral("reads")).toArray();
            QCOMPARE(reads.size(), 1);
            const QJsonObject read = reads.first().toObject();
            QCOMPARE(read.value(QStringLiteral("path")).toString(), orders);
            QCOMPARE(read.value(QStringLiteral("blocks")).toInt(), partitions);
            QCOMPARE(read.value(QStringLiteral("bytes")).toInteger(), QFileInfo(orders).size());
        }
        QCOMPARE(hashes.size(), 2);
        QCOMPARE(hashes.at(0), hashes.at(1));
    }

    // What a cell sends (client.submit, map_partitions) meets the workers' sandbox; the verdict
    // comes back into the cell with the worker's name.
    void redTeamFromCellBlockedOnWorkers()
    {
        QTcpServer outside; // an address outside the cluster: it must never see a connection
        QVERIFY(outside.listen(QHostAddress::LocalHost));
        const QByteArray secret = m_secret.toUtf8();
        const QByteArray script =
            "# %%\n"
            "def read(p):\n"
            "    with open(p) as f:\n"
            "        return f.read()\n"
            "print(client.submit(read, '" +
            secret +
            "').result())\n"
            "# %%\n"
            "import pandas as pd\n"
            "url = 'ht' + 'tp://127.0.0.1:" +
            QByteArray::number(outside.serverPort()) +
            "/x.csv'\n"
            "def fetch(u):\n"
            "    return len(pd.read_csv(u))\n"
            "print(client.submit(fetch, url).result())\n"
            "# %%\n"
            "import dask.dataframe as dd\n"
            "import pandas as pd\n" // the refused cell before it left nothing behind
            "def leak(part, p):\n"
            "    with open(p) as f:\n"
            "        return part.assign(n=len(f.read()))\n"
            "lazy = dd.from_pandas(pd.DataFrame({'a': range(4)}), npartitions=2)\n"
            "print(lazy.map_partitions(leak, '" +
            secret + "', meta={'a': 'i8', 'n': 'i8'}).compute())\n";
        const QList<QJsonObject> runs = runCells(QStringLiteral("redteam"), script);
        QCOMPARE(runs.size(), 3);
        for (const QJsonObject &run : runs) {
            const QString violations = violationsText(run);
            QVERIFY2(run.value(QStringLiteral("status")).toString() == QLatin1String("denied"),
                     qPrintable(run.value(QStringLiteral("status")).toString() + QLatin1Char(' ') +
                                run.value(QStringLiteral("stderr")).toString().right(1500)));
            QVERIFY2(violations.contains(QLatin1String("on cluster worker 'worker-")),
                     qPrintable(violations));
            QVERIFY(!run.value(QStringLiteral("stdout"))
                         .toString()
                         .contains(QLatin1String("token-6c1f9e2b")));
        }
        QVERIFY(violationsText(runs.at(0)).contains(QLatin1String("outside-read-zone")));
        QVERIFY(violationsText(runs.at(1)).contains(QLatin1String("network")));
        QVERIFY(violationsText(runs.at(2)).contains(QLatin1String("outside-read-zone")));
        QVERIFY(!outside.waitForNewConnection(0));
    }

    // The workers hold on their own: a client holding the cluster's certificates, with no
    // session's advisors in front of it, sends a process start, a file read and a connection.
    void redTeamFromRawClientBlockedOnWorkers()
    {
        QTcpServer outside;
        QVERIFY(outside.listen(QHostAddress::LocalHost));
        const QString canary = path(QStringLiteral("canary-created"));
        const QJsonObject cluster =
            QJsonDocument::fromJson(readFile(m_state + QStringLiteral("/cluster.json"))).object();
        const QString script = QStringLiteral(
            "import os, socket, sys\n"
            "from distributed import Client\n"
            "from distributed.security import Security\n"
            "certs, address, canary, secret, port = sys.argv[1:6]\n"
            "c = Client(address, security=Security(tls_ca_file=certs + '/ca.pem',\n"
            "    tls_client_cert=certs + '/client.pem', tls_client_key=certs + '/client-key.pem',\n"
            "    require_encryption=True), timeout=60)\n"
            "def start():\n"
            "    return os.system('touch ' + canary)\n"
            "def read():\n"
            "    return open(secret).read()\n"
            "def connect():\n"
            "    s = socket.socket()\n"
            "    s.connect(('127.0.0.1', int(port)))\n"
            "    return 'connected'\n"
            "for name, f in (('start', start), ('read', read), ('connect', connect)):\n"
            "    try:\n"
            "        print(name, 'RESULT', c.submit(f, pure=False).result())\n"
            "    except Exception as e:\n"
            "        print(name, 'REFUSED', str(e)[:200])\n"
            "c.close()\n");
        const Result result = runProcess(QStringLiteral("/usr/bin/python3"),
                                         {QStringLiteral("-c"), script,
                                          cluster.value(QStringLiteral("certs")).toString(),
                                          cluster.value(QStringLiteral("scheduler")).toString(),
                                          canary, m_secret, QString::number(outside.serverPort())},
                                         300000);
        const QByteArray out = result.out;
        QVERIFY2(result.exitCode == 0, QByteArray(out + result.err.right(1500)).constData());
        QVERIFY2(out.contains("start REFUSED sandbench cluster worker 'worker-"), out.constData());
        QVERIFY2(out.contains("refused (process)"), out.constData());
        QVERIFY2(out.contains("read REFUSED") && out.contains("refused (outside-read-zone)"),
                 out.constData());
        QVERIFY2(out.contains("connect REFUSED") && out.contains("refused (network)"),
                 out.constData());
        QVERIFY(!out.contains("token-6c1f9e2b"));
        QVERIFY(!QFileInfo::exists(canary));
        QVERIFY(!outside.waitForNewConnection(0));
    }

    // A worker SIGKILLed while it runs a task: the supervisor starts it again and Dask reruns the
    // lost task, so the cell still ends ok with the right result.
    void workerKilledMidTask()
    {
        const QJsonObject before = member(QStringLiteral("worker-1"));
        const qint64 pid = qint64(before.value(QStringLiteral("pid")).toDouble());
        QVERIFY(pid > 0);
        const int restarts = before.value(QStringLiteral("restarts")).toInt();
        const QString started = m_state + QStringLiteral("/scratch/worker-1");
        QProcess session;
        const QString file = path(QStringLiteral("kill.py"));
        writeFile(file, "import time\n"
                        "def slow(i):\n"
                        "    with open(f'started-{i}', 'w') as f:\n"
                        "        f.write('x')\n"
                        "    time.sleep(6)\n"
                        "    return i * i\n"
                        "futures = client.map(slow, range(6))\n"
                        "print('total', sum(client.gather(futures)))\n");
        session.start(sandbenchProgram(),
                      {QStringLiteral("run"), file, QStringLiteral("--json"),
                       QStringLiteral("--cluster"), m_state, QStringLiteral("--profile"), m_profile,
                       QStringLiteral("--db"), path(QStringLiteral("runs.db")),
                       QStringLiteral("--out"), path(QStringLiteral("kill-out")),
                       QStringLiteral("--timeout"), QStringLiteral("300")});
        // The task has started on worker-1 when its marker exists in the worker's scratch folder.
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(started).entryList({QStringLiteral("started-*")}).isEmpty(),
                                 240000);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY(session.waitForFinished(400000));
        const QList<QJsonObject> runs = jsonLines(session.readAllStandardOutput());
        QCOMPARE(runs.size(), 1);
        QVERIFY2(runs.first().value(QStringLiteral("status")).toString() == QLatin1String("ok"),
                 qPrintable(runs.first().value(QStringLiteral("stderr")).toString()));
        QVERIFY(runs.first()
                    .value(QStringLiteral("stdout"))
                    .toString()
                    .contains(QLatin1String("total 55")));
        // ... and the worker was replaced.
        QTRY_VERIFY_WITH_TIMEOUT(
            member(QStringLiteral("worker-1")).value(QStringLiteral("restarts")).toInt() >
                    restarts &&
                member(QStringLiteral("worker-1")).value(QStringLiteral("state")).toString() ==
                    QLatin1String("running"),
            240000);
    }

    // Only holders of the cluster's certificates connect: a client with certificates of its own
    // is refused at the TLS handshake; the same script with the cluster's client certificate
    // works (so the refusal is the certificate's doing).
    void clientWithoutCertificatesRefused()
    {
        const QJsonObject cluster =
            QJsonDocument::fromJson(readFile(m_state + QStringLiteral("/cluster.json"))).object();
        const QString address = cluster.value(QStringLiteral("scheduler")).toString();
        const QString certs = cluster.value(QStringLiteral("certs")).toString();
        QString script = QStringLiteral(
            "import sys\n"
            "from distributed import Client\n"
            "from distributed.security import Security\n"
            "if sys.argv[1] == 'own':\n"
            "    security = Security.temporary()\n"
            "else:\n"
            "    security = Security(tls_ca_file=sys.argv[2] + '/ca.pem',\n"
            "        tls_client_cert=sys.argv[2] + '/client.pem',\n"
            "        tls_client_key=sys.argv[2] + '/client-key.pem', require_encryption=True)\n"
            "try:\n"
            "    c = Client(sys.argv[3], security=security, timeout=20)\n"
            "except Exception as e:\n"
            "    print('refused', type(e).__name__)\n"
            "    sys.exit(3)\n"
            "print('connected', len(c.scheduler_info()['workers']))\n"
            "c.close()\n");
        const Result own = runProcess(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), script, QStringLiteral("own"), certs, address}, 180000);
        QVERIFY2(own.exitCode == 3, QByteArray(own.out + own.err.right(1500)).constData());
        QVERIFY(own.out.contains("refused"));
        const Result plain =
            runProcess(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral("-c"),
                        QString(script).replace(
                            QLatin1String("Client(sys.argv[3]"),
                            QLatin1String("Client(sys.argv[3].replace('tls://', 'tcp://')")),
                        QStringLiteral("own"), certs, address},
                       180000);
        QVERIFY2(plain.exitCode == 3, QByteArray(plain.out + plain.err.right(1500)).constData());
        const Result holder = runProcess(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), script, QStringLiteral("cluster"), certs, address}, 180000);
        QVERIFY2(holder.exitCode == 0, QByteArray(holder.out + holder.err.right(1500)).constData());
        QVERIFY(holder.out.contains("connected 2"));
    }

    // A session reaches the scheduler's port and nothing else: the kernel refuses the rest.
    void sessionReachesOnlyTheScheduler()
    {
        QTcpServer outside;
        QVERIFY(outside.listen(QHostAddress::LocalHost));
        const QList<QJsonObject> runs =
            runCells(QStringLiteral("session-net"), "import pandas as pd\n"
                                                    "pd.read_csv('ht' + 'tp://127.0.0.1:" +
                                                        QByteArray::number(outside.serverPort()) +
                                                        "/x.csv')\n");
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().value(QStringLiteral("status")).toString(), QStringLiteral("denied"));
        QVERIFY(!outside.waitForNewConnection(0));
    }
};

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
