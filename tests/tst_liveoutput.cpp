// LiveOutputBuffer on its own: a running cell's output as a terminal shows it.
#include "liveoutputbuffer.h"

#include <QTest>

using namespace sandbench;

class TestLiveOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesAccumulateInOrder()
    {
        LiveOutputBuffer buffer;
        buffer.append(u"0\n1\n");
        buffer.append(u"2");
        QCOMPARE(buffer.text(), QStringLiteral("0\n1\n2"));
        buffer.append(u"\n");
        QCOMPARE(buffer.text(), QStringLiteral("0\n1\n2\n"));
    }

    void carriageReturnRedrawsTheCurrentLine()
    {
        // What tqdm writes: "\r" then the whole bar, each time; then a newline at the end.
        LiveOutputBuffer buffer;
        buffer.append(u"before\n");
        buffer.append(u"\r  0%|          | 0/10");
        buffer.append(u"\r 50%|#####     | 5/10");
        QCOMPARE(buffer.text(), QStringLiteral("before\n 50%|#####     | 5/10"));
        buffer.append(u"\r100%|##########| 10/10\n");
        buffer.append(u"after\n");
        QCOMPARE(buffer.text(), QStringLiteral("before\n100%|##########| 10/10\nafter\n"));
    }

    void aShorterRedrawOverwritesOnlyItsOwnLength()
    {
        // As a terminal: the rest of the longer line stays until overwritten.
        LiveOutputBuffer buffer;
        buffer.append(u"abcdef\rXY");
        QCOMPARE(buffer.text(), QStringLiteral("XYcdef"));
        buffer.append(u"\r\n"); // "\r\n" ends the line, keeping it whole
        QCOMPARE(buffer.text(), QStringLiteral("XYcdef\n"));
    }

    void aRedrawSplitAcrossChunksStillRedraws()
    {
        LiveOutputBuffer buffer;
        buffer.append(u"10%");
        buffer.append(u"\r");
        buffer.append(u"20%");
        QCOMPARE(buffer.text(), QStringLiteral("20%"));
    }

    void backspaceStepsBack()
    {
        LiveOutputBuffer buffer;
        buffer.append(u"spin|\b/\b-");
        QCOMPARE(buffer.text(), QStringLiteral("spin-"));
    }

    void escapeSequencesAndControlCharactersAreDropped()
    {
        LiveOutputBuffer buffer;
        // Colours, a cursor move split between two chunks, a bell and a NUL.
        buffer.append(u"\x1b[31mred\x1b[0m \x1b[");
        buffer.append(QString(QStringLiteral("1Aup\a") + QChar(0) + QStringLiteral("!")));
        QCOMPARE(buffer.text(), QStringLiteral("red up!"));
        buffer.append(u"\ttab\n");
        QCOMPARE(buffer.text(), QStringLiteral("red up!\ttab\n"));
    }

    void aFloodKeepsOnlyTheTailInWholeLines()
    {
        LiveOutputBuffer buffer(1000);
        for (int i = 0; i < 100000; ++i)
            buffer.append(QString(QStringLiteral("line %1\n")).arg(i));
        const QString text = buffer.text();
        QVERIFY(text.size() <= 2000);
        QVERIFY(text.endsWith(QStringLiteral("line 99999\n")));
        QVERIFY(text.startsWith(QStringLiteral("line "))); // cut at a line start
        QVERIFY(buffer.droppedChars() > 0);
        QCOMPARE(buffer.droppedChars() + text.size(), qint64([] {
                     qint64 total = 0;
                     for (int i = 0; i < 100000; ++i)
                         total += QString(QStringLiteral("line %1\n")).arg(i).size();
                     return total;
                 }()));
    }

    void oneGiantLineIsBoundedToo()
    {
        LiveOutputBuffer buffer(1000);
        buffer.append(QString(50000, QLatin1Char('x')));
        QCOMPARE(buffer.text().size(), 1000);
        buffer.append(u"\rY");
        QCOMPARE(buffer.text().at(0), QLatin1Char('Y'));
    }

    void aRecordRendersAsTheLiveViewShowedIt()
    {
        QCOMPARE(LiveOutputBuffer::rendered(u"plain\ttext\n"), QStringLiteral("plain\ttext\n"));
        QCOMPARE(LiveOutputBuffer::rendered(u" 10%\r 50%\r100%\ndone\n"),
                 QStringLiteral("100%\ndone\n"));
        const QString big = QString(300000, QLatin1Char('y')) + QStringLiteral("\rZ\n");
        QCOMPARE(LiveOutputBuffer::rendered(big).size(), 300001); // nothing dropped
    }

    void clearStartsOver()
    {
        LiveOutputBuffer buffer;
        buffer.append(u"old\npartial");
        buffer.clear();
        QVERIFY(buffer.isEmpty());
        buffer.append(u"new");
        QCOMPARE(buffer.text(), QStringLiteral("new"));
    }
};

QTEST_GUILESS_MAIN(TestLiveOutput)
#include "tst_liveoutput.moc"
