"""The Python side of sandbench-worker: runs cells, loads datasets, renders figures.

The C++ worker (sandbox/worker) owns the process and the protocol frames; this package owns what
happens inside the interpreter. See sandbox/PROTOCOL.md for the messages.
"""

PROTOCOL_VERSION = 1
WORKER_VERSION = "0.1.0"
