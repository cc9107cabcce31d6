// Python's object arenas in huge-page regions (sandbox/worker/hugearenas.h): what makes a session
// of a gigabyte of dicts fork, and roll a failed cell back, in milliseconds. The allocator runs
// here in an embedded interpreter as in the worker; the kernel's own account (/proc/self/smaps)
// says where the objects live.
// Not on the include path: the worker's limits.h would hide the system's from Python.h.
#include "../sandbox/worker/hugearenas.h"

#include <QFile>
#include <QtTest>
#include <pybind11/embed.h>

namespace py = pybind11;
using namespace sandbench::worker;

namespace {

// The interpreter the tests run Python in, started after the allocator is installed.
std::unique_ptr<py::scoped_interpreter> g_interpreter;

struct Advised
{
    qulonglong bytes = 0;   // in mappings marked MADV_HUGEPAGE ("hg")
    qulonglong aligned = 0; // of those, in mappings that start on a 2 MiB boundary
};

Advised advisedMappings()
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    Advised advised;
    qulonglong start = 0, end = 0;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        if (!line.isEmpty() && line.at(0) != 'V' && line.contains('-') &&
            !line.startsWith("VmFlags")) {
            const QList<QByteArray> range = line.split(' ').value(0).split('-');
            if (range.size() == 2) {
                bool ok = false;
                const qulonglong s = range[0].toULongLong(&ok, 16);
                if (ok) {
                    start = s;
                    end = range[1].toULongLong(nullptr, 16);
                }
            }
        } else if (line.startsWith("VmFlags:") && line.split(' ').contains("hg")) {
            advised.bytes += end - start;
            if (start % (2ull << 20) == 0)
                advised.aligned += end - start;
        }
    }
    return advised;
}

qulonglong residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toULongLong() * qulonglong(::sysconf(_SC_PAGESIZE));
}

} // namespace

class TestHugeArenas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        hugearenas::install();
        hugearenas::install(); // twice is once: the fallback stays Python's own allocator
        g_interpreter = std::make_unique<py::scoped_interpreter>();
    }

    void smallObjectsLiveInAdvisedAlignedRegions()
    {
        const hugearenas::Usage before = hugearenas::usage();
        py::exec("rows = [{'id': i, 'name': f'row-{i}', 'x': i * 0.5} for i in range(400_000)]");
        const hugearenas::Usage after = hugearenas::usage();
        // About 100 MB of dicts, strings and floats: pymalloc's, so in the arenas.
        QVERIFY2(after.arenasLive - before.arenasLive > 50ull << 20,
                 qPrintable(QString::number(after.arenasLive - before.arenasLive)));
        QVERIFY(after.reserved >= after.arenasLive);
        // Every region the allocator reserved is marked for huge pages and starts on a 2 MiB
        // boundary (NumPy's and malloc's advised blocks may add more).
        const Advised advised = advisedMappings();
        QVERIFY2(advised.aligned >= after.reserved,
                 qPrintable(QStringLiteral("%1 advised and aligned, %2 reserved")
                                .arg(advised.aligned)
                                .arg(after.reserved)));
        // And Python works as ever on them.
        QCOMPARE(py::eval("sum(r['x'] for r in rows)").cast<double>(),
                 0.5 * (399'999.0 * 400'000.0 / 2));
    }

    void freedArenasGoBackToTheSystem()
    {
        py::exec("import gc\nrows = [{'id': i, 'name': f'row-{i}'} for i in range(400_000)]");
        const qulonglong full = residentBytes();
        const hugearenas::Usage held = hugearenas::usage();
        py::exec("del rows\ngc.collect()");
        const hugearenas::Usage after = hugearenas::usage();
        QVERIFY2(held.arenasLive - after.arenasLive > 40ull << 20,
                 qPrintable(QStringLiteral("%1 -> %2").arg(held.arenasLive).arg(after.arenasLive)));
        // Whole huge pages whose arenas are all free are given back, not kept for reuse.
        const qulonglong now = residentBytes();
        QVERIFY2(full - now > 30ull << 20,
                 qPrintable(QStringLiteral("resident %1 -> %2").arg(full).arg(now)));
        // The address space stays the allocator's: new objects reuse it.
        py::exec("again = [str(i) * 3 for i in range(200_000)]");
        QCOMPARE(hugearenas::usage().reserved, after.reserved);
    }

    void cleanupTestCase() { g_interpreter.reset(); }
};

QTEST_GUILESS_MAIN(TestHugeArenas)
#include "tst_hugearenas.moc"
