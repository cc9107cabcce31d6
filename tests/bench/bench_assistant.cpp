// The assistant's overheads, printed side by side in one run (issue 16):
//  - time to first token through ChatClient vs a direct HTTP client (a raw socket writing the
//    same request) on the same OpenAI-compatible test server: the client's added time;
//  - the same with the context built first, as the assistant asks (one dataset of 7 columns);
//  - building the context for 20 datasets of 100 columns;
//  - the longest GUI stall while an answer streams into the assistant panel in a window (a 1 ms
//    watchdog timer on the event loop), against the same stream read by the direct client and
//    an idle loop.
// All of it idle, then again under two CPU-bound processes (sh busy loops, killed at the end).
// Figures, not assertions: run with `cmake --build build --target bench_assistant` (a display,
// or QT_QPA_PLATFORM=offscreen).

// A benchmark prints many literals: implicit QString from ASCII is allowed here only.
#undef QT_NO_CAST_FROM_ASCII

#include "../helpers/fakeopenai.h"
#include "assistantpanel.h"
#include "llm/chatclient.h"
#include "llm/contextbuilder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <ctime>

using namespace sandbench;
using namespace sandbench::llm;

namespace {

// Each event the GUI thread handles, timed from the outermost dispatch: its wall time and the
// thread's own CPU time in it. The CPU time is what the panel itself costs per event; on a busy
// machine the wall time also holds the time other processes had the core (the watchdog's gaps
// include that too, which is why an idle loop shows gaps as well).
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !m_on)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 cpu0 = threadCpuNs();
        QElapsedTimer clock;
        clock.start();
        const bool result = QApplication::notify(receiver, event);
        const double wallMs = double(clock.nsecsElapsed()) / 1e6;
        const double cpuMs = double(threadCpuNs() - cpu0) / 1e6;
        --m_depth;
        if (cpuMs > m_longestCpuMs) {
            m_longestCpuMs = cpuMs;
            m_longestWallMs = wallMs;
            m_longestWhat = QStringLiteral("%1 (event %2)")
                                .arg(QString::fromLatin1(receiver->metaObject()->className()))
                                .arg(int(event->type()));
        }
        return result;
    }
    void start()
    {
        m_longestCpuMs = m_longestWallMs = 0;
        m_longestWhat.clear();
        m_on = true;
    }
    void stop() { m_on = false; }
    double longestCpuMs() const { return m_longestCpuMs; }
    double longestWallMs() const { return m_longestWallMs; }
    QString longestWhat() const { return m_longestWhat; }

private:
    static qint64 threadCpuNs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    }
    int m_depth = 0;
    bool m_on = false;
    double m_longestCpuMs = 0;
    double m_longestWallMs = 0;
    QString m_longestWhat;
};

TimingApplication *timing()
{
    return static_cast<TimingApplication *>(QCoreApplication::instance());
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qsizetype(p * double(values.size() - 1)));
}

ChatRequest request()
{
    ChatRequest r;
    r.model = QStringLiteral("qwen2.5-coder:7b");
    r.messages = QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                        {QStringLiteral("content"), QStringLiteral("Totals?")}}};
    return r;
}

// A direct HTTP/1.1 client: connect, write the request, wait for the first content fragment.
double directFirstTokenMs(int port)
{
    const QByteArray body = QJsonDocument(request().toJson()).toJson(QJsonDocument::Compact);
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    QEventLoop loop;
    QByteArray received;
    double firstMs = -1;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/json\r\nAccept: text/event-stream\r\n"
                     "Content-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        if (firstMs < 0 && received.contains("\"content\": \"Totals")) {
            firstMs = double(clock.nsecsElapsed()) / 1e6;
            loop.quit();
        }
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    loop.exec();
    socket.abort();
    return firstMs;
}

// A session as the assistant describes it: one dataset of 7 columns with sample rows.
ContextInput typicalContext()
{
    ContextInput input;
    input.question = QStringLiteral("Total revenue per region?");
    DatasetSummary sales;
    sales.name = QStringLiteral("sales");
    sales.rows = 1977;
    for (const char *column : {"date", "region", "product", "units", "price", "revenue", "rep"})
        sales.columns.append({QString::fromLatin1(column), QStringLiteral("object")});
    for (int r = 0; r < 5; ++r)
        sales.sampleRows.append(QStringList{"2024-01-0" + QString::number(r + 1), "North", "Widget",
                                            "3", "9.5", "28.5", "Ann"});
    input.datasets.append(sales);
    input.variables.append(
        {QStringLiteral("sales"), QStringLiteral("DataFrame"), QStringLiteral("1977×7")});
    input.includeSamples = true;
    input.rules.profileName = QStringLiteral("default");
    input.rules.allowedImports = {QStringLiteral("pandas"), QStringLiteral("numpy")};
    return input;
}

// withContext: as the assistant asks, the context built from the session first.
double clientFirstTokenMs(ChatClient &client, bool withContext = false)
{
    QElapsedTimer clock;
    clock.start();
    ChatRequest asked = request();
    if (withContext)
        asked.messages = ContextBuilder::build(typicalContext()).messages;
    ChatReply *reply = client.complete(asked);
    QEventLoop loop;
    double firstMs = -1;
    QObject::connect(reply, &ChatReply::contentDelta, &loop, [&](const QString &) {
        if (firstMs < 0)
            firstMs = double(clock.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    QObject::connect(reply, &ChatReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->abort();
    reply->deleteLater();
    return firstMs;
}

DatasetSummary wide(int index)
{
    DatasetSummary ds;
    ds.name = QStringLiteral("table_%1").arg(index);
    ds.rows = 100000;
    for (int c = 0; c < 100; ++c)
        ds.columns.append({QStringLiteral("measurement_%1").arg(c), QStringLiteral("float64")});
    for (int r = 0; r < 5; ++r) {
        QStringList row;
        for (int c = 0; c < 100; ++c)
            row.append(QString::number(r * 0.37 + c, 'g', 6));
        ds.sampleRows.append(row);
    }
    return ds;
}

// The event loop's longest gap while something runs: a 1 ms timer notes when it fires; a gap
// well over 1 ms is time the loop could not run (a stall the user would see as a frozen window).
class Watchdog
{
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps.append(double(now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longest() const { return percentile(m_gaps, 1.0); }
    double p99() const { return percentile(m_gaps, 0.99); }
    double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gaps;
};

struct Stall
{
    double longest = 0;
    double p99 = 0;
    double totalMs = 0;
    qsizetype chars = 0;
    // The longest single event the GUI thread handled: its own CPU time, its wall time, and what.
    double eventCpuMs = 0;
    double eventWallMs = 0;
    QString eventWhat;
};

// The stream read by a direct client (no rendering): what the loop does for the bytes alone.
Stall directStall(int port, const QString &model)
{
    ChatRequest r = request();
    r.model = model;
    const QByteArray body = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
    QTcpSocket socket;
    QEventLoop loop;
    Stall stall;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/json\r\nAccept: text/event-stream\r\n"
                     "Content-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        const QByteArray bytes = socket.readAll();
        stall.chars += bytes.size();
        if (bytes.contains("data: [DONE]"))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    Watchdog watchdog;
    watchdog.start();
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    loop.exec();
    watchdog.stop();
    socket.abort();
    stall.longest = watchdog.longest();
    stall.p99 = watchdog.p99();
    stall.totalMs = watchdog.elapsedMs();
    return stall;
}

// The same answer streamed into the assistant panel in a window, rendered when it ends.
Stall panelStall(const QUrl &base, const QString &model)
{
    AssistantPanel panel;
    llm::AssistantSettings settings;
    settings.baseUrl = base;
    settings.model = model;
    panel.setSettings(settings);
    panel.resize(440, 820);
    panel.show();
    (void)QTest::qWaitForWindowExposed(&panel);
    QEventLoop loop;
    QObject::connect(&panel, &AssistantPanel::answerFinished, &loop, &QEventLoop::quit);
    Watchdog watchdog;
    watchdog.start();
    timing()->start();
    panel.ask(QStringLiteral("Compare the months per region"));
    loop.exec();
    // The rendered answer is painted once too: the stall a user sees includes it.
    QEventLoop paint;
    QTimer::singleShot(0, &paint, &QEventLoop::quit);
    paint.exec();
    timing()->stop();
    watchdog.stop();
    Stall stall;
    stall.eventCpuMs = timing()->longestCpuMs();
    stall.eventWallMs = timing()->longestWallMs();
    stall.eventWhat = timing()->longestWhat();
    stall.longest = watchdog.longest();
    stall.p99 = watchdog.p99();
    stall.totalMs = watchdog.elapsedMs();
    stall.chars = panel.currentAnswer() ? panel.currentAnswer()->text().size() : 0;
    return stall;
}

Stall idleStall(double ms)
{
    Watchdog watchdog;
    QEventLoop loop;
    QTimer::singleShot(int(ms), &loop, &QEventLoop::quit);
    watchdog.start();
    loop.exec();
    watchdog.stop();
    return {watchdog.longest(), watchdog.p99(), watchdog.elapsedMs(), 0};
}

void measure(QTextStream &out, test::FakeOpenAi &server, ChatClient &client)
{
    constexpr int kRounds = 40;
    QList<double> direct;
    QList<double> viaClient;
    QList<double> viaAssistant;
    for (int i = 0; i < kRounds; ++i) { // interleaved, so load changes hit all alike
        direct.append(directFirstTokenMs(server.port()));
        viaClient.append(clientFirstTokenMs(client));
        viaAssistant.append(clientFirstTokenMs(client, true));
    }
    out << "Time to first token, " << kRounds << " requests each (ms)\n";
    out << QStringLiteral("%1 %2 %3\n").arg(QString(), -28).arg("median", 8).arg("p90", 8);
    out << QStringLiteral("%1 %2 %3\n")
               .arg("direct HTTP client", -28)
               .arg(percentile(direct, 0.5), 8, 'f', 2)
               .arg(percentile(direct, 0.9), 8, 'f', 2);
    out << QStringLiteral("%1 %2 %3\n")
               .arg("ChatClient (core/llm)", -28)
               .arg(percentile(viaClient, 0.5), 8, 'f', 2)
               .arg(percentile(viaClient, 0.9), 8, 'f', 2);
    out << QStringLiteral("%1 %2 %3\n")
               .arg("context + ChatClient", -28)
               .arg(percentile(viaAssistant, 0.5), 8, 'f', 2)
               .arg(percentile(viaAssistant, 0.9), 8, 'f', 2);
    out << QStringLiteral("added by the client (median): %1 ms; by the assistant with its "
                          "context: %2 ms (target < 10 ms)\n\n")
               .arg(percentile(viaClient, 0.5) - percentile(direct, 0.5), 0, 'f', 2)
               .arg(percentile(viaAssistant, 0.5) - percentile(direct, 0.5), 0, 'f', 2);

    ContextInput input;
    input.question = QStringLiteral("Which measurements correlate most?");
    for (int i = 0; i < 20; ++i)
        input.datasets.append(wide(i));
    input.includeSamples = true;
    input.rules.profileName = QStringLiteral("default");
    input.rules.allowedImports = {QStringLiteral("pandas"), QStringLiteral("numpy")};
    out << "Context building, 20 datasets x 100 columns, 5 sample rows each (ms, 20 builds)\n";
    for (const int contextTokens : {8192, 32768, 131072}) {
        input.contextTokens = contextTokens;
        QList<double> times;
        BuiltContext built;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer clock;
            clock.start();
            built = ContextBuilder::build(input);
            times.append(double(clock.nsecsElapsed()) / 1e6);
        }
        out << QStringLiteral("context %1 tokens: median %2 ms, max %3 ms (%4 tokens sent, %5 "
                              "items left out) (target < 50 ms)\n")
                   .arg(contextTokens, 6)
                   .arg(percentile(times, 0.5), 0, 'f', 2)
                   .arg(percentile(times, 1.0), 0, 'f', 2)
                   .arg(built.estimatedTokens)
                   .arg(built.omitted.size());
    }

    out << "\nGUI stall while an answer streams (event-loop gaps of a 1 ms watchdog, ms; worst "
           "of 3)\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QString(), -44)
               .arg("longest", 8)
               .arg("p99", 8)
               .arg("total", 9);
    const auto row = [&out](const char *what, const QList<Stall> &runs) {
        Stall worst;
        for (const Stall &s : runs) {
            if (s.longest >= worst.longest)
                worst = s;
        }
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(QString::fromLatin1(what), -44)
                   .arg(worst.longest, 8, 'f', 2)
                   .arg(worst.p99, 8, 'f', 2)
                   .arg(worst.totalMs, 9, 'f', 1);
        double cpu = 0;
        for (const Stall &s : runs)
            cpu = std::max(cpu, s.eventCpuMs);
        for (const Stall &s : runs) {
            if (s.eventCpuMs == cpu && cpu > 0)
                out << QStringLiteral("%1 longest event: %2 ms GUI-thread CPU, %3 ms wall, in %4\n")
                           .arg(QString(), -4)
                           .arg(s.eventCpuMs, 0, 'f', 2)
                           .arg(s.eventWallMs, 0, 'f', 2)
                           .arg(s.eventWhat);
        }
        return worst;
    };
    QList<Stall> idle, directLong, panelLong, panelHuge;
    for (int i = 0; i < 3; ++i) {
        directLong.append(directStall(server.port(), QStringLiteral("long")));
        panelLong.append(panelStall(server.baseUrl(), QStringLiteral("long")));
        idle.append(idleStall(panelLong.last().totalMs));
    }
    panelHuge.append(panelStall(server.baseUrl(), QStringLiteral("huge")));
    row("idle event loop (as long as the panel's)", idle);
    row("24 KB answer, direct HTTP client", directLong);
    const Stall panel = row("24 KB answer into the panel (6000 events)", panelLong);
    row("3 MB answer into the panel (3000 events)", panelHuge);
    double longestEvent = 0;
    for (const Stall &s : std::as_const(panelLong))
        longestEvent = std::max(longestEvent, s.eventCpuMs);
    out << QStringLiteral(
               "longest stall in the panel: %1 ms; its longest event: %2 ms of GUI-thread "
               "CPU (target < 16 ms)\n")
               .arg(panel.longest, 0, 'f', 2)
               .arg(longestEvent, 0, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    // The panel needs a display; without one it is drawn offscreen (same event loop, no screen).
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    QTextStream out(stdout);
    out << "platform: " << QGuiApplication::platformName() << "\n";
    test::FakeOpenAi server;
    if (!server.start(QStringLiteral(SANDBENCH_FAKE_OPENAI))) {
        out << "cannot start the test server: " << server.error() << Qt::endl;
        return 1;
    }
    ChatClient client;
    client.setEndpoint({server.baseUrl(), {}});
    // Warm-up: the first connection pays for name lookup and the server's thread start.
    directFirstTokenMs(server.port());
    clientFirstTokenMs(client);

    out << "== idle ==\n";
    measure(out, server, client);
    out.flush();

    // Under load: two CPU-bound processes on this 2-core machine, killed by their PIDs after.
    QList<QProcess *> burners;
    for (int i = 0; i < 2; ++i) {
        auto *burner = new QProcess;
        burner->start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
        if (burner->waitForStarted(10000))
            burners.append(burner);
        else
            delete burner;
    }
    QStringList pids;
    for (QProcess *burner : std::as_const(burners))
        pids.append(QString::number(burner->processId()));
    out << "\n== under 2 CPU-bound processes (pids " << pids.join(QStringLiteral(", ")) << ") ==\n";
    measure(out, server, client);
    for (QProcess *burner : std::as_const(burners)) {
        burner->kill();
        burner->waitForFinished(10000);
        delete burner;
    }
    out << "(load processes killed)" << Qt::endl;
    return 0;
}
