// A test helper that writes runs into a store as fast as it can and prints each run's id once
// recordRun() said it was recorded: what another process (the window, a command line) does.
// Usage: storewriter DATABASE COUNT LABEL   (COUNT 0: until killed)
#include "runstore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace sandbench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: storewriter DATABASE COUNT LABEL" << Qt::endl;
        return 64;
    }
    const int count = args.at(2).toInt();
    const QString label = args.at(3);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    auto store = RunStore::open(args.at(1), &error);
    if (!store) {
        err << error << Qt::endl;
        return 73;
    }
    const qint64 session = store->createSession(label, QString(), &error);
    if (session == 0) {
        err << error << Qt::endl;
        return 73;
    }
    for (int i = 1; count == 0 || i <= count; ++i) {
        RunRecord run;
        run.sessionId = session;
        run.cellIndex = i;
        run.code = QStringLiteral("total_%1 = %2 * 2  # written by %3").arg(i).arg(i).arg(label);
        run.status = RunStatus::Ok;
        run.stdoutText = QStringLiteral("%1 output line %2\n").arg(label).arg(i);
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.finishedAt = run.startedAt;
        run.inputs.append(
            {QStringLiteral("d"), QStringLiteral("/data/d.csv"), 10, 1, QStringLiteral("ab")});
        if (!store->recordRun(run, {}, &error)) {
            err << error << Qt::endl;
            return 73;
        }
        out << run.id << Qt::endl; // endl flushes: the id is reported only once it is recorded
    }
    return 0;
}
