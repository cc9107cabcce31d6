// The workbench window under a resize storm (window sizes between 1024×700 and 1400×900, dock
// splitters dragged, View > Reset Layout), with a watchdog that proves the event loop keeps
// turning. Shared by tst_mainwindow (fails on a hang) and bench_resize_storm (prints the stalls).
#pragma once

#include "celllistview.h"
#include "mainwindow.h"
#include "mainwindowtestaccess.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <thread>

namespace sandbench::test {

// A 5 ms timer beats on the GUI thread; a thread of its own watches the beat. When the GUI thread
// has not beaten for hangMs the window hangs: the watchdog names the step it hung in and aborts the
// process, so a hang fails the test at once instead of holding it until ctest's timeout. The
// longest gap between beats is the longest stall a user would have felt.
class EventLoopWatchdog
{
public:
    explicit EventLoopWatchdog(qint64 hangMs) : m_hangMs(hangMs)
    {
        m_clock.start();
        m_lastBeat = 0;
        m_beat.setInterval(5);
        QObject::connect(&m_beat, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = qMax(m_longest, now - m_lastBeat.load());
            m_lastBeat = now;
        });
        m_beat.start();
        m_thread = std::thread([this] { watch(); });
    }
    ~EventLoopWatchdog()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    EventLoopWatchdog(const EventLoopWatchdog &) = delete;
    EventLoopWatchdog &operator=(const EventLoopWatchdog &) = delete;

    void setStep(const QString &step)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_step = step;
    }
    // The longest gap between two beats since the last reset, in ms.
    qint64 longestStallMs() const { return m_longest; }
    void resetLongest()
    {
        m_lastBeat = m_clock.elapsed();
        m_longest = 0;
    }

private:
    void watch()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_stop) {
            // Woken by the destructor, or every 250 ms to look at the beat.
            m_wake.wait_for(lock, std::chrono::milliseconds(250));
            const qint64 silent = m_clock.elapsed() - m_lastBeat.load();
            if (!m_stop && silent > m_hangMs) {
                QTextStream(stderr)
                    << "FAIL: the window's event loop has not turned for " << silent
                    << " ms during \"" << m_step
                    << "\": the window hangs (a resize or layout loop?)" << Qt::endl;
                std::abort();
            }
        }
    }

    const qint64 m_hangMs;
    QElapsedTimer m_clock;
    std::atomic<qint64> m_lastBeat;
    qint64 m_longest = 0; // GUI thread only
    QTimer m_beat;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    QString m_step;
};

// Counts the resizes and layout requests of the notebook and of everything in it.
class NotebookActivity : public QObject
{
public:
    explicit NotebookActivity(QWidget *notebook) : m_notebook(notebook)
    {
        qApp->installEventFilter(this);
    }
    int count() const { return m_count; }
    // Settled: one more turn of the event loop resizes and lays out nothing in the notebook.
    bool settled()
    {
        const int before = m_count;
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        return m_count == before;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if ((event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest) &&
            watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget == m_notebook || m_notebook->isAncestorOf(widget))
                ++m_count;
        }
        return false;
    }

private:
    QWidget *m_notebook;
    int m_count = 0;
};

struct StormStep
{
    QString name;
    std::function<void()> act;
};

// The sizes a user goes through: the window from 1400×900 to 1024×700 and back, a side dock's
// splitter dragged both ways, the bottom dock's too, and View > Reset Layout between rounds.
inline QList<StormStep> resizeStorm(MainWindow &window, int rounds)
{
    QList<StormStep> steps;
    auto *left = window.findChild<QDockWidget *>(QStringLiteral("datasetsDock"));
    auto *right = window.findChild<QDockWidget *>(QStringLiteral("figuresDock"));
    auto *bottom = window.findChild<QDockWidget *>(QStringLiteral("historyDock"));
    QAction *reset = window.findChild<QAction *>(QStringLiteral("resetLayoutAction"));
    for (int round = 0; round < rounds; ++round) {
        for (int step = 0; step <= 8; ++step) {
            const int w = 1400 - (1400 - 1024) * step / 8;
            const int h = 900 - (900 - 700) * step / 8;
            steps.append({QStringLiteral("window resized to %1×%2").arg(w).arg(h),
                          [&window, w, h] { window.resize(w, h); }});
        }
        for (int width = 120; width <= 420; width += 30)
            steps.append(
                {QStringLiteral("left dock dragged to %1 px").arg(width),
                 [&window, left, width] { window.resizeDocks({left}, {width}, Qt::Horizontal); }});
        for (int width = 480; width >= 200; width -= 40)
            steps.append(
                {QStringLiteral("right dock dragged to %1 px").arg(width), [&window, right, width] {
                     window.resizeDocks({right}, {width}, Qt::Horizontal);
                 }});
        for (int height = 90; height <= 330; height += 60)
            steps.append({QStringLiteral("bottom dock dragged to %1 px").arg(height),
                          [&window, bottom, height] {
                              window.resizeDocks({bottom}, {height}, Qt::Vertical);
                          }});
        steps.append({QStringLiteral("View > Reset Layout at 1024×700"), [reset] {
                          if (reset)
                              reset->trigger();
                      }});
        for (int step = 0; step <= 8; ++step) {
            const int w = 1024 + (1400 - 1024) * step / 8;
            const int h = 700 + (900 - 700) * step / 8;
            steps.append({QStringLiteral("window resized to %1×%2").arg(w).arg(h),
                          [&window, w, h] { window.resize(w, h); }});
        }
        steps.append({QStringLiteral("View > Reset Layout at 1400×900"), [reset] {
                          if (reset)
                              reset->trigger();
                      }});
    }
    return steps;
}

// Runs each step and waits for the notebook to settle. False, with the step, when one never
// settles within settleMs (a loop that keeps the event loop turning without end) or a step is
// missing its dock or action.
inline bool runStorm(MainWindow &window, const QList<StormStep> &steps, EventLoopWatchdog &watchdog,
                     int settleMs, QString *failure)
{
    if (!window.findChild<QAction *>(QStringLiteral("resetLayoutAction"))) {
        *failure = QStringLiteral("View > Reset Layout has no action named resetLayoutAction");
        return false;
    }
    NotebookActivity activity(testAccess(window).cellView());
    for (const StormStep &step : steps) {
        watchdog.setStep(step.name);
        step.act();
        if (!QTest::qWaitFor([&] { return activity.settled(); }, settleMs)) {
            *failure = QStringLiteral("the notebook still resizes itself %1 s after \"%2\"")
                           .arg(settleMs / 1000)
                           .arg(step.name);
            return false;
        }
    }
    return true;
}

} // namespace sandbench::test
