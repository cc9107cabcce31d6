"""A notebook session: one namespace that persists from cell to cell, run under the policy."""

import ast
import builtins
import contextlib
import errno
import linecache
import os
import time
import traceback
from dataclasses import dataclass, field

from .capture import DEFAULT_CAP_CHARS, BoundedTextSink
from .figures import collect_figures, forget_shown, install_notebook_show
from .hints import CLI, hint
from .interrupts import InterruptGate
from .notebook import install as install_notebook_habits
from .notebook import transform_magics
from . import names as names_used
from . import protocol_constants as protocol
from .policy import violations as layers
from .policy.review import REVIEW_RULES, embedded_code, review_reasons
from .policy.violations import Violation
from . import rich
from .steps import __file__ as steps_file
from .steps import drive
from .table_views import clear_view_cache

# A result repr is for reading, not for transport: pandas and numpy already bound theirs.
MAX_RESULT_CHARS = protocol.LIMIT_RESULT_CHARS
DEFAULT_MAX_FIGURES = 20


@dataclass
class CellOutcome:
    status: str = protocol.STATUS_OK
    stdout: str = ""
    stderr: str = ""
    result: object = None  # repr text or None
    figures: list = field(default_factory=list)  # [(png_bytes, width, height)]
    duration_ms: float = 0.0
    truncated: dict = field(default_factory=dict)
    violations: list = field(default_factory=list)  # [Violation]
    notes: list = field(default_factory=list)
    # The session's names the run read and wrote (names.py): what the app's stale cells use.
    reads: list = field(default_factory=list)
    writes: list = field(default_factory=list)
    rich: list = field(default_factory=list)  # rich outputs (rich.py), in the order made


# eval(eval("...")) nests; deeper than this is no analyst's code and is refused.
_MAX_EMBEDDED_DEPTH = 4


def _inside(violation, call):
    """A finding in the text given to eval()/exec(), placed at that call in the cell."""
    return Violation(violation.rule, f"in the text given to {call.func.id}(): {violation.message}",
                     call.lineno, call.col_offset + 1, violation.layer)  # fmt: skip


def _cell_filename(cell):
    return f"<cell {cell}>"


# The worker's own package: its frames (the session running the cell, the guards refusing a call)
# are the sandbox's workings, not the analyst's code, wherever they appear in a traceback.
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def _is_worker_frame(filename):
    return bool(filename) and os.path.abspath(filename).startswith(_PACKAGE_DIR)


def _strip_worker_frames(summary, seen):
    """Drops the worker's frames from a TracebackException and the ones chained to it."""
    if summary is None or id(summary) in seen:
        return
    seen.add(id(summary))
    summary.stack = traceback.StackSummary.from_list(
        [frame for frame in summary.stack if not _is_worker_frame(frame.filename)])
    _strip_worker_frames(summary.__cause__, seen)
    _strip_worker_frames(summary.__context__, seen)
    for inner in getattr(summary, "exceptions", None) or []:  # exception groups (3.11)
        _strip_worker_frames(inner, seen)


def _user_traceback(error):
    """The traceback of the cell's frames and the libraries' it called: a denial raised inside the
    sandbox's guards shows where the cell asked, not how the sandbox refused."""
    summary = traceback.TracebackException(type(error), error, error.__traceback__)
    _strip_worker_frames(summary, set())
    return "".join(summary.format())


_WORKER_FILES = (__file__, steps_file)


def _user_tb(error):
    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename in _WORKER_FILES:
        tb = tb.tb_next
    return tb


def _detach(error):
    """Thrown in at a step (steps.py), the exception's traceback starts with the worker's own
    frame: an exception object the cell kept must not lead back to it."""
    error.__traceback__ = _user_tb(error)


def _parse(code, filename):
    """ast.parse, with code the compiler cannot take at all reported as the syntax error it is,
    naming the line: Python 3.11 raises ValueError for a NUL byte and UnicodeEncodeError for a
    lone surrogate, which no cell should turn into an internal error."""
    problem = None
    at = code.find("\0")
    if at >= 0:
        problem = "the code contains a NUL character (U+0000); remove it"
    else:
        try:
            code.encode("utf-8")
        except UnicodeEncodeError as error:
            at = error.start
            problem = (f"the code contains a lone surrogate (U+{ord(code[at]):04X}), which is not "
                       "valid text; remove it or write it as an escape such as '\\ud800'")
    if problem is not None:
        line = code.count("\n", 0, at) + 1
        col = at - code.rfind("\n", 0, at)
        raise SyntaxError(problem, (filename, line, col, None))
    try:
        return ast.parse(code, filename, "exec")
    except (RecursionError, MemoryError):
        raise SyntaxError(
            "the code is nested too deeply for Python to compile; split the expression into "
            "several statements",
            (filename, 1, 1, None),
        ) from None


def _split_last_expression(tree):
    """Separates a trailing expression statement so its value can be shown, like a notebook."""
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body.pop()
        return tree, ast.Expression(body=last.value)
    return tree, None


def _cell_position(error):
    """(line, column) of the innermost cell line the error passed through; (0, 0) if none."""
    found = (0, 0)
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename.startswith("<cell"):
            found = (frame.lineno or 0, (frame.colno or 0) + 1 if frame.colno is not None else 0)
    return found


def _is_read_only_database(error):
    # sqlite3 reopens a database read-only when the kernel refuses writing it (a read zone); the
    # write then fails with this message rather than a PermissionError.
    return type(error).__name__ == "OperationalError" and "readonly database" in str(error)


def _kernel_refusal(error, context=CLI):
    """A PermissionError no in-process layer raised came from Landlock or seccomp; so does a
    database write sqlite3 could not make in a folder the run may only read."""
    line, col = _cell_position(error)
    if _is_read_only_database(error):
        return Violation(
            "database-read-only",
            "writing the database was refused: it is in a folder the run may only read (or was "
            "opened read-only). To change it, copy it into the output folder first, e.g. "
            "shutil.copy('data/db.sqlite', 'db.sqlite'), and connect to the copy",
            line, col, layers.LANDLOCK)  # fmt: skip
    if not isinstance(error, PermissionError) or error.errno not in (errno.EACCES, errno.EPERM):
        return None
    if error.filename:
        return Violation(
            "kernel-file-access",
            f"the kernel refused access to {error.filename}: it is outside the run's zones. To "
            f"read it, allow its folder ({hint(context, 'read_folder')}); to write, use a "
            "relative name, which lands in the output folder",
            line, col, layers.LANDLOCK)  # fmt: skip
    return Violation(
        "kernel-operation", f"the kernel refused the operation: {error}", line, col,
        layers.SECCOMP)  # fmt: skip


def _cluster_refusal(error):
    """A refusal a cluster member's sandbox made while running what the cell sent, come back as
    the task's error: reported with the member's name (the trusted record of it is the member's
    own log; here it is what came back)."""
    from .cluster import refusal_from

    found = refusal_from(error)
    if found is None:
        return None
    worker, rule, message = found
    line, col = _cell_position(error)
    return Violation(rule, f"on cluster worker '{worker}': {message}", line, col, layers.AUDIT)


def _cluster_gave_up(error, address, context):
    """The next step when the cluster gave up on a task (distributed's KilledWorker: every worker
    that ran it ended, as many times as the scheduler allows), or None for any other error. The
    cell's own words on its traceback: the status stays the cell's error."""
    if type(error).__name__ != "KilledWorker" or not type(error).__module__.startswith(
            "distributed"):  # fmt: skip
        return None
    args = getattr(error, "args", ())
    task = str(args[0])[:200] if args else "?"
    tries = args[2] if len(args) > 2 and isinstance(args[2], int) else "?"
    return (f"KilledWorker: the cluster {address} gave up on the task {task}: the workers that "
            f"ran it ended {tries} times; check its workers ({hint(context, 'cluster')}), give "
            "each worker more memory or use smaller partitions, then run the cell again")


class Session:
    """Runs cells. Without a sandbox configuration (unit tests of this package) it runs them with
    plain builtins; the worker always configures one before the first cell."""

    def __init__(self):
        install_notebook_habits()  # display() and IPython.display, before any guard copies builtins
        self.namespace = {"__name__": "__main__", "__builtins__": builtins}
        self.policy = None
        self.context = CLI  # where the user is: the next step a message names (hints.py)
        self.static_check = None
        self.guard = None
        self.take_audit_denials = lambda: []
        self.output_cap = DEFAULT_CAP_CHARS
        self.max_figures = DEFAULT_MAX_FIGURES
        self.interrupts = InterruptGate()
        # The worker's C++ stream_output(stream, text) (0 stdout, 1 stderr), or None: live output.
        self.stream_output = None
        # The worker's C++ walk of a syntax tree for the static check (astscan.h), or None.
        self.scan_tree = None
        self.cluster = None  # cluster.SessionCluster when the profile names a cluster

    def apply_policy(self, config, take_audit_denials):
        self.policy = config.policy
        self.context = config.context
        limits = config.policy.limits
        self.output_cap = int(limits.get("output_chars", DEFAULT_CAP_CHARS)) or DEFAULT_CAP_CHARS
        self.max_figures = int(limits.get("figures", DEFAULT_MAX_FIGURES)) or DEFAULT_MAX_FIGURES
        if config.enabled("static"):
            from .policy import static_check

            if self.scan_tree is not None:
                static_check.use_native_scan(self.scan_tree)
            self.static_check = static_check.check_tree
        if config.enabled("runtime"):
            from .policy.runtime import RuntimeGuard

            self.guard = RuntimeGuard(config.policy)
            self.guard.install_library_guards()
            self.namespace["__builtins__"] = self.guard.make_builtins()
        if take_audit_denials is not None:
            self.take_audit_denials = take_audit_denials

    def prepare(self):
        """Warms what the first cell would pay for, in the process sessions are forked from."""
        if self.guard is not None:
            self.guard.prepare()
        if self.static_check is not None:
            self.static_check(ast.parse("pass"), self.policy, "pass")
        import shutil  # noqa: F401  (the scratch folder's cleanup needs it after every cell)

        # Here, before the C++ library guard's first snapshot: from a cell's process, rebinding
        # pyplot.show would be refused like any cell's change to a library.
        install_notebook_show()

    def warm_up(self):
        """Runs an empty cell through the whole machinery in the process forked for the next cell,
        while it waits: the pages the machinery writes are copied now, not on the cell's clock.
        The session's namespace is not touched."""
        saved = self.namespace
        self.namespace = dict(saved)
        try:
            self.execute("pass", cell=0)
        finally:
            self.namespace = saved

    def bind(self, name, value):
        self.namespace[name] = value

    def _empty_scratch(self):
        import shutil
        import tempfile

        scratch = tempfile.tempdir
        if not scratch or not os.path.basename(scratch).startswith(".sandbench-tmp"):
            return
        for entry in os.listdir(scratch):
            path = os.path.join(scratch, entry)
            try:
                if os.path.isdir(path) and not os.path.islink(path):
                    shutil.rmtree(path)
                else:
                    os.remove(path)
            except OSError:
                pass  # what cannot be removed now goes with the next cell

    def _collect_denials(self):
        found = []
        if self.guard is not None:
            found.extend(self.guard.denials())
            self.guard.reset()
        for item in self.take_audit_denials():
            found.append(Violation(**item))
        return found

    def check(self, code):
        """What the sandbox would say about this code before running it, without running it:
        (verdict, violations), verdict one of ok, error (a syntax error), rejected or
        pending_review. Only our own checker looks at the code's syntax tree."""
        magics = transform_magics(code)
        if magics.refusals:
            return protocol.STATUS_REJECTED, magics.refusals
        code = magics.code
        try:
            tree = _parse(code, "<check>")
        except SyntaxError as error:
            line, col = error.lineno or 0, error.offset or 0
            return protocol.STATUS_ERROR, [Violation("syntax", str(error.msg), line, col, layer=layers.STATIC)]
        found, reasons = self._judge(tree, code)
        if found:
            return protocol.STATUS_REJECTED, found + reasons
        return (protocol.STATUS_PENDING_REVIEW if reasons else protocol.STATUS_OK), reasons

    def _judge(self, tree, code, depth=0, at=None):
        """(refusals, review reasons) for a parsed cell. The text given to eval()/exec() as a
        literal is judged as the cell's own code (it may then run without review), its findings
        placed at the call; `at` is that call when judging such text."""
        reasons = review_reasons(tree, self.policy, self.context) if self.policy else []
        found = []
        if self.static_check is not None:
            # What a reviewer may allow is a review reason, not a refusal.
            found = [v for v in self.static_check(tree, self.policy, code)
                     if v.rule not in REVIEW_RULES]  # fmt: skip
        if at is not None:
            found = [_inside(v, at) for v in found]
            reasons = [_inside(v, at) for v in reasons]
        for call, text, mode in embedded_code(tree):
            where = at or call
            if depth >= _MAX_EMBEDDED_DEPTH:
                found.append(Violation(
                    "dynamic-code", f"{mode}() nested more than {_MAX_EMBEDDED_DEPTH} deep is "
                    "refused; write the code directly in the cell", where.lineno,
                    where.col_offset + 1, layers.STATIC))  # fmt: skip
                continue
            try:
                inner = ast.parse(text, "<string>", mode)
            except (SyntaxError, ValueError):
                continue  # it fails when it runs, with Python's own message
            more_found, more_reasons = self._judge(inner, text, depth + 1, where)
            found.extend(more_found)
            reasons.extend(more_reasons)
        return found, reasons

    def execute(self, code, cell=0, approved=False):
        """execute_steps run to its end in Python (unit tests, the warm-up): see steps.py."""
        return drive(self.execute_steps(code, cell, approved))

    def execute_steps(self, code, cell=0, approved=False):
        """A generator (steps.py) returning the CellOutcome. approved: a reviewer approved exactly
        this code under this profile, so review triggers do not hold it back and the imports on the profile's review list are allowed
        while it runs (the kernel layers hold as always)."""
        started = time.perf_counter()
        outcome = CellOutcome()
        stdout = BoundedTextSink(self.output_cap, self._live(0))
        stderr = BoundedTextSink(self.output_cap, self._live(1))
        filename = _cell_filename(cell)
        self._collect_denials()  # whatever fired between cells (a late __del__) is not this cell's
        clear_view_cache()  # the cell may change any frame a viewer has sorted or filtered
        forget_shown()
        # IPython syntax (%magics, !commands) becomes Python, line for line, before any check.
        magics = transform_magics(code)
        code = magics.code
        for line, note in magics.notes:
            stderr.write(f"Note: line {line}: {note}\n")
        tree = None
        if magics.refusals:
            outcome.status = protocol.STATUS_REJECTED
            outcome.violations = list(magics.refusals)
            stderr.write("The cell was not run:\n")
            for v in magics.refusals:
                stderr.write(f"  line {v.line}, column {v.col}: {v.message} [{v.rule}]\n")
        else:
            try:
                tree = _parse(code, filename)
            except SyntaxError as error:
                outcome.status = protocol.STATUS_ERROR
                stderr.write("".join(traceback.format_exception_only(type(error), error)))
        reasons = []
        if tree is not None:
            found, reasons = self._judge(tree, code)
            if found:
                outcome.status = protocol.STATUS_REJECTED
                outcome.violations = found + reasons
                stderr.write("The cell was not run: the sandbox's check refused it.\n")
                for v in found:
                    stderr.write(f"  line {v.line}, column {v.col}: {v.message} [{v.rule}]\n")
                tree = None
        if tree is not None and reasons and not approved:
            outcome.status = protocol.STATUS_PENDING_REVIEW
            outcome.violations = reasons
            stderr.write("The cell was not run: it waits for a reviewer's approval.\n")
            for v in reasons:
                stderr.write(f"  line {v.line}, column {v.col}: {v.message} [{v.rule}]\n")
            tree = None
        if tree is not None:
            install_notebook_show()
            granted = bool(reasons) and self.guard is not None
            if granted:
                self.guard.grant_review_imports(True)
            publisher = rich.begin(self.namespace, stdout, cell)
            try:
                yield from self._run(tree, code, filename, outcome, stdout, stderr)
            finally:
                rich.end()
                if granted:
                    self.guard.grant_review_imports(False)
            outcome.rich = publisher.finish(stderr)
        try:
            # A step: rendering may call the cell's own code (a formatter, an artist).
            figures = yield (collect_figures, ())
        except Exception as error:  # a figure that cannot render is the cell's error
            figures = []
            if outcome.status == protocol.STATUS_OK:
                outcome.status = protocol.STATUS_ERROR
            stderr.write(f"A figure could not be rendered: {error}\n")
        if len(figures) > self.max_figures:
            stderr.write(
                f"[{len(figures) - self.max_figures} more figures dropped: a cell keeps at most "
                f"{self.max_figures}]\n"
            )
            figures = figures[: self.max_figures]
        outcome.figures = figures
        if self.guard is not None:
            self.guard.install_library_guards()  # libraries the cell imported get their guards
        self._empty_scratch()
        late = self._collect_denials()
        if late:
            outcome.violations.extend(late)
            if outcome.status in (protocol.STATUS_OK, protocol.STATUS_ERROR):
                outcome.status = protocol.STATUS_DENIED
        outcome.stdout = stdout.getvalue()
        outcome.stderr = stderr.getvalue()
        outcome.truncated = {"stdout": stdout.truncated, "stderr": stderr.truncated}
        if outcome.status == protocol.STATUS_OK and (stdout.truncated or stderr.truncated):
            outcome.status = protocol.STATUS_OUTPUT_LIMIT
        outcome.duration_ms = (time.perf_counter() - started) * 1000.0
        return outcome

    def _live(self, stream):
        send = self.stream_output
        if send is None:
            return None
        return lambda text: send(stream, text)

    def _run(self, tree, code, filename, outcome, stdout, stderr):
        # Lets tracebacks quote the cell's lines; a None mtime keeps linecache from evicting it.
        linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
        # Before the guard rewrites the tree and before the cell can change the namespace.
        static = names_used.StaticNames(tree)
        before = names_used.snapshot(self.namespace)
        outcome.reads = names_used.reads(static, self.namespace, before)
        body, last = _split_last_expression(tree)
        # `df` as the last line: its table is paged as the variable itself, not a hidden copy.
        last_name = last.body.id if last is not None and isinstance(last.body, ast.Name) else None
        try:
            if self.guard is not None:
                body = self.guard.transform(body)
                if last is not None:
                    last = self.guard.transform(last)
            ast.fix_missing_locations(body)
            compiled_body = compile(body, filename, "exec")
            compiled_last = None
            if last is not None:
                ast.fix_missing_locations(last)
                compiled_last = compile(last, filename, "eval")
        except PermissionError as error:  # the runtime layer refused the cell's shape itself
            outcome.status = protocol.STATUS_DENIED
            stderr.write(f"{error}\n")
            return
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                try:
                    self.interrupts.enter()
                    # Steps (steps.py): the cell's code and its result's repr run with no worker
                    # frame below them.
                    yield (exec, (compiled_body, self.namespace))
                    if compiled_last is not None:
                        value = yield (eval, (compiled_last, self.namespace))
                        if value is not None:
                            self.namespace["_"] = value
                            text = yield (repr, (value,))
                            outcome.result = str(text)[:MAX_RESULT_CHARS]
                            publisher = rich.current()
                            if (publisher is not None and not rich.is_figure(value)
                                    and rich.has_rich_form(value)):  # fmt: skip
                                data = yield from rich.bundle_steps(value, str(text))
                                publisher.add(value, data, protocol.RICH_KIND_RESULT, last_name)
                finally:
                    self.interrupts.inside = False  # see InterruptGate: no handler runs before
            except KeyboardInterrupt as error:
                _detach(error)
                outcome.status = protocol.STATUS_INTERRUPTED
                stderr.write("KeyboardInterrupt: the cell was interrupted\n")
            except MemoryError as error:
                _detach(error)
                outcome.status = protocol.STATUS_MEMORY
                stderr.write(
                    "MemoryError: the cell needed more memory than the profile's limit allows; "
                    f"work on a sample or raise the limit ({hint(self.context, 'memory')})\n"
                )
            except BaseException as error:  # SystemExit too: a cell must not end the session
                stderr.write(_user_traceback(error))
                _detach(error)
                if isinstance(error, OSError) and error.errno == errno.EFBIG:
                    outcome.status = protocol.STATUS_OUTPUT_LIMIT
                    stderr.write("A file grew past the profile's file size limit.\n")
                else:
                    outcome.status = protocol.STATUS_ERROR
                    if self.cluster is not None:
                        gave_up = _cluster_gave_up(error, self.cluster.address, self.context)
                        if gave_up:
                            stderr.write(gave_up + "\n")
                    refusal = _cluster_refusal(error) if self.cluster is not None else None
                    if refusal is None and self.policy is not None:
                        refusal = _kernel_refusal(error, self.context)
                    if refusal is not None:
                        outcome.violations.append(refusal)
                        outcome.status = protocol.STATUS_DENIED
        if self.cluster is not None:
            self.cluster.client.close_for_cell()  # its thread must not outlive the cell
        outcome.writes = names_used.writes(static, before, self.namespace)
        denials = self._collect_denials()
        if denials:
            outcome.violations.extend(denials)
            if any(d.rule == "output-files" for d in denials):
                outcome.status = protocol.STATUS_OUTPUT_LIMIT
            elif outcome.status in (protocol.STATUS_OK, protocol.STATUS_ERROR):
                outcome.status = protocol.STATUS_DENIED
