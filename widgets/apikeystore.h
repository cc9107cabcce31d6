// The assistant's API key, kept in the desktop's keyring (Secret Service, KWallet...) through
// QtKeychain, one entry per endpoint host. Never in the settings file, the database or a log.
// Built without QtKeychain (not found at configure time) the key lives in memory for the session
// only, and available() says so.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace sandbench {

class ApiKeyStore : public QObject
{
    Q_OBJECT

public:
    explicit ApiKeyStore(QObject *parent = nullptr);

    // True when built with QtKeychain.
    static bool available();
    // The keyring entry's name for an endpoint host ("api.openai.com", "localhost:11434").
    static QString entryName(const QString &host);

    // Asynchronous: keyRead() answers (an empty key when there is none).
    void read(const QString &host);
    // Asynchronous: keyWritten() answers. An empty key deletes the entry.
    void write(const QString &host, const QString &key);

Q_SIGNALS:
    void keyRead(const QString &host, const QString &key, const QString &error);
    void keyWritten(const QString &host, bool ok, const QString &error);

private:
    // Without a keyring: this session's keys, in memory only.
    QHash<QString, QString> m_memory;
};

} // namespace sandbench
