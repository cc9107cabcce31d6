"""Jupyter habits in a cell: magics, display(), IPython.display and plt.show().

Code written for a notebook uses IPython's syntax (`%matplotlib inline`, `%%time`, `!pip install`)
and its display machinery. None of it is Python, so the magics are rewritten into Python *before*
the static check parses the cell, line for line, so that every later line and column still points
at the analyst's own text. What can run, runs (`%time x = f()` runs `x = f()`); what needs nothing
here is skipped with a note (`%matplotlib inline`: figures are collected after every cell anyway);
what would start a program or install a package is refused with a message saying what to do.

display() and the IPython.display classes become rich outputs (rich.py): Jupyter MIME bundles
in the reply's rich_outputs, in order with the printed text, that the app renders (Markdown and
HTML without scripts or remote content, PNG images, DataFrames as lazily paged tables). Outside a
cell (no publisher) display() prints the text/plain form. A figure shown with display(fig) is
collected like every other open figure.

IPython itself is installed on Debian's Python and allowed by the profile, but this stand-in
takes its place in sys.modules: without a running InteractiveShell IPython's own display() only
prints repr(), so it would need our publisher anyway, and importing it loads its whole shell
(traitlets, prompt_toolkit, jedi, sqlite history) into every session for a handful of classes.
The stand-in's classes follow IPython's _repr_*_ protocol, so code that builds on them works. Nothing here is a security layer: a refused `!ls` would
be refused by seccomp anyway; the message just comes earlier and says why."""

import ast
import builtins
import html
import io
import re
import sys
import types

from . import rich
from . import protocol_constants as protocol
from .policy.violations import STATIC, Violation

__all__ = ["transform_magics", "MagicResult", "install", "display"]

# Where packages come from, for every refusal that involves installing one.
_PACKAGES_ADVICE = (
    "cells cannot start programs or reach the network, so nothing can be installed from a cell. "
    "Sandbench runs this machine's Python (/usr/bin/python3) with the packages installed on the "
    "machine: have the package installed there (on Debian or Ubuntu: sudo apt install "
    "python3-NAME), then start Sandbench again. pandas, numpy, scipy, statsmodels, matplotlib "
    "and seaborn are there already"
)
_SHELL_ADVICE = (
    "cells cannot start programs; do the work in Python instead (os, pathlib, shutil and glob "
    "for files, pandas for data)"
)

# Line magics that change nothing a cell here needs: the reason a note gives.
_NOT_NEEDED = {
    "matplotlib": "figures are collected and shown after every cell",
    "pylab": "import numpy and matplotlib.pyplot explicitly instead",
    "load_ext": "extensions are not loaded in Sandbench",
    "reload_ext": "extensions are not loaded in Sandbench",
    "unload_ext": "extensions are not loaded in Sandbench",
    "autoreload": "each run imports modules afresh",
    "aimport": "each run imports modules afresh",
    "config": "there is no IPython configuration in Sandbench",
    "precision": "set pandas.options.display.precision or use f-strings instead",
    "xmode": "tracebacks always show the cell's own lines",
    "who": "the Variables panel lists the session's variables",
    "whos": "the Variables panel lists the session's variables",
    "who_ls": "the Variables panel lists the session's variables",
    "pwd": "cells run in the run's working folder",
    "cd": "the working folder stays the run's working folder",
    "env": "the cell's environment is fixed by the sandbox",
    "set_env": "the cell's environment is fixed by the sandbox",
    "history": "the run record keeps every cell",
    "store": "the session keeps variables from cell to cell",
    "reset": "start a new session to clear every variable",
    "clear": "output is per cell",
    "cls": "output is per cell",
    "notebook": "the run record keeps every cell",
    "doctest_mode": "there is no IPython prompt in Sandbench",
    "pdb": "there is no debugger in Sandbench",
    "debug": "there is no debugger in Sandbench",
    "tb": "the traceback is shown with the error",
    "alias_magic": "there is no IPython in Sandbench",
    "autosave": "the run record keeps every cell",
    "qtconsole": "there is no IPython in Sandbench",
    "connect_info": "there is no IPython in Sandbench",
}
# Line magics whose argument is a statement to run: `%time df = load()` runs `df = load()`.
_RUNS_STATEMENT = {
    "time": "the duration is not printed; the run record keeps each cell's duration",
    "timeit": "the statement ran once and is not timed; the run record keeps each cell's duration",
    "prun": "the statement ran without profiling",
    "lprun": "the statement ran without profiling",
    "memit": "the statement ran without measuring memory",
    "capture": "its output is shown, not captured",
}
_CELL_RUNS_BODY = {
    "time": _RUNS_STATEMENT["time"],
    "timeit": "the cell ran once and is not timed; the run record keeps each cell's duration",
    "prun": _RUNS_STATEMENT["prun"],
    "capture": "the cell's output is shown, not captured",
}
_CELL_TEXT = {"html", "markdown", "latex", "svg"}
_INSTALLERS = {"pip", "conda", "mamba", "micromamba"}
_SHELL_MAGICS = {"sx", "system", "sc", "bash", "sh", "script", "perl", "ruby", "python2",
                 "python3", "pypy", "python", "javascript", "js", "!"}  # fmt: skip
_NOT_POSSIBLE = {
    "run": "it runs another file as a program; paste its code into a cell instead",
    "load": "it loads code from a file or URL; paste the code into a cell instead",
    "loadpy": "it loads code from a file or URL; paste the code into a cell instead",
    "edit": "there is no editor in a cell; edit the cell itself",
    "macro": "there is no IPython in Sandbench",
    "writefile": "a line magic cannot write a file; use %%writefile NAME as a cell magic",
}

_LINE_MAGIC = re.compile(r"^([ \t]*)(?:([A-Za-z_][\w, \t]*?)[ \t]*=[ \t]*)?%(%?)([A-Za-z_][\w]*|!)(.*)$")
_SHELL_LINE = re.compile(r"^([ \t]*)(?:([A-Za-z_][\w, \t]*?)[ \t]*=[ \t]*)?!(.*)$")
_HELP_LINE = re.compile(r"^([ \t]*)(\?\??[\w.]+|[\w.]+\?\??)[ \t]*$")
_INSTALL_WORDS = re.compile(r"(^|[\s/])(pip3?|conda|mamba|micromamba|apt(-get)?|easy_install)(\s|$)")
_MAYBE_MAGIC = re.compile(r"^[ \t]*(?:[A-Za-z_][\w, \t]*=[ \t]*)?[%!]|\?[ \t]*$|^[ \t]*\?", re.M)


class MagicResult:
    """The cell as Python, with the notes and refusals its magics produced."""

    __slots__ = ("code", "notes", "refusals")

    def __init__(self, code, notes=(), refusals=()):
        self.code = code
        self.notes = list(notes)  # (line, text)
        self.refusals = list(refusals)  # [Violation]


def _refusal(rule, line, col, text):
    return Violation(rule=rule, message=text, line=line, col=col, layer=STATIC)


def _install_refusal(line, col, what):
    return _refusal("package-install", line, col, f"{what} is refused: {_PACKAGES_ADVICE}")


def _shell_refusal(line, col, what):
    if _INSTALL_WORDS.search(what.lstrip("!%")):
        return _install_refusal(line, col, what)
    return _refusal("shell-command", line, col, f"{what} is refused: {_SHELL_ADVICE}")


def _cell_magic(lines, first, name, argument, result):
    """A cell that starts with %%name: returns the cell's new lines."""
    line = first + 1
    body = "\n".join(lines[first + 1 :])
    indent_col = len(lines[first]) - len(lines[first].lstrip()) + 1
    shown = f"%%{name}"
    if name in _INSTALLERS:
        result.refusals.append(_install_refusal(line, indent_col, shown))
        return lines
    if name in _SHELL_MAGICS:
        result.refusals.append(_shell_refusal(line, indent_col, f"the cell magic {shown}"))
        return lines
    if name in _CELL_RUNS_BODY:
        result.notes.append((line, f"{shown}: {_CELL_RUNS_BODY[name]}"))
        return lines[:first] + [""] + lines[first + 1 :]
    if name in _CELL_TEXT:
        result.notes.append((line, f"{shown}: the cell's text is shown as text"))
        return lines[:first] + [f"print({body!r})"]
    if name == "writefile":
        words = argument.split()
        append = "-a" in words or "--append" in words
        names = [w for w in words if not w.startswith("-")]
        if len(names) != 1:
            result.refusals.append(_refusal(
                "magic-not-available", line, indent_col,
                f"{shown} needs exactly one file name, for example %%writefile notes.txt"))  # fmt: skip
            return lines
        target = names[0].strip("'\"")
        verb = "Appending to" if append else "Writing"
        return lines[:first] + [
            f"with open({target!r}, {'a' if append else 'w'!r}, encoding='utf-8') as _writefile: "
            f"_writefile.write({body + chr(10)!r}); print({verb + ' ' + target!r})",
            "del _writefile",
        ]
    result.refusals.append(_refusal(
        "magic-not-available", line, indent_col,
        f"the cell magic {shown} is not available in Sandbench: a cell is plain Python; "
        "remove the first line to run the rest as Python"))  # fmt: skip
    return lines


def _line_magic(text, number, result):
    """One line: its replacement (same indentation), recording notes and refusals."""
    match = _SHELL_LINE.match(text)
    if match and not text.lstrip().startswith("!="):
        indent, _target, command = match.groups()
        result.refusals.append(_shell_refusal(number, len(indent) + 1, f"!{command.strip()}"))
        return text
    match = _LINE_MAGIC.match(text)
    if match:
        indent, target, cell, name, argument = match.groups()
        col = len(indent) + 1
        shown = f"%{name}"
        argument = argument.strip()
        if cell:  # %%magic after the first line: IPython does not accept it either
            result.refusals.append(_refusal(
                "magic-not-available", number, col,
                f"%%{name} must be the cell's first line, as in Jupyter"))  # fmt: skip
            return text
        if name in _INSTALLERS:
            result.refusals.append(_install_refusal(number, col, f"{shown} {argument}".strip()))
            return text
        if name in _SHELL_MAGICS:
            result.refusals.append(_shell_refusal(number, col, f"{shown} {argument}".strip()))
            return text
        if name in _NOT_POSSIBLE:
            result.refusals.append(_refusal(
                "magic-not-available", number, col,
                f"{shown} is not available in Sandbench: {_NOT_POSSIBLE[name]}"))  # fmt: skip
            return text
        if name in _RUNS_STATEMENT:
            statement = re.sub(r"^(-[A-Za-z]+(\s+\S+)?\s+)*", "", argument) if argument else ""
            if name == "timeit":  # -n 10 -r 3 take a value; -o, -q do not
                statement = re.sub(r"^((-[nrp]\s+\S+|-[oqt])\s+)*", "", argument)
            result.notes.append((number, f"{shown}: {_RUNS_STATEMENT[name]}"))
            if not statement:
                return f"{indent}pass"
            return f"{indent}{target} = {statement}" if target else f"{indent}{statement}"
        reason = _NOT_NEEDED.get(name, "it is an IPython command, not Python")
        result.notes.append((number, f"{shown} was skipped: {reason}"))
        return f"{indent}{target} = None" if target else f"{indent}pass"
    match = _HELP_LINE.match(text)
    if match:
        indent, query = match.groups()
        name = query.strip("?")
        result.notes.append((number, f"{query} was skipped: print({name}.__doc__) shows the help"))
        return f"{indent}pass"
    return text


def transform_magics(code):
    """The cell as plain Python. Code that parses as Python is returned unchanged (a `%` or `!`
    at the start of a line can then only be inside a string or a continued expression)."""
    if not isinstance(code, str) or not _MAYBE_MAGIC.search(code):
        return MagicResult(code)
    try:
        ast.parse(code)
        return MagicResult(code)
    except (SyntaxError, ValueError):
        pass
    result = MagicResult(code)
    lines = code.split("\n")
    first = next((i for i, text in enumerate(lines) if text.strip()), None)
    if first is not None:
        head = re.match(r"^[ \t]*%%([A-Za-z_]\w*|!)(.*)$", lines[first])
        if head:
            lines = _cell_magic(lines, first, head.group(1), head.group(2).strip(), result)
            if result.refusals or lines[first] != "":
                result.code = "\n".join(lines)
                return result
    out = []
    in_string = None  # the quote of a triple-quoted string that spans lines
    for index, text in enumerate(lines):
        if in_string is None and text.strip():
            text = _line_magic(text, index + 1, result)
        out.append(text)
        for quote in ('"""', "'''"):
            if text.count(quote) % 2 == 1:
                in_string = None if in_string == quote else (in_string or quote)
    result.code = "\n".join(out)
    return result


# -- display -------------------------------------------------------------------------------------


class DisplayObject:
    """IPython.display's rich objects, shown as text."""

    kind = "text"

    def __init__(self, data=None, url=None, filename=None, metadata=None, **kwargs):
        if filename is None and isinstance(data, str) and "\n" not in data and data.endswith(
            self.extensions()
        ):
            filename, data = data, None
        self.data, self.url, self.filename, self.metadata = data, url, filename, metadata

    @classmethod
    def extensions(cls):
        return ()

    def _source(self):
        if self.data is not None:
            return self.data
        if self.filename is not None:
            with open(self.filename, encoding="utf-8") as handle:
                return handle.read()
        return ""

    def _text(self):
        source = self._source()
        return source if isinstance(source, str) else repr(source)

    def __repr__(self):
        return self._text()


class Markdown(DisplayObject):
    @classmethod
    def extensions(cls):
        return (".md", ".markdown")

    def _repr_markdown_(self):
        return self._text()


class Latex(DisplayObject):
    pass


class Pretty(DisplayObject):
    pass


class Code(DisplayObject):
    def __init__(self, data=None, url=None, filename=None, language=None, **kwargs):
        super().__init__(data, url, filename)


class HTML(DisplayObject):
    @classmethod
    def extensions(cls):
        return (".html", ".htm")

    def _repr_html_(self):
        return DisplayObject._text(self)

    def _text(self):
        text = re.sub(r"<(br|/p|/div|/tr|/h\d|/li)\s*/?>", "\n", super()._text(), flags=re.I)
        text = re.sub(r"</t[dh]>", "\t", text, flags=re.I)
        return html.unescape(re.sub(r"<[^>]+>", "", text)).strip("\n")


class SVG(DisplayObject):
    def _text(self):
        return "[SVG image: shown in a notebook, not in Sandbench's text output]"


class Javascript(DisplayObject):
    def _text(self):
        return "[JavaScript: not run, there is no browser in Sandbench]"


class JSON(DisplayObject):
    def _text(self):
        import json

        return json.dumps(self.data, indent=2, default=str)


class Image(DisplayObject):
    """A PNG shown at the cell's width (JPEG and GIF become PNG through Pillow when it is there);
    a URL is not fetched: cells have no network."""

    def __init__(self, data=None, url=None, filename=None, format=None, embed=None, width=None,
                 height=None, **kwargs):  # noqa: A002  # fmt: skip
        if isinstance(data, str) and filename is None and "\n" not in data:
            if data.startswith(("http://", "https://")):
                url, data = data, None
            else:
                filename, data = data, None
        super().__init__(data, url, filename)
        self.format, self.width, self.height = format, width, height

    def _bytes(self):
        if isinstance(self.data, (bytes, bytearray)):
            return bytes(self.data)
        if self.filename is not None:
            with open(self.filename, "rb") as handle:
                return handle.read()
        return None

    def _repr_png_(self):
        data = self._bytes()
        if not data or data.startswith(b"\x89PNG\r\n\x1a\n"):
            return data
        try:
            from PIL import Image as PILImage
        except ImportError:
            return None
        converted = io.BytesIO()
        PILImage.open(io.BytesIO(data)).save(converted, "PNG")
        return converted.getvalue()

    def _text(self):
        if self.url is not None and self.data is None and self.filename is None:
            return f"[image {self.url}: not fetched, cells have no network]"
        if self.filename is not None:
            return f"[image: {self.filename}]"
        if isinstance(self.data, (bytes, bytearray)):
            return f"[image: {len(self.data)} bytes]"
        return "[image]"


class IFrame(DisplayObject):
    def __init__(self, src, width=None, height=None, **kwargs):
        super().__init__(data=src)

    def _text(self):
        return f"[web page {self.data}: not shown, there is no network in Sandbench]"


class FileLink(DisplayObject):
    def __init__(self, path, **kwargs):
        super().__init__(data=str(path))


FileLinks = FileLink


def display(*objs, include=None, exclude=None, metadata=None, transient=None, display_id=None,
            raw=False, clear=False, **kwargs):  # fmt: skip
    """Shows each object in the cell as Jupyter does: as its richest form (rich.py), after the
    text printed before it. raw=True: each object is already a {MIME: value} bundle. A
    matplotlib figure is left open: it is collected with the cell's other figures. Outside a
    cell the text form is printed."""
    publisher = rich.current()
    for obj in objs:
        if rich.is_figure(obj):
            continue
        if raw and isinstance(obj, dict):
            data = dict(obj)
        else:
            data = rich.run_inline(rich.bundle_steps(obj))
        if publisher is None:
            print(data.get(protocol.MIME_PLAIN, ""))
        else:
            publisher.add(obj, data, protocol.RICH_KIND_DISPLAY)


def clear_output(wait=False):
    """Output is per cell in Sandbench: nothing to clear."""


def update_display(obj, *, display_id=None, **kwargs):
    display(obj)


def _display_as(kind):
    def show(*objs, raw=False, **kwargs):
        for obj in objs:
            display(kind(obj) if raw and isinstance(obj, str) else obj)

    show.__name__ = f"display_{kind.__name__.lower()}"
    return show


def get_ipython():
    """There is no IPython shell: libraries that ask (matplotlib, pandas, tqdm) see None."""
    return None


def _shim_modules():
    """IPython, IPython.display and IPython.core.display, as far as notebook code uses them."""
    exported = {
        "display": display, "clear_output": clear_output, "update_display": update_display,
        "DisplayObject": DisplayObject, "Markdown": Markdown, "HTML": HTML, "Latex": Latex,
        "Math": Latex, "Pretty": Pretty, "Code": Code, "SVG": SVG, "Javascript": Javascript,
        "JSON": JSON, "Image": Image, "IFrame": IFrame, "FileLink": FileLink,
        "FileLinks": FileLinks, "display_markdown": _display_as(Markdown),
        "display_html": _display_as(HTML), "display_latex": _display_as(Latex),
        "display_pretty": _display_as(Pretty), "display_json": _display_as(JSON),
        "display_svg": _display_as(SVG), "display_javascript": _display_as(Javascript),
    }  # fmt: skip
    package = types.ModuleType("IPython", "Sandbench's stand-in for IPython: display only.")
    package.__path__ = []  # a package, so `import IPython.display` finds the submodule
    package.get_ipython = get_ipython
    package.version_info = (0, 0, 0, "sandbench")
    core = types.ModuleType("IPython.core")
    core.__path__ = []
    shown = types.ModuleType("IPython.display", "display() and rich objects, rendered as text.")
    shown.__dict__.update(exported)
    shown.__all__ = sorted(exported)
    core_display = types.ModuleType("IPython.core.display")
    core_display.__dict__.update(exported)
    package.display, package.core, core.display = shown, core, core_display
    package.core.getipython = types.ModuleType("IPython.core.getipython")
    package.core.getipython.get_ipython = get_ipython
    return {
        "IPython": package,
        "IPython.core": core,
        "IPython.core.display": core_display,
        "IPython.core.getipython": package.core.getipython,
        "IPython.display": shown,
    }


def install():
    """Makes `display` a builtin (Jupyter does the same) and `IPython.display` importable.

    Runs before the runtime guard copies the builtins and before the sandbox is armed. A real
    IPython already loaded is left alone; otherwise the stand-in takes its place, so a cell never
    loads IPython's shell machinery."""
    if "display" not in builtins.__dict__:
        builtins.display = display
    if "IPython" not in sys.modules:
        sys.modules.update(_shim_modules())


for _cls in (DisplayObject, Markdown, Latex, Pretty, Code, HTML, SVG, Javascript, JSON, Image,
             IFrame, FileLink):  # fmt: skip
    _cls.__module__ = "IPython.display"
for _function in (display, clear_output, update_display, get_ipython):
    _function.__module__ = "IPython.display"
del _cls, _function
