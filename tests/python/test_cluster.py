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
