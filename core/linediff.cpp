#include "linediff.h"

#include <QStringList>
#include <vector>

namespace sandbench {
namespace {

QStringList linesOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast(); // a final newline ends the last line; it is not a line of its own
    return lines;
}

} // namespace

QList<DiffLine> lineDiff(const QString &before, const QString &after)
{
    const QStringList a = linesOf(before);
    const QStringList b = linesOf(after);
    QList<DiffLine> diff;
    if (a.size() > kDiffMaxLines || b.size() > kDiffMaxLines) {
        for (const QString &line : a)
            diff.append({DiffLine::Kind::Removed, line});
        for (const QString &line : b)
            diff.append({DiffLine::Kind::Added, line});
        return diff;
    }
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] =
                a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            diff.append({DiffLine::Kind::Same, a.at(i)});
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            diff.append({DiffLine::Kind::Removed, a.at(i++)});
        } else {
            diff.append({DiffLine::Kind::Added, b.at(j++)});
        }
    }
    while (i < n)
        diff.append({DiffLine::Kind::Removed, a.at(i++)});
    while (j < m)
        diff.append({DiffLine::Kind::Added, b.at(j++)});
    return diff;
}

QString unifiedText(const QList<DiffLine> &diff)
{
    QStringList lines;
    for (const DiffLine &line : diff) {
        const QString mark = line.kind == DiffLine::Kind::Added     ? QStringLiteral("+ ")
                             : line.kind == DiffLine::Kind::Removed ? QStringLiteral("- ")
                                                                    : QStringLiteral("  ");
        lines.append(mark + line.text);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sandbench
