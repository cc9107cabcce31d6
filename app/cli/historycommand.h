// `sandbench history` (find runs) and `sandbench show RUN_ID` (one run with its provenance).
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sandbench::cli {

class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    HistoryCommand();
    int run(const QStringList &arguments); // what follows "history"

private:
    QTextStream m_out;
};

class ShowCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)

public:
    ShowCommand();
    int run(const QStringList &arguments); // what follows "show"

private:
    QTextStream m_out;
};

} // namespace sandbench::cli
