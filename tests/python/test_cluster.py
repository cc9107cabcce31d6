"""The cluster's Python side without a cluster: a member's refusal is recognised in the session
with the member's name, and only in the exact form a member's audit hook gives it; the session's
client cannot be rebound; certificates are made with private keys only the owner can read."""

import os
import stat
import tempfile
import unittest

from sandbench_worker import cluster


class RefusalTest(unittest.TestCase):
    def test_member_refusal_names_the_worker_and_rule(self):
        error = PermissionError("sandbench cluster worker 'worker-2' refused (outside-read-zone): "
                                "reading /etc/shadow refused: ...")
        self.assertEqual(cluster.refusal_from(error),
                         ("worker-2", "outside-read-zone", "reading /etc/shadow refused: ..."))

    def test_other_errors_are_not_member_refusals(self):
        self.assertIsNone(cluster.refusal_from(PermissionError("[Errno 13] Permission denied")))
        self.assertIsNone(cluster.refusal_from(ValueError(
            "sandbench cluster worker 'w' refused (network): x")))
        self.assertIsNone(cluster.refusal_from(PermissionError(
            "sandbench cluster worker 'w' said something else")))


class ClientTest(unittest.TestCase):
    def test_client_cannot_be_rebound(self):
        client = cluster.ClusterClient("tls://127.0.0.1:1", security=None, workers=2)
        with self.assertRaises(AttributeError):
            client._address = "tls://198.51.100.1:1"
        self.assertIn("2 sandboxed workers", repr(client))
        client.close_for_cell()  # nothing was connected: nothing to close

    def test_scheduler_alone_is_not_called_zero_workers(self):
        client = cluster.ClusterClient("tls://127.0.0.1:1", security=None, workers=0)
        self.assertNotIn("0 sandboxed", repr(client))
        self.assertIn("workers that join it with 'sandbench cluster worker'", repr(client))


@unittest.skipUnless(__import__("importlib").util.find_spec("dask"), "python3-dask is missing")
class GraphLogTest(unittest.TestCase):
    """What a cell sent to the cluster, as provenance records it: sizes, a stable hash of the
    keys, and the byte ranges of the files read in blocks."""

    def setUp(self):
        import pandas as pd

        self.folder = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.folder.name, "orders.csv")
        pd.DataFrame({"region": [f"r{i % 4}" for i in range(4000)],
                      "amount": range(4000)}).to_csv(self.path, index=False)

    def tearDown(self):
        self.folder.cleanup()

    def graph(self):
        import dask
        import dask.dataframe as dd

        frame = dd.read_csv(self.path, blocksize=8000)
        total = frame.groupby("region").amount.sum()
        (optimized,) = dask.optimize(total)  # what Client.compute sends
        return frame.npartitions, optimized.__dask_graph__(), optimized.__dask_keys__()

    def test_reads_hash_and_sizes(self):
        log = cluster.GraphLog()
        self.assertEqual(log.take(), {})
        partitions, dsk, keys = self.graph()
        self.assertGreater(partitions, 1)
        log.record(dsk, keys)
        report = log.take()
        self.assertEqual(report["computations"], 1)
        self.assertEqual(report["tasks"], len(dict(dsk)))
        self.assertRegex(report["keys_sha256"], "^[0-9a-f]{64}$")
        self.assertEqual(report["reads"], [{"path": self.path, "blocks": partitions,
                                            "bytes": os.path.getsize(self.path)}])
        self.assertEqual(log.take(), {})  # taken: the next cell starts afresh
        # The same computation again: the same hash; a different one: another.
        log.record(*self.graph()[1:])
        self.assertEqual(log.take()["keys_sha256"], report["keys_sha256"])
        log.record({("other", 0): (sum, [1, 2])}, [("other", 0)])
        other = log.take()
        self.assertEqual((other["tasks"], other["reads"]), (1, []))
        self.assertNotEqual(other["keys_sha256"], report["keys_sha256"])


@unittest.skipUnless(__import__("importlib").util.find_spec("cryptography"),
                     "python3-cryptography is not installed: the cluster's certificates need it")
class CertificateTest(unittest.TestCase):
    def test_keys_are_private_and_contexts_load(self):
        with tempfile.TemporaryDirectory() as folder:
            cluster.make_certificates(folder)
            for name in ("member-key.pem", "client-key.pem"):
                mode = stat.S_IMODE(os.stat(os.path.join(folder, name)).st_mode)
                self.assertEqual(mode, 0o600, name)
            self.assertFalse(any("ca-key" in n for n in os.listdir(folder)))
            try:
                import distributed  # noqa: F401
            except ImportError:
                self.skipTest("python3-distributed is not installed")
            sec = cluster.security(folder, "client")
            self.assertTrue(sec.require_encryption)
            self.assertIsNotNone(sec.get_connection_args("client")["ssl_context"])


if __name__ == "__main__":
    unittest.main()


class ProbeTest(unittest.TestCase):
    """The Cluster panel's figures come from the scheduler's identity: only numbers and short
    strings leave the probe, whatever the scheduler sends."""

    def test_worker_identity_reduced_to_numbers_and_short_text(self):
        worker = cluster._probe_worker("tls://127.0.0.1:4001", {
            "name": "worker-1" * 100, "status": "running", "nthreads": 1,
            "memory_limit": 2 ** 31, "metrics": {"memory": 123, "executing": 2, "ready": True},
            "extra": {"payload": "x"}})
        self.assertEqual(len(worker["name"]), 200)
        self.assertEqual(worker["memory"], 123)
        self.assertEqual(worker["executing"], 2)
        self.assertEqual(worker["ready"], 0)  # a bool is no count
        self.assertNotIn("extra", worker)
        odd = cluster._probe_worker("a", {"metrics": None, "memory_limit": "lots"})
        self.assertEqual(odd["memory_limit"], 0)


@unittest.skipUnless(__import__("importlib").util.find_spec("distributed"),
                     "python3-distributed is missing")
class GaveUpTest(unittest.TestCase):
    """When the cluster gives up on a task (KilledWorker), the cell's error names the cluster and
    the next step where the user is; other errors get no such words."""

    def test_killed_worker_names_the_cluster_and_next_step(self):
        from distributed.scheduler import KilledWorker

        from sandbench_worker import hints
        from sandbench_worker.session import _cluster_gave_up

        error = KilledWorker("('read-csv-abc', 3)", None, 3)
        window = _cluster_gave_up(error, "tls://10.0.0.5:8786", hints.WINDOW)
        self.assertIn("the cluster tls://10.0.0.5:8786 gave up on the task ('read-csv-abc', 3)",
                      window)
        self.assertIn("ended 3 times", window)
        self.assertIn("the Cluster panel", window)
        cli = _cluster_gave_up(error, "tls://10.0.0.5:8786", hints.CLI)
        self.assertIn("sandbench cluster status --state DIR --live", cli)
        self.assertIsNone(_cluster_gave_up(ValueError("x"), "tls://10.0.0.5:8786", hints.CLI))
