"""Jupyter habits (issue 13): magics become Python line for line before any check, display() and
IPython.display become rich outputs, plt.show() closes the figures it shows, and what would start a
program or install a package is refused with a message that says how packages get here."""

import json
import os
import shutil
import tempfile
import textwrap
import unittest

os.environ.setdefault("MPLBACKEND", "Agg")

import matplotlib.pyplot  # noqa: E402,F401  (the worker loads pyplot before any cell, too)

from sandbench_worker.notebook import transform_magics  # noqa: E402
from sandbench_worker.policy.profile import Policy  # noqa: E402
from sandbench_worker.sandbox import SandboxConfig  # noqa: E402
from sandbench_worker.session import Session  # noqa: E402

PROFILE = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "profiles", "default.json")


class TransformTest(unittest.TestCase):
    def test_python_is_left_alone(self):
        for code in ("x = 10 % 3", "s = '''\n%time\n!ls\n'''", "print('%matplotlib inline')"):
            result = transform_magics(code)
            self.assertEqual((result.code, result.notes, result.refusals), (code, [], []))

    def test_lines_keep_their_numbers_and_indentation(self):
        code = "%matplotlib inline\nfor i in range(2):\n    %time y = i\nprint(y)"
        result = transform_magics(code)
        self.assertEqual(result.code, "pass\nfor i in range(2):\n    y = i\nprint(y)")
        self.assertEqual([line for line, _ in result.notes], [1, 3])

    def test_timeit_options_are_dropped(self):
        self.assertEqual(transform_magics("%timeit -n 10 -r 3 f(x)").code, "f(x)")
        self.assertEqual(transform_magics("%%timeit\nf(x)").code, "\nf(x)")

    def test_shell_and_installs_are_refused_where_they_are(self):
        cases = {
            "!pip install tqdm": ("package-install", 1, 1),
            "%pip install tqdm": ("package-install", 1, 1),
            "%conda install scipy": ("package-install", 1, 1),
            "x = 1\nif x:\n    !ls -l": ("shell-command", 3, 5),
            "files = !ls": ("shell-command", 1, 1),
            "%%bash\nls": ("shell-command", 1, 1),
            "%%sh\npip install x": ("shell-command", 1, 1),
            "%run other.py": ("magic-not-available", 1, 1),
            "%%sql\nselect 1": ("magic-not-available", 1, 1),
        }
        for code, expected in cases.items():
            with self.subTest(code=code):
                refusals = transform_magics(code).refusals
                self.assertEqual([(v.rule, v.line, v.col) for v in refusals], [expected])
        message = transform_magics("!pip install tqdm").refusals[0].message
        self.assertIn("apt install python3-NAME", message)
        self.assertIn("/usr/bin/python3", message)


class SessionTest(unittest.TestCase):
    def setUp(self):
        with open(PROFILE, encoding="utf-8") as handle:
            policy = Policy.from_dict(json.load(handle))
        self.session = Session()
        self.session.apply_policy(SandboxConfig(policy=policy), None)
        self.tmp = tempfile.mkdtemp(prefix="sandbench-notebook-")
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)

    def run_cell(self, code):
        return self.session.execute(textwrap.dedent(code).replace("TMP", repr(self.tmp)), cell=1)

    def test_display_without_import_and_ipython_display(self):
        outcome = self.run_cell(
            """
            import pandas as pd
            from IPython.display import display, Markdown, HTML, Image
            import IPython.display as ipd
            display(pd.DataFrame({"a": [1]}))
            display(Markdown("**total**: 3"), HTML("<b>bold</b> &amp; <i>more</i>"))
            ipd.display([1, 2])
            display(Image(filename="chart.png"))
            """
        )
        self.assertEqual(outcome.status, "ok", outcome.stderr)
        # Rich outputs now (test_rich_display.py); their text forms read as before.
        self.assertEqual(outcome.stdout, "")
        self.assertEqual(
            [item["data"]["text/plain"] for item in outcome.rich],
            ["   a\n0  1", "**total**: 3", "bold & more", "[1, 2]", "[image: chart.png]"],
        )  # fmt: skip

    def test_plt_show_starts_a_new_figure_as_in_a_notebook(self):
        outcome = self.run_cell(
            """
            %matplotlib inline
            import matplotlib.pyplot as plt
            plt.plot([1, 2])
            plt.show()
            plt.plot([3, 4])
            plt.show()
            print(plt.get_fignums())
            """
        )
        self.assertEqual(outcome.status, "ok", outcome.stderr)
        self.assertEqual(len(outcome.figures), 2)
        self.assertEqual(outcome.stdout, "[]\n")
        self.assertIn("Note: line 2: %matplotlib was skipped", outcome.stderr)

    def test_common_magics_run_or_are_skipped_with_a_note(self):
        outcome = self.run_cell(
            """
            %load_ext autoreload
            %autoreload 2
            %time total = sum(range(10))
            %timeit sum(range(3))
            print(total)
            """
        )
        self.assertEqual((outcome.status, outcome.stdout), ("ok", "45\n"), outcome.stderr)
        self.assertEqual(outcome.stderr.count("Note: line"), 4)
        cell = self.run_cell("%%time\nimport math\nprint(math.sqrt(16))")
        self.assertEqual((cell.status, cell.stdout), ("ok", "4.0\n"), cell.stderr)

    def test_writefile_writes_the_cell_text(self):
        outcome = self.session.execute(f"%%writefile {self.tmp}/notes.txt\nfirst line", cell=1)
        path = os.path.join(self.tmp, "notes.txt")
        self.assertEqual(outcome.status, "ok", outcome.stderr)
        with open(path, encoding="utf-8") as handle:
            self.assertEqual(handle.read(), "first line\n")

    def test_pip_install_is_refused_before_anything_runs(self):
        outcome = self.run_cell("x = 1\n!pip install tqdm\nprint('ran')")
        self.assertEqual(outcome.status, "rejected")
        self.assertEqual(outcome.stdout, "")
        self.assertEqual([(v.rule, v.line, v.col) for v in outcome.violations],
                         [("package-install", 2, 1)])  # fmt: skip
        self.assertEqual(self.session.check("%pip install x")[0], "rejected")

    def test_name_is_main(self):
        outcome = self.run_cell("if __name__ == '__main__':\n    print('main')")
        self.assertEqual(outcome.stdout, "main\n")


if __name__ == "__main__":
    unittest.main()
