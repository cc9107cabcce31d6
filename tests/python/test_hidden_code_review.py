"""Code the reviewer cannot read in the cell goes to review instead of being refused (issue 13):
eval/exec of a string built at run time, pandas eval/query with the python engine, unpickling a
file. A literal string given to eval/exec is judged like the cell's own code and may just run.
The kernel layers and the audit hook (which limits what pickle may load) are not armed here;
tst_redteam's pickle rows prove those hold."""

import os
import pickle
import shutil
import tempfile
import textwrap
import unittest

os.environ.setdefault("MPLBACKEND", "Agg")

import pandas as pd  # noqa: E402

from sandbench_worker.sandbox import SandboxConfig  # noqa: E402
from sandbench_worker.session import Session  # noqa: E402
from test_default_profile import DEFAULT, STRICT  # noqa: E402


class HiddenCodeCase(unittest.TestCase):
    policy = DEFAULT

    def setUp(self):
        self.session = Session()
        self.session.apply_policy(SandboxConfig(policy=self.policy), None)
        self.tmp = tempfile.mkdtemp(prefix="sandbench-review-")
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)

    def run_cell(self, code, approved=False):
        code = textwrap.dedent(code).replace("TMP", repr(self.tmp))
        return self.session.execute(code, cell=1, approved=approved)

    def assertHeld(self, code, rule, line, col):
        outcome = self.run_cell(code)
        self.assertEqual(outcome.status, "pending_review", outcome.stderr)
        found = [(v.rule, v.line, v.col, v.layer) for v in outcome.violations]
        self.assertIn((rule, line, col, "review"), found)
        self.assertIn("reviewer", outcome.stderr)
        return outcome


class LiteralCodeRunsTest(HiddenCodeCase):
    def test_eval_and_exec_of_a_literal_run(self):
        outcome = self.run_cell("print(eval('1 + 1'))\nexec('answer = 6 * 7')\nprint(answer)")
        self.assertEqual(outcome.status, "ok", outcome.stderr)
        self.assertEqual(outcome.stdout, "2\n42\n")
        self.assertEqual(outcome.violations, [])

    def test_a_literal_is_checked_as_the_cells_own_code(self):
        cases = {
            "exec('import subprocess')": "import-not-allowed",
            "x = eval('().__class__.__subclasses__()')": "blocked-attribute",
            "exec(\"import os\\nos.system('true')\")": "import-machinery",
            "exec('exec(\"import ctypes\")')": "import-not-allowed",
        }
        for code, rule in cases.items():
            with self.subTest(code=code):
                outcome = self.run_cell(code)
                self.assertEqual(outcome.status, "rejected", outcome.stderr)
                refusal = next(v for v in outcome.violations if v.rule == rule)
                self.assertEqual((refusal.line, refusal.layer), (1, "static"))
                # Named by the text itself or placed at the call that runs it.
                self.assertRegex(refusal.message, "in the text given to|the text '")

    def test_a_literal_that_needs_review_goes_to_review(self):
        self.assertHeld("exec('import urllib.parse')", "import-needs-review", 1, 1)


class HiddenCodeGoesToReviewTest(HiddenCodeCase):
    def test_eval_and_exec_of_a_built_string_wait_for_a_reviewer(self):
        code = "column = 'a'\nsource = 'total = ' + repr(column) + ' * 2'\nexec(source)\nprint(total)"
        outcome = self.assertHeld(code, "dynamic-code", 3, 1)
        self.assertEqual(outcome.stdout, "")  # not run
        self.assertNotIn("total", self.session.namespace)
        self.assertHeld("fn = eval\nprint(fn('2'))", "dynamic-code", 1, 6)
        ran = self.run_cell(code, approved=True)
        self.assertEqual(ran.status, "ok", ran.stderr)
        self.assertEqual(ran.stdout, "aa\n")

    def test_pandas_python_engine_waits_and_runs_once_approved(self):
        code = """
        import pandas as pd
        df = pd.DataFrame({'a': [1, 2, 3]})
        print(len(df.query('a > 1', engine='python')))
        """
        self.assertHeld(code, "pandas-python-engine", 4, 11)
        ran = self.run_cell(code, approved=True)
        self.assertEqual((ran.status, ran.stdout), ("ok", "2\n"), ran.stderr)
        # The default engine is no reason for review.
        plain = self.run_cell("import pandas as pd\nprint(pd.DataFrame({'a': [1, 5]}).query('a > 1').a.sum())")
        self.assertEqual((plain.status, plain.stdout), ("ok", "5\n"), plain.stderr)

    def test_unpickling_a_file_waits_and_runs_once_approved(self):
        pd.DataFrame({"a": [1, 2]}).to_pickle(os.path.join(self.tmp, "frame.pkl"))
        with open(os.path.join(self.tmp, "plain.pkl"), "wb") as handle:
            pickle.dump({"b": 3}, handle)
        code = """
        import os
        import pandas as pd
        frame = pd.read_pickle(os.path.join(TMP, 'frame.pkl'))
        print(int(frame.a.sum()))
        """
        self.assertHeld(code, "unpickling", 4, 9)
        ran = self.run_cell(code, approved=True)
        self.assertEqual((ran.status, ran.stdout), ("ok", "3\n"), ran.stderr)

        code = """
        import os
        import pickle as pk
        with open(os.path.join(TMP, 'plain.pkl'), 'rb') as handle:
            data = pk.load(handle)
        print(data['b'])
        """
        outcome = self.assertHeld(code, "unpickling", 5, 12)
        self.assertIn("'load' unpickles data", " ".join(v.message for v in outcome.violations))
        ran = self.run_cell(code, approved=True)
        self.assertEqual((ran.status, ran.stdout), ("ok", "3\n"), ran.stderr)

    def test_unapproved_unpickling_the_check_cannot_see_is_still_refused_at_run_time(self):
        pd.DataFrame({"a": [1]}).to_pickle(os.path.join(self.tmp, "frame.pkl"))
        outcome = self.run_cell(
            "import os\nimport pandas as pd\nreader = getattr(pd, 'read_' + 'pickle')\n"
            "frame = reader(os.path.join(TMP, 'frame.pkl'))"
        )
        self.assertEqual(outcome.status, "denied", outcome.stderr)
        self.assertIn("deserialization", [v.rule for v in outcome.violations])


class StrictStillRefusesTest(HiddenCodeCase):
    policy = STRICT

    def test_strict_blocks_eval_and_exec_outright(self):
        for code in ("eval('1 + 1')", "exec(source)"):
            with self.subTest(code=code):
                outcome = self.run_cell(code)
                self.assertEqual(outcome.status, "rejected", outcome.stderr)
                self.assertIn("blocked-builtin", [v.rule for v in outcome.violations])


if __name__ == "__main__":
    unittest.main()
