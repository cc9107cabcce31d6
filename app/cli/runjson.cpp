#include "runjson.h"

#include "runstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbench::cli {

QJsonObject runToJson(const RunRecord &run, bool recorded, const QString &storeError)
{
    QJsonArray figures;
    for (const Figure &figure : run.figures)
        figures.append(figure.path);
    QJsonObject line{
        {QStringLiteral("cell"), run.cellIndex},
        {QStringLiteral("status"), runStatusName(run.status)},
        {QStringLiteral("stdout"), run.stdoutText},
        {QStringLiteral("stderr"), run.stderrText},
        {QStringLiteral("result"), run.result ? QJsonValue(*run.result) : QJsonValue()},
        {QStringLiteral("figures"), figures},
        {QStringLiteral("run_id"), recorded ? QJsonValue(run.id) : QJsonValue()},
        {QStringLiteral("session"), run.sessionId},
        {QStringLiteral("duration_ms"), run.durationMs},
        {QStringLiteral("violations"),
         QJsonDocument::fromJson(RunStore::violationsToJson(run.violations).toUtf8()).array()},
        {QStringLiteral("profile"), run.profileName},
        {QStringLiteral("code_sha256"), run.codeSha256},
        {QStringLiteral("state_changes"), QJsonArray::fromStringList(run.stateChanges)},
        // display() outputs and a rich result as MIME bundles, in order (richoutputs.h).
        {QStringLiteral("rich_outputs"), richOutputsToJson(run.richOutputs)},
    };
    // An error whose state was kept (--on-error keep, serve's "on_error"); the store keeps it
    // too, so `show --json` says it as well.
    if (run.stateKeptOnError)
        line.insert(QStringLiteral("state_kept"), true);
    if (!recorded)
        line.insert(QStringLiteral("store_error"), storeError);
    return line;
}

namespace {

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject decisionToJson(const ReviewDecision &decision)
{
    return QJsonObject{
        {QStringLiteral("id"), decision.id},
        {QStringLiteral("run_id"), decision.runId},
        {QStringLiteral("decision"),
         decision.approved ? QStringLiteral("approved") : QStringLiteral("rejected")},
        {QStringLiteral("reviewer"), decision.reviewer},
        {QStringLiteral("note"), decision.note},
        {QStringLiteral("decided_at"), isoTime(decision.decidedAt)},
        {QStringLiteral("code_sha256"), decision.binding.codeSha256},
        {QStringLiteral("profile_sha256"), decision.binding.profileSha256},
        {QStringLiteral("limits_sha256"), decision.binding.limitsSha256},
        {QStringLiteral("inputs_sha256"),
         decision.binding.bindsInputs ? QJsonValue(decision.binding.inputsSha256) : QJsonValue()},
        {QStringLiteral("supersedes"), idOrNull(decision.supersedes)},
    };
}

QJsonObject runProvenanceToJson(const RunRecord &run, const std::optional<ReviewDecision> &approval)
{
    QJsonArray inputs;
    for (const InputFile &input : run.inputs)
        inputs.append(QJsonObject{{QStringLiteral("name"), input.name},
                                  {QStringLiteral("path"), input.path},
                                  {QStringLiteral("size"), input.size},
                                  {QStringLiteral("mtime_ns"), input.mtimeNs},
                                  {QStringLiteral("sha256"), input.sha256}});
    QJsonArray outputs;
    for (const OutputFile &output : run.outputs)
        outputs.append(QJsonObject{{QStringLiteral("path"), output.path},
                                   {QStringLiteral("size"), output.size},
                                   {QStringLiteral("sha256"), output.sha256}});
    QJsonArray figures;
    for (const Figure &figure : run.figures)
        figures.append(QJsonObject{{QStringLiteral("path"), figure.path},
                                   {QStringLiteral("sha256"), figure.sha256},
                                   {QStringLiteral("width"), figure.width},
                                   {QStringLiteral("height"), figure.height}});
    QJsonObject object = runToJson(run, true, QString());
    object.insert(QStringLiteral("figures"), figures);
    object.insert(QStringLiteral("code"),
                  QJsonObject{{QStringLiteral("text"), run.code},
                              {QStringLiteral("sha256"), run.codeSha256},
                              {QStringLiteral("origin"), run.codeOrigin},
                              {QStringLiteral("llm_model"), run.llmModel},
                              {QStringLiteral("prompt_sha256"), run.llmPromptSha256},
                              {QStringLiteral("endpoint_host"), run.llmEndpointHost}});
    object.insert(QStringLiteral("inputs"), inputs);
    object.insert(QStringLiteral("inputs_sha256"), run.inputsSha256);
    object.insert(QStringLiteral("outputs"), outputs);
    QJsonObject environment = run.environment;
    environment.insert(QStringLiteral("profile"), run.profileName);
    environment.insert(QStringLiteral("profile_sha256"), run.profileSha256);
    environment.insert(QStringLiteral("limits_sha256"), run.limitsSha256);
    object.insert(QStringLiteral("environment"), environment);
    object.insert(
        QStringLiteral("execution"),
        QJsonObject{{QStringLiteral("started_at"), isoTime(run.startedAt)},
                    {QStringLiteral("finished_at"), isoTime(run.finishedAt)},
                    {QStringLiteral("wall_ms"), run.durationMs},
                    {QStringLiteral("cpu_ms"), run.cpuMs ? QJsonValue(*run.cpuMs) : QJsonValue()},
                    {QStringLiteral("peak_rss_kb"),
                     run.peakRssKb ? QJsonValue(*run.peakRssKb) : QJsonValue()},
                    {QStringLiteral("status"), runStatusName(run.status)},
                    {QStringLiteral("session"), run.sessionId},
                    {QStringLiteral("parent_run_id"), idOrNull(run.parentRunId)}});
    object.insert(QStringLiteral("approval"),
                  approval ? QJsonValue(decisionToJson(*approval)) : QJsonValue());
    return object;
}

} // namespace sandbench::cli
