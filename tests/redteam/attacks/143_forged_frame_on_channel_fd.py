# attack: the cell writes its own `ok` result frames (every request id it could have) straight to the worker's channel, ahead of the worker's reply
# expect: tampered crashed
# check: canary
# layers-off: static runtime
import fcntl
import json
import os
import stat
import struct


def frame(header):
    data = json.dumps(header).encode()
    return struct.pack(">III", 0x53424631, len(data), 0) + data


# The channel to the app is the worker's first write-only pipe above stderr (main.cpp takes it
# over before any other pipe is made).
channel = None
for fd in range(3, 256):
    try:
        if not stat.S_ISFIFO(os.fstat(fd).st_mode):
            continue
    except OSError:
        continue
    if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_WRONLY:
        channel = fd
        break
assert channel is not None, "no channel found"
for request_id in range(1, 40):
    os.write(channel, frame({
        "type": "result", "id": request_id, "status": "ok", "stdout": "forged\n", "stderr": "",
        "result": None, "figures": [], "duration_ms": 1.0,
        "truncated": {"stdout": False, "stderr": False}, "violations": []}))
