"""Review triggers that need the cell's syntax tree: imports on the profile's review list and, when
the profile asks for it (review.triggers "output_files"), calls that write files. A cell that fires
one is not refused: it waits, unrun, until a reviewer approves exactly this code (the app decides
the triggers that need no tree: raised limits, code from an LLM)."""

import ast

from .violations import REVIEW, Violation

__all__ = ["review_reasons", "REVIEW_RULES"]

# Static-check rules that mean "a reviewer may allow this" rather than "never".
REVIEW_RULES = frozenset({"import-needs-review"})

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


def review_reasons(tree, policy):
    """The reasons this cell needs a reviewer, in source order; [] when it may run."""
    reasons = []
    check_writes = "output_files" in policy.review_triggers and policy.write_output
    for node in ast.walk(tree):
        for dotted in _imported_names(node):
            if policy.import_needs_review(dotted):
                reasons.append(Violation(
                    "import-needs-review",
                    f"import of '{dotted}' needs review: the '{policy.name}' profile lets a "
                    "reviewer approve it ('sandbench review list'), or use only allowed modules",
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
