"""The static check: reads a cell's syntax tree before anything runs and reports every refusal.

It is the first of the in-process layers and not the boundary (the kernel is): it exists to refuse
early, exactly (rule, line, column) and readably. It still has to hold on its own as far as a syntax
tree reaches, so it is strict: a name that reaches a dangerous module is refused wherever it appears,
including as an attribute of an allowed library (`pandas.io.common.os`), inside a format string
(`"{0.__class__}"`) or as the name given to `getattr`.

Rules (stable ids, see Violation.rule):
  syntax-error         the cell does not parse; nothing else is checked
  import-not-allowed   an import the profile does not allow, or any relative import
  import-needs-review  an import the profile lets a reviewer approve
  blocked-builtin      any use of a name the profile blocks as a builtin (eval, open, ...)
  blocked-attribute    an attribute the profile blocks (or a frame internal), wherever it is named
  dunder-attribute     any other double-underscore attribute outside a small safe set
  import-machinery     a name that reaches a dangerous module or the import machinery

One pass over the tree with set lookups (in the worker the walk itself is C++, astscan.cpp: it
hands back only the nodes checked here, and the rules stay these); strings are examined only when they could hold a name
(they contain "__" or a format field), except in a cell that computes attribute names (getattr
called with a variable, or passed around as in `reduce(getattr, ...)`): there every word of every
literal is checked as an attribute name. Names computed at run time beyond that are the restricted
runtime's to refuse. `ast.parse` costs several times the check itself: a caller that parses the cell
anyway should call check_tree on its tree (before changing it)."""

import ast
import functools
import operator
import re

from _string import formatter_field_name_split, formatter_parser

from .dunders import READABLE_DUNDERS, SAFE_DUNDERS
from .profile import Policy
from .violations import STATIC, Violation

__all__ = ["check_source", "check_tree", "SAFE_DUNDERS"]

# Blocked whatever the profile says: frames and what leads straight to them. A profile may list more.
_FRAME_ATTRIBUTES = frozenset(
    {
        "__traceback__", "f_globals", "f_locals", "f_back", "f_builtins", "f_code", "f_trace",
        "gi_frame", "gi_code", "cr_frame", "cr_code", "ag_frame", "ag_code", "tb_frame", "tb_next",
        "co_code",
    }
)  # fmt: skip

# Why a module is off limits, by kind; used in import and attribute messages.
_WHY = {
    "process": "starting programs is not possible in Sandbench; do the work in Python instead",
    "interp": "it reaches the interpreter's internals and the import machinery",
    "native": "it loads native code",
    "net": "network access is not possible in Sandbench",
    "files": "files are read through the dataset variables or pandas readers and written into the "
    "output folder only",
    "pickle": "loading pickled data can run hidden code",
    "thread": "background work could outlive the run",
    "introspect": "it walks the interpreter's objects and running frames",
    "env": "environment variables can hold secrets",
    "future": "it is not needed in a cell (Python 3.11); remove the line",
}

# Top-level module -> kind, for import messages. Modules not listed: "not on the allowlist".
_MODULE_KIND = {
    **dict.fromkeys(
        ["os", "posix", "nt", "subprocess", "_posixsubprocess", "pty", "multiprocessing", "signal",
         "shutil", "resource", "sched"], "process"),
    **dict.fromkeys(
        ["sys", "builtins", "importlib", "imp", "_imp", "types", "code", "codeop", "runpy", "pkgutil",
         "zipimport", "site", "_frozen_importlib", "_frozen_importlib_external"], "interp"),
    **dict.fromkeys(["ctypes", "_ctypes", "cffi", "mmap"], "native"),
    **dict.fromkeys(
        ["socket", "_socket", "ssl", "http", "urllib", "urllib3", "requests", "httpx", "ftplib",
         "smtplib", "asyncio", "selectors", "select", "xmlrpc", "telnetlib", "webbrowser"], "net"),
    **dict.fromkeys(
        ["pathlib", "glob", "tempfile", "io", "_io", "fileinput", "zipfile", "tarfile", "sqlite3",
         "shelve", "dbm", "linecache"], "files"),
    **dict.fromkeys(["pickle", "_pickle", "marshal", "dill", "cloudpickle", "joblib", "copyreg"],
                    "pickle"),
    **dict.fromkeys(["threading", "_thread", "concurrent", "atexit"], "thread"),
    **dict.fromkeys(["inspect", "gc", "traceback", "dis", "tracemalloc", "faulthandler"],
                    "introspect"),
    "__future__": "future",
}  # fmt: skip

# Names that reach a dangerous module when read as an attribute of an allowed one
# (`pandas.io.common.os`, `np.ctypeslib.ctypes`, `collections._sys`, `statistics.random._os`), or as a
# bare name that a star import may have brought in. Value: (module named in the message, kind, the
# module whose import, if the profile allows it, makes this name allowed too; None = never).
_MODULE_NAMES = {
    "os": ("os", "process", "os"),
    "_os": ("os", "process", None),
    "posix": ("os", "process", None),
    "nt": ("os", "process", None),
    "subprocess": ("subprocess", "process", "subprocess"),
    "_posixsubprocess": ("_posixsubprocess", "process", None),
    "pty": ("pty", "process", "pty"),
    "multiprocessing": ("multiprocessing", "process", "multiprocessing"),
    "shutil": ("shutil", "process", "shutil"),
    "sys": ("sys", "interp", "sys"),
    "_sys": ("sys", "interp", None),
    "builtins": ("builtins", "interp", None),
    "importlib": ("importlib", "interp", None),
    "_imp": ("_imp", "interp", None),
    "_bootstrap": ("importlib._bootstrap", "interp", None),
    "_bootstrap_external": ("importlib._bootstrap_external", "interp", None),
    "ctypes": ("ctypes", "native", None),
    "_ctypes": ("ctypes", "native", None),
    "ctypeslib": ("numpy.ctypeslib", "native", None),
    "socket": ("socket", "net", "socket"),
    "_socket": ("socket", "net", None),
    "urllib": ("urllib", "net", "urllib"),
    "pathlib": ("pathlib", "files", "pathlib"),
    "tempfile": ("tempfile", "files", "tempfile"),
    "_io": ("_io", "files", None),
    "pickle": ("pickle", "pickle", "pickle"),
    "_pickle": ("pickle", "pickle", None),
    "marshal": ("marshal", "pickle", "marshal"),
    "threading": ("threading", "thread", "threading"),
    "_thread": ("_thread", "thread", None),
    "gc": ("gc", "introspect", "gc"),
    "inspect": ("inspect", "introspect", "inspect"),
    "_getframe": ("sys._getframe", "introspect", None),
    # The worker's environment is scrubbed: where `os` is allowed, reading it tells nothing.
    "environ": ("os.environ", "env", "os"),
    "getenv": ("os.getenv", "env", "os"),
    # functions libraries re-export (`pd.io.common.urlopen`, `seaborn.utils.urlopen`)
    "Popen": ("subprocess.Popen", "process", None),
    "popen": ("os.popen", "process", None),
    "fork_exec": ("_posixsubprocess.fork_exec", "process", None),
    "urlopen": ("urllib.request.urlopen", "net", None),
    "urlretrieve": ("urllib.request.urlretrieve", "net", None),
}
# Only as attributes: as bare names these are ordinary variable names.
_MACHINERY_ATTRIBUTES = {
    "modules": ("sys.modules", "interp", None),
    "_current_frames": ("sys._current_frames", "introspect", None),
}
# Only as bare names: the import machinery's own names (the profile usually blocks them already).
_MACHINERY_NAMES = {
    "__import__": ("__import__", "interp", None),
    "__builtins__": ("builtins", "interp", None),
    "__loader__": ("the module loader", "interp", None),
    "__spec__": ("the module spec", "interp", None),
}

# Functions of `os` that start or signal processes. Where a profile allows `os` they are refused
# when read from something the cell calls os (`os.system`, `import os as o; o.fork`,
# `pd.io.common.os.system`, `from os import kill`), not as any attribute of that name
# (`platform.system()`, `proc.kill()`). The audit hook and seccomp refuse them anyway; this is the
# early message with line and column.
_OS_PROCESS_FUNCTIONS = frozenset(
    """system fork forkpty execl execle execlp execlpe execv execve execvp execvpe spawnl spawnle
    spawnlp spawnlpe spawnv spawnve spawnvp spawnvpe posix_spawn posix_spawnp kill killpg
    register_at_fork setsid startfile""".split()
)
_OS_MODULE_NAMES = frozenset({"os", "_os", "posix", "nt"})

# Calls whose string arguments are attribute names (dotted for attrgetter and get_field).
_ATTRIBUTE_NAME_CALLS = frozenset(
    {"getattr", "setattr", "hasattr", "delattr", "attrgetter", "methodcaller", "get_field"}
)
_NAME_PARTS = re.compile(r"[.\[\]]")
_LOOSE_FIELD = re.compile(r"\{([^{}]*)")
_LOOSE_ATTRIBUTE = re.compile(r"[.\[]\s*([A-Za-z_][A-Za-z0-9_]*)")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NEWLINE = re.compile(r"\r\n|\r|\n")
_BINOP_FOLD_DEPTH = 64

_BUILTIN_MESSAGES = {
    "open": "open() is not available in a cell: use the dataset variables or pandas readers to "
    "read, and df.to_csv('name.csv') or fig.savefig('name.png') to write into the output folder",
    "eval": "eval() is not available in a cell: running code built from text is refused; write the "
    "code directly in the cell",
    "exec": "exec() is not available in a cell: running code built from text is refused; write the "
    "code directly in the cell",
    "compile": "compile() is not available in a cell: running code built from text is refused; "
    "write the code directly in the cell (re.compile is fine)",
    "__import__": "__import__() is not available in a cell: use a plain import statement for an "
    "allowed module",
    "globals": "globals() is not available in a cell: it exposes the cell's whole namespace; refer "
    "to your variables by name or keep them in a dict",
    "locals": "locals() is not available in a cell: it exposes the interpreter's namespaces; refer "
    "to your variables by name or keep them in a dict",
    "vars": "vars() is not available in a cell: it exposes objects' internals; refer to attributes "
    "by name or keep values in a dict",
    "input": "input() is not available in a cell: nobody can answer while it runs; put the value "
    "in the cell",
    "exit": "exit() is not available in a cell: to stop early, raise an exception with a clear "
    "message",
    "quit": "quit() is not available in a cell: to stop early, raise an exception with a clear "
    "message",
    "breakpoint": "breakpoint() is not available in a cell: there is no debugger; use print() to "
    "look at values",
    "help": "help() is not available in a cell: it starts an interactive pager; print(obj.__doc__) "
    "shows the same text",
    "memoryview": "memoryview() is not available in a cell: raw memory access is refused; use "
    "numpy arrays",
}


class _Rules:
    """What one policy refuses, precomputed into sets (cached: profiles rarely change)."""

    def __init__(self, policy):
        self.policy = policy
        self.blocked_builtins = frozenset(policy.blocked_builtins)
        self.blocked_attributes = frozenset(policy.blocked_attributes) | _FRAME_ATTRIBUTES
        self.safe_dunders = SAFE_DUNDERS | (READABLE_DUNDERS - self.blocked_attributes)
        self.blocked_dunders = frozenset(
            a for a in self.blocked_attributes if len(a) > 4 and a[:2] == "__" and a[-2:] == "__"
        )

        def live(table):  # entries the profile has not made importable
            return {
                name: entry
                for name, entry in table.items()
                if entry[2] is None or not policy.import_allowed(entry[2])
            }

        self.module_names = live(_MODULE_NAMES)
        self.machinery_attributes = {**self.module_names, **live(_MACHINERY_ATTRIBUTES)}
        self.machinery_names = {**self.module_names, **live(_MACHINERY_NAMES)}
        # One set per node kind, so the common case is a single failed lookup. The getattr family
        # is in both: the walk notes where it is used as a value rather than called.
        self.bad_attributes = (
            self.blocked_attributes | frozenset(self.machinery_attributes) | _ATTRIBUTE_NAME_CALLS
        )
        self.bad_names = (
            self.blocked_builtins | self.blocked_attributes | frozenset(self.machinery_names)
            | _ATTRIBUTE_NAME_CALLS
        )
        # What the walk keeps of Attribute nodes besides unsafe dunders (scan, astscan.cpp).
        self.keep_attributes = self.bad_attributes | _OS_PROCESS_FUNCTIONS
        self.dunder_pattern = (
            re.compile(
                r"(?<![A-Za-z0-9_])("
                + "|".join(sorted(map(re.escape, self.blocked_dunders), key=len, reverse=True))
                + r")(?![A-Za-z0-9_])"
            )
            if self.blocked_dunders
            else None
        )
        self._imports = {}
        self.allowed_hint = _allowlist_hint(policy)
        self.os_allowed = policy.import_allowed("os")

    def import_verdict(self, dotted):
        """None when allowed, else "import-not-allowed" or "import-needs-review"."""
        verdict = self._imports.get(dotted, 0)
        if verdict == 0:
            if self.policy.import_allowed(dotted):
                verdict = None
            elif self.policy.import_needs_review(dotted):
                verdict = "import-needs-review"
            else:
                verdict = "import-not-allowed"
            self._imports[dotted] = verdict
        return verdict

    def attribute_rule(self, attr, context="text"):
        """(rule, reason) for an attribute name, or None when it is fine. The reason completes
        "<what> is refused: ..." (see _refused); context: "attribute" (`x.name` in the code) or
        "text" (a string or an imported name), for the advice."""
        if attr in self.blocked_attributes:
            return "blocked-attribute", _blocked_attribute_reason(attr)
        entry = self.machinery_attributes.get(attr)
        if entry is not None:
            return "import-machinery", _machinery_reason(attr, entry, context)
        if attr[:2] == "__" and attr[-2:] == "__" and attr not in self.safe_dunders:
            return "dunder-attribute", (
                "special double-underscore attributes other than common ones like __init__, "
                "__name__ and __doc__ are off limits in a cell; use the object's public methods "
                "instead"
            )
        return None

    def name_rule(self, name, store):
        """(rule, message) for a bare name, or None when it is fine."""
        if name in self.blocked_builtins:
            if store:
                return "blocked-builtin", (
                    f"'{name}' cannot be used as a variable name in a cell: it is the name of a "
                    "blocked builtin; choose another name"
                )
            return "blocked-builtin", _BUILTIN_MESSAGES.get(
                name,
                f"{name} is not available in a cell: the profile blocks this builtin; if it is "
                "your own variable, choose another name",
            )
        if name in self.blocked_attributes:
            return "blocked-attribute", _refused(f"the name '{name}'", _blocked_attribute_reason(name))
        entry = self.machinery_names.get(name)
        if entry is not None:
            reason = _machinery_reason(name, entry, "name")
            return "import-machinery", _refused(f"the name '{name}'", reason)
        return None


def _allowlist_hint(policy):
    allowed = policy.allowed_imports
    if not allowed:
        return "the profile allows no imports"
    if len(allowed) <= 6:
        return "the allowed modules are " + ", ".join(sorted(allowed))
    known = [m for m in ("pandas", "numpy", "scipy", "statsmodels", "matplotlib", "seaborn")
             if m in allowed]  # fmt: skip
    shown = known or sorted(allowed)[:4]
    return (
        "the allowed modules are " + ", ".join(shown) + " and others: see the profile's allowlist "
        "(Settings > Policy)"
    )


def _refused(what, reason):
    return f"{what} is refused: {reason}"


def _blocked_attribute_reason(attr):
    if attr in _FRAME_ATTRIBUTES or attr.startswith(("f_", "gi_", "cr_", "ag_", "tb_", "co_")):
        why = "it reaches running frames and their variables, the usual way out of a sandbox"
    else:
        why = "it reaches Python's internals (classes, function globals, builtins), the usual way " \
              "out of a sandbox"
    return f"{why}; use the object's public methods instead"


def _machinery_reason(name, entry, context):
    module, kind, _ = entry
    if kind == "env":
        reached = f"it reaches {module}"
    elif module == name:
        reached = f"it is the module '{module}'"
    else:
        reached = f"it reaches '{module}'"
    advice = "use the allowed libraries' public functions instead"
    if context == "attribute":
        advice += f" (a data column called '{name}' is read as df['{name}'])"
    elif context == "name":
        advice += " (if it is your own variable, choose another name)"
    return f"{reached}, which is not reachable from a cell ({_WHY[kind]}); {advice}"


def _import_message(rules, dotted, verdict):
    if verdict == "import-needs-review":
        return (
            f"import of '{dotted}' needs review: the '{rules.policy.name}' profile lets a reviewer "
            "approve it, and a reviewer must approve this cell before it runs (or use only allowed "
            "modules)"
        )
    kind = _MODULE_KIND.get(dotted.partition(".")[0])
    if kind == "future":
        return f"import of '{dotted}' is not allowed: {_WHY[kind]}"
    why = _WHY[kind] if kind else "it is not on the profile's allowlist"
    return f"import of '{dotted}' is not allowed: {why}; {rules.allowed_hint}"


@functools.lru_cache(maxsize=16)
def _rules_for(allowed, review, builtins_, attributes, name):
    return _Rules(
        Policy(
            name=name,
            allowed_imports=allowed,
            review_imports=review,
            blocked_builtins=builtins_,
            blocked_attributes=attributes,
        )
    )


def _rules(policy):
    return _rules_for(
        frozenset(policy.allowed_imports),
        frozenset(policy.review_imports),
        frozenset(policy.blocked_builtins),
        frozenset(policy.blocked_attributes),
        policy.name,
    )


# Fields never holding a child node worth visiting (identifiers, numbers, contexts, operators).
_SKIP_FIELDS = frozenset(
    {"ctx", "op", "ops", "id", "attr", "name", "asname", "arg", "module", "level", "names",
     "kwd_attrs", "type_comment", "conversion", "kind", "tag", "rest", "is_async", "lineno",
     "simple"}
)  # fmt: skip
_CHILD_FIELDS = {ast.Constant: (), ast.MatchSingleton: (), ast.Name: ()}


def _child_fields(cls):
    fields = _CHILD_FIELDS.get(cls)
    if fields is None:
        if isinstance(cls, type) and issubclass(cls, ast.AST):
            fields = tuple(f for f in cls._fields if f not in _SKIP_FIELDS)
        else:
            fields = ()
        _CHILD_FIELDS[cls] = fields
    return fields


# Per node class, one C call that returns the values of its child fields as a tuple (None for a
# class without children): a getattr per field was a third of the walk.
_CHILD_GETTERS = {}


def _child_getter(cls):
    fields = _child_fields(cls)
    if not fields:
        getter = None
    elif len(fields) == 1:
        # attrgetter of one name returns the value itself, not a tuple.
        single = operator.attrgetter(fields[0])
        getter = lambda node: (single(node),)  # noqa: E731
    else:
        getter = operator.attrgetter(*fields)
    _CHILD_GETTERS[cls] = getter
    return getter


# The node classes the walk tells apart, in the order astscan.cpp expects them.
_KINDS = (ast.Name, ast.Attribute, ast.Constant, ast.Call, ast.BinOp, ast.Import, ast.ImportFrom,
          ast.MatchClass, ast.Add)  # fmt: skip

# The worker's C++ walk (astscan.h), set by the worker's session; None: the walk in Python (scan).
_native_scan = None


def use_native_scan(scan):
    """Makes check_tree walk trees with `scan` (the worker's C++ one), or in Python with None."""
    global _native_scan
    _native_scan = scan


class _Checker:
    def __init__(self, rules, source):
        self.rules = rules
        self.source = source
        self.found = {}  # (line, byte col, name) -> (rule, message): one report per name and place
        self.refused_bindings = set()  # names bound by refused imports: their uses are not re-reported
        self.called = set()  # ids of the getattr-family nodes that are called, not passed around
        # Set when getattr & co. are passed around (`reduce(getattr, "io common os".split(), pd)`)
        # or called with a computed name: then every literal may become an attribute name.
        self.computed_names = False
        self.literals = []  # (node, text): string literals and folded concatenations
        self._lines = None
        self.os_names = set(_OS_MODULE_NAMES)  # names the cell binds to the os module
        self.process_calls = []  # (node): `NAME.system` & co., judged once every import is seen

    # Reporting -------------------------------------------------------------------------------------
    def report(self, line, col, name, rule, message, bare_name=False):
        key = (line, col, name)
        if key not in self.found:
            self.found[key] = (rule, message, bare_name)

    def check_attribute_name(self, attr, line, col):
        verdict = self.rules.attribute_rule(attr)
        if verdict is not None:
            self.report(line, col, attr, verdict[0], _refused(f"access to '.{attr}'", verdict[1]))

    def check_text(self, text, node):
        """Strings can name attributes for str.format and getattr: look for blocked names."""
        rules = self.rules
        if "__" in text and rules.dunder_pattern is not None:
            for found in rules.dunder_pattern.finditer(text):
                name = found.group(1)
                self.report(
                    node.lineno, node.col_offset, name, "blocked-attribute",
                    _refused(f"the text '{_clip(text)}'",
                             f"it names the blocked attribute '{name}', which a string reaches through "
                             "str.format() or getattr(); remove it"),
                )  # fmt: skip
        if "{" in text and ("." in text or "[" in text):
            for attr, is_attribute in _format_field_names(text):
                verdict = rules.attribute_rule(attr)
                if verdict is None or (not is_attribute and verdict[0] == "import-machinery"):
                    continue
                self.report(
                    node.lineno, node.col_offset, attr, verdict[0],
                    _refused(f"the format field '.{attr}' in '{_clip(text)}'", verdict[1]),
                )  # fmt: skip

    def check_attribute_argument(self, text, node):
        """A string given to getattr() and friends is an attribute name (dotted for attrgetter)."""
        for part in _NAME_PARTS.split(text):
            part = part.strip()
            if part:
                verdict = self.rules.attribute_rule(part)
                if verdict is not None:
                    self.report(
                        node.lineno, node.col_offset, part, verdict[0],
                        _refused(_attribute_argument(text, part), verdict[1]),
                    )  # fmt: skip

    # Nodes -----------------------------------------------------------------------------------------
    def visit_import(self, node):
        rules = self.rules
        for alias in node.names:
            dotted = alias.name
            verdict = rules.import_verdict(dotted)
            if verdict is not None:
                self.report(alias.lineno, alias.col_offset, dotted, verdict,
                            _import_message(rules, dotted, verdict))  # fmt: skip
                self.refused_bindings.add(alias.asname or dotted.partition(".")[0])
            else:
                if dotted == "os" and alias.asname:
                    self.os_names.add(alias.asname)
                for part in dotted.split(".")[1:]:
                    self.check_attribute_name(part, alias.lineno, alias.col_offset)

    def visit_import_from(self, node):
        rules = self.rules
        if node.level:
            names = ", ".join(a.name for a in node.names)
            where = "." * node.level + (node.module or "")
            self.report(
                node.lineno, node.col_offset, where, "import-not-allowed",
                f"relative import 'from {where} import {names}' does not work in a cell: a cell is "
                "not part of a package; import the module by its full name",
            )  # fmt: skip
            self.refused_bindings.update(a.asname or a.name for a in node.names)
            return
        dotted = node.module
        verdict = rules.import_verdict(dotted)
        if verdict is not None:
            self.report(node.lineno, node.col_offset, dotted, verdict,
                        _import_message(rules, dotted, verdict))  # fmt: skip
            self.refused_bindings.update(a.asname or a.name for a in node.names)
            return
        for part in dotted.split(".")[1:]:
            self.check_attribute_name(part, node.lineno, node.col_offset)
        for alias in node.names:
            # `from pandas.io.common import os` is `pandas.io.common.os` by another spelling.
            if alias.name != "*":
                self.check_attribute_name(alias.name, alias.lineno, alias.col_offset)
            if alias.name in _OS_PROCESS_FUNCTIONS and dotted in _OS_MODULE_NAMES:
                self.report_process(alias.name, alias.lineno, alias.col_offset)

    def report_process(self, attr, line, col):
        self.report(line, col, attr, "import-machinery", _refused(
            f"access to 'os.{attr}'", _machinery_reason(attr, (f"os.{attr}", "process", None),
                                                        "attribute")))  # fmt: skip

    def visit_call(self, node):
        func = node.func
        cls = type(func)
        if cls is ast.Name:
            name = func.id
        elif cls is ast.Attribute:
            name = func.attr
        else:
            return
        if name in _ATTRIBUTE_NAME_CALLS:
            self.called.add(id(func))
            first_name = 1 if name.endswith("attr") else 0  # getattr(obj, name); attrgetter(name)
            for index, arg in enumerate(node.args):
                if type(arg) is ast.Constant and type(arg.value) is str:
                    self.check_attribute_argument(arg.value, arg)
                    continue
                text = _fold(arg, 0) if type(arg) is ast.BinOp else None
                if text is not None:
                    self.check_attribute_argument(text, arg)
                elif type(arg) is ast.Starred or index == first_name or (
                    name == "attrgetter" and index > first_name
                ):
                    self.computed_names = True

    def visit_match_class(self, node):
        # `case C(__class__=c)` reads the attribute by name.
        for attr, pattern in zip(node.kwd_attrs, node.kwd_patterns):
            self.check_attribute_name(attr, pattern.lineno, pattern.col_offset)

    def visit_binop(self, node):
        # "__cl" + "ass__": fold string concatenations of literals and check the result.
        if type(node.op) is ast.Add and type(node.right) is ast.Constant:
            text = _fold(node, 0)
            if text is not None:
                self.check_text(text, node)
                self.literals.append((node, text))

    def scan(self, tree, all_strings):
        """The nodes of the tree the check looks at, in the walk's order (depth first, last child
        first). What the worker's C++ walk (astscan.cpp, use_native_scan) does; a change here is
        a change there. A node is kept when it might be refused or noted; run() decides. Strings
        without "__" or "{" are kept only with all_strings (a cell that computes names)."""
        rules = self.rules
        bad_names = rules.bad_names
        keep_attributes = rules.keep_attributes
        safe_dunders = rules.safe_dunders
        Name, Attribute, Constant, Call, BinOp, Import, ImportFrom, MatchClass, Add = _KINDS
        attribute_name_calls = _ATTRIBUTE_NAME_CALLS
        child_getters = _CHILD_GETTERS
        kept = []
        keep = kept.append
        stack = [tree]
        pop, push, extend = stack.pop, stack.append, stack.extend
        while stack:
            node = pop()
            cls = type(node)
            if cls is Name:
                if node.id in bad_names:
                    keep(node)
                continue
            if cls is Attribute:
                attr = node.attr
                if attr in keep_attributes or (
                    attr[:2] == "__" and attr[-2:] == "__" and attr not in safe_dunders
                ):  # fmt: skip
                    keep(node)
                push(node.value)
                continue
            if cls is Constant:
                value = node.value
                value_cls = type(value)
                if value_cls is str:
                    if all_strings or "__" in value or "{" in value:
                        keep(node)
                elif value_cls is bytes:
                    if all_strings or b"__" in value or b"{" in value:
                        keep(node)
                continue
            if cls is Call:
                func = node.func
                func_cls = type(func)
                if (func_cls is Name and func.id in attribute_name_calls) or (
                    func_cls is Attribute and func.attr in attribute_name_calls
                ):
                    keep(node)
            elif cls is BinOp:
                if type(node.op) is Add and type(node.right) is Constant:  # as visit_binop
                    keep(node)
            elif cls is Import or cls is ImportFrom or cls is MatchClass:
                keep(node)
            getter = child_getters.get(cls, _child_getter)
            if getter is _child_getter:
                getter = _child_getter(cls)
            if getter is None:
                continue
            for value in getter(node):
                if value.__class__ is list:
                    extend(value)
                elif value is not None:
                    push(value)
        return kept

    def run(self, tree):
        self.check_nodes(self.scan_tree(tree, False))
        if self.computed_names:
            # Every literal may name an attribute: the check again, with every string (rare).
            self.__init__(self.rules, self.source)
            self.check_nodes(self.scan_tree(tree, True))
        self.finish()

    def scan_tree(self, tree, all_strings):
        if _native_scan is None:
            return self.scan(tree, all_strings)
        rules = self.rules
        return _native_scan(tree, _CHILD_FIELDS, _child_fields, _KINDS, rules.bad_names,
                            rules.keep_attributes, rules.safe_dunders, _ATTRIBUTE_NAME_CALLS,
                            all_strings)  # fmt: skip

    def check_nodes(self, nodes):
        rules = self.rules
        report = self.report
        found = self.found
        Name, Attribute, Constant, Call, BinOp = _KINDS[:5]
        Store, Del = ast.Store, ast.Del
        others = {
            ast.Import: self.visit_import,
            ast.ImportFrom: self.visit_import_from,
            ast.MatchClass: self.visit_match_class,
        }
        literals = self.literals
        for node in nodes:
            cls = type(node)
            if cls is Name:
                name = node.id
                if name in _ATTRIBUTE_NAME_CALLS:
                    if id(node) not in self.called:
                        self.computed_names = True
                    continue
                verdict = rules.name_rule(name, type(node.ctx) in (Store, Del))
                if verdict is not None:
                    report(node.lineno, node.col_offset, name, *verdict, True)
            elif cls is Attribute:
                attr = node.attr
                if attr in _OS_PROCESS_FUNCTIONS:
                    self.process_calls.append(node)
                if attr in rules.bad_attributes or (
                    attr[0] == "_" and attr[:2] == "__" and attr[-2:] == "__"
                    and attr not in rules.safe_dunders
                ):  # fmt: skip
                    if attr in _ATTRIBUTE_NAME_CALLS and id(node) not in self.called:
                        self.computed_names = True
                    verdict = rules.attribute_rule(attr, "attribute")
                    if verdict is not None:
                        line, col = self.attribute_position(node)
                        key = (line, col, attr)
                        if key not in found:
                            found[key] = (
                                verdict[0], _refused(f"access to '.{attr}'", verdict[1]), False
                            )  # fmt: skip
            elif cls is Constant:
                value = node.value
                if type(value) is str:
                    literals.append((node, value))
                    if "__" in value or "{" in value:
                        self.check_text(value, node)
                elif b"__" in value or b"{" in value:
                    self.check_text(value.decode("latin-1"), node)
            elif cls is Call:
                self.visit_call(node)
            elif cls is BinOp:
                self.visit_binop(node)
            else:
                others[cls](node)

    def finish(self):
        rules = self.rules
        Name, Attribute = ast.Name, ast.Attribute
        # Where `os` is not allowed, the name `os` itself is already refused.
        process_calls = self.process_calls if rules.os_allowed else ()
        for node in process_calls:
            value = node.value
            if (type(value) is Name and value.id in self.os_names) or (
                type(value) is Attribute and value.attr in _OS_MODULE_NAMES
            ):
                self.report_process(node.attr, *self.attribute_position(node))
        if self.computed_names:
            attribute_rule = rules.attribute_rule
            for node, text in self.literals:
                for word in _WORD.findall(text):
                    verdict = attribute_rule(word)
                    if verdict is not None:
                        self.report(node.lineno, node.col_offset, word, verdict[0],
                                    _refused(_computed_name(text, word), verdict[1]))  # fmt: skip

    # Positions -------------------------------------------------------------------------------------
    def attribute_position(self, node):
        """Where the attribute's own name starts (the node starts at its object), as ast counts:
        line, 0-based UTF-8 byte offset."""
        line, end = node.end_lineno, node.end_col_offset
        if line is None or end is None:
            return node.lineno, node.col_offset
        start = end - len(node.attr.encode("utf-8"))
        text = self.line_bytes(line)
        if text[start:end] == node.attr.encode("utf-8"):
            return line, start
        return node.lineno, node.col_offset  # a spelling NFKC normalized: point at the expression

    def line_bytes(self, line):
        if self._lines is None:
            self._lines = _NEWLINE.split(self.source)  # the newlines Python's tokenizer knows
        if 1 <= line <= len(self._lines):
            return self._lines[line - 1].encode("utf-8", "surrogatepass")
        return b""

    def violations(self):
        out = []
        for (line, col, name), (rule, message, bare_name) in self.found.items():
            if bare_name and rule == "import-machinery" and name in self.refused_bindings:
                continue  # a use of `os` after `import os`: the import is already reported
            out.append(Violation(rule=rule, message=message, line=line,
                                 col=self.column(line, col), layer=STATIC))  # fmt: skip
        out.sort(key=lambda v: (v.line, v.col))
        return out

    def column(self, line, byte_col):
        """ast counts columns in UTF-8 bytes from 0; people count characters from 1."""
        if self.source.isascii():
            return byte_col + 1
        text = self.line_bytes(line)
        return len(text[:byte_col].decode("utf-8", "replace")) + 1


def _fold(node, depth):
    """The text a chain of + between string literals makes, or None."""
    cls = type(node)
    if cls is ast.Constant:
        return node.value if type(node.value) is str else None
    if cls is ast.BinOp and type(node.op) is ast.Add and depth < _BINOP_FOLD_DEPTH:
        left = _fold(node.left, depth + 1)
        if left is None:
            return None
        right = _fold(node.right, depth + 1)
        return None if right is None else left + right
    return None


def _format_field_names(text):
    """(name, is_attribute) for every `.name` and `[key]` in str.format fields, nested ones too."""
    try:
        out = []
        pending = [text]
        while pending:
            for _, field, spec, _ in formatter_parser(pending.pop()):
                if field:
                    _, rest = formatter_field_name_split(field)
                    for is_attribute, key in rest:
                        if isinstance(key, str):
                            out.append((key.strip(), is_attribute))
                if spec and "{" in spec:
                    pending.append(spec)
        return out
    except ValueError:
        # Not a valid format string by itself, but it may become one joined to another: be loose.
        return [
            (name, True)
            for field in _LOOSE_FIELD.findall(text)
            for name in _LOOSE_ATTRIBUTE.findall(field)
        ]


def _computed_name(text, word):
    what = f"the text '{word}'" if text == word else f"'{word}' in the text '{_clip(text)}'"
    return what + " (this cell computes attribute names for getattr or attrgetter, so any text " \
                  "may become one)"


def _attribute_argument(text, part):
    if text.strip() == part:
        return f"the attribute name '{part}'"
    return f"'.{part}' in the attribute name '{_clip(text)}'"


def _clip(text, limit=60):
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _syntax_error(error):
    line = error.lineno or 0
    col = error.offset or 0
    if line and not col:
        col = 1
    return Violation(rule="syntax-error", message=str(error.msg or error), line=line, col=col,
                     layer=STATIC)  # fmt: skip


def check_tree(tree, policy: Policy, source: str = "") -> list:
    """The violations in an already parsed cell (so a caller that parses anyway parses once).
    `source` is the text the tree came from; it turns byte columns into character columns."""
    checker = _Checker(_rules(policy), source)
    checker.run(tree)
    return checker.violations()


def check_source(source: str, policy: Policy, filename: str = "<cell>") -> list:
    """Every violation in a cell, sorted by (line, col); [] when the static check lets it run."""
    try:
        tree = ast.parse(source, filename, "exec")
    except SyntaxError as error:
        return [_syntax_error(error)]
    except ValueError as error:  # e.g. a NUL byte in the source (3.11 raises ValueError)
        line, col = 0, 0
        if "\0" in source:
            before = source[: source.index("\0")]
            line = before.count("\n") + 1
            col = len(before) - (before.rfind("\n") + 1) + 1
        return [Violation(rule="syntax-error", message=str(error), line=line, col=col,
                          layer=STATIC)]  # fmt: skip
    except (RecursionError, MemoryError):
        return [Violation(rule="syntax-error", message="the cell is nested too deeply to be "
                          "checked; split long expressions into several statements",
                          layer=STATIC)]  # fmt: skip
    return check_tree(tree, policy, source)


def _bench():
    """Median time of check_source (and of its parts) on a 1,000-line analyst cell."""
    import json
    import os
    import statistics
    import time

    here = os.path.dirname(os.path.abspath(__file__))
    profile = os.path.join(here, "..", "..", "..", "..", "resources", "profiles", "default.json")
    with open(profile, encoding="utf-8") as f:
        policy = Policy.from_dict(json.load(f))
    head = (
        "import pandas as pd\nimport numpy as np\nimport matplotlib.pyplot as plt\n"
        "import seaborn as sns\nimport statsmodels.formula.api as smf\nfrom scipy import stats\n"
        "import re\nfrom datetime import datetime\n"
    )
    block = (
        'df = pd.read_csv("sales.csv", parse_dates=["date"])\n'
        'df["month"] = df["date"].dt.to_period("M")\n'
        'summary = df.groupby(["region", "month"]).agg(total=("amount", "sum"), n=("amount", "count"))\n'
        "for region, sub in summary.groupby(level=0):\n"
        "    print(f\"{region}: {sub['total'].sum():,.2f} over {len(sub)} months\")\n"
        'model = smf.ols("amount ~ price + C(region)", data=df).fit()\n'
        "if model.rsquared > 0.5:\n"
        "    fig, ax = plt.subplots(figsize=(8, 4))\n"
        '    sns.histplot(df["amount"], ax=ax)\n'
        '    fig.savefig(f"hist_{region}.png")\n'
    )  # fmt: skip
    source = head + block * ((1000 - 8) // 10)
    source += "x = 1\n" * (1000 - source.count("\n"))
    assert source.count("\n") == 1000 and check_source(source, policy) == []

    def timed(fn, runs=200):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return f"{statistics.median(times) * 1000.0:.2f} ms (best {min(times) * 1000.0:.2f})"

    tree = ast.parse(source)
    print("1,000-line cell, 200 runs each, median:")
    print("  check_source (parse + check):", timed(lambda: check_source(source, policy)))
    print("  ast.parse alone:             ", timed(lambda: ast.parse(source, "<cell>", "exec")))
    print("  check_tree (the check pass): ", timed(lambda: check_tree(tree, policy, source)))


if __name__ == "__main__":
    _bench()
