#include "exportcommand.h"

#include "ipynb.h"
#include "profile.h"
#include "sessionoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace sandbench::cli {
namespace {

const QString kExport = QStringLiteral("sandbench export");
const QString kImport = QStringLiteral("sandbench import");
const QString kReplay = QStringLiteral("sandbench replay");

QCommandLineOption outputFileOption(const QString &description)
{
    return QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              description, QCoreApplication::translate("ExportCommand", "FILE"));
}

// The one positional SESSION_ID; 0 after printing a usage error.
qint64 sessionIdArgument(const QString &command, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.value(0).toLongLong(&ok);
    if (positional.size() != 1 || !ok || id <= 0) {
        usageError(command, QCoreApplication::translate(
                                "ExportCommand",
                                "give exactly one SESSION_ID; 'sandbench history' shows each "
                                "run's session"));
        return 0;
    }
    return id;
}

bool writeFile(const QString &path, const QByteArray &bytes, bool executable, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("ExportCommand", "cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    if (executable)
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeGroup |
                                        QFile::ExeOther);
    return true;
}

QString withoutAddresses(const QString &text)
{
    static const QRegularExpression address(QStringLiteral(" at 0x[0-9a-fA-F]+"));
    QString copy = text;
    return copy.replace(address, QStringLiteral(" at 0x…"));
}

} // namespace

ExportCommand::ExportCommand() : m_out(stdout) {}

bool ExportCommand::write(const SessionExport &session, const QString &path, QString *error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("ipynb"), Qt::CaseInsensitive) == 0)
        return writeFile(path, QJsonDocument(Ipynb::fromSession(session)).toJson(), false, error);
    return writeFile(path, session.pythonScript(path).toUtf8(), true, error);
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a recorded session as a self-contained Python script that re-runs it with plain "
           "python3 and, with --check, proves it reproduces the recorded outputs; or, for a FILE "
           "ending in .ipynb, as a Jupyter notebook with the recorded outputs. Only the cells the "
           "session's final state derives from are written; the header lists the others and "
           "why they were left out."));
    parser.addHelpOption();
    parser.addOption(SessionOptions::databaseOption());
    const QCommandLineOption output =
        outputFileOption(tr("The file to write: analysis.py or analysis.ipynb."));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("SESSION_ID"), tr("The session to export."));
    if (const auto done = parseCommand(parser, kExport, arguments, m_out))
        return *done;
    const qint64 sessionId = sessionIdArgument(kExport, parser);
    if (sessionId == 0)
        return ExitCode::Usage;
    if (parser.value(output).isEmpty())
        return usageError(kExport, tr("say where to write with -o FILE (.py or .ipynb)"));
    auto store = openStoreFor(kExport, parser);
    if (!store)
        return ExitCode::CantCreate;
    QString error;
    const auto session = SessionExport::load(*store, sessionId, &error);
    if (!session)
        return usageError(kExport, error);
    if (!write(*session, parser.value(output), &error)) {
        QTextStream(stderr) << kExport << QStringLiteral(": ") << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    // A recorded figure that changed since its run is worth a word where the user looks now.
    for (const RecordedFileProblem &problem : session->recordedFileProblems())
        QTextStream(stderr) << kExport << QStringLiteral(": ") << tr("warning: ")
                            << RecordedFiles::describe(problem) << Qt::endl;
    m_out << tr("Wrote %1: %n cell(s) of session %2, %3 left out.", "",
                int(session->keptRuns().size()))
                 .arg(parser.value(output))
                 .arg(sessionId)
                 .arg(session->leftOut().size())
          << Qt::endl;
    return ExitCode::Ok;
}

ImportCommand::ImportCommand() : m_out(stdout) {}

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads a Jupyter notebook (nbformat 4; outputs are ignored) or a percent-format "
           "script and writes its code and markdown cells as a percent-format script, which "
           "'sandbench run' runs as a new session and the window opens. 'sandbench run' also "
           "takes the .ipynb directly."));
    parser.addHelpOption();
    const QCommandLineOption output =
        outputFileOption(tr("The script to write (default: print it)."));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("NOTEBOOK"), tr("The .ipynb or .py to read."));
    if (const auto done = parseCommand(parser, kImport, arguments, m_out))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return usageError(kImport, tr("give exactly one NOTEBOOK to read"));
    QString error;
    const auto cells = readNotebookFile(parser.positionalArguments().first(), &error);
    if (!cells)
        return usageError(kImport, error);
    const QByteArray text = writePercentFormat(*cells).toUtf8() + '\n';
    if (!parser.isSet(output)) {
        m_out << text;
        return ExitCode::Ok;
    }
    if (!writeFile(parser.value(output), text, false, &error)) {
        QTextStream(stderr) << kImport << QStringLiteral(": ") << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    return ExitCode::Ok;
}

ReplayCommand::ReplayCommand(QObject *parent) : QObject(parent), m_out(stdout), m_err(stderr) {}

ReplayCommand::~ReplayCommand() = default;

int ReplayCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Re-runs the cells a recorded session's final state derives from, in a fresh sandbox "
           "with the same datasets and profile, records them as a new session, and reports "
           "which cells' output, result, figures or files differ from the record.\n\nExit "
           "status: 0 every cell reproduced, 1 a cell differs, 64 a usage error, 65 a dataset "
           "cannot be loaded, 70 the worker cannot start, 73 the database cannot be written."));
    parser.addHelpOption();
    parser.addOption(SessionOptions::databaseOption());
    const QCommandLineOption out(QStringList{QStringLiteral("out")},
                                 tr("Output folder of the replay (default: a new folder)."),
                                 tr("DIR"));
    parser.addOption(out);
    parser.addPositionalArgument(QStringLiteral("SESSION_ID"), tr("The session to replay."));
    if (const auto done = parseCommand(parser, kReplay, arguments, m_out))
        return *done;
    const qint64 sessionId = sessionIdArgument(kReplay, parser);
    if (sessionId == 0)
        return ExitCode::Usage;
    m_store = openStoreFor(kReplay, parser);
    if (!m_store)
        return ExitCode::CantCreate;
    QString error;
    m_session = SessionExport::load(*m_store, sessionId, &error);
    if (!m_session)
        return usageError(kReplay, error);

    SessionConfig config;
    config.origin = tr("replay of session %1").arg(sessionId);
    config.outputDir = parser.value(out);
    for (const ExportedDataset &dataset : m_session->datasets())
        config.datasets.append(
            {dataset.name, dataset.path, dataset.isoDates, dataset.lazy}); // as recorded
    const RunRecord &first = m_session->keptRuns().first();
    const QString profilePath = first.environment.value(QStringLiteral("profile_path")).toString();
    const auto profile = ProfileLoader::load(
        QFileInfo::exists(profilePath) ? profilePath : first.profileName, &error);
    if (!profile)
        return usageError(kReplay, tr("the session's profile: %1").arg(error));
    config.profile = *profile;
    m_runner = std::make_unique<SessionRunner>(*m_store, config);
    connect(m_runner.get(), &SessionRunner::datasetsLoaded, this, &ReplayCommand::onDatasetsLoaded);
    connect(m_runner.get(), &SessionRunner::sandboxReady, this,
            [this](bool ok, const QJsonObject &, const QString &message) {
                if (!ok) {
                    m_err << kReplay << QStringLiteral(": ")
                          << tr("the sandbox could not be set up: %1").arg(message) << Qt::endl;
                    Q_EMIT finished(ExitCode::Software);
                }
            });
    if (!m_runner->start(&error)) {
        m_err << kReplay << QStringLiteral(": ") << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    return -1;
}

void ReplayCommand::onDatasetsLoaded(const QStringList &errors)
{
    if (m_started)
        return;
    m_started = true;
    if (!errors.isEmpty()) {
        for (const QString &message : errors)
            m_err << kReplay << QStringLiteral(": ") << message << Qt::endl;
        Q_EMIT finished(ExitCode::DataError);
        return;
    }
    const QList<RunRecord> &kept = m_session->keptRuns();
    m_replayed = QList<RunRecord>(kept.size());
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const RunRecord &run = kept.at(i);
        CellRequest request;
        request.cellId = QString::number(run.id);
        request.code = run.code;
        request.source = {CodeOrigin::Import, {}, {}};
        request.number = run.cellIndex;
        CellRun *replay = m_runner->submit(request);
        // Each replay answers for the kept run it repeats, whatever the order.
        connect(replay, &CellRun::finished, this,
                [this, i](const RunRecord &now) { onRunFinished(int(i), now); });
    }
}

void ReplayCommand::onRunFinished(int index, const RunRecord &run)
{
    m_replayed[index] = run;
    if (++m_replayedCount == m_session->keptRuns().size())
        report();
}

QStringList ReplayCommand::differences(const RunRecord &recorded, const RunRecord &now) const
{
    QStringList found;
    if (now.status != RunStatus::Ok)
        found.append(tr("ended %1").arg(runStatusName(now.status)));
    for (const InputFile &input : now.inputs) {
        for (const InputFile &before : recorded.inputs) {
            if (before.name == input.name && before.sha256 != input.sha256)
                found.append(tr("dataset %1 changed").arg(input.name));
        }
    }
    if (withoutAddresses(now.stdoutText) != withoutAddresses(recorded.stdoutText))
        found.append(tr("stdout"));
    if (now.result.has_value() != recorded.result.has_value() ||
        (now.result && withoutAddresses(*now.result) != withoutAddresses(*recorded.result)))
        found.append(tr("result"));
    QStringList figuresNow, figuresBefore;
    for (const Figure &figure : now.figures)
        figuresNow.append(figure.sha256);
    for (const Figure &figure : recorded.figures)
        figuresBefore.append(figure.sha256);
    if (figuresNow != figuresBefore)
        found.append(tr("figures"));
    QStringList outputsNow, outputsBefore;
    const QDir replayDir(m_runner->outputDir());
    for (const OutputFile &file : now.outputs)
        outputsNow.append(replayDir.relativeFilePath(file.path) + QLatin1Char(' ') + file.sha256);
    for (const OutputFile &file : recorded.outputs)
        outputsBefore.append(m_session->relativeOutputPath(file.path) + QLatin1Char(' ') +
                             file.sha256);
    if (outputsNow != outputsBefore)
        found.append(tr("files"));
    return found;
}

void ReplayCommand::report()
{
    int differing = 0;
    m_out << tr("CELL\tRECORDED RUN\tREPLAY RUN\tVERDICT") << Qt::endl;
    for (int i = 0; i < m_replayed.size(); ++i) {
        const QStringList found = differences(m_session->keptRuns().at(i), m_replayed.at(i));
        differing += found.isEmpty() ? 0 : 1;
        m_out << i + 1 << '\t' << m_session->keptRuns().at(i).id << '\t' << m_replayed.at(i).id
              << '\t'
              << (found.isEmpty() ? tr("same")
                                  : tr("differs: %1").arg(found.join(QStringLiteral(", "))))
              << Qt::endl;
    }
    m_out << (differing == 0
                  ? tr("Replay of session %1 (as session %2): all %n cell(s) reproduce the record.",
                       "", int(m_replayed.size()))
                        .arg(m_session->session().id)
                        .arg(m_runner->sessionId())
                  : tr("Replay of session %1 (as session %2): %3 of %n cell(s) differ from the "
                       "record.",
                       "", int(m_replayed.size()))
                        .arg(m_session->session().id)
                        .arg(m_runner->sessionId())
                        .arg(differing))
          << Qt::endl;
    Q_EMIT finished(differing == 0 ? ExitCode::Ok : ExitCode::RuntimeError);
}

} // namespace sandbench::cli
