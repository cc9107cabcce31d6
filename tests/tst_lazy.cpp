// Issue 18, datasets larger than memory: a lazy CSV larger than the session's whole memory limit
// is summarised and filtered through `sandbench run --data-lazy` (and provenance keeps the blocks
// read), while loading the same file whole ends `memory`; the Data panel's model pages, filters,
// summarises and refuses to sort a lazy frame without loading it.
#include "dataframemodel.h"
#include "queryreply.h"
#include "runstore.h"
#include "sessionrunner.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbench;

namespace {

// The smallest limit `--memory` takes (Python and pandas alone need about 200 MB); the file is
// larger than all of it.
constexpr int kMemoryMb = 256;

struct Generated
{
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 headerBytes = 0;
    double amountSum = 0;
    qint64 sevens = 0; // rows whose units end in ...007
    double sevensAmount = 0;
};

// Rows "id,region,amount,units" until the file holds at least minBytes; what pandas would
// compute over it is counted on the way.
Generated writeCsv(const QString &path, qint64 minBytes)
{
    Generated g;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return g;
    const QByteArray header("id,region,amount,units\n");
    file.write(header);
    g.headerBytes = header.size();
    static const char *regions[] = {"north", "south", "east", "west"};
    QByteArray chunk;
    chunk.reserve(1 << 20);
    qint64 written = header.size();
    while (written < minBytes) {
        for (int i = 0; i < 20000; ++i, ++g.rows) {
            const qint64 units = g.rows % 1000;
            const double amount = double(g.rows % 200) * 0.5;
            chunk += QByteArray::number(g.rows) + ',' + regions[g.rows % 4] + ',' +
                     QByteArray::number(amount, 'f', 1) + ',' + QByteArray::number(units) + '\n';
            g.amountSum += amount;
            if (units == 7) {
                ++g.sevens;
                g.sevensAmount += amount;
            }
        }
        written += chunk.size();
        file.write(chunk);
        chunk.clear();
    }
    g.bytes = written;
    return g;
}

using sandbench::test::jsonLines;
using CliResult = sandbench::test::ProcessResult;

// A backstop only: the lazy pass reads hundreds of megabytes on a busy machine.
CliResult runCli(const QStringList &arguments)
{
    return sandbench::test::runProcess(
        QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench"), arguments, 800000);
}

} // namespace

class TestLazy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RunRecord>(); }

    void aCsvLargerThanMemoryIsSummarisedAndFilteredLazilyButNotLoadedWhole()
    {
        const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
        const Generated g = writeCsv(csv, qint64(kMemoryMb) * 1024 * 1024 * 5 / 4);
        QVERIFY(g.rows > 0);
        QVERIFY2(g.bytes > qint64(kMemoryMb) * 1024 * 1024, "the file outgrows the limit");
        const QString db = m_dir.filePath(QStringLiteral("lazy.db"));
        const QString script = m_dir.filePath(QStringLiteral("lazy.py"));
        QFile code(script);
        QVERIFY(code.open(QIODevice::WriteOnly));
        // One pass over the blocks: a summary (count, sum, max) and a filter.
        code.write("import dask\n"
                   "sevens = big[big.units == 7]\n"
                   "n, total, top, n7, total7 = dask.compute(big.amount.count(), "
                   "big.amount.sum(), big.units.max(), sevens.units.count(), "
                   "sevens.amount.sum())\n"
                   "print(n, total, top, n7, total7)\n");
        code.close();
        const QStringList common{QStringLiteral("run"),       QStringLiteral("--json"),
                                 QStringLiteral("--db"),      db,
                                 QStringLiteral("--memory"),  QString::number(kMemoryMb),
                                 QStringLiteral("--timeout"), QStringLiteral("600")};
        const CliResult lazy = runCli(common + QStringList{QStringLiteral("--data-lazy"),
                                                           QStringLiteral("big=") + csv, script});
        const auto lines = jsonLines(lazy.out);
        QVERIFY2(lines.size() == 1, lazy.out.constData());
        QVERIFY2(lines[0].value(QStringLiteral("status")).toString() == QLatin1String("ok"),
                 qPrintable(lines[0].value(QStringLiteral("stderr")).toString() +
                            QString::fromUtf8(lazy.err)));
        QCOMPARE(lazy.exitCode, 0);
        const QString expected = QStringLiteral("%1 %2 999 %3 %4\n")
                                     .arg(g.rows)
                                     .arg(QString::number(g.amountSum, 'f', 1))
                                     .arg(g.sevens)
                                     .arg(QString::number(g.sevensAmount, 'f', 1));
        QCOMPARE(lines[0].value(QStringLiteral("stdout")).toString(), expected);

        // Provenance: every block of the file, and nothing else, was read by that run.
        QString error;
        auto store = RunStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        const auto run = store->run(lines[0].value(QStringLiteral("run_id")).toInteger(), &error);
        QVERIFY2(run, qPrintable(error));
        const QJsonArray reads = run->environment.value(QStringLiteral("lazy_reads")).toArray();
        QCOMPARE(reads.size(), 1);
        const QJsonObject read = reads.first().toObject();
        QCOMPARE(read.value(QStringLiteral("dataset")).toString(), QStringLiteral("big"));
        QCOMPARE(read.value(QStringLiteral("bytes")).toInteger(), g.bytes - g.headerBytes);
        QVERIFY(read.value(QStringLiteral("of_blocks")).toInteger() > 10);
        QCOMPARE(read.value(QStringLiteral("blocks")).toArray().size(),
                 read.value(QStringLiteral("of_blocks")).toInteger());
        const auto datasets = store->sessionDatasets(run->sessionId);
        QCOMPARE(datasets.size(), 1);
        QVERIFY(datasets.first().lazy);

        // The same file loaded whole by pandas does not fit: the run ends `memory`.
        const QString eager = m_dir.filePath(QStringLiteral("eager.py"));
        QFile eagerCode(eager);
        QVERIFY(eagerCode.open(QIODevice::WriteOnly));
        eagerCode.write(
            "import pandas as pd\nframe = pd.read_csv(" +
            QJsonDocument(QJsonArray{csv}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
            ")\nprint(len(frame))\n");
        eagerCode.close();
        const CliResult whole = runCli(common + QStringList{QStringLiteral("--data-lazy"),
                                                            QStringLiteral("big=") + csv, eager});
        const auto wholeLines = jsonLines(whole.out);
        QVERIFY2(wholeLines.size() == 1, whole.out.constData());
        QCOMPARE(wholeLines[0].value(QStringLiteral("status")).toString(),
                 QStringLiteral("memory"));
        QVERIFY(whole.exitCode != 0);
    }

    // The profile's datasets.lazy_above_mb: a file above it is read in blocks without being asked,
    // and the session records it so; the shipped default sets it.
    void aFileAboveTheProfilesSizeIsReadInBlocks()
    {
        QString error;
        auto profile = ProfileLoader::load(QStringLiteral("default"), &error);
        QVERIFY2(profile, qPrintable(error));
        QVERIFY(profile->lazyAboveMb() > 0);
        profile->json.insert(QStringLiteral("datasets"),
                             QJsonObject{{QStringLiteral("lazy_above_mb"), 1}});
        const QString big = m_dir.filePath(QStringLiteral("auto-big.csv"));
        const QString small = m_dir.filePath(QStringLiteral("auto-small.csv"));
        writeCsv(big, 2 * 1024 * 1024);
        writeCsv(small, 1000);
        auto store = RunStore::open(m_dir.filePath(QStringLiteral("auto.db")), &error);
        QVERIFY2(store, qPrintable(error));
        SessionConfig config;
        config.outputDir = m_dir.filePath(QStringLiteral("auto-out"));
        config.profile = *profile;
        config.datasets = {{QStringLiteral("big"), big}, {QStringLiteral("small"), small}};
        SessionRunner session(*store, config);
        QSignalSpy loaded(&session, &SessionRunner::datasetsLoaded);
        QVERIFY2(session.start(&error), qPrintable(error));
        QVERIFY(loaded.wait(120000));
        QVERIFY(loaded.first().at(0).toStringList().isEmpty());
        QVERIFY(session.datasets().at(0).lazy);
        QVERIFY(!session.datasets().at(1).lazy);
        const auto recorded = store->sessionDatasets(session.sessionId());
        QCOMPARE(recorded.size(), 2);
        QVERIFY(recorded.at(0).lazy); // ordered by name: big, small
        QVERIFY(!recorded.at(1).lazy);
        QueryReply *variables = session.queryVariables();
        QSignalSpy listed(variables, &QueryReply::finished);
        QVERIFY(listed.wait(60000));
        const QJsonArray items = variables->json().value(QStringLiteral("variables")).toArray();
        QCOMPARE(items.size(), 2);
        QVERIFY(items.at(0).toObject().value(QStringLiteral("lazy")).toBool());
        QVERIFY(!items.at(1).toObject().value(QStringLiteral("lazy")).toBool());
    }

    // The Data panel's model over a lazy frame: the row count comes from counted lines, a page far
    // down arrives with the file's row numbers, a filter and a summary are computed in blocks, and
    // a sort that would not fit in memory says so instead of loading the frame.
    void theDataPanelPagesFiltersAndSummarisesALazyFrame()
    {
        const QString csv = m_dir.filePath(QStringLiteral("events.csv"));
        const Generated g = writeCsv(csv, 24 * 1024 * 1024); // several 8 MB blocks
        QString error;
        auto store = RunStore::open(m_dir.filePath(QStringLiteral("panel.db")), &error);
        QVERIFY2(store, qPrintable(error));
        SessionConfig config;
        config.outputDir = m_dir.filePath(QStringLiteral("panel-out"));
        auto profile = ProfileLoader::load(QStringLiteral("default"), &error);
        QVERIFY2(profile, qPrintable(error));
        config.profile = *profile;
        config.profile.setLimit(QStringLiteral("memory_mb"), kMemoryMb);
        DatasetSpec dataset{QStringLiteral("events"), csv};
        dataset.lazy = true;
        config.datasets.append(dataset);
        SessionRunner session(*store, config);
        QSignalSpy loaded(&session, &SessionRunner::datasetsLoaded);
        QVERIFY2(session.start(&error), qPrintable(error));
        QVERIFY(loaded.wait(120000));
        QVERIFY2(loaded.first().at(0).toStringList().isEmpty(),
                 qPrintable(loaded.first().at(0).toStringList().join(QLatin1Char('\n'))));

        // The Variables panel's entry: a dask frame, its partitions and estimated size.
        QueryReply *variables = session.queryVariables();
        QSignalSpy listed(variables, &QueryReply::finished);
        QVERIFY(listed.wait(60000));
        const QJsonObject entry =
            variables->json().value(QStringLiteral("variables")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("name")).toString(), QStringLiteral("events"));
        QVERIFY(entry.value(QStringLiteral("lazy")).toBool());
        QVERIFY(entry.value(QStringLiteral("partitions")).toInt() >= 3);
        QVERIFY(entry.value(QStringLiteral("estimated_bytes")).toInteger() > g.bytes / 2);

        DataFrameModel model(session, QStringLiteral("events"));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        {
            QSignalSpy ready(&model, &DataFrameModel::ready);
            QVERIFY(model.isReady() || ready.wait(120000));
        }
        QCOMPARE(model.rowCount(), int(g.rows));
        QCOMPARE(model.columnCount(), 4);
        const int row = int(g.rows) - 3;
        model.data(model.index(row, 0));
        QVERIFY(QTest::qWaitFor(
            [&] { return !model.data(model.index(row, 0), DataFrameModel::LoadingRole).toBool(); },
            120000));
        QCOMPARE(model.data(model.index(row, 0), DataFrameModel::ValueRole).toLongLong(),
                 qint64(row));

        // A filter: only the rows whose units are 7, counted in blocks.
        {
            QSignalSpy ready(&model, &DataFrameModel::ready);
            model.setFilter({3, QStringLiteral("=="), 7});
            QVERIFY(ready.wait(300000));
        }
        QCOMPARE(model.rowCount(), int(g.sevens));
        model.data(model.index(1, 0));
        QVERIFY(QTest::qWaitFor(
            [&] { return !model.data(model.index(1, 0), DataFrameModel::LoadingRole).toBool(); },
            120000));
        QCOMPARE(model.data(model.index(1, 0), DataFrameModel::ValueRole).toLongLong(), 1007);

        // A summary of the filtered view with dask's reductions.
        QueryReply *summary = session.query(
            {{QStringLiteral("type"), QStringLiteral("summary")},
             {QStringLiteral("name"), QStringLiteral("events")},
             {QStringLiteral("column"), 2},
             {QStringLiteral("filter"), QJsonObject{{QStringLiteral("column"), 3},
                                                    {QStringLiteral("op"), QStringLiteral("==")},
                                                    {QStringLiteral("value"), 7}}}});
        QSignalSpy summarised(summary, &QueryReply::finished);
        QVERIFY(summarised.wait(300000));
        const QJsonObject s = summary->json();
        QVERIFY2(s.value(QStringLiteral("type")).toString() == QLatin1String("summary"),
                 QJsonDocument(s).toJson().constData());
        QCOMPARE(s.value(QStringLiteral("count")).toInteger(), g.sevens);
        QCOMPARE(s.value(QStringLiteral("mean")).toDouble(), g.sevensAmount / double(g.sevens));

        // Sorting all of it would need more than a quarter of the memory limit: refused, with
        // the way out, and the frame stays as it was.
        {
            QSignalSpy ready(&model, &DataFrameModel::ready);
            model.clearFilter();
            QVERIFY(model.isReady() || ready.wait(300000));
        }
        QSignalSpy failed(&model, &DataFrameModel::failed);
        model.sort(2, Qt::DescendingOrder);
        QVERIFY(failed.wait(300000));
        const QString message = failed.first().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("nlargest")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("memory limit")), qPrintable(message));
    }
};

QTEST_MAIN(TestLazy)
#include "tst_lazy.moc"
