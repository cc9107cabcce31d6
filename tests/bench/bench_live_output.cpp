// How soon a line a cell prints is seen (issue 15, live output): the cell prints
// time.monotonic_ns() (CLOCK_MONOTONIC, the clock std::chrono::steady_clock reads here) every
// 100 ms; the latency is when the line is seen minus that stamp. Three readers: WorkerClient's
// outputArrived (the protocol), the cell in the workbench window (its output view's text), and a
// `sandbench serve --stdio` client (progress lines). Median and p95, idle and with two
// CPU-bound processes running. Prints the figures; no pass or fail.
#include "celllistview.h"
#include "cellwidget.h"
#include "codeeditor.h"
#include "mainwindow.h"
#include "mainwindowtestaccess.h"
#include "outputview.h"
#include "paths.h"
#include "profile.h"
#include "workerclient.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <algorithm>
#include <chrono>

using namespace sandbench;

namespace {

constexpr int kLines = 40;

const QString kCell = QStringLiteral("import time\n"
                                     "for i in range(%1):\n"
                                     "    print(time.monotonic_ns())\n"
                                     "    time.sleep(0.1)\n")
                          .arg(kLines);

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Collects the latency of every stamp seen for the first time in text.
struct Latencies
{
    QSet<qint64> seen;
    QList<double> ms;
    void scan(const QString &text)
    {
        const qint64 now = nowNs();
        for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
            bool ok = false;
            const qint64 stamp = line.trimmed().toLongLong(&ok);
            if (!ok || stamp <= 0 || seen.contains(stamp))
                continue;
            seen.insert(stamp);
            ms.append(double(now - stamp) / 1e6);
        }
    }
    QString summary() const
    {
        if (ms.isEmpty())
            return QStringLiteral("no line seen");
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const double median = sorted.at(sorted.size() / 2);
        const double p95 =
            sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(sorted.size() * 0.95)));
        return QStringLiteral("median %1 ms  p95 %2 ms  max %3 ms  (%4 lines)")
            .arg(median, 0, 'f', 1)
            .arg(p95, 0, 'f', 1)
            .arg(sorted.last(), 0, 'f', 1)
            .arg(sorted.size());
    }
};

QJsonObject configureRequest(const QString &dir)
{
    auto profile = ProfileLoader::load(QStringLiteral("default"), nullptr);
    return {{QStringLiteral("profile"), profile ? profile->json : QJsonObject()},
            {QStringLiteral("zones"), QJsonObject{{QStringLiteral("write"), QJsonArray{dir}},
                                                  {QStringLiteral("workdir"), dir}}}};
}

Latencies viaWorkerClient(const QString &dir)
{
    Latencies result;
    WorkerLaunch launch;
    launch.program = paths::workerExecutable();
    launch.workingDirectory = dir;
    launch.environment = QProcessEnvironment::systemEnvironment();
    WorkerClient worker(launch);
    worker.start();
    worker.configure(configureRequest(dir));
    QObject::connect(
        &worker, &WorkerClient::outputArrived,
        [&result](quint64, const QString &, const QString &text) { result.scan(text); });
    QSignalSpy finished(&worker, &WorkerClient::cellFinished);
    worker.execute(1, QStringLiteral("x = 1")); // the sandbox is up and warm
    finished.wait(120000);
    worker.execute(2, kCell);
    QTest::qWaitFor([&] { return finished.size() == 2; }, 120000);
    return result;
}

Latencies viaWindow(const QString &dir)
{
    Latencies result;
    QString error;
    SessionConfig config;
    config.outputDir = dir + QStringLiteral("/window-out");
    config.profile = *ProfileLoader::load(QStringLiteral("default"), &error);
    MainWindow window(RunStore::open(dir + QStringLiteral("/window.db"), &error), config);
    window.resize(1024, 700);
    window.show();
    if (!window.startSession(&error))
        return result;
    QSignalSpy shown(&window, &MainWindow::runDisplayed);
    testAccess(window).editor()->setPlainText(QStringLiteral("x = 1"));
    window.runCurrentCell();
    shown.wait(120000);
    testAccess(window).editor()->setPlainText(kCell);
    OutputView *view = testAccess(window).cellView()->cellWidget(0)->output();
    QObject::connect(view, &QPlainTextEdit::textChanged,
                     [&result, view] { result.scan(view->toPlainText()); });
    window.runCurrentCell();
    QTest::qWaitFor([&] { return shown.size() == 2; }, 120000);
    return result;
}

Latencies viaServe(const QString &dir)
{
    Latencies result;
    QProcess server;
    server.start(QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench"),
                 {QStringLiteral("serve"), QStringLiteral("--stdio"), QStringLiteral("--db"),
                  dir + QStringLiteral("/serve.db")});
    server.waitForStarted();
    const auto call = [&server](int id, const QString &code, bool progress) {
        QJsonObject request{{QStringLiteral("id"), id},
                            {QStringLiteral("op"), QStringLiteral("execute")},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("progress"), progress}};
        server.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    };
    int responses = 0;
    QObject::connect(&server, &QProcess::readyReadStandardOutput, [&] {
        while (server.canReadLine()) {
            const QJsonObject line = QJsonDocument::fromJson(server.readLine()).object();
            if (line.contains(QStringLiteral("progress")))
                result.scan(line.value(QStringLiteral("text")).toString());
            else
                ++responses;
        }
    });
    call(1, QStringLiteral("x = 1"), false);
    QTest::qWaitFor([&] { return responses == 1; }, 120000);
    call(2, kCell, true);
    QTest::qWaitFor([&] { return responses == 2; }, 120000);
    server.closeWriteChannel();
    server.waitForFinished(30000);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    out << "First streamed line's latency: a cell prints a stamp every 100 ms, " << kLines
        << " lines\n";
    for (const bool loaded : {false, true}) {
        // Two CPU-bound processes (this machine has two cores): every core is busy.
        QList<QProcess *> burners;
        if (loaded) {
            for (int i = 0; i < 2; ++i) {
                auto *burner = new QProcess;
                burner->start(QStringLiteral("sh"),
                              {QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
                burner->waitForStarted();
                burners.append(burner);
            }
        }
        QTemporaryDir dir;
        out << (loaded ? "under two CPU-bound processes\n" : "idle\n");
        out << "  WorkerClient::outputArrived   " << viaWorkerClient(dir.path()).summary() << "\n";
        out.flush();
        out << "  workbench cell's output view  " << viaWindow(dir.path()).summary() << "\n";
        out.flush();
        out << "  serve --stdio progress lines  " << viaServe(dir.path()).summary() << "\n";
        out.flush();
        for (QProcess *burner : std::as_const(burners)) {
            burner->kill();
            burner->waitForFinished();
            delete burner;
        }
    }
    return 0;
}
