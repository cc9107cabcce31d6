#include "percentformat.h"

#include <QRegularExpression>
#include <QStringList>

namespace sandbench {
namespace {

bool isBlank(const QStringList &lines)
{
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return false;
    }
    return true;
}

void appendCell(QList<NotebookCell> &cells, NotebookCell cell, QStringList lines)
{
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    cell.source = lines.join(QLatin1Char('\n'));
    cells.append(cell);
}

} // namespace

QList<NotebookCell> parsePercentFormat(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral(R"(^#\s*%%(.*)$)"));
    static const QRegularExpression markdownTag(QStringLiteral(R"(\[(markdown|md)\])"),
                                                QRegularExpression::CaseInsensitiveOption);

    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = normalized.split(QLatin1Char('\n'));

    QList<NotebookCell> cells;
    NotebookCell current;
    QStringList currentLines;
    bool sawMarker = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = marker.match(lines.at(i));
        if (!match.hasMatch()) {
            currentLines.append(lines.at(i));
            continue;
        }
        // Text before the first marker (a module docstring, imports) is a cell when not blank.
        if (sawMarker || !isBlank(currentLines))
            appendCell(cells, current, currentLines);
        sawMarker = true;
        current = NotebookCell();
        current.firstLine = i + 1;
        QString title = match.captured(1);
        if (markdownTag.match(title).hasMatch()) {
            current.kind = NotebookCell::Kind::Markdown;
            title.remove(markdownTag);
        }
        current.title = title.trimmed();
        currentLines.clear();
    }
    if (sawMarker || !isBlank(currentLines))
        appendCell(cells, current, currentLines);
    return cells;
}

} // namespace sandbench
