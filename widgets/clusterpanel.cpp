#include "clusterpanel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sandbench {
namespace {

// A line of the helper is a few kilobytes; a longer one is no status line.
constexpr qsizetype kMaxLine = 1 << 20;
constexpr int kMaxWorkers = 256;

double number(const QJsonValue &value)
{
    const double n = value.toDouble();
    return n > 0 && n < 1e18 ? n : 0;
}

QString megabytes(double bytes)
{
    return QCoreApplication::translate("ClusterPanel", "%1 MB").arg(qint64(bytes / (1 << 20)));
}

// The layers a member reported as it armed, as words: "audit, Landlock, seccomp, limits,
// namespaces" with the ones that are off named as such.
QString layersText(const QJsonObject &layers, QString *details)
{
    if (layers.isEmpty())
        return QCoreApplication::translate("ClusterPanel", "not reported yet");
    const QList<std::pair<QString, QString>> names{
        {QStringLiteral("audit"), QCoreApplication::translate("ClusterPanel", "audit hook")},
        {QStringLiteral("landlock"), QCoreApplication::translate("ClusterPanel", "Landlock")},
        {QStringLiteral("seccomp"), QCoreApplication::translate("ClusterPanel", "seccomp")},
        {QStringLiteral("rlimits"), QCoreApplication::translate("ClusterPanel", "limits")},
        {QStringLiteral("namespaces"), QCoreApplication::translate("ClusterPanel", "namespaces")}};
    QStringList on, off;
    for (const auto &[key, word] : names) {
        const QString state = layers.value(key).toString();
        const bool isOn =
            state.startsWith(QLatin1String("on")) ||
            (key == QLatin1String("landlock") && !state.isEmpty() &&
             state != QLatin1String("off") && !state.contains(QLatin1String("unavailable")));
        (isOn ? on : off).append(word);
        if (details)
            details->append(QStringLiteral("%1: %2\n").arg(word, state.left(300)));
    }
    QString text = on.join(QStringLiteral(", "));
    if (!off.isEmpty())
        text += QCoreApplication::translate("ClusterPanel", "; off: %1")
                    .arg(off.join(QStringLiteral(", ")));
    return text;
}

} // namespace

ClusterPanel::ClusterPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("clusterPanel"));
    m_program = QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench");
    m_retry.setSingleShot(true);
    m_retry.setInterval(5000);
    connect(&m_retry, &QTimer::timeout, this, &ClusterPanel::startWatching);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("clusterFolder"));
    m_path->setPlaceholderText(tr("The cluster's state folder"));
    m_path->setToolTip(tr("The folder 'sandbench cluster start --state DIR' wrote: the "
                          "scheduler's address, the certificates and the members' state."));
    m_browse = new QPushButton(tr("Choose…"), this);
    m_connect = new QPushButton(tr("Connect Session"), this);
    m_connect->setObjectName(QStringLiteral("clusterConnect"));
    m_connect->setToolTip(tr("Restart the session with the cluster profile: cells get a ready "
                             "'client', and the session may reach this scheduler's port and "
                             "nothing else on the network."));
    m_disconnect = new QPushButton(tr("Disconnect"), this);
    m_disconnect->setToolTip(tr("Restart the session without the cluster."));
    m_scheduler = new QLabel(this);
    m_scheduler->setObjectName(QStringLiteral("clusterScheduler"));
    m_scheduler->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scheduler->setTextFormat(Qt::PlainText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("clusterStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // the helper's messages quote what the scheduler said
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_workers = new QTreeWidget(this);
    m_workers->setObjectName(QStringLiteral("clusterWorkers"));
    m_workers->setRootIsDecorated(false);
    m_workers->setHeaderLabels(
        {tr("Worker"), tr("State"), tr("Memory"), tr("Running"), tr("Sandbox layers")});
    m_workers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_workers->header()->setStretchLastSection(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_scheduler, 1);
    buttons->addWidget(m_connect);
    buttons->addWidget(m_disconnect);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(row);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_workers, 1);

    connect(m_browse, &QPushButton::clicked, this, &ClusterPanel::chooseFolder);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text().trimmed() != m_folder)
            watchFolder(m_path->text().trimmed());
    });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_ready)
            Q_EMIT connectRequested(m_info);
    });
    connect(m_disconnect, &QPushButton::clicked, this, &ClusterPanel::disconnectRequested);
    showProblem(QString(), tr("Choose a cluster's state folder to see its workers. Start a "
                              "cluster with 'sandbench cluster start'."));
    updateButtons();
}

ClusterPanel::~ClusterPanel()
{
    // The helper only watches: it ends with the panel (its probe with it, PDEATHSIG).
    if (m_helper) {
        m_helper->disconnect(this);
        m_helper->kill();
        m_helper->waitForFinished(2000);
    }
}

QString ClusterPanel::folder() const
{
    return m_folder;
}

QString ClusterPanel::message() const
{
    return m_status->text();
}

void ClusterPanel::setSessionCluster(const ClusterInfo &info)
{
    m_session = info;
    if (!info.stateDir.isEmpty() && info.stateDir != m_folder)
        watchFolder(info.stateDir);
    updateButtons();
}

void ClusterPanel::watchFolder(const QString &dir)
{
    m_folder = dir;
    m_path->setText(QDir::toNativeSeparators(dir));
    m_info = {};
    m_ready = false;
    m_workers->clear();
    m_scheduler->clear();
    stopWatching();
    if (dir.isEmpty()) {
        showProblem(QString(), tr("Choose a cluster's state folder to see its workers."));
        return;
    }
    showProblem(QString(), tr("Asking the cluster in %1…").arg(QDir::toNativeSeparators(dir)));
    if (isVisible())
        startWatching();
}

void ClusterPanel::chooseFolder()
{
    const QString start =
        m_folder.isEmpty() ? QFileInfo(clusterstate::defaultStateDir()).path() : m_folder;
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Cluster's State Folder"), start);
    if (!dir.isEmpty())
        watchFolder(dir);
}

void ClusterPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_folder.isEmpty() && !m_helper)
        startWatching();
}

void ClusterPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    stopWatching(); // no helper asks the scheduler for a panel no one sees
}

void ClusterPanel::startWatching()
{
    m_retry.stop();
    if (m_folder.isEmpty() || m_helper)
        return;
    m_pending.clear();
    m_helper = new QProcess(this);
    m_helper->setStandardInputFile(QProcess::nullDevice());
    QProcess *helper = m_helper;
    connect(helper, &QProcess::readyReadStandardOutput, this, [this, helper] {
        if (helper == m_helper)
            onOutput();
    });
    connect(helper, &QProcess::finished, this, [this, helper](int exitCode) {
        if (helper != m_helper)
            return; // a helper this panel stopped
        onOutput();
        onFinished(exitCode);
    });
    connect(helper, &QProcess::errorOccurred, this, [this, helper](QProcess::ProcessError error) {
        if (helper != m_helper || error != QProcess::FailedToStart)
            return;
        showProblem(QStringLiteral("helper"),
                    tr("The cluster cannot be asked: %1 could not be started (%2).")
                        .arg(QDir::toNativeSeparators(m_program), helper->errorString()));
        m_helper = nullptr;
        helper->deleteLater();
    });
    helper->start(m_program, {QStringLiteral("cluster"), QStringLiteral("status"),
                              QStringLiteral("--state"), m_folder, QStringLiteral("--json"),
                              QStringLiteral("--watch"), QString::number(m_refreshSeconds)});
}

void ClusterPanel::stopWatching()
{
    if (!m_helper)
        return;
    QProcess *helper = m_helper;
    m_helper = nullptr;
    helper->disconnect(this);
    if (helper->state() != QProcess::NotRunning) {
        helper->terminate();
        // Reaped by QProcess when it ends; deleting it now would block on waitForFinished. It
        // outlives the panel if need be (no parent), and goes once it has ended.
        helper->setParent(nullptr);
        connect(helper, &QProcess::finished, helper, &QObject::deleteLater);
        QTimer::singleShot(3000, helper, [helper] { helper->kill(); });
    } else {
        helper->deleteLater();
    }
}

void ClusterPanel::onOutput()
{
    if (!m_helper)
        return;
    m_pending += m_helper->readAllStandardOutput();
    qsizetype newline;
    QJsonObject newest;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QJsonObject report = QJsonDocument::fromJson(m_pending.left(newline)).object();
        m_pending.remove(0, newline + 1);
        if (!report.isEmpty())
            newest = report;
    }
    if (m_pending.size() > kMaxLine)
        m_pending.clear();
    if (!newest.isEmpty())
        showReport(newest);
}

void ClusterPanel::onFinished(int exitCode)
{
    QProcess *helper = m_helper;
    m_helper = nullptr;
    const QString err = QString::fromLocal8Bit(helper->readAllStandardError().right(800)).trimmed();
    helper->deleteLater();
    if (m_problem.isEmpty() && !m_ready)
        showProblem(QStringLiteral("helper"),
                    tr("The cluster could not be asked (status %1): %2").arg(exitCode).arg(err));
    // A scheduler that is down may come back (a restart), and a helper that ended while all was
    // well is started again: ask again while the panel is shown.
    if ((m_ready || m_problem == QLatin1String("down")) && isVisible())
        m_retry.start();
}

void ClusterPanel::showProblem(const QString &problem, const QString &message)
{
    m_problem = problem;
    m_status->setText(message);
    updateButtons();
    if (!problem.isEmpty()) {
        m_ready = false;
        Q_EMIT updated();
    }
}

void ClusterPanel::showReport(const QJsonObject &report)
{
    const QJsonObject cluster = report.value(QStringLiteral("cluster")).toObject();
    if (!cluster.isEmpty())
        m_info = ClusterInfo::fromJson(cluster, report.value(QStringLiteral("state")).toString());
    if (!m_info.scheduler.isEmpty())
        m_scheduler->setText(tr("Scheduler %1").arg(m_info.scheduler));
    if (!report.value(QStringLiteral("ok")).toBool()) {
        m_workers->clear();
        const QString problem = report.value(QStringLiteral("problem")).toString();
        const QString error = report.value(QStringLiteral("error")).toString().left(1200);
        QString text;
        if (problem == QLatin1String("missing"))
            text = tr("No cluster in this folder: %1").arg(error);
        else if (problem == QLatin1String("certs"))
            text = tr("The cluster's certificates are wrong: %1").arg(error);
        else if (problem == QLatin1String("down"))
            text = tr("The scheduler is down: %1").arg(error);
        else
            text = tr("The cluster could not be asked: %1").arg(error);
        showProblem(problem.isEmpty() ? QStringLiteral("answer") : problem.left(20), text);
        return;
    }
    m_ready = !m_info.scheduler.isEmpty();
    m_problem.clear();
    m_info.members =
        clusterstate::membersFromStatus(report.value(QStringLiteral("members")).toArray());

    // The supervisor's record of each member (state, restarts, layers), by name.
    QHash<QString, QJsonObject> members;
    for (const QJsonValue &value : report.value(QStringLiteral("members")).toArray()) {
        const QJsonObject member = value.toObject();
        members.insert(member.value(QStringLiteral("name")).toString(), member);
    }
    const QJsonArray workers = report.value(QStringLiteral("scheduler_says")).toArray();
    const QString selected =
        m_workers->currentItem() ? m_workers->currentItem()->text(0) : QString();
    m_workers->clear();
    int running = 0;
    for (qsizetype i = 0; i < workers.size() && i < kMaxWorkers; ++i) {
        const QJsonObject worker = workers.at(i).toObject();
        const QString name = worker.value(QStringLiteral("name")).toString().left(120);
        const QJsonObject member = members.value(name);
        QString details;
        const QString layers =
            member.isEmpty()
                ? tr("not known here (a worker joined from another machine)")
                : layersText(member.value(QStringLiteral("layers")).toObject(), &details);
        const int executing = int(number(worker.value(QStringLiteral("executing"))));
        running += executing;
        QString state = worker.value(QStringLiteral("status")).toString().left(40);
        if (const int restarts = member.value(QStringLiteral("restarts")).toInt())
            state += QLatin1Char(' ') + tr("(restarted %n time(s))", nullptr, restarts);
        const double limit = number(worker.value(QStringLiteral("memory_limit")));
        auto *item = new QTreeWidgetItem(
            {name, state,
             limit > 0 ? tr("%1 of %2")
                             .arg(megabytes(number(worker.value(QStringLiteral("memory")))),
                                  megabytes(limit))
                       : megabytes(number(worker.value(QStringLiteral("memory")))),
             QString::number(executing), layers});
        item->setToolTip(0, worker.value(QStringLiteral("address")).toString().left(200));
        item->setToolTip(4, details.trimmed());
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        m_workers->addTopLevelItem(item);
        if (name == selected)
            m_workers->setCurrentItem(item);
    }
    const bool inUse = !m_session.scheduler.isEmpty() && m_session.scheduler == m_info.scheduler;
    m_status->setText((inUse ? tr("This session uses the cluster.")
                             : tr("This session does not use the cluster.")) +
                      QLatin1Char(' ') +
                      tr("%n worker(s) (the scheduler's account), ", nullptr, int(workers.size())) +
                      tr("%n task(s) running.", nullptr, running));
    updateButtons();
    Q_EMIT updated();
}

void ClusterPanel::updateButtons()
{
    const bool inUse = !m_session.scheduler.isEmpty();
    m_connect->setEnabled(m_ready && !(inUse && m_session.scheduler == m_info.scheduler));
    m_disconnect->setEnabled(inUse);
}

} // namespace sandbench
