// Stale cells (issue 15, item 6): core/staleness.h on its own, from runs as the worker reports
// them.
#include "staleness.h"

#include <QTest>

using sandbench::RunRecord;
using sandbench::RunStatus;
using sandbench::StaleMark;
using sandbench::Staleness;

namespace {

RunRecord run(int count, const QStringList &read, const QStringList &written,
              RunStatus status = RunStatus::Ok, qint64 session = 1)
{
    RunRecord r;
    r.sessionId = session;
    r.cellIndex = count;
    r.status = status;
    r.names.read = read;
    r.names.written = written;
    r.names.known = true;
    return r;
}

const QString df = QStringLiteral("df");

} // namespace

class TestStaleness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCellIsStaleWhenALaterRunOfAnotherCellRewroteWhatItRead()
    {
        Staleness s;
        s.record(1, run(1, {}, {df}));                        // df = load()
        s.record(2, run(2, {df}, {QStringLiteral("clean")})); // clean = df.dropna()
        s.record(3, run(3, {QStringLiteral("clean")}, {QStringLiteral("m")})); // m = clean.mean()
        for (quint64 cell : {1, 2, 3})
            QVERIFY(!s.staleness(cell));
        s.record(1, run(4, {}, {df})); // the first cell again, with a new value
        QVERIFY(!s.staleness(1));      // it wrote df; it is the newest run
        QCOMPARE(s.staleness(2), (StaleMark{df, 4, 1}));
        QVERIFY(!s.staleness(3)); // clean is unchanged until the second cell runs again
        s.record(2, run(5, {df}, {QStringLiteral("clean")}));
        QVERIFY(!s.staleness(2));
        QCOMPARE(s.staleness(3), (StaleMark{QStringLiteral("clean"), 5, 2}));
        s.record(3, run(6, {QStringLiteral("clean")}, {QStringLiteral("m")}));
        for (quint64 cell : {1, 2, 3})
            QVERIFY(!s.staleness(cell));
    }

    // The sample notebook: cell 1 prints `sales`, cell 2 fills its revenue in place. Read top
    // down that is the analysis going on; only when cell 1 moves below cell 2, or a cell above
    // rewrites what a cell below read, is the cell's output out of date.
    void onlyAWriterAboveTheCellInTheNotebookMakesItStale()
    {
        const QString sales = QStringLiteral("sales");
        Staleness s;
        s.record(1, run(1, {sales}, {QStringLiteral("missing")})); // print(sales.isna().sum())
        s.record(2, run(2, {sales}, {sales}));                      // sales["revenue"] = ...
        QHash<quint64, int> rows{{1, 0}, {2, 1}};
        QVERIFY(!s.staleness(1, &rows));
        QCOMPARE(s.staleness(1), (StaleMark{sales, 2, 2})); // without an order: every later run
        rows = {{1, 1}, {2, 0}};                            // cell 2 moved above cell 1
        QCOMPARE(s.staleness(1, &rows), (StaleMark{sales, 2, 2}));
        rows = {{1, 0}};                                    // cell 2 deleted: its write stays
        QCOMPARE(s.staleness(1, &rows), (StaleMark{sales, 2, 2}));
    }

    void anEarlierRunOrTheCellsOwnWriteDoesNotMakeItStale()
    {
        Staleness s;
        s.record(1, run(1, {}, {df}));
        s.record(2, run(2, {df}, {df})); // df = df.dropna(): reads and rewrites its own input
        QVERIFY(!s.staleness(2));
        QVERIFY(!s.staleness(1)); // the first cell read nothing
        s.record(3, run(3, {QStringLiteral("x")}, {}));
        s.record(4, run(4, {}, {QStringLiteral("y")})); // another name
        QVERIFY(!s.staleness(3));
    }

    void theMostRecentWriterIsNamedAndTheFirstNameInOrder()
    {
        Staleness s;
        s.record(1, run(1, {QStringLiteral("a"), QStringLiteral("b")}, {}));
        s.record(2, run(2, {}, {QStringLiteral("b")}));
        s.record(3, run(3, {}, {QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(s.staleness(1), (StaleMark{QStringLiteral("a"), 3, 3}));
    }

    void runsThatKeptNothingNeitherWriteNorGoStale()
    {
        Staleness s;
        s.record(1, run(1, {}, {df}));
        s.record(2, run(2, {df}, {}));
        // An error rolled back: what it assigned before failing is not in the session.
        s.record(1, run(3, {}, {df}, RunStatus::Error));
        s.record(4, run(4, {}, {df}, RunStatus::Rejected));
        s.record(5, run(5, {}, {df}, RunStatus::Timeout));
        QVERIFY(!s.staleness(2));
        // An error the session kept on purpose did change df.
        RunRecord kept = run(6, {}, {df}, RunStatus::Error);
        kept.stateKeptOnError = true;
        s.record(6, kept);
        QCOMPARE(s.staleness(2), (StaleMark{df, 6, 6}));
        // A reader whose own last run failed shows its error, not a stale mark.
        s.record(2, run(7, {df}, {}, RunStatus::Error));
        QVERIFY(!s.staleness(2));
    }

    void undoTakesTheWriteBack()
    {
        Staleness s;
        s.record(1, run(1, {}, {df}));
        s.record(2, run(2, {df}, {}));
        s.record(1, run(3, {}, {df}));
        QVERIFY(s.staleness(2));
        s.undo(1); // Run > Undo Last Cell: df is the value the second cell read again
        QVERIFY(!s.staleness(2));
        s.undo(42); // a cell that never ran: nothing happens
        QCOMPARE(s.runCount(), 3);
    }

    void namesNotReportedMakeNothingStale()
    {
        Staleness s;
        RunRecord old = run(1, {}, {df});
        old.names = {}; // a run recorded before names were kept, or a keeper's reply
        s.record(1, run(1, {}, {df}));
        s.record(2, run(2, {df}, {}));
        s.record(3, old);
        QVERIFY(!s.staleness(2));
        RunRecord unknownReader = run(4, {df}, {});
        unknownReader.names.known = false;
        s.record(4, unknownReader);
        s.record(1, run(5, {}, {df}));
        QVERIFY(!s.staleness(4));
        QVERIFY(s.staleness(2));
    }

    void aNewSessionStartsAfresh()
    {
        Staleness s;
        s.record(1, run(1, {}, {df}));
        s.record(2, run(2, {df}, {}));
        s.record(1, run(1, {}, {df}, RunStatus::Ok, 2)); // a restarted session counts from 1
        QVERIFY(!s.staleness(2));                        // its df is another namespace's
        QCOMPARE(s.runCount(), 1);
        s.clear();
        QVERIFY(!s.staleness(1));
        QCOMPARE(s.runCount(), 0);
    }

    void unsortedNamesFromACallerStillMatch()
    {
        Staleness s;
        s.record(1, run(1, {QStringLiteral("z"), QStringLiteral("b")}, {}));
        s.record(2, run(2, {}, {QStringLiteral("z"), QStringLiteral("a")}));
        QCOMPARE(s.staleness(1), (StaleMark{QStringLiteral("z"), 2, 2}));
    }
};

QTEST_GUILESS_MAIN(TestStaleness)
#include "tst_staleness.moc"
