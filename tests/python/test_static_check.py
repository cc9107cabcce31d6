"""The static check (sandbench_worker.policy.static_check) against the real profiles: every rule,
the evasions of the threat model that a syntax tree can see, and analyst code that must pass."""

import ast
import json
import os
import sys
import textwrap
import unittest

from sandbench_worker.policy.profile import Policy
from sandbench_worker.policy.static_check import check_source, check_tree
from sandbench_worker.policy.violations import STATIC, Violation

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def load_profile(name):
    with open(os.path.join(REPO, "resources", "profiles", name + ".json"), encoding="utf-8") as f:
        return Policy.from_dict(json.load(f))


DEFAULT = load_profile("default")
STRICT = load_profile("strict")
# The rules below are exercised against the tight allowlist (strict: the standard library's
# file and interpreter modules are refused), where every one of them still fires; what the
# default profile lets through is in test_default_profile.py.
TIGHT = STRICT
TRUSTED = load_profile("trusted-reviewer")


def check(source, policy=TIGHT):
    return check_source(textwrap.dedent(source), policy)


def summary(source, policy=TIGHT):
    """(rule, line, col) of every violation, in the order reported."""
    return [(v.rule, v.line, v.col) for v in check(source, policy)]


class ImportTest(unittest.TestCase):
    def test_allowed_imports_aliases_and_submodules_pass(self):
        self.assertEqual(
            check(
                """
                import pandas as pd
                import numpy as np
                import matplotlib.pyplot as plt
                import statsmodels.formula.api as smf
                from scipy import stats
                from collections import Counter, defaultdict
                from datetime import datetime, timedelta
                import re, json, math
                """
            ),
            [],
        )

    def test_an_alias_does_not_hide_a_refused_module(self):
        self.assertEqual(summary("import os as o"), [("import-not-allowed", 1, 8)])

    def test_dotted_imports_are_judged_by_the_whole_name(self):
        self.assertEqual(summary("import os.path"), [("import-not-allowed", 1, 8)])
        self.assertIn("'os.path'", check("import os.path")[0].message)
        self.assertEqual(summary("import xml.etree.ElementTree as ET"), [("import-not-allowed", 1, 8)])
        self.assertEqual(check("import pandas.io.formats.style"), [])

    def test_from_imports_check_the_module_not_the_imported_name(self):
        self.assertEqual(check("from pandas import DataFrame, read_csv"), [])
        self.assertEqual(check("from scipy.stats import ttest_ind"), [])
        self.assertEqual(summary("from subprocess import run"), [("import-not-allowed", 1, 1)])
        self.assertEqual(summary("x = 1\nfrom shutil import rmtree"), [("import-not-allowed", 2, 1)])

    def test_star_imports_follow_the_allowlist(self):
        self.assertEqual(check("from math import *"), [])
        self.assertEqual(summary("from os import *"), [("import-not-allowed", 1, 1)])

    def test_relative_imports_are_always_refused(self):
        for source in ("from . import helpers", "from .. import x", "from .utils import clean as c"):
            with self.subTest(source=source):
                violations = check(source)
                self.assertEqual([(v.rule, v.line, v.col) for v in violations],
                                 [("import-not-allowed", 1, 1)])  # fmt: skip
                self.assertIn("relative import", violations[0].message)
                self.assertIn("does not work in a cell", violations[0].message)

    def test_review_imports_are_a_separate_rule_where_the_profile_has_a_review_list(self):
        violations = check("import requests\nfrom urllib.request import urlopen", DEFAULT)
        self.assertEqual([(v.rule, v.line, v.col) for v in violations],
                         [("import-needs-review", 1, 8), ("import-needs-review", 2, 1)])  # fmt: skip
        self.assertIn("reviewer must approve", violations[0].message)
        # strict has no review list: the same imports are simply refused
        self.assertEqual(summary("import requests", STRICT), [("import-not-allowed", 1, 8)])

    def test_a_wider_profile_allows_what_it_lists(self):
        source = "import pathlib\np = pathlib.Path('data') / 'x.csv'\nfrom pathlib import Path\n"
        self.assertEqual(check(source, TRUSTED), [])
        self.assertEqual(check(source, DEFAULT), [])
        self.assertEqual([v.rule for v in check(source, STRICT)], ["import-not-allowed"] * 2)

    def test_each_refused_module_of_one_statement_is_reported_at_its_name(self):
        self.assertEqual(
            summary("import os, pandas, sys as s"),
            [("import-not-allowed", 1, 8), ("import-not-allowed", 1, 20)],
        )

    def test_import_messages_say_why_and_where_the_allowlist_is(self):
        message = check("import subprocess")[0].message
        self.assertIn("import of 'subprocess' is not allowed", message)
        self.assertIn("starting programs", message)
        self.assertIn("Settings > Policy", message)
        self.assertIn("pandas", message)
        self.assertIn("not on the profile's allowlist", check("import leftpad")[0].message)

    def test_names_a_library_reexports_cannot_be_imported_from_it(self):
        self.assertEqual(summary("from pandas.io.common import os"), [("import-machinery", 1, 30)])
        self.assertEqual(summary("from numpy import ctypeslib"), [("import-machinery", 1, 19)])
        self.assertEqual(summary("from collections import _sys"), [("import-machinery", 1, 25)])
        self.assertEqual(summary("import numpy.ctypeslib"), [("import-machinery", 1, 8)])

    def test_uses_of_a_refused_import_are_not_reported_again(self):
        self.assertEqual(summary("import os\nos.system('id')\nos.listdir('.')"),
                         [("import-not-allowed", 1, 8)])  # fmt: skip

    def test_future_imports_are_refused_with_a_hint(self):
        violations = check("from __future__ import annotations")
        self.assertEqual([v.rule for v in violations], ["import-not-allowed"])
        self.assertIn("not needed in a cell", violations[0].message)


class BuiltinTest(unittest.TestCase):
    def test_calls_to_blocked_builtins(self):
        source = """\
            eval("1 + 1")
            exec("x = 1")
            code = compile("1", "f", "eval")
            m = __import__('os')
            g = globals()
            v = vars(df)
            name = input("name? ")
            breakpoint()
            """
        self.assertEqual(
            summary(source),
            [("blocked-builtin", 1, 1), ("blocked-builtin", 2, 1), ("blocked-builtin", 3, 8),
             ("blocked-builtin", 4, 5), ("blocked-builtin", 5, 5), ("blocked-builtin", 6, 5),
             ("blocked-builtin", 7, 8), ("blocked-builtin", 8, 1)],
        )  # fmt: skip

    def test_references_count_as_well_as_calls(self):
        self.assertEqual(summary("f = eval\nf('1')"), [("blocked-builtin", 1, 5)])
        self.assertEqual(summary("fns = [open, print]"), [("blocked-builtin", 1, 8)])
        self.assertEqual(summary("df.apply(exec)"), [("blocked-builtin", 1, 10)])
        stored = check("open = 3")
        self.assertEqual([(v.rule, v.col) for v in stored], [("blocked-builtin", 1)])
        self.assertIn("variable name", stored[0].message)
        self.assertEqual(summary("del vars"), [("blocked-builtin", 1, 5)])

    def test_open_message_points_to_the_dataset_variables_and_the_output_folder(self):
        message = check("f = open('/etc/passwd')")[0].message
        self.assertTrue(message.startswith("open() is not available in a cell"))
        self.assertIn("pandas", message)
        self.assertIn("to_csv", message)
        self.assertIn("output folder", message)

    def test_attribute_keyword_and_parameter_names_are_not_builtins(self):
        source = """\
            df.eval("c = a + b", inplace=True)
            total = pd.eval("df.a + df.b")
            pattern = re.compile(r"\\d+")
            plot(input=3, vars=["a"])
            def scale(input, open=1.0):
                return 2
            """
        self.assertEqual(check(source), [])


class AttributeTest(unittest.TestCase):
    def test_subclasses_walk_reports_each_step_at_the_attribute_name(self):
        self.assertEqual(
            summary("().__class__.__bases__[0].__subclasses__()"),
            [("blocked-attribute", 1, 4), ("blocked-attribute", 1, 14),
             ("blocked-attribute", 1, 27)],
        )  # fmt: skip

    def test_generator_frame_walk(self):
        source = "g = (i for i in [1])\nx = g.gi_frame.f_back.f_globals['secret']"
        self.assertEqual(
            summary(source),
            [("blocked-attribute", 2, 7), ("blocked-attribute", 2, 16),
             ("blocked-attribute", 2, 23)],
        )  # fmt: skip

    def test_traceback_walk_is_refused_even_if_the_profile_forgets_it(self):
        source = """\
            try:
                1 / 0
            except Exception as e:
                frame = e.__traceback__.tb_frame
            """
        self.assertEqual(summary(source), [("blocked-attribute", 4, 15), ("blocked-attribute", 4, 29)])
        bare = Policy(name="bare")  # no blocked attributes at all
        self.assertEqual(summary(source, bare), [("blocked-attribute", 4, 15), ("blocked-attribute", 4, 29)])
        self.assertIn("frames", check(source)[0].message)

    def test_function_globals_and_code(self):
        self.assertEqual(summary("(lambda: 0).__globals__['x']"), [("blocked-attribute", 1, 13)])
        self.assertEqual(summary("f.__code__.co_code"), [("blocked-attribute", 1, 3),
                                                         ("blocked-attribute", 1, 12)])  # fmt: skip
        self.assertEqual(summary("pd.read_csv.__builtins__"), [("blocked-attribute", 1, 13)])

    def test_bare_import_machinery_dunders(self):
        self.assertEqual(
            summary("a = __builtins__\nb = __loader__\nc = __spec__"),
            [("blocked-attribute", 1, 5), ("blocked-attribute", 2, 5), ("blocked-attribute", 3, 5)],
        )
        # a profile that blocks none of them still refuses them, as import machinery
        self.assertEqual([v.rule for v in check("__builtins__['x']", Policy(name="bare"))],
                         ["import-machinery"])  # fmt: skip

    def test_getattr_family_with_a_blocked_name(self):
        source = """\
            a = getattr(x, "__class__")
            setattr(f, "__code__", c)
            hasattr(g, "gi_frame")
            delattr(obj, "__dict__")
            get = operator.attrgetter("__globals__")
            call = methodcaller("__reduce_ex__", 2)
            """
        self.assertEqual(
            summary(source),
            [("blocked-attribute", 1, 16), ("blocked-attribute", 2, 12),
             ("blocked-attribute", 3, 12), ("blocked-attribute", 4, 14),
             ("blocked-attribute", 5, 27), ("blocked-attribute", 6, 21)],
        )  # fmt: skip
        self.assertEqual(check("getattr(df, 'shape')\nhasattr(df, 'columns')"), [])

    def test_attribute_name_strings_reaching_modules_or_frames(self):
        self.assertEqual([v.rule for v in check("operator.attrgetter('io.common.os')(pd)")],
                         ["import-machinery"])  # fmt: skip
        self.assertEqual([v.rule for v in check("string.Formatter().get_field('0.f_back', [g], {})")],
                         ["blocked-attribute"])  # fmt: skip
        self.assertEqual([v.rule for v in check("getattr(pd.io.common, 'os')")], ["import-machinery"])

    def test_getattr_passed_around_makes_every_literal_an_attribute_name(self):
        self.assertEqual(summary("functools.reduce(getattr, ['io', 'common', 'os'], pd)"),
                         [("import-machinery", 1, 44)])  # fmt: skip
        self.assertEqual(summary("g = getattr\nframe = g(gen, 'gi_frame')"), [("blocked-attribute", 2, 16)])
        self.assertEqual(summary("get = operator.attrgetter\nget('f_back')"), [("blocked-attribute", 2, 5)])
        # called directly, the same literals elsewhere are ordinary data
        self.assertEqual(check("df['os'].value_counts()\nn = getattr(df, 'shape')"), [])
        # passed around, ordinary strings stay fine
        self.assertEqual(check("cols = list(map(getattr, [df, df], ['shape', 'columns']))"), [])

    def test_computed_attribute_names_make_every_literal_suspect(self):
        # string.Formatter().get_field with a path built from pieces (folded, then split into words)
        source = """\
            path = "0." + "cbook" + "." + "sub" + "process" + ".Popen"
            Popen_, _ = string.Formatter().get_field(path, [matplotlib], {})
            """
        self.assertIn("import-machinery", {v.rule for v in check(source)})
        self.assertIn("subprocess", check(source)[0].message)
        # reduce(getattr) over a split string
        source = 'path = "lib npyio os system".split()\nf = functools.reduce(getattr, path, np)'
        self.assertEqual(summary(source), [("import-machinery", 1, 8)])
        # getattr with a variable name, and a literal elsewhere in the cell
        self.assertEqual(summary("name = 'sys'\nm = getattr(lib, name)"), [("import-machinery", 1, 8)])
        # computed names alone, with harmless literals, are not refused
        self.assertEqual(check("for t in ['ttest_ind', 'mannwhitneyu']:\n    r = getattr(stats, t)(a, b)"), [])

    def test_functions_libraries_reexport_for_network_and_processes(self):
        self.assertEqual(summary("pd.io.common.urlopen('http://x')"), [("import-machinery", 1, 14)])
        self.assertEqual(summary("seaborn.utils.urlopen('http://x')"), [("import-machinery", 1, 15)])
        self.assertEqual(summary("p = lib.Popen(['id'])"), [("import-machinery", 1, 9)])

    def test_names_spelled_with_compatibility_characters_are_normalized(self):
        # Python reads the fullwidth letter as a plain "c" (NFKC): so does the check
        self.assertEqual([v.rule for v in check("x.__\uff43lass__")], ["blocked-attribute"])
        self.assertEqual([v.rule for v in check("\uff45val('1')")], ["blocked-builtin"])

    def test_concatenated_literals_are_folded(self):
        self.assertEqual([v.rule for v in check("getattr(pd.io.common, 'o' + 's')")], ["import-machinery"])
        self.assertEqual([v.rule for v in check("getattr(x, '__cla' + 'ss__')")], ["blocked-attribute"])
        self.assertEqual([v.rule for v in check("name = '__glob' 'als__'")], ["blocked-attribute"])

    def test_format_strings_that_traverse_attributes(self):
        cases = {
            '"{0.__class__}".format(x)': "blocked-attribute",
            '"{x.__globals__}".format(x=f)': "blocked-attribute",
            '"{0.f_globals}".format(frame)': "blocked-attribute",
            '"{0.__init__.__globals__[__builtins__]}".format(c)': "blocked-attribute",
            '"{0:{1.__class__}}".format(1, x)': "blocked-attribute",
            '"{0.__wrapped__}".format(f)': "dunder-attribute",
            '"{0.io.common.os.environ}".format(pd)': "import-machinery",
            '"{0.f_back" + "}"': "blocked-attribute",
            'f"{{0.tb_frame}}".format(tb)': "blocked-attribute",
            "b'{0.__class__}'.decode().format(x)": "blocked-attribute",
        }
        for source, rule in cases.items():
            with self.subTest(source=source):
                violations = check(source)
                self.assertTrue(violations, source)
                self.assertEqual({v.rule for v in violations}, {rule})

    def test_format_specs_and_plain_fields_pass(self):
        source = """\
            n = 1234567.891
            a = "{:,.0f}".format(n)
            b = f"{n:.2f} and {n:>12,.1f} and {n!r:^20}"
            c = "{0[name]} scored {0[score]:.1%}".format(row)
            d = "{name}: {value:{width}.{precision}f}".format(name="x", value=n, width=10, precision=2)
            e = "%(name)s is %(age)d" % {"name": "x", "age": 3}
            pattern = r"^\\d{3}\\.\\d{2}$"
            label = r"$\\frac{a}{b}$"
            """
        self.assertEqual(check(source), [])

    def test_unlisted_dunders_are_refused_outside_the_safe_set(self):
        self.assertEqual(summary("orig = f.__wrapped__"), [("dunder-attribute", 1, 10)])
        # a profile that lists nothing opens only the readable dunders (__class__, __dict__)
        self.assertEqual([v.rule for v in check("obj.__weakref__", Policy(name="bare"))],
                         ["dunder-attribute"])  # fmt: skip
        self.assertEqual(check("obj.__dict__", Policy(name="bare")), [])
        self.assertEqual([v.rule for v in check("obj.__dict__", STRICT)], ["blocked-attribute"])
        # one set for both layers (policy/dunders.py): what the runtime lets run, the static check
        # does not refuse ahead of it
        self.assertEqual(check("p = mod.__file__"), [])
        self.assertEqual(check("obj = super().__new__(cls)"), [])

    def test_match_class_keyword_patterns_read_attributes(self):
        source = """\
            match x:
                case object(__class__=c):
                    pass
            """
        self.assertEqual(summary(source), [("blocked-attribute", 2, 27)])

    def test_blocked_dunder_names_in_any_string(self):
        self.assertEqual(summary("name = '__subclasses__'\nkw = {'__class__': 1}"),
                         [("blocked-attribute", 1, 8), ("blocked-attribute", 2, 7)])  # fmt: skip
        # frame attribute names may be ordinary data (a 'co_code' column): only refused as names
        self.assertEqual(check("df['co_code'].nunique()"), [])


class ImportMachineryTest(unittest.TestCase):
    def test_modules_reexported_by_allowed_libraries(self):
        cases = {
            "pd.io.common.os.system('id')": 14,
            "pandas.compat.os.environ": 15,
            "np.lib.npyio.os.remove('x')": 14,
            "matplotlib.subprocess.run(['id'])": 12,
            "statsmodels.os.getcwd()": 13,
            "statistics.random._os.urandom(4)": 19,
            "np.ctypeslib.ctypes.CDLL(None)": 4,
        }
        for source, col in cases.items():
            with self.subTest(source=source):
                violations = check(source)
                self.assertTrue(violations)
                self.assertEqual({v.rule for v in violations}, {"import-machinery"})
                self.assertEqual((violations[0].line, violations[0].col), (1, col))
                self.assertIn("not reachable from a cell", violations[0].message)

    def test_sys_modules_through_a_library(self):
        self.assertEqual(summary("m = collections._sys.modules['os']"),
                         [("import-machinery", 1, 17), ("import-machinery", 1, 22)])  # fmt: skip

    def test_sys_names_and_frames(self):
        self.assertEqual(summary("sys.modules"), [("import-machinery", 1, 1), ("import-machinery", 1, 5)])
        self.assertEqual(summary("f = lib._getframe(0)"), [("import-machinery", 1, 9)])

    def test_import_machinery_names(self):
        self.assertEqual(summary("importlib.import_module('os')"), [("import-machinery", 1, 1)])
        self.assertEqual(summary("b = builtins.open"), [("import-machinery", 1, 5)])
        self.assertEqual(summary("x = np.core.builtins"), [("import-machinery", 1, 13)])

    def test_star_imported_module_names(self):
        self.assertEqual(summary("from pandas.io.common import *\nos.system('id')"),
                         [("import-machinery", 2, 1)])  # fmt: skip

    def test_a_column_named_like_a_module_gets_a_hint(self):
        violations = check("df.os.value_counts()")
        self.assertEqual([v.rule for v in violations], ["import-machinery"])
        self.assertIn("df['os']", violations[0].message)
        self.assertEqual(check("df['os'].value_counts()"), [])


class ReportTest(unittest.TestCase):
    def test_all_violations_are_reported_in_source_order(self):
        source = """\
            import pandas as pd
            import subprocess
            df = pd.read_csv("sales.csv")
            x = eval("1")
            cls = ().__class__.__base__
            pd.io.common.os.system("id")
            s = "{0.__globals__}".format(f)
            from . import helpers
            """
        self.assertEqual(
            summary(source),
            [("import-not-allowed", 2, 8), ("blocked-builtin", 4, 5), ("blocked-attribute", 5, 10),
             ("blocked-attribute", 5, 20), ("import-machinery", 6, 14),
             ("blocked-attribute", 7, 5), ("import-not-allowed", 8, 1)],
        )  # fmt: skip

    def test_violations_are_static_and_readable(self):
        source = "import os\neval('1')\nx.__class__\ny.__wrapped__\nz.sys\nfrom . import a\nimport requests"
        violations = check(source)
        self.assertEqual(len(violations), 7)
        for v in violations:
            with self.subTest(rule=v.rule):
                self.assertIsInstance(v, Violation)
                self.assertEqual(v.layer, STATIC)
                self.assertNotIn("\n", v.message)
                self.assertLess(len(v.message), 400)
                self.assertGreaterEqual(v.line, 1)
                self.assertGreaterEqual(v.col, 1)
                self.assertEqual(set(v.to_dict()), {"rule", "message", "line", "col", "layer"})

    def test_syntax_errors_are_one_violation_with_pythons_message(self):
        violations = check_source("x = 1\ndef f(:\n    pass\n", DEFAULT)
        self.assertEqual(len(violations), 1)
        self.assertEqual((violations[0].rule, violations[0].line), ("syntax-error", 2))
        self.assertGreaterEqual(violations[0].col, 1)
        self.assertTrue(violations[0].message)
        unclosed = check_source("total = sum(\n", DEFAULT)
        self.assertEqual([(v.rule, v.line, v.col) for v in unclosed], [("syntax-error", 1, 12)])
        self.assertIn("never closed", unclosed[0].message)
        # nothing else is checked in a cell that does not parse
        self.assertEqual([v.rule for v in check_source("import os\nx = (", DEFAULT)], ["syntax-error"])

    def test_a_nul_byte_is_a_syntax_error_not_a_crash(self):
        violations = check_source("x = 1\ny = 2\0", DEFAULT)
        self.assertEqual([(v.rule, v.line, v.col) for v in violations], [("syntax-error", 2, 6)])

    def test_columns_count_characters_not_utf8_bytes(self):
        self.assertEqual(summary("s = 'héllo wörld'; c = s.__class__"), [("blocked-attribute", 1, 26)])

    def test_check_tree_gives_the_same_answer_on_a_parsed_cell(self):
        source = "import os\nx = ().__class__\ny = eval('1')\n"
        self.assertEqual(check_tree(ast.parse(source), DEFAULT, source), check_source(source, DEFAULT))

    def test_a_long_cell_is_checked_in_linear_work(self):
        block = textwrap.dedent(
            """\
            df = pd.read_csv("sales.csv", parse_dates=["date"])
            summary = df.groupby(["region"]).agg(total=("amount", "sum"))
            for region, row in summary.iterrows():
                print(f"{region}: {row['total']:,.2f}")
            fig, ax = plt.subplots()
            """
        )

        def lines_to_check(blocks):
            # Python lines executed, not seconds: the same on a busy machine as on a quiet one.
            # The benchmark (python -m sandbench_worker.policy.static_check) measures the time.
            source = "import pandas as pd\nimport matplotlib.pyplot as plt\n" + block * blocks
            tree = ast.parse(source)
            count = 0

            def trace(frame, event, arg):
                nonlocal count
                count += event == "line"
                return trace

            sys.settrace(trace)
            try:
                findings = check_tree(tree, DEFAULT, source)
            finally:
                sys.settrace(None)
            self.assertEqual(findings, [])
            return count

        small, large = lines_to_check(50), lines_to_check(200)
        # Four times the code: about four times the work; an accidental quadratic pass makes it
        # sixteen.
        self.assertLess(large / small, 6.0, f"{small} lines run for 50 blocks, {large} for 200")


BENIGN = {
    "groupby": """
        import pandas as pd
        df = pd.DataFrame({"region": ["n", "s", "n"], "amount": [1.0, 2.5, 3.0]})
        totals = df.groupby("region", as_index=False)["amount"].agg(["sum", "mean", "count"])
        top = df.groupby(["region"]).amount.sum().sort_values(ascending=False).head(10)
        """,
    "merge": """
        merged = sales.merge(customers, on="customer_id", how="left", validate="m:1")
        merged = merged.rename(columns={"amount": "revenue"}).dropna(subset=["revenue"])
        joined = pd.concat([a, b], ignore_index=True)
        """,
    "pivot": """
        table = df.pivot_table(index="month", columns="region", values="amount",
                               aggfunc="sum", fill_value=0, margins=True)
        wide = df.pivot(index="id", columns="metric", values="value").reset_index()
        """,
    "statsmodels formula OLS": """
        import statsmodels.formula.api as smf
        import statsmodels.api as sm
        model = smf.ols("revenue ~ price + C(region)", data=df).fit()
        print(model.summary())
        X = sm.add_constant(df[["price", "ads"]])
        res = sm.OLS(df["revenue"], X).fit(cov_type="HC3")
        print(res.params, res.pvalues.round(4))
        """,
    "scipy tests": """
        from scipy import stats
        t, p = stats.ttest_ind(a, b, equal_var=False)
        chi2, p2, dof, expected = stats.chi2_contingency(pd.crosstab(df.x, df.y))
        r, p3 = stats.pearsonr(df["x"], df["y"])
        print(f"t={t:.3f}, p={p:.4f}, r={r:+.2f}")
        """,
    "seaborn and matplotlib": """
        import matplotlib.pyplot as plt
        import seaborn as sns
        fig, axes = plt.subplots(1, 2, figsize=(10, 4), sharey=True)
        sns.histplot(data=df, x="amount", hue="region", ax=axes[0], kde=True)
        sns.boxplot(data=df, x="region", y="amount", ax=axes[1])
        axes[0].set_title("Distribution of amount")
        fig.tight_layout()
        fig.savefig("amounts.png", dpi=150)
        plt.close(fig)
        """,
    "matplotlib rc_context": """
        import matplotlib.pyplot as plt
        with plt.rc_context({"font.size": 9, "axes.grid": True}):
            ax = df.plot.line(x="date", y="amount")
            ax.figure.savefig("trend.png")
        """,
    "datetime parsing": """
        from datetime import datetime, timedelta
        df["date"] = pd.to_datetime(df["date"], format="%Y-%m-%d", errors="coerce")
        df["week"] = df["date"].dt.isocalendar().week
        start = datetime.strptime("2024-01-31", "%Y-%m-%d") - timedelta(days=7)
        now = datetime.now().strftime("%d.%m.%Y %H:%M")
        recent = df[df["date"] >= start]
        """,
    "regex": """
        import re
        pattern = re.compile(r"(?P<code>[A-Z]{2})-(?P<num>\\d{4})")
        df["code"] = df["sku"].str.extract(r"^([A-Z]{2})-", expand=False)
        matches = [m.group("num") for m in pattern.finditer(text)]
        cleaned = re.sub(r"\\s+", " ", text).strip()
        """,
    "class with __init__": """
        class Summary:
            \"\"\"Totals per group.\"\"\"
            def __init__(self, frame, key):
                self.frame = frame
                self.key = key
            def __repr__(self):
                return f"Summary({self.key!r})"
            def __len__(self):
                return len(self.frame)
            def totals(self):
                return self.frame.groupby(self.key).sum(numeric_only=True)

        class Weighted(Summary):
            def __init__(self, frame, key, weight):
                super().__init__(frame, key)
                self.weight = weight
        """,
    "comprehensions and f-strings": """
        squares = {k: v ** 2 for k, v in zip("abc", range(3))}
        evens = [x for x in range(100) if x % 2 == 0]
        shares = {r: f"{v / total:.1%}" for r, v in totals.items()}
        msg = "Rows: {:,}".format(len(df))
        big = "{:,.0f}".format(1234567)
        print(f"{'Region':<10}{'Total':>12}")
        """,
    "try/except and with": """
        try:
            value = float(raw)
        except (TypeError, ValueError) as err:
            print(f"could not parse {raw!r}: {err}")
            value = float("nan")
        finally:
            done = True
        """,
    "numpy": """
        import numpy as np
        np.random.seed(42)
        rng = np.random.default_rng(0)
        x = rng.normal(size=1000)
        q = np.percentile(x, [5, 50, 95])
        arr = np.where(x > 0, x, 0).reshape(10, 100).mean(axis=1)
        """,
    "csv read and write in the output folder": """
        df = pd.read_csv("sales.csv", sep=";", decimal=",", encoding="utf-8")
        df.describe().to_csv("describe.csv")
        df.to_excel("summary.xlsx", index=False) if False else None
        out = df.head(20).to_markdown()
        """,
    "collections, itertools, functools, json": """
        from collections import Counter, defaultdict, namedtuple
        import itertools, functools, json, operator
        counts = Counter(df["region"])
        pairs = list(itertools.combinations(sorted(counts), 2))
        total = functools.reduce(operator.add, counts.values(), 0)
        key = operator.itemgetter(1)
        name = operator.attrgetter("region")
        print(json.dumps(counts.most_common(3), indent=2))
        Row = namedtuple("Row", ["region", "amount"])
        """,
    "main guard, version and names": """
        import pandas as pd
        print(pd.__version__, len.__name__, summarize.__doc__)
        if __name__ == "__main__":
            print("ran as a cell")
        """,
    "decimal, fractions, statistics, math": """
        from decimal import Decimal, ROUND_HALF_UP
        from fractions import Fraction
        import statistics, math
        price = Decimal("19.99").quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        mean = statistics.fmean([1, 2, 3]); sd = statistics.stdev([1, 2, 3])
        print(math.isclose(float(Fraction(1, 3)), 1 / 3), math.log10(1000))
        """,
    "lambdas, apply and sorting": """
        df["band"] = df["amount"].apply(lambda v: "high" if v > 100 else "low")
        ranked = sorted(rows, key=lambda r: (r["region"], -r["amount"]))
        df = df.assign(ratio=lambda d: d["a"] / d["b"]).query("ratio > 0.5")
        """,
    "string methods and textwrap": """
        import textwrap, string
        title = textwrap.shorten("A very long title for a chart", width=20)
        df["name"] = df["name"].str.strip().str.title()
        letters = string.ascii_uppercase[:5]
        """,
}


class BenignTest(unittest.TestCase):
    def test_analyst_code_has_no_violations(self):
        self.assertGreaterEqual(len(BENIGN), 15)
        for name, source in BENIGN.items():
            with self.subTest(name=name):
                self.assertEqual(check(source), [])
                self.assertEqual(check(source, STRICT), [])

    def test_all_benign_snippets_as_one_cell(self):
        cell = "\n".join(textwrap.dedent(s) for s in BENIGN.values())
        self.assertEqual(check_source(cell, DEFAULT), [])


if __name__ == "__main__":
    unittest.main()
