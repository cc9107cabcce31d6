#include "codeblocks.h"

namespace sandbench::llm {

bool CodeBlock::isPython() const
{
    return language.isEmpty() || language == QLatin1String("python") ||
           language == QLatin1String("py") || language == QLatin1String("python3");
}

FenceScanner::Line FenceScanner::take(QStringView line)
{
    const qsizetype lineNo = m_lineNo++;
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    // Up to three spaces of indentation may precede a fence.
    qsizetype indent = 0;
    while (indent < line.size() && indent < 4 && line.at(indent) == QLatin1Char(' '))
        ++indent;
    const QStringView rest = line.mid(indent);
    qsizetype run = 0;
    const QChar first = rest.isEmpty() ? QChar() : rest.at(0);
    if (indent < 4 && (first == QLatin1Char('`') || first == QLatin1Char('~'))) {
        while (run < rest.size() && rest.at(run) == first)
            ++run;
    }
    if (!m_inBlock) {
        if (run < 3)
            return Line::Prose;
        m_inBlock = true;
        m_fenceChar = first;
        m_fenceLength = run;
        m_block = CodeBlock();
        m_block.openingLine = lineNo;
        m_block.language =
            rest.mid(run).trimmed().toString().section(QLatin1Char(' '), 0, 0).toLower();
        return Line::Opening;
    }
    if (run >= m_fenceLength && first == m_fenceChar && rest.mid(run).trimmed().isEmpty()) {
        m_block.closingLine = lineNo;
        m_inBlock = false;
        return Line::Closing;
    }
    m_block.code += line + QLatin1Char('\n');
    return Line::Code;
}

QList<CodeBlock> codeBlocks(const QString &answer)
{
    QList<CodeBlock> blocks;
    FenceScanner scanner;
    for (const QStringView line : QStringView(answer).split(QLatin1Char('\n'))) {
        if (scanner.take(line) == FenceScanner::Line::Closing)
            blocks.append(scanner.block());
    }
    if (scanner.inBlock() && !scanner.block().code.isEmpty()) {
        CodeBlock last = scanner.block();
        last.closingLine = scanner.lineCount();
        blocks.append(last);
    }
    return blocks;
}

} // namespace sandbench::llm
