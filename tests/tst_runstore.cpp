#include "filehashcache.h"
#include "llm/exchangestore.h"
#include "reviewqueue.h"
#include "runhistory.h"
#include "runstore.h"
#include "schema.h"
#include "sha256.h"
#include "sqlite.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <limits>
#include <sys/stat.h>

using namespace sandbench;

namespace {

RunRecord sampleRun(qint64 sessionId, int cell, const QString &code)
{
    RunRecord run;
    run.sessionId = sessionId;
    run.cellIndex = cell;
    run.code = code;
    run.status = RunStatus::Ok;
    run.stdoutText = QStringLiteral("printed ü\n");
    run.result = QStringLiteral("42");
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.finishedAt = run.startedAt.addMSecs(12);
    run.durationMs = 12.5;
    return run;
}

// A store of sessions x runsPerSession recorded runs, closed (so its WAL is folded into the file).
void fillStore(const QString &path, int sessions, int runsPerSession)
{
    QString error;
    auto store = RunStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    for (int s = 0; s < sessions; ++s) {
        const qint64 session = store->createSession(QStringLiteral("/tmp/s.py"), QString(), &error);
        QVERIFY2(session > 0, qPrintable(error));
        for (int i = 1; i <= runsPerSession; ++i) {
            RunRecord run =
                sampleRun(session, i, QStringLiteral("total = %1 * 2\nprint(total)").arg(i));
            QVERIFY2(store->recordRun(run, {}, &error), qPrintable(error));
        }
    }
}

// Writes size bytes of (seeded, so a failure can be replayed) random garbage at offset.
bool overwrite(const QString &path, qint64 offset, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    QByteArray garbage(size, Qt::Uninitialized);
    QRandomGenerator random(19);
    random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), int(size / 4));
    return file.write(garbage) == size;
}

// Changes a store behind its back, as another program (or a damaged disk) would.
bool execOn(const QString &path, const QString &sql)
{
    SqliteConnection raw;
    QString error;
    if (raw.open(path, &error) && raw.exec(sql, &error))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(error));
    return false;
}

bool createFromSql(const QString &path, const QString &sqlFile)
{
    // Run outside ctest, SANDBENCH_TEST_DATA is unset and the fixture reads as empty: that is a
    // failed set-up, not an empty old store.
    const QByteArray sql = test::readFile(sqlFile);
    if (sql.isEmpty()) {
        qWarning("cannot read the fixture %s (run the test through ctest)", qPrintable(sqlFile));
        return false;
    }
    SqliteConnection db;
    QString error;
    return db.open(path, &error) && db.exec(QString::fromUtf8(sql), &error);
}

} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsANewDatabaseAtTheCurrentVersion()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("nested/folder/runs.db"));
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), RunStore::kSchemaVersion);
        SqliteConnection raw;
        QVERIFY(raw.open(path, &error));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode"), &error).toString(),
                 QStringLiteral("wal"));
    }

    void keepsRunsAndFiguresAcrossReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.db"));
        QString error;
        qint64 session = 0;
        qint64 runId = 0;
        {
            auto store = RunStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            session = store->createSession(QStringLiteral("/tmp/a.py"), QString(), &error);
            QVERIFY(session > 0);
            QVERIFY(store->setSessionOutputDir(session, dir.path(), &error));
            QVERIFY(store->addSessionDataset(
                session, {QStringLiteral("sales"), QStringLiteral("/d/s.csv")}, &error));
            RunRecord run = sampleRun(session, 1, QStringLiteral("print('hi')\n42"));
            Figure figure;
            figure.data = QByteArray("png-bytes");
            figure.width = 640;
            figure.height = 480;
            run.figures.append(figure);
            const auto writer = [&](RunRecord &r, QString *) {
                r.figures[0].path = dir.filePath(QStringLiteral("run-%1.png").arg(r.id));
                r.figures[0].sha256 = QStringLiteral("abc");
                return true;
            };
            QVERIFY2(store->recordRun(run, writer, &error), qPrintable(error));
            QVERIFY(run.id > 0);
            runId = run.id;
        }
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        const auto run = store->run(runId);
        QVERIFY(run);
        QCOMPARE(run->code, QStringLiteral("print('hi')\n42"));
        QCOMPARE(run->stdoutText, QStringLiteral("printed ü\n"));
        QCOMPARE(run->result, std::optional<QString>(QStringLiteral("42")));
        QCOMPARE(run->status, RunStatus::Ok);
        QCOMPARE(run->durationMs, 12.5);
        QCOMPARE(run->figures.size(), 1);
        QCOMPARE(run->figures[0].path, dir.filePath(QStringLiteral("run-%1.png").arg(runId)));
        QCOMPARE(run->figures[0].width, 640);
        QCOMPARE(store->session(session)->outputDir, dir.path());
        QCOMPARE(store->sessionDatasets(session).size(), 1);
    }

    void aFailingFigureWriterLeavesNoHalfRecordedRun()
    {
        QTemporaryDir dir;
        QString error;
        auto store = RunStore::open(dir.filePath(QStringLiteral("runs.db")), &error);
        const qint64 session = store->createSession(QString(), QString(), &error);
        RunRecord run = sampleRun(session, 1, QStringLiteral("plot()"));
        run.figures.append(Figure());
        const auto failing = [](RunRecord &, QString *e) {
            *e = QStringLiteral("disk full");
            return false;
        };
        QVERIFY(!store->recordRun(run, failing, &error));
        QCOMPARE(error, QStringLiteral("disk full"));
        QCOMPARE(store->runsOfSession(session).size(), 0);
    }

    void migratesTheFirstSchemaKeepingEveryRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        QVERIFY(createFromSql(path, test::testDataDir() + QStringLiteral("/schema-v1.sql")));
        QString error;
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), RunStore::kSchemaVersion);
        const auto runs = store->runsOfSession(1);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[1].stdoutText, QStringLiteral("hi\n"));
        QCOMPARE(runs[1].figures.size(), 1);
        QCOMPARE(store->session(1)->origin, QStringLiteral("/home/ana/q3.py"));
        QVERIFY(runs[1].violations.isEmpty());
        // The file as it was before the upgrade is kept beside it.
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".v1.bak")));
        auto old = RunStore::open(path + QStringLiteral(".v1.bak"), &error);
        QVERIFY(old); // opening the backup upgrades the backup, not the original
        // Violations and the profile survive a round trip.
        RunRecord refused = sampleRun(1, 4, QStringLiteral("import os"));
        refused.status = RunStatus::Rejected;
        refused.violations.append({QStringLiteral("import-not-allowed"), QStringLiteral("no os"), 1,
                                   8, QStringLiteral("static")});
        refused.profileName = QStringLiteral("strict");
        refused.profileSha256 = QStringLiteral("ab12");
        QVERIFY(store->recordRun(refused, {}, &error));
        const auto back = store->run(refused.id);
        QCOMPARE(back->violations, refused.violations);
        QCOMPARE(back->profileName, QStringLiteral("strict"));
        // New runs go on after the old ones.
        RunRecord run = sampleRun(1, 3, QStringLiteral("x"));
        QVERIFY(store->recordRun(run, {}, &error));
        QVERIFY(run.id >= 3);
    }

    void migratesTheFirstSchemaToProvenanceAndSearch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        QVERIFY(createFromSql(path, test::testDataDir() + QStringLiteral("/schema-v1.sql")));
        QString error;
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        // Old runs get their code's hash and are found by search; nothing else is invented.
        const auto old = store->run(2);
        QVERIFY(old);
        QCOMPARE(old->codeSha256, sha256Hex(QByteArrayLiteral("x + 1")));
        QVERIFY(old->codeOrigin.isEmpty());
        QVERIFY(!old->cpuMs);
        QVERIFY(old->inputs.isEmpty());
        const auto found =
            RunHistory(*store).find({QStringLiteral("hi"), 0, QString(), 10, {}, {}});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().runId, 2);
    }

    void migratesTheSecondSchemaKeepingVerdicts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        QVERIFY(createFromSql(path, test::testDataDir() + QStringLiteral("/schema-v2.sql")));
        QString error;
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), RunStore::kSchemaVersion);
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".v2.bak")));
        const auto refused = store->run(3);
        QCOMPARE(refused->status, RunStatus::Rejected);
        QCOMPARE(refused->violations.size(), 1);
        QCOMPARE(refused->profileName, QStringLiteral("strict"));
        QCOMPARE(refused->codeSha256, sha256Hex(QByteArrayLiteral("import os")));
        QVERIFY(refused->stateChanges.isEmpty()); // recorded before there was a guard
        QVERIFY(!refused->names.known);            // and before names were recorded (schema 5)
        QVERIFY(refused->llmEndpointHost.isEmpty()); // and before the assistant (schema 7)
        QVERIFY(!llm::ExchangeStore(*store).byPrompt(QStringLiteral("none")));
        QCOMPARE(store->session(1)->sandbox, QStringLiteral("{\"landlock\": \"on (ABI 3)\"}"));
        QCOMPARE(
            RunHistory(*store).find({QStringLiteral("refused"), 0, QString(), 10, {}, {}}).size(),
            1);
        // The backup is the second schema as it was.
        SqliteConnection backup;
        QVERIFY(backup.open(path + QStringLiteral(".v2.bak"), &error));
        QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version"), &error).toInt(), 2);
    }

    void provenanceSurvivesTheRoundTrip()
    {
        QTemporaryDir dir;
        QString error;
        auto store = RunStore::open(dir.filePath(QStringLiteral("p.db")), &error);
        const qint64 session = store->createSession(QString(), QString(), &error);
        RunRecord parent = sampleRun(session, 1, QStringLiteral("a = 1"));
        QVERIFY(store->recordRun(parent, {}, &error));
        RunRecord run = sampleRun(session, 2, QStringLiteral("a + 1"));
        run.codeOrigin = CodeOrigin::Llm;
        run.llmModel = QStringLiteral("model-x");
        run.llmPromptSha256 = QStringLiteral("feed");
        run.llmEndpointHost = QStringLiteral("localhost:11434");
        run.inputs.append(
            {QStringLiteral("d"), QStringLiteral("/d.csv"), 12, 34, QStringLiteral("cafe")});
        run.inputsSha256 = QStringLiteral("beef");
        run.reviewBindsInputs = true;
        run.outputs.append({QStringLiteral("/out/x.csv"), 5, QStringLiteral("f00d")});
        run.environment = QJsonObject{{QStringLiteral("python"), QStringLiteral("3.11.2")}};
        run.limitsSha256 = QStringLiteral("11");
        run.cpuMs = 4.5;
        run.peakRssKb = 65536;
        run.parentRunId = parent.id;
        run.stateChanges = {QStringLiteral("display.float_format"),
                            QStringLiteral("rcParams['figure.dpi']")};
        run.names = {{QStringLiteral("a"), QStringLiteral("df")}, {QStringLiteral("b")}, true};
        QVERIFY2(store->recordRun(run, {}, &error), qPrintable(error));
        const auto back = store->run(run.id);
        QCOMPARE(back->names, run.names);
        QCOMPARE(back->codeSha256, sha256Hex(QByteArrayLiteral("a + 1")));
        QCOMPARE(back->codeOrigin, CodeOrigin::Llm);
        QCOMPARE(back->llmModel, run.llmModel);
        QCOMPARE(back->llmPromptSha256, run.llmPromptSha256);
        QCOMPARE(back->llmEndpointHost, run.llmEndpointHost);
        QCOMPARE(back->inputs, run.inputs);
        QCOMPARE(back->inputsSha256, run.inputsSha256);
        QVERIFY(back->reviewBindsInputs);
        QCOMPARE(back->outputs.size(), 1);
        QCOMPARE(back->outputs.first().sha256, QStringLiteral("f00d"));
        QCOMPARE(back->environment, run.environment);
        QCOMPARE(back->limitsSha256, run.limitsSha256);
        QCOMPARE(back->cpuMs, run.cpuMs);
        QCOMPARE(back->peakRssKb, run.peakRssKb);
        QCOMPARE(back->parentRunId, parent.id);
        QCOMPARE(back->stateChanges, run.stateChanges);
        QVERIFY(store->run(parent.id)->stateChanges.isEmpty());
        // A run that reported no names (a keeper's reply) stays "not known", not "none".
        QVERIFY(!store->run(parent.id)->names.known);
    }

    // The names come from the worker, whose interpreter the cell shares: whatever it sends, the
    // record holds a bounded list of short one-line strings.
    void stateChangesFromTheWorkerAreBounded()
    {
        QJsonArray hostile{1,
                           QJsonObject{},
                           QStringLiteral("a"),
                           QStringLiteral("a"),
                           QString(1000, QLatin1Char('x')),
                           QStringLiteral("two\nlines\u202e")};
        for (int i = 0; i < 500; ++i)
            hostile.append(QStringLiteral("option.%1").arg(i));
        const QStringList changes = stateChangesFromJson(hostile);
        QCOMPARE(changes.size(), kMaxStateChanges);
        QCOMPARE(changes.at(0), QStringLiteral("a"));
        QCOMPARE(changes.at(1).size(), kMaxStateChangeLength);
        QVERIFY(!changes.at(2).contains(QLatin1Char('\n')));
        QVERIFY(!changes.at(2).contains(QChar(0x202e)));
        QCOMPARE(changes.at(3), QStringLiteral("option.0"));
    }

    void refusesADatabaseFromANewerVersionWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        QVERIFY(RunStore::open(path, nullptr));
        QVERIFY(execOn(path, QStringLiteral("PRAGMA user_version = 99")));
        const QByteArray before = test::readFile(path);
        QString error;
        QVERIFY(!RunStore::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer Sandbench")), qPrintable(error));
        QVERIFY(error.contains(path));
        QCOMPARE(test::readFile(path), before);
    }

    void refusesAnImpossibleSchemaVersionAndLeavesNoLock_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("says");
        QTest::newRow("-1") << -1 << QStringLiteral("schema version is -1");
        QTest::newRow("most negative") << std::numeric_limits<qint32>::min()
                                       << QStringLiteral("schema version is -2147483648");
        QTest::newRow("next") << RunStore::kSchemaVersion + 1 << QStringLiteral("newer Sandbench");
        QTest::newRow("largest") << std::numeric_limits<qint32>::max()
                                 << QStringLiteral("newer Sandbench");
    }

    void refusesAnImpossibleSchemaVersionAndLeavesNoLock()
    {
        QFETCH(int, version);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("odd.db"));
        QVERIFY(RunStore::open(path, nullptr));
        QVERIFY(execOn(path, QStringLiteral("PRAGMA user_version = %1").arg(version)));
        const QByteArray before = test::readFile(path);
        QString error;
        QVERIFY(!RunStore::open(path, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("--db")), qPrintable(error));
        QVERIFY(!QFile::exists(path + QStringLiteral(".upgrade.lock")));
        QCOMPARE(test::readFile(path), before);
    }

    void aFailedUpgradeChangesNothingAndLeavesNoLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        QVERIFY(createFromSql(path, test::testDataDir() + QStringLiteral("/schema-v2.sql")));
        // A table in the way of the next step makes it fail halfway.
        QVERIFY(execOn(path, QStringLiteral("CREATE TABLE run_inputs (x)")));
        QString error;
        QVERIFY(!RunStore::open(path, &error));
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("run_inputs")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(path + QStringLiteral(".upgrade.lock")));
        QVERIFY(QFile::exists(path + QStringLiteral(".v2.bak")));
        SqliteConnection raw;
        QVERIFY(raw.open(path, &error));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version"), &error).toInt(), 2);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                           "'run_outputs'"),
                            &error)
                     .toInt(),
                 0);
    }

    void refusesAStoreWithGarbageInTheMiddleAndSaysHowToRecover()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.db"));
        fillStore(path, 20, 100);
        if (QTest::currentTestFailed())
            return;
        // The check runs on every open: what it costs on a store of 2,000 runs.
        {
            SqliteConnection raw;
            QString error;
            QVERIFY(raw.open(path, &error));
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA quick_check(1)"), &error).toString(),
                     QStringLiteral("ok"));
            const qint64 checkUs = timer.nsecsElapsed() / 1000;
            timer.restart();
            QVERIFY(RunStore::open(path, &error));
            qInfo("quick_check on 2,000 runs (%lld KB): %lld us; whole open: %lld us",
                  QFileInfo(path).size() / 1024, checkUs, timer.nsecsElapsed() / 1000);
        }
        // The copy the store made before its last upgrade, named in the advice when it exists.
        const QString backup = path + QStringLiteral(".v2.bak");
        QVERIFY(test::writeFile(backup, "backup"));
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 64 * 1024);
        QVERIFY(overwrite(path, (size / 2) / 4096 * 4096 + 1000, 4096));
        const QByteArray damaged = test::readFile(path);
        QString error;
        QVERIFY(!RunStore::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("is damaged")), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral(".recover > recovered.sql")), qPrintable(error));
        QVERIFY2(error.contains(backup), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("not a Sandbench database")), qPrintable(error));
        QCOMPARE(test::readFile(path), damaged);

        // The advice works, followed word for word: the shell's recovery, loaded into a new
        // file with the pragmas the message gives, is a store Sandbench opens, with most runs.
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 shell is not installed: the recovery steps were not followed");
        const auto step = [&](const QString &pattern) {
            const QRegularExpressionMatch match =
                QRegularExpression(QStringLiteral("'(") + pattern + QStringLiteral(")'"))
                    .match(error);
            return match.hasMatch() ? match.captured(1) : QString();
        };
        const QString recover = step(QStringLiteral("sqlite3 [^']+ .recover > recovered.sql"));
        // Debian 12's shell lacks the sqlite_dbpage table .recover needs.
        const QString dump = step(QStringLiteral("sqlite3 [^']+ .dump [^']+"));
        const QString load = step(QStringLiteral("sqlite3 recovered.db < recovered.sql"));
        const QString mark = step(QStringLiteral("sqlite3 recovered.db \"PRAGMA [^']+"));
        QVERIFY2(!recover.isEmpty() && !dump.isEmpty() && !load.isEmpty() && !mark.isEmpty(),
                 qPrintable(error));
        QProcess shell;
        shell.setWorkingDirectory(dir.path());
        const auto run = [&shell](const QString &command) {
            shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
            return shell.waitForFinished(60000) && shell.exitCode() == 0 &&
                   !shell.readAllStandardError().contains("sql error");
        };
        if (!run(recover))
            QVERIFY(run(dump));
        run(load); // reports the statements the damage broke, and loads the rest
        QVERIFY(run(mark));
        const QString recovered = dir.filePath(QStringLiteral("recovered.db"));
        auto store = RunStore::open(recovered, &error);
        QVERIFY2(store, qPrintable(error));
        const int runs =
            store->connection().scalar(QStringLiteral("SELECT count(*) FROM runs"), &error).toInt();
        qInfo("recovered %d of 2,000 runs", runs);
        QVERIFY(runs > 1500);
    }

    void aStoreMissingItsTablesIsDamagedNotEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gutted.db"));
        QVERIFY(RunStore::open(path, nullptr));
        QVERIFY(execOn(path, QStringLiteral("DROP TABLE run_outputs")));
        QString error;
        QVERIFY(!RunStore::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("table run_outputs is missing")), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral(".recover")), qPrintable(error));
    }

    void damageWhileOpenIsReportedWithTheFileAndTheRecovery_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("sqliteSays");
        QTest::newRow("table dropped")
            << QStringLiteral("PRAGMA foreign_keys = OFF; DROP TABLE runs")
            << QStringLiteral("no such table: runs");
        // The runs table's root page pointing past the end of the file (a table created and
        // dropped after it makes the open store read the schema again).
        QTest::newRow("page lost")
            << QStringLiteral(
                   "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET rootpage = 100000 WHERE "
                   "name "
                   "= 'runs'; PRAGMA writable_schema = OFF; CREATE TABLE t (x); DROP TABLE t")
            << QStringLiteral("malformed");
    }

    void damageWhileOpenIsReportedWithTheFileAndTheRecovery()
    {
        QFETCH(QString, damage);
        QFETCH(QString, sqliteSays);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lost.db"));
        QString error;
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 session = store->createSession(QString(), QString(), &error);
        QVERIFY(execOn(path, damage));
        error.clear();
        RunHistory(*store).find(HistoryQuery(), &error);
        QVERIFY2(error.contains(sqliteSays), qPrintable(error));
        QVERIFY2(error.contains(path + QStringLiteral(" is damaged")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral(".recover")), qPrintable(error));
        RunRecord run = sampleRun(session, 1, QStringLiteral("1"));
        QVERIFY(!store->recordRun(run, {}, &error));
        QVERIFY2(error.contains(path + QStringLiteral(" is damaged")), qPrintable(error));
        error.clear();
        QVERIFY(store->runsOfSession(session, &error).isEmpty());
        QVERIFY2(error.contains(path + QStringLiteral(" is damaged")), qPrintable(error));
    }

    // The review queue and the file hash cache keep their tables in the store: their failures
    // used to come as SQLite's bare words ("no such table: review_decisions"), without the file.
    void reviewDecisionsThatCannotBeReadOrWrittenNameTheFileAndTheRecovery()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.db"));
        QString error;
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 session = store->createSession(QString(), QString(), &error);
        RunRecord run = sampleRun(session, 1, QStringLiteral("import subprocess"));
        run.status = RunStatus::PendingReview;
        QVERIFY2(store->recordRun(run, {}, &error), qPrintable(error));
        QVERIFY(execOn(path, QStringLiteral("DROP TABLE review_decisions")));
        ReviewQueue queue(*store);
        error.clear();
        QVERIFY(queue.history(ReviewBinding::of(run), &error).isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("Cannot read the review decisions")),
                 qPrintable(error));
        QVERIFY2(error.contains(path + QStringLiteral(" is damaged")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral(".recover")), qPrintable(error));
        error.clear();
        QVERIFY(!queue.decide(run.id, true, QStringLiteral("ana"), QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("Cannot record the decision on run %1").arg(run.id)),
                 qPrintable(error));
        QVERIFY2(error.contains(path + QStringLiteral(" is damaged")), qPrintable(error));
    }

    void aFileHashCacheThatCannotBeUsedSaysWhyAndStillHashes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hashes.db"));
        const QString data = dir.filePath(QStringLiteral("data.csv"));
        QVERIFY(test::writeFile(data, "a,b\n1,2\n"));
        QString error;
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        FileHashCache cache(*store);
        QVERIFY(cache.describe(QStringLiteral("d"), data, &error));
        QVERIFY2(cache.takeProblem().isEmpty(), "a working cache has nothing to say");
        QVERIFY(test::writeFile(data, "a,b\n1,2\n3,4\n"));
        QVERIFY(execOn(path, QStringLiteral("DROP TABLE file_hashes")));
        const auto input = cache.describe(QStringLiteral("d"), data, &error);
        QVERIFY2(input, qPrintable(error));
        QCOMPARE(input->sha256, sha256Hex(QByteArray("a,b\n1,2\n3,4\n")));
        const QString problem = cache.takeProblem();
        QVERIFY2(problem.contains(QFileInfo(data).absoluteFilePath()), qPrintable(problem));
        QVERIFY2(problem.contains(path + QStringLiteral(" is damaged")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral(".recover")), qPrintable(problem));
        QVERIFY(cache.takeProblem().isEmpty());
    }

    void aFolderFifoOrDeviceIsNoDatabase_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("named pipe");
        QTest::newRow("device") << QStringLiteral("device") << QStringLiteral("is a device");
    }

    void aFolderFifoOrDeviceIsNoDatabase()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("runs.db"));
        if (kind == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(path));
        else if (kind == QLatin1String("fifo"))
            QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        else
            path = QStringLiteral("/dev/null"); // SQLite would "record" every run into nothing
        QString error;
        QVERIFY(!RunStore::open(path, &error)); // and returns: a FIFO would block sqlite3_open
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("--db")), qPrintable(error));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        const QByteArray text("these are my notes, not a database\n");
        QVERIFY(test::writeFile(path, text));
        QString error;
        QVERIFY(!RunStore::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("not a Sandbench database")), qPrintable(error));
        QCOMPARE(test::readFile(path), text);
    }

    void refusesAnotherProgramsSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        QVERIFY(execOn(path, QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        QString error;
        QVERIFY(!RunStore::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
    }

    void twoStoresOnOneFileInterleaveWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        QString error;
        auto window = RunStore::open(path, &error);
        auto commandLine = RunStore::open(path, &error);
        QVERIFY(window && commandLine);
        const qint64 a = window->createSession(QString(), QString(), &error);
        const qint64 b = commandLine->createSession(QString(), QString(), &error);
        for (int i = 1; i <= 50; ++i) {
            RunRecord ra = sampleRun(a, i, QStringLiteral("a"));
            RunRecord rb = sampleRun(b, i, QStringLiteral("b"));
            QVERIFY2(window->recordRun(ra, {}, &error), qPrintable(error));
            QVERIFY2(commandLine->recordRun(rb, {}, &error), qPrintable(error));
        }
        QCOMPARE(commandLine->runsOfSession(a).size(), 50);
        QCOMPARE(window->runsOfSession(b).size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
