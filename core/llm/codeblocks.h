// The code blocks of a model's answer (Markdown fences), each of which can become a cell.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

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

// Reads an answer line by line as it arrives (the assistant renders each block as soon as it is
// closed): fences of three or more backticks or tildes; a block ends at a fence of the same
// character at least as long (CommonMark).
class FenceScanner
{
public:
    enum class Line
    {
        Prose,
        Opening,
        Code,
        Closing
    };

    // One line, without its '\n' (a trailing '\r' is ignored). After Closing, block() is the
    // block it closed; while inBlock(), the block read so far.
    Line take(QStringView line);
    bool inBlock() const { return m_inBlock; }
    const CodeBlock &block() const { return m_block; }
    qsizetype lineCount() const { return m_lineNo; }

private:
    CodeBlock m_block;
    QChar m_fenceChar;
    qsizetype m_fenceLength = 0;
    qsizetype m_lineNo = 0;
    bool m_inBlock = false;
};

// All the blocks of a whole answer. An unclosed block at the end (a cut answer) is still a block.
QList<CodeBlock> codeBlocks(const QString &answer);

} // namespace sandbench::llm
