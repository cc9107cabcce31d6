// File work kept off the window's thread: reading and writing a notebook, its autosaved copy,
// figures and a run's inputs happen on a pool thread and their answers come back to the
// caller's thread as values. A disk that stalls (a network mount, a busy drive, a FIFO where a
// file was expected) then holds up that one job, never the window's event loop.
//
// Serial jobs run one after another in the order they were posted: a document's save, its
// autosave and the removal of the autosaved copy reach the disk in the order the user caused
// them. The destructor waits for every job posted, so a save that was started before quit is
// finished before the process ends.
//
// Each job is logged in the category sandbench.files with its name, on the thread that runs it
// (QT_LOGGING_RULES="sandbench.files.debug=true"): tests read that to prove where the I/O ran.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <type_traits>

namespace sandbench {

class FileJobs : public QObject
{
    Q_OBJECT

public:
    enum class Order
    {
        Serial,
        Parallel
    };
    explicit FileJobs(Order order, QObject *parent = nullptr);
    // Waits for every job posted: no write is cut off (their answers are not delivered).
    ~FileJobs() override;

    // Runs work() on a pool thread, then done(result) on this object's thread unless receiver
    // is gone by then. name says what the job does, for the log.
    template <typename Work, typename Done>
    void call(const char *name, QObject *receiver, Work work, Done done)
    {
        using Result = std::invoke_result_t<Work>;
        QPointer<QObject> target(receiver);
        post(name, [this, target, work = std::move(work), done = std::move(done)]() mutable {
            Result result = work();
            // Delivered through this object, which lives on the caller's thread: the receiver
            // is checked there, never from the pool thread.
            QMetaObject::invokeMethod(
                this,
                [target, done = std::move(done), result = std::move(result)]() mutable {
                    if (target)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }
    // Work whose answer nobody waits for.
    void post(const char *name, std::function<void()> work);

    // A read whose owner needs no order and no wait at exit (a figure, a file's size and time):
    // runs work() on the application's shared pool, then done(result) on the application's
    // thread unless receiver is gone by then.
    template <typename Work, typename Done>
    static void read(const char *name, QObject *receiver, Work work, Done done)
    {
        using Result = std::invoke_result_t<Work>;
        QPointer<QObject> target(receiver);
        startShared(name, [target, work = std::move(work), done = std::move(done)]() mutable {
            Result result = work();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [target, done = std::move(done), result = std::move(result)]() mutable {
                    if (target)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

    // Blocks until every job posted so far has run (quit: the last save reaches the disk).
    // Their answers are still delivered by the event loop, if it runs again.
    void waitForDone();
    // Jobs posted and not finished.
    int pending() const { return m_pending.loadAcquire(); }

private:
    static void startShared(const char *name, std::function<void()> work);

    QThreadPool m_pool;
    QAtomicInt m_pending;
};

struct Figure;

// Reads the bytes of every figure kept only as a file (no bytes, a path); one that cannot be read
// stays without bytes and shows as missing. Blocking: run it inside a job, never on the window's
// thread.
void readFigureFiles(QList<Figure> &figures);

} // namespace sandbench
