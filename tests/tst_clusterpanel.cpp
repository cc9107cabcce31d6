// The window's Cluster panel (issue 18) against the real `sandbench cluster status` helper: a
// folder that is no cluster's, a cluster that is not running, and (where the machine can run one) a
// live sandboxed cluster whose workers, layers and memory the panel shows, certificates that are
// not the cluster's, and the window putting its session on the cluster with Connect Session.

#include "clusterpanel.h"
#include "codeeditor.h"
#include "mainwindow.h"
#include "mainwindowtestaccess.h"
#include "profile.h"
#include "provenancepanel.h"
#include "runstore.h"
#include "sessionrunner.h"
#include "testsupport.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <unistd.h>

using namespace sandbench;
using namespace sandbench::test;

namespace {

QString sandbenchProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench");
}

QString workerProgram()
{
    return QCoreApplication::applicationDirPath() +
           QStringLiteral("/../libexec/sandbench/sandbench-worker");
}

int runSandbench(const QStringList &arguments, QByteArray *err = nullptr)
{
    QProcess process;
    process.start(sandbenchProgram(), arguments);
    if (!process.waitForFinished(400000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestClusterPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_state;
    bool m_started = false;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void startCluster()
    {
        if (m_started)
            return;
        m_state = path(QStringLiteral("cluster"));
        QByteArray err;
        QCOMPARE(runSandbench({QStringLiteral("cluster"), QStringLiteral("start"),
                               QStringLiteral("--workers"), QStringLiteral("1"),
                               QStringLiteral("--memory"), QStringLiteral("2048"),
                               QStringLiteral("--state"), m_state},
                              &err),
                 0);
        m_started = true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ClusterInfo>();
        qRegisterMetaType<RunRecord>();
    }

    void cleanupTestCase()
    {
        if (m_started)
            QCOMPARE(runSandbench({QStringLiteral("cluster"), QStringLiteral("stop"),
                                   QStringLiteral("--state"), m_state}),
                     0);
    }

    // A folder no cluster was started in: the panel says so and how to start one; nothing to
    // connect to.
    void folderWithoutCluster()
    {
        ClusterPanel panel;
        panel.setHelperProgram(sandbenchProgram());
        panel.show();
        QSignalSpy updated(&panel, &ClusterPanel::updated);
        panel.watchFolder(path(QStringLiteral("no-cluster-here")));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.problem().isEmpty(), 60000);
        QCOMPARE(panel.problem(), QStringLiteral("missing"));
        QVERIFY2(panel.message().contains(QLatin1String("sandbench cluster start --state")),
                 qPrintable(panel.message()));
        QVERIFY(!panel.connectButton()->isEnabled());
        QCOMPARE(panel.workers()->topLevelItemCount(), 0);
    }

    // A cluster's folder whose cluster is not running (no supervisor): the scheduler is down.
    void clusterNotRunning()
    {
        const QString dir = path(QStringLiteral("stopped"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/certs")));
        QVERIFY(writeFile(dir + QStringLiteral("/certs/ca.pem"), "not used\n"));
        QVERIFY(writeFile(
            dir + QStringLiteral("/cluster.json"),
            QJsonDocument(
                QJsonObject{{QStringLiteral("scheduler"), QStringLiteral("tls://127.0.0.1:1")},
                            {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                            {QStringLiteral("port"), 1},
                            {QStringLiteral("worker_ports"), QJsonArray{2, 3}},
                            {QStringLiteral("workers"), 2},
                            {QStringLiteral("certs"), QString(dir + QStringLiteral("/certs"))}})
                .toJson()));
        ClusterPanel panel;
        panel.setHelperProgram(sandbenchProgram());
        panel.show();
        panel.watchFolder(dir);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.problem().isEmpty(), 60000);
        QCOMPARE(panel.problem(), QStringLiteral("down"));
        QVERIFY2(panel.message().contains(QLatin1String("not running")),
                 qPrintable(panel.message()));
        QVERIFY(!panel.connectButton()->isEnabled());
    }

    // A hidden panel asks no one: the helper starts when the panel is shown.
    void hiddenPanelDoesNotAsk()
    {
        ClusterPanel panel;
        panel.setHelperProgram(sandbenchProgram());
        panel.watchFolder(path(QStringLiteral("no-cluster-here")));
        QVERIFY(panel.findChildren<QProcess *>().isEmpty());
        panel.show();
        QTRY_COMPARE_WITH_TIMEOUT(panel.problem(), QStringLiteral("missing"), 60000);
    }

    // A live cluster: its worker with its layers, memory and running tasks; Connect Session
    // hands the window the cluster the helper read, members and all.
    void liveClusterShowsWorkers()
    {
        if (const QString why = clusterUnavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        startCluster();
        ClusterPanel panel;
        panel.setHelperProgram(sandbenchProgram());
        panel.setRefreshSeconds(1);
        panel.resize(900, 300);
        panel.show();
        panel.watchFolder(m_state);
        QTRY_VERIFY_WITH_TIMEOUT(panel.clusterReady() || !panel.problem().isEmpty(), 240000);
        QVERIFY2(panel.clusterReady(), qPrintable(panel.message()));
        QTRY_COMPARE_WITH_TIMEOUT(panel.workers()->topLevelItemCount(), 1, 60000);
        const QTreeWidgetItem *worker = panel.workers()->topLevelItem(0);
        QCOMPARE(worker->text(0), QStringLiteral("worker-1"));
        QVERIFY2(worker->text(4).contains(QLatin1String("Landlock")) &&
                     worker->text(4).contains(QLatin1String("seccomp")) &&
                     !worker->text(4).contains(QLatin1String("off:")),
                 qPrintable(worker->text(4)));
        QVERIFY2(worker->text(2).contains(QLatin1String(" of ")), qPrintable(worker->text(2)));
        QCOMPARE(worker->text(3), QStringLiteral("0"));
        const QJsonObject cluster =
            QJsonDocument::fromJson(readFile(m_state + QStringLiteral("/cluster.json"))).object();
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("clusterScheduler"))
                    ->text()
                    .contains(cluster.value(QStringLiteral("scheduler")).toString()));
        QVERIFY(panel.connectButton()->isEnabled());
        QSignalSpy requested(&panel, &ClusterPanel::connectRequested);
        QTest::mouseClick(panel.connectButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        const auto info = requested.first().first().value<ClusterInfo>();
        QCOMPARE(info.scheduler, cluster.value(QStringLiteral("scheduler")).toString());
        QCOMPARE(info.members.size(),
                 2); // the scheduler and worker-1, as the supervisor keeps them
    }

    // Certificates of another cluster next to this cluster's address: refused, and said so.
    void certificatesOfAnotherCluster()
    {
        if (const QString why = clusterUnavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        startCluster();
        const QString dir = path(QStringLiteral("wrong-certs"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/certs")));
        QVERIFY(writeFile(path(QStringLiteral("certs.json")),
                          QJsonDocument(QJsonObject{{QStringLiteral("certs"),
                                                     QString(dir + QStringLiteral("/certs"))}})
                              .toJson()));
        QProcess certs;
        certs.start(workerProgram(),
                    {QStringLiteral("--cluster-role"), QStringLiteral("certs"),
                     QStringLiteral("--cluster-config"), path(QStringLiteral("certs.json"))});
        QVERIFY(certs.waitForFinished(120000));
        QCOMPARE(certs.exitCode(), 0);
        QJsonObject cluster =
            QJsonDocument::fromJson(readFile(m_state + QStringLiteral("/cluster.json"))).object();
        cluster.insert(QStringLiteral("certs"), QString(dir + QStringLiteral("/certs")));
        QVERIFY(writeFile(dir + QStringLiteral("/cluster.json"), QJsonDocument(cluster).toJson()));
        // The same supervisor: the cluster runs; only the certificates differ.
        QVERIFY(QFile::copy(m_state + QStringLiteral("/status.json"),
                            dir + QStringLiteral("/status.json")));
        ClusterPanel panel;
        panel.setHelperProgram(sandbenchProgram());
        panel.show();
        panel.watchFolder(dir);
        QTRY_VERIFY_WITH_TIMEOUT(panel.clusterReady() || !panel.problem().isEmpty(), 240000);
        QCOMPARE(panel.problem(), QStringLiteral("certs"));
        QVERIFY2(panel.message().contains(QLatin1String("certificates")),
                 qPrintable(panel.message()));
        QVERIFY(!panel.connectButton()->isEnabled());
        QCOMPARE(panel.workers()->topLevelItemCount(), 0);
    }

    // The window: Connect Session restarts the session with the cluster profile on that cluster;
    // a cell's client reaches the workers, and the run's provenance records the cluster.
    void windowConnectsSession()
    {
        if (const QString why = clusterUnavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        startCluster();
        QString error;
        auto store = RunStore::open(path(QStringLiteral("gui.db")), &error);
        QVERIFY2(store, qPrintable(error));
        SessionConfig config;
        config.outputDir = path(QStringLiteral("out"));
        // The shipped cluster profile without its review trigger: this test is about connecting.
        auto profile = ProfileLoader::load(QStringLiteral("cluster"), &error);
        QVERIFY2(profile, qPrintable(error));
        QJsonObject review = profile->json.value(QStringLiteral("review")).toObject();
        review.insert(QStringLiteral("triggers"), QJsonArray());
        profile->json.insert(QStringLiteral("review"), review);
        profile->name = QStringLiteral("cluster-test");
        const QString profilePath = path(QStringLiteral("cluster-test.json"));
        QVERIFY(writeFile(profilePath, QJsonDocument(profile->json).toJson()));
        QSettings().setValue(QStringLiteral("sandbox/profile"), profilePath);
        config.profile = *profile;
        MainWindow window(std::move(store), config);
        window.show();
        QVERIFY(window.startSession(&error));
        ClusterPanel *panel = testAccess(window).clusterPanel();
        panel->setHelperProgram(sandbenchProgram());
        panel->parentWidget()->show();
        panel->parentWidget()->raise();
        panel->watchFolder(m_state);
        QTRY_VERIFY_WITH_TIMEOUT(panel->clusterReady() || !panel->problem().isEmpty(), 240000);
        QVERIFY2(panel->clusterReady(), qPrintable(panel->message()));
        QTest::mouseClick(panel->connectButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            testAccess(window).session() &&
                !clusterstate::sessionCluster(testAccess(window).session()->profile().json)
                     .scheduler.isEmpty(),
            60000);
        QTRY_VERIFY(panel->message().contains(QLatin1String("This session uses the cluster")));
        QVERIFY(!panel->connectButton()->isEnabled());
        QSignalSpy shown(&window, &MainWindow::runDisplayed);
        testAccess(window).editor()->setPlainText(
            QStringLiteral("print('workers', len(client.scheduler_info()['workers']))\n"
                           "print('sum', client.submit(sum, [1, 2, 3]).result())\n"));
        window.runCurrentCell();
        QVERIFY(shown.wait(400000));
        const RunRecord run = shown.last().at(0).value<RunRecord>();
        QVERIFY2(run.status == RunStatus::Ok, qPrintable(run.stderrText));
        QVERIFY2(run.stdoutText.contains(QLatin1String("workers 1")), qPrintable(run.stdoutText));
        QVERIFY(run.stdoutText.contains(QLatin1String("sum 6")));
        const QJsonObject recorded = run.environment.value(QStringLiteral("cluster")).toObject();
        QCOMPARE(recorded.value(QStringLiteral("scheduler")).toString(),
                 panel->cluster().scheduler);
        bool workerLayers = false;
        for (const QJsonValue &member : recorded.value(QStringLiteral("members")).toArray())
            workerLayers |= member.toObject().value(QStringLiteral("name")).toString() ==
                                QLatin1String("worker-1") &&
                            member.toObject()
                                    .value(QStringLiteral("layers"))
                                    .toObject()
                                    .value(QStringLiteral("audit"))
                                    .toString() == QLatin1String("on");
        QVERIFY2(workerLayers, QJsonDocument(recorded).toJson().constData());
        // The Provenance panel says it in words: the app's record apart from the worker's.
        ProvenancePanel *provenance = testAccess(window).provenancePanel();
        QSignalSpy provenanceShown(provenance, &ProvenancePanel::runShown);
        provenance->showRun(run.id);
        QVERIFY(provenanceShown.wait(30000));
        QCOMPARE(provenance->label(QStringLiteral("environment.cluster")),
                 QStringLiteral("Dask cluster"));
        QCOMPARE(provenance->field(QStringLiteral("environment.cluster")),
                 panel->cluster().scheduler);
        QVERIFY2(
            provenance->field(QStringLiteral("environment.cluster.members.worker-1"))
                .contains(QLatin1String("audit on")),
            qPrintable(provenance->field(QStringLiteral("environment.cluster.members.worker-1"))));
        QCOMPARE(provenance->label(QStringLiteral("environment.cluster.reported_by_worker")),
                 QStringLiteral("Reported by the worker"));
        QVERIFY2(
            provenance->field(QStringLiteral("environment.cluster.reported_by_worker.versions"))
                .startsWith(QLatin1String("dask 2")),
            qPrintable(provenance->field(
                QStringLiteral("environment.cluster.reported_by_worker.versions"))));
        // What the cell sent (one task by client.submit), as the worker counted it, in words.
        QCOMPARE(provenance->field(QStringLiteral("environment.cluster.reported_by_worker.graph")),
                 QStringLiteral("1 task(s), 1 computation(s)"));
        QCOMPARE(
            provenance->field(QStringLiteral("environment.cluster.reported_by_worker.graph.reads")),
            QStringLiteral("none read in blocks"));
        QVERIFY(provenance->field(QStringLiteral("environment.cluster.workers"))
                    .startsWith(QLatin1String("1 worker(s) started with the cluster")));
        // Disconnect: the session restarts without the cluster.
        QVERIFY(panel->disconnectButton()->isEnabled());
        QTest::mouseClick(panel->disconnectButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            testAccess(window).session() &&
                clusterstate::sessionCluster(testAccess(window).session()->profile().json)
                    .scheduler.isEmpty(),
            60000);
        QTRY_VERIFY(panel->connectButton()->isEnabled());
        QVERIFY(!panel->disconnectButton()->isEnabled());
    }
};

QTEST_MAIN(TestClusterPanel)
#include "tst_clusterpanel.moc"
