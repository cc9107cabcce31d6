// A sandboxed Dask cluster across network namespaces (issue 18): the scheduler, two workers and the
// session each live in a network namespace of their own, joined by veth pairs on a bridge, with
// loopback left down everywhere, so nothing of the cluster can lean on 127.0.0.1 or on members
// sharing an address. The scheduler starts alone (`cluster start --workers 0 --listen`), the
// workers join as they would from other machines (`cluster worker --scheduler --certs`), and a
// sandboxed session runs a groupby on them. The session's kernel rules open the scheduler's port
// on its veth address; another port, on the scheduler's address or a worker's, stays refused.
//
// Needs root (network namespaces, veth, a bridge); skipped, saying why, without it.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <csignal>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace sandbench::test;

namespace {

using Result = sandbench::test::ProcessResult;

constexpr int kSchedulerPort = 8786;
constexpr int kOtherPort = 9100; // a listener the session must not reach, on two addresses

QString sandbenchProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench");
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

// A process started inside a namespace whose output the test watches (a joined worker, a
// listener). Its output is collected as it comes, so waiting on it needs no sleeps.
struct Watched
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray output;
};

} // namespace

class TestClusterVeth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ip;
    QString m_prefix;         // sbv-<pid>-: every namespace this run made starts with it
    QStringList m_namespaces; // made by this run, deleted in teardown()
    QString m_state;
    QString m_profile;
    QString m_secret;
    bool m_clusterStarted = false;
    std::vector<std::unique_ptr<Watched>> m_watched;
    QList<Watched *> m_workers; // the two joined workers, in m_watched
    Watched *m_listenerScheduler = nullptr;
    Watched *m_listenerWorker = nullptr;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString ns(const QString &role) const { return m_prefix + role; }
    static QString address(int host) { return QStringLiteral("10.231.0.%1").arg(host); }
    QString scheduler() const
    {
        return QStringLiteral("tls://%1:%2").arg(address(1)).arg(kSchedulerPort);
    }

    Result ip(const QStringList &arguments) const { return runProcess(m_ip, arguments, 60000); }

    // `ip netns exec NS program ...`: the program runs with NS's network stack and nothing else
    // changed (same files, same pid namespace), as it would on a machine of its own.
    QStringList inNamespace(const QString &role, const QStringList &command) const
    {
        return QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns(role)} + command;
    }

    Watched *startWatched(const QString &role, const QStringList &command)
    {
        auto watched = std::make_unique<Watched>();
        Watched *w = watched.get();
        w->process->setProcessChannelMode(QProcess::MergedChannels);
        connect(w->process.get(), &QProcess::readyRead, this,
                [w] { w->output += w->process->readAll(); });
        w->process->start(m_ip, inNamespace(role, command));
        m_watched.push_back(std::move(watched));
        return w;
    }

    // A namespace of this run's, its veth's far end on the scheduler's bridge; loopback stays
    // down. Returns an empty string or what failed.
    QString addMember(const QString &role, int host)
    {
        const QString link = QStringLiteral("v") + role;
        const QList<QStringList> steps = {
            {QStringLiteral("netns"), QStringLiteral("add"), ns(role)},
            {QStringLiteral("-n"), ns(QStringLiteral("s")), QStringLiteral("link"),
             QStringLiteral("add"), link, QStringLiteral("type"), QStringLiteral("veth"),
             QStringLiteral("peer"), QStringLiteral("name"), QStringLiteral("eth0"),
             QStringLiteral("netns"), ns(role)},
            {QStringLiteral("-n"), ns(QStringLiteral("s")), QStringLiteral("link"),
             QStringLiteral("set"), link, QStringLiteral("master"), QStringLiteral("br0"),
             QStringLiteral("up")},
            {QStringLiteral("-n"), ns(role), QStringLiteral("addr"), QStringLiteral("add"),
             address(host) + QStringLiteral("/24"), QStringLiteral("dev"), QStringLiteral("eth0")},
            {QStringLiteral("-n"), ns(role), QStringLiteral("link"), QStringLiteral("set"),
             QStringLiteral("eth0"), QStringLiteral("up")},
        };
        for (const QStringList &step : steps) {
            const Result result = ip(step);
            if (step.at(1) == QLatin1String("add") && step.at(0) == QLatin1String("netns") &&
                result.exitCode == 0)
                m_namespaces.append(ns(role));
            if (result.exitCode != 0)
                return QStringLiteral("ip %1: %2").arg(step.join(QLatin1Char(' ')), result.text());
        }
        return {};
    }

    // Namespaces a run that was killed (ctest's timeout) could not delete: named after a pid
    // that no longer runs.
    void removeStaleNamespaces()
    {
        static const QRegularExpression name(QStringLiteral("^(sbv-(\\d+)-\\w+)"));
        for (const QByteArray &line :
             ip({QStringLiteral("netns"), QStringLiteral("list")}).out.split('\n')) {
            const QRegularExpressionMatch match = name.match(QString::fromLatin1(line));
            if (match.hasMatch() && !processAlive(match.captured(2).toLongLong()))
                deleteNamespace(match.captured(1));
        }
    }

    void deleteNamespace(const QString &name)
    {
        // What still runs in it is this run's (or a dead run's): a member the stop missed.
        for (const QByteArray &pid :
             ip({QStringLiteral("netns"), QStringLiteral("pids"), name}).out.split('\n')) {
            if (pid.trimmed().toLongLong() > 0)
                ::kill(pid_t(pid.trimmed().toLongLong()), SIGKILL);
        }
        ip({QStringLiteral("netns"), QStringLiteral("del"), name});
    }

    // Runs on every way out: members stopped, then the namespaces (and with them the veths and
    // the bridge) deleted. Safe to call twice.
    void teardown()
    {
        for (auto &watched : m_watched) {
            if (watched->process->state() != QProcess::NotRunning) {
                watched->process->terminate();
                if (!watched->process->waitForFinished(15000))
                    watched->process->kill();
                watched->process->waitForFinished(5000);
            }
        }
        m_watched.clear();
        m_workers.clear();
        m_listenerScheduler = m_listenerWorker = nullptr;
        if (m_clusterStarted) {
            runProcess(sandbenchProgram(),
                       {QStringLiteral("cluster"), QStringLiteral("stop"),
                        QStringLiteral("--state"), m_state},
                       120000);
            m_clusterStarted = false;
        }
        for (const QString &name : std::as_const(m_namespaces))
            deleteNamespace(name);
        m_namespaces.clear();
    }

    // One script of cells in a session inside the client's namespace; one JSON object a cell.
    QList<QJsonObject> runCells(const QString &name, const QByteArray &script,
                                const QString &profile)
    {
        const QString file = path(name + QStringLiteral(".py"));
        writeFile(file, script);
        const Result result = runProcess(
            m_ip,
            inNamespace(QStringLiteral("c"),
                        {sandbenchProgram(), QStringLiteral("run"), file, QStringLiteral("--json"),
                         QStringLiteral("--cluster"), m_state, QStringLiteral("--profile"), profile,
                         QStringLiteral("--db"), path(QStringLiteral("runs.db")),
                         QStringLiteral("--out"), path(name + QStringLiteral("-out")),
                         QStringLiteral("--timeout"), QStringLiteral("240")}),
            400000);
        const QList<QJsonObject> lines = jsonLines(result.out);
        if (lines.isEmpty())
            qWarning().noquote() << "sandbench run:" << result.exitCode << result.err;
        return lines;
    }

    QString writeProfile(const QString &name, const QJsonObject &layers)
    {
        QJsonObject profile =
            QJsonDocument::fromJson(
                readFile(QCoreApplication::applicationDirPath() +
                         QStringLiteral("/../share/sandbench/profiles/cluster.json")))
                .object();
        // These tests are about what the sandbox and the network do; tst_cli covers review.
        QJsonObject review = profile.value(QStringLiteral("review")).toObject();
        review.insert(QStringLiteral("triggers"), QJsonArray());
        profile.insert(QStringLiteral("review"), review);
        profile.insert(QStringLiteral("name"), name);
        if (!layers.isEmpty())
            profile.insert(QStringLiteral("layers"), layers);
        const QString file = path(name + QStringLiteral(".json"));
        return writeFile(file, QJsonDocument(profile).toJson()) ? file : QString();
    }

    // A TCP listener in a namespace that prints a line for every connection it accepts.
    Watched *startListener(const QString &role, int host)
    {
        return startWatched(
            role, {QStringLiteral("/usr/bin/python3"), QStringLiteral("-u"), QStringLiteral("-c"),
                   QStringLiteral("import socket, sys\n"
                                  "s = socket.socket()\n"
                                  "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
                                  "s.bind((sys.argv[1], int(sys.argv[2])))\n"
                                  "s.listen()\n"
                                  "print('listening', flush=True)\n"
                                  "while True:\n"
                                  "    c, peer = s.accept()\n"
                                  "    print('accepted from', peer[0], flush=True)\n"
                                  "    c.close()\n"),
                   address(host), QString::number(kOtherPort)});
    }

public:
    ~TestClusterVeth() override { teardown(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (::geteuid() != 0)
            QSKIP(qPrintable(
                QStringLiteral("SKIPPED LOUDLY: not root (uid %1): network namespaces, veth pairs "
                               "and a bridge need CAP_NET_ADMIN; run this suite as root (CI does)")
                    .arg(::geteuid())));
        m_ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
        if (m_ip.isEmpty())
            m_ip = QStandardPaths::findExecutable(
                QStringLiteral("ip"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        if (m_ip.isEmpty())
            QSKIP("SKIPPED LOUDLY: iproute2's 'ip' is not installed: it makes the network "
                  "namespaces and veth pairs");
        if (const QString why = clusterUnavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("SKIPPED LOUDLY: ") + why));

        m_prefix = QStringLiteral("sbv-%1-").arg(QCoreApplication::applicationPid());
        removeStaleNamespaces();
        // The scheduler's namespace holds the bridge every other namespace's veth joins.
        const Result made =
            ip({QStringLiteral("netns"), QStringLiteral("add"), ns(QStringLiteral("s"))});
        if (made.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("SKIPPED LOUDLY: network namespaces are unavailable "
                                            "here (ip netns add: %1)")
                                 .arg(made.text().trimmed())));
        m_namespaces.append(ns(QStringLiteral("s")));
        for (const QStringList &step :
             {QStringList{QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("br0"),
                          QStringLiteral("type"), QStringLiteral("bridge")},
              QStringList{QStringLiteral("addr"), QStringLiteral("add"),
                          address(1) + QStringLiteral("/24"), QStringLiteral("dev"),
                          QStringLiteral("br0")},
              QStringList{QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("br0"),
                          QStringLiteral("up")}}) {
            const Result result =
                ip(QStringList{QStringLiteral("-n"), ns(QStringLiteral("s"))} + step);
            if (result.exitCode != 0)
                QSKIP(qPrintable(QStringLiteral("SKIPPED LOUDLY: no bridge in a network "
                                                "namespace here (ip %1: %2)")
                                     .arg(step.join(QLatin1Char(' ')), result.text().trimmed())));
        }
        // w1 and w2 hold a worker each, c the session: every member on an address of its own.
        const QString veth = addMember(QStringLiteral("w1"), 2);
        if (!veth.isEmpty())
            QSKIP(qPrintable(
                QStringLiteral("SKIPPED LOUDLY: veth pairs are unavailable here (%1)").arg(veth)));
        const QString w2 = addMember(QStringLiteral("w2"), 3);
        QVERIFY2(w2.isEmpty(), qPrintable(w2));
        const QString c = addMember(QStringLiteral("c"), 4);
        QVERIFY2(c.isEmpty(), qPrintable(c));
        for (const QString &role : {QStringLiteral("s"), QStringLiteral("w1"), QStringLiteral("w2"),
                                    QStringLiteral("c")}) {
            const Result lo = ip({QStringLiteral("-n"), ns(role), QStringLiteral("link"),
                                  QStringLiteral("show"), QStringLiteral("lo")});
            QVERIFY2(lo.out.contains("state DOWN"), lo.out.constData());
        }

        m_state = path(QStringLiteral("cluster"));
        m_secret = path(QStringLiteral("secret.txt"));
        writeFile(m_secret, "token-5d2a81c7\n");
        m_profile = writeProfile(QStringLiteral("cluster-veth"), {});
        QVERIFY(!m_profile.isEmpty());

        // The scheduler alone in its namespace, on the bridge's address.
        const Result started =
            runProcess(m_ip,
                       inNamespace(QStringLiteral("s"),
                                   {sandbenchProgram(), QStringLiteral("cluster"),
                                    QStringLiteral("start"), QStringLiteral("--workers"),
                                    QStringLiteral("0"), QStringLiteral("--listen"),
                                    QStringLiteral("%1:%2").arg(address(1)).arg(kSchedulerPort),
                                    QStringLiteral("--state"), m_state}),
                       400000);
        m_clusterStarted = QFileInfo::exists(m_state + QStringLiteral("/cluster.json"));
        QVERIFY2(started.exitCode == 0, qPrintable(started.text()));
        QVERIFY2(started.out.contains(scheduler().toUtf8()), started.out.constData());
        QVERIFY2(started.out.contains("only, no workers started with it"),
                 started.out.constData());

        // Two workers join as they would from two other machines: the certs folder and the
        // scheduler's address are all they get; each finds its own address towards it.
        QList<Watched *> &workers = m_workers;
        for (const QString &role : {QStringLiteral("w1"), QStringLiteral("w2")}) {
            workers.append(startWatched(
                role,
                {sandbenchProgram(), QStringLiteral("cluster"), QStringLiteral("worker"),
                 QStringLiteral("--scheduler"), scheduler(), QStringLiteral("--certs"),
                 m_state + QStringLiteral("/certs"), QStringLiteral("--memory"),
                 QStringLiteral("2048"), QStringLiteral("--name"), QStringLiteral("veth-") + role,
                 QStringLiteral("--scratch"), path(QStringLiteral("scratch-") + role)}));
        }
        for (int i = 0; i < workers.size(); ++i) {
            const QByteArray registered =
                "worker registered as tls://" + address(2 + i).toUtf8() + ':';
            QTRY_VERIFY2_WITH_TIMEOUT(workers.at(i)->output.contains(registered) ||
                                          workers.at(i)->process->state() == QProcess::NotRunning,
                                      workers.at(i)->output.right(3000).constData(), 300000);
            QVERIFY2(workers.at(i)->output.contains(registered),
                     workers.at(i)->output.right(3000).constData());
            QVERIFY2(workers.at(i)->output.contains("worker layers"),
                     workers.at(i)->output.right(3000).constData());
        }
    }

    void cleanupTestCase()
    {
        teardown();
        const QByteArray left = ip({QStringLiteral("netns"), QStringLiteral("list")}).out;
        QVERIFY2(!left.contains(m_prefix.toUtf8()), left.constData());
    }

    // The joined workers run under the sandbox's layers, limited to the cluster's TCP ports.
    void joinedWorkersAreSandboxed()
    {
        QCOMPARE(m_workers.size(), 2);
        for (const Watched *worker : std::as_const(m_workers)) {
            const QByteArray &log = worker->output;
            const qsizetype at = log.indexOf("worker layers ");
            QVERIFY2(at >= 0, log.right(2000).constData());
            const QJsonObject layers =
                QJsonDocument::fromJson(log.mid(at + 14, log.indexOf('\n', at) - at - 14)).object();
            QVERIFY2(layers.value(QStringLiteral("landlock"))
                         .toString()
                         .contains(QLatin1String("TCP only")),
                     log.mid(at, 600).constData());
            QCOMPARE(layers.value(QStringLiteral("audit")).toString(), QStringLiteral("on"));
            QVERIFY(
                layers.value(QStringLiteral("seccomp")).toString().startsWith(QLatin1String("on")));
        }
    }

    // A session in its own namespace runs a groupby whose partitions move between the two
    // workers over the bridge: with loopback down, nothing of it could go through 127.0.0.1.
    void groupbyAcrossNamespaces()
    {
        const QList<QJsonObject> runs =
            runCells(QStringLiteral("groupby"),
                     "import pandas as pd\n"
                     "import dask.dataframe as dd\n"
                     "frame = pd.DataFrame({'k': [i % 3 for i in range(3000)], 'v': range(3000)})\n"
                     "lazy = dd.from_pandas(frame, npartitions=6)\n"
                     "sums = lazy.groupby('k').v.sum().compute()\n"
                     "print('sums', {int(k): int(v) for k, v in sums.items()})\n"
                     "print('workers', sorted(client.scheduler_info()['workers']))\n"
                     "print('ran on', sorted(client.run(lambda: 1)))\n"
                     "from distributed import wait\n"
                     "held = client.persist(lazy)\n"
                     "wait(held)\n"
                     "print('partitions on', len(set(w for ws in client.who_has(held).values() "
                     "for w in ws)), 'workers')\n",
                     m_profile);
        QCOMPARE(runs.size(), 1);
        const QJsonObject run = runs.first();
        const QString out = run.value(QStringLiteral("stdout")).toString();
        QVERIFY2(run.value(QStringLiteral("status")).toString() == QLatin1String("ok"),
                 qPrintable(run.value(QStringLiteral("stderr")).toString().right(3000)));
        QVERIFY2(out.contains(QLatin1String("sums {0: 1498500, 1: 1499500, 2: 1500500}")),
                 qPrintable(out));
        const QString addresses = QStringLiteral("['tls://%1:%3', 'tls://%2:%3']")
                                      .arg(address(2), address(3))
                                      .arg(kSchedulerPort + 1);
        QVERIFY2(out.contains(QStringLiteral("workers ") + addresses), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("ran on ") + addresses), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("partitions on 2 workers")), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("127.0.0.1")));
    }

    // The session's kernel rules open the scheduler's port on the veth address; another port is
    // refused, on the scheduler's address and on a worker's. The Python layers are turned off
    // here so that what refuses is Landlock (EACCES before a packet leaves), not the audit hook;
    // the listeners prove the addresses are reachable from that namespace without the sandbox.
    void kernelRulesOpenTheSchedulersPortOnly()
    {
        m_listenerScheduler = startListener(QStringLiteral("s"), 1);
        m_listenerWorker = startListener(QStringLiteral("w1"), 2);
        for (Watched *listener : {m_listenerScheduler, m_listenerWorker})
            QTRY_VERIFY2_WITH_TIMEOUT(listener->output.contains("listening"),
                                      listener->output.constData(), 60000);
        const QString probe = QStringLiteral("import socket, sys\n"
                                             "for host in sys.argv[1:]:\n"
                                             "    s = socket.create_connection((host, %1), 20)\n"
                                             "    s.close()\n"
                                             "print('reached')\n")
                                  .arg(kOtherPort);
        const Result unsandboxed = runProcess(
            m_ip,
            inNamespace(QStringLiteral("c"), {QStringLiteral("/usr/bin/python3"),
                                              QStringLiteral("-c"), probe, address(1), address(2)}),
            60000);
        QVERIFY2(unsandboxed.out.contains("reached"), qPrintable(unsandboxed.text()));
        QTRY_VERIFY2_WITH_TIMEOUT(m_listenerScheduler->output.count("accepted from") == 1 &&
                                      m_listenerWorker->output.count("accepted from") == 1,
                                  m_listenerWorker->output.constData(), 60000);

        const QString kernelOnly = writeProfile(QStringLiteral("cluster-kernel-only"),
                                                QJsonObject{{QStringLiteral("static"), false},
                                                            {QStringLiteral("runtime"), false},
                                                            {QStringLiteral("audit"), false}});
        QVERIFY(!kernelOnly.isEmpty());
        const QByteArray script =
            "import errno, socket\n"
            "def attempt(host, port):\n"
            "    s = socket.socket()\n"
            "    s.settimeout(20)\n"
            "    try:\n"
            "        s.connect((host, port))\n"
            "        return 'connected'\n"
            "    except OSError as e:\n"
            "        return errno.errorcode.get(e.errno, str(e))\n"
            "    finally:\n"
            "        s.close()\n"
            "print('scheduler port', attempt('" +
            address(1).toUtf8() + "', " + QByteArray::number(kSchedulerPort) +
            "))\n"
            "print('scheduler address, other port', attempt('" +
            address(1).toUtf8() + "', " + QByteArray::number(kOtherPort) +
            "))\n"
            "print('worker address, other port', attempt('" +
            address(2).toUtf8() + "', " + QByteArray::number(kOtherPort) +
            "))\n"
            "print('client still works', len(client.scheduler_info()['workers']))\n";
        const QList<QJsonObject> runs = runCells(QStringLiteral("ports"), script, kernelOnly);
        QCOMPARE(runs.size(), 1);
        const QString out = runs.first().value(QStringLiteral("stdout")).toString();
        QVERIFY2(out.contains(QLatin1String("scheduler port connected")),
                 qPrintable(out + runs.first().value(QStringLiteral("stderr")).toString()));
        QVERIFY2(out.contains(QLatin1String("scheduler address, other port EACCES")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("worker address, other port EACCES")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("client still works 2")), qPrintable(out));

        // With every layer on, the same kind of attempt ends the cell denied with the reason.
        const QList<QJsonObject> full =
            runCells(QStringLiteral("ports-full"),
                     "import pandas as pd\n"
                     "pd.read_csv('ht' + 'tp://" +
                         address(2).toUtf8() + ':' + QByteArray::number(kOtherPort) + "/x.csv')\n",
                     m_profile);
        QCOMPARE(full.size(), 1);
        QCOMPARE(full.first().value(QStringLiteral("status")).toString(), QStringLiteral("denied"));
        QVERIFY(QJsonDocument(full.first().value(QStringLiteral("violations")).toArray())
                    .toJson()
                    .contains("network"));
        // Neither listener saw more than the unsandboxed probe's connection.
        QCOMPARE(m_listenerScheduler->output.count("accepted from"), 1);
        QCOMPARE(m_listenerWorker->output.count("accepted from"), 1);
    }

    // A cell's task meets the joined worker's sandbox across the namespaces too, and the verdict
    // names that worker.
    void taskRefusedOnJoinedWorker()
    {
        const QList<QJsonObject> runs = runCells(QStringLiteral("redteam"),
                                                 "def read(p):\n"
                                                 "    with open(p) as f:\n"
                                                 "        return f.read()\n"
                                                 "print(client.submit(read, '" +
                                                     m_secret.toUtf8() + "').result())\n",
                                                 m_profile);
        QCOMPARE(runs.size(), 1);
        const QString violations = QString::fromUtf8(
            QJsonDocument(runs.first().value(QStringLiteral("violations")).toArray()).toJson());
        QCOMPARE(runs.first().value(QStringLiteral("status")).toString(), QStringLiteral("denied"));
        QVERIFY2(violations.contains(QLatin1String("on cluster worker 'veth-w")),
                 qPrintable(violations));
        QVERIFY2(violations.contains(QLatin1String("outside-read-zone")), qPrintable(violations));
        QVERIFY(!runs.first()
                     .value(QStringLiteral("stdout"))
                     .toString()
                     .contains(QLatin1String("token-5d2a81c7")));
    }
};

QTEST_GUILESS_MAIN(TestClusterVeth)
#include "tst_clusterveth.moc"
