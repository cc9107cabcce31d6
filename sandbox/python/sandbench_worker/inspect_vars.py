"""What the session holds, for the variables list and table viewers (`variables`, `table`)."""

import math
import sys
import types

from . import lazy as _lazy
from . import protocol_constants as protocol

PREVIEW_CHARS = 120
MAX_TABLE_ROWS = protocol.LIMIT_TABLE_PAGE_ROWS


def _shape(value):
    shape = getattr(value, "shape", None)
    if isinstance(shape, tuple) and all(isinstance(n, int) for n in shape):
        return list(shape)
    try:
        return [len(value)]
    except Exception:
        return None


def _preview(value):
    try:
        text = repr(value)
    except Exception as error:  # a broken __repr__ must not break the list
        text = f"<repr failed: {type(error).__name__}>"
    text = " ".join(text.split())
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def describe_variables(namespace):
    """Names, types, shapes and a short repr of the user's variables (not modules or internals)."""
    out = []
    for name, value in sorted(namespace.items()):
        if name.startswith("_") or isinstance(value, types.ModuleType):
            continue
        if isinstance(value, (types.FunctionType, types.BuiltinFunctionType, type)):
            kind = type(value).__name__
        else:
            kind = type(value).__name__
        if _lazy.is_lazy(value):
            # Never computed here: partitions, and for a dataset's frame its estimated size.
            item = {"name": name, "type": kind, "repr": _preview(value)}
            item.update(_lazy.describe_lazy(namespace, name, value))
            out.append(item)
            continue
        item = {"name": name, "type": kind, "shape": _shape(value), "repr": _preview(value)}
        memory = getattr(value, "memory_usage", None)
        if callable(memory) and "pandas" in sys.modules:
            try:
                total = memory(deep=False)
                item["bytes"] = int(total.sum() if hasattr(total, "sum") else total)
            except Exception:
                pass
        elif hasattr(value, "nbytes"):
            item["bytes"] = int(value.nbytes)
        out.append(item)
    return out


def _cell(value):
    if value is None:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, (bool, int, str)):
        return value
    item = getattr(value, "item", None)  # numpy scalars
    if callable(item):
        try:
            return _cell(item())
        except Exception:
            pass
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


# numpy dtype kinds whose values are plain numbers, booleans or dates: converting them runs only
# numpy's own code.
_PLAIN_KINDS = frozenset("biufcmM")
_PLAIN_SCALARS = (str, int, float, bool, type(None))


def _numpy_dtype(dtype, numpy):
    # numpy's dtype classes (numpy.dtype[int64], ...) cannot be subclassed from Python.
    return isinstance(dtype, numpy.dtype) and type(dtype).__module__ == "numpy"


def _plain_dtype(dtype, numpy):
    return _numpy_dtype(dtype, numpy) and dtype.kind in _PLAIN_KINDS


def _plain_labels(index, pandas, numpy):
    if type(index) is pandas.RangeIndex:
        return True
    if type(index) in (pandas.Index, pandas.DatetimeIndex) and _plain_dtype(index.dtype, numpy):
        return True
    return type(index) is pandas.Index and all(type(v) in _PLAIN_SCALARS for v in index)


def is_plain_page(namespace, name, offset, limit):
    """True when reading this page of `name` can run nothing but pandas' and numpy's own code: an
    exact DataFrame, Series or ndarray of plain dtypes (object columns only where the page holds
    plain strings and numbers). Such a page can be served without a fork; anything else might call
    a user-defined __str__ or property, which must not touch the session's state."""
    if type(namespace) is not dict or type(name) is not str:
        return False
    value = namespace.get(name)
    pandas = sys.modules.get("pandas")
    numpy = sys.modules.get("numpy")
    if numpy is None or pandas is None:
        return False
    if type(value) is numpy.ndarray:
        return value.ndim <= 2 and _plain_dtype(value.dtype, numpy)
    if type(value) is pandas.Series:
        value = value.to_frame()
    if type(value) is not pandas.DataFrame:
        return False
    if not _plain_labels(value.index, pandas, numpy) or len(value.columns) > 10_000:
        return False
    if not _plain_labels(value.columns, pandas, numpy):
        return False
    try:
        offset, limit = max(0, int(offset)), max(0, min(int(limit), MAX_TABLE_ROWS))
    except (TypeError, ValueError):
        return False
    for position, dtype in enumerate(value.dtypes):
        if _plain_dtype(dtype, numpy):
            continue
        if not _numpy_dtype(dtype, numpy) or dtype.kind != "O":
            return False
        column = value.iloc[offset : offset + limit, position].to_numpy()
        if not all(type(v) in _PLAIN_SCALARS for v in column):
            return False
    return True


def _column_cells(column):
    """A page's column as JSON-ready values: numpy converts plain dtypes in one call."""
    if column.dtype.kind in "biu":
        return column.to_numpy().tolist()
    if column.dtype.kind == "f":
        values = column.to_numpy()
        cells = values.tolist()
        if values.size and (values != values).any():
            cells = [None if v != v else v for v in cells]
        return cells
    return [_cell(v) for v in column]


def as_frame(namespace, name):
    """The variable as a DataFrame (a Series or 1-D/2-D array becomes one), or an error naming
    what it is instead."""
    if name not in namespace:
        raise KeyError(f"no variable named {name!r}")
    value = namespace[name]
    pandas = sys.modules.get("pandas")
    numpy = sys.modules.get("numpy")
    if pandas is not None and isinstance(value, pandas.Series):
        value = value.to_frame()
    if numpy is not None and isinstance(value, numpy.ndarray):
        if value.ndim > 2:
            raise TypeError(f"{name} has {value.ndim} dimensions; tables show 1 or 2")
        value = pandas.DataFrame(value) if pandas is not None else None
    if pandas is None or not isinstance(value, pandas.DataFrame):
        raise TypeError(f"{name} is a {type(namespace[name]).__name__}, not a table")
    return value


def frame_page(frame, name, offset, limit, positions=None):
    """Rows [offset, offset+limit) of a frame, or of its view when positions order and filter
    its rows, typed for JSON."""
    offset = max(0, int(offset))
    limit = max(0, min(int(limit), MAX_TABLE_ROWS))
    if positions is None:
        rows, page = len(frame), frame.iloc[offset : offset + limit]
    else:
        rows, page = len(positions), frame.iloc[positions[offset : offset + limit]]
    return {
        "name": name,
        "rows": int(rows),
        "total_rows": int(len(frame)),
        "offset": offset,
        "columns": [str(c) for c in frame.columns],
        "dtypes": [str(t) for t in frame.dtypes],
        "index": [_cell(i) for i in page.index],
        "data": [list(row) for row in zip(*(_column_cells(page.iloc[:, i])
                                             for i in range(page.shape[1])))]
        if page.shape[1] else [[] for _ in range(len(page))],
    }


def table_page(namespace, name, offset, limit):
    """Rows [offset, offset+limit) of a DataFrame, Series or 1-D/2-D array, typed for JSON."""
    return frame_page(as_frame(namespace, name), name, offset, limit)
