// What the model is told: the analyst's question and only the context it needs to write a cell
// that runs in this sandbox (datasets, variables, the current cell and, for a fix, its error,
// the profile's rules in a few lines). Data is quoted as data, never as instructions, and a
// budget keeps the request within the model's context, saying what it left out.
#pragma once

#include "runrecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sandbench {
struct Profile;
}

namespace sandbench::llm {

struct DatasetSummary
{
    QString name;                           // the variable it is loaded as
    qint64 rows = -1;                       // -1: unknown
    QList<QPair<QString, QString>> columns; // name, dtype
    QList<QStringList> sampleRows;          // as text; sent only when samples are allowed
};

struct VariableSummary
{
    QString name;
    QString type;
    QString shape; // "10000×8", "" when it has none
};

// The profile's rules as the model needs them; see rulesFromProfile().
struct SandboxRules
{
    QString profileName;
    QStringList allowedImports;
    QStringList reviewedImports; // allowed after a reviewer approves
    bool writeOutput = true;     // files may be written into the output folder
};

SandboxRules rulesFromProfile(const Profile &profile);

enum class Task
{
    Ask,     // write code for the question
    Fix,     // the current cell failed or was refused: correct it
    Explain, // explain the current cell and its outcome in words
};

struct ContextInput
{
    Task task = Task::Ask;
    QString question;
    QList<DatasetSummary> datasets;
    QList<VariableSummary> variables;
    QString currentCell;
    QString traceback;           // for a fix
    QList<Violation> violations; // for a fix
    SandboxRules rules;
    bool includeSamples = false; // Endpoint::isLocal() by default; the user decides
    int contextTokens = 8192;    // the model's context size
    int answerTokens = 1024;     // kept free for the answer
};

struct BuiltContext
{
    QJsonArray messages; // exactly what is sent
    QString sha256;      // of the messages as sent (messagesSha256)
    int estimatedTokens = 0;
    QStringList omitted; // what the budget left out, one line each, for the user
    bool fits = true;    // false: even the question and the rules alone are over budget
};

class ContextBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ContextBuilder)

public:
    static BuiltContext build(const ContextInput &input);
    // A deliberately simple estimate (about 4 characters a token, as in English prose and code;
    // datasets' JSON quoting is denser): cheap, monotone and on the safe side for typical
    // tokenizers.
    static int estimateTokens(const QString &text);
    // SHA-256 of the messages' compact JSON: the same bytes the request carries.
    static QString messagesSha256(const QJsonArray &messages);
    // A value quoted for the prompt: a JSON string, control characters escaped and bounded in
    // length, so no value can end the data section or pose as an instruction line.
    static QString quoted(const QString &value, int maxChars = 80);
    static QString systemPrompt(const SandboxRules &rules);
};

} // namespace sandbench::llm
