"""Sorted and filtered views of a table variable, pages of them in a compact binary form, column
summaries and CSV export: what the data panel asks for (sandbox/PROTOCOL.md, `table`, `summary`,
`export_view`). Everything is computed here, next to the data, so a viewer never pulls all rows.
"""

import math
import os
import struct
import sys

from . import lazy
from . import protocol_constants as protocol
from .inspect_vars import MAX_TABLE_ROWS, _cell, _numpy_dtype, as_frame, frame_page, is_plain_page

FILTER_OPS = ("==", "!=", "<", "<=", ">", ">=", "contains", "isnull", "notnull")
HISTOGRAM_BINS = 30
TOP_VALUES = 20
LINE_POINTS = 1000
MISSING_TEXT = protocol.LIMIT_MISSING_TEXT_LENGTH
INT64_MIN = -(2**63)

# A view's row positions, kept between page requests of the same view. The cache lives in the
# keeper's memory only until the next cell runs (session.py clears it), so a changed frame is
# never paged through a stale order.
_views = {}


def clear_view_cache():
    _views.clear()


class ViewError(ValueError):
    pass


def _column(frame, position):
    if not isinstance(position, int) or not 0 <= position < frame.shape[1]:
        raise ViewError(f"column {position!r} is out of range: the table has {frame.shape[1]} "
                        "columns, counted from 0")
    return frame.iloc[:, position]


def _spec_key(sort, filter_):
    sort_key = tuple((s.get("column"), bool(s.get("ascending", True))) for s in sort or ())
    filter_key = None
    if filter_:
        filter_key = (filter_.get("column"), filter_.get("op"), repr(filter_.get("value")))
    return sort_key, filter_key


def _mask(frame, filter_, numpy):
    column = _column(frame, filter_.get("column"))
    op = filter_.get("op")
    value = filter_.get("value")
    if op not in FILTER_OPS:
        raise ViewError(f"unknown filter operator {op!r}; use one of {', '.join(FILTER_OPS)}")
    if op == "isnull":
        return column.isna().to_numpy()
    if op == "notnull":
        return column.notna().to_numpy()
    if op == "contains":
        return column.astype(str).str.contains(str(value), regex=False).to_numpy()
    if column.dtype.kind in "biuf" and isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise ViewError(f"{value!r} is not a number; column {column.name!r} holds numbers")
    if column.dtype.kind == "M" and isinstance(value, str):
        pandas = sys.modules["pandas"]
        try:
            value = pandas.Timestamp(value)
        except ValueError:
            raise ViewError(f"{value!r} is not a date; write it like 2024-03-01")
    compare = {
        "==": lambda c: c == value, "!=": lambda c: c != value, "<": lambda c: c < value,
        "<=": lambda c: c <= value, ">": lambda c: c > value, ">=": lambda c: c >= value,
    }[op]
    try:
        return numpy.asarray(compare(column), dtype=bool)
    except TypeError as error:
        raise ViewError(f"cannot compare column {column.name!r} with {value!r}: {error}")


def view_positions(namespace, name, sort=None, filter_=None):
    """The frame and the row positions of its view (None: all rows in their own order)."""
    numpy = sys.modules["numpy"]
    frame = as_frame(namespace, name)
    if not sort and not filter_:
        return frame, None
    key = (name, id(frame), *_spec_key(sort, filter_))
    cached = _views.get(key)
    if cached is not None:
        return frame, cached
    positions = numpy.arange(len(frame))
    if filter_:
        positions = positions[_mask(frame, filter_, numpy)]
    for spec in reversed(sort or ()):  # stable sorts, last key first: a multi-column order
        column = _column(frame, spec.get("column")).iloc[positions]
        values = sys.modules["pandas"].Series(column.to_numpy(), copy=False)
        try:
            # Stable in both directions, missing values last, as spreadsheets do.
            order = values.sort_values(ascending=bool(spec.get("ascending", True)), kind="stable",
                                       na_position="last").index.to_numpy()
        except TypeError as error:
            raise ViewError(f"column {column.name!r} mixes types that cannot be ordered: {error}")
        positions = positions[order]
    _views[key] = positions
    return frame, positions


def _encode(values, numpy, pandas):
    """One column of a page: its kind letter and bytes (little-endian, see PROTOCOL.md)."""
    dtype = values.dtype
    if _numpy_dtype(dtype, numpy) and dtype.kind == "f":
        return "f", values.to_numpy(dtype="<f8").tobytes()
    if _numpy_dtype(dtype, numpy) and dtype.kind in "iu":
        return "i", values.to_numpy(dtype="<i8").tobytes()
    if _numpy_dtype(dtype, numpy) and dtype.kind == "b":
        return "b", values.to_numpy(dtype="u1").tobytes()
    if _numpy_dtype(dtype, numpy) and dtype.kind == "M":
        return "M", values.to_numpy(dtype="datetime64[ns]").view("<i8").tobytes()
    parts = []
    for value in values:
        if value is None or (isinstance(value, float) and math.isnan(value)) or value is pandas.NaT:
            parts.append(struct.pack("<I", MISSING_TEXT))
            continue
        text = value if type(value) is str else str(_cell(value))
        data = text.encode("utf-8", "surrogatepass")
        parts.append(struct.pack("<I", len(data)) + data)
    return "s", b"".join(parts)


def binary_page(namespace, name, offset, limit, sort=None, filter_=None):
    """Rows [offset, offset+limit) of the view, column by column: (header fields, payload)."""
    numpy = sys.modules["numpy"]
    pandas = sys.modules["pandas"]
    offset = max(0, int(offset))
    limit = max(0, min(int(limit), MAX_TABLE_ROWS))
    if lazy.is_lazy(namespace.get(name) if type(namespace) is dict else None):
        page, rows, total, frame = lazy_page(namespace, name, offset, limit, sort, filter_)
    else:
        frame, positions = view_positions(namespace, name, sort, filter_)
        total = len(frame)
        rows = total if positions is None else len(positions)
        chosen = slice(offset, offset + limit) if positions is None \
            else positions[offset:offset + limit]
        page = frame.iloc[chosen]
    kinds, sizes, chunks = [], [], []
    for values in [page.index.to_series(index=None)] + [page.iloc[:, i]
                                                       for i in range(page.shape[1])]:
        kind, data = _encode(values, numpy, pandas)
        kinds.append(kind)
        sizes.append(len(data))
        chunks.append(data)
    header = {
        "name": name,
        "rows": int(rows),
        "total_rows": int(total),
        "offset": offset,
        "count": int(len(page)),
        "columns": [str(c) for c in frame.columns],
        "dtypes": [str(t) for t in frame.dtypes],
        "index_dtype": str(frame.index.dtype),
        "kinds": kinds,  # index first, then each column
        "sizes": sizes,
        "encoding": "binary",
    }
    return header, b"".join(chunks)


def json_page(namespace, name, offset, limit, sort=None, filter_=None):
    """A page of the view as JSON rows, for the serve API."""
    if lazy.is_lazy(namespace.get(name) if type(namespace) is dict else None):
        offset = max(0, int(offset))
        limit = max(0, min(int(limit), MAX_TABLE_ROWS))
        page, rows, total, meta = lazy_page(namespace, name, offset, limit, sort, filter_)
        result = frame_page(page, name, 0, limit)
        result.update(rows=int(rows), total_rows=int(total), offset=offset,
                      columns=[str(c) for c in meta.columns],
                      dtypes=[str(t) for t in meta.dtypes], lazy=True)
        return result
    frame, positions = view_positions(namespace, name, sort, filter_)
    return frame_page(frame, name, offset, limit, positions)


def _number(value):
    value = float(value)
    return None if math.isnan(value) or math.isinf(value) else value


def column_summary(namespace, name, column, filter_=None):
    """Describes one column of the (filtered) view and picks the chart that suits it."""
    numpy = sys.modules["numpy"]
    if lazy.is_lazy(namespace.get(name) if type(namespace) is dict else None):
        return lazy.lazy_summary(_lazy_view(namespace, name, filter_), column, HISTOGRAM_BINS,
                                 TOP_VALUES)
    frame, positions = view_positions(namespace, name, None, filter_)
    series = _column(frame, column)
    if positions is not None:
        series = series.iloc[positions]
    missing = int(series.isna().sum())
    summary = {"column": str(series.name), "dtype": str(series.dtype), "count": int(len(series)),
               "missing": missing}
    kind = series.dtype.kind if _numpy_dtype(series.dtype, numpy) else "O"
    if kind in "iuf":
        values = series.dropna().to_numpy(dtype="f8")
        values = values[numpy.isfinite(values)]
        if values.size:
            q = numpy.quantile(values, [0.25, 0.5, 0.75])
            summary.update(mean=_number(values.mean()), std=_number(values.std(ddof=1))
                           if values.size > 1 else None, min=_number(values.min()),
                           q25=_number(q[0]), median=_number(q[1]), q75=_number(q[2]),
                           max=_number(values.max()))
        index = frame.index
        if index.dtype.kind == "M" and positions is None:
            # A time series: its line against time, thinned to at most LINE_POINTS points.
            step = max(1, len(series) // LINE_POINTS)
            thin = series.iloc[::step]
            summary["chart"] = {
                "type": "line",
                "x": (thin.index.view("i8") // 1_000_000).tolist(),  # ms since the epoch
                "y": [_number(v) for v in thin.to_numpy(dtype="f8")],
            }
        elif values.size:
            counts, edges = numpy.histogram(values, bins=HISTOGRAM_BINS)
            summary["chart"] = {"type": "histogram", "edges": edges.tolist(),
                                "counts": counts.tolist()}
    else:
        counts = series.astype(str).where(series.notna()).value_counts(dropna=True)
        summary["unique"] = int(len(counts))
        top = counts.head(TOP_VALUES)
        summary["top"] = [[str(label), int(n)] for label, n in top.items()]
        summary["chart"] = {"type": "bar", "labels": [str(label) for label in top.index],
                            "counts": [int(n) for n in top.to_numpy()]}
        if kind == "M":
            values = series.dropna()
            if len(values):
                summary.update(min=values.min().isoformat(), max=values.max().isoformat())
    return summary


def export_view(namespace, name, file_name, output_dir, sort=None, filter_=None):
    """Writes the view as CSV into the output folder; returns its path and row count."""
    if not isinstance(file_name, str) or not file_name or os.path.basename(file_name) != file_name \
            or file_name.startswith("."):
        raise ViewError(f"{file_name!r} is not a plain file name; give a name like view.csv")
    if not file_name.lower().endswith(".csv"):
        file_name += ".csv"
    if lazy.is_lazy(namespace.get(name) if type(namespace) is dict else None):
        # A lazy view is written block by block: it never has to fit in memory.
        view = _lazy_view(namespace, name, filter_)
        if sort:
            frame = _lazy_sorted(namespace, name, view, sort, filter_)
        else:
            path = os.path.join(output_dir, file_name)
            view.target.to_csv(path, single_file=True)
            return {"path": path, "rows": int(sum(view.lengths()))}
    else:
        frame, positions = view_positions(namespace, name, sort, filter_)
        if positions is not None:
            frame = frame.iloc[positions]
    path = os.path.join(output_dir, file_name)
    frame.to_csv(path)
    return {"path": path, "rows": int(len(frame))}


def _lazy_view(namespace, name, filter_):
    frame = namespace[name]
    if not hasattr(frame, "columns"):
        frame = frame.to_frame()
    try:
        return lazy.LazyView(namespace, name, frame, filter_, FILTER_OPS, _views)
    except lazy.LazyViewError as error:
        raise ViewError(str(error)) from None


def _lazy_sorted(namespace, name, view, sort, filter_):
    """The whole view sorted, when it fits (LazyView.whole); kept until the next cell."""
    key = ("lazy-sorted", name, id(view.frame), *_spec_key(sort, filter_))
    ordered = _views.get(key)
    if ordered is None:
        try:
            whole = view.whole()
        except lazy.LazyViewError as error:
            raise ViewError(str(error)) from None
        _, positions = view_positions({name: whole}, name, sort, None)
        _views.pop((name, id(whole), *_spec_key(sort, None)), None)
        ordered = whole.iloc[positions]
        _views[key] = ordered
    return ordered


def lazy_page(namespace, name, offset, limit, sort, filter_):
    """A page of a lazy frame's view: (page, rows in the view, rows in all, the frame's meta)."""
    view = _lazy_view(namespace, name, filter_)
    total = sum(view.total_lengths())
    if sort:
        ordered = _lazy_sorted(namespace, name, view, sort, filter_)
        return ordered.iloc[offset:offset + limit], len(ordered), total, view.frame._meta
    try:
        page = view.page(offset, limit)
    except lazy.LazyViewError as error:
        raise ViewError(str(error)) from None
    return page, sum(view.lengths()), total, view.frame._meta


def _column_is_plain(frame, position, numpy, pandas):
    """True when ordering or comparing the whole column runs only pandas' and numpy's code."""
    dtype = frame.dtypes.iloc[position]
    if _numpy_dtype(dtype, numpy) and dtype.kind in "biufmM":
        return True
    if not _numpy_dtype(dtype, numpy) or dtype.kind != "O":
        return False
    # infer_dtype looks at the values' types in C, calling none of their methods.
    return pandas.api.types.infer_dtype(frame.iloc[:, position], skipna=True) in ("string",
                                                                                   "empty")


def _frame_is_plain(namespace, name, numpy, pandas):
    """Every column plain, so any page of any view is (cached until the next cell)."""
    key = ("plain", name, id(namespace.get(name)))
    if key not in _views:
        frame = as_frame(namespace, name)
        _views[key] = all(_column_is_plain(frame, i, numpy, pandas)
                          for i in range(frame.shape[1]))
    return _views[key]


def request_is_plain(namespace, request):
    """True when answering this request can run nothing but pandas' and numpy's own code, so the
    keeper may answer it without a fork (see inspect_vars.is_plain_page)."""
    numpy = sys.modules.get("numpy")
    pandas = sys.modules.get("pandas")
    kind = request.get("type")
    name = request.get("name")
    sort, filter_ = request.get("sort"), request.get("filter")
    if numpy is None or pandas is None or kind not in ("table", "summary"):
        return False
    if type(namespace) is dict and type(name) is str and lazy.is_lazy(namespace.get(name)):
        # A dataset's own lazy frame reads its file with pandas alone, so the keeper may page,
        # filter and summarise it (and keep the counts); sorting loads it, so it takes a fork,
        # as does a frame a cell derived (its graph may hold the cell's functions).
        return lazy.source_of(namespace, name) is not None and not sort and (
            filter_ is None or type(filter_) is dict)
    if sort is not None and (type(sort) is not list or any(type(s) is not dict for s in sort)):
        return False
    if filter_ is not None and type(filter_) is not dict:
        return False
    if not is_plain_page(namespace, name, request.get("offset", 0), request.get("limit", 200)):
        return False
    if kind == "table" and not sort and not filter_:
        return True
    # Whole columns are compared, ordered or summarised: all of them must be plain.
    return _frame_is_plain(namespace, name, numpy, pandas)
