"""Prints what sessions cost (issue: sessions that never lose state), beside a Jupyter kernel
measured in the same run. Run through CMake:

    cmake --build build --target bench_sessions

Everything goes through `sandbench serve --stdio` with every sandbox layer on and the per-cell
snapshot on; Jupyter is Debian's ipykernel driven by jupyter_client. Two passes in one run: idle,
and loaded (two `sh -c 'while :; do :; done'` processes the benchmark starts and stops), each with its own
Jupyter baseline measured in alternating blocks with Sandbench, so both see the same machine.
Only the ratios within one run mean much on a shared machine. Figures are medians (and a p95
where it says so); nothing here asserts a time. `--quick` skips the rows measured only idle
(start-up, reset, snapshot memory, table pages).
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_policy  # noqa: E402  (the static check's figures, measured in this run)

ROUNDS = 200
# A pause between cells, as a person or an agent reading the last result makes: the worker then
# has the next cell's process forked and warmed before the cell arrives.
THINK_S = 0.05


class Serve:
    def __init__(self, sandbench, tmp, memory_mb=None):
        args = [sandbench, "serve", "--stdio", "--db", os.path.join(tmp, "bench.db"), "--out",
                os.path.join(tmp, f"out-{time.monotonic_ns()}")]
        if memory_mb:
            args += ["--memory", str(memory_mb)]
        self.started = time.perf_counter()
        self.process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True, bufsize=1)
        self.next_id = 0

    def call(self, op, **fields):
        self.next_id += 1
        request = dict(id=self.next_id, op=op, **fields)
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        reply = json.loads(self.process.stdout.readline())
        if reply.get("status") not in ("ok", "error") and op != "execute":
            raise RuntimeError(reply)
        return reply

    def execute(self, code, **fields):
        return self.call("execute", code=code, **fields)

    def close(self):
        self.call("shutdown")
        self.process.wait(timeout=30)


def timed(function, rounds):
    samples = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        function()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def p95(samples):
    return sorted(samples)[int(len(samples) * 0.95) - 1]


def p90(samples):
    return sorted(samples)[int(len(samples) * 0.90) - 1]


def private_dirty_mb(pids):
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Private_Dirty:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def descendants(root):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    stat = handle.read()
                ppid = int(stat[stat.rindex(")") + 2:].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError):
                pass
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        for child in children.get(pid, []):
            out.append(child)
            todo.append(child)
    return out


def tree_cpu_ms(root):
    """CPU time (user + system) of a process and its descendants, living and reaped: what its
    cells cost the machine, which, unlike their wall-clock time, other load hardly changes."""
    total = 0
    for pid in [root] + descendants(root):
        try:
            with open(f"/proc/{pid}/stat") as handle:
                stat = handle.read()
            # utime, stime, and cutime, cstime: the children it reaped (ended snapshots, cells)
            total += sum(int(field) for field in stat[stat.rindex(")") + 2:].split()[11:15])
        except (OSError, ValueError):
            pass
    return total * 1000.0 / os.sysconf("SC_CLK_TCK")


def cpu_per_cell(run, root, cells):
    """Milliseconds of CPU per `1+1`, back to back, of the process tree under root."""
    before = tree_cpu_ms(root)
    for _ in range(cells):
        run("1+1")
    return (tree_cpu_ms(root) - before) / cells


class Load:
    """Two CPU-bound processes for the loaded pass (the machine has two cores: every hop of a
    cell then waits for the scheduler), started and stopped by the benchmark itself."""

    def __init__(self, processes):
        self.count = processes
        self.processes = []

    def __enter__(self):
        for _ in range(self.count):
            # A shell loop, with a backstop: a benchmark killed halfway leaves no hog behind.
            self.processes.append(subprocess.Popen(
                ["timeout", "600", "sh", "-c", "while :; do :; done"]))
        time.sleep(0.5 if self.count else 0)  # let the scheduler see them as CPU hogs
        return self

    def __exit__(self, *exc):
        for process in self.processes:
            process.terminate()  # `timeout` passes it on to its shell (a SIGKILL would not)
            process.wait()


class Jupyter:
    def __init__(self):
        from jupyter_client.manager import start_new_kernel

        self.started = time.perf_counter()
        self.manager, self.client = start_new_kernel(kernel_name="python3")

    def execute(self, code):
        # Its output is received as always, only not printed over the table.
        self.client.execute_interactive(code, timeout=60, output_hook=lambda message: None)

    def pid(self):
        provisioner = getattr(self.manager, "provisioner", None)
        process = getattr(provisioner, "process", None) or self.manager.kernel
        return process.pid

    def close(self):
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)


def side_by_side(ours, theirs, blocks, per_block, think_s=0.0):
    """Round trips of `1+1` in alternating blocks, so that both sides see the same load."""
    mine, other = [], []
    for _ in range(blocks):
        for samples, run in ((mine, ours), (other, theirs)):
            for _ in range(per_block):
                if think_s:
                    time.sleep(think_s)
                t0 = time.perf_counter()
                run("1+1")
                samples.append((time.perf_counter() - t0) * 1000)
    return mine, other


def bench_round_trips(sandbench, tmp, rounds):
    """`1+1` beside Jupyter, back to back and paced, and a failed cell in an empty session."""
    results = {}
    serve = Serve(sandbench, tmp)
    reply = serve.execute("import pandas as pd\npd.__version__")
    assert reply["status"] == "ok", reply
    jupyter = Jupyter()
    try:
        jupyter.execute("import pandas as pd")
        for _ in range(20):
            serve.execute("1+1")
            jupyter.execute("1+1")
        results["trivial"], results["jupyter_trivial"] = side_by_side(
            serve.execute, jupyter.execute, 10, rounds // 10)
        results["trivial_paced"], results["jupyter_paced"] = side_by_side(
            serve.execute, jupyter.execute, 10, rounds // 20, THINK_S)
        # CPU per cell: serve, the worker and every process of its session against the kernel.
        results["cpu"] = cpu_per_cell(serve.execute, serve.process.pid, rounds)
        results["jupyter_cpu"] = cpu_per_cell(jupyter.execute, jupyter.pid(), rounds)
    finally:
        jupyter.close()
    serve.close()
    serve = Serve(sandbench, tmp)
    serve.execute("x = 1")
    results["rollback_small"] = timed(lambda: serve.execute("raise ValueError('x')"), 20)
    serve.close()
    return results


def bench_big_session(sandbench, tmp, extras):
    """A failed cell's round trip in a 1 GB session; with extras, what the snapshots cost and
    table pages of a 10-million-row frame."""
    results = {}
    serve = Serve(sandbench, tmp, memory_mb=8192)
    reply = serve.execute("import numpy as np\nimport pandas as pd\n"
                          "big = pd.DataFrame(np.random.default_rng(1).normal(size=(6_700_000, 20)))\n"
                          "int(big.memory_usage().sum() // 2**20)", timeout=300)
    assert reply["status"] == "ok", reply
    results["session_mb"] = int(reply["result"])
    failing = "big.iloc[0, 0] = 1\nraise ValueError('x')"
    serve.execute(failing)
    results["rollback"] = timed(lambda: serve.execute(failing), 20)
    paced = timed(lambda: (time.sleep(THINK_S), serve.execute(failing)), 20)
    results["rollback_paced"] = [t - THINK_S * 1000 for t in paced]
    if extras:
        before = private_dirty_mb(descendants(serve.process.pid))
        for i in range(3):
            serve.execute(f"big[{i}] = big[{i}] * 2")  # each ok cell changes 1/20 of the data
        after = private_dirty_mb(descendants(serve.process.pid))
        results["snapshot_mb"] = after - before
        reply = serve.execute(
            "wide = pd.DataFrame(np.random.default_rng(2).normal(size=(10_000_000, 20)))",
            timeout=600)
        assert reply["status"] == "ok", reply
        rng = __import__("random").Random(3)
        results["table"] = timed(
            lambda: serve.call("table", name="wide", offset=rng.randrange(0, 9_999_800), limit=200),
            50)
    serve.close()
    return results


def bench_object_session(sandbench, tmp):
    """A failed cell's round trip in a 1 GB session of plain Python objects (2.45 million small
    dicts, the shape of rows read from JSON or a pandas object column): pymalloc's arenas and
    malloc's blocks, not NumPy's large arrays."""
    serve = Serve(sandbench, tmp, memory_mb=8192)
    reply = serve.execute(
        "import sys\n"
        "rows = [{'id': i, 'name': f'customer-{i:08d}', 'amount': i * 0.25, 'tags': ['a', str(i)]}"
        " for i in range(2_450_000)]\n"
        "int((sys.getsizeof(rows) + sum(sys.getsizeof(r) + sys.getsizeof(r['id'])"
        " + sys.getsizeof(r['name']) + sys.getsizeof(r['amount']) + sys.getsizeof(r['tags']) + sys.getsizeof(r['tags'][1])"
        " for r in rows)) // 2**20)", timeout=600)
    assert reply["status"] == "ok", reply
    results = {"objects_mb": int(reply["result"])}
    failing = "rows[0]['amount'] = 1\nraise ValueError('x')"
    serve.execute(failing)
    results["rollback_objects"] = timed(lambda: serve.execute(failing), 20)
    paced = timed(lambda: (time.sleep(THINK_S), serve.execute(failing)), 20)
    results["rollback_objects_paced"] = [t - THINK_S * 1000 for t in paced]
    serve.close()
    return results


def bench_starts(sandbench, tmp):
    """Process start to first result with pandas, and a fresh session (reset / kernel restart)."""
    results = {}
    serve = Serve(sandbench, tmp)
    reply = serve.execute("import pandas as pd\npd.__version__")
    assert reply["status"] == "ok", reply
    results["start"] = (time.perf_counter() - serve.started) * 1000
    check = ("import pandas as pd\ntry:\n    marker\n    state = 'old'\n"
             "except NameError:\n    state = 'fresh'\nmarker = 1\nstate")
    serve.execute(check)

    def fresh_session():
        serve.call("reset")
        reply = serve.execute(check)
        assert reply["result"] == "'fresh'", reply
    results["fresh"] = timed(fresh_session, 20)
    serve.close()

    jupyter = Jupyter()
    try:
        jupyter.execute("import pandas as pd")
        results["jupyter_start"] = (time.perf_counter() - jupyter.started) * 1000

        def restart():
            jupyter.manager.restart_kernel(now=True)
            jupyter.client.wait_for_ready(timeout=60)
            jupyter.execute("import pandas as pd")
        results["jupyter_fresh"] = timed(restart, 5)
    finally:
        jupyter.close()
    return results


def median(samples):
    return statistics.median(samples)


def main():
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", nargs="?", default="build")
    parser.add_argument("--quick", action="store_true",
                        help="only the round trips and the failed cells, idle and loaded")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    args = parser.parse_args()
    build = args.build
    sandbench = os.path.join(build, "bin", "sandbench")
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # the kernel's debugger's notes
    passes = {"static": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for name, hogs in (("idle", 0), ("loaded", 2)):
            with Load(hogs):
                result = bench_round_trips(sandbench, tmp, args.rounds)
                result.update(bench_big_session(sandbench, tmp, extras=name == "idle" and not args.quick))
                result.update(bench_object_session(sandbench, tmp))
                if name == "idle" and not args.quick:
                    result.update(bench_starts(sandbench, tmp))
                # The static check of a 1,000-line cell (bench_policy.py), in the same pass.
                for key, value in bench_policy.static_check_figures(build).items():
                    passes["static"][key if name == "idle" else f"loaded_{key}"] = value
            passes[name] = result
    idle, loaded = passes["idle"], passes["loaded"]

    def pair(result, ours, theirs, stat=median):
        a, b = stat(result[ours]), stat(result[theirs])
        return f"{a:.2f} ms | {b:.2f} ms | {a / b:.2f}x"

    print(f"Sandbench through `serve --stdio`, every sandbox layer on, beside a Jupyter kernel "
          f"(ipykernel) in the same run; loaded = two `sh -c 'while :; do :; done'` processes on this "
          f"{os.cpu_count()}-core machine, started by the benchmark. Medians and 90th "
          f"percentiles.")
    print()
    print("| measure | idle: Sandbench | Jupyter | ratio | loaded: Sandbench | Jupyter | ratio "
          "| target (ratio) |")
    print("|---|---|---|---|---|---|---|---|")
    for key, jkey, label in (("trivial", "jupyter_trivial", "back to back"),
                             ("trivial_paced", "jupyter_paced",
                              f"{THINK_S * 1000:.0f} ms between cells")):
        for stat, stat_name in ((median, "median"), (p90, "p90")):
            target = "<= 0.8x idle, <= 1.0x loaded" if stat is median else ""
            print(f"| `1+1` round trip, {label}, {stat_name} | "
                  f"{pair(idle, key, jkey, stat)} | {pair(loaded, key, jkey, stat)} | {target} |")
    print(f"| CPU per `1+1` (user + system; Sandbench: serve and every worker process; Jupyter: "
          f"the kernel), back to back | {idle['cpu']:.2f} ms | {idle['jupyter_cpu']:.2f} ms | "
          f"{idle['cpu'] / idle['jupyter_cpu']:.2f}x | {loaded['cpu']:.2f} ms | "
          f"{loaded['jupyter_cpu']:.2f} ms | {loaded['cpu'] / loaded['jupyter_cpu']:.2f}x | |")
    for key, label in (("rollback", f"failed cell round trip incl. rollback, "
                                    f"{idle['session_mb']} MB NumPy/pandas session, back to back"),
                       ("rollback_paced", f"failed cell round trip incl. rollback, "
                                          f"{idle['session_mb']} MB NumPy/pandas session, "
                                          f"{THINK_S * 1000:.0f} ms between cells"),
                       ("rollback_objects", f"failed cell round trip incl. rollback, "
                                            f"{idle['objects_mb']} MB session of dicts, "
                                            f"back to back"),
                       ("rollback_objects_paced", f"failed cell round trip incl. rollback, "
                                                  f"{idle['objects_mb']} MB session of dicts, "
                                                  f"{THINK_S * 1000:.0f} ms between cells"),
                       ("rollback_small", "failed cell round trip incl. rollback, empty session")):
        target = "< 10 ms" if key != "rollback_small" else ""
        print(f"| {label}, median (p90) | {median(idle[key]):.1f} ms ({p90(idle[key]):.1f}) | | | "
              f"{median(loaded[key]):.1f} ms ({p90(loaded[key]):.1f}) | | | {target} |")
    static = passes["static"]
    if "native_ms" in static:
        print(f"| static check of a 1,000-line cell, C++ walk (the worker's), median (best) | "
              f"{static['native_ms']:.2f} ms ({static['native_best_ms']:.2f}) | | | "
              f"{static['loaded_native_ms']:.2f} ms ({static['loaded_native_best_ms']:.2f}) | | "
              f"| < 2 ms |")
    print(f"| static check of a 1,000-line cell, Python walk (fallback), median (best) | "
          f"{static['python_ms']:.2f} ms ({static['python_best_ms']:.2f}) | | | "
          f"{static['loaded_python_ms']:.2f} ms ({static['loaded_python_best_ms']:.2f}) | | | |")
    if "start" in idle:
        print()
        print("| measure (idle) | Sandbench | Jupyter | ratio | target |")
        print("|---|---|---|---|---|")
        print(f"| process start to first result with pandas | {idle['start']:.0f} ms | "
              f"{idle['jupyter_start']:.0f} ms | {idle['start'] / idle['jupyter_start']:.2f}x | "
              f"< 1 s and < Jupyter |")
        fresh, jfresh = median(idle["fresh"]), median(idle["jupyter_fresh"])
        print(f"| fresh session with pandas (`reset` / restart kernel) to first result, median | "
              f"{fresh:.1f} ms | {jfresh:.0f} ms | {fresh / jfresh:.3f}x | milliseconds |")
        print(f"| memory 3 snapshots add after cells that change 3/20 of a "
              f"{idle['session_mb']} MB frame | {idle['snapshot_mb']:.0f} MB | | | |")
        print(f"| `table` page of 200 rows, 10M x 20 frame, p95 | {p95(idle['table']):.1f} ms | | | "
              f"< 15 ms |")
        # The C++ library guard's own time per cell (issue 12), measured in-process: it adds to
        # the round trips above.
        guard = os.path.join(build, "bin", "bench_libraryguard")
        if os.path.exists(guard):
            sys.stdout.write(subprocess.run([guard], check=True, capture_output=True, text=True,
                                            env=dict(os.environ, MPLBACKEND="Agg")).stdout)


if __name__ == "__main__":
    main()
