#include "cellwidget.h"

#include "cellmodel.h"
#include "codeeditor.h"
#include "filejobs.h"
#include "outputview.h"
#include "richoutput.h"
#include "workermessages.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace sandbench {
namespace {

// Statuses that leave the session as it was before the cell (sandbox/PROTOCOL.md, transactions).
bool rolledBack(RunStatus status)
{
    switch (status) {
    case RunStatus::Error:
    case RunStatus::Denied:
    case RunStatus::Timeout:
    case RunStatus::Memory:
    case RunStatus::OutputLimit:
    case RunStatus::Interrupted:
    case RunStatus::Tampered:
        return true;
    default:
        return false;
    }
}

} // namespace

namespace {

constexpr int kStatusRole = Qt::UserRole + 40; // where setStatusForeground keeps the status

// The hue each status is known by; statusColor and statusBadgeColor make it readable.
QColor statusHue(const QString &statusName)
{
    if (statusName == QLatin1String("running"))
        return QColor(0x19, 0x76, 0xd2);
    if (statusName == QLatin1String("stale")) // an amber apart from the limits' (timeout...)
        return QColor(0x9a, 0x67, 0x00);
    const auto status = runStatusFromName(statusName);
    if (!status)
        return QColor(0x6b, 0x72, 0x80); // queued, undone, markdown: neutral
    switch (*status) {
    case RunStatus::Ok:
        return QColor(0x1e, 0x8e, 0x3e);
    case RunStatus::Error:
    case RunStatus::Crashed:
        return QColor(0xc6, 0x28, 0x28);
    case RunStatus::Rejected:
    case RunStatus::Denied:
    case RunStatus::Tampered:
        return QColor(0xd8, 0x43, 0x15);
    case RunStatus::Timeout:
    case RunStatus::Memory:
    case RunStatus::OutputLimit:
        return QColor(0xb2, 0x6a, 0x00);
    case RunStatus::PendingReview:
        return QColor(0x9c, 0x27, 0xb0);
    case RunStatus::Interrupted:
        return QColor(0x54, 0x5b, 0x64);
    }
    return QColor(0x6b, 0x72, 0x80);
}

} // namespace

QColor statusColor(const QString &statusName, const QPalette &palette)
{
    return readableOn(statusHue(statusName),
                      {palette.color(QPalette::Base), palette.color(QPalette::Window)});
}

QColor statusColor(const QString &statusName)
{
    return statusColor(statusName, QApplication::palette());
}

QColor statusBadgeColor(const QString &statusName)
{
    return readableOn(statusHue(statusName), {QColor(Qt::white)});
}

void setStatusForeground(QTreeWidgetItem *item, int column, const QString &statusName)
{
    item->setData(column, kStatusRole, statusName);
    item->setForeground(column, statusColor(statusName));
}

void clearStatusForeground(QTreeWidgetItem *item, int column)
{
    item->setData(column, kStatusRole, QVariant());
    item->setData(column, Qt::ForegroundRole, QVariant()); // the palette's text colour
}

void recolourStatusItems(QWidget *root, const QPalette &palette)
{
    QList<QTreeWidget *> trees = root->findChildren<QTreeWidget *>();
    if (auto *self = qobject_cast<QTreeWidget *>(root))
        trees.prepend(self);
    for (QTreeWidget *tree : std::as_const(trees)) {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            for (int column = 0; column < (*it)->columnCount(); ++column) {
                const QVariant status = (*it)->data(column, kStatusRole);
                if (status.isValid())
                    (*it)->setForeground(column, statusColor(status.toString(), palette));
            }
        }
    }
}

CellWidget::CellWidget(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("cell"));
    setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    m_run = new QToolButton(this);
    m_run->setText(QStringLiteral("▶"));
    m_run->setToolTip(tr("Run this cell (Ctrl+Enter)"));
    m_run->setAutoRaise(true);
    connect(m_run, &QToolButton::clicked, this, &CellWidget::runClicked);
    m_number = new QLabel(this);
    m_number->setToolTip(tr("Execution count: the order in which this session ran the cell. The "
                            "Session Log and the figures name the run by it; [*] while it waits "
                            "or runs."));
    m_badge = new QLabel(this);
    m_timing = new QLabel(this);
    // Beside the status, not instead of it: the run was ok, its output is out of date.
    m_stale = new QLabel(tr("stale"), this);
    m_stale->setObjectName(QStringLiteral("staleMarker"));
    m_stale->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: "
                                          "3px; padding: 1px 6px; font-weight: 600; }")
                               .arg(statusBadgeColor(QStringLiteral("stale")).name()));
    m_stale->hide();
    m_edited = new QLabel(tr("edited since run"), this);
    m_edited->setToolTip(tr("The code changed after its last run: the output below is from the "
                            "code as it was."));
    m_edited->hide();
    m_fold = new QToolButton(this);
    m_fold->setAutoRaise(true);
    m_fold->setCheckable(true);
    m_fold->setText(tr("Hide output"));
    m_fold->setToolTip(tr("Fold or unfold this cell's output"));
    m_fold->hide();
    header->addWidget(m_run);
    header->addWidget(m_number);
    header->addWidget(m_badge);
    header->addWidget(m_stale);
    header->addWidget(m_timing);
    header->addWidget(m_edited);
    header->addStretch(1);
    header->addWidget(m_fold);
    layout->addLayout(header);

    m_editor = new CodeEditor(this);
    // The cell grows with its code: the notebook is the one thing that scrolls.
    m_editor->setAutoHeight(true, 2, CodeEditor::kUnboundedLines);
    m_editor->installEventFilter(this);
    layout->addWidget(m_editor);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            Q_EMIT codeEdited(m_editor->toPlainText());
    });

    m_refusal = new QLabel(this);
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal->hide();
    layout->addWidget(m_refusal);

    // The assistant's help for a run that went wrong: a fix arrives as a diff to accept.
    m_assist = new QWidget(this);
    auto *assist = new QHBoxLayout(m_assist);
    assist->setContentsMargins(0, 0, 0, 0);
    m_fix = new QToolButton(m_assist);
    m_fix->setText(tr("Fix with assistant"));
    m_fix->setToolTip(tr("Send this cell's code, its error or refusals and the variables it used "
                         "to the assistant; its fix is shown as a change to accept"));
    m_fix->setAutoRaise(true);
    connect(m_fix, &QToolButton::clicked, this, &CellWidget::fixRequested);
    m_explain = new QToolButton(m_assist);
    m_explain->setText(tr("Explain"));
    m_explain->setToolTip(tr("Ask the assistant what went wrong, in words"));
    m_explain->setAutoRaise(true);
    connect(m_explain, &QToolButton::clicked, this, &CellWidget::explainRequested);
    assist->addWidget(m_fix);
    assist->addWidget(m_explain);
    assist->addStretch(1);
    m_assist->hide();
    layout->addWidget(m_assist);

    m_markdown = new SafeTextBrowser(this);
    m_markdown->setToolTip(tr("Double-click to edit"));
    m_markdown->viewport()->installEventFilter(this);
    m_markdown->hide();
    layout->addWidget(m_markdown);

    m_showAll = new QToolButton(this);
    m_showAll->setAutoRaise(true);
    m_showAll->hide();
    connect(m_showAll, &QToolButton::clicked, this, [this] { setShowAllOutput(!m_showAllOutput); });
    layout->addWidget(m_showAll);

    m_output = new OutputView(this);
    m_output->setFrameShape(QFrame::NoFrame);
    m_output->setFitsContent(true);
    m_output->hide();
    layout->addWidget(m_output);
    connect(m_output, &QPlainTextEdit::blockCountChanged, this, &CellWidget::fitOutputHeight);
    // A long line wraps into more screen lines without a new block: refit once it is all in.
    connect(m_output, &OutputView::caughtUp, this, &CellWidget::fitOutputHeight);
    // The horizontal range is known only once laid out; it depends on the width, never on the
    // height (no vertical bar), so refitting on it cannot loop.
    connect(m_output->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
            &CellWidget::fitOutputHeight);
    // Wrapped lines follow the width; the height follows them once the resize is done (the
    // height never changes the width: no vertical bar, so this cannot loop).
    connect(m_output, &OutputView::widthChanged, this, &CellWidget::fitOutputHeight,
            Qt::QueuedConnection);

    m_rich = new QWidget(this);
    auto *richColumn = new QVBoxLayout(m_rich);
    richColumn->setContentsMargins(0, 0, 0, 0);
    richColumn->setSpacing(2);
    m_rich->hide();
    layout->addWidget(m_rich);

    m_traceback = new TracebackView(this);
    m_traceback->hide();
    layout->addWidget(m_traceback);

    m_figures = new QWidget(this);
    m_figureColumn = new QVBoxLayout(m_figures);
    m_figureColumn->setContentsMargins(0, 0, 0, 0);
    m_figures->hide();
    layout->addWidget(m_figures);

    connect(m_fold, &QToolButton::toggled, this, [this](bool folded) {
        m_fold->setText(folded ? tr("Show output") : tr("Hide output"));
        m_output->setVisible(!folded && m_output->document()->characterCount() > 1);
        m_traceback->setVisible(!folded && !m_traceback->document()->isEmpty());
        if (m_resultTable)
            m_resultTable->setVisible(!folded);
        m_rich->setVisible(!folded && m_richRunId >= 0);
        m_figures->setVisible(!folded && figureCount() > 0);
        fitOutputHeight();
        Q_EMIT outputCollapsedChanged();
    });
    // Live output redraws at most every kLiveRedrawMs: chunks arrive up to 20 times a second (the
    // worker coalesces), a flood's burst included, and each redraw inserts a bounded text.
    m_liveRedraw.setSingleShot(true);
    connect(&m_liveRedraw, &QTimer::timeout, this, &CellWidget::showLiveOutput);
    updateFrame();
}

bool CellWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusIn)
        Q_EMIT activated();
    if (watched == m_markdown->viewport() && event->type() == QEvent::MouseButtonDblClick) {
        editMarkdown();
        return true;
    }
    if (watched == m_markdown->viewport() && event->type() == QEvent::MouseButtonPress)
        Q_EMIT activated();
    // Leaving a Markdown cell's editor renders it again (not when the window merely loses
    // focus, or a popup opens).
    if (watched == m_editor && event->type() == QEvent::FocusOut && m_isMarkdown &&
        m_editingMarkdown) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason &&
            !m_editor->toPlainText().trimmed().isEmpty()) {
            m_editingMarkdown = false;
            showMarkdown(m_editor->toPlainText());
        }
    }
    return QFrame::eventFilter(watched, event);
}

void CellWidget::setBadge(const QString &word, const QColor &color)
{
    m_badge->setText(word);
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: "
                                          "3px; padding: 1px 6px; font-weight: 600; }")
                               .arg(color.name()));
    m_badge->setVisible(!word.isEmpty());
}

void CellWidget::showCell(const Cell &cell, int row)
{
    Q_UNUSED(row);
    // Jupyter's In [7]: which run of the session the output is from, not where the cell sits.
    if (!cell.isCode())
        m_number->clear();
    else if (cell.state == Cell::State::Queued || cell.state == Cell::State::Running)
        m_number->setText(QStringLiteral("[*]"));
    else if (cell.executionCount > 0)
        m_number->setText(QStringLiteral("[%1]").arg(cell.executionCount));
    else
        m_number->setText(QStringLiteral("[ ]"));
    if (m_editor->toPlainText() != cell.source.source) {
        m_settingText = true;
        m_editor->setPlainText(cell.source.source);
        m_settingText = false;
    }
    if (!cell.isCode() && !m_isMarkdown) // became Markdown: render unless being typed
        m_editingMarkdown = m_editor->hasFocus() || cell.source.source.trimmed().isEmpty();
    m_isMarkdown = !cell.isCode();
    if (m_isMarkdown && !m_editingMarkdown) {
        showMarkdown(cell.source.source);
    } else {
        m_markdown->hide();
        m_editor->show();
    }
    if (!m_isMarkdown)
        m_editingMarkdown = false;
    m_run->setVisible(cell.isCode());
    if (!cell.isCode()) {
        setBadge(tr("markdown"), statusBadgeColor(QStringLiteral("markdown")));
        m_timing->clear();
    } else if (cell.state == Cell::State::Queued) {
        setBadge(tr("queued"), statusBadgeColor(QStringLiteral("queued")));
        m_timing->clear();
    } else if (cell.state == Cell::State::Running) {
        if (!m_liveRun)
            startLiveOutput();
        setBadge(tr("running"), statusBadgeColor(QStringLiteral("running")));
        showElapsed(cell.runningSince.msecsTo(QDateTime::currentDateTimeUtc()));
    } else if (cell.undone) {
        setBadge(tr("undone"), statusBadgeColor(QStringLiteral("undone")));
        m_badge->setToolTip(tr("Run > Undo Last Cell took the variables back to before this "
                               "cell; the output below is from its run."));
    } else if (cell.lastRun) {
        m_badge->setToolTip(QString());
        const QString name = runStatusName(cell.lastRun->status);
        setBadge(statusWord(cell.lastRun->status), statusBadgeColor(name));
        m_timing->setText(tr("%1 s").arg(cell.lastRun->durationMs / 1000.0, 0, 'f', 2));
    } else {
        setBadge(QString(), QColor());
        m_timing->clear();
    }
    m_edited->setVisible(cell.editedSinceRun && cell.state == Cell::State::Done);
    const bool stale = cell.stale && cell.state == Cell::State::Done && !cell.undone;
    m_stale->setVisible(stale);
    // Two lines: the reason first, what to do under it (a plain-text tooltip does not wrap).
    m_stale->setToolTip(stale ? tr("%1.\nThe output below may be out of date: run the cell "
                                   "again, or Run > Run Stale Cells.")
                                    .arg(staleDescription(*cell.stale))
                              : QString());
    if (cell.lastRun && cell.lastRun->id != m_shownRunId && cell.state == Cell::State::Done)
        showRun(cell, row);
}

void CellWidget::startLiveOutput()
{
    m_liveRun = true;
    m_live.clear();
    m_liveErrLine.clear();
    m_liveErrLinesTranslated = 0;
    m_liveShown.clear();
    m_liveRedraw.stop();
    m_shownRunId = -1; // whatever run ends this one, it is shown
    m_refusal->hide();
    m_assist->hide();
    m_editor->setViolations({});
    m_output->clearOutput();
    m_output->hide();
    m_traceback->clear();
    m_traceback->hide();
    delete m_resultTable; // the previous run's table result
    clearRichOutputs();
    while (QLayoutItem *item = m_figureColumn->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_figures->hide();
    fitOutputHeight();
    Q_EMIT outputCollapsedChanged();
}

void CellWidget::appendLiveOutput(const QString &stream, const QString &text)
{
    // Both streams in one terminal-like view, in the order they came.
    if (!m_liveRun)
        startLiveOutput();
    if (stream == QLatin1String("stderr")) {
        qsizetype from = 0;
        for (qsizetype newline = text.indexOf(QLatin1Char('\n')); newline >= 0;
             newline = text.indexOf(QLatin1Char('\n'), from)) {
            m_liveErrLine += QStringView(text).mid(from, newline - from);
            constexpr int kTranslatedLines = 200;
            constexpr qsizetype kLongestNote = 4096;
            if (m_liveErrLinesTranslated < kTranslatedLines && m_liveErrLine.size() >= 4 &&
                m_liveErrLine.size() <= kLongestNote) {
                ++m_liveErrLinesTranslated;
                m_liveErrLine = WorkerMessages::translate(m_liveErrLine);
            }
            m_liveErrLine += QLatin1Char('\n');
            flushLiveErrLine();
            from = newline + 1;
        }
        m_liveErrLine += QStringView(text).mid(from);
        // A line that does not end soon (a progress bar on stderr) is shown as it comes.
        if (m_liveErrLine.size() > 4096 || m_liveErrLine.contains(QLatin1Char('\r')))
            flushLiveErrLine();
    } else {
        flushLiveErrLine(); // what came before stays before
        m_live.append(text);
    }
    if (!m_liveRedraw.isActive()) {
        // A line after a quiet spell shows at once; a stream is redrawn every kLiveRedrawMs.
        const qint64 since =
            m_lastLiveRedraw.isValid() ? m_lastLiveRedraw.elapsed() : kLiveRedrawMs;
        m_liveRedraw.start(int(qMax<qint64>(0, kLiveRedrawMs - since)));
    }
}

void CellWidget::flushLiveErrLine()
{
    if (m_liveErrLine.isEmpty())
        return;
    m_live.append(m_liveErrLine);
    m_liveErrLine.clear();
}

void CellWidget::showLiveOutput()
{
    if (!m_liveRun)
        return;
    m_lastLiveRedraw.start();
    flushLiveErrLine(); // a stderr line still open is shown as it is so far
    const QString text = m_live.text();
    // Mostly new lines below the shown ones: only they are added. A redrawn line (a progress
    // bar's "\r") or lines dropped from the head redraw the whole, bounded text.
    if (!m_liveShown.isEmpty() && text.startsWith(m_liveShown)) {
        m_output->appendText(text.mid(m_liveShown.size()));
    } else {
        m_output->clearOutput();
        m_output->appendText(text);
    }
    m_liveShown = text;
    const bool visible = !text.isEmpty() && !m_fold->isChecked();
    if (m_output->isVisible() != visible) {
        m_output->setVisible(visible);
        Q_EMIT outputCollapsedChanged();
    }
    fitOutputHeight();
}

void CellWidget::showMarkdown(const QString &source)
{
    if (source != m_renderedMarkdown || m_markdown->document()->isEmpty()) {
        m_renderedMarkdown = source;
        m_markdown->setSafeMarkdown(source.trimmed().isEmpty()
                                        ? tr("*Empty Markdown cell: double-click to write.*")
                                        : source);
    }
    m_editor->hide();
    m_editor->setViolations({});
    m_markdown->show();
}

void CellWidget::editMarkdown()
{
    if (!m_isMarkdown)
        return;
    m_editingMarkdown = true;
    m_markdown->hide();
    m_editor->show();
    m_editor->setFocus(Qt::MouseFocusReason);
    Q_EMIT activated();
}

void CellWidget::showElapsed(qint64 ms)
{
    m_timing->setText(tr("%1 s…").arg(double(ms) / 1000.0, 0, 'f', 1));
}

void CellWidget::showRun(const Cell &cell, int row)
{
    Q_UNUSED(row);
    m_shownCell = cell;
    const RunRecord &run = *cell.lastRun;
    m_shownRunId = run.id;
    // The record replaces what streamed: it is the output the verdict let through.
    m_liveRun = false;
    m_liveRedraw.stop();
    m_live.clear();
    m_liveErrLine.clear();
    m_liveShown.clear();
    if (m_resultTable && m_resultTable->runId() != run.id)
        delete m_resultTable;
    const bool tableResult = !m_resultTable.isNull();
    // The traceback is shown apart from the printed text, and the line it failed at in this cell
    // is marked in the editor as a refusal is.
    ParsedTraceback traceback = parseTraceback(run.stderrText);
    QList<Violation> marks = run.violations;
    const int failing = traceback.failingLine(run.cellIndex);
    const bool refusedThere =
        std::any_of(marks.cbegin(), marks.cend(), [failing](const Violation &v) {
            return v.line == failing; // a refusal there says more than the exception it raised
        });
    // An exception of the cell's own (a refusal's is explained by the refusal's own mark).
    const bool ownError = run.status == RunStatus::Error || run.status == RunStatus::Memory;
    if (const int line = failing; line > 0 && ownError && !cell.editedSinceRun && !refusedThere) {
        const QString summary = traceback.errorSummary();
        marks.append({summary.section(QLatin1Char(':'), 0, 0), summary, line, 0, QString()});
    }
    m_editor->setViolations(marks);

    QStringList refusals;
    for (const Violation &v : run.violations) {
        const QString where = v.line > 0 ? tr("line %1: ").arg(v.line) : QString();
        refusals.append(tr("⚠ %1%2 (rule %3, %4 layer)")
                            .arg(where, WorkerMessages::translate(v.message), v.rule, v.layer));
        if (refusals.size() == 3) {
            if (run.violations.size() > 3)
                refusals.append(tr("… and %1 more").arg(run.violations.size() - 3));
            break;
        }
    }
    if (run.status == RunStatus::PendingReview)
        refusals.prepend(tr("Waiting for a reviewer: the code uses something the profile lets "
                            "run only after approval."));
    m_refusal->setText(refusals.join(QLatin1Char('\n')));
    m_refusalStatus = runStatusName(run.status);
    colourRefusal();
    m_refusal->setVisible(!refusals.isEmpty());
    const bool wentWrong = run.status == RunStatus::Error || run.status == RunStatus::Rejected ||
                           run.status == RunStatus::Denied || run.status == RunStatus::Memory ||
                           run.status == RunStatus::Timeout;
    m_assist->setVisible(wentWrong);

    m_output->clearOutput();
    // Rich outputs split the printed text: what came before the first stays here, the rest
    // follows each output in the rich column, and so does everything after the text.
    const bool rich = !run.richOutputs.isEmpty();
    const bool richResult = std::any_of(run.richOutputs.cbegin(), run.richOutputs.cend(),
                                        [](const RichOutput &o) { return o.isResult; });
    // As the live view showed it: a progress bar's "\r" redraws are one line, not a hundred.
    QString text = LiveOutputBuffer::rendered(
        rich ? run.stdoutText.left(run.richOutputs.first().stdoutAt) : run.stdoutText);
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    QString tail;
    QString &after = rich ? tail : text;
    if (run.result && !tableResult && !richResult) {
        // A table's repr starts on its own line, or its header would not sit over its columns.
        const QString out = tr("Out[%1]:").arg(run.cellIndex);
        after += run.result->contains(QLatin1Char('\n')) ? out + QLatin1Char('\n')
                                                         : out + QLatin1Char(' ');
        after += *run.result + QLatin1Char('\n');
    }
    // The worker's own notes in the window's language; the cell's prints and Python's texts as
    // they are.
    after += WorkerMessages::translateLines(
        LiveOutputBuffer::rendered(traceback.isEmpty() ? run.stderrText : traceback.before));
    if (!after.isEmpty() && !after.endsWith(QLatin1Char('\n')))
        after += QLatin1Char('\n');
    if (run.stateKeptOnError)
        after += tr("(state kept as the cell left it before the error: Run > Undo Last Cell "
                    "returns to before this cell)") +
                 QLatin1Char('\n');
    else if (rolledBack(run.status))
        after += tr("(state rolled back: the variables are as they were before this cell)") +
                 QLatin1Char('\n');
    else if (run.status == RunStatus::Rejected)
        after += tr("(the cell did not run: nothing changed)") + QLatin1Char('\n');
    if (rich)
        showRichOutputs(run, tail);
    else
        clearRichOutputs();
    m_showAllOutput = false;
    m_output->appendText(text);
    m_output->setVisible(!text.isEmpty() && !m_fold->isChecked());
    fitOutputHeight();
    if (m_resultTable)
        m_resultTable->setVisible(!m_fold->isChecked());

    if (traceback.isEmpty()) {
        m_traceback->clear();
        m_traceback->hide();
    } else {
        // A worker's note after the exception ("A file grew past the profile's file size
        // limit.") in the window's language.
        for (TracebackBlock &block : traceback.blocks) {
            for (QString &line : block.error)
                line = WorkerMessages::translate(line);
        }
        m_traceback->setTraceback(traceback);
        m_traceback->setVisible(!m_fold->isChecked());
    }

    // The run's figures at the cell's width; a click shows the figure in the Figures panel.
    showFigures(run.id, run.figures);
    m_fold->setVisible(!text.isEmpty() || figureCount() > 0 || !traceback.isEmpty() ||
                       tableResult || rich);
}

void CellWidget::showFigures(qint64 runId, const QList<Figure> &figures)
{
    while (QLayoutItem *item = m_figureColumn->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool onDisk = std::any_of(figures.cbegin(), figures.cend(), [](const Figure &figure) {
        return figure.data.isEmpty() && !figure.path.isEmpty();
    });
    if (onDisk) {
        // A figure kept only as a file is read off the window's thread, then shown if this
        // cell still shows that run.
        FileJobs::read(
            "load cell figures", this,
            [figures] {
                QList<Figure> loaded = figures;
                readFigureFiles(loaded);
                return loaded;
            },
            [this, runId](const QList<Figure> &loaded) {
                if (runId == m_shownRunId)
                    showFigures(runId, loaded);
            });
        m_figures->setVisible(false);
        return;
    }
    for (int i = 0; i < figures.size(); ++i) {
        QPixmap pixmap;
        if (!pixmap.loadFromData(figures.at(i).data))
            continue;
        auto *figure = new InlineFigure(pixmap, m_figures);
        figure->setToolTip(
            tr("Figure %1 of this cell: click to see it in the Figures panel").arg(i + 1));
        connect(figure, &InlineFigure::clicked, this,
                [this, runId, i] { Q_EMIT figureClicked(runId, i); });
        m_figureColumn->addWidget(figure);
    }
    m_figures->setVisible(figureCount() > 0 && !m_fold->isChecked());
    if (figureCount() > 0)
        m_fold->setVisible(true);
}

void CellWidget::clearRichOutputs()
{
    m_richRunId = -1;
    while (QLayoutItem *item = m_rich->layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rich->hide();
}

void CellWidget::showRichOutputs(const RunRecord &run, const QString &tail)
{
    m_rich->setVisible(!m_fold->isChecked());
    if (m_richRunId == run.id)
        return; // its tables are being paged or were: they stay
    clearRichOutputs();
    m_richRunId = run.id;
    auto *column = static_cast<QVBoxLayout *>(m_rich->layout());
    const int count = m_shownCell ? m_shownCell->executionCount : run.cellIndex;
    for (int i = 0; i < run.richOutputs.size(); ++i) {
        const RichOutput &output = run.richOutputs.at(i);
        auto *view = new RichOutputView(output, run.id, count, m_rich);
        view->setObjectName(QStringLiteral("richOutput%1").arg(i));
        connect(view, &RichOutputView::openInDataRequested, this, &CellWidget::openInDataRequested);
        column->addWidget(view);
        if (view->table() && output.isResult)
            m_resultTable = view->table(); // the cell's table result, as a variable's would be
        const qsizetype from = output.stdoutAt;
        const qsizetype to = i + 1 < run.richOutputs.size() ? run.richOutputs.at(i + 1).stdoutAt
                                                            : run.stdoutText.size();
        QString printed =
            LiveOutputBuffer::rendered(run.stdoutText.mid(from, qMax<qsizetype>(0, to - from)));
        if (i + 1 == run.richOutputs.size())
            printed += tail;
        while (printed.endsWith(QLatin1Char('\n')))
            printed.chop(1);
        if (!printed.isEmpty())
            column->addWidget(makeOutputTextLabel(printed, m_rich));
        if (view->table())
            Q_EMIT richTableShown(view);
    }
    m_rich->setVisible(!m_fold->isChecked());
}

QList<RichOutputView *> CellWidget::richOutputs() const
{
    return m_rich->findChildren<RichOutputView *>(Qt::FindDirectChildrenOnly);
}

void CellWidget::showResultTable(ResultTable *table)
{
    if (!m_shownCell || table->runId() != m_shownRunId) {
        delete table; // the run it belongs to is no longer on show
        return;
    }
    delete m_resultTable;
    m_resultTable = table;
    auto *column = static_cast<QVBoxLayout *>(layout());
    column->insertWidget(column->indexOf(m_output) + 1, table);
    table->setVisible(!m_fold->isChecked());
    const Cell cell = *m_shownCell;
    showRun(cell, 0);
}

int CellWidget::figureCount() const
{
    return int(figures().size());
}

QList<InlineFigure *> CellWidget::figures() const
{
    return m_figures->findChildren<InlineFigure *>(Qt::FindDirectChildrenOnly);
}

void CellWidget::setShowAllOutput(bool all)
{
    if (m_showAllOutput == all)
        return;
    m_showAllOutput = all;
    fitOutputHeight();
}

// The output is as tall as its lines up to kOutputMaxLines; a longer one shows its tail (where a
// run's latest lines are) under a "Show all" button, and all of it once asked. It never scrolls
// vertically itself: the notebook does.
void CellWidget::fitOutputHeight()
{
    const int total = m_output->lineCount();
    const bool limited = !m_showAllOutput && total > kOutputMaxLines;
    // Long lines wrap at the cell's width: as many screen lines as they take.
    const int most = limited ? kOutputMaxLines : OutputView::kMaxBlocks;
    const int lines = qBound(1, m_output->visualLineCount(most), most);
    const int height = lines * m_output->fontMetrics().lineSpacing() +
                       int(m_output->document()->documentMargin() * 2) + 4 +
                       (m_output->horizontalScrollBar()->maximum() > 0
                            ? m_output->horizontalScrollBar()->sizeHint().height()
                            : 0);
    if (height != m_output->height())
        m_output->setFixedHeight(height);
    // Once the new height is laid out: the tail when limited, all from the top when not.
    QTimer::singleShot(0, m_output, [this] {
        QScrollBar *bar = m_output->verticalScrollBar();
        const bool tail = !m_showAllOutput && m_output->lineCount() > kOutputMaxLines;
        bar->setValue(tail ? bar->maximum() : 0);
    });
    const bool offer = total > kOutputMaxLines && m_output->isVisibleTo(this);
    if (offer)
        m_showAll->setText(limited ? tr("▴ Show all %n lines (%1 earlier lines hidden)", "", total)
                                         .arg(total - kOutputMaxLines)
                                   : tr("▾ Show only the last %n lines", "", kOutputMaxLines));
    m_showAll->setVisible(offer);
}

void CellWidget::setCurrent(bool current)
{
    m_current = current;
    updateFrame();
}

void CellWidget::setTheme(const EditorTheme &theme)
{
    m_theme = theme;
    m_editor->setTheme(theme);
    m_traceback->setTheme(theme);
    QPalette text = m_markdown->palette();
    text.setColor(QPalette::Text, theme.text);
    text.setColor(QPalette::Base, theme.background);
    m_markdown->setPalette(text);
    colourRefusal();
    updateFrame();
}

void CellWidget::colourRefusal()
{
    if (m_refusalStatus.isEmpty())
        return;
    m_refusal->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }")
            .arg(statusColor(m_refusalStatus, m_theme.windowPalette()).name()));
}

void CellWidget::updateFrame()
{
    update();
}

void CellWidget::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // The current cell carries a bar on its left, like a notebook's selected cell. Painted, not a
    // style sheet: a sheet would re-polish the editor and drop its theme's palette.
    if (m_current) {
        QPainter painter(this);
        painter.fillRect(QRect(0, 0, 4, height()), QColor(0x3d, 0xae, 0xe9));
    }
}

} // namespace sandbench
