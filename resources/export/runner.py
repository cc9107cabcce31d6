# The runner of a script `sandbench export` wrote. It needs the standard library only, plus the
# packages the analysis itself imported; the session's record (RECORD) is defined above it and its
# cells follow below it. Kept as a real Python file so it can be read, linted and tested alone.

import argparse
import ast
import builtins
import contextlib
import difflib
import hashlib
import io
import os
import re
import sys
import traceback

CELLS_SENTINEL = "# ---- Sandbench export: the session's cells ----"
CELL_MARKER = re.compile(r"^# %% cell (\d+) \(run (\d+)\)\s*$")
EXIT_DIFFERS = 1
EXIT_DATA = 3
PNG_DPI = 100
# Object reprs carry memory addresses ("<... object at 0x7f...>") that differ on every run.
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")

RECORD = {}  # sandbench export writes the session's record here


class Tee(io.TextIOBase):
    """Passes a cell's output through to the terminal and keeps a copy to compare."""

    def __init__(self, stream):
        super().__init__()
        self._stream = stream
        self._parts = []

    def writable(self):
        return True

    def write(self, text):
        self._parts.append(text)
        self._stream.write(text)
        return len(text)

    def flush(self):
        self._stream.flush()

    def getvalue(self):
        return "".join(self._parts)


def sha256_of_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def normalized_code(text):
    return text.rstrip(" \t\r\n")


# An ISO 8601 date, as the worker of Sandbench recognises it (sandbench_worker/datasets.py; the
# Python suite checks that both read alike).
ISO_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?"
)
DATE_FORMATS = ("csv", "tsv", "json", "jsonl")


def parse_iso_dates(pandas, frame):
    """Turns the text columns whose every present value is an ISO 8601 date into dates, in
    place, as the session did for a dataset loaded with its dates."""
    for column in list(frame.columns):
        series = frame[column]
        if series.dtype != object:
            continue
        present = series.dropna()
        if present.empty or not all(isinstance(v, str) for v in present.head(100)):
            continue
        if not present.astype(str).str.fullmatch(ISO_DATE).all():
            continue
        try:
            converted = pandas.to_datetime(series, errors="raise")
        except (ValueError, TypeError, OverflowError):
            continue
        if str(converted.dtype).startswith("datetime64"):
            frame[column] = converted


def read_dataset(pandas, path, fmt, iso_dates=False):
    """Reads a data file exactly as the worker of Sandbench read it."""
    frame = _read_dataset(pandas, path, fmt)
    if iso_dates and fmt in DATE_FORMATS:
        parse_iso_dates(pandas, frame)
    return frame


def read_lazy_dataset(path, fmt, iso_dates=False):
    """A dataset the session read in blocks: dask's own readers, in this process (threads)."""
    import dask
    import dask.dataframe as dd

    dask.config.set(scheduler="threads")
    if fmt == "parquet":
        return dd.read_parquet(path)
    if fmt in ("json", "jsonl"):
        frame = dd.read_json(path, lines=True, blocksize=64 << 20)
    else:
        frame = dd.read_csv(path, sep="\t" if fmt == "tsv" else ",", blocksize=64 << 20)
    if iso_dates:
        sample = frame.head(1000)
        import pandas

        for column in parse_iso_dates_columns(pandas, sample):
            frame[column] = dd.to_datetime(frame[column])
    return frame


def parse_iso_dates_columns(pandas, sample):
    """The columns of a sample that parse_iso_dates would turn into dates."""
    before = set(sample.columns[sample.dtypes == object])
    parse_iso_dates(pandas, sample)
    return [c for c in before if str(sample[c].dtype).startswith("datetime64")]


def _read_dataset(pandas, path, fmt):
    if fmt == "csv":
        return pandas.read_csv(path)
    if fmt == "tsv":
        return pandas.read_csv(path, sep="\t")
    if fmt == "json":
        try:
            return pandas.read_json(path)
        except ValueError:
            return pandas.read_json(path, lines=True)
    if fmt == "jsonl":
        return pandas.read_json(path, lines=True)
    if fmt == "excel":
        return pandas.read_excel(path)
    if fmt == "parquet":
        return pandas.read_parquet(path)
    raise SystemExit(f"{path}: unknown data format '{fmt}'")


def parse_arguments(argv):
    names = ", ".join(d["name"] for d in RECORD["datasets"]) or "none"
    parser = argparse.ArgumentParser(
        description=f"Re-runs Sandbench session {RECORD['session']} (see the docstring at the "
        f"top of this file). Datasets: {names}.")
    parser.add_argument("--data", action="append", default=[], metavar="NAME=PATH",
                        help="read dataset NAME from PATH instead of the recorded path")
    parser.add_argument("--output", metavar="DIR",
                        help="folder for figures and files the cells write "
                        "(default: <script name>-output in the current folder)")
    parser.add_argument("--check", action="store_true",
                        help="compare every cell's output, figures and files with the record; "
                        "exit status 0 only when all match")
    parser.add_argument("--allow-changed-data", action="store_true",
                        help="run even when a dataset's SHA-256 differs from the recorded one")
    return parser.parse_args(argv)


def dataset_paths(overrides):
    paths = {d["name"]: d["path"] for d in RECORD["datasets"]}
    for item in overrides:
        name, sep, path = item.partition("=")
        if not sep or not path:
            raise SystemExit(f"--data {item}: write NAME=PATH, for example "
                             f"{next(iter(paths), 'sales')}=/data/sales.csv")
        if name not in paths:
            known = ", ".join(paths) or "none"
            raise SystemExit(f"--data {item}: the session had no dataset '{name}' (it had: {known})")
        paths[name] = os.path.abspath(os.path.expanduser(path))
    return paths


def check_datasets(paths, allow_changed):
    """Returns the datasets that differ from the record; stops unless allow_changed."""
    changed = []
    for dataset in RECORD["datasets"]:
        name, path = dataset["name"], paths[dataset["name"]]
        if not os.path.isfile(path):
            raise SystemExit(f"dataset {name}: {path}: no such file; give its place with "
                             f"--data {name}=PATH")
        if not dataset["sha256"]:
            print(f"warning: dataset {name}: the record has no SHA-256 to check it against",
                  file=sys.stderr)
            continue
        actual = sha256_of_file(path)
        if actual == dataset["sha256"]:
            continue
        changed.append(name)
        message = (f"dataset {name}: {path} is not the file the session read: its SHA-256 is "
                   f"{actual}, the record says {dataset['sha256']}")
        if not allow_changed:
            print(f"{message}.\nGive the original file with --data {name}=PATH, or run on the "
                  "new data with --allow-changed-data.", file=sys.stderr)
            raise SystemExit(EXIT_DATA)
        print(f"warning: {message}; running on it as --allow-changed-data asks.", file=sys.stderr)
    return changed


def fix_matplotlib():
    """The settings the worker rendered with: Agg, the library's own defaults (no matplotlibrc
    of this machine's user), fixed SVG ids, no dates in PDF or SVG files."""
    os.environ["MPLBACKEND"] = "Agg"
    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
    try:
        import matplotlib
    except ImportError:
        return
    matplotlib.use("Agg")
    matplotlib.rcdefaults()
    matplotlib.rcParams["svg.hashsalt"] = "sandbench"


def save_figures(cell, folder):
    """Saves the figures the cell left open as the worker did, then closes them."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return []
    saved = []
    try:
        for index, number in enumerate(pyplot.get_fignums(), start=1):
            figure = pyplot.figure(number)
            path = os.path.join(folder, "figures", f"cell-{cell}-figure-{index}.png")
            figure.savefig(path, format="png", dpi=PNG_DPI, metadata={"Software": None})
            saved.append(path)
    finally:
        pyplot.close("all")
    return saved


def png_size(path):
    with open(path, "rb") as handle:
        head = handle.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def read_cells(path):
    """The cells below the sentinel line of this file, as (cell number, code)."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    start = lines.index(CELLS_SENTINEL) + 1
    cells, current = [], None
    for line in lines[start:]:
        match = CELL_MARKER.match(line)
        if match:
            current = [int(match.group(1)), []]
            cells.append(current)
        elif current is not None:
            current[1].append(line)
    return [(number, normalized_code("\n".join(body))) for number, body in cells]


DISPLAYED = []  # the current cell's display() calls: (type name, text)


def display(*objs, raw=False, **_kwargs):
    """Jupyter's display(), as the worker has it: each object is shown apart from the printed
    text (here its text form on the terminal) and recorded for --check, which compares how many
    were shown and their types with the record's displays."""
    for obj in objs:
        if type(obj).__name__ == "Figure" and type(obj).__module__.startswith("matplotlib"):
            continue  # collected with the cell's figures, as in the worker
        DISPLAYED.append(type(obj).__name__)
        text = obj.get("text/plain", "") if raw and isinstance(obj, dict) else repr(obj)
        sys.__stdout__.write(text + "\n")


def install_display(cells):
    """display() is a builtin in Sandbench as in Jupyter; IPython's own display() would print into
    the cell's stdout, so it is replaced by the same function when a cell imports it."""
    builtins.display = display
    if any("IPython" in code for _, code in cells):
        try:
            import IPython.display as shown
        except ImportError:
            return
        shown.display = display


def run_cell(code, number, namespace):
    """Runs one cell with the worker's semantics: a trailing expression's repr is its result."""
    filename = f"<cell {number}>"
    stdout = Tee(sys.stdout)
    outcome = {"stdout": "", "result": None, "error": None}
    DISPLAYED.clear()
    with contextlib.redirect_stdout(stdout):
        try:
            tree = ast.parse(code, filename, "exec")
            last = None
            if tree.body and isinstance(tree.body[-1], ast.Expr):
                last = ast.Expression(body=tree.body.pop().value)
            exec(compile(tree, filename, "exec"), namespace)
            if last is not None:
                value = eval(compile(last, filename, "eval"), namespace)
                if value is not None:
                    namespace["_"] = value
                    outcome["result"] = repr(value)
        except BaseException as error:  # noqa: B036 (a cell's SystemExit must not end the script)
            outcome["error"] = "".join(traceback.format_exception(error))
    outcome["stdout"] = stdout.getvalue()
    outcome["displays"] = list(DISPLAYED)
    if outcome["result"] is not None:
        print(outcome["result"])
    if outcome["error"]:
        print(f"cell {number} failed:\n{outcome['error']}", file=sys.stderr)
    return outcome


def same_text(actual, recorded):
    if actual is None or recorded is None:
        return actual == recorded
    return ADDRESS.sub(" at 0x…", actual) == ADDRESS.sub(" at 0x…", recorded)


def compare_cell(spec, code, outcome, figures, output):
    """One row of the check table: column -> 'same', 'DIFFERS' or '-'; and the reasons."""
    row, reasons = {}, []
    row["code"] = "same" if hashlib.sha256(code.encode()).hexdigest() == spec["code_sha256"] \
        else "EDITED"
    if row["code"] != "same":
        reasons.append("its code was edited after the export")
    if outcome["error"]:
        row["stdout"] = row["result"] = "ERROR"
        reasons.append("it raised an exception")
    else:
        row["stdout"] = "same" if same_text(outcome["stdout"], spec["stdout"]) else "DIFFERS"
        row["result"] = "same" if same_text(outcome["result"], spec["result"]) else "DIFFERS"
        if row["stdout"] != "same":
            diff = difflib.unified_diff(spec["stdout"].splitlines(), outcome["stdout"].splitlines(),
                                        "recorded", "now", lineterm="", n=1)
            reasons.append("stdout differs:\n    " + "\n    ".join(list(diff)[:20]))
        if row["result"] != "same":
            reasons.append(f"result differs: recorded {spec['result']!r}, now {outcome['result']!r}")
    row["displays"] = compare_displays(spec, outcome, reasons)
    row["figures"] = compare_figures(spec, figures, reasons)
    row["files"] = compare_outputs(spec, output, reasons)
    return row, reasons


def compare_displays(spec, outcome, reasons):
    """How many outputs display() showed (a table-like result is the result's, not one)."""
    recorded = [d for d in spec.get("displays", []) if d.get("output_type") == "display_data"]
    shown = outcome.get("displays", [])
    if not recorded and not shown:
        return "-"
    if len(recorded) != len(shown):
        reasons.append(f"{len(shown)} displayed outputs now, {len(recorded)} recorded")
        return f"{len(shown)}/{len(recorded)} DIFFERS"
    return f"{len(shown)}/{len(recorded)}"


def compare_figures(spec, figures, reasons):
    recorded = spec["figures"]
    if not recorded and not figures:
        return "-"
    if len(recorded) != len(figures):
        reasons.append(f"{len(figures)} figures now, {len(recorded)} recorded")
        return "DIFFERS"
    by_bytes = RECORD["packages"].get("matplotlib") == matplotlib_version()
    same = 0
    for expected, path in zip(recorded, figures):
        if by_bytes and sha256_of_file(path) == expected["sha256"]:
            same += 1
        elif not by_bytes and png_size(path) == (expected["width"], expected["height"]):
            same += 1
        else:
            reasons.append(f"{os.path.basename(path)} differs from the recorded figure")
    verdict = f"{same}/{len(recorded)}" + ("" if by_bytes else " size")
    return verdict if same == len(recorded) else verdict + " DIFFERS"


def compare_outputs(spec, folder, reasons):
    recorded = spec["outputs"]
    if not recorded:
        return "-"
    same = 0
    for expected in recorded:
        path = os.path.join(folder, expected["path"])
        if os.path.isfile(path) and sha256_of_file(path) == expected["sha256"]:
            same += 1
        else:
            reasons.append(f"the file {expected['path']} differs from the recorded one")
    verdict = f"{same}/{len(recorded)}"
    return verdict if same == len(recorded) else verdict + " DIFFERS"


def matplotlib_version():
    module = sys.modules.get("matplotlib")
    return getattr(module, "__version__", None)


def print_check(rows):
    columns = ["cell", "run", "code", "stdout", "result", "displays", "figures", "files"]
    table = [columns] + [[str(row[c]) for c in columns] for row, _ in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(columns))]
    print("\nCheck against the record of session %s:" % RECORD["session"])
    for line in table:
        print("  ".join(text.ljust(width) for text, width in zip(line, widths)).rstrip())
    differing = [row for row, reasons in rows if reasons]
    for row, reasons in rows:
        for reason in reasons:
            print(f"cell {row['cell']}: {reason}")
    if differing:
        numbers = ", ".join(str(row["cell"]) for row in differing)
        cells = "cell" if len(differing) == 1 else "cells"
        print(f"FAILED: {len(differing)} of {len(rows)} cells differ from the record "
              f"({cells} {numbers}).")
    else:
        print(f"PASSED: all {len(rows)} cells reproduce the recorded outputs.")
    return not differing


def report_versions():
    """Warns where this machine's Python or packages differ from the session's."""
    here = ".".join(str(n) for n in sys.version_info[:3])
    if here != RECORD["python"]:
        print(f"note: Python {here} here, {RECORD['python']} when recorded", file=sys.stderr)
    for name, version in sorted(RECORD["packages"].items()):
        if version == "stdlib":
            continue
        module = sys.modules.get(name)
        now = getattr(module, "__version__", None)
        if module is not None and now != version:
            print(f"note: {name} {now} here, {version} when recorded", file=sys.stderr)


def main(argv=None):
    arguments = parse_arguments(argv)
    paths = dataset_paths(arguments.data)
    check_datasets(paths, arguments.allow_changed_data)
    script = os.path.abspath(__file__)
    output = os.path.abspath(arguments.output or
                             os.path.splitext(os.path.basename(script))[0] + "-output")
    os.makedirs(os.path.join(output, "figures"), exist_ok=True)
    fix_matplotlib()
    namespace = {"__name__": "__main__", "__builtins__": builtins}
    if RECORD["datasets"]:
        import pandas

        for dataset in RECORD["datasets"]:
            if dataset.get("lazy") is True:
                # Larger than memory in the session: a dask DataFrame read in blocks here too.
                namespace[dataset["name"]] = read_lazy_dataset(paths[dataset["name"]],
                                                               dataset["format"],
                                                               dataset.get("iso_dates") is True)
                continue
            namespace[dataset["name"]] = read_dataset(pandas, paths[dataset["name"]],
                                                      dataset["format"],
                                                      dataset.get("iso_dates") is True)
    cells = read_cells(script)
    if len(cells) != len(RECORD["cells"]):
        raise SystemExit(f"{script}: {len(cells)} cells below the line '{CELLS_SENTINEL}', the "
                         f"record has {len(RECORD['cells'])}; cells cannot be added or removed")
    os.chdir(output)
    install_display(cells)
    rows, failed = [], False
    for spec, (number, code) in zip(RECORD["cells"], cells):
        outcome = run_cell(code, number, namespace)
        failed = failed or bool(outcome["error"])
        figures = save_figures(number, output)
        if arguments.check:
            row, reasons = compare_cell(spec, code, outcome, figures, output)
            row.update(cell=number, run=spec["run"])
            rows.append((row, reasons))
    report_versions()
    print(f"Figures and files are in {output}", file=sys.stderr)
    if arguments.check:
        return 0 if print_check(rows) else EXIT_DIFFERS
    return EXIT_DIFFERS if failed else 0


if __name__ == "__main__":
    sys.exit(main())
# Imported rather than run, the cells below would run without their datasets.
raise ImportError(f"{__name__} is a script: run it with python3 {__file__}")

# ---- Sandbench export: the session's cells ----
