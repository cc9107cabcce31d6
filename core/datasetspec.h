// A dataset the user names on the command line or in the window: NAME=PATH.
#pragma once

#include <QCoreApplication>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <optional>

namespace sandbench {

struct DatasetSpec
{
    QString name; // a Python identifier: the DataFrame's variable name
    QString path; // absolute
    // Text columns whose every value is an ISO 8601 date (2024-03-01, 2024-03-01T09:30) load as
    // dates, as an analyst expects of a "date" column; off keeps them as the file's text.
    bool isoDates = true;
    // Larger than memory (issue 18): the variable is a dask DataFrame read in blocks instead of
    // a pandas DataFrame loaded whole. Chosen by the user, or by the profile's
    // datasets.lazy_above_mb for a file above that size when the dataset is registered.
    bool lazy = false;
};

class DatasetSpecParser
{
    Q_DECLARE_TR_FUNCTIONS(DatasetSpecParser)

public:
    // Parses "sales=data/sales.csv", resolving the path against the working directory. On failure
    // returns nothing with a message that names the input and the fix.
    static std::optional<DatasetSpec> parse(const QString &text, QString *error);
    static bool isValidName(const QString &name);
    // Why FILE (given as TEXT) cannot be a dataset: missing, a folder, a pipe, a device.
    static QString notAFile(const QString &text, const QFileInfo &file);
    // Python's reserved words (3.11), which no variable may be named.
    static const QStringList &pythonKeywords();
    // The data formats the worker loads, by file suffix (lower case, no dot): one table, in
    // sandbox/protocol/protocol.json, for the worker, the window and the exported script.
    static const QStringList &knownSuffixes();
    // The format the worker reads PATH as (csv, tsv, json, jsonl, excel, parquet); csv when its
    // suffix names none.
    static QString formatOf(const QString &path);
};

} // namespace sandbench
