"""Issue 15, item 5: completion and help computed next to the session's objects without running
their code (sandbench_worker/completion.py). The worker's keeper answers both in a discarded
fork under a time limit (tst_workerclient proves the isolation from outside); here the module
itself must not touch a hostile object's __getattr__, __dir__ or properties at all."""

import json
import os
import tempfile
import time
import unittest

import pandas as pd

from sandbench_worker.completion import KINDS, complete, help_at
from sandbench_worker.server import Server


CANARY = [""]  # the file a hostile hook writes when it runs


def names(found):
    return [m["name"] for m in found["matches"]]


class Hostile:
    """Every hook writes the canary file and then spins: touching any of them is a failure."""

    def _trip(self, what):
        with open(CANARY[0], "w") as out:
            out.write(what)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            pass
        return 1

    def __getattr__(self, name):
        return self._trip("getattr " + name)

    def __dir__(self):
        self._trip("dir")
        return ["secret"]

    @property
    def loaded(self):
        return self._trip("property")

    def method(self, a, b=3, *, flag: bool = False):
        """Does the method's thing."""


class CompletionTest(unittest.TestCase):
    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        CANARY[:] = [os.path.join(folder.name, "canary")]
        self.frame = pd.DataFrame({"price": [1.5, 2.0], "city": ["Oslo", "Rome"]})
        self.namespace = {"df": self.frame, "pd": pd, "h": Hostile(), "count": 3}

    def assertNoCanary(self):
        self.assertFalse(os.path.exists(CANARY[0]), "a hook of the hostile object ran")

    def test_attributes_and_methods_of_a_dataframe_with_their_kinds(self):
        found = complete(self.namespace, "df.gr")
        self.assertEqual(found["prefix"], "gr")
        self.assertEqual(found["matches"], [{"name": "groupby", "kind": "method"}])
        kinds = {m["name"]: m["kind"] for m in complete(self.namespace, "df.")["matches"]}
        self.assertEqual(kinds["price"], "column")
        self.assertEqual(kinds["shape"], "property")
        self.assertEqual(kinds["head"], "method")
        self.assertNotIn("_data", kinds, "private names only after an underscore")
        self.assertTrue(set(kinds.values()) <= set(KINDS))

    def test_chains_through_columns_subscripts_and_accessors(self):
        self.assertIn("sum", names(complete(self.namespace, "df.price.s")))
        self.assertIn("sum", names(complete(self.namespace, "df['price'].s")))
        self.assertIn("upper", names(complete(self.namespace, 'df["city"].str.up')))
        self.assertIn("read_csv", names(complete(self.namespace, "x = pd.read_c")))

    def test_names_builtins_and_keywords_without_a_dot(self):
        found = {m["name"]: m["kind"] for m in complete(self.namespace, "co")["matches"]}
        self.assertEqual(found.get("count"), "variable")
        self.assertEqual(found.get("continue"), "keyword")
        self.assertEqual(complete(self.namespace, "pri")["matches"][0]["name"], "print")

    def test_nothing_inside_strings_and_comments(self):
        for code in ("x = 'df.gr", 'print("co', "# df.gr", "s = '''\ndf.gr", "f(x, 'a', \"df.gr",
                     "y = f'{df.gr"):
            with self.subTest(code=code):
                self.assertEqual(complete(self.namespace, code)["matches"], [])
        # Code after a closed string or comment is code again.
        self.assertEqual(names(complete(self.namespace, "s = '''x'''\ndf.gr")), ["groupby"])
        self.assertEqual(names(complete(self.namespace, "f(1,  # note\n  df.gr")), ["groupby"])

    def test_a_hostile_object_is_listed_from_its_class_without_running_its_hooks(self):
        found = {m["name"]: m["kind"] for m in complete(self.namespace, "h.")["matches"]}
        self.assertEqual(found, {"loaded": "property", "method": "method"})
        self.assertEqual(complete(self.namespace, "h.loaded.")["matches"], [])
        self.assertEqual(complete(self.namespace, "h.anything.")["matches"], [])
        self.assertEqual(complete(self.namespace, "h[0].")["matches"], [])
        self.assertEqual(help_at(self.namespace, "h.secret")["name"], "")
        self.assertNoCanary()

    def test_calls_are_not_evaluated(self):
        self.assertEqual(complete(self.namespace, "df.head().gr")["matches"], [])
        self.assertEqual(complete(self.namespace, "h.method().x")["matches"], [])
        self.assertNoCanary()

    def test_help_gives_the_signature_and_the_docstring(self):
        found = help_at(self.namespace, "df.groupby")
        self.assertEqual(found["name"], "df.groupby")
        self.assertEqual(found["kind"], "method")
        self.assertTrue(found["signature"].startswith("groupby(by=None, axis"), found["signature"])
        self.assertIn("Group DataFrame using a mapper", found["doc"])
        inside = help_at(self.namespace, "df.groupby(by='city', ")
        self.assertEqual(inside["signature"], found["signature"], "the call the cursor is in")
        method = help_at(self.namespace, "h.method(1, ")
        self.assertEqual(method["signature"], "method(a, b=3, *, flag: bool = False)")
        self.assertEqual(method["doc"], "Does the method's thing.")
        self.assertIn("Two-dimensional", help_at(self.namespace, "df")["doc"])
        self.assertNoCanary()

    def test_a_default_values_repr_is_not_called(self):
        class Loud:
            def __repr__(self):
                return Hostile()._trip("repr")

        def function(x=Loud()):
            pass

        self.namespace["function"] = function
        self.assertEqual(help_at(self.namespace, "function(")["signature"], "function(x=<Loud>)")
        self.assertNoCanary()

    def test_the_server_answers_with_its_own_reply_types(self):
        server = Server()
        server.session.namespace["df"] = self.frame
        header, _, keep = server.handle(
            json.dumps({"type": "complete", "id": 4, "code": "df.gro"}).encode(), b"")
        reply = json.loads(header)
        self.assertTrue(keep)
        self.assertEqual((reply["type"], reply["id"], names(reply)), ("completions", 4, ["groupby"]))
        header, _, _ = server.handle(json.dumps({"type": "help", "id": 5, "code": "len("}).encode(),
                                     b"")
        reply = json.loads(header)
        self.assertEqual((reply["type"], reply["signature"]), ("help", "len(obj, /)"))
        header, _, _ = server.handle(json.dumps({"type": "complete", "id": 6}).encode(), b"")
        self.assertEqual(json.loads(header)["type"], "error")


if __name__ == "__main__":
    unittest.main()
