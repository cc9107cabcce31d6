#include "runtext.h"

#include <QJsonObject>
#include <QLocale>

namespace sandbench::cli {
namespace {

QString when(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString megabytes(qint64 kilobytes)
{
    return QString::number(double(kilobytes) / 1024.0, 'f', 1);
}

} // namespace

QString RunText::firstLine(const QString &code, int width)
{
    const QString line = code.trimmed().section(QLatin1Char('\n'), 0, 0);
    return line.size() > width ? line.left(width - 3) + QStringLiteral("...") : line;
}

void RunText::printBlock(QTextStream &out, const QString &title, const QString &text)
{
    if (text.isEmpty())
        return;
    out << QStringLiteral("--- ") << title << Qt::endl << text;
    if (!text.endsWith(QLatin1Char('\n')))
        out << Qt::endl;
}

void RunText::printReasons(QTextStream &out, const QList<Violation> &reasons)
{
    for (const Violation &v : reasons)
        out << tr("  line %1, column %2 [%3, %4]: %5")
                   .arg(v.line)
                   .arg(v.col)
                   .arg(v.rule, v.layer, v.message)
            << Qt::endl;
}

void RunText::printDecision(QTextStream &out, const ReviewDecision &decision)
{
    out << tr("  decision %1: %2 by %3 on %4")
               .arg(decision.id)
               .arg(decision.approved ? tr("approved") : tr("rejected"), decision.reviewer,
                    when(decision.decidedAt));
    if (decision.supersedes > 0)
        out << tr(" (supersedes decision %1)").arg(decision.supersedes);
    out << Qt::endl;
    if (!decision.note.isEmpty())
        out << tr("    note: %1").arg(decision.note) << Qt::endl;
}

void RunText::printProvenance(QTextStream &out, const RunRecord &run,
                              const std::optional<ReviewDecision> &approval,
                              const QList<RecordedFileProblem> &problems)
{
    out << tr("run %1: %2, session %3, cell %4")
               .arg(run.id)
               .arg(runStatusName(run.status))
               .arg(run.sessionId)
               .arg(run.cellIndex)
        << Qt::endl;
    out << tr("  started  %1, finished %2").arg(when(run.startedAt), when(run.finishedAt))
        << Qt::endl;
    out << tr("  time     %1 ms wall, %2 CPU; peak memory %3")
               .arg(qRound64(run.durationMs))
               .arg(run.cpuMs ? tr("%1 ms").arg(qRound64(*run.cpuMs)) : tr("unknown"))
               .arg(run.peakRssKb ? tr("%1 MB").arg(megabytes(*run.peakRssKb)) : tr("unknown"))
        << Qt::endl;
    out << tr("  code     sha256 %1, origin %2")
               .arg(run.codeSha256, run.codeOrigin.isEmpty() ? tr("unknown") : run.codeOrigin);
    if (!run.llmModel.isEmpty() || !run.llmPromptSha256.isEmpty())
        out << tr(", model %1, prompt sha256 %2").arg(run.llmModel, run.llmPromptSha256);
    if (!run.llmEndpointHost.isEmpty())
        out << tr(", model server %1").arg(run.llmEndpointHost);
    out << Qt::endl;
    out << tr("  profile  %1, sha256 %2; limits sha256 %3")
               .arg(run.profileName, run.profileSha256, run.limitsSha256)
        << Qt::endl;
    const QJsonObject limits = run.environment.value(QStringLiteral("limits")).toObject();
    QStringList limitText;
    for (auto it = limits.begin(); it != limits.end(); ++it)
        limitText.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value().toInteger()));
    if (!limitText.isEmpty())
        out << tr("  limits   %1").arg(limitText.join(QLatin1Char(' '))) << Qt::endl;
    QStringList packages;
    const QJsonObject imported = run.environment.value(QStringLiteral("packages")).toObject();
    for (auto it = imported.begin(); it != imported.end(); ++it)
        packages.append(it.key() + QLatin1Char(' ') + it.value().toString());
    out << tr("  python   %1; worker %2 (sha256 %3)")
               .arg(run.environment.value(QStringLiteral("python")).toString(),
                    run.environment.value(QStringLiteral("worker_version")).toString(),
                    run.environment.value(QStringLiteral("worker_sha256")).toString())
        << Qt::endl;
    out << tr("  packages %1")
               .arg(packages.isEmpty() ? tr("none") : packages.join(QStringLiteral(", ")))
        << Qt::endl;
    // Legitimate state the run changed for later cells (issue 12): a reviewer sees "display.
    // float_format" here, next to what the run read and wrote.
    out << tr("  changed  %1")
               .arg(run.stateChanges.isEmpty() ? tr("no session state")
                                               : run.stateChanges.join(QStringLiteral(", ")))
        << Qt::endl;
    out << tr("  parent   %1")
               .arg(run.parentRunId > 0 ? tr("run %1").arg(run.parentRunId)
                                        : tr("none (a fresh session state)"))
        << Qt::endl;
    if (run.stateKeptOnError)
        out << tr("  state    kept after the error (on-error keep): later cells build on what "
                  "this cell did before it raised")
            << Qt::endl;
    if (approval) {
        out << tr("  approval") << Qt::endl;
        printDecision(out, *approval);
    }
    if (!run.inputs.isEmpty()) {
        out << tr("inputs") << Qt::endl;
        for (const InputFile &input : run.inputs)
            out << tr("  %1 = %2, %3 bytes, modified %4, sha256 %5")
                       .arg(input.name, input.path)
                       .arg(input.size)
                       .arg(when(QDateTime::fromMSecsSinceEpoch(input.mtimeNs / 1000000)),
                            input.sha256)
                << Qt::endl;
    }
    if (!run.outputs.isEmpty() || !run.figures.isEmpty()) {
        out << tr("outputs") << Qt::endl;
        for (const Figure &figure : run.figures)
            out << tr("  %1 (figure), sha256 %2").arg(figure.path, figure.sha256) << Qt::endl;
        for (const OutputFile &output : run.outputs)
            out << tr("  %1, %2 bytes, sha256 %3")
                       .arg(output.path)
                       .arg(output.size)
                       .arg(output.sha256)
                << Qt::endl;
    }
    if (!problems.isEmpty()) {
        out << tr("recorded files that changed since the run") << Qt::endl;
        for (const RecordedFileProblem &problem : problems)
            out << QStringLiteral("  ! ") << RecordedFiles::describe(problem) << Qt::endl;
    }
    if (!run.violations.isEmpty()) {
        out << (run.status == RunStatus::PendingReview ? tr("reasons for review")
                                                       : tr("violations"))
            << Qt::endl;
        printReasons(out, run.violations);
    }
    printBlock(out, tr("code"), run.code);
    printBlock(out, tr("stdout"), run.stdoutText);
    printBlock(out, tr("stderr"), run.stderrText);
    for (const RichOutput &output : run.richOutputs) {
        if (!output.isResult)
            printBlock(out, tr("displayed"), output.plain);
    }
    if (run.result)
        printBlock(out, tr("result"), *run.result);
}

} // namespace sandbench::cli
