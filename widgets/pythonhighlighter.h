// Python syntax highlighting without dependencies: keywords, builtins, numbers, strings (triple
// quoted ones across lines), comments, decorators and the names def and class introduce.
// Used when KSyntaxHighlighting is not available (see makeHighlighter()).
#pragma once

#include "theme.h"

#include <QList>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace sandbench {

class PythonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token
    {
        Keyword,
        Builtin,
        Number,
        String,
        Comment,
        Decorator,
        Definition
    };
    Q_ENUM(Token)

    PythonHighlighter(QTextDocument *document, const EditorTheme &theme);

    void setTheme(const EditorTheme &theme);
    // The format a token gets in the current theme (tests compare against it).
    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        Token token;
        int group = 0; // the capture group to colour
    };

    // Colours a string that opens on this line; returns the position after it, or -1 when it runs
    // on past the line end (then the block's state says which quote is open).
    int highlightString(const QString &text, int start, const QString &quote);

    QList<Rule> m_rules;
    QHash<Token, QTextCharFormat> m_formats;
};

// The editor's highlighter: KSyntaxHighlighting's Python definition when the build found KF6
// SyntaxHighlighting, else PythonHighlighter. Parented to the document.
QSyntaxHighlighter *makeHighlighter(QTextDocument *document, const EditorTheme &theme);
// Switches the theme of a highlighter made by makeHighlighter().
void setHighlighterTheme(QSyntaxHighlighter *highlighter, const EditorTheme &theme);

} // namespace sandbench
