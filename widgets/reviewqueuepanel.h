// The review queue of a run store, for a reviewer: the flagged runs with who, when and why; the
// selected run's code with the flagged lines marked and the reasons beside them; what an approval
// binds to (code, profile, limits, data hashes); approve or reject with a note; every decision
// ever made about that code. Decisions go to the store, where a waiting session picks them up.
#pragma once

#include "reviewqueue.h"
#include "storethread.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace sandbench {

class ReviewQueuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewQueuePanel(QWidget *parent = nullptr);

    // The store to review (not owned; a store that goes first is let go of by itself). Every
    // query runs on the store's thread; the panel shows its answer when it comes.
    void setStore(StoreThread *store);
    void setReviewer(const QString &name);
    QString reviewer() const { return m_reviewer; }
    // Reads the queue again whenever the database changes (another process may flag or decide:
    // StoreThread::changed), looking anyway every slowPollMs where the file system does not tell;
    // 0: only when asked.
    void setAutoRefresh(int slowPollMs);

    // Reloads the queue from the store, keeping the selection; refreshed() tells when it shows.
    void refresh();
    int pendingCount() const { return m_pendingCount; }
    bool selectRun(qint64 runId);
    qint64 currentRunId() const;
    // The runs listed, newest first.
    QList<qint64> listedRuns() const;

    // Decides about the selected run with the note in the note field. False, with the reason
    // shown in the panel and in *error, when it cannot (no reviewer name, a rejection without a
    // note); else the decision goes to the store, and decided() follows (or decisionFailed()
    // with the store's reason, which the panel shows too).
    bool approve(QString *error = nullptr);
    bool reject(QString *error = nullptr);
    void setNote(const QString &note);

    QTreeWidget *queueList() const { return m_list; }
    QPlainTextEdit *codeView() const { return m_code; }
    QTreeWidget *reasonsList() const { return m_reasons; }
    QTreeWidget *decisionsList() const { return m_decisions; }
    // The 1-based lines marked in the code.
    QList<int> flaggedLines() const { return m_flaggedLines; }

Q_SIGNALS:
    void decided(const sandbench::ReviewDecision &decision);
    void decisionFailed(const QString &reason);
    void refreshed();
    void pendingCountChanged(int count);
    void runSelected(qint64 runId);

private:
    bool decide(bool approve, QString *error);
    void showItem(qint64 runId);
    void showLoadedItem(const std::optional<ReviewItem> &item, const QList<ReviewDecision> &history,
                        const QString &origin);
    void showQueue(const QList<ReviewItem> &items, const QHash<qint64, QString> &origins,
                   const QString &error);
    void showCode(const RunRecord &run);
    void showBinding(const RunRecord &run);
    void showDecisions(const QList<ReviewDecision> &decisions);
    void goToLine(int line);
    void updateButtons();
    QString whoOf(const RunRecord &run) const;

    QPointer<StoreThread> m_store;
    QString m_reviewer;
    QHash<qint64, QString> m_origins; // session -> the notebook it came from, as last read
    bool m_refreshing = false;        // one read of the queue at a time ...
    bool m_refreshAgain = false;      // ... and one more when asked meanwhile
    quint64 m_itemGeneration = 0;     // the newest showItem(): older answers are not shown
    int m_pendingCount = 0;
    QList<QPair<qint64, QString>> m_shown; // (run, state) as listed, to rebuild only on change
    bool m_stale = true;                   // rebuild the list whatever m_shown says
    QList<int> m_flaggedLines;

    QCheckBox *m_showDecided = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_header = nullptr;
    QPlainTextEdit *m_code = nullptr;
    QTreeWidget *m_reasons = nullptr;
    QLabel *m_binding = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_feedback = nullptr;
    QTreeWidget *m_decisions = nullptr;
};

} // namespace sandbench
