#include "codeeditor.h"

#include "completionprovider.h"
#include "pythonhighlighter.h"
#include "workermessages.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QFontDatabase>
#include <QFrame>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <functional>
#include <memory>

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

// The popup's rows: the name, and its kind ("method", "column") in a muted colour at the right.
constexpr int kKindRole = Qt::UserRole + 1;

class CompletionKindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString kind = index.data(kKindRole).toString();
        if (kind.isEmpty())
            return;
        painter->save();
        QColor muted = option.palette.color(
            option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
        muted.setAlphaF(0.6f);
        painter->setPen(muted);
        QFont font = option.font;
        font.setItalic(true);
        painter->setFont(font);
        painter->drawText(option.rect.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter,
                          kind);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QString kind = index.data(kKindRole).toString();
        if (!kind.isEmpty())
            size.rwidth() += option.fontMetrics.horizontalAdvance(kind) + 24;
        return size;
    }
};

// While the worker is busy, a completion after a '.' is asked again this often, this many times.
constexpr int kCompletionRetryMs = 200;
constexpr int kCompletionRetries = 25;

// Help text cut for the popup: a pandas docstring runs to hundreds of lines.
constexpr int kHelpDocChars = 6000;

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
        mark.format.setToolTip(WorkerMessages::translate(v.message));
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
            messages.append(tr("%1 [%2]").arg(WorkerMessages::translate(v.message), where));
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
        const QTextCursor under = cursorForPosition(inViewport);
        const QString text = violationAt(under.position());
        if (!text.isEmpty()) {
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        QToolTip::hideText();
        // Hovering a name asks for its help; it shows when (and if) the worker answers.
        const QString code = codeThroughWordAt(under.position());
        if (m_provider && !code.isEmpty() && !(m_helpPopup && m_helpPopup->isVisible())) {
            m_helpPos = help->globalPos() + QPoint(0, fontMetrics().height());
            m_helpTicket = m_provider->requestHelp(code);
        }
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
    // A cell may have run meanwhile: what the last answer listed may be gone.
    m_memberBase.clear();
    updateExtraSelections();
}

void CodeEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    hideHelp();
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
    if (m_helpPopup && m_helpPopup->isVisible() && event->key() != Qt::Key_Shift) {
        hideHelp();
        if (event->key() == Qt::Key_Escape)
            return;
    }
    // Shift+Tab: help on the name at the cursor, as in Jupyter.
    if (event->key() == Qt::Key_Backtab && !(m_completer && m_completer->popup()->isVisible())) {
        showHelpAtCursor();
        return;
    }
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
        m_completer->popup()->setItemDelegate(new CompletionKindDelegate(m_completer->popup()));
        connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
                &CodeEditor::insertCompletion);
    }
    m_namesModel = model;
    if (m_completer->model() != m_memberModel || !m_memberModel)
        m_completer->setModel(model);
}

void CodeEditor::setCompletionProvider(CompletionProvider *provider)
{
    if (m_provider)
        m_provider->disconnect(this);
    m_provider = provider;
    m_completionTicket = 0;
    m_helpTicket = 0;
    m_memberBase.clear();
    if (!m_completer)
        setCompletionModel(nullptr);
    if (!m_memberModel)
        m_memberModel = new QStandardItemModel(this);
    if (m_provider) {
        connect(m_provider, &CompletionProvider::completionsReady, this,
                &CodeEditor::onCompletionsReady);
        connect(m_provider, &CompletionProvider::helpReady, this, &CodeEditor::onHelpReady);
    }
}

bool CodeEditor::insideStringOrComment(const QString &code)
{
    // The same scan as the worker's (sandbench_worker/completion.py): quotes, triple quotes,
    // escapes and comments, from the cell's start.
    QString quote;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = code.at(i);
        if (!quote.isEmpty()) {
            if (c == QLatin1Char('\\')) {
                i += 2;
                continue;
            }
            if (QStringView(code).mid(i).startsWith(quote)) {
                i += quote.size();
                quote.clear();
                continue;
            }
            if (c == QLatin1Char('\n') && quote.size() == 1)
                quote.clear(); // an unterminated one-line string ends with its line
            ++i;
            continue;
        }
        if (c == QLatin1Char('#')) {
            const qsizetype newline = code.indexOf(QLatin1Char('\n'), i);
            if (newline < 0)
                return true;
            i = newline + 1;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const QString triple(3, c);
            quote = QStringView(code).mid(i).startsWith(triple) ? triple : QString(c);
            i += quote.size();
            continue;
        }
        ++i;
    }
    return !quote.isEmpty();
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

QString CodeEditor::codeThroughWordAt(int position) const
{
    const QString text = toPlainText();
    int end = qBound(0, position, int(text.size()));
    while (end < text.size() && isIdentifierChar(text.at(end)))
        ++end;
    int start = end;
    while (start > 0 && isIdentifierChar(text.at(start - 1)))
        --start;
    if (start == end || text.at(start).isDigit())
        return {};
    return text.left(end);
}

void CodeEditor::showCompletions(bool explicitRequest)
{
    if (!m_completer)
        return;
    QTextCursor cursor = textCursor();
    cursor.setPosition(0, QTextCursor::KeepAnchor);
    const QString before =
        cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    const QString prefix = wordBeforeCursor();
    const QString base = before.left(before.size() - prefix.size());
    const bool attribute =
        base.trimmed().endsWith(QLatin1Char('.')) && !base.trimmed().endsWith(QStringLiteral(".."));
    if (insideStringOrComment(before) || (!explicitRequest && !attribute && prefix.size() < 2) ||
        (!prefix.isEmpty() && prefix.at(0).isDigit())) {
        m_completer->popup()->hide();
        return;
    }
    if (m_memberModel && m_memberBase == base && !m_memberBase.isEmpty()) {
        popupCompletions(m_memberModel, prefix); // the last answer still holds: filter it
        return;
    }
    if (m_provider) {
        if (m_completionTicket != 0 && m_requestedBase == base)
            return; // asked already: the answer shows it
        const quint64 ticket = m_provider->requestCompletions(before);
        if (ticket != 0) {
            m_completionTicket = ticket;
            m_requestedBase = base;
            m_explicitRequest = explicitRequest;
            return;
        }
        // The worker is busy for now (a cell, the Variables panel's listing): ask again shortly
        // for a while, so that "df." still completes when the listing ends, without a keystroke.
        // Each try gives up once the text before the cursor changed (a keystroke asks anew).
        if (attribute) {
            auto retry = std::make_shared<std::function<void(int)>>();
            *retry = [this, asked = before, base, explicitRequest,
                      self = std::weak_ptr<std::function<void(int)>>(retry)](int left) {
                QTextCursor now = textCursor();
                now.setPosition(0, QTextCursor::KeepAnchor);
                if (!m_provider || m_completionTicket != 0 ||
                    now.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')) !=
                        asked)
                    return;
                if (const quint64 ticket = m_provider->requestCompletions(asked)) {
                    m_completionTicket = ticket;
                    m_requestedBase = base;
                    m_explicitRequest = explicitRequest;
                } else if (const auto again = self.lock(); again && left > 0) {
                    QTimer::singleShot(kCompletionRetryMs, this,
                                       [again, left] { (*again)(left - 1); });
                }
            };
            QTimer::singleShot(kCompletionRetryMs, this,
                               [retry] { (*retry)(kCompletionRetries); });
        }
    }
    // No worker to ask now: the session's names, and only where a name may stand.
    if (attribute || !m_namesModel) {
        m_completer->popup()->hide();
        return;
    }
    popupCompletions(m_namesModel, prefix);
}

void CodeEditor::popupCompletions(QAbstractItemModel *model, const QString &prefix)
{
    if (m_completer->model() != model)
        m_completer->setModel(model);
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

void CodeEditor::onCompletionsReady(quint64 ticket, bool ok, const QList<CompletionItem> &items)
{
    if (ticket == 0 || ticket != m_completionTicket)
        return;
    m_completionTicket = 0;
    m_memberModel->clear();
    for (const CompletionItem &item : items) {
        auto *row = new QStandardItem(item.name);
        row->setData(completionKindLabel(item.kind), kKindRole);
        row->setEditable(false);
        m_memberModel->appendRow(row);
    }
    m_memberBase = ok ? m_requestedBase : QString();
    // Only if the user is still where the answer is for (the text before the word unchanged).
    QTextCursor cursor = textCursor();
    cursor.setPosition(0, QTextCursor::KeepAnchor);
    const QString before =
        cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    const QString prefix = wordBeforeCursor();
    // Only if the user is still here: another widget may have the focus by now (under a
    // display without a window manager no window is active, so no focus is no reason).
    const QWidget *focus = QApplication::focusWidget();
    if ((focus && focus != this) || before.left(before.size() - prefix.size()) != m_requestedBase)
        return;
    if (!ok) {
        // The worker could not answer (a time limit): the names, where a name may stand.
        const bool attribute = m_requestedBase.trimmed().endsWith(QLatin1Char('.'));
        if (!attribute && m_namesModel)
            popupCompletions(m_namesModel, prefix);
        return;
    }
    popupCompletions(m_memberModel, prefix);
}

void CodeEditor::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    const int typed = int(wordBeforeCursor().size());
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, typed);
    cursor.insertText(completion);
    setTextCursor(cursor);
}

void CodeEditor::showHelpAtCursor()
{
    const int position = textCursor().position();
    QString code = codeThroughWordAt(position);
    if (code.isEmpty())
        code = toPlainText().left(position); // inside a call's parentheses: its function
    const QRect at = cursorRect();
    m_helpPos = viewport()->mapToGlobal(at.bottomLeft() + QPoint(lineNumberAreaWidth(), 2));
    if (!m_provider) {
        return;
    }
    m_helpTicket = m_provider->requestHelp(code);
    if (m_helpTicket == 0) {
        CompletionHelp busy;
        busy.name = QStringLiteral(" ");
        busy.doc = tr("Help is available once the running cell has finished.");
        showHelp(busy, m_helpPos);
    }
}

void CodeEditor::onHelpReady(quint64 ticket, bool ok, const CompletionHelp &help)
{
    if (ticket == 0 || ticket != m_helpTicket)
        return;
    m_helpTicket = 0;
    if (!ok || help.isEmpty())
        return;
    showHelp(help, m_helpPos);
}

void CodeEditor::showHelp(const CompletionHelp &help, const QPoint &globalPos)
{
    if (!m_helpPopup) {
        auto *frame = new QFrame(this, Qt::ToolTip);
        frame->setObjectName(QStringLiteral("helpPopup"));
        frame->setFrameShape(QFrame::Box);
        frame->setAutoFillBackground(true);
        frame->setBackgroundRole(QPalette::ToolTipBase);
        frame->setForegroundRole(QPalette::ToolTipText);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(8, 6, 8, 6);
        m_helpSignature = new QLabel(frame);
        m_helpSignature->setObjectName(QStringLiteral("helpSignature"));
        m_helpSignature->setTextFormat(Qt::PlainText);
        m_helpSignature->setWordWrap(true);
        QFont mono = font();
        mono.setBold(true);
        m_helpSignature->setFont(mono);
        m_helpSignature->setForegroundRole(QPalette::ToolTipText);
        auto *scroll = new QScrollArea(frame);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setBackgroundRole(QPalette::ToolTipBase);
        m_helpDoc = new QLabel(scroll);
        m_helpDoc->setObjectName(QStringLiteral("helpDoc"));
        m_helpDoc->setTextFormat(Qt::PlainText); // worker text: never rich text
        m_helpDoc->setFont(font());
        m_helpDoc->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_helpDoc->setForegroundRole(QPalette::ToolTipText);
        m_helpDoc->setTextInteractionFlags(Qt::TextSelectableByMouse);
        scroll->setWidget(m_helpDoc);
        layout->addWidget(m_helpSignature);
        layout->addWidget(scroll, 1);
        m_helpPopup = frame;
    }
    QString heading = help.signature;
    if (heading.isEmpty() && !help.name.trimmed().isEmpty())
        heading = help.type.isEmpty() ? help.name : tr("%1: %2").arg(help.name, help.type);
    m_helpSignature->setText(heading);
    m_helpSignature->setVisible(!heading.isEmpty());
    QString doc = help.doc;
    if (doc.size() > kHelpDocChars)
        doc = doc.left(kHelpDocChars) + QStringLiteral("\n…");
    m_helpDoc->setText(doc);
    m_helpDoc->parentWidget()->parentWidget()->setVisible(!doc.isEmpty());
    const QFontMetrics metrics(font());
    const int width = qBound(320, metrics.horizontalAdvance(QLatin1Char('x')) * 84, 900);
    const int docLines = int(doc.count(QLatin1Char('\n'))) + 1;
    const int height =
        qMin(metrics.lineSpacing() * (docLines + 4) + 24, metrics.lineSpacing() * 18);
    m_helpPopup->resize(width, doc.isEmpty() ? m_helpPopup->sizeHint().height() : height);
    QPoint pos = globalPos;
    if (const QScreen *screen = QApplication::screenAt(globalPos)) {
        const QRect free = screen->availableGeometry();
        pos.setX(qMin(pos.x(), free.right() - m_helpPopup->width()));
        if (pos.y() + m_helpPopup->height() > free.bottom())
            pos.setY(qMax(free.top(),
                          globalPos.y() - m_helpPopup->height() - 2 * fontMetrics().height()));
    }
    m_helpPopup->move(pos);
    m_helpPopup->show();
}

void CodeEditor::hideHelp()
{
    if (m_helpPopup)
        m_helpPopup->hide();
}

QString CodeEditor::helpText() const
{
    if (!m_helpPopup || !m_helpPopup->isVisible())
        return {};
    return m_helpSignature->text() + QLatin1Char('\n') + m_helpDoc->text();
}

void CodeEditor::setAutoHeight(bool enabled, int minLines, int maxLines)
{
    m_autoHeight = enabled;
    m_minLines = minLines;
    m_maxLines = maxLines;
    // A cell's long line (an LLM's one-line pipeline, a long string) wraps at the cell's width,
    // as its output does: no horizontal scroll bar inside the notebook's one scroll. The line
    // numbers count the code's lines, not the screen's.
    setLineWrapMode(enabled ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    if (!enabled) {
        setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    }
    updateHeight();
}

int CodeEditor::visualLineCount() const
{
    auto *layout = qobject_cast<QPlainTextDocumentLayout *>(document()->documentLayout());
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (layout)
            layout->blockBoundingRect(block); // lays the block out at the editor's width
        lines += qMax(1, block.lineCount());
    }
    return lines;
}

// With auto height, the size is a function of the text and of the width the layout gives, and the
// scroll bars are decided here from the same two inputs, never left to Qt's "as needed": a bar
// that Qt shows or hides in reaction to the height would change the viewport, hence the height,
// hence the bar again, and the window would resize itself forever. Lines wrap at the width, so
// there is no horizontal bar; the height follows the width and never the other way round. (With
// a bounded height, a vertical bar narrows the text and so only adds lines: still stable.)
CodeEditor::AutoSize CodeEditor::autoSize() const
{
    AutoSize size;
    const int lineCount = visualLineCount();
    size.verticalBar = lineCount > m_maxLines;
    const int lines = qBound(m_minLines, lineCount, m_maxLines);
    const int margin = int(document()->documentMargin() * 2);
    size.height = lines * fontMetrics().lineSpacing() + 2 * frameWidth() + margin + 2;
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
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (size.height != height())
        setFixedHeight(size.height);
}

void CodeEditor::insertFromMimeData(const QMimeData *source)
{
    QPlainTextEdit::insertFromMimeData(source);
    if (source && source->hasText() && !source->text().isEmpty())
        Q_EMIT pasted();
}

} // namespace sandbench
