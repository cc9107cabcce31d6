"""A refusal as every layer reports it: which rule, where, and which layer stopped it."""

from dataclasses import asdict, dataclass

from .. import protocol_constants as protocol

# Layer names as they appear in `sandbench run --json` ("violations": [{"layer": ...}]).
# The names are the protocol's (sandbox/protocol/protocol.json).
STATIC = protocol.LAYER_STATIC  # the ast check before the cell starts
RUNTIME = protocol.LAYER_RUNTIME  # the restricted namespace: builtins, guarded import, attribute guards
AUDIT = protocol.LAYER_AUDIT  # the C-level audit hook: files, processes, sockets, introspection
LANDLOCK = protocol.LAYER_LANDLOCK  # the kernel's file and network access control
SECCOMP = protocol.LAYER_SECCOMP  # the kernel's system-call filter
LIMIT = protocol.LAYER_LIMIT  # rlimits and the parent's wall clock
REVIEW = protocol.LAYER_REVIEW  # not refused: the profile wants a person to approve the cell before it runs


@dataclass(frozen=True)
class Violation:
    rule: str  # a stable id, e.g. "import-not-allowed"
    message: str  # one line an analyst understands: what, why, what to do instead
    line: int = 0  # 1-based; 0 when unknown
    col: int = 0  # 1-based; 0 when unknown
    layer: str = STATIC

    def to_dict(self):
        return asdict(self)
