// The cell editor: Python highlighting, line numbers, the current line, matching brackets,
// indentation that follows Python's colons, comment toggling, completion of the session's names,
// and the sandbox's refusals underlined where they were reported.
#pragma once

#include "runrecord.h"
#include "theme.h"

#include <QList>
#include <QPlainTextEdit>

class QCompleter;
class QAbstractItemModel;
class QSyntaxHighlighter;

namespace sandbench {

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

    // Comments out the selected lines, or uncomments them when all are comments.
    void toggleComment();
    // The editor grows with its text up to maxLines, then scrolls (cells in a notebook list).
    // While it fits its text, a vertical wheel is left to the notebook around it (one scroll);
    // a horizontal wheel still scrolls a long line.
    void setAutoHeight(bool enabled, int minLines = 2, int maxLines = 40);
    // As many lines as a cell editor grows to: in practice, all of them.
    static constexpr int kUnboundedLines = 100000;

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    QSize sizeHint() const override;

private:
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateExtraSelections();
    void insertNewlineWithIndent();
    void insertCompletion(const QString &completion);
    QString wordBeforeCursor() const;
    void showCompletions(bool explicitRequest);
    struct AutoSize
    {
        int height = 0;
        bool verticalBar = false;
        bool horizontalBar = false;
    };
    AutoSize autoSize() const;
    void updateHeight();
    void dropViolationsOnEditedLines(int position, int removed, int added);

    EditorTheme m_theme;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QWidget *m_lineNumberArea = nullptr;
    QCompleter *m_completer = nullptr;
    QList<Violation> m_violations;
    bool m_autoHeight = false;
    int m_minLines = 2;
    int m_maxLines = 40;
};

} // namespace sandbench
