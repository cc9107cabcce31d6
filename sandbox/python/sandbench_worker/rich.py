"""Rich outputs: what display() and a cell's table-like result show, as Jupyter MIME bundles.

An object is asked the way IPython asks it, so objects from other libraries work unchanged:
`_repr_mimebundle_()` first, then `_repr_markdown_`, `_repr_html_` and `_repr_png_`, and `repr()`
for text/plain, which every output has. A DataFrame or Series also gets a table reference: the
object stays in the session under a hidden name (`_sb_out...`, never listed as a variable) so the
app pages it lazily through the ordinary `table` query, exactly as it pages a variable; only the
last RICH_LIMIT_TABLES_KEPT such objects are kept, so showing many frames does not pin their
memory for the session's life. A bare variable name (`df`) is referenced by that name instead.

Everything here is bounded by protocol.json's rich_output limits (count, text size, image size,
total); what does not fit is dropped with a note on the cell's stderr, never silently.

The user's own methods are called as steps (steps.py) when the session asks (`bundle_steps`), and
directly from display(), which the cell's own code calls."""

import base64
import functools
import json
import sys

from . import protocol_constants as protocol

HIDDEN_PREFIX = "_sb_out"
_KEPT_KEY = "_sb_out_kept"  # the hidden names in the order they were made, in the namespace

# The reply's header is one frame of at most 16 MiB (sandbox/protocol/frame.h), written as ASCII
# JSON, where stdout and stderr travel too: the outputs get a quarter of the protocol's total, as
# encoded, so that no text (a non-ASCII character is 6 bytes escaped) can push the frame over.
ENCODED_BUDGET = protocol.RICH_LIMIT_TOTAL_CHARS // 4

_MIMES = (
    (protocol.MIME_MARKDOWN, "_repr_markdown_"),
    (protocol.MIME_HTML, "_repr_html_"),
    (protocol.MIME_PNG, "_repr_png_"),
)


def is_figure(obj):
    figure = sys.modules.get("matplotlib.figure")
    return figure is not None and isinstance(obj, figure.Figure)


def table_shape(obj):
    """(rows, columns) of a pandas DataFrame or Series; None for anything else."""
    pandas = sys.modules.get("pandas")
    if pandas is None:
        return None
    if isinstance(obj, pandas.DataFrame):
        return int(obj.shape[0]), int(obj.shape[1])
    if isinstance(obj, pandas.Series):
        return int(obj.shape[0]), 1
    return None


def _has(obj, name):
    """The object's class defines the method (looked up in the class dictionaries: no user code
    runs, no __getattr__ answers)."""
    return not isinstance(obj, type) and any(name in vars(k) for k in type(obj).__mro__)


def _call(obj, name, **kwargs):
    """Steps of one user method call: its value, or None when it fails (as IPython does). Both
    the lookup and the call are steps, and partial() adds no Python frame below the method."""
    try:
        method = yield (getattr, (obj, name))
        return (yield (functools.partial(method, **kwargs), ()))
    except Exception:  # a broken _repr_html_ falls back to the other formats, never fails the cell
        return None


def has_rich_form(obj):
    """The object offers more than text (or is a table the app shows as one)."""
    return table_shape(obj) is not None or any(
        _has(obj, name) for name in ("_repr_mimebundle_",) + tuple(n for _, n in _MIMES))


def bundle_steps(obj, plain=None):
    """A generator (steps.py) returning {MIME: value} for obj: every user method is a step.
    plain: its repr() when the caller has it already."""
    data = {}
    if _has(obj, "_repr_mimebundle_"):
        got = yield from _call(obj, "_repr_mimebundle_", include=None, exclude=None)
        if isinstance(got, tuple) and got:
            got = got[0]
        if isinstance(got, dict):
            for mime, value in got.items():
                if isinstance(mime, str):
                    data[mime] = value
    for mime, name in _MIMES:
        if mime in data or not _has(obj, name):
            continue
        value = yield from _call(obj, name)
        if isinstance(value, tuple) and value:  # (data, metadata), as IPython allows
            value = value[0]
        if value is not None:
            data[mime] = value
    if plain is not None and not isinstance(data.get(protocol.MIME_PLAIN), str):
        data[protocol.MIME_PLAIN] = plain
    if protocol.MIME_PLAIN not in data or not isinstance(data[protocol.MIME_PLAIN], str):
        try:
            text = yield (repr, (obj,))
        except Exception as error:
            text = f"<repr failed: {type(error).__name__}: {error}>"
        data[protocol.MIME_PLAIN] = str(text)
    return data


def run_inline(steps):
    """Runs bundle_steps where the caller is the cell's own code (display())."""
    from .steps import drive

    return drive(steps)


def _clean(data):
    """The bundle as the protocol carries it: known MIME types, strings, PNG as base64, within
    the size limits. Returns (data, problems)."""
    cap = protocol.RICH_LIMIT_TEXT_CHARS
    out, problems = {}, []
    for mime in (protocol.MIME_PLAIN, protocol.MIME_MARKDOWN, protocol.MIME_HTML):
        value = data.get(mime)
        if isinstance(value, str):
            if len(value) > cap:
                problems.append(f"{mime} cut to {cap} characters")
                value = value[:cap]
            out[mime] = value
    png = data.get(protocol.MIME_PNG)
    if isinstance(png, str):  # already base64, as _repr_mimebundle_ gives it
        try:
            png = base64.b64decode(png, validate=False)
        except ValueError:
            png = None
    if isinstance(png, (bytes, bytearray)) and png:
        if len(png) > protocol.RICH_LIMIT_IMAGE_BYTES:
            problems.append(f"an image of {len(png)} bytes was not kept (at most "
                            f"{protocol.RICH_LIMIT_IMAGE_BYTES})")  # fmt: skip
        elif bytes(png[:8]) != b"\x89PNG\r\n\x1a\n":
            problems.append("an image that is not a PNG was not kept")
        else:
            out[protocol.MIME_PNG] = base64.b64encode(bytes(png)).decode("ascii")
    out.setdefault(protocol.MIME_PLAIN, "")
    return out, problems


class Publisher:
    """A cell's rich outputs in the order it made them."""

    def __init__(self, namespace, stdout, cell):
        self.namespace = namespace
        self.stdout = stdout  # the cell's BoundedTextSink: an output sits after what it holds
        self.cell = cell
        self.outputs = []
        self.notes = []
        self.dropped = 0
        self.chars = 0

    def _table_name(self, obj, given):
        if given:
            return given
        for name, value in list(self.namespace.items()):
            if value is obj and isinstance(name, str) and not name.startswith("_"):
                return name
        kept = self.namespace.get(_KEPT_KEY)
        if not isinstance(kept, list):
            kept = []
        name = f"{HIDDEN_PREFIX}{self.cell}_{len(self.outputs) + 1}"
        self.namespace[name] = obj
        if name in kept:
            kept.remove(name)
        kept.append(name)
        while len(kept) > protocol.RICH_LIMIT_TABLES_KEPT:
            self.namespace.pop(kept.pop(0), None)
        self.namespace[_KEPT_KEY] = kept
        return name

    def add(self, obj, data, kind, name=None):
        """Records one output; data from bundle_steps."""
        if len(self.outputs) >= protocol.RICH_LIMIT_COUNT:
            self.dropped += 1
            return
        data, problems = _clean(data)
        self.notes.extend(problems)
        size = len(json.dumps(data, ensure_ascii=True))
        if self.chars + size > ENCODED_BUDGET:
            self.notes.append(f"an output of {size} bytes was not kept: the cell's rich outputs "
                              f"may take {ENCODED_BUDGET} bytes in all")  # fmt: skip
            return
        self.chars += size
        item = {
            protocol.RICH_FIELD_KIND: kind,
            protocol.RICH_FIELD_STDOUT_AT: self.stdout.kept_chars if self.stdout else 0,
            protocol.RICH_FIELD_DATA: data,
        }
        shape = table_shape(obj)
        if shape is not None:
            item[protocol.RICH_FIELD_TABLE] = {
                protocol.RICH_FIELD_TABLE_NAME: self._table_name(obj, name),
                protocol.RICH_FIELD_TABLE_ROWS: shape[0],
                protocol.RICH_FIELD_TABLE_COLUMNS: shape[1],
            }
        self.outputs.append(item)

    def finish(self, stderr):
        for note in self.notes:
            stderr.write(f"[display: {note}]\n")
        if self.dropped:
            stderr.write(f"[{self.dropped} more displayed outputs dropped: a cell keeps at most "
                         f"{protocol.RICH_LIMIT_COUNT}]\n")  # fmt: skip
        return self.outputs


_current = None  # the running cell's Publisher; None outside a cell (display prints text then)


def begin(namespace, stdout, cell):
    global _current
    _current = Publisher(namespace, stdout, cell)
    return _current


def end():
    global _current
    current, _current = _current, None
    return current


def current():
    return _current
