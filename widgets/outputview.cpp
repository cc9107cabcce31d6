#include "outputview.h"

#include "runrecord.h"

#include <QFontDatabase>
#include <QPlainTextDocumentLayout>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QWheelEvent>

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
    // Following the tail is the user's choice: scrolling up to read stops it, scrolling back to
    // the end resumes it. Only user actions count, not the range growing under new text.
    connect(verticalScrollBar(), &QAbstractSlider::actionTriggered, this, [this] {
        QTimer::singleShot(0, this, [this] {
            const QScrollBar *bar = verticalScrollBar();
            m_follow = bar->value() >= bar->maximum();
        });
    });
}

void OutputView::appendText(const QString &text)
{
    if (text.isEmpty())
        return;
    queueCut(text);
    // A flood arrives as many pieces in one turn of the event loop (every frame the worker's pipe
    // holds is decoded at once). Trimming to the tail on each piece scanned the whole queue per
    // piece and stalled the window for hundreds of milliseconds; trimming only when the queue
    // holds twice what is kept makes each piece cost its own length. flushBatch() trims exactly.
    if (m_pending.size() > 2 * kKeptChars || m_pendingLines > 2 * kMaxQueuedLines)
        trimPendingToTail();
    if (!m_flush.isActive())
        m_flush.start();
}

void OutputView::trimPendingToTail()
{
    if (m_pending.size() <= kKeptChars && m_pendingLines <= kMaxQueuedLines)
        return;
    // Only the tail can be shown: no more characters, and no more lines, than the view keeps
    // (else it would trim the note that says so). The cut falls at a line start.
    qsizetype cut = qMax<qsizetype>(0, m_pending.size() - kKeptChars);
    const qsizetype newline = m_pending.indexOf(QLatin1Char('\n'), cut);
    if (cut > 0 && newline >= 0 && newline - cut < 4096)
        cut = newline + 1;
    qsizetype lines = 0;
    for (qsizetype i = m_pending.size() - 1; i >= cut; --i) {
        if (m_pending.at(i) != QLatin1Char('\n'))
            continue;
        if (++lines > kMaxQueuedLines) {
            cut = i + 1;
            --lines;
            break;
        }
    }
    m_pending.remove(0, cut);
    m_pendingLines = lines;
    m_dropped += cut;
    m_droppedNoteDue = true;
}

void OutputView::queueCut(QStringView text)
{
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), from);
        const qsizetype end = newline < 0 ? text.size() : newline;
        if (!m_lineCut) {
            const qsizetype room = kMaxLineChars - m_lineChars;
            const qsizetype take = qMin(room, end - from);
            m_pending += text.mid(from, take);
            m_lineChars += take;
            if (take < end - from) {
                m_lineCut = true;
                m_pending += tr(" [… the rest of this line is not shown here: the window shows "
                                "%L1 characters of a line; the run store keeps everything the "
                                "worker sent …]")
                                 .arg(kMaxLineChars);
            }
        }
        if (newline < 0)
            break;
        m_pending += QLatin1Char('\n');
        ++m_pendingLines;
        m_lineChars = 0;
        m_lineCut = false;
        from = newline + 1;
    }
}

void OutputView::setFitsContent(bool fits)
{
    m_fitsContent = fits;
    setVerticalScrollBarPolicy(fits ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    // In a cell a long line (a warning, a traceback's message) wraps at the cell's width, as in
    // Jupyter, instead of hiding behind a horizontal scroll bar.
    setLineWrapMode(fits ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
}

int OutputView::visualLineCount(int upTo) const
{
    if (document()->characterCount() <= 1)
        return 0;
    auto *layout = qobject_cast<QPlainTextDocumentLayout *>(document()->documentLayout());
    int lines = 0;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        if (lines > 0 && !block.next().isValid() && block.text().isEmpty())
            break; // the empty line after a final line break
        if (layout && lineWrapMode() != NoWrap)
            layout->blockBoundingRect(block); // lays the block out at the view's width
        lines += qMax(1, block.lineCount());
        if (lines >= upTo)
            return upTo;
    }
    return lines;
}

void OutputView::resizeEvent(QResizeEvent *event)
{
    const bool wider = event->oldSize().width() != event->size().width();
    QPlainTextEdit::resizeEvent(event);
    // Only a new width changes how lines wrap; the cell setting the height does not.
    if (wider && m_fitsContent && lineWrapMode() != NoWrap)
        Q_EMIT widthChanged();
}

int OutputView::lineCount() const
{
    const int blocks = document()->blockCount();
    if (blocks > 1 && document()->lastBlock().text().isEmpty())
        return blocks - 1;
    return document()->characterCount() > 1 ? blocks : 0;
}

void OutputView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (m_fitsContent && qAbs(delta.y()) >= qAbs(delta.x())) {
        event->ignore(); // the notebook's: this view is sized, not scrolled
        return;
    }
    QPlainTextEdit::wheelEvent(event);
}

bool OutputView::isAtTail() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void OutputView::flushBatch()
{
    trimPendingToTail();
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
    qsizetype take = qMin(kBatchChars, m_pending.size());
    if (take < m_pending.size()) {
        // End the batch at a line end when one is near, so layout works on whole lines.
        const qsizetype newline = m_pending.lastIndexOf(QLatin1Char('\n'), take - 1);
        if (newline > take / 2)
            take = newline + 1;
    }
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    const QString batch = m_pending.left(take);
    cursor.insertText(batch);
    m_pending.remove(0, take);
    m_pendingLines -= batch.count(QLatin1Char('\n'));
    if (m_follow) {
        // Through the cursor: the scroll range is updated lazily, the cursor's place is not.
        QTextCursor end = textCursor();
        end.movePosition(QTextCursor::End);
        setTextCursor(end);
        ensureCursorVisible();
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    }
    if (m_pending.isEmpty()) {
        m_flush.stop();
        Q_EMIT caughtUp();
    }
}

void OutputView::clearOutput()
{
    m_follow = true;
    m_pending.clear();
    m_pendingLines = 0;
    m_lineChars = 0;
    m_lineCut = false;
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
