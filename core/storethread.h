// The run store behind a thread: every SQLite call of the window (recording a run, looking up and
// waiting for review decisions, history, search and the panels' queries) runs there, and its
// answer comes back to the caller's thread as a value. SQLite waits up to its busy timeout while
// another process (`sandbench run`, `sandbench review approve`) holds the write lock; on this
// thread that wait holds up nothing the user sees.
//
// The command line has no event loop to keep free: there the same class runs the work inline, on
// the caller's thread, and answers before call() returns, so `run` and `serve` keep their order.
//
// It also tells when another connection changed the database (changed()): a watch on the
// database and its WAL file wakes a `PRAGMA data_version` check on the store thread, with a slow
// poll behind it for file systems that do not report changes. Reviewers' decisions made in a
// terminal or the reviewer window reach a waiting cell that way, without a poll every second.
#pragma once

#include "runstore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QFileSystemWatcher;
class QThread;

namespace sandbench {

class StoreThread : public QObject
{
    Q_OBJECT

public:
    // The store moves to a thread of its own and is used only there from now on.
    explicit StoreThread(std::unique_ptr<RunStore> store, QObject *parent = nullptr);
    // The store stays the caller's and is used inline, on the caller's thread (the command line).
    explicit StoreThread(RunStore &store, QObject *parent = nullptr);
    // Runs every job already queued (a run being recorded is never lost), then stops the thread.
    ~StoreThread() override;

    bool isThreaded() const { return m_thread != nullptr; }
    const QString &path() const { return m_path; }

    // Runs work(store) on the store thread and then done(result) on receiver's thread, unless
    // receiver is gone by then. Jobs run in the order they were posted. Inline: both run before
    // call() returns.
    template <typename Work, typename Done> void call(QObject *receiver, Work work, Done done)
    {
        using Result = std::invoke_result_t<Work, RunStore &>;
        if (!m_thread) {
            done(work(*m_store));
            return;
        }
        QPointer<QObject> target(receiver);
        post([this, target, work = std::move(work),
              done = std::move(done)](RunStore &store) mutable {
            Result result = work(store);
            // Delivered through this object, which lives on the caller's thread: the receiver is
            // checked there, never from the store thread.
            QMetaObject::invokeMethod(
                this,
                [target, done = std::move(done), result = std::move(result)]() mutable {
                    if (target)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }
    // Work whose answer nobody waits for (it logs its own failures).
    void post(std::function<void(RunStore &)> work);
    // Runs work and waits for it: only where the caller cannot go on without the answer and the
    // user is not waiting on the event loop (a session's start, before the window takes input).
    template <typename Work> auto wait(Work work) -> std::invoke_result_t<Work, RunStore &>
    {
        using Result = std::invoke_result_t<Work, RunStore &>;
        if (!m_thread)
            return work(*m_store);
        std::optional<Result> result;
        QMetaObject::invokeMethod(
            m_context, [&result, &work, this] { result.emplace(work(*m_store)); },
            Qt::BlockingQueuedConnection);
        return std::move(*result);
    }

    // Starts telling changed() when another connection commits to the database. slowPollMs: how
    // often to look anyway, for file systems without change notification.
    void watchForChanges(int slowPollMs = 10000);
    // Looks now (on the store thread) and tells changed() if the database changed: after this
    // process wrote something others wait for, without waiting for the file event.
    void checkForChanges();

Q_SIGNALS:
    // Another connection (another process, or this one's store) committed since the last check.
    void changed();

private:
    void rewatch();

    QString m_path;
    std::unique_ptr<RunStore> m_owned;
    RunStore *m_store = nullptr;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread: jobs are its queued calls
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_slowPoll;
    QTimer m_coalesce; // a burst of file events makes one check
    // What the last check saw (store thread only): PRAGMA data_version moves with other
    // connections' commits, sqlite3_total_changes() with this one's.
    qint64 m_dataVersion = -1;
    qint64 m_ownChanges = -1;
    bool m_checkPending = false; // caller's thread
};

} // namespace sandbench
