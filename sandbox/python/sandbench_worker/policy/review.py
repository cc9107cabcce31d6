"""Review triggers that need the cell's syntax tree: imports on the profile's review list, code the
reviewer cannot read in the cell (eval/exec of a string built at run time, pandas eval/query with
the python engine, unpickling a file) and, when the profile asks for it (review.triggers
"output_files"), calls that write files. A cell that fires
one is not refused: it waits, unrun, until a reviewer approves exactly this code (the app decides
the triggers that need no tree: raised limits, code from an LLM)."""

import ast

from ..hints import CLI, hint
from .violations import REVIEW, Violation

__all__ = ["review_reasons", "embedded_code", "REVIEW_RULES", "HIDDEN_CODE_RULES"]

# Static-check rules that mean "a reviewer may allow this" rather than "never".
REVIEW_RULES = frozenset({"import-needs-review"})

# Review reasons for code the reviewer cannot read in the cell (issue 13). They are not refusals:
# what that code does is still bounded by the audit hook and the kernel; a person decides whether
# to run it at all. Every profile has them: the code is hidden whatever the allowlist says.
HIDDEN_CODE_RULES = frozenset({"dynamic-code", "pandas-python-engine", "unpickling"})

_CODE_BUILTINS = frozenset({"eval", "exec"})
# Modules whose load functions unpickle (joblib and dill use pickle underneath).
_UNPICKLING_MODULES = frozenset({"pickle", "_pickle", "joblib", "dill", "cloudpickle"})
_UNPICKLING_FUNCTIONS = frozenset({"load", "loads", "Unpickler"})
# Library readers that unpickle whatever object they are given: pandas, statsmodels.
_PICKLE_READERS = frozenset({"read_pickle", "load_pickle"})

# Methods that write a file when given a path: pandas' to_*, matplotlib's savefig, numpy's save*.
# pandas' to_csv & co. return text when called without one, so those need an argument.
_WRITES_WITH_PATH = frozenset(
    {"to_csv", "to_json", "to_html", "to_latex", "to_markdown", "to_xml", "to_string"}
)
_WRITES = frozenset(
    {"to_excel", "to_parquet", "to_feather", "to_pickle", "to_stata", "to_hdf", "to_orc",
     "savefig", "save", "savez", "savez_compressed", "savetxt", "tofile", "write_text",
     "write_bytes", "to_file"}
)  # fmt: skip
_PATH_KEYWORDS = frozenset({"path_or_buf", "buf", "path", "fname", "file", "excel_writer"})


def _writes_file(call):
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else None
    if name in _WRITES:
        return name
    if name in _WRITES_WITH_PATH and (
        call.args or any(k.arg in _PATH_KEYWORDS for k in call.keywords)
    ):
        return name
    return None


def _imported_names(node):
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and not node.level and node.module:
        return [node.module]
    return []


def _is_text(node):
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _keyword(call, name):
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return None


def _unpickler_names(tree):
    """(module aliases, function names) the cell binds to the unpickling modules and their load
    functions: `import pickle as pk`, `from joblib import load`."""
    modules, functions = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in _UNPICKLING_MODULES:
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            top = node.module.partition(".")[0]
            for alias in node.names:
                if (top in _UNPICKLING_MODULES and alias.name in _UNPICKLING_FUNCTIONS) or (
                    alias.name in _PICKLE_READERS
                ):
                    functions.add(alias.asname or alias.name)
    return modules, functions


def embedded_code(tree):
    """(call node, text, mode) for each eval()/exec() of a string literal: that code may run
    without review, so the caller checks the text as it checks the cell."""
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in _CODE_BUILTINS and node.args and _is_text(node.args[0])):  # fmt: skip
            found.append((node, node.args[0].value, node.func.id))
    return found


def _hidden_code(node, unpicklers, calls, policy):
    """A review Violation when this node runs code the reviewer cannot read in the cell."""
    modules, functions = unpicklers
    if isinstance(node, ast.Name) and node.id in _CODE_BUILTINS:
        if node.id in policy.blocked_builtins:
            return None  # the static check refuses it outright
        parent_call = calls.get(id(node))
        if parent_call is not None and parent_call.args and _is_text(parent_call.args[0]):
            return None  # a literal: its text is checked like the cell's own
        what = f"{node.id}() of a string built at run time" if parent_call is not None else (
            f"{node.id} passed around as a value")
        return Violation(
            "dynamic-code",
            f"{what} runs code that cannot be read in the cell: a reviewer must approve the "
            "cell before it runs (in the window: the Review Queue panel; on the command line: "
            "sandbench review approve), or write the code directly in the cell",
            node.lineno, node.col_offset + 1, REVIEW)  # fmt: skip
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    attr = func.attr if isinstance(func, ast.Attribute) else None
    name = func.id if isinstance(func, ast.Name) else None
    if attr in ("eval", "query"):
        engine = _keyword(node, "engine")
        if engine is not None and not (_is_text(engine) and engine.value != "python"):
            return Violation(
                "pandas-python-engine",
                f"{attr}() with engine='python' evaluates its text as Python code: a reviewer "
                "must approve it, or use the default engine or boolean indexing "
                "(df[df.col > 0])",
                node.lineno, node.col_offset + 1, REVIEW)  # fmt: skip
        return None
    unpickles = (
        attr in _PICKLE_READERS
        or name in functions
        or (attr in _UNPICKLING_FUNCTIONS and isinstance(func.value, ast.Name)
            and func.value.id in modules)
        or (attr == "load" and _keyword(node, "allow_pickle") is not None
            and not (isinstance(_keyword(node, "allow_pickle"), ast.Constant)
                     and not _keyword(node, "allow_pickle").value))
    )  # fmt: skip
    if unpickles:
        called = attr or name
        return Violation(
            "unpickling",
            f"'{called}' unpickles data, which can run code stored in the file: a reviewer must "
            "approve it, or save and load the data as CSV or Parquet instead",
            node.lineno, node.col_offset + 1, REVIEW)  # fmt: skip
    return None


def review_reasons(tree, policy, context=CLI):
    """The reasons this cell needs a reviewer, in source order; [] when it may run."""
    reasons = []
    check_writes = "output_files" in policy.review_triggers and policy.write_output
    unpicklers = _unpickler_names(tree)
    # The call each called name belongs to: eval(text) differs from eval passed around.
    calls = {id(node.func): node for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}  # fmt: skip
    for node in ast.walk(tree):
        hidden = _hidden_code(node, unpicklers, calls, policy)
        if hidden is not None:
            reasons.append(hidden)
        for dotted in _imported_names(node):
            if policy.import_needs_review(dotted):
                reasons.append(Violation(
                    "import-needs-review",
                    f"import of '{dotted}' needs review: the '{policy.name}' profile lets a "
                    f"reviewer approve it ({hint(context, 'review')}), or use only allowed modules",
                    node.lineno, node.col_offset + 1, REVIEW))  # fmt: skip
        if check_writes and isinstance(node, ast.Call):
            method = _writes_file(node)
            if method is not None:
                reasons.append(Violation(
                    "output-file-write",
                    f"'{method}' writes a file into the output folder: the '{policy.name}' "
                    "profile has a reviewer approve cells that write files",
                    node.lineno, node.col_offset + 1, REVIEW))  # fmt: skip
    reasons.sort(key=lambda v: (v.line, v.col))
    return reasons
