"""Issue 15, item 7: the Data panel's sort and filter as pandas code (sandbench_worker/view_code.py).
The generated cell is run and its rows compared with the rows the panel shows
(table_views.view_positions, which the panel's pages come from)."""

import unittest

import numpy as np
import pandas as pd

from sandbench_worker.table_views import ViewError, clear_view_cache, view_positions
from sandbench_worker.view_code import view_code


def panel_rows(namespace, name, sort, filter_):
    frame, positions = view_positions(namespace, name, sort, filter_)
    return frame if positions is None else frame.iloc[positions]


def run_cell(namespace, code):
    scope = dict(namespace)
    *body, last = code.strip().split("\n")
    exec("\n".join(body), scope)  # noqa: S102 - the test runs the code it generated
    return eval(last, scope)  # noqa: S307


class ViewCodeTest(unittest.TestCase):
    def setUp(self):
        clear_view_cache()
        self.namespace = {
            "df": pd.DataFrame({
                "price": [3.5, np.nan, 1.0, 3.5, 8.25, 2.0],
                "city": ["Rome", "Oslo", None, "Roma", "Oslo", "rome"],
                "qty": [1, 2, 3, 4, 5, 6],
                "when": pd.to_datetime(["2024-03-01", "2024-01-05", None, "2024-03-02",
                                        "2023-12-31", "2024-03-01"]),
            }, index=[10, 11, 12, 13, 14, 15]),
            "s": pd.Series([5, 1, 4, 1, 3], name="n"),
            "odd": pd.DataFrame([[1, "b"], [0, "a"]], columns=["x", "x"]),
        }

    def assertRoundTrip(self, name, sort=None, filter_=None):
        generated = view_code(self.namespace, name, sort, filter_)
        got = run_cell(self.namespace, generated["code"])
        want = panel_rows(self.namespace, name, sort, filter_)
        if isinstance(got, pd.Series):
            got = got.to_frame()
        pd.testing.assert_frame_equal(got, want, check_names=False)
        return generated["code"]

    def test_every_filter_operator_and_both_sort_orders(self):
        cases = [
            ({"column": 0, "op": ">", "value": "2.5"}, {"column": 1, "ascending": False}),
            ({"column": 0, "op": "<=", "value": "3.5"}, {"column": 0, "ascending": True}),
            ({"column": 1, "op": "==", "value": "Oslo"}, None),
            ({"column": 1, "op": "!=", "value": "Oslo"}, {"column": 3, "ascending": False}),
            ({"column": 1, "op": "contains", "value": "om"}, None),
            ({"column": 0, "op": "isnull", "value": ""}, None),
            ({"column": 1, "op": "notnull", "value": ""}, {"column": 1, "ascending": True}),
            ({"column": 3, "op": ">=", "value": "2024-03-01"}, {"column": 2, "ascending": False}),
            ({"column": 2, "op": "<", "value": "4"}, None),
            (None, {"column": 0, "ascending": False}),
            (None, None),
        ]
        for filter_, sort in cases:
            with self.subTest(filter=filter_, sort=sort):
                self.assertRoundTrip("df", [sort] if sort else None, filter_)

    def test_the_code_reads_like_pandas(self):
        code = self.assertRoundTrip("df", [{"column": 1, "ascending": False}],
                                    {"column": 0, "op": ">", "value": "2.5"})
        self.assertIn("df_view = df[df['price'] > 2.5]", code)
        self.assertIn("df_view = df_view.sort_values('city', ascending=False, kind=\"stable\", "
                      "na_position=\"last\")", code)
        self.assertTrue(code.rstrip().endswith("df_view"))

    def test_a_series_and_duplicate_column_labels(self):
        self.assertRoundTrip("s", [{"column": 0, "ascending": True}],
                             {"column": 0, "op": ">", "value": "1"})
        code = self.assertRoundTrip("odd", [{"column": 1, "ascending": True}],
                                    {"column": 0, "op": "<", "value": "5"})
        self.assertIn("iloc[:, 0]", code)

    def test_what_cannot_become_code_is_an_error_naming_it(self):
        self.namespace["arr"] = np.arange(3)
        with self.assertRaisesRegex(ViewError, "DataFrame or a Series"):
            view_code(self.namespace, "arr")
        with self.assertRaisesRegex(ViewError, "not a number"):
            view_code(self.namespace, "df", None, {"column": 0, "op": ">", "value": "abc"})
        with self.assertRaises(KeyError):
            view_code(self.namespace, "missing")


if __name__ == "__main__":
    unittest.main()
