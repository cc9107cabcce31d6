#!/usr/bin/env python3
"""Runs tests/realworld/*.py through `sandbench run --json` with the default profile and fails on
any cell that does not end ok without violations (the CI sample of the real-world measurement).

Usage: run_sample.py SANDBENCH"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
sandbench = sys.argv[1]
failures = []
for script in sorted(glob.glob(os.path.join(here, "*.py"))):
    if os.path.basename(script) == os.path.basename(__file__):
        continue
    with tempfile.TemporaryDirectory(prefix="sandbench-realworld-") as work:
        folder = os.path.join(work, "out")
        shutil.copytree(here, folder)
        home = os.path.join(work, "home")
        os.makedirs(home)
        run = subprocess.run(
            [sandbench, "run", "--json", "--db", os.path.join(work, "db"), "--out", folder,
             "--workdir", folder, "--read", os.path.join(folder, "data"),
             os.path.join(folder, os.path.basename(script))],
            capture_output=True, text=True, timeout=600, env=dict(os.environ, HOME=home),
        )  # fmt: skip
        cells = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
        name = os.path.basename(script)
        if run.returncode != 0 or not cells:
            failures.append(f"{name}: exit {run.returncode}, {len(cells)} cells: {run.stderr[-400:]}")
        for cell in cells:
            if cell.get("status") != "ok" or cell.get("violations"):
                failures.append(f"{name} cell {cell.get('cell')}: {cell.get('status')}: "
                                f"{json.dumps(cell.get('violations'))[:300]} {cell.get('stderr', '')[-300:]}")
        print(f"{name}: {sum(c.get('status') == 'ok' for c in cells)}/{len(cells)} cells ok")
if failures:
    print("\n".join(failures))
    sys.exit(1)
