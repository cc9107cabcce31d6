#include "codeeditor.h"

#include <QFontDatabase>
#include <QKeyEvent>

namespace sandbench {

CodeEditor::CodeEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    setPlaceholderText(tr("Write Python here and press Ctrl+Enter to run it."));
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    // Python wants spaces: a Tab key inserts four of them.
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        insertPlainText(QStringLiteral("    "));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace sandbench
