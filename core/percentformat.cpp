#include "percentformat.h"

#include <QJsonDocument>
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
    cell.blankLinesAfter = 0;
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty()) {
        lines.removeLast();
        ++cell.blankLinesAfter;
    }
    cell.source = lines.join(QLatin1Char('\n'));
    cells.append(cell);
}

// jupytext's key=value metadata after the title, for the one key Sandbench writes; a value that
// is not a JSON object stays part of the title.
const QString kMetadataKey = QStringLiteral("sandbench");

void takeMetadata(NotebookCell &cell, QString &title)
{
    static const QRegularExpression metadata(QStringLiteral(R"((?:^|\s)sandbench=(\{.*\})\s*$)"));
    const QRegularExpressionMatch match = metadata.match(title);
    if (!match.hasMatch())
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(match.captured(1).toUtf8());
    if (!doc.isObject())
        return;
    cell.metadata = doc.object();
    title.truncate(match.capturedStart());
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
        const bool blankPreamble = !sawMarker && isBlank(currentLines);
        if (!blankPreamble)
            appendCell(cells, current, currentLines);
        sawMarker = true;
        current = NotebookCell();
        current.firstLine = i + 1;
        current.marker = lines.at(i);
        if (blankPreamble)
            current.blankLinesBefore = int(currentLines.size());
        QString title = match.captured(1);
        takeMetadata(current, title);
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

QString writePercentFormat(const QList<NotebookCell> &cells)
{
    QStringList lines;
    for (int i = 0; i < cells.size(); ++i) {
        const NotebookCell &cell = cells.at(i);
        if (i == 0) {
            for (int n = 0; n < cell.blankLinesBefore; ++n)
                lines.append(QString());
        }
        if (!cell.marker.isEmpty()) {
            lines.append(cell.marker);
        } else if (i > 0 || cell.kind == NotebookCell::Kind::Markdown || !cell.title.isEmpty() ||
                   !cell.metadata.isEmpty() || cell.source.trimmed().isEmpty()) {
            // Only a first code cell with text may go without a marker: anywhere else it would
            // merge into the cell above (or vanish) when the file is read again.
            QString marker = QStringLiteral("# %%");
            if (cell.kind == NotebookCell::Kind::Markdown)
                marker += QStringLiteral(" [markdown]");
            if (!cell.title.isEmpty())
                marker += QLatin1Char(' ') + cell.title;
            if (!cell.metadata.isEmpty())
                marker += QStringLiteral(" %1=%2").arg(
                    kMetadataKey,
                    QString::fromUtf8(QJsonDocument(cell.metadata).toJson(QJsonDocument::Compact)));
            lines.append(marker);
        }
        if (!cell.source.isEmpty())
            lines.append(cell.source.split(QLatin1Char('\n')));
        for (int n = 0; n < cell.blankLinesAfter; ++n)
            lines.append(QString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sandbench
