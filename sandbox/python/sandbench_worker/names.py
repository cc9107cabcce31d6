"""Which of the session's global names a cell's run read and wrote (issue 15, stale cells).

The app marks a cell stale when a later run of another cell rewrote a name the cell read
(core/staleness.h). What counts:

writes  Names the run bound, rebound or deleted in the session's namespace, found by comparing
        `id()` of every value before and after the run: what actually ran, including `exec()`,
        `globals()[...] = ...` and a function's `global x`. A value changed in place keeps its id,
        so a name the cell's own top-level code stores into through a subscript or an attribute
        (`df['x'] = 1`, `cfg.alpha = 2`, `del d[k]`, `df.loc[m, 'y'] += 1`) or calls a mutating
        method on (`xs.append(1)`, `d.update(...)`, any `....(inplace=True)`) counts as written
        too. Mutation the code does not show (inside a function the cell calls) is not seen.
reads   Global names the cell's code loads that existed in the namespace before the run, from
        the syntax tree: loads at the top level and in class bodies, comprehensions, decorators
        and default values (what runs when the cell runs), not inside function or lambda bodies
        (they read when called). A name the cell certainly bound earlier in its own top-level
        code (`df = load(); df.head()`) is not read from the session. A session function the
        cell loads adds the globals its code names (co_names of it and its nested code, in the
        namespace), a few levels deep: calling `summarise()` reads the `df` it uses. This is a
        sound approximation for the code as written; names reached only through strings
        (`globals()['df']`, `eval('df')`) are not seen.

Neither runs any of the session's code: values are compared by id() only (never ==, hash or
repr), and keys are used only when they are exact str objects. `_` (the last result) and dunder
names are left out: every cell with a result rewrites `_`."""

import ast

from . import protocol_constants as protocol
from .rich import HIDDEN_PREFIX

MAX_NAMES = protocol.LIMIT_RUN_NAMES
MAX_NAME_CHARS = protocol.LIMIT_RUN_NAME_CHARS

# Methods of the built-in containers (and pandas' twins) that change their object in place.
_MUTATING_METHODS = frozenset({
    "append", "extend", "insert", "pop", "remove", "clear", "update", "setdefault", "popitem",
    "sort", "reverse", "add", "discard", "difference_update", "intersection_update",
    "symmetric_difference_update", "appendleft", "extendleft", "popleft", "rotate",
})  # fmt: skip
# How deep a function's own globals are followed (a helper that calls a helper).
_FUNCTION_DEPTH = 3
_FUNCTION_TYPE = type(lambda: None)
_CODE_TYPE = type((lambda: None).__code__)


def _kept(name):
    # `_` is rewritten by every cell with a result; `_sb_out...` are the tables rich.py keeps for
    # paging, which no analyst's code names: neither is a name a reviewer or a stale mark needs.
    return (type(name) is str and name != "_" and not (name.startswith("__") and name.endswith("__"))
            and not name.startswith(HIDDEN_PREFIX)
            and len(name) <= MAX_NAME_CHARS and name.isidentifier())  # fmt: skip


def snapshot(namespace):
    """name -> id(value) of the namespace's names: no user code runs (exact str keys only)."""
    return {key: id(value) for key, value in list(namespace.items()) if type(key) is str}


def _root(node):
    """The name at the root of `a.b[c].d`, or None."""
    while type(node) in (ast.Attribute, ast.Subscript):
        node = node.value
    return node.id if type(node) is ast.Name else None


def _bound_by(statement):
    """Names a top-level statement certainly binds when it completes."""
    kind = type(statement)
    if kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
        return {statement.name}
    if kind in (ast.Import, ast.ImportFrom):
        return {(alias.asname or alias.name).split(".")[0] for alias in statement.names
                if alias.name != "*"}  # fmt: skip
    targets = []
    if kind is ast.Assign:
        targets = list(statement.targets)
    elif kind is ast.AnnAssign and statement.value is not None:
        targets = [statement.target]
    names = set()
    while targets:
        target = targets.pop()
        if type(target) is ast.Name:
            names.add(target.id)
        elif type(target) in (ast.Tuple, ast.List):
            targets.extend(target.elts)
        elif type(target) is ast.Starred:
            targets.append(target.value)
    return names


_AST = ast.AST
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


def _executed_nodes(statement):
    """The statement's nodes that run when it runs: function and lambda bodies are left out, their
    decorators and default values kept. (Walks the fields itself: ast.iter_child_nodes costs twice
    as much, and this runs on every cell.)"""
    stack = [statement]
    pop, push = stack.pop, stack.append
    while stack:
        node = pop()
        yield node
        if type(node) in _FUNCTIONS:
            stack.extend(getattr(node, "decorator_list", ()))
            stack.extend(node.args.defaults)
            stack.extend(d for d in node.args.kw_defaults if d is not None)
            continue
        for name in node._fields:
            value = getattr(node, name, None)
            if type(value) is list:
                for item in value:
                    if isinstance(item, _AST):
                        push(item)
            elif isinstance(value, _AST):
                push(value)


class StaticNames:
    """What the cell's code shows: the names it loads before binding them itself, and the names it
    changes in place."""

    __slots__ = ("loads", "mutated")

    def __init__(self, tree):
        self.loads = set()
        self.mutated = set()
        bound = set()
        for statement in tree.body:
            loads = set()
            for node in _executed_nodes(statement):
                kind = type(node)
                if kind is ast.Name:
                    if type(node.ctx) is ast.Load:
                        loads.add(node.id)
                elif kind is ast.AugAssign and type(node.target) is ast.Name:
                    loads.add(node.target.id)  # x += 1 reads x
                elif kind in (ast.Attribute, ast.Subscript):
                    if type(node.ctx) is not ast.Load:  # stored into or deleted
                        root = _root(node)
                        if root is not None:
                            self.mutated.add(root)
                elif kind is ast.Call and type(node.func) is ast.Attribute:
                    if node.func.attr in _MUTATING_METHODS or any(
                        k.arg == "inplace" and type(k.value) is ast.Constant and k.value.value is True
                        for k in node.keywords
                    ):  # fmt: skip
                        root = _root(node.func.value)
                        if root is not None:
                            self.mutated.add(root)
            self.loads |= loads - bound
            bound |= _bound_by(statement)


def _code_names(code, into, seen):
    """co_names of a code object and the code nested in it (functions, comprehensions)."""
    if id(code) in seen:
        return
    seen.add(id(code))
    into.update(code.co_names)
    for constant in code.co_consts:
        if type(constant) is _CODE_TYPE:
            _code_names(constant, into, seen)


def _session_functions(namespace, wanted):
    """name -> value of the plain functions among the names in wanted whose globals are the
    session's. The namespace is iterated, never looked up: a lookup would compare the name with
    any key of the same hash by that key's own __eq__ (a cell may store any object as a key)."""
    found = {}
    for key, value in list(namespace.items()):
        if type(key) is str and key in wanted and type(value) is _FUNCTION_TYPE:
            if value.__globals__ is namespace:
                found[key] = value
    return found


def _function_reads(namespace, names, before):
    """The globals the session's own functions among names name, followed _FUNCTION_DEPTH deep.
    type() and attribute reads of a plain function object run no user code."""
    found = set()
    frontier = names
    seen = set()
    for _ in range(_FUNCTION_DEPTH):
        functions = _session_functions(namespace, frontier)
        more = set()
        for value in functions.values():
            named = set()
            _code_names(value.__code__, named, seen)
            more |= {n for n in named if n in before}
        more -= found | names
        found |= more
        frontier = more
        if not frontier:
            break
    return found


def _bounded(names):
    return sorted(n for n in names if _kept(n))[:MAX_NAMES]


def reads(static, namespace, before):
    """The names the run reads, sorted and bounded, from the namespace as the run starts
    (before: its snapshot()). static: StaticNames of the cell's code."""
    read = {name for name in static.loads if name in before}
    read |= _function_reads(namespace, read, before)
    return _bounded(read)


def writes(static, before, namespace):
    """The names the run wrote, sorted and bounded: the namespace it left against before."""
    after = snapshot(namespace)
    written = {name for name, ident in after.items() if before.get(name) != ident}
    written |= {name for name in before if name not in after}
    written |= {name for name in static.mutated if name in before and name in after}
    return _bounded(written)
