// Where a run came from, read from the store as a tree: its code and hash, the datasets it read
// with their hashes (marked when a file changed since), the environment, profile and limits, the
// resources it used, its verdict and violations, and the approval it ran under. Below, the
// session's runs on a timeline; clicking one shows it.
#pragma once

#include "llm/exchangestore.h"
#include "reviewqueue.h"
#include "storethread.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace sandbench {

class RunTimelineChart;

class ProvenancePanel : public QWidget
{
    Q_OBJECT

public:
    // The run as JSON, the same as `sandbench show --json` writes it.
    using JsonFormatter =
        std::function<QJsonObject(const RunRecord &, const std::optional<ReviewDecision> &)>;

    explicit ProvenancePanel(QWidget *parent = nullptr);

    // The store to read (not owned; a store that goes first is let go of by itself). It is read
    // on its own thread: what it answers shows when it comes (runShown()).
    void setStore(StoreThread *store);
    void setJsonFormatter(JsonFormatter formatter) { m_toJson = std::move(formatter); }

    // Shows the run's provenance once the store has answered; runShown() tells (found is false
    // when the store has no such run).
    void showRun(qint64 runId);
    qint64 currentRun() const { return m_runId; }
    // The session of the run on show; 0: none.
    qint64 shownSession() const { return m_run ? m_run->sessionId : 0; }
    // The session's runs on the timeline.
    void showSession(qint64 sessionId);
    void addRun(const RunRecord &run);

    // The shown run as JSON (copied to the clipboard by "Copy as JSON").
    QString json() const;
    void copyJson() const;

    QTreeWidget *tree() const { return m_tree; }
    RunTimelineChart *timeline() const { return m_timeline; }
    // The text shown for a field, by its key ("code.sha256", "inputs.sales.sha256",
    // "resources.peak_rss_kb", "approval.reviewer", ...); empty when not shown.
    QString field(const QString &key) const;
    // The words the tree shows for a field (its first column).
    QString label(const QString &key) const;

Q_SIGNALS:
    void runSelected(qint64 runId);
    void runShown(qint64 runId, bool found);

private:
    QTreeWidgetItem *add(QTreeWidgetItem *parent, const QString &key, const QString &label,
                         const QString &value);
    void fillInputs(QTreeWidgetItem *root, const RunRecord &run);
    void fillEnvironment(QTreeWidgetItem *root, const RunRecord &run);
    // A run on a sandboxed Dask cluster (issue 18): the app's record apart from the worker's.
    void fillCluster(QTreeWidgetItem *root, const QJsonObject &cluster);
    void fillExchange(QTreeWidgetItem *code, const RunRecord &run);

    void showLoaded(qint64 runId, const std::optional<RunRecord> &run,
                    const std::optional<ReviewDecision> &approval, const QString &error);

    QPointer<StoreThread> m_store;
    // Input path -> what changed since the shown run ("" when nothing), looked up off the
    // window's thread before the run is shown.
    QHash<QString, QString> m_inputMarks;
    // The run on show and the approval it ran under, as the store answered: what json() writes.
    std::optional<RunRecord> m_run;
    std::optional<ReviewDecision> m_approval;
    std::optional<llm::Exchange> m_exchange; // the LLM exchange of the run on show, if any
    QString m_exchangeError;
    quint64 m_generation = 0; // the newest showRun(): older answers are not shown
    JsonFormatter m_toJson;
    qint64 m_runId = 0;
    qint64 m_sessionId = 0;
    QLabel *m_title = nullptr;
    QTreeWidget *m_tree = nullptr;
    RunTimelineChart *m_timeline = nullptr;
};

} // namespace sandbench
