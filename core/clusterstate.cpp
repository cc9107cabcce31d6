#include "clusterstate.h"

#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cerrno>
#include <csignal>

namespace sandbench {

QJsonObject ClusterInfo::toJson() const
{
    QJsonObject object{{QStringLiteral("scheduler"), scheduler},
                       {QStringLiteral("host"), host},
                       {QStringLiteral("port"), port},
                       {QStringLiteral("worker_ports"), QJsonArray{workerPortLow, workerPortHigh}},
                       {QStringLiteral("workers"), workers},
                       {QStringLiteral("memory_mb"), memoryMb},
                       {QStringLiteral("certs"), certsDir},
                       {QStringLiteral("datasets"), QJsonArray::fromStringList(datasets)}};
    if (!members.isEmpty())
        object.insert(QStringLiteral("members"), members);
    return object;
}

ClusterInfo ClusterInfo::fromJson(const QJsonObject &object, const QString &stateDir)
{
    ClusterInfo info;
    info.stateDir = stateDir;
    info.scheduler = object.value(QStringLiteral("scheduler")).toString();
    info.host = object.value(QStringLiteral("host")).toString();
    info.port = object.value(QStringLiteral("port")).toInt();
    const QJsonArray ports = object.value(QStringLiteral("worker_ports")).toArray();
    info.workerPortLow = ports.size() == 2 ? ports.at(0).toInt() : 0;
    info.workerPortHigh = ports.size() == 2 ? ports.at(1).toInt() : 0;
    info.workers = object.value(QStringLiteral("workers")).toInt();
    info.memoryMb = object.value(QStringLiteral("memory_mb")).toInt();
    info.certsDir = object.value(QStringLiteral("certs")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("datasets")).toArray())
        info.datasets.append(value.toString());
    info.members =
        clusterstate::membersFromStatus(object.value(QStringLiteral("members")).toArray());
    return info;
}

namespace clusterstate {

QStringList profileKeys()
{
    return {QStringLiteral("allowed"), QStringLiteral("use")};
}

bool profileAllowsCluster(const QJsonObject &profile)
{
    return profile.value(QStringLiteral("cluster"))
        .toObject()
        .value(QStringLiteral("allowed"))
        .toBool(false);
}

void attachToProfile(QJsonObject &profile, const ClusterInfo &info)
{
    QJsonObject cluster = profile.value(QStringLiteral("cluster")).toObject();
    QJsonObject use = info.toJson();
    use.insert(QStringLiteral("state"), info.stateDir);
    cluster.insert(QStringLiteral("use"), use);
    profile.insert(QStringLiteral("cluster"), cluster);
}

ClusterInfo sessionCluster(const QJsonObject &profile)
{
    const QJsonObject use =
        profile.value(QStringLiteral("cluster")).toObject().value(QStringLiteral("use")).toObject();
    return ClusterInfo::fromJson(use, use.value(QStringLiteral("state")).toString());
}

QString defaultStateDir()
{
    return QFileInfo(paths::defaultOutputRoot()).dir().filePath(QStringLiteral("cluster"));
}

QJsonArray membersFromStatus(const QJsonArray &members)
{
    QJsonArray kept;
    for (const QJsonValue &value : members) {
        if (kept.size() >= 256)
            break;
        const QJsonObject member = value.toObject();
        QJsonObject layers;
        const QJsonObject reported = member.value(QStringLiteral("layers")).toObject();
        for (auto it = reported.begin(); it != reported.end() && layers.size() < 16; ++it) {
            if (it.value().isString())
                layers.insert(it.key().left(40), it.value().toString().left(300));
        }
        kept.append(QJsonObject{
            {QStringLiteral("name"), member.value(QStringLiteral("name")).toString().left(120)},
            {QStringLiteral("role"), member.value(QStringLiteral("role")).toString().left(20)},
            {QStringLiteral("restarts"), member.value(QStringLiteral("restarts")).toInt()},
            {QStringLiteral("layers"), layers}});
    }
    return kept;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.read(1 << 20)).object();
}

bool writeJson(const QString &path, const QJsonObject &object, QString &error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 ||
        !file.commit()) {
        error = QCoreApplication::translate("cluster", "cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool load(const QString &dir, ClusterInfo &info, QString &error)
{
    const QString path = QDir(dir).filePath(QLatin1String(kClusterFile));
    if (!QFileInfo::exists(path)) {
        error = QCoreApplication::translate(
                    "cluster", "%1 is not a cluster's folder (it has no %2); start one with "
                               "'sandbench cluster start --state %1'")
                    .arg(QDir::toNativeSeparators(dir), QLatin1String(kClusterFile));
        return false;
    }
    const QJsonObject object = readJson(path);
    info = ClusterInfo::fromJson(object, QFileInfo(dir).absoluteFilePath());
    if (info.scheduler.isEmpty() || info.port <= 0 || info.workerPortLow <= 0) {
        error = QCoreApplication::translate("cluster", "%1 is damaged: it names no scheduler; "
                                                       "stop the cluster and start it again")
                    .arg(QDir::toNativeSeparators(path));
        return false;
    }
    // A certs folder copied to another machine carries its own cluster.json: the certificates
    // are next to it.
    if (!QFileInfo::exists(info.caFile()))
        info.certsDir = QFileInfo(dir).absoluteFilePath();
    if (!QFileInfo::exists(info.caFile())) {
        error = QCoreApplication::translate("cluster", "the cluster's certificates are missing "
                                                       "from %1")
                    .arg(QDir::toNativeSeparators(info.certsDir));
        return false;
    }
    info.members = membersFromStatus(readJson(QDir(dir).filePath(QLatin1String(kStatusFile)))
                                         .value(QStringLiteral("members"))
                                         .toArray());
    return true;
}

QString workersInWords(int workers)
{
    // `cluster start --workers 0` starts the scheduler alone: "0 sandboxed workers" would read
    // as a cluster that cannot run anything.
    if (workers <= 0)
        return QCoreApplication::translate("sandbench::ClusterInfo",
                                           "the scheduler alone, with workers that join it from "
                                           "other machines");
    return QCoreApplication::translate("sandbench::ClusterInfo",
                                       "%n sandboxed worker(s) started with it", nullptr, workers);
}

bool alive(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return false;
    // A process that has exited but was not reaped yet (a container's init may be slow to) is
    // gone for every purpose here.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.read(512);
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || close + 2 >= text.size() || text.at(close + 2) != 'Z';
}

} // namespace clusterstate
} // namespace sandbench
