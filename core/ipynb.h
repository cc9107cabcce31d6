// Notebook interchange: Jupyter's .ipynb (nbformat 4) in and out, and the cells of any notebook
// file Sandbench reads (.ipynb, a percent-format .py, a script `sandbench export` wrote).
#pragma once

#include "percentformat.h"
#include "sessionexport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sandbench {

class Ipynb
{
    Q_DECLARE_TR_FUNCTIONS(Ipynb)

public:
    // The session's kept cells with their outputs (stdout, stderr, result, figures as PNG), a
    // markdown cell with the export header first, provenance in the metadata. nbformat 4.5.
    static QJsonObject fromSession(const SessionExport &session);

    // The code and markdown cells of an nbformat 4 notebook; outputs are ignored. A markdown
    // cell's lines come back commented ("# text"), as the percent format keeps them. Nothing,
    // with a reason naming the file, when the JSON is not such a notebook.
    static std::optional<QList<NotebookCell>> parse(const QByteArray &json, const QString &path,
                                                    QString *error);
};

// The cells of a percent-format script; for a script `sandbench export` wrote, only the
// session's cells (not its runner).
QList<NotebookCell> cellsOfScript(const QString &text);

// Reads .ipynb as a notebook and anything else as a percent-format script.
std::optional<QList<NotebookCell>> readNotebookFile(const QString &path, QString *error);

} // namespace sandbench
