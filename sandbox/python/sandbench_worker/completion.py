"""Completion and help for the cell editor (`complete`, `help`; sandbox/PROTOCOL.md).

Computed next to the session's objects, but without running their code where it can be helped:
the expression before the cursor is resolved name by name with `inspect.getattr_static`, which
reads class and instance dictionaries and runs no `__getattr__`, `__getattribute__`, property or
other descriptor. Only the libraries' own classes (pandas, numpy: see `_trusted`) are asked for
more: their `__dir__` (a DataFrame's column names), their properties (`df.columns`), a subscript
with a literal key (`df["price"]`). What still runs (a user object's `__doc__` string, a library's
code) runs in a process forked from the session and discarded, under every layer of the sandbox
and the keeper's time limit (sandbox/worker/keeper.cpp), like the `variables` query.

jedi (python3-jedi 0.18) was measured first: with `_allow_descriptor_getattr_default` off it
still calls `dir()` and `iter()` on user objects, and it infers pandas from its sources, 15 to 40
seconds per `df.` completion on this machine, far past a typing budget. So this module resolves
the runtime objects itself, as IPython's "limited" evaluation does.

Nothing is offered inside a string or a comment: the text before the cursor is scanned first.
"""

import builtins
import inspect
import keyword
import sys
import types

MAX_MATCHES = 2000
MAX_DOC_CHARS = 20_000
MAX_SIGNATURE_CHARS = 4000
MAX_NAME_CHARS = 200

# The kinds a match or a help answer may name; core/replydecoder.cpp accepts these and no other.
KINDS = ("function", "method", "class", "module", "property", "column", "attribute", "variable",
         "keyword", "builtin")

# Libraries whose own classes may be asked for their dir(), properties and literal subscripts:
# the analyst's objects are instances of them, and their code is the library's, not the cell's.
_TRUSTED_ROOTS = frozenset({"pandas", "numpy", "builtins", "datetime", "collections",
                            "decimal", "fractions", "re", "pathlib"})

_FUNCTION_TYPES = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                   types.BuiltinMethodType, types.WrapperDescriptorType,
                   types.MethodDescriptorType, types.ClassMethodDescriptorType,
                   types.MethodWrapperType, staticmethod, classmethod)

_MISSING = object()


class _Unresolved(Exception):
    """The expression cannot be resolved without running code that is not the library's."""


# --- where the cursor is --------------------------------------------------------------------

def _in_string_or_comment(code):
    """True when the end of `code` is inside a comment or a string literal (f-strings too: their
    replacement fields are not offered either). A scan of its own: tokenize stops at the first
    unterminated string and cannot tell an open bracket from an open string after it."""
    quote = None  # the open string's delimiter: a quote, or three
    i, n = 0, len(code)
    while i < n:
        c = code[i]
        if quote is not None:
            if c == "\\":
                i += 2
                continue
            if code.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            if c == "\n" and len(quote) == 1:
                quote = None  # an unterminated one-line string ends with its line
            i += 1
            continue
        if c == "#":
            newline = code.find("\n", i)
            if newline < 0:
                return True
            i = newline + 1
            continue
        if c in "'\"":
            quote = c * 3 if code.startswith(c * 3, i) else c
            i += len(quote)
            continue
        i += 1
    return quote is not None


def _identifier_tail(code):
    i = len(code)
    while i > 0 and (code[i - 1].isalnum() or code[i - 1] == "_"):
        i -= 1
    return code[i:], code[:i]


def _expression_before(text):
    """The chain ending `text` (before a '.'): [("name", "df"), ("attr", "loc"), ("item", 3)].
    Calls and anything but literal subscripts end it: they would run code."""
    chain = []
    i = len(text)
    while True:
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        if i > 0 and text[i - 1] == "]":
            j = text.rfind("[", 0, i - 1)
            if j < 0:
                raise _Unresolved()
            literal = text[j + 1:i - 1].strip()
            try:
                key = _literal(literal)
            except ValueError:
                raise _Unresolved() from None
            chain.append(("item", key))
            i = j
            continue
        word, _ = _identifier_tail(text[:i])
        if not word or word[0].isdigit() or keyword.iskeyword(word):
            raise _Unresolved()
        i -= len(word)
        k = i
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k > 0 and text[k - 1] == "." and not (k > 1 and text[k - 2] == "."):
            chain.append(("attr", word))
            i = k - 1
            continue
        chain.append(("name", word))
        chain.reverse()
        return chain


def _literal(text):
    import ast
    try:
        value = ast.literal_eval(text)
    except Exception:
        raise ValueError(text) from None
    if not isinstance(value, (str, int, bool)) or isinstance(value, bool):
        raise ValueError(text)
    return value


# --- resolving without running the session's code ---------------------------------------------

def _home(cls):
    try:
        module = type.__dict__["__module__"].__get__(cls)
    except Exception:
        return ""
    return module if isinstance(module, str) else ""


def _trusted(cls):
    """True when cls and every class of its MRO come from a trusted library, and its metaclass
    is type: then dir(), properties and subscripts run only the library's code."""
    try:
        if type(cls) is not type and _home(type(cls)).partition(".")[0] not in _TRUSTED_ROOTS:
            return False
        mro = type.__dict__["__mro__"].__get__(cls)
    except Exception:
        return False
    return all(_home(base).partition(".")[0] in _TRUSTED_ROOTS for base in mro)


def _attribute(value, name):
    if isinstance(value, types.ModuleType):
        found = _module_dict(value).get(name, _MISSING)
        if found is _MISSING:
            raise _Unresolved()
        return found
    try:
        found = inspect.getattr_static(value, name)
    except AttributeError:
        if _trusted(type(value)):
            try:
                return getattr(value, name)  # a DataFrame's column by attribute: pandas' code
            except Exception:
                raise _Unresolved() from None
        raise _Unresolved() from None
    if _plain(found):
        return found
    if isinstance(found, (staticmethod, classmethod)):
        return found.__func__
    if isinstance(found, _FUNCTION_TYPES):
        if not isinstance(value, type) and isinstance(
                found, (types.FunctionType, types.MethodDescriptorType)):
            try:  # bound as the call would bind it (C code), so help leaves out `self`
                return found.__get__(value, type(value))
            except Exception:
                return found
        return found
    # A descriptor (a property, pandas' accessors): its value is the library's to compute.
    if _trusted(type(value) if not isinstance(value, type) else value):
        try:
            return getattr(value, name)
        except Exception:
            raise _Unresolved() from None
    if isinstance(value, type) or isinstance(found, type):
        return found
    raise _Unresolved()


def _plain(value):
    return isinstance(value, (types.ModuleType, type, int, float, complex, str, bytes, bool,
                              type(None), list, tuple, dict, set, frozenset))


def _module_dict(module):
    try:
        return object.__getattribute__(module, "__dict__")
    except Exception:
        return {}


def _resolve(namespace, chain):
    return _resolve_with_owner(namespace, chain)[1]


def _resolve_with_owner(namespace, chain):
    """(the object the last step was taken from or None, the value)."""
    kind, name = chain[0]
    value = namespace.get(name, _MISSING)
    if value is _MISSING:
        value = builtins.__dict__.get(name, _MISSING)
    if value is _MISSING:
        raise _Unresolved()
    owner = None
    for kind, key in chain[1:]:
        owner = value
        if kind == "attr":
            value = _attribute(value, key)
        elif type(value) in (dict, list, tuple, str) or _trusted(type(value)):
            try:
                value = value[key]
            except Exception:
                raise _Unresolved() from None
        else:
            raise _Unresolved()
    return owner, value


# --- what an object holds -----------------------------------------------------------------------

def _class_names(cls):
    names = {}
    try:
        mro = type.__dict__["__mro__"].__get__(cls)
    except Exception:
        mro = ()
    for base in reversed(mro):
        try:
            names.update(type.__dict__["__dict__"].__get__(base))
        except Exception:
            pass
    return names


def _kind_of(member, owner_is_instance):
    if isinstance(member, types.ModuleType):
        return "module"
    if isinstance(member, type):
        return "class"
    if isinstance(member, (property, types.GetSetDescriptorType, types.MemberDescriptorType)):
        return "property"
    if isinstance(member, _FUNCTION_TYPES):
        if isinstance(member, (types.BuiltinFunctionType, types.FunctionType)) and \
                not owner_is_instance:
            return "function"
        return "method"
    if callable(type(member).__dict__.get("__get__")) and not _plain(member):
        return "property"  # another descriptor, e.g. pandas' CachedAccessor
    return "attribute"


def _members(value):
    """{name: kind} of what `value.` offers, from dictionaries, never from a user __dir__."""
    out = {}
    if isinstance(value, types.ModuleType):
        for name, member in list(_module_dict(value).items()):
            if isinstance(name, str):
                out[name] = _kind_of(member, False)
        return out
    is_class = isinstance(value, type)
    cls = value if is_class else type(value)
    for name, member in _class_names(cls).items():
        if isinstance(name, str):
            out[name] = _kind_of(member, not is_class)
    if is_class:
        return out
    try:
        own = inspect.getattr_static(value, "__dict__")
    except AttributeError:
        own = None
    if isinstance(own, dict):
        for name, member in list(own.items()):
            if isinstance(name, str):
                out[name] = _kind_of(member, False)
    if _trusted(cls):
        # The library's __dir__ adds what lives elsewhere: a DataFrame's columns.
        try:
            listed = dir(value)
        except Exception:
            listed = []
        columns = set()
        frame_columns = out.get("columns") and _column_names(value)
        if frame_columns:
            columns = frame_columns
        for name in listed:
            if isinstance(name, str) and name not in out:
                out[name] = "column" if name in columns else "attribute"
    return out


def _column_names(value):
    try:
        return {c for c in value.columns if isinstance(c, str)}
    except Exception:
        return set()


def _type_name(value):
    try:
        return type.__dict__["__name__"].__get__(type(value))
    except Exception:
        return ""


# --- the requests ---------------------------------------------------------------------------

def complete(namespace, code):
    """What may follow `code` (the cell's text up to the cursor): {"prefix", "matches": [{"name",
    "kind"}]}, matches sorted, private names only when the prefix starts with '_'."""
    if not isinstance(code, str):
        raise TypeError("complete needs 'code' as a string")
    prefix, before = _identifier_tail(code)
    empty = {"prefix": prefix, "matches": []}
    if _in_string_or_comment(code):
        return empty
    stripped = before.rstrip(" \t")
    if stripped.endswith(".") and not stripped.endswith(".."):
        head = stripped[:-1]
        if not head or _identifier_tail(head)[0][:1].isdigit():
            return empty  # "1." is a number
        try:
            value = _resolve(namespace, _expression_before(head))
        except (_Unresolved, RecursionError):
            return empty
        members = _members(value)
    else:
        if before[-1:].isdigit():
            return empty
        members = {}
        for name in builtins.__dict__:
            if isinstance(name, str):
                members[name] = "class" if isinstance(builtins.__dict__[name], type) else "builtin"
        for name in keyword.kwlist + keyword.softkwlist:
            members[name] = "keyword"
        for name, value in list(namespace.items()):
            if isinstance(name, str):
                kind = _kind_of(value, False)
                members[name] = "variable" if kind in ("attribute", "property") else kind
    lowered = prefix.lower()
    matches = []
    for name, kind in members.items():
        if len(name) > MAX_NAME_CHARS or not name.isidentifier():
            continue
        if name.startswith("_") and not prefix.startswith("_"):
            continue
        if not name.lower().startswith(lowered):
            continue
        matches.append({"name": name, "kind": kind if kind in KINDS else "attribute"})
    matches.sort(key=lambda m: (m["name"].lower().startswith("__"), m["name"].lower()))
    return {"prefix": prefix, "matches": matches[:MAX_MATCHES]}


def _callee_before(code):
    """The text of the expression whose call the cursor is in: `df.groupby(by=` -> `df.groupby`."""
    depth = 0
    for i in range(len(code) - 1, -1, -1):
        c = code[i]
        if c in ")]}":
            depth += 1
        elif c in "([{":
            if depth == 0:
                if c == "(":
                    return code[:i]
                return None
            depth -= 1
        elif c == "\n" and depth == 0 and i < len(code) - 1 and not code[i + 1].isspace():
            return None
    return None


def _safe_repr(value):
    if isinstance(value, (int, float, complex, bool, type(None))) or (
            isinstance(value, (str, bytes)) and len(value) < 80):
        return repr(value)
    if isinstance(value, type):
        return value.__qualname__ if isinstance(value.__qualname__, str) else "…"
    if value is inspect.Parameter.empty:
        return ""
    name = _type_name(value)
    return f"<{name}>" if name else "…"


def _annotation(annotation):
    if isinstance(annotation, str):
        return annotation
    if isinstance(annotation, type) and type(annotation) is type:
        return annotation.__qualname__ if annotation.__module__ == "builtins" else \
            f"{annotation.__module__}.{annotation.__qualname__}"
    return _safe_repr(annotation)


def _signature_text(name, target):
    """`name(a, b=1, *args, key: str = 'x') -> T`, formatted without calling any repr of the
    session's objects (a default value's __repr__ is user code)."""
    try:
        signature = inspect.signature(target)
    except (TypeError, ValueError):
        return ""
    parts = []
    seen_keyword_only = False
    previous = None
    for parameter in signature.parameters.values():
        kind = parameter.kind
        if previous == inspect.Parameter.POSITIONAL_ONLY and kind != previous:
            parts.append("/")
        if kind == inspect.Parameter.KEYWORD_ONLY and not seen_keyword_only:
            parts.append("*")
        if kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.KEYWORD_ONLY):
            seen_keyword_only = True
        text = parameter.name
        if kind == inspect.Parameter.VAR_POSITIONAL:
            text = "*" + text
        elif kind == inspect.Parameter.VAR_KEYWORD:
            text = "**" + text
        if parameter.annotation is not inspect.Parameter.empty:
            text += ": " + _annotation(parameter.annotation)
        if parameter.default is not inspect.Parameter.empty:
            separator = " = " if parameter.annotation is not inspect.Parameter.empty else "="
            text += separator + _safe_repr(parameter.default)
        parts.append(text)
        previous = kind
    if previous == inspect.Parameter.POSITIONAL_ONLY:
        parts.append("/")
    text = f"{name}({', '.join(parts)})"
    if signature.return_annotation is not inspect.Signature.empty:
        text += " -> " + _annotation(signature.return_annotation)
    return text[:MAX_SIGNATURE_CHARS]


def _doc(value):
    if isinstance(value, _FUNCTION_TYPES):
        doc = getattr(value, "__doc__", None)  # the function object's own slot: no user code
    elif isinstance(value, type):
        try:
            doc = type.__dict__["__doc__"].__get__(value)
        except Exception:
            doc = None
    elif isinstance(value, types.ModuleType):
        doc = _module_dict(value).get("__doc__")
    else:
        doc = _class_names(type(value)).get("__doc__")  # the class's, never a __getattr__
    if not isinstance(doc, str):
        return ""
    return inspect.cleandoc(doc)[:MAX_DOC_CHARS]


def _signature_target(value):
    """What inspect.signature may look at without running the session's code."""
    if isinstance(value, (staticmethod, classmethod)):
        return value.__func__
    if isinstance(value, _FUNCTION_TYPES):
        return value
    if isinstance(value, type) and type(value) is type:
        return value  # its __init__/__new__, looked up in class dictionaries by inspect
    if not isinstance(value, types.ModuleType) and _trusted(type(value)):
        call = _class_names(type(value)).get("__call__")
        if call is not None:
            return value
    return None


def help_at(namespace, code):
    """Help on the name that ends `code` (the text up to the end of the word at the cursor), or
    else on the function whose call the cursor is in: {"name", "kind", "type", "signature",
    "doc"}; all empty when there is nothing to tell."""
    if not isinstance(code, str):
        raise TypeError("help needs 'code' as a string")
    answer = {"name": "", "kind": "", "type": "", "signature": "", "doc": ""}
    if _in_string_or_comment(code):
        return answer
    candidates = []
    word, _ = _identifier_tail(code)
    if word:
        candidates.append(code)
    callee = _callee_before(code)
    if callee is not None:
        candidates.append(callee)
    for text in candidates:
        try:
            chain = _expression_before(text.rstrip(" \t"))
            owner, value = _resolve_with_owner(namespace, chain)
        except (_Unresolved, RecursionError):
            continue
        last = chain[-1][1]
        name = last if isinstance(last, str) else repr(last)
        owner_is_instance = owner is not None and not isinstance(owner, (type, types.ModuleType))
        kind = _kind_of(value, owner_is_instance)
        if kind == "attribute":
            kind = "variable" if len(chain) == 1 else "attribute"
        target = _signature_target(value)
        answer.update(
            name=".".join(str(k) if isinstance(k, str) else f"[{k!r}]" for _, k in chain)[
                :MAX_NAME_CHARS],
            kind=kind if kind in KINDS else "attribute",
            type=_type_name(value)[:MAX_NAME_CHARS],
            signature=_signature_text(name, target) if target is not None else "",
            doc=_doc(value),
        )
        return answer
    return answer
