#include "clustercommand.h"

#include "paths.h"
#include "runstatus.h"
#include "sessionoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTextStream>
#include <QUrl>
#include <arpa/inet.h>
#include <csignal>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sandbench::cli {
namespace {

// How many ports the workers' range holds: the cluster's own workers and those that join later.
constexpr int kWorkerPortSpan = 64;
constexpr int kDefaultMemoryMb = 2048;
constexpr int kReadyTimeoutMs = 240000; // members import pandas and dask on a loaded machine

// The supervisor's SIGTERM/SIGINT reach the event loop through this pipe.
int g_signalFd = -1; // NOLINT: a signal handler can reach static storage only

void onTerminate(int)
{
    const char byte = 1;
    if (g_signalFd >= 0)
        (void)!::write(g_signalFd, &byte, 1);
}

bool portFree(const QString &host, int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    if (::inet_pton(AF_INET, host.toLatin1().constData(), &address.sin_addr) != 1)
        address.sin_addr.s_addr = htonl(INADDR_ANY);
    const bool free = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return free;
}

// A scheduler port whose following range is free too, so that workers (and their replacements)
// listen on ports every member's Landlock rules know in advance.
int choosePort(const QString &host)
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const int base = 20000 + int(QRandomGenerator::global()->bounded(40000));
        bool free = true;
        for (int port = base; free && port <= base + 8; ++port)
            free = portFree(host, port);
        if (free)
            return base;
    }
    return 0;
}

// The address this machine reaches host from (a UDP "connect" sends nothing).
QString localAddressTowards(const QString &host)
{
    if (host.startsWith(QLatin1String("127.")))
        return host;
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(9);
    QString local;
    if (fd >= 0 && ::inet_pton(AF_INET, host.toLatin1().constData(), &address.sin_addr) == 1 &&
        ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
        sockaddr_in mine{};
        socklen_t size = sizeof mine;
        char text[INET_ADDRSTRLEN] = {};
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&mine), &size) == 0 &&
            ::inet_ntop(AF_INET, &mine.sin_addr, text, sizeof text))
            local = QString::fromLatin1(text);
    }
    if (fd >= 0)
        ::close(fd);
    return local.isEmpty() ? QStringLiteral("127.0.0.1") : local;
}

bool parseHostPort(const QString &text, QString &host, int &port)
{
    QString rest = text;
    if (rest.startsWith(QLatin1String("tls://")))
        rest = rest.mid(6);
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    host = colon < 0 ? rest : rest.left(colon);
    bool ok = true;
    port = colon < 0 ? 0 : rest.mid(colon + 1).toInt(&ok);
    in_addr parsed{};
    return ok && port >= 0 && port < 65536 &&
           ::inet_pton(AF_INET, host.toLatin1().constData(), &parsed) == 1;
}

QString supervisorCommandLine(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = file.read(4096);
    text.replace('\0', ' ');
    return QString::fromLocal8Bit(text);
}

// The supervisor named in status.json, if it is still that process.
qint64 liveSupervisor(const QString &stateDir)
{
    const QJsonObject status =
        clusterstate::readJson(QDir(stateDir).filePath(QLatin1String(clusterstate::kStatusFile)));
    const qint64 pid = qint64(status.value(QStringLiteral("supervisor_pid")).toDouble());
    if (!clusterstate::alive(pid))
        return 0;
    const QString line = supervisorCommandLine(pid);
    return line.contains(QLatin1String("cluster supervise")) ? pid : 0;
}

} // namespace

ClusterCommand::ClusterCommand(QObject *parent) : QObject(parent)
{
    m_poll.setInterval(200);
}

ClusterCommand::~ClusterCommand()
{
    for (auto &member : m_members) {
        if (member->process && member->process->state() != QProcess::NotRunning) {
            member->process->kill();
            member->process->waitForFinished(2000);
        }
    }
    if (m_probe && m_probe->state() != QProcess::NotRunning) {
        m_probe->kill();
        m_probe->waitForFinished(2000);
    }
    if (!m_probeConfig.isEmpty())
        QFile::remove(m_probeConfig);
    if (m_signalPipe[0] >= 0) {
        g_signalFd = -1;
        ::close(m_signalPipe[0]);
        ::close(m_signalPipe[1]);
    }
}

int ClusterCommand::start(const QStringList &arguments)
{
    m_command = QStringLiteral("sandbench cluster");
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("start"))
        return startCluster(rest);
    if (sub == QLatin1String("status"))
        return status(rest);
    if (sub == QLatin1String("stop"))
        return stop(rest);
    if (sub == QLatin1String("supervise"))
        return supervise(rest);
    if (sub == QLatin1String("worker"))
        return joinWorker(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        QTextStream(sub.isEmpty() ? stderr : stdout)
            << tr("Usage: sandbench cluster start|status|stop|worker [options]\n"
                  "A Dask cluster whose scheduler and workers run in Sandbench's sandbox and talk\n"
                  "TLS with certificates made for this cluster.\n\n"
                  "  start    start a scheduler and N sandboxed workers (--workers, --memory,\n"
                  "           --listen HOST:PORT, --state DIR, --data FILE)\n"
                  "  status   what runs (--state DIR)\n"
                  "  stop     stop the cluster (--state DIR)\n"
                  "  worker   join one sandboxed worker to a cluster from another machine\n"
                  "           (--scheduler tls://HOST:PORT --certs DIR)\n");
        return sub.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    return usageError(m_command, tr("unknown cluster command '%1'; use start, status, stop or "
                                    "worker")
                                     .arg(sub));
}

bool ClusterCommand::makeCertificates(const QString &certsDir, QString &error)
{
    const QString config = QDir(m_memberDir).filePath(QStringLiteral("certs.json"));
    QString writeError;
    if (!clusterstate::writeJson(config, QJsonObject{{QStringLiteral("certs"), certsDir}},
                                 writeError)) {
        error = writeError;
        return false;
    }
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(paths::workerExecutable(),
                  {QStringLiteral("--cluster-role"), QStringLiteral("certs"),
                   QStringLiteral("--cluster-config"), config});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        error = tr("the cluster's certificates could not be made (the worker needs Python's "
                   "'cryptography' package): %1")
                    .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

int ClusterCommand::startCluster(const QStringList &arguments)
{
    m_command = QStringLiteral("sandbench cluster start");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Starts a Dask scheduler and N workers, each in Sandbench's sandbox (namespaces, "
           "limits, Landlock with the cluster's TCP ports only, seccomp, the audit hook), talking "
           "TLS with certificates made for this cluster. Sessions use it with --cluster DIR."));
    parser.addHelpOption();
    const QCommandLineOption workers(QStringLiteral("workers"),
                                     tr("How many workers (2); 0 starts the scheduler alone, for "
                                        "workers that join with 'sandbench cluster worker'."),
                                     QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption memory(
        QStringLiteral("memory"),
        tr("Each worker's memory limit in MB (%1).").arg(kDefaultMemoryMb), QStringLiteral("MB"),
        QString::number(kDefaultMemoryMb));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("Threads per worker (1)."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("The scheduler's address, HOST or HOST:PORT (127.0.0.1 "
                                       "and a free port). Workers listen on the ports after it."),
                                    QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption state(
        QStringLiteral("state"),
        tr("The cluster's folder: address, certificates, pids, logs "
           "(%1).")
            .arg(QDir::toNativeSeparators(clusterstate::defaultStateDir())),
        QStringLiteral("DIR"), clusterstate::defaultStateDir());
    const QCommandLineOption data(QStringLiteral("data"),
                                  tr("A file or folder the workers may read (repeatable); "
                                     "they read nothing else of yours."),
                                  QStringLiteral("PATH"));
    parser.addOptions({workers, memory, threads, listen, state, data});
    QTextStream out(stdout);
    if (auto done = parseCommand(parser, m_command, arguments, out))
        return *done;
    bool ok = false;
    const int count = parser.value(workers).toInt(&ok);
    if (!ok || count < 0 || count > kWorkerPortSpan)
        return usageError(m_command, tr("--workers must be a number from 0 to %1, not '%2'")
                                         .arg(kWorkerPortSpan)
                                         .arg(parser.value(workers)));
    const int memoryMb = parser.value(memory).toInt(&ok);
    if (!ok || memoryMb < 512)
        return usageError(
            m_command,
            tr("--memory must be at least 512 (MB), not '%1'").arg(parser.value(memory)));
    m_threads = parser.value(threads).toInt(&ok);
    if (!ok || m_threads < 1 || m_threads > 64)
        return usageError(m_command, tr("--threads must be a number from 1 to 64"));
    QString host;
    int port = 0;
    if (!parseHostPort(parser.value(listen), host, port))
        return usageError(m_command, tr("--listen must be an IPv4 address with an optional "
                                        "port, such as 127.0.0.1:8786, not '%1'")
                                         .arg(parser.value(listen)));
    QStringList datasets;
    for (const QString &path : parser.values(data)) {
        if (!QFileInfo::exists(path))
            return usageError(m_command, tr("--data %1: no such file or folder").arg(path));
        datasets.append(QFileInfo(path).absoluteFilePath());
    }
    const QString dir = QFileInfo(parser.value(state)).absoluteFilePath();
    if (const qint64 running = liveSupervisor(dir)) {
        QTextStream(stderr) << m_command << ": "
                            << tr("a cluster already runs from %1 (supervisor pid %2); stop it "
                                  "with 'sandbench cluster stop --state %1'")
                                   .arg(QDir::toNativeSeparators(dir))
                                   .arg(running)
                            << Qt::endl;
        return ExitCode::Usage;
    }
    if (port == 0)
        port = choosePort(host);
    if (port == 0 || port + kWorkerPortSpan > 65535 || !portFree(host, port)) {
        QTextStream(stderr) << m_command << ": "
                            << tr("no free port for the scheduler on %1; name one with "
                                  "--listen HOST:PORT")
                                   .arg(host)
                            << Qt::endl;
        return ExitCode::Unavailable;
    }
    m_memberDir = QDir(dir).filePath(QStringLiteral("members"));
    const QString certs = QDir(dir).filePath(QStringLiteral("certs"));
    for (const QString &folder : {dir, m_memberDir, QDir(dir).filePath(QStringLiteral("logs"))}) {
        if (!QDir().mkpath(folder)) {
            QTextStream(stderr) << m_command << ": "
                                << tr("cannot create %1").arg(QDir::toNativeSeparators(folder))
                                << Qt::endl;
            return ExitCode::CantCreate;
        }
    }
    QFile::remove(QDir(dir).filePath(QLatin1String(clusterstate::kStatusFile)));
    QString error;
    if (!makeCertificates(certs, error)) {
        QTextStream(stderr) << m_command << ": " << error << Qt::endl;
        return ExitCode::Software;
    }
    m_info.stateDir = dir;
    m_info.host = host;
    m_info.port = port;
    m_info.scheduler = QStringLiteral("tls://%1:%2").arg(host).arg(port);
    m_info.workerPortLow = port + 1;
    m_info.workerPortHigh = port + kWorkerPortSpan;
    m_info.workers = count;
    m_info.memoryMb = memoryMb;
    m_info.certsDir = certs;
    m_info.datasets = datasets;
    QJsonObject cluster = m_info.toJson();
    cluster.insert(QStringLiteral("threads"), m_threads);
    if (!clusterstate::writeJson(QDir(dir).filePath(QLatin1String(clusterstate::kClusterFile)),
                                 cluster, error) ||
        // The certificates' folder carries the address too: it is all a joining machine needs.
        !clusterstate::writeJson(QDir(certs).filePath(QLatin1String(clusterstate::kClusterFile)),
                                 cluster, error)) {
        QTextStream(stderr) << m_command << ": " << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    // The supervisor outlives this command: detached, in its own session, its output in a log.
    QProcess supervisor;
    supervisor.setProgram(QCoreApplication::applicationFilePath());
    supervisor.setArguments(
        {QStringLiteral("cluster"), QStringLiteral("supervise"), QStringLiteral("--state"), dir});
    supervisor.setStandardInputFile(QProcess::nullDevice());
    const QString log = QDir(dir).filePath(QStringLiteral("logs/supervisor.log"));
    supervisor.setStandardOutputFile(log, QIODevice::Append);
    supervisor.setStandardErrorFile(log, QIODevice::Append);
    if (!supervisor.startDetached(&m_supervisorPid)) {
        QTextStream(stderr)
            << m_command << ": "
            << tr("the cluster's supervisor could not start: %1").arg(supervisor.errorString())
            << Qt::endl;
        return ExitCode::Software;
    }
    m_waited.start();
    connect(&m_poll, &QTimer::timeout, this, &ClusterCommand::waitForReady);
    m_poll.start();
    return -1;
}

// `start` returns once every worker has registered with the scheduler, or says why not.
void ClusterCommand::waitForReady()
{
    const QJsonObject status = clusterstate::readJson(
        QDir(m_info.stateDir).filePath(QLatin1String(clusterstate::kStatusFile)));
    int running = 0;
    bool schedulerRunning = false;
    for (const QJsonValue &member : status.value(QStringLiteral("members")).toArray()) {
        const QJsonObject object = member.toObject();
        const bool up =
            object.value(QStringLiteral("state")).toString() == QLatin1String("running");
        if (object.value(QStringLiteral("role")).toString() == QLatin1String("worker") && up)
            ++running;
        else if (object.value(QStringLiteral("role")).toString() == QLatin1String("scheduler"))
            schedulerRunning = up;
    }
    QTextStream out(stdout);
    if (schedulerRunning && running >= m_info.workers) {
        m_poll.stop();
        if (m_info.workers == 0) {
            out << tr("cluster running: scheduler %1 only, no workers started with it; join "
                      "workers with 'sandbench cluster worker --scheduler %1 --certs %2'")
                       .arg(m_info.scheduler, QDir::toNativeSeparators(m_info.certsDir))
                << Qt::endl;
        } else {
            out << tr("cluster running: scheduler %1, %n sandboxed worker(s) (%2 MB each)", nullptr,
                      m_info.workers)
                       .arg(m_info.scheduler)
                       .arg(m_info.memoryMb)
                << Qt::endl;
        }
        out << tr("state: %1 (use it with --cluster on run, serve and mcp)")
                   .arg(QDir::toNativeSeparators(m_info.stateDir))
            << Qt::endl;
        Q_EMIT finished(ExitCode::Ok);
        return;
    }
    const bool supervisorGone = !clusterstate::alive(m_supervisorPid);
    if (supervisorGone || m_waited.elapsed() > kReadyTimeoutMs) {
        m_poll.stop();
        if (!supervisorGone)
            ::kill(pid_t(m_supervisorPid), SIGTERM);
        QTextStream(stderr) << m_command << ": "
                            << tr("the cluster did not start (%1 of %2 workers registered); "
                                  "see the logs in %3")
                                   .arg(running)
                                   .arg(m_info.workers)
                                   .arg(QDir::toNativeSeparators(
                                       QDir(m_info.stateDir).filePath(QStringLiteral("logs"))))
                            << Qt::endl;
        Q_EMIT finished(ExitCode::Software);
    }
}

int ClusterCommand::status(const QStringList &arguments)
{
    m_command = QStringLiteral("sandbench cluster status");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows what of a cluster runs: the scheduler's address "
                                        "and each worker's pid, port, state and restarts."));
    parser.addHelpOption();
    const QCommandLineOption state(QStringLiteral("state"), tr("The cluster's folder."),
                                   QStringLiteral("DIR"), clusterstate::defaultStateDir());
    const QCommandLineOption json(QStringLiteral("json"), tr("As one JSON object."));
    const QCommandLineOption live(
        QStringLiteral("live"),
        tr("Also ask the scheduler for its workers' memory and running tasks, with the "
           "cluster's client certificate, from a sandboxed helper that may reach the "
           "scheduler's port only."));
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   tr("As --live, asking again every SECONDS until ended (one "
                                      "line each time)."),
                                   QStringLiteral("SECONDS"));
    parser.addOptions({state, json, live, watch});
    QTextStream out(stdout);
    if (auto done = parseCommand(parser, m_command, arguments, out))
        return *done;
    ClusterInfo info;
    QString error;
    const bool asked = parser.isSet(live) || parser.isSet(watch);
    if (!clusterstate::load(parser.value(state), info, error)) {
        if (asked && parser.isSet(json)) {
            // The window's Cluster panel reads this: the problem as a word, the message as text.
            const bool noFolder = !QFileInfo::exists(
                QDir(parser.value(state)).filePath(QLatin1String(clusterstate::kClusterFile)));
            out << QJsonDocument(
                       QJsonObject{{QStringLiteral("ok"), false},
                                   {QStringLiteral("problem"),
                                    noFolder ? QStringLiteral("missing") : QStringLiteral("certs")},
                                   {QStringLiteral("error"), error}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
            return ExitCode::Usage;
        }
        return usageError(m_command, error);
    }
    if (asked) {
        bool ok = true;
        const double interval = parser.isSet(watch) ? parser.value(watch).toDouble(&ok) : 0.0;
        if (!ok || (parser.isSet(watch) && (interval < 0.5 || interval > 3600)))
            return usageError(
                m_command,
                tr("--watch takes seconds from 0.5 to 3600, not '%1'").arg(parser.value(watch)));
        return liveStatus(info, parser.isSet(json), interval);
    }
    QJsonObject status = clusterstate::readJson(
        QDir(info.stateDir).filePath(QLatin1String(clusterstate::kStatusFile)));
    const bool running = liveSupervisor(info.stateDir) != 0;
    if (parser.isSet(json)) {
        status.insert(QStringLiteral("running"), running);
        status.insert(QStringLiteral("scheduler"), info.scheduler);
        out << QJsonDocument(status).toJson(QJsonDocument::Compact) << Qt::endl;
        return running ? ExitCode::Ok : ExitCode::RuntimeError;
    }
    if (!running) {
        out << tr("not running (%1)").arg(QDir::toNativeSeparators(info.stateDir)) << Qt::endl;
        return ExitCode::RuntimeError;
    }
    out << tr("scheduler %1, supervisor pid %2")
               .arg(info.scheduler)
               .arg(qint64(status.value(QStringLiteral("supervisor_pid")).toDouble()))
        << Qt::endl;
    for (const QJsonValue &value : status.value(QStringLiteral("members")).toArray()) {
        const QJsonObject member = value.toObject();
        out << QStringLiteral("  %1  %2  port %3  pid %4  %5")
                   .arg(member.value(QStringLiteral("name")).toString(), -10)
                   .arg(member.value(QStringLiteral("role")).toString(), -9)
                   .arg(member.value(QStringLiteral("port")).toInt())
                   .arg(qint64(member.value(QStringLiteral("pid")).toDouble()))
                   .arg(member.value(QStringLiteral("state")).toString());
        if (const int restarts = member.value(QStringLiteral("restarts")).toInt())
            out << QLatin1Char(' ') << tr("(restarted %n time(s))", nullptr, restarts);
        out << Qt::endl;
    }
    return ExitCode::Ok;
}

int ClusterCommand::liveStatus(const ClusterInfo &info, bool json, double interval)
{
    m_info = info;
    if (!liveSupervisor(info.stateDir)) {
        const QString message =
            tr("the cluster in %1 is not running; start it with 'sandbench cluster start "
               "--state %1'")
                .arg(QDir::toNativeSeparators(info.stateDir));
        if (json)
            QTextStream(stdout)
                << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                             {QStringLiteral("problem"), QStringLiteral("down")},
                                             {QStringLiteral("error"), message},
                                             {QStringLiteral("cluster"), info.toJson()}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        else
            QTextStream(stderr) << m_command << ": " << message << Qt::endl;
        return ExitCode::RuntimeError;
    }
    // The probe reads its configuration before it arms; the file goes when this command ends.
    m_probeConfig =
        QDir(QDir::tempPath())
            .filePath(
                QStringLiteral("sandbench-probe-%1.json").arg(QCoreApplication::applicationPid()));
    QString error;
    if (!clusterstate::writeJson(m_probeConfig,
                                 QJsonObject{{QStringLiteral("scheduler"), info.scheduler},
                                             {QStringLiteral("certs"), info.certsDir},
                                             {QStringLiteral("interval"), qMax(0.5, interval)},
                                             {QStringLiteral("count"), interval > 0 ? 0 : 1}},
                                 error)) {
        QTextStream(stderr) << m_command << ": " << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    m_probe = new QProcess(this);
    m_probe->setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
    environment.insert(QStringLiteral("MALLOC_ARENA_MAX"), QStringLiteral("2"));
    environment.insert(QStringLiteral("OMP_NUM_THREADS"), QStringLiteral("1"));
    environment.insert(QStringLiteral("OPENBLAS_NUM_THREADS"), QStringLiteral("1"));
    m_probe->setProcessEnvironment(environment);
    connect(m_probe, &QProcess::readyReadStandardOutput, this,
            [this, json] { onProbeOutput(json); });
    connect(m_probe, &QProcess::finished, this, [this, json](int exitCode, QProcess::ExitStatus) {
        QFile::remove(m_probeConfig);
        onProbeOutput(json);
        if (!m_probeAnswered) {
            const QString message =
                tr("the cluster's scheduler could not be asked (the helper ended with status "
                   "%1): %2")
                    .arg(exitCode)
                    .arg(QString::fromLocal8Bit(m_probe->readAllStandardError().right(600))
                             .trimmed());
            if (json)
                QTextStream(stdout)
                    << QJsonDocument(
                           QJsonObject{{QStringLiteral("ok"), false},
                                       {QStringLiteral("problem"), QStringLiteral("probe")},
                                       {QStringLiteral("error"), message}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
            else
                QTextStream(stderr) << m_command << ": " << message << Qt::endl;
            Q_EMIT finished(ExitCode::RuntimeError);
            return;
        }
        Q_EMIT finished(exitCode == 0 && m_probeOk ? ExitCode::Ok : ExitCode::RuntimeError);
    });
    m_probe->start(paths::workerExecutable(),
                   {QStringLiteral("--cluster-role"), QStringLiteral("probe"),
                    QStringLiteral("--cluster-config"), m_probeConfig});
    return -1;
}

// Each line of the probe: what the scheduler says of its workers, joined with what the supervisor
// wrote (each member's pid, state, restarts and the layers it armed with).
void ClusterCommand::onProbeOutput(bool json)
{
    m_probePending += m_probe->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_probePending.indexOf('\n')) >= 0) {
        const QByteArray line = m_probePending.left(newline);
        m_probePending.remove(0, newline + 1);
        const QJsonObject probe = QJsonDocument::fromJson(line).object();
        if (probe.isEmpty())
            continue;
        if (!m_probeAnswered)
            QFile::remove(
                m_probeConfig); // read before the probe armed; a killed command leaves none
        m_probeAnswered = true;
        m_probeOk = probe.value(QStringLiteral("ok")).toBool();
        const QJsonObject status = clusterstate::readJson(
            QDir(m_info.stateDir).filePath(QLatin1String(clusterstate::kStatusFile)));
        QJsonObject report{
            {QStringLiteral("ok"), probe.value(QStringLiteral("ok")).toBool()},
            {QStringLiteral("cluster"), m_info.toJson()},
            {QStringLiteral("state"), m_info.stateDir},
            {QStringLiteral("members"), status.value(QStringLiteral("members"))},
            {QStringLiteral("scheduler_says"), probe.value(QStringLiteral("workers")).toArray()}};
        if (!report.value(QStringLiteral("ok")).toBool()) {
            const QString problem = probe.value(QStringLiteral("problem")).toString();
            report.insert(QStringLiteral("problem"), problem);
            const QString detail = probe.value(QStringLiteral("error")).toString();
            report.insert(
                QStringLiteral("error"),
                problem == QLatin1String("certs")
                    ? tr("the scheduler %1 refused the cluster's certificates in %2 (they are "
                         "not this cluster's, or were replaced): %3")
                          .arg(m_info.scheduler, QDir::toNativeSeparators(m_info.certsDir), detail)
                    : tr("the scheduler %1 does not answer (%2); is the cluster running? "
                         "'sandbench cluster status --state %3' tells")
                          .arg(m_info.scheduler, detail,
                               QDir::toNativeSeparators(m_info.stateDir)));
        }
        if (json) {
            QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
            continue;
        }
        QTextStream out(stdout);
        if (!report.value(QStringLiteral("ok")).toBool()) {
            out << report.value(QStringLiteral("error")).toString() << Qt::endl;
            continue;
        }
        out << tr("scheduler %1: %n worker(s)", nullptr,
                  int(report.value(QStringLiteral("scheduler_says")).toArray().size()))
                   .arg(m_info.scheduler)
            << Qt::endl;
        for (const QJsonValue &value : report.value(QStringLiteral("scheduler_says")).toArray()) {
            const QJsonObject w = value.toObject();
            out << QStringLiteral("  %1  %2  ")
                       .arg(w.value(QStringLiteral("name")).toString(), -10)
                       .arg(w.value(QStringLiteral("address")).toString(), -24)
                << tr("memory %1 of %2 MB, %n task(s) running", nullptr,
                      w.value(QStringLiteral("executing")).toInt())
                       .arg(qint64(w.value(QStringLiteral("memory")).toDouble()) >> 20)
                       .arg(qint64(w.value(QStringLiteral("memory_limit")).toDouble()) >> 20)
                << Qt::endl;
        }
    }
}

int ClusterCommand::stop(const QStringList &arguments)
{
    m_command = QStringLiteral("sandbench cluster stop");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Stops a cluster's scheduler and workers."));
    parser.addHelpOption();
    const QCommandLineOption state(QStringLiteral("state"), tr("The cluster's folder."),
                                   QStringLiteral("DIR"), clusterstate::defaultStateDir());
    parser.addOption(state);
    QTextStream out(stdout);
    if (auto done = parseCommand(parser, m_command, arguments, out))
        return *done;
    ClusterInfo info;
    QString error;
    if (!clusterstate::load(parser.value(state), info, error))
        return usageError(m_command, error);
    m_supervisorPid = liveSupervisor(info.stateDir);
    if (!m_supervisorPid) {
        out << tr("not running (%1)").arg(QDir::toNativeSeparators(info.stateDir)) << Qt::endl;
        return ExitCode::Ok;
    }
    ::kill(pid_t(m_supervisorPid), SIGTERM);
    m_info = info;
    m_waited.start();
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (clusterstate::alive(m_supervisorPid) && m_waited.elapsed() < 30000)
            return;
        m_poll.stop();
        // A supervisor that ignores SIGTERM goes; its members die with it (PDEATHSIG).
        if (clusterstate::alive(m_supervisorPid))
            ::kill(pid_t(m_supervisorPid), SIGKILL);
        QTextStream(stdout) << tr("cluster stopped (%1)").arg(m_info.scheduler) << Qt::endl;
        Q_EMIT finished(ExitCode::Ok);
    });
    m_poll.start();
    return -1;
}

QJsonObject ClusterCommand::workerConfig(const QString &name, int port) const
{
    return QJsonObject{
        {QStringLiteral("role"), QStringLiteral("worker")},
        {QStringLiteral("name"), name},
        {QStringLiteral("certs"), m_info.certsDir},
        {QStringLiteral("host"), m_info.host},
        {QStringLiteral("port"), port},
        {QStringLiteral("worker_ports"), QJsonArray{m_info.workerPortLow, m_info.workerPortHigh}},
        {QStringLiteral("scheduler"), m_info.scheduler},
        {QStringLiteral("scratch"), QDir(m_scratchRoot).filePath(name)},
        {QStringLiteral("memory_mb"), m_info.memoryMb},
        {QStringLiteral("nthreads"), m_threads},
        {QStringLiteral("datasets"), QJsonArray::fromStringList(m_info.datasets)},
        {QStringLiteral("processes"), 512},
        {QStringLiteral("open_files"), 4096},
    };
}

bool ClusterCommand::writeMemberConfig(Member &member, const QJsonObject &config, QString &error)
{
    member.configPath = QDir(m_memberDir).filePath(member.name + QStringLiteral(".json"));
    return clusterstate::writeJson(member.configPath, config, error);
}

int ClusterCommand::supervise(const QStringList &arguments)
{
    m_command = QStringLiteral("sandbench cluster supervise");
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption state(QStringLiteral("state"), tr("The cluster's folder."),
                                   QStringLiteral("DIR"));
    parser.addOption(state);
    QTextStream out(stdout);
    if (auto done = parseCommand(parser, m_command, arguments, out))
        return *done;
    QString error;
    if (!clusterstate::load(parser.value(state), m_info, error))
        return usageError(m_command, error);
    m_threads =
        qMax(1, clusterstate::readJson(
                    QDir(m_info.stateDir).filePath(QLatin1String(clusterstate::kClusterFile)))
                    .value(QStringLiteral("threads"))
                    .toInt(1));
    m_memberDir = QDir(m_info.stateDir).filePath(QStringLiteral("members"));
    m_logDir = QDir(m_info.stateDir).filePath(QStringLiteral("logs"));
    m_scratchRoot = QDir(m_info.stateDir).filePath(QStringLiteral("scratch"));
    QDir().mkpath(m_scratchRoot);
    ::setsid();

    if (::pipe2(m_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        g_signalFd = m_signalPipe[1];
        auto *notifier = new QSocketNotifier(m_signalPipe[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] {
            char buffer[16];
            while (::read(m_signalPipe[0], buffer, sizeof buffer) > 0) {
            }
            shutDown(ExitCode::Ok);
        });
        struct sigaction action
        {
        };
        action.sa_handler = onTerminate;
        ::sigemptyset(&action.sa_mask);
        ::sigaction(SIGTERM, &action, nullptr);
        ::sigaction(SIGINT, &action, nullptr);
    }

    auto scheduler = std::make_unique<Member>();
    scheduler->name = QStringLiteral("scheduler");
    scheduler->role = QStringLiteral("scheduler");
    scheduler->port = m_info.port;
    const QJsonObject schedulerConfig{
        {QStringLiteral("role"), QStringLiteral("scheduler")},
        {QStringLiteral("name"), QStringLiteral("scheduler")},
        {QStringLiteral("certs"), m_info.certsDir},
        {QStringLiteral("host"), m_info.host},
        {QStringLiteral("port"), m_info.port},
        {QStringLiteral("worker_ports"), QJsonArray{m_info.workerPortLow, m_info.workerPortHigh}},
        {QStringLiteral("scratch"), QDir(m_scratchRoot).filePath(QStringLiteral("scheduler"))},
        {QStringLiteral("processes"), 512},
        {QStringLiteral("open_files"), 4096},
    };
    if (!writeMemberConfig(*scheduler, schedulerConfig, error)) {
        QTextStream(stderr) << m_command << ": " << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    m_members.push_back(std::move(scheduler));
    for (int i = 1; i <= m_info.workers; ++i) {
        auto worker = std::make_unique<Member>();
        worker->name = QStringLiteral("worker-%1").arg(i);
        worker->role = QStringLiteral("worker");
        worker->port = m_info.workerPortLow + i - 1;
        if (!writeMemberConfig(*worker, workerConfig(worker->name, worker->port), error)) {
            QTextStream(stderr) << m_command << ": " << error << Qt::endl;
            return ExitCode::CantCreate;
        }
        m_members.push_back(std::move(worker));
    }
    m_supervisorPid = QCoreApplication::applicationPid();
    launch(*m_members.front()); // the workers follow once the scheduler listens
    writeStatus();
    return -1;
}

void ClusterCommand::launch(Member &member)
{
    if (m_stopping)
        return;
    if (member.role == QLatin1String("worker") && !m_foreground)
        QDir().mkpath(QDir(m_scratchRoot).filePath(member.name));
    delete member.process;
    member.process = new QProcess(this);
    member.process->setProcessChannelMode(QProcess::MergedChannels);
    member.process->setStandardInputFile(QProcess::nullDevice());
    // A scrubbed environment: nothing of the user's session reaches a member.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
    // Threads count against the member's process limit and each malloc arena against its address
    // space: Dask runs its own threads, the math libraries need none of their own.
    environment.insert(QStringLiteral("MALLOC_ARENA_MAX"), QStringLiteral("2"));
    environment.insert(QStringLiteral("OMP_NUM_THREADS"), QStringLiteral("1"));
    environment.insert(QStringLiteral("OPENBLAS_NUM_THREADS"), QStringLiteral("1"));
    member.process->setProcessEnvironment(environment);
    Member *m = &member;
    connect(member.process, &QProcess::readyRead, this, [this, m] { onOutput(*m); });
    connect(member.process, &QProcess::finished, this,
            [this, m](int exitCode, QProcess::ExitStatus) { onExited(*m, exitCode); });
    member.state = member.restarts ? QStringLiteral("restarting") : QStringLiteral("starting");
    member.layers = {};
    member.pending.clear();
    member.process->start(paths::workerExecutable(),
                          {QStringLiteral("--cluster-role"), member.role,
                           QStringLiteral("--cluster-config"), member.configPath});
    writeStatus();
}

void ClusterCommand::onOutput(Member &member)
{
    const QByteArray chunk = member.process->readAll();
    if (!m_foreground) {
        QFile log(QDir(m_logDir).filePath(member.name + QStringLiteral(".log")));
        if (log.open(QIODevice::Append))
            log.write(chunk);
    } else {
        QFile err;
        if (err.open(stderr, QIODevice::WriteOnly))
            err.write(chunk);
    }
    member.pending += chunk;
    qsizetype newline;
    while ((newline = member.pending.indexOf('\n')) >= 0) {
        const QByteArray line = member.pending.left(newline);
        member.pending.remove(0, newline + 1);
        // "sandbench-cluster: worker layers {...}": printed once, right after arming and before
        // the member listens, so no client's code can have written it.
        const qsizetype layersAt = line.indexOf(" layers {");
        if (line.startsWith("sandbench-cluster: ") && layersAt > 0 && member.layers.isEmpty()) {
            const QJsonObject layers = QJsonDocument::fromJson(line.mid(layersAt + 8)).object();
            for (auto it = layers.begin(); it != layers.end(); ++it) {
                if (it.value().isString())
                    member.layers.insert(it.key(), it.value().toString().left(300));
            }
            writeStatus();
        }
        const bool ready = line.contains("sandbench-cluster: scheduler ready") ||
                           line.contains("sandbench-cluster: worker registered");
        if (ready && member.state != QLatin1String("running")) {
            member.state = QStringLiteral("running");
            if (member.role == QLatin1String("scheduler")) {
                for (auto &other : m_members) {
                    if (other->role == QLatin1String("worker") &&
                        (!other->process || other->process->state() == QProcess::NotRunning))
                        launch(*other);
                }
            }
            writeStatus();
        }
    }
    if (member.pending.size() > 65536)
        member.pending.clear(); // a line that long is no status line
}

void ClusterCommand::onExited(Member &member, int exitCode)
{
    if (m_stopping)
        return;
    if (m_foreground) {
        QTextStream(stderr) << m_command << ": "
                            << tr("the worker ended (status %1); starting it again").arg(exitCode)
                            << Qt::endl;
    }
    // A worker that dies (killed, out of memory) is started again on the same port; Dask reruns
    // the tasks it held on the others meanwhile. Backing off keeps a crash loop cheap.
    ++member.restarts;
    member.state = QStringLiteral("restarting");
    writeStatus();
    const int delay = qMin(500 * member.restarts, 10000);
    QTimer::singleShot(delay, this, [this, &member] {
        if (member.role == QLatin1String("scheduler") ||
            m_members.front()->state == QLatin1String("running") || m_foreground)
            launch(member);
    });
}

void ClusterCommand::writeStatus()
{
    if (m_foreground)
        return;
    QJsonArray members;
    for (const auto &member : m_members) {
        members.append(QJsonObject{
            {QStringLiteral("name"), member->name},
            {QStringLiteral("role"), member->role},
            {QStringLiteral("port"), member->port},
            {QStringLiteral("pid"), member->process ? double(member->process->processId()) : 0.0},
            {QStringLiteral("state"), member->state},
            {QStringLiteral("restarts"), member->restarts},
            {QStringLiteral("layers"), member->layers},
        });
    }
    QString error;
    clusterstate::writeJson(
        QDir(m_info.stateDir).filePath(QLatin1String(clusterstate::kStatusFile)),
        QJsonObject{
            {QStringLiteral("supervisor_pid"), double(m_supervisorPid)},
            {QStringLiteral("scheduler"), m_info.scheduler},
            {QStringLiteral("members"), members},
            {QStringLiteral("updated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}},
        error);
}

void ClusterCommand::shutDown(int exitCode)
{
    if (m_stopping)
        return;
    m_stopping = true;
    // Workers first, then the scheduler; each gets a moment to close its connections.
    for (auto it = m_members.rbegin(); it != m_members.rend(); ++it) {
        QProcess *process = (*it)->process;
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(3000))
                process->kill();
            process->waitForFinished(2000);
        }
        (*it)->state = QStringLiteral("stopped");
    }
    if (!m_foreground)
        QFile::remove(QDir(m_info.stateDir).filePath(QLatin1String(clusterstate::kStatusFile)));
    Q_EMIT finished(exitCode);
}

int ClusterCommand::joinWorker(const QStringList &arguments)
{
    m_command = QStringLiteral("sandbench cluster worker");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Joins one sandboxed worker to a cluster, typically from another machine: copy the "
           "cluster's certs folder there first. Runs until interrupted; restarts the worker if "
           "it dies."));
    parser.addHelpOption();
    const QCommandLineOption scheduler(
        QStringLiteral("scheduler"), tr("The scheduler, tls://HOST:PORT."), QStringLiteral("ADDR"));
    const QCommandLineOption certs(QStringLiteral("certs"),
                                   tr("The cluster's certs folder (from its state folder)."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption memory(QStringLiteral("memory"), tr("Memory limit in MB."),
                                    QStringLiteral("MB"), QString::number(kDefaultMemoryMb));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("Threads (1)."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption name(QStringLiteral("name"), tr("The worker's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("The address this worker listens on (the one that reaches "
                                     "the scheduler)."),
                                  QStringLiteral("IP"));
    const QCommandLineOption scratch(QStringLiteral("scratch"),
                                     tr("The worker's scratch folder (spilled data)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  tr("A file or folder the worker may read (repeatable)."),
                                  QStringLiteral("PATH"));
    parser.addOptions({scheduler, certs, memory, threads, name, host, scratch, data});
    QTextStream out(stdout);
    if (auto done = parseCommand(parser, m_command, arguments, out))
        return *done;
    if (!parser.isSet(scheduler) || !parser.isSet(certs))
        return usageError(m_command, tr("--scheduler tls://HOST:PORT and --certs DIR are both "
                                        "needed"));
    QString error;
    if (!clusterstate::load(parser.value(certs), m_info, error))
        return usageError(m_command, error);
    QString schedulerHost;
    int schedulerPort = 0;
    if (!parser.value(scheduler).startsWith(QLatin1String("tls://")) ||
        !parseHostPort(parser.value(scheduler), schedulerHost, schedulerPort) || !schedulerPort)
        return usageError(
            m_command,
            tr("--scheduler must be tls://IP:PORT, not '%1'").arg(parser.value(scheduler)));
    m_info.scheduler = parser.value(scheduler);
    m_info.host = parser.isSet(host) ? parser.value(host) : localAddressTowards(schedulerHost);
    m_info.memoryMb = parser.value(memory).toInt();
    if (m_info.memoryMb < 512)
        return usageError(m_command, tr("--memory must be at least 512 (MB)"));
    m_threads = qMax(1, parser.value(threads).toInt());
    m_info.datasets.clear();
    for (const QString &path : parser.values(data))
        m_info.datasets.append(QFileInfo(path).absoluteFilePath());
    int port = 0;
    for (int candidate = m_info.workerPortLow; candidate <= m_info.workerPortHigh; ++candidate) {
        if (portFree(m_info.host, candidate)) {
            port = candidate;
            break;
        }
    }
    if (!port) {
        QTextStream(stderr) << m_command << ": "
                            << tr("no free port in the cluster's worker range %1-%2 on %3")
                                   .arg(m_info.workerPortLow)
                                   .arg(m_info.workerPortHigh)
                                   .arg(m_info.host)
                            << Qt::endl;
        return ExitCode::Unavailable;
    }
    m_foreground = true;
    const QString workerName = parser.isSet(name)
                                   ? parser.value(name)
                                   : QStringLiteral("joined-%1-%2").arg(m_info.host).arg(port);
    m_scratchRoot = parser.isSet(scratch)
                        ? QFileInfo(parser.value(scratch)).absoluteFilePath()
                        : QDir(QDir::tempPath())
                              .filePath(QStringLiteral("sandbench-cluster-%1")
                                            .arg(QCoreApplication::applicationPid()));
    m_memberDir = m_scratchRoot;
    QDir().mkpath(QDir(m_scratchRoot).filePath(workerName));
    auto worker = std::make_unique<Member>();
    worker->name = workerName;
    worker->role = QStringLiteral("worker");
    worker->port = port;
    if (!writeMemberConfig(*worker, workerConfig(workerName, port), error)) {
        QTextStream(stderr) << m_command << ": " << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    if (::pipe2(m_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        g_signalFd = m_signalPipe[1];
        auto *notifier = new QSocketNotifier(m_signalPipe[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] { shutDown(ExitCode::Ok); });
        struct sigaction action
        {
        };
        action.sa_handler = onTerminate;
        ::sigemptyset(&action.sa_mask);
        ::sigaction(SIGTERM, &action, nullptr);
        ::sigaction(SIGINT, &action, nullptr);
    }
    m_members.push_back(std::move(worker));
    out << tr("joining %1 as %2 on port %3").arg(m_info.scheduler, workerName).arg(port)
        << Qt::endl;
    launch(*m_members.front());
    return -1;
}

} // namespace sandbench::cli
