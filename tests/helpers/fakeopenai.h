// Starts tests/helpers/fake_openai.py, an OpenAI-compatible server, for one test suite: the
// suite talks real HTTP to it and reads back every request it received.
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace sandbench::test {

class FakeOpenAi
{
public:
    // script: the path of fake_openai.py. False with the reason in error() when it cannot start.
    bool start(const QString &script)
    {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return false;
        }
        m_log = m_dir.filePath(QStringLiteral("requests.jsonl"));
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral("/usr/bin/python3"), {script, m_log});
        if (!m_process.waitForStarted(30000)) {
            m_error = m_process.errorString();
            return false;
        }
        // Waits on the pipe (not a sleep): the server prints its port once it listens.
        QByteArray line;
        const QDeadlineTimer deadline(60000);
        while (!line.contains('\n') && !deadline.hasExpired()) {
            if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
                break;
            line += m_process.readAllStandardOutput();
        }
        if (!line.startsWith("PORT ")) {
            m_error = QStringLiteral("the fake server did not start: ") +
                      QString::fromUtf8(line + m_process.readAllStandardError());
            return false;
        }
        m_port = line.mid(5).trimmed().toInt();
        return m_port > 0;
    }

    ~FakeOpenAi()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel(); // it shuts down when its stdin closes
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    QString error() const { return m_error; }
    int port() const { return m_port; }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port)); }

    // Every request received so far, oldest first: {"method", "path", "headers", "body"}.
    QList<QJsonObject> requests() const
    {
        QList<QJsonObject> all;
        QFile file(m_log);
        if (!file.open(QIODevice::ReadOnly))
            return all;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                all.append(QJsonDocument::fromJson(line).object());
        }
        return all;
    }
    QJsonObject lastRequest() const
    {
        const QList<QJsonObject> all = requests();
        return all.isEmpty() ? QJsonObject() : all.last();
    }

private:
    QTemporaryDir m_dir;
    QString m_log;
    QProcess m_process;
    QString m_error;
    int m_port = 0;
};

} // namespace sandbench::test
