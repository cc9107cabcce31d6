#include "provenancepanel.h"

#include "cellmodel.h"
#include "cellwidget.h"
#include "filejobs.h"
#include "llm/exchangestore.h"
#include "runtimelinechart.h"
#include "workermessages.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace sandbench {
namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                          : QString();
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

// A value the worker recorded, in the window's language: the sandbox's own notes ("namespaces
// switched off by the profile", "on (ABI 7)") through the worker's message catalog, a list as
// its items; numbers, hashes and paths as they are. The record keeps the worker's English.
QString shownValue(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text == QLatin1String("on"))
            return ProvenancePanel::tr("on", "a sandbox layer");
        if (text == QLatin1String("off"))
            return ProvenancePanel::tr("off", "a sandbox layer");
        return WorkerMessages::translate(text);
    }
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        const bool allText = std::all_of(items.begin(), items.end(),
                                         [](const QJsonValue &v) { return v.isString(); });
        if (allText) {
            QStringList shown;
            for (const QJsonValue &item : items)
                shown.append(shownValue(item));
            return shown.join(QStringLiteral("; "));
        }
    }
    if (value.isBool())
        return value.toBool() ? ProvenancePanel::tr("yes") : ProvenancePanel::tr("no");
    return jsonText(value);
}

// A file changed since the run when its size or modification time differs from what the run
// recorded (or it is gone); its bytes are not read again, so this never blocks on a large file.
QString changedSince(const InputFile &input)
{
    const QFileInfo info(input.path);
    if (!info.exists())
        return ProvenancePanel::tr("⚠ missing now");
    // QFileInfo knows the time to the millisecond: compare at that precision.
    const qint64 mtimeMs = info.lastModified().toMSecsSinceEpoch();
    if (info.size() != input.size || mtimeMs != input.mtimeNs / 1'000'000)
        return ProvenancePanel::tr("⚠ changed since");
    return {};
}

// The environment's keys as the store records them, in words (issue 15: the panel showed
// "profile_path" and "worker_sha256"). A key the app does not know yet reads with spaces.
QString environmentLabel(const QString &key)
{
    static const QList<std::pair<const char *, const char *>> words = {
        {"python", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Python")},
        {"worker_version", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Worker version")},
        {"worker_sha256",
         QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Worker build (SHA-256)")},
        {"profile_path", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Profile file")},
        // A session's cluster (issue 16), as SessionRunner::environment records it.
        {"cluster", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Cluster")},
        {"scheduler", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Scheduler")},
        {"workers", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Workers")},
        {"worker_memory_mb",
         QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Memory per worker (MB)")},
        {"state", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "State folder")},
        {"worker_layers",
         QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Sandbox layers of the workers")},
        {"reported_versions",
         QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Versions the workers reported")},
    };
    for (const auto &[name, text] : words) {
        if (key == QLatin1String(name))
            return ProvenancePanel::tr(text);
    }
    // A library's name (dask, distributed) or a key the app does not know yet, with spaces.
    QString spaced = key;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' '));
    return spaced;
}

// A profile's limits (core/profile.cpp) in words with their units.
QString limitLabel(const QString &key)
{
    static const QList<std::pair<const char *, const char *>> words = {
        {"timeout_s", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Time limit (s)")},
        {"cpu_s", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "CPU time limit (s)")},
        {"memory_mb", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Memory (MB)")},
        {"output_chars",
         QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Output kept (characters)")},
        {"figures", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Figures")},
        {"file_size_mb", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Largest file (MB)")},
        {"output_files", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Output files")},
        {"output_mb", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Output folder (MB)")},
        {"open_files", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Open files")},
        {"processes", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Processes")},
        {"snapshots", QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Undo steps kept")},
        {"snapshot_memory_mb",
         QT_TRANSLATE_NOOP("sandbench::ProvenancePanel", "Memory for undo steps (MB)")},
    };
    for (const auto &[name, text] : words) {
        if (key == QLatin1String(name))
            return ProvenancePanel::tr(text);
    }
    QString spaced = key;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' '));
    return spaced;
}

// Where the code came from (CodeOrigin), said as a person would.
QString originText(const QString &origin)
{
    if (origin == CodeOrigin::Typed)
        return ProvenancePanel::tr("typed in the notebook");
    if (origin == CodeOrigin::Pasted)
        return ProvenancePanel::tr("pasted into the notebook");
    if (origin == CodeOrigin::File)
        return ProvenancePanel::tr("read from a notebook or script file");
    if (origin == CodeOrigin::Llm)
        return ProvenancePanel::tr("suggested by a language model");
    if (origin == CodeOrigin::Import)
        return ProvenancePanel::tr("imported from a Jupyter notebook");
    return origin;
}

} // namespace

ProvenancePanel::ProvenancePanel(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    auto *copy = new QToolButton(this);
    copy->setText(tr("Copy as JSON"));
    copy->setToolTip(tr("Copies the run's full provenance as JSON, the same record the "
                        "command line shows for this run"));
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_timeline = new RunTimelineChart(this);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 2, 4, 2);
    top->addWidget(m_title, 1);
    top->addWidget(copy);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_timeline);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(copy, &QToolButton::clicked, this, &ProvenancePanel::copyJson);
    connect(m_timeline, &RunTimelineChart::runClicked, this, [this](qint64 runId) {
        showRun(runId);
        Q_EMIT runSelected(runId);
    });
    m_title->setText(tr("Select a cell or a run to see where it came from."));
}

void ProvenancePanel::setStore(StoreThread *store)
{
    m_store = store;
    m_runId = 0;
    m_run.reset();
    m_approval.reset();
    m_tree->clear();
    m_timeline->clearRuns();
}

QTreeWidgetItem *ProvenancePanel::add(QTreeWidgetItem *parent, const QString &key,
                                      const QString &label, const QString &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent, {label, value})
                        : new QTreeWidgetItem(m_tree, {label, value});
    item->setData(0, Qt::UserRole, key);
    if (!value.isEmpty())
        item->setToolTip(1, value);
    return item;
}

QString ProvenancePanel::label(const QString &key) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == key)
            return (*it)->text(0);
    }
    return {};
}

QString ProvenancePanel::field(const QString &key) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == key)
            return (*it)->text(1);
    }
    return {};
}

// The exchange the code came from, as the run store keeps it (found by the prompt's hash): when,
// the model that answered, tokens, and the exact messages sent, one item each.
void ProvenancePanel::fillExchange(QTreeWidgetItem *code, const RunRecord &run)
{
    if (run.llmPromptSha256.isEmpty())
        return;
    const std::optional<llm::Exchange> &exchange = m_exchange; // loaded with the run
    if (!exchange) {
        add(code, QStringLiteral("code.exchange"), tr("Exchange"),
            m_exchangeError.isEmpty() ? tr("not in this database") : m_exchangeError);
        return;
    }
    const llm::ChatAnswer &answer = exchange->answer;
    QTreeWidgetItem *item = add(code, QStringLiteral("code.exchange"), tr("Exchange"),
                                tr("#%1, %2").arg(exchange->id).arg(when(answer.startedAt)));
    add(item, QStringLiteral("code.exchange.answered_model"), tr("answered by"),
        answer.model.isEmpty() ? exchange->model : answer.model);
    const auto tokens = [](int n) { return n >= 0 ? QString::number(n) : QString(); };
    add(item, QStringLiteral("code.exchange.prompt_tokens"), tr("prompt tokens"),
        tokens(answer.usage.promptTokens));
    add(item, QStringLiteral("code.exchange.completion_tokens"), tr("answer tokens"),
        tokens(answer.usage.completionTokens));
    if (answer.startedAt.isValid() && answer.finishedAt.isValid())
        add(item, QStringLiteral("code.exchange.duration_ms"), tr("answer time (ms)"),
            QString::number(answer.startedAt.msecsTo(answer.finishedAt)));
    QTreeWidgetItem *messages =
        add(item, QStringLiteral("code.exchange.messages"), tr("messages sent"),
            tr("%n message(s)", nullptr, int(exchange->messages.size())));
    for (qsizetype i = 0; i < exchange->messages.size(); ++i) {
        const QJsonObject message = exchange->messages.at(i).toObject();
        const QString content = message.value(QStringLiteral("content")).toString();
        QTreeWidgetItem *m = add(messages, QStringLiteral("code.exchange.messages.%1").arg(i),
                                 message.value(QStringLiteral("role")).toString(),
                                 content.section(QLatin1Char('\n'), 0, 0));
        m->setToolTip(1, content.left(4000));
    }
    QTreeWidgetItem *reply = add(item, QStringLiteral("code.exchange.answer"), tr("answer"),
                                 answer.content.section(QLatin1Char('\n'), 0, 0));
    reply->setToolTip(1, answer.content.left(4000));
}

void ProvenancePanel::showRun(qint64 runId)
{
    const quint64 generation = ++m_generation;
    if (!m_store) {
        m_exchange.reset();
        showLoaded(runId, std::nullopt, std::nullopt, QString());
        return;
    }
    struct Answer
    {
        std::optional<RunRecord> run;
        std::optional<ReviewDecision> approval;
        QString error;
        std::optional<llm::Exchange> exchange; // the exchange an LLM cell's code came from
        QString exchangeError;
    };
    m_store->call(
        this,
        [runId](RunStore &store) {
            QString error;
            auto run = store.run(runId, &error);
            std::optional<ReviewDecision> approval;
            if (run && run->approvalId > 0)
                approval = ReviewQueue(store).decision(run->approvalId);
            Answer answer{run, approval, error, std::nullopt, QString()};
            if (run && !run->llmPromptSha256.isEmpty())
                answer.exchange =
                    llm::ExchangeStore(store).byPrompt(run->llmPromptSha256, &answer.exchangeError);
            return answer;
        },
        [this, runId, generation](const Answer &answer) {
            if (generation != m_generation)
                return;
            if (!answer.run || answer.run->inputs.isEmpty()) {
                m_inputMarks.clear();
                m_exchange = answer.exchange;
                m_exchangeError = answer.exchangeError;
                showLoaded(runId, answer.run, answer.approval, answer.error);
                return;
            }
            // Whether the inputs changed since the run is asked of the file system off the
            // window's thread (a dataset on a stalled mount holds up only this), then shown.
            FileJobs::read(
                "check inputs", this,
                [inputs = answer.run->inputs] {
                    QHash<QString, QString> marks;
                    for (const InputFile &input : inputs)
                        marks.insert(input.path, changedSince(input));
                    return marks;
                },
                [this, runId, generation, answer](const QHash<QString, QString> &marks) {
                    if (generation != m_generation)
                        return;
                    m_inputMarks = marks;
                    m_exchange = answer.exchange;
                    m_exchangeError = answer.exchangeError;
                    showLoaded(runId, answer.run, answer.approval, answer.error);
                });
        });
}

void ProvenancePanel::showLoaded(qint64 runId, const std::optional<RunRecord> &run,
                                 const std::optional<ReviewDecision> &approval,
                                 const QString &error)
{
    m_tree->clear();
    m_runId = 0;
    m_run = run;
    m_approval = approval;
    if (!run) {
        m_title->setText(error.isEmpty() ? tr("Run %1 is not in the store.").arg(runId) : error);
        Q_EMIT runShown(runId, false);
        return;
    }
    m_runId = runId;
    m_title->setText(tr("<b>Run %1</b> · cell [%2] · session %3")
                         .arg(run->id)
                         .arg(run->cellIndex)
                         .arg(run->sessionId));
    QTreeWidgetItem *verdict =
        add(nullptr, QStringLiteral("verdict"), tr("Verdict"), statusWord(run->status));
    setStatusForeground(verdict, 1, runStatusName(run->status));
    for (int i = 0; i < run->violations.size(); ++i) {
        const Violation &v = run->violations.at(i);
        QTreeWidgetItem *item = add(verdict, QStringLiteral("violations.%1").arg(i), v.rule,
                                    WorkerMessages::translate(v.message));
        item->setToolTip(1, v.message); // the record's own words
        add(item, QStringLiteral("violations.%1.line").arg(i), tr("line"),
            v.line > 0 ? QString::number(v.line) : QString());
        add(item, QStringLiteral("violations.%1.layer").arg(i), tr("layer"), v.layer);
    }

    QTreeWidgetItem *code =
        add(nullptr, QStringLiteral("code"), tr("Code"), firstCodeLine(run->code));
    code->setToolTip(1, run->code);
    add(code, QStringLiteral("code.sha256"), tr("Code hash (SHA-256)"), run->codeSha256);
    add(code, QStringLiteral("code.origin"), tr("Origin"), originText(run->codeOrigin))
        ->setToolTip(1, tr("Recorded as \"%1\"").arg(run->codeOrigin));
    if (!run->llmModel.isEmpty()) {
        add(code, QStringLiteral("code.llm_model"), tr("Model"), run->llmModel);
        add(code, QStringLiteral("code.prompt_sha256"), tr("Prompt hash (SHA-256)"),
            run->llmPromptSha256);
        if (!run->llmEndpointHost.isEmpty())
            add(code, QStringLiteral("code.endpoint_host"), tr("Model server"),
                run->llmEndpointHost);
        fillExchange(code, *run);
    }

    fillInputs(add(nullptr, QStringLiteral("inputs"), tr("Datasets"),
                   tr("%n file(s)", nullptr, int(run->inputs.size()))),
               *run);

    QTreeWidgetItem *outputs =
        add(nullptr, QStringLiteral("outputs"), tr("Outputs"),
            tr("%n file(s)", nullptr, int(run->outputs.size() + run->figures.size())));
    for (const OutputFile &output : run->outputs) {
        QTreeWidgetItem *item = add(outputs, QStringLiteral("outputs.%1").arg(output.path),
                                    QFileInfo(output.path).fileName(), output.sha256);
        item->setToolTip(0, output.path);
    }
    for (const Figure &figure : run->figures) {
        QTreeWidgetItem *item = add(outputs, QStringLiteral("figures.%1").arg(figure.path),
                                    QFileInfo(figure.path).fileName(), figure.sha256);
        item->setToolTip(0, figure.path);
    }

    fillEnvironment(add(nullptr, QStringLiteral("environment"), tr("Environment"),
                        run->environment.value(QStringLiteral("python")).toString()),
                    *run);

    QTreeWidgetItem *resources = add(nullptr, QStringLiteral("resources"), tr("Resources"),
                                     tr("%1 s").arg(run->durationMs / 1000.0, 0, 'f', 3));
    add(resources, QStringLiteral("resources.started_at"), tr("started"), when(run->startedAt));
    add(resources, QStringLiteral("resources.finished_at"), tr("finished"), when(run->finishedAt));
    add(resources, QStringLiteral("resources.wall_ms"), tr("wall time (ms)"),
        QString::number(run->durationMs, 'f', 1));
    add(resources, QStringLiteral("resources.cpu_ms"), tr("CPU time (ms)"),
        run->cpuMs ? QString::number(*run->cpuMs, 'f', 1) : QString());
    add(resources, QStringLiteral("resources.peak_rss_kb"), tr("peak memory (kB)"),
        run->peakRssKb ? QString::number(*run->peakRssKb) : QString());
    add(resources, QStringLiteral("resources.parent_run"), tr("state derived from run"),
        run->parentRunId > 0 ? QString::number(run->parentRunId) : tr("none"));
    if (run->stateKeptOnError)
        add(verdict, QStringLiteral("verdict.state_kept"), tr("State"),
            tr("State kept after the error (on-error keep)"));

    // What the run changed for later cells that is the analyst's to change (issue 12).
    QTreeWidgetItem *changed = add(
        nullptr, QStringLiteral("state_changes"), tr("State changed"),
        run->stateChanges.isEmpty() ? tr("none")
                                    : tr("%n setting(s)", nullptr, int(run->stateChanges.size())));
    for (const QString &name : run->stateChanges)
        add(changed, QStringLiteral("state_changes.%1").arg(name), name, QString());

    // The session names the run read and wrote: what stale cells are derived from (issue 15).
    const auto names = [&](const QString &key, const QString &label, const QStringList &list) {
        const QString value = !run->names.known ? tr("not recorded")
                              : list.isEmpty()  ? tr("none")
                                                : list.join(QStringLiteral(", "));
        add(nullptr, key, label, value);
    };
    names(QStringLiteral("names_read"), tr("Names read"), run->names.read);
    names(QStringLiteral("names_written"), tr("Names written"), run->names.written);

    if (approval) {
        QTreeWidgetItem *item = add(nullptr, QStringLiteral("approval"), tr("Approval"),
                                    tr("decision %1").arg(approval->id));
        add(item, QStringLiteral("approval.reviewer"), tr("reviewer"), approval->reviewer);
        add(item, QStringLiteral("approval.decided_at"), tr("decided"), when(approval->decidedAt));
        add(item, QStringLiteral("approval.note"), tr("note"), approval->note);
        add(item, QStringLiteral("approval.flagged_run"), tr("flagged run"),
            QString::number(approval->runId));
    } else {
        add(nullptr, QStringLiteral("approval"), tr("Approval"),
            run->status == RunStatus::PendingReview ? tr("waiting for a reviewer")
                                                    : tr("none needed"));
    }
    m_tree->expandToDepth(0);
    Q_EMIT runShown(runId, true);
}

void ProvenancePanel::fillInputs(QTreeWidgetItem *root, const RunRecord &run)
{
    for (const InputFile &input : run.inputs) {
        const QString mark = m_inputMarks.value(input.path);
        QTreeWidgetItem *item =
            add(root, QStringLiteral("inputs.%1").arg(input.name), input.name,
                mark.isEmpty() ? input.path : QStringLiteral("%1  %2").arg(input.path, mark));
        if (!mark.isEmpty())
            setStatusForeground(item, 1, QStringLiteral("denied"));
        add(item, QStringLiteral("inputs.%1.sha256").arg(input.name), tr("Content hash (SHA-256)"),
            input.sha256);
        add(item, QStringLiteral("inputs.%1.size").arg(input.name), tr("size"),
            QLocale().formattedDataSize(input.size));
        add(item, QStringLiteral("inputs.%1.changed").arg(input.name), tr("changed since"),
            mark.isEmpty() ? tr("no") : mark);
    }
    if (!run.inputsSha256.isEmpty())
        add(root, QStringLiteral("inputs.sha256"), tr("All inputs' hash (SHA-256)"),
            run.inputsSha256);
}

void ProvenancePanel::fillEnvironment(QTreeWidgetItem *root, const RunRecord &run)
{
    add(root, QStringLiteral("environment.profile"), tr("Profile"), run.profileName);
    add(root, QStringLiteral("environment.profile_sha256"), tr("Profile hash (SHA-256)"),
        run.profileSha256);
    QTreeWidgetItem *limits =
        add(root, QStringLiteral("environment.limits"), tr("Limits (hash)"), run.limitsSha256);
    const QJsonObject limitValues = run.environment.value(QStringLiteral("limits")).toObject();
    for (auto it = limitValues.begin(); it != limitValues.end(); ++it)
        add(limits, QStringLiteral("environment.limits.%1").arg(it.key()), limitLabel(it.key()),
            jsonText(it.value()))
            ->setToolTip(0, tr("Recorded as \"%1\"").arg(it.key()));
    for (auto it = run.environment.begin(); it != run.environment.end(); ++it) {
        if (it.key() == QLatin1String("limits") || it.key() == QLatin1String("packages") ||
            it.key() == QLatin1String("lazy_reads"))
            continue;
        if (it.key() == QLatin1String("cluster") && it.value().isObject()) {
            fillCluster(root, it.value().toObject());
            continue;
        }
        const QString key = QStringLiteral("environment.%1").arg(it.key());
        QTreeWidgetItem *item = nullptr;
        if (it.value().isObject()) {
            // The sandbox's layers and the like: one row per entry, in words.
            const QJsonObject inner = it.value().toObject();
            item = add(root, key, environmentLabel(it.key()), QString());
            for (auto sub = inner.begin(); sub != inner.end(); ++sub)
                add(item, key + QLatin1Char('.') + sub.key(), environmentLabel(sub.key()),
                    shownValue(sub.value()))
                    ->setToolTip(0, tr("Recorded as \"%1\"").arg(sub.key()));
        } else {
            item = add(root, key, environmentLabel(it.key()), shownValue(it.value()));
        }
        item->setToolTip(0, tr("Recorded as \"%1\"").arg(it.key()));
    }
    const QJsonObject packages = run.environment.value(QStringLiteral("packages")).toObject();
    QTreeWidgetItem *list = add(root, QStringLiteral("environment.packages"), tr("Packages"),
                                QString::number(packages.size()));
    for (auto it = packages.begin(); it != packages.end(); ++it)
        add(list, QStringLiteral("environment.packages.%1").arg(it.key()), it.key(),
            jsonText(it.value()));
    // Larger-than-memory datasets (issue 18): which blocks of which file the run computed.
    const QJsonArray reads = run.environment.value(QStringLiteral("lazy_reads")).toArray();
    if (reads.isEmpty())
        return;
    QTreeWidgetItem *blocks = add(root, QStringLiteral("environment.lazy_reads"), tr("Blocks read"),
                                  tr("%n dataset(s)", nullptr, reads.size()));
    blocks->setToolTip(0, tr("Recorded as \"lazy_reads\": the blocks of datasets larger than "
                             "memory that the run computed"));
    for (const QJsonValue &value : reads) {
        const QJsonObject read = value.toObject();
        const QString dataset = read.value(QStringLiteral("dataset")).toString();
        const QJsonArray ranges = read.value(QStringLiteral("blocks")).toArray();
        QTreeWidgetItem *entry = add(
            blocks, QStringLiteral("environment.lazy_reads.%1").arg(dataset), dataset,
            tr("%1 of %2 blocks, %3 of %4")
                .arg(ranges.size())
                .arg(read.value(QStringLiteral("of_blocks")).toInteger())
                .arg(QLocale().formattedDataSize(read.value(QStringLiteral("bytes")).toInteger()),
                     read.value(QStringLiteral("path")).toString()));
        for (const QJsonValue &range : ranges) {
            const QJsonArray r = range.toArray();
            add(entry,
                QStringLiteral("environment.lazy_reads.%1.%2")
                    .arg(dataset)
                    .arg(r.at(0).toInteger()),
                tr("block %1").arg(r.at(0).toInteger()),
                tr("bytes %1–%2").arg(r.at(1).toInteger()).arg(r.at(2).toInteger()));
        }
    }
}

void ProvenancePanel::fillCluster(QTreeWidgetItem *root, const QJsonObject &cluster)
{
    const QString key = QStringLiteral("environment.cluster");
    QTreeWidgetItem *item =
        add(root, key, tr("Dask cluster"), cluster.value(QStringLiteral("scheduler")).toString());
    item->setToolTip(0, tr("Recorded as \"cluster\": the sandboxed cluster the session used"));
    const int workers = cluster.value(QStringLiteral("workers")).toInt();
    add(item, key + QStringLiteral(".workers"), tr("Workers"),
        workers > 0
            ? tr("%n worker(s) started with the cluster, %1 MB each", nullptr, workers)
                  .arg(cluster.value(QStringLiteral("worker_memory_mb")).toInt())
            : tr("none started with the cluster: the scheduler alone, with workers that join "
                 "it from other machines"));
    add(item, key + QStringLiteral(".state"), tr("State folder"),
        cluster.value(QStringLiteral("state")).toString());
    const QJsonArray members = cluster.value(QStringLiteral("members")).toArray();
    QTreeWidgetItem *layers =
        add(item, key + QStringLiteral(".members"), tr("Members' sandbox layers"),
            members.isEmpty() ? tr("not recorded") : tr("%n member(s)", nullptr, members.size()));
    layers->setToolTip(0, tr("As the cluster's supervisor recorded them when the session started: "
                             "what each member reported as it armed, before it ran anything a "
                             "client sent"));
    for (const QJsonValue &value : members) {
        const QJsonObject member = value.toObject();
        const QString name = member.value(QStringLiteral("name")).toString();
        const QJsonObject on = member.value(QStringLiteral("layers")).toObject();
        QStringList words;
        for (auto it = on.begin(); it != on.end(); ++it) {
            if (it.key() == QLatin1String("uid") || it.key() == QLatin1String("isolation_notes"))
                continue;
            words.append(QStringLiteral("%1 %2").arg(
                it.key(), it.value().toString().section(QLatin1Char(' '), 0, 0)));
        }
        QTreeWidgetItem *row =
            add(layers, key + QStringLiteral(".members.") + name, name,
                words.isEmpty() ? tr("not reported") : words.join(QStringLiteral(", ")));
        for (auto it = on.begin(); it != on.end(); ++it)
            add(row, key + QStringLiteral(".members.%1.%2").arg(name, it.key()),
                environmentLabel(it.key()), shownValue(it.value()));
    }
    // The session's worker's own account: what the cell's process says, never a verdict.
    const QJsonObject reported = cluster.value(QStringLiteral("reported_by_worker")).toObject();
    QTreeWidgetItem *byWorker =
        add(item, key + QStringLiteral(".reported_by_worker"), tr("Reported by the worker"),
            tr("the session's worker's own account, not checked by the app"));
    const QJsonObject versions = reported.value(QStringLiteral("versions")).toObject();
    add(byWorker, key + QStringLiteral(".reported_by_worker.versions"), tr("Versions"),
        tr("dask %1, distributed %2")
            .arg(versions.value(QStringLiteral("dask")).toString(tr("unknown")),
                 versions.value(QStringLiteral("distributed")).toString(tr("unknown"))));
    const QJsonObject graph = reported.value(QStringLiteral("graph")).toObject();
    if (graph.isEmpty())
        return; // not reported
    QTreeWidgetItem *tasks = add(
        byWorker, key + QStringLiteral(".reported_by_worker.graph"), tr("Task graph"),
        tr("%n task(s)", nullptr, graph.value(QStringLiteral("tasks")).toInt()) +
            QStringLiteral(", ") +
            tr("%n computation(s)", nullptr, graph.value(QStringLiteral("computations")).toInt()));
    const QString keysHash = graph.value(QStringLiteral("keys_sha256")).toString();
    add(tasks, key + QStringLiteral(".reported_by_worker.graph.keys_sha256"),
        tr("Task keys' hash (SHA-256)"),
        keysHash.isEmpty() ? tr("not computed (a graph of more than a million tasks)") : keysHash)
        ->setToolTip(0, tr("Dask's task keys are tokens of the code and the data: the same "
                           "computation over the same files gives the same hash"));
    const QJsonArray reads = graph.value(QStringLiteral("reads")).toArray();
    qint64 total = 0;
    for (const QJsonValue &value : reads)
        total += value.toObject().value(QStringLiteral("bytes")).toInteger();
    QTreeWidgetItem *read =
        add(byWorker, key + QStringLiteral(".reported_by_worker.graph.reads"), tr("Files read"),
            reads.isEmpty() ? tr("none read in blocks")
                            : tr("%n file(s), %1", nullptr, int(reads.size()))
                                  .arg(QLocale().formattedDataSize(total)));
    read->setToolTip(0, tr("The byte ranges of files the task graphs read in blocks (dask's "
                           "read_csv and the like), as the cell's process counted them"));
    for (const QJsonValue &value : reads) {
        const QJsonObject file = value.toObject();
        const QString path = file.value(QStringLiteral("path")).toString();
        add(read, key + QStringLiteral(".reported_by_worker.graph.reads.") + path, path,
            tr("%1 in %n block(s)", nullptr, file.value(QStringLiteral("blocks")).toInt())
                .arg(QLocale().formattedDataSize(file.value(QStringLiteral("bytes")).toInteger())));
    }
}

void ProvenancePanel::showSession(qint64 sessionId)
{
    m_sessionId = sessionId;
    if (!m_store) {
        m_timeline->setRuns({});
        return;
    }
    m_store->call(
        this, [sessionId](RunStore &store) { return store.runsOfSession(sessionId); },
        [this, sessionId](const QList<RunRecord> &runs) {
            if (sessionId == m_sessionId)
                m_timeline->setRuns(runs);
        });
}

void ProvenancePanel::addRun(const RunRecord &run)
{
    if (run.sessionId == m_sessionId)
        m_timeline->addRun(run);
}

QString ProvenancePanel::json() const
{
    if (!m_run || m_runId <= 0 || !m_toJson)
        return {};
    return QString::fromUtf8(QJsonDocument(m_toJson(*m_run, m_approval)).toJson());
}

void ProvenancePanel::copyJson() const
{
    const QString text = json();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

} // namespace sandbench
