// Prints what the history costs with 100,000 runs in the database: opening it and searching it,
// beside baselines measured in the same run (opening a database of one run; the same search as a
// LIKE scan without the full-text index). Run through CMake:
//
//     cmake --build build --target bench_history
//
// Figures are medians; nothing here asserts a time.
#include "runhistory.h"
#include "runstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace sandbench;

namespace {

constexpr int kRuns = 100000;
constexpr int kRunsPerSession = 20;

double medianMs(int rounds, const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        samples.append(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

// Analyst-like cells: a few common words, some rarer ones, and one word unique to each run.
bool generate(RunStore &store, QString *error)
{
    static const QStringList verbs = {QStringLiteral("groupby"), QStringLiteral("merge"),
                                      QStringLiteral("pivot"), QStringLiteral("describe"),
                                      QStringLiteral("plot")};
    SqliteConnection &db = store.connection();
    SqliteTransaction transaction(db);
    SqliteStatement session = db.prepare(
        QStringLiteral("INSERT INTO sessions (created_at) VALUES ('2026-11-01T09:00:00.000Z')"),
        error);
    SqliteStatement insert = db.prepare(
        QStringLiteral("INSERT INTO runs (session_id, cell_index, code, status, stdout, "
                       "started_at, finished_at, duration_ms, code_sha256) VALUES (?1, ?2, ?3, "
                       "?4, ?5, '2026-11-01T09:00:01.000Z', '2026-11-01T09:00:01.100Z', 100, "
                       "sandbench_sha256(?3))"),
        error);
    if (!transaction.isActive() || !session.isValid() || !insert.isValid())
        return false;
    qint64 sessionId = 0;
    for (int i = 0; i < kRuns; ++i) {
        if (i % kRunsPerSession == 0) {
            session.reset();
            session.step();
            sessionId = db.lastInsertRowId();
        }
        insert.reset();
        insert.bind(1, sessionId);
        insert.bind(2, i % kRunsPerSession + 1);
        insert.bind(3, QStringLiteral("by_region_%1 = sales.%2('region').revenue.sum()\n"
                                      "# metric%3 cohort%4 unique%5")
                           .arg(i % 97)
                           .arg(verbs.at(i % verbs.size()))
                           .arg(i % 1000)
                           .arg(i % 10)
                           .arg(i));
        insert.bind(4, i % 50 == 0 ? QStringLiteral("error") : QStringLiteral("ok"));
        insert.bind(5, QStringLiteral("region revenue\nNorth %1\nSouth %2\n").arg(i).arg(i * 3));
        if (insert.step() != SqliteStatement::Step::Done) {
            *error = insert.error();
            return false;
        }
    }
    return transaction.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("history-100k.db"));
    const QString small = dir.filePath(QStringLiteral("history-1.db"));
    QString error;
    {
        auto store = RunStore::open(big, &error);
        QElapsedTimer clock;
        clock.start();
        if (!store || !generate(*store, &error)) {
            out << "cannot generate the database: " << error << Qt::endl;
            return 1;
        }
        out << QStringLiteral("generated %1 runs in %2 s (one transaction)")
                   .arg(kRuns)
                   .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
        auto one = RunStore::open(small, &error);
        RunRecord run;
        run.sessionId = one->createSession(QString(), QString(), &error);
        run.code = QStringLiteral("x = 1");
        one->recordRun(run, {}, &error);
    }

    const double openBig = medianMs(9, [&] { RunStore::open(big, &error); });
    const double openSmall = medianMs(9, [&] { RunStore::open(small, &error); });
    out << QStringLiteral("open, %1 runs: %2 ms median (1 run: %3 ms; ratio %4)")
               .arg(kRuns)
               .arg(openBig, 0, 'f', 2)
               .arg(openSmall, 0, 'f', 2)
               .arg(openBig / openSmall, 0, 'f', 2)
        << Qt::endl;

    auto store = RunStore::open(big, &error);
    RunHistory history(*store);
    struct Case
    {
        QString label;
        HistoryQuery query;
        QString likeWord;
    };
    const QList<Case> cases = {
        {QStringLiteral("one match (unique77777)"),
         {QStringLiteral("unique77777"), 0, {}, 50},
         QStringLiteral("unique77777")},
        {QStringLiteral("100 matches (metric17)"),
         {QStringLiteral("metric17"), 0, {}, 50},
         QStringLiteral("metric17 ")},
        {QStringLiteral("every run matches (revenue)"),
         {QStringLiteral("revenue"), 0, {}, 50},
         QStringLiteral("revenue")},
        {QStringLiteral("two words (pivot cohort7)"),
         {QStringLiteral("pivot cohort7"), 0, {}, 50},
         QStringLiteral("cohort7")},
        {QStringLiteral("word + status error (groupby)"),
         {QStringLiteral("groupby"), 0, QStringLiteral("error"), 50},
         QStringLiteral("groupby")},
        // The worst case: a word in a fifth of the runs, a status none of them has.
        {QStringLiteral("word + status, no match (merge, error)"),
         {QStringLiteral("merge"), 0, QStringLiteral("error"), 50},
         QStringLiteral("merge")},
        {QStringLiteral("word + session (groupby, session 2500)"),
         {QStringLiteral("groupby"), 2500, {}, 50},
         QStringLiteral("groupby")},
    };
    out << QStringLiteral("history search, %1 runs, newest 50, median of 51:").arg(kRuns)
        << Qt::endl;
    for (const Case &c : cases) {
        int found = 0;
        const double fts = medianMs(51, [&] { found = int(history.find(c.query).size()); });
        SqliteStatement like = store->connection().prepare(
            QStringLiteral("SELECT id FROM runs WHERE (code LIKE ?1 OR stdout LIKE ?1) AND "
                           "(?2 = 0 OR session_id = ?2) AND (?3 = '' OR status = ?3) ORDER BY "
                           "id DESC LIMIT 50"),
            &error);
        const double scan = medianMs(5, [&] {
            like.reset();
            like.bind(1, QString(QLatin1Char('%') + c.likeWord + QLatin1Char('%')));
            like.bind(2, c.query.sessionId);
            like.bind(3, c.query.status);
            while (like.step() == SqliteStatement::Step::Row) {
            }
        });
        out << QStringLiteral("  %1: %2 ms (%3 found); LIKE scan baseline %4 ms; ratio %5")
                   .arg(c.label, -40)
                   .arg(fts, 0, 'f', 2)
                   .arg(found)
                   .arg(scan, 0, 'f', 2)
                   .arg(scan / fts, 0, 'f', 1)
            << Qt::endl;
    }
    const QFileInfo info(big);
    out << QStringLiteral("database size: %1 MB").arg(double(info.size()) / 1048576.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}
