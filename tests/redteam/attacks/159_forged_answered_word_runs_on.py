# attack: the cell writes "F" (it answered and is exiting) on its progress pipe while its code still runs: the keeper took the cell as answered, stopped its clock and left its process running, unanswered; it then blocks past the time limit
# expect: tampered
# check: canary
# layers-off: static runtime
# attack-cell: 3
# %%
before = 1
# %%
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
os.write(keeper, b"F")
time.sleep(60)
