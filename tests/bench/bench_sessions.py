"""Prints what sessions cost (issue: sessions that never lose state), beside a Jupyter kernel
measured in the same run. Run through CMake:

    cmake --build build --target bench_sessions

Everything goes through `sandbench serve --stdio` with every sandbox layer on and the per-cell
snapshot on; Jupyter is Debian's ipykernel driven by jupyter_client. Figures are medians (and a
p95 where it says so); nothing here asserts a time.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

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


def bench_sandbench(sandbench, tmp):
    results = {}
    # Start to first result with pandas imported.
    serve = Serve(sandbench, tmp)
    reply = serve.execute("import pandas as pd\npd.__version__")
    assert reply["status"] == "ok", reply
    results["start"] = (time.perf_counter() - serve.started) * 1000
    # Trivial cell round trip.
    for _ in range(20):
        serve.execute("1+1")
    results["trivial"] = timed(lambda: serve.execute("1+1"), ROUNDS)
    results["trivial_paced"] = timed(lambda: (time.sleep(THINK_S), serve.execute("1+1")),
                                     ROUNDS // 2)
    results["trivial_paced"] = [t - THINK_S * 1000 for t in results["trivial_paced"]]

    # A fresh session from the warm template: reset, then the first result with pandas.
    check = ("import pandas as pd\ntry:\n    marker\n    state = 'old'\n"
             "except NameError:\n    state = 'fresh'\nmarker = 1\nstate")
    serve.execute(check)

    def fresh_session():
        serve.call("reset")
        reply = serve.execute(check)
        assert reply["result"] == "'fresh'", reply
    results["fresh"] = timed(fresh_session, 20)
    serve.close()

    # Rollback after a failed cell with 1 GB of DataFrames, and what the snapshots cost.
    serve = Serve(sandbench, tmp, memory_mb=8192)
    reply = serve.execute("import numpy as np\nimport pandas as pd\n"
                          "big = pd.DataFrame(np.random.default_rng(1).normal(size=(6_700_000, 20)))\n"
                          "int(big.memory_usage().sum() // 2**20)", timeout=300)
    assert reply["status"] == "ok", reply
    results["session_mb"] = int(reply["result"])
    failing = timed(lambda: serve.execute("big.iloc[0, 0] = 1\nraise ValueError('x')"), 20)
    results["rollback"] = failing
    paced = timed(lambda: (time.sleep(THINK_S),
                           serve.execute("big.iloc[0, 0] = 1\nraise ValueError('x')")), 20)
    results["rollback_paced"] = [t - THINK_S * 1000 for t in paced]
    results["rollback_small"] = None
    before = private_dirty_mb(descendants(serve.process.pid))
    for i in range(3):
        serve.execute(f"big[{i}] = big[{i}] * 2")  # each ok cell changes 1/20 of the data
    after = private_dirty_mb(descendants(serve.process.pid))
    results["snapshot_mb"] = after - before

    # Table pages from a 10-million-row, 20-column frame.
    reply = serve.execute("wide = pd.DataFrame(np.random.default_rng(2).normal(size=(10_000_000, 20)))",
                          timeout=600)
    assert reply["status"] == "ok", reply
    rng = __import__("random").Random(3)
    results["table"] = timed(
        lambda: serve.call("table", name="wide", offset=rng.randrange(0, 9_999_800), limit=200), 50)
    serve.close()

    serve = Serve(sandbench, tmp)
    serve.execute("x = 1")
    results["rollback_small"] = timed(lambda: serve.execute("raise ValueError('x')"), 20)
    serve.close()
    return results


def bench_jupyter():
    from jupyter_client.manager import start_new_kernel

    t0 = time.perf_counter()
    manager, client = start_new_kernel(kernel_name="python3")
    try:
        client.execute_interactive("import pandas as pd", timeout=60)
        start = (time.perf_counter() - t0) * 1000
        for _ in range(20):
            client.execute_interactive("1+1", timeout=60)
        trivial = timed(lambda: client.execute_interactive("1+1", timeout=60), ROUNDS)
        paced = timed(lambda: (time.sleep(THINK_S), client.execute_interactive("1+1", timeout=60)),
                      ROUNDS // 2)
        paced = [t - THINK_S * 1000 for t in paced]

        def restart():
            manager.restart_kernel(now=True)
            client.wait_for_ready(timeout=60)
            client.execute_interactive("import pandas as pd", timeout=60)
        fresh = timed(restart, 5)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    return {"start": start, "trivial": trivial, "paced": paced, "fresh": fresh}


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    sandbench = os.path.join(build, "bin", "sandbench")
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    with tempfile.TemporaryDirectory() as tmp:
        ours = bench_sandbench(sandbench, tmp)
    theirs = bench_jupyter()
    ours_trivial = statistics.median(ours["trivial"])
    theirs_trivial = statistics.median(theirs["trivial"])
    print("| measure | Sandbench | Jupyter | ratio | target |")
    print("|---|---|---|---|---|")
    print(f"| trivial cell (`1+1`) round trip, median | {ours_trivial:.2f} ms | "
          f"{theirs_trivial:.2f} ms | {ours_trivial / theirs_trivial:.2f}x | <= 0.8x |")
    ours_paced = statistics.median(ours["trivial_paced"])
    theirs_paced = statistics.median(theirs["paced"])
    print(f"| trivial cell round trip, {THINK_S * 1000:.0f} ms between cells, median | "
          f"{ours_paced:.2f} ms | {theirs_paced:.2f} ms | {ours_paced / theirs_paced:.2f}x | "
          f"<= 0.8x |")
    print(f"| process start to first result with pandas | {ours['start']:.0f} ms | "
          f"{theirs['start']:.0f} ms | {ours['start'] / theirs['start']:.2f}x | < 1 s and < Jupyter |")
    print(f"| fresh session with pandas (`reset` / restart kernel) to first result, median | "
          f"{statistics.median(ours['fresh']):.1f} ms | {statistics.median(theirs['fresh']):.0f} ms | "
          f"{statistics.median(ours['fresh']) / statistics.median(theirs['fresh']):.3f}x | "
          f"milliseconds |")
    print(f"| failed cell round trip (rollback), {ours['session_mb']} MB session, median | "
          f"{statistics.median(ours['rollback']):.1f} ms | | | rollback < 10 ms |")
    print(f"| failed cell round trip (rollback), {ours['session_mb']} MB session, "
          f"{THINK_S * 1000:.0f} ms between cells, median | "
          f"{statistics.median(ours['rollback_paced']):.1f} ms | | | rollback < 10 ms |")
    print(f"| failed cell round trip (rollback), empty session, median | "
          f"{statistics.median(ours['rollback_small']):.1f} ms | | | |")
    print(f"| memory 3 snapshots add after cells that change 3/20 of a {ours['session_mb']} MB "
          f"frame | {ours['snapshot_mb']:.0f} MB | | | |")
    print(f"| `table` page of 200 rows, 10M x 20 frame, p95 | {p95(ours['table']):.1f} ms | | | "
          f"< 15 ms |")
    # The C++ library guard's own time per cell (issue 12), measured in-process: it adds to the
    # round trips above.
    guard = os.path.join(build, "bin", "bench_libraryguard")
    if os.path.exists(guard):
        sys.stdout.write(subprocess.run([guard], check=True, capture_output=True, text=True,
                                        env=dict(os.environ, MPLBACKEND="Agg")).stdout)


if __name__ == "__main__":
    main()
