// What a cell's run shows besides its printed text: Markdown and HTML rendered without fetching or
// running anything, tracebacks with the cell's own frames first and library frames folded, and
// figures at the cell's width. Everything here comes from the worker, so it is untrusted.
#pragma once

#include "richoutputs.h"
#include "theme.h"

#include <QList>
#include <QPainter>
#include <QPixmap>
#include <QTextBrowser>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QStandardItemModel;
class QStyledItemDelegate;
class QTableView;
class QToolButton;

namespace sandbench {

// A read-only rich text view for untrusted Markdown and HTML: it loads no resource of any kind
// (no remote or local image, no style sheet; a worker-supplied path is never opened), follows no
// link, and runs nothing (Qt's rich text has no scripting; <script> is dropped). It is as tall as
// its text at the width it is given, and leaves the vertical wheel to the notebook around it.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    void setSafeMarkdown(const QString &markdown);
    void setSafeHtml(const QString &html);
    // Resources the text asked for and did not get (for the tests and the tooltip).
    const QList<QUrl> &refusedResources() const { return m_refused; }

    QVariant loadResource(int type, const QUrl &name) override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void fitHeight();

    QList<QUrl> m_refused;
};

// A Python traceback as the worker writes it into stderr, taken apart.
struct TracebackFrame
{
    QString file; // "<cell 7>" for a cell's code, else a library's path
    int line = 0;
    QString function;
    QStringList source; // the source line and Python's ^^^ markers, as printed
    int cell = 0;       // the execution count of "<cell N>", 0 for library code
};

struct TracebackBlock
{
    QString lead; // "During handling of the above exception…" before a chained one
    QList<TracebackFrame> frames;
    QStringList error; // "KeyError: 'x'" and any further lines of its message
};

struct ParsedTraceback
{
    QString before; // stderr before the traceback (warnings, notes)
    QList<TracebackBlock> blocks;
    bool isEmpty() const { return blocks.isEmpty(); }
    // The line of cell `cell` where the final exception was raised in it, or 0.
    int failingLine(int cell) const;
    QString errorSummary() const; // the final exception's first line
};

ParsedTraceback parseTraceback(const QString &stderrText);
// The package a library frame belongs to ("pandas"), for "3 library frames (pandas)".
QString libraryOfFrame(const QString &file);

// A traceback, coloured: each exception's message, then the cell's own frames, then its library
// frames folded into one line that a click unfolds.
class TracebackView : public SafeTextBrowser
{
    Q_OBJECT

public:
    explicit TracebackView(QWidget *parent = nullptr);

    void setTraceback(const ParsedTraceback &traceback);
    void setTheme(const EditorTheme &theme);
    bool libraryFramesShown() const { return m_showLibrary; }
    void setLibraryFramesShown(bool shown);
    // Library frames folded away in the current rendering.
    int foldedFrameCount() const;

private:
    void render();

    ParsedTraceback m_traceback;
    EditorTheme m_theme = EditorTheme::light();
    bool m_showLibrary = false;
};

// A figure is shown as the image it is, on a light card: matplotlib draws on white paper, and
// in the dark theme a white rectangle pasted on the window looks like a glitch, while a framed
// card with its own margin reads as a sheet of paper on purpose. Recolouring the figure instead
// would show something other than what the cell made, exports and saves included. The same card
// in both themes (a thin frame in the light one), in cells and in the Figures panel.
namespace figurecard {
constexpr int kMargin = 8;
constexpr qreal kRadius = 6;
// The card's paper and frame for a window palette.
QColor paper();
QColor frame(const QPalette &palette);
// Paints the card filling `card` and the pixmap inside its margin, scaled to fit.
void paint(QPainter &painter, const QRectF &card, const QPixmap &pixmap, const QPalette &palette);
} // namespace figurecard

// A figure at the width of the cell (never larger than its own pixels), its height following
// its width, on its card; a click asks for it in the Figures panel.
class InlineFigure : public QWidget
{
    Q_OBJECT

public:
    explicit InlineFigure(const QPixmap &pixmap, QWidget *parent = nullptr);
    const QPixmap &pixmap() const { return m_pixmap; }
    QSize sizeHint() const override;

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QPixmap m_pixmap;
};

// A table result (a DataFrame or Series the cell ended with) as a table in the cell: its first
// rows, copied from the Data panel's model once its first page arrived (a snapshot, as an output
// is: a later cell changing the variable does not change it), typed and aligned like the Data
// panel, with the whole size and "Open in Data" for the rest.
class ResultTable : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRows = 10;

    ResultTable(const QString &variable, qint64 runId, QWidget *parent = nullptr);
    // The name the title shows instead of a hidden variable's ("Out[3]", "Displayed table").
    void setLabel(const QString &label);
    // Copies the first kRows rows of model; delegate draws the cells (the Data panel's).
    void showSnapshot(const QAbstractItemModel &model, qint64 totalRows,
                      QStyledItemDelegate *delegate);
    const QString &variable() const { return m_variable; }
    qint64 runId() const { return m_runId; }
    QTableView *table() const { return m_table; }
    QToolButton *openButton() const { return m_open; }
    QLabel *title() const { return m_title; }

Q_SIGNALS:
    void openInDataRequested(const QString &variable);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitHeight();

    QString m_variable;
    QString m_label;
    qint64 m_runId = 0;
    QLabel *m_title = nullptr;
    QToolButton *m_open = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_rows = nullptr;
};

// One rich output of a run (richoutputs.h) in the cell: a table (ResultTable, paged lazily from
// the session by whoever owns the session: table() is the widget to fill; while it is not filled
// or when the session no longer has it, the table's HTML is shown), else Markdown or HTML through
// SafeTextBrowser, else a PNG at the cell's width, else its text.
class RichOutputView : public QWidget
{
    Q_OBJECT

public:
    RichOutputView(const RichOutput &output, qint64 runId, int executionCount,
                   QWidget *parent = nullptr);
    const RichOutput &output() const { return m_output; }
    ResultTable *table() const { return m_table; }
    SafeTextBrowser *browser() const { return m_browser; }
    InlineFigure *image() const { return m_image; }
    QLabel *text() const { return m_text; }
    // The table could not be paged (the session restarted, the name is gone): its HTML instead.
    void showTableFallback(const QString &reason);

Q_SIGNALS:
    void openInDataRequested(const QString &variable);

private:
    RichOutput m_output;
    ResultTable *m_table = nullptr;
    SafeTextBrowser *m_browser = nullptr;
    InlineFigure *m_image = nullptr;
    QLabel *m_text = nullptr;
};

// Printed text between rich outputs: monospace, selectable, no scrolling of its own.
QLabel *makeOutputTextLabel(const QString &text, QWidget *parent);

} // namespace sandbench
