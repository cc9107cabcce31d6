// A run's rich outputs (issue 15 item 3): what display(), IPython.display's objects and a
// table-like cell result showed, as Jupyter MIME bundles, in the order the cell made them.
// The worker sends them in the execute reply's rich_outputs (sandbox/protocol/protocol.json,
// rich_output); ReplyDecoder checks them; the store keeps them with the run, so history and
// export show the same outputs.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace sandbench {

struct RichOutput
{
    bool isResult =
        false; // Jupyter's execute_result (the cell's last expression); else display_data
    // Where it sits in the run's stdout: the UTF-16 index into stdoutText it follows.
    qsizetype stdoutAt = 0;
    QString plain; // text/plain: always there (the command line and plain exports use it)
    QString markdown;
    QString html;
    QByteArray png; // the PNG's bytes (base64 on the wire and in the store)
    int pngWidth = 0;
    int pngHeight = 0;
    // A DataFrame or Series: the session variable the app pages lazily (a hidden name for a
    // displayed or computed frame), and its size when it was shown. Empty: no table.
    QString tableName;
    qint64 tableRows = 0;
    qint64 tableColumns = 0;

    bool hasTable() const { return !tableName.isEmpty(); }
    // "display_data" or "execute_result".
    QString outputType() const;
    // {"text/plain": ..., "text/html": ..., "image/png": base64} as nbformat writes "data".
    QJsonObject mimeBundle() const;
    bool operator==(const RichOutput &other) const;
};

// The store's spelling, the worker's own ({kind, stdout_at, data, table}), except that
// stdout_at is the UTF-16 index. Read back without a check beyond types: the store wrote it.
QJsonArray richOutputsToJson(const QList<RichOutput> &outputs);
QList<RichOutput> richOutputsFromJson(const QJsonArray &array);

// A table hidden name of the worker's (sandbench_worker/rich.py), to be shown as a label.
bool isHiddenTableName(const QString &name);

} // namespace sandbench
