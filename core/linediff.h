// A line diff of two texts (longest common subsequence), for showing a proposed change to a cell
// before it is accepted. Cells are short; texts beyond kMaxLines lines each are shown as all
// removed, then all added, rather than spending quadratic time.
#pragma once

#include <QList>
#include <QString>

namespace sandbench {

struct DiffLine
{
    enum class Kind
    {
        Same,
        Removed,
        Added
    };
    Kind kind = Kind::Same;
    QString text;
};

constexpr int kDiffMaxLines = 3000;

QList<DiffLine> lineDiff(const QString &before, const QString &after);
// "+ line" / "- line" / "  line", as a unified diff shows them (without hunk headers).
QString unifiedText(const QList<DiffLine> &diff);

} // namespace sandbench
