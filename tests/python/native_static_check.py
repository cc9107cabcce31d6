"""Run by tests/helpers/astscan_host (ctest -R static_check_native): the static check with the
worker's C++ walk (sandbox/worker/astscan.h) gives exactly what it gives with its Python walk.

1. The walk: on every cell of the test suites and examples (red-team attacks, real-world scripts,
   benign cells, this package's own tests' sources), the C++ walk keeps the same nodes, in the same
   order, as the Python one, and check_tree reports the same violations.
2. The static check's own unittest suite passes with the C++ walk in place."""

import ast
import gc
import json
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import _sandbench_astscan  # noqa: E402  (astscan_host's embedded module)

from sandbench_worker.policy import static_check  # noqa: E402
from sandbench_worker.policy.profile import Policy  # noqa: E402


def corpus():
    for folder in ("tests/redteam", "tests/realworld", "tests/benign", "tests/python",
                   "sandbox/python/sandbench_worker", "tests/bench"):  # fmt: skip
        for base, _, files in os.walk(os.path.join(ROOT, folder)):
            for name in sorted(files):
                if name.endswith(".py"):
                    path = os.path.join(base, name)
                    with open(path, encoding="utf-8", errors="surrogateescape") as handle:
                        yield path, handle.read()


def policies():
    for name in sorted(os.listdir(os.path.join(ROOT, "resources", "profiles"))):
        if name.endswith(".json"):
            with open(os.path.join(ROOT, "resources", "profiles", name)) as handle:
                yield Policy.from_dict(json.load(handle))


class SameAsPythonWalk(unittest.TestCase):
    def test_every_cell_walks_and_checks_alike(self):
        cells = 0
        for policy in policies():
            rules = static_check._rules(policy)
            for path, source in corpus():
                try:
                    tree = ast.parse(source)
                except (SyntaxError, ValueError):
                    continue
                for all_strings in (False, True):
                    python = static_check._Checker(rules, source).scan(tree, all_strings)
                    native = _sandbench_astscan.scan(
                        tree, static_check._CHILD_FIELDS, static_check._child_fields,
                        static_check._KINDS, rules.bad_names, rules.keep_attributes,
                        rules.safe_dunders, static_check._ATTRIBUTE_NAME_CALLS, all_strings)  # fmt: skip
                    self.assertEqual([id(n) for n in native], [id(n) for n in python], path)
                static_check.use_native_scan(None)
                expected = static_check.check_tree(tree, policy, source)
                static_check.use_native_scan(_sandbench_astscan.scan)
                try:
                    self.assertEqual(static_check.check_tree(tree, policy, source), expected, path)
                finally:
                    static_check.use_native_scan(None)
                cells += 1
        self.assertGreater(cells, 100)  # the corpus was found

    def test_a_property_on_an_ast_class_cannot_pull_the_tree_away(self):
        # A cell that committed can hang a property on an ast class; reading it runs the cell's
        # code, which may empty the tree the walk is in. The walk holds what it visits: no crash.
        rules = static_check._rules(next(policies()))
        tree = ast.parse("total = price * units + tax\n" * 200)
        emptied = []

        def hostile(node):
            if not emptied:
                tree.body.clear()
                static_check._CHILD_FIELDS.clear()
                emptied.append(True)
                gc.collect()
            return node.__dict__["id"]

        ast.Name.id = property(hostile)
        try:
            kept = _sandbench_astscan.scan(
                tree, static_check._CHILD_FIELDS, static_check._child_fields, static_check._KINDS,
                rules.bad_names, rules.keep_attributes, rules.safe_dunders,
                static_check._ATTRIBUTE_NAME_CALLS, True)  # fmt: skip
        finally:
            del ast.Name.id
        self.assertEqual(emptied, [True])
        self.assertEqual(kept, [])  # nothing in the cell was worth keeping, and nothing broke

    def test_a_tree_that_is_not_a_syntax_tree_raises(self):
        rules = static_check._rules(next(policies()))
        with self.assertRaises(TypeError):
            _sandbench_astscan.scan(ast.parse("x"), {}, static_check._child_fields, (),
                                    rules.bad_names, rules.keep_attributes, rules.safe_dunders,
                                    static_check._ATTRIBUTE_NAME_CALLS, False)  # fmt: skip


def load_tests(loader, tests, pattern):
    suite = unittest.TestSuite()
    suite.addTests(loader.loadTestsFromTestCase(SameAsPythonWalk))
    return suite


if __name__ == "__main__":
    runner = unittest.TextTestRunner(verbosity=2)
    ok = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(SameAsPythonWalk)).wasSuccessful()
    # The static check's own suite, with the C++ walk in place.
    static_check.use_native_scan(_sandbench_astscan.scan)
    import test_static_check

    suite = unittest.defaultTestLoader.loadTestsFromModule(test_static_check)
    ok = runner.run(suite).wasSuccessful() and ok
    sys.exit(0 if ok else 1)
