"""Answers the protocol's requests (sandbox/PROTOCOL.md); the C++ worker does the framing."""

import json
import os
import platform
import resource
import sys
import types

from . import WORKER_VERSION
from . import protocol_constants as protocol
from .completion import complete, help_at
from .datasets import DatasetError, check_name, detect_format, load_dataset
from .figures import use_agg_backend
from . import lazy
from .inspect_vars import describe_variables
from .view_code import view_code
from .table_views import binary_page, column_summary, export_view, json_page, request_is_plain
from .policy.profile import ProfileError
from .sandbox import arm, config_from_request
from .session import Session
from .steps import drive


def _dump(message):
    # ASCII-only JSON: a lone surrogate in user output cannot break the UTF-8 the frame carries.
    return json.dumps(message, ensure_ascii=True)


def imported_packages(policy, namespace):
    """Versions of the allowed (or reviewed) top-level packages the session's code has bound:
    {"pandas": "1.5.3", "math": "stdlib"}. A step (steps.py): isinstance and a class's
    attributes can run the cell's code."""
    if policy is None:
        return {}
    names = set()
    for value in list(namespace.values()):
        try:  # user objects may answer anything; provenance must not fail the cell
            if isinstance(value, types.ModuleType):
                home = value.__dict__.get("__name__")
            else:
                home = type(value).__dict__.get("__module__")
        except Exception:
            continue
        if isinstance(home, str):
            names.add(home.partition(".")[0])
    found = {}
    for name in sorted(names):
        if not (policy.import_allowed(name) or policy.import_needs_review(name)):
            continue
        module = sys.modules.get(name)
        version = getattr(module, "__version__", None) if module is not None else None
        if isinstance(version, str):
            found[name] = version
        elif name in sys.stdlib_module_names:
            found[name] = "stdlib"
    return found


class Server:
    def __init__(self, native=None):
        use_agg_backend()
        self._native = native  # the C++ side's functions: arm, take_denials, receive_fd
        self._layers = None
        self._configure_error = ""
        self._output_dir = ""
        self.session = Session()
        if native is not None:
            self.session.stream_output = native.get("stream_output")
            self.session.scan_tree = native.get("scan_tree")
        self._handlers = {
            protocol.TYPE_CONFIGURE: self._configure,
            protocol.TYPE_EXECUTE: self._execute,
            protocol.TYPE_DATASET: self._dataset,
            protocol.TYPE_SHUTDOWN: self._shutdown,
            protocol.TYPE_VARIABLES: self._variables,
            protocol.TYPE_TABLE: self._table,
            protocol.TYPE_SUMMARY: self._summary,
            protocol.TYPE_CHECK: self._check,
            protocol.TYPE_EXPORT_VIEW: self._export_view,
            protocol.TYPE_COMPLETE: self._complete,
            protocol.TYPE_HELP: self._help,
            protocol.TYPE_VIEW_CODE: self._view_code,
        }

    @property
    def configured(self):
        """True once the sandbox is armed: only then may cells run (in a fork, see keeper.h)."""
        return self._layers is not None

    def warm_up(self):
        """See Session.warm_up; only ever called in a standby process, never in the keeper."""
        if self.configured:
            self.session.warm_up()

    def arm_interrupts(self):
        """In a cell's process once its request came, before it says it started; see
        InterruptGate."""
        self.session.interrupts.hold()

    def runs_no_user_code(self, header):
        """True when the request can be answered in the keeper itself, without a fork: it reads
        plain data only, so no user code can run and change the session's state."""
        try:
            request = json.loads(header)
        except ValueError:
            return False
        if not isinstance(request, dict):
            return False
        try:
            return request_is_plain(self.session.namespace, request)
        except Exception:  # when in doubt, a fork
            return False

    def hello(self):
        return _dump(
            {
                "type": protocol.TYPE_HELLO,
                "protocol": protocol.PROTOCOL_VERSION,
                "worker": WORKER_VERSION,
                "python": platform.python_version(),
                "pid": os.getpid(),
            }
        )

    def handle(self, header, payload):
        """Returns (reply header JSON, reply payload bytes, keep running)."""
        return drive(self.handle_steps(header, payload))

    def handle_steps(self, header, payload):
        """handle as a generator of steps (steps.py): what the C++ worker runs."""
        try:
            request = json.loads(header)
        except ValueError as error:
            return self._error(None, f"the request is not valid JSON: {error}")
        if not isinstance(request, dict):
            return self._error(None, "the request must be a JSON object")
        request_id = request.get("id")
        kind = request.get("type")
        handler = self._handlers.get(kind)
        if handler is None:
            return self._error(request_id, f"unknown request type {kind!r}")
        answer = handler(request_id, request, payload)
        if hasattr(answer, "send"):  # a handler that runs user code: its steps
            answer = yield from answer
        return answer

    def _error(self, request_id, message):
        return _dump({"type": protocol.TYPE_ERROR, "id": request_id, "message": message}), b"", True

    def _configure(self, request_id, request, _payload):
        if self._layers is not None:
            return self._error(request_id, "the sandbox is configured once per worker")
        try:
            config = config_from_request(request)
        except (ProfileError, ValueError, TypeError) as error:
            return self._error(request_id, f"bad sandbox configuration: {error}")
        try:
            take = self._native["take_denials"] if self._native else None
            self.session.apply_policy(config, take)
            cluster = None
            if config.cluster:
                from .cluster import SessionCluster

                cluster = SessionCluster(config.cluster)
                self.session.cluster = cluster
                self.session.bind("client", cluster.client)
            self._layers = arm(config, self._native, cluster)
            if cluster is not None:
                self._layers["cluster"] = {"scheduler": cluster.address,
                                           "workers": cluster.workers, **cluster.versions()}
            # Dask (lazy datasets; imported by arm where the profile allows it) runs in this
            # process only, with a thread pool made for each computation, unless the session has
            # a cluster: then the cluster's client stays dask's scheduler.
            lazy.configure(int(config.policy.limits.get("memory_mb", 0) or 0),
                           keep_scheduler=cluster is not None)
            # Armed once (the C++ side refuses a second call anyway): the function is dropped
            # from every object of the worker's a cell might still reach.
            if self._native is not None:
                self._native = {k: v for k, v in self._native.items() if k != "arm"}
            self.session.prepare()
            self._output_dir = config.write_zones[0] if config.write_zones else ""
        except Exception as error:  # fail closed: a half-armed worker must not run cells
            self._layers = None
            self._configure_error = f"the sandbox could not be armed: {type(error).__name__}: {error}"
            return self._error(request_id, self._configure_error)
        reply = {"type": protocol.TYPE_CONFIGURED, "id": request_id, "profile": config.policy.name,
                 "layers": self._layers}
        return _dump(reply), b"", True

    def _execute(self, request_id, request, _payload):
        if self._native is not None and self._layers is None:
            return self._error(request_id, self._configure_error or "the sandbox is not configured")
        code = request.get("code")
        if not isinstance(code, str):
            return self._error(request_id, "execute needs 'code' as a string")
        cell = request.get("cell", 0)
        lazy.take_reads()  # what the Data panel read before belongs to no run
        if self.session.cluster is not None:
            self.session.cluster.client.graphs.take()  # nor what an earlier cell sent
        before = resource.getrusage(resource.RUSAGE_SELF)
        outcome = yield from self.session.execute_steps(
            code, cell if isinstance(cell, int) else 0, approved=request.get("approved") is True)
        after = resource.getrusage(resource.RUSAGE_SELF)
        figures = [
            {"format": "png", "bytes": len(png), "width": width, "height": height}
            for png, width, height in outcome.figures
        ]
        reply = {
            "type": protocol.TYPE_RESULT,
            "id": request_id,
            "status": outcome.status,
            "stdout": outcome.stdout,
            "stderr": outcome.stderr,
            "result": outcome.result,
            "figures": figures,
            protocol.RICH_FIELD_OUTPUTS: outcome.rich,
            "duration_ms": round(outcome.duration_ms, 3),
            "truncated": outcome.truncated,
            "violations": [v.to_dict() for v in outcome.violations],
            # Stale cells (names.py): advice the app bounds and checks like every field.
            protocol.FIELD_READS: outcome.reads,
            protocol.FIELD_WRITES: outcome.writes,
            # Provenance: the cell's process (a fork per cell) is measured from inside.
            "cpu_ms": round((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
                            * 1000.0, 3),
            "peak_rss_kb": after.ru_maxrss,
            "packages": (
                yield (imported_packages, (self.session.policy, self.session.namespace))
            ),
            # Provenance: the blocks of larger-than-memory datasets this cell computed.
            protocol.FIELD_LAZY_READS: lazy.take_reads(),
        }
        if self.session.cluster is not None:
            # Provenance: the task graphs this cell sent to the cluster (cluster.GraphLog).
            graph = self.session.cluster.client.graphs.take()
            if graph:
                reply[protocol.FIELD_CLUSTER_GRAPH] = graph
        # The fourth value is Python's wish that this cell's state become the session's. Advice
        # only: the keeper's C++ decides from its own evidence (sandbox/worker/verdict.h).
        payload = b"".join(png for png, _, _ in outcome.figures)
        return _dump(reply), payload, True, outcome.status == protocol.STATUS_OK

    def _dataset(self, request_id, request, _payload):
        name, path, fmt = request.get("name"), request.get("path"), request.get("format")
        reply = {"type": protocol.TYPE_DATASET, "id": request_id, "name": name}
        try:
            check_name(name)
            if not isinstance(path, str) or not path:
                raise DatasetError("dataset needs 'path' as a non-empty string")
            source = None  # the loader opens the path itself (a str has no "with")
            if request.get("fd") and self._native is not None:
                # The app opened the file and passed the descriptor: the sandbox's zones were
                # fixed before this dataset was registered.
                source = os.fdopen(self._native["receive_fd"](), "rb")
            iso_dates = request.get("iso_dates") is True
            if request.get(protocol.FIELD_LAZY) is True:
                # Larger than memory: a dask DataFrame over the file, read block by block. Dask
                # is loaded before the sandbox is armed, where the profile allows it (sandbox.py;
                # dask.dataframe itself loads with the first lazy dataset).
                if self._layers is not None and "dask" not in sys.modules:
                    if source is not None:
                        source.close()
                    policy = self.session.policy
                    raise DatasetError(
                        f"dataset '{name}' ({path}): larger-than-memory datasets need dask, which "
                        f"the profile '{policy.name if policy else ''}' does not allow or which is "
                        "not installed; add the file without 'larger than memory', or use a "
                        "profile that allows dask (default)")
                if source is None:
                    source = open(path, "rb")
                fmt = fmt or detect_format(path)
                frame, lazy_source = lazy.open_lazy(
                    name, path, fmt, source, iso_dates=iso_dates,
                    memory_mb=int(self.session.policy.limits.get("memory_mb", 0) or 0)
                    if self.session.policy else 0)
            else:
                # ISO date columns as dates: the app's per-dataset choice (PROTOCOL.md, `dataset`).
                frame = load_dataset(path, fmt or None, source=source, name=name,
                                     iso_dates=iso_dates)
                lazy_source = None
                lazy.forget(name)
        except DatasetError as error:
            reply.update(status=protocol.STATUS_ERROR, message=str(error))
            return _dump(reply), b"", True
        self.session.bind(name, frame)
        if lazy_source is not None:
            described = lazy_source.describe()
            reply.update(status=protocol.STATUS_OK, rows=-1, columns=described["columns"],
                         lazy=True, partitions=described["partitions"],
                         estimated_bytes=described["estimated_bytes"])
            return _dump(reply), b"", True
        rows, columns = frame.shape
        reply.update(status=protocol.STATUS_OK, rows=int(rows), columns=int(columns))
        return _dump(reply), b"", True

    def _variables(self, request_id, _request, _payload):
        items = yield (describe_variables, (self.session.namespace,))
        return _dump({"type": protocol.TYPE_VARIABLES, "id": request_id, "variables": items}), b"", True

    def _table(self, request_id, request, _payload):
        namespace, name = self.session.namespace, request.get("name")
        offset, limit = request.get("offset", 0), request.get("limit", 200)
        sort, filter_ = request.get("sort"), request.get("filter")
        try:
            if request.get("encoding") == "binary":
                page, payload = yield (binary_page, (namespace, name, offset, limit, sort, filter_))
            else:
                page = yield (json_page, (namespace, name, offset, limit, sort, filter_))
                payload = b""
        except (KeyError, TypeError, ValueError) as error:
            return self._error(request_id, str(error).strip("'\""))
        page.update(type=protocol.TYPE_TABLE, id=request_id)
        return _dump(page), payload, True

    def _check(self, request_id, request, _payload):
        code = request.get("code")
        if not isinstance(code, str):
            return self._error(request_id, "check needs 'code' as a string")
        verdict, found = self.session.check(code)
        reply = {"type": protocol.TYPE_CHECKED, "id": request_id, "verdict": verdict,
                 "violations": [v.to_dict() for v in found]}
        return _dump(reply), b"", True

    def _summary(self, request_id, request, _payload):
        try:
            summary = yield (column_summary, (self.session.namespace, request.get("name"),
                                              request.get("column"), request.get("filter")))
        except (KeyError, TypeError, ValueError) as error:
            return self._error(request_id, str(error).strip("'\""))
        summary.update(type=protocol.TYPE_SUMMARY, id=request_id)
        return _dump(summary), b"", True

    def _export_view(self, request_id, request, _payload):
        if not self._output_dir:
            return self._error(request_id, "this session has no output folder to export into")
        try:
            written = yield (export_view, (self.session.namespace, request.get("name"),
                                           request.get("file"), self._output_dir,
                                           request.get("sort"), request.get("filter")))
        except (KeyError, TypeError, ValueError, OSError) as error:
            return self._error(request_id, str(error).strip("'\""))
        written.update(type=protocol.TYPE_EXPORTED, id=request_id)
        return _dump(written), b"", True

    def _complete(self, request_id, request, _payload):
        # A step: resolving names next to the session's objects may touch their code. The keeper
        # runs it in a discarded fork under a short clock (keeper.cpp).
        try:
            found = yield (complete, (self.session.namespace, request.get("code")))
        except (TypeError, ValueError, RecursionError) as error:
            return self._error(request_id, str(error))
        found.update(type=protocol.TYPE_COMPLETIONS, id=request_id)
        return _dump(found), b"", True

    def _help(self, request_id, request, _payload):
        try:
            found = yield (help_at, (self.session.namespace, request.get("code")))
        except (TypeError, ValueError, RecursionError) as error:
            return self._error(request_id, str(error))
        found.update(type=protocol.TYPE_HELP, id=request_id)
        return _dump(found), b"", True

    def _view_code(self, request_id, request, _payload):
        try:
            found = yield (view_code, (self.session.namespace, request.get("name"),
                                       request.get("sort"), request.get("filter")))
        except (KeyError, TypeError, ValueError) as error:
            text = error.args[0] if error.args and isinstance(error.args[0], str) else str(error)
            return self._error(request_id, text)
        found.update(type=protocol.TYPE_VIEW_CODE, id=request_id)
        return _dump(found), b"", True

    def _shutdown(self, request_id, _request, _payload):
        return _dump({"type": protocol.TYPE_BYE, "id": request_id}), b"", False
