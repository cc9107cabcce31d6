"""Datasets larger than memory (issue 18): a dask DataFrame read in blocks from the descriptor the
app passes; the Data panel's pages, filters, summaries and sorts of it; the blocks a run read."""

import os
import tempfile
import threading
import unittest

import pandas

try:
    import dask.dataframe  # noqa: F401
except ImportError:  # the suite runs with Debian's python3-dask; say so rather than pass
    dask = None
else:
    import dask

from sandbench_worker import lazy
from sandbench_worker.datasets import DatasetError
from sandbench_worker.inspect_vars import describe_variables
from sandbench_worker.table_views import (ViewError, clear_view_cache, column_summary, json_page,
                                          request_is_plain)

ROWS = 20000


@unittest.skipIf(dask is None, "python3-dask is not installed: lazy datasets cannot be tested")
class LazyDatasetTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        self.addCleanup(clear_view_cache)
        self.path = os.path.join(self.dir.name, "sales.csv")
        with open(self.path, "w", encoding="utf-8") as handle:
            handle.write("date,region,amount,units\n")
            for i in range(ROWS):
                handle.write(f"2024-03-{i % 28 + 1:02d},{'nsew'[i % 4]},{i * 0.5},{i}\n")
        self.eager = pandas.read_csv(self.path, parse_dates=["date"])
        # A tiny memory limit makes small blocks: the file spans many partitions.
        lazy.configure(2)
        self.addCleanup(lazy.configure, 0)
        handle = open(self.path, "rb")
        self.frame, self.source = lazy.open_lazy("sales", self.path, "csv", handle,
                                                 iso_dates=True, memory_mb=2)
        self.addCleanup(lazy.forget, "sales")
        self.namespace = {"sales": self.frame}
        lazy.take_reads()

    def test_blocks_cover_the_file_and_the_frame_matches_pandas(self):
        self.assertGreater(self.frame.npartitions, 3)
        self.assertEqual(self.source.blocks[0][0], len("date,region,amount,units\n"))
        self.assertEqual(self.source.blocks[-1][1], os.path.getsize(self.path))
        self.assertEqual(str(self.frame.dtypes["date"]), "datetime64[ns]")
        computed = self.frame.compute().reset_index(drop=True)
        pandas.testing.assert_frame_equal(computed, self.eager)
        self.assertEqual(sum(self.source.count_rows(b) for b in range(self.frame.npartitions)),
                         ROWS)

    def test_a_page_reads_only_the_blocks_that_hold_it(self):
        page = json_page(self.namespace, "sales", 10005, 10)
        self.assertEqual(page["rows"], ROWS)
        self.assertEqual(page["total_rows"], ROWS)
        self.assertEqual(page["index"], list(range(10005, 10015)))
        self.assertEqual([row[3] for row in page["data"]], list(range(10005, 10015)))
        reads = lazy.take_reads()
        self.assertEqual(len(reads), 1)
        self.assertEqual(reads[0]["dataset"], "sales")
        self.assertLessEqual(len(reads[0]["blocks"]), 2)
        self.assertLess(reads[0]["bytes"], os.path.getsize(self.path) / 2)
        # The dataset's own frame is paged by the keeper (pandas reads its file, nothing else).
        self.assertTrue(request_is_plain(self.namespace, {"type": "table", "name": "sales"}))
        derived = {"late": self.frame[self.frame.units > 5]}
        self.assertFalse(request_is_plain(derived, {"type": "table", "name": "late"}))

    def test_filter_and_summary_agree_with_pandas(self):
        filter_ = {"column": 1, "op": "==", "value": "e"}
        page = json_page(self.namespace, "sales", 0, 5, filter_=filter_)
        expected = self.eager[self.eager.region == "e"]
        self.assertEqual(page["rows"], len(expected))
        self.assertEqual(page["index"], list(expected.index[:5]))
        summary = column_summary(self.namespace, "sales", 2, filter_)
        self.assertEqual(summary["count"], len(expected))
        self.assertAlmostEqual(summary["mean"], expected.amount.mean())
        self.assertAlmostEqual(summary["max"], expected.amount.max())
        self.assertEqual(sum(summary["chart"]["counts"]), len(expected))
        text = column_summary(self.namespace, "sales", 1)
        self.assertEqual(dict(text["top"]), {"n": 5000, "s": 5000, "e": 5000, "w": 5000})
        with self.assertRaises(ViewError):
            json_page(self.namespace, "sales", 0, 5, filter_={"column": 2, "op": ">", "value": "x"})

    def test_sort_loads_a_small_view_and_refuses_a_large_one(self):
        filter_ = {"column": 3, "op": "<", "value": 100}
        page = json_page(self.namespace, "sales", 0, 3, sort=[{"column": 3, "ascending": False}],
                         filter_=filter_)
        self.assertEqual([row[3] for row in page["data"]], [99, 98, 97])
        lazy.configure(1)  # a quarter of 1 MB is less than the whole file takes in memory
        with self.assertRaises(ViewError) as refused:
            json_page(self.namespace, "sales", 0, 3, sort=[{"column": 2, "ascending": False}])
        self.assertIn("nlargest", str(refused.exception))
        self.assertIn("memory limit", str(refused.exception))

    def test_variables_show_partitions_and_size_without_computing(self):
        item = describe_variables(self.namespace)[0]
        self.assertTrue(item["lazy"])
        self.assertEqual(item["partitions"], self.frame.npartitions)
        self.assertEqual(item["shape"], [None, 4])
        self.assertGreater(item["estimated_bytes"], os.path.getsize(self.path) // 2)
        self.assertEqual(lazy.take_reads(), [], "describing read no block")
        json_page(self.namespace, "sales", 0, 1)  # counts the rows
        self.assertEqual(describe_variables(self.namespace)[0]["shape"], [ROWS, 4])

    def test_the_scheduler_leaves_no_thread_behind(self):
        lazy.configure(4096)  # room for threads
        before = threading.active_count()
        self.assertEqual(int(self.frame.units.sum().compute()), sum(range(ROWS)))
        self.assertEqual(threading.active_count(), before)
        self.assertIs(dask.config.get("scheduler"), lazy.scheduler)
        # Named as a cell would: threads get a pool of their own too; processes and a cluster
        # are refused with the reason, before anything starts.
        before = threading.active_count()
        self.assertEqual(int(self.frame.units.sum().compute(scheduler="threads")),
                         sum(range(ROWS)))
        self.assertEqual(threading.active_count(), before)
        for name in ("processes", "distributed"):
            with self.assertRaises(RuntimeError) as refused:
                self.frame.units.sum().compute(scheduler=name)
            self.assertIn("dask runs in the cell's own process", str(refused.exception))

    def test_formats_that_cannot_be_read_in_blocks_say_so(self):
        path = os.path.join(self.dir.name, "array.json")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write('[{"a": 1}, {"a": 2}]')
        with self.assertRaises(DatasetError) as array:
            lazy.open_lazy("arr", path, "json", open(path, "rb"))
        self.assertIn("JSON lines", str(array.exception))
        with self.assertRaises(DatasetError) as excel:
            lazy.open_lazy("book", path, "excel", open(path, "rb"))
        self.assertIn("cannot be read in blocks", str(excel.exception))
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            with self.assertRaises(DatasetError) as parquet:
                lazy.open_lazy("pq", path, "parquet", open(path, "rb"))
            self.assertIn("pyarrow", str(parquet.exception))
        lines = os.path.join(self.dir.name, "events.jsonl")
        with open(lines, "w", encoding="utf-8") as handle:
            for i in range(1000):
                handle.write(f'{{"n": {i}, "kind": "k{i % 3}"}}\n')
        frame, _ = lazy.open_lazy("events", lines, "jsonl", open(lines, "rb"), memory_mb=8)
        self.addCleanup(lazy.forget, "events")
        self.assertEqual(int(frame.n.sum().compute()), sum(range(1000)))

    def test_a_later_block_that_breaks_the_types_names_the_column(self):
        path = os.path.join(self.dir.name, "odd.csv")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("n\n")
            handle.write("1\n" * 1_000_000)  # past the first megabyte the types come from
            handle.write("many\n")
        frame, _ = lazy.open_lazy("odd", path, "csv", open(path, "rb"), memory_mb=8)
        self.addCleanup(lazy.forget, "odd")
        with self.assertRaises(DatasetError) as broken:
            frame.n.sum().compute()
        self.assertIn("column 'n'", str(broken.exception))


if __name__ == "__main__":
    unittest.main()
