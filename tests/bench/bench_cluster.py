"""Prints what a groupby-aggregate over a CSV larger than a session's memory costs in Sandbench's
sandbox (issue 18), against the same Dask code outside any sandbox measured in the same run.
Run through CMake (the size in GB is optional, 3 by default):

    cmake --build build --target bench_cluster
    /usr/bin/python3 tests/bench/bench_cluster.py build [--size-gb 3] [--tmp /tmp] [--load]
        [--memory 2048] [--keep] [--csv FILE]

Rows, one run each, in this order:
  pandas, sandbox      `sandbench run` with the file readable (--read) and a cell doing
                       pd.read_csv + groupby: it is expected to end `memory`, which is its result
  dask threads, sandbox the file as a lazy dataset (--data-lazy): dask's threaded scheduler in the
                       cell's own process
  dask cluster, sandbox `sandbench cluster start --workers 2` and a session with --cluster: the
                       groupby runs on two sandboxed workers (one thread each)
  dask threads, baseline /usr/bin/python3 with dask's threaded scheduler, no sandbox at all

Every dask row runs the same groupby on the same partitions (the lazy dataset's block size),
with as many threads (two). "query" is the groupby alone, timed inside the cell or script;
"wall" is the whole command (start-up, imports, connecting). Peak memory is the largest sum of
the resident sets of every process of the row's trees (the command and its descendants; for the
cluster also its scheduler and workers), sampled every 100 ms from /proc. The overhead ratio is
query time over the baseline's. `--load` measures every row again with two CPU-bound processes
running beside it (the benchmark starts and stops them). Nothing here asserts a time.

The CSV is generated into a temporary folder under --tmp (deleted afterwards unless --keep): a
few distinct blocks of random rows repeated up to the size, so generating it stays quick; parsing
costs the same as for unique rows. Free disk is checked first and the size scaled down, with a
note, when it is short.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

MB = 1 << 20
GB = 1 << 30
THREADS = 2
QUERY = "groupby('region').agg({'amount': ['sum', 'mean'], 'qty': 'sum'})"


# ------------------------------------------------------------------------------------------------
# Memory: the resident sets of process trees, sampled.

def children_map():
    """ppid -> [pid] for every process, from /proc/PID/stat."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    return children


def tree(roots, children):
    seen, stack = set(), list(roots)
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        stack.extend(children.get(pid, ()))
    return seen


def rss_bytes(pid):
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0


class PeakSampler:
    """The largest total RSS of the trees under roots() seen while running."""

    def __init__(self, roots):
        self.roots = roots
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            pids = tree(self.roots(), children_map())
            self.peak = max(self.peak, sum(rss_bytes(pid) for pid in pids))
            self._stop.wait(0.1)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


# ------------------------------------------------------------------------------------------------
# The data.

def generate_csv(path, size_bytes):
    """Distinct random blocks repeated up to size_bytes; returns (bytes, rows)."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(18)
    regions = np.array([f"region-{i:02d}" for i in range(24)])
    blocks = []
    for _ in range(4):
        rows = 500_000
        frame = pd.DataFrame({
            "order_id": rng.integers(0, 10**9, rows),
            "region": regions[rng.integers(0, len(regions), rows)],
            "amount": (rng.random(rows) * 1000).round(2),
            "qty": rng.integers(1, 50, rows),
        })
        blocks.append((frame.to_csv(index=False, header=False).encode(), rows))
    written, total_rows = 0, 0
    with open(path, "wb") as handle:
        header = b"order_id,region,amount,qty\n"
        handle.write(header)
        written += len(header)
        i = 0
        while written < size_bytes:
            data, rows = blocks[i % len(blocks)]
            handle.write(data)
            written += len(data)
            total_rows += rows
            i += 1
    return written, total_rows


def disk_free(folder):
    # `df` is what a person would look at; statvfs says the same without parsing.
    usage = shutil.disk_usage(folder)
    return usage.free


# ------------------------------------------------------------------------------------------------
# The rows.

class Row:
    def __init__(self, name):
        self.name = name
        self.status = ""
        self.query_s = None
        self.wall_s = None
        self.peak = 0
        self.note = ""


def parse_cell_result(out, row):
    """The cell's stdout carries `query SECONDS` and the result's first line."""
    for line in out.splitlines():
        if line.startswith("query "):
            row.query_s = float(line.split()[1])


def run_session(args, row, extra_roots=lambda: []):
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with PeakSampler(lambda: [process.pid] + extra_roots()) as sampler:
        out, err = process.communicate()
    row.wall_s = time.perf_counter() - started
    row.peak = sampler.peak
    lines = [json.loads(line) for line in out.splitlines() if line.strip().startswith("{")]
    if not lines:
        row.status = f"no result (exit {process.returncode})"
        row.note = err.strip().splitlines()[-1][:120] if err.strip() else ""
        return
    last = lines[-1]
    row.status = last.get("status", "?")
    parse_cell_result(last.get("stdout", ""), row)
    if row.status != "ok":
        stderr = (last.get("stderr") or "").strip().splitlines()
        row.note = stderr[-1][:120] if stderr else ""


def cell(read_line):
    return (
        "import time\n"
        "import dask.dataframe as dd\n"
        f"{read_line}\n"
        "t0 = time.perf_counter()\n"
        f"result = big.{QUERY}.compute()\n"
        "print('query', time.perf_counter() - t0)\n"
        "print('partitions', big.npartitions, 'groups', len(result))\n"
    )


def measure(build, csv, tmp, memory_mb, block, state, label):
    sandbench = os.path.join(build, "bin", "sandbench")
    rows = []

    # 1. pandas, whole file, in the sandbox: its memory limit is the expected end.
    row = Row("pandas, sandbox")
    script = os.path.join(tmp, "row_pandas.py")
    with open(script, "w") as handle:
        handle.write("import time\nimport pandas as pd\nt0 = time.perf_counter()\n"
                     f"frame = pd.read_csv({csv!r})\n"
                     f"result = frame.{QUERY}\n"
                     "print('query', time.perf_counter() - t0)\n")
    run_session([sandbench, "run", script, "--json", "--read", csv, "--memory", str(memory_mb),
                 "--profile", os.path.join(tmp, "default-bench.json"), "--timeout", "3600",
                 "--db", os.path.join(tmp, "runs.db"), "--out", os.path.join(tmp, "out-pandas")],
                row)
    if row.status == "memory":
        row.note = f"stopped at its {memory_mb} MB limit: the result"
        row.query_s = None
    rows.append(row)

    # 2. dask, threaded, in the sandbox: the file as a lazy dataset.
    row = Row("dask threads, sandbox")
    script = os.path.join(tmp, "row_lazy.py")
    with open(script, "w") as handle:
        handle.write(cell("# `big` is the lazy dataset"))
    run_session([sandbench, "run", script, "--json", "--data-lazy", f"big={csv}",
                 "--profile", os.path.join(tmp, "default-bench.json"),
                 "--memory", str(memory_mb), "--timeout", "3600",
                 "--db", os.path.join(tmp, "runs.db"), "--out", os.path.join(tmp, "out-lazy")],
                row)
    rows.append(row)

    # 3. dask on the sandboxed two-worker cluster (started once, before the first pass).
    row = Row("dask cluster, sandbox")
    script = os.path.join(tmp, "row_cluster.py")
    with open(script, "w") as handle:
        handle.write(cell(f"big = dd.read_csv({csv!r}, blocksize={block})"))
    members = cluster_member_pids(state)
    run_session([sandbench, "run", script, "--json", "--cluster", state, "--profile",
                 os.path.join(tmp, "cluster-bench.json"), "--read", csv,
                 "--memory", str(memory_mb), "--timeout", "3600",
                 "--db", os.path.join(tmp, "runs.db"), "--out", os.path.join(tmp, "out-cluster")],
                row, extra_roots=lambda: members)
    rows.append(row)

    # 4. the same dask code outside any sandbox.
    row = Row("dask threads, baseline")
    script = os.path.join(tmp, "row_baseline.py")
    with open(script, "w") as handle:
        handle.write("import json, sys, time\n"
                     "import dask\n"
                     f"dask.config.set(scheduler='threads', num_workers={THREADS})\n"
                     + cell(f"big = dd.read_csv({csv!r}, blocksize={block})"))
    started = time.perf_counter()
    process = subprocess.Popen(["/usr/bin/python3", script], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    with PeakSampler(lambda: [process.pid]) as sampler:
        out, err = process.communicate()
    row.wall_s = time.perf_counter() - started
    row.peak = sampler.peak
    row.status = "ok" if process.returncode == 0 else f"exit {process.returncode}"
    parse_cell_result(out, row)
    if process.returncode != 0:
        row.note = err.strip().splitlines()[-1][:120] if err.strip() else ""
    rows.append(row)
    print_table(label, rows)
    return rows


def print_table(label, rows):
    baseline = rows[-1].query_s
    print()
    print(f"## {label}")
    print(f"{'row':<24} {'status':<8} {'query s':>8} {'wall s':>8} {'peak MB':>8} {'vs baseline':>12}"
          "  note")
    for row in rows:
        ratio = ""
        if row.query_s and baseline:
            ratio = f"{row.query_s / baseline:.2f}x ({(row.query_s / baseline - 1) * 100:+.0f} %)"
        query = f"{row.query_s:.1f}" if row.query_s else "-"
        print(f"{row.name:<24} {row.status:<8} {query:>8} {row.wall_s:>8.1f} "
              f"{row.peak / MB:>8.0f} {ratio:>12}  {row.note}")
    sys.stdout.flush()


def cluster_member_pids(state):
    try:
        with open(os.path.join(state, "status.json")) as handle:
            status = json.load(handle)
    except (OSError, ValueError):
        return []
    pids = [int(status.get("supervisor_pid", 0))]
    return [pid for pid in pids if pid > 0]


def start_cluster(build, state, csv, memory_mb):
    sandbench = os.path.join(build, "bin", "sandbench")
    started = subprocess.run([sandbench, "cluster", "start", "--workers", str(THREADS),
                              "--memory", str(memory_mb), "--state", state, "--data", csv],
                             capture_output=True, text=True, timeout=600)
    if started.returncode != 0:
        raise SystemExit(f"bench_cluster: the cluster did not start: {started.stderr.strip()}")


def write_profiles(build, tmp):
    """The shipped default and cluster profiles, every layer as shipped, without review triggers
    (this measures running, not a reviewer) and with time and CPU limits a several-GB file
    needs on a busy machine."""
    for shipped in ("default", "cluster"):
        with open(os.path.join(build, "share", "sandbench", "profiles", shipped + ".json")) as handle:
            profile = json.load(handle)
        profile["name"] = f"{shipped}-bench"
        profile.setdefault("review", {})["triggers"] = []
        profile.setdefault("limits", {}).update(timeout_s=3600, cpu_s=14400)
        with open(os.path.join(tmp, f"{shipped}-bench.json"), "w") as handle:
            json.dump(profile, handle)


def stop_cluster(build, state):
    subprocess.run([os.path.join(build, "bin", "sandbench"), "cluster", "stop", "--state", state],
                   capture_output=True, text=True, timeout=300)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("build")
    parser.add_argument("--size-gb", type=float, default=3.0)
    parser.add_argument("--tmp", default="/tmp")
    parser.add_argument("--memory", type=int, default=2048,
                        help="the sandboxed session's and each worker's memory limit, MB")
    parser.add_argument("--load", action="store_true",
                        help="measure again beside two CPU-bound processes")
    parser.add_argument("--keep", action="store_true", help="keep the generated CSV")
    parser.add_argument("--csv", help="measure this CSV (written by --keep before) instead of "
                                      "generating one")
    options = parser.parse_args()
    build = os.path.abspath(options.build)

    size = int(options.size_gb * GB)
    free = disk_free(options.tmp)
    print(subprocess.run(["df", "-h", options.tmp], capture_output=True, text=True).stdout.strip())
    # The CSV, the workers' spill and the sessions' output, with room to spare.
    needed = int(size * 1.5) + 2 * GB
    if free < needed:
        scaled = max(int((free - 2 * GB) / 1.5), 256 * MB)
        print(f"NOTE: {free / GB:.1f} GB free in {options.tmp}, {needed / GB:.1f} GB needed for a "
              f"{size / GB:.1f} GB CSV: scaled down to {scaled / GB:.1f} GB")
        size = scaled

    tmp = tempfile.mkdtemp(prefix="bench-cluster-", dir=options.tmp)
    state = os.path.join(tmp, "cluster")
    cluster_started = False
    try:
        if options.csv:
            csv = os.path.abspath(options.csv)
            written = os.path.getsize(csv)
            print(f"measuring {csv}: {written / GB:.2f} GB")
        else:
            csv = os.path.join(tmp, "orders.csv")
            t0 = time.perf_counter()
            written, rows = generate_csv(csv, size)
            print(f"generated {csv}: {written / GB:.2f} GB, {rows:,} rows in "
                  f"{time.perf_counter() - t0:.0f} s")
        sys.path.insert(0, os.path.join(build, "share", "sandbench", "python"))
        from sandbench_worker.lazy import block_bytes

        block = block_bytes(options.memory)
        print(f"memory limit {options.memory} MB a session and a worker; blocks of "
              f"{block / MB:.0f} MB ({-(-written // block)} partitions); {THREADS} threads in "
              f"each dask row; query: big.{QUERY}.compute(); {os.cpu_count()} CPUs")
        write_profiles(build, tmp)
        start_cluster(build, state, csv, options.memory)
        cluster_started = True
        measure(build, csv, tmp, options.memory, block, state, "idle")
        if options.load:
            burners = [subprocess.Popen(["sh", "-c", "while :; do :; done"]) for _ in range(2)]
            try:
                measure(build, csv, tmp, options.memory, block, state,
                        "beside two CPU-bound processes")
            finally:
                for burner in burners:
                    burner.kill()
                    burner.wait()
    finally:
        if cluster_started:
            stop_cluster(build, state)
        if options.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
