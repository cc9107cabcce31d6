"""The restricted runtime on its own: cells are compiled from guard.transform() and run with the
guard's builtins, with no static check in front. Every refusal must come from this layer, and the
attacks that could do harm carry a canary (a file they would create) so a refusal that is only a
message would still fail the test."""

import ast
import glob
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

os.environ.setdefault("MPLBACKEND", "Agg")

import numpy as np  # noqa: E402  (the backend must be chosen first)

from sandbench_worker.policy.profile import Policy  # noqa: E402
from sandbench_worker.policy.runtime import (  # noqa: E402
    KNOWN_GAPS,
    RULES,
    GuardError,
    RuntimeGuard,
)
from sandbench_worker.policy.violations import RUNTIME  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
# The tight allowlist (strict), where every guard of this layer still has something to refuse;
# the default profile's wider verdicts are tested in test_default_profile.py.
PROFILE = os.path.join(ROOT, "resources", "profiles", "strict.json")
BENIGN = os.path.join(ROOT, "tests", "benign")


def load_policy():
    with open(PROFILE, encoding="utf-8") as handle:
        return Policy.from_dict(json.load(handle))


class _Touch:
    """Pickled, it creates a file when loaded: the canary for deserialisation attacks."""

    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (open, (self.path, "w"))


class RuntimeTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.policy = load_policy()

    def setUp(self):
        self.guard = RuntimeGuard(self.policy)
        self.guard.install_library_guards()
        self.namespace = {"__builtins__": self.guard.make_builtins(), "__name__": "__main__"}
        self.cells = 0
        self.tmp = tempfile.mkdtemp(prefix="sandbench-runtime-")
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        self.canary = os.path.join(self.tmp, "canary.txt")

    def run_cell(self, code, **bindings):
        """Runs code like the session does: transform, compile as <cell N>, exec, re-install."""
        self.namespace.update(bindings)
        self.cells += 1
        code = code.replace("CANARY", repr(self.canary))
        tree = self.guard.transform(ast.parse(code))
        exec(compile(tree, f"<cell {self.cells}>", "exec"), self.namespace)
        self.guard.install_library_guards()
        return self.namespace

    def assertRefused(self, code, rule, **bindings):
        with self.assertRaises(GuardError) as caught:
            self.run_cell(code, **bindings)
        error = caught.exception
        self.assertEqual(error.rule, rule, str(error))
        self.assertIn(f"rule {rule}", str(error))
        denials = self.guard.denials()
        self.assertTrue(denials, "a refusal must be recorded")
        self.assertEqual(denials[-1].rule, rule)
        self.assertEqual(denials[-1].layer, RUNTIME)
        self.assertEqual(denials[-1].message, str(error))
        self.assertFalse(os.path.exists(self.canary), "the attack had its side effect")
        return error


class ImportTest(RuntimeTestCase):
    def test_calling_dunder_import_gets_the_guarded_one(self):
        error = self.assertRefused(
            "m = __import__('os')\nm.system('touch ' + CANARY)", "import-not-allowed"
        )
        self.assertIn("'os'", str(error))

    def test_import_os(self):
        self.assertRefused("import os\nos.system('touch ' + CANARY)", "import-not-allowed")

    def test_import_subprocess(self):
        self.assertRefused(
            "import subprocess\nsubprocess.run(['touch', CANARY])", "import-not-allowed"
        )

    def test_from_allowed_module_import_a_forbidden_module(self):
        self.assertRefused(
            "from pandas.io.common import os\nos.system('touch ' + CANARY)", "module-not-allowed"
        )

    def test_denied_submodule_of_an_allowed_package(self):
        self.assertRefused("import numpy.ctypeslib", "import-not-allowed")
        self.assertRefused("from numpy import ctypeslib", "module-not-allowed")

    def test_relative_import_is_refused(self):
        self.assertRefused("from . import os", "import-not-allowed")

    def test_review_import_says_it_needs_review(self):
        with open(PROFILE.replace("strict.json", "default.json"), encoding="utf-8") as handle:
            self.guard = RuntimeGuard(Policy.from_dict(json.load(handle)))
        self.namespace["__builtins__"] = self.guard.make_builtins()
        error = self.assertRefused("import requests", "import-not-allowed")
        self.assertIn("needs review", str(error))

    def test_star_import_leaves_out_what_a_cell_may_not_hold(self):
        namespace = self.run_cell("from pandas.io.common import *")
        self.assertNotIn("os", namespace)
        self.assertIn("get_handle", namespace)
        self.assertEqual(self.guard.denials(), [])

    def test_c_level_helper_imports_are_not_refusals(self):
        # strftime/strptime import time and _strptime from C while the cell's frame is innermost.
        namespace = self.run_cell(
            "import datetime\n"
            "a = datetime.date(2025, 3, 1).strftime('%Y-%m')\n"
            "b = datetime.datetime.strptime('2025-03-01', '%Y-%m-%d').month\n"
        )
        self.assertEqual((namespace["a"], namespace["b"]), ("2025-03", 3))
        self.assertEqual(self.guard.denials(), [])
        self.assertRefused("import time", "import-not-allowed")

    def test_usual_import_forms(self):
        namespace = self.run_cell(
            "from __future__ import annotations\n"
            "from collections import Counter\n"
            "import matplotlib.pyplot as plt\n"
            "import statsmodels.formula.api as smf\n"
            "from scipy import stats\n"
            "import numpy.random as npr\n"
        )
        self.assertEqual(namespace["Counter"]("aab")["a"], 2)
        self.assertTrue(callable(namespace["smf"].ols))
        self.assertTrue(callable(namespace["stats"].ttest_ind))
        self.assertTrue(callable(namespace["plt"].subplots))


class AttributeTest(RuntimeTestCase):
    def test_plain_module_attribute_reaching_os(self):
        self.assertRefused(
            "import pandas\npandas.io.common.os.system('touch ' + CANARY)", "module-not-allowed"
        )

    def test_private_aliases_of_forbidden_modules(self):
        self.assertRefused("import random\nrandom._os", "module-not-allowed")
        self.assertRefused("import collections\ncollections._sys.modules", "module-not-allowed")
        self.assertRefused("import numpy as np\nnp.zeros(2).ctypes._ctypes", "module-not-allowed")

    def test_reexported_dangerous_function(self):
        self.assertRefused(
            "import pandas as pd\npd.io.common.Path(CANARY).touch()", "dangerous-object"
        )

    def test_named_blocked_attribute_without_the_static_check(self):
        self.assertRefused("(1).__class__", "blocked-attribute")
        self.assertRefused(
            "import pandas as pd\npd.DataFrame.__init__.__globals__", "blocked-attribute"
        )

    def test_getattr_with_a_computed_name(self):
        self.assertRefused("getattr(1, '__cl' + 'ass__')", "blocked-attribute")

    def test_hasattr_on_a_blocked_name_raises(self):
        self.assertRefused("hasattr(len, '__self__')", "blocked-attribute")

    def test_getattr_chain_to_os(self):
        self.assertRefused(
            "import pandas as pd\ngetattr(getattr(getattr(pd, 'io'), 'common'), 'os')",
            "module-not-allowed",
        )

    def test_generator_frame_walk(self):
        self.assertRefused(
            "def spy():\n    yield me.gi_frame.f_back\nme = spy()\nnext(me)", "blocked-attribute"
        )

    def test_dunder_assignment_is_refused(self):
        self.assertRefused("class A: pass\nA.__getitem__ = lambda self, k: k", "blocked-attribute")
        self.assertRefused(
            "class A: pass\nsetattr(A, '__init_subclass__', print)", "blocked-attribute"
        )

    def test_class_pattern_keyword_attribute(self):
        self.assertRefused(
            "match 1:\n    case object(__class__=c):\n        pass", "blocked-attribute"
        )

    def test_finalizer_definition_is_refused(self):
        error = self.assertRefused(
            "class Later:\n    def __del__(self):\n        print('late')", "blocked-definition"
        )
        self.assertEqual(self.guard.denials()[-1].line, 2)
        self.assertIn("__del__", str(error))

    def test_functools_update_wrapper_cannot_copy_a_module_namespace(self):
        self.assertRefused(
            "import functools, pandas as pd\n"
            "class Grab:\n"
            "    pass\n"
            "functools.update_wrapper(Grab(), pd)",
            "blocked-attribute",
        )

    def test_getattr_and_hasattr_on_ordinary_names(self):
        namespace = self.run_cell(
            "import pandas as pd\n"
            "df = pd.DataFrame({'x': [1, 2]})\n"
            "shape = getattr(df, 'shape')\n"
            "has_x, has_y = hasattr(df, 'x'), hasattr(df, 'nope')\n"
            "missing = getattr(df, 'nope', 'default')\n"
            "class P:\n    pass\n"
            "p = P()\nsetattr(p, 'x', 3)\ndelattr(p, 'x')\n"
        )
        self.assertEqual(namespace["shape"], (2, 1))
        self.assertEqual((namespace["has_x"], namespace["has_y"]), (True, False))
        self.assertEqual(namespace["missing"], "default")

    def test_classes_super_and_private_names(self):
        namespace = self.run_cell(
            "class Base:\n"
            "    def __init__(self, x):\n"
            "        self._x = x\n"
            "        self.__hidden = 2\n"
            "    def hidden(self):\n"
            "        return self.__hidden\n"
            "class Child(Base):\n"
            "    def __init__(self, x, y):\n"
            "        super().__init__(x)\n"
            "        self.y = y\n"
            "    def total(self):\n"
            "        return self._x + self.y + self.hidden()\n"
            "    def __repr__(self):\n"
            "        return f'Child({self._x}, {self.y})'\n"
            "c = Child(1, 2)\n"
            "result = (c.total(), repr(c), type(c).__name__, type('T', (), {'a': 1})().a)\n"
        )
        self.assertEqual(namespace["result"], (5, "Child(1, 2)", "Child", 1))


class FormatTest(RuntimeTestCase):
    def test_format_reaching_class(self):
        self.assertRefused("'{0.__class__}'.format(1)", "blocked-attribute")

    def test_unbound_str_format(self):
        self.assertRefused("def f(): pass\nstr.format('{0.__globals__}', f)", "blocked-attribute")

    def test_format_map(self):
        self.assertRefused("'{x.__class__}'.format_map({'x': 1})", "blocked-attribute")

    def test_nested_spec_field(self):
        self.assertRefused("'{0:{1.__class__}}'.format(1, 2)", "blocked-attribute")

    def test_formatter_get_field(self):
        self.assertRefused(
            "import string\nstring.Formatter().get_field('0.__class__', [1], {})",
            "blocked-attribute",
        )

    def test_format_field_reaching_a_module(self):
        self.assertRefused(
            "import pandas as pd\n'{0.io.common.os.environ}'.format(pd)", "module-not-allowed"
        )

    def test_getattr_format_is_guarded(self):
        self.assertRefused("getattr('{0.__class__}', 'format')(1)", "blocked-attribute")

    def test_str_subclass_cannot_spoof_the_check(self):
        self.assertRefused(
            "class S(str):\n"
            "    def __str__(self):\n"
            "        return 'harmless'\n"
            "    def f(self, *a):\n"
            "        return super().format(*a)\n"
            "S('{0.__class__}').f(1)",
            "blocked-attribute",
        )

    def test_operator_attrgetter_and_methodcaller(self):
        self.assertRefused(
            "import operator\noperator.attrgetter('__class__')(1)", "blocked-attribute"
        )
        self.assertRefused(
            "import operator\noperator.methodcaller('__reduce_ex__', 2)(1)", "blocked-attribute"
        )
        self.assertRefused(
            "from operator import attrgetter\nimport pandas as pd\nattrgetter('io.common.os')(pd)",
            "module-not-allowed",
        )

    def test_ordinary_formatting(self):
        namespace = self.run_cell(
            "import datetime, string, operator\n"
            "from collections import namedtuple\n"
            "P = namedtuple('P', 'x y')\n"
            "out = [\n"
            "    '{:,.2f}'.format(1234.5),\n"
            "    '{0}-{1}'.format('a', 'b'),\n"
            "    '{name}'.format(name='n'),\n"
            "    '{x.year}'.format(x=datetime.date(2025, 1, 2)),\n"
            "    '{d[key]}'.format(d={'key': 1}),\n"
            "    '{0[key]}'.format({'key': 2}),\n"
            "    '{a}'.format_map({'a': 3}),\n"
            "    str.format('{} {}', 4, 5),\n"
            "    f'{3.14159:.2f}',\n"
            "    f\"{'x'!r:>5}\",\n"
            "    string.Formatter().format('{0} {p.y}', 6, p=P(7, 8)),\n"
            "    operator.attrgetter('x')(P(9, 0)),\n"
            "    '{:{}}'.format('w', 3),\n"
            "]\n"
        )
        self.assertEqual(
            namespace["out"],
            ["1,234.50", "a-b", "n", "2025", "1", "2", "3", "4 5", "3.14", "  'x'", "6 8", 9,
             "w  "],
        )


class BuiltinsTest(RuntimeTestCase):
    def test_open_is_not_there(self):
        with self.assertRaises(NameError):
            self.run_cell("data = open('/etc/passwd').read()")
        self.assertNotIn("data", self.namespace)

    def test_code_and_introspection_builtins_are_not_there(self):
        for code in ("eval('1')", "exec('x = 1')", "compile('1', 'f', 'eval')", "globals()",
                     "vars()", "locals()", "breakpoint()", "input()", "help(len)"):
            with self.subTest(code=code), self.assertRaises(NameError):
                self.run_cell(code)
        builtins_dict = self.guard.make_builtins()
        for name in self.policy.blocked_builtins - {"__import__"}:
            self.assertNotIn(name, builtins_dict)
            self.assertIsNone(builtins_dict.get(name))

    def test_importer_and_builtins_names_are_refused(self):
        self.assertNotIn("__loader__", self.guard.make_builtins())
        self.assertRefused("__loader__.load_module('posix')", "blocked-name")
        self.assertRefused("b = __builtins__", "blocked-name")

    def test_redefining_a_guard_helper_is_refused(self):
        self.assertRefused(
            "__sb_format_guard__ = lambda s: s\n'{0.__class__}'.format(1)", "blocked-name"
        )
        for code in ("def __sb_attr_guard__(o, n): pass", "import pandas as __sb_x",
                     "global __sb_y", "for __sb_z in []: pass"):
            with self.subTest(code=code):
                self.assertRefused(code, "blocked-name")

    def test_a_leaked_builtins_dict_cannot_switch_the_guards_off(self):
        # Whoever gets hold of the dict (a library capturing frames) rewrites its storage.
        leaked = self.namespace["__builtins__"]
        dict.__setitem__(leaked, "__sb_format_guard__", lambda s: s)
        dict.__setitem__(leaked, "__sb_attr_guard__", lambda o, n, store=False: o)
        dict.__setitem__(leaked, "getattr", getattr)
        self.assertRefused("'{0.__class__}'.format(1)", "blocked-attribute")
        self.assertRefused("(1).__class__", "blocked-attribute")
        self.assertRefused("getattr(1, '__class__')", "blocked-attribute")

    def test_print_works(self):
        import contextlib
        import io

        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            self.run_cell("print('hello', 42)")
        self.assertEqual(out.getvalue(), "hello 42\n")


class LibrarySinkTest(RuntimeTestCase):
    def setUp(self):
        super().setUp()
        self.run_cell(
            "import pandas as pd\nimport numpy as np\n"
            "df = pd.DataFrame({'a': [1, 2, 3], 'b': [4, 5, 6], 'region': ['N', 'S', 'N']})"
        )

    def test_query_with_at_reference(self):
        error = self.assertRefused("x = 1\ndf.query('@x.__class__')", "string-eval")
        self.assertIn("boolean indexing", str(error))

    def test_pd_eval_with_at(self):
        self.assertRefused("pd.eval('@os')", "string-eval")

    def test_eval_reaching_attributes_without_at(self):
        self.assertRefused("df.eval('a.__class__')", "string-eval")
        self.assertRefused("pd.eval('pd.io.common.os.getpid()')", "string-eval")

    def test_pandas_level_cannot_reach_outside_the_cell(self):
        outside = "the worker's own variable"  # what the attack looks for
        self.assertRefused("pd.eval('outside', level=2)", "string-eval")
        # Built by hand, a scope pointing outside the cell is empty and carries no builtins.
        namespace = self.run_cell(
            "s = pd.core.computation.scope.Scope(level=2)\n"
            "keys = set()\n"
            "for m in s.scope.maps:\n"
            "    keys |= set(m)\n"
        )
        self.assertNotIn("outside", namespace["keys"])
        self.assertNotIn(outside, str(namespace["keys"]))
        self.assertNotIn("__builtins__", namespace["keys"])

    def test_ordinary_query_and_eval(self):
        namespace = self.run_cell(
            "q = df.query(\"a > 1 and region == 'N'\")\n"
            "e = df.eval('c = a + b')\n"
            "t = df.query('`region` == \"S\"')\n"
            "mail = df.assign(m='a@b.com').query(\"m == 'a@b.com'\")\n"
            "def inner(frame):\n"
            "    return frame.query('b >= 5')\n"
            "n = len(inner(df))\n"
        )
        self.assertEqual(namespace["q"]["a"].tolist(), [3])
        self.assertEqual(namespace["e"]["c"].tolist(), [5, 7, 9])
        self.assertEqual(len(namespace["t"]), 1)
        self.assertEqual(len(namespace["mail"]), 3)
        self.assertEqual(namespace["n"], 2)

    def test_read_pickle(self):
        path = os.path.join(self.tmp, "payload.pkl")
        with open(path, "wb") as handle:
            pickle.dump(_Touch(self.canary), handle)
        error = self.assertRefused(f"pd.read_pickle({path!r})", "deserialization")
        self.assertIn("read_csv", str(error))
        self.assertRefused(f"pd.io.pickle.read_pickle({path!r})", "deserialization")

    def test_np_load_allow_pickle(self):
        path = os.path.join(self.tmp, "payload.npy")
        np.save(path, np.array([_Touch(self.canary)], dtype=object), allow_pickle=True)
        self.assertRefused(f"np.load({path!r}, allow_pickle=True)", "deserialization")
        self.assertRefused(f"np.load({path!r}, None, True)", "deserialization")

    def test_np_load_of_a_plain_array(self):
        path = os.path.join(self.tmp, "plain.npy")
        np.save(path, np.arange(5))
        namespace = self.run_cell(f"total = int(np.load({path!r}).sum())")
        self.assertEqual(namespace["total"], 10)

    def test_statsmodels_load_pickle(self):
        path = os.path.join(self.tmp, "model.pkl")
        with open(path, "wb") as handle:
            pickle.dump(_Touch(self.canary), handle)
        self.run_cell("import statsmodels.api as sm")
        self.assertRefused(f"sm.load_pickle({path!r})", "deserialization")
        self.assertRefused(f"sm.load({path!r})", "deserialization")

    def test_matplotlib_rc_file(self):
        self.assertRefused(
            "import matplotlib\nmatplotlib.rc_file('/etc/passwd')", "deserialization"
        )

    def test_formula_code_runs_through_the_guard(self):
        self.assertRefused(
            "import statsmodels.formula.api as smf\n"
            "data = pd.DataFrame({'y': [1.0, 2.0, 3.0], 'x': [1.0, 2.0, 4.0]})\n"
            "smf.ols(\"y ~ x + I(__import__('os').system('touch ' + CANARY))\", data).fit()",
            "import-not-allowed",
        )
        self.assertRefused(
            "smf.ols('y ~ x + I(x.__class__)', data).fit()", "blocked-attribute"
        )

    def test_url_reading_is_refused(self):
        self.assertRefused("pd.read_csv('http://127.0.0.1:9/data.csv')", "network")
        self.assertRefused(
            "np.genfromtxt('http://127.0.0.1:9/table.csv', delimiter=',')", "network"
        )

    def test_numpy_file_helpers_with_a_path(self):
        # numpy's C code takes `open` from the frame's builtins: it must still find one.
        path = os.path.join(self.tmp, "values.bin")
        namespace = self.run_cell(
            f"np.arange(4.0).tofile({path!r})\n"
            f"back = np.fromfile({path!r}).tolist()\n"
            f"np.savetxt({path!r} + '.txt', np.eye(2))\n"
            f"text = np.loadtxt({path!r} + '.txt').sum()\n"
        )
        self.assertEqual((namespace["back"], namespace["text"]), ([0.0, 1.0, 2.0, 3.0], 2.0))

    def test_as_strided_outside_the_buffer(self):
        self.assertRefused(
            "from numpy.lib.stride_tricks import as_strided\n"
            "as_strided(np.zeros(2), shape=(1000,), strides=(8,))",
            "memory-unsafe",
        )
        namespace = self.run_cell(
            "from numpy.lib.stride_tricks import as_strided, sliding_window_view\n"
            "x = np.arange(10.0)\n"
            "w = as_strided(x, shape=(8, 3), strides=(8, 8)).sum()\n"
            "v = sliding_window_view(x, 3).shape\n"
        )
        self.assertEqual((namespace["w"], namespace["v"]), (108.0, (8, 3)))

    def test_numpy_testing_string_runners(self):
        self.assertRefused("np.testing.runstring('x = 1', {})", "string-eval")

    def test_install_library_guards_is_idempotent(self):
        import pandas

        first = pandas.read_pickle, pandas.DataFrame.query, np.load
        self.guard.install_library_guards()
        RuntimeGuard(self.policy).install_library_guards()
        self.assertEqual((pandas.read_pickle, pandas.DataFrame.query, np.load), first)
        self.assertFalse(hasattr(pandas.read_pickle, "__wrapped__"))


class BookkeepingTest(RuntimeTestCase):
    def test_denial_carries_the_cell_line_and_column(self):
        with self.assertRaises(GuardError):
            self.run_cell("x = 1\ny = 2\nz = [x, getattr(y, '__class__')]")
        (violation,) = self.guard.denials()
        self.assertEqual((violation.line, violation.col), (3, 9))  # 1-based: getattr
        self.assertEqual(violation.layer, "runtime")

    def test_denials_across_calls_and_reset(self):
        for code in ("import os", "(1).__class__"):
            with self.assertRaises(GuardError):
                self.run_cell(code)
        self.assertEqual(
            [v.rule for v in self.guard.denials()], ["import-not-allowed", "blocked-attribute"]
        )
        self.guard.reset()
        self.assertEqual(self.guard.denials(), [])

    def test_swallowed_refusal_is_still_recorded(self):
        self.run_cell("try:\n    import os\nexcept Exception:\n    pass")
        self.assertEqual([v.rule for v in self.guard.denials()], ["import-not-allowed"])

    def test_rules_and_gaps_are_documented(self):
        for rule in ("import-not-allowed", "module-not-allowed", "blocked-attribute", "string-eval",
                     "deserialization"):
            self.assertIn(rule, RULES)
        self.assertTrue(KNOWN_GAPS)


class BenignAnalysisTest(RuntimeTestCase):
    def test_pandas_groupby_merge_pivot(self):
        namespace = self.run_cell(
            "import pandas as pd\n"
            "df = pd.DataFrame({'region': ['N', 'S', 'N', 'E'], 'revenue': [120, 80, 200, 50]})\n"
            "g = df.groupby('region').agg(total=('revenue', 'sum')).reset_index()\n"
            "m = df.merge(g, on='region')\n"
            "p = df.pivot_table(index='region', values='revenue', aggfunc='sum')\n"
            "c = df.copy()\n"
            "c['double'] = c.revenue * 2\n"
        )
        self.assertEqual(namespace["g"].set_index("region")["total"]["N"], 320)
        self.assertEqual(len(namespace["m"]), 4)
        self.assertEqual(namespace["p"].loc["N", "revenue"], 320)

    def test_statsmodels_formula_and_scipy(self):
        namespace = self.run_cell(
            "import numpy as np, pandas as pd\n"
            "import statsmodels.formula.api as smf\n"
            "import statsmodels.api as sm\n"
            "from scipy import stats\n"
            "rng = np.random.default_rng(1)\n"
            "df = pd.DataFrame({'x': rng.random(60), 'g': rng.choice(['a', 'b'], 60)})\n"
            "df['y'] = 2 * df.x + rng.normal(0, 0.1, 60)\n"
            "fit = smf.ols('y ~ x + C(g) + np.log(x + 1)', data=df).fit()\n"
            "pred = fit.predict(df.head(3))\n"
            "df['high'] = (df.y > 1).astype(int)\n"
            "logit = smf.logit('high ~ x', data=df).fit(disp=0)\n"
            "ols = sm.OLS(df.y, sm.add_constant(df.x)).fit()\n"
            "t = stats.ttest_ind(df.x, df.y)\n"
        )
        self.assertGreater(namespace["fit"].params["x"], 1.0)
        self.assertEqual(len(namespace["pred"]), 3)
        self.assertGreater(namespace["ols"].rsquared, 0.5)
        self.assertLess(namespace["t"].pvalue, 0.05)

    def test_plots(self):
        namespace = self.run_cell(
            "import matplotlib\n"
            "matplotlib.use('Agg')\n"
            "import matplotlib.pyplot as plt\n"
            "import matplotlib.ticker as mticker\n"
            "import seaborn as sns, pandas as pd\n"
            "df = pd.DataFrame({'a': [1, 2, 3], 'b': [3, 1, 2]})\n"
            "fig, ax = plt.subplots()\n"
            "sns.barplot(data=df, x='a', y='b', ax=ax)\n"
            "ax.yaxis.set_major_formatter(mticker.StrMethodFormatter('{x:,.0f}'))\n"
            "df.plot(x='a', y='b')\n"
            "plt.style.use('ggplot')\n"
            "n = len(plt.get_fignums())\n"
            "plt.close('all')\n"
        )
        self.assertEqual(namespace["n"], 2)

    def test_stdlib_helpers(self):
        namespace = self.run_cell(
            "import re, json, math, itertools, statistics, random, textwrap, csv\n"
            "import decimal, fractions\n"
            "from collections import Counter, defaultdict\n"
            "from functools import reduce, partial, wraps, lru_cache\n"
            "import operator\n"
            "def deco(f):\n"
            "    @wraps(f)\n"
            "    def w(*a):\n"
            "        return f(*a)\n"
            "    return w\n"
            "@deco\n"
            "def hello():\n"
            "    'doc'\n"
            "    return 1\n"
            "@lru_cache\n"
            "def fib(n):\n"
            "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
            "out = (Counter('abca').most_common(1)[0], re.sub('a', 'b', 'aa'),\n"
            "       json.dumps({'a': 1}),\n"
            "       reduce(operator.add, [1, 2, 3]), hello.__name__, hello.__doc__, fib(20),\n"
            "       random.Random(1).randint(1, 9) > 0, str(decimal.Decimal('1.1') + 1),\n"
            "       str(fractions.Fraction(1, 3)), statistics.mean([1, 2]))\n"
        )
        self.assertEqual(
            namespace["out"],
            (("a", 2), "bb", '{"a": 1}', 6, "hello", "doc", 6765, True, "2.1", "1/3", 1.5),
        )

    def test_state_carries_across_cells(self):
        self.run_cell("def share(values):\n    return sum(values) / len(values)\ntable = [1, 2, 3]")
        namespace = self.run_cell("result = share(table)")
        self.assertEqual(namespace["result"], 2.0)

    @unittest.skipUnless(os.path.isdir(BENIGN), "no benign corpus")
    def test_benign_corpus_runs_clean_through_the_guard(self):
        # The benign corpus is what the default profile must run; magics go through the
        # notebook transform first, as in the worker.
        from sandbench_worker.datasets import load_dataset
        from sandbench_worker.notebook import install, transform_magics

        install()  # display() and IPython.display, as the worker's session provides them

        with open(PROFILE.replace("strict.json", "default.json"), encoding="utf-8") as handle:
            default = Policy.from_dict(json.load(handle))

        data_dir = os.path.join(self.tmp, "data")
        subprocess.run(
            [sys.executable, os.path.join(ROOT, "resources", "make_sample_data.py"), data_dir],
            check=True,
        )
        scripts = sorted(glob.glob(os.path.join(BENIGN, "*.py")))
        self.assertTrue(scripts)
        previous = os.getcwd()
        self.addCleanup(os.chdir, previous)
        for script in scripts:
            with self.subTest(script=os.path.basename(script)):
                guard = RuntimeGuard(default)
                namespace = {"__builtins__": guard.make_builtins(), "__name__": "__main__"}
                namespace["sales"] = load_dataset(os.path.join(data_dir, "sales.csv"))
                namespace["regions"] = load_dataset(os.path.join(data_dir, "regions.csv"))
                out = tempfile.mkdtemp(dir=self.tmp)
                os.chdir(out)
                with open(script, encoding="utf-8") as handle:
                    text = handle.read().replace("{DATA_DIR}", data_dir)
                cells = re.split(r"^# %%.*$", text, flags=re.M)
                import contextlib
                import io

                with contextlib.redirect_stdout(io.StringIO()):
                    for number, cell in enumerate(cells, 1):
                        if not cell.strip():
                            continue
                        tree = guard.transform(ast.parse(transform_magics(cell).code))
                        exec(compile(tree, f"<cell {number}>", "exec"), namespace)
                        guard.install_library_guards()
                self.assertEqual(guard.denials(), [])
                import matplotlib.pyplot as plt

                plt.close("all")


if __name__ == "__main__":
    unittest.main()
