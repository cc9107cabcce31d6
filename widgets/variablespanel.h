// The session's variables as the worker describes them (name, type, shape or length, memory, a
// short repr); tables open in the data panel. Also
// the names editors may complete: variables and the columns of DataFrames.
#pragma once

#include <QJsonArray>
#include <QStringListModel>
#include <QTreeWidget>

namespace sandbench {

class VariablesPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit VariablesPanel(QWidget *parent = nullptr);

    // A "variables" reply (sandbox/PROTOCOL.md).
    void showVariables(const QJsonArray &variables);
    // A "table" reply's columns for a DataFrame: offered for completion as 'name'.
    void addColumns(const QString &variable, const QJsonArray &columns);
    // The names of DataFrame variables, whose columns are worth asking for.
    QStringList dataFrames() const;
    // The type the worker gave a variable, or empty.
    QString typeOf(const QString &name) const;
    QStringListModel *completionModel() { return &m_completions; }
    // Whether the data panel can show a variable of this type.
    static bool isTable(const QString &type);
    // The Type shown for a dask DataFrame (a larger-than-memory dataset or a frame made from one).
    static QString lazyFrameType();

Q_SIGNALS:
    // A table variable was double-clicked (or Enter pressed on it).
    void tableRequested(const QString &name);

private:
    void updateCompletions();

    QStringList m_names;
    QStringList m_columns;
    QStringListModel m_completions;
};

} // namespace sandbench
