// The options every session-starting subcommand shares (--db, --data, --out) and their checks.
#pragma once

#include "sessionrunner.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <memory>
#include <optional>

namespace sandbench::cli {

class SessionOptions
{
    Q_DECLARE_TR_FUNCTIONS(SessionOptions)

public:
    SessionOptions();
    void addTo(QCommandLineParser &parser) const;

    // Fills config and databasePath from a parsed command line; false with a message naming the
    // bad input otherwise.
    bool read(const QCommandLineParser &parser, SessionConfig &config, QString &databasePath,
              QString *error) const;

    static QCommandLineOption databaseOption();

private:
    QCommandLineOption m_db;
    QCommandLineOption m_data;
    QCommandLineOption m_datesAsText;
    QCommandLineOption m_dataLazy;
    QCommandLineOption m_out;
    QCommandLineOption m_read;
    QCommandLineOption m_forceRead;
    QCommandLineOption m_workdir;
    QCommandLineOption m_profile;
    QCommandLineOption m_timeout;
    QCommandLineOption m_memory;
    QCommandLineOption m_cluster;
    QCommandLineOption m_snapshots;
};

// Opens the store for a command that only reads or reviews runs; on failure prints the reason
// and returns nothing (the exit status is ExitCode::CantCreate).
std::unique_ptr<RunStore> openStoreFor(const QString &command, const QCommandLineParser &parser);

// The error line format shared by every subcommand; returns the usage exit status.
int usageError(const QString &command, const QString &message);
// The parser's help with "Usage:" naming the command as the user types it, not the binary's path.
QString helpTextFor(const QCommandLineParser &parser, const QString &command);
// Parses a subcommand's arguments. Returns the exit status when the command is done already (a
// usage error was printed, or --help was written to out), nothing when it should go on.
std::optional<int> parseCommand(QCommandLineParser &parser, const QString &command,
                                const QStringList &arguments, QTextStream &out);

} // namespace sandbench::cli
