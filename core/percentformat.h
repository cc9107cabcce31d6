// The percent cell format of Spyder, VS Code and jupytext: cells start at lines beginning "# %%".
// A marker may end in cell metadata as jupytext writes it, key=JSON: Sandbench reads and writes
// one key, "sandbench" (where the cell's code came from: {"origin": "llm", "model", ...}).
#pragma once

#include <QJsonObject>
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
    QString title; // text after "# %%" (without a "[markdown]" tag or metadata), often empty
    // The marker's sandbench={...} metadata (empty when it has none). A cell whose metadata
    // changed needs a new marker: clear marker and it is written from title and metadata.
    QJsonObject metadata;
    QString source;    // the cell's lines without the marker line, trailing blank lines dropped
    int firstLine = 1; // 1-based line of the marker (or of the file's first line)
    // What writePercentFormat() needs to give back the text it was parsed from: the marker line as
    // written (empty for text before the first marker, or for a new cell: one is generated), the
    // blank lines after the source, and for the first cell the blank lines before its marker.
    QString marker;
    int blankLinesAfter = 1;
    int blankLinesBefore = 0;
};

// A file without markers is one code cell. Text before the first marker becomes a code cell of
// its own unless it is blank.
QList<NotebookCell> parsePercentFormat(const QString &text);

// The inverse of parsePercentFormat(): parsing a file and writing its cells gives the same text
// (line endings become "\n"). Cells without a marker get "# %%" or "# %% [markdown]" and their
// title; a markdown cell's source is written as it is, so keep its lines commented ("# text").
QString writePercentFormat(const QList<NotebookCell> &cells);

} // namespace sandbench
