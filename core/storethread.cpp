#include "storethread.h"

#include "logging.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QThread>

namespace sandbench {
namespace {

// File events come in bursts (a commit writes the WAL several times): one check per burst.
constexpr int kCoalesceMs = 50;

} // namespace

StoreThread::StoreThread(std::unique_ptr<RunStore> store, QObject *parent)
    : QObject(parent), m_path(store->path()), m_owned(std::move(store)), m_store(m_owned.get())
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sandbench-store"));
    m_context = new QObject; // no parent: it moves to the thread (deleted once that has stopped)
    m_context->moveToThread(m_thread);
    m_thread->start();
    qCDebug(lcStore) << "store thread started for" << m_path;
}

StoreThread::StoreThread(RunStore &store, QObject *parent)
    : QObject(parent), m_path(store.path()), m_store(&store)
{}

StoreThread::~StoreThread()
{
    if (!m_thread)
        return;
    // Queued behind every job already posted: a run being recorded as the window closes is
    // recorded before the thread ends. Their answers are not delivered (this object is going).
    QMetaObject::invokeMethod(
        m_context, [thread = m_thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread->wait();
    delete m_context; // its thread has stopped: nothing else touches it
    // The connection is closed here, on this thread, once the store thread has stopped using it.
    m_owned.reset();
}

void StoreThread::post(std::function<void(RunStore &)> work)
{
    if (!m_thread) {
        work(*m_store);
        return;
    }
    QMetaObject::invokeMethod(
        m_context, [this, work = std::move(work)] { work(*m_store); }, Qt::QueuedConnection);
}

void StoreThread::watchForChanges(int slowPollMs)
{
    if (m_watcher)
        return;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &) {
        // A WAL file that was checkpointed away and created again is a new file to watch.
        rewatch();
        m_coalesce.start();
    });
    // The folder tells when the WAL file appears (the first write after a checkpoint removed it).
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &) {
        rewatch();
        m_coalesce.start();
    });
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &StoreThread::checkForChanges);
    m_slowPoll.setInterval(slowPollMs);
    connect(&m_slowPoll, &QTimer::timeout, this, &StoreThread::checkForChanges);
    m_slowPoll.start();
    rewatch();
    checkForChanges(); // the baseline to compare with
}

void StoreThread::rewatch()
{
    QStringList wanted;
    for (const QString &path : {m_path, QString(m_path + QStringLiteral("-wal"))}) {
        if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
            wanted.append(path);
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher->directories().contains(folder))
        wanted.append(folder);
    if (!wanted.isEmpty())
        m_watcher->addPaths(wanted);
}

void StoreThread::checkForChanges()
{
    if (m_checkPending)
        return; // the one queued will see this change too
    m_checkPending = true;
    call(
        this,
        [this](RunStore &store) {
            // Store thread: the counters are only touched here.
            SqliteConnection &db = store.connection();
            const qint64 version =
                db.scalar(QStringLiteral("PRAGMA data_version"), nullptr).toLongLong();
            const qint64 own = db.totalChanges();
            const bool first = m_dataVersion < 0;
            const bool changed = !first && (version != m_dataVersion || own != m_ownChanges);
            m_dataVersion = version;
            m_ownChanges = own;
            return changed;
        },
        [this](bool changed) {
            m_checkPending = false;
            if (changed) {
                qCDebug(lcStore) << "the database changed";
                Q_EMIT this->changed();
            }
        });
}

} // namespace sandbench
