// The cell editor: Python highlighting, line numbers, the current line, matching brackets,
// indentation that follows Python's colons, comment toggling, completion of attributes and
// methods with their kinds (from the session's worker, or the session's names while it is busy),
// help on a name (Shift+Tab, or hovering), and the sandbox's refusals underlined where they were
// reported.
#pragma once

#include "editorhelp.h"
#include "runrecord.h"
#include "theme.h"

#include <QList>
#include <QPlainTextEdit>
#include <QPointer>

class QCompleter;
class QAbstractItemModel;
class QLabel;
class QStandardItemModel;
class QSyntaxHighlighter;

namespace sandbench {

class CompletionProvider;

class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    void setTheme(const EditorTheme &theme);
    const EditorTheme &theme() const { return m_theme; }
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }

    // Underlines each violation at its line and column (to the end of the word there) and shows
    // its message as the tooltip. Violations without a line mark the first line. Editing a line
    // clears its marks: they describe the code as it was run.
    void setViolations(const QList<Violation> &violations);
    const QList<Violation> &violations() const { return m_violations; }
    // The tooltip text at a position in the document, or empty.
    QString violationAt(int position) const;

    // Names offered for completion (Ctrl+Space, or after two letters of a known name); shared
    // between editors, so the model is the caller's.
    void setCompletionModel(QAbstractItemModel *model);
    // Where attribute completions and help come from (the caller's; may be null). While it
    // cannot answer at once (a cell runs), the names of setCompletionModel are offered instead.
    void setCompletionProvider(CompletionProvider *provider);
    QCompleter *completer() const { return m_completer; }
    // Shows the signature and docstring of the name at the cursor, or of the call it is in.
    void showHelpAtCursor();
    // The help popup (a tooltip-like frame; hidden until asked) and what it shows, for tests.
    QWidget *helpPopup() const { return m_helpPopup; }
    QString helpText() const;
    // True when the cursor's end of `code` lies in a comment or a string literal: nothing is
    // completed there.
    static bool insideStringOrComment(const QString &code);

    // Comments out the selected lines, or uncomments them when all are comments.
    void toggleComment();
    // The editor grows with its text up to maxLines, then scrolls (cells in a notebook list).
    // Long lines wrap at its width. While it fits its text, a vertical wheel is left to the
    // notebook around it (one scroll).
    void setAutoHeight(bool enabled, int minLines = 2, int maxLines = 40);
    // As many lines as a cell editor grows to: in practice, all of them.
    static constexpr int kUnboundedLines = 100000;

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

Q_SIGNALS:
    // Text came in from the clipboard or a drop (not typed): the cell's origin becomes pasted.
    void pasted();

protected:
    bool event(QEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    QSize sizeHint() const override;

private:
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateExtraSelections();
    void insertNewlineWithIndent();
    void insertCompletion(const QString &completion);
    QString wordBeforeCursor() const;
    void showCompletions(bool explicitRequest);
    void popupCompletions(QAbstractItemModel *model, const QString &prefix);
    void onCompletionsReady(quint64 ticket, bool ok, const QList<CompletionItem> &items);
    void onHelpReady(quint64 ticket, bool ok, const CompletionHelp &help);
    void showHelp(const CompletionHelp &help, const QPoint &globalPos);
    void hideHelp();
    // The document's text up to the end of the identifier at position.
    QString codeThroughWordAt(int position) const;
    struct AutoSize
    {
        int height = 0;
        bool verticalBar = false;
    };
    AutoSize autoSize() const;
    // Lines on screen at the editor's width, long lines wrapped.
    int visualLineCount() const;
    void updateHeight();
    void dropViolationsOnEditedLines(int position, int removed, int added);

    EditorTheme m_theme;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QWidget *m_lineNumberArea = nullptr;
    QCompleter *m_completer = nullptr;
    QAbstractItemModel *m_namesModel = nullptr;  // the session's names (the caller's)
    QStandardItemModel *m_memberModel = nullptr; // the worker's last answer, with kinds
    QPointer<CompletionProvider> m_provider;
    quint64 m_completionTicket = 0;
    QString m_requestedBase; // the text before the word, for the completions asked for
    QString m_memberBase;    // ... and for those m_memberModel holds
    bool m_explicitRequest = false;
    quint64 m_helpTicket = 0;
    QPoint m_helpPos; // where the asked-for help goes (global)
    QWidget *m_helpPopup = nullptr;
    QLabel *m_helpSignature = nullptr;
    QLabel *m_helpDoc = nullptr;
    QList<Violation> m_violations;
    bool m_autoHeight = false;
    int m_minLines = 2;
    int m_maxLines = 40;
};

} // namespace sandbench
