#include "apikeystore.h"

#include <QHash>
#include <QTimer>

#ifdef SANDBENCH_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace sandbench {
namespace {
const QString kService = QStringLiteral("sandbench");
}

ApiKeyStore::ApiKeyStore(QObject *parent) : QObject(parent) {}

bool ApiKeyStore::available()
{
#ifdef SANDBENCH_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString ApiKeyStore::entryName(const QString &host)
{
    return QStringLiteral("assistant-api-key/") + host;
}

void ApiKeyStore::read(const QString &host)
{
#ifdef SANDBENCH_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    // Never the plain-text fallback: it would write the key into a settings file.
    job->setInsecureFallback(false);
    job->setKey(entryName(host));
    connect(job, &QKeychain::Job::finished, this, [this, job, host] {
        if (job->error() == QKeychain::EntryNotFound)
            Q_EMIT keyRead(host, QString(), QString());
        else if (job->error() != QKeychain::NoError)
            Q_EMIT keyRead(host, QString(), job->errorString());
        else
            Q_EMIT keyRead(host, job->textData(), QString());
    });
    job->start();
#else
    QTimer::singleShot(0, this,
                       [this, host] { Q_EMIT keyRead(host, m_memory.value(host), QString()); });
#endif
}

void ApiKeyStore::write(const QString &host, const QString &key)
{
#ifdef SANDBENCH_HAVE_KEYCHAIN
    QKeychain::Job *job = nullptr;
    if (key.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(kService, this);
    } else {
        auto *write = new QKeychain::WritePasswordJob(kService, this);
        write->setTextData(key);
        job = write;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(host));
    connect(job, &QKeychain::Job::finished, this, [this, job, host, deleting = key.isEmpty()] {
        const bool ok = job->error() == QKeychain::NoError ||
                        (deleting && job->error() == QKeychain::EntryNotFound);
        Q_EMIT keyWritten(host, ok, ok ? QString() : job->errorString());
    });
    job->start();
#else
    if (key.isEmpty())
        m_memory.remove(host);
    else
        m_memory.insert(host, key);
    QTimer::singleShot(0, this, [this, host] { Q_EMIT keyWritten(host, true, QString()); });
#endif
}

} // namespace sandbench
