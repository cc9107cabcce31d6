#include "filejobs.h"

#include "logging.h"

#include <QThread>

namespace sandbench {

FileJobs::FileJobs(Order order, QObject *parent) : QObject(parent)
{
    // One thread keeps the jobs in the order they were posted (QThreadPool runs jobs of equal
    // priority first come, first served); a few let slow reads (figures) overlap.
    m_pool.setMaxThreadCount(order == Order::Serial ? 1 : 4);
    // An idle thread is kept a while: a burst of figure loads does not start a thread each.
    m_pool.setExpiryTimeout(30000);
}

FileJobs::~FileJobs()
{
    waitForDone();
}

void FileJobs::post(const char *name, std::function<void()> work)
{
    m_pending.ref();
    m_pool.start([this, name, work = std::move(work)] {
        qCDebug(lcFiles) << name << "on" << QThread::currentThread();
        work();
        m_pending.deref();
    });
}

void FileJobs::startShared(const char *name, std::function<void()> work)
{
    QThreadPool::globalInstance()->start([name, work = std::move(work)] {
        qCDebug(lcFiles) << name << "on" << QThread::currentThread();
        work();
    });
}

void FileJobs::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace sandbench
