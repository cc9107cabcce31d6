"""What the session holds, for the variables list and table viewers (`variables`, `table`)."""

import math
import sys
import types

PREVIEW_CHARS = 120
MAX_TABLE_ROWS = 10_000


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


def table_page(namespace, name, offset, limit):
    """Rows [offset, offset+limit) of a DataFrame, Series or 1-D/2-D array, typed for JSON."""
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
    offset = max(0, int(offset))
    limit = max(0, min(int(limit), MAX_TABLE_ROWS))
    page = value.iloc[offset : offset + limit]
    return {
        "name": name,
        "rows": int(len(value)),
        "offset": offset,
        "columns": [str(c) for c in value.columns],
        "dtypes": [str(t) for t in value.dtypes],
        "index": [_cell(i) for i in page.index],
        "data": [[_cell(v) for v in row] for row in page.itertuples(index=False, name=None)],
    }
