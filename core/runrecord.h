// What one cell's execution produced, as the worker reported it and as the store keeps it.
#pragma once

#include "protocolnames.h"
#include "richoutputs.h"
#include "runstatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
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
    QString layer; // one of violationLayers()

    bool operator==(const Violation &other) const
    {
        return rule == other.rule && message == other.message && line == other.line &&
               col == other.col && layer == other.layer;
    }
};

// The layers that may refuse a cell, as the worker names them: the Python advisors (static,
// runtime, review), the C level (audit, guard, and verdict: the worker's C++ found the reply itself
// wrong, sandbox/worker/verdict.h) and the kernel (landlock, seccomp, limit).
inline const QStringList &violationLayers()
{
    static const QStringList layers =
        wireNames(protocol::kLayers); // sandbox/protocol/protocol.json
    return layers;
}

// Violations as the worker and the store spell them: [{"rule", "message", "line", "col", "layer"}].
inline QList<Violation> violationsFromJson(const QJsonArray &array)
{
    QList<Violation> violations;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        violations.append(
            {o.value(QStringLiteral("rule")).toString(),
             o.value(QStringLiteral("message")).toString(), o.value(QStringLiteral("line")).toInt(),
             o.value(QStringLiteral("col")).toInt(), o.value(QStringLiteral("layer")).toString()});
    }
    return violations;
}

// State a cell changed that later cells see but that is the analyst's to change (pandas options,
// matplotlib's rcParams, the global random states): the worker's C++ library guard names each,
// "display.float_format", "rcParams['figure.dpi']". It comes from the worker, so it is bounded:
// at most kMaxStateChanges names of at most kMaxStateChangeLength characters, strings only.
inline constexpr int kMaxStateChanges = 64;
inline constexpr int kMaxStateChangeLength = 200;

inline QStringList stateChangesFromJson(const QJsonArray &array)
{
    QStringList changes;
    for (const QJsonValue &value : array) {
        if (changes.size() >= kMaxStateChanges)
            break;
        if (!value.isString())
            continue;
        QString name = value.toString().left(kMaxStateChangeLength);
        // A name is one line of plain text wherever it is shown.
        for (QChar &c : name) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                c = QChar::ReplacementCharacter;
        }
        if (!name.isEmpty() && !changes.contains(name))
            changes.append(name);
    }
    return changes;
}

// The session's global names a run read and wrote (issue 15, stale cells), as the worker found them
// (sandbox/python/sandbench_worker/names.py): what core/staleness.h derives stale cells from. It
// comes from the worker, so it is bounded: at most protocol::kLimitRunNames names each, every one
// a Python identifier of at most protocol::kLimitRunNameChars characters.
struct NamesUsed
{
    QStringList read;
    QStringList written;
    // False when the run did not report them: the keeper's own replies (timeout, crashed), and
    // runs recorded before the store kept them (schema 5).
    bool known = false;

    bool operator==(const NamesUsed &other) const
    {
        return known == other.known && read == other.read && written == other.written;
    }
};

// Whether text is a name a Python identifier may be (letters, digits, marks and underscores, not
// starting with a digit) of at most protocol::kLimitRunNameChars: no spaces, controls or
// separators, so it shows as one word.
inline bool isSessionName(QStringView name)
{
    if (name.isEmpty() || name.size() > protocol::kLimitRunNameChars || name.front().isDigit())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_') || c.isSurrogate()))
            return false;
    }
    return true;
}

// Names as the worker and the store spell them (a JSON list of strings), bounded, the invalid and
// repeated ones dropped, sorted: the database is a file a user may have edited.
inline QStringList sessionNamesFromJson(const QJsonArray &array)
{
    QStringList names;
    for (const QJsonValue &value : array) {
        if (names.size() >= protocol::kLimitRunNames)
            break;
        const QString name = value.toString();
        if (value.isString() && isSessionName(name))
            names.append(name);
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

// A dataset as a run read it: which file, and exactly which bytes.
struct InputFile
{
    QString name; // the variable it was loaded as
    QString path;
    qint64 size = 0;
    qint64 mtimeNs = 0;
    QString sha256;

    bool operator==(const InputFile &other) const
    {
        return name == other.name && path == other.path && size == other.size &&
               mtimeNs == other.mtimeNs && sha256 == other.sha256;
    }
};

// A file the run created or changed in the output folder.
struct OutputFile
{
    QString path;
    qint64 size = 0;
    QString sha256;
};

// Where a cell's code came from. "llm" runs also record the model and the prompt's hash.
namespace CodeOrigin {
inline const QString Typed = QStringLiteral("typed");
inline const QString Pasted = QStringLiteral("pasted");
inline const QString File = QStringLiteral("file");
inline const QString Llm = QStringLiteral("llm");
inline const QString Import = QStringLiteral("import");
inline bool isKnown(const QString &origin)
{
    return origin == Typed || origin == Pasted || origin == File || origin == Llm ||
           origin == Import;
}
} // namespace CodeOrigin

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
    std::optional<double> cpuMs;     // user + system time of the cell's process
    std::optional<qint64> peakRssKb; // peak resident memory of the cell's process
    QJsonObject packages;            // allowed top-level packages imported: name -> version
    // Blocks of larger-than-memory datasets the run computed: [{dataset, path, blocks [[block,
    // first byte, end byte]], bytes, of_blocks}] (issue 18), recorded in the environment.
    QJsonArray lazyReads;
    // What a cell on a sandboxed cluster sent there, the cell's process's own account (issue 18):
    // {computations, tasks, keys_sha256, reads [{path, blocks, bytes}]}; empty without a cluster.
    QJsonObject clusterGraph;
    QStringList stateChanges;        // see stateChangesFromJson
    NamesUsed names;                 // the session names the run read and wrote
    // The worker kept what the cell did although it failed (on_error keep, status error only).
    bool stateKept = false;
    // Crashed replies of a snapshot that took over from a killed keeper only: the request id of
    // the last cell whose state the session holds now (0: none). Cells after it are lost.
    std::optional<quint64> restoredTo;
    // display() outputs and a rich result, in order (richoutputs.h).
    QList<RichOutput> richOutputs;
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

    // Provenance (schema 3). Empty or zero on runs recorded before it.
    QString codeSha256;
    QString codeOrigin; // CodeOrigin
    QString llmModel;   // when codeOrigin is "llm"
    QString llmPromptSha256;
    QString llmEndpointHost; // schema 5: "localhost:11434", never a key or a path
    QList<InputFile> inputs;
    QString inputsSha256; // of all inputs together; approvals may bind to it
    bool reviewBindsInputs = false;
    QList<OutputFile> outputs;
    // python, packages {name: version}, worker_build, limits {key: value}
    QJsonObject environment;
    QString limitsSha256; // of the limits in force
    std::optional<double> cpuMs;
    std::optional<qint64> peakRssKb;
    qint64 parentRunId = 0; // the last ok run the session's state derived from; 0: none
    qint64 approvalId = 0;  // the review decision that let this run execute; 0: none needed
    // Schema 4: state the cell changed for later cells (stateChangesFromJson).
    QStringList stateChanges;
    // Schema 5: the session names the run read and wrote (NamesUsed); not known before it.
    NamesUsed names;
    // This session kept what the failed cell did (SessionRunner::setKeepStateOnError); later runs
    // name it as their parent run. Stored in the environment blob (RunStore, issue 13).
    bool stateKeptOnError = false;
    // display() outputs and a rich result, in order (richoutputs.h). Stored in the environment
    // blob like stateKeptOnError (RunStore): no schema change.
    QList<RichOutput> richOutputs;
};

} // namespace sandbench
