// The data, provenance, review and history panels against a real worker and store: the data
// panel pages a 10-million-row frame, sorts and filters it in the worker (equal to pandas),
// summarises a column with a chart equal to numpy's histogram, copies and exports; the provenance
// tree shows what the store holds; approving from the review panel releases the waiting cell and
// rejecting keeps it; history finds runs across sessions by words, status and date.
#include "cli/runjson.h"
#include "columnsummaryview.h"
#include "dataframemodel.h"
#include "datapanel.h"
#include "provenancepanel.h"
#include "reviewqueuepanel.h"
#include "runsearchpanel.h"
#include "runtimelinechart.h"
#include "sessionrunner.h"
#include "storethread.h"
#include "testsupport.h"
#include "variablespanel.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace sandbench;

Q_DECLARE_METATYPE(sandbench::RunRecord)

class TestPanels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_salesCopy;
    std::unique_ptr<RunStore> m_store;
    std::unique_ptr<SessionRunner> m_session;
    // The panels read through a connection of their own on the store's thread, as in the window.
    std::unique_ptr<StoreThread> m_panelStore;
    QPointer<CellRun> m_lastRun; // the run run() submitted (a held one waits on)

    // timeoutMs 0: the profile's cell limit.
    RunRecord run(const QString &code, int timeoutMs = 0)
    {
        QSignalSpy finished(m_session.get(), &SessionRunner::runFinished);
        RunOptions options;
        options.timeoutMs = timeoutMs;
        m_lastRun = m_session->submit({QString(), code, {}, options, 1});
        if (!finished.wait(300000))
            return {};
        return finished.first().at(0).value<RunRecord>();
    }

    QString eval(const QString &expression)
    {
        const RunRecord record = run(expression);
        return record.result.value_or(record.stderrText);
    }

    // Evaluates a Python expression whose value is JSON text.
    QJsonValue evalJson(const QString &expression)
    {
        QString text = eval(QStringLiteral("import json\njson.dumps(%1)").arg(expression));
        text = text.mid(1, text.size() - 2); // the repr's quotes
        text.replace(QStringLiteral("\\'"), QStringLiteral("'"));
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]");
        return doc.array().first();
    }

    static bool waitReady(DataPanel &panel)
    {
        return QTest::qWaitFor([&] { return panel.model() && panel.model()->isReady(); }, 120000);
    }

    static bool waitForRow(DataFrameModel &model, int row)
    {
        model.data(model.index(row, 0));
        return QTest::qWaitFor(
            [&] { return !model.data(model.index(row, 0), DataFrameModel::LoadingRole).toBool(); },
            60000);
    }

    static QStringList column(DataFrameModel &model, int column, int rows)
    {
        QStringList values;
        for (int row = 0; row < rows; ++row) {
            if (!waitForRow(model, row))
                return {};
            values << model.data(model.index(row, column)).toString();
        }
        return values;
    }

    // The panels answer once the store's thread has: these wait for the answer.
    static bool showRun(ProvenancePanel &panel, qint64 runId)
    {
        QSignalSpy shown(&panel, &ProvenancePanel::runShown);
        panel.showRun(runId);
        return shown.wait(30000) && shown.first().at(1).toBool();
    }
    static bool refreshed(ReviewQueuePanel &panel)
    {
        QSignalSpy done(&panel, &ReviewQueuePanel::refreshed);
        panel.refresh();
        return done.wait(30000);
    }
    static QList<qint64> search(RunSearchPanel &panel, const QString &words,
                                const QString &status = QString(), const QDate &since = {},
                                const QDate &until = {})
    {
        QSignalSpy done(&panel, &RunSearchPanel::searched);
        panel.search(words, status, since, until);
        done.wait(30000);
        return panel.foundRuns();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<RunRecord>();
        qRegisterMetaType<ReviewDecision>();
        QString error;
        m_store = RunStore::open(m_dir.filePath(QStringLiteral("runs.db")), &error);
        QVERIFY2(m_store, qPrintable(error));
        auto panelStore = RunStore::open(m_dir.filePath(QStringLiteral("runs.db")), &error);
        QVERIFY2(panelStore, qPrintable(error));
        m_panelStore = std::make_unique<StoreThread>(std::move(panelStore));
        // A copy of the sample data, so the test can change it under a recorded run.
        m_salesCopy = m_dir.filePath(QStringLiteral("sales.csv"));
        QVERIFY(QFile::copy(test::sampleSalesCsv(), m_salesCopy));
        SessionConfig config;
        config.outputDir = m_dir.filePath(QStringLiteral("out"));
        config.datasets.append({QStringLiteral("sales"), m_salesCopy});
        m_session = std::make_unique<SessionRunner>(*m_store, config);
        m_session->setRunWhenApproved(true);
        QSignalSpy loaded(m_session.get(), &SessionRunner::datasetsLoaded);
        QVERIFY2(m_session->start(&error), qPrintable(error));
        QVERIFY(loaded.wait(60000));
        const RunRecord made = run(
            QStringLiteral(
                "import numpy as np\nimport pandas as pd\n"
                "rng = np.random.default_rng(7)\n"
                "big = pd.DataFrame(rng.normal(size=(10_000_000, 20)), "
                "columns=[f'c{i}' for i in range(20)])\n"
                "mid = pd.DataFrame({'x': rng.integers(0, 100, 1000), 'y': rng.normal(size=1000),"
                " 'kind': pd.Categorical(rng.choice(['apple', 'pear', 'plum'], 1000, p=[.5, .3, "
                ".2]))})\n"
                "mid.loc[::10, 'y'] = np.nan\n"
                "ts = pd.Series(np.arange(365.0), index=pd.date_range('2024-01-01', periods=365))\n"
                "arr = np.arange(12).reshape(3, 4)"),
            // Ten million rows take a while on a busy machine: not the analyst's cell limit.
            600000);
        QCOMPARE(made.status, RunStatus::Ok);
    }

    void variablesShowMemoryAndOpenTables()
    {
        VariablesPanel panel;
        QueryReply *reply = m_session->queryVariables();
        std::optional<VariablesReply> answer;
        connect(reply, &QueryReply::finished, this, [&] { answer = reply->variables(); });
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 30000));
        QVERIFY2(answer->ok, qPrintable(answer->error));
        panel.showVariables(answer->variables);
        const auto items = panel.findItems(QStringLiteral("big"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first()->text(2), QStringLiteral("10000000 × 20"));
        // 10 million rows × 20 float64 columns (+ the range index): 1.5 GiB, as the OS counts.
        QVERIFY2(items.first()->text(3).contains(QStringLiteral("GiB")),
                 qPrintable(items.first()->text(3)));
        QSignalSpy requested(&panel, &VariablesPanel::tableRequested);
        for (const QString &name : {QStringLiteral("big"), QStringLiteral("ts"),
                                    QStringLiteral("arr"), QStringLiteral("rng")}) {
            Q_EMIT panel.itemActivated(panel.findItems(name, Qt::MatchExactly).first(), 0);
        }
        // The generator is no table: it does not open.
        QCOMPARE(requested.size(), 3);
        QCOMPARE(requested.at(2).at(0).toString(), QStringLiteral("arr"));
    }

    void dataPanelPagesATenMillionRowFrame()
    {
        DataPanel panel;
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showVariable(m_session.get(), QStringLiteral("big"));
        QVERIFY(waitReady(panel));
        DataFrameModel *model = panel.model();
        QCOMPARE(model->rowCount(), 10'000'000);
        QCOMPARE(model->columnCount(), 20);
        QVERIFY(
            model->headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("float64")));
        // The first rows are on screen with values, right-aligned.
        QVERIFY(waitForRow(*model, 0));
        QVERIFY(!model->data(model->index(0, 0), DataFrameModel::LoadingRole).toBool());
        // Dragging the scroll bar to the bottom fetches the last rows, not those passed over.
        QScrollBar *bar = panel.table()->verticalScrollBar();
        bar->setValue(bar->maximum());
        const int last = model->rowCount() - 1;
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !model->data(model->index(last, 0), DataFrameModel::LoadingRole).toBool();
            },
            60000));
        const double value =
            model->data(model->index(last, 3), DataFrameModel::ValueRole).toDouble();
        QCOMPARE(
            QString::number(value, 'g', 17),
            QString::number(eval(QStringLiteral("float(big.iat[-1, 3])")).toDouble(), 'g', 17));
        QVERIFY(model->data(model->index(5'000'000, 0), DataFrameModel::LoadingRole).toBool());
    }

    void sortAndFilterFromThePanelEqualPandas()
    {
        DataPanel panel;
        panel.show();
        panel.showVariable(m_session.get(), QStringLiteral("mid"));
        QVERIFY(waitReady(panel));
        DataFrameModel *model = panel.model();
        // A click on the header sorts ascending, a second click descending.
        QSignalSpy arrived(model, &DataFrameModel::pageArrived);
        Q_EMIT panel.table()->horizontalHeader()->sectionClicked(1);
        QVERIFY(arrived.wait(30000));
        Q_EMIT panel.table()->horizontalHeader()->sectionClicked(1);
        QVERIFY(arrived.wait(30000));
        QStringList expected;
        for (const QJsonValue &v :
             evalJson(QStringLiteral("[None if v != v else round(v, 6) for v in "
                                     "mid.y.sort_values(ascending=False, na_position='last')"
                                     ".head(8)]"))
                 .toArray())
            expected << QString::number(v.toDouble(), 'f', 6);
        QStringList shown;
        for (int row = 0; row < 8; ++row) {
            QVERIFY(waitForRow(*model, row));
            shown << QString::number(
                model->data(model->index(row, 1), DataFrameModel::ValueRole).toDouble(), 'f', 6);
        }
        QCOMPARE(shown, expected);

        // The filter bar: x > 50, typed as a user would.
        auto *columnBox = panel.findChildren<QComboBox *>().at(0);
        auto *opBox = panel.findChildren<QComboBox *>().at(1);
        columnBox->setCurrentIndex(0);
        opBox->setCurrentIndex(opBox->findData(QStringLiteral(">")));
        panel.findChild<QLineEdit *>()->setText(QStringLiteral("50"));
        QSignalSpy ready(model, &DataFrameModel::ready);
        QTest::keyClick(panel.findChild<QLineEdit *>(), Qt::Key_Return);
        QVERIFY(ready.wait(30000));
        QCOMPARE(QString::number(model->rowCount()),
                 eval(QStringLiteral("int((mid.x > 50).sum())")));
        // Filtered and still sorted by y descending, as pandas orders the same rows.
        const QJsonArray expectedX =
            evalJson(QStringLiteral("mid[mid.x > 50].sort_values('y', ascending=False, "
                                    "kind='stable').x.head(6).tolist()"))
                .toArray();
        for (int row = 0; row < 6; ++row) {
            QVERIFY(waitForRow(*model, row));
            QCOMPARE(model->data(model->index(row, 0), DataFrameModel::ValueRole).toLongLong(),
                     expectedX.at(row).toInteger());
        }
        // A value that is not a number for a numeric column is refused with the reason.
        QSignalSpy failed(model, &DataFrameModel::failed);
        panel.applyFilter(0, QStringLiteral(">"), QStringLiteral("lots"));
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("not a number")));
    }

    // Issue 15, item 7: Convert to Code gives a cell that computes the rows the panel shows.
    void convertToCodeGivesTheRowsThePanelShows()
    {
        DataPanel panel;
        panel.show();
        panel.showVariable(m_session.get(), QStringLiteral("mid"));
        QVERIFY(waitReady(panel));
        DataFrameModel *model = panel.model();
        QSignalSpy arrived(model, &DataFrameModel::pageArrived);
        panel.sortByColumn(1, Qt::DescendingOrder);
        QVERIFY(arrived.wait(30000));
        arrived.clear();
        panel.applyFilter(2, QStringLiteral("contains"), QStringLiteral("p"));
        QVERIFY(arrived.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(model->isReady(), 30000);
        QSignalSpy code(&panel, &DataPanel::codeRequested);
        auto *action = panel.findChild<QAction *>(QStringLiteral("convertToCode"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(code.wait(30000));
        const QString cell = code.first().at(0).toString();
        QVERIFY2(cell.contains(QStringLiteral("mid_view = mid[mid['kind'].astype(str).str."
                                              "contains('p', regex=False)]")),
                 qPrintable(cell));
        QCOMPARE(run(cell).status, RunStatus::Ok);
        QCOMPARE(eval(QStringLiteral("len(mid_view)")), QString::number(model->rowCount()));
        const QJsonArray ran = evalJson(QStringLiteral("mid_view.index[:40].tolist()")).toArray();
        QCOMPARE(ran.size(), 40);
        for (int row = 0; row < ran.size(); ++row) {
            QVERIFY(waitForRow(*model, row));
            QCOMPARE(model->headerData(row, Qt::Vertical).toString(),
                     QString::number(ran.at(row).toInteger()));
        }
        // A variable that is no table of pandas' is refused with the reason.
        panel.showVariable(m_session.get(), QStringLiteral("arr"));
        QVERIFY(waitReady(panel));
        QSignalSpy message(&panel, &DataPanel::message);
        panel.convertToCode();
        QVERIFY(message.wait(30000));
        QVERIFY2(message.first().at(0).toString().contains(QStringLiteral("DataFrame or a Series")),
                 qPrintable(message.first().at(0).toString()));
    }

    void summaryAndQuickChartMatchPandas()
    {
        DataPanel panel;
        panel.show();
        panel.showVariable(m_session.get(), QStringLiteral("mid"));
        QVERIFY(waitReady(panel));
        QSignalSpy shown(&panel, &DataPanel::summaryShown);
        panel.summarize(1);
        QVERIFY(shown.wait(30000));
        ColumnSummaryView *summary = panel.summaryView();
        QCOMPARE(summary->statistic(QStringLiteral("missing")), QStringLiteral("100"));
        QCOMPARE(summary->statistic(QStringLiteral("count")), QLocale().toString(1000));
        QVERIFY(summary->chart());
        auto *bars = qobject_cast<QBarSeries *>(summary->chart()->series().first());
        QVERIFY(bars);
        const QJsonArray counts =
            evalJson(QStringLiteral("np.histogram(mid.y.dropna(), bins=30)[0].tolist()")).toArray();
        QCOMPARE(bars->barSets().first()->count(), counts.size());
        for (int i = 0; i < counts.size(); ++i)
            QCOMPARE(bars->barSets().first()->at(i), counts.at(i).toDouble());

        // A categorical column: bars of its most frequent values, most frequent first.
        panel.summarize(2);
        QVERIFY(shown.wait(30000));
        auto *top = qobject_cast<QHorizontalBarSeries *>(summary->chart()->series().first());
        QVERIFY(top);
        const QJsonArray frequent =
            evalJson(QStringLiteral("[int(n) for n in mid.kind.value_counts().tolist()]"))
                .toArray();
        QBarSet *set = top->barSets().first();
        QCOMPARE(set->count(), frequent.size());
        QCOMPARE(set->at(set->count() - 1), frequent.first().toDouble()); // drawn from the bottom

        // A time series: a line against its dates.
        DataPanel series;
        series.showVariable(m_session.get(), QStringLiteral("ts"));
        QVERIFY(waitReady(series));
        QSignalSpy seriesShown(&series, &DataPanel::summaryShown);
        series.summarize(0);
        QVERIFY(seriesShown.wait(30000));
        auto *line = qobject_cast<QLineSeries *>(series.summaryView()->chart()->series().first());
        QVERIFY(line);
        QCOMPARE(line->count(), 365);
        QCOMPARE(line->at(0).x(),
                 double(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
    }

    void copyAsTsvAndExportTheView()
    {
        DataPanel panel;
        panel.show();
        panel.showVariable(m_session.get(), QStringLiteral("mid"));
        QVERIFY(waitReady(panel));
        DataFrameModel *model = panel.model();
        QVERIFY(waitForRow(*model, 0));
        panel.table()->selectionModel()->select(
            QItemSelection(model->index(0, 0), model->index(2, 1)), QItemSelectionModel::Select);
        QSignalSpy copied(&panel, &DataPanel::copied);
        panel.copySelection();
        QVERIFY(copied.size() == 1 || copied.wait(30000));
        const QStringList lines =
            QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.first(), QStringLiteral("x\ty"));
        QCOMPARE(lines.at(1).section(QLatin1Char('\t'), 0, 0),
                 eval(QStringLiteral("str(mid.x.iat[0])")).remove(QLatin1Char('\'')));
        // Row 0 has a missing y (every tenth row): copied as an empty field, not as "NaN".
        QCOMPARE(lines.at(1).section(QLatin1Char('\t'), 1, 1), QString());

        // Export: sorted and filtered, into the output folder.
        panel.sortByColumn(0, Qt::AscendingOrder);
        panel.applyFilter(2, QStringLiteral("=="), QStringLiteral("plum"));
        QSignalSpy exported(&panel, &DataPanel::exported);
        panel.exportView(QStringLiteral("plums.csv"));
        QVERIFY(exported.wait(30000));
        const QString path = exported.first().at(0).toString();
        QCOMPARE(QFileInfo(path).absolutePath(),
                 QFileInfo(m_session->outputDir()).absoluteFilePath());
        QCOMPARE(QString::number(exported.first().at(1).toLongLong()),
                 eval(QStringLiteral("int((mid.kind == 'plum').sum())")));
        const QList<QByteArray> csv = test::readFile(path).trimmed().split('\n');
        QCOMPARE(csv.size() - 1, exported.first().at(1).toLongLong());
        QVERIFY(csv.at(1).contains(",plum"));
        // The export refuses a path outside the folder, saying so.
        QSignalSpy message(&panel, &DataPanel::message);
        panel.exportView(QStringLiteral("../escape.csv"));
        QVERIFY(message.wait(30000));
        QVERIFY(message.first().at(0).toString().contains(QStringLiteral("plain file name")));
    }

    void provenanceTreeEqualsTheStore()
    {
        const RunRecord record = run(QStringLiteral("total = sales.revenue.sum()\ntotal"));
        QCOMPARE(record.status, RunStatus::Ok);
        const auto stored = m_store->run(record.id);
        QVERIFY(stored);
        ProvenancePanel panel;
        panel.setStore(m_panelStore.get());
        panel.setJsonFormatter(&cli::runProvenanceToJson);
        QVERIFY(showRun(panel, record.id));
        QCOMPARE(panel.field(QStringLiteral("code.sha256")), stored->codeSha256);
        QCOMPARE(panel.field(QStringLiteral("inputs.sales.sha256")), stored->inputs.first().sha256);
        QCOMPARE(panel.field(QStringLiteral("inputs.sales.changed")), QStringLiteral("no"));
        QCOMPARE(panel.field(QStringLiteral("environment.profile")), stored->profileName);
        QCOMPARE(panel.field(QStringLiteral("environment.limits")), stored->limitsSha256);
        QCOMPARE(panel.field(QStringLiteral("environment.python")),
                 stored->environment.value(QStringLiteral("python")).toString());
        QCOMPARE(panel.field(QStringLiteral("resources.peak_rss_kb")),
                 QString::number(*stored->peakRssKb));
        // The session names the run read and wrote (stale cells), as words.
        QCOMPARE(panel.label(QStringLiteral("names_read")), QStringLiteral("Names read"));
        QCOMPARE(panel.field(QStringLiteral("names_read")), QStringLiteral("sales"));
        QCOMPARE(panel.label(QStringLiteral("names_written")), QStringLiteral("Names written"));
        QCOMPARE(panel.field(QStringLiteral("names_written")), QStringLiteral("total"));
        QCOMPARE(panel.field(QStringLiteral("verdict")), QStringLiteral("ok"));
        QCOMPARE(panel.field(QStringLiteral("approval")), QStringLiteral("none needed"));
        // Keys read as words, and the origin as a sentence, not the store's spelling.
        QCOMPARE(panel.label(QStringLiteral("environment.profile_path")),
                 QStringLiteral("Profile file"));
        QCOMPARE(panel.label(QStringLiteral("environment.worker_sha256")),
                 QStringLiteral("Worker build (SHA-256)"));
        QCOMPARE(panel.field(QStringLiteral("environment.worker_sha256")),
                 stored->environment.value(QStringLiteral("worker_sha256")).toString());
        QCOMPARE(stored->codeOrigin, CodeOrigin::Typed);
        QCOMPARE(panel.field(QStringLiteral("code.origin")),
                 QStringLiteral("typed in the notebook"));
        // No label is a raw key (package names are the packages' own).
        for (QTreeWidgetItemIterator it(panel.tree()); *it; ++it) {
            const bool package = (*it)->parent() && (*it)->parent()->data(0, Qt::UserRole) ==
                                                        QStringLiteral("environment.packages");
            QVERIFY2(package || !(*it)->text(0).contains(QLatin1Char('_')),
                     qPrintable((*it)->text(0)));
        }
        // Copy as JSON is what `sandbench show --json` prints.
        QCOMPARE(QJsonDocument::fromJson(panel.json().toUtf8()).object(),
                 cli::runProvenanceToJson(*stored, std::nullopt));

        // The file changes under the recorded run: the tree says so.
        QFile file(m_salesCopy);
        QVERIFY(file.open(QIODevice::Append));
        file.write("2024-12-31,north,widget,1,1.0\n");
        file.close();
        QVERIFY(showRun(panel, record.id));
        QVERIFY(panel.field(QStringLiteral("inputs.sales.changed"))
                    .contains(QStringLiteral("changed")));

        // The timeline holds the session's runs; a click on a point shows that run.
        panel.showSession(m_session->sessionId());
        const QList<RunRecord> runs = m_store->runsOfSession(m_session->sessionId());
        QTRY_COMPARE_WITH_TIMEOUT(panel.timeline()->count(), runs.size(), 30000);
        panel.resize(700, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy selected(&panel, &ProvenancePanel::runSelected);
        RunTimelineChart *chart = panel.timeline();
        const QPointF point = chart->durationSeries()->at(0);
        const QPoint at = chart->mapFromScene(chart->chart()->mapToScene(
            chart->chart()->mapToPosition(point, chart->durationSeries())));
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().at(0).toLongLong(), runs.first().id);
        QTRY_COMPARE_WITH_TIMEOUT(panel.currentRun(), runs.first().id, 30000);
    }

    void approvingReleasesTheRunAndRejectingKeepsIt()
    {
        ReviewQueuePanel panel;
        panel.setStore(m_panelStore.get());
        const RunRecord flagged =
            run(QStringLiteral("x = 1\nimport urllib.parse\nquoted = urllib.parse.quote('a b')"));
        QCOMPARE(flagged.status, RunStatus::PendingReview);
        QVERIFY(refreshed(panel));
        QVERIFY(panel.listedRuns().contains(flagged.id));
        QVERIFY(panel.selectRun(flagged.id));
        QTRY_COMPARE_WITH_TIMEOUT(panel.codeView()->toPlainText(), flagged.code, 30000);
        QCOMPARE(panel.flaggedLines(), QList<int>{2});
        QCOMPARE(panel.reasonsList()->topLevelItemCount(), flagged.violations.size());

        // No reviewer name: nothing is decided.
        QString error;
        QVERIFY(!panel.approve(&error));
        QVERIFY(error.contains(QStringLiteral("reviewer name")));
        panel.setReviewer(QStringLiteral("rita"));
        panel.setNote(QStringLiteral("quoting is fine"));
        QSignalSpy finished(m_session.get(), &SessionRunner::runFinished);
        QSignalSpy decidedSpy(&panel, &ReviewQueuePanel::decided);
        QSignalSpy listed(&panel, &ReviewQueuePanel::refreshed);
        QVERIFY2(panel.approve(&error), qPrintable(error));
        QVERIFY(decidedSpy.wait(30000));
        QVERIFY(listed.wait(30000)); // listed again once decided
        const auto item = ReviewQueue(*m_store).item(flagged.id);
        QVERIFY(item && item->decision && item->decision->approved);
        QCOMPARE(item->decision->reviewer, QStringLiteral("rita"));
        QVERIFY(!panel.listedRuns().contains(flagged.id));
        // The waiting session sees the approval and runs the cell.
        QVERIFY(finished.wait(60000));
        const RunRecord released = finished.first().at(0).value<RunRecord>();
        QCOMPARE(released.status, RunStatus::Ok);
        QCOMPARE(released.approvalId, item->decision->id);
        QCOMPARE(eval(QStringLiteral("quoted")), QStringLiteral("'a%20b'"));

        // Rejected: a note is required, the run stays unrun.
        const RunRecord second = run(QStringLiteral("import urllib.parse as up\nup.unquote('x')"));
        QCOMPARE(second.status, RunStatus::PendingReview);
        QVERIFY(refreshed(panel));
        QVERIFY(panel.selectRun(second.id));
        QVERIFY(!panel.reject(&error));
        QVERIFY(error.contains(QStringLiteral("note")));
        // The held cell's own run waits for the decision and ends with it.
        QVERIFY(m_lastRun);
        QCOMPARE(m_lastRun->status(), CellRun::Status::WaitingForReview);
        QCOMPARE(m_lastRun->heldRunId(), second.id);
        QSignalSpy rejected(m_lastRun.data(), &CellRun::rejected);
        QSignalSpy ended(m_lastRun.data(), &CellRun::finished);
        panel.setNote(QStringLiteral("no unquoting here"));
        QVERIFY(panel.reject(&error));
        QVERIFY(rejected.wait(30000));
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(0).value<RunRecord>().id, second.id);
        QCOMPARE(m_session->waitingForReview(), 0);
        QVERIFY(m_session->isIdle());
        const auto decided = ReviewQueue(*m_store).item(second.id);
        QVERIFY(decided && decided->decision && !decided->decision->approved);
        QCOMPARE(decided->decision->note, QStringLiteral("no unquoting here"));
        // Decided runs are listed on request, with their decision history.
        panel.findChild<QCheckBox *>()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(panel.listedRuns().contains(second.id), 30000);
        QVERIFY(panel.selectRun(second.id));
        QTRY_COMPARE_WITH_TIMEOUT(panel.decisionsList()->topLevelItemCount(), 1, 30000);
        QCOMPARE(panel.decisionsList()->topLevelItem(0)->text(1), QStringLiteral("rita"));
    }

    void historyFindsRunsAcrossSessions()
    {
        RunSearchPanel panel;
        panel.setStore(m_panelStore.get());
        QSignalSpy code(&panel, &RunSearchPanel::openCodeRequested);
        const QList<qint64> found = search(panel, QStringLiteral("urllib"));
        QVERIFY(found.size() >= 3); // two flagged, one released
        QCOMPARE(search(panel, QStringLiteral("urllib"), QStringLiteral("pending_review")).size(),
                 2);
        QCOMPARE(search(panel, QStringLiteral("urllib"), QString(),
                        QDate::currentDate().addDays(-1), QDate::currentDate()),
                 found);
        QVERIFY(search(panel, QStringLiteral("urllib"), QString(), QDate(2001, 1, 1),
                       QDate(2001, 12, 31))
                    .isEmpty());
        QCOMPARE(search(panel, QStringLiteral("unquote")).size(), 1);
        QVERIFY(panel.openInNewCell(panel.foundRuns().first()));
        QCOMPARE(code.first().at(0).toString(),
                 QStringLiteral("import urllib.parse as up\nup.unquote('x')"));
    }
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
