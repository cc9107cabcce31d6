"""Rich outputs (issue 15 item 3): display(), IPython.display's objects and a table-like result
become Jupyter MIME bundles in the order the cell made them, between its printed lines; other
libraries' objects are asked through the _repr_*_ protocol; everything is bounded."""

import base64
import json
import os
import shutil
import tempfile
import textwrap
import unittest
import zlib
import struct

os.environ.setdefault("MPLBACKEND", "Agg")

import matplotlib.pyplot  # noqa: E402,F401  (the worker loads pyplot before any cell, too)

from sandbench_worker import protocol_constants as protocol  # noqa: E402
from sandbench_worker.policy.profile import Policy  # noqa: E402
from sandbench_worker.sandbox import SandboxConfig  # noqa: E402
from sandbench_worker.session import Session  # noqa: E402
from sandbench_worker.inspect_vars import describe_variables, table_page  # noqa: E402

PROFILE = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "profiles", "default.json")


def tiny_png(width=3, height=2):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\0" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))  # fmt: skip


class RichDisplayTest(unittest.TestCase):
    def setUp(self):
        with open(PROFILE, encoding="utf-8") as handle:
            policy = Policy.from_dict(json.load(handle))
        self.session = Session()
        self.session.apply_policy(SandboxConfig(policy=policy), None)
        self.tmp = tempfile.mkdtemp(prefix="sandbench-rich-")
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)

    def run_cell(self, code, cell=1):
        outcome = self.session.execute(textwrap.dedent(code).replace("TMP", repr(self.tmp)), cell=cell)
        # Whatever the cell made goes on the wire as JSON.
        json.dumps(outcome.rich)
        return outcome

    def test_ipython_display_objects_in_order_between_printed_lines(self):
        png = tiny_png()
        with open(os.path.join(self.tmp, "chart.png"), "wb") as handle:
            handle.write(png)
        outcome = self.run_cell(
            """
            from IPython.display import display, Markdown, HTML, Image
            print("before")
            display(Markdown("**total**: 3"))
            print("between")
            display(HTML("<b>bold</b> &amp; <i>more</i>"), Image(filename=TMP + "/chart.png"))
            print("after")
            """
        )
        self.assertEqual(outcome.status, "ok", outcome.stderr)
        self.assertEqual(outcome.stdout, "before\nbetween\nafter\n")
        kinds = [item["kind"] for item in outcome.rich]
        self.assertEqual(kinds, ["display_data"] * 3)
        markdown, html, image = (item["data"] for item in outcome.rich)
        self.assertEqual(markdown["text/markdown"], "**total**: 3")
        self.assertEqual(markdown["text/plain"], "**total**: 3")
        self.assertEqual(html["text/html"], "<b>bold</b> &amp; <i>more</i>")
        self.assertEqual(html["text/plain"], "bold & more")
        self.assertEqual(base64.b64decode(image["image/png"]), png)
        # Where each sits in the printed text: after "before\n", then two after "between\n".
        self.assertEqual([item["stdout_at"] for item in outcome.rich], [7, 15, 15])

    def test_bare_display_is_a_builtin_and_tables_get_a_reference(self):
        outcome = self.run_cell(
            """
            import pandas as pd
            df = pd.DataFrame({"a": range(100), "b": ["x"] * 100})
            display(df)
            display(df["a"] * 2)
            """
        )
        self.assertEqual(outcome.status, "ok", outcome.stderr)
        self.assertEqual(outcome.stdout, "")
        first, second = outcome.rich
        self.assertEqual(first["table"], {"name": "df", "rows": 100, "columns": 2})
        self.assertIn("<table", first["data"]["text/html"])
        self.assertIn("text/plain", first["data"])
        # A derived Series is kept under a hidden name the table query pages, listed nowhere.
        name = second["table"]["name"]
        self.assertTrue(name.startswith("_sb_out"), name)
        self.assertEqual((second["table"]["rows"], second["table"]["columns"]), (100, 1))
        page = table_page(self.session.namespace, name, 98, 10)
        self.assertEqual(page["total_rows"], 100)
        self.assertNotIn(name, [v["name"] for v in describe_variables(self.session.namespace)])

    def test_an_expression_dataframe_result_is_a_rich_result(self):
        self.run_cell("import pandas as pd\nbig = pd.DataFrame({'v': range(1000)})")
        outcome = self.run_cell("big.head(20)", cell=2)
        self.assertEqual(outcome.status, "ok", outcome.stderr)
        self.assertIsNotNone(outcome.result)  # the text stays for the command line
        (item,) = outcome.rich
        self.assertEqual(item["kind"], "execute_result")
        self.assertEqual((item["table"]["rows"], item["table"]["columns"]), (20, 1))
        self.assertEqual(table_page(self.session.namespace, item["table"]["name"], 0, 5)["total_rows"], 20)
        # A named variable is paged as itself.
        (named,) = self.run_cell("big", cell=3).rich
        self.assertEqual(named["table"]["name"], "big")
        # A plain value stays a plain result: no rich output.
        self.assertEqual(self.run_cell("41 + 1", cell=4).rich, [])

    def test_hidden_tables_are_bounded(self):
        self.run_cell("import pandas as pd\nf = pd.DataFrame({'v': [1, 2]})")
        for cell in range(2, 2 + protocol.RICH_LIMIT_TABLES_KEPT + 5):
            self.run_cell("f + 1", cell=cell)
        hidden = [k for k in self.session.namespace if k.startswith("_sb_out") and k != "_sb_out_kept"]
        self.assertEqual(len(hidden), protocol.RICH_LIMIT_TABLES_KEPT)

    def test_other_libraries_objects_through_the_repr_protocol(self):
        outcome = self.run_cell(
            """
            class Bundle:
                def _repr_mimebundle_(self, include=None, exclude=None):
                    return {"text/html": "<i>bundle</i>", "text/plain": "Bundle()"}, {}
            class Both:
                def _repr_html_(self):
                    return "<b>both</b>"
                def _repr_markdown_(self):
                    return "*both*"
            class Broken:
                def _repr_html_(self):
                    raise ValueError("no")
                def __repr__(self):
                    return "Broken()"
            display(Bundle(), Both(), Broken())
            Both()
            """
        )
        self.assertEqual(outcome.status, "ok", outcome.stderr)
        datas = [item["data"] for item in outcome.rich]
        self.assertEqual(datas[0], {"text/plain": "Bundle()", "text/html": "<i>bundle</i>"})
        self.assertEqual(datas[1]["text/html"], "<b>both</b>")
        self.assertEqual(datas[1]["text/markdown"], "*both*")
        self.assertEqual(datas[2], {"text/plain": "Broken()"})  # the broken form falls back
        self.assertEqual(outcome.rich[3]["kind"], "execute_result")

    def test_limits_drop_with_a_note(self):
        outcome = self.run_cell(
            f"""
            from IPython.display import HTML, Image
            for i in range({protocol.RICH_LIMIT_COUNT + 3}):
                display(HTML("<p>%d</p>" % i))
            """
        )
        self.assertEqual(outcome.status, "ok", outcome.stderr)
        self.assertEqual(len(outcome.rich), protocol.RICH_LIMIT_COUNT)
        self.assertIn("3 more displayed outputs dropped", outcome.stderr)
        outcome = self.run_cell(
            f"""
            display(HTML("x" * {protocol.RICH_LIMIT_TEXT_CHARS + 10}))
            display(Image(data=b"not a png"))
            """, cell=2)  # fmt: skip
        self.assertEqual(len(outcome.rich[0]["data"]["text/html"]), protocol.RICH_LIMIT_TEXT_CHARS)
        self.assertNotIn("image/png", outcome.rich[1]["data"])
        self.assertIn("[display:", outcome.stderr)

    def test_the_outputs_fit_the_reply_frame(self):
        # Non-ASCII text is 6 bytes a character in the reply's ASCII JSON: the budget counts that.
        outcome = self.run_cell(
            """
            from IPython.display import HTML
            for i in range(12):
                display(HTML("é" * 150000))
            """
        )
        self.assertEqual(outcome.status, "ok", outcome.stderr)
        encoded = len(json.dumps(outcome.rich, ensure_ascii=True))
        self.assertLess(encoded, protocol.RICH_LIMIT_TOTAL_CHARS // 4 + 4096)
        self.assertLess(len(outcome.rich), 12)
        self.assertIn("was not kept", outcome.stderr)

    def test_raw_bundles_figures_and_outside_a_cell(self):
        outcome = self.run_cell(
            """
            import matplotlib.pyplot as plt
            fig = plt.figure(); plt.plot([1, 2])
            display(fig)
            display({"text/markdown": "# raw"}, raw=True)
            from IPython.display import display_markdown
            display_markdown("*md*", raw=True)
            """
        )
        self.assertEqual(outcome.status, "ok", outcome.stderr)
        self.assertEqual(len(outcome.figures), 1)  # a figure is collected, not displayed twice
        self.assertEqual([i["data"].get("text/markdown") for i in outcome.rich], ["# raw", "*md*"])


if __name__ == "__main__":
    unittest.main()
