#include "percentformat.h"

#include <QTest>

using sandbench::NotebookCell;
using sandbench::parsePercentFormat;

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
};

QTEST_APPLESS_MAIN(TestPercentFormat)
#include "tst_percentformat.moc"
