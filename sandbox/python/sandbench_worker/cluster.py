"""A Dask cluster whose members run under the worker's own sandbox (issue 18).

The native side (sandbox/worker/clustermember.cpp) starts this module in the worker binary for
one role: `certs` makes the cluster's certificates (outside any sandbox: it only writes them),
`scheduler` and `worker` build their `distributed` server, then ask the native side to arm the
sandbox (limits, Landlock with the cluster's TCP ports only, seccomp, the audit hook) and only
then listen, connect and run what clients send. Everything a client sends is unpickled after
arming, inside the confinement.

Certificates: one CA made for this cluster whose key is never written to disk; a member
certificate for the scheduler and the workers and a client certificate for sessions. Every
connection is TLS with certificates on both sides (distributed's Security, require_encryption),
so a client that does not hold the cluster's certificates is refused at the handshake."""

import datetime
import json
import os
import ssl
import sys

# Marks a refusal on a cluster member so that a session can tell it from its own (session.py):
# "sandbench cluster worker 'NAME' refused (RULE): MESSAGE".
REFUSAL_PREFIX = "sandbench cluster worker "

CERT_FILES = {
    "ca": "ca.pem",
    "member_cert": "member.pem",
    "member_key": "member-key.pem",
    "client_cert": "client.pem",
    "client_key": "client-key.pem",
}

# What the members import before arming: loading them later would need what the armed sandbox
# refuses, and every task would pay the import.
PREIMPORTS = ("ctypes", "numpy", "pandas", "dask", "dask.dataframe", "dask.array", "dask.bag",
              "distributed", "cloudpickle", "tlz", "pandas.core.groupby")


def make_certificates(folder, days=365):
    """Writes a new CA certificate and the member and client certificates it signs into folder.
    The CA's key only lives in memory: no one can sign another certificate for this cluster."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    os.makedirs(folder, mode=0o700, exist_ok=True)
    now = datetime.datetime.now(datetime.timezone.utc)
    until = now + datetime.timedelta(days=days)

    def name(common):
        return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Sandbench cluster"),
                          x509.NameAttribute(NameOID.COMMON_NAME, common)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = name("Sandbench cluster CA")
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now).not_valid_after(until)
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .sign(ca_key, hashes.SHA256()))

    def write(path, data, private):
        full = os.path.join(folder, path)
        fd = os.open(full, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o644)
        with os.fdopen(fd, "wb") as out:
            out.write(data)

    write(CERT_FILES["ca"], ca.public_bytes(serialization.Encoding.PEM), False)
    for role in ("member", "client"):
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (x509.CertificateBuilder().subject_name(name(f"Sandbench cluster {role}"))
                .issuer_name(ca_name).public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(now).not_valid_after(until)
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH,
                                                      ExtendedKeyUsageOID.CLIENT_AUTH]),
                               critical=False)
                .sign(ca_key, hashes.SHA256()))
        write(CERT_FILES[f"{role}_cert"], cert.public_bytes(serialization.Encoding.PEM), False)
        write(CERT_FILES[f"{role}_key"], key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()), True)
    return {"ca": os.path.join(folder, CERT_FILES["ca"])}


def security(certs, role):
    """A distributed Security for role ('client', 'scheduler' or 'worker') whose TLS contexts are
    built now, from the files in certs, and kept: once armed, the process cannot read them again
    (and user code on a worker never can)."""
    from distributed.security import Security

    member = "client" if role == "client" else "member"
    files = {
        "tls_ca_file": os.path.join(certs, CERT_FILES["ca"]),
        f"tls_{role}_cert": os.path.join(certs, CERT_FILES[f"{member}_cert"]),
        f"tls_{role}_key": os.path.join(certs, CERT_FILES[f"{member}_key"]),
    }
    for path in files.values():
        if not os.path.exists(path):
            raise FileNotFoundError(f"the cluster's certificate {path} is missing: give the "
                                    "folder 'sandbench cluster start' wrote (its certs folder)")

    class Prebuilt(Security):
        """The contexts are made once; distributed asks for them on every connection."""

        _contexts = {}

        def _get_tls_context(self, tls, purpose):
            key = (tls.get("cert"), purpose)
            if key not in self._contexts:
                self._contexts[key] = Security._get_tls_context(self, tls, purpose)
            return self._contexts[key]

    sec = Prebuilt(require_encryption=True, **files)
    for purpose in (ssl.Purpose.SERVER_AUTH, ssl.Purpose.CLIENT_AUTH):
        sec._get_tls_context(sec.get_tls_config_for_role(role), purpose)
    return sec


def _quiet_config():
    import dask

    dask.config.set({
        # The profiler samples every thread's frames (sys._current_frames), which the audit hook
        # refuses: it would reach the sandbox's own machinery.
        "distributed.worker.profile.enabled": False,
        # A cluster address is an IP and a port: no name lookups, which would need UDP.
        "distributed.comm.timeouts.connect": "30s",
        "distributed.scheduler.work-stealing": True,
    })


def _no_http(cls):
    """A member class that never opens distributed's HTTP server (metrics, health, dashboard): an
    unauthenticated, unencrypted port the cluster does not need, and one its rules would refuse."""

    def start_http_server(self, routes, dashboard_address, default_port=0, ssl_options=None):
        from tornado.httpserver import HTTPServer

        from distributed.http.routing import RoutingApplication

        self.http_application = RoutingApplication(routes)
        self.http_server = HTTPServer(self.http_application)
        self.http_server.port = 0

    return type("Confined" + cls.__name__, (cls,), {"start_http_server": start_http_server})


def _tracebacks_without_ctypes():
    """A task's error comes back with its traceback pickled by tblib, which rebuilds traceback
    objects through ctypes: the audit hook refuses that, and the error would be lost with it.
    The error arrives without the remote traceback instead (its message names the member)."""
    try:
        import tblib.pickling_support as support
    except ImportError:
        return

    def unpickle_traceback(*_args, **_kwargs):
        return None

    support.unpickle_traceback = unpickle_traceback


def _stop_on_terminate():
    """A member is pid 1 of its PID namespace, and the kernel gives pid 1 no default action for
    SIGTERM: without a handler `sandbench cluster stop` could only kill it. With this one the event
    loop ends and the member closes its connections."""
    import signal

    def terminate(_signum, _frame):
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, terminate)


def preimport():
    import importlib

    for name in PREIMPORTS:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    _tracebacks_without_ctypes()
    _quiet_config()


def system_read_paths():
    from .sandbox import system_read_paths as base

    return base()


def arm_request(config, bind_ports, connect_ports):
    limits = {
        "memory_mb": int(config.get("memory_mb", 0)),
        "open_files": int(config.get("open_files", 1024)),
        "processes": int(config.get("processes", 0)),
        "file_size_mb": int(config.get("file_size_mb", 0)),
    }
    return {
        "zones": {
            "read": [str(p) for p in config.get("datasets", [])],
            "write": [config["scratch"]] if config.get("scratch") else [],
            # psutil's view of the member itself (pid 1 of its own /proc) and the machine's
            # memory and CPU figures, which distributed's memory manager works from.
            "system": system_read_paths() + ["/proc/self", "/proc/thread-self", "/proc/1",
                                             "/proc/meminfo", "/proc/stat", "/proc/cpuinfo",
                                             "/proc/net/dev", "/sys/fs/cgroup",
                                             "/sys/devices/system/cpu"],
        },
        "limits": limits,
        "bind_ports": sorted(set(int(p) for p in bind_ports)),
        "connect_ports": sorted(set(int(p) for p in connect_ports)),
        "name": str(config.get("name", "")),
        "layers": {layer: bool(config.get("layers", {}).get(layer, True))
                   for layer in ("audit", "landlock", "seccomp", "rlimits")},
    }


def _port_range(config):
    low, high = config["worker_ports"]
    return list(range(int(low), int(high) + 1))


def run_scheduler(config, native):
    import asyncio

    preimport()
    _stop_on_terminate()
    from distributed import Scheduler

    sec = security(config["certs"], "scheduler")
    request = arm_request(config, [config["port"]], _port_range(config))
    layers = native["arm"](request) if native else {}
    print("sandbench-cluster: scheduler layers " + json.dumps(layers), file=sys.stderr, flush=True)

    async def main():
        scheduler = _no_http(Scheduler)(host=config["host"], port=int(config["port"]), protocol="tls",
                              security=sec, dashboard=False, dashboard_address=None,
                              validate=False)
        await scheduler
        print("sandbench-cluster: scheduler ready at " + scheduler.address, file=sys.stderr,
              flush=True)
        await scheduler.finished()

    asyncio.run(main())
    return 0


def run_worker(config, native):
    import asyncio

    preimport()
    _stop_on_terminate()
    from distributed import Worker

    sec = security(config["certs"], "worker")
    scheduler = config["scheduler"]
    scheduler_port = int(scheduler.rsplit(":", 1)[1])
    os.makedirs(config["scratch"], exist_ok=True)
    os.chdir(config["scratch"])
    os.environ["TMPDIR"] = config["scratch"]
    import tempfile

    tempfile.tempdir = config["scratch"]
    # Ports: its own to listen on; the scheduler's and its peers' (which fetch each other's
    # results) to connect to. Nothing else, by the kernel's Landlock rules.
    # distributed asks which local address reaches the scheduler with a UDP "connect" (memoised):
    # ask now, while UDP sockets are still allowed.
    from distributed.utils import get_ip

    get_ip(scheduler.split("://", 1)[-1].rsplit(":", 1)[0])
    request = arm_request(config, [config["port"]], [scheduler_port] + _port_range(config))
    memory = int(config.get("memory_mb", 0))
    layers = native["arm"](request) if native else {}
    print("sandbench-cluster: worker layers " + json.dumps(layers), file=sys.stderr, flush=True)

    async def main():
        worker = _no_http(Worker)(scheduler, name=config["name"], nthreads=int(config.get("nthreads", 1)),
                        host=config["host"], port=int(config["port"]), protocol="tls",
                        contact_address=f"tls://{config['host']}:{config['port']}",
                        security=sec, dashboard=False, dashboard_address=None, nanny=None,
                        local_directory=config["scratch"],
                        # Dask spills and pauses before the kernel's limit ends the worker.
                        memory_limit=int(memory * 0.6 * 1024 * 1024) if memory else "auto",
                        validate=False, reconnect=None)
        await worker
        print("sandbench-cluster: worker registered as " + worker.address, file=sys.stderr,
              flush=True)
        await worker.finished()

    asyncio.run(main())
    return 0


def _probe_worker(address, identity):
    """One worker of the scheduler's identity as plain numbers and short strings: the panel and
    the session's provenance read nothing else from it (the scheduler runs what clients send; its
    answer is a report, never a verdict)."""
    metrics = identity.get("metrics") or {}

    def number(value):
        return value if isinstance(value, (int, float)) and not isinstance(value, bool) else 0

    return {
        "address": str(address)[:200],
        "name": str(identity.get("name", ""))[:200],
        "status": str(identity.get("status", ""))[:40],
        "nthreads": number(identity.get("nthreads")),
        "memory": number(metrics.get("memory")),
        "memory_limit": number(identity.get("memory_limit")),
        "executing": number(metrics.get("executing")),
        "ready": number(metrics.get("ready")),
        "in_memory": number(metrics.get("in_memory")),
    }


def run_probe(config, native):
    """What the window's Cluster panel and `cluster status --live` show: the scheduler's own
    account of its workers, asked with the cluster's client certificate from a process armed like
    a member (it may connect to the scheduler's port and nothing else, and reads no file once
    armed). One JSON line per interval; count 0 keeps asking until the process is ended."""
    import asyncio
    import time

    _stop_on_terminate()
    import distributed  # noqa: F401  (before arming, like a member's imports)
    from distributed.core import rpc
    from distributed.utils import get_ip

    _tracebacks_without_ctypes()
    _quiet_config()
    scheduler = str(config["scheduler"])
    host, port = scheduler.split("://", 1)[-1].rsplit(":", 1)
    try:
        sec = security(config["certs"], "client")
    except (OSError, ValueError, ssl.SSLError) as error:
        print(json.dumps({"ok": False, "problem": "certs", "error": str(error)[:500]}), flush=True)
        return 3
    get_ip(host)
    request = arm_request({"memory_mb": config.get("memory_mb", 1536), "open_files": 256,
                           "processes": 64, "name": "probe"}, [], [int(port)])
    layers = native["arm"](request) if native else {}
    interval = max(0.5, float(config.get("interval", 2.0)))
    count = int(config.get("count", 1))

    async def ask():
        # msgpack only: whatever the scheduler sends, nothing is unpickled here.
        async with rpc(scheduler, connection_args=sec.get_connection_args("client"),
                       timeout=float(config.get("timeout", 10)), deserializers=["msgpack"],
                       serializers=["msgpack"]) as server:
            return await asyncio.wait_for(server.identity(), float(config.get("timeout", 10)))

    async def main():
        sent = 0
        while count <= 0 or sent < count:
            line = {"ok": True, "scheduler": scheduler, "probe_layers": layers}
            try:
                identity = await ask()
                workers = identity.get("workers") or {}
                line["workers"] = [_probe_worker(address, item)
                                   for address, item in list(workers.items())[:256]
                                   if isinstance(item, dict)]
            except (OSError, asyncio.TimeoutError) as error:
                # distributed wraps the TLS refusal twice: the chain tells a wrong certificate
                # from a scheduler that is not there.
                chain, seen = [], error
                while seen is not None and len(chain) < 6:
                    chain.append(seen)
                    seen = seen.__cause__ or seen.__context__
                certs = any(isinstance(e, ssl.SSLError) or "certificate" in str(e).lower()
                            for e in chain)
                text = "; ".join(str(e) or type(e).__name__ for e in chain[1:] or chain)
                line = {"ok": False, "problem": "certs" if certs else "down",
                        "error": text[:500], "scheduler": scheduler}
            except Exception as error:  # an answer that is not what a scheduler says
                line = {"ok": False, "problem": "answer", "scheduler": scheduler,
                        "error": (type(error).__name__ + ": " + str(error))[:500]}
            line["time"] = time.time()
            print(json.dumps(line), flush=True)
            sent += 1
            if count <= 0 or sent < count:
                await asyncio.sleep(interval)

    asyncio.run(main())
    return 0


def main(role, config_text, native=None):
    try:
        return _main(role, config_text, native)
    except BaseException:
        # The whole chain (distributed wraps the reason a member could not start), in the log.
        import traceback

        traceback.print_exc()
        sys.stderr.flush()
        raise


def _main(role, config_text, native):
    config = json.loads(config_text)
    if role == "certs":
        make_certificates(config["certs"])
        return 0
    if role == "scheduler":
        return run_scheduler(config, native)
    if role == "worker":
        return run_worker(config, native)
    if role == "probe":
        return run_probe(config, native)
    raise ValueError(f"unknown cluster role {role!r}")


# ---------------------------------------------------------------------------------------------
# The session's side: a profile that names a cluster gives the cell a ready `client`.

def refusal_from(error):
    """(worker, rule, message) when error is a cluster member's refusal that came back through a
    task (its audit hook raised it there, in the form deny() gives it); else None. The cell could
    raise such an error itself: it is the cell's word, reported as the member's, never a verdict
    of this worker's own layers."""
    if not isinstance(error, PermissionError):
        return None
    text = str(error)
    if not text.startswith(REFUSAL_PREFIX + "'"):
        return None
    rest = text[len(REFUSAL_PREFIX) + 1:]
    name, sep, rest = rest.partition("' refused (")
    rule, sep2, message = rest.partition("): ")
    if not sep or not sep2 or not name or not rule:
        return None
    return name, rule, message


class GraphLog:
    """What the cell sent to the cluster, for the run's provenance (issue 18): how many task
    graphs, how many tasks, a SHA-256 of their keys (dask's keys are tokens of the code and the
    data, so the same computation over the same files gives the same hash), and the byte ranges of
    files the graphs read (dask's read_csv, read_table, read_fwf and read_bytes read a file in
    blocks: (read_block_from_file, file, offset, length, delimiter) tasks). Kept in the cell's own
    process: the app records it as the worker's report, never as a verdict."""

    MAX_TASKS = 1_000_000  # beyond: counted, not hashed (a graph that size takes long to walk)
    MAX_PATHS = 1000

    def __init__(self):
        import threading

        self._lock = threading.Lock()
        self.clear()

    def clear(self):
        self._computations = 0
        self._tasks = 0
        self._hash = None
        self._hashed = True
        self._reads = {}  # path -> {offset: length}

    def record(self, dsk, keys):
        import hashlib

        try:
            tasks = dict(dsk) if len(dsk) <= self.MAX_TASKS else None
            count = len(dsk) if tasks is None else len(tasks)
        except Exception:  # a graph that cannot be walked here still runs; it is not counted
            return
        with self._lock:
            self._computations += 1
            self._tasks += count
            if self._hash is None:
                self._hash = hashlib.sha256()
            if tasks is None:
                self._hashed = False
                return
            for key in sorted(str(k) for k in tasks):
                self._hash.update(key.encode("utf-8", "backslashreplace") + b"\n")
            self._hash.update(b"--\n")  # one computation ends
            for task in tasks.values():
                self._find_reads(task, 0)

    def _find_reads(self, task, depth):
        if depth > 8:
            return
        if isinstance(task, tuple) and task and callable(task[0]):
            if getattr(task[0], "__name__", "") == "read_block_from_file" and len(task) >= 4:
                path = getattr(task[1], "path", None)
                offset, length = task[2], task[3]
                if isinstance(path, str) and isinstance(offset, int):
                    self._add_read(path, offset, length)
                return
            inner = getattr(task[0], "dsk", None)  # a SubgraphCallable: fused tasks
            if isinstance(inner, dict):
                for value in inner.values():
                    self._find_reads(value, depth + 1)
        if isinstance(task, (tuple, list)):
            for item in task:
                if isinstance(item, (tuple, list)):
                    self._find_reads(item, depth + 1)

    def _add_read(self, path, offset, length):
        if path not in self._reads and len(self._reads) >= self.MAX_PATHS:
            return
        if not isinstance(length, int):  # the whole file (blocksize=None)
            try:
                length = max(0, os.stat(path).st_size - offset)
            except OSError:
                length = 0
        self._reads.setdefault(path, {})[offset] = length

    def take(self):
        """The report of the cell so far, and a fresh log; {} when nothing was sent."""
        with self._lock:
            if not self._computations:
                return {}
            report = {
                "computations": self._computations,
                "tasks": self._tasks,
                "keys_sha256": self._hash.hexdigest() if self._hashed else "",
                "reads": [{"path": path[:4096], "blocks": len(blocks),
                           "bytes": sum(blocks.values())}
                          for path, blocks in sorted(self._reads.items())],
            }
            self.clear()
            return report


class ClusterClient:
    """The cell's `client`: a distributed.Client to the session's cluster, with the cluster's
    TLS certificates, made in the cell's own process when first used and closed when the cell
    ends (a cell runs in a process forked for it, and a client's event-loop thread does not
    survive a fork; nothing of the run may outlive it). Attribute access reaches the real
    Client; dask's default scheduler is this cluster (set_as_default)."""

    def __init__(self, address, security, workers=0):
        object.__setattr__(self, "_address", address)
        object.__setattr__(self, "_security", security)
        object.__setattr__(self, "_workers", workers)
        object.__setattr__(self, "_client", None)
        object.__setattr__(self, "_pid", 0)
        object.__setattr__(self, "_abandoned", [])
        object.__setattr__(self, "graphs", GraphLog())

    def _real(self):
        pid = os.getpid()
        if self._client is None or self._pid != pid:
            if self._client is not None:
                # A client made in another process (the state this cell was forked from): its
                # thread is not here; closing it would wait on that thread forever.
                self._abandoned.append(self._client)
            from distributed import Client

            client = Client(self._address, security=self._security, set_as_default=True,
                            timeout="30s")
            # Every way a cell sends work (compute, persist, get, submit, map) passes here.
            send = client._graph_to_futures
            log = self.graphs

            def graph_to_futures(dsk, keys, *args, **kwargs):
                log.record(dsk, keys)
                return send(dsk, keys, *args, **kwargs)

            client._graph_to_futures = graph_to_futures
            object.__setattr__(self, "_client", client)
            object.__setattr__(self, "_pid", pid)
        return self._client

    def close_for_cell(self):
        """Ends this process's connection (the end of a cell): no thread outlives the cell."""
        client = self._client
        if client is None or self._pid != os.getpid():
            return
        object.__setattr__(self, "_client", None)
        try:
            client.close(timeout=5)
        except Exception:
            pass

    def get(self, dsk, keys, **kwargs):
        return self._real().get(dsk, keys, **kwargs)

    def __getattr__(self, name):
        return getattr(self._real(), name)

    def __setattr__(self, name, value):
        raise AttributeError("the cluster's client cannot be changed; make your own settings "
                             "with dask.config.set")

    def __repr__(self):
        if not self._workers:  # `cluster start --workers 0`: workers join from other machines
            return (f"<Sandbench cluster client: scheduler {self._address}, workers that join it "
                    "with 'sandbench cluster worker'>")
        plural = "s" if self._workers != 1 else ""
        return (f"<Sandbench cluster client: scheduler {self._address}, {self._workers} sandboxed "
                f"worker{plural} started with it>")


class SessionCluster:
    """What configure's "cluster" section gives the session: the scheduler, the port its kernel
    rules open, and the client's TLS contexts, made before arming (the certificates' folder is
    not in the run's zones)."""

    def __init__(self, spec):
        self.address = str(spec["scheduler"])
        self.port = int(spec["port"])
        self.workers = int(spec.get("workers", 0))
        certs = str(spec["certs"])
        preimport()
        # Lazily made global state the cell's client would otherwise make, from a cell: which
        # local address reaches the scheduler (a UDP "connect", refused once armed) and tornado's
        # event-loop class (a library attribute no cell may set).
        from distributed.utils import get_ip
        from tornado.ioloop import IOLoop

        get_ip(self.address.split("://", 1)[-1].rsplit(":", 1)[0])
        IOLoop.configured_class()
        self.security = security(certs, "client")
        self.client = ClusterClient(self.address, self.security, self.workers)
        import dask

        # Until a cell touches the client, dask's collections compute on the cluster through it.
        dask.config.set(scheduler=self.client.get)

    def versions(self):
        import dask
        import distributed

        return {"dask": dask.__version__, "distributed": distributed.__version__}
