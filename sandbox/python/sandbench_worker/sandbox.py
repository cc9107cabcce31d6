"""Arms the sandbox from a `configure` request: the policy, the zones, the limits and the layers.

Order matters. The allowed libraries are imported first (numpy needs ctypes while it loads), the
cell's working folder is entered, and only then does the native side apply the kernel layers and
arm the audit hook, which stays armed for the rest of the worker's life."""

import importlib
import os
import sys
from dataclasses import dataclass, field

from .hints import CLI, context_from_request, hint
from .policy.profile import Policy

# Scratch space for library temporary files, inside the output folder; emptied after every cell.
TEMP_FOLDER = ".sandbench-tmp"

# Layers a profile may switch off, for tests that prove each layer holds on its own.
LAYERS = ("static", "runtime", "audit", "landlock", "seccomp", "rlimits", "namespaces")

# Imported before arming: loading them later would need what the armed sandbox refuses (ctypes
# while numpy starts) or would cost every first cell the import time.
PREIMPORTS = ("ctypes", "numpy", "pandas", "matplotlib", "matplotlib.pyplot")
# Dask, where the profile allows it (larger-than-memory datasets, issue 18): only what must load
# before arming, because armed its loading would need what the sandbox refuses. `import dask`
# probes the machine (psutil reads /proc/stat and this process's /proc/PID/stat, dask.system the
# cgroup quota; tblib resolves symbols with ctypes); dask binds its submodules `bytes` and
# `curried` (on toolz's tlz) when first imported, which the library guard takes for a builtin
# shadowed or an entry replaced; fsspec's LocalFileSystem records its first instance (see
# _make_local_filesystem). The rest (dask.dataframe, dask.array: three quarters of dask's import
# time, which every worker start paid) loads when a cell or a lazy dataset first imports it: its
# only probe is psutil reading /proc/meminfo (dask.dataframe sizes its CSV blocks from it), which
# DASK_READ_PATHS allows.
DASK_PREIMPORTS = ("psutil", "dask", "dask.bytes", "tlz.curried", "fsspec.implementations.local")
# Read-only, where dask was preloaded: the machine's memory total, which dask.dataframe reads on
# import (a sandboxed cluster's members get it too, cluster.py).
DASK_READ_PATHS = ("/proc/meminfo",)

# What the interpreter and the allowed libraries read while they run (fonts, time zones, shared
# libraries that extension modules load lazily). Read-only; never the user's files.
SYSTEM_READ_PATHS = (
    "/usr",
    "/lib",
    "/lib64",
    "/etc/ld.so.cache",
    "/etc/localtime",
    "/etc/timezone",
    "/etc/fonts",
    "/etc/matplotlibrc",
    "/etc/mime.types",
    "/dev/urandom",
)


@dataclass
class SandboxConfig:
    policy: Policy
    read_zones: list = field(default_factory=list)
    write_zones: list = field(default_factory=list)
    workdir: str = ""
    layers: dict = field(default_factory=dict)
    context: str = CLI  # where the user is, for the next step a refusal names (hints.py)
    # The session's cluster (issue 18): {"scheduler", "port", "certs", "workers"}, or None.
    cluster: dict = None

    def enabled(self, layer):
        return bool(self.layers.get(layer, True))


def config_from_request(request):
    profile = request.get("profile")
    zones = request.get("zones") or {}
    policy = Policy.from_dict(profile or {})
    layers = (profile or {}).get("layers", {})
    unknown = set(layers) - set(LAYERS)
    if unknown:
        raise ValueError(f"unknown sandbox layer(s) {sorted(unknown)}; known: {', '.join(LAYERS)}")
    write = [str(path) for path in zones.get("write", [])]
    return SandboxConfig(
        policy=policy,
        read_zones=[str(path) for path in zones.get("read", [])],
        write_zones=write,
        workdir=str(zones.get("workdir") or (write[0] if write else "")),
        layers=dict(layers),
        context=context_from_request(request.get("context")),
        cluster=request.get("cluster") or None,
    )


def system_read_paths():
    paths = set(SYSTEM_READ_PATHS)
    paths.update(p for p in sys.path if p and os.path.isabs(p))
    for prefix in {sys.prefix, sys.exec_prefix, sys.base_prefix}:
        paths.add(os.path.join(prefix, "lib"))
    mpl = sys.modules.get("matplotlib")
    if mpl is not None:
        paths.add(mpl.get_data_path())
        paths.add(mpl.get_configdir())
        paths.add(mpl.get_cachedir())
    if "dask" in sys.modules:
        paths.update(DASK_READ_PATHS)
    return sorted(p for p in paths if os.path.exists(p))


def preimport(policy=None):
    names = PREIMPORTS
    if policy is not None and policy.import_allowed("dask"):
        names += DASK_PREIMPORTS
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # an optional library that is not installed stays unavailable
    if "fsspec.implementations.local" in sys.modules:
        _make_local_filesystem()


def _make_local_filesystem():
    """dd.read_csv of a local file (in a cell, or a lazy dataset) makes fsspec's LocalFileSystem, whose class then records the
    last instance made (`_latest`, added over its base class's): the library guard took that
    first record for a replaced library entry and denied the cell. Made here, before the guard
    looks, a cell's read only refreshes the library's own cache."""
    try:
        from fsspec.implementations.local import LocalFileSystem
    except ImportError:
        return
    LocalFileSystem()


def arm(config, native, cluster=None):
    """Applies the kernel layers and the audit hook; returns what each layer reports. cluster:
    the session's SessionCluster (cluster.py), whose scheduler port the kernel rules open."""
    preimport(config.policy)
    if config.workdir:
        os.makedirs(config.workdir, exist_ok=True)
        os.chdir(config.workdir)
    if config.write_zones and config.policy.write_output:
        # Libraries write temporary files (openpyxl builds an .xlsx in one): give them a place
        # inside the write zone instead of /tmp, which the sandbox refuses.
        scratch = os.path.join(config.write_zones[0], TEMP_FOLDER)
        os.makedirs(scratch, exist_ok=True)
        os.environ["TMPDIR"] = scratch
        import tempfile

        tempfile.tempdir = scratch
    limits = config.policy.limits
    request = {
        "zones": {
            "read": config.read_zones,
            "write": config.write_zones,
            "system": system_read_paths(),
        },
        "write_output": config.policy.write_output,
        # The audit hook's read refusal names this next step (the hints are defined in hints.py).
        "read_hint": hint(config.context, "read_folder"),
        "max_output_files": int(limits.get("output_files", 0)) if config.policy.write_output else 0,
        "limits": {key: int(limits.get(key, 0)) for key in (
            "memory_mb", "cpu_s", "file_size_mb", "open_files", "processes", "output_mb",
            "output_files", "snapshot_memory_mb")},
        "layers": {layer: config.enabled(layer) for layer in ("audit", "landlock", "seccomp", "rlimits")},
    }
    if cluster is not None:
        # TCP to the scheduler's port only; every other connection stays refused.
        request["connect_ports"] = [cluster.port]
        request["cluster"] = True
    if native is None:
        return {layer: "unavailable (no native worker)" for layer in ("audit", "landlock", "seccomp")}
    report = dict(native["arm"](request))
    report["static"] = "on" if config.enabled("static") else "off"
    report["runtime"] = "on" if config.enabled("runtime") else "off"
    return report
