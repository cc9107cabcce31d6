"""A refusal names the next step where the user is: the window's action, run's flag, or what a
serve client can do. The worker learns the context once, from configure; anything unknown is the
command line's."""

import errno
import json
import os
import unittest

from sandbench_worker.hints import CLI, HINTS, SERVE, WINDOW, context_from_request
from sandbench_worker.sandbox import config_from_request
from sandbench_worker.server import Server
from sandbench_worker.session import _kernel_refusal

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "profiles")


def default_profile():
    with open(os.path.join(ROOT, "default.json"), encoding="utf-8") as handle:
        return json.load(handle)


def held_import_message(context):
    request = {"profile": default_profile(), "zones": {}}
    if context is not None:
        request["context"] = context
    server = Server()
    server.session.apply_policy(config_from_request(request), None)
    execute = {"type": "execute", "id": 1, "code": "import urllib.parse"}
    header, *_ = server.handle(json.dumps(execute).encode(), b"")
    reply = json.loads(header)
    assert reply["status"] == "pending_review", reply
    return reply["violations"][0]["message"]


class ContextTest(unittest.TestCase):
    def test_unknown_or_missing_context_is_the_command_line(self):
        for value in (None, "", "Window", "gui", 3, ["window"], {"context": "serve"}):
            with self.subTest(value=value):
                self.assertEqual(context_from_request(value), CLI)
        for value in (WINDOW, CLI, SERVE):
            self.assertEqual(context_from_request(value), value)

    def test_configure_carries_the_context(self):
        self.assertEqual(config_from_request({"zones": {}, "context": "window"}).context, WINDOW)
        self.assertEqual(config_from_request({"zones": {}, "context": "serve"}).context, SERVE)
        self.assertEqual(config_from_request({"zones": {}}).context, CLI)
        self.assertEqual(config_from_request({"zones": {}, "context": "bogus"}).context, CLI)

    def test_every_context_names_every_step(self):
        steps = set(HINTS[CLI])
        for context, row in HINTS.items():
            self.assertEqual(set(row), steps, context)


class HintChoiceTest(unittest.TestCase):
    def refusal(self, context):
        error = PermissionError(errno.EACCES, "Permission denied", "/srv/other/data.csv")
        return _kernel_refusal(error, context).message

    def test_kernel_read_refusal_names_the_contexts_step_only(self):
        window = self.refusal(WINDOW)
        self.assertIn("File > Allow Reading a Folder", window)
        self.assertNotIn("--read", window)
        cli = self.refusal(CLI)
        self.assertIn("--read FOLDER", cli)
        self.assertNotIn("Allow Reading", cli)
        serve = self.refusal(SERVE)
        self.assertIn("restart serve with --read FOLDER", serve)
        self.assertIn("no serve request adds a read folder", serve)
        self.assertNotIn("Allow Reading", serve)

    def test_review_reason_names_the_contexts_place_to_approve(self):
        window = held_import_message("window")
        self.assertIn("Review Queue panel", window)
        self.assertNotIn("sandbench review list", window)
        cli = held_import_message(None)
        self.assertIn("sandbench review list", cli)
        self.assertNotIn("Review Queue", cli)
        self.assertIn("serve", held_import_message("serve"))


if __name__ == "__main__":
    unittest.main()
