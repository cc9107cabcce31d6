"""The protocol is defined once (sandbox/protocol/protocol.json) and generated for both sides: this
checks that the Python module, the C++ header (through tests/helpers/protocol_dump.cpp) and the
source agree, and that the worker's own tables are built from them."""

import json
import os
import subprocess
import unittest

from sandbench_worker import datasets, protocol_constants as protocol
from sandbench_worker.policy import violations
from sandbench_worker.server import Server

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SOURCE = os.path.join(ROOT, "sandbox", "protocol", "protocol.json")


def entries(table):
    return {key: value for key, value in table.items() if not key.startswith("_")}


class PythonSideMatchesTheSource(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(SOURCE, encoding="utf-8") as f:
            cls.spec = json.load(f)

    def test_every_message_type_status_and_layer_is_generated(self):
        for key, value in entries(self.spec["messages"]).items():
            self.assertEqual(getattr(protocol, "TYPE_" + key.upper()), value)
        self.assertEqual(protocol.STATUSES, tuple(entries(self.spec["statuses"])))
        self.assertEqual(protocol.REPORTED_STATUSES,
                         tuple(k for k, v in entries(self.spec["statuses"]).items() if v["reported"]))
        self.assertEqual(protocol.LAYERS, tuple(entries(self.spec["layers"]).values()))
        self.assertEqual(protocol.QUERY_REPLIES, entries(self.spec["query_replies"]))
        self.assertEqual(protocol.EXIT_OUTPUT_LIMIT, self.spec["exit_codes"]["output_limit"])
        self.assertEqual(protocol.PROTOCOL_VERSION, self.spec["version"])

    def test_the_worker_tables_are_the_protocol_tables(self):
        self.assertEqual(datasets.FORMATS_BY_EXTENSION,
                         {ext: fmt for fmt, exts in entries(self.spec["dataset_formats"]).items()
                          for ext in exts})
        self.assertEqual(set(datasets.FORMATS), set(entries(self.spec["dataset_formats"])))
        layers = [violations.STATIC, violations.RUNTIME, violations.AUDIT, violations.LANDLOCK,
                  violations.SECCOMP, violations.LIMIT, violations.REVIEW]
        self.assertLessEqual(set(layers), set(protocol.LAYERS))

    def test_the_server_answers_exactly_the_python_handled_requests(self):
        # Every request the worker's Python answers is a protocol message type, and every query
        # the app may send has a handler.
        handled = set(Server()._handlers)
        self.assertLessEqual(handled, set(protocol.NAMED_STRINGS[k] for k in protocol.NAMED_STRINGS
                                          if k.startswith("TYPE_")))
        self.assertLessEqual(set(protocol.QUERY_REPLIES), handled)


class BothSidesAgree(unittest.TestCase):
    """The C++ constants, printed by protocol_dump, against the Python ones."""

    @classmethod
    def setUpClass(cls):
        program = os.environ.get("SANDBENCH_PROTOCOL_DUMP")
        if not program:
            raise unittest.SkipTest(
                "SANDBENCH_PROTOCOL_DUMP is not set: run through ctest (test protocol_agreement), "
                "which points it at the build's protocol_dump")
        out = subprocess.run([program], check=True, capture_output=True, timeout=60,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout
        cls.cpp = json.loads(out)

    def test_named_constants_agree(self):
        self.assertEqual(self.cpp["strings"], protocol.NAMED_STRINGS)
        self.assertEqual(self.cpp["numbers"], protocol.NAMED_NUMBERS)

    def test_tables_agree(self):
        for name in ("STATUSES", "REPORTED_STATUSES", "CHECK_VERDICTS", "VERDICT_BASES", "LAYERS",
                     "DATASET_FORMATS"):
            with self.subTest(table=name):
                self.assertEqual(tuple(self.cpp[name]), getattr(protocol, name))
        self.assertEqual(self.cpp["QUERY_REPLIES"], protocol.QUERY_REPLIES)
        self.assertEqual(self.cpp["DATASET_FORMATS_BY_EXTENSION"],
                         protocol.DATASET_FORMATS_BY_EXTENSION)

    def test_core_builds_its_tables_from_the_protocol(self):
        # RunStatus knows every status by the protocol's name; a reply may name every layer.
        self.assertEqual(tuple(self.cpp["core_run_statuses"]), protocol.STATUSES)
        self.assertEqual(tuple(self.cpp["core_violation_layers"]), protocol.LAYERS)
        self.assertEqual(self.cpp["core_dataset_suffixes"],
                         [ext[1:] for ext in protocol.DATASET_FORMATS_BY_EXTENSION])


if __name__ == "__main__":
    unittest.main()
