// The app's side of one sandbench-worker process: starts it, frames requests, decodes replies,
// and turns a worker that dies into "crashed" answers. Never blocks: everything is signals.
#pragma once

#include "frame.h"
#include "replydecoder.h"
#include "runrecord.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QTimer>
#include <deque>
#include <memory>
#include <optional>

namespace sandbench {

struct WorkerLaunch
{
    QString program;
    QStringList arguments;
    QString workingDirectory;
    QProcessEnvironment environment;
    ReplyLimits replyLimits; // what an execute reply may hold under the worker's profile
};

class WorkerClient : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NotStarted,
        Starting,
        Ready,
        Busy,
        Stopped,
        Failed
    };
    Q_ENUM(State)

    explicit WorkerClient(WorkerLaunch launch, QObject *parent = nullptr);
    ~WorkerClient() override;

    void start();
    // Requests may be made as soon as start() was called; they are sent once the worker is up and
    // answered in order. Each returns its request id.
    // Arms the sandbox (sandbox/PROTOCOL.md, "configure"); answered by configured().
    quint64 configure(const QJsonObject &request);
    // timeoutMs > 0: the cell is stopped (the worker killed) when it runs longer; its result then
    // has status Timeout.
    // approved: a reviewer approved this code (the worker then lets review triggers pass).
    // keepOnError: keep the session's state as the cell leaves it when it raises an ordinary
    // exception (status error), as Jupyter does; refusals and limits still roll back.
    quint64 execute(int cell, const QString &code, int timeoutMs = 0, bool approved = false,
                    bool keepOnError = false);
    // The app opens the file and hands the worker its descriptor, so the dataset needs no
    // permission of the worker's own (its zones may have been fixed before it was registered).
    // isoDates: text columns of ISO 8601 dates load as dates (the request's iso_dates).
    // lazy: read in blocks as a dask DataFrame (the request's lazy, issue 18).
    quint64 loadDataset(const QString &name, const QString &path, bool isoDates = false,
                        bool lazy = false);
    // Any other request of the protocol (variables, table, summary, export_view); its reply comes
    // back by answered(), with the frame's binary payload (a binary table page).
    quint64 query(const QJsonObject &request);
    // Returns the session to the state before the last cell that ended ok (answered by undone()).
    quint64 undo();
    // A fresh session from the worker's template (libraries imported, sandbox armed, no
    // variables, no datasets) in the time of a fork; answered by resetDone().
    quint64 reset();
    // Stops the running cell with KeyboardInterrupt: it ends "interrupted" and, like every cell
    // that does not end ok, leaves the session's state as it was before it.
    void interrupt();
    // Stops the cell of this execute request only: held until the worker says that cell started
    // (PROTOCOL.md, `started`), dropped when the request has ended meanwhile.
    void interrupt(quint64 requestId);
    // Asks the worker to exit; kills it if it has not within a moment.
    void shutdown();

    State state() const { return m_state; }
    qint64 processId() const { return m_process.processId(); }
    QString pythonVersion() const { return m_pythonVersion; }
    QString workerVersion() const { return m_workerVersion; }
    int pendingRequests() const { return int(m_pending.size()); }

Q_SIGNALS:
    void stateChanged(sandbench::WorkerClient::State state);
    void ready();
    // The cell's process has its request: the cell runs from now on (interrupts reach it).
    void cellStarted(quint64 requestId);
    void cellFinished(quint64 requestId, const sandbench::CellResult &result);
    // Live output: text the running cell of request requestId printed on stream ("stdout" or
    // "stderr"), in the order it printed it, before cellFinished. Display only, untrusted: the
    // record is the reply's output (cellFinished), which may differ from what streamed.
    void outputArrived(quint64 requestId, const QString &stream, const QString &text);
    void datasetLoaded(quint64 requestId, bool ok, const QString &message);
    // ok: the layers' reports ({"landlock": "on (ABI 7)", ...}); else the error in message.
    void configured(bool ok, const QJsonObject &layers, const QString &message);
    void undone(quint64 requestId, bool ok, const QString &message);
    void resetDone(quint64 requestId, bool ok, const QString &message);
    void answered(quint64 requestId, const QJsonObject &reply, const QByteArray &payload);
    // The worker died or broke the protocol; open requests were answered first.
    void failed(const QString &message);

private:
    enum class RequestKind
    {
        Execute,
        Dataset,
        Configure,
        Undo,
        Reset,
        Query,
        Shutdown
    };

    quint64 send(RequestKind kind, QJsonObject request);
    bool sendDescriptor(int fd);
    void armTimeoutForHead();
    void deliverInterrupt();
    void onTimeout();
    // What the reader thread made of the worker's stream, in the stream's order: a message with
    // its decoded parts, or the end of the stream.
    struct Incoming
    {
        enum class Kind
        {
            Message,  // a sealed frame with a JSON object as its header
            Tampered, // a frame failed its seal (reason)
            Broken,   // the stream or a frame's header is not the protocol (reason)
            Exited    // the process ended (after every frame it wrote)
        };
        Kind kind = Kind::Message;
        QJsonObject message;
        QByteArray payload;
        // An execute reply ("result") decoded by ReplyDecoder on the reader thread.
        std::optional<CellResult> executeResult;
        // An `output` frame's parts, or the problem that makes it not shown.
        QList<OutputPart> outputParts;
        std::optional<QString> outputProblem;
        QString reason;
        int exitCode = 0;
        QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    };
    // The reader thread's own state: used only there.
    struct Reader
    {
        protocol::FrameDecoder decoder;
        std::string sealKey;
        std::uint64_t nextSequence = 0; // the number the next frame from the worker must carry
        bool done = false;              // the stream failed: nothing after it is read
    };

    void onStdout();
    void onStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    // Reader thread: frames, seals, JSON and an execute reply's fields are decoded there, so a
    // reply of megabytes (a flood's output) costs the window's thread nothing.
    void readFrames(const QByteArray &bytes);
    void decodeFrame(protocol::Frame &frame, Incoming &in) const;
    void pushIncoming(Incoming in);
    // Window's thread: handles what the reader decoded, a bounded time per turn of the event
    // loop, so input and painting go on between the messages of a burst.
    void drainIncoming();
    void handleIncoming(Incoming &in);
    void handleMessage(Incoming &in);
    void handleOutput(quint64 id, const QList<OutputPart> &parts,
                      const std::optional<QString> &problem);
    void handleExit(int exitCode, QProcess::ExitStatus status);
    void stopReader();
    // A frame without the seal of the worker's C++ side: the cell wrote it (sandbox/PROTOCOL.md,
    // "Seals"). The worker goes like after a crash; the open cell is recorded as tampered.
    void failTampered(const QString &reason);
    void fail(const QString &message);
    // Answers a request the worker will never answer (it died, or was gone when it was made)
    // through the signal its kind is answered by.
    void answerWithoutWorker(quint64 id, RequestKind kind, const QString &message);
    void setState(State state);
    void updateBusyState();

    WorkerLaunch m_launch;
    QProcess m_process;
    QThread m_readerThread;
    QObject *m_readerContext = nullptr; // lives on m_readerThread: readFrames() runs as its calls
    std::unique_ptr<Reader> m_reader;
    QMutex m_incomingLock; // guards m_incoming, filled by the reader thread
    std::deque<Incoming> m_incoming;
    State m_state = State::NotStarted;
    quint64 m_nextId = 1;
    QMap<quint64, RequestKind> m_pending;
    QHash<quint64, QString> m_queryTypes; // a pending query's request type: what its reply may be
    QList<QByteArray> m_outbox;           // frames waiting for the worker's hello
    QByteArray m_stderrTail; // the last bytes of the worker's diagnostics, for crash reports
    QString m_pythonVersion;
    QString m_workerVersion;
    bool m_helloSeen = false;
    int m_fdSocket = -1;           // our end of the descriptor channel (the worker's fd 3)
    int m_childFdSocket = -1;      // the worker's end, until the worker has started
    QMap<quint64, int> m_timeouts; // execute request -> its limit in ms
    QTimer m_timer;                // runs while the oldest open request is a cell with a limit
    quint64 m_timedOut = 0;
    // The cell an interrupt is for, signalled once the worker says that cell's process started:
    // before, the signal would reach only processes that ignore it (PROTOCOL.md, `started`).
    quint64 m_interruptFor = 0;
    quint64 m_startedCell = 0;
    qsizetype m_streamedChars = 0; // live output of m_startedCell so far
    bool m_outputLimitHit = false;
    QString m_tamperedReason; // set once a frame failed its seal
};

} // namespace sandbench
