// The worker through its client, for real: a sandbench-worker process per test.
#include "liveoutputbuffer.h"
#include "paths.h"
#include "profile.h"
#include "statusnames.h"
#include "testsupport.h"
#include "workerclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace sandbench;

Q_DECLARE_METATYPE(sandbench::CellResult)

class TestWorkerClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkerClient> startWorker(const QJsonObject &limits = {},
                                              const QJsonValue &context = QJsonValue::Undefined)
    {
        WorkerLaunch launch;
        launch.program = paths::workerExecutable();
        launch.workingDirectory = m_dir.path();
        launch.environment = QProcessEnvironment::systemEnvironment();
        launch.environment.insert(QStringLiteral("MPLBACKEND"), QStringLiteral("Agg"));
        auto worker = std::make_unique<WorkerClient>(launch);
        worker->start();
        auto profile = ProfileLoader::load(QStringLiteral("default"), nullptr);
        for (auto it = limits.begin(); profile && it != limits.end(); ++it)
            profile->setLimit(it.key(), it.value().toInt());
        QJsonObject request{{QStringLiteral("profile"), profile ? profile->json : QJsonObject()},
                            {QStringLiteral("zones"),
                             QJsonObject{{QStringLiteral("write"), QJsonArray{m_dir.path()}},
                                         {QStringLiteral("workdir"), m_dir.path()}}}};
        if (!context.isUndefined())
            request.insert(QStringLiteral("context"), context);
        worker->configure(request);
        return worker;
    }

    CellResult execute(WorkerClient &worker, const QString &code, int timeoutMs = 60000)
    {
        QSignalSpy spy(&worker, &WorkerClient::cellFinished);
        const quint64 id = worker.execute(1, code);
        if (!spy.wait(timeoutMs) && spy.isEmpty())
            return CellResult{};
        [&] { QCOMPARE(spy.first().at(0).toULongLong(), id); }();
        return spy.first().at(1).value<CellResult>();
    }

    // A `complete` or `help` request and its answer (issue 15, item 5).
    QJsonObject ask(WorkerClient &worker, const QString &type, const QString &code)
    {
        QSignalSpy answered(&worker, &WorkerClient::answered);
        const quint64 id = worker.query(
            QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("code"), code}});
        if (!answered.wait(60000) && answered.isEmpty())
            return {};
        [&] { QCOMPARE(answered.first().at(0).toULongLong(), id); }();
        return answered.first().at(1).toJsonObject();
    }

    QTemporaryDir m_dir;

    // How many of the worker's processes are earlier states kept for undo.
    static int snapshotProcesses(qint64 worker)
    {
        return int(test::descendantsNamed(worker, "sb-snapshot").size());
    }

    // The process running the cell right now: the newest descendant of the worker.
    static qint64 runningCellProcess(qint64 worker)
    {
        const QMap<qint64, test::ProcessInfo> all = test::processes();
        qint64 newest = 0;
        qint64 newestStart = -1;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (test::isDescendant(all, it.key(), worker) && it.value().start >= newestStart) {
                newest = it.key();
                newestStart = it.value().start;
            }
        }
        return newest;
    }

private Q_SLOTS:
    // The statuses the worker's verdict accepts from its Python are spelled as the app spells them.
    void everyStatusTheWorkerReportsIsARunStatus()
    {
        for (std::string_view name : protocol::kReportedStatuses)
            QVERIFY2(runStatusFromName(QString::fromLatin1(name.data(), qsizetype(name.size()))),
                     name.data());
        QCOMPARE(
            runStatusFromName(QString::fromLatin1(protocol::kStatusTampered.data(),
                                                  qsizetype(protocol::kStatusTampered.size()))),
            std::optional<RunStatus>(RunStatus::Tampered));
    }

    // A stand-in worker that takes the key from its first frame, seals its hello with Python's
    // own hmac (a second implementation to check ours against), and answers the first cell as
    // `mode` says: sealed as it should be, or as a cell writing to the channel would.
    void onlySealedRepliesAreBelieved_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("status");
        QTest::newRow("sealed") << QStringLiteral("sealed") << int(RunStatus::Ok);
        QTest::newRow("unsealed") << QStringLiteral("unsealed") << int(RunStatus::Tampered);
        QTest::newRow("replayed number") << QStringLiteral("replayed") << int(RunStatus::Tampered);
        QTest::newRow("other key") << QStringLiteral("otherkey") << int(RunStatus::Tampered);
    }

    void onlySealedRepliesAreBelieved()
    {
        QFETCH(QString, mode);
        QFETCH(int, status);
        const QString script = QStringLiteral(R"(
import hashlib, hmac, json, struct, sys
inp, out, mode = sys.stdin.buffer, sys.stdout.buffer, sys.argv[1]
def read_frame():
    _, hl, pl = struct.unpack(">III", inp.read(12))
    header = json.loads(inp.read(hl))
    inp.read(pl)
    return header
key = bytes.fromhex(read_frame()["key"])
def frame(seq, header, sealed=True, k=None):
    h = json.dumps(header).encode()
    mac = hmac.new(k or key, struct.pack(">QI", seq, len(h)) + h, hashlib.sha256).digest()
    mac = mac if sealed else b""
    return struct.pack(">III", 0x53424631, len(h), len(mac)) + h + mac
out.write(frame(0, {"type": "hello", "protocol": 1, "worker": "fake", "python": "3", "pid": 1}))
out.flush()
request = read_frame()
reply = {"type": "result", "id": request["id"], "status": "ok", "stdout": "forged", "stderr": "",
         "result": None, "figures": [], "duration_ms": 1.0, "violations": [],
         "truncated": {"stdout": False, "stderr": False}}
out.write(frame(0 if mode == "replayed" else 1, reply, mode != "unsealed",
                b"x" * 32 if mode == "otherkey" else None))
out.flush()
inp.read()
)");
        WorkerLaunch launch;
        launch.program = QStringLiteral("/usr/bin/python3");
        launch.arguments = QStringList{QStringLiteral("-c"), script, mode};
        launch.workingDirectory = m_dir.path();
        WorkerClient worker(launch);
        QSignalSpy failed(&worker, &WorkerClient::failed);
        worker.start();
        const CellResult result = execute(worker, QStringLiteral("1"), 20000);
        QCOMPARE(int(result.status), status);
        if (result.status == RunStatus::Tampered) {
            QCOMPARE(failed.size(), 1); // the worker goes, as after a crash
            QCOMPARE(worker.state(), WorkerClient::State::Failed);
            QVERIFY(!result.violations.isEmpty());
            QCOMPARE(result.violations.first().layer, QStringLiteral("seal"));
            QVERIFY(!result.stdoutText.contains(QStringLiteral("forged")));
        } else {
            QCOMPARE(result.stdoutText, QStringLiteral("forged"));
            QCOMPARE(worker.state(), WorkerClient::State::Ready);
        }
    }

    // Frames are decoded on a reader thread and the process's end goes through it too: a reply
    // of a megabyte written just before the worker exits (with an error status) is still the
    // cell's answer, after every live output frame written before it, and the exit then fails
    // the worker with no open request to answer as crashed.
    void aLargeReplyWrittenJustBeforeTheWorkerExitsIsTheAnswer()
    {
        const QString script = QStringLiteral(R"(
import hashlib, hmac, json, struct, sys, os
inp, out = sys.stdin.buffer, sys.stdout.buffer
def read_frame():
    _, hl, pl = struct.unpack(">III", inp.read(12))
    header = json.loads(inp.read(hl))
    inp.read(pl)
    return header
key = bytes.fromhex(read_frame()["key"])
seq = 0
def frame(header):
    global seq
    h = json.dumps(header).encode()
    mac = hmac.new(key, struct.pack(">QI", seq, len(h)) + h, hashlib.sha256).digest()
    seq += 1
    return struct.pack(">III", 0x53424631, len(h), len(mac)) + h + mac
out.write(frame({"type": "hello", "protocol": 1, "worker": "fake", "python": "3", "pid": 1}))
out.flush()
request = read_frame()
rid = request["id"]
burst = frame({"type": "started", "id": rid})
for i in range(300):
    burst += frame({"type": "output", "id": rid,
                    "parts": [{"stream": "stdout", "text": "%04d %s\n" % (i, "x" * 90)}]})
burst += frame({"type": "result", "id": rid, "status": "ok", "stdout": "y" * 1000000,
                "stderr": "", "result": None, "figures": [], "duration_ms": 1.0,
                "violations": [], "truncated": {"stdout": False, "stderr": False}})
out.write(burst)
out.flush()
os._exit(3)
)");
        WorkerLaunch launch;
        launch.program = QStringLiteral("/usr/bin/python3");
        launch.arguments = QStringList{QStringLiteral("-c"), script};
        launch.workingDirectory = m_dir.path();
        WorkerClient worker(launch);
        QSignalSpy failed(&worker, &WorkerClient::failed);
        QStringList lines;
        bool outputAfterReply = false;
        bool replied = false;
        connect(&worker, &WorkerClient::outputArrived, this,
                [&](quint64, const QString &, const QString &text) {
                    outputAfterReply = outputAfterReply || replied;
                    lines.append(text);
                });
        connect(&worker, &WorkerClient::cellFinished, this, [&] { replied = true; });
        worker.start();
        const CellResult result = execute(worker, QStringLiteral("1"), 30000);
        QCOMPARE(result.status, RunStatus::Ok);
        QCOMPARE(result.stdoutText, QString(1000000, QLatin1Char('y')));
        QVERIFY(!outputAfterReply);
        QCOMPARE(lines.size(), 300);
        for (int i = 0; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).startsWith(QStringLiteral("%1 ").arg(i, 4, 10, QLatin1Char('0'))),
                     qPrintable(lines.at(i).left(10)));
        // The exit with status 3 comes after the answer: the worker fails, nothing is left open.
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(worker.state(), WorkerClient::State::Failed);
        QCOMPARE(worker.pendingRequests(), 0);
    }

    void initTestCase()
    {
        qRegisterMetaType<CellResult>();
        QVERIFY(QFileInfo(paths::workerExecutable()).isExecutable());
    }

    void variablesPersistFromCellToCell()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 20")).status, RunStatus::Ok);
        const CellResult result = execute(*worker, QStringLiteral("print('x is', x)\nx * 2 + 2"));
        QCOMPARE(result.status, RunStatus::Ok);
        QCOMPARE(result.stdoutText, QStringLiteral("x is 20\n"));
        QCOMPARE(result.result, std::optional<QString>(QStringLiteral("42")));
        QVERIFY(!worker->pythonVersion().isEmpty());
    }

    void aStatementCellHasNoResult()
    {
        auto worker = startWorker();
        const CellResult result = execute(*worker, QStringLiteral("y = [1, 2]\nNone"));
        QCOMPARE(result.status, RunStatus::Ok);
        QVERIFY(!result.result);
    }

    void anExceptionIsAnErrorWithTheCellsTraceback()
    {
        auto worker = startWorker();
        const CellResult result =
            execute(*worker, QStringLiteral("def f():\n    return 1 / 0\n\nf()"));
        QCOMPARE(result.status, RunStatus::Error);
        QVERIFY2(result.stderrText.contains(QStringLiteral("ZeroDivisionError")),
                 qPrintable(result.stderrText));
        QVERIFY(result.stderrText.contains(QStringLiteral("<cell 1>")));
        QVERIFY(result.stderrText.contains(QStringLiteral("return 1 / 0")));
        // The worker's own frames are not the analyst's business.
        QVERIFY(!result.stderrText.contains(QStringLiteral("session.py")));
        // ... and the session goes on.
        QCOMPARE(execute(*worker, QStringLiteral("1 + 1")).result,
                 std::optional<QString>(QStringLiteral("2")));
    }

    void aSyntaxErrorIsReportedWithItsLine()
    {
        auto worker = startWorker();
        const CellResult result = execute(*worker, QStringLiteral("x = 1\nif x\n    pass"));
        QCOMPARE(result.status, RunStatus::Error);
        QVERIFY2(result.stderrText.contains(QStringLiteral("SyntaxError")),
                 qPrintable(result.stderrText));
        QVERIFY(result.stderrText.contains(QStringLiteral("line 2")));
    }

    void systemExitDoesNotEndTheSession()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("raise SystemExit(3)")).status, RunStatus::Error);
        QCOMPARE(execute(*worker, QStringLiteral("'alive'")).result,
                 std::optional<QString>(QStringLiteral("'alive'")));
    }

    void matplotlibFiguresComeBackAsPng()
    {
        auto worker = startWorker();
        const CellResult result =
            execute(*worker, QStringLiteral("import matplotlib.pyplot as plt\n"
                                            "plt.plot([1, 2, 3])\n"
                                            "plt.figure(figsize=(4, 3))\n"
                                            "plt.bar(['a', 'b'], [3, 4])\n"));
        QCOMPARE(result.status, RunStatus::Ok);
        QCOMPARE(result.figures.size(), 2);
        QVERIFY(test::isPng(result.figures[0].data));
        QVERIFY(test::isPng(result.figures[1].data));
        QCOMPARE(result.figures[1].width, 400);
        QCOMPARE(result.figures[1].height, 300);
        // Figures are closed after they are sent: the next cell starts with none.
        QCOMPARE(execute(*worker, QStringLiteral("len(plt.get_fignums())")).result,
                 std::optional<QString>(QStringLiteral("0")));
    }

    void loadsADatasetAsADataFrame()
    {
        auto worker = startWorker();
        const QString csv = m_dir.filePath(QStringLiteral("tiny.csv"));
        QVERIFY(test::writeFile(csv, "a,b\n1,x\n2,y\n3,\n"));
        QSignalSpy spy(worker.get(), &WorkerClient::datasetLoaded);
        worker->loadDataset(QStringLiteral("tiny"), csv);
        QVERIFY(spy.wait(60000));
        QVERIFY2(spy.first().at(1).toBool(), qPrintable(spy.first().at(2).toString()));
        const CellResult result = execute(
            *worker, QStringLiteral("(type(tiny).__name__, tiny.shape, int(tiny.b.isna().sum()))"));
        QCOMPARE(result.result, std::optional<QString>(QStringLiteral("('DataFrame', (3, 2), 1)")));
    }

    void aMalformedDatasetIsAnErrorNamingTheFile()
    {
        auto worker = startWorker();
        const QString json = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(test::writeFile(json, "{\"a\": [1, 2,"));
        QSignalSpy spy(worker.get(), &WorkerClient::datasetLoaded);
        worker->loadDataset(QStringLiteral("broken"), json);
        QVERIFY(spy.wait(60000));
        QVERIFY(!spy.first().at(1).toBool());
        const QString message = spy.first().at(2).toString();
        QVERIFY2(message.contains(json), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("could not be read as json")));
        // The worker survives a bad file.
        QCOMPARE(execute(*worker, QStringLiteral("7")).status, RunStatus::Ok);
    }

    void aKilledWorkerAnswersTheOpenCellAsCrashed()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1")).status, RunStatus::Ok);
        QSignalSpy finished(worker.get(), &WorkerClient::cellFinished);
        QSignalSpy failed(worker.get(), &WorkerClient::failed);
        QSignalSpy started(worker.get(), &WorkerClient::cellStarted);
        worker->execute(2, QStringLiteral("while True:\n    pass"));
        QVERIFY(started.wait(30000));
        QCOMPARE(finished.size(), 0);
        ::kill(pid_t(worker->processId()), SIGKILL);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).value<CellResult>().status, RunStatus::Crashed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(worker->state(), WorkerClient::State::Failed);
        // Asking a dead worker is answered, not left hanging.
        QCOMPARE(execute(*worker, QStringLiteral("1"), 5000).status, RunStatus::Crashed);
    }

    // Code the compiler cannot take at all used to escape as an internal error of the cell's
    // process; with a NUL the worker hung until the app's backstop replaced it, losing the session.
    void codeWithANulOrALoneSurrogateIsASyntaxErrorAndKeepsTheSession()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1")).status, RunStatus::Ok);
        const CellResult nul = execute(
            *worker, QStringLiteral("y = 2\nz = 3 ") + QChar(0) + QStringLiteral("\n"), 20000);
        QCOMPARE(nul.status, RunStatus::Error);
        QVERIFY2(nul.stderrText.contains(QStringLiteral("line 2")) &&
                     nul.stderrText.contains(QStringLiteral("NUL")),
                 qPrintable(nul.stderrText));
        const CellResult surrogate =
            execute(*worker, QStringLiteral("y = '") + QChar(0xD800) + QStringLiteral("'"), 20000);
        QVERIFY2(surrogate.status == RunStatus::Error || surrogate.status == RunStatus::Ok,
                 qPrintable(surrogate.stderrText));
        QCOMPARE(worker->state(), WorkerClient::State::Ready);
        QCOMPARE(execute(*worker, QStringLiteral("x")).result,
                 std::optional<QString>(QStringLiteral("1")));
    }

    void aOneMegabyteLineRunsOrIsRefusedWithoutAHang()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1")).status, RunStatus::Ok);
        const QString literal =
            QStringLiteral("s = '") + QString(1024 * 1024, QLatin1Char('a')) + QStringLiteral("'");
        QCOMPARE(execute(*worker, literal, 60000).status, RunStatus::Ok);
        // Half a million nested additions overflow the compiler's recursion: a syntax error.
        const CellResult deep = execute(
            *worker,
            QStringLiteral("y = ") + QStringLiteral("1+").repeated(500000) + QStringLiteral("1"),
            60000);
        QCOMPARE(deep.status, RunStatus::Error);
        QVERIFY2(deep.stderrText.contains(QStringLiteral("nested too deeply")),
                 qPrintable(deep.stderrText.left(500)));
        QCOMPARE(execute(*worker, QStringLiteral("len(s), x")).result,
                 std::optional<QString>(QStringLiteral("(1048576, 1)")));
    }

    // The standby is the process forked ahead for the next cell; killing it made that cell end
    // "crashed" though nothing had run.
    void aKilledStandbyIsForkedAgainAndTheNextCellRuns()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 41")).status, RunStatus::Ok);
        QList<qint64> standby;
        QTRY_VERIFY_WITH_TIMEOUT(
            (standby = test::descendantsNamed(worker->processId(), "sb-standby")).size() == 1,
            10000);
        QCOMPARE(::kill(pid_t(standby.first()), SIGKILL), 0);
        // Dead: a zombie until the keeper reaps it with the next request, or gone.
        const QString stat = QStringLiteral("/proc/%1/stat").arg(standby.first());
        QTRY_VERIFY_WITH_TIMEOUT(!test::readFile(stat).contains(") S ") &&
                                     !test::readFile(stat).contains(") R "),
                                 10000);
        const CellResult next = execute(*worker, QStringLiteral("x + 1"));
        QVERIFY2(next.status == RunStatus::Ok, qPrintable(next.stderrText));
        QCOMPARE(next.result, std::optional<QString>(QStringLiteral("42")));
    }

    // Killing the keeper (the process holding the session's state) while a cell ran used to lose
    // the whole session though its newest snapshot was alive: the snapshot now answers for the
    // cell and carries the session on, with the state it holds, and says so.
    void aKilledKeeperIsReplacedByItsNewestSnapshot()
    {
        auto worker = startWorker();
        QSignalSpy first(worker.get(), &WorkerClient::cellFinished);
        const quint64 firstId = worker->execute(1, QStringLiteral("x = 1"));
        QVERIFY(first.wait(60000));
        QCOMPARE(first.first().at(1).value<CellResult>().status, RunStatus::Ok);
        QCOMPARE(execute(*worker, QStringLiteral("x = 2")).status, RunStatus::Ok);
        QSignalSpy started(worker.get(), &WorkerClient::cellStarted);
        QSignalSpy finished(worker.get(), &WorkerClient::cellFinished);
        const quint64 id = worker->execute(1, QStringLiteral("import time\ntime.sleep(120)"));
        QVERIFY(started.wait(30000));
        const QList<qint64> keepers = test::descendantsNamed(worker->processId(), "sb-keeper");
        QCOMPARE(keepers.size(), 1);
        QCOMPARE(::kill(pid_t(keepers.first()), SIGKILL), 0);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toULongLong(), id);
        const CellResult crashed = finished.first().at(1).value<CellResult>();
        QCOMPARE(crashed.status, RunStatus::Crashed);
        QVERIFY2(crashed.stderrText.contains(QStringLiteral("restored from its newest snapshot")) &&
                     crashed.stderrText.contains(QStringLiteral("killed (signal 9)")),
                 qPrintable(crashed.stderrText));
        // The newest snapshot was taken before `x = 2`, as the message says, and the reply names
        // the cell whose state it holds (issue 19): the app's lineage drops `x = 2` by it.
        QCOMPARE(crashed.restoredTo, std::optional<quint64>(firstId));
        QCOMPARE(worker->state(), WorkerClient::State::Ready);
        const CellResult next = execute(*worker, QStringLiteral("x"));
        QVERIFY2(next.status == RunStatus::Ok, qPrintable(next.stderrText));
        QCOMPARE(next.result, std::optional<QString>(QStringLiteral("1")));
        // The older snapshots came along: two undos (over `x`, then over `x = 1`) reach the start.
        QSignalSpy undone(worker.get(), &WorkerClient::undone);
        worker->undo();
        QVERIFY(undone.wait(30000));
        worker->undo();
        QTRY_COMPARE_WITH_TIMEOUT(undone.size(), 2, 30000);
        QVERIFY2(undone.at(0).at(1).toBool() && undone.at(1).at(1).toBool(),
                 qPrintable(undone.at(1).at(2).toString()));
        QCOMPARE(execute(*worker, QStringLiteral("'x' in dir()")).result,
                 std::optional<QString>(QStringLiteral("False")));
    }

    // A request of any kind made after the worker died is answered; a query used to be dropped,
    // which left `serve` busy for good.
    void everyRequestToADeadWorkerIsAnswered()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1")).status, RunStatus::Ok);
        QSignalSpy failed(worker.get(), &WorkerClient::failed);
        ::kill(pid_t(worker->processId()), SIGKILL);
        QVERIFY(failed.wait(10000));
        QSignalSpy answered(worker.get(), &WorkerClient::answered);
        QSignalSpy undone(worker.get(), &WorkerClient::undone);
        QSignalSpy reset(worker.get(), &WorkerClient::resetDone);
        QSignalSpy dataset(worker.get(), &WorkerClient::datasetLoaded);
        const quint64 table =
            worker->query(QJsonObject{{QStringLiteral("type"), QStringLiteral("table")},
                                      {QStringLiteral("name"), QStringLiteral("x")}});
        worker->undo();
        worker->reset();
        worker->loadDataset(QStringLiteral("d"), test::sampleSalesCsv());
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 5000);
        QCOMPARE(answered.first().at(0).toULongLong(), table);
        const QJsonObject reply = answered.first().at(1).toJsonObject();
        QCOMPARE(reply.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        QVERIFY(reply.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("not running")));
        QTRY_COMPARE_WITH_TIMEOUT(undone.size(), 1, 5000);
        QVERIFY(!undone.first().at(1).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(reset.size(), 1, 5000);
        QVERIFY(!reset.first().at(1).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(dataset.size(), 1, 5000);
        QVERIFY(!dataset.first().at(1).toBool());
    }

    void aMissingWorkerProgramFailsWithAClearMessage()
    {
        WorkerLaunch launch;
        launch.program = m_dir.filePath(QStringLiteral("no-such-worker"));
        WorkerClient worker(launch);
        QSignalSpy failed(&worker, &WorkerClient::failed);
        QSignalSpy finished(&worker, &WorkerClient::cellFinished);
        worker.start();
        worker.execute(1, QStringLiteral("1"));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("could not be started")),
                 qPrintable(failed.first().at(0).toString()));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).value<CellResult>().status, RunStatus::Crashed);
    }

    void aWorkerThatIsNotConfiguredRunsNothing()
    {
        WorkerLaunch launch;
        launch.program = paths::workerExecutable();
        launch.workingDirectory = m_dir.path();
        WorkerClient worker(launch);
        worker.start();
        const CellResult result = execute(worker, QStringLiteral("print('ran')"));
        QCOMPARE(result.status, RunStatus::Error);
        QVERIFY(!result.stdoutText.contains(QStringLiteral("ran")));
        QVERIFY2(result.stderrText.contains(QStringLiteral("not configured")),
                 qPrintable(result.stderrText));
    }

    void theConfigureReplyReportsEveryLayer()
    {
        auto worker = startWorker();
        QSignalSpy configured(worker.get(), &WorkerClient::configured);
        QVERIFY(configured.wait(60000));
        QVERIFY(configured.first().at(0).toBool());
        const QJsonObject layers = configured.first().at(1).toJsonObject();
        for (const char *layer : {"static", "runtime", "audit", "landlock", "seccomp", "rlimits"})
            QVERIFY2(layers.contains(QLatin1String(layer)), layer);
        QCOMPARE(layers.value(QStringLiteral("audit")).toString(), QStringLiteral("on"));
    }

    // The audit hook's read refusal names the next step where the user is (issue 13): the
    // window's menu action, run's flag, or serve's start option; unknown contexts are run's.
    void aReadRefusalNamesTheStepOfItsContext_data()
    {
        QTest::addColumn<QJsonValue>("context");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("never");
        QTest::newRow("window") << QJsonValue(QStringLiteral("window"))
                                << QStringLiteral("File > Allow Reading a Folder")
                                << QStringLiteral("--read");
        QTest::newRow("run") << QJsonValue(QStringLiteral("cli"))
                             << QStringLiteral("on the command line: --read FOLDER")
                             << QStringLiteral("Allow Reading");
        QTest::newRow("serve") << QJsonValue(QStringLiteral("serve"))
                               << QStringLiteral("restart serve with --read FOLDER")
                               << QStringLiteral("Allow Reading");
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined)
                                << QStringLiteral("on the command line: --read FOLDER")
                                << QStringLiteral("Allow Reading");
        QTest::newRow("unknown") << QJsonValue(QStringLiteral("Window; rm -rf"))
                                 << QStringLiteral("on the command line: --read FOLDER")
                                 << QStringLiteral("Allow Reading");
    }

    void aReadRefusalNamesTheStepOfItsContext()
    {
        QFETCH(QJsonValue, context);
        QFETCH(QString, says);
        QFETCH(QString, never);
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString secret = elsewhere.filePath(QStringLiteral("secret.csv"));
        QFile file(secret);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a\n1\n");
        file.close();
        auto worker = startWorker({}, context);
        const CellResult result =
            execute(*worker, QStringLiteral("x = 1\nopen(%1).read()")
                                 .arg(QStringLiteral("'") + secret + QStringLiteral("'")));
        QCOMPARE(result.status, RunStatus::Denied);
        QVERIFY(!result.violations.isEmpty());
        const Violation &why = result.violations.first();
        QCOMPARE(why.rule, QStringLiteral("outside-read-zone"));
        QCOMPARE(why.line, 2);
        QVERIFY2(why.message.contains(says), qPrintable(why.message));
        QVERIFY2(!why.message.contains(never), qPrintable(why.message));
    }

    void aFailedCellLeavesTheVariablesAsTheyWere_data()
    {
        QTest::addColumn<QString>("failing");
        QTest::addColumn<int>("status");
        QTest::newRow("error") << QStringLiteral("x = 2\nraise ValueError('no')")
                               << int(RunStatus::Error);
        QTest::newRow("rejected") << QStringLiteral("x = 2\nimport subprocess")
                                  << int(RunStatus::Rejected);
        QTest::newRow("denied") << QStringLiteral(
                                       "x = 2\nimport pandas as pd\npd.read_csv('/etc/passwd')")
                                << int(RunStatus::Denied);
        QTest::newRow("memory") << QStringLiteral(
                                       "x = 2\nimport numpy as np\nb = np.ones((40000, 40000))")
                                << int(RunStatus::Memory);
    }

    void aFailedCellLeavesTheVariablesAsTheyWere()
    {
        QFETCH(QString, failing);
        QFETCH(int, status);
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1\nitems = [1]")).status, RunStatus::Ok);
        QCOMPARE(int(execute(*worker, failing + QStringLiteral("\nitems.append(2)")).status),
                 status);
        QCOMPARE(execute(*worker, QStringLiteral("(x, items)")).result,
                 std::optional<QString>(QStringLiteral("(1, [1])")));
    }

    // on_error keep: an ordinary exception keeps what the cell did before it (as Jupyter does),
    // and undo still goes back before it; a refusal rolls back whatever the request asked.
    void onErrorKeepKeepsAnErrorsStateAndUndoGoesBack_data()
    {
        QTest::addColumn<QString>("failing");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("after");
        QTest::newRow("error kept")
            << QStringLiteral("x = 2\nitems.append(2)\nraise ValueError('no')")
            << int(RunStatus::Error) << QStringLiteral("(2, [1, 2])");
        QTest::newRow("rejected") << QStringLiteral("x = 2\nitems.append(2)\nimport subprocess")
                                  << int(RunStatus::Rejected) << QStringLiteral("(1, [1])");
        QTest::newRow("denied, error raised after the refusal was caught")
            << QStringLiteral("x = 2\nitems.append(2)\ntry:\n    open('/etc/passwd')\n"
                              "except PermissionError:\n    pass\nraise ValueError('no')")
            << int(RunStatus::Denied) << QStringLiteral("(1, [1])");
    }

    void onErrorKeepKeepsAnErrorsStateAndUndoGoesBack()
    {
        QFETCH(QString, failing);
        QFETCH(int, status);
        QFETCH(QString, after);
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1\nitems = [1]")).status, RunStatus::Ok);
        QSignalSpy finished(worker.get(), &WorkerClient::cellFinished);
        worker->execute(2, failing, 0, false, true);
        QVERIFY(finished.wait(60000));
        const CellResult failed = finished.first().at(1).value<CellResult>();
        QCOMPARE(int(failed.status), status);
        QCOMPARE(failed.stateKept, status == int(RunStatus::Error));
        QCOMPARE(execute(*worker, QStringLiteral("(x, items)")).result,
                 std::optional<QString>(after));
        if (status != int(RunStatus::Error))
            return;
        // Undo steps back over the reading cell, then over the kept error.
        QSignalSpy undone(worker.get(), &WorkerClient::undone);
        worker->undo();
        worker->undo();
        QTRY_COMPARE_WITH_TIMEOUT(undone.size(), 2, 20000);
        QVERIFY(undone.at(1).at(1).toBool());
        QCOMPARE(execute(*worker, QStringLiteral("(x, items)")).result,
                 std::optional<QString>(QStringLiteral("(1, [1])")));
    }

    // Live output (issue 15): what a cell prints reaches the app while it runs, both streams in
    // the order printed. The cell waits for a file the test writes only after the output came,
    // so "before the end" holds on any machine, however loaded.
    void liveOutputArrivesWhileTheCellRunsInOrder()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1")).status, RunStatus::Ok);
        QSignalSpy output(worker.get(), &WorkerClient::outputArrived);
        QSignalSpy finished(worker.get(), &WorkerClient::cellFinished);
        const QString go = m_dir.filePath(QStringLiteral("go-live"));
        const quint64 id =
            worker->execute(2, QStringLiteral("import os, sys, time\n"
                                              "print('o1')\n"
                                              "print('e1', file=sys.stderr)\n"
                                              "print('o2')\n"
                                              "sys.stderr.write('e2\\n')\n"
                                              "print('ready')\n"
                                              "while not os.path.exists(%1):\n"
                                              "    time.sleep(0.01)\n"
                                              "print('after')\n")
                                   .arg(QStringLiteral("'") + go + QStringLiteral("'")));
        const auto streamed = [&output] {
            QList<QPair<QString, QString>> parts; // consecutive chunks of a stream joined
            for (const QList<QVariant> &args : std::as_const(output)) {
                const QString stream = args.at(1).toString();
                if (!parts.isEmpty() && parts.last().first == stream)
                    parts.last().second += args.at(2).toString();
                else
                    parts.append({stream, args.at(2).toString()});
            }
            return parts;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!streamed().isEmpty() &&
                                     streamed().last().second.endsWith(QStringLiteral("ready\n")),
                                 60000);
        QVERIFY(finished.isEmpty()); // the cell is still waiting for the file
        for (const QList<QVariant> &args : std::as_const(output))
            QCOMPARE(args.at(0).toULongLong(), id);
        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("stdout"), QStringLiteral("o1\n")},
            {QStringLiteral("stderr"), QStringLiteral("e1\n")},
            {QStringLiteral("stdout"), QStringLiteral("o2\n")},
            {QStringLiteral("stderr"), QStringLiteral("e2\n")},
            {QStringLiteral("stdout"), QStringLiteral("ready\n")}};
        QCOMPARE(streamed(), expected);
        QFile file(go);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(finished.wait(60000));
        const CellResult result = finished.first().at(1).value<CellResult>();
        QCOMPARE(result.status, RunStatus::Ok);
        // The record is the reply's, as before; what streamed is the same text.
        QCOMPARE(result.stdoutText, QStringLiteral("o1\no2\nready\nafter\n"));
        QCOMPARE(result.stderrText, QStringLiteral("e1\ne2\n"));
        QString streamedStdout;
        for (const auto &part : streamed())
            if (part.first == QLatin1String("stdout"))
                streamedStdout += part.second;
        QCOMPARE(streamedStdout, result.stdoutText);
        // The frames' numbering held: the session goes on, undo included.
        QCOMPARE(execute(*worker, QStringLiteral("print('next'); x")).result,
                 std::optional<QString>(QStringLiteral("1")));
        QSignalSpy undone(worker.get(), &WorkerClient::undone);
        worker->undo();
        QVERIFY(undone.wait(30000));
        QVERIFY(undone.first().at(1).toBool());
    }

    // A tqdm progress bar writes "\r" and the whole bar on each update: the stream carries them
    // as written, and the live view (LiveOutputBuffer) ends with one line, the finished bar.
    void aProgressBarStreamsAndRedrawsOneLine()
    {
        auto worker = startWorker();
        QSignalSpy output(worker.get(), &WorkerClient::outputArrived);
        const CellResult result =
            execute(*worker, QStringLiteral("from tqdm import tqdm\n"
                                            "import time\n"
                                            "for i in tqdm(range(20), mininterval=0, ncols=60):\n"
                                            "    time.sleep(0.01)\n"
                                            "print('done')\n"));
        QVERIFY2(result.status == RunStatus::Ok, qPrintable(result.stderrText));
        QString stderrText;
        LiveOutputBuffer view;
        for (const QList<QVariant> &args : std::as_const(output)) {
            if (args.at(1).toString() == QLatin1String("stderr"))
                stderrText += args.at(2).toString();
            view.append(args.at(2).toString());
        }
        QVERIFY2(stderrText.count(QLatin1Char('\r')) >= 10, qPrintable(stderrText));
        const QStringList lines = view.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().contains(QStringLiteral("100%")) &&
                     lines.first().contains(QStringLiteral("20/20")),
                 qPrintable(lines.first()));
        QCOMPARE(lines.last(), QStringLiteral("done"));
    }

    // The output cap holds for the stream too: a flood streams no more than the profile's
    // limits.output_chars, and the record is cut and says so, as before.
    void aFloodStreamsNoMoreThanTheCap()
    {
        auto worker = startWorker({{QStringLiteral("output_chars"), 5000}});
        QSignalSpy output(worker.get(), &WorkerClient::outputArrived);
        const CellResult result =
            execute(*worker, QStringLiteral("for i in range(100000):\n    print('x' * 50)"));
        QCOMPARE(result.status, RunStatus::OutputLimit);
        QVERIFY(result.stdoutText.contains(QStringLiteral("output cut")));
        qsizetype streamed = 0;
        for (const QList<QVariant> &args : std::as_const(output))
            streamed += args.at(2).toString().size();
        QVERIFY2(streamed > 0 && streamed <= 5000, qPrintable(QString::number(streamed)));
    }

    // A cell stopped at its time limit still showed what it printed before.
    void aTimedOutCellsOutputStreamedBeforeItsReply()
    {
        auto worker = startWorker();
        QSignalSpy output(worker.get(), &WorkerClient::outputArrived);
        QSignalSpy finished(worker.get(), &WorkerClient::cellFinished);
        worker->execute(1, QStringLiteral("print('working')\nwhile True:\n    pass"), 3000);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).value<CellResult>().status, RunStatus::Timeout);
        QString streamed;
        for (const QList<QVariant> &args : std::as_const(output))
            streamed += args.at(2).toString();
        QCOMPARE(streamed, QStringLiteral("working\n"));
        QCOMPARE(execute(*worker, QStringLiteral("1 + 1")).result,
                 std::optional<QString>(QStringLiteral("2")));
    }

    // The keeper killed after it relayed output: its snapshot numbers its answer after those
    // frames (it heard each frame's number), so the app believes it.
    void aKilledKeeperAfterLiveOutputIsStillAnsweredInOrder()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1")).status, RunStatus::Ok);
        QCOMPARE(execute(*worker, QStringLiteral("y = 2")).status, RunStatus::Ok);
        QSignalSpy output(worker.get(), &WorkerClient::outputArrived);
        QSignalSpy finished(worker.get(), &WorkerClient::cellFinished);
        worker->execute(2, QStringLiteral("import time\nfor i in range(3):\n    print(i)\n"
                                          "time.sleep(120)"));
        QTRY_VERIFY_WITH_TIMEOUT(!output.isEmpty(), 60000);
        const QList<qint64> keepers = test::descendantsNamed(worker->processId(), "sb-keeper");
        QCOMPARE(keepers.size(), 1);
        QCOMPARE(::kill(pid_t(keepers.first()), SIGKILL), 0);
        QVERIFY(finished.wait(30000));
        const CellResult crashed = finished.first().at(1).value<CellResult>();
        QVERIFY2(crashed.status == RunStatus::Crashed && crashed.stderrText.contains(QStringLiteral(
                                                             "restored from its newest snapshot")),
                 qPrintable(crashed.stderrText));
        // The newest snapshot was taken before `y = 2` (as in
        // aKilledKeeperIsReplacedByItsNewestSnapshot).
        QCOMPARE(execute(*worker, QStringLiteral("x")).result,
                 std::optional<QString>(QStringLiteral("1")));
    }

    void aTimedOutCellIsStoppedAndRolledBack()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1")).status, RunStatus::Ok);
        QSignalSpy finished(worker.get(), &WorkerClient::cellFinished);
        worker->execute(2, QStringLiteral("x = 2\nwhile True:\n    pass"), 1500);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).value<CellResult>().status, RunStatus::Timeout);
        QCOMPARE(execute(*worker, QStringLiteral("x")).result,
                 std::optional<QString>(QStringLiteral("1")));
    }

    void killingTheRunningCellKeepsTheSession()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1")).status, RunStatus::Ok);
        QSignalSpy finished(worker.get(), &WorkerClient::cellFinished);
        QSignalSpy started(worker.get(), &WorkerClient::cellStarted);
        worker->execute(2, QStringLiteral("x = 2\nwhile True:\n    pass"));
        QVERIFY(started.wait(30000));
        const qint64 cell = runningCellProcess(worker->processId());
        QVERIFY(cell > 0 && cell != worker->processId());
        QCOMPARE(::kill(pid_t(cell), SIGKILL), 0);
        QVERIFY(finished.wait(30000));
        const CellResult crashed = finished.first().at(1).value<CellResult>();
        QCOMPARE(crashed.status, RunStatus::Crashed);
        QVERIFY2(crashed.stderrText.contains(QStringLiteral("killed")),
                 qPrintable(crashed.stderrText));
        QCOMPARE(execute(*worker, QStringLiteral("x")).result,
                 std::optional<QString>(QStringLiteral("1")));
    }

    void anInterruptedCellRollsBack_data()
    {
        QTest::addColumn<bool>("waitForTheStart");
        QTest::newRow("while the code runs") << true;
        // The app must hold it until the cell's process has the request, which may still be
        // forked, warming up or checking the code.
        QTest::newRow("pressed together with Run") << false;
    }

    void anInterruptedCellRollsBack()
    {
        QFETCH(bool, waitForTheStart);
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1")).status, RunStatus::Ok);
        QSignalSpy finished(worker.get(), &WorkerClient::cellFinished);
        QSignalSpy started(worker.get(), &WorkerClient::cellStarted);
        worker->execute(2, QStringLiteral("x = 2\nwhile True:\n    pass"));
        if (waitForTheStart)
            QVERIFY(started.wait(30000));
        worker->interrupt();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).value<CellResult>().status, RunStatus::Interrupted);
        // For that cell only: the next one runs to its end.
        QCOMPARE(execute(*worker, QStringLiteral("x")).result,
                 std::optional<QString>(QStringLiteral("1")));
    }

    void aStormOfInterruptsEndsTheCellInterruptedAndKeepsTheSession()
    {
        // A user hammering Stop: every signal after the first may land while the cell unwinds,
        // while its reply is written, or while its process turns into the keeper.
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1")).status, RunStatus::Ok);
        for (int round = 0; round < 3; ++round) {
            QSignalSpy finished(worker.get(), &WorkerClient::cellFinished);
            QSignalSpy started(worker.get(), &WorkerClient::cellStarted);
            worker->execute(2, QStringLiteral("x = 2\nwhile True:\n    pass"));
            QVERIFY(started.wait(30000));
            for (int i = 0; i < 100 && finished.isEmpty(); ++i) {
                worker->interrupt();
                QCoreApplication::processEvents();
            }
            QVERIFY(!finished.isEmpty() || finished.wait(30000));
            QCOMPARE(finished.first().at(1).value<CellResult>().status, RunStatus::Interrupted);
            QCOMPARE(execute(*worker, QStringLiteral("x")).result,
                     std::optional<QString>(QStringLiteral("1")));
        }
    }

    void anInterruptForACellQueuedBehindAQueryStopsThatCell()
    {
        // The window asks for the variables after every cell; a Stop pressed while that answer is
        // still coming is for the cell behind it, not for the listing.
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1")).status, RunStatus::Ok);
        QSignalSpy finished(worker.get(), &WorkerClient::cellFinished);
        QSignalSpy answered(worker.get(), &WorkerClient::answered);
        worker->query(QJsonObject{{QStringLiteral("type"), QStringLiteral("variables")}});
        worker->execute(2, QStringLiteral("x = 2\nwhile True:\n    pass"));
        worker->interrupt();
        QVERIFY(finished.wait(30000));
        QCOMPARE(answered.size(), 1);
        QCOMPARE(finished.first().at(1).value<CellResult>().status, RunStatus::Interrupted);
        QCOMPARE(execute(*worker, QStringLiteral("x")).result,
                 std::optional<QString>(QStringLiteral("1")));
    }

    // Issue 15, item 5: the editor's completion and help, computed next to the session's objects.
    void completionListsADataFramesMethodsAndColumnsWithTheirKinds()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker,
                         QStringLiteral("import pandas as pd\n"
                                        "df = pd.DataFrame({'price': [1.5], 'city': ['Rome']})"))
                     .status,
                 RunStatus::Ok);
        QJsonObject reply = ask(*worker, QStringLiteral("complete"), QStringLiteral("df.gr"));
        QCOMPARE(reply.value(QStringLiteral("type")).toString(), QStringLiteral("completions"));
        QCOMPARE(reply.value(QStringLiteral("matches")).toArray(),
                 QJsonArray({QJsonObject{{QStringLiteral("name"), QStringLiteral("groupby")},
                                         {QStringLiteral("kind"), QStringLiteral("method")}}}));
        reply = ask(*worker, QStringLiteral("complete"), QStringLiteral("df.pr"));
        QCOMPARE(reply.value(QStringLiteral("matches"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind")),
                 QJsonValue(QStringLiteral("column")));
        reply = ask(*worker, QStringLiteral("complete"), QStringLiteral("x = 'df.gr"));
        QCOMPARE(reply.value(QStringLiteral("matches")).toArray().size(), 0);
        reply = ask(*worker, QStringLiteral("help"), QStringLiteral("df.groupby(by='city', "));
        QCOMPARE(reply.value(QStringLiteral("type")).toString(), QStringLiteral("help"));
        QVERIFY2(reply.value(QStringLiteral("signature"))
                     .toString()
                     .startsWith(QStringLiteral("groupby(by=None")),
                 qPrintable(reply.value(QStringLiteral("signature")).toString()));
        QVERIFY(reply.value(QStringLiteral("doc")).toString().contains(QStringLiteral("Group")));
        QCOMPARE(worker->state(), WorkerClient::State::Ready);
    }

    void aHostileObjectCannotChangeTheSessionOrHoldCompletion()
    {
        // A key whose hash collides with a name's runs its __eq__ on every lookup of that name:
        // a place the worker cannot avoid a user's code. It writes into the session and then
        // loops: the keeper's fork is stopped at its limit and discarded.
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("import pandas as pd\n"
                                                 "df = pd.DataFrame({'a': [1]})\n"
                                                 "touched = 0\n"
                                                 "class Evil:\n"
                                                 "    def __hash__(self):\n"
                                                 "        return hash('zz')\n"
                                                 "    def __eq__(self, other):\n"
                                                 "        globals()['touched'] = 1\n"
                                                 "        while True:\n"
                                                 "            pass\n"
                                                 "globals()[Evil()] = 'trap'\n"
                                                 "class Loud:\n"
                                                 "    def __getattr__(self, name):\n"
                                                 "        globals()['touched'] = 2\n"
                                                 "        while True:\n"
                                                 "            pass\n"
                                                 "    @property\n"
                                                 "    def p(self):\n"
                                                 "        globals()['touched'] = 3\n"
                                                 "loud = Loud()"))
                     .status,
                 RunStatus::Ok);
        QElapsedTimer clock;
        clock.start();
        QJsonObject reply = ask(*worker, QStringLiteral("complete"), QStringLiteral("zz.gr"));
        QCOMPARE(reply.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        QVERIFY2(reply.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("time limit")),
                 qPrintable(reply.value(QStringLiteral("message")).toString()));
        qInfo("hostile completion answered after %lld ms (limit 3000 ms)", clock.elapsed());
        QCOMPARE(worker->state(), WorkerClient::State::Ready); // an error, not a broken worker
        for (const QString &code :
             {QStringLiteral("loud.x."), QStringLiteral("loud.p."), QStringLiteral("loud.")}) {
            reply = ask(*worker, QStringLiteral("complete"), code);
            QCOMPARE(reply.value(QStringLiteral("type")).toString(), QStringLiteral("completions"));
        }
        reply = ask(*worker, QStringLiteral("help"), QStringLiteral("loud.anything"));
        QCOMPARE(reply.value(QStringLiteral("type")).toString(), QStringLiteral("help"));
        QCOMPARE(execute(*worker, QStringLiteral("touched")).result,
                 std::optional<QString>(QStringLiteral("0")));
    }

    void undoReturnsToTheStateBeforeTheLastCell()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1")).status, RunStatus::Ok);
        QCOMPARE(execute(*worker, QStringLiteral("x = 2")).status, RunStatus::Ok);
        QCOMPARE(execute(*worker, QStringLiteral("x = 3")).status, RunStatus::Ok);
        QSignalSpy undone(worker.get(), &WorkerClient::undone);
        worker->undo();
        QVERIFY(undone.wait(10000));
        QVERIFY(undone.first().at(1).toBool());
        // Reading x is a cell that ends ok too: the next undo would step over it.
        QCOMPARE(execute(*worker, QStringLiteral("x")).result,
                 std::optional<QString>(QStringLiteral("2")));
        worker->undo(); // back over the reading cell
        worker->undo(); // and over "x = 2"
        QTRY_COMPARE_WITH_TIMEOUT(undone.size(), 3, 10000);
        QVERIFY(undone.at(2).at(1).toBool());
        QCOMPARE(execute(*worker, QStringLiteral("x")).result,
                 std::optional<QString>(QStringLiteral("1")));
    }

    void undoWithNothingToUndoSaysSo()
    {
        auto worker = startWorker();
        QSignalSpy undone(worker.get(), &WorkerClient::undone);
        worker->undo();
        QVERIFY(undone.wait(30000));
        // The state right after the datasets loaded is kept too, so one undo is always possible
        // after the first cell; before any cell there is nothing to return to.
        QVERIFY(!undone.first().at(1).toBool());
        QVERIFY(undone.first().at(2).toString().contains(QStringLiteral("no earlier state")));
        QCOMPARE(execute(*worker, QStringLiteral("'still working'")).status, RunStatus::Ok);
    }

    void aLargeSessionSurvivesTenFailedCellsInARow()
    {
        auto worker = startWorker();
        // About 1 GB of DataFrames (the profile allows 4 GB of address space).
        QCOMPARE(execute(*worker,
                         QStringLiteral("import numpy as np\nimport pandas as pd\n"
                                        "big = pd.DataFrame(np.ones((6_700_000, 20)))\n"
                                        "int(big.memory_usage().sum() // 2**20)"),
                         120000)
                     .status,
                 RunStatus::Ok);
        for (int i = 0; i < 10; ++i) {
            const CellResult failed = execute(
                *worker,
                QStringLiteral("big.iloc[0, 0] = %1\nraise RuntimeError('fail %1')").arg(i));
            QCOMPARE(failed.status, RunStatus::Error);
        }
        QCOMPARE(execute(*worker, QStringLiteral("(big.shape, float(big.iloc[0, 0]))")).result,
                 std::optional<QString>(QStringLiteral("((6700000, 20), 1.0)")));
    }

    bool undo(WorkerClient &worker)
    {
        QSignalSpy undone(&worker, &WorkerClient::undone);
        worker.undo();
        return undone.wait(30000) && undone.first().at(1).toBool();
    }

    void manyCellsThatEndOkKeepTheSession()
    {
        // More cells than snapshots: the oldest states are dropped, the session is not.
        auto worker = startWorker({{QStringLiteral("snapshots"), 2}});
        for (int i = 1; i <= 12; ++i)
            QCOMPARE(execute(*worker, QStringLiteral("x%1 = %1").arg(i)).status, RunStatus::Ok);
        QCOMPARE(execute(*worker, QStringLiteral("sum([%1])")
                                      .arg(QStringLiteral("x1, x2, x3, x4, x5, x6, x7, x8, x9, "
                                                          "x10, x11, x12")))
                     .result,
                 std::optional<QString>(QStringLiteral("78")));
    }

    void undoReachesAsManyStatesAsTheProfileKeeps()
    {
        auto worker = startWorker({{QStringLiteral("snapshots"), 2}});
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(execute(*worker, QStringLiteral("x = %1").arg(i)).status, RunStatus::Ok);
        QVERIFY(undo(*worker));
        QVERIFY(undo(*worker));
        QVERIFY(!undo(*worker));
        QCOMPARE(execute(*worker, QStringLiteral("x")).result,
                 std::optional<QString>(QStringLiteral("3")));
    }

    void snapshotsPastTheMemoryBudgetAreDropped()
    {
        // Each cell replaces a 160 MB array, so each earlier state holds 160 MB of its own: a
        // 400 MB budget keeps two of them although the count would allow five.
        auto worker = startWorker(
            {{QStringLiteral("snapshots"), 5}, {QStringLiteral("snapshot_memory_mb"), 400}});
        QCOMPARE(execute(*worker, QStringLiteral("import numpy as np")).status, RunStatus::Ok);
        for (int i = 1; i <= 4; ++i) {
            QCOMPARE(
                execute(*worker, QStringLiteral("a = np.full(20_000_000, %1.0)").arg(i)).status,
                RunStatus::Ok);
        }
        // The supervisor measures from outside, right after each cell: wait for its verdict.
        QTRY_COMPARE_WITH_TIMEOUT(snapshotProcesses(worker->processId()), 2, 20000);
        QVERIFY(undo(*worker));
        QVERIFY(undo(*worker));
        QVERIFY(!undo(*worker));
        QCOMPARE(execute(*worker, QStringLiteral("float(a[-1])")).result,
                 std::optional<QString>(QStringLiteral("2.0")));
    }

    void resetForksAFreshSessionFromTheTemplate()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("x = 1\nimport pandas as pd")).status,
                 RunStatus::Ok);
        const qint64 process = worker->processId();
        QSignalSpy reset(worker.get(), &WorkerClient::resetDone);
        worker->reset();
        QVERIFY(reset.wait(10000));
        QVERIFY(reset.first().at(1).toBool());
        const CellResult after = execute(*worker, QStringLiteral("x"));
        QCOMPARE(after.status, RunStatus::Error);
        QVERIFY(after.stderrText.contains(QStringLiteral("NameError")));
        // The same worker process served it: no interpreter started again, the sandbox still on.
        QCOMPARE(worker->processId(), process);
        const CellResult denied = execute(*worker, QStringLiteral("import subprocess"));
        QCOMPARE(denied.status, RunStatus::Rejected);
        // Resetting again works the same: the template stays.
        worker->reset();
        QVERIFY(reset.wait(10000));
        QCOMPARE(execute(*worker, QStringLiteral("1 + 1")).result,
                 std::optional<QString>(QStringLiteral("2")));
    }

    void shutdownEndsTheWorkerCleanly()
    {
        auto worker = startWorker();
        QCOMPARE(execute(*worker, QStringLiteral("1")).status, RunStatus::Ok);
        QSignalSpy state(worker.get(), &WorkerClient::stateChanged);
        worker->shutdown();
        QTRY_COMPARE_WITH_TIMEOUT(worker->state(), WorkerClient::State::Stopped, 5000);
    }
};

QTEST_GUILESS_MAIN(TestWorkerClient)
#include "tst_workerclient.moc"
