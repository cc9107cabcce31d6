"""A notebook session: one namespace that persists from cell to cell."""

import ast
import builtins
import contextlib
import linecache
import time
import traceback
from dataclasses import dataclass, field

from .capture import BoundedTextSink
from .figures import collect_figures

# A result repr is for reading, not for transport: pandas and numpy already bound theirs.
MAX_RESULT_CHARS = 200_000


@dataclass
class CellOutcome:
    status: str = "ok"
    stdout: str = ""
    stderr: str = ""
    result: object = None  # repr text or None
    figures: list = field(default_factory=list)  # [(png_bytes, width, height)]
    duration_ms: float = 0.0
    truncated: dict = field(default_factory=dict)


def _cell_filename(cell):
    return f"<cell {cell}>"


def _user_traceback(error):
    """The traceback from the first frame of user code on: the worker's own frames are noise."""
    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(error), error, tb))


def _split_last_expression(tree):
    """Separates a trailing expression statement so its value can be shown, like a notebook."""
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body.pop()
        return tree, ast.Expression(body=last.value)
    return tree, None


class Session:
    def __init__(self):
        self.namespace = {"__name__": "__main__", "__builtins__": builtins}

    def bind(self, name, value):
        self.namespace[name] = value

    def execute(self, code, cell=0):
        started = time.perf_counter()
        outcome = CellOutcome()
        stdout, stderr = BoundedTextSink(), BoundedTextSink()
        filename = _cell_filename(cell)
        try:
            tree = ast.parse(code, filename, "exec")
        except SyntaxError as error:
            outcome.status = "error"
            stderr.write("".join(traceback.format_exception_only(type(error), error)))
        else:
            # Lets tracebacks quote the cell's lines; a None mtime keeps linecache from evicting it.
            linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
            body, last = _split_last_expression(tree)
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                try:
                    exec(compile(body, filename, "exec"), self.namespace)
                    if last is not None:
                        value = eval(compile(last, filename, "eval"), self.namespace)
                        if value is not None:
                            self.namespace["_"] = value
                            outcome.result = repr(value)[:MAX_RESULT_CHARS]
                except KeyboardInterrupt:
                    outcome.status = "interrupted"
                    stderr.write("KeyboardInterrupt: the cell was interrupted\n")
                except BaseException as error:  # SystemExit too: a cell must not end the session
                    outcome.status = "error"
                    stderr.write(_user_traceback(error))
        try:
            outcome.figures = collect_figures()
        except Exception as error:
            outcome.status = "error"
            stderr.write(f"A figure could not be rendered: {error}\n")
        outcome.stdout = stdout.getvalue()
        outcome.stderr = stderr.getvalue()
        outcome.truncated = {"stdout": stdout.truncated, "stderr": stderr.truncated}
        outcome.duration_ms = (time.perf_counter() - started) * 1000.0
        return outcome
