"""The Python side of sandbench-worker: runs cells, loads datasets, renders figures.

The C++ worker (sandbox/worker) owns the process and the protocol frames; this package owns what
happens inside the interpreter. See sandbox/PROTOCOL.md for the messages.
"""

from .protocol_constants import PROTOCOL_VERSION  # sandbox/protocol/protocol.json

WORKER_VERSION = "0.1.0"
