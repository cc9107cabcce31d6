#include "codeblocks.h"

#include <QStringList>

namespace sandbench::llm {

bool CodeBlock::isPython() const
{
    return language.isEmpty() || language == QLatin1String("python") ||
           language == QLatin1String("py") || language == QLatin1String("python3");
}

QList<CodeBlock> codeBlocks(const QString &answer)
{
    QList<CodeBlock> blocks;
    const QStringList lines = answer.split(QLatin1Char('\n'));
    QChar fenceChar;
    qsizetype fenceLength = 0;
    CodeBlock current;
    bool inBlock = false;
    for (qsizetype lineNo = 0; lineNo < lines.size(); ++lineNo) {
        QString line = lines.at(lineNo);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        // Up to three spaces of indentation may precede a fence.
        qsizetype indent = 0;
        while (indent < line.size() && indent < 4 && line.at(indent) == QLatin1Char(' '))
            ++indent;
        const QStringView rest = QStringView(line).mid(indent);
        qsizetype run = 0;
        const QChar first = rest.isEmpty() ? QChar() : rest.at(0);
        if (indent < 4 && (first == QLatin1Char('`') || first == QLatin1Char('~'))) {
            while (run < rest.size() && rest.at(run) == first)
                ++run;
        }
        if (!inBlock) {
            if (run >= 3) {
                inBlock = true;
                fenceChar = first;
                fenceLength = run;
                current = CodeBlock();
                current.openingLine = lineNo;
                current.language =
                    rest.mid(run).trimmed().toString().section(QLatin1Char(' '), 0, 0).toLower();
            }
            continue;
        }
        if (run >= fenceLength && first == fenceChar && rest.mid(run).trimmed().isEmpty()) {
            current.closingLine = lineNo;
            blocks.append(current);
            inBlock = false;
            continue;
        }
        current.code += line + QLatin1Char('\n');
    }
    if (inBlock && !current.code.isEmpty()) {
        current.closingLine = lines.size();
        blocks.append(current);
    }
    return blocks;
}

} // namespace sandbench::llm
