// A sandboxed Dask cluster's state folder (issue 18), written by `sandbench cluster start` and
// read by it, by `status`/`stop`, and by sessions that use the cluster (--cluster DIR):
//   cluster.json   the scheduler's address, the workers' port range, the certificates' folder
//   status.json    the supervisor's pid and each member's pid, port and state (rewritten live)
//   certs/         the CA certificate and the member and client certificates (keys 0600)
//   members/       one configuration per member; logs/ the members' output
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sandbench {

struct ClusterInfo
{
    QString stateDir;
    QString scheduler; // tls://HOST:PORT
    QString host;
    int port = 0;
    int workerPortLow = 0; // workers listen in [low, high]; every member may connect there
    int workerPortHigh = 0;
    int workers = 0;
    int memoryMb = 0;
    QString certsDir;
    QStringList datasets; // files the workers may read
    // The members as the cluster's supervisor recorded them in status.json when the cluster was
    // last read: [{name, role, restarts, layers {layer: state}}]. Each member's layers are what
    // it reported as it armed, before it listened or ran anything a client sent.
    QJsonArray members;

    QJsonObject toJson() const;
    static ClusterInfo fromJson(const QJsonObject &object, const QString &stateDir);
    // The files a session needs to connect as a client.
    QString caFile() const { return certsDir + QStringLiteral("/ca.pem"); }
    QString clientCert() const { return certsDir + QStringLiteral("/client.pem"); }
    QString clientKey() const { return certsDir + QStringLiteral("/client-key.pem"); }
};

namespace clusterstate {

// A profile's "cluster" section: "allowed" (the file's own word), and, once a session is given a
// cluster (--cluster DIR), the cluster itself under "use" (written by the app, never by a file).
QStringList profileKeys();
bool profileAllowsCluster(const QJsonObject &profile);
// Puts info into the profile's JSON as the session's cluster; the session reads it back with
// sessionCluster(). Empty scheduler: no cluster.
void attachToProfile(QJsonObject &profile, const ClusterInfo &info);
ClusterInfo sessionCluster(const QJsonObject &profile);

inline constexpr const char *kClusterFile = "cluster.json";
inline constexpr const char *kStatusFile = "status.json";

// The default state folder: $XDG_DATA_HOME/sandbench/cluster.
QString defaultStateDir();
// The supervisor's members (status.json's "members"), bounded and reduced to what provenance and
// the Cluster panel show.
QJsonArray membersFromStatus(const QJsonArray &members);
// Reads DIR/cluster.json (or, given a certs folder, the copy kept there). False with a message
// that names the folder and the fix.
bool load(const QString &dir, ClusterInfo &info, QString &error);
// Writes a JSON file atomically (QSaveFile).
bool writeJson(const QString &path, const QJsonObject &object, QString &error);
QJsonObject readJson(const QString &path);
// The workers a cluster was started with, in words: "2 sandboxed workers started with it", or,
// for 0, the scheduler alone with workers that join it.
QString workersInWords(int workers);
// True when pid is a live process.
bool alive(qint64 pid);

} // namespace clusterstate
} // namespace sandbench

Q_DECLARE_METATYPE(sandbench::ClusterInfo)
