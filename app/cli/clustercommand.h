// `sandbench cluster start|status|stop|worker`: a Dask cluster whose scheduler and workers each run
// under Sandbench's own sandbox (issue 18). `start` makes the cluster's certificates and hands the
// members to a supervisor (`sandbench cluster supervise`, started detached) that restarts a worker
// that dies; `worker` joins one worker from another machine and supervises it in the foreground.
// QtCore only, so the headless build has it.
#pragma once

#include "clusterstate.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QVector>
#include <memory>

namespace sandbench::cli {

class ClusterCommand : public QObject
{
    Q_OBJECT

public:
    explicit ClusterCommand(QObject *parent = nullptr);
    ~ClusterCommand() override;

    // As RunCommand::start: an exit status now, or -1 to run until finished().
    int start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Member
    {
        QString name; // "scheduler", "worker-1", ...
        QString role; // "scheduler" or "worker"
        int port = 0;
        QString configPath;
        QProcess *process = nullptr;
        QString state = QStringLiteral("starting"); // starting, running, restarting, stopped
        int restarts = 0;
        QByteArray pending; // an unfinished stderr line
        // The layers the member reported as it armed, before it listened or ran anything a
        // client sent; cleared when it starts again.
        QJsonObject layers;
    };

    int startCluster(const QStringList &arguments);
    int status(const QStringList &arguments);
    // status --live/--watch: the scheduler's own account of its workers, from a sandboxed probe.
    int liveStatus(const ClusterInfo &info, bool json, double interval);
    void onProbeOutput(bool json);
    int stop(const QStringList &arguments);
    int supervise(const QStringList &arguments);
    int joinWorker(const QStringList &arguments);

    bool makeCertificates(const QString &certsDir, QString &error);
    bool writeMemberConfig(Member &member, const QJsonObject &config, QString &error);
    QJsonObject workerConfig(const QString &name, int port) const;
    void launch(Member &member);
    void onOutput(Member &member);
    void onExited(Member &member, int exitCode);
    void writeStatus();
    void shutDown(int exitCode);
    void waitForReady();

    QString m_command;
    ClusterInfo m_info;
    QString m_logDir;
    QString m_memberDir;
    QString m_scratchRoot;
    int m_threads = 1;
    bool m_foreground = false; // `cluster worker`: no status file, ends with its worker
    bool m_stopping = false;
    std::vector<std::unique_ptr<Member>> m_members;
    QTimer m_poll;
    QElapsedTimer m_waited;
    qint64 m_supervisorPid = 0;
    int m_signalPipe[2] = {-1, -1};
    QProcess *m_probe = nullptr;
    QByteArray m_probePending;
    QString m_probeConfig;
    bool m_probeAnswered = false;
    bool m_probeOk = false; // the newest answer was the scheduler's
};

} // namespace sandbench::cli
