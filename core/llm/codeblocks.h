// The code blocks of a model's answer (Markdown fences), each of which can become a cell.
#pragma once

#include <QList>
#include <QString>

namespace sandbench::llm {

struct CodeBlock
{
    QString language; // as the fence names it, lowercased; empty when it names none
    QString code;     // without the fences; ends with a newline
    // The answer's lines (split at '\n', from 0) of the opening and closing fence; closingLine
    // is past the last line for an unclosed block. The prose between blocks is what lies outside.
    qsizetype openingLine = 0;
    qsizetype closingLine = 0;
    bool isPython() const;
};

// Fences of three or more backticks or tildes; a block ends at a fence of the same character at
// least as long (CommonMark). An unclosed block at the end (a cut answer) is still a block.
QList<CodeBlock> codeBlocks(const QString &answer);

} // namespace sandbench::llm
