#include "outputview.h"

#include "runrecord.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>

namespace sandbench {

OutputView::OutputView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A bounded document: a flood of output cannot grow the window's memory without end.
    setMaximumBlockCount(kMaxBlocks);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setUndoRedoEnabled(false);
    // 0 ms: a batch per pass of the event loop, so input and painting interleave with a flood.
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &OutputView::flushBatch);
}

void OutputView::appendText(const QString &text)
{
    if (text.isEmpty())
        return;
    m_pending += text;
    if (m_pending.size() > kKeptChars) {
        // Only the tail can be shown: cut the head at a line start so no line is half shown.
        qsizetype cut = m_pending.size() - kKeptChars;
        const qsizetype newline = m_pending.indexOf(QLatin1Char('\n'), cut);
        if (newline >= 0 && newline - cut < 4096)
            cut = newline + 1;
        m_pending.remove(0, cut);
        m_dropped += cut;
        m_droppedNoteDue = true;
    }
    if (!m_flush.isActive())
        m_flush.start();
}

bool OutputView::isAtTail() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void OutputView::flushBatch()
{
    if (m_droppedNoteDue) {
        m_droppedNoteDue = false;
        // A note, then what follows it: the view starts over so the note is not lost mid-text.
        clear();
        appendPlainText(tr("[… %1 earlier characters are not shown here; the run store keeps "
                           "everything the worker sent …]")
                            .arg(m_dropped));
        QTextCursor end(document());
        end.movePosition(QTextCursor::End);
        end.insertText(QStringLiteral("\n"));
    }
    if (m_pending.isEmpty()) {
        m_flush.stop();
        Q_EMIT caughtUp();
        return;
    }
    const bool follow = isAtTail();
    qsizetype take = qMin(kBatchChars, m_pending.size());
    if (take < m_pending.size()) {
        // End the batch at a line end when one is near, so layout works on whole lines.
        const qsizetype newline = m_pending.lastIndexOf(QLatin1Char('\n'), take - 1);
        if (newline > take / 2)
            take = newline + 1;
    }
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_pending.left(take));
    m_pending.remove(0, take);
    if (follow) {
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(bar->maximum());
    }
    if (m_pending.isEmpty()) {
        m_flush.stop();
        Q_EMIT caughtUp();
    }
}

void OutputView::clearOutput()
{
    m_pending.clear();
    m_dropped = 0;
    m_droppedNoteDue = false;
    m_flush.stop();
    clear();
}

void OutputView::appendRun(const RunRecord &run)
{
    QString text = tr("[%1] %2  %3 ms  (run %4)")
                       .arg(run.cellIndex)
                       .arg(runStatusName(run.status))
                       .arg(qRound64(run.durationMs))
                       .arg(run.id) +
                   QLatin1Char('\n');
    if (!run.stdoutText.isEmpty())
        text += run.stdoutText;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    if (run.result)
        text += tr("Out: ") + *run.result + QLatin1Char('\n');
    if (!run.stderrText.isEmpty())
        text += run.stderrText;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    for (const Figure &figure : run.figures)
        text += tr("Figure: %1").arg(figure.path) + QLatin1Char('\n');
    appendText(text);
}

void OutputView::appendNote(const QString &text)
{
    appendText(text + QLatin1Char('\n'));
}

} // namespace sandbench
