"""ISO date columns load as dates when the dataset asks for it (issue 15), and nothing else does."""

import os
import tempfile
import unittest

import pandas

from sandbench_worker.datasets import load_dataset, parse_iso_dates


class IsoDatesTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, name, text):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        return path

    def test_iso_columns_become_dates_and_others_stay(self):
        path = self.write(
            "sales.csv",
            "date,when,region,code,us_date,mixed\n"
            "2024-03-01,2024-03-01T09:30:00,north,2024-1,03/01/2024,2024-03-01\n"
            "2024-03-02,2024-03-02 10:45,south,2024-2,03/02/2024,soon\n"
            ",2024-03-03T11:00:15.250,east,2024-3,03/03/2024,2024-03-03\n",
        )
        frame = load_dataset(path, iso_dates=True)
        self.assertTrue(str(frame["date"].dtype).startswith("datetime64"))
        self.assertTrue(str(frame["when"].dtype).startswith("datetime64"))
        self.assertEqual(frame["date"].iloc[1], pandas.Timestamp("2024-03-02"))
        self.assertTrue(pandas.isna(frame["date"].iloc[2]))  # a missing date stays missing
        self.assertEqual(frame["when"].iloc[2], pandas.Timestamp("2024-03-03 11:00:15.250"))
        # Text that is not (all) ISO dates is left as the file had it.
        for column in ("region", "code", "us_date", "mixed"):
            self.assertEqual(frame[column].dtype, object, column)
        self.assertEqual(frame["mixed"].iloc[1], "soon")

    def test_off_the_frame_is_as_pandas_reads_it(self):
        path = self.write("sales.csv", "date,n\n2024-03-01,1\n2024-03-02,2\n")
        frame = load_dataset(path)
        self.assertEqual(frame["date"].dtype, object)
        self.assertEqual(frame["date"].iloc[0], "2024-03-01")
        pandas.testing.assert_frame_equal(frame, pandas.read_csv(path))

    def test_tsv_and_json_lines_too_and_offsets_that_differ_stay_text(self):
        tsv = self.write("t.tsv", "day\tn\n2024-01-31\t1\n2024-02-29\t2\n")
        self.assertTrue(str(load_dataset(tsv, iso_dates=True)["day"].dtype).startswith("datetime64"))
        lines = self.write(
            "e.jsonl",
            '{"at": "2024-01-01T00:00:00+01:00"}\n{"at": "2024-01-01T00:00:00+05:00"}\n',
        )
        frame = load_dataset(lines, iso_dates=True)
        self.assertEqual(frame["at"].dtype, object)
        self.assertEqual(frame["at"].iloc[1], "2024-01-01T00:00:00+05:00")

    def test_parse_reports_the_columns_it_changed(self):
        frame = pandas.DataFrame({"d": ["2024-05-01", None], "t": ["a", "b"], "n": [1, 2]})
        self.assertEqual(parse_iso_dates(pandas, frame), ["d"])
        self.assertEqual(frame["t"].tolist(), ["a", "b"])



class DatasetRequestTest(unittest.TestCase):
    """The `dataset` request's `iso_dates` reaches the loader; without it the text stays text."""

    def test_the_request_decides(self):
        import json

        from sandbench_worker.server import Server

        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        path = os.path.join(folder.name, "s.csv")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("date,n\n2024-03-01,1\n2024-03-02,2\n")
        server = Server()
        for name, flag, kind in (("on", True, "M"), ("off", None, "O"), ("no", False, "O")):
            request = {"type": "dataset", "id": 1, "name": name, "path": path}
            if flag is not None:
                request["iso_dates"] = flag
            reply = json.loads(server.handle(json.dumps(request).encode(), b"")[0])
            self.assertEqual(reply["status"], "ok", reply)
            self.assertEqual(server.session.namespace[name]["date"].dtype.kind, kind, name)


class ExportedScriptReadsAlikeTest(unittest.TestCase):
    """The exported script (resources/export/runner.py) reads a dataset as the worker did, dates
    included, so its --check compares like with like."""

    def test_runner_and_worker_agree(self):
        import ast
        import re
        import types

        # The runner refuses to be imported (it is a script): take its reading functions alone.
        runner_path = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "export",
                                   "runner.py")
        with open(runner_path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        wanted = {"ISO_DATE", "DATE_FORMATS", "parse_iso_dates", "read_dataset", "_read_dataset"}
        body = [node for node in tree.body
                if (isinstance(node, ast.FunctionDef) and node.name in wanted)
                or (isinstance(node, ast.Assign) and node.targets[0].id in wanted)]
        self.assertEqual(len(body), len(wanted))
        runner = types.SimpleNamespace()
        scope = {"re": re}
        exec(compile(ast.Module(body=body, type_ignores=[]), runner_path, "exec"), scope)
        for name in wanted:
            setattr(runner, name, scope[name])
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        path = os.path.join(folder.name, "s.csv")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("date,when,n,mixed,us\n"
                         "2024-03-01,2024-03-01T09:30:00,1,2024-03-01,03/01/2024\n"
                         ",2024-03-02 10:45:15.5,2,soon,03/02/2024\n")
        for iso_dates in (True, False):
            mine = runner.read_dataset(pandas, path, "csv", iso_dates)
            worker = load_dataset(path, "csv", iso_dates=iso_dates)
            self.assertEqual(list(mine.dtypes.astype(str)), list(worker.dtypes.astype(str)))
            pandas.testing.assert_frame_equal(mine, worker)
        self.assertEqual(runner.ISO_DATE.pattern,
                         __import__("sandbench_worker.datasets").datasets.ISO_DATE.pattern)


if __name__ == "__main__":
    unittest.main()
