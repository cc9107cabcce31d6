// `sandbench serve --stdio` as an agent drives it: JSON lines in, JSON lines out.
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

class Server
{
public:
    explicit Server(const QString &db, const QStringList &options = {})
    {
        m_process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench"),
                        QStringList{QStringLiteral("serve"), QStringLiteral("--stdio"),
                                    QStringLiteral("--db"), db} +
                            options);
        m_process.waitForStarted();
    }
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    void send(const QByteArray &line) { m_process.write(line + '\n'); }
    void send(const QJsonObject &request)
    {
        send(QJsonDocument(request).toJson(QJsonDocument::Compact));
    }

    // The next response line, or an empty object after timeoutMs.
    QJsonObject next(int timeoutMs = 60000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < timeoutMs)
            m_process.waitForReadyRead(100);
        if (!m_process.canReadLine())
            return {};
        return QJsonDocument::fromJson(m_process.readLine()).object();
    }

    QJsonObject call(const QJsonObject &request, int timeoutMs = 60000)
    {
        send(request);
        return next(timeoutMs);
    }

    QProcess m_process;
};

namespace {

using sandbench::test::serve::execute;
using sandbench::test::serve::op;

} // namespace

class TestServe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("serve.db")); }

    // Kills the server's worker while it is idle and waits until the server has reaped it.
    static void killWorker(Server &server)
    {
        qint64 worker = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (worker = sandbench::test::childWorkerOf(server.m_process.processId())) > 0, 10000);
        QCOMPARE(::kill(pid_t(worker), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(sandbench::test::childWorkerOf(server.m_process.processId()), 0,
                                  10000);
    }

private Q_SLOTS:
    void executesCellsInOneSessionAndEchoesIds()
    {
        Server server(db());
        QJsonObject r = server.call(execute(1, QStringLiteral("x = 20")));
        QCOMPARE(r.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(r.contains(QStringLiteral("run_id")) && r.contains(QStringLiteral("session")));
        r = server.call(execute(2, QStringLiteral("print('x is', x)\nx * 2 + 2")));
        QCOMPARE(r.value(QStringLiteral("stdout")).toString(), QStringLiteral("x is 20\n"));
        QCOMPARE(r.value(QStringLiteral("result")).toString(), QStringLiteral("42"));
    }

    // A serve client cannot add a read folder (issue 13): the refusal says it is serve's start
    // option, not the window's menu action.
    void aReadRefusalNamesServesStartOption()
    {
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString secret = elsewhere.filePath(QStringLiteral("secret.csv"));
        QFile file(secret);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a\n1\n");
        file.close();
        Server server(db());
        const QJsonObject r =
            server.call(execute(1, QStringLiteral("open('%1').read()").arg(secret)));
        QCOMPARE(r.value(QStringLiteral("id")).toInt(), 1);
        const QJsonObject why = r.value(QStringLiteral("violations")).toArray().first().toObject();
        QCOMPARE(why.value(QStringLiteral("rule")).toString(), QStringLiteral("outside-read-zone"));
        const QString message = why.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("restart serve with --read FOLDER")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Allow Reading")), qPrintable(message));
    }

    void aFailedCellRollsBackAndUndoStepsBack()
    {
        Server server(db());
        QCOMPARE(server.call(execute(1, QStringLiteral("x = 1")))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("ok"));
        QCOMPARE(server.call(execute(2, QStringLiteral("x = 2; raise ValueError")))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("error"));
        QCOMPARE(server.call(execute(3, QStringLiteral("print(x)")))
                     .value(QStringLiteral("stdout"))
                     .toString(),
                 QStringLiteral("1\n"));
        QCOMPARE(server.call(execute(4, QStringLiteral("x = 5")))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("ok"));
        const QJsonObject undone = server.call(op(5, "undo"));
        QCOMPARE(undone.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(
            server.call(execute(6, QStringLiteral("x"))).value(QStringLiteral("result")).toString(),
            QStringLiteral("1"));
    }

    // "on_error": "keep" on one execute keeps what that failing cell did; undo steps back over
    // it; the next execute without the field rolls back as before. A bad value is refused.
    void onErrorKeepOnOneExecuteKeepsThatCellsState()
    {
        Server server(db());
        QCOMPARE(server.call(execute(1, QStringLiteral("x = 1")))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("ok"));
        QJsonObject keep = execute(2, QStringLiteral("x = 2; raise ValueError"));
        keep.insert(QStringLiteral("on_error"), QStringLiteral("keep"));
        const QJsonObject kept = server.call(keep);
        QCOMPARE(kept.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QCOMPARE(kept.value(QStringLiteral("state_kept")).toBool(), true);
        QCOMPARE(
            server.call(execute(3, QStringLiteral("x"))).value(QStringLiteral("result")).toString(),
            QStringLiteral("2"));
        const QJsonObject rolledBack =
            server.call(execute(4, QStringLiteral("x = 9; raise KeyError")));
        QCOMPARE(rolledBack.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(!rolledBack.contains(QStringLiteral("state_kept")));
        QCOMPARE(server.call(op(5, "undo")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok")); // over the reading cell
        QCOMPARE(server.call(op(6, "undo")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok")); // over the kept error
        QCOMPARE(
            server.call(execute(7, QStringLiteral("x"))).value(QStringLiteral("result")).toString(),
            QStringLiteral("1"));
        QJsonObject bad = execute(8, QStringLiteral("1"));
        bad.insert(QStringLiteral("on_error"), QStringLiteral("ignore"));
        const QJsonObject refused = server.call(bad);
        QCOMPARE(refused.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY2(refused.value(QStringLiteral("error")).toString().contains(QStringLiteral("keep")),
                 qPrintable(refused.value(QStringLiteral("error")).toString()));
    }

    void resetStartsAFreshSessionThatKeepsWorking()
    {
        Server server(db());
        QCOMPARE(server.call(execute(1, QStringLiteral("x = 1")))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("ok"));
        QCOMPARE(server.call(op(2, "reset")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        const QJsonObject gone = server.call(execute(3, QStringLiteral("x")));
        QCOMPARE(gone.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(
            gone.value(QStringLiteral("stderr")).toString().contains(QStringLiteral("NameError")));
        // Still sandboxed, still a session: cells run and undo works in the fresh one.
        QCOMPARE(server.call(execute(4, QStringLiteral("import subprocess")))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("rejected"));
        server.call(execute(5, QStringLiteral("y = 1")));
        server.call(execute(6, QStringLiteral("y = 2")));
        QCOMPARE(server.call(op(7, "undo")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(
            server.call(execute(8, QStringLiteral("y"))).value(QStringLiteral("result")).toString(),
            QStringLiteral("1"));
    }

    void snapshotsZeroTurnsUndoOff()
    {
        Server server(db(), {QStringLiteral("--snapshots"), QStringLiteral("0")});
        server.call(execute(1, QStringLiteral("x = 1")));
        server.call(execute(2, QStringLiteral("x = 2")));
        const QJsonObject undone = server.call(op(3, "undo"));
        QCOMPARE(undone.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(undone.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("no earlier state")));
        // Failed cells still roll back: that needs no snapshot.
        server.call(execute(4, QStringLiteral("x = 3; raise ValueError")));
        QCOMPARE(
            server.call(execute(5, QStringLiteral("x"))).value(QStringLiteral("result")).toString(),
            QStringLiteral("2"));
    }

    void badRequestsGetClearErrorsAndTheServerGoesOn()
    {
        Server server(db());
        server.send(QByteArray("{not json"));
        QJsonObject r = server.next();
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(r.value(QStringLiteral("id")).isNull());
        QVERIFY(
            r.value(QStringLiteral("error")).toString().contains(QStringLiteral("not valid JSON")));
        r = server.call(op(2, "teleport"));
        QCOMPARE(r.value(QStringLiteral("id")).toInt(), 2);
        QVERIFY(r.value(QStringLiteral("error")).toString().contains(QStringLiteral("unknown op")));
        r = server.call(
            {{QStringLiteral("id"), 3}, {QStringLiteral("op"), QStringLiteral("execute")}});
        QVERIFY(r.value(QStringLiteral("error")).toString().contains(QStringLiteral("code")));
        // A line over the limit is refused without being kept, and the next request is served.
        server.send(QByteArray(17 * 1024 * 1024, 'x'));
        r = server.next();
        QVERIFY2(
            r.value(QStringLiteral("error")).toString().contains(QStringLiteral("longer than")),
            QJsonDocument(r).toJson().constData());
        QCOMPARE(server.call(execute(4, QStringLiteral("1 + 1")))
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("2"));
    }

    // "progress": true (issue 15): the cell's output comes as progress lines while it runs,
    // before its response. The cell waits for a file the test writes only after the lines came.
    void progressLinesArriveBeforeTheResponse()
    {
        Server server(db());
        const QString go = m_dir.filePath(QStringLiteral("serve-go"));
        QJsonObject request = execute(
            1, QStringLiteral("import os, sys, time\nprint('one')\nprint('two', file=sys.stderr)\n"
                              "while not os.path.exists(%1):\n    time.sleep(0.01)\nprint('three')")
                   .arg(QStringLiteral("'") + go + QStringLiteral("'")));
        request.insert(QStringLiteral("progress"), true);
        server.send(request);
        QString streamed;
        QStringList streams;
        while (!streamed.contains(QStringLiteral("two"))) {
            const QJsonObject line = server.next();
            QVERIFY2(line.value(QStringLiteral("progress")).toString() == QLatin1String("output"),
                     QJsonDocument(line).toJson().constData());
            QCOMPARE(line.value(QStringLiteral("id")).toInt(), 1);
            QVERIFY(!line.contains(QStringLiteral("status"))); // not a response
            streams.append(line.value(QStringLiteral("stream")).toString());
            streamed += line.value(QStringLiteral("text")).toString();
        }
        QCOMPARE(streamed, QStringLiteral("one\ntwo\n"));
        QCOMPARE(streams.first(), QStringLiteral("stdout"));
        QCOMPARE(streams.last(), QStringLiteral("stderr"));
        QFile file(go);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QJsonObject line = server.next();
        QCOMPARE(line.value(QStringLiteral("text")).toString(), QStringLiteral("three\n"));
        line = server.next();
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(line.value(QStringLiteral("stdout")).toString(), QStringLiteral("one\nthree\n"));
        // Without "progress" a client reads one line per request, as before.
        const QJsonObject plain = server.call(execute(2, QStringLiteral("print('quiet')")));
        QCOMPARE(plain.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(plain.value(QStringLiteral("stdout")).toString(), QStringLiteral("quiet\n"));
        QJsonObject bad = execute(3, QStringLiteral("1"));
        bad.insert(QStringLiteral("progress"), QStringLiteral("yes"));
        QVERIFY(server.call(bad)
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("\"progress\"")));
    }

    void requestsDuringARunningCellAreRefusedAndInterruptStopsIt()
    {
        Server server(db());
        QCOMPARE(server.call(execute(1, QStringLiteral("x = 1")))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("ok"));
        server.send(execute(2, QStringLiteral("x = 2\nwhile True:\n    pass")));
        // The loop runs once its cell's own process exists.
        QTRY_VERIFY_WITH_TIMEOUT(
            sandbench::test::descendantsNamed(server.m_process.processId(), "sb-cell").size() == 1,
            30000);
        QJsonObject r = server.call(op(3, "variables"));
        QCOMPARE(r.value(QStringLiteral("id")).toInt(), 3);
        QVERIFY(r.value(QStringLiteral("error")).toString().contains(QStringLiteral("running")));
        r = server.call(op(4, "interrupt"));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        r = server.next();
        QCOMPARE(r.value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
        QCOMPARE(
            server.call(execute(5, QStringLiteral("x"))).value(QStringLiteral("result")).toString(),
            QStringLiteral("1"));
    }

    void variablesAndTablesDescribeTheSession()
    {
        Server server(db());
        server.call(execute(
            1, QStringLiteral("import pandas as pd\n"
                              "df = pd.DataFrame({'a': [1.5, None, 3.0], 'b': ['x', 'y', 'z']})")));
        QJsonObject r = server.call(op(2, "variables"));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QJsonObject df = r.value(QStringLiteral("variables")).toArray().first().toObject();
        QCOMPARE(df.value(QStringLiteral("name")).toString(), QStringLiteral("df"));
        QCOMPARE(df.value(QStringLiteral("type")).toString(), QStringLiteral("DataFrame"));
        QCOMPARE(df.value(QStringLiteral("shape")).toArray(), QJsonArray({3, 2}));
        r = server.call({{QStringLiteral("id"), 3},
                         {QStringLiteral("op"), QStringLiteral("table")},
                         {QStringLiteral("name"), QStringLiteral("df")},
                         {QStringLiteral("offset"), 1},
                         {QStringLiteral("limit"), 5}});
        QCOMPARE(r.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(r.value(QStringLiteral("dtypes")).toArray().first().toString(),
                 QStringLiteral("float64"));
        const QJsonArray data = r.value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 2);
        QVERIFY(data.first().toArray().first().isNull()); // a missing value stays missing
        QCOMPARE(data.last().toArray().last().toString(), QStringLiteral("z"));
        r = server.call({{QStringLiteral("id"), 4},
                         {QStringLiteral("op"), QStringLiteral("table")},
                         {QStringLiteral("name"), QStringLiteral("nope")}});
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        // The same key as every other request's error (README), not "message".
        QVERIFY2(r.value(QStringLiteral("error")).toString().contains(QStringLiteral("nope")),
                 QJsonDocument(r).toJson().constData());
        QVERIFY(!r.contains(QStringLiteral("message")));
        // Fields of the wrong type are named, not passed on to fail inside the worker.
        r = server.call({{QStringLiteral("id"), 5},
                         {QStringLiteral("op"), QStringLiteral("table")},
                         {QStringLiteral("name"), QJsonObject{{QStringLiteral("a"), 1}}}});
        QVERIFY2(r.value(QStringLiteral("error")).toString().contains(QStringLiteral("\"name\"")),
                 QJsonDocument(r).toJson().constData());
        r = server.call({{QStringLiteral("id"), 6},
                         {QStringLiteral("op"), QStringLiteral("table")},
                         {QStringLiteral("name"), QStringLiteral("df")},
                         {QStringLiteral("offset"), -5}});
        QVERIFY2(r.value(QStringLiteral("error")).toString().contains(QStringLiteral("\"offset\"")),
                 QJsonDocument(r).toJson().constData());
    }

    // Issue 15, item 5: an agent gets the editor's completion and help too.
    void completeAndHelpAnswerAsTheEditorsDo()
    {
        Server server(db());
        server.call(execute(1, QStringLiteral("import pandas as pd\n"
                                              "df = pd.DataFrame({'price': [1.5]})")));
        QJsonObject r = server.call({{QStringLiteral("id"), 2},
                                     {QStringLiteral("op"), QStringLiteral("complete")},
                                     {QStringLiteral("code"), QStringLiteral("df.gr")}});
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(r.value(QStringLiteral("matches")).toArray(),
                 QJsonArray({QJsonObject{{QStringLiteral("name"), QStringLiteral("groupby")},
                                         {QStringLiteral("kind"), QStringLiteral("method")}}}));
        r = server.call({{QStringLiteral("id"), 3},
                         {QStringLiteral("op"), QStringLiteral("help")},
                         {QStringLiteral("code"), QStringLiteral("df.groupby(")}});
        QVERIFY2(
            r.value(QStringLiteral("signature")).toString().startsWith(QStringLiteral("groupby(")),
            QJsonDocument(r).toJson().constData());
        r = server.call(
            {{QStringLiteral("id"), 4}, {QStringLiteral("op"), QStringLiteral("help")}});
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(r.value(QStringLiteral("error")).toString().contains(QStringLiteral("\"code\"")));
    }

    // After the worker died, a table request was never answered; then every request got "busy",
    // and neither shutdown nor end of input ended the server.
    void requestsAfterTheWorkerDiedAreAnsweredAndShutdownEnds()
    {
        Server server(db());
        QCOMPARE(server.call(execute(1, QStringLiteral("x = 1")))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("ok"));
        killWorker(server);
        QJsonObject r = server.call({{QStringLiteral("id"), 2},
                                     {QStringLiteral("op"), QStringLiteral("table")},
                                     {QStringLiteral("name"), QStringLiteral("x")}},
                                    20000);
        QCOMPARE(r.value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY2(
            r.value(QStringLiteral("error")).toString().contains(QStringLiteral("not running")),
            QJsonDocument(r).toJson().constData());
        r = server.call(op(3, "variables"), 20000);
        QCOMPARE(r.value(QStringLiteral("id")).toInt(), 3);
        QVERIFY2(!r.value(QStringLiteral("error")).toString().contains(QStringLiteral("busy")),
                 QJsonDocument(r).toJson().constData());
        r = server.call(op(4, "undo"), 20000);
        QCOMPARE(r.value(QStringLiteral("id")).toInt(), 4);
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        // The next cell gets a fresh worker.
        QCOMPARE(server.call(execute(5, QStringLiteral("1 + 1")))
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("2"));
        r = server.call(op(6, "shutdown"), 20000);
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(server.m_process.waitForFinished(30000));
        QCOMPARE(server.m_process.exitCode(), 0);
    }

    void endOfInputEndsTheServerAfterTheWorkerDied()
    {
        Server server(db());
        server.call(execute(1, QStringLiteral("x = 1")));
        killWorker(server);
        server.send({{QStringLiteral("id"), 2},
                     {QStringLiteral("op"), QStringLiteral("table")},
                     {QStringLiteral("name"), QStringLiteral("x")}});
        server.m_process.closeWriteChannel();
        QCOMPARE(server.next(20000).value(QStringLiteral("id")).toInt(), 2);
        QVERIFY(server.m_process.waitForFinished(30000));
        QCOMPARE(server.m_process.exitCode(), 0);
    }

    // README: shutdown answers after the queued cells; it used to interrupt the running one.
    void shutdownWaitsForTheRunningCell()
    {
        Server server(db());
        server.call(
            execute(0, QStringLiteral("1"))); // the worker is up: the next cell starts at once
        server.send(execute(
            1, QStringLiteral("s = 0\nfor i in range(5_000_000):\n    s += i\nprint('done')")));
        server.send(op(2, "shutdown"));
        QJsonObject r = server.next();
        QCOMPARE(r.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.value(QStringLiteral("stdout")).toString(), QStringLiteral("done\n"));
        r = server.next();
        QCOMPARE(r.value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(server.m_process.waitForFinished(30000));
    }

    void aTimeoutOutOfRangeIsRefusedWithTheRange_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::newRow("100 ns") << 1e-7;
        QTest::newRow("a billion seconds") << 1e9;
        QTest::newRow("negative") << -1.0;
    }

    void aTimeoutOutOfRangeIsRefusedWithTheRange()
    {
        QFETCH(double, seconds);
        Server server(db());
        QJsonObject request = execute(1, QStringLiteral("1"));
        request.insert(QStringLiteral("timeout"), seconds);
        const QJsonObject r = server.call(request);
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        const QString error = r.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("0.1")) && error.contains(QStringLiteral("604800")),
                 qPrintable(error));
    }

    void codeWithANulIsACellErrorAndTheSessionStays()
    {
        Server server(db());
        server.call(execute(1, QStringLiteral("x = 5")));
        const QJsonObject r = server.call(
            execute(2, QStringLiteral("y = 1\n") + QChar(0) + QStringLiteral("\n")), 30000);
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY2(r.value(QStringLiteral("stderr")).toString().contains(QStringLiteral("line 2")),
                 QJsonDocument(r).toJson().constData());
        QCOMPARE(
            server.call(execute(3, QStringLiteral("x"))).value(QStringLiteral("result")).toString(),
            QStringLiteral("5"));
    }

    // A few hundred malformed and adversarial lines: each gets exactly one answer (an error that
    // says what is wrong, or a result), nothing crashes, and a valid request is served after.
    void fuzzedRequestsAreEachAnsweredAndTheServerGoesOn()
    {
        Server server(db());
        QRandomGenerator random(19); // fixed: a failure can be replayed
        const QList<QJsonValue> values = {QJsonValue(),
                                          QJsonValue(true),
                                          QJsonValue(-1),
                                          QJsonValue(1e308),
                                          QJsonValue(qint64(9007199254740993LL)),
                                          QJsonValue(QStringLiteral("")),
                                          QJsonValue(QString(3000, QLatin1Char('z'))),
                                          QJsonValue(QJsonArray{1, 2}),
                                          QJsonValue(QJsonObject{{QStringLiteral("op"), 1}}),
                                          QJsonValue(QStringLiteral("x = 1")),
                                          QJsonValue(QStringLiteral("df")),
                                          QJsonValue(0.0000001)};
        // shutdown is left out: it would end the server under test.
        const QStringList ops = {QStringLiteral("execute"),   QStringLiteral("undo"),
                                 QStringLiteral("interrupt"), QStringLiteral("variables"),
                                 QStringLiteral("table"),     QStringLiteral("reset"),
                                 QStringLiteral("teleport"),  QStringLiteral("EXECUTE")};
        const QStringList fields = {
            QStringLiteral("id"),      QStringLiteral("op"),     QStringLiteral("code"),
            QStringLiteral("timeout"), QStringLiteral("name"),   QStringLiteral("offset"),
            QStringLiteral("limit"),   QStringLiteral("origin"), QStringLiteral("memory_mb")};
        const QList<QByteArray> notObjects = {
            "[]", "42", "\"op\"", "null", "[[[[[[[[[[]]]]]]]]]]", QByteArray(5000, '[')};
        const auto pick = [&random](const auto &list) {
            return list.at(qsizetype(random.bounded(quint32(list.size()))));
        };
        int sent = 0;
        for (int i = 0; i < 300; ++i) {
            QJsonObject request{{QStringLiteral("id"), i}, {QStringLiteral("op"), pick(ops)}};
            const int extra = int(random.bounded(4u));
            for (int f = 0; f < extra; ++f)
                request.insert(pick(fields), pick(values));
            QByteArray line = QJsonDocument(request).toJson(QJsonDocument::Compact);
            switch (random.bounded(6u)) {
            case 0: // truncated
                line.truncate(qsizetype(random.bounded(quint32(line.size()))));
                break;
            case 1: // binary: any byte but the newline that ends a request
                line = QByteArray(qsizetype(random.bounded(1u, 200u)), Qt::Uninitialized);
                for (char &c : line)
                    c = char(random.bounded(256u));
                line.replace('\n', 'n');
                break;
            case 2:
                line = pick(notObjects);
                break;
            default:
                break;
            }
            if (line.trimmed().isEmpty()) // a blank line is no request and gets no answer
                line = "{";
            server.send(line);
            ++sent;
        }
        for (int answered = 0; answered < sent; ++answered) {
            const QJsonObject r = server.next(60000);
            QVERIFY2(r.contains(QStringLiteral("status")),
                     qPrintable(QStringLiteral("answer %1 of %2 missing").arg(answered).arg(sent)));
            if (r.value(QStringLiteral("status")) == QLatin1String("error") &&
                !r.contains(QStringLiteral("run_id")))
                QVERIFY2(!r.value(QStringLiteral("error")).toString().isEmpty(),
                         QJsonDocument(r).toJson().constData());
        }
        QCOMPARE(server.m_process.state(), QProcess::Running);
        const QJsonObject r = server.call(execute(1000, QStringLiteral("6 * 7")));
        QCOMPARE(r.value(QStringLiteral("id")).toInt(), 1000);
        QCOMPARE(r.value(QStringLiteral("result")).toString(), QStringLiteral("42"));
    }

    // A cell's own process that dies leaves the session as it was; the message used to say that
    // and also that "variables from earlier cells are gone".
    void aCellWhoseProcessDiesSaysTheVariablesAreKept()
    {
        Server server(db());
        server.call(execute(1, QStringLiteral("x = 3")));
        server.send(execute(2, QStringLiteral("while True:\n    pass")));
        QList<qint64> cell;
        QTRY_VERIFY_WITH_TIMEOUT(
            (cell = sandbench::test::descendantsNamed(server.m_process.processId(), "sb-cell"))
                    .size() == 1,
            20000);
        QCOMPARE(::kill(pid_t(cell.first()), SIGKILL), 0);
        const QJsonObject r = server.next();
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("crashed"));
        const QString stderrText = r.value(QStringLiteral("stderr")).toString();
        QVERIFY2(stderrText.contains(QStringLiteral("as they were")), qPrintable(stderrText));
        QVERIFY2(!stderrText.contains(QStringLiteral("gone")), qPrintable(stderrText));
        QCOMPARE(
            server.call(execute(3, QStringLiteral("x"))).value(QStringLiteral("result")).toString(),
            QStringLiteral("3"));
    }

    // Every request sent before shutdown or end of input is answered before the server exits.
    void shutdownAnswersAnUndoSentJustBeforeIt()
    {
        Server server(db());
        server.call(execute(1, QStringLiteral("x = 1")));
        server.send(QJsonDocument(op(2, "undo")).toJson(QJsonDocument::Compact) + '\n' +
                    QJsonDocument(op(3, "shutdown")).toJson(QJsonDocument::Compact));
        QCOMPARE(server.next().value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(server.next().value(QStringLiteral("id")).toInt(), 3);
        QVERIFY(server.m_process.waitForFinished(30000));
        QCOMPARE(server.m_process.exitCode(), 0);
    }

    void endOfInputFinishesQueuedCellsThenExits()
    {
        Server server(db());
        server.send(execute(1, QStringLiteral("print('last words')")));
        server.m_process.closeWriteChannel();
        const QJsonObject r = server.next();
        QCOMPARE(r.value(QStringLiteral("stdout")).toString(), QStringLiteral("last words\n"));
        QVERIFY(server.m_process.waitForFinished(30000));
        QCOMPARE(server.m_process.exitCode(), 0);
    }

    void shutdownAnswersAndExits()
    {
        Server server(db());
        const QJsonObject r = server.call(op(1, "shutdown"));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(server.m_process.waitForFinished(30000));
        QCOMPARE(server.m_process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
