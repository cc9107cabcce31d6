#include "outputview.h"

#include "runrecord.h"

#include <QFontDatabase>

namespace sandbench {

OutputView::OutputView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A bounded document: a flood of output cannot grow the window's memory without end.
    setMaximumBlockCount(20000);
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

void OutputView::appendRun(const RunRecord &run)
{
    QString text = tr("[%1] %2  %3 ms  (run %4)")
                       .arg(run.cellIndex)
                       .arg(runStatusName(run.status))
                       .arg(qRound64(run.durationMs))
                       .arg(run.id);
    if (!run.stdoutText.isEmpty())
        text += QLatin1Char('\n') + run.stdoutText.trimmed();
    if (run.result)
        text += QLatin1Char('\n') + tr("Out: ") + *run.result;
    if (!run.stderrText.isEmpty())
        text += QLatin1Char('\n') + run.stderrText.trimmed();
    for (const Figure &figure : run.figures)
        text += QLatin1Char('\n') + tr("Figure: %1").arg(figure.path);
    appendPlainText(text + QLatin1Char('\n'));
}

void OutputView::appendNote(const QString &text)
{
    appendPlainText(text);
}

} // namespace sandbench
