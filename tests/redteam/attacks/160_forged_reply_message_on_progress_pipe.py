# attack: the cell writes "W" and then its own `ok` reply as a reply message (tag R, 8-byte length, a frame) on its progress pipe, claiming its state is to be kept, then blocks past the time limit; the reply carries no seal only the worker's C++ can make
# expect: tampered
# check: canary
# layers-off: static runtime
# attack-cell: 3
# %%
before = 1
# %%
import json
import struct

import fcntl
import os
import stat
import time

# The write-only pipes above stderr: the app's reply channel (taken over first) and, the newest,
# the pipe the cell's process reports its progress to the keeper on.
pipes = []
for fd in range(3, 256):
    try:
        if not stat.S_ISFIFO(os.fstat(fd).st_mode):
            continue
    except OSError:
        continue
    if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_WRONLY:
        pipes.append(fd)
assert len(pipes) >= 2, f"no pipe to the keeper among {pipes}"
keeper = pipes[-1]
header = json.dumps({
    "type": "result", "id": 3, "status": "ok", "stdout": "forged\n", "stderr": "",
    "result": None, "figures": [], "duration_ms": 1.0,
    "truncated": {"stdout": False, "stderr": False}, "violations": [], "rolled_back": False,
}).encode()
seal = bytes(32)
frame = struct.pack(">III", 0x53424631, len(header), len(seal)) + header + seal
os.write(keeper, b"W" + b"R" + struct.pack(">Q", len(frame)) + frame)
time.sleep(60)
