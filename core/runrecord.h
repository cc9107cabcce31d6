// What one cell's execution produced, as the worker reported it and as the store keeps it.
#pragma once

#include "runstatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sandbench {

struct Figure
{
    QString format = QStringLiteral("png");
    QByteArray data; // in memory until saved; empty once only the file is kept
    QString path;    // where it was saved in the output folder
    QString sha256;  // of the file's bytes
    int width = 0;
    int height = 0;
};

// A refusal by one of the sandbox's layers: which rule, where in the cell, which layer.
struct Violation
{
    QString rule;
    QString message;
    int line = 0;  // 1-based; 0 when unknown
    int col = 0;   // 1-based; 0 when unknown
    QString layer; // static, runtime, audit, landlock, seccomp, limit

    bool operator==(const Violation &other) const
    {
        return rule == other.rule && message == other.message && line == other.line &&
               col == other.col && layer == other.layer;
    }
};

// The outcome of executing one cell in the worker.
struct CellResult
{
    RunStatus status = RunStatus::Error;
    QString stdoutText;
    QString stderrText;
    std::optional<QString> result; // repr of the last expression, when there was one
    QList<Figure> figures;
    QList<Violation> violations;
    double durationMs = 0.0;
};

// One row of the run store.
struct RunRecord
{
    qint64 id = 0;
    qint64 sessionId = 0;
    int cellIndex = 0;
    QString code;
    RunStatus status = RunStatus::Error;
    QString stdoutText;
    QString stderrText;
    std::optional<QString> result;
    QList<Figure> figures;
    QList<Violation> violations;
    QString profileName;
    QString profileSha256;
    QDateTime startedAt;
    QDateTime finishedAt;
    double durationMs = 0.0;
};

} // namespace sandbench
