#include "sessionexport.h"

#include "datasetspec.h"
#include "sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace sandbench {
namespace {

const QString kRecordPlaceholder =
    QStringLiteral("RECORD = {}  # sandbench export writes the session's record here");

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("?");
}

QString pythonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == '\\' || u == '"') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u == '\n') {
            out += QStringLiteral("\\n");
        } else if (u == '\r') {
            out += QStringLiteral("\\r");
        } else if (u == '\t') {
            out += QStringLiteral("\\t");
        } else if (u < 0x20 || u == 0x7f) {
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate()) {
            // A lone surrogate cannot be written as UTF-8; Python reads the escape back as it was.
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out + QLatin1Char('"');
}

// Words of text on lines of at most width characters, the first after prefix, the rest indented
// as far.
QStringList wrapped(const QString &text, const QString &prefix, int width = 96)
{
    QStringList lines;
    QString line = prefix;
    const QString indent(prefix.size(), QLatin1Char(' '));
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (line.size() > indent.size() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line = indent;
        }
        line += (line.size() > indent.size() ? QStringLiteral(" ") : QString()) + word;
    }
    lines.append(line);
    return lines;
}

// Text that goes into the raw docstring: no triple quote, no control character but newlines.
QString docstringSafe(QString text)
{
    text.replace(QLatin1String("\"\"\""), QLatin1String("'''"));
    for (QChar &c : text) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    return text;
}

QString leftOutReason(RunStatus status)
{
    switch (status) {
    case RunStatus::Ok:
        return SessionExport::tr("rolled back (undo, a restart or a new worker): the session's "
                                 "final state does not derive from it");
    case RunStatus::Error:
        return SessionExport::tr("it failed with an exception");
    case RunStatus::Rejected:
        return SessionExport::tr("the sandbox's check refused it; it never ran");
    case RunStatus::Denied:
        return SessionExport::tr("the sandbox stopped one of its operations");
    case RunStatus::Timeout:
    case RunStatus::Memory:
    case RunStatus::OutputLimit:
        return SessionExport::tr("it hit a limit (%1)").arg(runStatusName(status));
    case RunStatus::Crashed:
        return SessionExport::tr("the worker died while it ran");
    case RunStatus::PendingReview:
        return SessionExport::tr("it waited for a reviewer and did not run");
    case RunStatus::Interrupted:
        return SessionExport::tr("it was interrupted");
    case RunStatus::Tampered:
        return SessionExport::tr("its reply was forged from inside the sandbox");
    }
    return runStatusName(status);
}

// The ok runs the last ok run's state derives from, following parent_run_id back.
QList<RunRecord> stateChain(const QList<RunRecord> &runs)
{
    QHash<qint64, const RunRecord *> byId;
    const RunRecord *last = nullptr;
    bool legacy = false;
    for (const RunRecord &run : runs) {
        byId.insert(run.id, &run);
        if (run.status == RunStatus::Ok) {
            last = &run;
            legacy = legacy || run.codeSha256.isEmpty(); // recorded before provenance: no parents
        }
    }
    QList<RunRecord> chain;
    if (legacy) {
        for (const RunRecord &run : runs) {
            if (run.status == RunStatus::Ok)
                chain.append(run);
        }
        return chain;
    }
    QSet<qint64> seen;
    for (const RunRecord *run = last; run && !seen.contains(run->id);
         run = byId.value(run->parentRunId)) {
        seen.insert(run->id);
        chain.prepend(*run);
    }
    return chain;
}

} // namespace

QString pythonLiteral(const QJsonValue &value, int indent)
{
    const QString pad(indent + 4, QLatin1Char(' '));
    const QString close(indent, QLatin1Char(' '));
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("None");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return pythonString(value.toString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return QStringLiteral("[]");
        QString out = QStringLiteral("[\n");
        for (const QJsonValue &item : array)
            out += pad + pythonLiteral(item, indent + 4) + QStringLiteral(",\n");
        return out + close + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return QStringLiteral("{}");
        QString out = QStringLiteral("{\n");
        for (auto it = object.begin(); it != object.end(); ++it)
            out += pad + pythonString(it.key()) + QStringLiteral(": ") +
                   pythonLiteral(it.value(), indent + 4) + QStringLiteral(",\n");
        return out + close + QLatin1Char('}');
    }
    }
    return QStringLiteral("None");
}

std::optional<SessionExport> SessionExport::load(RunStore &store, qint64 sessionId, QString *error)
{
    QString storeError;
    const auto session = store.session(sessionId, &storeError);
    if (!session) {
        if (error)
            *error = storeError.isEmpty()
                         ? tr("there is no session %1 in %2; 'sandbench history' lists them")
                               .arg(sessionId)
                               .arg(store.path())
                         : storeError;
        return std::nullopt;
    }
    SessionExport result;
    result.m_session = *session;
    result.m_ranBy = QFileInfo(store.path()).owner();
    result.m_all = store.runsOfSession(sessionId, &storeError);
    if (!storeError.isEmpty()) {
        if (error)
            *error = storeError;
        return std::nullopt;
    }
    result.m_kept = stateChain(result.m_all);
    for (const RunRecord &run : std::as_const(result.m_all))
        result.m_fileProblems += RecordedFiles::check(run, result.m_all, session->outputDir);
    if (result.m_kept.isEmpty()) {
        if (error)
            *error = tr("session %1 has no cell that ended ok: there is nothing to re-run")
                         .arg(sessionId);
        return std::nullopt;
    }
    QSet<qint64> kept;
    for (const RunRecord &run : std::as_const(result.m_kept))
        kept.insert(run.id);
    ReviewQueue reviews(store);
    for (const RunRecord &run : std::as_const(result.m_all)) {
        if (!kept.contains(run.id))
            result.m_leftOut.append({run, leftOutReason(run.status)});
        std::optional<ReviewDecision> decision;
        if (run.approvalId > 0)
            decision = reviews.decision(run.approvalId);
        else if (run.status == RunStatus::PendingReview)
            if (const auto item = reviews.item(run.id))
                decision = item->decision;
        if (!decision)
            continue;
        auto known = std::find_if(
            result.m_approvals.begin(), result.m_approvals.end(),
            [&decision](const ExportedApproval &a) { return a.decision.id == decision->id; });
        if (known == result.m_approvals.end())
            known = result.m_approvals.insert(result.m_approvals.end(), {*decision, {}});
        if (run.approvalId > 0)
            known->ranAs.append(run.id);
    }
    // Each dataset with the hash the kept runs read it with; a file that changed mid-session is
    // checked against the first state and the header says so.
    for (const SessionDataset &dataset : store.sessionDatasets(sessionId)) {
        ExportedDataset exported{dataset.name,    dataset.path, datasetFormat(dataset.path), {}, 0,
                                 dataset.isoDates, dataset.lazy};
        QSet<QString> hashes;
        for (const RunRecord &run : std::as_const(result.m_kept)) {
            for (const InputFile &input : run.inputs) {
                if (input.name != dataset.name)
                    continue;
                if (exported.sha256.isEmpty()) {
                    exported.sha256 = input.sha256;
                    exported.size = input.size;
                }
                hashes.insert(input.sha256);
            }
        }
        if (hashes.size() > 1)
            result.m_datasetNotes.append(
                tr("The dataset %1 changed while the session ran; the script checks it against "
                   "the file the first kept cell read.")
                    .arg(dataset.name));
        result.m_datasets.append(exported);
    }
    return result;
}

QString SessionExport::datasetFormat(const QString &path)
{
    return DatasetSpecParser::formatOf(path); // the worker's table, so the script reads alike
}

QString SessionExport::normalizedCode(const QString &code)
{
    QString text = code;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    qsizetype end = text.size();
    while (end > 0 && QStringView(u" \t\r\n").contains(text.at(end - 1)))
        --end;
    return text.left(end);
}

QString SessionExport::relativeOutputPath(const QString &path) const
{
    const QString relative = QDir(m_session.outputDir).relativeFilePath(path);
    return relative.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relative) ? QString()
                                                                                      : relative;
}

QString SessionExport::pythonVersion() const
{
    for (const RunRecord &run : m_kept) {
        const QString version = run.environment.value(QStringLiteral("python")).toString();
        if (!version.isEmpty())
            return version;
    }
    return QString();
}

QJsonObject SessionExport::packages() const
{
    QJsonObject packages;
    for (const RunRecord &run : m_kept) {
        const QJsonObject found = run.environment.value(QStringLiteral("packages")).toObject();
        for (auto it = found.begin(); it != found.end(); ++it)
            packages.insert(it.key(), it.value());
    }
    return packages;
}

QJsonObject SessionExport::record() const
{
    QJsonArray datasets;
    for (const ExportedDataset &d : m_datasets)
        datasets.append(QJsonObject{{QStringLiteral("name"), d.name},
                                    {QStringLiteral("path"), d.path},
                                    {QStringLiteral("format"), d.format},
                                    {QStringLiteral("sha256"), d.sha256},
                                    {QStringLiteral("size"), d.size},
                                    {QStringLiteral("iso_dates"), d.isoDates},
                                    {QStringLiteral("lazy"), d.lazy}});
    QJsonArray cells;
    for (int i = 0; i < m_kept.size(); ++i) {
        const RunRecord &run = m_kept.at(i);
        QJsonArray figures;
        for (const Figure &figure : run.figures)
            figures.append(QJsonObject{{QStringLiteral("sha256"), figure.sha256},
                                       {QStringLiteral("width"), figure.width},
                                       {QStringLiteral("height"), figure.height}});
        QJsonArray outputs;
        for (const OutputFile &output : run.outputs) {
            const QString relative = relativeOutputPath(output.path);
            if (!relative.isEmpty())
                outputs.append(QJsonObject{{QStringLiteral("path"), relative},
                                           {QStringLiteral("sha256"), output.sha256}});
        }
        // Rich outputs with their MIME types; an image by its hash and size (the script stays
        // readable), the texts as shown.
        QJsonArray displays;
        for (const RichOutput &rich : run.richOutputs) {
            QJsonObject data = rich.mimeBundle();
            if (!rich.png.isEmpty())
                data.insert(QStringLiteral("image/png"),
                            QJsonObject{{QStringLiteral("sha256"), sha256Hex(rich.png)},
                                        {QStringLiteral("width"), rich.pngWidth},
                                        {QStringLiteral("height"), rich.pngHeight}});
            QJsonObject item{{QStringLiteral("output_type"), rich.outputType()},
                             {QStringLiteral("data"), data}};
            if (rich.hasTable())
                item.insert(QStringLiteral("table"),
                            QJsonObject{{QStringLiteral("rows"), double(rich.tableRows)},
                                        {QStringLiteral("columns"), double(rich.tableColumns)}});
            displays.append(item);
        }
        const QString code = normalizedCode(run.code);
        cells.append(QJsonObject{
            {QStringLiteral("cell"), i + 1},
            {QStringLiteral("run"), run.id},
            {QStringLiteral("code_sha256"), sha256Hex(code.toUtf8())},
            {QStringLiteral("stdout"), run.stdoutText},
            {QStringLiteral("result"), run.result ? QJsonValue(*run.result) : QJsonValue()},
            {QStringLiteral("figures"), figures},
            {QStringLiteral("displays"), displays},
            {QStringLiteral("outputs"), outputs}});
    }
    return QJsonObject{{QStringLiteral("session"), m_session.id},
                       {QStringLiteral("python"), pythonVersion()},
                       {QStringLiteral("packages"), packages()},
                       {QStringLiteral("hash_seed"), QStringLiteral("random")},
                       {QStringLiteral("datasets"), datasets},
                       {QStringLiteral("cells"), cells}};
}

QStringList SessionExport::determinismNotes() const
{
    const QString matplotlib =
        packages().value(QStringLiteral("matplotlib")).toString(tr("the same version"));
    QStringList notes{
        tr("Figures are rendered as the session rendered them: PNG by matplotlib's Agg backend at "
           "100 dpi with matplotlib's own defaults (rcdefaults: no matplotlibrc of this machine), "
           "no Software tag, a fixed SVG hash salt and SOURCE_DATE_EPOCH=0 for PDF and SVG "
           "dates. Byte-identical PNGs need matplotlib %1 with the same FreeType and fonts; "
           "with another matplotlib, --check compares each figure's size in pixels instead and "
           "marks the column \"size\".")
            .arg(matplotlib),
        tr("PYTHONHASHSEED: the session's interpreter ran with hash randomization on (a random "
           "seed per worker, not recorded), so output that depends on the iteration order of a "
           "set of strings can differ between runs; --check shows such cells as differing."),
        tr("Memory addresses in reprs (\"at 0x7f...\") are ignored when outputs are compared.")};
    static const QRegularExpression seedCall(
        QStringLiteral(R"([\w.]*(?:seed|default_rng|RandomState)\s*\([^()\n]*\))"));
    static const QRegularExpression randomUse(
        QStringLiteral(R"(\b(?:random|np\.random|numpy\.random|rng)\.\w+\(|\.sample\()"));
    QStringList seeds;
    bool seeded = false;
    for (int i = 0; i < m_kept.size(); ++i) {
        const QString &code = m_kept.at(i).code;
        auto it = seedCall.globalMatch(code);
        const bool seedsHere = it.hasNext();
        while (it.hasNext())
            seeds.append(tr("cell %1: %2").arg(i + 1).arg(it.next().captured(0)));
        if (!seeded && !seedsHere && randomUse.match(code).hasMatch())
            notes.append(tr("Cell %1 draws random numbers before any cell sets a seed: its "
                            "output will differ from run to run.")
                             .arg(i + 1));
        seeded = seeded || seedsHere;
    }
    notes.append(seeds.isEmpty() ? tr("Seeds: no cell seeds numpy or random.")
                                 : tr("Seeds the cells set (they run again with the cells): %1.")
                                       .arg(seeds.join(QStringLiteral("; "))));
    return notes + m_datasetNotes;
}

QString SessionExport::headerText(const QString &scriptName) const
{
    QStringList lines;
    const auto row = [&lines](const QString &label, const QString &value) {
        lines.append(QStringLiteral("  %1 %2").arg(label, -16).arg(value));
    };
    const QString script = QFileInfo(scriptName).fileName();
    const QString output = QFileInfo(scriptName).completeBaseName() + QStringLiteral("-output/");
    lines << tr("Sandbench session %1, exported as a script anyone can re-run and check.")
                 .arg(m_session.id)
          << QString() << tr("Re-run it with plain Python 3; Sandbench is not needed:")
          << QStringLiteral("    python3 %1              # figures and files go to %2")
                 .arg(script, output)
          << QStringLiteral("    python3 %1 --check      # and compare every cell with the "
                            "record")
                 .arg(script)
          << QStringLiteral("    python3 %1 --data NAME=PATH   # read a dataset from elsewhere")
                 .arg(script)
          << QStringLiteral("    python3 %1 --allow-changed-data --check   # see what new data "
                            "changes")
                 .arg(script)
          << QString() << tr("Session");
    const RunRecord &first = m_all.first();
    const RunRecord &last = m_all.last();
    row(tr("created"), iso(m_session.createdAt));
    row(tr("ran by"), tr("%1 (the owner of the run store)").arg(m_ranBy));
    row(tr("runs"), tr("%1 to %2, %3 runs, %4 kept")
                        .arg(iso(first.startedAt), iso(last.finishedAt))
                        .arg(m_all.size())
                        .arg(m_kept.size()));
    if (!m_session.origin.isEmpty())
        row(tr("from"), m_session.origin);
    row(tr("output folder"), m_session.outputDir);
    row(tr("exported"),
        tr("%1 by Sandbench %2")
            .arg(iso(QDateTime::currentDateTimeUtc()), QCoreApplication::applicationVersion()));
    lines << QString() << tr("Environment");
    const RunRecord &env = m_kept.first();
    row(tr("Python"), pythonVersion());
    QStringList packageList;
    const QJsonObject found = packages();
    for (auto it = found.begin(); it != found.end(); ++it)
        packageList.append(it.key() + QLatin1Char(' ') + it.value().toString());
    row(tr("packages"),
        packageList.isEmpty() ? tr("(none recorded)") : packageList.join(QStringLiteral(", ")));
    row(tr("profile"), tr("%1 (sha256 %2)").arg(env.profileName, env.profileSha256));
    row(tr("worker"), tr("%1 (sha256 %2)")
                          .arg(env.environment.value(QStringLiteral("worker_version")).toString(),
                               env.environment.value(QStringLiteral("worker_sha256")).toString()));
    lines << QString() << tr("Datasets (their SHA-256 is checked before any cell runs)");
    if (m_datasets.isEmpty())
        lines << tr("  (none)");
    for (const ExportedDataset &d : m_datasets)
        row(d.name, tr("%1 (%2, %3 bytes, sha256 %4)")
                        .arg(d.path, d.format)
                        .arg(d.size)
                        .arg(d.sha256.isEmpty() ? tr("not recorded") : d.sha256));
    lines << QString() << tr("Runs");
    QHash<qint64, int> cellOf;
    for (int i = 0; i < m_kept.size(); ++i)
        cellOf.insert(m_kept.at(i).id, i + 1);
    QHash<qint64, QString> reasons;
    for (const LeftOutRun &left : m_leftOut)
        reasons.insert(left.run.id, left.reason);
    for (const RunRecord &run : m_all) {
        const QString what = cellOf.contains(run.id)
                                 ? tr("kept as cell %1").arg(cellOf.value(run.id))
                                 : tr("left out: %1").arg(reasons.value(run.id));
        lines << tr("  run %1  cell %2  %3  code sha256 %4  %5")
                     .arg(run.id)
                     .arg(run.cellIndex)
                     .arg(runStatusName(run.status), -14)
                     .arg(run.codeSha256.left(16), what);
        if (!run.stateChanges.isEmpty())
            lines << tr("    changed %1").arg(run.stateChanges.join(QStringLiteral(", ")));
        if (run.codeOrigin == CodeOrigin::Llm)
            lines << wrapped(
                tr("written by model %1%2, prompt sha256 %3")
                    .arg(run.llmModel.isEmpty() ? tr("(unnamed)") : run.llmModel,
                         run.llmEndpointHost.isEmpty() ? QString()
                                                       : tr(" at %1").arg(run.llmEndpointHost),
                         run.llmPromptSha256.isEmpty() ? tr("not recorded") : run.llmPromptSha256),
                QStringLiteral("    "));
    }
    lines << QString() << tr("Recorded files (figures and outputs checked against their SHA-256)");
    if (m_fileProblems.isEmpty())
        lines << tr("  (all present and unchanged)");
    for (const RecordedFileProblem &problem : m_fileProblems)
        lines << QStringLiteral("  ! ") + RecordedFiles::describe(problem); // whole, to grep
    lines << QString() << tr("Approvals");
    if (m_approvals.isEmpty())
        lines << tr("  (none: no cell needed a reviewer)");
    for (const ExportedApproval &a : m_approvals) {
        QStringList ran;
        for (qint64 id : a.ranAs)
            ran.append(QString::number(id));
        const QString line =
            tr("run %1 %2 by %3 on %4 (decision %5%6): %7")
                .arg(a.decision.runId)
                .arg(a.decision.approved ? tr("approved") : tr("rejected"))
                .arg(a.decision.reviewer, iso(a.decision.decidedAt))
                .arg(a.decision.id)
                .arg(ran.isEmpty() ? QString()
                                   : tr("; ran as run %1").arg(ran.join(QStringLiteral(", "))))
                .arg(a.decision.note.isEmpty() ? tr("(no note)") : a.decision.note);
        lines << wrapped(line, QStringLiteral("  "));
    }
    lines << QString() << tr("Determinism");
    for (const QString &note : determinismNotes())
        lines << wrapped(note, QStringLiteral("  - "));
    return docstringSafe(lines.join(QLatin1Char('\n')));
}

QString SessionExport::pythonScript(const QString &scriptName) const
{
    QFile runnerFile(QStringLiteral(":/export/runner.py"));
    runnerFile.open(QIODevice::ReadOnly); // a resource built into the binary
    QString runner = QString::fromUtf8(runnerFile.readAll());
    runner.replace(kRecordPlaceholder,
                   QStringLiteral("RECORD = ") + pythonLiteral(QJsonValue(record())));
    QString text = QStringLiteral("#!/usr/bin/env python3\nr\"\"\"") + headerText(scriptName) +
                   QStringLiteral("\n\"\"\"\n\n") + runner;
    for (int i = 0; i < m_kept.size(); ++i) {
        text += QStringLiteral("# %% cell %1 (run %2)\n").arg(i + 1).arg(m_kept.at(i).id);
        text += normalizedCode(m_kept.at(i).code) + QStringLiteral("\n\n");
    }
    return text;
}

} // namespace sandbench
