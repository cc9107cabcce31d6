#include "percentformat.h"

#include <QTest>

using sandbench::NotebookCell;
using sandbench::parsePercentFormat;
using sandbench::writePercentFormat;

class TestPercentFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aScriptWithoutMarkersIsOneCell()
    {
        const auto cells = parsePercentFormat(QStringLiteral("x = 1\nprint(x)\n"));
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells[0].source, QStringLiteral("x = 1\nprint(x)"));
        QCOMPARE(cells[0].kind, NotebookCell::Kind::Code);
    }

    void splitsOnMarkersAndKeepsTitlesAndLines()
    {
        const auto cells = parsePercentFormat(
            QStringLiteral("# %%\nx = 1\n\n# %% Summary\nprint(x)\n#%%\ny = 2\n"));
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells[0].source, QStringLiteral("x = 1"));
        QCOMPARE(cells[1].title, QStringLiteral("Summary"));
        QCOMPARE(cells[1].source, QStringLiteral("print(x)"));
        QCOMPARE(cells[1].firstLine, 4);
        QCOMPARE(cells[2].source, QStringLiteral("y = 2"));
    }

    void recognisesMarkdownCells()
    {
        const auto cells =
            parsePercentFormat(QStringLiteral("# %% [markdown]\n# # Title\n# %%\nx = 1\n"));
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells[0].kind, NotebookCell::Kind::Markdown);
        QCOMPARE(cells[0].source, QStringLiteral("# # Title"));
        QCOMPARE(cells[1].kind, NotebookCell::Kind::Code);
    }

    void textBeforeTheFirstMarkerIsACellUnlessBlank()
    {
        QCOMPARE(parsePercentFormat(QStringLiteral("\n\n# %%\nx = 1\n")).size(), 1);
        const auto cells = parsePercentFormat(QStringLiteral("import math\n# %%\nx = 1\n"));
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells[0].source, QStringLiteral("import math"));
    }

    void acceptsWindowsLineEndings()
    {
        const auto cells = parsePercentFormat(QStringLiteral("# %%\r\nx = 1\r\n# %%\r\ny = 2\r\n"));
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells[1].source, QStringLiteral("y = 2"));
    }

    void aMarkerNotAtLineStartIsCode()
    {
        const auto cells = parsePercentFormat(QStringLiteral("x = 1  # %% not a marker\n"));
        QCOMPARE(cells.size(), 1);
    }

    void writingWhatWasParsedGivesTheSameText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("markers") << QStringLiteral(
            "# %%\nx = 1\n\n# %% Summary\nprint(x)\n#%%\ny = 2\n");
        QTest::newRow("markdown") << QStringLiteral(
            "# %% [markdown]\n# # Title\n#\n# Some *text*.\n\n# %%\nimport math\n\n\n# %%\n");
        QTest::newRow("preamble") << QStringLiteral("\"\"\"Doc.\"\"\"\nimport math\n# %%\nx = 1");
        QTest::newRow("blank preamble") << QStringLiteral("\n\n# %%\nx = 1\n");
        QTest::newRow("no markers") << QStringLiteral("x = 1\nprint(x)\n");
        QTest::newRow("empty cells") << QStringLiteral("# %%\n# %%\n\n# %% [markdown]\n");
    }

    void writingWhatWasParsedGivesTheSameText()
    {
        QFETCH(QString, text);
        QCOMPARE(writePercentFormat(parsePercentFormat(text)), text);
    }

    void newCellsGetMarkersThatReadBack()
    {
        NotebookCell code;
        code.source = QStringLiteral("x = 1");
        NotebookCell note;
        note.kind = NotebookCell::Kind::Markdown;
        note.source = QStringLiteral("# Notes");
        NotebookCell titled;
        titled.title = QStringLiteral("Plot");
        titled.source = QStringLiteral("plot(x)");
        const QString text = writePercentFormat({code, note, titled});
        QCOMPARE(text, QStringLiteral("x = 1\n\n# %% [markdown]\n# Notes\n\n# %% Plot\nplot(x)\n"));
        const auto cells = parsePercentFormat(text);
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells[1].kind, NotebookCell::Kind::Markdown);
        QCOMPARE(cells[2].title, QStringLiteral("Plot"));
        QCOMPARE(cells[2].source, QStringLiteral("plot(x)"));
    }

    // Where a cell's code came from is kept in the marker as jupytext writes cell metadata
    // (key=JSON after the title), read back apart from the title, and written unchanged.
    void originMetadataRoundTrips()
    {
        const QString text = QStringLiteral(
            "# %% Totals sandbench={\"origin\":\"llm\",\"model\":\"qwen2.5-coder:7b\"}\n"
            "totals = 1\n\n# %% sandbench=not-json\nx = 2\n");
        const auto cells = parsePercentFormat(text);
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells[0].title, QStringLiteral("Totals"));
        QCOMPARE(cells[0].metadata.value(QStringLiteral("model")).toString(),
                 QStringLiteral("qwen2.5-coder:7b"));
        QCOMPARE(cells[0].source, QStringLiteral("totals = 1"));
        // Not a JSON object: an ordinary title.
        QVERIFY(cells[1].metadata.isEmpty());
        QCOMPARE(cells[1].title, QStringLiteral("sandbench=not-json"));
        QCOMPARE(writePercentFormat(cells), text);

        // A new cell with metadata gets a marker that carries it, even as the first cell.
        NotebookCell fresh;
        fresh.source = QStringLiteral("y = 3");
        fresh.metadata.insert(QStringLiteral("origin"), QStringLiteral("pasted"));
        const QString written = writePercentFormat({fresh});
        QCOMPARE(written, QStringLiteral("# %% sandbench={\"origin\":\"pasted\"}\ny = 3\n"));
        const auto back = parsePercentFormat(written);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0].metadata, fresh.metadata);
        QVERIFY(back[0].title.isEmpty());
        QCOMPARE(back[0].source, QStringLiteral("y = 3"));
    }
};

QTEST_APPLESS_MAIN(TestPercentFormat)
#include "tst_percentformat.moc"
