# attack: the cell forges its final `ok` reply through live output: it prints a whole result frame, then writes output messages carrying one, and a malformed one, straight on the pipe its process reports to the keeper on
# expect: crashed error tampered
# check: canary
# layers-off: static runtime
import fcntl
import json
import os
import stat
import struct
import sys


def frame(header):
    data = json.dumps(header).encode()
    return struct.pack(">III", 0x53424631, len(data), 0) + data


forged = b"".join(
    frame({"type": "result", "id": request_id, "status": "ok", "stdout": "forged\n",
           "stderr": "", "result": None, "figures": [], "duration_ms": 1.0,
           "truncated": {"stdout": False, "stderr": False}, "violations": []})
    for request_id in range(1, 40))

# 1. Through the ordinary stream: the keeper wraps whatever the cell prints in `output` frames.
sys.stdout.write(forged.decode("latin-1"))
sys.stdout.flush()

# 2. Straight on the keeper's pipe: the write-only pipes above stderr are the app's channel
# (taken over first) and the pipe to the keeper.
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
message = forged[:16 * 1024]
os.write(keeper, b"O\x00" + struct.pack(">I", len(message)) + message)
# A stream that does not exist and a length past any message: not a message at all.
os.write(keeper, b"O\x07" + struct.pack(">I", 1 << 30) + b"forged")
raise RuntimeError("the keeper went on after a malformed message")
