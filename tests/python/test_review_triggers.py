"""Review triggers in the worker: a flagged cell waits unrun; an approved one runs with the review
list's imports allowed for that cell only; execute replies carry the cell's resources."""

import ast
import json
import os
import unittest

from sandbench_worker.policy.profile import Policy
from sandbench_worker.policy.review import review_reasons
from sandbench_worker.sandbox import config_from_request
from sandbench_worker.server import Server

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "profiles")


def load_profile(name):
    with open(os.path.join(ROOT, f"{name}.json"), encoding="utf-8") as handle:
        return json.load(handle)


def reasons(source, profile):
    return [(v.rule, v.line, v.col) for v in review_reasons(ast.parse(source), Policy.from_dict(profile))]


def configured_server(profile):
    server = Server()
    server.session.apply_policy(config_from_request({"profile": profile, "zones": {}}), None)
    return server


def execute(server, code, approved=False):
    request = {"type": "execute", "id": 1, "code": code}
    if approved:
        request["approved"] = True
    header, *_ = server.handle(json.dumps(request).encode(), b"")
    return json.loads(header)


class ReviewReasonsTest(unittest.TestCase):
    def test_imports_on_the_review_list_are_reasons_with_their_place(self):
        self.assertEqual(reasons("x = 1\nimport urllib.parse\nfrom pickle import loads\n",
                                 load_profile("default")),
                         [("import-needs-review", 2, 1), ("import-needs-review", 3, 1)])  # fmt: skip
        self.assertEqual(reasons("import pandas\n", load_profile("default")), [])

    def test_file_writes_are_reasons_only_where_the_profile_asks(self):
        source = "df.to_csv('a.csv')\ntext = df.to_csv()\nplt.savefig('p.png')\n"
        self.assertEqual(reasons(source, load_profile("default")), [])
        profile = load_profile("default")
        profile["review"] = {"triggers": ["output_files"]}
        self.assertEqual(reasons(source, profile),
                         [("output-file-write", 1, 1), ("output-file-write", 3, 1)])  # fmt: skip


class ReviewGateTest(unittest.TestCase):
    def test_a_flagged_cell_waits_unrun_and_an_approved_one_runs(self):
        server = configured_server(load_profile("default"))
        code = "import urllib.parse\nmarker = urllib.parse.quote('a b')\nprint(marker)"
        held = execute(server, code)
        self.assertEqual(held["status"], "pending_review")
        self.assertEqual(held["stdout"], "")
        self.assertNotIn("marker", server.session.namespace)
        self.assertEqual(held["violations"][0]["layer"], "review")
        ran = execute(server, code, approved=True)
        self.assertEqual(ran["status"], "ok", ran["stderr"])
        self.assertEqual(ran["stdout"], "a%20b\n")

    def test_approval_does_not_outlive_its_cell(self):
        server = configured_server(load_profile("default"))
        self.assertEqual(execute(server, "import urllib.parse", approved=True)["status"], "ok")
        # The next cell is not approved: the policy refuses what only the approval allowed.
        later = execute(server, "urllib.parse.quote('x')")
        self.assertIn(later["status"], ("rejected", "denied"), later["stderr"])

    def test_approval_never_lifts_a_refusal(self):
        server = configured_server(load_profile("default"))
        reply = execute(server, "import subprocess\nimport urllib.parse", approved=True)
        self.assertEqual(reply["status"], "rejected")
        self.assertEqual({v["rule"] for v in reply["violations"]},
                         {"import-not-allowed", "import-needs-review"})  # fmt: skip

    def test_the_reply_carries_resources_and_package_versions(self):
        server = configured_server(load_profile("default"))
        reply = execute(server, "import pandas as pd\nimport math\nframe = pd.DataFrame({'a': [1]})")
        self.assertEqual(reply["status"], "ok")
        self.assertGreaterEqual(reply["cpu_ms"], 0)
        self.assertGreater(reply["peak_rss_kb"], 1000)
        import pandas

        self.assertEqual(reply["packages"]["pandas"], pandas.__version__)
        self.assertEqual(reply["packages"]["math"], "stdlib")


if __name__ == "__main__":
    unittest.main()
