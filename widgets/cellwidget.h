// One cell in the notebook list: a header with its number, a status badge (colour and word), its
// duration or elapsed time, the editor, the refusal explained in a line, and the last run's output
// and figure thumbnails folded under it.
#pragma once

#include "cellmodel.h"
#include "liveoutputbuffer.h"
#include "richoutput.h"
#include "theme.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QPointer>
#include <QTimer>
#include <optional>

class QAbstractItemModel;
class QLabel;
class QVBoxLayout;
class QToolButton;
class QTreeWidgetItem;

namespace sandbench {

struct Cell;
class CodeEditor;
class OutputView;

class CellWidget : public QFrame
{
    Q_OBJECT

public:
    explicit CellWidget(QWidget *parent = nullptr);

    // Shows the cell; the editor's text is replaced only when it differs (typing is not disturbed).
    void showCell(const Cell &cell, int row);
    void setCurrent(bool current);
    void setTheme(const EditorTheme &theme);
    void showElapsed(qint64 ms);
    // Live output of the running cell (stream "stdout" or "stderr"), shown as a terminal would:
    // "\r" redraws the current line. The run's recorded output replaces it when the cell ends.
    void appendLiveOutput(const QString &stream, const QString &text);
    const LiveOutputBuffer &liveOutput() const { return m_live; }

    CodeEditor *editor() const { return m_editor; }
    OutputView *output() const { return m_output; }
    QLabel *badge() const { return m_badge; }
    QLabel *refusal() const { return m_refusal; }
    QLabel *executionCountLabel() const { return m_number; }
    int figureCount() const;
    QList<InlineFigure *> figures() const;
    // "Show all" under an output longer than kOutputMaxLines: the output shows its tail until
    // the user asks for all of it.
    QToolButton *showAllButton() const { return m_showAll; }
    bool showsAllOutput() const { return m_showAllOutput; }
    void setShowAllOutput(bool all);
    static constexpr int kOutputMaxLines = 30;
    // A Markdown cell shows its text rendered; a double-click edits it, leaving the editor
    // renders it again.
    SafeTextBrowser *markdownView() const { return m_markdown; }
    bool isEditingMarkdown() const { return m_editingMarkdown; }
    void editMarkdown();
    TracebackView *tracebackView() const { return m_traceback; }
    QLabel *staleMarker() const { return m_stale; }
    // "Fix with assistant" and "Explain", shown under a failed, refused or denied run.
    QToolButton *fixButton() const { return m_fix; }
    QToolButton *explainButton() const { return m_explain; }
    // A table result of the run on show replaces its text repr; dropped when another run shows.
    void showResultTable(ResultTable *table);
    ResultTable *resultTable() const { return m_resultTable; }
    // The run's rich outputs (display(), IPython.display, a rich result), in order between the
    // printed text's pieces.
    QList<RichOutputView *> richOutputs() const;
    QWidget *richColumn() const { return m_rich; }

Q_SIGNALS:
    void codeEdited(const QString &code);
    void activated();
    void runClicked();
    void figureClicked(qint64 runId, int index);
    // A rich output's table wants its rows from the session (the window pages them).
    void richTableShown(sandbench::RichOutputView *view);
    void openInDataRequested(const QString &variable);
    void outputCollapsedChanged();
    // The analyst asked the assistant to fix or explain this cell's last run.
    void fixRequested();
    void explainRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void showRun(const Cell &cell, int row);
    // A run starts: the previous run's output, figures and refusal go.
    void startLiveOutput();
    void showLiveOutput();
    void setBadge(const QString &word, const QColor &color);
    void fitOutputHeight();
    void updateFrame();
    void colourRefusal();
    void showMarkdown(const QString &source);
    // Rebuilds the rich column for the run: its outputs and the printed text after each, then
    // tail (the stderr and notes that follow everything).
    void showRichOutputs(const RunRecord &run, const QString &tail);
    // The run's figures in the cell; one kept only as a file is read off the window's thread.
    void showFigures(qint64 runId, const QList<Figure> &figures);
    void clearRichOutputs();

    QLabel *m_number = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_timing = nullptr;
    QLabel *m_edited = nullptr;
    QLabel *m_stale = nullptr; // the "stale" marker; its tooltip says which name and run
    QToolButton *m_run = nullptr;
    QToolButton *m_fold = nullptr;
    CodeEditor *m_editor = nullptr;
    QLabel *m_refusal = nullptr;
    QWidget *m_assist = nullptr; // the row with Fix and Explain
    QToolButton *m_fix = nullptr;
    QToolButton *m_explain = nullptr;
    OutputView *m_output = nullptr;
    QToolButton *m_showAll = nullptr;
    SafeTextBrowser *m_markdown = nullptr;
    TracebackView *m_traceback = nullptr;
    QWidget *m_figures = nullptr;
    QVBoxLayout *m_figureColumn = nullptr;
    bool m_showAllOutput = false;
    bool m_isMarkdown = false;
    bool m_editingMarkdown = false;
    QString m_renderedMarkdown;
    QPointer<ResultTable> m_resultTable;
    QWidget *m_rich = nullptr;
    qint64 m_richRunId = -1;
    std::optional<Cell> m_shownCell; // to show the run again around its table
    QString m_refusalStatus;         // the status the refusal line is coloured as
    qint64 m_shownRunId = -1;
    bool m_current = false;
    bool m_settingText = false;
    bool m_liveRun = false; // the output shown is the running cell's, not the last run's
    LiveOutputBuffer m_live;
    QString m_liveShown; // the live text the view holds
    // The worker writes its notes ("Note: line 3: …", "The cell was not run: …") to stderr a line
    // at a time: a stderr line is held until it ends and shown in the window's language, as the
    // record will show it. Bounded: only so many lines per run are looked up in the catalog.
    QString m_liveErrLine;
    int m_liveErrLinesTranslated = 0;
    void flushLiveErrLine();
    QTimer m_liveRedraw; // at most one redraw per interval, whatever the rate of chunks
    QElapsedTimer m_lastLiveRedraw;
    static constexpr qint64 kLiveRedrawMs = 50;
    EditorTheme m_theme = EditorTheme::light();
};

// A status's colour for text on the palette's base and window (a verdict in a list, a refusal
// under a cell), with a WCAG contrast of at least 4.5 in either theme. Besides the run statuses'
// names it knows "running", "queued", "undone" and "markdown"; anything else is neutral.
QColor statusColor(const QString &statusName, const QPalette &palette);
// The same on the application's palette.
QColor statusColor(const QString &statusName);
// A status badge's background, for white text on it (contrast at least 4.5 in either theme).
QColor statusBadgeColor(const QString &statusName);
// Colours a list item's column as the status's text; the colour follows the theme when the window
// calls recolourStatusItems after changing the palette.
void setStatusForeground(QTreeWidgetItem *item, int column, const QString &statusName);
void clearStatusForeground(QTreeWidgetItem *item, int column);
void recolourStatusItems(QWidget *root, const QPalette &palette);

} // namespace sandbench
