// `sandbench serve --stdio` as an agent drives it: JSON lines in, JSON lines out.
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

QJsonObject execute(int id, const QString &code)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("op"), QStringLiteral("execute")},
            {QStringLiteral("code"), code}};
}

QJsonObject op(int id, const char *name)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("op"), QLatin1String(name)}};
}

} // namespace

class TestServe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("serve.db")); }

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

    void requestsDuringARunningCellAreRefusedAndInterruptStopsIt()
    {
        Server server(db());
        QCOMPARE(server.call(execute(1, QStringLiteral("x = 1")))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("ok"));
        server.send(execute(2, QStringLiteral("x = 2\nwhile True:\n    pass")));
        QTest::qWait(500);
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
