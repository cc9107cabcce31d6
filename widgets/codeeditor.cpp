#include "codeeditor.h"

#include "pythonhighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <QWheelEvent>

namespace sandbench {
namespace {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

const QString kOpening = QStringLiteral("([{");
const QString kClosing = QStringLiteral(")]}");

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

QString leadingWhitespace(const QString &line)
{
    int i = 0;
    while (i < line.size() && (line.at(i) == QLatin1Char(' ') || line.at(i) == QLatin1Char('\t')))
        ++i;
    return line.left(i);
}

// The position of the bracket matching the one at pos, or -1.
int matchingBracket(const QString &text, int pos)
{
    const QChar c = text.at(pos);
    int open = int(kOpening.indexOf(c));
    int close = int(kClosing.indexOf(c));
    if (open < 0 && close < 0)
        return -1;
    const int step = open >= 0 ? 1 : -1;
    const QChar self = c;
    const QChar other = open >= 0 ? kClosing.at(open) : kOpening.at(close);
    int depth = 0;
    for (int i = pos; i >= 0 && i < text.size(); i += step) {
        if (text.at(i) == self)
            ++depth;
        else if (text.at(i) == other && --depth == 0)
            return i;
    }
    return -1;
}

} // namespace

CodeEditor::CodeEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    setPlaceholderText(tr("Write Python here and press Ctrl+Enter to run it."));
    m_lineNumberArea = new LineNumberArea(this);
    m_highlighter = makeHighlighter(document(), EditorTheme::light());
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateExtraSelections);
    connect(document(), &QTextDocument::contentsChange, this,
            &CodeEditor::dropViolationsOnEditedLines);
    connect(document(), &QTextDocument::contentsChanged, this, &CodeEditor::updateHeight);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    setTheme(EditorTheme::light());
}

void CodeEditor::setTheme(const EditorTheme &theme)
{
    m_theme = theme;
    QPalette p = palette();
    p.setColor(QPalette::Base, theme.background);
    p.setColor(QPalette::Text, theme.text);
    setPalette(p);
    setHighlighterTheme(m_highlighter, theme);
    updateExtraSelections();
    m_lineNumberArea->update();
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 10 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(2, digits);
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateHeight();
    const QRect area = contentsRect();
    m_lineNumberArea->setGeometry(area.left(), area.top(), lineNumberAreaWidth(), area.height());
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), m_theme.lineNumbersBackground);
    QSet<int> flagged;
    for (const Violation &v : std::as_const(m_violations))
        flagged.insert(qMax(1, v.line));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            if (flagged.contains(line)) {
                painter.fillRect(0, top, 3, height, m_theme.violation);
            }
            painter.setPen(block.blockNumber() == current ? m_theme.text : m_theme.lineNumbers);
            painter.drawText(0, top, m_lineNumberArea->width() - 5, height, Qt::AlignRight,
                             QString::number(line));
        }
        block = block.next();
        top += height;
    }
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!isReadOnly() && hasFocus()) {
        QTextEdit::ExtraSelection line;
        line.format.setBackground(m_theme.currentLine);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = textCursor();
        line.cursor.clearSelection();
        selections.append(line);
    }
    // The bracket at or just before the cursor, and its partner.
    const QString text = toPlainText();
    const int pos = textCursor().position();
    for (int at : {pos, pos - 1}) {
        if (at < 0 || at >= text.size())
            continue;
        const int partner = matchingBracket(text, at);
        if (partner < 0)
            continue;
        for (int p : {at, partner}) {
            QTextEdit::ExtraSelection bracket;
            bracket.format.setBackground(m_theme.bracketMatch);
            bracket.cursor = QTextCursor(document());
            bracket.cursor.setPosition(p);
            bracket.cursor.setPosition(p + 1, QTextCursor::KeepAnchor);
            selections.append(bracket);
        }
        break;
    }
    for (const Violation &v : std::as_const(m_violations)) {
        const QTextBlock block = document()->findBlockByNumber(qMax(1, v.line) - 1);
        if (!block.isValid())
            continue;
        const QString line = block.text();
        int start =
            v.col > 0 ? qMin(v.col - 1, int(line.size())) : int(leadingWhitespace(line).size());
        int end = start;
        while (end < line.size() &&
               (isIdentifierChar(line.at(end)) || line.at(end) == QLatin1Char('.')))
            ++end;
        if (end == start)
            end = int(line.size());
        if (end == start) // an empty line: mark one character's width so it can be seen
            end = start + 1;
        QTextEdit::ExtraSelection mark;
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(m_theme.violation);
        mark.format.setToolTip(v.message);
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(block.position() + start);
        mark.cursor.setPosition(qMin(block.position() + end, block.position() + int(line.size())),
                                QTextCursor::KeepAnchor);
        selections.append(mark);
    }
    setExtraSelections(selections);
}

void CodeEditor::setViolations(const QList<Violation> &violations)
{
    m_violations = violations;
    updateExtraSelections();
    m_lineNumberArea->update();
}

QString CodeEditor::violationAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    QStringList messages;
    for (const Violation &v : m_violations) {
        if (qMax(1, v.line) - 1 == block.blockNumber()) {
            const QString where =
                v.layer.isEmpty() ? v.rule : v.rule + QStringLiteral(", ") + v.layer;
            messages.append(tr("%1 [%2]").arg(v.message, where));
        }
    }
    return messages.join(QLatin1Char('\n'));
}

void CodeEditor::dropViolationsOnEditedLines(int position, int removed, int added)
{
    if (m_violations.isEmpty() || (removed == 0 && added == 0))
        return;
    const int first = document()->findBlock(position).blockNumber() + 1;
    const int last = document()->findBlock(position + added).blockNumber() + 1;
    const qsizetype before = m_violations.size();
    m_violations.removeIf([&](const Violation &v) {
        const int line = qMax(1, v.line);
        return line >= first && line <= last;
    });
    if (m_violations.size() != before) {
        updateExtraSelections();
        m_lineNumberArea->update();
    }
}

bool CodeEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QString text = violationAt(cursorForPosition(inViewport).position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // Shift+Enter and Ctrl+Enter run cells: leave them to the window's actions instead of
        // inserting a line break.
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier))) {
            event->ignore();
            return false;
        }
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::focusInEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusInEvent(event);
    updateExtraSelections();
}

void CodeEditor::wheelEvent(QWheelEvent *event)
{
    // An editor that shows all its lines has nothing to scroll vertically: the wheel belongs to
    // the notebook, or it would stop dead over every cell (Ctrl+wheel still zooms here).
    const QPoint delta = event->angleDelta();
    if (m_autoHeight && verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff &&
        qAbs(delta.y()) >= qAbs(delta.x()) && !(event->modifiers() & Qt::ControlModifier)) {
        event->ignore();
        return;
    }
    QPlainTextEdit::wheelEvent(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer && m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes them
            return;
        default:
            break;
        }
    }
    const bool plain =
        event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier) {
        showCompletions(true);
        return;
    }
    // Python wants spaces: a Tab key inserts four of them.
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        insertPlainText(QStringLiteral("    "));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && plain) {
        insertNewlineWithIndent();
        return;
    }
    if (event->key() == Qt::Key_Slash && event->modifiers() == Qt::ControlModifier) {
        toggleComment();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    if (m_completer && !event->text().isEmpty())
        showCompletions(false);
}

void CodeEditor::insertNewlineWithIndent()
{
    QTextCursor cursor = textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    QString indent = leadingWhitespace(line);
    // A line ending in ':' (before a comment) opens a block.
    QString code = line;
    const int hash = int(code.indexOf(QLatin1Char('#')));
    if (hash >= 0)
        code.truncate(hash);
    if (code.trimmed().endsWith(QLatin1Char(':')))
        indent += QStringLiteral("    ");
    cursor.insertText(QLatin1Char('\n') + indent);
    setTextCursor(cursor);
}

void CodeEditor::toggleComment()
{
    QTextCursor cursor = textCursor();
    QTextBlock first = document()->findBlock(cursor.selectionStart());
    QTextBlock last = document()->findBlock(cursor.selectionEnd());
    // A selection ending at a line's start does not include that line.
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    bool allCommented = true;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QString trimmed = b.text().trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            allCommented = false;
        if (b == last)
            break;
    }
    cursor.beginEditBlock();
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QString text = b.text();
        const int indent = int(leadingWhitespace(text).size());
        QTextCursor edit(b);
        if (allCommented) {
            if (text.mid(indent).startsWith(QLatin1Char('#'))) {
                edit.setPosition(b.position() + indent);
                const int length = text.mid(indent).startsWith(QStringLiteral("# ")) ? 2 : 1;
                edit.setPosition(b.position() + indent + length, QTextCursor::KeepAnchor);
                edit.removeSelectedText();
            }
        } else if (!text.trimmed().isEmpty()) {
            edit.setPosition(b.position() + indent);
            edit.insertText(QStringLiteral("# "));
        }
        if (b == last)
            break;
    }
    cursor.endEditBlock();
}

void CodeEditor::setCompletionModel(QAbstractItemModel *model)
{
    if (!m_completer) {
        m_completer = new QCompleter(this);
        m_completer->setWidget(this);
        m_completer->setCompletionMode(QCompleter::PopupCompletion);
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
                &CodeEditor::insertCompletion);
    }
    m_completer->setModel(model);
}

QString CodeEditor::wordBeforeCursor() const
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    int start = int(line.size());
    while (start > 0 && isIdentifierChar(line.at(start - 1)))
        --start;
    return line.mid(start);
}

void CodeEditor::showCompletions(bool explicitRequest)
{
    if (!m_completer)
        return;
    const QString prefix = wordBeforeCursor();
    if (!explicitRequest && prefix.size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    rect.translate(lineNumberAreaWidth(), 0);
    m_completer->complete(rect);
}

void CodeEditor::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    const int typed = int(wordBeforeCursor().size());
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, typed);
    cursor.insertText(completion);
    setTextCursor(cursor);
}

void CodeEditor::setAutoHeight(bool enabled, int minLines, int maxLines)
{
    m_autoHeight = enabled;
    m_minLines = minLines;
    m_maxLines = maxLines;
    if (!enabled) {
        setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    }
    updateHeight();
}

// With auto height, the size is a function of the text and of the width the layout gives, and the
// scroll bars are decided here from the same two inputs, never left to Qt's "as needed": a bar
// that Qt shows or hides in reaction to the height would change the viewport, hence the height,
// hence the bar again, and the window would resize itself forever.
CodeEditor::AutoSize CodeEditor::autoSize() const
{
    AutoSize size;
    const int lineCount = document()->blockCount(); // no wrapping: one block, one line
    size.verticalBar = lineCount > m_maxLines;
    const int lines = qBound(m_minLines, lineCount, m_maxLines);
    int widest = 0;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next())
        widest = qMax(widest, fontMetrics().horizontalAdvance(b.text()));
    const int margin = int(document()->documentMargin() * 2);
    const int available = width() - 2 * frameWidth() - lineNumberAreaWidth() -
                          (size.verticalBar ? verticalScrollBar()->sizeHint().width() : 0);
    size.horizontalBar = widest + margin + cursorWidth() > available;
    size.height = lines * fontMetrics().lineSpacing() + 2 * frameWidth() + margin + 2 +
                  (size.horizontalBar ? horizontalScrollBar()->sizeHint().height() : 0);
    return size;
}

QSize CodeEditor::sizeHint() const
{
    if (!m_autoHeight)
        return QPlainTextEdit::sizeHint();
    return {QPlainTextEdit::sizeHint().width(), autoSize().height};
}

void CodeEditor::updateHeight()
{
    if (!m_autoHeight)
        return;
    const AutoSize size = autoSize();
    setVerticalScrollBarPolicy(size.verticalBar ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(size.horizontalBar ? Qt::ScrollBarAlwaysOn
                                                    : Qt::ScrollBarAlwaysOff);
    if (size.height != height())
        setFixedHeight(size.height);
}

} // namespace sandbench
