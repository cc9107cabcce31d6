// The Cluster panel (issue 18): a sandboxed Dask cluster's scheduler and workers, each worker's
// sandbox layers, memory and running tasks, refreshed while the panel is shown; and the button that
// connects the session to that cluster.
//
// Everything it shows comes from a helper process (`sandbench cluster status --json --watch`),
// never from the session's worker and never from files read on the GUI thread: the helper reads
// the cluster's state folder and asks the scheduler with the cluster's client certificate from a
// probe armed like a member. What the scheduler says of its workers is a report: shown as text and
// numbers, never acted on.
#pragma once

#include "clusterstate.h"

#include <QJsonObject>
#include <QProcess>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sandbench {

class ClusterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterPanel(QWidget *parent = nullptr);
    ~ClusterPanel() override;

    // The program that answers `cluster status` (the app itself by default).
    void setHelperProgram(const QString &program) { m_program = program; }
    void setRefreshSeconds(double seconds) { m_refreshSeconds = seconds; }

    // The cluster the session uses now (empty scheduler: none). Shows it and watches it.
    void setSessionCluster(const ClusterInfo &info);
    // Watches the cluster whose state folder is dir (as if the user had chosen it).
    void watchFolder(const QString &dir);
    QString folder() const;

    // What the last answer said (tests and the window read it).
    bool clusterReady() const { return m_ready; }
    QString problem() const { return m_problem; }
    QString message() const;
    QTreeWidget *workers() const { return m_workers; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *disconnectButton() const { return m_disconnect; }
    ClusterInfo cluster() const { return m_info; }

Q_SIGNALS:
    // The user asks to run the session on info's cluster, or on none.
    void connectRequested(const sandbench::ClusterInfo &info);
    void disconnectRequested();
    // A helper's answer was shown (ok or not).
    void updated();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void chooseFolder();
    void startWatching();
    void stopWatching();
    void onOutput();
    void onFinished(int exitCode);
    void showReport(const QJsonObject &report);
    void showProblem(const QString &problem, const QString &message);
    void updateButtons();

    QString m_program;
    double m_refreshSeconds = 2.0;
    QString m_folder;
    ClusterInfo m_info;
    ClusterInfo m_session; // the cluster the session uses
    bool m_ready = false;
    QString m_problem;
    QProcess *m_helper = nullptr;
    QByteArray m_pending;
    QTimer m_retry;

    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_disconnect = nullptr;
    QLabel *m_scheduler = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_workers = nullptr;
};

} // namespace sandbench
