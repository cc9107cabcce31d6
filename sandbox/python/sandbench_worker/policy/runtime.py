"""The restricted runtime: what a cell's code can reach while it runs.

The static check refuses what the source names; this layer holds on its own when that check is
switched off or fooled by computed names. Its parts:

- ``make_builtins()``: the cell's ``__builtins__`` without the blocked builtins, with a guarded
  ``__import__`` (the import statement needs one) and guarded ``getattr``/``setattr``/``hasattr``/
  ``delattr``, plus the two helpers the rewritten code calls.
- ``transform(tree)``: rewrites the cell before it is compiled. Attribute loads of blocked names
  raise; loads of names that could reach a module or a dangerous object (``os``, ``sys``,
  ``_private``, ...) are fetched through a checking helper; ``x.format``/``x.format_map`` go
  through the format guard; identifiers the guard relies on (``__sb_*``, ``__builtins__``) cannot
  be bound or read.
- ``install_library_guards()``: wraps the string-eval, deserialisation, process, network and
  memory sinks of already-imported allowed libraries (``pd.eval``/``query``, patsy formulas,
  ``read_pickle``, ``np.load(allow_pickle=True)``, ...).

Every refusal raises ``GuardError`` and is recorded as a ``Violation`` (layer "runtime") with the
cell line and column. None of this is a security boundary: the kernel layers are. What is knowingly
not covered is listed in ``KNOWN_GAPS``.
"""

import ast
import builtins
import functools
import io
import re
import string as _string_module
import sys
import tokenize
import types

import _string  # the C helpers str.format itself uses to split fields

from .dunders import READABLE_DUNDERS, SAFE_DUNDERS
from .profile import Policy
from .violations import RUNTIME, Violation

__all__ = ["GuardError", "RuntimeGuard", "RULES", "KNOWN_GAPS"]

# Stable rule ids, as they appear in Violation.rule, with what they mean.
RULES = {
    "import-not-allowed": "an import (or a library loading a module by name) outside the profile",
    "module-not-allowed": "an attribute or import that reaches a module the profile does not allow",
    "dangerous-object": "a re-exported function or object of a forbidden module (os.system, ...)",
    "blocked-attribute": "an attribute leading to interpreter internals (__class__, __globals__)",
    "blocked-name": "an identifier the sandbox relies on (__builtins__, __sb_*)",
    "blocked-definition": "a class member that outlives the cell or reads raw memory (__del__)",
    "string-eval": "a library that evaluates a string as code (pd.eval/query with '@', formulas)",
    "deserialization": "a loader that runs code stored in a file (pickle) or reads config files",
    "memory-unsafe": "a numpy view outside its buffer (as_strided)",
    "native-code": "loading a shared library",
    "process": "a library function that starts a process (clipboard, browser)",
    "network": "a library function that downloads",
}

# What this layer does not stop; the kernel layers (Landlock, seccomp, rlimits, namespaces) must.
KNOWN_GAPS = (
    "code a cell runs with eval()/exec() of a string (where the profile allows them) is not "
    "transformed: the static check judges a literal string as the cell's own code, a built one "
    "waits for review; the audit hook and the kernel hold either way",
    "file reads and writes through allowed libraries (read_csv('/etc/passwd'), to_csv, savefig, "
    "np.save/tofile/memmap, symlinks): Landlock",
    "process creation paths inside libraries not wrapped here (matplotlib animation/usetex, "
    "scipy workers=, multiprocessing): seccomp execve deny, RLIMIT_NPROC, PID namespace",
    "network from libraries other than pandas/numpy URLs and seaborn.load_dataset: network "
    "namespace",
    "memory corruption through numpy (__array_interface__ via 3-argument type(), crafted "
    "dtypes): seccomp + Landlock still hold",
    "3-argument type(name, bases, {'__del__': f}) adds a finalizer; the worker's lifetime "
    "bounds it",
    "modules or dangerous objects held inside containers (dict/list values) of allowed libraries, "
    "or returned by library calls other than the wrapped ones",
    "format strings passed as data to libraries other than Styler.format and StrMethodFormatter "
    "(read-only attribute traversal: an information leak, not code execution)",
    "resource exhaustion (CPU loops in C, memory, disk, descriptors): rlimits and the wall clock",
    "string-form numpy.bmat / np.r_['...'] look names up in the calling frame (values that "
    "concatenate only: no dicts, no modules)",
    "the builtins dict's own storage holds the real `open` for C code (numpy tofile/fromfile, "
    "ft2font); cell lookups never see it, but code that obtains the dict object and calls "
    "dict.__getitem__ on it would",
    "library functions that call getattr with a user string on their own objects (pandas "
    "agg('name'), apply('name')) reach only those objects' attributes",
    "globals() hands the cell its own namespace: a cell can bind a name that shadows a guard "
    "helper (`__sb_attr_guard__`) for its later lines; the helpers only add checks, so this "
    "switches checks off for that cell's code, not on anything else (audit hook and kernel hold)",
)

# Attribute names that are fetched through the checking helper (besides every _private name,
# every stdlib module name, and the names the alias scan finds in loaded allowed modules).
CHECKED_NAMES = frozenset(
    """os sys subprocess ctypes builtins importlib _sys _os posix _posixsubprocess socket shutil
    pickle marshal gc inspect ctypeslib distutils f2py pickle_compat clipboard clipboards web
    testing operator string functools attrgetter methodcaller Formatter wraps update_wrapper
    import_optional_dependency import_module load loads Unpickler dlopen CDLL PyDLL cdll pydll
    LoadLibrary Path PurePath PosixPath urlopen urlretrieve Request rmtree makedirs mkstemp mkdtemp
    TemporaryDirectory NamedTemporaryFile Pool Process Popen system popen check_output check_call
    call run getoutput spawn execv execve fork kill remove unlink rename chmod open environ
    getenv putenv listdir walk scandir chdir Thread Timer register finalize runstring measure
    rundocs as_strided load_library read_pickle load_pickle FileIO modules path meta_path path_hooks
    path_importer_cache""".split()
)

# Where a function or class must not come from when user code reaches it by an attribute.
DANGEROUS_HOMES = frozenset(
    """os posix nt subprocess _posixsubprocess shutil socket _socket ctypes _ctypes pickle
    _pickle marshal sys pty signal _signal threading _thread multiprocessing _multiprocessing
    tempfile pathlib webbrowser importlib _imp gc inspect runpy code codeop pdb bdb atexit
    weakref _weakref urllib http ftplib smtplib telnetlib sqlite3 _sqlite3 mmap fcntl resource
    select selectors asyncio concurrent zipimport pkgutil site sysconfig glob fileinput io _io
    codecs zipfile tarfile gzip bz2 lzma shelve dbm logging copyreg _sitebuiltins""".split()
)
_HARMLESS_FROM_DANGEROUS_HOMES = (io.StringIO, io.BytesIO)

# The module a C implementation or a platform module stands for: a profile that allows `os` allows
# `os.listdir` (home "posix") and `os.path` (module "posixpath") too.
_MODULE_ALIASES = {"posix": "os", "posixpath": "os.path", "genericpath": "os.path", "_io": "io",
                   "_pickle": "pickle", "_sqlite3": "sqlite3"}

# Functions refused even where the profile allows their module: they start or signal processes or
# hook the interpreter. The audit hook and seccomp refuse them anyway; this layer says so earlier
# and names the function.
_ESCAPES = {
    "os": frozenset(
        """system popen fork forkpty execl execle execlp execlpe execv execve execvp execvpe spawnl
        spawnle spawnlp spawnlpe spawnv spawnve spawnvp spawnvpe posix_spawn posix_spawnp kill
        killpg abort register_at_fork setsid setpgid setpgrp chroot pidfd_open plock
        startfile""".split()
    ),
    "sys": frozenset("settrace setprofile addaudithook call_tracing".split()),
}
_ESCAPE_ADVICE = {
    "os": "it starts or signals a process, which is not possible in Sandbench; do the work in "
    "Python (pandas, numpy, scipy) instead",
    "sys": "it hooks the interpreter the sandbox runs in",
}

# Submodules of allowed packages that no cell may reach: code generation, native libraries,
# pickle internals, process-spawning helpers.
DENIED_SUBMODULES = (
    "numpy.distutils",
    "numpy.f2py",
    "numpy.ctypeslib",
    "pandas.compat.pickle_compat",
    "pandas.io.clipboard",
    "statsmodels.tools.web",
    "matplotlib.testing",
    "matplotlib.sphinxext",
    "matplotlib.backends.qt_editor",
    # Dask runs in the cell's process only (sandbench_worker/lazy.py): its process pool and its
    # cluster client would start processes or open sockets, which the kernel refuses anyway.
    "dask.multiprocessing",
    "dask.distributed",
)

# Members a cell's class may not define: finalizers outlive the cell; the array interfaces let
# numpy read and write raw memory at any address.
FORBIDDEN_CLASS_MEMBERS = frozenset({"__del__", "__array_interface__", "__array_struct__"})

# Identifiers user code may neither bind nor read: the guard's helpers live in the builtins, and
# the builtins dict itself must stay out of reach.
_GUARD_PREFIX = "__sb_"
_RESERVED_NAMES = frozenset({"__builtins__", "__loader__", "__spec__"})
# Builtins that are removed besides the profile's list: the importer (BuiltinImporter loads
# posix) and the site helpers that read files.
_ALWAYS_REMOVED_BUILTINS = ("__loader__", "__spec__", "copyright", "credits", "license", "_")
# Backends that draw into memory or files, never a window.
_NON_INTERACTIVE_BACKENDS = frozenset({"agg", "pdf", "svg", "ps", "pgf", "cairo", "template"})

_real_import = builtins.__import__
_real_getattr = builtins.getattr
_real_setattr = builtins.setattr
_real_hasattr = builtins.hasattr
_real_delattr = builtins.delattr
_INERT_TYPES = frozenset(
    {int, float, complex, bool, str, bytes, type(None), tuple, list, dict, set, frozenset}
)
_FUNCTION_TYPES = (
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.BuiltinMethodType,
    type,
)
_MAX_FORMAT_CACHE = 4096
_SETTABLE_DUNDERS = frozenset({"__name__", "__qualname__", "__doc__", "__module__"})
_STORAGE_ONLY_BUILTINS = ("open",)


class GuardError(PermissionError):
    """What user code sees when the runtime refuses something. ``rule`` is the stable id."""

    def __init__(self, message, rule="runtime", violation=None):
        super().__init__(message)
        self.rule = rule
        self.violation = violation


def _cell_location():
    """(line, col) of the innermost frame running cell code, both 1-based; (0, 0) if none."""
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if code.co_filename.startswith("<cell"):
            line, col = frame.f_lineno or 0, 0
            try:
                index = frame.f_lasti // 2
                for position_index, position in enumerate(code.co_positions()):
                    if position_index == index:
                        if position[0]:
                            line = position[0]
                        if position[2] is not None:
                            col = position[2] + 1
                        break
            except (AttributeError, ValueError):
                pass
            return line, col
        frame = frame.f_back
    return 0, 0


def _cell_on_stack():
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_filename.startswith("<cell"):
            return True
        frame = frame.f_back
    return False


def _is_dunder(name):
    return len(name) > 4 and name[:2] == "__" and name[-2:] == "__"


# ---------------------------------------------------------------------------------------------
# The guard
# ---------------------------------------------------------------------------------------------

_ACTIVE = None  # the guard library wrappers report to (the session has one)


class RuntimeGuard:
    def __init__(self, policy: Policy):
        self.policy = policy
        self._denials = []
        self._blocked_attributes = frozenset(policy.blocked_attributes)
        self._readable_dunders = READABLE_DUNDERS - self._blocked_attributes
        self._refused_cache = {}
        self._module_ok_cache = {}
        self._review_granted = False
        self._format_cache = {}
        # Checked attribute names: static list, stdlib module names, and aliases found in loaded
        # allowed modules (grown incrementally, see _checked_names).
        stdlib = set(getattr(sys, "stdlib_module_names", ()))
        self._checked = set(CHECKED_NAMES) | stdlib | {"_" + name for name in stdlib}
        self._checked |= {prefix.rsplit(".", 1)[-1] for prefix in DENIED_SUBMODULES}
        self._scanned_modules = set()
        self._library_builtins = None  # builtins for code libraries evaluate (patsy formulas)
        blocked_builtin_objects = [
            builtins.__dict__[name] for name in policy.blocked_builtins if name in builtins.__dict__
        ]
        self._dangerous_ids = {id(obj): obj for obj in blocked_builtin_objects}
        for obj in _dangerous_objects(policy):
            self._dangerous_ids[id(obj)] = obj
        self._make_helpers()
        self._build_builtins()

    # -- bookkeeping ---------------------------------------------------------------------------

    def denials(self):
        return list(self._denials)

    def reset(self):
        self._denials.clear()

    def _deny(self, rule, text, line=None, col=None):
        """Records the refusal and returns the GuardError to raise."""
        if line is None:
            line, col = _cell_location()
        message = f"{text} [rule {rule}]"
        violation = Violation(rule, message, line, col or 0, RUNTIME)
        self._denials.append(violation)
        return GuardError(message, rule, violation)

    # -- predicates ----------------------------------------------------------------------------

    def _refused_attr(self, name):
        cached = self._refused_cache.get(name)
        if cached is None:
            cached = name in self._blocked_attributes or (
                _is_dunder(name) and name not in SAFE_DUNDERS and name not in self._readable_dunders
            )
            self._refused_cache[name] = cached
        return cached

    def _refused_store(self, name):
        """Assigning or deleting a dunder rewires classes and objects (even the builtins'
        lookup); only the descriptive ones may be set."""
        return self._refused_attr(name) or (_is_dunder(name) and name not in _SETTABLE_DUNDERS)

    def grant_review_imports(self, granted):
        """While a reviewer-approved cell runs, the modules on the profile's review list count as
        allowed (they and their objects may be used); the kernel layers still hold."""
        if granted != self._review_granted:
            self._review_granted = granted
            self._module_ok_cache.clear()

    def _review_allows(self, dotted):
        return self._review_granted and self.policy.import_needs_review(dotted)

    def _module_ok(self, dotted):
        if not isinstance(dotted, str):
            return False
        cached = self._module_ok_cache.get(dotted)
        if cached is None:
            parts = dotted.split(".")
            alias = _MODULE_ALIASES.get(parts[0])
            if alias is not None:
                dotted = ".".join([alias] + parts[1:])
                parts = dotted.split(".")
            cached = (
                (self.policy.import_allowed(dotted) or self._review_allows(dotted))
                and not any(part.startswith("_") for part in parts[1:])
                and not any(
                    dotted == denied or dotted.startswith(denied + ".")
                    for denied in DENIED_SUBMODULES
                )
            )
            self._module_ok_cache[dotted] = cached
        return cached

    def _is_dangerous(self, value):
        if id(value) in self._dangerous_ids and self._dangerous_ids[id(value)] is value:
            return True
        if not isinstance(value, _FUNCTION_TYPES):
            return False
        try:
            home = value.__module__
        except Exception:
            return False
        if not isinstance(home, str):
            return False
        top = home.partition(".")[0]
        if top in DANGEROUS_HOMES:
            module = _MODULE_ALIASES.get(top, top).partition(".")[0]
            # _pickle.load is pickle's: a reviewer who approved `pickle` approved it too.
            if self._review_allows(home) or self._review_allows(module):
                return False
            if self._module_ok(module):
                return self._escape(value, module) is not None
            return value not in _HARMLESS_FROM_DANGEROUS_HOMES
        return False

    @staticmethod
    def _escape(value, module):
        """Why a function of an allowed module is still refused, or None."""
        names = _ESCAPES.get(module)
        if names and _real_getattr(value, "__name__", None) in names:
            return _ESCAPE_ADVICE[module]
        return None

    def _refuse_namespace(self, obj, where):
        """A module's or a class's __dict__ holds what its attributes would be refused for
        (re-exported modules, the functions above, `type.__subclasses__`) under keys no check
        sees; an instance's attributes are the cell's own data. A cell lists names with dir()."""
        if isinstance(obj, (types.ModuleType, type)):
            kind = "module" if isinstance(obj, types.ModuleType) else "class"
            name = _real_getattr(obj, "__name__", "?")
            raise self._deny(
                "blocked-attribute",
                f"{where} would hand over the namespace of the {kind} '{name}'; use dir() and "
                f"the {kind}'s public names instead (vars() and __dict__ of an instance are fine)",
            )

    # -- value checks --------------------------------------------------------------------------

    def _sanitize(self, value, where):
        """What user code may hold instead of ``value`` (reached as ``where``), or a refusal."""
        if type(value) in _INERT_TYPES and id(value) not in self._dangerous_ids:
            return value
        substitute = self._substitutes.get(id(value))
        if substitute is not None and substitute[0] is value:
            return substitute[1]
        if isinstance(value, types.ModuleType):
            if id(value) in self._facade_ids:
                return value
            name = value.__dict__.get("__name__")
            if not self._module_ok(name):
                raise self._deny(
                    "module-not-allowed",
                    f"{where} reaches the module '{name}', which the profile '{self.policy.name}' "
                    "does not allow; use the allowed libraries' own functions instead",
                )
            return value
        if self._is_dangerous(value):
            label = getattr(value, "__qualname__", None) or type(value).__name__
            home = getattr(value, "__module__", None) or "builtins"
            top = _MODULE_ALIASES.get(home, home).partition(".")[0]
            why = self._escape(value, top) if self._module_ok(top) else None
            if not isinstance(value, _FUNCTION_TYPES):
                raise self._deny(
                    "dangerous-object",
                    f"{where} reaches the interpreter's own state (the loaded modules, the import "
                    "path, the builtins or the environment), which cells may not use",
                )
            raise self._deny(
                "dangerous-object",
                f"{where} reaches {home}.{label}, which cells may not use: "
                + (why or "files, processes and interpreter internals stay outside the sandbox"),
            )
        return value

    def _checked_getattr(self, obj, name, where=None):
        if self._refused_attr(name):
            raise self._deny(
                "blocked-attribute",
                f"the attribute '{name}' leads to interpreter internals and is not available in "
                "cells; use the object's public API",
            )
        if name == "__dict__":
            self._refuse_namespace(obj, where or "the attribute '__dict__'")
        value = _real_getattr(obj, name)
        if name == "format" or name == "format_map":
            guarded = self._format_guard(obj)
            if guarded is not obj:
                return _real_getattr(guarded, name)
            return value
        return self._sanitize(value, where or f"the attribute '{name}'")

    # -- format strings ------------------------------------------------------------------------

    def _scan_format(self, fmt, strict, depth=0):
        """Refuses fields reaching blocked attributes; returns True if any field reads an
        attribute (then str.format runs through the checking formatter)."""
        if depth > 2:
            return False
        try:
            parsed = list(_string.formatter_parser(fmt))
        except ValueError:
            return False  # str.format will raise the same error
        reads_attribute = False
        for _literal, field, spec, _conversion in parsed:
            if field:
                try:
                    _first, rest = _string.formatter_field_name_split(field)
                    rest = list(rest)
                except ValueError:
                    rest = []
                for is_attribute, key in rest:
                    if is_attribute:
                        reads_attribute = True
                        refused = self._refused_attr(key) or (
                            strict and (key.startswith("_") or key in self._checked)
                        )
                    else:
                        refused = isinstance(key, str) and (
                            key.startswith("__") or key in self._blocked_attributes
                        )
                    if refused:
                        raise self._deny(
                            "blocked-attribute",
                            f"the format string {fmt[:80]!r} reads '{key}' through the field "
                            f"'{{{field}}}'; format plain values instead (for example "
                            "f'{value:,.2f}')",
                        )
            if spec and "{" in spec:
                reads_attribute = self._scan_format(spec, strict, depth + 1) or reads_attribute
        return reads_attribute

    def _check_format_string(self, fmt):
        fmt = str.__str__(fmt)  # the exact characters, whatever a str subclass pretends
        known = self._format_cache.get(fmt)
        if known is not None:
            return known
        reads_attribute = self._scan_format(fmt, strict=False)
        if len(self._format_cache) >= _MAX_FORMAT_CACHE:
            self._format_cache.clear()
        self._format_cache[fmt] = reads_attribute
        return reads_attribute

    def _format_guard(self, obj):
        """Returns ``obj`` unless ``obj.format`` could traverse attributes: then a stand-in whose
        format/format_map check every step."""
        if isinstance(obj, str):
            if self._check_format_string(str.__str__(obj)):
                return self._CheckedFormat(obj)
            return obj
        if isinstance(obj, type) and issubclass(obj, str):
            return self._StrTypeFormat
        if isinstance(obj, super):
            bound = obj.__self__
            if isinstance(bound, str):
                if self._check_format_string(str.__str__(bound)):
                    return self._CheckedFormat(bound)
            elif isinstance(bound, type) and issubclass(bound, str):
                return self._StrTypeFormat
        return obj

    # -- helpers user code calls (closures: nothing reachable from them by attribute) ----------

    def _make_helpers(self):
        guard = self

        def format_field(formatter, field_name, args, kwargs):
            first, rest = _string.formatter_field_name_split(field_name)
            obj = formatter.get_value(first, args, kwargs)
            for is_attribute, key in rest:
                if is_attribute:
                    obj = guard._checked_getattr(obj, key, f"the format field '{field_name}'")
                else:
                    obj = obj[key]
            return obj, first

        # string.Formatter's methods, with get_field replaced; deliberately not a subclass, so
        # super() cannot reach the unchecked get_field.
        formatter_namespace = {
            name: _string_module.Formatter.__dict__[name]
            for name in (
                "format",
                "vformat",
                "_vformat",
                "get_value",
                "check_unused_args",
                "format_field",
                "convert_field",
                "parse",
            )
        }

        def get_field(self, field_name, args, kwargs):
            return format_field(self, field_name, args, kwargs)

        formatter_namespace["get_field"] = get_field
        formatter_namespace["__module__"] = "string"
        formatter_namespace["__doc__"] = _string_module.Formatter.__doc__
        GuardedFormatter = type("Formatter", (), formatter_namespace)
        checking_formatter = GuardedFormatter()

        def checked_format(fmt, args, kwargs):
            if guard._check_format_string(fmt):
                return checking_formatter.vformat(fmt, args, kwargs)
            return str.format(fmt, *args, **kwargs)

        class CheckedFormat:
            """Stands in for a format string whose fields read attributes."""

            __slots__ = ("_text",)

            def __init__(self, text):
                self._text = str.__str__(text)

            def format(self, *args, **kwargs):
                return checked_format(self._text, args, kwargs)

            def format_map(self, mapping):
                return checked_format(self._text, (), mapping)

        class StrTypeFormat:
            """Stands in for ``str`` when code says ``str.format(fmt, ...)``."""

            __slots__ = ()

            @staticmethod
            def format(fmt, *args, **kwargs):
                if not isinstance(fmt, str):
                    return str.format(fmt, *args, **kwargs)  # raises the usual TypeError
                return checked_format(str.__str__(fmt), args, kwargs)

            @staticmethod
            def format_map(fmt, mapping):
                if not isinstance(fmt, str):
                    return str.format_map(fmt, mapping)
                return checked_format(str.__str__(fmt), (), mapping)

        self._CheckedFormat = CheckedFormat
        self._StrTypeFormat = StrTypeFormat()

        def check_name(name, function):
            if not isinstance(name, str):
                raise TypeError(f"{function}(): attribute name must be string")
            if guard._refused_attr(name):
                raise guard._deny(
                    "blocked-attribute",
                    f"{function}(..., '{name}'): the attribute '{name}' leads to interpreter "
                    "internals and is not available in cells",
                )

        _missing = object()

        def getattr(obj, name, default=_missing):  # noqa: A001 (it is the builtin's stand-in)
            check_name(name, "getattr")
            try:
                return guard._checked_getattr(obj, name, f"getattr(..., '{name}')")
            except AttributeError:
                if default is _missing:
                    raise
                return default

        def hasattr(obj, name):  # noqa: A001
            check_name(name, "hasattr")
            try:
                guard._checked_getattr(obj, name, f"hasattr(..., '{name}')")
            except AttributeError:
                return False
            return True

        def check_store(name, function):
            check_name(name, function)
            if guard._refused_store(name):
                raise guard._deny(
                    "blocked-attribute",
                    f"{function}(..., '{name}'): cells may not assign or delete '{name}'",
                )

        def setattr(obj, name, value):  # noqa: A001
            check_store(name, "setattr")
            _real_setattr(obj, name, value)

        def delattr(obj, name):  # noqa: A001
            check_store(name, "delattr")
            _real_delattr(obj, name)

        for function, original in (
            (getattr, _real_getattr),
            (hasattr, _real_hasattr),
            (setattr, _real_setattr),
            (delattr, _real_delattr),
        ):
            function.__doc__ = original.__doc__

        refused_names = guard._refused_cache  # name -> bool, filled by _refused_attr
        dangerous = guard._dangerous_ids
        inert_types = _INERT_TYPES

        def attr_guard(obj, name, store=False):
            """``obj.name`` for names that are refused or could reach a module; with ``store``
            the object an assignment or ``del`` targets, once the name is allowed."""
            if store:
                if guard._refused_store(name):
                    raise guard._deny(
                        "blocked-attribute",
                        f"cells may not assign or delete the attribute '{name}'",
                    )
                return obj
            if refused_names.get(name) is False:  # the hot path: self._count, df.copy, ...
                value = _real_getattr(obj, name)
                # sys.modules and sys.path are plain containers: inert by type, not by identity.
                if type(value) in inert_types and name != "__dict__" and id(value) not in dangerous:
                    return value
                if name == "__dict__":
                    guard._refuse_namespace(obj, "the attribute '.__dict__'")
                return guard._sanitize(value, f"the attribute '.{name}'")
            return guard._checked_getattr(obj, name, f"the attribute '.{name}'")

        checked_strings = guard._format_cache  # format string -> reads attributes, once checked

        def format_guard(obj):
            if type(obj) is str and checked_strings.get(obj) is False:
                return obj  # the hot path: a plain format string seen before
            return guard._format_guard(obj)

        def import_(name, globals=None, locals=None, fromlist=(), level=0):
            # C code that imports a helper module while a cell's frame is the innermost one
            # (datetime.strftime -> time, numpy -> numpy.core._exceptions) calls this with the
            # frame's own globals twice and an empty list, then reads the module from
            # sys.modules itself and never hands the return value to the cell. Cell code cannot
            # forge the call: its globals dict is out of its reach.
            if (
                type(fromlist) is list
                and not fromlist
                and level == 0
                and globals is not None
                and locals is globals
                and globals is sys._getframe(1).f_globals
            ):
                _real_import(name, None, None, (), 0)
                return None
            return guard._import(name, fromlist, level)

        import_.__name__ = "__import__"
        import_.__qualname__ = "__import__"
        import_.__doc__ = _real_import.__doc__

        class attrgetter:
            """operator.attrgetter that refuses blocked names and checks every step."""

            __slots__ = ("_names",)

            def __init__(self, attr, *attrs):
                names = (attr,) + attrs
                for dotted in names:
                    if not isinstance(dotted, str):
                        raise TypeError("attribute name must be a string")
                    for part in dotted.split("."):
                        check_name(part, "operator.attrgetter")
                self._names = names

            def __call__(self, obj):
                values = []
                for dotted in self._names:
                    value = obj
                    for part in dotted.split("."):
                        value = guard._checked_getattr(
                            value, part, f"operator.attrgetter('{dotted}')"
                        )
                    values.append(value)
                return values[0] if len(values) == 1 else tuple(values)

            def __repr__(self):
                return f"operator.attrgetter({', '.join(map(repr, self._names))})"

        class methodcaller:
            """operator.methodcaller that refuses blocked method names."""

            __slots__ = ("_name", "_args", "_kwargs")

            def __init__(self, name, /, *args, **kwargs):
                check_name(name, "operator.methodcaller")
                self._name, self._args, self._kwargs = name, args, kwargs

            def __call__(self, obj):
                method = guard._checked_getattr(
                    obj, self._name, f"operator.methodcaller('{self._name}')"
                )
                return method(*self._args, **self._kwargs)

            def __repr__(self):
                return f"operator.methodcaller({self._name!r}, ...)"

        attrgetter.__module__ = methodcaller.__module__ = "operator"

        wrapper_assignments = functools.WRAPPER_ASSIGNMENTS
        wrapper_updates = functools.WRAPPER_UPDATES

        def update_wrapper(
            wrapper, wrapped, assigned=wrapper_assignments, updated=wrapper_updates
        ):
            for name in assigned:
                check_name(name, "functools.update_wrapper")
            for name in updated:
                if name != "__dict__":
                    check_name(name, "functools.update_wrapper")
            if updated and isinstance(wrapped, types.ModuleType):
                raise guard._deny(
                    "blocked-attribute",
                    "functools.update_wrapper cannot copy a module's namespace",
                )
            for name in assigned:
                try:
                    value = _real_getattr(wrapped, name)
                except AttributeError:
                    continue
                _real_setattr(wrapper, name, guard._sanitize(value, f"the attribute '{name}'"))
            for name in updated:
                source = _real_getattr(wrapped, name, {})
                copied = {
                    key: guard._sanitize(value, f"{name}[{key!r}]")
                    for key, value in dict(source).items()
                }
                _real_getattr(wrapper, name).update(copied)
            wrapper.__wrapped__ = wrapped
            return wrapper

        def wraps(wrapped, assigned=wrapper_assignments, updated=wrapper_updates):
            return functools.partial(
                update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated
            )

        update_wrapper.__module__ = wraps.__module__ = "functools"

        real_vars = builtins.vars

        def vars(*args):  # noqa: A001 (the builtin's stand-in)
            if not args:
                return sys._getframe(1).f_locals  # the caller's, as the builtin would give
            if len(args) == 1:
                guard._refuse_namespace(args[0], "vars(...)")
            return real_vars(*args)

        vars.__doc__ = real_vars.__doc__

        self._helpers = {
            "__import__": import_,
            "getattr": getattr,
            "hasattr": hasattr,
            "setattr": setattr,
            "delattr": delattr,
            "vars": vars,
            "__sb_attr_guard__": attr_guard,
            "__sb_format_guard__": format_guard,
        }

        def facade(real, overrides):
            class ModuleFacade(types.ModuleType):
                def __getattr__(self, name):
                    return guard._checked_getattr(real, name, f"{real.__name__}.{name}")

            module = ModuleFacade(real.__name__, real.__doc__)
            module.__dict__.update(overrides)
            return module

        import operator as real_operator

        facades = {
            real_operator: {"attrgetter": attrgetter, "methodcaller": methodcaller},
            _string_module: {"Formatter": GuardedFormatter},
            functools: {"update_wrapper": update_wrapper, "wraps": wraps},
        }
        # id(original) -> (original, what user code gets instead)
        self._substitutes = {}
        self._facade_ids = set()
        for real, overrides in facades.items():
            module = facade(real, overrides)
            self._facade_ids.add(id(module))
            self._substitutes[id(real)] = (real, module)
            for name, replacement in overrides.items():
                original = real.__dict__[name]
                self._substitutes[id(original)] = (original, replacement)
        import _operator

        operator_facade = self._substitutes[id(real_operator)][1]
        for name in ("attrgetter", "methodcaller"):
            original = _operator.__dict__[name]
            self._substitutes[id(original)] = (original, operator_facade.__dict__[name])
        for name, function in self._helpers.items():
            original = builtins.__dict__.get(name)
            if original is not None:
                self._substitutes[id(original)] = (original, function)

    # -- builtins --------------------------------------------------------------------------------

    def make_builtins(self):
        """A fresh builtins dict for a cell namespace.

        Lookups do not read the dict's own storage: its class answers ``b[name]`` from a private
        copy, so code that gets hold of the dict (a library that captures frames, say) and
        rewrites it cannot swap out the guards."""
        global _ACTIVE
        _ACTIVE = self
        namespace = self._Builtins(self._protected_builtins)
        # Only for C code: numpy's tofile/fromfile and matplotlib's ft2font take `open` from the
        # frame's builtins storage (PyEval_GetBuiltins) when given a path. Cell code looks names
        # up through the private copy, which has no `open`; the file zones are Landlock's job.
        for name in _STORAGE_ONLY_BUILTINS:
            if name in builtins.__dict__:
                dict.__setitem__(namespace, name, builtins.__dict__[name])
        return namespace

    def _build_builtins(self):
        protected = dict(builtins.__dict__)
        for name in self.policy.blocked_builtins:
            protected.pop(name, None)
        for name in _ALWAYS_REMOVED_BUILTINS:
            protected.pop(name, None)
        protected.update(self._helpers)
        if "vars" in self.policy.blocked_builtins:
            protected.pop("vars", None)

        class Builtins(dict):
            __slots__ = ()

        # C methods bound to the private dict: LOAD_GLOBAL, LOAD_NAME and __build_class__ go
        # through __getitem__; the rest make the dict look like what cell code can use.
        for method in ("__getitem__", "__contains__", "__iter__", "__len__", "get", "keys",
                       "items", "values", "copy", "__repr__"):
            setattr(Builtins, method, getattr(protected, method))
        Builtins.__name__ = Builtins.__qualname__ = "dict"
        self._Builtins = Builtins
        self._protected_builtins = protected

    # -- imports ---------------------------------------------------------------------------------

    def _import(self, name, fromlist, level):
        if level:
            raise self._deny(
                "import-not-allowed",
                "relative imports are not available in cells; import the package by its full name",
            )
        if not isinstance(name, str):
            raise TypeError(f"__import__() argument 1 must be str, not {type(name).__name__}")
        if name == "__future__":
            return _real_import(name, None, None, fromlist or (), 0)
        if not self._module_ok(name):
            allowed = ", ".join(sorted(self.policy.allowed_imports))
            if self.policy.import_needs_review(name):
                reason = (
                    f"'{name}' needs review in the profile '{self.policy.name}' and is not "
                    "enabled for this run"
                )
            else:
                reason = f"'{name}' is not in the imports the profile '{self.policy.name}' allows"
            raise self._deny("import-not-allowed", f"import {name}: {reason} (allowed: {allowed})")
        fromlist = tuple(fromlist or ())
        for item in fromlist:
            if not isinstance(item, str):
                raise TypeError("Item in from list must be str")
            if item != "*" and self._refused_attr(item):
                raise self._deny(
                    "blocked-attribute",
                    f"from {name} import {item}: '{item}' leads to interpreter internals",
                )
        before = len(sys.modules)
        module = _real_import(name, None, None, fromlist, 0)
        if len(sys.modules) != before or not _INSTALLED:
            self.install_library_guards()
        if not fromlist:
            return self._sanitize(module, f"import {name}")
        module = self._sanitize(module, f"import {name}")
        # Hand the import statement a namespace holding only the checked names it asked for.
        view = types.ModuleType(name)
        exported = []
        for item in fromlist:
            if item == "*":
                names = _real_getattr(module, "__all__", None)
                if names is None:
                    names = [key for key in vars(module) if not key.startswith("_")]
                for key in names:
                    if not isinstance(key, str) or self._refused_attr(key):
                        continue
                    try:
                        value = _real_getattr(module, key)
                        value = self._sanitize_quietly(value)
                    except (AttributeError, GuardError):
                        continue  # a star import skips what a cell may not hold
                    view.__dict__[key] = value
                    exported.append(key)
                continue
            try:
                value = _real_getattr(module, item)
            except AttributeError:
                raise ImportError(f"cannot import name {item!r} from {name!r}", name=name) from None
            view.__dict__[item] = self._sanitize(value, f"from {name} import {item}")
        view.__dict__["__all__"] = exported
        return view

    def _sanitize_quietly(self, value):
        """_sanitize without recording a denial (star imports skip silently)."""
        saved = len(self._denials)
        try:
            return self._sanitize(value, "")
        finally:
            del self._denials[saved:]

    # -- the AST rewrite -------------------------------------------------------------------------

    def _checked_names(self):
        """Names whose attribute loads go through the checking helper: the static set plus the
        names under which loaded allowed modules hold forbidden modules or dangerous objects."""
        if len(self._scanned_modules) != len(sys.modules):
            for module_name, module in list(sys.modules.items()):
                if module_name in self._scanned_modules:
                    continue
                self._scanned_modules.add(module_name)
                if module is None or not self._module_ok(module_name):
                    continue
                namespace = getattr(module, "__dict__", None)
                if not isinstance(namespace, dict):
                    continue
                for key, value in list(namespace.items()):
                    if key in self._checked or key.startswith("_"):
                        continue
                    if isinstance(value, types.ModuleType):
                        if not self._module_ok(value.__dict__.get("__name__")):
                            self._checked.add(key)
                        continue
                    if type(value) in _INERT_TYPES:
                        continue
                    if id(value) in self._substitutes or id(value) in _PATCHED:
                        self._checked.add(key)
                    elif self._is_dangerous(value):
                        self._checked.add(key)
        return self._checked

    def transform(self, tree: ast.Module) -> ast.Module:
        """Rewrites ``tree`` in place (an ``ast.Expression`` works too) and returns it. Refuses
        with GuardError, at rewrite time, names the guards rely on and forbidden definitions."""
        _Rewriter(self, self._checked_names()).visit(tree)
        return ast.fix_missing_locations(tree)

    def _transform_any(self, tree):
        _Rewriter(self, self._checked_names()).visit(tree)
        return ast.fix_missing_locations(tree)

    # -- library sinks ---------------------------------------------------------------------------

    def prepare(self):
        """Does now, once, the scanning the first cell would otherwise pay for: after the sandbox
        is armed the worker becomes the template every fresh session is forked from."""
        self.install_library_guards()
        self._checked_names()

    def install_library_guards(self):
        global _ACTIVE
        _ACTIVE = self
        _install_library_guards(self)


class _Rewriter(ast.NodeTransformer):
    def __init__(self, guard, checked):
        self.guard = guard
        self.checked = checked
        self.classes = []

    # Refusals at rewrite time carry the node's own position.
    def _refuse(self, node, rule, text):
        raise self.guard._deny(
            rule, text, getattr(node, "lineno", 0), getattr(node, "col_offset", -1) + 1
        )

    def _check_identifier(self, node, name):
        if not isinstance(name, str):
            return
        if name.startswith(_GUARD_PREFIX):
            self._refuse(
                node,
                "blocked-name",
                f"the name '{name}' is reserved for the sandbox's guards; choose another name",
            )
        if name in _RESERVED_NAMES:
            self._refuse(
                node,
                "blocked-name",
                f"the name '{name}' reaches the interpreter's internals and is not available "
                "in cells",
            )

    def _constant_plain_format(self, value):
        """A literal format string whose fields read no attribute is safe as written: the
        check is exact at rewrite time, so the runtime call is left out."""
        if not isinstance(value, ast.Constant) or type(value.value) is not str:
            return False
        denials = self.guard._denials
        saved = len(denials)
        try:
            return not self.guard._scan_format(value.value, strict=False)
        except GuardError:
            return False  # leave it to the runtime guard, which refuses where it runs
        finally:
            del denials[saved:]

    def _mangle(self, name):
        if self.classes and name.startswith("__") and not name.endswith("__"):
            stripped = self.classes[-1].lstrip("_")
            if stripped:
                return f"_{stripped}{name}"
        return name

    def _call(self, helper, args, node):
        name = ast.Name(id=helper, ctx=ast.Load())
        name._sb_helper = True  # transform() may run twice over one tree
        call = ast.Call(func=name, args=args, keywords=[])
        ast.copy_location(call.func, node)
        for arg in args:
            if not hasattr(arg, "lineno"):
                ast.copy_location(arg, node)
        return ast.copy_location(call, node)

    def visit_Attribute(self, node):
        self.generic_visit(node)
        attr = node.attr
        if not isinstance(node.ctx, ast.Load):
            if self.guard._refused_store(attr):
                # The helper raises before the assignment or deletion happens.
                node.value = self._call(
                    "__sb_attr_guard__",
                    [node.value, ast.Constant(attr), ast.Constant(True)],
                    node,
                )
            return node
        if self.guard._refused_attr(attr):
            return self._call(
                "__sb_attr_guard__", [node.value, ast.Constant(self._mangle(attr))], node
            )
        if attr == "format" or attr == "format_map":
            if not self._constant_plain_format(node.value):
                node.value = self._call("__sb_format_guard__", [node.value], node)
            return node
        if attr.startswith("_") or attr in self.checked:
            return self._call(
                "__sb_attr_guard__", [node.value, ast.Constant(self._mangle(attr))], node
            )
        return node

    def visit_Name(self, node):
        if not getattr(node, "_sb_helper", False):
            self._check_identifier(node, node.id)
        return node

    def _visit_function(self, node):
        self._check_identifier(node, node.name)
        self.generic_visit(node)
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = _visit_function

    def visit_ClassDef(self, node):
        self._check_identifier(node, node.name)
        for statement in node.body:
            names = []
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names.append(statement.name)
            elif isinstance(statement, ast.Assign):
                names.extend(t.id for t in statement.targets if isinstance(t, ast.Name))
            elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                names.append(statement.target.id)
            for name in names:
                if name in FORBIDDEN_CLASS_MEMBERS:
                    self._refuse(
                        statement,
                        "blocked-definition",
                        f"class {node.name} defines {name}, which cells may not define "
                        "(finalizers outlive the cell; array interfaces read raw memory); "
                        "use a with-block or an explicit close() instead",
                    )
        node.decorator_list = [self.visit(decorator) for decorator in node.decorator_list]
        node.bases = [self.visit(base) for base in node.bases]
        node.keywords = [self.visit(keyword) for keyword in node.keywords]
        self.classes.append(node.name)
        try:
            node.body = [self.visit(statement) for statement in node.body]
        finally:
            self.classes.pop()
        return node

    def visit_arg(self, node):
        self._check_identifier(node, node.arg)
        self.generic_visit(node)
        return node

    def visit_alias(self, node):
        self._check_identifier(node, node.asname or node.name.partition(".")[0])
        return node

    def visit_ExceptHandler(self, node):
        self._check_identifier(node, node.name)
        self.generic_visit(node)
        return node

    def _visit_scope_names(self, node):
        for name in node.names:
            self._check_identifier(node, name)
        return node

    visit_Global = visit_Nonlocal = _visit_scope_names

    def visit_MatchAs(self, node):
        self._check_identifier(node, node.name)
        self.generic_visit(node)
        return node

    def visit_MatchStar(self, node):
        self._check_identifier(node, node.name)
        return node

    def visit_MatchMapping(self, node):
        self._check_identifier(node, node.rest)
        self.generic_visit(node)
        return node

    def visit_MatchClass(self, node):
        for name in node.kwd_attrs:
            if self.guard._refused_attr(name) or name.startswith("_") or name in self.checked:
                self._refuse(
                    node,
                    "blocked-attribute",
                    f"the class pattern reads the attribute '{name}', which cells may not "
                    "reach this way; match on public attributes",
                )
        self.generic_visit(node)
        return node


def _dangerous_objects(policy):
    """Objects (not functions) that must never be handed to a cell: the import machinery's own
    state, and the environment unless the profile allows `os` (the worker's environment is
    scrubbed before the cell runs, so reading it tells nothing)."""
    import os

    found = [sys.modules, sys.path, sys.meta_path, sys.path_hooks, sys.path_importer_cache,
             builtins.__dict__]  # fmt: skip
    if not policy.import_allowed("os"):
        found.append(os.environ)
        if hasattr(os, "environb"):
            found.append(os.environb)
    return found


# ---------------------------------------------------------------------------------------------
# Library sinks
# ---------------------------------------------------------------------------------------------

_PATCHED = {}  # id(original) -> (original, wrapper); shared by every guard in the process
_WRAPPER_IDS = set()
_SCANNED_FOR_REEXPORTS = set()
_INSTALLED = False


def _refuse(rule, text):
    guard = _ACTIVE
    if guard is not None:
        raise guard._deny(rule, text)
    raise GuardError(f"{text} [rule {rule}]", rule)


# Code the reviewer could not read in the cell (review.HIDDEN_CODE_RULES): a cell a reviewer
# approved may unpickle and have pandas evaluate strings; what that code does is still bounded by
# the audit hook (pickle classes, files, processes) and the kernel.
def _refuse_unless_approved(rule, text):
    guard = _ACTIVE
    if guard is not None and guard._review_granted:
        return
    _refuse(rule, text)


def _argument(args, kwargs, name, index, default=None):
    if name in kwargs:
        return kwargs[name]
    if len(args) > index:
        return args[index]
    return default


def _pandas_expression_problem(expr, checked):
    """Why a pandas eval/query expression is refused, or None."""
    for quoted in re.findall(r"`[^`]*`", expr):
        if "__" in quoted:
            return "quotes a name containing '__'"
    text = re.sub(r"`[^`]*`", " _sb_quoted_name ", expr)
    previous = None
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.OP and token.string == "@":
                return "uses '@' to reach Python variables"
            if token.type == tokenize.ERRORTOKEN and token.string.strip() == "@":
                return "uses '@' to reach Python variables"
            if token.type == tokenize.NAME:
                name = token.string
                if "__" in name:
                    return f"names '{name}', which leads to interpreter internals"
                if previous is not None and previous.type == tokenize.OP and previous.string == ".":
                    if name.startswith("_") or name in checked:
                        return f"reads the attribute '.{name}'"
            if token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
                previous = token
    except (tokenize.TokenError, SyntaxError):
        if "@" in text or "__" in text:
            return "uses '@' or '__'"
    return None


def _pandas_expression_check(qualname, index=1):
    def check(args, kwargs):
        expr = _argument(args, kwargs, "expr", index)
        if not isinstance(expr, str):
            return
        guard = _ACTIVE
        checked = guard._checked if guard is not None else CHECKED_NAMES
        problem = _pandas_expression_problem(expr, checked)
        if problem:
            _refuse_unless_approved(
                "string-eval",
                f"the pandas expression {expr[:80]!r} {problem}; pandas evaluates these strings "
                "as code. Use boolean indexing instead, for example "
                "df[(df.revenue > threshold) & (df.region == 'North')], or compute columns "
                "directly: df['total'] = df.units * df.price",
            )

    return check


def _always(rule, text):
    def check(args, kwargs):
        _refuse(rule, text)

    return check


def _unless_approved(rule, text):
    """A loader a reviewer may approve (review.HIDDEN_CODE_RULES): refused only when the cell
    was not approved."""

    def check(args, kwargs):
        _refuse_unless_approved(rule, text)

    return check


def _when_truthy(name, index, rule, text):
    def check(args, kwargs):
        if _argument(args, kwargs, name, index, False):
            _refuse_unless_approved(rule, text)

    return check


def _backend_check(index, where):
    def check(args, kwargs):
        backend = _argument(args, kwargs, "backend", index)
        if backend is None:
            backend = _argument(args, kwargs, "newbackend", index)
        if not isinstance(backend, str) or backend.lower() in _NON_INTERACTIVE_BACKENDS:
            return
        # pyplot itself tries interactive candidates while resolving its automatic backend;
        # only a cell asking for one, or any module:// name, is refused.
        direct = sys._getframe(2).f_code.co_filename.startswith("<cell")
        if direct or backend.startswith("module://"):
            _refuse(
                "import-not-allowed",
                f"{where}({backend!r}): cells draw with a non-interactive backend (Agg); figures "
                "are collected automatically, so no backend switch is needed",
            )

    return check


def _pandas_plot_backend_check(args, kwargs):
    backend = _argument(args, kwargs, "backend", 0)
    guard = _ACTIVE
    if backend == "matplotlib" or (guard is not None and guard._module_ok(backend)):
        return
    _refuse(
        "import-not-allowed",
        f"the pandas plotting backend {backend!r} would be imported by name; use the default "
        "'matplotlib' backend",
    )


def _optional_dependency_check(args, kwargs):
    name = _argument(args, kwargs, "name", 0)
    guard = _ACTIVE
    if not isinstance(name, str) or (guard is not None and guard._module_ok(name)):
        return
    known = ()
    optional = sys.modules.get("pandas.compat._optional")
    if optional is not None:
        known = set(getattr(optional, "VERSIONS", {})) | set(
            getattr(optional, "INSTALL_MAPPING", {})
        )
    caller = sys._getframe(2)  # 0 is this check, 1 the wrapper, 2 whoever called pandas
    direct = caller.f_code.co_filename.startswith("<cell")
    if not direct and name.partition(".")[0] in known:
        return
    _refuse(
        "import-not-allowed",
        f"import_optional_dependency({name!r}) would import a module the profile does not allow",
    )


def _strided_check(original):
    def check_result(args, kwargs, result):
        import numpy

        if not isinstance(result, numpy.ndarray) or result.size == 0:
            return
        # as_strided views x through a helper object whose .base is x; the bound is the
        # outermost array that owns (or wraps) the memory.
        base = result.base
        if base is not None and not isinstance(base, numpy.ndarray):
            base = getattr(base, "base", None)
        if not isinstance(base, numpy.ndarray):
            return
        while isinstance(base.base, numpy.ndarray):
            base = base.base
        low, high = numpy.byte_bounds(result)
        base_low, base_high = numpy.byte_bounds(base)
        if low < base_low or high > base_high:
            _refuse(
                "memory-unsafe",
                "numpy.lib.stride_tricks.as_strided would view memory outside the array; use "
                "numpy.lib.stride_tricks.sliding_window_view, which checks its bounds",
            )

    return check_result


def _url_result_check(args, kwargs, is_url):
    if is_url:
        _refuse(
            "network",
            "numpy would download from a URL; cells have no network access. Register the file "
            "as a dataset and read it by name",
        )


def _seaborn_load_check(args, kwargs):
    """seaborn.load_dataset reads `data_home/NAME.csv` when that file is there (a local read,
    which the file zones judge) and downloads it otherwise: only the download is refused."""
    import os

    name = _argument(args, kwargs, "name", 0)
    cache = _argument(args, kwargs, "cache", 1, True)
    data_home = _argument(args, kwargs, "data_home", 2)
    if cache and isinstance(name, str) and (data_home is None or isinstance(data_home, str)):
        home = data_home or os.environ.get("SEABORN_DATA", os.path.join("~", "seaborn-data"))
        if os.path.isfile(os.path.join(os.path.expanduser(home), os.path.basename(name) + ".csv")):
            return
    _refuse(
        "network",
        f"seaborn.load_dataset({name!r}) would download from the internet; cells have no network "
        "access. Put the CSV in a folder the run may read and pass data_home='that folder', or "
        "register it as a dataset",
    )


def _format_sink_check(index, name, where):
    def check(args, kwargs):
        value = _argument(args, kwargs, name, index)
        values = value.values() if isinstance(value, dict) else [value]
        guard = _ACTIVE
        for fmt in values:
            if isinstance(fmt, str) and guard is not None:
                guard._scan_format(fmt, strict=True)

    return check


def _patsy_eval(original):
    def eval(self, expr, source_name="<string>", inner_namespace={}):  # noqa: A001, B006
        guard = _ACTIVE
        if guard is None:
            return original(self, expr, source_name, inner_namespace)
        patsy_eval = sys.modules["patsy.eval"]
        tree = guard._transform_any(ast.parse(expr, source_name, "eval"))
        code = compile(tree, source_name, "eval", self.flags, True)
        if guard._library_builtins is None:
            guard._library_builtins = guard.make_builtins()
        scope = patsy_eval.VarLookupDict([inner_namespace] + self._namespaces)
        return builtins.eval(code, {"__builtins__": guard._library_builtins}, scope)

    return eval


def _outside_cell(frame):
    """True when ``frame`` is library or worker code while a cell is running: its variables
    (and its real builtins) must not become a cell's."""
    return not frame.f_code.co_filename.startswith("<cell") and _cell_on_stack()


# pandas falls back to the frame's dicts when given an empty one; this one is never empty and
# its only name contains '__', which expressions cannot mention.
def _isolated_namespace():
    return {"__sandbench_isolated__": True}


def _pandas_scope_init(original):
    def __init__(self, level, global_dict=None, local_dict=None, resolvers=(), target=None):
        if global_dict is None or local_dict is None:
            # pandas reads the frame `level` steps above its caller; from here that is
            # level + 1 (0 is this frame). Outside the cell it gets an empty namespace instead:
            # pandas itself evaluates expressions from its own frames, so this is no refusal.
            if _outside_cell(sys._getframe(level + 1)):
                global_dict = global_dict if global_dict is not None else _isolated_namespace()
                local_dict = local_dict if local_dict is not None else _isolated_namespace()
        original(self, level + 1, global_dict, local_dict, resolvers, target)
        # The copied globals must not carry the cell's builtins out.
        for mapping in self.scope.maps:
            if isinstance(mapping, dict):
                mapping.pop("__builtins__", None)

    return __init__


_NAMESPACE_VIEWS = {}


def _namespace_view(namespace):
    """A read-only view of a cell's globals without ``__builtins__`` (for patsy)."""
    if not isinstance(namespace, dict) or "__builtins__" not in namespace:
        return namespace
    cached = _NAMESPACE_VIEWS.get(id(namespace))
    if cached is not None and cached[0] is namespace:
        return cached[1]
    import collections.abc

    def lookup(key):
        if key == "__builtins__":
            raise KeyError(key)
        return namespace[key]

    class NamespaceView(collections.abc.Mapping):
        __slots__ = ()

        def __getitem__(self, key):
            return lookup(key)

        def __iter__(self):
            return (key for key in list(namespace) if key != "__builtins__")

        def __len__(self):
            return len(namespace) - 1

        def __contains__(self, key):
            return key != "__builtins__" and key in namespace

    view = NamespaceView()
    _NAMESPACE_VIEWS[id(namespace)] = (namespace, view)
    return view


def _patsy_capture(original):
    capture_function = original.__func__

    def capture(cls, eval_env=0, reference=0):
        if isinstance(eval_env, cls) or not isinstance(eval_env, int):
            return capture_function(cls, eval_env, reference)  # returns it, or raises TypeError
        frame = sys._getframe(1)
        for _ in range(eval_env + reference):
            frame = frame.f_back
            if frame is None:
                raise ValueError("call-stack is not that deep!")
        if _outside_cell(frame):
            # statsmodels' predict captures its own frame; formulas from cells never need it.
            return cls([{}], 0)
        flags = frame.f_code.co_flags & sys.modules["patsy.eval"]._ALL_FUTURE_FLAGS
        return cls([_namespace_view(frame.f_locals), _namespace_view(frame.f_globals)], flags)

    capture.__doc__ = capture_function.__doc__
    return classmethod(capture)


def _patsy_unwrap(original):
    """patsy re-raises every error inside a formula as PatsyError; a refusal stays a GuardError
    so the analyst sees the rule."""

    def call_and_wrap_exc(msg, origin, f, *args, **kwargs):
        try:
            return f(*args, **kwargs)
        except GuardError:
            raise
        except Exception as error:
            patsy_error = sys.modules["patsy"].PatsyError
            raise patsy_error(f"{msg}: {error.__class__.__name__}: {error}", origin) from error

    return call_and_wrap_exc


# (module, attribute path, how to guard, arguments). "check": check(args, kwargs) runs before the
# call; "after": check(args, kwargs, result) after it; "replace": factory(original) -> function.
_SINKS = (
    # pd.eval, DataFrame.eval and DataFrame.query all pass through here; Expr is the backstop
    # for code that builds expressions from pandas' internals.
    ("pandas.core.computation.eval", "eval", "check-level",
     lambda: _pandas_expression_check("pandas.eval", index=0), 7),
    ("pandas.core.computation.expr", "Expr.__init__", "check-level",
     lambda: _pandas_expression_check("pandas eval/query"), 5),
    # The frame-capturing helpers: a user-chosen level must not reach outside the cell.
    ("pandas.core.computation.scope", "Scope.__init__", "replace", _pandas_scope_init),
    ("patsy.eval", "EvalEnvironment.capture", "replace", _patsy_capture),
    ("pandas.io.pickle", "read_pickle", "check", lambda: _unless_approved(
        "deserialization",
        "pandas.read_pickle runs code stored in the file; load data with pandas.read_csv, "
        "read_parquet or read_json instead")),
    ("pandas.compat.pickle_compat", "load", "check", lambda: _unless_approved(
        "deserialization", "pandas' pickle loader runs code stored in the data")),
    ("pandas.compat.pickle_compat", "loads", "check", lambda: _unless_approved(
        "deserialization", "pandas' pickle loader runs code stored in the data")),
    ("numpy.lib.npyio", "load", "check", lambda: _when_truthy(
        "allow_pickle", 2, "deserialization",
        "numpy.load(allow_pickle=True) runs code stored in the file; save and load plain "
        "arrays (np.save/np.load without allow_pickle) or CSV instead")),
    ("numpy.lib.format", "read_array", "check", lambda: _when_truthy(
        "allow_pickle", 1, "deserialization",
        "numpy.lib.format.read_array(allow_pickle=True) runs code stored in the data")),
    ("statsmodels.iolib.smpickle", "load_pickle", "check", lambda: _unless_approved(
        "deserialization",
        "statsmodels' load_pickle runs code stored in the file; refit the model from the "
        "data instead")),
    ("matplotlib", "rc_file", "check", lambda: _always(
        "deserialization",
        "matplotlib.rc_file reads settings from an arbitrary file; set matplotlib.rcParams[...] "
        "or use plt.style.use('ggplot') instead")),
    ("matplotlib", "rc_params_from_file", "check", lambda: _always(
        "deserialization",
        "matplotlib.rc_params_from_file reads an arbitrary file; set matplotlib.rcParams "
        "instead")),
    ("matplotlib", "use", "check", lambda: _backend_check(0, "matplotlib.use")),
    ("matplotlib.pyplot", "switch_backend", "check",
     lambda: _backend_check(0, "matplotlib.pyplot.switch_backend")),
    ("pandas.plotting._core", "_load_backend", "check", lambda: _pandas_plot_backend_check),
    ("pandas.compat._optional", "import_optional_dependency", "check",
     lambda: _optional_dependency_check),
    ("patsy.eval", "EvalEnvironment.eval", "replace", _patsy_eval),
    ("patsy.compat", "call_and_wrap_exc", "replace", _patsy_unwrap),
    ("numpy.testing._private.utils", "runstring", "check", lambda: _always(
        "string-eval", "numpy.testing.runstring executes a string as code")),
    ("numpy.testing._private.utils", "measure", "check", lambda: _always(
        "string-eval", "numpy.testing.measure executes a string as code; time code with "
                       "ordinary calls")),
    ("numpy.testing._private.utils", "rundocs", "check", lambda: _always(
        "string-eval", "numpy.testing.rundocs executes doctests from files")),
    ("numpy.lib.stride_tricks", "as_strided", "after", _strided_check),
    ("numpy.ctypeslib", "load_library", "check", lambda: _always(
        "native-code", "numpy.ctypeslib.load_library loads a shared library")),
    ("pandas.core.generic", "NDFrame.to_clipboard", "check", lambda: _always(
        "process", "to_clipboard starts a clipboard program; write the output folder "
                   "instead (df.to_csv)")),
    ("pandas.io.clipboards", "read_clipboard", "check", lambda: _always(
        "process", "read_clipboard starts a clipboard program; register the data as a "
                   "dataset instead")),
    ("pandas.io.clipboards", "to_clipboard", "check", lambda: _always(
        "process", "to_clipboard starts a clipboard program")),
    ("statsmodels.tools.web", "webdoc", "check", lambda: _always(
        "process", "statsmodels.webdoc opens a web browser")),
    ("pandas.io.common", "urlopen", "check", lambda: _always(
        "network",
        "pandas would download from a URL; cells have no network access. Register the file "
        "as a dataset and read it by name")),
    # np.loadtxt/genfromtxt/DataSource: every URL decision goes through _isurl.
    ("numpy.lib._datasource", "DataSource._isurl", "after", lambda original: _url_result_check),
    ("seaborn.utils", "load_dataset", "check", lambda: _seaborn_load_check),
    ("pandas.io.formats.style", "Styler.format", "check",
     lambda: _format_sink_check(1, "formatter", "Styler.format")),
    ("pandas.io.formats.style", "Styler.format_index", "check",
     lambda: _format_sink_check(1, "formatter", "Styler.format_index")),
    ("matplotlib.ticker", "StrMethodFormatter.__init__", "check",
     lambda: _format_sink_check(1, "fmt", "StrMethodFormatter")),
)


def _make_wrapper(original, kind, factory, level_index=None):
    if kind == "replace":
        wrapper = factory(original)
        if not isinstance(wrapper, classmethod):
            functools.update_wrapper(wrapper, original)
    elif kind == "after":
        check = factory(original)

        @functools.wraps(original)
        def wrapper(*args, **kwargs):
            result = original(*args, **kwargs)
            check(args, kwargs, result)
            return result

    elif kind == "check-level":
        check = factory()

        # pandas resolves names in the frame `level` steps above the call; this wrapper is one
        # more frame, so the level it passes on is one higher.
        @functools.wraps(original)
        def wrapper(*args, **kwargs):
            check(args, kwargs)
            level = args[level_index] if len(args) > level_index else kwargs.get("level", 0)
            if level and sys._getframe(1).f_code.co_filename.startswith("<cell"):
                _refuse(
                    "string-eval",
                    f"level={level!r} would make pandas read the variables of code outside the "
                    "cell; leave level at its default",
                )
            if len(args) > level_index:
                args = list(args)
                args[level_index] += 1
            else:
                kwargs["level"] = kwargs.get("level", 0) + 1
            return original(*args, **kwargs)

    else:
        check = factory()

        @functools.wraps(original)
        def wrapper(*args, **kwargs):
            check(args, kwargs)
            return original(*args, **kwargs)

    # The original stays reachable only through the closure.
    getattr(wrapper, "__dict__", {}).pop("__wrapped__", None)
    return wrapper


def _install_library_guards(guard):
    global _INSTALLED
    _INSTALLED = True
    fresh = False
    for module_name, path, kind, factory, *level_index in _SINKS:
        module = sys.modules.get(module_name)
        if module is None:
            continue
        owner = module
        *owners, name = path.split(".")
        try:
            for part in owners:
                owner = owner.__dict__[part]
            current = owner.__dict__[name]
        except (KeyError, AttributeError):
            continue
        if id(current) in _WRAPPER_IDS:
            continue
        wrapper = _make_wrapper(current, kind, factory, *level_index)
        _PATCHED[id(current)] = (current, wrapper)
        _WRAPPER_IDS.add(id(wrapper))
        _real_setattr(owner, name, wrapper)
        fresh = True
    # Re-exports (pd.read_pickle, np.load, sm.load_pickle, ...): every other reference a loaded
    # module holds to an original is replaced too. After new patches every module is looked at
    # again; otherwise only modules imported since the last pass.
    if fresh or len(_SCANNED_FOR_REEXPORTS) != len(sys.modules):
        for module_name, module in list(sys.modules.items()):
            if not fresh and module_name in _SCANNED_FOR_REEXPORTS:
                continue
            _SCANNED_FOR_REEXPORTS.add(module_name)
            namespace = getattr(module, "__dict__", None)
            if not isinstance(namespace, dict):
                continue
            for key, value in list(namespace.items()):
                entry = _PATCHED.get(id(value))
                if entry is not None and entry[0] is value:
                    namespace[key] = entry[1]
    _pandas_copy_check_without_gc()
    if guard is not None:
        for original, wrapper in _PATCHED.values():
            guard._substitutes[id(original)] = (original, wrapper)


def _referents_present(*objects):
    """What pandas needs of gc.get_referents: empty exactly when the object is gone (None)."""
    return [obj for obj in objects if obj is not None]


def _pandas_copy_check_without_gc():
    """pandas' SettingWithCopy check (NDFrame._check_setitem_copy) asks gc.get_referents whether
    the frame a slice came from is still alive; the audit hook refuses gc.get_* to everyone, so an
    ordinary `sub["x"] = ...` on a slice would fail. Its `gc` becomes a stand-in that answers that
    one question from the weak reference itself."""
    generic = sys.modules.get("pandas.core.generic")
    if generic is None or isinstance(generic.__dict__.get("gc"), types.SimpleNamespace):
        return
    generic.gc = types.SimpleNamespace(get_referents=_referents_present)




# ---------------------------------------------------------------------------------------------
# Overhead measurement: python -m sandbench_worker.policy.runtime
# ---------------------------------------------------------------------------------------------


def _bench():
    """Times the same cells plainly and through the guard (transform + guarded builtins)."""
    import json
    import os
    import time

    profile_path = os.path.join(
        os.path.dirname(__file__), "..", "..", "..", "..", "resources", "profiles", "default.json"
    )
    with open(profile_path, encoding="utf-8") as handle:
        policy = Policy.from_dict(json.load(handle))
    setup = """
import numpy as np
import pandas as pd
rng = np.random.default_rng(0)
df = pd.DataFrame({"g": rng.integers(0, 100, 1_000_000), "x": rng.random(1_000_000),
                   "y": rng.random(1_000_000)})
"""
    workloads = {
        "pandas: 50 groupbys on 1e6 rows": """
for _ in range(50):
    summary = df.groupby("g").agg(x_mean=("x", "mean"), y_sum=("y", "sum"))
""",
        # Public and _private attribute loads, a builtin call and a format string held in a
        # variable: the paths that go through the guard's helpers at run time.
        "python: 200k-iteration attribute loop": """
class Point:
    def __init__(self, x, y):
        self.x, self.y, self._scale, self._hits = x, y, 0.5, 0

p = Point(1.0, 2.0)
fmt = "{:.1f}"
total = 0.0
for i in range(200_000):
    total += p.x * p.y * p._scale
    p._hits += 1
    total += len(fmt.format(p.x))
""",
    }

    def run(code, guarded):
        if guarded:
            guard = RuntimeGuard(policy)
            namespace = {"__builtins__": guard.make_builtins(), "__name__": "__main__"}
            prepare = lambda text: guard.transform(ast.parse(text))  # noqa: E731
        else:
            namespace = {"__builtins__": builtins, "__name__": "__main__"}
            prepare = ast.parse
        exec(compile(prepare(setup), "<cell 1>", "exec"), namespace)
        started = time.perf_counter()
        exec(compile(prepare(code), "<cell 2>", "exec"), namespace)
        return time.perf_counter() - started

    for code in workloads.values():
        run(code, False)  # warm imports and caches
    total_plain = total_guarded = 0.0
    for label, code in workloads.items():
        # Interleaved, minimum of seven: other load on the machine hits both sides alike.
        timings = [(run(code, False), run(code, True)) for _ in range(7)]
        plain = min(pair[0] for pair in timings)
        guarded = min(pair[1] for pair in timings)
        total_plain += plain
        total_guarded += guarded
        print(f"{label:40s} plain {plain * 1000:7.1f} ms  guarded {guarded * 1000:7.1f} ms  "
              f"overhead {100.0 * (guarded - plain) / plain:+6.1f} %")
    print(f"{'both':40s} plain {total_plain * 1000:7.1f} ms  "
          f"guarded {total_guarded * 1000:7.1f} ms  "
          f"overhead {100.0 * (total_guarded - total_plain) / total_plain:+6.1f} %")
    fresh = RuntimeGuard(policy)
    started = time.perf_counter()
    fresh.transform(ast.parse(setup))
    print(f"first transform (alias scan of {len(sys.modules)} loaded modules): "
          f"{(time.perf_counter() - started) * 1000:.1f} ms; later cells reuse it")


if __name__ == "__main__":
    _bench()
