"""The worker's Python side, tested directly with the interpreter the worker embeds."""

import json
import os
import signal
import tempfile
import unittest

from sandbench_worker.capture import BoundedTextSink
from sandbench_worker.datasets import DatasetError, check_name, detect_format, load_dataset
from sandbench_worker.interrupts import InterruptGate
from sandbench_worker.server import Server


def call(server, request):
    header, payload, keep_running, *_commit = server.handle(json.dumps(request).encode(), b"")
    return json.loads(header), payload, keep_running


class ServerTest(unittest.TestCase):
    def setUp(self):
        self.server = Server()

    def test_hello_names_the_protocol_and_python(self):
        hello = json.loads(self.server.hello())
        self.assertEqual(hello["type"], "hello")
        self.assertEqual(hello["protocol"], 1)
        self.assertTrue(hello["python"].startswith("3."))

    def test_invalid_json_is_answered_and_the_server_goes_on(self):
        header, _, keep_running = self.server.handle(b"{not json", b"")
        reply = json.loads(header)
        self.assertEqual(reply["type"], "error")
        self.assertIn("not valid JSON", reply["message"])
        self.assertTrue(keep_running)

    def test_a_request_that_is_not_an_object_is_an_error(self):
        reply, _, _ = call(self.server, [1, 2])
        self.assertEqual(reply["type"], "error")

    def test_unknown_request_type_echoes_the_id(self):
        reply, _, keep_running = call(self.server, {"id": 5, "type": "teleport"})
        self.assertEqual(reply, {"type": "error", "id": 5, "message": "unknown request type 'teleport'"})
        self.assertTrue(keep_running)

    def test_execute_needs_code(self):
        reply, _, _ = call(self.server, {"id": 1, "type": "execute"})
        self.assertEqual(reply["type"], "error")
        self.assertIn("code", reply["message"])

    def test_code_python_cannot_compile_is_a_syntax_error_naming_the_line(self):
        # 3.11 raises ValueError (NUL), UnicodeEncodeError (lone surrogate) and RecursionError
        # (deep nesting) for these, which escaped the cell as an internal worker error.
        cases = [
            ("x = 1\ny = 2 \0\n", "line 2", "NUL"),
            ("x = '\ud800'", "line 1", "lone surrogate"),
            ("x = " + "1+" * 500_000 + "1", "line 1", "nested too deeply"),
        ]
        for code, line, what in cases:
            reply, _, keep_running = call(self.server, {"id": 9, "type": "execute", "code": code})
            self.assertEqual(reply["status"], "error", reply)
            self.assertIn(line, reply["stderr"])
            self.assertIn(what, reply["stderr"])
            self.assertIn("SyntaxError", reply["stderr"])
            self.assertTrue(keep_running)
            reply, _, _ = call(self.server, {"id": 10, "type": "check", "code": code})
            self.assertEqual(reply["verdict"], "error", reply)

    def test_execute_returns_output_result_and_figures(self):
        reply, payload, _ = call(
            self.server,
            {
                "id": 2,
                "type": "execute",
                "cell": 3,
                "code": "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nprint('hi')\n{'a': 1}",
            },
        )
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(reply["stdout"], "hi\n")
        self.assertEqual(reply["result"], "{'a': 1}")
        self.assertEqual(len(reply["figures"]), 1)
        self.assertEqual(reply["figures"][0]["bytes"], len(payload))
        self.assertTrue(payload.startswith(b"\x89PNG"))

    def test_the_same_figure_renders_to_the_same_bytes(self):
        code = "import matplotlib.pyplot as plt\nplt.plot([3, 1, 2])\nplt.title('t')"
        _, first, _ = call(self.server, {"id": 1, "type": "execute", "code": code})
        _, second, _ = call(self.server, {"id": 2, "type": "execute", "code": code})
        self.assertEqual(first, second)

    def test_non_ascii_and_lone_surrogates_survive_the_json(self):
        reply, _, _ = call(self.server, {"id": 1, "type": "execute", "code": "print('é\\udcff')"})
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(reply["stdout"], "é\udcff\n")

    def test_only_an_ok_cell_commits_its_state(self):
        ok = self.server.handle(json.dumps({"id": 1, "type": "execute", "code": "x = 1"}).encode(), b"")
        failed = self.server.handle(
            json.dumps({"id": 2, "type": "execute", "code": "1/0"}).encode(), b"")
        self.assertTrue(ok[3])
        self.assertFalse(failed[3])

    def test_warming_up_for_the_next_cell_leaves_the_session_as_it_was(self):
        call(self.server, {"type": "execute", "id": 1, "code": "x = 1"})
        before = dict(self.server.session.namespace)
        self.server.session.warm_up()
        self.assertEqual(self.server.session.namespace, before)
        reply, _, _ = call(self.server, {"type": "execute", "id": 2, "code": "x + 1"})
        self.assertEqual((reply["status"], reply["result"]), ("ok", "2"))

    def test_check_reports_what_the_sandbox_would_say_without_running(self):
        from sandbench_worker.sandbox import config_from_request

        profile = json.load(open(os.path.join(os.path.dirname(__file__), "..", "..",
                                              "resources", "profiles", "default.json")))
        server = Server()
        # The policy alone, without arming the process (that would change this test process).
        server.session.apply_policy(config_from_request({"profile": profile, "zones": {}}), None)
        cases = {
            "x = 1": ("ok", []),
            "import os\nos.makedirs('results', exist_ok=True)": ("ok", []),
            "import subprocess\nsubprocess.run('ls')": ("rejected", ["import-not-allowed"]),
            "import requests": ("pending_review", ["import-needs-review"]),
            "!pip install tqdm": ("rejected", ["package-install"]),
            "x = (1 +": ("error", ["syntax"]),
        }
        for code, (verdict, rules) in cases.items():
            reply, _, _ = call(server, {"type": "check", "id": 2, "code": code})
            self.assertEqual(reply["verdict"], verdict, code)
            for rule in rules:
                self.assertIn(rule, [v["rule"] for v in reply["violations"]], code)
                self.assertGreater(reply["violations"][0]["line"], 0)
        self.assertNotIn("x", server.session.namespace)  # nothing ran

    def test_shutdown_says_bye_and_stops(self):
        reply, _, keep_running = call(self.server, {"id": 9, "type": "shutdown"})
        self.assertEqual(reply, {"type": "bye", "id": 9})
        self.assertFalse(keep_running)

    def test_dataset_with_a_bad_name_is_refused(self):
        reply, _, _ = call(self.server, {"id": 1, "type": "dataset", "name": "class", "path": "/x.csv"})
        self.assertEqual(reply["status"], "error")
        self.assertIn("'class' cannot name a dataset", reply["message"])


class DenialTracebackTest(unittest.TestCase):
    """A cell refused by the runtime guard sees a traceback of its own frames: the guard's frames
    inside sandbench_worker used to be shown as if they were the analyst's code."""

    def setUp(self):
        from sandbench_worker.sandbox import config_from_request
        from sandbench_worker.session import Session

        root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
        with open(os.path.join(root, "resources", "profiles", "strict.json"), encoding="utf-8") as f:
            profile = json.load(f)
        profile["layers"] = {"static": False}  # so that the runtime guard is the one refusing
        self.session = Session()
        self.session.apply_policy(config_from_request({"profile": profile}), None)

    def test_a_denial_shows_the_cells_frames_only(self):
        outcome = self.session.execute("def helper():\n    return getattr(1, '__cl' + 'ass__')\n"
                                       "helper()\n", cell=7)
        self.assertEqual(outcome.status, "denied", outcome.stderr)
        self.assertIn('File "<cell 7>", line 3', outcome.stderr)
        self.assertIn('File "<cell 7>", line 2, in helper', outcome.stderr)
        self.assertNotIn("sandbench_worker" + os.sep, outcome.stderr)  # no frame of its files
        self.assertIn("Traceback (most recent call last)", outcome.stderr)

    def test_a_chained_error_loses_the_worker_frames_in_both_parts(self):
        outcome = self.session.execute(
            "try:\n    getattr(1, '__cl' + 'ass__')\nexcept Exception as e:\n"
            "    raise ValueError('wrapped') from e\n", cell=3)
        self.assertIn("ValueError: wrapped", outcome.stderr)
        self.assertIn("direct cause", outcome.stderr)
        self.assertNotIn("sandbench_worker" + os.sep, outcome.stderr)  # no frame of its files

    def test_an_ordinary_error_in_a_library_keeps_the_librarys_frames(self):
        outcome = self.session.execute("import json\njson.loads('{')\n", cell=1)
        self.assertEqual(outcome.status, "error")
        self.assertIn("json", outcome.stderr)
        self.assertIn("decoder.py", outcome.stderr)


class CaptureTest(unittest.TestCase):
    def test_a_flood_is_cut_with_a_marker_and_counted(self):
        sink = BoundedTextSink(cap=10)
        for _ in range(1000):
            sink.write("0123456789")
        text = sink.getvalue()
        self.assertTrue(sink.truncated)
        self.assertTrue(text.startswith("0123456789\n"))
        self.assertIn("9990 more characters", text)

    def test_output_under_the_cap_is_kept_whole(self):
        sink = BoundedTextSink(cap=100)
        sink.write("short\n")
        self.assertEqual(sink.getvalue(), "short\n")
        self.assertFalse(sink.truncated)

    def test_live_output_gets_each_kept_piece_and_nothing_past_the_cap(self):
        pieces = []
        sink = BoundedTextSink(cap=12, emit=pieces.append)
        sink.write("hello\n")
        sink.write("")
        sink.write("world\nand more")
        sink.write("dropped")
        self.assertEqual(pieces, ["hello\n", "world\n"])
        self.assertEqual("".join(pieces), sink.getvalue()[:12])

    def test_a_session_streams_a_cells_output_in_order(self):
        from sandbench_worker.session import Session
        session = Session()
        streamed = []
        session.stream_output = lambda stream, text: streamed.append((stream, text))
        outcome = session.execute("import sys\nprint('a')\nprint('b', file=sys.stderr)\nprint('c')")
        self.assertEqual(outcome.stdout, "a\nc\n")
        joined = []
        for stream, text in streamed:
            if joined and joined[-1][0] == stream:
                joined[-1] = (stream, joined[-1][1] + text)
            else:
                joined.append((stream, text))
        self.assertEqual(joined, [(0, "a\n"), (1, "b\n"), (0, "c\n")])


class DatasetTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, data):
        path = os.path.join(self.dir.name, name)
        with open(path, "wb") as handle:
            handle.write(data)
        return path

    def test_formats_come_from_the_extension(self):
        self.assertEqual(detect_format("a.CSV"), "csv")
        self.assertEqual(detect_format("a.ndjson"), "jsonl")
        self.assertEqual(detect_format("a.xlsx"), "excel")
        with self.assertRaisesRegex(DatasetError, "extension '.dat' is not a known data format"):
            detect_format("a.dat")

    def test_csv_tsv_json_and_json_lines_load(self):
        csv = self.write("a.csv", b"x,y\n1,2\n3,4\n")
        tsv = self.write("a.tsv", b"x\ty\n1\t2\n")
        records = self.write("a.json", b'[{"x": 1}, {"x": 2}]')
        lines = self.write("a.jsonl", b'{"x": 1}\n{"x": 2}\n{"x": 3}\n')
        self.assertEqual(load_dataset(csv).shape, (2, 2))
        self.assertEqual(load_dataset(tsv).shape, (1, 2))
        self.assertEqual(load_dataset(records).shape, (2, 1))
        self.assertEqual(load_dataset(lines).shape, (3, 1))

    def test_a_json_file_that_is_really_json_lines_loads(self):
        path = self.write("lines.json", b'{"x": 1}\n{"x": 2}\n')
        self.assertEqual(load_dataset(path).shape, (2, 1))

    def test_excel_loads(self):
        import pandas

        path = os.path.join(self.dir.name, "book.xlsx")
        pandas.DataFrame({"a": [1, 2, 3]}).to_excel(path, index=False)
        self.assertEqual(list(load_dataset(path)["a"]), [1, 2, 3])

    def test_errors_name_the_file(self):
        missing = os.path.join(self.dir.name, "missing.csv")
        with self.assertRaisesRegex(DatasetError, "missing.csv: no such file"):
            load_dataset(missing)
        latin1 = self.write("latin1.csv", "name\nJos\xe9\n".encode("latin-1"))
        with self.assertRaisesRegex(DatasetError, "latin1.csv: not valid UTF-8"):
            load_dataset(latin1)
        broken = self.write("broken.xlsx", b"not a workbook")
        with self.assertRaisesRegex(DatasetError, "broken.xlsx could not be read as excel"):
            load_dataset(broken)

    def test_parquet_without_pyarrow_says_what_to_install(self):
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            path = self.write("a.parquet", b"PAR1")
            with self.assertRaisesRegex(DatasetError, "needs pyarrow"):
                load_dataset(path)
        else:
            import pandas

            path = os.path.join(self.dir.name, "a.parquet")
            pandas.DataFrame({"a": [1]}).to_parquet(path)
            self.assertEqual(load_dataset(path).shape, (1, 1))

    def test_a_file_read_from_its_descriptor_is_named_by_dataset_and_path(self):
        path = self.write("fake.parquet", bytes(range(256)) * 4)
        with open(path, "rb") as source:
            with self.assertRaises(DatasetError) as caught:
                load_dataset(path, source=source, name="sales")
        self.assertIn(f"dataset 'sales' ({path})", str(caught.exception))
        self.assertNotIn("BufferedReader", str(caught.exception))

    def test_names_must_be_identifiers(self):
        check_name("sales_2025")
        for bad in ("2025", "my-data", "import", ""):
            with self.assertRaises(DatasetError):
                check_name(bad)


if __name__ == "__main__":
    unittest.main()


class TablePageTest(unittest.TestCase):
    """Table pages for viewers: typed values, and which pages the keeper may serve without a fork."""

    def setUp(self):
        import numpy as np
        import pandas as pd

        self.np, self.pd = np, pd
        self.server = Server()

    def run_cell(self, code):
        reply, _, _ = call(self.server, {"type": "execute", "id": 1, "code": code})
        self.assertEqual(reply["status"], "ok", reply)

    def page(self, name, offset=0, limit=200):
        reply, _, _ = call(self.server, {"type": "table", "id": 2, "name": name,
                                         "offset": offset, "limit": limit})
        return reply

    def plain(self, name, offset=0, limit=200):
        header = json.dumps({"type": "table", "name": name, "offset": offset, "limit": limit})
        return self.server.runs_no_user_code(header.encode())

    def test_a_page_equals_pandas_own_rows(self):
        self.run_cell("import numpy as np\nimport pandas as pd\n"
                      "df = pd.DataFrame({'a': np.arange(1000), 'b': np.linspace(0, 1, 1000),"
                      " 'c': ['r%d' % i for i in range(1000)], 'd': [True, False] * 500})\n"
                      "df.loc[5, 'b'] = np.nan")
        reply = self.page("df", offset=3, limit=4)
        frame = self.server.session.namespace["df"]
        self.assertEqual(reply["rows"], 1000)
        self.assertEqual(reply["columns"], ["a", "b", "c", "d"])
        self.assertEqual(reply["dtypes"], ["int64", "float64", "object", "bool"])
        self.assertEqual(reply["index"], [3, 4, 5, 6])
        expected = [[int(r.a), None if r.b != r.b else float(r.b), r.c, bool(r.d)]
                    for r in frame.iloc[3:7].itertuples()]
        self.assertEqual(reply["data"], expected)

    def test_plain_numbers_and_strings_are_served_without_a_fork(self):
        self.run_cell("import numpy as np\nimport pandas as pd\n"
                      "df = pd.DataFrame({'a': np.arange(10), 's': list('abcdefghij')})\n"
                      "arr = np.ones((3, 4))\nser = df['a']")
        self.assertTrue(self.plain("df"))
        self.assertTrue(self.plain("arr"))
        self.assertTrue(self.plain("ser"))

    def test_anything_that_could_run_user_code_needs_a_fork(self):
        self.run_cell(
            "import pandas as pd\n"
            "class Loud:\n"
            "    def __str__(self):\n"
            "        return 'changed'\n"
            "class MyFrame(pd.DataFrame):\n"
            "    pass\n"
            "objects = pd.DataFrame({'x': [Loud(), Loud()]})\n"
            "sub = MyFrame({'a': [1, 2]})\n"
            "labels = pd.DataFrame([[1, 2]], columns=[Loud(), 'b'])\n"
            "cat = pd.DataFrame({'c': pd.Categorical(['a', 'b'])})\n"
            "text = 'not a table'")
        for name in ("objects", "sub", "labels", "cat", "text", "missing"):
            self.assertFalse(self.plain(name), name)
        # An object column is judged on the page asked for: strings there, a Loud further on.
        self.run_cell("mixed = pd.DataFrame({'x': ['a'] * 5 + [Loud()]})")
        self.assertTrue(self.plain("mixed", offset=0, limit=5))
        self.assertFalse(self.plain("mixed", offset=0, limit=6))


class TableViewTest(unittest.TestCase):
    """Sorted and filtered views, binary pages and column summaries, against pandas' own answers."""

    def setUp(self):
        import numpy as np
        import pandas as pd

        self.np, self.pd = np, pd
        self.server = Server()
        rng = np.random.default_rng(7)
        self.frame = pd.DataFrame({
            "x": rng.normal(size=500),
            "n": rng.integers(0, 50, size=500),
            "region": rng.choice(["north", "south", "east"], size=500),
        })
        self.frame.loc[[3, 9], "x"] = np.nan
        self.server.session.namespace["df"] = self.frame

    def ask(self, **request):
        header, payload, _ = call(self.server, dict(id=9, **request))
        return header, payload

    def decode(self, header, payload):
        import struct
        columns, at = [], 0
        for kind, size in zip(header["kinds"], header["sizes"]):
            chunk = payload[at:at + size]
            at += size
            if kind == "f":
                columns.append(list(self.np.frombuffer(chunk, "<f8")))
            elif kind in "iM":
                columns.append(list(self.np.frombuffer(chunk, "<i8")))
            elif kind == "b":
                columns.append([bool(b) for b in chunk])
            else:
                values, i = [], 0
                while i < len(chunk):
                    (length,) = struct.unpack_from("<I", chunk, i)
                    i += 4
                    if length == 0xFFFFFFFF:
                        values.append(None)
                        continue
                    values.append(chunk[i:i + length].decode())
                    i += length
                columns.append(values)
        return columns

    def test_sorted_pages_equal_pandas_sort_with_missing_last(self):
        header, payload = self.ask(type="table", name="df", offset=0, limit=500,
                                   encoding="binary", sort=[{"column": 0, "ascending": False}])
        index, x, *_ = self.decode(header, payload)
        expected = self.frame.sort_values("x", ascending=False, kind="stable", na_position="last")
        self.assertEqual(index, list(expected.index))
        self.assertTrue(all(a == b or (a != a and b != b) for a, b in zip(x, expected["x"])))

    def test_filter_then_sort_on_two_keys(self):
        reply, _ = self.ask(type="table", name="df", offset=0, limit=500,
                            filter={"column": 2, "op": "==", "value": "south"},
                            sort=[{"column": 1, "ascending": True},
                                  {"column": 0, "ascending": False}])
        expected = self.frame[self.frame.region == "south"].sort_values(
            ["n", "x"], ascending=[True, False], kind="stable", na_position="last")
        self.assertEqual(reply["rows"], len(expected))
        self.assertEqual(reply["total_rows"], 500)
        self.assertEqual(reply["index"], list(expected.index))

    def test_a_bad_filter_names_the_problem(self):
        reply, _ = self.ask(type="table", name="df", filter={"column": 0, "op": ">", "value": "x"})
        self.assertEqual(reply["type"], "error")
        self.assertIn("not a number", reply["message"])
        reply, _ = self.ask(type="table", name="df", filter={"column": 7, "op": "==", "value": 1})
        self.assertIn("out of range", reply["message"])

    def test_summary_matches_pandas_and_numpy(self):
        summary, _ = self.ask(type="summary", name="df", column=0)
        x = self.frame["x"].dropna()
        self.assertEqual(summary["missing"], 2)
        self.assertAlmostEqual(summary["mean"], x.mean())
        self.assertAlmostEqual(summary["std"], x.std())
        self.assertAlmostEqual(summary["q75"], x.quantile(0.75))
        counts, edges = self.np.histogram(x.to_numpy(), bins=30)
        self.assertEqual(summary["chart"]["type"], "histogram")
        self.assertEqual(summary["chart"]["counts"], counts.tolist())
        self.assertEqual(summary["chart"]["edges"], edges.tolist())
        bar, _ = self.ask(type="summary", name="df", column=2)
        self.assertEqual(bar["chart"]["type"], "bar")
        self.assertEqual(dict(bar["top"]), self.frame.region.value_counts().to_dict())

    def test_export_writes_the_view_into_the_output_folder(self):
        with tempfile.TemporaryDirectory() as out:
            self.server._output_dir = out
            reply, _ = self.ask(type="export_view", name="df", file="south",
                                filter={"column": 2, "op": "==", "value": "south"})
            self.assertEqual(reply["type"], "exported", reply)
            written = self.pd.read_csv(os.path.join(out, "south.csv"), index_col=0)
            self.assertEqual(len(written), (self.frame.region == "south").sum())
            reply, _ = self.ask(type="export_view", name="df", file="../escape.csv")
            self.assertEqual(reply["type"], "error")


class InterruptGateTest(unittest.TestCase):
    def setUp(self):
        self.addCleanup(signal.signal, signal.SIGINT, signal.getsignal(signal.SIGINT))
        self.gate = InterruptGate()
        self.gate.hold()

    def run_code(self, code):
        try:
            self.gate.enter()
            code()
        finally:
            self.gate.inside = False

    def test_an_interrupt_before_the_code_starts_stops_it_at_once(self):
        signal.raise_signal(signal.SIGINT)  # while the request is checked
        ran = []
        with self.assertRaises(KeyboardInterrupt):
            self.run_code(lambda: ran.append(1))
        self.assertEqual(ran, [])

    def test_an_interrupt_while_the_code_runs_raises_inside_it(self):
        def endless():
            signal.raise_signal(signal.SIGINT)
            while True:
                pass

        with self.assertRaises(KeyboardInterrupt):
            self.run_code(endless)

    def test_a_cell_that_swallows_one_interrupt_is_stopped_by_the_next(self):
        def stubborn():
            try:
                signal.raise_signal(signal.SIGINT)
                while True:
                    pass
            except KeyboardInterrupt:
                pass
            signal.raise_signal(signal.SIGINT)
            while True:
                pass

        with self.assertRaises(KeyboardInterrupt):
            self.run_code(stubborn)

    def test_interrupts_after_the_code_ended_are_dropped(self):
        self.run_code(lambda: None)
        for _ in range(100):  # the reply is on its way: nothing may break it
            signal.raise_signal(signal.SIGINT)
        reply_written = True
        self.assertTrue(reply_written)
