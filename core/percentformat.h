// The percent cell format of Spyder, VS Code and jupytext: cells start at lines beginning "# %%".
#pragma once

#include <QList>
#include <QString>

namespace sandbench {

struct NotebookCell
{
    enum class Kind
    {
        Code,
        Markdown
    };
    Kind kind = Kind::Code;
    QString title;     // text after "# %%" (without a "[markdown]" tag), often empty
    QString source;    // the cell's lines without the marker line, trailing blank lines dropped
    int firstLine = 1; // 1-based line of the marker (or of the file's first line)
};

// A file without markers is one code cell. Text before the first marker becomes a code cell of
// its own unless it is blank.
QList<NotebookCell> parsePercentFormat(const QString &text);

} // namespace sandbench
