#include "workerclient.h"

#include "fdpass.h"
#include "livestream.h"
#include "logging.h"
#include "protocolnames.h"
#include "replydecoder.h"
#include "seal.h"
#include "statusnames.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sandbench {
namespace {

constexpr qsizetype kStderrTailBytes = 16 * 1024;
constexpr int kShutdownGraceMs = 2000;
constexpr int kBackstopGraceMs = 5000;
// How long the window's thread handles decoded messages in one turn of its event loop before it
// lets input and painting in (it goes on in the next turn).
constexpr qint64 kDrainBudgetMs = 8;

} // namespace

WorkerClient::WorkerClient(WorkerLaunch launch, QObject *parent)
    : QObject(parent), m_launch(std::move(launch))
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &WorkerClient::onStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &WorkerClient::onStderr);
    connect(&m_process, &QProcess::finished, this, &WorkerClient::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &WorkerClient::onProcessError);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WorkerClient::onTimeout);
    m_readerThread.setObjectName(QStringLiteral("worker reader"));
}

WorkerClient::~WorkerClient()
{
    // No signal may reach a half-destroyed owner while the process is torn down.
    m_process.disconnect(this);
    stopReader();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
    if (m_fdSocket >= 0)
        ::close(m_fdSocket);
    if (m_childFdSocket >= 0)
        ::close(m_childFdSocket);
}

void WorkerClient::start()
{
    if (m_state != State::NotStarted)
        return;
    m_process.setProgram(m_launch.program);
    m_process.setArguments(m_launch.arguments);
    m_process.setWorkingDirectory(m_launch.workingDirectory);
    m_process.setProcessEnvironment(m_launch.environment);
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) == 0) {
        m_fdSocket = pair[0];
        m_childFdSocket = pair[1];
        const int childEnd = pair[1];
        // Runs in the child between fork and exec: the channel lands on fd 3, open across exec.
        m_process.setChildProcessModifier([childEnd] {
            ::setpgid(0, 0); // a group of its own: interrupts reach its cell, not the app
            if (childEnd == 3)
                ::fcntl(3, F_SETFD, 0);
            else
                ::dup2(childEnd, 3);
        });
    }
    setState(State::Starting);
    m_process.start(QIODevice::ReadWrite);
    qCDebug(lcWorker) << "started" << m_launch.program << "pid" << m_process.processId();
    // The seal's key goes first, before any request: the worker's C++ reads it before its
    // interpreter exists. It travels on the private pipe only, never in argv or the environment.
    QByteArray key(qsizetype(protocol::kSealKeyBytes), Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                          key.size() / qsizetype(sizeof(quint32)));
    m_reader = std::make_unique<Reader>();
    m_reader->sealKey.assign(key.constData(), std::size_t(key.size()));
    const std::string keyFrame =
        protocol::encodeFrame(R"({"type":")" + std::string(protocol::kTypeKey) + R"(","key":")" +
                              protocol::toHex(m_reader->sealKey) + R"("})");
    // From here on the reader's state is the reader thread's.
    m_readerContext = new QObject;
    m_readerContext->moveToThread(&m_readerThread);
    m_readerThread.start();
    m_process.write(keyFrame.data(), qint64(keyFrame.size()));
    if (m_childFdSocket >= 0) {
        ::close(m_childFdSocket);
        m_childFdSocket = -1;
    }
}

quint64 WorkerClient::configure(const QJsonObject &request)
{
    QJsonObject message = request;
    message.insert(QStringLiteral("type"), wireName(protocol::kTypeConfigure));
    return send(RequestKind::Configure, message);
}

quint64 WorkerClient::execute(int cell, const QString &code, int timeoutMs, bool approved,
                              bool keepOnError)
{
    QJsonObject request{{QStringLiteral("type"), wireName(protocol::kTypeExecute)},
                        {QStringLiteral("cell"), cell},
                        {QStringLiteral("code"), code}};
    if (approved)
        request.insert(QStringLiteral("approved"), true);
    if (keepOnError)
        request.insert(wireName(protocol::kOnErrorField), wireName(protocol::kOnErrorKeep));
    const quint64 id = m_nextId; // send() takes this id
    if (timeoutMs > 0) {
        // The worker's keeper stops the cell itself and keeps the session's state; this clock is
        // the backstop for a worker that no longer answers at all.
        request.insert(QStringLiteral("timeout_s"), timeoutMs / 1000.0);
        m_timeouts.insert(id, timeoutMs + kBackstopGraceMs);
    }
    return send(RequestKind::Execute, request);
}

quint64 WorkerClient::loadDataset(const QString &name, const QString &path, bool isoDates,
                                  bool lazy)
{
    QJsonObject request{{QStringLiteral("type"), wireName(protocol::kTypeDataset)},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("path"), path},
                        {QStringLiteral("iso_dates"), isoDates}};
    if (lazy)
        request.insert(wireName(protocol::kLazyField), true);
    if (m_fdSocket >= 0 && m_state != State::Failed && m_state != State::Stopped) {
        const int fd = ::open(path.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            const quint64 id = m_nextId++;
            const QString message = tr("%1: cannot open the file (%2); check that it exists and "
                                       "that you may read it")
                                        .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            QTimer::singleShot(0, this,
                               [this, id, message] { Q_EMIT datasetLoaded(id, false, message); });
            return id;
        }
        const bool sent = sendDescriptor(fd);
        ::close(fd);
        if (sent)
            request.insert(QStringLiteral("fd"), true);
    }
    return send(RequestKind::Dataset, request);
}

bool WorkerClient::sendDescriptor(int fd)
{
    const char byte = 'F';
    return protocol::sendWithDescriptors(m_fdSocket, &byte, 1, &fd, 1);
}

void WorkerClient::armTimeoutForHead()
{
    m_timer.stop();
    if (!m_helloSeen || m_pending.isEmpty())
        return;
    const quint64 head = m_pending.firstKey();
    if (m_pending.first() == RequestKind::Execute && m_timeouts.contains(head))
        m_timer.start(m_timeouts.value(head));
}

void WorkerClient::onTimeout()
{
    if (m_pending.isEmpty())
        return;
    // Killing the worker is the only stop a loop inside C code cannot ignore; with the worker's
    // PID namespace it takes every process the cell could have started with it.
    m_timedOut = m_pending.firstKey();
    m_process.kill();
}

quint64 WorkerClient::query(const QJsonObject &request)
{
    const quint64 id = send(RequestKind::Query, request);
    if (m_pending.contains(id))
        m_queryTypes.insert(id, request.value(QStringLiteral("type")).toString());
    return id;
}

quint64 WorkerClient::undo()
{
    return send(RequestKind::Undo,
                QJsonObject{{QStringLiteral("type"), wireName(protocol::kTypeUndo)}});
}

quint64 WorkerClient::reset()
{
    return send(RequestKind::Reset,
                QJsonObject{{QStringLiteral("type"), wireName(protocol::kTypeReset)}});
}

void WorkerClient::interrupt()
{
    m_interruptFor = 0;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.value() == RequestKind::Execute) {
            m_interruptFor = it.key();
            break;
        }
    }
    deliverInterrupt();
}

void WorkerClient::interrupt(quint64 requestId)
{
    if (m_pending.value(requestId, RequestKind::Shutdown) != RequestKind::Execute)
        return; // answered already (or never an execute): nothing to stop
    m_interruptFor = requestId;
    deliverInterrupt();
}

void WorkerClient::deliverInterrupt()
{
    if (m_interruptFor == 0)
        return;
    if (!m_pending.contains(m_interruptFor)) {
        m_interruptFor = 0; // it ended meanwhile
        return;
    }
    if (m_startedCell != m_interruptFor) {
        qCDebug(lcWorker) << "interrupt held until request" << m_interruptFor << "has started";
        return; // on "started"
    }
    qCDebug(lcWorker) << "interrupting request" << m_interruptFor;
    m_interruptFor = 0;
    // The worker leads its own process group; only the cell's process takes the signal, and
    // raises KeyboardInterrupt in the cell's code (sandbench_worker/interrupts.py).
    if (m_process.state() == QProcess::Running && m_process.processId() > 0)
        ::kill(-pid_t(m_process.processId()), SIGINT);
}

void WorkerClient::shutdown()
{
    if (m_state == State::Stopped || m_state == State::Failed || m_state == State::NotStarted)
        return;
    send(RequestKind::Shutdown,
         QJsonObject{{QStringLiteral("type"), wireName(protocol::kTypeShutdown)}});
    QTimer::singleShot(kShutdownGraceMs, this, [this] {
        if (m_process.state() != QProcess::NotRunning)
            m_process.kill();
    });
}

quint64 WorkerClient::send(RequestKind kind, QJsonObject request)
{
    const quint64 id = m_nextId++;
    if (m_state == State::Failed || m_state == State::Stopped) {
        // Every kind of request is answered, or its caller would wait for good (serve would stay
        // "busy" forever); asynchronously, so that the caller never re-enters its own code.
        QTimer::singleShot(0, this, [this, id, kind] {
            answerWithoutWorker(id, kind,
                                tr("The worker is not running: it stopped or died earlier, so "
                                   "the session's variables are gone. Run a cell to start a "
                                   "fresh worker."));
        });
        return id;
    }
    request.insert(QStringLiteral("id"), qint64(id));
    const std::string header = QJsonDocument(request).toJson(QJsonDocument::Compact).toStdString();
    const std::string frame = protocol::encodeFrame(header);
    m_pending.insert(id, kind);
    if (m_helloSeen)
        m_process.write(frame.data(), qint64(frame.size()));
    else
        m_outbox.append(QByteArray(frame.data(), qsizetype(frame.size())));
    if (m_pending.size() == 1)
        armTimeoutForHead();
    updateBusyState();
    return id;
}

void WorkerClient::onStdout()
{
    const QByteArray bytes = m_process.readAllStandardOutput();
    if (bytes.isEmpty() || !m_readerContext)
        return;
    QMetaObject::invokeMethod(
        m_readerContext, [this, bytes] { readFrames(bytes); }, Qt::QueuedConnection);
}

void WorkerClient::readFrames(const QByteArray &bytes)
{
    Reader &reader = *m_reader;
    if (reader.done)
        return;
    reader.decoder.feed(bytes.constData(), std::size_t(bytes.size()));
    while (auto frame = reader.decoder.next()) {
        Incoming in;
        std::string reason;
        if (!protocol::openSealedFrame(reader.sealKey, reader.nextSequence, *frame, reason)) {
            reader.done = true;
            in.kind = Incoming::Kind::Tampered;
            in.reason = QString::fromStdString(reason);
            pushIncoming(std::move(in));
            return;
        }
        ++reader.nextSequence;
        decodeFrame(*frame, in);
        if (in.kind != Incoming::Kind::Message)
            reader.done = true;
        pushIncoming(std::move(in));
        if (reader.done)
            return;
    }
    if (reader.decoder.failed()) {
        reader.done = true;
        Incoming in;
        in.kind = Incoming::Kind::Broken;
        in.reason = tr("The worker broke the protocol: %1")
                        .arg(QString::fromStdString(reader.decoder.error()));
        pushIncoming(std::move(in));
    }
}

void WorkerClient::decodeFrame(protocol::Frame &frame, Incoming &in) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(frame.header.data(), qsizetype(frame.header.size())), &parseError);
    if (!document.isObject()) {
        in.kind = Incoming::Kind::Broken;
        in.reason =
            tr("The worker sent a message that is not JSON: %1").arg(parseError.errorString());
        return;
    }
    in.message = document.object();
    in.payload = QByteArray(frame.payload.data(), qsizetype(frame.payload.size()));
    const QString type = in.message.value(QStringLiteral("type")).toString();
    const ReplyDecoder decoder(m_launch.replyLimits);
    // Only an execute request is answered by "result"; whether this one answers one, the
    // window's thread knows (it decodes any other answer itself, they are small).
    if (type == wireName(protocol::kTypeResult))
        in.executeResult = decoder.decodeExecute(in.message, QByteArrayView(in.payload));
    else if (type == wireName(protocol::kTypeOutput))
        in.outputProblem = decoder.decodeOutput(in.message, in.outputParts);
}

void WorkerClient::pushIncoming(Incoming in)
{
    bool wake = false;
    {
        const QMutexLocker lock(&m_incomingLock);
        wake = m_incoming.empty();
        m_incoming.push_back(std::move(in));
    }
    // One wake-up per burst: drainIncoming() goes on by itself while messages are waiting.
    if (wake)
        QMetaObject::invokeMethod(this, &WorkerClient::drainIncoming, Qt::QueuedConnection);
}

void WorkerClient::drainIncoming()
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        Incoming in;
        {
            const QMutexLocker lock(&m_incomingLock);
            if (m_incoming.empty())
                return;
            if (clock.elapsed() >= kDrainBudgetMs) {
                // The rest in the next turn, after the events that came meanwhile.
                QMetaObject::invokeMethod(this, &WorkerClient::drainIncoming, Qt::QueuedConnection);
                return;
            }
            in = std::move(m_incoming.front());
            m_incoming.pop_front();
        }
        if (m_state == State::Failed)
            continue; // what came after a failure is not read
        handleIncoming(in);
    }
}

void WorkerClient::handleIncoming(Incoming &in)
{
    switch (in.kind) {
    case Incoming::Kind::Message:
        handleMessage(in);
        break;
    case Incoming::Kind::Tampered:
        failTampered(in.reason);
        break;
    case Incoming::Kind::Broken:
        fail(in.reason);
        break;
    case Incoming::Kind::Exited:
        handleExit(in.exitCode, in.exitStatus);
        break;
    }
}

void WorkerClient::stopReader()
{
    if (!m_readerContext)
        return;
    m_readerThread.quit();
    m_readerThread.wait();
    delete m_readerContext;
    m_readerContext = nullptr;
}

void WorkerClient::onStderr()
{
    m_stderrTail.append(m_process.readAllStandardError());
    if (m_stderrTail.size() > kStderrTailBytes)
        m_stderrTail = m_stderrTail.right(kStderrTailBytes);
}

void WorkerClient::handleMessage(Incoming &in)
{
    const QJsonObject &message = in.message;
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == wireName(protocol::kTypeHello)) {
        m_helloSeen = true;
        m_pythonVersion = message.value(QStringLiteral("python")).toString();
        m_workerVersion = message.value(QStringLiteral("worker")).toString();
        qCDebug(lcWorker) << "hello: worker" << m_workerVersion << "python" << m_pythonVersion;
        for (const QByteArray &queued : std::as_const(m_outbox))
            m_process.write(queued);
        m_outbox.clear();
        armTimeoutForHead();
        updateBusyState();
        Q_EMIT ready();
        return;
    }
    const quint64 id = quint64(message.value(QStringLiteral("id")).toInteger());
    if (type == wireName(protocol::kTypeStarted)) {
        // Not an answer: the cell's process has its request. Only the cell at the head counts.
        if (!m_pending.isEmpty() && m_pending.firstKey() == id &&
            m_pending.first() == RequestKind::Execute) {
            m_startedCell = id;
            m_streamedChars = 0;
            qCDebug(lcWorker) << "cell of request" << id << "started";
            Q_EMIT cellStarted(id);
            deliverInterrupt();
        }
        return;
    }
    if (type == wireName(protocol::kTypeOutput)) {
        handleOutput(id, in.outputParts, in.outputProblem); // not an answer either
        return;
    }
    const auto pending = m_pending.find(id);
    if (pending == m_pending.end()) {
        // An answer to nothing we asked (or an error about an unparsable request): diagnostics
        // only.
        m_stderrTail.append(QByteArray("unexpected worker message: ") +
                            QJsonDocument(message).toJson());
        qCDebug(lcWorker) << "answer to no open request:" << type << id;
        return;
    }
    const RequestKind kind = pending.value();
    m_pending.erase(pending);
    m_timeouts.remove(id);
    armTimeoutForHead();

    if (kind == RequestKind::Execute) {
        // Every field of the reply is untrusted: one decoder checks it (core/replydecoder.h).
        const CellResult result = in.executeResult
                                      ? std::move(*in.executeResult)
                                      : ReplyDecoder(m_launch.replyLimits)
                                            .decodeExecute(message, QByteArrayView(in.payload));
        updateBusyState();
        Q_EMIT cellFinished(id, result);
    } else if (kind == RequestKind::Dataset) {
        const bool ok =
            message.value(QStringLiteral("status")).toString() == wireName(protocol::kStatusOk);
        updateBusyState();
        Q_EMIT datasetLoaded(id, ok, message.value(QStringLiteral("message")).toString());
    } else if (kind == RequestKind::Query) {
        // Untrusted like a cell's reply: a user object's code ran in the process that wrote it.
        const QString requestType = m_queryTypes.take(id);
        const QByteArrayView payload(in.payload);
        if (const auto problem =
                ReplyDecoder(m_launch.replyLimits).checkQuery(requestType, message, payload)) {
            const QString text =
                tr("The worker's answer to the %1 request was malformed (%2). The worker was "
                   "stopped; the next cell starts a fresh one.")
                    .arg(requestType, *problem);
            Q_EMIT answered(id,
                            QJsonObject{{QStringLiteral("type"), wireName(protocol::kTypeError)},
                                        {QStringLiteral("id"), qint64(id)},
                                        {QStringLiteral("message"), text}},
                            QByteArray());
            fail(text);
            return;
        }
        updateBusyState();
        Q_EMIT answered(id, message, in.payload);
    } else if (kind == RequestKind::Undo) {
        updateBusyState();
        Q_EMIT undone(id, type == wireName(protocol::kTypeUndone),
                      message.value(QStringLiteral("message")).toString());
    } else if (kind == RequestKind::Reset) {
        updateBusyState();
        Q_EMIT resetDone(id, type == wireName(protocol::kTypeReset),
                         message.value(QStringLiteral("message")).toString());
    } else if (kind == RequestKind::Configure) {
        const bool ok = type == wireName(protocol::kTypeConfigured);
        updateBusyState();
        Q_EMIT configured(ok, message.value(QStringLiteral("layers")).toObject(),
                          message.value(QStringLiteral("message")).toString());
    } else {
        setState(State::Stopped);
    }
}

void WorkerClient::handleOutput(quint64 id, const QList<OutputPart> &parts,
                                const std::optional<QString> &problem)
{
    // Only the running cell's: its request is at the head and its `started` came first.
    if (m_pending.isEmpty() || m_pending.firstKey() != id ||
        m_pending.first() != RequestKind::Execute || m_startedCell != id)
        return;
    if (problem) {
        // Sealed, so the worker's C++ wrote it: a bug, not an attack. Display text only: dropped.
        qCWarning(lcWorker) << "live output of request" << id << "dropped:" << *problem;
        return;
    }
    // Past what the reply may carry of both streams nothing more is shown live.
    const qsizetype room = 2 * m_launch.replyLimits.outputChars + 64 * 1024;
    for (const OutputPart &part : std::as_const(parts)) {
        if (m_streamedChars >= room)
            return;
        const QString text = part.text.left(room - m_streamedChars);
        m_streamedChars += text.size();
        Q_EMIT outputArrived(id, part.stream, text);
        if (m_state == State::Failed || m_startedCell != id)
            return; // a receiver stopped the worker
    }
}

void WorkerClient::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_readerContext) {
        handleExit(exitCode, status);
        return;
    }
    // After the frames the worker wrote before it ended: through the reader, in the stream's
    // order (a reply still being decoded is an answer, not a crash).
    QMetaObject::invokeMethod(
        m_readerContext,
        [this, exitCode, status] {
            Incoming in;
            in.kind = Incoming::Kind::Exited;
            in.exitCode = exitCode;
            in.exitStatus = status;
            pushIncoming(std::move(in));
        },
        Qt::QueuedConnection);
}

void WorkerClient::handleExit(int exitCode, QProcess::ExitStatus status)
{
    if (m_state == State::Stopped || m_state == State::Failed)
        return;
    onStderr();
    if (status == QProcess::NormalExit && exitCode == 0 && m_pending.isEmpty()) {
        setState(State::Stopped);
        return;
    }
    if (status == QProcess::NormalExit && exitCode == protocol::kExitOutputLimit) {
        m_outputLimitHit = true;
        fail(tr("The cell wrote more into the output folder than the profile allows "
                "(limits.output_mb / limits.output_files), so the worker was stopped."));
        return;
    }
    const QString how = status == QProcess::CrashExit
                            ? tr("The worker process was killed or crashed.")
                            : tr("The worker process exited with status %1.").arg(exitCode);
    fail(how);
}

void WorkerClient::onProcessError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        fail(
            tr("The worker %1 could not be started: %2. Reinstall Sandbench or check that the file "
               "exists and is executable.")
                .arg(m_launch.program, m_process.errorString()));
    }
    // Crashes arrive through finished(); write errors are followed by it too.
}

void WorkerClient::failTampered(const QString &reason)
{
    m_tamperedReason = reason;
    fail(tr("The worker sent a message its sandbox did not write (%1): code in the cell may have "
            "written to the worker's channel itself. The worker was stopped; the next cell starts "
            "a fresh one.")
             .arg(reason));
}

void WorkerClient::fail(const QString &message)
{
    if (m_state == State::Failed)
        return;
    qCInfo(lcWorker) << "worker failed with" << m_pending.size() << "open request(s):" << message;
    QString full = message;
    const QString tail = QString::fromUtf8(m_stderrTail).trimmed();
    if (!tail.isEmpty())
        full += QLatin1Char('\n') + tr("Last worker diagnostics:") + QLatin1Char('\n') + tail;
    setState(State::Failed);
    m_timer.stop();
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (it.value() == RequestKind::Execute) {
            CellResult result;
            if (it.key() == m_timedOut) {
                result.status = RunStatus::Timeout;
                result.stderrText =
                    tr("The cell ran past its time limit and the worker stopped answering, so it "
                       "was replaced: variables from earlier cells are gone.");
                result.violations.append({QStringLiteral("timeout"), tr("wall-clock limit reached"),
                                          0, 0, QStringLiteral("limit")});
            } else if (!m_tamperedReason.isEmpty()) {
                result.status = RunStatus::Tampered;
                result.stderrText = full;
                result.violations.append(
                    {QStringLiteral("seal"), m_tamperedReason, 0, 0, QStringLiteral("seal")});
            } else if (m_outputLimitHit) {
                result.status = RunStatus::OutputLimit;
                result.stderrText = full;
                result.violations.append(
                    {QStringLiteral("output-folder"), message, 0, 0, QStringLiteral("limit")});
            } else {
                result.status = RunStatus::Crashed;
                result.stderrText = full;
            }
            Q_EMIT cellFinished(it.key(), result);
        } else {
            answerWithoutWorker(it.key(), it.value(), full);
        }
    }
    m_timeouts.clear();
    m_queryTypes.clear();
    Q_EMIT failed(full);
}

void WorkerClient::answerWithoutWorker(quint64 id, RequestKind kind, const QString &message)
{
    switch (kind) {
    case RequestKind::Execute: {
        CellResult result;
        result.status = RunStatus::Crashed;
        result.stderrText = message;
        Q_EMIT cellFinished(id, result);
        break;
    }
    case RequestKind::Dataset:
        Q_EMIT datasetLoaded(id, false, message);
        break;
    case RequestKind::Configure:
        Q_EMIT configured(false, {}, message);
        break;
    case RequestKind::Undo:
        Q_EMIT undone(id, false, message);
        break;
    case RequestKind::Reset:
        Q_EMIT resetDone(id, false, message);
        break;
    case RequestKind::Query:
        Q_EMIT answered(id,
                        QJsonObject{{QStringLiteral("type"), wireName(protocol::kTypeError)},
                                    {QStringLiteral("id"), qint64(id)},
                                    {QStringLiteral("message"), message}},
                        QByteArray());
        break;
    case RequestKind::Shutdown:
        break; // nobody waits for it: the worker is gone already
    }
}

void WorkerClient::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcWorker) << "state" << int(m_state) << "->" << int(state);
    m_state = state;
    Q_EMIT stateChanged(state);
}

void WorkerClient::updateBusyState()
{
    if (m_state == State::Failed || m_state == State::Stopped || !m_helloSeen)
        return;
    setState(m_pending.isEmpty() ? State::Ready : State::Busy);
}

} // namespace sandbench
