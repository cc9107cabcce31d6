"""A refusal as every layer reports it: which rule, where, and which layer stopped it."""

from dataclasses import asdict, dataclass

# Layer names as they appear in `sandbench run --json` ("violations": [{"layer": ...}]).
STATIC = "static"  # the ast check before the cell starts
RUNTIME = "runtime"  # the restricted namespace: builtins, guarded import, attribute guards
AUDIT = "audit"  # the C-level audit hook: files, processes, sockets, introspection
LANDLOCK = "landlock"  # the kernel's file and network access control
SECCOMP = "seccomp"  # the kernel's system-call filter
LIMIT = "limit"  # rlimits and the parent's wall clock
REVIEW = "review"  # not refused: the profile wants a person to approve the cell before it runs


@dataclass(frozen=True)
class Violation:
    rule: str  # a stable id, e.g. "import-not-allowed"
    message: str  # one line an analyst understands: what, why, what to do instead
    line: int = 0  # 1-based; 0 when unknown
    col: int = 0  # 1-based; 0 when unknown
    layer: str = STATIC

    def to_dict(self):
        return asdict(self)
