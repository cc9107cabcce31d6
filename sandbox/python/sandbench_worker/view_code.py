"""The Data panel's view as pandas code (`view_code`, issue 15 item 7: "Convert to Code").

The code computes exactly the rows the panel shows (table_views.view_positions): the filter with
the same coercion of the typed value (a number for a numeric column, a date for a date column,
`contains` on the text, without regular expressions), then a stable sort with missing values last.
Columns are named by their labels where that is unambiguous, else by position (`iloc`)."""

import keyword
import sys

from .table_views import FILTER_OPS, ViewError, _column

_LABEL_TYPES = (str, int, float, bool)


def _python_name(name):
    return isinstance(name, str) and name.isidentifier() and not keyword.iskeyword(name)


def _label_ok(frame, position):
    label = frame.columns[position]
    return type(label) in _LABEL_TYPES and frame.columns.is_unique and not (
        isinstance(label, float) and label != label)


def _column_ref(frame, variable, position, is_series):
    if is_series:
        return variable
    if _label_ok(frame, position):
        return f"{variable}[{frame.columns[position]!r}]"
    return f"{variable}.iloc[:, {position}]"


def _condition(frame, variable, filter_, is_series, needs):
    position, op, value = filter_.get("column"), filter_.get("op"), filter_.get("value")
    column = _column(frame, position)
    if op not in FILTER_OPS:
        raise ViewError(f"unknown filter operator {op!r}; use one of {', '.join(FILTER_OPS)}")
    ref = _column_ref(frame, variable, position, is_series)
    if op == "isnull":
        return f"{ref}.isna()"
    if op == "notnull":
        return f"{ref}.notna()"
    if op == "contains":
        return f"{ref}.astype(str).str.contains({str(value)!r}, regex=False)"
    literal = repr(value)
    if column.dtype.kind in "biuf" and isinstance(value, str):
        try:
            literal = repr(float(value))
        except ValueError:
            raise ViewError(f"{value!r} is not a number; column {column.name!r} holds numbers")
        if literal in ("nan", "inf", "-inf"):
            needs.add("numpy")
            literal = {"nan": "np.nan", "inf": "np.inf", "-inf": "-np.inf"}[literal]
    elif column.dtype.kind == "M" and isinstance(value, str):
        pandas = sys.modules["pandas"]
        try:
            pandas.Timestamp(value)
        except ValueError:
            raise ViewError(f"{value!r} is not a date; write it like 2024-03-01")
        needs.add("pandas")
        literal = f"pd.Timestamp({value!r})"
    return f"{ref} {op} {literal}"


def view_code(namespace, name, sort=None, filter_=None):
    """{"code": the cell's source, "result": the name it binds}: the view of `name` as pandas code."""
    pandas = sys.modules.get("pandas")
    if not isinstance(name, str) or name not in namespace:
        raise KeyError(f"no variable named {name!r}")
    if not _python_name(name):
        raise ViewError(f"{name!r} is not a Python name: it cannot be used in code")
    value = namespace[name]
    is_series = pandas is not None and isinstance(value, pandas.Series)
    if pandas is None or not (is_series or isinstance(value, pandas.DataFrame)):
        raise ViewError(f"{name} is a {type(value).__name__}: Convert to Code works for a "
                        "DataFrame or a Series")
    frame = value.to_frame() if is_series else value
    result = f"{name}_view"
    needs = set()
    described = []
    lines = []
    source = name
    if filter_:
        condition = _condition(frame, name, filter_, is_series, needs)
        lines.append(f"{result} = {name}[{condition}]")
        described.append(f"rows where {condition}")
        source = result
    for spec in sort or ():
        position = spec.get("column")
        _column(frame, position)
        ascending = bool(spec.get("ascending", True))
        options = f"ascending={ascending}, kind=\"stable\", na_position=\"last\""
        if is_series:
            lines.append(f"{result} = {source}.sort_values({options})")
        elif _label_ok(frame, position):
            lines.append(f"{result} = {source}.sort_values({frame.columns[position]!r}, {options})")
        else:
            lines.append(f"{result} = {source}.iloc[{source}.iloc[:, {position}]"
                         f".reset_index(drop=True).sort_values({options}).index]")
        described.append(f"sorted by {_column_ref(frame, name, position, is_series)}"
                         f"{'' if ascending else ', descending'}")
        source = result
        break  # the panel sorts by one column
    if not lines:
        lines.append(f"{result} = {name}.copy()")
    header = [f"# {name} as the Data panel shows it: " + ("; ".join(described) or "all rows")]
    if "pandas" in needs:
        header.append("import pandas as pd")
    if "numpy" in needs:
        header.append("import numpy as np")
    return {"code": "\n".join(header + lines + [result]) + "\n", "result": result}
