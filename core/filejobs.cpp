#include "filejobs.h"

#include "logging.h"
#include "runrecord.h"

#include <QFile>
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

void readFigureFiles(QList<Figure> &figures)
{
    for (Figure &figure : figures) {
        if (!figure.data.isEmpty() || figure.path.isEmpty())
            continue;
        QFile file(figure.path);
        if (file.open(QIODevice::ReadOnly))
            figure.data = file.readAll();
    }
}

} // namespace sandbench
