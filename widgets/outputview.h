// Text a cell printed. A flood of output never blocks the window: text is queued, only its tail is
// kept (what a reader can scroll to is bounded anyway), and it is inserted in small batches between
// events. The view follows the tail unless the user scrolled up to read.
#pragma once

#include <QPlainTextEdit>
#include <QTimer>

namespace sandbench {

struct RunRecord;

class OutputView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit OutputView(QWidget *parent = nullptr);

    // Queues text for the view; returns at once, whatever its size.
    void appendText(const QString &text);
    // A whole run: status line, printed text, result and errors.
    void appendRun(const RunRecord &run);
    void appendNote(const QString &text);
    // Empties the view and drops what was queued.
    void clearOutput();

    // Text queued but not yet shown.
    qsizetype pendingChars() const { return m_pending.size(); }
    // Characters dropped from the head of a flood; the run store keeps what the worker sent.
    qint64 droppedChars() const { return m_dropped; }
    // True when the view shows the last line of what it was given.
    bool isAtTail() const;

    // In a notebook cell the view does not scroll vertically on its own: the cell sizes it (to
    // all its lines, or to its tail with "Show all"), and the wheel scrolls the notebook. A
    // horizontal wheel still scrolls a long line.
    void setFitsContent(bool fits);
    bool fitsContent() const { return m_fitsContent; }
    // Lines of text shown, not counting the empty line after a final line break.
    int lineCount() const;
    // Lines on screen at the view's width, long lines wrapped, counted up to `upTo` at most.
    int visualLineCount(int upTo) const;

    static constexpr qsizetype kBatchChars = 32 * 1024;
    static constexpr qsizetype kKeptChars = 2 * 1024 * 1024;
    static constexpr int kMaxBlocks = 20000;
    // Characters of one line the view shows; the rest of a longer line is replaced by a note.
    // Text layout works per line: a line of a million characters (print('x' * 10**6)) would be
    // laid out whole on every batch added to it, stalling the window for seconds, and nobody
    // reads it on screen anyway (the run store keeps it whole).
    static constexpr qsizetype kMaxLineChars = 10000;
    // Lines the queue keeps: room for the dropped note and the last line.
    static constexpr qsizetype kMaxQueuedLines = kMaxBlocks - 8;

Q_SIGNALS:
    // Everything queued is on screen.
    void caughtUp();
    // The view's width changed: wrapped lines, and so the height it needs, may have too.
    void widthChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void flushBatch();
    // Drops the head of the queue beyond kKeptChars characters or kMaxQueuedLines lines.
    void trimPendingToTail();

    // Appends `text` to the queue, each line cut at kMaxLineChars.
    void queueCut(QStringView text);

    QString m_pending;
    // Characters of the current (unfinished) line already queued or shown, and whether it was
    // cut (then the rest of it, up to its line break, is dropped).
    qsizetype m_lineChars = 0;
    bool m_lineCut = false;
    qsizetype m_pendingLines = 0;
    qint64 m_dropped = 0;
    bool m_droppedNoteDue = false;
    bool m_follow = true;
    bool m_fitsContent = false;
    QTimer m_flush;
};

} // namespace sandbench
