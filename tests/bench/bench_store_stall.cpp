// Prints the longest stall of an event loop (the window's GUI thread) while another process
// hammers the same database with write transactions, the way a `sandbench run` or a reviewer in a
// terminal does beside an open window. A watchdog timer fires every 5 ms and measures how late it
// fires; the table gives the longest and the 99th-percentile lateness of each scenario, and the
// ratio of the longest stall to the idle loop's measured first, in the same run:
//
//   idle                 the event loop alone (the baseline)
//   idle + writer        the same with the other process writing
//   inline + writer      the window's store work (record a run, look up a review decision,
//                        search the history) on the event loop's thread, as before the store
//                        had its thread
//   store thread + writer   the same work through StoreThread, answers delivered as values
//
// Run through CMake (`cmake --build build --target bench_store_stall`). Nothing here asserts a
// time. The writer is this program started again with --writer.
#include "reviewqueue.h"
#include "runhistory.h"
#include "runstore.h"
#include "storethread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <functional>

using namespace sandbench;

namespace {

constexpr int kScenarioMs = 4000;
constexpr int kWatchdogMs = 5;
constexpr int kWorkEveryMs = 50;
constexpr int kWriterHoldMs = 120; // how long the writer keeps each write transaction open

RunRecord sampleRun(qint64 sessionId, int i)
{
    RunRecord run;
    run.sessionId = sessionId;
    run.cellIndex = i;
    run.code = QStringLiteral("by_region_%1 = sales.groupby('region').revenue.sum()").arg(i);
    run.status = RunStatus::Ok;
    run.stdoutText = QStringLiteral("region revenue\nNorth %1\n").arg(i);
    run.startedAt = run.finishedAt = QDateTime::currentDateTimeUtc();
    return run;
}

// The window's store work per tick: what a finished cell, a waiting cell and the panels ask.
void storeWork(RunStore &store, qint64 sessionId, int i)
{
    RunRecord run = sampleRun(sessionId, i);
    QString error;
    store.recordRun(run, {}, &error);
    ReviewQueue(store).decisionFor(ReviewBinding::of(run));
    HistoryQuery query;
    query.search = QStringLiteral("groupby");
    query.limit = 20;
    RunHistory(store).find(query);
}

int writer(const QString &path)
{
    QString error;
    auto store = RunStore::open(path, &error);
    if (!store) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const qint64 session = store->createSession(QStringLiteral("writer"), QString(), &error);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; clock.elapsed() < 60000; ++i) {
        SqliteConnection &db = store->connection();
        if (!db.exec(QStringLiteral("BEGIN IMMEDIATE"), nullptr)) {
            QThread::msleep(5);
            continue;
        }
        RunRecord run = sampleRun(session, i);
        SqliteStatement insert = db.prepare(
            QStringLiteral("INSERT INTO runs (session_id, cell_index, code, status, stdout, "
                           "started_at, finished_at, duration_ms, code_sha256) VALUES (?1, ?2, ?3, "
                           "'ok', ?4, '2026-12-03T09:00:00.000Z', '2026-12-03T09:00:00.100Z', 1, "
                           "'x')"),
            nullptr);
        insert.bind(1, session);
        insert.bind(2, i);
        insert.bind(3, run.code);
        insert.bind(4, run.stdoutText);
        insert.step();
        QThread::msleep(kWriterHoldMs); // a long transaction: a big run with its figures
        db.exec(QStringLiteral("COMMIT"), nullptr);
        QThread::msleep(10);
    }
    return 0;
}

struct Figures
{
    QString name;
    double maxMs = 0;
    double p99Ms = 0;
    int ticks = 0;
    int work = 0; // store jobs done (answers received)
};

Figures measure(const QString &name, const std::function<void(int)> &tick,
                const std::function<int()> &done)
{
    QList<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(kWatchdogMs);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        // How much later than its interval the timer fired: the time the loop was held.
        const qint64 now = clock.nsecsElapsed();
        lateness.append(std::max(0.0, double(now - last) / 1e6 - kWatchdogMs));
        last = now;
    });
    QTimer work;
    int ticks = 0;
    work.setInterval(kWorkEveryMs);
    QObject::connect(&work, &QTimer::timeout, [&] { tick(ticks++); });
    last = clock.nsecsElapsed();
    watchdog.start();
    if (tick)
        work.start();
    QEventLoop loop;
    QTimer::singleShot(kScenarioMs, &loop, &QEventLoop::quit);
    loop.exec();
    watchdog.stop();
    work.stop();
    std::sort(lateness.begin(), lateness.end());
    Figures f;
    f.name = name;
    f.ticks = ticks;
    f.work = done ? done() : 0;
    if (!lateness.isEmpty()) {
        f.maxMs = lateness.last();
        f.p99Ms = lateness.at(std::min<qsizetype>(lateness.size() - 1, lateness.size() * 99 / 100));
    }
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--writer"))
        return writer(args.at(2));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stall.db"));
    QString error;
    auto store = RunStore::open(path, &error);
    if (!store) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const qint64 session = store->createSession(QStringLiteral("bench"), QString(), &error);

    QProcess writerProcess;
    const auto startWriter = [&] {
        writerProcess.start(QCoreApplication::applicationFilePath(),
                            {QStringLiteral("--writer"), path});
        writerProcess.waitForStarted();
    };
    const auto stopWriter = [&] {
        writerProcess.kill();
        writerProcess.waitForFinished();
    };

    QList<Figures> rows;
    rows.append(measure(QStringLiteral("idle"), {}, {}));
    startWriter();
    rows.append(measure(QStringLiteral("idle + writer"), {}, {}));
    int inlineDone = 0;
    rows.append(measure(
        QStringLiteral("inline + writer"),
        [&](int i) {
            storeWork(*store, session, i);
            ++inlineDone;
        },
        [&] { return inlineDone; }));
    {
        StoreThread thread(std::move(store));
        QObject receiver;
        int answered = 0;
        rows.append(measure(
            QStringLiteral("store thread + writer"),
            [&](int i) {
                thread.call(
                    &receiver,
                    [session, i](RunStore &s) {
                        storeWork(s, session, 100000 + i);
                        return true;
                    },
                    [&answered](bool) { ++answered; });
            },
            [&] { return answered; }));
        stopWriter();
    }

    QTextStream out(stdout);
    const double base = std::max(rows.first().maxMs, 0.1);
    out << QStringLiteral("Event-loop stalls, %1 s per scenario, watchdog every %2 ms, store work "
                          "every %3 ms, writer holding each write transaction %4 ms\n\n")
               .arg(kScenarioMs / 1000)
               .arg(kWatchdogMs)
               .arg(kWorkEveryMs)
               .arg(kWriterHoldMs);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("scenario"), -24)
               .arg(QStringLiteral("longest ms"), 11)
               .arg(QStringLiteral("p99 ms"), 9)
               .arg(QStringLiteral("x idle"), 8)
               .arg(QStringLiteral("store jobs done"), 16);
    for (const Figures &f : std::as_const(rows)) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(f.name, -24)
                   .arg(f.maxMs, 11, 'f', 1)
                   .arg(f.p99Ms, 9, 'f', 1)
                   .arg(f.maxMs / base, 8, 'f', 1)
                   .arg(f.ticks > 0 ? QStringLiteral("%1/%2").arg(f.work).arg(f.ticks)
                                    : QStringLiteral("-"),
                        16);
    }
    return 0;
}
